// Issue 31, provenance: the incident editor's Source section shows, read-only, the complainant's
// words and date and time as written in their log, beside the officer's description, and keeps
// them when the incident is saved. An import from before schema v14 shows the exhibit note instead.

#include "TestSupport.h"

#include "case/IncidentDialog.h"

#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

using namespace conduct;

namespace {
Result<Incident> keepIncident(const Incident& i) { return i; }

Incident importedIncident()
{
    Incident i;
    i.id = 21;
    i.caseId = 1;
    i.startUtc = QDateTime(QDate(2026, 11, 3), QTime(19, 30), Qt::UTC);
    i.location = QStringLiteral("Home");
    i.behaviours = {Behaviour::Loitering};
    i.description = QStringLiteral("Suspect stood outside the complainant's house for about an hour.");
    i.provenance = QStringLiteral("From complainant's log: diary.csv row 12 (exhibit HL/3)");
    i.sourceWording = QStringLiteral("he was outside AGAIN for like an hour, just staring at the window");
    i.sourceWhenText = QStringLiteral("tues 3rd nov 7.30ish");
    return i;
}
} // namespace

TEST_CASE("the incident editor shows the complainant's words and time as written, read-only", "[incidentsourceui]")
{
    const Incident imported = importedIncident();
    IncidentDialog dialog(imported, keepIncident, nullptr, QStringLiteral("incident:21"));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* section = dialog.findChild<QGroupBox*>(QStringLiteral("sourceSection"));
    REQUIRE(section != nullptr);
    CHECK(section->isVisibleTo(&dialog));
    auto* when = section->findChild<QLabel*>(QStringLiteral("sourceWhenText"));
    auto* words = section->findChild<QLabel*>(QStringLiteral("sourceWording"));
    REQUIRE(when != nullptr);
    REQUIRE(words != nullptr);
    CHECK(when->text() == imported.sourceWhenText);
    CHECK(words->text() == imported.sourceWording);
    CHECK(words->accessibleName() == QStringLiteral("The complainant's words as written in their log"));
    CHECK(words->textInteractionFlags().testFlag(Qt::TextSelectableByKeyboard));
    CHECK(section->findChildren<QLineEdit*>().isEmpty());       // nothing in it can be typed into
    CHECK(section->findChildren<QPlainTextEdit*>().isEmpty());
    CHECK(section->findChild<QLabel*>(QStringLiteral("sourceNote"))->text().contains(QStringLiteral("kept as it was")));
    CHECK(test::keepScreenshot(dialog.grab().toImage(), QStringLiteral("incident-dialog-original-wording.png")));

    // The officer rewrites the description; the complainant's words stay as they were.
    auto* description = dialog.findChild<QPlainTextEdit*>(QStringLiteral("descriptionEdit"));
    REQUIRE(description != nullptr);
    description->setPlainText(QStringLiteral("Stood outside the house for an hour, watching the front window."));
    const Incident edited = dialog.incident();
    CHECK(edited.description == QStringLiteral("Stood outside the house for an hour, watching the front window."));
    CHECK(edited.sourceWording == imported.sourceWording);
    CHECK(edited.sourceWhenText == imported.sourceWhenText);
}

TEST_CASE("an incident imported before the original wording was kept points to the exhibit instead", "[incidentsourceui]")
{
    Incident older = importedIncident();
    older.sourceWording.clear();
    older.sourceWhenText.clear();
    IncidentDialog dialog(older, keepIncident, nullptr, QStringLiteral("incident:22"));
    auto* section = dialog.findChild<QGroupBox*>(QStringLiteral("sourceSection"));
    REQUIRE(section != nullptr);
    CHECK(section->findChild<QLabel*>(QStringLiteral("sourceWording")) == nullptr);
    CHECK(section->findChild<QLabel*>(QStringLiteral("sourceWhenText")) == nullptr);
    CHECK(section->findChild<QLabel*>(QStringLiteral("sourceNote"))->text().contains(QStringLiteral("that exhibit's attached file")));
}
