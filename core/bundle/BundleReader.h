#pragma once
// Reads a case bundle and checks all of it before anything is imported: the container, the
// passphrase, every entry's size and SHA-256 against the manifest (before any record is read),
// then every record against BundleFormat (schema, codes, dates, lengths, references).
// Each problem names the record and the field, e.g.
//   "incidents[3].startUtc: not a date and time (use ISO 8601 UTC, e.g. 2026-03-01T14:30:00.000Z)".

#include "common/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace conduct::bundle {

struct Bundle {
    QJsonObject document;                // case.json, valid
    QHash<QString, QByteArray> files;    // attachments/<id> -> bytes, hashes checked
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

private:
    std::optional<Bundle> fail(const Error& error);
    QList<Error> m_problems;
};

// The record checks alone, for a document already parsed (the reader and the tests use it).
QList<Error> validateDocument(const QJsonObject& document, const QHash<QString, QByteArray>& files);

} // namespace conduct::bundle
