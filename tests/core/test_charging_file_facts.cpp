// Issue 22: every fact the case already holds reaches the right box on the right form, one test
// per fact, through the store, the CaseFile filler and the document builders.

#include "RiskTestSupport.h"

#include "export/Export.h"
#include "services/CaseFileService.h"
#include "services/ChargingFileService.h"
#include "services/ChargingFileStart.h"
#include "services/ChargingService.h"
#include "rules/OffenceGuide.h"
#include "services/OrdersService.h"
#include "services/VictimCareService.h"
#include "store/UserRepository.h"

using namespace conduct;
using namespace conduct::test;

namespace {

struct FactsFixture {
    ScopedFakeClock clock{QDateTime(QDate(2026, 6, 20), QTime(11, 0), Qt::UTC)};
    TempDatabase t;
    qint64 caseId = makeRiskCase(t, QStringLiteral("45AA0209820"), 3);
    qint64 suspectId = 0;

    FactsFixture()
    {
        Person s;
        s.caseId = caseId;
        s.role = PersonRole::Suspect;
        s.forenames = QStringLiteral("Sam");
        s.surname = QStringLiteral("Suspect");
        s.relationship = Relationship::ExPartner;
        s.domesticAbuse = true;
        s.ethnicityCode = QStringLiteral("W1");
        auto saved = CaseService(t.db(), t.session()).addPerson(s);
        REQUIRE(saved.ok());
        suspectId = saved->id;
    }

    Person person(PersonRole role)
    {
        auto detail = CaseService(t.db(), t.session()).loadCase(caseId);
        REQUIRE(detail.ok());
        for (const Person& p : detail->people)
            if (p.role == role) return p;
        FAIL("no such person");
        return {};
    }

    CaseFile file()
    {
        auto f = CaseFileService(t.db(), t.session()).assemble(caseId, Action::PrintDocument);
        INFO((f.ok() ? QString() : f.error().text()).toStdString());
        REQUIRE(f.ok());
        return f.value();
    }
    DocumentLayout mg3() { return buildDocuments(file(), DocumentKind::Mg3).first(); }
    DocumentLayout mg5() { return buildDocuments(file(), DocumentKind::Mg5).first(); }
    DocumentLayout mg2() { return buildDocuments(file(), DocumentKind::Mg2).first(); }
};

// The value printed beside `label` (a field, a text box or a table's first column), or a marker.
QString printed(const DocumentLayout& doc, const QString& label)
{
    for (const Block& b : doc.blocks) {
        if (const auto* f = std::get_if<FieldsBlock>(&b))
            for (const FieldItem& i : f->items)
                if (i.label == label) return i.value;
        if (const auto* t = std::get_if<TextBlock>(&b); t && t->label == label) return t->text;
        if (const auto* t = std::get_if<TableBlock>(&b))
            for (const QStringList& row : t->rows)
                if (row.value(0) == label && !row.value(1).isEmpty()) return row.mid(1).join(u'|');
    }
    return QStringLiteral("<no such box>");
}

} // namespace

TEST_CASE("carried: the offences chosen in the offence guide become the proposed charges", "[charging-file][carried]")
{
    FactsFixture f;
    const QString charges = printed(f.mg3(), QStringLiteral("Proposed charges:"));
    CHECK(charges.startsWith(QStringLiteral("Sam Suspect: ")));
    CHECK(charges.contains(QStringLiteral("sections 2A(1) and (4) of the Protection from Harassment Act 1997")));
    CHECK(charges.contains(QStringLiteral("Ann Example")));
}

TEST_CASE("carried: the suspect's ethnicity code reaches the MG3 suspect block", "[charging-file][carried]")
{
    FactsFixture f;
    CHECK(printed(f.mg3(), QStringLiteral("Ethnicity code: (16+1)")) == QStringLiteral("W1"));
}

TEST_CASE("carried: the return bail date comes from the active bail record", "[charging-file][carried]")
{
    FactsFixture f;
    BailConditions bail;
    bail.caseId = f.caseId;
    bail.suspectId = f.suspectId;
    bail.grantedOn = QDate(2026, 6, 1);
    bail.answerBailOn = QDate(2026, 7, 15);
    bail.conditions = {QStringLiteral("Not to contact Ann Example directly or indirectly")};
    REQUIRE(OrdersService(f.t.db(), f.t.session()).saveBail(bail).ok());
    CHECK(printed(f.mg3(), QStringLiteral("Return bail date:")) == QStringLiteral("15/07/2026"));
}

TEST_CASE("carried: without bail, 'released under investigation' as the officer recorded it", "[charging-file][carried]")
{
    FactsFixture f;
    CHECK(printed(f.mg3(), QStringLiteral("Return bail date:")).isEmpty());   // not guessed
    ChargingDocument d;
    d.caseId = f.caseId;
    SuspectChargingEntry s;
    s.personId = f.suspectId;
    s.releasedUnderInvestigation = true;
    d.mg3.suspects = {s};
    REQUIRE(ChargingFileService(f.t.db(), f.t.session()).save(d).ok());
    CHECK(printed(f.mg3(), QStringLiteral("Return bail date:")) == QStringLiteral("Released under investigation"));
}

