#include "store/server/ServerFunctions.h"

namespace conduct {
namespace {

// Every function's header: owned by whoever runs the statement (the owner role), run with its
// rights, and never resolving a name through a schema a caller could create objects in.
const char* const definer = "LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp";

// Times as the application stores them (ISO 8601 UTC with milliseconds, see Database.h toDbTime).
const char* const nowText = "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')";

// The caller's account: the active, local account whose login role session_user is. The prefix
// is a literal here, so no setting a desk can change moves it to another store's accounts.
const char* const callerId = R"(
CREATE OR REPLACE FUNCTION conduct_caller_id() RETURNS bigint STABLE @DEFINER@ AS $f$
BEGIN
  RETURN (SELECT u.id FROM users u WHERE '@PREFIX@_' || u.user_name = session_user::text
          AND u.active = 1 AND u.transferred_from = '');
END $f$)";

// A role counts only when the account holds it in user_roles AND the login role is a member of
// the matching group: the two are only ever changed together, by the functions below.
const char* const callerHolds = R"(
CREATE OR REPLACE FUNCTION conduct_caller_holds(p_role text) RETURNS boolean STABLE @DEFINER@ AS $f$
BEGIN
  RETURN EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = conduct_caller_id() AND r.role = p_role)
     AND pg_has_role(session_user, '@PREFIX@_' || p_role, 'MEMBER');
END $f$)";

const char* const requireAdministrator = R"(
CREATE OR REPLACE FUNCTION conduct_require_administrator() RETURNS bigint STABLE @DEFINER@ AS $f$
BEGIN
  IF NOT conduct_caller_holds('administrator') THEN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
      MESSAGE = 'Only an administrator manages accounts and the unit''s policy. Ask an administrator.';
  END IF;
  RETURN conduct_caller_id();
END $f$)";

const char* const checkRoles = R"(
CREATE OR REPLACE FUNCTION conduct_check_roles(p_roles text[]) RETURNS void IMMUTABLE @DEFINER@ AS $f$
BEGIN
  IF p_roles IS NULL OR cardinality(p_roles) = 0
     OR EXISTS (SELECT 1 FROM unnest(p_roles) r WHERE r IS NULL OR r NOT IN ('officer', 'supervisor', 'administrator')) THEN
    RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value',
      MESSAGE = 'Roles: give one or more of officer, supervisor, administrator.';
  END IF;
END $f$)";

// The work of creating an account, without the caller check: conduct_create_login checks it, and
// server init calls this once, as the database administrator, for the first administrator.
// The owner needs CREATEROLE for CREATE ROLE and GRANT of the groups (see ServerSetup.cpp).
const char* const makeLogin = R"(
CREATE OR REPLACE FUNCTION conduct_make_login(p_user_name text, p_display_name text, p_roles text[], p_verifier text)
RETURNS bigint @DEFINER@ AS $f$
DECLARE
  v_role text := '@PREFIX@_' || p_user_name;
  v_now text := @NOW@;
  v_id bigint;
  v_group text;
BEGIN
  IF p_user_name IS NULL OR p_user_name !~ '^[A-Za-z0-9._-]{1,40}$' THEN
    RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value',
      MESSAGE = 'User name: use 1 to 40 letters, digits, dots, underscores or hyphens.';
  END IF;
  IF p_display_name IS NULL OR btrim(p_display_name) = '' THEN
    RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value', MESSAGE = 'Display name: give the officer''s name as shown.';
  END IF;
  IF p_verifier IS NULL OR p_verifier !~ '^SCRAM-SHA-256\$[0-9]+:' THEN
    RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value',
      MESSAGE = 'Password: send a SCRAM-SHA-256 verifier made by the client (PQencryptPasswordConn), never the password.';
  END IF;
  PERFORM conduct_check_roles(p_roles);
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_role)
     OR EXISTS (SELECT 1 FROM users WHERE lower(user_name) = lower(p_user_name)) THEN
    RAISE EXCEPTION USING ERRCODE = 'duplicate_object',
      MESSAGE = format('User name: %s already exists on this server. Choose another.', p_user_name);
  END IF;
  EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', v_role, p_verifier);
  FOREACH v_group IN ARRAY p_roles LOOP
    EXECUTE format('GRANT %I TO %I', '@PREFIX@_' || v_group, v_role);
  END LOOP;
  -- The server authenticates this account; no application password hash is kept for it.
  INSERT INTO users (user_name, display_name, password_hash, created_utc, updated_utc, password_changed_utc)
  VALUES (p_user_name, p_display_name, 'server-authenticated', v_now, v_now, v_now) RETURNING id INTO v_id;
  INSERT INTO user_roles (user_id, role) SELECT DISTINCT v_id, r FROM unnest(p_roles) r;
  RETURN v_id;
