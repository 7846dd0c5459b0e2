#include "store/CaseTransferStore.h"

#include "common/Clock.h"
#include "store/Database.h"
#include "store/PersonRepository.h"
#include "store/SearchIndex.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::CaseTransferStore", text); }

bool isIdentifier(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    return pattern.match(name).hasMatch();
}

Status checkIdentifiers(const QStringList& names)
{
    for (const QString& name : names)
        if (!isIdentifier(name)) return Error{tr("Case bundle"), tr("\"%1\" is not a table or column name.").arg(name)};
    return {};
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i) marks.append(QStringLiteral("?"));
    return marks.join(u',');
}
} // namespace

Result<QList<QVariantList>> CaseTransferStore::readRows(qint64 caseId, const CaseTableRef& ref, const QStringList& columns,
                                                        const QStringList& orderBy) const
{
    if (Status s = checkIdentifiers(columns + orderBy + QStringList{ref.table, ref.ownerColumn}); !s.ok()) return s.error();
    if (!ref.ownerTable.isEmpty())
        if (Status s = checkIdentifiers({ref.ownerTable}); !s.ok()) return s.error();
    const QString owner = ref.ownerTable.isEmpty()
                              ? QStringLiteral("%1 = ?").arg(ref.ownerColumn)
                              : QStringLiteral("%1 IN (SELECT id FROM %2 WHERE case_id = ?)").arg(ref.ownerColumn, ref.ownerTable);
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4")
                           .arg(columns.join(u','), ref.table, owner, orderBy.join(u',')),
                       {caseId});
    if (!q.ok()) return q.error();
    QList<QVariantList> rows;
    while (q->next()) {
        QVariantList row;
        for (int i = 0; i < columns.size(); ++i) row.append(q->value(i));
        rows.append(row);
    }
    return rows;
}

Result<qint64> CaseTransferStore::insertRow(const QString& table, const QStringList& columns, const QVariantList& values,
                                            RowKey key) const
{
    if (Status s = checkIdentifiers(columns + QStringList{table}); !s.ok()) return s.error();
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, columns.join(u','), placeholders(columns.size()));
    if (key == RowKey::GeneratedId) return m_db.insert(sql, values);
    if (Status s = m_db.write(sql, values); !s.ok()) return s.error();
    return qint64(0);
}

Result<QByteArray> CaseTransferStore::attachmentContent(qint64 attachmentId) const
{
    auto content = m_db.scalar(QStringLiteral("SELECT content FROM attachment_content WHERE attachment_id = ?"), {attachmentId});
    if (!content.ok()) return content.error();
    if (!content->isValid())
        return Error{tr("Attachment"), tr("The file of attachment %1 is missing from the database.").arg(attachmentId)};
    return content->toByteArray();
}

Result<QHash<qint64, AccountName>> CaseTransferStore::accounts(const QList<qint64>& ids) const
{
    QHash<qint64, AccountName> out;
    for (qint64 id : ids) {
        auto q = m_db.exec(QStringLiteral("SELECT user_name, display_name FROM users WHERE id = ?"), {id});
        if (!q.ok()) return q.error();
        if (q->next()) out.insert(id, AccountName{q->value(0).toString(), q->value(1).toString()});
    }
    return out;
}

QString transferredUserName(const QString& sourceDatabase, const QString& userName)
{
    const QByteArray tag = QCryptographicHash::hash(sourceDatabase.toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    return QStringLiteral("%1@%2").arg(userName.left(64 - 1 - tag.size()), QString::fromLatin1(tag));
}

Result<qint64> CaseTransferStore::transferredAccountFor(const QString& sourceDatabase, const AccountName& name) const
{
    const QString userName = transferredUserName(sourceDatabase, name.userName);
    auto existing = m_db.exec(QStringLiteral("SELECT id, transferred_from FROM users WHERE lower(user_name) = lower(?)"), {userName});
    if (!existing.ok()) return existing.error();
    if (existing->next()) {
        if (existing->value(1).toString() == sourceDatabase) return existing->value(0).toLongLong();
        return Error{tr("Accounts"), tr("The user name %1, which stands for %2 of %3, is already used by an account of this "
                                        "database. Ask an administrator to rename that account, then import again.")
                                         .arg(userName, name.userName, sourceDatabase)};
    }
    // "!" is never a valid Argon2id encoding, so no password verifies against it.
    const QVariant now = toDbTime(Clock::nowUtc());
    auto q = m_db.insert(QStringLiteral("INSERT INTO users (user_name, display_name, password_hash, active, created_utc, "
                                        "updated_utc, transferred_from) VALUES (?, ?, '!', 0, ?, ?, ?)"),
                         {userName, name.displayName, now, now, sourceDatabase});
    if (!q.ok()) return q.error();
    return q.value();
}

Status CaseTransferStore::writeSearchKeys(qint64 caseId) const
{
    auto people = PersonRepository(m_db).listForCase(caseId);
    if (!people.ok()) return people.error();
    const SearchIndex index(m_db);
    for (const Person& p : people.value())
        if (Status s = index.writePersonKeys(p.id, p); !s.ok()) return s;
    return {};
}

Result<QStringList> CaseTransferStore::caseOwnedTables() const
{
    auto tables = m_db.tableNames();
    if (!tables.ok()) return tables.error();
    QHash<QString, QSet<QString>> parents;   // table -> tables its foreign keys point at
    for (const QString& table : tables.value()) {
        auto keys = m_db.referencedTables(table);
        if (!keys.ok()) return keys.error();
        parents[table] = QSet<QString>(keys->begin(), keys->end());
    }
    QSet<QString> owned{QStringLiteral("cases")};
    for (bool grew = true; grew;) {
        grew = false;
        for (auto it = parents.cbegin(); it != parents.cend(); ++it)
            if (!owned.contains(it.key()) && it.value().intersects(owned)) grew = owned.insert(it.key()) != owned.end();
    }
    QStringList out(owned.begin(), owned.end());
    out.sort();
    return out;
}

} // namespace conduct
