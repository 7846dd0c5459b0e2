#include "services/EvidenceService.h"

#include "common/Clock.h"
#include "common/UkTime.h"
#include "forms/FormPackLoader.h"
#include "services/AuditFields.h"
#include "services/EvidenceSupport.h"
#include "store/CaseRepository.h"
#include "store/EvidenceRepository.h"
#include "store/ExhibitRepository.h"

#include <QCoreApplication>

namespace conduct {
using namespace evidence_detail;

namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::EvidenceService", text); }
QString dayText(const QDate& d) { return uktime::formatDate(d); }

QJsonArray offenceCodes(const QList<Offence>& offences)
{
    QJsonArray out;
    for (Offence o : offences) out.append(toCode(o));
    return out;
}
} // namespace

namespace evidence_detail {
QJsonObject auditFields(const ChecklistItemRecord& i)
{
    return {{QStringLiteral("pack"), QStringLiteral("%1 v%2").arg(i.packId).arg(i.packVersion)},
            {QStringLiteral("item"), i.itemId},
            {QStringLiteral("status"), toCode(i.status)},
            {QStringLiteral("note"), i.note},
            {QStringLiteral("exhibits"), QJsonArray::fromStringList(i.exhibitRefs)},
            {QStringLiteral("obtained_on"), i.obtainedOn.toString(Qt::ISODate)},
            {QStringLiteral("requested_on"), i.requestedOn.toString(Qt::ISODate)}};
}
QJsonObject auditFields(const Exhibit& e)
{
    QJsonArray continuity;
    for (const auto& c : e.continuity)
        continuity.append(QJsonObject{{QStringLiteral("held_by"), c.heldBy},
                                      {QStringLiteral("from"), c.fromUtc.toString(Qt::ISODateWithMs)},
                                      {QStringLiteral("to"), c.toUtc.toString(Qt::ISODateWithMs)},
                                      {QStringLiteral("note"), c.note}});
    QJsonArray incidents;
    for (qint64 id : e.incidentIds) incidents.append(id);
    return {{QStringLiteral("reference"), e.reference},   {QStringLiteral("description"), e.description},
            {QStringLiteral("type"), toCode(e.type)},     {QStringLiteral("produced_by"), e.producedBy},
            {QStringLiteral("held_at"), e.heldAt},        {QStringLiteral("continuity"), continuity},
            {QStringLiteral("incidents"), incidents}};
}
QJsonObject auditFields(const AttachmentInfo& a)
{
    return {{QStringLiteral("file_name"), a.fileName},
            {QStringLiteral("size_bytes"), a.sizeBytes},
            {QStringLiteral("sha256"), QString::fromLatin1(a.sha256Hex)}};
}
QJsonObject auditFields(const CaseMeasure& m)
{
    return {{QStringLiteral("kind"), toCode(m.kind)}, {QStringLiteral("date"), m.date.toString(Qt::ISODate)},
            {QStringLiteral("note"), m.note}};
}
QJsonObject auditFields(const OffenceChoice& c)
{
    return {{QStringLiteral("offences"), offenceCodes(c.offences)}, {QStringLiteral("reason"), c.reason}};
}
} // namespace evidence_detail

const FormPack* evidencePack(const QString& packId)
{
    static const ShippedPacks packs = loadShippedFormPacks();
    for (const FormPack& p : packs.packs)
        if (p.id == packId) return &p;
    return nullptr;
}

EvidenceService::EvidenceService(Database& db, const Session& session) : m_db(db), m_session(session), m_access(db, session) {}

QString EvidenceService::actorName() const
{
    return m_session.user.displayName.isEmpty() ? m_session.user.userName : m_session.user.displayName;
}

// ---- Checklist -------------------------------------------------------------------------------

Result<QList<ChecklistItemRecord>> EvidenceService::checklist(qint64 caseId) const
{
    if (auto ref = m_access.check(caseId, Action::ViewCase); !ref.ok()) return ref.error();
    return EvidenceRepository(m_db).checklistForCase(caseId);
}

