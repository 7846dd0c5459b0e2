#pragma once
// The case bundle format (docs/bundle-format.md): what a bundle holds and how each record is
// spelt. ONE declarative table of record kinds, in the order they are imported (parents first),
// each naming its table and every column that travels with its type. The writer, the reader's
// validation and the importer are all driven by this table; nothing else spells the format out.

#include "store/CaseTransferStore.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace conduct::bundle {

// Version 2 (issue 23) added incidents' startTimeKnown and endTimeKnown; a version 1 bundle,
// which has neither, still imports, each read as true (the time was known).
// Version 3 (issue 22) added people's occupation, ethnicityCode, over18, statementDate and
// relationshipEndedOn (older bundles import with each not recorded, "" or null), and the charging
// file's versions (chargingDocuments; an older bundle has none).
// Version 4 (issue 24) is signed: the manifest names the signing database and its public key, and
// manifest.sig holds an Ed25519 signature over the manifest's exact bytes. Risk assessments say
// which database they came from (transferredFrom), and reviews made in other databases travel as
// transferredReviews. Withdrawals carry where the statement was taken, who was present and who
// made contact. Versions 1 to 3 still import, reported as unsigned. Incidents imported from a
// complainant's log carry the log's own words and date and time (sourceWording, sourceWhenText,
// issue 31); a bundle without them imports each as not recorded.
inline constexpr int formatVersion = 4;
inline constexpr int oldestReadableFormatVersion = 1;
inline constexpr int firstSignedFormatVersion = 4;
// The first 8 bytes of every bundle file.
inline constexpr char fileMagic[] = "CNDTBNDL";
inline constexpr int fileMagicSize = 8;

// Entry names inside the container.
inline const QString manifestEntry = QStringLiteral("manifest.json");
inline const QString caseEntry = QStringLiteral("case.json");
// The detached signature over manifest.json's bytes, as 128 hex digits (version 4 on). It is not
// listed in the manifest, which it signs.
inline const QString signatureEntry = QStringLiteral("manifest.sig");
// The manifest member naming the signer: {"database": name, "publicKey": 64 hex digits}.
inline const QString signerKey = QStringLiteral("signer");
QString attachmentEntry(qint64 attachmentId);   // "attachments/<id>"

enum class FieldType {
    Id,         // positive integer, unique within the kind; what references point at
    Ref,        // the id of a record of refKind in the same bundle
    AccountRef, // the id of a record in "accounts" (the author of a record)
    Text,       // string of at most maxLength characters
    Integer,
    Boolean,    // JSON true/false (stored as 1/0)
    Date,       // "2026-03-01"
    DateTime,   // ISO 8601 UTC: "2026-03-01T14:30:00.000Z"
    Code,       // one of codes()
    CodeList,   // comma-separated codes() (e.g. "following,threats"), possibly empty
    JsonText,   // a string that holds a JSON object or array (answers, care records)
    Sha256,     // 64 lower-case hex digits
    Urn,        // a case URN (core/domain/Urn)
};

struct FieldSpec {
    QString column;            // in the database
    FieldType type = FieldType::Text;
    bool nullable = false;     // JSON null allowed (the field must still be present)
    int maxLength = 0;         // Text, JsonText
    QString refKind = {};      // Ref
    QStringList (*codes)() = nullptr;   // Code, CodeList

    // For a field added in a later version: what a record from an older bundle, which lacks the
    // field, means. Undefined for a field every version has (it must be present).
    QJsonValue whenAbsent = QJsonValue(QJsonValue::Undefined);

    QString jsonName() const;  // camelCase of the column: start_utc -> startUtc
};

struct KindSpec {
    QString name;              // the JSON key in case.json, e.g. "incidents"
    CaseTableRef table;        // where its rows live; table empty for "accounts"
    QList<FieldSpec> fields;
    QStringList orderBy = {QStringLiteral("id")};
    bool single = false;       // "case": one object rather than an array
    bool addedLater = false;   // a list a later format version added: absent from an older bundle means none

    const FieldSpec* field(const QString& jsonName) const;
    const FieldSpec* idField() const;   // nullptr for kinds nothing refers to
};

// Every kind, parents before children: "accounts" (authors), "case", then the case's records.
const QList<KindSpec>& recordKinds();
const KindSpec* kindNamed(const QString& name);

// Name of the kind holding the other database's audit records (never inserted into audit_log).
inline const QString auditRecordsKind = QStringLiteral("auditRecords");
inline const QString accountsKind = QStringLiteral("accounts");
inline const QString caseKind = QStringLiteral("case");
inline const QString attachmentsKind = QStringLiteral("exhibitAttachments");
inline const QString riskAssessmentsKind = QStringLiteral("riskAssessments");
// Reviews made by this database's supervisors: on import they become transferred history.
inline const QString assessmentReviewsKind = QStringLiteral("assessmentReviews");
inline const QString transferredReviewsKind = QStringLiteral("transferredReviews");

// Case-owned tables that deliberately do not travel, each with the reason (for the doc and the
// test that compares the schema with the bundle).
struct ExcludedTable {
    const char* table;
    const char* reason;
};
const QList<ExcludedTable>& excludedCaseTables();

// Top-level members of case.json besides the kinds.
inline const QString formatVersionKey = QStringLiteral("formatVersion");
inline const QString bundleIdKey = QStringLiteral("bundleId");
inline const QString exportedUtcKey = QStringLiteral("exportedUtc");
inline const QString exportedByKey = QStringLiteral("exportedBy");

} // namespace conduct::bundle
