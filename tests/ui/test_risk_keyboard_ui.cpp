// Issue 31: the risk screens' details. DASH question 3 (a grid of ticks) answered by keyboard
// alone: Y or an arrow enters its boxes, the arrows move, Space ticks, Enter moves on to question
// 4, Shift+Tab goes back; and "Compare versions" opens on the two latest versions of one form,
// never a DASH set against an S-DASH. Screenshots: risk-q3-keyboard.png, risk-compare-*.png.

#include "GuiTestSupport.h"
#include "../core/RiskTestSupport.h"

#include "risk/AssessmentDiffDialog.h"
#include "risk/AssessmentForm.h"
#include "risk/AssessmentItemRow.h"
#include "risk/RiskPage.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace conduct;
using test::child;
using test::whenModalOpens;

namespace {
QString accessibleName(QWidget* w)
{
    QAccessibleInterface* face = QAccessible::queryAccessibleInterface(w);
    return face ? face->text(QAccessible::Name) : QString();
}

void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* focused = QApplication::focusWidget();
    REQUIRE(focused != nullptr);
    QTest::keyClick(focused, Qt::Key(key), modifiers);
}
} // namespace

TEST_CASE("DASH question 3 is answered by keyboard alone: arrows move, Space ticks, Enter moves on", "[risk][ui][keyboard31]")
{
    test::TempDatabase t;
    const Session officer = t.session();   // the case's officer
    const qint64 caseId = test::makeRiskCase(t);
    RiskAssessmentService service(t.db(), officer);
    auto draft = service.startAssessment(caseId, QStringLiteral("dash-2009"));
    REQUIRE(draft.ok());

    AssessmentForm form(service, draft.value());
    form.resize(1000, 800);
    form.show();
    form.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&form));
    AssessmentItemRow* q2 = form.row(QStringLiteral("q2"));
    AssessmentItemRow* q3 = form.row(QStringLiteral("q3"));
    AssessmentItemRow* q4 = form.row(QStringLiteral("q4"));
    REQUIRE((q2 && q3 && q4));
    const auto box = [&](const char* name) { return child<QCheckBox>(q3, name); };

    // Accessible names: the group of boxes, and each box by its row and column.
    CHECK(accessibleName(child<QWidget>(q3, "tickOptions")) == QStringLiteral("Answers to question 3"));
    CHECK(accessibleName(box("grid_kill_self")) == QStringLiteral("Kill – Self"));
    CHECK(accessibleName(box("grid_further_injury_children")) == QStringLiteral("Further injury and violence – Children"));
    CHECK(accessibleName(box("gridNone")) == QStringLiteral("None of these"));

    // Question 2 answered with Y: the single-answer flow is unchanged and lands on question 3.
    q2->setFocus();
    press(Qt::Key_Y);
    CHECK(QApplication::focusWidget() == q3);

    // Down enters the boxes at the first; Down/Up move between rows, Right along a row.
    press(Qt::Key_Down);
    CHECK(QApplication::focusWidget() == box("grid_kill_self"));
    press(Qt::Key_Space);
    press(Qt::Key_Down);
    CHECK(QApplication::focusWidget() == box("grid_further_injury_self"));
    press(Qt::Key_Right);
    CHECK(QApplication::focusWidget() == box("grid_further_injury_children"));
    press(Qt::Key_Down);
    CHECK(QApplication::focusWidget() == box("grid_other_children"));
    press(Qt::Key_Up);
    CHECK(QApplication::focusWidget() == box("grid_further_injury_children"));
    press(Qt::Key_Space);
    // Down past the last row reaches "none of these"; Up from it returns to the last row.
    press(Qt::Key_Down);
    press(Qt::Key_Down);
    CHECK(QApplication::focusWidget() == box("gridNone"));
    press(Qt::Key_Up);
    CHECK(QApplication::focusWidget() == box("grid_other_self"));
    // The question stays highlighted while its boxes have focus.
    CHECK(q3->styleSheet().contains(QStringLiteral("palette(highlight)")));
    CHECK(test::keepScreenshot(form.grab().toImage(), QStringLiteral("risk-q3-keyboard.png")));

    // Enter moves on to question 4.
    press(Qt::Key_Return);
    CHECK(QApplication::focusWidget() == q4);

    // Shift+Tab from the boxes goes back to question 2; Tab from them reaches question 3's comment.
    q3->setFocus();
    press(Qt::Key_Y);
    CHECK(QApplication::focusWidget() == box("grid_other_self"));   // re-entered where the arrows left off
    press(Qt::Key_Backtab, Qt::ShiftModifier);
    CHECK(QApplication::focusWidget() == q2);
    q3->setFocus();
    press(Qt::Key_Left);
    press(Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == q3->commentEdit());

    // The answers stored are exactly the ticked ones.
    REQUIRE(form.saveDraft());
    auto stored = service.get(draft->id);
    REQUIRE(stored.ok());
    const QVariantMap q3Answer = stored->answers.value(QStringLiteral("q3")).toMap();
    CHECK(q3Answer.value(QStringLiteral("kill")).toStringList() == QStringList{QStringLiteral("self")});
    CHECK(q3Answer.value(QStringLiteral("further_injury")).toStringList() == QStringList{QStringLiteral("children")});
    CHECK(q3Answer.value(QStringLiteral("other")).toStringList().isEmpty());
    CHECK(stored->answers.value(QStringLiteral("q2")).toString() == yesCode());
    form.close();
}

