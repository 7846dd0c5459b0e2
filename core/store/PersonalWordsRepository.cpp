#include "store/PersonalWordsRepository.h"

#include "store/Database.h"

#include <QSqlQuery>

namespace conduct {

Result<QStringList> PersonalWordsRepository::list(qint64 userId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT word FROM personal_words WHERE user_id = ? ORDER BY word"), {userId});
    if (!q.ok()) return q.error();
    QStringList words;
    while (q->next()) words.append(q->value(0).toString());
    return words;
}

Status PersonalWordsRepository::add(qint64 userId, const QString& word, const QDateTime& addedUtc)
{
    return m_db.write(QStringLiteral("INSERT INTO personal_words (user_id, word, added_utc) VALUES (?,?,?) "
                                     "ON CONFLICT (user_id, word) DO NOTHING"),
                      {userId, word, toDbTime(addedUtc)});
}

Status PersonalWordsRepository::remove(qint64 userId, const QString& word)
{
    return m_db.write(QStringLiteral("DELETE FROM personal_words WHERE user_id = ? AND word = ?"), {userId, word});
}

} // namespace conduct