END $f$)";

const char* const createLogin = R"(
CREATE OR REPLACE FUNCTION conduct_create_login(p_user_name text, p_display_name text, p_roles text[], p_verifier text)
RETURNS bigint @DEFINER@ AS $f$
BEGIN
  PERFORM conduct_require_administrator();
  RETURN conduct_make_login(p_user_name, p_display_name, p_roles, p_verifier);
END $f$)";

// The account to change: a local account of this store (never one that arrived in a bundle).
const char* const localAccount = R"(
CREATE OR REPLACE FUNCTION conduct_local_account(p_user_name text) RETURNS bigint STABLE @DEFINER@ AS $f$
DECLARE v_id bigint;
BEGIN
  SELECT id INTO v_id FROM users WHERE user_name = p_user_name AND transferred_from = '';
  IF v_id IS NULL OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '@PREFIX@_' || p_user_name) THEN
    RAISE EXCEPTION USING ERRCODE = 'undefined_object',
      MESSAGE = format('User name: no account %s on this server store.', p_user_name);
  END IF;
  RETURN v_id;
END $f$)";

const char* const setLoginRoles = R"(
CREATE OR REPLACE FUNCTION conduct_set_login_roles(p_user_name text, p_roles text[]) RETURNS void @DEFINER@ AS $f$
DECLARE
  v_caller bigint := conduct_require_administrator();
  v_id bigint := conduct_local_account(p_user_name);
  v_group text;
BEGIN
  PERFORM conduct_check_roles(p_roles);
  IF v_id = v_caller AND NOT 'administrator' = ANY (p_roles) THEN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
      MESSAGE = 'Roles: you cannot take the administrator role from yourself; ask another administrator.';
  END IF;
  FOREACH v_group IN ARRAY ARRAY['officer', 'supervisor', 'administrator'] LOOP
    IF v_group = ANY (p_roles) THEN
      EXECUTE format('GRANT %I TO %I', '@PREFIX@_' || v_group, '@PREFIX@_' || p_user_name);
    ELSE
      EXECUTE format('REVOKE %I FROM %I', '@PREFIX@_' || v_group, '@PREFIX@_' || p_user_name);
    END IF;
  END LOOP;
  DELETE FROM user_roles WHERE user_id = v_id;
  INSERT INTO user_roles (user_id, role) SELECT DISTINCT v_id, r FROM unnest(p_roles) r;
  UPDATE users SET updated_utc = @NOW@ WHERE id = v_id;
END $f$)";

const char* const disableLogin = R"(
CREATE OR REPLACE FUNCTION conduct_disable_login(p_user_name text) RETURNS void @DEFINER@ AS $f$
DECLARE
  v_caller bigint := conduct_require_administrator();
  v_id bigint := conduct_local_account(p_user_name);
BEGIN
  IF v_id = v_caller THEN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
      MESSAGE = 'User name: you cannot disable your own account; ask another administrator.';
  END IF;
  EXECUTE format('ALTER ROLE %I NOLOGIN', '@PREFIX@_' || p_user_name);
  UPDATE users SET active = 0, updated_utc = @NOW@ WHERE id = v_id;
END $f$)";

const char* const setUnitPolicy = R"(
CREATE OR REPLACE FUNCTION conduct_set_unit_policy(p_name text, p_value text) RETURNS void @DEFINER@ AS $f$
DECLARE v_caller bigint := conduct_require_administrator();
BEGIN
  -- No value: the unit goes back to the default, which is kept by having no row.
  IF p_value IS NULL THEN
    DELETE FROM unit_policy WHERE name = p_name;
    RETURN;
  END IF;
  INSERT INTO unit_policy (name, value, updated_by_user_id, updated_utc) VALUES (p_name, p_value, v_caller, @NOW@)
  ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_by_user_id = excluded.updated_by_user_id,
                                   updated_utc = excluded.updated_utc;
END $f$)";

