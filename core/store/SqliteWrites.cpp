#include "store/SqliteWrites.h"

#include <QCoreApplication>
#include <QDateTime>
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
} // namespace

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
