// The fillers for the optional sections of the CaseFile (v4 risk, v5 evidence). The v6 sections
// (withdrawal, care, orders, charging) are filled in CaseFileCareFiller.cpp.

#include "services/CaseFileFillers.h"

#include "common/UkTime.h"
#include "forms/FormPack.h"
#include "services/EvidenceService.h"
#include "services/RiskAssessmentService.h"

#include <QCoreApplication>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::CaseFileService", text); }

QString optionLabel(const QList<ChoiceOption>& options, const QString& id)
{
    for (const ChoiceOption& o : options)
        if (o.id == id) return o.label;
    return id;
}

// An answer as the printed record shows it: "Yes", "No", "Not known", the option's label, the text.
QString answerText(const FormItem& item, const QVariant& value)
{
    if (!value.isValid() || value.isNull()) return {};
    switch (item.type) {
    case AnswerType::YesNo:
    case AnswerType::YesNoDontKnow: {
        const QString code = value.toString();
        if (code == yesCode()) return tr("Yes");
        if (code == noCode()) return tr("No");
        if (code == dontKnowCode()) return tr("Not known");
        return code;
    }
    case AnswerType::SingleChoice: return optionLabel(item.options, value.toString());
    case AnswerType::MultipleChoice: {
        QStringList labels;
        for (const QString& id : value.toStringList()) labels.append(optionLabel(item.options, id));
        return labels.join(QStringLiteral("; "));
    }
    case AnswerType::Date: return uktime::formatDate(value.toDate());
    case AnswerType::Number: return QString::number(value.toDouble());
    case AnswerType::Grid: {
        QStringList rows;
        const QVariantMap grid = value.toMap();
        for (const ChoiceOption& row : item.gridRows) {
            if (!grid.contains(row.id)) continue;
            QStringList ticked;
            for (const QString& column : grid.value(row.id).toStringList())
                ticked.append(optionLabel(item.gridColumns, column));
            rows.append(row.label + QStringLiteral(": ") + (ticked.isEmpty() ? tr("none") : ticked.join(QStringLiteral(", "))));
        }
        return rows.join(QLatin1Char('\n'));
    }
    case AnswerType::Text: break;
    }
    return value.toString();
}

std::optional<bool> referred(const ReferralRecord& r)
{
    switch (r.decision) {
    case ReferralDecision::NotDecided: return std::nullopt;
    case ReferralDecision::Refer:
    case ReferralDecision::AlreadyManaged: return true;   // the case is (or will be) at the meeting
    case ReferralDecision::DoNotRefer: return false;
    }
    return std::nullopt;
}

RiskAssessmentRecord toRecord(const RiskAssessment& a, const FormPack& pack)
{
    RiskAssessmentRecord r;
    r.instrument = pack.title;
    r.instrumentVersion = tr("pack version %1").arg(a.packVersion);
    r.assessmentVersion = a.versionNo;
    r.completedUtc = a.submittedUtc.isValid() ? a.submittedUtc : a.updatedUtc;
    r.assessor = a.authorName;
    r.subjectPersonId = a.personId;
    for (const FormItem* item : pack.items()) {
        if (!a.answers.items.contains(item->id)) continue;
        const ItemAnswer& given = a.answers.items.value(item->id);
        QString comment = given.comment;
        if (!given.sourceOfInformation.isEmpty())
            comment += (comment.isEmpty() ? QString() : QStringLiteral("\n")) + tr("Source: %1").arg(given.sourceOfInformation);
        r.answers.append(RiskAnswer{item->number, item->text, answerText(*item, given.value), comment,
                                    !item->wordingVerified()});
    }
    if (pack.scoring.counted) r.score = a.score;
    r.suggestedLevel = a.suggestedLevel.isEmpty() ? QString() : riskLevelLabel(pack, a.suggestedLevel);
    r.officerLevel = riskLevelLabel(pack, a.officerLevel);
    r.rationale = a.rationale;
    r.maracReferral = referred(a.marac);
    r.mappaReferral = referred(a.mappa);
    r.nextReview = a.nextReviewDate;
    if (const AssessmentReview* review = a.approval()) {
        const QString level = riskLevelLabel(pack, review->levelAgreed.isEmpty() ? a.officerLevel : review->levelAgreed);
        r.signOff = SupervisorSignOff{review->reviewerName, tr("Approved: level agreed %1").arg(level), review->comments,
                                      review->timeUtc};
    }
    r.transferredFrom = a.transferredFrom;
    for (const TransferredReview& t : a.transferredReviews)
        r.transferredHistory.append(transferredReviewText(t, t.levelAgreed.isEmpty() ? QString() : riskLevelLabel(pack, t.levelAgreed)));
    return r;
}

} // namespace

