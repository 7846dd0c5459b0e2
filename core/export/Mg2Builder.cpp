// MG2 "Witness assessment for special measures", 2010/11 layout as reported (mg-forms §3,
// SECONDARY): one per vulnerable or intimidated witness. Protocol 4.5 asks for it with the
// statements at pre-charge; 6.5 for the complainant's views and named supporter.

#include "export/BuilderSupport.h"
#include "export/Builders.h"

#include "domain/Validation.h"

namespace conduct::builders {

using namespace exportsupport;

namespace {

QString ageOn(const QDate& dob, const QDate& on)
{
    const int age = ageInYears(dob, on);
    return age < 0 ? QString() : QString::number(age);
}

DocumentLayout assessment(const CaseFile& file, const Person* witness, const SpecialMeasuresAssessment* a)
{
    DocumentLayout doc;
    doc.meta = baseMeta(file, DocumentKind::Mg2, QStringLiteral("MG2"),
                        QStringLiteral("WITNESS ASSESSMENT FOR SPECIAL MEASURES"),
                        QStringLiteral("MG2 (2010/11, as reported) layout"), true);
    doc.meta.subtitles = {QStringLiteral("(Anticipated not guilty plea only)")};
    const auto tick = [&](bool SpecialMeasuresAssessment::*member) {
        return a ? std::optional<bool>(a->*member) : std::nullopt;
    };
    const auto v = [&](QString SpecialMeasuresAssessment::*member) { return a ? a->*member : QString(); };
    const QDate assessed = a && a->assessedOn.isValid() ? a->assessedOn : QDate();

    doc.fields({{QStringLiteral("Name of witness"), witness ? witness->displayName() : QString()},
                {QStringLiteral("Age"), !witness ? QString()
                                        : witness->dateOfBirth.isValid() && assessed.isValid() ? ageOn(witness->dateOfBirth, assessed)
                                        : a ? a->witnessAge : QString()},
                {QStringLiteral("Date of Birth"), witness ? ukDate(witness->dateOfBirth) : QString()}},
               1);

    doc.heading(QStringLiteral("1. Type of witness [*automatically eligible]"));
    doc.checks({{QStringLiteral("a) Youth under 18 *"), tick(&SpecialMeasuresAssessment::youthUnder18)},
                {QStringLiteral("b) Witness with a mental disorder"), tick(&SpecialMeasuresAssessment::mentalDisorder)},
                {QStringLiteral("c) Witness with learning disabilities"), tick(&SpecialMeasuresAssessment::learningDisability)},
                {QStringLiteral("d) Witness with physical disability/ disorder"),
                 tick(&SpecialMeasuresAssessment::physicalDisability)},
                {QStringLiteral("e) Witness in fear/distress about giving evidence"),
                 tick(&SpecialMeasuresAssessment::fearOrDistress)},
                {QStringLiteral("f) Complainant in sexual case *"), tick(&SpecialMeasuresAssessment::sexualOffenceComplainant)},
                {QStringLiteral("g) Weapons offence"), tick(&SpecialMeasuresAssessment::weaponsOffence)},
                {tr("Domestic abuse complainant (s.17(4A) YJCEA 1999; box added)"),
                 tick(&SpecialMeasuresAssessment::domesticAbuseComplainant), true}},
               2);

    doc.heading(QStringLiteral("2. Eligibility for special measures"));
    doc.text(QStringLiteral("Evidence of the disorder/impairment or of the witness's fear or distress"),
             v(&SpecialMeasuresAssessment::evidenceOfEligibility), QStringLiteral("(seek expert advice if necessary)"),
             true);
    doc.text(QStringLiteral("Effect on the quality of the witness's evidence"),
             v(&SpecialMeasuresAssessment::effectOnQuality), {}, true);

    doc.heading(QStringLiteral("3. Special measures sought"));
    doc.checks({{QStringLiteral("Screening witness from defendant"), tick(&SpecialMeasuresAssessment::screens)},
                {QStringLiteral("Evidence by live link"), tick(&SpecialMeasuresAssessment::liveLink)},
                {QStringLiteral("Evidence in private"), tick(&SpecialMeasuresAssessment::evidenceInPrivate)},
                {QStringLiteral("Removal of wigs and gowns"), tick(&SpecialMeasuresAssessment::removalOfWigsAndGowns)},
                {QStringLiteral("Visually recorded interview (as evidence-in-chief)"),
                 tick(&SpecialMeasuresAssessment::visuallyRecordedInterview)},
                {QStringLiteral("Intermediary"), tick(&SpecialMeasuresAssessment::intermediary)},
                {QStringLiteral("Aids to communication"), tick(&SpecialMeasuresAssessment::aidsToCommunication)},
                {tr("Video recorded cross-examination / re-examination (s.28; box added)"),
                 tick(&SpecialMeasuresAssessment::preRecordedCrossExamination), true}},
               2);

    doc.heading(QStringLiteral("4. Witness's views"));
    doc.text(tr("Views on their eligibility:"), v(&SpecialMeasuresAssessment::viewsOnEligibility), {}, true);
    doc.text(tr("Views on whether special measures would improve the quality of their evidence:"),
             v(&SpecialMeasuresAssessment::viewsOnQualityImprovement), {}, true);
    doc.text(tr("Views on the measure(s) proposed:"), v(&SpecialMeasuresAssessment::viewsOnMeasures), {}, true);

    doc.heading(QStringLiteral("5. Views of other interested parties (e.g. parent, guardian, carer, agencies)"));
    doc.text(QStringLiteral("Views of other interested parties:"), v(&SpecialMeasuresAssessment::otherPartiesViews));
    doc.field(QStringLiteral("Is there any other supporting material attached?"),
              a ? yesNo(a->supportingMaterial) : QString());
    // Answered "No": nothing to list, which is not the same as not recorded.
    doc.text(QStringLiteral("If 'Yes' please list:"), a && a->supportingMaterial == false
                                                          ? tr("Not applicable: no supporting material")
                                                          : v(&SpecialMeasuresAssessment::supportingMaterialList));

    doc.heading(QStringLiteral("6. Special Measures Meeting"));
    doc.field(QStringLiteral("Is a Special Measures Meeting required?"), a ? yesNo(a->meetingRequired) : QString());

    const OfficerDetails o = a ? a->assessingOfficer : OfficerDetails{};
    doc.heading(QStringLiteral("Assessing officer"));
    doc.fields({{QStringLiteral("Name"), o.name},
                {QStringLiteral("Rank/job title & No."), (o.rankOrTitle + QStringLiteral(" ") + o.number).trimmed()},
                {QStringLiteral("Date"), ukDate(assessed)},
                {QStringLiteral("Tel"), o.telephone},
                {QStringLiteral("Mob"), o.mobile},
                {QStringLiteral("E-mail"), o.email}},
               2);

    // Not official MG2 boxes (mg-forms §3): kept apart and labelled as such.
    doc.heading(tr("Additional information (not on the 2010/11 MG2)"), true);
    doc.fields({{tr("Named supporter for court or live-link room (protocol 6.5):"), v(&SpecialMeasuresAssessment::supporterName)},
                {tr("Interpreter or communication needs:"), v(&SpecialMeasuresAssessment::interpreterNeeds)}},
               1);
    return doc;
}

} // namespace

QList<DocumentLayout> mg2(const CaseFile& file)
{
    QList<DocumentLayout> out;
    for (const SpecialMeasuresAssessment& a : file.specialMeasures)
        out.append(assessment(file, findPerson(file, a.personId), &a));
    if (out.isEmpty())   // nothing assessed yet: one blank draft per complainant shows what is needed
        for (const Person* p : peopleWithRole(file, PersonRole::Complainant)) out.append(assessment(file, p, nullptr));
    if (out.isEmpty()) out.append(assessment(file, nullptr, nullptr));
    return out;
}

} // namespace conduct::builders
