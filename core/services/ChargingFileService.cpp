#include "services/ChargingFileService.h"

#include "common/Clock.h"
#include "security/AuditRecord.h"
#include "services/CaseFileService.h"
#include "services/ChargingFileStart.h"
#include "store/CaseRepository.h"
#include "store/ChargingFileCodec.h"
#include "store/ChargingFileRepository.h"
#include "store/Database.h"
#include "store/UserRepository.h"

#include <QCoreApplication>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::ChargingFileService", text); }

QJsonObject auditView(const ChargingDocument& d)
{
    QJsonObject o{{QStringLiteral("form"), chargingFormCode(d.form)}, {QStringLiteral("version"), d.version}, {QStringLiteral("status"), chargingStatusCode(d.status)}};
    o.insert(QStringLiteral("content"), d.form == ChargingForm::Mg3 ? chargingcodec::toJson(d.mg3) : chargingcodec::toJson(d.mg5));
    return o;
}

Status validated(const ChargingDocument& d)
{
    return d.form == ChargingForm::Mg3 ? validateMg3PolicePart(d.mg3) : validateMg5PolicePart(d.mg5);
}

// The four-eyes rule for the charging file: a supervisor, neither the author of this version nor
// the officer in the case. The store's triggers (ChargingFileSchema.cpp) hold the same rule.
Status mayDecide(const User& reviewer, const ChargingDocument& d, qint64 oicUserId)
{
    const QString form = chargingFormLabel(d.form);
    if (PermissionTable::check(reviewer.roles, Action::ApproveChargingFile) != Decision::Allowed)
        return Error{QString(), tr("Only a supervisor approves or returns the %1 for referral to the CPS. Ask your "
                                   "supervisor to review it from their review queue.").arg(form)};
    if (reviewer.id == d.authorUserId)
        return Error{QString(), tr("You wrote version %1 of this %2, so another supervisor must approve it. Nobody "
                                   "approves their own charging file.").arg(d.version).arg(form)};
    if (oicUserId != 0 && reviewer.id == oicUserId)
        return Error{QString(), tr("You are the officer in this case, so another supervisor must approve its %1 "
                                   "(the four-eyes rule).").arg(form)};
    return {};
}
} // namespace

ChargingFileService::ChargingFileService(Database& db, const Session& session) : m_db(db), m_work(db, session) {}

Result<QList<ChargingDocument>> ChargingFileService::versions(qint64 caseId, ChargingForm form) const
{
    if (auto ref = m_work.check(caseId, Action::ViewCase); !ref.ok()) return ref.error();
    return ChargingFileRepository(m_db).versions(caseId, form);
}

Result<std::optional<ChargingDocument>> ChargingFileService::latest(qint64 caseId, ChargingForm form) const
{
    auto all = versions(caseId, form);
    if (!all.ok()) return all.error();
    if (all->isEmpty()) return std::optional<ChargingDocument>();
    return std::optional<ChargingDocument>(all->last());
}

