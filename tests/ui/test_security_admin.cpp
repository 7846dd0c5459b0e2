// The audit viewer (supervisors) and account administration (administrators), driven through
// their real widgets; SQL meta-characters in names and filters are taken literally.

#include "GuiTestSupport.h"

#include "security/AccountDialogs.h"
#include "security/AccountsDialog.h"
#include "security/AuditTableModel.h"
#include "security/AuditViewerDialog.h"
#include "widgets/Prompts.h"
#include "security/AccountService.h"
#include "security/AuditLog.h"
#include "security/Authenticator.h"
#include "store/UserRepository.h"
#include "store/Database.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace conduct;
using test::child;
using test::whenModalOpens;

namespace {
PasswordHasher cheap() { return PasswordHasher(HashCost::minimumForTests()); }

const QString trickyName = QStringLiteral("o'neil\"; DROP TABLE users;--%_");

void appendConsult(Database& db, const Session& actor, const QString& urn)
{
    AuditRecord r = AuditLog::recordFor(actor, AuditAction::Consult);
    r.caseUrn = urn;
    r.entityType = QStringLiteral("case");
    r.justification = QStringLiteral("Checking the file");
    REQUIRE(AuditLog::append(db, r).ok());
}

// Answers the export's two questions (reason, then recipient) and restores the prompts after.
struct ScriptedAnswers {
    explicit ScriptedAnswers(QStringList answers)
    {
        prompts::textOverride() = [answers](const QString&, const QString&) mutable -> std::optional<QString> {
            if (answers.isEmpty()) return std::nullopt;
            return answers.takeFirst();
        };
        prompts::override() = [](const QString&, const QString&, QMessageBox::StandardButtons) { return QMessageBox::Yes; };
    }
    ~ScriptedAnswers()
    {
        prompts::textOverride() = nullptr;
        prompts::override() = nullptr;
    }
};

int rowOf(QTableWidget* table, const QString& userName)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, AccountsDialog::UserNameColumn)->text() == userName) return r;
    return -1;
}
} // namespace

TEST_CASE("supervisors filter, page and export the audit trail", "[gui][audit-viewer]")
{
    test::TempDatabase t;
    const Session supervisor = t.session();
    const Session tricky = test::sessionFor(t.db(), trickyName, {Role::Officer});
    appendConsult(t.db(), supervisor, QStringLiteral("45AA0209820"));
    appendConsult(t.db(), tricky, QStringLiteral("01BB1234524"));
    for (int i = 0; i < AuditViewerDialog::pageSize + 5; ++i) appendConsult(t.db(), supervisor, QStringLiteral("07CC5555524"));

    AuditViewerDialog dialog(t.db(), supervisor);
    dialog.show();
    CHECK(dialog.chainStatus() == QStringLiteral("Chain intact: %1 records.").arg(AuditViewerDialog::pageSize + 7));
    CHECK(dialog.total() == AuditViewerDialog::pageSize + 7);
    CHECK(dialog.model()->rowCount() == AuditViewerDialog::pageSize);
    CHECK(child<QLabel>(&dialog, "auditPageLabel")->text() == QStringLiteral("Records 1–200 of 207"));
    QTest::mouseClick(child<QPushButton>(&dialog, "nextPageButton"), Qt::LeftButton);
    CHECK(dialog.model()->rowCount() == 7);
    CHECK_FALSE(child<QPushButton>(&dialog, "nextPageButton")->isEnabled());

    SECTION("the user filter takes quotes and wildcards literally")
    {
        QTest::keyClicks(child<QLineEdit>(&dialog, "auditUserFilter"), trickyName);
        QTest::mouseClick(child<QPushButton>(&dialog, "auditSearchButton"), Qt::LeftButton);
        REQUIRE(dialog.model()->rowCount() == 1);
        CHECK(dialog.model()->records().first().caseUrn == QStringLiteral("01BB1234524"));
        child<QLineEdit>(&dialog, "auditUserFilter")->setText(QStringLiteral("' OR 1=1 --"));
        REQUIRE(dialog.search());
        CHECK(dialog.model()->rowCount() == 0);
    }
    SECTION("by URN typed with spaces, and by action")
    {
        QTest::keyClicks(child<QLineEdit>(&dialog, "auditUrnFilter"), QStringLiteral("45 aa 02098"));
        auto* action = child<QComboBox>(&dialog, "auditActionFilter");
        action->setCurrentIndex(action->findData(auditActionCode(AuditAction::Consult)));
        REQUIRE(dialog.search());
        REQUIRE(dialog.model()->rowCount() == 1);
        CHECK(dialog.model()->data(dialog.model()->index(0, AuditTableModel::ActionColumn), Qt::DisplayRole)
              == QStringLiteral("Consulted"));
    }
    SECTION("exporting asks why and for whom, writes the CSV and records the disclosure")
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("trail.csv"));
        child<QLineEdit>(&dialog, "auditUrnFilter")->setText(QStringLiteral("01BB"));
        REQUIRE(dialog.search());
        {
            ScriptedAnswers answers({QStringLiteral("Complaint PSD/12"), QStringLiteral("Professional Standards")});
            AuditViewerDialog::saveFileOverride() = [path](QWidget*) { return path; };
            QTest::mouseClick(child<QPushButton>(&dialog, "exportCsvButton"), Qt::LeftButton);
            AuditViewerDialog::saveFileOverride() = nullptr;
        }
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        CHECK(csv.count("\r\n") == 2);
        CHECK(csv.contains("01BB1234524"));
        auto all = AuditLog::readAll(t.db());
        REQUIRE(all.ok());
        CHECK(all->last().action == AuditAction::Disclose);
        CHECK(all->last().recipient == QStringLiteral("Professional Standards"));
        CHECK(dialog.chainStatus().startsWith(QStringLiteral("Chain intact")));
    }
    SECTION("cancelling the reason exports nothing")
    {
        QTemporaryDir dir;
        ScriptedAnswers none({});
        CHECK_FALSE(dialog.exportTo(dir.filePath(QStringLiteral("x.csv"))));
        CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.csv"))));
    }
}

