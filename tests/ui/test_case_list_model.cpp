// The case list model: a keystroke loads one page and never waits for a count of every match;
// the count follows when typing pauses, or at once when the first page holds every match.

#include "GuiTestSupport.h"

#include "case/CaseListModel.h"
#include "services/CaseService.h"

#include <QSignalSpy>

using namespace conduct;

namespace {
// `count` cases; every seventh has officer "DC 7 Seven" (so a filter can pick out a few).
void importCases(Database& db, const Session& session, int count)
{
    QList<CaseImport> cases;
    for (int n = 0; n < count; ++n) {
        CaseImport c;
        c.caseRecord.urn = QStringLiteral("45AA%1%2").arg(n, 5, 10, QLatin1Char('0')).arg(26);
        c.caseRecord.officerInCase = n % 7 == 0 ? QStringLiteral("DC 7 Seven") : QStringLiteral("PC 1234 Test");
        cases.append(c);
    }
    auto imported = CaseService(db, session).importCases(cases);
    INFO((imported.ok() ? QString() : imported.error().text()).toStdString());
    REQUIRE(imported.ok());
}
} // namespace

TEST_CASE("the case list loads a page per keystroke and counts when typing pauses", "[gui][caselist]")
{
    test::TempDatabase t;
    const int cases = CaseListModel::pageSize + 45;
    importCases(t.db(), t.session(), cases);

    CaseListModel model(t.db(), t.session().user);
    QSignalSpy counted(&model, &CaseListModel::totalCountChanged);
    CHECK(model.rowCount() == CaseListModel::pageSize);
    CHECK(model.totalCount() == -1);   // not yet counted: the first page is full
    CHECK(model.canFetchMore({}));
    REQUIRE(test::waitFor([&] { return model.totalCount() >= 0; }, CaseListModel::countDelayMs * 20));
    CHECK(model.totalCount() == cases);

    // A filter whose matches fit on one page: the page is the answer, counted at once.
    counted.clear();
    model.setFilter(QStringLiteral("seven"));
    const int sevens = (cases + 6) / 7;
    CHECK(model.rowCount() == sevens);
    CHECK(model.totalCount() == sevens);
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(counted.count() >= 1);

    // Scrolling to the end loads the rest and then knows the count without asking for it.
    model.setFilter(QString());
    CHECK(model.totalCount() == -1);
    model.fetchMore({});
    CHECK(model.rowCount() == cases);
    CHECK(model.totalCount() == cases);
    CHECK_FALSE(model.canFetchMore({}));
}

TEST_CASE("the advisor column is worked out once the list settles, and kept until the case changes", "[gui][caselist]")
{
    test::TempDatabase t;
    importCases(t.db(), t.session(), 12);
    CaseListModel model(t.db(), t.session().user);
    int asked = 0;
    model.setAttentionCounter([&](qint64 caseId) {
        ++asked;
        return int(caseId % 3);
    });
    const auto shown = [&](int row) { return model.data(model.index(row, CaseListModel::AttentionColumn), Qt::DisplayRole).toString(); };

    CHECK(shown(0) == QStringLiteral("…"));   // asked for, not worked out while the list is changing
    CHECK(shown(1) == QStringLiteral("…"));
    CHECK(model.attentionPending());
    CHECK(asked == 0);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    REQUIRE(test::waitFor([&] { return !model.attentionPending(); }, CaseListModel::attentionDelayMs * 20));
    CHECK(asked == 2);   // only the rows that were asked for
    CHECK(changed.count() == 1);
    const qint64 firstId = model.caseIdAt(0);
    CHECK(shown(0) == (firstId % 3 == 0 ? QStringLiteral("✔ none") : QStringLiteral("⚠ %1 rule(s)").arg(firstId % 3)));

    // Filtering and clearing the filter shows the same case again: kept, not asked again.
    model.setFilter(QStringLiteral("45AA"));
    model.setFilter(QString());
    CHECK(model.caseIdAt(0) == firstId);
    CHECK(shown(0) != QStringLiteral("…"));
    CHECK(asked == 2);

    // A change elsewhere (refresh) works the figures out again.
    model.refresh();
    CHECK(shown(0) == QStringLiteral("…"));
    model.fillAttention();
    CHECK(asked == 3);
}
