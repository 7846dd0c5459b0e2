#include "store/SqliteWrites.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QStringList>
#include <atomic>
#include <dlfcn.h>
#include <link.h>
#include <mutex>
#include <optional>
#include <sqlite3.h>
#include <unordered_map>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::Database", text); }

// A null QString has no characters to point at; SQLite is given this instead (empty text, not NULL).
constexpr char16_t emptyText[] = u"";

int bindText(sqlite3_stmt* statement, int index, const QString& text, void (*lifetime)(void*))
{
    const void* characters = text.isNull() ? static_cast<const void*>(emptyText) : static_cast<const void*>(text.constData());
    return sqlite3_bind_text16(statement, index, characters, int(text.size() * 2), lifetime);
}

// Binds one value as Database::execPrepared would have bound it through Qt.
int bindValue(sqlite3_stmt* statement, int index, const QVariant& value)
{
    if (value.isNull()) return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::QString: {
        // SQLITE_STATIC: the caller's QVariantList keeps the text alive until the statement is reset.
        return bindText(statement, index, *static_cast<const QString*>(value.constData()), SQLITE_STATIC);
    }
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::Short:
    case QMetaType::Char:
        return sqlite3_bind_int(statement, index, value.toInt());
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(statement, index, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray* bytes = static_cast<const QByteArray*>(value.constData());
        return sqlite3_bind_blob(statement, index, bytes->constData(), int(bytes->size()), SQLITE_STATIC);
    }
    case QMetaType::QDateTime: {
        const QDateTime time = value.toDateTime();
        if (!time.isValid()) return sqlite3_bind_null(statement, index);
        return bindText(statement, index, time.toString(Qt::ISODateWithMs), SQLITE_TRANSIENT);
    }
    default:
        return bindText(statement, index, value.toString(), SQLITE_TRANSIENT);
    }
}

// -1: the real check decides; 0 or 1: a test's LibraryCheckOverride does.
std::atomic<int> overriddenLibraryCheck{-1};

struct LoadedObjects {
    QStringList sqliteLibraries;   // every loaded object whose file name starts with libsqlite3
    QStringList qsqlitePlugins;    // Qt's QSQLITE driver plugin (libqsqlite.so)
};

int noteLoadedObject(dl_phdr_info* info, size_t, void* data)
{
    auto* loaded = static_cast<LoadedObjects*>(data);
    const QString path = QString::fromLocal8Bit(info->dlpi_name ? info->dlpi_name : "");
    const QString file = QFileInfo(path).fileName();
    if (file.startsWith(QLatin1String("libsqlite3"))) loaded->sqliteLibraries.append(path);
    if (file.startsWith(QLatin1String("libqsqlite"))) loaded->qsqlitePlugins.append(path);
    return 0;
}

struct LibraryCheck {
    bool shared = false;
    QString report;
    bool final = true;   // false while the driver plugin is not loaded yet: ask again later
};

// sqlite3_libversion() returns the address of a string inside the library that answers the call,
// so two callers reach the same library exactly when they get the same pointer back.
LibraryCheck checkLibraries()
{
    LoadedObjects loaded;
    dl_iterate_phdr(noteLoadedObject, &loaded);
    const char* ourVersion = sqlite3_libversion();
    Dl_info ours{};
    const QString ourLibrary = dladdr(ourVersion, &ours) && ours.dli_fname ? QString::fromLocal8Bit(ours.dli_fname)
                                                                           : QStringLiteral("(unknown)");
    if (loaded.sqliteLibraries.size() != 1)
        return {false, QStringLiteral("%1 loaded objects named libsqlite3* (%2); expected exactly one")
                           .arg(loaded.sqliteLibraries.size()).arg(loaded.sqliteLibraries.join(QStringLiteral(", ")))};
    if (ourLibrary != loaded.sqliteLibraries.first())
        return {false, QStringLiteral("Conduct's SQLite calls reach %1, not the loaded %2")
                           .arg(ourLibrary, loaded.sqliteLibraries.first())};
    if (loaded.qsqlitePlugins.isEmpty())
        return {false, QStringLiteral("the QSQLITE driver plugin is not loaded (yet)"), false};
    if (loaded.qsqlitePlugins.size() != 1)
        return {false, QStringLiteral("%1 QSQLITE driver plugins are loaded (%2)")
                           .arg(loaded.qsqlitePlugins.size()).arg(loaded.qsqlitePlugins.join(QStringLiteral(", ")))};
    const QString plugin = loaded.qsqlitePlugins.first();
    // RTLD_NOLOAD: only a handle on the plugin Qt already loaded; dlsym then searches the plugin
    // first and its dependencies after it, as the plugin's own calls are resolved.
    void* handle = dlopen(plugin.toLocal8Bit().constData(), RTLD_LAZY | RTLD_NOLOAD);
    if (!handle) return {false, QStringLiteral("%1 cannot be inspected").arg(plugin)};
    using LibVersion = const char* (*)();
    const auto pluginsLibVersion = reinterpret_cast<LibVersion>(dlsym(handle, "sqlite3_libversion"));
    const char* pluginsVersion = pluginsLibVersion ? pluginsLibVersion() : nullptr;
    dlclose(handle);
    if (pluginsVersion != ourVersion)
        return {false, QStringLiteral("Qt's driver %1 does not call SQLite through %2").arg(plugin, ourLibrary)};
    return {true, QStringLiteral("Qt's driver %1 and Conduct both call %2 (SQLite %3)")
                      .arg(plugin, ourLibrary, QString::fromLatin1(ourVersion))};
}

