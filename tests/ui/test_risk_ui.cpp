// The risk screens driven through the real widgets (protocol 3.7): an officer answers the DASH
// with the Y and N keys and submits it; a different supervisor approves it from the review queue
// with the A key; a reassessment shows what changed. Screenshots: risk-*.png in $CONDUCT_SCREENSHOT_DIR.

#include "GuiTestSupport.h"

#include "risk/AssessmentDiffDialog.h"
#include "risk/AssessmentForm.h"
#include "risk/AssessmentItemRow.h"
#include "risk/RiskPage.h"
#include "risk/SupervisorQueue.h"
#include "common/Clock.h"
#include "services/CaseService.h"
#include "services/RiskAssessmentService.h"
#include "store/Database.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace conduct;
using test::child;
using test::whenModalOpens;

namespace {
qint64 caseFor(Database& db, const Session& officer, int incidents)
{
    CaseService service(db, officer);
    Case c;
    c.urn = QStringLiteral("45AA0209820");
    c.officerInCase = officer.user.displayName;
    c.offences = {Offence::StalkingFearAlarm_s4A};
    auto created = service.createCase(c);
    REQUIRE(created.ok());
    Person p;
    p.caseId = created->id;
    p.role = PersonRole::Complainant;
    p.forenames = QStringLiteral("Ann");
    p.surname = QStringLiteral("Example");
    REQUIRE(service.addPerson(p).ok());
    for (int n = 0; n < incidents; ++n) {
        Incident i;
        i.caseId = created->id;
        i.startUtc = Clock::nowUtc().addDays(-20 + n);
        i.location = QStringLiteral("Outside the complainant's workplace");
        i.behaviours = {Behaviour::Loitering};
        i.description = QStringLiteral("The suspect waited by her car for an hour (incident %1).").arg(n + 1);
        REQUIRE(service.addIncident(i).ok());
    }
    return created->id;
}

void save(QWidget* w, const char* file)
{
    CHECK(test::keepScreenshot(w->grab().toImage(), QString::fromLatin1(file)));
}

// 27 DASH questions: Y for yes, N for no (on the grid, N answers "none of these").
const char* const dashKeys = "YYNYYYNY" "NNNN" "YYYNNNYNYN" "NNYNN";   // 12 "yes": medium
} // namespace

