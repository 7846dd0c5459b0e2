#pragma once
// Each user's own dictionary words (names, police terms) in personal_words (schema v12). SQL only:
// which user's list may be read or changed, and what a word may be, are PersonalWordsService's.

#include "common/Result.h"

#include <QDateTime>
#include <QStringList>

namespace conduct {

class Database;

class PersonalWordsRepository {
public:
    explicit PersonalWordsRepository(Database& db) : m_db(db) {}

    // The user's words, sorted.
    Result<QStringList> list(qint64 userId) const;
    // Adding a word the user already has keeps the first one and its time.
    Status add(qint64 userId, const QString& word, const QDateTime& addedUtc);
    // Removing a word the user does not have changes nothing.
    Status remove(qint64 userId, const QString& word);

private:
    Database& m_db;
};

} // namespace conduct