TEST_CASE("carried: the domestic-abuse flag and its reason (protocol 4.3)", "[charging-file][carried]")
{
    FactsFixture f;
    const QString da = printed(f.mg3(), QStringLiteral("Domestic abuse (protocol 4.3):"));
    CHECK(da.startsWith(QStringLiteral("Yes.")));
    CHECK(da.contains(QStringLiteral("ex-partner")));
}

TEST_CASE("carried: the risk level and MARAC referral once a supervisor approved the DASH (3.7)", "[charging-file][carried]")
{
    FactsFixture f;
    const RiskAssessment dash = submittedDash(f.t.db(), f.t.session(), f.caseId, 14);
    const QString label = QStringLiteral("Risk level approved by a supervisor (protocol 3.7):");
    CHECK(printed(f.mg3(), label) == QStringLiteral("No risk assessment approved yet"));   // awaiting review
    REQUIRE(RiskAssessmentService(f.t.db(), secondSupervisor(f.t.db())).approve(dash.id, QString(), QString()).ok());
    const DocumentLayout mg3 = f.mg3();
    CHECK(printed(mg3, label).contains(QStringLiteral("approved by")));
    CHECK(printed(mg3, QStringLiteral("MARAC referral:")) == QStringLiteral("Referred to MARAC"));
}

TEST_CASE("carried: a breach of bail is listed (protocol 4.13)", "[charging-file][carried]")
{
    FactsFixture f;
    BailConditions bail;
    bail.caseId = f.caseId;
    bail.suspectId = f.suspectId;
    bail.grantedOn = QDate(2026, 6, 1);
    bail.answerBailOn = QDate(2026, 7, 15);
    bail.conditions = {QStringLiteral("Not to enter Oldbury")};
    auto savedBail = OrdersService(f.t.db(), f.t.session()).saveBail(bail);
    REQUIRE(savedBail.ok());
    Breach b;
    b.caseId = f.caseId;
    b.of = BreachOf::Bail;
    b.bailId = savedBail->id;
    b.occurredUtc = QDateTime(QDate(2026, 6, 10), QTime(20, 30), Qt::UTC);
    b.location = QStringLiteral("Oldbury High Street");
    b.behaviours = {Behaviour::Loitering};
    b.description = QStringLiteral("Seen in Oldbury against his conditions.");
    b.actionOwner = QStringLiteral("DS 2290 Specimen");
    auto recorded = OrdersService(f.t.db(), f.t.session()).recordBreach(b);
    INFO((recorded.ok() ? QString() : recorded.error().text()).toStdString());
    REQUIRE(recorded.ok());
    const QString breaches = printed(f.mg3(), QStringLiteral("Breaches of bail or orders (protocol 4.13):"));
    CHECK(breaches.contains(QStringLiteral("Breach of bail on 10/06/2026 21:30")));
    CHECK(breaches.contains(QStringLiteral("against his conditions")));
}

TEST_CASE("carried: the summary-only time limit, six months after the last incident", "[charging-file][carried]")
{
    FactsFixture f;
    const QDate limit = summaryTimeLimit(f.file().incidents);
    REQUIRE(limit.isValid());
    CHECK(printed(f.mg3(), QStringLiteral("Time limit (MCA 1980 s127):")).endsWith(limit.toString(QStringLiteral("dd/MM/yyyy"))));
}

TEST_CASE("carried: the officer in the case's profile fills the MG3 contact block and the MG5 certification",
          "[charging-file][carried]")
{
    FactsFixture f;
    OfficerProfile profile{QStringLiteral("DC"), QStringLiteral("4127"), QStringLiteral("Oldbury"), QStringLiteral("01632 960001"),
                           QStringLiteral("07700 900123"), QStringLiteral("sam.example@force.police.uk")};
    REQUIRE(f.t.db().write(QStringLiteral("UPDATE users SET rank = ?, collar_number = ?, station = ?, telephone = ?, mobile = ?, "
                                          "email = ? WHERE id = ?"),
                           {profile.rank, profile.collarNumber, profile.station, profile.telephone, profile.mobile,
                            profile.email, f.t.session().user.id})
                .ok());
    const DocumentLayout mg3 = f.mg3();
    CHECK(printed(mg3, QStringLiteral("Rank/Job title:")) == QStringLiteral("DC"));
    CHECK(printed(mg3, QStringLiteral("Station:")) == QStringLiteral("Oldbury"));
    CHECK(printed(mg3, QStringLiteral("Tel:")) == QStringLiteral("01632 960001"));
    CHECK(printed(mg3, QStringLiteral("Email address:")) == QStringLiteral("sam.example@force.police.uk"));

    ChargingDocument d;
    d.caseId = f.caseId;
    d.form = ChargingForm::Mg5;
    d.mg5.certifiedOn = QDate(2026, 6, 19);
    REQUIRE(ChargingFileService(f.t.db(), f.t.session()).save(d).ok());
    CHECK(printed(f.mg5(), QStringLiteral("Name & rank/job title:")).contains(QStringLiteral("DC, 4127")));
}

