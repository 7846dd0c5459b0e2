#include "spelling/SpellChecker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringConverter>

#include <hunspell.h>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::Spelling", text); }

// Dictionaries and officers' text both use the typographic apostrophe; Hunspell's own ICONV does
// not reach the suggestion and add paths, so words are given to it with the plain one.
QString plainApostrophes(QStringView word)
{
    QString out = word.toString();
    out.replace(QChar(0x2019), QLatin1Char('\''));
    return out;
}
} // namespace

struct SpellChecker::Handle {
    Hunhandle* hunspell = nullptr;
    QStringConverter::Encoding encoding = QStringConverter::Utf8;
    ~Handle()
    {
        if (hunspell) Hunspell_destroy(hunspell);
    }
};

QString SpellChecker::defaultDictionaryFolder()
{
    const QString fromEnvironment = qEnvironmentVariable("CONDUCT_HUNSPELL_DIR");
    return fromEnvironment.isEmpty() ? QStringLiteral("/usr/share/hunspell") : fromEnvironment;
}

Result<std::unique_ptr<SpellChecker>> SpellChecker::open(const QString& folder, const QString& language)
{
    const QString dir = folder.isEmpty() ? defaultDictionaryFolder() : folder;
    const QString affix = QDir(dir).filePath(language + QStringLiteral(".aff"));
    const QString words = QDir(dir).filePath(language + QStringLiteral(".dic"));
    auto handle = load(affix, words, language, dir);
    if (!handle.ok()) return handle.error();
    return std::unique_ptr<SpellChecker>(new SpellChecker(std::move(handle).value(), affix, words, language, dir));
}

Result<std::unique_ptr<SpellChecker::Handle>> SpellChecker::load(const QString& affix, const QString& words,
                                                                 const QString& language, const QString& dir)
{
    // Hunspell itself accepts missing files and then knows no words, which would underline everything.
    if (!QFileInfo(affix).isReadable() || !QFileInfo(words).isReadable())
        return Error{QString(), tr("spell-checking unavailable: %1 dictionary not found in %2.")
                                    .arg(language, QDir::toNativeSeparators(dir))};

    auto handle = std::make_unique<Handle>();
    handle->hunspell = Hunspell_create(QFile::encodeName(affix).constData(), QFile::encodeName(words).constData());
    if (!handle->hunspell)
        return Error{QString(), tr("spell-checking unavailable: the %1 dictionary in %2 could not be loaded.")
                                    .arg(language, QDir::toNativeSeparators(dir))};
    // The .aff file's SET line: en_GB is UTF-8 today, older dictionaries are ISO 8859-1.
    const QByteArray encodingName = Hunspell_get_dic_encoding(handle->hunspell);
    const auto encoding = QStringConverter::encodingForName(encodingName.constData());
    if (!encoding)
        return Error{QString(), tr("spell-checking unavailable: the %1 dictionary's character set (%2) is not supported.")
                                    .arg(language, QString::fromLatin1(encodingName))};
    handle->encoding = *encoding;
    return handle;
}

SpellChecker::SpellChecker(std::unique_ptr<Handle> handle, QString affixPath, QString wordsPath, QString language,
                           QString folder)
    : m_handle(std::move(handle)), m_affixPath(std::move(affixPath)), m_wordsPath(std::move(wordsPath)),
      m_language(std::move(language)), m_folder(std::move(folder))
{
}

SpellChecker::~SpellChecker() = default;

QByteArray SpellChecker::encode(QStringView word) const
{
    QStringEncoder encoder(m_handle->encoding);
    QByteArray bytes = encoder.encode(plainApostrophes(word));
    // A character the dictionary's set cannot hold cannot be in the dictionary either.
    return encoder.hasError() ? QByteArray() : bytes;
}

QString SpellChecker::decode(const char* text) const
{
    QStringDecoder decoder(m_handle->encoding);
    return decoder.decode(QByteArrayView(text));
}

bool SpellChecker::isCorrect(QStringView word) const
{
    if (word.isEmpty()) return true;
    const QByteArray bytes = encode(word);
    return !bytes.isEmpty() && Hunspell_spell(m_handle->hunspell, bytes.constData()) != 0;
}

bool SpellChecker::accepts(const SpellingWord& word) const
{
    return isCorrect(word.text) || (word.beforeFullStop && isCorrect(QString(word.text + QLatin1Char('.'))));
}

QStringList SpellChecker::suggestions(QStringView word, int limit) const
{
    QStringList out;
    const QByteArray bytes = encode(word);
    if (bytes.isEmpty() || limit <= 0) return out;
    char** list = nullptr;
    const int count = Hunspell_suggest(m_handle->hunspell, &list, bytes.constData());
    for (int i = 0; i < count && out.size() < limit; ++i) {
        const QString suggestion = decode(list[i]);
        if (!out.contains(suggestion)) out.append(suggestion);
    }
    if (list) Hunspell_free_list(m_handle->hunspell, &list, count);
    return out;
}

void SpellChecker::addWord(const QString& word)
{
    const QString plain = plainApostrophes(word);
    if (m_added.contains(plain)) return;
    const QByteArray bytes = encode(plain);
    if (bytes.isEmpty()) return;
    Hunspell_add(m_handle->hunspell, bytes.constData());
    m_added.append(plain);
}

Status SpellChecker::removeWord(const QString& word)
{
    const QString plain = plainApostrophes(word);
    if (!m_added.removeOne(plain)) return {};
    // Hunspell_remove marks every form of the word forbidden, the dictionary's own included, and a
    // word added again afterwards stays forbidden: loading afresh is the reliable way back.
    auto fresh = load(m_affixPath, m_wordsPath, m_language, m_folder);
    if (!fresh.ok()) return fresh.error();
    m_handle = std::move(fresh).value();
    for (const QString& kept : std::as_const(m_added)) {
        const QByteArray bytes = encode(kept);
        if (!bytes.isEmpty()) Hunspell_add(m_handle->hunspell, bytes.constData());
    }
    return {};
}

} // namespace conduct
