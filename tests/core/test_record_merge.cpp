// Re-applying an officer's edit of a case, an incident or a person over someone else's newer save
// (issue 12), and the clashes the officer is shown and chooses between (issue 30).

#include "TestSupport.h"

#include "common/UkTime.h"
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
    CHECK(merge.clashLabels() == QStringList{QStringLiteral("Crime reference")});

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
    CHECK(mergeIncidentEdit(opened, mine, theirs).clashLabels() == QStringList{QStringLiteral("Description")});
}

TEST_CASE("a clash carries both values as display text, and what only the colleague changed is named as kept", "[recordmerge]")
{
    Incident opened;
    opened.id = 3;
    opened.rowVersion = 1;
    opened.startUtc = QDateTime(QDate(2026, 7, 1), QTime(20, 15), Qt::UTC);   // 21:15 BST
    opened.location = QStringLiteral("High Street");
    opened.description = QStringLiteral("He followed her.");
    opened.behaviours = {Behaviour::Following};

    Incident mine = opened;
    mine.description = QStringLiteral("He followed her from the bus stop.");
    mine.startUtc = QDateTime(QDate(2026, 7, 1), QTime(20, 45), Qt::UTC);   // 21:45 BST

    Incident theirs = opened;
    theirs.rowVersion = 2;
    theirs.description = QStringLiteral("Followed her home.");
    theirs.startUtc = QDateTime(QDate(2026, 7, 1), QTime(19, 0), Qt::UTC);   // 20:00 BST
    theirs.location = QStringLiteral("High Street, outside no. 12");   // only they changed this
    theirs.behaviours = {};                                            // and cleared this

    const RecordMerge<Incident> merge = mergeIncidentEdit(opened, mine, theirs);
    REQUIRE(merge.clashes.size() == 2);
    const FieldClash& start = merge.clashes[0];
    CHECK(start.key == QStringLiteral("start_utc"));
    CHECK(start.label == QStringLiteral("Start"));
    CHECK(start.opened == uktime::formatDateTime(opened.startUtc));
    CHECK(start.opened.startsWith(QStringLiteral("01/07/2026 21:15")));   // UK civil time, not UTC
    CHECK(start.mine.startsWith(QStringLiteral("01/07/2026 21:45")));
    CHECK(start.theirs.startsWith(QStringLiteral("01/07/2026 20:00")));
    const FieldClash& description = merge.clashes[1];
    CHECK(description.key == QStringLiteral("description"));
    CHECK(description.opened == QStringLiteral("He followed her."));
    CHECK(description.mine == mine.description);
    CHECK(description.theirs == theirs.description);
    CHECK(merge.keptTheirs == QStringList{QStringLiteral("Location"), QStringLiteral("Behaviours")});
    CHECK(merge.merged.behaviours.isEmpty());   // what only they changed stands
    CHECK(merge.theirs.description == theirs.description);

    SECTION("a time not known shows as the date alone")
    {
        theirs.startTimeKnown = false;
        theirs.startUtc = uktime::startOfDayUtc(QDate(2026, 7, 1));
        const RecordMerge<Incident> dateOnly = mergeIncidentEdit(opened, mine, theirs);
        REQUIRE_FALSE(dateOnly.clashes.isEmpty());
        CHECK(dateOnly.clashes[0].theirs == QStringLiteral("01/07/2026, time not known"));
    }
}

