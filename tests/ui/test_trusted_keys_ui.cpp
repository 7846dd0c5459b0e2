// Issue 24 through the real widgets: Tools ▸ Trusted keys… (administrators add and remove another
// database's key; an officer only reads this database's fingerprint), and an imported case's
// approval shown on the risk tab and in the assessment as history, never as a review here.

#include "GuiTestSupport.h"
#include "../core/bundle_fixture.h"

#include "risk/AssessmentForm.h"
#include "risk/RiskPage.h"
#include "security/AuditLog.h"
#include "security/Signing.h"
#include "security/TrustedKeysDialog.h"
#include "security/TrustedKeysService.h"
#include "widgets/Prompts.h"

#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace conduct;
using namespace conduct::test;

namespace {
// RFC 8032's second test key: some other database's public key.
const QString otherKey = QStringLiteral("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c");
} // namespace

TEST_CASE("an administrator trusts and removes another database's key in Tools > Trusted keys", "[gui][signing]")
{
    TempDatabase t;
    const Session admin = sessionFor(t.db(), QStringLiteral("admin.keys"), {Role::Administrator});
    TrustedKeysDialog dialog(t.db(), admin);
    dialog.show();
    auto own = TrustedKeysService(t.db()).thisDatabase();
    REQUIRE(own.ok());
    CHECK(child<QLabel>(&dialog, "ownFingerprint")->text() == signing::fingerprint(own->publicKey));
    CHECK(child<QLineEdit>(&dialog, "ownPublicKey")->text() == QString::fromLatin1(own->publicKey.toHex()));

    // A label left out is refused, naming the field; then added.
    QTest::keyClicks(child<QLineEdit>(&dialog, "newPublicKey"), otherKey);
    QTest::mouseClick(child<QPushButton>(&dialog, "addKeyButton"), Qt::LeftButton);
    CHECK(child<QLabel>(&dialog, "errorBanner")->text().startsWith(QStringLiteral("Label")));
    QTest::keyClicks(child<QLineEdit>(&dialog, "newKeyLabel"), QStringLiteral("West Division stalking unit"));
    QTest::mouseClick(child<QPushButton>(&dialog, "addKeyButton"), Qt::LeftButton);
    auto* table = child<QTableWidget>(&dialog, "trustedKeysTable");
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == QStringLiteral("West Division stalking unit"));
    CHECK(table->item(0, 1)->text() == QStringLiteral("Case bundles"));   // the default purpose
    CHECK(table->item(0, 2)->text() == signing::fingerprint(QByteArray::fromHex(otherKey.toLatin1())));
    CHECK(table->item(0, 3)->text() == admin.user.displayName);
    CHECK(keepScreenshot(dialog.grab().toImage(), QStringLiteral("trusted-keys-admin.png")));

    table->selectRow(0);
    prompts::override() = [](const QString&, const QString&, QMessageBox::StandardButtons) { return QMessageBox::Yes; };
    QTest::mouseClick(child<QPushButton>(&dialog, "removeKeyButton"), Qt::LeftButton);
    prompts::override() = {};
    CHECK(table->rowCount() == 0);
    auto records = AuditLog::readAll(t.db());
    REQUIRE(records.ok());
    CHECK(records->last().entityType == QStringLiteral("trusted_key"));
    CHECK_FALSE(records->last().beforeJson.isEmpty());
}

TEST_CASE("an officer reads this database's fingerprint but cannot change the trusted keys", "[gui][signing]")
{
    TempDatabase t;
    const Session officer = sessionFor(t.db(), QStringLiteral("dc.keys"), {Role::Officer});
    TrustedKeysDialog dialog(t.db(), officer);
    dialog.show();
    CHECK_FALSE(child<QLabel>(&dialog, "ownFingerprint")->text().isEmpty());
    CHECK_FALSE(child<QLineEdit>(&dialog, "newPublicKey")->isEnabled());
    CHECK_FALSE(child<QPushButton>(&dialog, "addKeyButton")->isEnabled());
    CHECK(child<QLineEdit>(&dialog, "databaseName")->isReadOnly());
    CHECK(keepScreenshot(dialog.grab().toImage(), QStringLiteral("trusted-keys-officer.png")));
}

TEST_CASE("an imported approval shows on the risk tab and in the assessment as history only", "[gui][bundle]")
{
    BundleSource source;
    const QByteArray file = source.exportBytes();
    TempDatabase target;
    const Session officer = sessionFor(target.db(), QStringLiteral("dc.patel"), {Role::Officer});
    auto imported = BundleService(target.db(), officer).importBytes(file, {});
    REQUIRE(imported.ok());

    RiskPage page(target.db(), officer, imported->caseId, {});
    page.resize(1100, 420);
    page.show();
    auto* table = child<QTableWidget>(&page, "assessmentsTable");
    QStringList approvers;
    int dashRow = -1;
    for (int row = 0; row < table->rowCount(); ++row) {
        approvers.append(table->item(row, 6)->text());
        if (table->item(row, 0)->text().contains(QStringLiteral("DASH")) && !table->item(row, 0)->text().contains(QStringLiteral("S-DASH")))
            dashRow = row;
    }
    INFO(approvers.join(u'\n').toStdString());
    REQUIRE(dashRow >= 0);
    CHECK(table->item(dashRow, 6)->text().startsWith(QStringLiteral("none here; approved in %1 by").arg(imported->origin.sourceLabel)));
    CHECK(table->item(dashRow, 2)->text() == QStringLiteral("Awaiting review"));
    CHECK(keepScreenshot(page.grab().toImage(), QStringLiteral("risk-tab-transferred.png")));

    QString history;
    whenModalOpens<AssessmentForm>([&](AssessmentForm* form) {
        history = child<QLabel>(form, "transferredHistory")->text();
        CHECK(keepScreenshot(form->grab().toImage(), QStringLiteral("assessment-transferred-history.png")));
        form->close();
    });
    table->selectRow(dashRow);
    QTest::mouseClick(child<QPushButton>(&page, "openAssessmentButton"), Qt::LeftButton);
    INFO(history.toStdString());
    CHECK(history.contains(QStringLiteral("Transferred from %1").arg(imported->origin.sourceLabel)));
    CHECK(history.contains(QStringLiteral("Approved in %1 by").arg(imported->origin.sourceLabel)));
}
