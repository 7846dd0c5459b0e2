#include "store/server/ServerAuditTrail.h"

#include "security/AuditRecord.h"
#include "store/Database.h"

#include <QCoreApplication>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::ServerAuditTrail", text); }

QString trailField() { return tr("Server-kept audit trail"); }

// Derived rows, rewritten whole from a recorded row on every save: recording them would double
// the trail and add nothing a reader could not rebuild. The schema's bookkeeping is no case data.
const QList<UnrecordedTable>& unrecorded()
{
    static const QList<UnrecordedTable> tables = {
        {"person_search_keys", "derived: the name-search keys, rebuilt from the person's recorded row on every save"},
        {"incidents_fts_pending", "derived: the full-text index's work queue, filled from the recorded incidents"},
        {"conduct_meta", "bookkeeping: the schema version, changed only by migrations"},
    };
    return tables;
}

// A secret or a file's bytes would otherwise be copied, for good, into a table supervisors read;
// a form's draft, twice (before and after) each time the officer pauses typing.
const QList<DigestedColumn>& digested()
{
    static const QList<DigestedColumn> columns = {
        {"database_identity", "secret_key"},   // the store's signing key
        {"users", "password_hash"},            // Argon2id hashes (empty on a server store)
        {"attachment_content", "content"},     // attached files, up to megabytes each
        {"drafts", "payload"},                 // saved 1.5 s after typing stops; the saved record is kept whole
    };
    return columns;
}

// The one definition of a row's hash, over a row `r` of server_audit (or the record being made):
// the trigger computes it, and verification recomputes it with this same text.
const char* const canonicalHashSql =
    "encode(sha256(convert_to(r.previous_hash || jsonb_build_array(r.seq, "
    "to_char(r.recorded_utc AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), r.transaction_id, r.actor, "
    "r.account_id, r.table_name, r.operation, r.row_key, r.old_digest, r.new_digest)::text, 'UTF8')), 'hex')";

const char* const digestSql = "encode(sha256(convert_to(%1::text, 'UTF8')), 'hex')";

const char* const table = R"(
CREATE TABLE IF NOT EXISTS server_audit (
  seq bigint PRIMARY KEY,
  recorded_utc timestamptz NOT NULL,
  transaction_id bigint NOT NULL,
  actor text NOT NULL,
  account_id bigint,
  table_name text NOT NULL,
  operation text NOT NULL CHECK (operation IN ('INSERT', 'UPDATE', 'DELETE', 'TRUNCATE')),
  row_key jsonb NOT NULL,
  old_row jsonb,
  new_row jsonb,
  old_digest text,
  new_digest text,
  previous_hash text NOT NULL,
  hash text NOT NULL
))";

// Even the owner's own functions cannot change a recorded row: only a superuser who switches
// this off can, and a checkpoint then shows it.
const char* const appendOnly = R"(
CREATE OR REPLACE FUNCTION conduct_server_audit_append_only() RETURNS trigger @DEFINER@ AS $f$
BEGIN
  RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
    MESSAGE = 'The server-kept audit trail is appended to only: its rows are never changed or removed.';
END $f$)";