TEST_CASE("resolving a merge applies each choice and refuses a clash left unchosen", "[recordmerge]")
{
    Case opened;
    opened.id = 7;
    opened.rowVersion = 3;
    opened.crimeReference = QStringLiteral("CR/1/26");
    opened.status = CaseStatus::OpenInvestigation;
    opened.whyNotStalking = QString();

    Case mine = opened;
    mine.crimeReference = QStringLiteral("CR/2/26");
    mine.whyNotStalking = QStringLiteral("No fixation shown yet");
    mine.hostilityFlag = true;

    Case theirs = opened;
    theirs.rowVersion = 4;
    theirs.crimeReference = QStringLiteral("CR/3/26");
    theirs.whyNotStalking = QStringLiteral("Single incident so far");
    theirs.hostilityFlag = true;   // the same change: no clash
    theirs.officerInCase = QStringLiteral("PC 2 Ben Ray");

    const CaseMerge merge = mergeCaseEdit(opened, mine, theirs);
    CHECK(merge.clashLabels() == QStringList{QStringLiteral("Crime reference"), QStringLiteral("Why not stalking")});
    CHECK(merge.clashes[1].opened == QStringLiteral("(blank)"));   // an empty value is said to be blank
    CHECK(merge.keptTheirs == QStringList{QStringLiteral("Officer in the case")});

    const auto missing = resolveCaseEdit(merge, {{QStringLiteral("crime_reference"), MergeChoice::KeepTheirs}});
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().field == QStringLiteral("Why not stalking"));
    CHECK(missing.error().message.contains(QStringLiteral("Choose")));

    const auto resolved = resolveCaseEdit(merge, {{QStringLiteral("crime_reference"), MergeChoice::KeepTheirs},
                                                  {QStringLiteral("why_not_stalking"), MergeChoice::UseMine}});
    REQUIRE(resolved.ok());
    CHECK(resolved.value().rowVersion == 4);
    CHECK(resolved.value().crimeReference == QStringLiteral("CR/3/26"));
    CHECK(resolved.value().whyNotStalking == QStringLiteral("No fixation shown yet"));
    CHECK(resolved.value().officerInCase == QStringLiteral("PC 2 Ben Ray"));
    CHECK(resolved.value().hostilityFlag);
}

TEST_CASE("a person edited at two desks: clashes show lists, dates and codes as the dialog does", "[recordmerge]")
{
    Person opened;
    opened.id = 11;
    opened.rowVersion = 2;
    opened.role = PersonRole::Suspect;
    opened.surname = QStringLiteral("Tate");
    opened.phones = {QStringLiteral("07700 900123")};
    opened.relationship = Relationship::Unknown;

    Person mine = opened;
    mine.phones = {QStringLiteral("07700 900123"), QStringLiteral("07700 900456")};
    mine.dateOfBirth = QDate(1990, 2, 14);
    mine.relationship = Relationship::ExPartner;

    Person theirs = opened;
    theirs.rowVersion = 3;
    theirs.phones = {QStringLiteral("07700 900999")};
    theirs.dateOfBirth = QDate(1991, 2, 14);
    theirs.relationship = Relationship::ExPartner;   // the same change: no clash
    theirs.over18 = true;                            // only they changed this

    const RecordMerge<Person> merge = mergePersonEdit(opened, mine, theirs);
    REQUIRE(merge.clashes.size() == 2);
    CHECK(merge.clashes[0].key == QStringLiteral("date_of_birth"));
    CHECK(merge.clashes[0].opened == QStringLiteral("(blank)"));
    CHECK(merge.clashes[0].mine == QStringLiteral("14/02/1990"));
    CHECK(merge.clashes[0].theirs == QStringLiteral("14/02/1991"));
    CHECK(merge.clashes[1].key == QStringLiteral("phones"));
    CHECK(merge.clashes[1].mine == QStringLiteral("07700 900123; 07700 900456"));
    CHECK(merge.clashes[1].theirs == QStringLiteral("07700 900999"));
    CHECK(merge.keptTheirs == QStringList{QStringLiteral("Over 18")});

    const auto resolved = resolvePersonEdit(merge, {{QStringLiteral("date_of_birth"), MergeChoice::UseMine},
                                                    {QStringLiteral("phones"), MergeChoice::KeepTheirs}});
    REQUIRE(resolved.ok());
    CHECK(resolved.value().dateOfBirth == QDate(1990, 2, 14));
    CHECK(resolved.value().phones == QStringList{QStringLiteral("07700 900999")});
    CHECK(resolved.value().relationship == Relationship::ExPartner);
    CHECK(resolved.value().over18 == std::optional<bool>(true));
    CHECK(resolved.value().rowVersion == 3);
}