Result<ChecklistItemRecord> EvidenceService::setChecklistItem(ChecklistItemRecord item)
{
    const FormPack* pack = evidencePack(item.packId);
    if (!pack) return fieldError(tr("Checklist"), tr("The checklist \"%1\" is not installed.").arg(item.packId));
    if (!pack->findItem(item.itemId))
        return fieldError(tr("Checklist item"), tr("Item \"%1\" is not in %2.").arg(item.itemId, pack->title));
    const QDate today = uktime::today();
    if (item.obtainedOn.isValid() && item.obtainedOn > today)
        return fieldError(tr("Date obtained"), tr("The date obtained cannot be in the future; give today's date or earlier."));
    if (item.requestedOn.isValid() && item.requestedOn > today)
        return fieldError(tr("Date requested"), tr("The date requested cannot be in the future; give today's date or earlier."));
    if (item.obtainedOn.isValid() && item.requestedOn.isValid() && item.obtainedOn < item.requestedOn)
        return fieldError(tr("Date obtained"), tr("The date obtained (%1) is before the date requested (%2); correct one of them.")
                                                   .arg(dayText(item.obtainedOn), dayText(item.requestedOn)));
    item.packVersion = pack->version;
    item.note = item.note.trimmed();
    item.updatedBy = actorName();
    item.updatedUtc = Clock::nowUtc();
    return inTransaction<ChecklistItemRecord>(m_db, [&]() -> Result<ChecklistItemRecord> {
        auto ref = m_access.check(item.caseId, Action::EditCase);
        if (!ref.ok()) return ref.error();
        ExhibitRepository exhibits(m_db);
        QList<qint64> exhibitIds;
        QStringList refs;
        for (const QString& raw : item.exhibitRefs) {
            if (raw.trimmed().isEmpty()) continue;
            auto found = exhibits.findByReference(item.caseId, raw.trimmed());
            if (!found.ok()) return found.error();
            if (!found.value())
                return fieldError(tr("Exhibit references"), tr("%1 is not in this case's exhibit register. Add the exhibit on "
                                                               "the Exhibits tab first, or correct the reference.").arg(raw.trimmed()));
            exhibitIds.append(*found.value());
            refs.append(raw.trimmed());
        }
        item.exhibitRefs = refs;
        EvidenceRepository repo(m_db);
        auto before = repo.checklistItem(item.caseId, item.packId, item.itemId);
        if (!before.ok()) return before.error();
        // A save with no changes writes nothing (issue 30; see changesNothing): the item keeps who
        // last changed it, and when. Items carry no version, so their stored content is compared.
        if (before.value() && auditFields(*before.value()) == auditFields(item)) return *before.value();
        auto id = repo.upsertChecklistItem(item);
        if (!id.ok()) return id.error();
        item.id = id.value();
        if (Status s = repo.setChecklistExhibits(item.id, exhibitIds); !s.ok()) return s.error();
        const bool existed = before.value().has_value();
        if (Status s = m_access.audit(existed ? AuditAction::Update : AuditAction::Create, ref.value(), QStringLiteral("checklist_item"),
                                      item.id, existed ? auditFields(*before.value()) : QJsonObject(), auditFields(item));
            !s.ok())
            return s.error();
        return item;
    });
}

// ---- Lines of enquiry ------------------------------------------------------------------------

Result<FormAnswers> EvidenceService::enquiryAnswers(qint64 caseId) const
{
    if (auto ref = m_access.check(caseId, Action::ViewCase); !ref.ok()) return ref.error();
    const FormPack* pack = evidencePack(QString::fromLatin1(enquiriesPackId));
    if (!pack) return Error{tr("Lines of enquiry"), tr("The 3.4 lines-of-enquiry pack is not installed.")};
    auto json = EvidenceRepository(m_db).enquiryAnswers(caseId, pack->id);
    if (!json.ok()) return json.error();
    return answersFromJson(*pack, json.value());
}

