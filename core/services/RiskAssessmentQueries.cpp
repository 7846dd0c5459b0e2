// The read side of RiskAssessmentService: history, differences between versions, the
// supervisor's queue and overdue reviews.

#include "services/RiskAssessmentService.h"

#include "common/Clock.h"
#include "common/UkTime.h"
#include "security/AuditLog.h"
#include "security/Permissions.h"
#include "store/CaseRepository.h"
#include "store/IncidentRepository.h"
#include "store/RiskAssessmentRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::RiskAssessmentService", text); }
} // namespace

Result<RiskAssessment> RiskAssessmentService::get(qint64 assessmentId) const
{
    auto stored = RiskAssessmentRepository(m_db).get(assessmentId);
    if (!stored.ok()) return stored.error();
    if (Status s = m_access.require(stored->assessment.caseId, Action::ViewCase); !s.ok()) return s.error();
    return decode(stored.value());
}

Result<QList<RiskAssessment>> RiskAssessmentService::history(qint64 caseId) const
{
    if (Status s = m_access.require(caseId, Action::ViewCase); !s.ok()) return s.error();
    auto stored = RiskAssessmentRepository(m_db).listForCase(caseId);
    if (!stored.ok()) return stored.error();
    QList<RiskAssessment> out;
    for (const StoredAssessment& s : stored.value()) {
        auto a = decode(s);
        if (!a.ok()) return a.error();
        out.append(a.value());
    }
    return out;
}

Result<QList<AnswerChange>> RiskAssessmentService::diff(qint64 beforeId, qint64 afterId) const
{
    auto before = get(beforeId);
    if (!before.ok()) return before.error();
    auto after = get(afterId);
    if (!after.ok()) return after.error();
    if (before->caseId != after->caseId || before->packId != after->packId)
        return fieldError(tr("Compare"), tr("Only versions of the same form on the same case can be compared."));
    // Items are ordered as on the newer version's form; an item only the older version had still shows.
    auto pack = packFor(after.value());
    if (!pack.ok()) return pack.error();
    return diffAnswers(pack.value(), before->answers, after->answers);
}

Result<QList<QueueEntry>> RiskAssessmentService::supervisorQueue() const
{
    if (Status s = requirePermission(m_session, Action::ApproveAssessment); !s.ok()) return s.error();
    // Need to know (issue 24): the queue holds the cases this supervisor sees in full (their teams'
    // and any they hold a grant for); openForReview would refuse the others anyway.
    const QDateTime now = Clock::nowUtc();
    auto stored = RiskAssessmentRepository(m_db).listWithStatus(AssessmentStatus::Submitted, m_session.user.id, now);
    if (!stored.ok()) return stored.error();
    // Each form version's pack is looked up once, and the answers are left to openForReview: with
    // 4,000 submissions waiting, copying the pack and decoding the answers for every one took
    // most of half a second (conduct-bench, "review").
    QHash<QString, FormPack> packs;
    QList<QueueEntry> out;
    for (const StoredAssessment& s : stored.value()) {
        const QString packKey = s.assessment.packId + u'/' + QString::number(s.assessment.packVersion);
        auto pack = packs.find(packKey);
        if (pack == packs.end()) {
            auto found = packFor(s.assessment);
            if (!found.ok()) return found.error();
            pack = packs.insert(packKey, found.value());
        }
        QueueEntry e;
        e.assessment = s.assessment;
        e.caseUrn = s.caseUrn;
        e.packTitle = pack->title;
        e.levelLabel = riskLevelLabel(pack.value(), e.assessment.officerLevel);
        e.levelWeight = levelWeight(pack.value(), e.assessment.officerLevel);
        e.highRisk = e.levelWeight >= 1.0;
        e.overdue = e.assessment.submittedUtc.isValid()
                    && e.assessment.submittedUtc.secsTo(now) > qint64(m_config.queueWaitLimitHours) * 3600;
        out.append(e);
    }
    // High risk first, then the longest waiting.
    std::stable_sort(out.begin(), out.end(), [](const QueueEntry& x, const QueueEntry& y) {
        if (x.levelWeight != y.levelWeight) return x.levelWeight > y.levelWeight;
        return x.assessment.submittedUtc < y.assessment.submittedUtc;
    });
    return out;
}

Result<ReviewPacket> RiskAssessmentService::openForReview(qint64 assessmentId)
{
    if (Status s = requirePermission(m_session, Action::ApproveAssessment); !s.ok()) return s.error();
    auto stored = RiskAssessmentRepository(m_db).get(assessmentId);
    if (!stored.ok()) return stored.error();
    auto a = get(assessmentId);
    if (!a.ok()) return a.error();
    ReviewPacket packet;
    packet.assessment = a.value();
    packet.caseUrn = stored->caseUrn;
    auto pack = packFor(packet.assessment);
    if (!pack.ok()) return pack.error();
    packet.pack = pack.value();
    auto incidents = IncidentRepository(m_db).listForCase(packet.assessment.caseId);
    if (!incidents.ok()) return incidents.error();
    packet.incidents = incidents.value();
    auto versions = history(packet.assessment.caseId);
    if (!versions.ok()) return versions.error();
    for (const RiskAssessment& v : versions.value())
        if (v.packId == packet.assessment.packId && v.versionNo < packet.assessment.versionNo && v.status == AssessmentStatus::Approved)
            packet.previous = v;   // ascending: the last one kept is the latest
    // Reading a case's assessment and incidents is a consultation (DPA 2018 s62).
    AuditRecord record = AuditLog::recordFor(m_session, AuditAction::Consult);
    record.caseId = packet.assessment.caseId;
    record.caseUrn = packet.caseUrn;
    record.entityType = QStringLiteral("risk_assessment");
    record.entityId = QString::number(assessmentId);
    record.justification = tr("Supervisory review of a risk assessment (protocol 3.7)");
    if (Status s = AuditLog::append(m_db, record); !s.ok()) return s.error();
    return packet;
}

Result<QList<ReviewDue>> RiskAssessmentService::overdueReviews() const
{
    const bool everyone = PermissionTable::check(m_session.user.roles, Action::ViewOthersCase) == Decision::Allowed;
    const std::optional<qint64> ownOnly = everyone ? std::nullopt : std::optional<qint64>(m_session.user.id);
    auto due = CaseRepository(m_db).riskReviewsDueBefore(uktime::today(), ownOnly);
    if (!due.ok()) return due.error();
    QList<ReviewDue> out;
    for (const CaseReviewDue& d : due.value()) out.append({d.caseId, d.urn, d.due});
    return out;
}

} // namespace conduct
