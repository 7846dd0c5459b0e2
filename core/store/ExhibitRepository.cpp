#include "store/ExhibitRepository.h"

#include "common/Clock.h"
#include "store/CaseRepository.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::ExhibitRepository", text); }

const QString exhibitColumns = QStringLiteral(
    "id, case_id, reference, description, exhibit_type, produced_by, held_at, row_version FROM exhibits");

Exhibit exhibitFrom(const QSqlQuery& q)
{
    Exhibit e;
    e.id = q.value(0).toLongLong();
    e.caseId = q.value(1).toLongLong();
    e.reference = q.value(2).toString();
    e.description = q.value(3).toString();
    e.type = fromCode<ExhibitType>(q.value(4).toString()).value_or(ExhibitType::Other);
    e.producedBy = q.value(5).toString();
    e.heldAt = q.value(6).toString();
    e.rowVersion = q.value(7).toLongLong();
    return e;
}

AttachmentInfo attachmentFrom(const QSqlQuery& q)
{
    AttachmentInfo a;
    a.id = q.value(0).toLongLong();
    a.exhibitId = q.value(1).toLongLong();
    a.fileName = q.value(2).toString();
    a.sizeBytes = q.value(3).toLongLong();
    a.sha256Hex = q.value(4).toString().toLatin1();
    a.addedBy = q.value(5).toString();
    a.addedUtc = fromDbTime(q.value(6));
    a.lastVerifiedUtc = fromDbTime(q.value(7));
    a.lastVerifiedOk = q.value(8).toInt() != 0;
    return a;
}
const QString attachmentColumns = QStringLiteral(
    "id, exhibit_id, file_name, size_bytes, sha256, added_by, added_utc, last_verified_utc, last_verified_ok "
    "FROM exhibit_attachments");
} // namespace

// References are the producer's initials then a number, so spaces and the slash carry no meaning:
// "se / 1", "SE1" and "SE/1" are one exhibit.
QString exhibitReferenceKey(const QString& reference)
{
    static const QRegularExpression separators(QStringLiteral("[\\s/]+"));
    return reference.toUpper().remove(separators);
}

Result<qint64> ExhibitRepository::insert(const Exhibit& e) const
{
    const QVariant now = toDbTime(Clock::nowUtc());
    auto q = m_db.insert(QStringLiteral("INSERT INTO exhibits (case_id, reference, reference_key, description, exhibit_type, "
                                      "produced_by, held_at, created_utc, updated_utc) VALUES (?,?,?,?,?,?,?,?,?)"),
                       {e.caseId, e.reference, exhibitReferenceKey(e.reference), e.description, toCode(e.type),
                        e.producedBy, e.heldAt, now, now});
    if (!q.ok()) return q.error();
    Exhibit saved = e;
    saved.id = q.value();
    if (Status s = writeChildren(saved); !s.ok()) return s.error();
    return saved.id;
}

Status ExhibitRepository::update(const Exhibit& e) const
{
    auto q = m_db.exec(QStringLiteral("UPDATE exhibits SET reference = ?, reference_key = ?, description = ?, exhibit_type = ?, "
                                      "produced_by = ?, held_at = ?, updated_utc = ?, row_version = row_version + 1 "
                                      "WHERE id = ? AND row_version = ?"),
                       {e.reference, exhibitReferenceKey(e.reference), e.description, toCode(e.type), e.producedBy,
                        e.heldAt, toDbTime(Clock::nowUtc()), e.id, e.rowVersion});
    if (!q.ok()) return q.error();
    if (q->numRowsAffected() != 1) return conflictError(m_db, tr("exhibit %1").arg(e.reference), QStringLiteral("exhibit"), e.id);
    return writeChildren(e);
}

Status ExhibitRepository::remove(qint64 exhibitId) const
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM exhibits WHERE id = ?"), {exhibitId});
    if (!q.ok()) return q.error();
    return {};
}

Status ExhibitRepository::writeChildren(const Exhibit& e) const
{
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM exhibit_continuity WHERE exhibit_id = ?"), {e.id}); !r.ok())
        return r.error();
    for (int i = 0; i < e.continuity.size(); ++i) {
        const ContinuityEntry& c = e.continuity[i];
        if (auto r = m_db.exec(QStringLiteral("INSERT INTO exhibit_continuity (exhibit_id, position, held_by, from_utc, to_utc, "
                                              "note) VALUES (?,?,?,?,?,?)"),
                               {e.id, i, c.heldBy, toDbTime(c.fromUtc), toDbTime(c.toUtc), c.note});
            !r.ok())
            return r.error();
    }
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM exhibit_incidents WHERE exhibit_id = ?"), {e.id}); !r.ok())
        return r.error();
    for (qint64 incidentId : e.incidentIds)
        if (auto r = m_db.exec(QStringLiteral("INSERT INTO exhibit_incidents (exhibit_id, incident_id) VALUES (?,?) ON CONFLICT DO NOTHING"),
                               {e.id, incidentId});
            !r.ok())
            return r.error();
    return {};
}

