// "Find case" ignores case and accents on both engines (issue 30), as the incident full-text
// search does: "cafe" and "CAFÉ" both find "Café". Runs on SQLite, and on PostgreSQL under
// tests/support/with-postgres.sh.

#include "RiskTestSupport.h"
#include "TestSupport.h"

#include "search/NameMatching.h"
#include "services/CaseService.h"
#include "store/CaseListQuery.h"
#include "store/Database.h"

using namespace conduct;
using namespace conduct::test;

namespace {
QStringList urnsFound(TempDatabase& t, const QString& filter)
{
    CaseListRequest request;
    request.filter = filter;
    request.sortColumn = CaseListColumn::Urn;
    request.order = Qt::AscendingOrder;
    const CaseListQuery query(t.db(), t.session().user);
    auto rows = query.page(request, 0, 50);
    REQUIRE(rows.ok());
    auto count = query.count(request);
    REQUIRE(count.ok());
    CHECK(count.value() == rows->size());
    QStringList urns;
    for (const CaseSummary& row : rows.value()) urns << row.urn;
    return urns;
}

void addPerson(TempDatabase& t, qint64 caseId, PersonRole role, const QString& forenames, const QString& surname)
{
    Person p;
    p.caseId = caseId;
    p.role = role;
    p.forenames = forenames;
    p.surname = surname;
    REQUIRE(CaseService(t.db(), t.session()).addPerson(p).ok());
}

void setOfficer(TempDatabase& t, qint64 caseId, const QString& officer)
{
    CaseService service(t.db(), t.session());
    Case c = service.loadCase(caseId)->caseRecord;
    c.officerInCase = officer;
    REQUIRE(service.updateCase(c).ok());
}
} // namespace

TEST_CASE("folded text drops accents and case and keeps everything else", "[casefilterfold]")
{
    CHECK(foldedText(QStringLiteral("Café Noir")) == QStringLiteral("cafe noir"));
    CHECK(foldedText(QStringLiteral("CAFÉ")) == QStringLiteral("cafe"));
    CHECK(foldedText(QStringLiteral("O'Neill-Żółć")) == QStringLiteral("o'neill-zolc"));
    CHECK(foldedText(QStringLiteral("Straße")) == QStringLiteral("strasse"));
}

TEST_CASE("Find case ignores accents and case in names and officers, on either engine", "[casefilterfold]")
{
    TempDatabase t;
    const qint64 cafe = makeRiskCase(t, QStringLiteral("45AA0209820"));
    addPerson(t, cafe, PersonRole::Suspect, QStringLiteral("Jean"), QStringLiteral("Café"));
    const qint64 zoe = makeRiskCase(t, QStringLiteral("45AA0209821"));
    setOfficer(t, zoe, QStringLiteral("PC 1234 Zoë Brontë"));
    const qint64 plain = makeRiskCase(t, QStringLiteral("45AA0209822"));
    addPerson(t, plain, PersonRole::Witness, QStringLiteral("Cafe"), QStringLiteral("Owner"));

    const QString cafeUrn = QStringLiteral("45AA0209820");
    const QString zoeUrn = QStringLiteral("45AA0209821");
    const QString plainUrn = QStringLiteral("45AA0209822");
    CHECK(urnsFound(t, QStringLiteral("cafe")) == QStringList{cafeUrn, plainUrn});
    CHECK(urnsFound(t, QStringLiteral("CAFÉ")) == QStringList{cafeUrn, plainUrn});
    CHECK(urnsFound(t, QStringLiteral("café")) == QStringList{cafeUrn, plainUrn});
    CHECK(urnsFound(t, QStringLiteral("jean cafe")) == QStringList{cafeUrn});
    CHECK(urnsFound(t, QStringLiteral("zoe bronte")) == QStringList{zoeUrn});
    CHECK(urnsFound(t, QStringLiteral("ZOË")) == QStringList{zoeUrn});
    CHECK(urnsFound(t, QStringLiteral("45aa0209821")) == QStringList{zoeUrn});
    CHECK(urnsFound(t, QStringLiteral("caff")).isEmpty());
    // The user's text is still matched literally: % and _ are not wildcards.
    CHECK(urnsFound(t, QStringLiteral("caf%")).isEmpty());
}
