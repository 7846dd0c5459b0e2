#pragma once
// The exhibit register: exhibits, their continuity rows, links to incidents, and attached files
// (content in attachment_content, see EvidenceSchema.cpp for why). Callers own the transaction.

#include "common/Result.h"
#include "domain/Evidence.h"

#include <optional>

namespace conduct {

class Database;

// The comparison key of an exhibit reference: "se / 1", "SE1" and "SE/1" are the same exhibit.
QString exhibitReferenceKey(const QString& reference);

class ExhibitRepository {
public:
    explicit ExhibitRepository(const Database& db) : m_db(db) {}

    Result<qint64> insert(const Exhibit& exhibit) const;    // with its continuity and incident links
    Status update(const Exhibit& exhibit) const;            // refused when the row version moved on
    Status remove(qint64 exhibitId) const;
    Result<Exhibit> get(qint64 exhibitId) const;
    Result<QList<Exhibit>> listForCase(qint64 caseId) const;   // by reference
    // The exhibit with this reference in the case, other than `exceptId`.
    Result<std::optional<qint64>> findByReference(qint64 caseId, const QString& reference, qint64 exceptId = 0) const;

    Result<qint64> addAttachment(const AttachmentInfo& info, const QByteArray& content) const;
    Result<AttachmentInfo> attachment(qint64 attachmentId) const;
    Result<QByteArray> attachmentContent(qint64 attachmentId) const;
    Status recordVerification(qint64 attachmentId, const QDateTime& whenUtc, bool ok) const;
    // The case the exhibit is registered on; none when there is no such exhibit.
    Result<std::optional<qint64>> caseOf(qint64 exhibitId) const;

private:
    Status writeChildren(const Exhibit& exhibit) const;
    Status readChildren(Exhibit& exhibit) const;
    const Database& m_db;
};

} // namespace conduct