// Worked out once the driver is loaded, then kept: the loaded libraries never change after that.
LibraryCheck libraryCheck()
{
    static std::mutex guard;
    static std::optional<LibraryCheck> kept;
    const std::lock_guard lock(guard);
    if (kept) return *kept;
    LibraryCheck check = checkLibraries();
    if (check.final) {
        kept = check;
        // Said once, where an administrator looking into slow imports would see it.
        if (!check.shared) qWarning("Conduct writes to SQLite through Qt only: %s", qPrintable(check.report));
    }
    return check;
}
} // namespace

bool SqliteWrites::sharesQtDriverLibrary()
{
    const int overridden = overriddenLibraryCheck.load();
    if (overridden >= 0) return overridden == 1;
    return libraryCheck().shared;
}

QString SqliteWrites::libraryCheckReport()
{
    const int overridden = overriddenLibraryCheck.load();
    if (overridden >= 0)
        return QStringLiteral("decided by a test: %1").arg(overridden == 1 ? QLatin1String("shared") : QLatin1String("not shared"));
    return libraryCheck().report;
}

SqliteWrites::LibraryCheckOverride::LibraryCheckOverride(bool shared)
    : m_previous(overriddenLibraryCheck.exchange(shared ? 1 : 0))
{
}

SqliteWrites::LibraryCheckOverride::~LibraryCheckOverride() { overriddenLibraryCheck.store(m_previous); }

struct SqliteWrites::Kept {
    sqlite3* connection = nullptr;
    std::unordered_map<QString, sqlite3_stmt*> statements;
};

sqlite3* SqliteWrites::connectionOf(const QVariant& driverHandle)
{
    // As QSqlDriver::handle() documents: the QVariant holds a sqlite3* named by its type.
    if (!driverHandle.isValid() || qstrcmp(driverHandle.typeName(), "sqlite3*") != 0) return nullptr;
    return *static_cast<sqlite3* const*>(driverHandle.constData());
}

SqliteWrites::SqliteWrites(sqlite3* connection) : m_kept(std::make_unique<Kept>())
{
    m_kept->connection = connection;
}

SqliteWrites::~SqliteWrites()
{
    for (auto& [sql, statement] : m_kept->statements) sqlite3_finalize(statement);
}

Result<qint64> SqliteWrites::run(const QString& sql, const QVariantList& params, Returns returns)
{
    sqlite3* db = m_kept->connection;
    // Worded as Database's other statement errors: the statement's start, then SQLite's reason.
    const auto failed = [&] {
        return Error{tr("Database"), tr("%1 failed: %2").arg(sql.simplified().left(60), QString::fromUtf8(sqlite3_errmsg(db)))};
    };
    auto kept = m_kept->statements.find(sql);
    if (kept == m_kept->statements.end()) {
        sqlite3_stmt* prepared = nullptr;
        if (sqlite3_prepare16_v3(db, sql.utf16(), int(sql.size() * 2), SQLITE_PREPARE_PERSISTENT, &prepared, nullptr) != SQLITE_OK) {
            sqlite3_finalize(prepared);
            return failed();
        }
        kept = m_kept->statements.emplace(sql, prepared).first;
    }
    sqlite3_stmt* statement = kept->second;
    if (sqlite3_bind_parameter_count(statement) != params.size()) {
        return Error{tr("Database"), tr("%1 failed: it takes %2 values, and %3 were given.")
                                         .arg(sql.simplified().left(60)).arg(sqlite3_bind_parameter_count(statement)).arg(params.size())};
    }
    for (int i = 0; i < params.size(); ++i) {
        if (bindValue(statement, i + 1, params.at(i)) != SQLITE_OK) {
            sqlite3_reset(statement);
            sqlite3_clear_bindings(statement);
            return failed();
        }
    }
    int rc = sqlite3_step(statement);
    while (rc == SQLITE_ROW) rc = sqlite3_step(statement);
    const qint64 id = rc == SQLITE_DONE && returns == Returns::NewRowId && sqlite3_changes(db) > 0 ? sqlite3_last_insert_rowid(db) : 0;
    // sqlite3_reset repeats the step's error; the message is read before it clears anything.
    const Result<qint64> outcome = rc == SQLITE_DONE ? Result<qint64>(id) : Result<qint64>(failed());
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);   // the bound texts belong to the caller and are about to go
    return outcome;
}

} // namespace conduct
