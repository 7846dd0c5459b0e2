// File ▸ Connect to server… (issue 30): the address made from the fields, the encryption a host
// gets unless the officer chooses, a refusal in the officer's words, and the window's status bar
// saying how the open store is reached. Under with-postgres.sh, "Test connection" reaches the
// test server for real.

#include "GuiTestSupport.h"
#include "TestSupport.h"

#include "shell/ConnectServerDialog.h"
#include "shell/MainWindow.h"
#include "store/PostgresLocation.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>

using namespace conduct;
using namespace conduct::test;


namespace {
void typeInto(QWidget* parent, const char* name, const QString& text)
{
    auto* edit = child<QLineEdit>(parent, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}
} // namespace

TEST_CASE("Connect to server makes the address from its fields and verifies a remote server by default",
          "[gui][connectdialog]")
{
    ConnectServerDialog dialog;
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* encryption = child<QComboBox>(&dialog, "serverEncryption");

    // Nothing filled in: the refusal names what is missing.
    auto empty = dialog.address();
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().field == QStringLiteral("Server"));

    typeInto(&dialog, "serverHost", QStringLiteral("db.unit.police.uk"));
    CHECK(encryption->currentData().toString() == QStringLiteral("verify-full"));
    CHECK(encryption->currentText() == QStringLiteral("Encrypted, server verified (recommended)"));
    typeInto(&dialog, "serverHost", QStringLiteral("localhost"));
    CHECK(encryption->currentData().toString() == QStringLiteral("prefer"));   // nothing crosses a network

    typeInto(&dialog, "serverHost", QStringLiteral("db1.unit.police.uk, db2.unit.police.uk"));
    child<QSpinBox>(&dialog, "serverPort")->setValue(5433);
    typeInto(&dialog, "serverDatabase", QStringLiteral("conduct"));
    typeInto(&dialog, "serverUser", QStringLiteral("pc1234"));
    typeInto(&dialog, "serverSchema", QStringLiteral("unit_a"));
    typeInto(&dialog, "serverCaFile", QStringLiteral("/etc/conduct/unit-ca.crt"));
    auto address = dialog.address();
    REQUIRE(address.ok());
    // Two servers: the primary is found whichever is first (target_session_attrs); the desk's CA
    // file travels in the address, so Recent databases keeps it.
    CHECK(address.value() == QStringLiteral("postgresql://pc1234@db1.unit.police.uk:5433,db2.unit.police.uk:5433/conduct"
                                            "?schema=unit_a&sslrootcert=/etc/conduct/unit-ca.crt"
                                            "&target_session_attrs=read-write"));

    // The officer's own choice stays when the host changes afterwards.
    encryption->setFocus();
    QTest::keyClick(encryption, Qt::Key_Down);   // as the keyboard does: "activated"
    CHECK(encryption->currentData().toString() == QStringLiteral("verify-ca"));
    typeInto(&dialog, "serverHost", QStringLiteral("db3.unit.police.uk"));
    CHECK(encryption->currentData().toString() == QStringLiteral("verify-ca"));
    CHECK(dialog.address().value().contains(QStringLiteral("sslmode=verify-ca")));

    // A CA path that is not a full path is refused with the fix, before any connection.
    typeInto(&dialog, "serverCaFile", QStringLiteral("unit-ca.crt"));
    auto relative = dialog.address();
    REQUIRE_FALSE(relative.ok());
    CHECK(relative.error().message.contains(QStringLiteral("full path of the CA certificate file")));
}

TEST_CASE("Test connection and Connect report a refusal in the officer's words and stay open", "[gui][connectdialog]")
{
    ConnectServerDialog dialog;
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    // Nothing listens on port 1 of this machine: a real refusal from libpq, at once.
    typeInto(&dialog, "serverHost", QStringLiteral("127.0.0.1"));
    child<QSpinBox>(&dialog, "serverPort")->setValue(1);
    typeInto(&dialog, "serverDatabase", QStringLiteral("conduct_unit"));
    typeInto(&dialog, "serverUser", QStringLiteral("pc1234"));
    auto* result = child<QLabel>(&dialog, "connectResult");

    QTest::mouseClick(child<QPushButton>(&dialog, "testConnectionButton"), Qt::LeftButton);
    INFO(result->text().toStdString());
    CHECK(result->text() == QStringLiteral("Conduct could not reach the server postgresql://pc1234@127.0.0.1:1/conduct_unit. "
                                           "Check that this desk is on the force network and that the address is right; "
                                           "if both are, the server may be down: tell your IT service desk."));
    for (const char* libpqWords : {"Connection refused", "TCP/IP", "QPSQL", "Unable to connect"})
        CHECK_FALSE(result->text().contains(QLatin1String(libpqWords)));
    CHECK(test::keepScreenshot(dialog.grab().toImage(), QStringLiteral("connect-server-refused.png")));

    result->clear();
    QTest::mouseClick(child<QPushButton>(&dialog, "connectButton"), Qt::LeftButton);
    CHECK(result->text().contains(QStringLiteral("could not reach the server")));
    CHECK(dialog.isVisible());   // not accepted: the officer fixes the address in place
    CHECK(dialog.takeDatabase() == nullptr);
}

TEST_CASE("File ▸ Connect to server opens the dialog; the status bar says how the store is reached",
          "[gui][connectdialog]")
{
    test::WindowFixture f;
    auto* security = child<QLabel>(f.window.get(), "connectionSecurityLabel");
    if (postgresTestServer().isEmpty()) {
        CHECK(security->isHidden());   // a file on this desk: nothing crosses a network
    } else {
        // The test cluster listens on 127.0.0.1 without TLS: no warning, and none in the title.
        CHECK(security->text() == QStringLiteral("Not encrypted: the server is on this computer"));
        CHECK_FALSE(f.window->windowTitle().contains(QStringLiteral("not encrypted")));
        CHECK(test::keepScreenshot(f.window->grab().toImage(), QStringLiteral("main-window-server-status.png")));
    }

    bool opened = false;
    test::whenModalOpens<ConnectServerDialog>([&](ConnectServerDialog* dialog) {
        opened = true;
        CHECK(dialog->windowTitle() == QStringLiteral("Connect to server"));
        dialog->reject();
    });
    child<QAction>(f.window.get(), "connectServerAction")->trigger();
    CHECK(opened);
}

TEST_CASE("Test connection reaches the test server and says it is not encrypted but local", "[gui][connectdialog][postgres]")
{
    if (postgresTestServer().isEmpty()) {
        SUCCEED("CONDUCT_TEST_POSTGRES is not set: run under tests/support/with-postgres.sh");
        return;
    }
    TempDatabase t;   // a store in a schema of its own on the test server
    auto where = parsePostgresAddress(t.location());
    REQUIRE(where.ok());
    ConnectServerDialog dialog;
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    typeInto(&dialog, "serverHost", where->host);
    child<QSpinBox>(&dialog, "serverPort")->setValue(where->port);
    typeInto(&dialog, "serverDatabase", where->database);
    typeInto(&dialog, "serverUser", where->user);
    typeInto(&dialog, "serverSchema", where->schema);
    QTest::mouseClick(child<QPushButton>(&dialog, "testConnectionButton"), Qt::LeftButton);
    const QString text = child<QLabel>(&dialog, "connectResult")->text();
    INFO(text.toStdString());
    CHECK(text.startsWith(QStringLiteral("Connected: ")));
    CHECK(text.contains(QStringLiteral("holds a Conduct store. Not encrypted: the server is on this computer.")));
    CHECK(test::keepScreenshot(dialog.grab().toImage(), QStringLiteral("connect-server-connected.png")));
}
