#include "store/EvidenceRepository.h"

#include "store/CaseRepository.h"
#include "store/Database.h"

#include <QJsonDocument>

namespace conduct {
namespace {
QVariant optionalBool(const std::optional<bool>& value)
{
    return value ? QVariant(int(*value)) : QVariant(QMetaType::fromType<int>());
}
std::optional<bool> boolOrUnset(const QVariant& value)
{
    if (value.isNull()) return std::nullopt;
    return value.toInt() != 0;
}
} // namespace

Result<qint64> EvidenceRepository::upsertChecklistItem(const ChecklistItemRecord& i) const
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO checklist_items (case_id, pack_id, pack_version, item_id, status, note, "
                                      "obtained_on, requested_on, updated_by, updated_utc) VALUES (?,?,?,?,?,?,?,?,?,?) "
                                      "ON CONFLICT (case_id, pack_id, item_id) DO UPDATE SET pack_version = excluded.pack_version, "
                                      "status = excluded.status, note = excluded.note, obtained_on = excluded.obtained_on, "
                                      "requested_on = excluded.requested_on, updated_by = excluded.updated_by, "
                                      "updated_utc = excluded.updated_utc"),
                       {i.caseId, i.packId, i.packVersion, i.itemId, toCode(i.status), i.note, toDbDate(i.obtainedOn),
                        toDbDate(i.requestedOn), i.updatedBy, toDbTime(i.updatedUtc)});
    if (!q.ok()) return q.error();
    auto id = m_db.scalar(QStringLiteral("SELECT id FROM checklist_items WHERE case_id = ? AND pack_id = ? AND item_id = ?"),
                          {i.caseId, i.packId, i.itemId});
    if (!id.ok()) return id.error();
    return id->toLongLong();
}

Result<QList<ChecklistItemRecord>> EvidenceRepository::checklistForCase(qint64 caseId) const
{
    // The exhibits that evidence each item, in reference order ('|'-separated); the engines
    // spell an ordered concatenation differently.
    const QString exhibitRefs = m_db.engine() == Engine::Sqlite
        ? QStringLiteral("(SELECT group_concat(reference, '|') FROM (SELECT e.reference FROM exhibit_checklist_items l "
                         " JOIN exhibits e ON e.id = l.exhibit_id WHERE l.checklist_item_id = c.id ORDER BY e.reference))")
        : QStringLiteral("(SELECT string_agg(e.reference, '|' ORDER BY e.reference) FROM exhibit_checklist_items l "
                         " JOIN exhibits e ON e.id = l.exhibit_id WHERE l.checklist_item_id = c.id)");
    auto q = m_db.exec(QStringLiteral(
                           "SELECT c.id, c.pack_id, c.pack_version, c.item_id, c.status, c.note, c.obtained_on, c.requested_on, "
                           "c.updated_by, c.updated_utc, %1 "
                           "FROM checklist_items c WHERE c.case_id = ? ORDER BY c.pack_id, c.item_id").arg(exhibitRefs),
                       {caseId});
    if (!q.ok()) return q.error();
    QList<ChecklistItemRecord> out;
    while (q->next()) {
        ChecklistItemRecord r;
        r.id = q->value(0).toLongLong();
        r.caseId = caseId;
        r.packId = q->value(1).toString();
        r.packVersion = q->value(2).toInt();
        r.itemId = q->value(3).toString();
        r.status = fromCode<EvidenceStatus>(q->value(4).toString()).value_or(EvidenceStatus::Outstanding);
        r.note = q->value(5).toString();
        r.obtainedOn = fromDbDate(q->value(6));
        r.requestedOn = fromDbDate(q->value(7));
        r.updatedBy = q->value(8).toString();
        r.updatedUtc = fromDbTime(q->value(9));
        const QString refs = q->value(10).toString();
        if (!refs.isEmpty()) r.exhibitRefs = refs.split(QLatin1Char('|'));
        out.append(r);
    }
    return out;
}

Result<std::optional<ChecklistItemRecord>> EvidenceRepository::checklistItem(qint64 caseId, const QString& packId,
                                                                             const QString& itemId) const
{
    auto all = checklistForCase(caseId);
    if (!all.ok()) return all.error();
    for (const auto& r : all.value())
        if (r.packId == packId && r.itemId == itemId) return std::optional<ChecklistItemRecord>(r);
    return std::optional<ChecklistItemRecord>();
}

Status EvidenceRepository::setChecklistExhibits(qint64 checklistItemId, const QList<qint64>& exhibitIds) const
{
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM exhibit_checklist_items WHERE checklist_item_id = ?"), {checklistItemId});
        !r.ok())
        return r.error();
    for (qint64 exhibitId : exhibitIds)
        if (auto r = m_db.exec(QStringLiteral("INSERT INTO exhibit_checklist_items (exhibit_id, checklist_item_id) "
                                              "VALUES (?,?) ON CONFLICT DO NOTHING"), {exhibitId, checklistItemId});
            !r.ok())
            return r.error();
    return {};
}

