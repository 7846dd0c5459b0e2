#pragma once
// Row access for moving a whole case between databases (core/bundle). The bundle module owns the
// declarative list of case-owned tables and their columns; this file only runs the SQL. Table and
// column names come from that list, never from a bundle, and are still checked against a plain
// identifier pattern; every value is a bound parameter.

#include "common/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace conduct {

class Database;

// Where a case-owned table's rows hang from: the case itself (ownerColumn "id" on cases, or
// "case_id"), or a row of another table that belongs to the case (ownerTable, e.g.
// person_details.person_id -> people).
struct CaseTableRef {
    QString table;
    QString ownerColumn = QStringLiteral("case_id");
    QString ownerTable = {};   // empty: ownerColumn holds the case id
};

struct AccountName {
    QString userName;
    QString displayName;
};

// "<user name>@<source tag>", where the tag is the first 12 hex digits of the SHA-256 of the
// source database's name: short enough for the 64-character column, the same on every import.
QString transferredUserName(const QString& sourceDatabase, const QString& userName);

class CaseTransferStore {
public:
    explicit CaseTransferStore(Database& db) : m_db(db) {}

    // The case's rows of one table, each as the values of `columns` in that order, by `orderBy`.
    Result<QList<QVariantList>> readRows(qint64 caseId, const CaseTableRef& ref, const QStringList& columns,
                                         const QStringList& orderBy) const;
    // Inserts one row, returning its new id when the table's key is a generated `id` (0 for a
    // table keyed otherwise). Call inside the import's transaction.
    enum class RowKey { GeneratedId, Other };
    Result<qint64> insertRow(const QString& table, const QStringList& columns, const QVariantList& values, RowKey key) const;

    Result<QByteArray> attachmentContent(qint64 attachmentId) const;
    // The accounts with these ids (those that exist).
    Result<QHash<qint64, AccountName>> accounts(const QList<qint64>& ids) const;
    // The account that stands for a user of another database (issue 24): never a local account,
    // whatever its name. Made on first use, inactive, with no roles and no usable password
    // (schema v13's triggers hold it so), marked with the source database, and reused for the same
    // source and user. Its user name is transferredUserName(), which no local account is given.
    Result<qint64> transferredAccountFor(const QString& sourceDatabase, const AccountName& name) const;
    // Recomputes the linked-search keys of the case's people (after inserting them row by row).
    Status writeSearchKeys(qint64 caseId) const;

    // Every table whose rows belong to a case: a foreign key to cases(id), directly or through
    // another such table. From the schema itself, so a new table cannot be forgotten silently.
    Result<QStringList> caseOwnedTables() const;

private:
    Database& m_db;
};

} // namespace conduct
