// British English spell-checking (issue 22): Debian's en_GB Hunspell dictionary, which words in an
// officer's text are checked at all, a missing dictionary as an error value, and each user's own
// word list kept in the store.

#include "TestSupport.h"

#include "common/Clock.h"
#include "spelling/PersonalWordsService.h"
#include "spelling/SpellChecker.h"
#include "spelling/SpellingWords.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <initializer_list>

using namespace conduct;

namespace {

std::unique_ptr<SpellChecker> britishChecker()
{
    auto checker = SpellChecker::open(QStringLiteral("/usr/share/hunspell"));
    INFO((checker.ok() ? QString() : checker.error().text()).toStdString());
    REQUIRE(checker.ok());
    return std::move(checker).value();
}

QStringList utf8List(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* item : items) out.append(QString::fromUtf8(item));
    return out;
}

QStringList texts(const QList<SpellingWord>& words)
{
    QStringList out;
    for (const SpellingWord& w : words) out.append(w.text);
    return out;
}

// Restores CONDUCT_HUNSPELL_DIR as it was.
struct ScopedDictionaryFolder {
    explicit ScopedDictionaryFolder(const QString& folder) : m_had(qEnvironmentVariableIsSet("CONDUCT_HUNSPELL_DIR")),
        m_old(qgetenv("CONDUCT_HUNSPELL_DIR"))
    {
        qputenv("CONDUCT_HUNSPELL_DIR", QFile::encodeName(folder));
    }
    ~ScopedDictionaryFolder()
    {
        if (m_had) qputenv("CONDUCT_HUNSPELL_DIR", m_old);
        else qunsetenv("CONDUCT_HUNSPELL_DIR");
    }
    bool m_had;
    QByteArray m_old;
};

} // namespace

TEST_CASE("the en_GB dictionary accepts British spellings and flags American ones", "[spelling]")
{
    auto checker = britishChecker();
    for (const char* word : {"colour", "organise", "harassment", "behaviour", "Colour", "offence", "don't", "don’t"}) {
        INFO(word);
        CHECK(checker->isCorrect(QString::fromUtf8(word)));
    }
    for (const char* word : {"color", "harasment", "behavor", "defense"}) {
        INFO(word);
        CHECK_FALSE(checker->isCorrect(QString::fromUtf8(word)));
    }
}

TEST_CASE("suggestions for a misspelling include the right word, within the limit", "[spelling]")
{
    auto checker = britishChecker();
    const QStringList six = checker->suggestions(QStringLiteral("harasment"));
    CHECK(six.contains(QStringLiteral("harassment")));
    CHECK(six.size() <= 6);
    CHECK(checker->suggestions(QStringLiteral("harasment"), 1).size() == 1);
    CHECK(checker->suggestions(QStringLiteral("harasment"), 0).isEmpty());
    CHECK(checker->suggestions(QStringLiteral("color")).contains(QStringLiteral("colour")));
}

TEST_CASE("the tokenizer keeps inner apostrophes and splits hyphenated words", "[spelling]")
{
    const QString text = QStringLiteral("He said he didn't see the ex-partner's car, 'honestly'.");
    const QList<SpellingWord> words = wordsToCheck(text);
    CHECK(texts(words) == utf8List({"He", "said", "he", "didn't", "see", "the", "ex", "partner's", "car", "honestly"}));
    // Positions are where the words are in the text, as the highlighter underlines them.
    for (const SpellingWord& w : words) CHECK(text.mid(w.start, w.length) == w.text);
    CHECK(texts(wordsToCheck(QStringLiteral("O’Neill’s officers’ notes"))) == utf8List({"O’Neill’s", "officers", "notes"}));
}

TEST_CASE("an abbreviation is right with its full stop, and only with it", "[spelling]")
{
    auto checker = britishChecker();
    const QList<SpellingWord> words = wordsToCheck(QStringLiteral("Calls, texts etc. and etc later"));
    REQUIRE(words.size() == 6);
    CHECK(words.at(2).text == QStringLiteral("etc"));
    CHECK(words.at(2).beforeFullStop);
    CHECK(checker->accepts(words.at(2)));
    CHECK_FALSE(words.at(4).beforeFullStop);
    CHECK_FALSE(checker->accepts(words.at(4)));
    CHECK(checker->accepts(words.at(0)));
}