Status EvidenceRepository::saveEnquiryAnswers(qint64 caseId, const QString& packId, int packVersion, const QJsonObject& answers,
                                              const QString& updatedBy, const QDateTime& updatedUtc) const
{
    auto r = m_db.exec(QStringLiteral("INSERT INTO enquiry_answers (case_id, pack_id, pack_version, answers_json, updated_by, "
                                      "updated_utc) VALUES (?,?,?,?,?,?) ON CONFLICT (case_id, pack_id) DO UPDATE SET "
                                      "pack_version = excluded.pack_version, answers_json = excluded.answers_json, "
                                      "updated_by = excluded.updated_by, updated_utc = excluded.updated_utc"),
                       {caseId, packId, packVersion, QString::fromUtf8(QJsonDocument(answers).toJson(QJsonDocument::Compact)),
                        updatedBy, toDbTime(updatedUtc)});
    if (!r.ok()) return r.error();
    return {};
}

Result<QJsonObject> EvidenceRepository::enquiryAnswers(qint64 caseId, const QString& packId) const
{
    auto v = m_db.scalar(QStringLiteral("SELECT answers_json FROM enquiry_answers WHERE case_id = ? AND pack_id = ?"),
                         {caseId, packId});
    if (!v.ok()) return v.error();
    if (v->isNull()) return QJsonObject();
    return QJsonDocument::fromJson(v->toString().toUtf8()).object();
}

Result<qint64> EvidenceRepository::addMeasure(const CaseMeasure& m) const
{
    auto q = m_db.insert(QStringLiteral("INSERT INTO case_measures (case_id, kind, measure_date, note, recorded_by, recorded_utc) "
                                      "VALUES (?,?,?,?,?,?)"),
                       {m.caseId, toCode(m.kind), toDbDate(m.date), m.note, m.recordedBy, toDbTime(m.recordedUtc)});
    if (!q.ok()) return q.error();
    return q.value();
}

Result<QList<CaseMeasure>> EvidenceRepository::measuresForCase(qint64 caseId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, kind, measure_date, note, recorded_by, recorded_utc FROM case_measures "
                                      "WHERE case_id = ? ORDER BY measure_date, id"), {caseId});
    if (!q.ok()) return q.error();
    QList<CaseMeasure> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), caseId,
                    fromCode<CaseMeasureKind>(q->value(1).toString()).value_or(CaseMeasureKind::Pin),
                    fromDbDate(q->value(2)), q->value(3).toString(), q->value(4).toString(), fromDbTime(q->value(5))});
    return out;
}

Status EvidenceRepository::saveFourAnswers(qint64 caseId, const FourAnswers& a, const QString& updatedBy,
                                           const QDateTime& updatedUtc) const
{
    auto r = m_db.exec(QStringLiteral("INSERT INTO offence_guide_facts (case_id, fixated, obsessive, unwanted, repeated, "
                                      "updated_by, updated_utc) VALUES (?,?,?,?,?,?,?) ON CONFLICT (case_id) DO UPDATE SET "
                                      "fixated = excluded.fixated, obsessive = excluded.obsessive, unwanted = excluded.unwanted, "
                                      "repeated = excluded.repeated, updated_by = excluded.updated_by, "
                                      "updated_utc = excluded.updated_utc"),
                       {caseId, optionalBool(a.fixated), optionalBool(a.obsessive), optionalBool(a.unwanted),
                        optionalBool(a.repeated), updatedBy, toDbTime(updatedUtc)});
    if (!r.ok()) return r.error();
    return {};
}

Result<FourAnswers> EvidenceRepository::fourAnswers(qint64 caseId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT fixated, obsessive, unwanted, repeated FROM offence_guide_facts WHERE case_id = ?"),
                       {caseId});
    if (!q.ok()) return q.error();
    FourAnswers a;
    if (q->next()) {
        a.fixated = boolOrUnset(q->value(0));
        a.obsessive = boolOrUnset(q->value(1));
        a.unwanted = boolOrUnset(q->value(2));
        a.repeated = boolOrUnset(q->value(3));
    }
    return a;
}

Result<qint64> EvidenceRepository::addOffenceChoice(const OffenceChoice& c) const
{
    QStringList codes;
    for (Offence o : c.offences) codes.append(toCode(o));
    auto q = m_db.insert(QStringLiteral("INSERT INTO offence_choices (case_id, offences, reason, chosen_by, chosen_utc) "
                                      "VALUES (?,?,?,?,?)"),
                       {c.caseId, joinCodes(codes), c.reason, c.chosenBy, toDbTime(c.chosenUtc)});
    if (!q.ok()) return q.error();
    return q.value();
}

Result<std::optional<OffenceChoice>> EvidenceRepository::latestOffenceChoice(qint64 caseId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, offences, reason, chosen_by, chosen_utc FROM offence_choices "
                                      "WHERE case_id = ? ORDER BY id DESC LIMIT 1"), {caseId});
    if (!q.ok()) return q.error();
    if (!q->next()) return std::optional<OffenceChoice>();
    OffenceChoice c;
    c.id = q->value(0).toLongLong();
    c.caseId = caseId;
    for (const QString& code : splitCodes(q->value(1).toString()))
        if (auto o = fromCode<Offence>(code)) c.offences.append(*o);
    c.reason = q->value(2).toString();
    c.chosenBy = q->value(3).toString();
    c.chosenUtc = fromDbTime(q->value(4));
    return std::optional<OffenceChoice>(c);
}

} // namespace conduct
