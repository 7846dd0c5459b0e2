#include "store/IncidentRepository.h"

#include "store/CaseRepository.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <algorithm>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::Store", text); }

const QString selectColumns = QStringLiteral(
    "SELECT id, case_id, start_utc, end_utc, online, location, platform, behaviours, description, fear_of_violence, "
    "alarm_or_distress, altered_behaviour, altered_behaviour_how, reported_to_police, police_reference, provenance, "
    "row_version, start_time_known, end_time_known, source_wording, source_when_text FROM incidents");

QVariantList columnValues(const Incident& i)
{
    return {i.caseId, toDbTime(i.startUtc), toDbTime(i.endUtc), i.online, i.location, i.platform,
            behaviourCodes(i.behaviours), i.description, i.fearOfViolence, i.alarmOrDistress,
            toCode(i.alteredBehaviour), i.alteredBehaviourHow, i.reportedToPolice, i.policeReference, i.provenance,
            i.startTimeKnown, i.endTimeKnown, i.sourceWording, i.sourceWhenText};
}

Incident readIncident(const QSqlQuery& q)
{
    Incident i;
    i.id = q.value(0).toLongLong();
    i.caseId = q.value(1).toLongLong();
    i.startUtc = fromDbTime(q.value(2));
    i.endUtc = fromDbTime(q.value(3));
    i.online = q.value(4).toBool();
    i.location = q.value(5).toString();
    i.platform = q.value(6).toString();
    i.behaviours = behavioursFromCodes(q.value(7).toString());
    i.description = q.value(8).toString();
    i.fearOfViolence = q.value(9).toBool();
    i.alarmOrDistress = q.value(10).toBool();
    i.alteredBehaviour = fromCode<Answer>(q.value(11).toString()).value_or(Answer::NotAsked);
    i.alteredBehaviourHow = q.value(12).toString();
    i.reportedToPolice = q.value(13).toBool();
    i.policeReference = q.value(14).toString();
    i.provenance = q.value(15).toString();
    i.rowVersion = q.value(16).toLongLong();
    i.startTimeKnown = q.value(17).toBool();
    i.endTimeKnown = q.value(18).toBool();
    i.sourceWording = q.value(19).toString();
    i.sourceWhenText = q.value(20).toString();
    return i;
}
} // namespace

QString behaviourCodes(const QList<Behaviour>& behaviours)
{
    QList<Behaviour> sorted = behaviours;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    QStringList codes;
    for (Behaviour b : sorted) codes.append(toCode(b));
    return joinCodes(codes);
}

QList<Behaviour> behavioursFromCodes(const QString& text)
{
    QList<Behaviour> out;
    for (const QString& code : splitCodes(text))
        if (auto b = fromCode<Behaviour>(code)) out.append(*b);
    return out;
}

Result<qint64> IncidentRepository::insert(const Incident& i) const
{
    auto id = m_db.insert(QStringLiteral(
                             "INSERT INTO incidents (case_id, start_utc, end_utc, online, location, platform, behaviours, "
                             "description, fear_of_violence, alarm_or_distress, altered_behaviour, altered_behaviour_how, "
                             "reported_to_police, police_reference, provenance, start_time_known, end_time_known, source_wording, "
                             "source_when_text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                         columnValues(i));
    return id;
}

Status IncidentRepository::update(const Incident& i) const
{
    QVariantList params = columnValues(i);
    params << i.id << i.rowVersion;
    auto r = m_db.exec(QStringLiteral(
                           "UPDATE incidents SET case_id = ?, start_utc = ?, end_utc = ?, online = ?, location = ?, "
                           "platform = ?, behaviours = ?, description = ?, fear_of_violence = ?, alarm_or_distress = ?, "
                           "altered_behaviour = ?, altered_behaviour_how = ?, reported_to_police = ?, police_reference = ?, "
                           "provenance = ?, start_time_known = ?, end_time_known = ?, source_wording = ?, source_when_text = ?, "
                           "row_version = row_version + 1 "
                           "WHERE id = ? AND row_version = ?"),
                       params);
    if (!r.ok()) return r.error();
    if (r->numRowsAffected() != 1) return conflictError(m_db, tr("Incident"), QStringLiteral("incident"), i.id);
    return {};
}

Status IncidentRepository::remove(qint64 id, qint64 rowVersion) const
{
    auto r = m_db.exec(QStringLiteral("DELETE FROM incidents WHERE id = ? AND row_version = ?"), {id, rowVersion});
    if (!r.ok()) return r.error();
    if (r->numRowsAffected() != 1) return conflictError(m_db, tr("Incident"), QStringLiteral("incident"), id);
    return {};
}

Result<Incident> IncidentRepository::get(qint64 id) const
{
    auto r = m_db.exec(selectColumns + QStringLiteral(" WHERE id = ?"), {id});
    if (!r.ok()) return r.error();
    if (!r->next()) return Error{tr("Incident"), tr("This incident is no longer recorded on the case.")};
    return readIncident(r.value());
}

Result<QList<Incident>> IncidentRepository::listForCase(qint64 caseId) const
{
    auto r = m_db.exec(selectColumns + QStringLiteral(" WHERE case_id = ? ORDER BY start_utc, id"), {caseId});
    if (!r.ok()) return r.error();
    QList<Incident> out;
    while (r->next()) out.append(readIncident(r.value()));
    return out;
}

Result<bool> IncidentRepository::isInCase(qint64 incidentId, qint64 caseId) const
{
    auto inCase = m_db.scalar(QStringLiteral("SELECT count(*) FROM incidents WHERE id = ? AND case_id = ?"), {incidentId, caseId});
    if (!inCase.ok()) return inCase.error();
    return inCase->toInt() == 1;
}

} // namespace conduct
