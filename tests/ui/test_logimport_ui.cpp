// Issue 14 GUI: importing a complainant's log from the case workspace — file, mapping, review
// (date confirmations, behaviour edits, split and drop), then one import.

#include "GuiTestSupport.h"

#include "case/CaseWorkspace.h"
#include "common/Clock.h"
#include "logimport/ColumnMapping.h"
#include "logimport/LogImportDialog.h"
#include "services/CaseService.h"
#include "store/Database.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace conduct;
using test::child;
using test::whenModalOpens;

namespace {
struct LogCase {
    test::TempDatabase t;
    qint64 caseId = 0;
    LogCase()
    {
        Case c;
        c.urn = QStringLiteral("45AA0209826");
        c.officerInCase = QStringLiteral("PC 1234 Test");
        c.offences = {Offence::Stalking_s2A};
        CaseService service(t.db(), t.session());
        auto created = service.createCase(c);
        REQUIRE(created.ok());
        caseId = created->id;
        Person p;
        p.caseId = caseId;
        p.role = PersonRole::Complainant;
        p.forenames = QStringLiteral("Jane");
        p.surname = QStringLiteral("Doe");
        REQUIRE(service.addPerson(p).ok());
    }
    QString writeFile(const char* name, const QByteArray& bytes)
    {
        const QString path = t.dir.filePath(QString::fromLatin1(name));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }
};

const QByteArray usLog("Date,Time,What happened,Where\r\n"
                       "03/25/2026,10:00,He texted me twelve times,\r\n"
                       "04/03/2026,11:00,He followed me into the shop. Then he waited outside my house.,Tesco Newtown\r\n"
                       ",,Note to self: ring the police,\r\n"
                       "29/03/2026,01:30,He rang me through the night,Home\r\n");
} // namespace