Status ExhibitRepository::readChildren(Exhibit& e) const
{
    auto c = m_db.exec(QStringLiteral("SELECT held_by, from_utc, to_utc, note FROM exhibit_continuity WHERE exhibit_id = ? "
                                      "ORDER BY position"), {e.id});
    if (!c.ok()) return c.error();
    while (c->next())
        e.continuity.append({c->value(0).toString(), fromDbTime(c->value(1)), fromDbTime(c->value(2)), c->value(3).toString()});
    auto i = m_db.exec(QStringLiteral("SELECT incident_id FROM exhibit_incidents WHERE exhibit_id = ? ORDER BY incident_id"),
                       {e.id});
    if (!i.ok()) return i.error();
    while (i->next()) e.incidentIds.append(i->value(0).toLongLong());
    auto a = m_db.exec(QStringLiteral("SELECT ") + attachmentColumns + QStringLiteral(" WHERE exhibit_id = ? ORDER BY id"), {e.id});
    if (!a.ok()) return a.error();
    while (a->next()) e.attachments.append(attachmentFrom(*a));
    return {};
}

Result<Exhibit> ExhibitRepository::get(qint64 exhibitId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + exhibitColumns + QStringLiteral(" WHERE id = ?"), {exhibitId});
    if (!q.ok()) return q.error();
    if (!q->next()) return Error{tr("Exhibit"), tr("The exhibit no longer exists. It may have been deleted.")};
    Exhibit e = exhibitFrom(*q);
    if (Status s = readChildren(e); !s.ok()) return s.error();
    return e;
}

Result<QList<Exhibit>> ExhibitRepository::listForCase(qint64 caseId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + exhibitColumns + QStringLiteral(" WHERE case_id = ? ORDER BY reference_key"),
                       {caseId});
    if (!q.ok()) return q.error();
    QList<Exhibit> out;
    while (q->next()) out.append(exhibitFrom(*q));
    for (Exhibit& e : out)
        if (Status s = readChildren(e); !s.ok()) return s.error();
    return out;
}

Result<std::optional<qint64>> ExhibitRepository::findByReference(qint64 caseId, const QString& reference, qint64 exceptId) const
{
    auto v = m_db.scalar(QStringLiteral("SELECT id FROM exhibits WHERE case_id = ? AND reference_key = ? AND id <> ?"),
                         {caseId, exhibitReferenceKey(reference), exceptId});
    if (!v.ok()) return v.error();
    if (v->isNull()) return std::optional<qint64>();
    return std::optional<qint64>(v->toLongLong());
}

Result<qint64> ExhibitRepository::addAttachment(const AttachmentInfo& info, const QByteArray& content) const
{
    auto q = m_db.insert(QStringLiteral("INSERT INTO exhibit_attachments (exhibit_id, file_name, size_bytes, sha256, added_by, "
                                      "added_utc, last_verified_utc, last_verified_ok) VALUES (?,?,?,?,?,?,?,1)"),
                       {info.exhibitId, info.fileName, info.sizeBytes, QString::fromLatin1(info.sha256Hex), info.addedBy,
                        toDbTime(info.addedUtc), toDbTime(info.addedUtc)});
    if (!q.ok()) return q.error();
    const qint64 id = q.value();
    if (auto r = m_db.exec(QStringLiteral("INSERT INTO attachment_content (attachment_id, content) VALUES (?,?)"), {id, content});
        !r.ok())
        return r.error();
    return id;
}

Result<AttachmentInfo> ExhibitRepository::attachment(qint64 attachmentId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + attachmentColumns + QStringLiteral(" WHERE id = ?"), {attachmentId});
    if (!q.ok()) return q.error();
    if (!q->next()) return Error{tr("Attachment"), tr("The attached file no longer exists.")};
    return attachmentFrom(*q);
}

Result<QByteArray> ExhibitRepository::attachmentContent(qint64 attachmentId) const
{
    auto v = m_db.scalar(QStringLiteral("SELECT content FROM attachment_content WHERE attachment_id = ?"), {attachmentId});
    if (!v.ok()) return v.error();
    if (v->isNull()) return Error{tr("Attachment"), tr("The attached file's content is missing.")};
    return v->toByteArray();
}

Status ExhibitRepository::recordVerification(qint64 attachmentId, const QDateTime& whenUtc, bool ok) const
{
    auto r = m_db.exec(QStringLiteral("UPDATE exhibit_attachments SET last_verified_utc = ?, last_verified_ok = ? WHERE id = ?"),
                       {toDbTime(whenUtc), int(ok), attachmentId});
    if (!r.ok()) return r.error();
    return {};
}

Result<std::optional<qint64>> ExhibitRepository::caseOf(qint64 exhibitId) const
{
    auto owner = m_db.scalar(QStringLiteral("SELECT case_id FROM exhibits WHERE id = ?"), {exhibitId});
    if (!owner.ok()) return owner.error();
    if (owner->isNull()) return std::optional<qint64>();
    return std::optional<qint64>(owner->toLongLong());
}

} // namespace conduct