TEST_CASE("the tokenizer skips numbers, short acronyms, web and e-mail addresses", "[spelling]")
{
    CHECK(texts(wordsToCheck(QStringLiteral("Seen on the M25 at 5th junction by PC1234 and user_name")))
          == utf8List({"Seen", "on", "the", "at", "junction", "by", "and"}));
    CHECK(texts(wordsToCheck(QStringLiteral("Referred to MARAC after DASH; CPS and URN 45AA0209820 noted")))
          == utf8List({"Referred", "to", "after", "and", "noted"}));
    // Seven capitals is a shouted word, not an acronym: it is still checked.
    CHECK(texts(wordsToCheck(QStringLiteral("STALKER said"))) == utf8List({"STALKER", "said"}));
    CHECK(texts(wordsToCheck(QStringLiteral("Mail from jo.bloggs@exampel.co.uk via https://exampel.com/pathh and (www.exampel.org)")))
          == utf8List({"Mail", "from", "via", "and"}));
    CHECK(wordsToCheck(QStringLiteral("  ... 123 -- !! ")).isEmpty());
}

TEST_CASE("a missing dictionary is an error value naming the folder", "[spelling]")
{
    QTemporaryDir empty;
    REQUIRE(empty.isValid());
    auto missing = SpellChecker::open(empty.path());
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.startsWith(QStringLiteral("spell-checking unavailable: en_GB dictionary not found in")));
    CHECK(missing.error().message.contains(QDir::toNativeSeparators(empty.path())));

    // The folder can be named by the environment, for tests and packagers.
    ScopedDictionaryFolder inEnvironment(empty.path());
    CHECK(SpellChecker::defaultDictionaryFolder() == empty.path());
    CHECK_FALSE(SpellChecker::open().ok());
}

TEST_CASE("the dictionary folder named by CONDUCT_HUNSPELL_DIR is the one used", "[spelling]")
{
    QTemporaryDir copy;
    REQUIRE(copy.isValid());
    for (const char* file : {"en_GB.aff", "en_GB.dic"})
        REQUIRE(QFile::copy(QStringLiteral("/usr/share/hunspell/") + QLatin1String(file), copy.filePath(QLatin1String(file))));
    ScopedDictionaryFolder inEnvironment(copy.path());
    auto checker = SpellChecker::open();
    REQUIRE(checker.ok());
    CHECK(checker.value()->affixPath() == copy.filePath(QStringLiteral("en_GB.aff")));
    CHECK(checker.value()->isCorrect(QStringLiteral("colour")));
}

TEST_CASE("a dictionary in ISO 8859-1 is read and answered in its own character set", "[spelling]")
{
    // Older Debian dictionaries are not UTF-8: the .aff file's SET line says what they are.
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    QFile affix(folder.filePath(QStringLiteral("xx_GB.aff")));
    REQUIRE(affix.open(QIODevice::WriteOnly));
    affix.write("SET ISO8859-1\nTRY esianrtolcdugmphbyfvkwzESIANRTOLCDUGMPHBYFVKWZ\n");
    affix.close();
    QFile words(folder.filePath(QStringLiteral("xx_GB.dic")));
    REQUIRE(words.open(QIODevice::WriteOnly));
    words.write(QStringLiteral("3\ncaf\u00e9\nna\u00efve\ncolour\n").toLatin1());
    words.close();

    auto checker = SpellChecker::open(folder.path(), QStringLiteral("xx_GB"));
    REQUIRE(checker.ok());
    CHECK(checker.value()->isCorrect(QStringLiteral("caf\u00e9")));
    CHECK(checker.value()->isCorrect(QStringLiteral("na\u00efve")));
    CHECK_FALSE(checker.value()->isCorrect(QStringLiteral("cafe")));
    CHECK(checker.value()->suggestions(QStringLiteral("cafe")).contains(QStringLiteral("caf\u00e9")));
    // A character the set cannot hold is simply not a word of it.
    CHECK_FALSE(checker.value()->isCorrect(QStringLiteral("caf\u0113")));

    // A set Conduct cannot convert is refused by name, not read as nonsense.
    REQUIRE(affix.open(QIODevice::WriteOnly | QIODevice::Truncate));
    affix.write("SET KOI8-R\n");
    affix.close();
    auto unsupported = SpellChecker::open(folder.path(), QStringLiteral("xx_GB"));
    REQUIRE_FALSE(unsupported.ok());
    CHECK(unsupported.error().message.contains(QStringLiteral("KOI8-R")));
}

TEST_CASE("a word added to the checker is accepted until it is removed; dictionary words stay", "[spelling]")
{
    auto checker = britishChecker();
    CHECK_FALSE(checker->isCorrect(QStringLiteral("Kowalczyk")));
    checker->addWord(QStringLiteral("Kowalczyk"));
    CHECK(checker->isCorrect(QStringLiteral("Kowalczyk")));
    CHECK(checker->suggestions(QStringLiteral("Kowalczk")).contains(QStringLiteral("Kowalczyk")));
    REQUIRE(checker->removeWord(QStringLiteral("Kowalczyk")).ok());
    CHECK_FALSE(checker->isCorrect(QStringLiteral("Kowalczyk")));
    // Removing a word that was never added leaves the dictionary's own word alone.
    REQUIRE(checker->removeWord(QStringLiteral("colour")).ok());
    CHECK(checker->isCorrect(QStringLiteral("colour")));
}

