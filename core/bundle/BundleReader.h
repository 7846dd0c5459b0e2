#pragma once
// Reads a case bundle and checks all of it before anything is imported: the container, the
// passphrase, every entry's size and SHA-256 against the manifest (before any record is read),
// then every record against BundleFormat (schema, codes, dates, lengths, references).
// Each problem names the record and the field, e.g.
//   "incidents[3].startUtc: not a date and time (use ISO 8601 UTC, e.g. 2026-03-01T14:30:00.000Z)".

#include "bundle/BundleContainer.h"
#include "common/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace conduct::bundle {

// Where a bundle says it came from. A signature proves which key signed the manifest (and so
// every entry, through the hashes) and that nothing changed since; it never proves that anyone
// in it may decide anything here (issue 24).
struct Provenance {
    int formatVersion = 0;
    bool isSigned = false;        // versions 1 to 3 are not
    QByteArray signerPublicKey;   // raw; empty when unsigned
    QString sourceDatabase;       // the signer's name for its database; empty when unsigned
    QString bundleId;             // case.json's bundleId, once read
};

struct Bundle {
    QJsonObject document;                // case.json, valid
    QHash<QString, QByteArray> files;    // attachments/<id> -> bytes, hashes checked
    Provenance provenance;               // signature checked
};

// Problems are listed up to this many; the rest are counted.
inline constexpr int maxProblemsListed = 50;

class BundleReader {
public:
    // The bundle when everything checks out; otherwise nothing, and problems() says why.
    std::optional<Bundle> read(const QByteArray& file, const QString& passphrase);
    const QList<Error>& problems() const { return m_problems; }
    // All problems in one Error: the first names its field; the others follow, one per line.
    Error summary() const;
    // What the manifest said about the bundle's origin, as far as it could be read, even when the
    // bundle was refused (for the audit record of a refused import). Not verified unless read()
    // returned the bundle.
    const Provenance& claimed() const { return m_claimed; }

private:
    std::optional<Bundle> fail(const Error& error);
    Status checkSignature(const QJsonObject& manifest, const QByteArray& manifestBytes, const QList<Entry>& entries);
    QList<Error> m_problems;
    Provenance m_claimed;
};

// The record checks alone, for a document already parsed (the reader and the tests use it).
QList<Error> validateDocument(const QJsonObject& document, const QHash<QString, QByteArray>& files);

} // namespace conduct::bundle
