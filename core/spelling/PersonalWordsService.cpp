#include "spelling/PersonalWordsService.h"

#include "common/Clock.h"
#include "spelling/SpellChecker.h"
#include "store/PersonalWordsRepository.h"
#include "store/Transaction.h"

#include <QCoreApplication>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::Spelling", text); }
bool isApostrophe(QChar c) { return c == QLatin1Char('\''); }
bool isHyphen(QChar c) { return c == QLatin1Char('-'); }
} // namespace

QString personalWordFieldLabel() { return tr("Word"); }

QString PersonalWordsService::normalised(const QString& word)
{
    QString out = word;
    out.replace(QChar(0x2019), QLatin1Char('\''));
    return out;
}

Status PersonalWordsService::validate(const QString& word)
{
    const QString w = normalised(word);
    const auto field = personalWordFieldLabel();
    if (w.isEmpty()) return fieldError(field, tr("Type the word to add."));
    // personal_words counts characters, not UTF-16 units.
    if (w.toUcs4().size() > maximumWordLength)
        return fieldError(field, tr("A word can be at most %1 characters long.").arg(maximumWordLength));
    for (QChar c : w)
        if (c.isSpace()) return fieldError(field, tr("Add one word at a time, without spaces."));
    for (qsizetype i = 0; i < w.size(); ++i) {
        const QChar c = w.at(i);
        if (c.isLetter() || c.isMark()) continue;
        if (!isApostrophe(c) && !isHyphen(c))
            return fieldError(field, tr("Only letters, apostrophes and hyphens can be in a word (\"%1\" cannot).").arg(c));
        // Between letters only: a word never starts or ends with either, nor has two together.
        const bool between = i > 0 && i + 1 < w.size() && (w.at(i - 1).isLetter() || w.at(i - 1).isMark())
                             && w.at(i + 1).isLetter();
        if (!between) return fieldError(field, tr("An apostrophe or hyphen can only come between two letters."));
    }
    return {};
}

Status PersonalWordsService::checkSession() const
{
    if (m_session.user.id <= 0 || !m_session.user.active)
        return Error{QString(), tr("Sign in to use your own dictionary.")};
    return {};
}

Result<QStringList> PersonalWordsService::list() const
{
    if (Status s = checkSession(); !s.ok()) return s.error();
    return PersonalWordsRepository(m_db).list(m_session.user.id);
}

Status PersonalWordsService::add(const QString& word)
{
    if (Status s = checkSession(); !s.ok()) return s;
    if (Status s = validate(word); !s.ok()) return s;
    // No audit record: see the header.
    return inTransaction<void>(m_db, [&]() -> Status {
        return PersonalWordsRepository(m_db).add(m_session.user.id, normalised(word), Clock::nowUtc());
    });
}

Status PersonalWordsService::remove(const QString& word)
{
    if (Status s = checkSession(); !s.ok()) return s;
    return inTransaction<void>(m_db, [&]() -> Status {
        return PersonalWordsRepository(m_db).remove(m_session.user.id, normalised(word));
    });
}

Status PersonalWordsService::loadInto(SpellChecker& checker) const
{
    auto words = list();
    if (!words.ok()) return words.error();
    for (const QString& word : std::as_const(words.value())) checker.addWord(word);
    return {};
}

} // namespace conduct
