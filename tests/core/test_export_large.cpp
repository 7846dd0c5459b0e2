// A long-running case: 500 incidents, some with 20,000-character descriptions. Every
// incident's unique marker must survive pagination into the PDF.

#include "TestSupport.h"
#include "test_export_support.h"

#include "export/Export.h"
#include "export/PdfWriter.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace conduct;
using namespace conduct::test;

namespace {

QString marker(int incident) { return QStringLiteral("incmark%1").arg(incident, 4, 10, QLatin1Char('0')); }

QString longMarker(int incident, int part)
{
    return QStringLiteral("lm%1p%2").arg(incident, 4, 10, QLatin1Char('0')).arg(part, 3, 10, QLatin1Char('0'));
}

constexpr int kIncidents = 500;
constexpr int kLongEvery = 100;   // incidents 0, 100, 200 ... carry a 20,000-character description
constexpr int kLongParts = 300;

CaseFile largeCase()
{
    CaseFile file = fullCaseFile();
    file.incidents.clear();
    const QDateTime start(QDate(2022, 1, 1), QTime(9, 0), QTimeZone::utc());
    for (int i = 0; i < kIncidents; ++i) {
        Incident incident;
        incident.id = 1000 + i;
        incident.startUtc = start.addSecs(qint64(i) * 3600 * 17);
        incident.location = QStringLiteral("Street %1").arg(i);
        incident.behaviours = {Behaviour::Following, Behaviour::Contacting};
        incident.description = marker(i) + QStringLiteral(" The suspect followed the complainant again.");
        if (i % kLongEvery == 0) {
            QString body;
            for (int p = 0; p < kLongParts; ++p)
                body += longMarker(i, p) + QStringLiteral(" walked past the house and waited by the gate for a while ");
            REQUIRE(body.size() >= 20000);
            incident.description += u' ' + body;
        }
        incident.alteredBehaviour = i % 2 ? Answer::Yes : Answer::NotAsked;
        file.incidents.append(incident);
    }
    return file;
}

} // namespace

TEST_CASE("Chronology of 500 incidents with 20,000-character descriptions loses no text", "[export]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chronology500.pdf"));
    REQUIRE(writePdf(path, buildDocuments(largeCase(), DocumentKind::Chronology)).ok());
    const PdfText text = pdfText(path);
    const int pages = pdfInfo(path).value(QStringLiteral("Pages")).toInt();
    REQUIRE(text.pages.size() == pages);
    CHECK(pages > 50);
    for (int i = 0; i < kIncidents; ++i)
        if (!text.all.contains(marker(i))) FAIL("incident marker lost: " << marker(i).toStdString());
    for (int i = 0; i < kIncidents; i += kLongEvery)
        for (int p = 0; p < kLongParts; ++p)
            if (!text.all.contains(longMarker(i, p))) FAIL("description text lost: " << longMarker(i, p).toStdString());
    for (int i = 0; i < pages; ++i) {
        INFO("page " << i + 1);
        CHECK(text.pages[i].count(QStringLiteral("OFFICIAL-SENSITIVE")) == 2);
        CHECK(text.pages[i].contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages)));
        CHECK(text.pages[i].contains(QStringLiteral("What happened")));   // header row repeated
        if (i > 0) CHECK(text.pages[i].contains(QStringLiteral("URN: 45AA0209820")));
    }
}

// Not a test: prints how long the MG3 (with a 20,000-character outline) and the 500-incident
// chronology take to build and write. Run with: core_tests "[.benchmark]"
TEST_CASE("Export timing for a 500-incident case", "[.benchmark]")
{
    QTemporaryDir dir;
    CaseFile file = largeCase();
    QString outline;
    for (int i = 0; i < 2000; ++i) outline += QStringLiteral("outline word number %1 ").arg(i);
    file.charging->outlineOfCircumstances = outline;
    for (DocumentKind kind : {DocumentKind::Mg3, DocumentKind::Chronology}) {
        QElapsedTimer timer;
        timer.start();
        const QString path = dir.filePath(QStringLiteral("timing-") + kind.id() + QStringLiteral(".pdf"));
        REQUIRE(writePdf(path, buildDocuments(file, kind)).ok());
        const qint64 ms = timer.elapsed();
        WARN(documentKindName(kind).toStdString() << ": " << pdfInfo(path).value(QStringLiteral("Pages")).toStdString()
                                                  << " pages in " << ms << " ms");
    }
}