Result<ChargingDocument> ChargingFileService::save(ChargingDocument document)
{
    if (Status s = validated(document); !s.ok()) return s.error();
    return m_work.inTransaction<ChargingDocument>([&]() -> Result<ChargingDocument> {
        auto ref = m_work.check(document.caseId, Action::EditCase);
        if (!ref.ok()) return ref.error();
        const ChargingFileRepository repo(m_db);
        const QDateTime now = Clock::nowUtc();
        std::optional<ChargingDocument> current;
        if (document.id != 0) {
            auto found = repo.get(document.id);
            if (!found.ok()) return found.error();
            if (!*found || found->value().caseId != document.caseId) return caseGoneError();
            current = found->value();
        }
        if (current && current->status == ChargingStatus::Submitted)
            return Error{QString(), tr("Version %1 of the %2 is with the supervisor. Ask them to return it for changes "
                                       "before you edit it.").arg(current->version).arg(chargingFormLabel(current->form))};
        if (current && current->isEditable()) {
            if (current->form != document.form) return caseGoneError();
            // A save with no changes writes nothing (issue 30; see changesNothing): an edit of the
            // version stored that leaves its content as it is.
            if (current->rowVersion == document.rowVersion && ChargingFileRepository::sameContent(*current, document)) return *current;
            if (Status s = repo.updateContent(document, now); !s.ok()) return s.error();
            ChargingDocument saved = document;
            saved.status = current->status;
            saved.version = current->version;
            saved.authorUserId = current->authorUserId;
            saved.authorName = current->authorName;
            saved.reviews = current->reviews;
            saved.createdUtc = current->createdUtc;
            saved.submittedUtc = current->submittedUtc;
            saved.updatedUtc = now;
            saved.rowVersion = current->rowVersion + 1;
            if (Status s = m_work.audit(AuditAction::Update, ref.value(), QStringLiteral("charging_document"), saved.id,
                                        auditView(*current), auditView(saved));
                !s.ok())
                return s.error();
            if (Status s = m_work.touch(document.caseId); !s.ok()) return s.error();
            return saved;
        }
        // New, or an edit of an approved version: a new version that needs approval again.
        auto latestNumber = repo.latestVersionNumber(document.caseId, document.form);
        if (!latestNumber.ok()) return latestNumber.error();
        ChargingDocument fresh = document;
        fresh.id = 0;
        fresh.version = latestNumber.value() + 1;
        fresh.status = ChargingStatus::Draft;
        fresh.authorUserId = m_work.session().user.id;
        fresh.authorName = m_work.session().user.displayName;
        fresh.reviews.clear();
        fresh.createdUtc = fresh.updatedUtc = now;
        fresh.submittedUtc = {};
        fresh.rowVersion = 1;
        auto id = repo.insert(fresh);
        if (!id.ok()) return id.error();
        fresh.id = id.value();
        if (Status s = m_work.audit(AuditAction::Create, ref.value(), QStringLiteral("charging_document"), fresh.id, {},
                                    auditView(fresh));
            !s.ok())
            return s.error();
        if (Status s = m_work.touch(document.caseId); !s.ok()) return s.error();
        return fresh;
    });
}

Result<ChargingDocument> ChargingFileService::submit(qint64 documentId)
{
    return m_work.inTransaction<ChargingDocument>([&]() -> Result<ChargingDocument> {
        const ChargingFileRepository repo(m_db);
        auto found = repo.get(documentId);
        if (!found.ok()) return found.error();
        if (!*found) return caseGoneError();
        ChargingDocument d = found->value();
        auto ref = m_work.check(d.caseId, Action::EditCase);
        if (!ref.ok()) return ref.error();
        if (!d.isEditable())
            return Error{QString(), tr("Version %1 of the %2 is %3: only a draft or a returned version is submitted.")
                                        .arg(d.version).arg(chargingFormLabel(d.form), chargingStatusLabel(d.status).toLower())};
        const ChargingDocument before = d;
        const QDateTime now = Clock::nowUtc();
        if (Status s = repo.setStatus(d.id, ChargingStatus::Submitted, now, true); !s.ok()) return s.error();
        d.status = ChargingStatus::Submitted;
        d.submittedUtc = d.updatedUtc = now;
        ++d.rowVersion;
        if (Status s = m_work.audit(AuditAction::Update, ref.value(), QStringLiteral("charging_document"), d.id,
                                    auditView(before), auditView(d));
            !s.ok())
            return s.error();
        return d;
    });
}

Result<ChargingDocument> ChargingFileService::approve(qint64 documentId, const Mg3SupervisorPart& supervisorPart)
{
    if (Status s = validateMg3SupervisorPart(supervisorPart); !s.ok()) return s.error();
    return decide(documentId, ReviewDecision::Approved, supervisorPart, {});
}

Result<ChargingDocument> ChargingFileService::returnForChanges(qint64 documentId, const QString& reasons)
{
    if (Status s = validateReturnReasons(reasons); !s.ok()) return s.error();
    return decide(documentId, ReviewDecision::Returned, {}, reasons.trimmed());
}