// Protocol 3.7: the officer completes the assessment and submits it to a supervisor.
const char* const submitAssessment = R"(
CREATE OR REPLACE FUNCTION conduct_submit_assessment(p_assessment bigint) RETURNS void @DEFINER@ AS $f$
DECLARE v_caller bigint := conduct_caller_id(); v_author bigint; v_status text;
BEGIN
  SELECT author_user_id, status INTO v_author, v_status FROM risk_assessments WHERE id = p_assessment FOR UPDATE;
  IF v_caller IS NULL OR v_author IS DISTINCT FROM v_caller THEN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
      MESSAGE = 'Only the officer who completed a risk assessment submits it for review.';
  END IF;
  IF v_status NOT IN ('draft', 'returned') THEN
    RAISE EXCEPTION USING ERRCODE = 'check_violation', MESSAGE = 'This risk assessment was already submitted.';
  END IF;
  UPDATE risk_assessments SET status = 'submitted', submitted_utc = @NOW@, updated_utc = @NOW@,
         row_version = row_version + 1 WHERE id = p_assessment;
END $f$)";

// Protocol 3.7: supervisory review, by a supervisor who is not the author (four-eyes).
const char* const reviewAssessment = R"(
CREATE OR REPLACE FUNCTION conduct_review_assessment(p_assessment bigint, p_decision text, p_level text, p_comments text)
RETURNS bigint @DEFINER@ AS $f$
DECLARE v_caller bigint := conduct_caller_id(); v_author bigint; v_status text; v_review bigint;
BEGIN
  IF v_caller IS NULL OR NOT conduct_caller_holds('supervisor') THEN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
      MESSAGE = 'Only a supervisor approves or returns a risk assessment (protocol 3.7).';
  END IF;
  IF p_decision IS NULL OR p_decision NOT IN ('approved', 'returned') THEN
    RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value', MESSAGE = 'Decision: approved or returned.';
  END IF;
  SELECT author_user_id, status INTO v_author, v_status FROM risk_assessments WHERE id = p_assessment FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION USING ERRCODE = 'no_data_found', MESSAGE = 'There is no such risk assessment.';
  END IF;
  IF v_author = v_caller THEN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
      MESSAGE = 'You completed this assessment, so another supervisor must review it. Nobody approves their own assessment.';
  END IF;
  -- Only of a case the reviewer may read (ServerRowSecurity.h), as the desk's review queue holds:
  -- this function's owner rights must not reach past row-level security.
  IF NOT conduct_may_read_case((SELECT case_id FROM risk_assessments WHERE id = p_assessment)) THEN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
      MESSAGE = 'This case is outside your teams: open it with a reason first, then review it.';
  END IF;
  IF v_status <> 'submitted' THEN
    RAISE EXCEPTION USING ERRCODE = 'check_violation', MESSAGE = 'Only a submitted risk assessment can be reviewed.';
  END IF;
  INSERT INTO assessment_reviews (assessment_id, reviewer_user_id, decision, level_agreed, comments, review_utc)
  VALUES (p_assessment, v_caller, p_decision, coalesce(p_level, ''), coalesce(p_comments, ''), @NOW@) RETURNING id INTO v_review;
  UPDATE risk_assessments SET status = p_decision, updated_utc = @NOW@, row_version = row_version + 1 WHERE id = p_assessment;
  RETURN v_review;
END $f$)";

// Issue 22: a draft or returned MG3 or MG5 is sent for a supervisor's approval by case work
// (officers and supervisors: Action::EditCase); nobody else moves it on.
const char* const submitChargingDocument = R"(
CREATE OR REPLACE FUNCTION conduct_submit_charging_document(p_document bigint) RETURNS void @DEFINER@ AS $f$
DECLARE v_status text;
BEGIN
  IF conduct_caller_id() IS NULL OR NOT (conduct_caller_holds('officer') OR conduct_caller_holds('supervisor')) THEN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
      MESSAGE = 'Only an officer or a supervisor working the case submits a charging file for approval.';
  END IF;
  SELECT status INTO v_status FROM charging_documents WHERE id = p_document FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION USING ERRCODE = 'no_data_found', MESSAGE = 'There is no such charging document.';
  END IF;
  IF v_status NOT IN ('draft', 'returned') THEN
    RAISE EXCEPTION USING ERRCODE = 'check_violation', MESSAGE = 'Only a draft or returned charging document is submitted.';
  END IF;
  UPDATE charging_documents SET status = 'submitted', submitted_utc = @NOW@, updated_utc = @NOW@,
         row_version = row_version + 1 WHERE id = p_document;
END $f$)";

// Issue 22: only a supervisor who is neither the author nor the officer in the case approves
// an MG3 for referral to the CPS, or certifies an MG5.
const char* const reviewChargingDocument = R"(
CREATE OR REPLACE FUNCTION conduct_review_charging_document(p_document bigint, p_decision text, p_reasons text,
                                                            p_supervisor_part text)
