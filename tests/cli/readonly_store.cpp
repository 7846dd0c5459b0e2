// Test helper for the read-only store ctest (issue 24), run as an account that may not change the
// file: readonly_store PATH create | check file|folder
//   create        a fresh store with one administrator, "admin", whose password is given on stdin
//   check WHERE   opens PATH as the application does (asking for read-write) and checks that it
//                 opened read-only saying why; WHERE is "folder" when the folder takes no side files
//                 either, so the file is read as it is,
//                 that signing in works and writes nothing, and that a change is refused in words
//                 for the officer, not SQLite's.

#include "security/AccountService.h"
#include "security/AuditLog.h"
#include "security/Authenticator.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace conduct;

namespace {
QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString& what)
{
    err() << "readonly_store: " << what << Qt::endl;
    return 1;
}

PasswordHasher quickHasher() { return PasswordHasher(HashCost::minimumForTests()); }
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) return fail(QStringLiteral("usage: readonly_store PATH create | check file|folder"));
    const QString password = QTextStream(stdin).readLine();
    auto db = Database::open(args[1], {.createIfMissing = args[2] == QLatin1String("create")});
    if (!db.ok()) return fail(db.error().text());
    Database& store = *db.value();

    if (args[2] == QLatin1String("create")) {
        auto admin = AccountService(store, quickHasher())
                         .createFirstAdministrator({QStringLiteral("admin"), QStringLiteral("Test Administrator"),
                                                    {Role::Administrator, Role::Officer}},
                                                   password);
        return admin.ok() ? 0 : fail(admin.error().text());
    }

    if (!store.isReadOnly()) return fail(QStringLiteral("the store opened read-write"));
    const QString reason = store.readOnlyReason();
    const bool folder = args.value(3) == QLatin1String("folder");
    if (!reason.contains(QStringLiteral("may not change")))
        return fail(QStringLiteral("the reason does not say the file may not be changed: ") + reason);
    if (folder != reason.contains(QStringLiteral("as it was when opened")))
        return fail(QStringLiteral("only a file read as it is (no side files) should say later changes are not shown: ") +
                    reason);
    const QVariant auditBefore = store.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).value();

    Authenticator auth(store, quickHasher());
    if (auth.signIn(QStringLiteral("admin"), QStringLiteral("not the password")).ok())
        return fail(QStringLiteral("a wrong password signed in"));
    auto session = auth.signIn(QStringLiteral("admin"), password);
    if (!session.ok()) return fail(QStringLiteral("sign-in refused: ") + session.error().text());

    auto created = AccountService(store, quickHasher())
                       .createUser(session.value(), {QStringLiteral("pc1"), QStringLiteral("PC One"), {Role::Officer}},
                                   password);
    if (created.ok()) return fail(QStringLiteral("a change was saved in a read-only store"));
    if (!created.error().message.contains(QStringLiteral("read-only")) ||
        created.error().message.contains(QStringLiteral("attempt to write")))
        return fail(QStringLiteral("the refusal is not in the officer's words: ") + created.error().text());
    // Reading a case is allowed without its consultation record, which the banner says cannot be kept.
    AuditRecord consultation = AuditLog::recordFor(session.value(), AuditAction::Consult);
    consultation.entityType = QStringLiteral("case");
    if (!AuditLog::append(store, consultation).ok()) return fail(QStringLiteral("a consultation stopped a read"));
    AuditRecord disclosure = AuditLog::recordFor(session.value(), AuditAction::Disclose);
    disclosure.entityType = QStringLiteral("case");
    if (AuditLog::append(store, disclosure).ok()) return fail(QStringLiteral("a disclosure went unrecorded"));
    if (!auth.signOut(session.value()).ok()) return fail(QStringLiteral("sign-out reported an error"));
    if (store.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).value() != auditBefore)
        return fail(QStringLiteral("the read-only store was written to"));
    QTextStream(stdout) << "read-only: " << reason << Qt::endl;
    return 0;
}