TEST_CASE("a user adds, lists and removes their own words", "[spelling]")
{
    test::TempDatabase t;
    const QDateTime at(QDate(2026, 3, 2), QTime(9, 15), Qt::UTC);
    ScopedFakeClock clock(at);
    PersonalWordsService words(t.db(), t.session());
    REQUIRE(words.list().ok());
    CHECK(words.list().value().isEmpty());

    REQUIRE(words.add(QStringLiteral("Kowalczyk")).ok());
    REQUIRE(words.add(QStringLiteral("stalkerware")).ok());
    REQUIRE(words.add(QStringLiteral("O’Hagan")).ok());   // kept with a plain apostrophe
    REQUIRE(words.add(QStringLiteral("Kowalczyk")).ok());  // again: no change, no error
    CHECK(words.list().value() == utf8List({"Kowalczyk", "O'Hagan", "stalkerware"}));

    auto added = t.db().scalar(QStringLiteral("SELECT added_utc FROM personal_words WHERE user_id = ? AND word = ?"),
                               {t.session().user.id, QStringLiteral("stalkerware")});
    REQUIRE(added.ok());
    CHECK(fromDbTime(added.value()) == at);

    REQUIRE(words.remove(QStringLiteral("stalkerware")).ok());
    REQUIRE(words.remove(QStringLiteral("never-added")).ok());
    CHECK(words.list().value() == utf8List({"Kowalczyk", "O'Hagan"}));
}

TEST_CASE("a refused word names the field and writes nothing", "[spelling]")
{
    test::TempDatabase t;
    PersonalWordsService words(t.db(), t.session());
    const QString tooLong(PersonalWordsService::maximumWordLength + 1, QLatin1Char('a'));
    for (const QString& bad : {QString(), QStringLiteral("two words"), QStringLiteral("PC1234"), QStringLiteral("-dash"),
                               QStringLiteral("end'"), QStringLiteral("semi;colon"), QStringLiteral("double--hyphen"), tooLong}) {
        INFO(bad.toStdString());
        const Status s = words.add(bad);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().field == QStringLiteral("Word"));
        CHECK(s.error().text().startsWith(QStringLiteral("Word: ")));
    }
    CHECK(words.list().value().isEmpty());
    CHECK(t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM personal_words")).value().toInt() == 0);

    // The longest word allowed, and the punctuation allowed between letters, are accepted.
    CHECK(words.add(QString(PersonalWordsService::maximumWordLength, QLatin1Char('a'))).ok());
    CHECK(words.add(QStringLiteral("Smith-O'Neill")).ok());
    CHECK(words.list().value().size() == 2);
}

TEST_CASE("one user's words are not another's", "[spelling]")
{
    test::TempDatabase t;
    const Session first = test::sessionFor(t.db(), QStringLiteral("pc.first"), {Role::Officer});
    const Session second = test::sessionFor(t.db(), QStringLiteral("pc.second"), {Role::Officer});
    PersonalWordsService firstWords(t.db(), first);
    PersonalWordsService secondWords(t.db(), second);
    REQUIRE(firstWords.add(QStringLiteral("Kowalczyk")).ok());
    REQUIRE(secondWords.add(QStringLiteral("Okonkwo")).ok());
    CHECK(firstWords.list().value() == utf8List({"Kowalczyk"}));
    CHECK(secondWords.list().value() == utf8List({"Okonkwo"}));
    // The second user removing the first user's word touches only their own list.
    REQUIRE(secondWords.remove(QStringLiteral("Kowalczyk")).ok());
    CHECK(firstWords.list().value() == utf8List({"Kowalczyk"}));

    // Each user's checker knows that user's words only.
    auto firstChecker = britishChecker();
    auto secondChecker = britishChecker();
    REQUIRE(firstWords.loadInto(*firstChecker).ok());
    REQUIRE(secondWords.loadInto(*secondChecker).ok());
    CHECK(firstChecker->isCorrect(QStringLiteral("Kowalczyk")));
    CHECK_FALSE(firstChecker->isCorrect(QStringLiteral("Okonkwo")));
    CHECK(secondChecker->isCorrect(QStringLiteral("Okonkwo")));
    CHECK_FALSE(secondChecker->isCorrect(QStringLiteral("Kowalczyk")));
}

TEST_CASE("without a signed-in user there is no personal word list", "[spelling]")
{
    test::TempDatabase t;
    PersonalWordsService nobody(t.db(), Session{});
    CHECK_FALSE(nobody.list().ok());
    CHECK_FALSE(nobody.add(QStringLiteral("Kowalczyk")).ok());
    CHECK(t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM personal_words")).value().toInt() == 0);
}
