#pragma once
// The container of a case bundle: named entries, stored (not compressed), optionally encrypted
// (BundleCrypto). Layout in docs/bundle-format.md. Reading is strict and bounded: anything
// unexpected is refused with a message saying where, before any entry is used.

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace conduct::bundle {

struct Entry {
    QString name;
    QByteArray data;
};

// Limits that keep a hostile file from exhausting memory.
inline constexpr int maxEntries = 100000;
inline constexpr int maxEntryNameLength = 200;
inline constexpr qint64 maxBundleBytes = qint64(2) * 1024 * 1024 * 1024;

enum class Protection : quint8 { None = 0, Passphrase = 1 };

// The whole file: magic, container version, protection, then the entries (encrypted or not).
Result<QByteArray> packBundle(const QList<Entry>& entries, const QString& passphrase);
// Whether the file needs a passphrase (so the UI can ask before reading it).
Result<Protection> bundleProtection(const QByteArray& file);
// The entries, decrypted with the passphrase when the file is protected.
Result<QList<Entry>> unpackBundle(const QByteArray& file, const QString& passphrase);

// Lower-case hex SHA-256, as the manifest and attachment records spell it.
QByteArray sha256Hex(const QByteArray& data);

// The plain entry stream, for tests and the fuzz target.
QByteArray serialiseEntries(const QList<Entry>& entries);
Result<QList<Entry>> parseEntries(const QByteArray& stream);

} // namespace conduct::bundle