TEST_CASE("officers cannot read the audit trail through the viewer", "[gui][audit-viewer]")
{
    test::TempDatabase t;
    appendConsult(t.db(), t.session(), QStringLiteral("45AA0209820"));
    const Session officer = test::sessionFor(t.db(), QStringLiteral("pc.only"), {Role::Officer});
    AuditViewerDialog dialog(t.db(), officer);
    dialog.show();
    CHECK(dialog.model()->rowCount() == 0);
    CHECK(child<QLabel>(&dialog, "errorBanner")->isVisible());
    CHECK(child<QLabel>(&dialog, "errorBanner")->text().contains(QStringLiteral("audit trail")));
    CHECK_FALSE(dialog.chainStatus().contains(QStringLiteral("Chain intact")));
}

TEST_CASE("administrators add, change, deactivate, unlock and reset accounts", "[gui][accounts]")
{
    test::TempDatabase t;
    AccountService setup(t.db(), cheap());
    auto first = setup.createFirstAdministrator(NewUser{QStringLiteral("admin"), QStringLiteral("Admin ONE"), {}},
                                                QStringLiteral("admin pass phrase 1"));
    REQUIRE(first.ok());
    const Session admin{first.value(), QDateTime::currentDateTimeUtc()};
    AccountsDialog dialog(t.db(), admin, cheap());
    dialog.show();
    REQUIRE(dialog.table()->rowCount() == 1);

    // Add, through the real dialog, a user whose name is full of SQL meta-characters.
    whenModalOpens<NewAccountDialog>([](NewAccountDialog* d) {
        QTest::keyClicks(child<QLineEdit>(d, "userNameEdit"), trickyName);
        QTest::keyClicks(child<QLineEdit>(d, "displayNameEdit"), QStringLiteral("PC 77 O'NEIL"));
        QTest::keyClicks(child<QLineEdit>(d, "passwordEdit"), QStringLiteral("short"));
        QTest::keyClicks(child<QLineEdit>(d, "confirmPasswordEdit"), QStringLiteral("short"));
        QTest::mouseClick(child<QPushButton>(d, "saveButton"), Qt::LeftButton);
        // Refused: the dialog stays open with the error, and nothing was created.
        CHECK(d->isVisible());
        CHECK(child<QLabel>(d, "errorBanner")->text().contains(QStringLiteral("12")));
        child<QLineEdit>(d, "passwordEdit")->setText(QStringLiteral("officer pass phrase 7"));
        child<QLineEdit>(d, "confirmPasswordEdit")->setText(QStringLiteral("officer pass phrase 7"));
        QTest::keyClick(child<QCheckBox>(d, "role_supervisor"), Qt::Key_Space);
        QTest::mouseClick(child<QPushButton>(d, "saveButton"), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(&dialog, "addAccountButton"), Qt::LeftButton);
    const int row = rowOf(dialog.table(), trickyName);
    REQUIRE(row >= 0);
    CHECK(dialog.table()->item(row, AccountsDialog::RolesColumn)->text() == QStringLiteral("Officer, Supervisor"));
    auto stored = UserRepository(t.db()).findByName(trickyName);
    REQUIRE(stored.ok());
    REQUIRE(stored->has_value());
    const qint64 id = (*stored)->user.id;
    REQUIRE(dialog.selectUser(trickyName));

    SECTION("change roles")
    {
        whenModalOpens<RolesDialog>([](RolesDialog* d) {
            QTest::keyClick(child<QCheckBox>(d, "role_supervisor"), Qt::Key_Space);
            QTest::mouseClick(child<QPushButton>(d, "saveButton"), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(&dialog, "changeRolesButton"), Qt::LeftButton);
        CHECK((*UserRepository(t.db()).findById(id))->user.roles == QSet<Role>{Role::Officer});
    }
    SECTION("deactivate, then reactivate")
    {
        ScriptedAnswers yes({});
        QTest::mouseClick(child<QPushButton>(&dialog, "toggleActiveButton"), Qt::LeftButton);
        CHECK_FALSE((*UserRepository(t.db()).findById(id))->user.active);
        CHECK(child<QPushButton>(&dialog, "toggleActiveButton")->text() == QStringLiteral("Re&activate"));
        QTest::mouseClick(child<QPushButton>(&dialog, "toggleActiveButton"), Qt::LeftButton);
        CHECK((*UserRepository(t.db()).findById(id))->user.active);
    }
    SECTION("the last administrator cannot be deactivated")
    {
        ScriptedAnswers yes({});
        REQUIRE(dialog.selectUser(QStringLiteral("admin")));
        QTest::mouseClick(child<QPushButton>(&dialog, "toggleActiveButton"), Qt::LeftButton);
        CHECK(child<QLabel>(&dialog, "errorBanner")->text().contains(QStringLiteral("only active administrator")));
        CHECK((*UserRepository(t.db()).findById(admin.user.id))->user.active);
    }
    SECTION("unlock a locked account")
    {
        Authenticator auth(t.db(), cheap());
        for (int i = 0; i < 5; ++i) CHECK_FALSE(auth.signIn(trickyName, QStringLiteral("wrong guess %1").arg(i)).ok());
        dialog.reload();
        REQUIRE(dialog.selectUser(trickyName));
        CHECK_FALSE(dialog.table()->item(rowOf(dialog.table(), trickyName), AccountsDialog::LockedColumn)->text().isEmpty());
        QTest::mouseClick(child<QPushButton>(&dialog, "unlockButton"), Qt::LeftButton);
        CHECK(auth.signIn(trickyName, QStringLiteral("officer pass phrase 7")).ok());
    }
    SECTION("reset a password")
    {
        whenModalOpens<PasswordDialog>([](PasswordDialog* d) {
            CHECK(d->findChild<QLineEdit*>(QStringLiteral("currentPasswordEdit")) == nullptr);
            child<QLineEdit>(d, "newPasswordEdit")->setText(QStringLiteral("reset pass phrase 99"));
            child<QLineEdit>(d, "confirmPasswordEdit")->setText(QStringLiteral("reset pass phrase 99"));
            QTest::mouseClick(child<QPushButton>(d, "saveButton"), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(&dialog, "resetPasswordButton"), Qt::LeftButton);
        Authenticator auth(t.db(), cheap());
        CHECK(auth.signIn(trickyName, QStringLiteral("reset pass phrase 99")).ok());
    }
    CHECK(AuditLog::verify(t.db()).ok);
}

TEST_CASE("a user changes their own password through the dialog", "[gui][accounts]")
{
    test::TempDatabase t;
    const Session officer = test::sessionFor(t.db(), QStringLiteral("pc.self"), {Role::Officer});
    AccountService accounts(t.db(), cheap());
    PasswordDialog dialog(QStringLiteral("Change password"), QStringLiteral("intro"), true,
                          [&](const QString& current, const QString& fresh) {
                              return accounts.changeOwnPassword(officer, current, fresh);
                          });
    dialog.show();
    child<QLineEdit>(&dialog, "currentPasswordEdit")->setText(QStringLiteral("not the current one"));
    child<QLineEdit>(&dialog, "newPasswordEdit")->setText(QStringLiteral("my new pass phrase"));
    child<QLineEdit>(&dialog, "confirmPasswordEdit")->setText(QStringLiteral("my new pass phrase"));
    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(child<QLabel>(&dialog, "errorBanner")->text().startsWith(QStringLiteral("Current password")));
    dialog.activateWindow();
    if (QTest::qWaitForWindowActive(&dialog))   // where the platform can activate windows
        CHECK(QApplication::focusWidget() == child<QLineEdit>(&dialog, "currentPasswordEdit"));

    child<QLineEdit>(&dialog, "currentPasswordEdit")->setText(QString::fromLatin1(test::testPassword));
    child<QLineEdit>(&dialog, "newPasswordEdit")->setText(QStringLiteral("my new pass phrase"));
    child<QLineEdit>(&dialog, "confirmPasswordEdit")->setText(QStringLiteral("my new pass phrase"));
    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(Authenticator(t.db(), cheap()).signIn(QStringLiteral("pc.self"), QStringLiteral("my new pass phrase")).ok());
}