TEST_CASE("carried: witness statements with their dates are listed as material provided", "[charging-file][carried]")
{
    FactsFixture f;
    Person complainant = f.person(PersonRole::Complainant);
    complainant.statementDate = QDate(2026, 6, 2);
    REQUIRE(CaseService(f.t.db(), f.t.session()).updatePerson(complainant).ok());
    CHECK(printed(f.mg3(), QStringLiteral("Statement of:")) == QStringLiteral("Ann Example|02/06/2026"));
}

TEST_CASE("carried: the MG2 prints the age worked out from the date of birth, or 'Over 18'", "[charging-file][carried]")
{
    FactsFixture f;
    Person complainant = f.person(PersonRole::Complainant);
    complainant.over18 = true;
    REQUIRE(CaseService(f.t.db(), f.t.session()).updatePerson(complainant).ok());
    SpecialMeasuresRecord m;
    m.caseId = f.caseId;
    m.personId = complainant.id;
    m.intimidated = true;
    m.discussedOn = QDate(2026, 6, 5);
    REQUIRE(VictimCareService(f.t.db(), f.t.session()).saveSpecialMeasures(m).ok());
    CHECK(printed(f.mg2(), QStringLiteral("Age")) == QStringLiteral("Over 18"));

    complainant = f.person(PersonRole::Complainant);
    complainant.dateOfBirth = QDate(1991, 4, 12);
    REQUIRE(CaseService(f.t.db(), f.t.session()).updatePerson(complainant).ok());
    CHECK(printed(f.mg2(), QStringLiteral("Age")) == QStringLiteral("35"));
}

TEST_CASE("carried: a CPS decision the officer recorded is printed as recorded; otherwise the CPS part is blank",
          "[charging-file][carried]")
{
    FactsFixture f;
    const auto chargesBox = [](const DocumentLayout& doc) {
        for (const Block& b : doc.blocks)
            if (const auto* t = std::get_if<TextBlock>(&b); t && t->label == QStringLiteral("Charge(s):")) return t->text;
        return QStringLiteral("<blank>");
    };
    CHECK(chargesBox(f.mg3()) == QStringLiteral("<blank>"));
    ChargingRequest r;
    r.caseId = f.caseId;
    r.requestedOn = QDate(2026, 6, 10);
    r.outcome = ChargingOutcome::Charge;
    r.decisionOn = QDate(2026, 6, 12);
    r.decisionDetail = QStringLiteral("Stalking, s2A PHA 1997");
    auto saved = ChargingService(f.t.db(), f.t.session()).saveRequest(r);
    INFO((saved.ok() ? QString() : saved.error().text()).toStdString());
    REQUIRE(saved.ok());
    CHECK(chargesBox(f.mg3()) == QStringLiteral("Stalking, s2A PHA 1997"));
}

TEST_CASE("starting points: key evidence in order, witnesses, visually recorded exhibits and the order draft",
          "[charging-file][carried]")
{
    CaseFile file;
    Person complainant;
    complainant.id = 1;
    complainant.role = PersonRole::Complainant;
    complainant.forenames = QStringLiteral("Ann");
    complainant.surname = QStringLiteral("Example");
    file.people = {complainant};
    Incident later, earlier;
    later.startUtc = QDateTime(QDate(2026, 5, 2), QTime(9, 0), Qt::UTC);
    later.location = QStringLiteral("Station Road");
    later.description = QStringLiteral("Second");
    earlier.startUtc = QDateTime(QDate(2026, 1, 2), QTime(9, 0), Qt::UTC);
    earlier.startTimeKnown = false;
    earlier.location = QStringLiteral("Market Square");
    earlier.description = QStringLiteral("First");
    file.incidents = {earlier, later};
    file.exhibits = {ExhibitRecord{QStringLiteral("SE/1"), QStringLiteral("CCTV of Station Road"), {}, true, QStringLiteral("CCTV"), {}},
                     ExhibitRecord{QStringLiteral("SE/2"), QStringLiteral("Letter"), {}, false, QStringLiteral("Letters or gifts"), {}}};
    file.restrainingOrder = RestrainingOrderDraft{QStringLiteral("On conviction (s.360 SA 2020)"), {1},
                                                  {QStringLiteral("Not to contact Ann Example")}, QStringLiteral("Until further order"), {}};
    const ChargingFileStart start = chargingFileStart(file);
    CHECK(start.keyEvidence == QStringLiteral("02/01/2026, Market Square: First\n02/05/2026 10:00, Station Road: Second"));
    CHECK(start.keyWitnesses.startsWith(QStringLiteral("Ann Example (complainant")));
    CHECK(start.visuallyRecordedEvidence == true);
    CHECK(start.vreDetails == QStringLiteral("SE/1: CCTV of Station Road"));
    CHECK(start.ordersApplied.contains(QStringLiteral("Not to contact Ann Example")));
    bool video = false;
    for (const MaterialEntry& m : start.material) video = video || (m.label == QStringLiteral("Video/photographs:") && m.detail == QStringLiteral("SE/1 (CCTV)"));
    CHECK(video);
}