TEST_CASE("officer completes a DASH by keyboard, a supervisor approves it from the queue, a reassessment shows the diff",
          "[risk][ui]")
{
    test::TempDatabase t;
    const Session officer = test::sessionFor(t.db(), QStringLiteral("pc.officer"), {Role::Officer});
    const Session supervisor = test::sessionFor(t.db(), QStringLiteral("ds.super"), {Role::Supervisor});
    test::joinTeam(t.db(), QStringLiteral("Response 2"), {officer.user.id, supervisor.user.id});   // supervisors see their teams
    const qint64 caseId = caseFor(t.db(), officer, 2);

    RiskPage page(t.db(), officer, caseId, {});
    page.resize(1000, 500);
    page.show();
    // Two incidents: the S-DASH is prompted before any DASH exists.
    CHECK(page.sdashPromptShown());

    bool submitted = false;
    whenModalOpens<AssessmentForm>([&](AssessmentForm* form) {
        form->activateWindow();
        (void)QTest::qWaitForWindowActive(form);
        const QList<AssessmentItemRow*> rows = form->rows();
        REQUIRE(rows.size() == 27);
        // The pack's licence notice is on screen, and unverified wording is badged.
        CHECK(child<QLabel>(form, "packNotice")->text().contains(QStringLiteral("Laura Richards")));
        CHECK(rows[11]->findChild<QLabel*>(QStringLiteral("unverifiedBadge")) != nullptr);
        CHECK(rows[0]->findChild<QLabel*>(QStringLiteral("unverifiedBadge")) == nullptr);

        // Tab from a question reaches its comment.
        rows[0]->setFocus();
        QTest::keyClick(rows[0], Qt::Key_Tab);
        CHECK(QApplication::focusWidget() == rows[0]->commentEdit());
        QTest::keyClicks(rows[0]->commentEdit(), QStringLiteral("Bruised wrist; first injury"));
        rows[0]->setFocus();

        for (const char* k = dashKeys; *k; ++k) {
            QWidget* focused = QApplication::focusWidget();
            REQUIRE(focused != nullptr);
            QTest::keyClick(focused, *k == 'Y' ? Qt::Key_Y : Qt::Key_N);
        }
        CHECK(QApplication::focusWidget() == child<QComboBox>(form, "officerLevelCombo"));
        CHECK(child<QLabel>(form, "scoreLabel")->text().contains(QStringLiteral("Score: 12")));
        CHECK(child<QLabel>(form, "scoreLabel")->text().contains(QStringLiteral("Medium")));

        // Grading below the suggested level is refused with the reason shown.
        auto* level = child<QComboBox>(form, "officerLevelCombo");
        level->setCurrentIndex(level->findData(QStringLiteral("standard")));
        QTest::mouseClick(child<QPushButton>(form, "submitButton"), Qt::LeftButton);
        CHECK(form->isVisible());
        CHECK(form->errorText().contains(QStringLiteral("never lower")));

        level->setCurrentIndex(level->findData(QStringLiteral("medium")));
        form->rows()[5]->setFocus();
        form->resize(1000, 800);
        save(form, "risk-form.png");
        QTest::mouseClick(child<QPushButton>(form, "submitButton"), Qt::LeftButton);
        submitted = !form->isVisible();
        if (form->isVisible()) form->close();
    });
    QTest::mouseClick(child<QPushButton>(&page, "new_dash-2009"), Qt::LeftButton);
    REQUIRE(submitted);
    REQUIRE(page.assessments().size() == 1);
    const RiskAssessment v1 = page.assessments().first();
    CHECK(v1.status == AssessmentStatus::Submitted);
    CHECK(v1.score == 12);
    CHECK(v1.answers.items.value(QStringLiteral("q1")).comment == QStringLiteral("Bruised wrist; first injury"));
    CHECK(page.table()->item(0, 2)->text() == QStringLiteral("Awaiting review"));
    // DASH Q8 was answered yes: the S-DASH prompt stays until an S-DASH exists.
    CHECK(page.sdashPromptShown());

    // The officer cannot see the queue; a different supervisor decides from it with one key.
    SupervisorQueue queue(t.db(), supervisor);
    queue.resize(1200, 720);
    queue.show();
    REQUIRE(queue.entries().size() == 1);
    CHECK(queue.table()->item(0, 0)->text() == QStringLiteral("Medium"));
    QTest::keyClicks(queue.commentEdit(), QStringLiteral("Agreed. Review in two weeks."));
    save(&queue, "risk-queue.png");
    queue.table()->setFocus();
    QTest::keyClick(queue.table(), Qt::Key_A);
    CHECK(queue.entries().isEmpty());
    CHECK(queue.statusText().contains(QStringLiteral("Approved")));

    page.reload();
    const RiskAssessment approved = page.assessments().first();
    CHECK(approved.status == AssessmentStatus::Approved);
    REQUIRE(approved.approval() != nullptr);
    CHECK(approved.approval()->reviewerName == supervisor.user.displayName);
    CHECK(page.table()->item(0, 6)->text().contains(supervisor.user.displayName));

    // A reassessment: a new version; the comparison lists what changed.
    RiskAssessmentService service(t.db(), officer);
    RiskAssessment v2 = service.startAssessment(caseId, QStringLiteral("dash-2009")).value();
    CHECK(v2.versionNo == 2);
    v2.answers = approved.answers;
    v2.answers.setValue(QStringLiteral("q16"), yesCode());
    v2.answers.setValue(QStringLiteral("q17"), yesCode());
    v2.answers.setComment(QStringLiteral("q17"), QStringLiteral("Threatened to kill her on 3 March"));
    v2.officerLevel = QStringLiteral("high");
    v2.rationale = QStringLiteral("Threat to kill and use of a weapon since version 1; 14 yes answers.");
    v2.marac = {ReferralDecision::Refer, Clock::nowUtc().date(), QStringLiteral("Visible high risk (14 yes answers)")};
    REQUIRE(service.submit(v2).ok());
    page.reload();
    REQUIRE(page.assessments().size() == 2);

    AssessmentDiffDialog diff(service, page.assessments(), 0, &page);
    diff.resize(1000, 420);
    diff.show();
    QTableWidget* changes = diff.table();
    REQUIRE(changes->rowCount() == 2);
    CHECK(changes->item(0, 0)->text() == QStringLiteral("16"));
    CHECK(changes->item(1, 0)->text() == QStringLiteral("17"));
    CHECK(changes->item(1, 2)->text() == QStringLiteral("No"));
    CHECK(changes->item(1, 3)->text() == QStringLiteral("Yes"));
    CHECK(changes->item(1, 4)->text().contains(QStringLiteral("Threatened to kill")));
    save(&diff, "risk-diff.png");
    page.resize(1000, 360);
    save(&page, "risk-page.png");
}

TEST_CASE("a supervisor cannot approve their own assessment from the queue", "[risk][ui]")
{
    test::TempDatabase t;
    const Session both = t.session();   // officer and supervisor
    const qint64 caseId = caseFor(t.db(), both, 1);
    RiskAssessmentService service(t.db(), both);
    RiskAssessment a = service.startAssessment(caseId, QStringLiteral("s-dash-2009")).value();
    for (int n = 1; n <= 11; ++n) a.answers.setValue(QStringLiteral("q%1").arg(n), n <= 3 ? yesCode() : noCode());
    a.officerLevel = QStringLiteral("standard");
    a.rationale = QStringLiteral("Messages only; no threats.");
    REQUIRE(service.submit(a).ok());

    SupervisorQueue queue(t.db(), both);
    queue.show();
    REQUIRE(queue.entries().size() == 1);
    queue.table()->setFocus();
    QTest::keyClick(queue.table(), Qt::Key_A);
    CHECK(queue.entries().size() == 1);
    CHECK(queue.statusText().contains(QStringLiteral("own")));
    // Returning needs a comment: R with an empty comment box is refused and says why.
    QTest::keyClick(queue.table(), Qt::Key_R);
    CHECK(queue.statusText().contains(QStringLiteral("another supervisor")));
}
