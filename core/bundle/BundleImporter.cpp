#include "bundle/BundleImporter.h"

#include "bundle/BundleFormat.h"
#include "common/Text.h"
#include "domain/Evidence.h"
#include "domain/RiskAssessment.h"
#include "store/CaseTransferStore.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace conduct::bundle {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::BundleImporter", text); }

class Inserter {
public:
    Inserter(Database& db, const Bundle& bundle, const ImportContext& context) : m_store(db), m_bundle(bundle), m_context(context) {}

    Status insertAccounts()
    {
        const QJsonArray accounts = m_bundle.document.value(accountsKind).toArray();
        for (const QJsonValue& v : accounts) {
            const QJsonObject a = v.toObject();
            const QString userName = a.value(QStringLiteral("userName")).toString();
            const QString displayName = a.value(QStringLiteral("displayName")).toString().trimmed();
            const AccountName name{userName, displayName.isEmpty() ? userName : displayName};
            auto transferred = m_store.transferredAccountFor(m_context.sourceDatabase, name);
            if (!transferred.ok()) return transferred.error();
            const qint64 bundleId = a.value(QStringLiteral("id")).toInteger();
            m_newIds[accountsKind].insert(bundleId, transferred.value());
            m_accountNames.insert(bundleId, name.displayName);
        }
        m_records += int(accounts.size());
        return {};
    }

    Status insertKind(const KindSpec& kind, qint64 caseId, const QString& urn)
    {
        const QJsonValue value = m_bundle.document.value(kind.name);
        const QJsonArray records = kind.single ? QJsonArray{value} : value.toArray();
        for (qsizetype i = 0; i < records.size(); ++i) {
            const QString where = kind.single ? kind.name : QStringLiteral("%1[%2]").arg(kind.name).arg(i);
            const QJsonObject record = records.at(i).toObject();
            QStringList columns;
            QVariantList values;
            if (kind.table.ownerColumn == QLatin1String("case_id")) {
                columns.append(QStringLiteral("case_id"));
                values.append(caseId);
            }
            for (const FieldSpec& f : kind.fields) {
                if (f.type == FieldType::Id) continue;   // a new id here
                columns.append(f.column);
                const QJsonValue v = record.contains(f.jsonName()) ? record.value(f.jsonName()) : f.whenAbsent;
                if (const std::optional<QVariant> local = localValue(kind, f, v)) values.append(*local);
                else values.append(f.type == FieldType::Urn ? QVariant(urn) : valueFor(kind, f, v));
            }
            auto id = m_store.insertRow(kind.table.table, columns, values,
                                        kind.single || kind.idField() ? CaseTransferStore::RowKey::GeneratedId
                                                                      : CaseTransferStore::RowKey::Other);
            if (!id.ok()) return Error{where, tr("could not be imported: %1").arg(id.error().message)};
            if (kind.single) m_caseId = id.value();
            const qint64 oldId = record.value(QStringLiteral("id")).toInteger();
            if (kind.idField()) m_newIds[kind.name].insert(oldId, id.value());
            if (kind.name == attachmentsKind) {
                auto content = m_store.insertRow(QStringLiteral("attachment_content"),
                                                 {QStringLiteral("attachment_id"), QStringLiteral("content")},
                                                 {id.value(), m_bundle.files.value(attachmentEntry(oldId))},
                                                 CaseTransferStore::RowKey::Other);
                if (!content.ok()) return Error{where, tr("its file could not be imported: %1").arg(content.error().message)};
                ++m_attachments;
            }
        }
        m_records += int(records.size());
        return {};
    }

    // This database's supervisors never reviewed what a bundle says they did: each review in it is
    // kept as what it is, a review made in the source database, named as that database named it.
    Status insertReviewsAsHistory(const KindSpec& kind)
    {
        const QJsonArray records = m_bundle.document.value(kind.name).toArray();
        for (qsizetype i = 0; i < records.size(); ++i) {
            const QJsonObject r = records.at(i).toObject();
            const QVariant assessment = m_newIds.value(riskAssessmentsKind).value(r.value(QStringLiteral("assessmentId")).toInteger());
            const QString reviewer = m_accountNames.value(r.value(QStringLiteral("reviewerUserId")).toInteger());
            auto id = m_store.insertRow(QStringLiteral("transferred_reviews"),
                                        {QStringLiteral("assessment_id"), QStringLiteral("source_database"),
                                         QStringLiteral("reviewer_name"), QStringLiteral("decision"), QStringLiteral("level_agreed"),
                                         QStringLiteral("comments"), QStringLiteral("review_utc")},
                                        {assessment, m_context.sourceDatabase, stripBidiControls(reviewer),
                                         r.value(QStringLiteral("decision")).toString(),
                                         stripBidiControls(r.value(QStringLiteral("levelAgreed")).toString()),
                                         r.value(QStringLiteral("comments")).toString(), r.value(QStringLiteral("reviewUtc")).toString()},
                                        CaseTransferStore::RowKey::GeneratedId);
            if (!id.ok())
                return Error{QStringLiteral("%1[%2]").arg(kind.name).arg(i), tr("could not be imported: %1").arg(id.error().message)};
        }
        m_records += int(records.size());
        return {};
    }

