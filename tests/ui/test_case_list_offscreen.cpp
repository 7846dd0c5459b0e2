// Issue 28: a case opened straight after closing another took 16–59 s at 20 ms a round trip,
// one opening in five. The list had just shown again, its rows had asked for their advisor
// figures, and the figures (a whole case read per row, some twenty rows) were worked out by the
// list's timer in the middle of the next opening, behind the workspace, where nobody sees them.
// The list now works them out only while it is the tab on show.

#include "GuiTestSupport.h"

#include "case/CaseListModel.h"
#include "case/CaseWorkspace.h"
#include "services/CaseService.h"
#include "shell/MainWindow.h"

#include <QTabWidget>
#include <QTest>

using namespace conduct;

TEST_CASE("the case list works out its advisor figures only while it is on show, never during an opening",
          "[gui][caselist][slowreload]")
{
    test::TempDatabase t;
    const Session session = t.session();
    QList<CaseImport> cases;
    for (int n = 0; n < 6; ++n) {
        CaseImport c;
        c.caseRecord.urn = QStringLiteral("45BB%1%2").arg(n, 5, 10, QLatin1Char('0')).arg(26);
        c.caseRecord.officerInCase = QStringLiteral("PC 1234 Test");
        cases.append(c);
    }
    auto imported = CaseService(t.db(), session).importCases(cases);
    REQUIRE(imported.ok());

    MainWindow window(std::move(t.database), session);
    CaseListModel* model = window.caseListModel();
    int asked = 0;
    model->setAttentionCounter([&](qint64) {
        ++asked;
        return 0;
    });
    window.show();
    const QModelIndex firstFigure = model->index(0, CaseListModel::AttentionColumn);
    REQUIRE(model->rowCount() == 6);

    // On show, the rows asked for are worked out once the list settles.
    (void)model->data(firstFigure, Qt::DisplayRole);
    REQUIRE(test::waitFor([&] { return !model->attentionPending(); }, CaseListModel::attentionDelayMs * 20));
    CHECK(asked >= 1);

    // A change elsewhere: the rows on show ask again, and at once a case is opened in front of them.
    model->refresh();
    (void)model->data(firstFigure, Qt::DisplayRole);
    REQUIRE(model->attentionPending());
    const int before = asked;
    CaseWorkspace* ws = window.openCase(model->caseIdAt(0));
    REQUIRE(ws != nullptr);
    QTest::qWait(CaseListModel::attentionDelayMs * 4);
    CHECK(asked == before);   // nothing worked out behind the workspace
    CHECK(model->attentionPending());

    // Back on the list, what it asked for is worked out.
    REQUIRE(window.closeCurrentCase());
    REQUIRE(test::waitFor([&] { return !model->attentionPending(); }, CaseListModel::attentionDelayMs * 20));
    CHECK(asked > before);
}
