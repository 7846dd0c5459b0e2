// Risk assessment record (protocol 3.7 and 4.5: the risk screening goes to the prosecutor at
// pre-charge). One record per completed assessment version; question wording is the form pack's.

#include "export/BuilderSupport.h"
#include "export/Builders.h"

#include "domain/AttachmentCheck.h"

#include <QMap>

namespace conduct::builders {

using namespace exportsupport;

namespace {

DocumentLayout record(const CaseFile& file, const RiskAssessmentRecord* r)
{
    DocumentLayout doc;
    doc.meta = baseMeta(file, DocumentKind::RiskRecord, tr("RISK"), tr("RISK ASSESSMENT RECORD"),
                        tr("Conduct layout 1: risk record (no official form)"), true);
    doc.meta.subtitles = {tr("Risk screening supplied to the prosecutor at pre-charge (protocol 3.7, 4.5, 5.2)")};
    const Person* subject = r ? findPerson(file, r->subjectPersonId) : nullptr;
    if (!subject) subject = peopleWithRole(file, PersonRole::Complainant).value(0);

    doc.heading(tr("Assessment"));
    doc.fields({{tr("Instrument:"), r ? r->instrument : QString()},
                {tr("Instrument version:"), r ? r->instrumentVersion : QString()},
                {tr("Assessment version:"), r ? QString::number(r->assessmentVersion) : QString()},
                {tr("Completed:"), r ? londonDateTime(r->completedUtc) : QString()},
                {tr("Assessed by:"), r ? r->assessor : QString()},
                {tr("Person assessed:"), subject ? subject->displayName() : QString()}},
               2);

    doc.heading(tr("Answers"));
    TableBlock answers{{{tr("No."), 2}, {tr("Question"), 14}, {tr("Answer"), 3}, {tr("Comment"), 8}}, {}, {}, false};
    if (r)
        for (const RiskAnswer& a : r->answers) {
            QString question = a.question;
            if (a.wordingUnverified) question += QStringLiteral("\n(") + unverifiedBadgeText() + QStringLiteral(")");
            answers.rows.append({a.number, question, a.answer, a.comment});
        }
    doc.table(answers);

    doc.heading(tr("Outcome"));
    doc.fields({{tr("Score:"), r && r->score ? tr("%1 'yes' answers").arg(*r->score) : QString()},
                {tr("Suggested level:"), r ? r->suggestedLevel : QString()},
                {tr("Officer's level:"), r ? r->officerLevel : QString()},
                {tr("Next review:"), r ? ukDate(r->nextReview) : QString()},
                {tr("MARAC referral:"), r ? yesNo(r->maracReferral) : QString()},
                {tr("MAPPA referral:"), r ? yesNo(r->mappaReferral) : QString()}},
               2);
    doc.text(tr("Rationale for the officer's level:"), r ? r->rationale : QString());

    // Issue 24: what a case bundle brought is history, printed apart from the sign-off box, which
    // only a supervisor of this database fills (protocol 3.7).
    if (r && !r->transferredFrom.isEmpty()) {
        doc.heading(tr("History from another database"));
        doc.field(tr("Transferred from:"), r->transferredFrom);
        QString history = r->transferredHistory.isEmpty() ? tr("No review there was recorded.")
                                                          : r->transferredHistory.join(u'\n');
        history += u'\n' + tr("History only: not a sign-off in this database. A supervisor here reviews the risk level.");
        doc.text(tr("Reviews there:"), history);
    }

    doc.heading(tr("Supervisor sign-off"));
    const SupervisorSignOff* s = r && r->signOff ? &*r->signOff : nullptr;
    doc.fields({{tr("Supervisor:"), s ? s->supervisor : QString()},
                {tr("Decision:"), s ? s->decision : QString()},
                {tr("Signed off:"), s ? londonDateTime(s->signedUtc) : QString()}},
               1);
    doc.text(tr("Supervisor's comments:"), s ? s->comments : QString());
    return doc;
}

} // namespace

QList<DocumentLayout> riskRecords(const CaseFile& file)
{
    QList<DocumentLayout> out;
    for (const RiskAssessmentRecord& r : file.riskAssessments) out.append(record(file, &r));
    if (out.isEmpty()) out.append(record(file, nullptr));
    return out;
}

namespace {
// A SHA-256 is too long for its column: broken evenly into two lines of 32 characters rather than
// wherever the column happens to end, so it reads and compares in halves.
QString hashInTwoLines(const AttachmentInfo& attachment)
{
    const QString hash = attachmentHashText(attachment);
    return hash.size() > 32 ? hash.left(32) + u'\n' + hash.mid(32) : hash;
}
} // namespace

DocumentLayout evidenceChecklist(const CaseFile& file)
{
    DocumentLayout doc;
    doc.meta = baseMeta(file, DocumentKind::EvidenceChecklist, tr("EVIDENCE"), tr("EVIDENCE CHECKLIST STATUS"),
                        tr("Conduct layout 1: evidence checklist status (no official form)"), true);
    doc.meta.subtitles = {tr("Joint NPCC and CPS Stalking or Harassment Evidence Checklist (2018): items provisional")};
    doc.fields({{tr("Defendant(s):"), defendantLine(file)},
                {tr("Offences under consideration:"), offencesText(file.caseRecord)},
                {tr("Officer in case:"), file.caseRecord.officerInCase}},
               1);
    QMap<QString, int> counts;
    for (const EvidenceChecklistItem& item : file.evidenceChecklist) counts[item.status.toLower()] += 1;
    QStringList summary;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        summary.append(QStringLiteral("%1: %2").arg(it.key()).arg(it.value()));
    doc.field(tr("Summary:"), summary.join(QStringLiteral("; ")));

    TableBlock table{{{tr("Item"), 9}, {tr("Status"), 3}, {tr("Exhibit ref."), 3}, {tr("Date"), 3}, {tr("Note"), 8}},
                     {}, {}, false};
    for (const EvidenceChecklistItem& item : file.evidenceChecklist) {
        QString label = item.item;
        if (item.wordingUnverified) label += QStringLiteral("\n(") + unverifiedBadgeText() + QStringLiteral(")");
        table.rows.append({label, item.status, item.exhibitReference, ukDate(item.date), item.note});
    }
    doc.table(table);

    // The files behind the exhibits, with the fingerprint each was given when it came in, so the
    // prosecutor can match a copy served later against the one the police hold.
    TableBlock files{{{tr("Exhibit ref."), 3}, {tr("File"), 5}, {tr("SHA-256 when attached"), 11}, {tr("Last verification"), 5}},
                     {}, {}, false};
    for (const ExhibitRecord& exhibit : file.exhibits)
        for (const AttachmentInfo& a : exhibit.attachments)
            files.rows.append({exhibit.reference, a.fileName, hashInTwoLines(a), attachmentCheckText(a)});
    if (!files.rows.isEmpty()) {
        doc.subheading(tr("Attached files"));
        doc.paragraph(tr("Verification recomputes the stored copy's SHA-256 and compares it with the hash taken when "
                         "the file was attached. Times are UK local time."),
                      true);
        doc.table(files);
    }
    return doc;
}

} // namespace conduct::builders