TEST_CASE("Compare versions opens on the two latest versions of the same form", "[risk][ui][compare31]")
{
    test::TempDatabase t;
    const Session officer = t.session();   // the case's officer
    const qint64 caseId = test::makeRiskCase(t);
    // DASH version 1 (submitted), then an S-DASH, then DASH version 2.
    const RiskAssessment dash1 = test::submittedDash(t.db(), officer, caseId, 6);
    RiskAssessmentService service(t.db(), officer);
    auto sdash1 = service.startAssessment(caseId, QStringLiteral("s-dash-2009"));
    REQUIRE(sdash1.ok());
    auto dash2 = service.startAssessment(caseId, QStringLiteral("dash-2009"));
    REQUIRE(dash2.ok());
    REQUIRE(dash2->versionNo == 2);

    RiskPage page(t.db(), officer, caseId, {});
    page.resize(1000, 500);
    page.show();
    REQUIRE(page.assessments().size() == 3);

    SECTION("with nothing selected, the form most recently started: DASH 1 against DASH 2")
    {
        page.table()->clearSelection();
        bool checked = false;
        whenModalOpens<AssessmentDiffDialog>([&](AssessmentDiffDialog* diff) {
            CHECK(diff->earlierId() == dash1.id);
            CHECK(diff->laterId() == dash2->id);
            CHECK(diff->summaryText().contains(QStringLiteral("changed")));
            diff->resize(1000, 420);
            CHECK(test::keepScreenshot(diff->grab().toImage(), QStringLiteral("risk-compare-dash.png")));
            checked = true;
            diff->reject();
        });
        QTest::mouseClick(child<QPushButton>(&page, "compareVersionsButton"), Qt::LeftButton);
        CHECK(checked);
    }
    SECTION("with the S-DASH selected, it says there is no earlier S-DASH rather than pairing it with a DASH")
    {
        int sdashRow = -1;
        for (int row = 0; row < page.table()->rowCount(); ++row)
            if (page.table()->item(row, 0)->data(Qt::UserRole).toLongLong() == sdash1->id) sdashRow = row;
        REQUIRE(sdashRow >= 0);
        page.table()->selectRow(sdashRow);
        bool checked = false;
        whenModalOpens<AssessmentDiffDialog>([&](AssessmentDiffDialog* diff) {
            CHECK(diff->earlierId() == sdash1->id);
            CHECK(diff->laterId() == sdash1->id);
            CHECK(diff->summaryText().contains(QStringLiteral("no earlier version of S-DASH")));
            CHECK(diff->table()->rowCount() == 0);
            diff->resize(1000, 300);
            CHECK(test::keepScreenshot(diff->grab().toImage(), QStringLiteral("risk-compare-single.png")));
            checked = true;
            diff->reject();
        });
        QTest::mouseClick(child<QPushButton>(&page, "compareVersionsButton"), Qt::LeftButton);
        CHECK(checked);
    }
}
