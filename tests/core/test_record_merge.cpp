// Re-applying an officer's edit of a case or an incident over someone else's newer save (issue 12).

#include "TestSupport.h"

#include "domain/RecordMerge.h"

using namespace conduct;

TEST_CASE("a re-applied case edit keeps both people's changes and names the fields both changed", "[concurrency][merge]")
{
    Case opened;
    opened.id = 7;
    opened.rowVersion = 3;
    opened.crimeReference = QStringLiteral("CR/1/26");
    opened.officerInCase = QStringLiteral("PC 1 Amy Shaw");
    opened.whyNotStalking = QString();

    Case mine = opened;
    mine.whyNotStalking = QStringLiteral("No fixation shown yet");   // only I changed this
    mine.crimeReference = QStringLiteral("CR/2/26");                // we both changed this

    Case theirs = opened;
    theirs.rowVersion = 4;
    theirs.officerInCase = QStringLiteral("PC 2 Ben Ray");   // only they changed this
    theirs.crimeReference = QStringLiteral("CR/3/26");

    const CaseMerge merge = mergeCaseEdit(opened, mine, theirs);
    CHECK(merge.merged.rowVersion == 4);   // saves against the version now stored
    CHECK(merge.merged.officerInCase == QStringLiteral("PC 2 Ben Ray"));
    CHECK(merge.merged.whyNotStalking == QStringLiteral("No fixation shown yet"));
    CHECK(merge.merged.crimeReference == QStringLiteral("CR/2/26"));
    CHECK(merge.clashes == QStringList{QStringLiteral("Crime reference")});

    SECTION("the same change made by both is no clash")
    {
        theirs.crimeReference = mine.crimeReference;
        CHECK(mergeCaseEdit(opened, mine, theirs).clashes.isEmpty());
    }
}

TEST_CASE("a re-applied incident edit keeps the other officer's new location and names a shared change", "[concurrency][merge]")
{
    Incident opened;
    opened.id = 3;
    opened.rowVersion = 1;
    opened.location = QStringLiteral("High Street");
    opened.description = QStringLiteral("He followed her.");
    opened.behaviours = {Behaviour::Following};

    Incident mine = opened;
    mine.description = QStringLiteral("He followed her from the bus stop to her door.");
    mine.fearOfViolence = true;

    Incident theirs = opened;
    theirs.rowVersion = 2;
    theirs.location = QStringLiteral("High Street, outside no. 12");
    theirs.fearOfViolence = true;   // the same change: no clash

    const RecordMerge<Incident> merge = mergeIncidentEdit(opened, mine, theirs);
    CHECK(merge.merged.rowVersion == 2);
    CHECK(merge.merged.location == QStringLiteral("High Street, outside no. 12"));
    CHECK(merge.merged.description == mine.description);
    CHECK(merge.merged.fearOfViolence);
    CHECK(merge.clashes.isEmpty());

    theirs.description = QStringLiteral("Followed her home.");
    CHECK(mergeIncidentEdit(opened, mine, theirs).clashes == QStringList{QStringLiteral("Description")});
}