    qint64 caseId() const { return m_caseId; }
    int records() const { return m_records; }
    int attachments() const { return m_attachments; }

private:
    // The values an imported record takes from this database or the import, not from the bundle.
    std::optional<QVariant> localValue(const KindSpec& kind, const FieldSpec& f, const QJsonValue& v) const
    {
        if (kind.name == caseKind && f.column == QLatin1String("oic_user_id")) return QVariant(m_context.importerUserId);
        // A supervisor here takes the case on; the source's supervisor has no say here.
        if (kind.name == caseKind && f.column == QLatin1String("supervisor_user_id")) return QVariant();
        if (kind.name == riskAssessmentsKind && f.column == QLatin1String("transferred_from")) return QVariant(m_context.sourceDatabase);
        // Submitted or approved there: awaiting a supervisor's review here (protocol 3.7).
        if (kind.name == riskAssessmentsKind && f.column == QLatin1String("status")
            && (v.toString() == assessmentStatusCode(AssessmentStatus::Approved)
                || v.toString() == assessmentStatusCode(AssessmentStatus::Submitted)))
            return QVariant(assessmentStatusCode(AssessmentStatus::Submitted));
        return std::nullopt;
    }

    QVariant valueFor(const KindSpec& kind, const FieldSpec& f, const QJsonValue& v) const
    {
        if (v.isNull()) return QVariant();
        // Names, handles, references and other single-line text lose bidirectional controls that
        // could make them read differently on screen and in print; transferred audit records are
        // kept byte for byte, as their hashes cover them.
        if (f.type == FieldType::Text && f.maxLength <= 2000 && kind.name != auditRecordsKind) {
            const QString text = stripBidiControls(v.toString());
            // An older database kept references as typed ("se / 5"): stored in the standard form here.
            if (kind.table.table == QLatin1String("exhibits") && f.column == QLatin1String("reference"))
                return standardExhibitReference(text);
            return text;
        }
        switch (f.type) {
        case FieldType::Ref: return m_newIds.value(f.refKind).value(v.toInteger());
        case FieldType::AccountRef: return m_newIds.value(accountsKind).value(v.toInteger());
        case FieldType::Integer: return v.toInteger();
        case FieldType::Boolean: return v.toBool() ? 1 : 0;
        default: return v.toString();
        }
    }

    CaseTransferStore m_store;
    const Bundle& m_bundle;
    const ImportContext& m_context;
    QHash<qint64, QString> m_accountNames;             // bundle account id -> the name to show
    QHash<QString, QHash<qint64, qint64>> m_newIds;   // kind -> bundle id -> id here
    qint64 m_caseId = 0;
    int m_records = 0;
    int m_attachments = 0;
};
} // namespace

Result<ImportedCase> insertCase(Database& db, const Bundle& bundle, const QString& urn, const ImportContext& context)
{
    if (context.sourceDatabase.trimmed().isEmpty() || context.importerUserId <= 0)
        return Error{tr("Case bundle"), tr("An import names where the bundle came from and who imports it.")};
    Inserter inserter(db, bundle, context);
    for (const KindSpec& kind : recordKinds()) {
        Status s = kind.name == accountsKind            ? inserter.insertAccounts()
                   : kind.name == caseKind              ? inserter.insertKind(kind, 0, urn)
                   : kind.name == assessmentReviewsKind ? inserter.insertReviewsAsHistory(kind)
                                                        : inserter.insertKind(kind, inserter.caseId(), urn);
        if (!s.ok()) return s.error();
    }
    if (Status s = CaseTransferStore(db).writeSearchKeys(inserter.caseId()); !s.ok()) return s.error();
    ImportedCase out;
    out.caseId = inserter.caseId();
    out.urn = urn;
    out.sourceUrn = bundle.document.value(caseKind).toObject().value(QStringLiteral("urn")).toString();
    out.recordCount = inserter.records();
    out.attachmentCount = inserter.attachments();
    return out;
}

} // namespace conduct::bundle
