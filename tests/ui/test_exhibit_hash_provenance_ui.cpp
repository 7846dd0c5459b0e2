// Issue 31, details that cost trust: the exhibit editor shows each attached file's SHA-256 and last
// check; the incident editor shows where an imported incident came from, and nothing for others.

#include "TestSupport.h"

#include "case/IncidentDialog.h"
#include "evidence/ExhibitDialog.h"

#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace conduct;

namespace {

template <typename T>
QList<T*> children(QWidget& parent, const char* objectName)
{
    return parent.findChildren<T*>(QString::fromLatin1(objectName));
}

AttachmentInfo attachment(const QString& name, char fill, const QDateTime& addedUtc)
{
    AttachmentInfo a;
    a.id = fill;
    a.exhibitId = 7;
    a.fileName = name;
    a.sizeBytes = 2048;
    a.sha256Hex = QByteArray(64, fill);
    a.addedBy = QStringLiteral("PC 1234 Carter");
    a.addedUtc = addedUtc;
    a.lastVerifiedUtc = addedUtc;
    a.lastVerifiedOk = true;
    return a;
}

Result<Exhibit> keep(const Exhibit& e) { return e; }
Result<Incident> keepIncident(const Incident& i) { return i; }

} // namespace

TEST_CASE("The exhibit editor shows each attached file's full SHA-256 and its last verification", "[attachmentcheckui]")
{
    const QDateTime attached(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
    Exhibit exhibit;
    exhibit.id = 7;
    exhibit.caseId = 1;
    exhibit.reference = QStringLiteral("HL/3");
    exhibit.description = QStringLiteral("Screenshots of messages");
    AttachmentInfo intact = attachment(QStringLiteral("messages-1.png"), 'a', attached);
    intact.lastVerifiedUtc = QDateTime(QDate(2026, 12, 7), QTime(14, 21), Qt::UTC);
    AttachmentInfo changed = attachment(QStringLiteral("messages-2.png"), 'b', attached);
    changed.lastVerifiedUtc = intact.lastVerifiedUtc;
    changed.lastVerifiedOk = false;
    const AttachmentInfo unchecked = attachment(QStringLiteral("messages-3.png"), 'c', attached);
    exhibit.attachments = {intact, changed, unchecked};

    ExhibitDialog dialog(exhibit, {}, keep);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* box = dialog.findChild<QGroupBox*>(QStringLiteral("attachedFiles"));
    REQUIRE(box != nullptr);
    CHECK(box->isVisible());

    const QList<QLineEdit*> hashes = children<QLineEdit>(dialog, "attachmentHash");
    REQUIRE(hashes.size() == 3);
    CHECK(hashes[0]->text() == QString(64, u'a'));   // all 64 characters, not shortened
    CHECK(hashes[1]->text() == QString(64, u'b'));
    CHECK(hashes[0]->isReadOnly());
    CHECK(hashes[0]->focusPolicy() != Qt::NoFocus);   // the keyboard reaches it, to select and copy
    CHECK(hashes[0]->font().fixedPitch());   // monospace asked for; what the desk provides may vary
    CHECK(hashes[0]->accessibleName() == QStringLiteral("SHA-256 of messages-1.png"));
    // Wide enough to show the whole hash without scrolling inside the field.
    CHECK(hashes[0]->width() >= hashes[0]->fontMetrics().horizontalAdvance(hashes[0]->text()));

    const QList<QLabel*> checks = children<QLabel>(dialog, "attachmentCheck");
    REQUIRE(checks.size() == 3);
    CHECK(checks[0]->text() == QStringLiteral("Verified intact 07/12/2026 14:21"));
    CHECK(checks[1]->text() == QStringLiteral("CHANGED since it was attached (checked 07/12/2026 14:21)"));
    CHECK(checks[2]->text() == QStringLiteral("Not yet verified"));

    // Saving the exhibit's other details keeps its files as they were.
    dialog.accept();
    CHECK(dialog.saved().attachments.size() == 3);

    if (qEnvironmentVariableIsSet("CONDUCT_SCREENSHOT_DIR"))
        dialog.grab().save(qEnvironmentVariable("CONDUCT_SCREENSHOT_DIR") + QStringLiteral("/exhibit-dialog-hashes.png"));
}

TEST_CASE("The exhibit editor has no attached-files section for an exhibit without files", "[attachmentcheckui]")
{
    Exhibit exhibit;
    exhibit.reference = QStringLiteral("HL/4");
    ExhibitDialog dialog(exhibit, {}, keep);
    CHECK(dialog.findChild<QGroupBox*>(QStringLiteral("attachedFiles")) == nullptr);
    CHECK(children<QLineEdit>(dialog, "attachmentHash").isEmpty());
}

TEST_CASE("The incident editor shows an imported incident's source read-only, and no Source section otherwise", "[attachmentcheckui]")
{
    Incident imported;
    imported.id = 12;
    imported.caseId = 1;
    imported.startUtc = QDateTime(QDate(2026, 11, 3), QTime(19, 30), Qt::UTC);
    imported.description = QStringLiteral("He was outside the house again");
    imported.provenance = QStringLiteral("From complainant's log: diary.csv row 12 (exhibit HL/3)");
    {
        IncidentDialog dialog(imported, keepIncident, nullptr, QStringLiteral("incident:12"));
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        auto* section = dialog.findChild<QGroupBox*>(QStringLiteral("sourceSection"));
        REQUIRE(section != nullptr);
        CHECK(section->title() == QStringLiteral("Source"));
        CHECK(section->isVisibleTo(&dialog));
        auto* source = dialog.findChild<QLabel*>(QStringLiteral("sourceText"));
        REQUIRE(source != nullptr);
        CHECK(source->text() == imported.provenance);
        CHECK(source->textInteractionFlags().testFlag(Qt::TextSelectableByKeyboard));
        // Read-only: nothing in the section can be typed into, and the saved incident keeps its source.
        CHECK(section->findChildren<QLineEdit*>().isEmpty());
        CHECK(dialog.incident().provenance == imported.provenance);
        CHECK_FALSE(dialog.hasUnsavedChanges());
        if (qEnvironmentVariableIsSet("CONDUCT_SCREENSHOT_DIR"))
            dialog.grab().save(qEnvironmentVariable("CONDUCT_SCREENSHOT_DIR") + QStringLiteral("/incident-dialog-source.png"));
    }

    Incident typed = imported;
    typed.provenance.clear();
    IncidentDialog dialog(typed, keepIncident, nullptr, QStringLiteral("incident:13"));
    CHECK(dialog.findChild<QGroupBox*>(QStringLiteral("sourceSection")) == nullptr);
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("sourceText")) == nullptr);
}