// TG_ARGV[0]: the primary key's columns, TG_ARGV[1]: the columns recorded by digest, each
// comma-separated (ServerNames and the catalogue give plain lower-case names, never a comma).
const char* const recordFunction = R"(
CREATE OR REPLACE FUNCTION conduct_server_audit_record() RETURNS trigger @DEFINER@ AS $f$
DECLARE
  r server_audit%ROWTYPE;
  v_column text;
  v_last server_audit%ROWTYPE;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN r.old_row := to_jsonb(OLD); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN r.new_row := to_jsonb(NEW); END IF;
  r.row_key := '{}';
  FOREACH v_column IN ARRAY string_to_array(TG_ARGV[0], ',') LOOP
    r.row_key := r.row_key || jsonb_build_object(v_column, coalesce(r.new_row, r.old_row) -> v_column);
  END LOOP;
  FOREACH v_column IN ARRAY string_to_array(TG_ARGV[1], ',') LOOP
    IF r.old_row -> v_column IS NOT NULL THEN
      r.old_row := jsonb_set(r.old_row, ARRAY[v_column], to_jsonb('sha256:' || @DIGEST_OLD_VALUE@));
    END IF;
    IF r.new_row -> v_column IS NOT NULL THEN
      r.new_row := jsonb_set(r.new_row, ARRAY[v_column], to_jsonb('sha256:' || @DIGEST_NEW_VALUE@));
    END IF;
  END LOOP;
  IF r.old_row IS NOT NULL THEN r.old_digest := @DIGEST_OLD@; END IF;
  IF r.new_row IS NOT NULL THEN r.new_digest := @DIGEST_NEW@; END IF;

  PERFORM pg_advisory_xact_lock(@LOCK_KEY@, hashtext('audit_log'));
  SELECT * INTO v_last FROM server_audit ORDER BY seq DESC LIMIT 1;
  r.seq := coalesce(v_last.seq, 0) + 1;
  r.previous_hash := coalesce(v_last.hash, repeat('0', 64));
  r.recorded_utc := clock_timestamp();
  r.transaction_id := txid_current();
  r.actor := session_user;
  r.account_id := (SELECT u.id FROM users u WHERE '@PREFIX@_' || u.user_name = session_user::text);
  r.table_name := TG_TABLE_NAME;
  r.operation := TG_OP;
  r.hash := @HASH@;
  INSERT INTO server_audit VALUES (r.*);
  RETURN NULL;
END $f$)";

const char* const definer = "LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp";

QString filled(const char* text, const ServerNames& names)
{
    QString sql = QString::fromUtf8(text).trimmed();
    sql.replace(QStringLiteral("@DEFINER@"), QString::fromLatin1(definer));
    sql.replace(QStringLiteral("@HASH@"), QString::fromLatin1(canonicalHashSql));
    sql.replace(QStringLiteral("@DIGEST_OLD_VALUE@"), QString::fromLatin1(digestSql).arg(QStringLiteral("(r.old_row -> v_column)")));
    sql.replace(QStringLiteral("@DIGEST_NEW_VALUE@"), QString::fromLatin1(digestSql).arg(QStringLiteral("(r.new_row -> v_column)")));
    sql.replace(QStringLiteral("@DIGEST_OLD@"), QString::fromLatin1(digestSql).arg(QStringLiteral("r.old_row")));
    sql.replace(QStringLiteral("@DIGEST_NEW@"), QString::fromLatin1(digestSql).arg(QStringLiteral("r.new_row")));
    sql.replace(QStringLiteral("@LOCK_KEY@"), QString::number(Database::applicationId));
    // ServerNames accepted only [a-z0-9_] for both, so they need no quoting inside the literals.
    sql.replace(QStringLiteral("@SCHEMA@"), names.schema());
    sql.replace(QStringLiteral("@PREFIX@"), names.prefix());
    return sql;
}

Result<QStringList> primaryKeyColumns(const Database& db, const QString& tableName)
{
    auto q = db.exec(QStringLiteral("SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
                                    "AND a.attnum = ANY (i.indkey) WHERE i.indrelid = to_regclass(CAST(? AS TEXT)) "
                                    "AND i.indisprimary ORDER BY array_position(CAST(i.indkey AS int2[]), a.attnum)"),
                     {tableName});
    if (!q.ok()) return q.error();
    QStringList columns;
    while (q->next()) columns.append(q->value(0).toString());
    return columns;
}
} // namespace

QList<UnrecordedTable> tablesLeftOutOfServerTrail() { return unrecorded(); }

QList<DigestedColumn> digestedColumns() { return digested(); }

Result<QStringList> tablesRecordedInServerTrail(const Database& db)
{
    auto present = db.tableNames();
    if (!present.ok()) return present.error();
    QStringList recorded;
    for (const QString& name : present.value()) {
        bool left = name == QLatin1String(serverTrailTable);
        for (const UnrecordedTable& u : unrecorded()) left = left || name == QLatin1String(u.table);
        if (!left) recorded.append(name);
    }
    return recorded;
}