Result<ChargingDocument> ChargingFileService::decide(qint64 documentId, ReviewDecision decision,
                                                     const Mg3SupervisorPart& supervisorPart, const QString& reasons)
{
    return m_work.inTransaction<ChargingDocument>([&]() -> Result<ChargingDocument> {
        const ChargingFileRepository repo(m_db);
        auto found = repo.get(documentId);
        if (!found.ok()) return found.error();
        if (!*found) return caseGoneError();
        ChargingDocument d = found->value();
        auto owner = CaseRepository(m_db).ownership(d.caseId);
        if (!owner.ok()) return owner.error();
        if (!*owner) return caseGoneError();
        const User& me = m_work.session().user;
        if (Status s = mayDecide(me, d, owner->value().oicUserId); !s.ok()) return s.error();
        auto ref = m_work.check(d.caseId, Action::ApproveChargingFile);
        if (!ref.ok()) return ref.error();
        if (d.status != ChargingStatus::Submitted)
            return Error{QString(), tr("Version %1 of the %2 is %3: only a version submitted for approval is approved "
                                       "or returned.").arg(d.version).arg(chargingFormLabel(d.form),
                                                                          chargingStatusLabel(d.status).toLower())};
        if (decision == ReviewDecision::Approved && d.form == ChargingForm::Mg3 && supervisorPart.isEmpty())
            return Error{QStringLiteral("Supervisor's comments: points to prove"),
                         tr("Supervisor's comments: address the MG3's points (at least how the evidence meets the points "
                            "to prove and the recommended charges) before approving it for referral to the CPS.")};

        // The name, rank and e-mail printed under "Approved for referral to CPS" are kept as they are now.
        auto stored = UserRepository(m_db).findById(me.id);
        if (!stored.ok()) return stored.error();
        const User reviewerNow = stored->has_value() ? stored->value().user : me;
        ChargingReview review;
        review.reviewer = {me.id, reviewerNow.displayName, reviewerNow.profile.rank, reviewerNow.profile.collarNumber,
                           reviewerNow.profile.email};
        review.decision = decision;
        review.supervisorPart = d.form == ChargingForm::Mg3 ? supervisorPart : Mg3SupervisorPart{};
        review.reasons = reasons;
        review.reviewUtc = Clock::nowUtc();
        auto reviewId = repo.insertReview(d.id, review);
        if (!reviewId.ok()) return reviewId.error();
        review.id = reviewId.value();
        const ChargingDocument before = d;
        d.status = decision == ReviewDecision::Approved ? ChargingStatus::Approved : ChargingStatus::Returned;
        if (Status s = repo.setStatus(d.id, d.status, review.reviewUtc, false); !s.ok()) return s.error();
        d.updatedUtc = review.reviewUtc;
        ++d.rowVersion;
        d.reviews.append(review);
        QJsonObject after = auditView(d);
        after.insert(QStringLiteral("decision"), toCode(decision));
        after.insert(QStringLiteral("supervisor_part"), chargingcodec::toJson(review.supervisorPart));
        after.insert(QStringLiteral("reasons"), reasons);
        if (Status s = m_work.audit(AuditAction::Update, ref.value(), QStringLiteral("charging_document"), d.id,
                                    auditView(before), after);
            !s.ok())
            return s.error();
        if (Status s = m_work.touch(d.caseId); !s.ok()) return s.error();
        return d;
    });
}

Result<QList<ChargingQueueItem>> ChargingFileService::awaitingApproval() const
{
    if (Status s = requirePermission(m_work.session(), Action::ApproveChargingFile); !s.ok()) return s.error();
    return ChargingFileRepository(m_db).submitted(m_work.session().user.id, Clock::nowUtc());
}

Result<ChargingFileStart> ChargingFileService::startingPoints(qint64 caseId) const
{
    CaseFileService files(m_db, m_work.session());
    files.setAccessJustification(m_work.justification());
    auto file = files.assemble(caseId, Action::ViewCase);
    if (!file.ok()) return file.error();
    return chargingFileStart(file.value());
}

} // namespace conduct
