#include "services/DraftService.h"

#include "domain/ChargingFile.h"
#include "domain/Validation.h"
#include "security/AuditLog.h"
#include "services/CaseAccess.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <algorithm>
#include <array>
#include <span>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::DraftService", text); }

// One text a draft keeps, and the limit its record puts on it. The field's name is the record's
// own (and translated in the record's context), so a refusal reads as the record's would.
struct DraftFieldLimit {
    const char* key;       // the payload's key; "mg3Charges" also matches one suspect's "mg3Charges12"
    const char* context;   // the translation context of `field`
    const char* field;
    int maxChars;
};

constexpr const char* incident = "conduct::Validation";
constexpr const char* charging = "conduct::ChargingFile";

// IncidentDialog's form (ui/case/IncidentDialogDraft.cpp), held to validateIncident's limits.
constexpr std::array<DraftFieldLimit, 7> incidentLimits{{
    {"start", incident, QT_TRANSLATE_NOOP("conduct::Validation", "Start"), limits::shortText},
    {"end", incident, QT_TRANSLATE_NOOP("conduct::Validation", "End"), limits::shortText},
    {"location", incident, QT_TRANSLATE_NOOP("conduct::Validation", "Location"), limits::mediumText},
    {"platform", incident, QT_TRANSLATE_NOOP("conduct::Validation", "Platform"), limits::shortText},
    {"description", incident, QT_TRANSLATE_NOOP("conduct::Validation", "Description"), limits::longText},
    {"alteredBehaviourHow", incident, QT_TRANSLATE_NOOP("conduct::Validation", "How the complainant altered their behaviour"),
     limits::longText},
    {"policeReference", incident, QT_TRANSLATE_NOOP("conduct::Validation", "Police reference"), limits::shortText},
}};

// The long texts of the MG3 and MG5 editors (ui/care/Mg3Editor.cpp, Mg5Editor.cpp), keyed by
// their boxes' names, held to the charging file's limits (domain/ChargingFile.cpp).
constexpr std::array<DraftFieldLimit, 21> chargingLimits{{
    {"mg3Outline", charging, QT_TRANSLATE_NOOP("conduct::ChargingFile", "Outline of circumstances"), kLongTextLimit},
    {"mg3FlagNotes", charging, QT_TRANSLATE_NOOP("conduct::ChargingFile", "Notes on the suspect's markers"), kCommentLimit},
    {"mg3Charges", charging, QT_TRANSLATE_NOOP("conduct::ChargingFile", "Proposed charges"), kCommentLimit},
    {"mg3SupEvidenceAligned", charging, QT_TRANSLATE_NOOP("conduct::ChargingFile", "Supervisor's comments: points to prove"), kCommentLimit},
    {"mg3SupOtherEvidence", charging,
     QT_TRANSLATE_NOOP("conduct::ChargingFile", "Supervisor's comments: availability of other evidence"), kCommentLimit},
    {"mg3SupWhyCps", charging, QT_TRANSLATE_NOOP("conduct::ChargingFile", "Supervisor's comments: why CPS is consulted"), kCommentLimit},
    {"mg3SupPublicInterest", charging, QT_TRANSLATE_NOOP("conduct::ChargingFile", "Supervisor's comments: public interest"), kCommentLimit},
    {"mg3SupRecommendedCharges", charging, QT_TRANSLATE_NOOP("conduct::ChargingFile", "Supervisor's comments: recommended charges"),
     kCommentLimit},
    {"mg3SupUndermine", charging, QT_TRANSLATE_NOOP("conduct::ChargingFile", "Supervisor's comments: undermining material"), kCommentLimit},
    {"mg5KeyEvidence", charging, QT_TRANSLATE_NOOP("conduct::ChargingFile", "Key evidence"), kLongTextLimit},
    {"mg5KeyWitnesses", charging, QT_TRANSLATE_NOOP("conduct::ChargingFile", "Key witness(es) and their role"), kCommentLimit},
    {"mg5Explanation", charging, QT_TRANSLATE_NOOP("conduct::ChargingFile", "Summary of defendant explanation"), kLongTextLimit},
    {"mg5Cctv", charging, QT_TRANSLATE_NOOP("conduct::ChargingFile", "Defendant's response/reaction to CCTV"), kCommentLimit},
    {"mg5Admissions", charging, QT_TRANSLATE_NOOP("conduct::ChargingFile", "Relevant admissions"), kCommentLimit},
    {"mg5NonKeyWitnesses", charging, QT_TRANSLATE_NOOP("conduct::ChargingFile", "Non-key witness(es)"), kCommentLimit},
    {"mg5VreDetails", charging, QT_TRANSLATE_NOOP("conduct::ChargingFile", "Visually recorded evidence: details"), kCommentLimit},
    {"mg5Injuries", charging, QT_TRANSLATE_NOOP("conduct::ChargingFile", "Description of injuries"), kCommentLimit},
    {"mg5Forensic", charging, QT_TRANSLATE_NOOP("conduct::ChargingFile", "Forensic evidence"), kCommentLimit},
    {"mg5Orders", charging, QT_TRANSLATE_NOOP("conduct::ChargingFile", "Order(s) applied for"), kCommentLimit},
    {"mg5Compensation", charging, QT_TRANSLATE_NOOP("conduct::ChargingFile", "Application for compensation"), kCommentLimit},
    {"mg5ConditionalCaution", charging, QT_TRANSLATE_NOOP("conduct::ChargingFile", "Conditional cautioning"), kCommentLimit},
}};

