// Which two versions "Compare versions" opens on (AssessmentVersionPair.h): the two latest
// versions of one form, never a DASH set against an S-DASH.

#include "domain/AssessmentVersionPair.h"

#include "TestSupport.h"

#include <QTimeZone>

using namespace conduct;

namespace {
const QString dash = QStringLiteral("dash-2009");
const QString sdash = QStringLiteral("s-dash-2009");

RiskAssessment version(qint64 id, const QString& packId, int versionNo, int startedMinute)
{
    RiskAssessment a;
    a.id = id;
    a.packId = packId;
    a.versionNo = versionNo;
    a.createdUtc = QDateTime(QDate(2026, 3, 2), QTime(9, startedMinute), QTimeZone::utc());
    return a;
}
} // namespace

TEST_CASE("Compare versions pairs the two latest versions of the same form", "[risk][versionpair]")
{
    // DASH v1, then S-DASH v1, then DASH v2: the newest form started is DASH.
    const QList<RiskAssessment> history = {version(11, dash, 1, 0), version(12, sdash, 1, 10), version(13, dash, 2, 20)};

    SECTION("nothing selected: the form most recently started")
    {
        const AssessmentVersionPair pair = latestVersionPair(history);
        CHECK(pair.packId == dash);
        CHECK(pair.earlierId == 11);
        CHECK(pair.laterId == 13);
        CHECK(pair.found());
    }
    SECTION("the selected assessment's form wins, even when it is an older version")
    {
        const AssessmentVersionPair pair = latestVersionPair(history, 11);
        CHECK(pair.packId == dash);
        CHECK(pair.earlierId == 11);
        CHECK(pair.laterId == 13);
    }
    SECTION("the latest two of three, ordered by version number, not by position in the list")
    {
        const QList<RiskAssessment> three = {version(23, dash, 3, 30), version(21, dash, 1, 0), version(22, dash, 2, 20),
                                             version(24, sdash, 1, 5)};
        const AssessmentVersionPair pair = latestVersionPair(three, 21);
        CHECK(pair.earlierId == 22);
        CHECK(pair.laterId == 23);
    }
}

TEST_CASE("Compare versions says there is no earlier version rather than pairing different forms", "[risk][versionpair]")
{
    const QList<RiskAssessment> history = {version(11, dash, 1, 0), version(12, sdash, 1, 10)};

    SECTION("the newest form, S-DASH, has one version")
    {
        const AssessmentVersionPair pair = latestVersionPair(history);
        CHECK(pair.packId == sdash);
        CHECK(pair.laterId == 12);
        CHECK(pair.earlierId == 0);
        CHECK_FALSE(pair.found());
    }
    SECTION("the selected DASH has one version")
    {
        const AssessmentVersionPair pair = latestVersionPair(history, 11);
        CHECK(pair.packId == dash);
        CHECK(pair.laterId == 11);
        CHECK_FALSE(pair.found());
    }
    SECTION("no versions at all")
    {
        const AssessmentVersionPair pair = latestVersionPair({});
        CHECK(pair.packId.isEmpty());
        CHECK_FALSE(pair.found());
    }
}