Status EvidenceService::saveEnquiryAnswers(qint64 caseId, const FormAnswers& answers)
{
    const FormPack* pack = evidencePack(QString::fromLatin1(enquiriesPackId));
    if (!pack) return Error{tr("Lines of enquiry"), tr("The 3.4 lines-of-enquiry pack is not installed.")};
    for (auto it = answers.items.cbegin(); it != answers.items.cend(); ++it)
        if (!pack->findItem(it.key()))
            return fieldError(tr("Lines of enquiry"), tr("\"%1\" is not one of the 3.4 lines of enquiry.").arg(it.key()));
    return inTransaction<void>(m_db, [&]() -> Status {
        auto ref = m_access.check(caseId, Action::EditCase);
        if (!ref.ok()) return ref.error();
        EvidenceRepository repo(m_db);
        auto before = repo.enquiryAnswers(caseId, pack->id);
        if (!before.ok()) return before.error();
        const QJsonObject after = answersToJson(answers);
        if (after == before.value()) return {};   // a save with no changes writes nothing (issue 30)
        if (Status s = repo.saveEnquiryAnswers(caseId, pack->id, pack->version, after, actorName(), Clock::nowUtc()); !s.ok())
            return s.error();
        if (Status s = m_access.audit(before->isEmpty() ? AuditAction::Create : AuditAction::Update, ref.value(),
                                      QStringLiteral("lines_of_enquiry"), caseId, before.value(), after);
            !s.ok())
            return s.error();
        return {};
    });
}

// ---- PINs and postal requisitions --------------------------------------------------------------

Result<MeasureOutcome> EvidenceService::recordMeasure(CaseMeasure measure)
{
    if (!measure.date.isValid())
        return fieldError(tr("Date"), tr("Give the date the %1 was issued.").arg(labelOf(measure.kind).toLower()));
    if (measure.date > uktime::today())
        return fieldError(tr("Date"), tr("The date cannot be in the future; give today's date or earlier."));
    return inTransaction<MeasureOutcome>(m_db, [&]() -> Result<MeasureOutcome> {
        auto ref = m_access.check(measure.caseId, Action::EditCase);
        if (!ref.ok()) return ref.error();
        auto c = CaseRepository(m_db).get(measure.caseId);
        if (!c.ok()) return c.error();
        const bool stalking = isStalkingCase(c.value());
        MeasureOutcome out;
        if (measure.kind == CaseMeasureKind::Pin && stalking)
            return fieldError(tr("Police Information Notice"),
                              tr("A PIN cannot be recorded in a stalking case. Protocol 3.11: \"Police Information Notices "
                                 "(PINs) will not be used in stalking cases.\""));
        if (measure.kind == CaseMeasureKind::PostalRequisition) {
            if (stalking)
                return fieldError(tr("Postal requisition"),
                                  tr("A postal requisition cannot be recorded in a stalking case. Protocol 4.8: police and "
                                     "prosecutors \"should not use them in stalking cases\". Consider charge and remand or "
                                     "bail with conditions instead."));
            out.warning = tr("Protocol 4.8: seriously consider the effect of a postal requisition on the risk to the "
                             "complainant, and record that consideration in the note.");
        }
        measure.recordedBy = actorName();
        measure.recordedUtc = Clock::nowUtc();
        measure.note = measure.note.trimmed();
        auto id = EvidenceRepository(m_db).addMeasure(measure);
        if (!id.ok()) return id.error();
        measure.id = id.value();
        if (Status s = m_access.audit(AuditAction::Create, ref.value(), QStringLiteral("case_measure"), measure.id, {}, auditFields(measure));
            !s.ok())
            return s.error();
        out.measure = measure;
        return out;
    });
}

Result<QList<CaseMeasure>> EvidenceService::measures(qint64 caseId) const
{
    if (auto ref = m_access.check(caseId, Action::ViewCase); !ref.ok()) return ref.error();
    return EvidenceRepository(m_db).measuresForCase(caseId);
}
} // namespace conduct