// What a draft's key says it drafts. A text the table does not name is still held to the longest
// limit of that record, so no draft keeps more than its record ever could.
struct DraftKind {
    const char* keyPrefix;
    std::span<const DraftFieldLimit> fields;
    int otherTextLimit;
};

const std::array<DraftKind, 2> draftKinds{{
    {"incident:", incidentLimits, limits::longText},
    {"charging:", chargingLimits, kLongTextLimit},
}};

const DraftKind* kindOf(const QString& key)
{
    for (const DraftKind& kind : draftKinds)
        if (key.startsWith(QLatin1String(kind.keyPrefix))) return &kind;
    return nullptr;
}

bool matches(const QString& payloadKey, const char* tableKey)
{
    const QLatin1String name(tableKey);
    if (!payloadKey.startsWith(name)) return false;
    for (qsizetype i = name.size(); i < payloadKey.size(); ++i)
        if (!payloadKey.at(i).isDigit()) return false;
    return true;
}
} // namespace

DraftService::DraftService(Database& db, const Session& session) : m_db(db), m_session(session), m_store(db, session.user.id) {}

Status DraftService::checkLimits(const Draft& draft)
{
    const DraftKind* kind = kindOf(draft.key);
    if (!kind)
        return Error{tr("Draft"), tr("Drafts of \"%1\" are not kept: only incidents and charging documents have drafts.").arg(draft.key)};
    if (Status s = limitText(tr("Draft title"), draft.title, limits::shortText); !s.ok()) return s;
    for (auto it = draft.payload.begin(); it != draft.payload.end(); ++it) {
        if (!it.value().isString()) continue;   // ticks, choices and lists of codes: no length to limit
        const auto field = std::find_if(kind->fields.begin(), kind->fields.end(),
                                        [&](const DraftFieldLimit& f) { return matches(it.key(), f.key); });
        const Status s = field != kind->fields.end()
            ? limitText(QCoreApplication::translate(field->context, field->field), it.value().toString(), field->maxChars)
            : limitText(it.key(), it.value().toString(), kind->otherTextLimit);
        if (!s.ok()) return s;
    }
    return {};
}

Status DraftService::save(const Draft& draft)
{
    if (Status s = checkLimits(draft); !s.ok()) return s;
    // Typing about a case is kept only while the user may still change the case.
    if (draft.caseId > 0)
        if (Status s = CaseAccess(m_db, m_session).require(draft.caseId, Action::EditCase); !s.ok()) return s;
    return m_store.save(draft);
}

Result<std::optional<Draft>> DraftService::offer(const QString& key) const { return m_store.load(key); }

Result<QList<Draft>> DraftService::listForCase(qint64 caseId) const { return m_store.listForCase(caseId); }

Status DraftService::discard(const QString& key)
{
    return inTransaction<void>(m_db, [&]() -> Status {
        auto kept = m_store.load(key);
        if (!kept.ok()) return kept.error();
        if (!kept.value()) return {};   // already gone: nothing was thrown away
        if (Status s = m_store.discard(key); !s.ok()) return s;
        if (kept.value()->caseId <= 0) return {};
        auto c = CaseAccess(m_db, m_session).find(kept.value()->caseId);
        if (!c.ok()) return c.error();
        // Which draft of which case, by whom and when; never the typing that was thrown away.
        AuditRecord record = AuditLog::recordFor(m_session, AuditAction::DiscardDraft);
        record.caseId = c->id;
        record.caseUrn = c->urn;
        record.entityType = QStringLiteral("draft");
        record.entityId = key;
        return AuditLog::append(m_db, record);
    });
}

Status DraftService::settle(const QString& key) { return m_store.discard(key); }

} // namespace conduct
