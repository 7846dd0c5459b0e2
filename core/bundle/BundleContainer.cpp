#include "bundle/BundleContainer.h"

#include "bundle/BundleCrypto.h"
#include "bundle/BundleFormat.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>
#include <QtEndian>

namespace conduct::bundle {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::BundleContainer", text); }

constexpr quint8 containerVersion = 1;
constexpr qsizetype prefixBytes = fileMagicSize + 2;

Error fileError(const QString& message) { return Error{tr("Bundle file"), message}; }

QByteArray prefixFor(Protection protection)
{
    QByteArray prefix(fileMagic, fileMagicSize);
    prefix.append(char(containerVersion)).append(char(protection));
    return prefix;
}

bool isValidName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)*$"));
    return name.size() <= maxEntryNameLength && pattern.match(name).hasMatch() && !name.contains(QLatin1String(".."));
}

template <typename Int>
void appendInt(QByteArray& out, Int value)
{
    char bytes[sizeof(Int)];
    qToBigEndian(value, bytes);
    out.append(bytes, sizeof(Int));
}

// Reads big-endian integers and byte runs, refusing to run past the end.
class Cursor {
public:
    explicit Cursor(const QByteArray& data) : m_data(data) {}
    template <typename Int>
    bool read(Int& value)
    {
        if (remaining() < qsizetype(sizeof(Int))) return false;
        value = qFromBigEndian<Int>(m_data.constData() + m_offset);
        m_offset += sizeof(Int);
        return true;
    }
    bool take(quint64 count, QByteArray& out)
    {
        if (count > quint64(remaining())) return false;
        out = m_data.mid(m_offset, qsizetype(count));
        m_offset += qsizetype(count);
        return true;
    }
    qsizetype remaining() const { return m_data.size() - m_offset; }

private:
    const QByteArray& m_data;
    qsizetype m_offset = 0;
};
} // namespace

QByteArray sha256Hex(const QByteArray& data) { return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex(); }

QByteArray serialiseEntries(const QList<Entry>& entries)
{
    QByteArray out;
    appendInt(out, quint32(entries.size()));
    for (const Entry& e : entries) {
        const QByteArray name = e.name.toUtf8();
        appendInt(out, quint16(name.size()));
        out.append(name);
        appendInt(out, quint64(e.data.size()));
        out.append(e.data);
    }
    return out;
}

Result<QList<Entry>> parseEntries(const QByteArray& stream)
{
    Cursor in(stream);
    quint32 count = 0;
    if (!in.read(count)) return fileError(tr("The file ends before its list of entries."));
    if (count == 0 || count > quint32(maxEntries))
        return fileError(tr("The file claims %1 entries; a bundle has between 1 and %2.").arg(count).arg(maxEntries));
    QList<Entry> entries;
    QSet<QString> seen;
    for (quint32 i = 0; i < count; ++i) {
        quint16 nameLength = 0;
        QByteArray name;
        quint64 size = 0;
        Entry entry;
        if (!in.read(nameLength) || !in.take(nameLength, name) || !in.read(size))
            return fileError(tr("Entry %1 is cut short: the file is incomplete.").arg(i + 1));
        entry.name = QString::fromUtf8(name);
        if (!isValidName(entry.name))
            return fileError(tr("Entry %1 has a name Conduct does not write (\"%2\").").arg(i + 1).arg(entry.name.left(60)));
        if (seen.contains(entry.name)) return fileError(tr("Entry \"%1\" appears twice.").arg(entry.name));
        if (!in.take(size, entry.data)) return fileError(tr("Entry \"%1\" is cut short: the file is incomplete.").arg(entry.name));
        seen.insert(entry.name);
        entries.append(entry);
    }
    if (in.remaining() != 0) return fileError(tr("There are extra bytes after the last entry."));
    return entries;
}

Result<QByteArray> packBundle(const QList<Entry>& entries, const QString& passphrase)
{
    const Protection protection = passphrase.isEmpty() ? Protection::None : Protection::Passphrase;
    const QByteArray prefix = prefixFor(protection);
    const QByteArray stream = serialiseEntries(entries);
    if (protection == Protection::None) return prefix + stream;
    auto sealed = sealStream(stream, passphrase, prefix);
    if (!sealed.ok()) return sealed.error();
    return prefix + sealed.value();
}

Result<Protection> bundleProtection(const QByteArray& file)
{
    if (file.size() < prefixBytes || !file.startsWith(QByteArray(fileMagic, fileMagicSize)))
        return fileError(tr("This is not a Conduct case bundle (it does not start with the bundle marker)."));
    const auto version = quint8(file.at(fileMagicSize));
    if (version != containerVersion)
        return fileError(tr("The bundle container is version %1; this program reads version %2. Use the Conduct "
                            "release that wrote it, or a newer one.").arg(version).arg(containerVersion));
    const auto protection = quint8(file.at(fileMagicSize + 1));
    if (protection > quint8(Protection::Passphrase))
        return fileError(tr("The bundle uses a protection method (%1) this program does not know.").arg(protection));
    return Protection(protection);
}

Result<QList<Entry>> unpackBundle(const QByteArray& file, const QString& passphrase)
{
    if (file.size() > maxBundleBytes) return fileError(tr("The file is larger than a bundle can be (2 GiB)."));
    auto protection = bundleProtection(file);
    if (!protection.ok()) return protection.error();
    const QByteArray body = file.mid(prefixBytes);
    if (protection.value() == Protection::None) return parseEntries(body);
    auto plain = openStream(body, passphrase, file.left(prefixBytes));
    if (!plain.ok()) return plain.error();
    return parseEntries(plain.value());
}

} // namespace conduct::bundle
