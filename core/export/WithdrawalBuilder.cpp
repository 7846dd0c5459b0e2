// Withdrawal of support: the complainant's statement on an MG11 (protocol 5.3; mg-forms §7.1
// and §7.3) and the officer's report that goes with it (protocol 5.4).

#include "common/UkTime.h"
#include "domain/Validation.h"
#include "export/BuilderSupport.h"
#include "export/Builders.h"
#include "export/Paginator.h"

namespace conduct::builders {

using namespace exportsupport;

namespace {

// mg-forms §7.1, printed identically on both MG11 variants (variant (a) punctuation).
QString declaration()
{
    return QStringLiteral("This statement (consisting of ") + pdf::pageCountToken()
        + QStringLiteral(" page(s) each signed by me) is true to the best of my knowledge and belief and I make it "
                         "knowing that, if it is tendered in evidence, I shall be liable to prosecution if I have "
                         "wilfully stated in it anything which I know to be false, or do not believe to be true.");
}

QString point(const QString& text, const QString& missing)
{
    return text.trimmed().isEmpty() ? QStringLiteral("[not recorded: %1]").arg(missing) : text.trimmed();
}

QString ageText(const Person* p, const QDate& on)
{
    if (p && !p->dateOfBirth.isValid() && p->over18 == true) return QStringLiteral("over 18");   // as the person record says
    const int age = p ? ageInYears(p->dateOfBirth, on) : -1;
    if (age < 0) return {};
    return age >= 18 ? QStringLiteral("over 18") : QString::number(age);
}

// The statement body, in the order protocol 5.3 lists what it must cover.
QString statementBody(const WithdrawalStatementInfo& w)
{
    QStringList paragraphs;
    paragraphs << QStringLiteral("I am the above named person. I am making this statement further to the statement I "
                                 "made, dated %1.")
                      .arg(w.originalStatementDate.isValid() ? ukDate(w.originalStatementDate)
                                                             : tr("[not recorded: date of the original statement]"));
    paragraphs << point(w.reasons, tr("the reasons for withdrawing support"));
    if (!w.amendmentExplanation.trimmed().isEmpty()) paragraphs << w.amendmentExplanation.trimmed();
    paragraphs << point(w.originalComplaintTrue, tr("whether the original complaint was true"));
    paragraphs << point(w.pressure, tr("whether anyone has pressurised the complainant to withdraw"));
    paragraphs << point(w.discussedWith, tr("who the complainant has discussed the case with or been advised by"));
    paragraphs << point(w.civilAction, tr("whether the complainant is pursuing any civil action"));
    if (!w.willingnessToAttend.trimmed().isEmpty()) paragraphs << w.willingnessToAttend.trimmed();
    if (!w.ownDecision.trimmed().isEmpty()) paragraphs << w.ownDecision.trimmed();
    return paragraphs.join(QStringLiteral("\n\n"));
}

} // namespace

DocumentLayout withdrawalStatement(const CaseFile& file)
{
    DocumentLayout doc;
    doc.meta = baseMeta(file, DocumentKind::WithdrawalStatement, QStringLiteral("MG11"),
                        QStringLiteral("WITNESS STATEMENT"), QStringLiteral("MG11 (2018) layout"), false);
    doc.meta.subtitles = {QStringLiteral("Criminal Procedure Rules, r 16.2; Criminal Justice Act 1967, s.9"),
                          tr("Withdrawal of support (protocol 5.3)")};
    const WithdrawalStatementInfo* w = file.withdrawalStatement ? &*file.withdrawalStatement : nullptr;
    const Person* complainant = w ? findPerson(file, w->complainantId) : nullptr;
    if (!complainant) complainant = peopleWithRole(file, PersonRole::Complainant).value(0);
    const QDate taken = w && w->takenUtc.isValid() ? uktime::dateOf(w->takenUtc) : QDate();

    doc.fields({{QStringLiteral("Statement of:"), complainant ? complainant->displayName() : QString()},
                {QStringLiteral("Age if under 18: (if over 18 insert 'over 18')"), ageText(complainant, taken)},
                {QStringLiteral("Occupation:"), w ? w->occupation : QString()}},
               1);
    doc.paragraph(declaration());
    doc.fields({FieldItem{QStringLiteral("Signature:"), {}, false, true}, {QStringLiteral("Date:"), ukDate(taken)}}, 2);
    doc.checks({CheckItem{QStringLiteral("Check box if witness evidence is visually recorded (supply witness details "
                                         "on rear)"),
                          std::nullopt, false, true}});
    doc.text(tr("Statement"), w ? statementBody(*w) : QString());
    doc.fields({FieldItem{QStringLiteral("Signature:"), {}, false, true},
                FieldItem{QStringLiteral("Signature witnessed by:"), {}, false, true}},
               2);
    const OfficerDetails by = w ? w->takenBy : OfficerDetails{};
    doc.fields({{QStringLiteral("Time and date statement taken:"), w ? londonDateTime(w->takenUtc) : QString()},
                {QStringLiteral("Statement taken by:"), (by.name + QStringLiteral(" ") + by.number).trimmed()},
                {QStringLiteral("Station:"), by.station},
                {QStringLiteral("Place statement taken:"), w ? w->takenAt : QString()}},
               2);
    return doc;
}

DocumentLayout officerWithdrawalReport(const CaseFile& file)
{
    DocumentLayout doc;
    doc.meta = baseMeta(file, DocumentKind::OfficerWithdrawalReport, tr("5.4 REPORT"),
                        tr("OFFICER'S REPORT ON WITHDRAWAL OF SUPPORT"),
                        tr("Conduct layout 1: protocol 5.4 report (no official form)"), true);
    doc.meta.subtitles = {tr("NPCC\u2013CPS protocol on stalking and harassment, paragraphs 5.4\u20135.8")};
    doc.meta.layoutUnverified = true;
    const OfficerWithdrawalReportInfo* r = file.withdrawalReport ? &*file.withdrawalReport : nullptr;
    const auto v = [&](QString OfficerWithdrawalReportInfo::*member) { return r ? r->*member : QString(); };
    const Person* complainant = nullptr;
    if (file.withdrawalStatement) complainant = findPerson(file, file.withdrawalStatement->complainantId);
    if (!complainant) complainant = peopleWithRole(file, PersonRole::Complainant).value(0);

    doc.fields({{tr("Complainant:"), complainant ? complainant->displayName() : QString()},
                {tr("Defendant(s):"), defendantLine(file)},
                {tr("Offences under consideration:"), offencesText(file.caseRecord)},
                {tr("Withdrawal statement taken:"),
                 file.withdrawalStatement ? londonDateTime(file.withdrawalStatement->takenUtc) : QString()}},
               1);
    doc.heading(tr("Circumstances of the withdrawal"));
    doc.text(tr("When and where support was withdrawn, who was present and who initiated contact:"),
             v(&OfficerWithdrawalReportInfo::circumstances), {}, true);
    doc.text(tr("Previous withdrawals or retractions:"), v(&OfficerWithdrawalReportInfo::previousWithdrawals), {}, true);

    doc.heading(tr("The officer's report (protocol 5.4)"));
    doc.text(tr("The officer's views on the case, including the veracity of the statement, any suspicions of witness "
                "intimidation or pressure, and a general assessment of the reasons given by the complainant:"),
             v(&OfficerWithdrawalReportInfo::viewsOnCase));
    doc.text(tr("The officer's views on how the case should be dealt with, including proceeding against the "
                "complainant's wishes:"),
             v(&OfficerWithdrawalReportInfo::howToProceed));
    doc.text(tr("How the complainant might react to being compelled to give evidence:"),
             v(&OfficerWithdrawalReportInfo::reactionToCompulsion));
    doc.text(tr("Details of any identified risks to the safety of the complainant, children or any other person:"),
             v(&OfficerWithdrawalReportInfo::risks));
    doc.text(tr("Details of the support available to the complainant prior to the allegation being retracted or "
                "support withdrawn and whether this was a reason for the change in position (ISAC, IDVA, YPVA, ISVA "
                "or other support organisation; whether the offer of special measures was made):"),
             v(&OfficerWithdrawalReportInfo::supportAvailable));
    doc.text(tr("Whether any support organisation assisting the complainant has expressed a view:"),
             v(&OfficerWithdrawalReportInfo::supportOrganisationViews));
    doc.text(tr("The likely impact on the complainant and any children/dependents of proceeding or not proceeding "
                "with the case:"),
             v(&OfficerWithdrawalReportInfo::impactOfProceeding));
    doc.heading(tr("Proceeding without the complainant's evidence (protocol 5.6)"));
    doc.text(tr("Other evidence available to continue without the complainant (999 call, BWV, witnesses, digital):"),
             v(&OfficerWithdrawalReportInfo::otherEvidence));
    const OfficerDetails o = r ? r->officer : OfficerDetails{};
    doc.fields({{tr("Officer:"), (o.name + QStringLiteral(" ") + o.rankOrTitle + QStringLiteral(" ") + o.number).simplified()},
                {tr("Date:"), r ? ukDate(r->reportDate) : QString()}},
               2);
    return doc;
}

} // namespace conduct::builders
