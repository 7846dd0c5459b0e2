#include "store/Migrations.h"

#include "common/Clock.h"
#include "store/CareSchema.h"
#include "store/ChargingFileSchema.h"
#include "store/Database.h"
#include "store/DeskSecuritySchema.h"
#include "store/EvidenceSchema.h"
#include "store/IncidentSourceSchema.h"
#include "store/PostgresDialect.h"
#include "store/RiskSchema.h"
#include "store/SqliteFile.h"
#include "store/Schema.h"
#include "store/SearchIndex.h"
#include "store/TransferSchema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::Database", text); }

const QList<Migration>& releasedSteps()
{
    // Append only. A released step is never edited: databases in the field already ran it.
    static const QList<Migration> steps = {
        {1, "cases, people, incidents and drafts", &schemaV1},
        {2, "user accounts, roles, the audit trail and case ownership", [](Engine) { return schemaV2(); }},
        {3, "linked-incident search indexes and full-text search", &searchSchemaV3, &backfillSearchIndexes},
        {4, "risk assessments and supervisor review", &riskSchemaV4},
        {5, "evidence checklist, exhibits, lines of enquiry and advisor records", &evidenceSchemaV5},
        {6, "withdrawal, victim care, bail, orders, charging and pleas", [](Engine) { return schemaV6(); }},
        {7, "audit records that arrived with a case bundle", &transferSchemaV7},
        // No table changes: a new kind of key (name_pair) in person_search_keys, made for everyone.
        {8, "surname and given-name pairs in the linked-search index", [](Engine) { return QStringList{}; },
         &backfillSearchIndexes},
        // Each case's newest assessment without sorting its assessments: the monitoring dashboard
        // reads it for every case opened in the period (conduct-bench: 0.45 s to 0.25 s in SQL
        // alone for 100,000 cases).
        {9, "an index of each case's risk assessments by date", [](Engine) {
             return QStringList{QStringLiteral("CREATE INDEX risk_assessments_case_created ON risk_assessments(case_id, created_utc, id)")};
         }},
        {10, "each case's first screening and current risk level, kept on the case", &riskSummarySchemaV10},
        // Issue 23: a date whose time the complainant does not know is stored as London midnight
        // and printed as the date alone.
        {11, "whether each incident's start and end times are known", [](Engine) { return incidentTimesKnownSchemaV11(); }},
        // Issue 22: the charging file written in the application, with the supervisor's part.
        {12, "officer profiles, witness details, versioned MG3 and MG5 with supervisor review, personal word lists",
         &chargingFileSchemaV12},
        // Issue 24: an officer's work is their own.
        // Issue 24: an officer's work is their own; and where a withdrawal statement was taken.
        {13, "drafts by author, unit policy, teams and justified access, signing keys, history from other databases, "
             "the circumstances of a withdrawal statement",
         [](Engine e) { return deskSecuritySchemaV13(e) + withdrawalCircumstancesV13(); },
         [](Database& db) {
             if (Status s = assignDraftAuthorsV13(db); !s.ok()) return s;
             return standardiseExhibitReferencesV13(db);
         }},
        // Issue 31: an incident imported from the complainant's log keeps the log's own words and time.
        {14, "the complainant's original wording and date and time of each incident imported from their log",
         [](Engine) { return incidentSourceSchemaV14(); }},
        // Issue 25: a key trusted for case bundles never vouches for audit checkpoints, nor the reverse.
        {15, "what each trusted key vouches for: case bundles or audit checkpoints", [](Engine) { return trustedKeyPurposesV15(); }},
    };
    return steps;
}

// The released steps plus any added by a test; changed only by setExtraMigrationsForTesting.
QList<Migration>& activeSteps()
{
    static QList<Migration> steps = releasedSteps();
    return steps;
}
} // namespace

const QList<Migration>& migrations() { return activeSteps(); }

void setExtraMigrationsForTesting(QList<Migration> steps) { activeSteps() = releasedSteps() + steps; }

int latestSchemaVersion() { return migrations().last().toVersion; }

QString backupFolderFor(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

Status backupInto(const Database& db, const QString& target)
{
    if (Status s = createPrivateFile(target); !s.ok()) return s;
    // VACUUM INTO writes a consistent snapshot even while the WAL holds uncheckpointed commits.
    if (auto r = db.exec(QStringLiteral("VACUUM INTO ?"), {target}); !r.ok()) {
        QFile::remove(target);
        return r.error();
    }
    return {};
}

Status runMigrations(Database& db, bool backupFirst)
{
    const int current = db.schemaVersion();
    if (current < 0) return Error{tr("Database"), tr("Could not read the schema version of %1.").arg(db.path())};
    if (current >= latestSchemaVersion()) return {};

    if (backupFirst && current > 0 && db.engine() == Engine::Sqlite) {
        const QString folder = backupFolderFor(db.path());
        if (!QDir().mkpath(folder))
            return Error{tr("Backup"), tr("Could not create the backup folder %1 before upgrading the database.").arg(folder)};
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        const QString name = QStringLiteral("%1-before-schema-v%2-%3.sqlite")
                                 .arg(QFileInfo(db.path()).completeBaseName())
                                 .arg(latestSchemaVersion())
                                 .arg(Clock::nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        if (Status s = backupInto(db, QDir(folder).filePath(name)); !s.ok())
            return Error{tr("Backup"), tr("The database was not upgraded because the backup before the upgrade failed: %1")
                                           .arg(s.error().message)};
    }

    for (const Migration& step : migrations()) {
        if (step.toVersion <= current) continue;
        Transaction tx(db);
        if (!tx.status().ok()) return tx.status();
        for (const QString& written : step.statements(db.engine())) {
            const QStringList run = db.engine() == Engine::Sqlite ? QStringList{written} : postgresStatementsFor(written);
            for (const QString& sql : run)
                if (auto r = db.exec(sql); !r.ok())
                    return Error{tr("Database"), tr("Upgrading to schema version %1 (%2) failed; the database is unchanged. %3")
                                                     .arg(step.toVersion).arg(QString::fromLatin1(step.description), r.error().message)};
        }
        if (step.afterStatements)
            if (Status s = step.afterStatements(db); !s.ok())
                return Error{tr("Database"), tr("Upgrading to schema version %1 (%2) failed; the database is unchanged. %3")
                                                 .arg(step.toVersion).arg(QString::fromLatin1(step.description), s.error().message)};
        if (Status s = db.setSchemaVersion(step.toVersion); !s.ok()) return s;
        if (Status s = tx.commit(); !s.ok()) return s;
    }
    return {};
}

} // namespace conduct
