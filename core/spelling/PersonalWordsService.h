#pragma once
// A signed-in user's own dictionary: the names and police terms they have told the spell-checker
// are right ("Add to my dictionary"). Each user reads and changes only their own list: the user is
// always the session's, never a parameter, so no screen can reach another officer's words.
//
// Not audited: a personal word is not case data and says nothing about any case or person beyond
// what the officer's own text already holds, and the audit trail records dealings with case data
// (DPA 2018 s62). The words are still kept in the store, so they follow the officer between desks.

#include "common/Result.h"
#include "security/User.h"

#include <QStringList>

namespace conduct {

class Database;
class SpellChecker;

class PersonalWordsService {
public:
    static constexpr int maximumWordLength = 64;   // personal_words' CHECK

    PersonalWordsService(Database& db, const Session& session) : m_db(db), m_session(session) {}

    // 1 to 64 characters, letters with apostrophes or hyphens between them, no spaces. The error
    // names the field ("Word") and what would be valid.
    static Status validate(const QString& word);
    // The form a word is kept in: typographic apostrophes made plain, as the checker compares.
    static QString normalised(const QString& word);

    Result<QStringList> list() const;
    // Adding a word already there succeeds and changes nothing. Refused words write nothing.
    Status add(const QString& word);
    Status remove(const QString& word);
    // Teaches the checker this user's words: once after sign-in, on a checker just opened.
    Status loadInto(SpellChecker& checker) const;

private:
    Status checkSession() const;

    Database& m_db;
    Session m_session;
};

// "Word": the field named in validation errors.
QString personalWordFieldLabel();

} // namespace conduct