TEST_CASE("an officer imports a complainant's log through mapping and review", "[logimport_ui]")
{
    ScopedFakeClock clock(QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC));
    LogCase lc;
    const QString path = lc.writeFile("jane-log.csv", usLog);
    CaseWorkspace ws(lc.t.db(), lc.t.session(), lc.caseId, QString());
    ws.resize(1280, 820);
    ws.show();
    bool reviewed = false;

    whenModalOpens<LogImportDialog>([&](LogImportDialog* d) {
        QTest::keyClicks(child<QLineEdit>(d, "logFileEdit"), path);
        QTest::mouseClick(child<QPushButton>(d, "nextButton"), Qt::LeftButton);
        auto* dateCombo = child<QComboBox>(d, "mapCombo_date");
        CHECK(dateCombo->currentData().toInt() == 0);   // guessed from the column names
        CHECK(child<QComboBox>(d, "mapCombo_description")->currentData().toInt() == 2);
        CHECK(child<QTableWidget>(d, "mappingPreview")->rowCount() == 4);

        // A mapping without a date column is refused with a message, and the page stays.
        dateCombo->setCurrentIndex(0);
        QTest::mouseClick(child<QPushButton>(d, "nextButton"), Qt::LeftButton);
        CHECK(child<QLabel>(d, "logImportError")->text().contains(QStringLiteral("jane-log.csv: choose which column holds the date")));
        dateCombo->setCurrentIndex(dateCombo->findData(0));
        QTest::mouseClick(child<QPushButton>(d, "nextButton"), Qt::LeftButton);

        auto* table = child<QTableWidget>(d, "reviewTable");
        REQUIRE(table->rowCount() == 4);
        CHECK(table->item(0, 5)->text().contains(QStringLiteral("month first")));
        CHECK(table->item(2, 5)->text().contains(QStringLiteral("no date")));
        CHECK(table->item(3, 5)->text().contains(QStringLiteral("clocks went forward")));
        CHECK(table->item(1, 4)->text() == QStringLiteral("Following, Loitering"));
        CHECK(child<QLineEdit>(d, "exhibitReferenceEdit")->text() == QStringLiteral("JD/1"));

        // Import before the questions are answered: refused, naming the file and row.
        QTest::mouseClick(child<QPushButton>(d, "importButton"), Qt::LeftButton);
        CHECK(child<QLabel>(d, "logImportError")->text().contains(QStringLiteral("jane-log.csv row 2")));

        table->selectRow(0);
        QTest::mouseClick(child<QPushButton>(d, "confirmDateButton"), Qt::LeftButton);
        table->selectRow(1);
        child<QComboBox>(d, "dateOptionCombo")->setCurrentIndex(0);   // 4 March, day first
        QTest::mouseClick(child<QPushButton>(d, "confirmDateButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(d, "splitButton"), Qt::LeftButton);
        REQUIRE(table->rowCount() == 5);
        CHECK(table->item(1, 2)->text() == QStringLiteral("He followed me into the shop."));
        CHECK(table->item(2, 2)->text() == QStringLiteral("Then he waited outside my house."));
        table->selectRow(3);
        QTest::mouseClick(child<QPushButton>(d, "dropButton"), Qt::LeftButton);
        REQUIRE(table->rowCount() == 4);
        table->selectRow(3);
        QTest::mouseClick(child<QPushButton>(d, "confirmDateButton"), Qt::LeftButton);   // 01:30 read as GMT

        // The officer adds a behaviour the keywords did not suggest.
        table->selectRow(0);
        auto* behaviours = child<QListWidget>(d, "behaviourList");
        const auto threats = behaviours->findItems(labelOf(Behaviour::Threats), Qt::MatchExactly);
        REQUIRE(threats.size() == 1);
        threats.first()->setCheckState(Qt::Checked);
        CHECK(table->item(0, 4)->text() == QStringLiteral("Contacting or attempting to contact, Threats"));
        CHECK(child<QLabel>(d, "reviewStatus")->text().contains(QStringLiteral("4 entries from jane-log.csv are ready")));
        CHECK(child<QLabel>(d, "logImportError")->isHidden());   // the earlier refusal went with the fixes
        CHECK(test::keepScreenshot(d->grab().toImage(), QStringLiteral("logimport-review.png")));
        reviewed = true;
        QTest::mouseClick(child<QPushButton>(d, "importButton"), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(&ws, "importLogButton"), Qt::LeftButton);
    REQUIRE(reviewed);

    const QList<Incident>& incidents = ws.detail().incidents;
    REQUIRE(incidents.size() == 4);
    CHECK(incidents[0].startUtc == QDateTime(QDate(2026, 3, 4), QTime(11, 0), Qt::UTC));
    CHECK(incidents[0].provenance == QStringLiteral("From complainant's log: jane-log.csv row 3 (exhibit JD/1)"));
    CHECK(incidents[2].behaviours == QList<Behaviour>{Behaviour::Contacting, Behaviour::Threats});
    CHECK(incidents[3].startUtc == QDateTime(QDate(2026, 3, 29), QTime(1, 30), Qt::UTC));
    CHECK(QSettings().contains(QStringLiteral("logImport/mapping/") +
                               logimport::headerSignature({QStringLiteral("Date"), QStringLiteral("Time"),
                                                           QStringLiteral("What happened"), QStringLiteral("Where")})));
}

TEST_CASE("a binary file is refused on the first page and nothing is written", "[logimport_ui]")
{
    LogCase lc;
    const QString path = lc.writeFile("photo.jpg", QByteArray("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01", 12));
    LogImportDialog d(lc.t.db(), lc.t.session(), lc.caseId);
    d.show();
    QTest::keyClicks(child<QLineEdit>(&d, "logFileEdit"), path);
    QTest::mouseClick(child<QPushButton>(&d, "nextButton"), Qt::LeftButton);
    CHECK(child<QLabel>(&d, "logImportError")->text().contains(QStringLiteral("photo.jpg is not a text file")));
    CHECK(child<QPushButton>(&d, "importButton")->isHidden());
    auto detail = CaseService(lc.t.db(), lc.t.session()).loadCase(lc.caseId);
    REQUIRE(detail.ok());
    CHECK(detail->incidents.isEmpty());
}