Result<QStringList> serverAuditTrailStatements(const Database& db, const ServerNames& names)
{
    if (db.engine() != Engine::Postgres)
        return Error{trailField(), tr("is kept only by a PostgreSQL server; a database file has none.")};
    QStringList sql = {filled(table, names), filled(appendOnly, names), filled(recordFunction, names)};
    sql.append(QStringLiteral("CREATE OR REPLACE TRIGGER conduct_server_audit_append_only BEFORE UPDATE OR DELETE OR "
                              "TRUNCATE ON server_audit FOR EACH STATEMENT EXECUTE FUNCTION conduct_server_audit_append_only()"));
    auto tables = tablesRecordedInServerTrail(db);
    if (!tables.ok()) return tables.error();
    for (const QString& name : tables.value()) {
        auto keys = primaryKeyColumns(db, name);
        if (!keys.ok()) return keys.error();
        QStringList digests;
        for (const DigestedColumn& d : digested())
            if (name == QLatin1String(d.table)) digests.append(QLatin1String(d.column));
        const QString quoted = quotedIdentifier(name);
        sql.append(QStringLiteral("CREATE OR REPLACE TRIGGER conduct_server_audit AFTER INSERT OR UPDATE OR DELETE ON %1 "
                                  "FOR EACH ROW EXECUTE FUNCTION conduct_server_audit_record(%2, %3)")
                       .arg(quoted, quotedLiteral(keys->join(u',')), quotedLiteral(digests.join(u','))));
        // Row triggers do not fire on TRUNCATE: a statement trigger records that it happened.
        sql.append(QStringLiteral("CREATE OR REPLACE TRIGGER conduct_server_audit_truncate AFTER TRUNCATE ON %1 "
                                  "FOR EACH STATEMENT EXECUTE FUNCTION conduct_server_audit_record('', '')")
                       .arg(quoted));
    }
    return sql;
}

Result<ServerTrailCheck> verifyServerAuditTrail(const Database& db)
{
    ServerTrailCheck check;
    if (db.engine() != Engine::Postgres) return check;
    auto exists = db.scalar(QStringLiteral("SELECT to_regclass('server_audit') IS NOT NULL"));
    if (!exists.ok()) return exists.error();
    if (!exists->toBool()) return check;
    check.present = true;
    auto readable = db.scalar(QStringLiteral("SELECT has_table_privilege('server_audit', 'SELECT')"));
    if (!readable.ok()) return readable.error();
    if (!readable->toBool())
        return Error{trailField(), tr("cannot be read signed in as %1: supervisors and administrators read it. Sign in as "
                                      "one of them to verify it.").arg(db.path())};
    // Each row against the one before it: its sequence follows on, it names the previous hash, its
    // digests match the rows it holds (a blanked row keeps its digest), and its hash recomputes.
    const QString oldDigest = QString::fromLatin1(digestSql).arg(QStringLiteral("r.old_row"));
    const QString newDigest = QString::fromLatin1(digestSql).arg(QStringLiteral("r.new_row"));
    const QString sql = QStringLiteral(
        "WITH checked AS (SELECT r.seq, r.hash, coalesce("
        "r.seq = coalesce(lag(r.seq) OVER w, 0) + 1 "
        "AND r.previous_hash = coalesce(lag(r.hash) OVER w, repeat('0', 64)) "
        "AND (r.old_row IS NULL OR %1 = r.old_digest) AND (r.new_row IS NULL OR %2 = r.new_digest) "
        "AND r.hash = %3, false) AS intact FROM server_audit r WINDOW w AS (ORDER BY r.seq)) "
        "SELECT count(*), coalesce(min(seq) FILTER (WHERE NOT intact), 0), "
        "(SELECT c.hash FROM checked c ORDER BY c.seq DESC LIMIT 1) FROM checked")
                            .arg(oldDigest, newDigest, QString::fromLatin1(canonicalHashSql));
    auto q = db.exec(sql);
    if (!q.ok()) return Error{trailField(), q.error().message};
    if (!q->next()) return Error{trailField(), tr("could not be read.")};
    check.rows = q->value(0).toLongLong();
    check.firstBrokenSequence = q->value(1).toLongLong();
    check.headHash = q->value(2).isNull() ? genesisHash() : q->value(2).toString().toLatin1();
    return check;
}

Result<QByteArray> serverTrailHashAt(const Database& db, qint64 sequence)
{
    auto hash = db.scalar(QStringLiteral("SELECT hash FROM server_audit WHERE seq = ?"), {sequence});
    if (!hash.ok()) return hash.error();
    return hash->toString().toLatin1();
}

} // namespace conduct