Status fillRiskAssessments(const FillerContext& context, qint64 caseId, CaseFile& file)
{
    RiskAssessmentService service(context.db, context.session);
    service.setAccessJustification(context.accessJustification);
    auto history = service.history(caseId);
    if (!history.ok()) return history.error();
    for (const RiskAssessment& a : history.value()) {
        // Drafts and returned versions are work in progress: the record shows completed screenings.
        if (a.status != AssessmentStatus::Submitted && a.status != AssessmentStatus::Approved) continue;
        auto pack = service.packFor(a);
        if (!pack.ok()) return pack.error();
        file.riskAssessments.append(toRecord(a, pack.value()));
    }
    return {};
}

Status fillEvidence(const FillerContext& context, qint64 caseId, CaseFile& file)
{
    EvidenceService service(context.db, context.session);
    service.setAccessJustification(context.accessJustification);
    auto checklist = service.checklist(caseId);
    if (!checklist.ok()) return checklist.error();
    // Every item of each checklist the officer has begun, in the form's order, so the prosecutor
    // sees what has not been considered as well as what has.
    QStringList packIds;
    for (const ChecklistItemRecord& record : checklist.value())
        if (!packIds.contains(record.packId)) packIds.append(record.packId);
    for (const QString& packId : packIds) {
        const FormPack* pack = evidencePack(packId);
        QList<const FormItem*> items = pack ? pack->items() : QList<const FormItem*>();
        const auto recordFor = [&](const QString& itemId) -> const ChecklistItemRecord* {
            for (const ChecklistItemRecord& r : checklist.value())
                if (r.packId == packId && r.itemId == itemId) return &r;
            return nullptr;
        };
        for (const FormItem* item : items) {
            // Free-text header items (officer, case reference) repeat what the document's header prints.
            if (item->type == AnswerType::Text && !recordFor(item->id)) continue;
            EvidenceChecklistItem line;
            line.item = item->number.isEmpty() ? item->text : item->number + QStringLiteral(". ") + item->text;
            line.wordingUnverified = !item->wordingVerified();
            if (const ChecklistItemRecord* r = recordFor(item->id)) {
                line.status = labelOf(r->status);
                line.note = r->note;
                line.exhibitReference = r->exhibitRefs.join(QStringLiteral(", "));
                line.date = r->obtainedOn.isValid() ? r->obtainedOn : r->requestedOn;
            } else {
                line.status = tr("Not yet considered");
            }
            file.evidenceChecklist.append(line);
        }
        if (!pack) {   // a pack this installation no longer has: print the stored item ids
            for (const ChecklistItemRecord& r : checklist.value())
                if (r.packId == packId)
                    file.evidenceChecklist.append(EvidenceChecklistItem{r.itemId, labelOf(r.status), r.note,
                                                                        r.exhibitRefs.join(QStringLiteral(", ")),
                                                                        r.obtainedOn, true});
        }
    }
    auto exhibits = service.exhibits(caseId);
    if (!exhibits.ok()) return exhibits.error();
    for (const Exhibit& e : exhibits.value())
        file.exhibits.append(ExhibitRecord{e.reference, e.description, e.heldAt, isVisuallyRecorded(e.type), labelOf(e.type),
                                           e.attachments});
    return {};
}

} // namespace conduct
