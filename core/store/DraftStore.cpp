#include "store/DraftStore.h"

#include "common/Clock.h"
#include "store/Database.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace conduct {
namespace {
Draft readDraft(const QSqlQuery& q)
{
    Draft d;
    d.key = q.value(0).toString();
    d.caseId = q.value(1).toLongLong();
    d.title = q.value(2).toString();
    d.payload = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    d.savedUtc = fromDbTime(q.value(4));
    d.authorName = q.value(5).toString();
    return d;
}
} // namespace

Status DraftStore::save(const Draft& draft)
{
    Transaction tx(m_db);
    const QVariant caseId = draft.caseId > 0 ? QVariant(draft.caseId) : QVariant(QMetaType::fromType<qint64>());
    auto r = m_db.exec(QStringLiteral("INSERT INTO drafts (user_id, draft_key, case_id, title, payload, saved_utc) "
                                      "VALUES (?,?,?,?,?,?) ON CONFLICT(user_id, draft_key) DO UPDATE SET title = excluded.title, "
                                      "payload = excluded.payload, saved_utc = excluded.saved_utc"),
                       {m_author, draft.key, caseId, draft.title,
                        QString::fromUtf8(QJsonDocument(draft.payload).toJson(QJsonDocument::Compact)),
                        toDbTime(Clock::nowUtc())});
    if (!r.ok()) return r.error();
    return tx.commit();
}

Result<std::optional<Draft>> DraftStore::load(const QString& key) const
{
    auto r = m_db.exec(QStringLiteral("SELECT d.draft_key, d.case_id, d.title, d.payload, d.saved_utc, u.display_name "
                                      "FROM drafts d JOIN users u ON u.id = d.user_id WHERE d.user_id = ? AND d.draft_key = ?"),
                       {m_author, key});
    if (!r.ok()) return r.error();
    if (!r->next()) return std::optional<Draft>{};
    return std::optional<Draft>{readDraft(r.value())};
}

Status DraftStore::discard(const QString& key)
{
    Transaction tx(m_db);
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM drafts WHERE user_id = ? AND draft_key = ?"), {m_author, key}); !r.ok()) return r.error();
    return tx.commit();
}

Result<QList<Draft>> DraftStore::listForCase(qint64 caseId) const
{
    auto r = m_db.exec(QStringLiteral("SELECT d.draft_key, d.case_id, d.title, d.payload, d.saved_utc, u.display_name "
                                      "FROM drafts d JOIN users u ON u.id = d.user_id WHERE d.user_id = ? AND d.case_id = ? "
                                      "ORDER BY d.saved_utc DESC"),
                       {m_author, caseId});
    if (!r.ok()) return r.error();
    QList<Draft> out;
    while (r->next()) out.append(readDraft(r.value()));
    return out;
}

} // namespace conduct