RETURNS bigint @DEFINER@ AS $f$
DECLARE v_caller bigint := conduct_caller_id(); v_author bigint; v_status text; v_officer bigint; v_review bigint;
BEGIN
  IF v_caller IS NULL OR NOT conduct_caller_holds('supervisor') THEN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
      MESSAGE = 'Only a supervisor approves or returns a charging file.';
  END IF;
  IF p_decision IS NULL OR p_decision NOT IN ('approved', 'returned') THEN
    RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value', MESSAGE = 'Decision: approved or returned.';
  END IF;
  SELECT d.author_user_id, d.status, c.oic_user_id INTO v_author, v_status, v_officer
    FROM charging_documents d JOIN cases c ON c.id = d.case_id WHERE d.id = p_document FOR UPDATE OF d;
  IF NOT FOUND THEN
    RAISE EXCEPTION USING ERRCODE = 'no_data_found', MESSAGE = 'There is no such charging document.';
  END IF;
  IF v_author = v_caller OR v_officer = v_caller THEN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
      MESSAGE = 'You wrote this charging file or are the officer in the case, so another supervisor must review it.';
  END IF;
  -- Only of a case the reviewer may read (ServerRowSecurity.h), as the desk's review queue holds:
  -- this function's owner rights must not reach past row-level security.
  IF NOT conduct_may_read_case((SELECT case_id FROM charging_documents WHERE id = p_document)) THEN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
      MESSAGE = 'This case is outside your teams: open it with a reason first, then review it.';
  END IF;
  IF v_status <> 'submitted' THEN
    RAISE EXCEPTION USING ERRCODE = 'check_violation', MESSAGE = 'Only a submitted charging document can be reviewed.';
  END IF;
  INSERT INTO charging_document_reviews (document_id, reviewer_user_id, decision, supervisor_part, reasons, reviewer_name,
                                         reviewer_rank, reviewer_number, reviewer_email, review_utc)
  SELECT p_document, v_caller, p_decision, coalesce(p_supervisor_part, '{}'), coalesce(p_reasons, ''), u.display_name,
         u.rank, u.collar_number, u.email, @NOW@ FROM users u WHERE u.id = v_caller
  RETURNING id INTO v_review;
  UPDATE charging_documents SET status = p_decision, updated_utc = @NOW@, row_version = row_version + 1
   WHERE id = p_document;
  RETURN v_review;
END $f$)";

const char* const auditActor = R"(
CREATE OR REPLACE FUNCTION conduct_audit_actor_is_caller() RETURNS trigger @DEFINER@ AS $f$
DECLARE v_caller bigint;
BEGIN
  -- Only Conduct login roles are held to it; the server-kept trail (a later slice) records everyone.
  IF left(session_user::text, length('@PREFIX@_')) <> '@PREFIX@_' THEN
    RETURN NEW;
  END IF;
  v_caller := conduct_caller_id();
  IF v_caller IS NULL OR NEW.user_id <> v_caller
     OR NEW.user_name IS DISTINCT FROM (SELECT user_name FROM users WHERE id = v_caller) THEN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
      MESSAGE = 'An audit record names the account that signed in to the server, and no other.';
  END IF;
  RETURN NEW;
END $f$)";

QString filled(const char* text, const ServerNames& names)
{
    QString sql = QString::fromUtf8(text).trimmed();
    sql.replace(QStringLiteral("@DEFINER@"), QString::fromLatin1(definer));
    sql.replace(QStringLiteral("@NOW@"), QString::fromLatin1(nowText));
    // ServerNames accepted only [a-z0-9_] for both, so they need no quoting inside the literals.
    sql.replace(QStringLiteral("@SCHEMA@"), names.schema());
    sql.replace(QStringLiteral("@PREFIX@"), names.prefix());
    return sql;
}
} // namespace

QStringList serverFunctionStatements(const ServerNames& names)
{
    QStringList sql;
    for (const char* f : {callerId, callerHolds, requireAdministrator, checkRoles, makeLogin, createLogin, localAccount,
                          setLoginRoles, disableLogin, setUnitPolicy, submitAssessment, reviewAssessment,
                          submitChargingDocument, reviewChargingDocument, auditActor})
        sql.append(filled(f, names));
    return sql;
}

QStringList serverTriggerStatements()
{
    return {QStringLiteral("CREATE OR REPLACE TRIGGER conduct_audit_actor_is_caller BEFORE INSERT ON audit_log "
                           "FOR EACH ROW EXECUTE FUNCTION conduct_audit_actor_is_caller()")};
}

} // namespace conduct
