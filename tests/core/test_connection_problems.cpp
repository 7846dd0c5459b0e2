// Connecting to a server store (issue 30): the address's TLS default and CA file, and refusals
// worded for the officer. The TLS refusals are libpq 15's own texts, recorded (the test cluster
// runs without TLS); unreachable, wrong password, missing database and "no TLS offered" are also
// met for real when CONDUCT_TEST_POSTGRES names a server, and the TLS ones too under
// tests/cli/tls_connect.sh ([tls]).

#include "TestSupport.h"

#include "store/ConnectionProblems.h"
#include "store/ConnectionSecurity.h"
#include "store/Database.h"
#include "store/PostgresLocation.h"

#include <QUrl>

using namespace conduct;
using namespace conduct::test;

namespace {
PostgresLocation remoteLocation()
{
    auto where = parsePostgresAddress(
        QStringLiteral("postgresql://pc1234@db.unit.police.uk/conduct?sslrootcert=/etc/conduct/unit-ca.crt"));
    REQUIRE(where.ok());
    return where.value();
}

// Nothing the officer reads may be libpq's or the server's own words.
void checkWordedForOfficer(const Error& error)
{
    INFO(error.message.toStdString());
    for (const char* internal : {"pg_hba.conf entry", "FATAL", "libpq", "SSL error", "sslmode to disable", "connection to server at",
                                 "Unable to connect", "TCP/IP"})
        CHECK_FALSE(error.message.contains(QLatin1String(internal)));
}
} // namespace

TEST_CASE("a remote host is verified by default; plain text to it needs saying so", "[tlsdefault]")
{
    struct Row {
        const char* address;
        const char* sslMode;
        bool local;
        bool plainTextOverNetwork;
    };
    const Row rows[] = {
        {"postgresql://officer@localhost/conduct", "prefer", true, false},
        {"postgresql://officer@127.0.0.1:5433/conduct", "prefer", true, false},
        {"postgresql://officer@[::1]/conduct", "prefer", true, false},
        {"postgresql://officer@db.unit.police.uk/conduct", "verify-full", false, false},
        {"postgresql://officer@10.20.30.40/conduct", "verify-full", false, false},
        {"postgresql://officer@db.unit.police.uk/conduct?sslmode=require", "require", false, false},
        {"postgresql://officer@db.unit.police.uk/conduct?sslmode=disable", "disable", false, true},
        {"postgresql://officer@db.unit.police.uk/conduct?sslmode=prefer", "prefer", false, true},
        {"postgresql://officer@localhost,db.unit.police.uk/conduct", "verify-full", false, false},
    };
    for (const Row& row : rows) {
        const QString address = QString::fromLatin1(row.address);
        INFO(row.address);
        auto where = parsePostgresAddress(address);
        REQUIRE(where.ok());
        CHECK(where->sslMode == QLatin1String(row.sslMode));
        CHECK(where->isLocal() == row.local);
        CHECK(where->allowsPlainTextOverNetwork() == row.plainTextOverNetwork);
        // The text kept in Recent databases opens the same way again.
        auto again = parsePostgresAddress(where->displayText());
        REQUIRE(again.ok());
        CHECK(again->sslMode == where->sslMode);
        CHECK(again->host == where->host);
    }
    // A mode the host would get anyway is not written out; another is.
    CHECK_FALSE(parsePostgresAddress(QStringLiteral("postgresql://db.unit.police.uk/c"))->displayText().contains(QStringLiteral("sslmode")));
    CHECK(parsePostgresAddress(QStringLiteral("postgresql://db.unit.police.uk/c?sslmode=prefer"))->displayText().contains(
        QStringLiteral("sslmode=prefer")));
}

TEST_CASE("the address takes the desk's CA file and several hosts, passed in the driver's options", "[tlsdefault]")
{
    auto where = parsePostgresAddress(QStringLiteral(
        "postgresql://pc1234@db1.unit.police.uk:5433,db2.unit.police.uk:5433/conduct?target_session_attrs=read-write"
        "&sslrootcert=/etc/conduct/unit%20ca.crt"));
    REQUIRE(where.ok());
    CHECK(where->host == QStringLiteral("db1.unit.police.uk,db2.unit.police.uk"));
    CHECK(where->port == 5433);
    CHECK(where->sslRootCert == QStringLiteral("/etc/conduct/unit ca.crt"));
    CHECK(where->targetSessionAttrs == QStringLiteral("read-write"));
    CHECK(where->connectOptions(QStringLiteral("conduct")) ==
          QStringLiteral("sslmode=verify-full;connect_timeout=10;application_name=conduct;"
                         "sslrootcert='/etc/conduct/unit ca.crt';target_session_attrs=read-write"));
    const QString shown = where->displayText();
    CHECK(shown == QStringLiteral("postgresql://pc1234@db1.unit.police.uk:5433,db2.unit.police.uk:5433/conduct"
                                  "?sslrootcert=/etc/conduct/unit%20ca.crt&target_session_attrs=read-write"));
    auto again = parsePostgresAddress(shown);
    REQUIRE(again.ok());
    CHECK(again->displayText() == shown);

    // A quote in the CA path is escaped for libpq, not allowed to end the value.
    PostgresLocation quoted = where.value();
    quoted.sslRootCert = QStringLiteral("/etc/conduct/o'brien.crt");
    CHECK(quoted.connectOptions(QStringLiteral("conduct")).contains(QStringLiteral("sslrootcert='/etc/conduct/o\\'brien.crt'")));

    struct Refusal {
        const char* address;
        const char* says;
    };
    const Refusal refusals[] = {
        {"postgresql://db.unit.police.uk/conduct?sslrootcert=unit-ca.crt", "full path of the CA certificate file"},
        {"postgresql://db.unit.police.uk/conduct?sslrootcert=/etc/a%3Bb.crt", "without ';'"},
        {"postgresql://db1:5432,db2:5433/conduct", "same port"},
        {"postgresql://db1,db_2!/conduct", "is not a host name"},
        {"postgresql://db1,db2/conduct?target_session_attrs=primary-ish", "target_session_attrs must be one of"},
        {"postgresql://db1/conduct?sslcert=/x", "sslrootcert and target_session_attrs are accepted"},
    };
    for (const Refusal& refusal : refusals) {
        INFO(refusal.address);
        auto refused = parsePostgresAddress(QString::fromLatin1(refusal.address));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().field == QStringLiteral("Server address"));
        CHECK(refused.error().message.contains(QString::fromUtf8(refusal.says)));
    }
}

TEST_CASE("libpq's refusals become the officer's words, with the file or name they concern", "[connecterrors]")
{
    const PostgresLocation where = remoteLocation();
    struct Row {
        const char* libpqText;
        ConnectionProblem problem;
        const char* says;
    };
    // As QPSQL reports them: libpq's message (PostgreSQL 15 wording), then Qt's "Unable to connect".
    const Row rows[] = {
        {"connection to server at \"127.0.0.1\", port 1 failed: Connection refused\n\tIs the server running on that "
         "host and accepting TCP/IP connections?\nQPSQL: Unable to connect",
         ConnectionProblem::ServerUnreachable, "could not reach the server"},
        {"could not translate host name \"db.unit.police.uk\" to address: Name or service not known\n",
         ConnectionProblem::ServerUnreachable, "on the force network"},
        {"connection to server at \"db.unit.police.uk\" (10.1.2.3), port 5432 failed: timeout expired\n",
         ConnectionProblem::ServerUnreachable, "could not reach the server"},
        {"connection to server at \"db.unit.police.uk\" (10.1.2.3), port 5432 failed: FATAL:  password authentication "
         "failed for user \"pc1234\"\n",
         ConnectionProblem::WrongPassword, "refused the password for pc1234"},
        {"connection to server at \"db.unit.police.uk\" (10.1.2.3), port 5432 failed: fe_sendauth: no password supplied\n",
         ConnectionProblem::WrongPassword, "refused the password"},
        {"connection to server at \"db.unit.police.uk\" (10.1.2.3), port 5432 failed: root certificate file "
         "\"/etc/conduct/unit-ca.crt\" does not exist\nEither provide the file or change sslmode to disable server "
         "certificate verification.\n",
         ConnectionProblem::CaFileMissing, "the file /etc/conduct/unit-ca.crt is missing on this computer"},
        {"connection to server at \"db.unit.police.uk\" (10.1.2.3), port 5432 failed: could not read root certificate "
         "file \"/etc/conduct/unit-ca.crt\": no certificate or crl found\n",
         ConnectionProblem::CaFileUnreadable, "/etc/conduct/unit-ca.crt on this desk cannot be read"},
        {"connection to server at \"db.unit.police.uk\" (10.1.2.3), port 5432 failed: server certificate for "
         "\"other.police.uk\" does not match host name \"db.unit.police.uk\"\n",
         ConnectionProblem::CertificateNameMismatch, "made out for another name (other.police.uk)"},
        {"connection to server at \"db.unit.police.uk\" (10.1.2.3), port 5432 failed: server certificate for "
         "\"other.police.uk\" (and 2 other names) does not match host name \"db.unit.police.uk\"\n",
         ConnectionProblem::CertificateNameMismatch, "(other.police.uk)"},
        {"connection to server at \"db.unit.police.uk\" (10.1.2.3), port 5432 failed: SSL error: certificate verify failed\n",
         ConnectionProblem::CertificateNotTrusted, "the CA file on this desk (/etc/conduct/unit-ca.crt) does not vouch"},
        {"connection to server at \"db.unit.police.uk\" (10.1.2.3), port 5432 failed: FATAL:  no pg_hba.conf entry for "
         "host \"10.9.8.7\", user \"pc1234\", database \"conduct\", no encryption\n",
         ConnectionProblem::TlsRequiredByServer, "accepts only encrypted connections"},
        {"connection to server at \"db.unit.police.uk\" (10.1.2.3), port 5432 failed: FATAL:  no pg_hba.conf entry for "
         "host \"10.9.8.7\", user \"pc1234\", database \"conduct\", SSL encryption\n",
         ConnectionProblem::NotAllowedFromDesk, "does not let pc1234 connect to conduct from this desk"},
        {"connection to server at \"db.unit.police.uk\" (10.1.2.3), port 5432 failed: server does not support SSL, but "
         "SSL was required\n",
         ConnectionProblem::TlsNotOffered, "does not offer encryption"},
        {"connection to server at \"db.unit.police.uk\" (10.1.2.3), port 5432 failed: FATAL:  database \"conduct\" does "
         "not exist\n",
         ConnectionProblem::DatabaseMissing, "has no database called conduct"},
        {"connection to server at \"db.unit.police.uk\" (10.1.2.3), port 5432 failed: FATAL:  role \"pc1234\" does not "
         "exist\n",
         ConnectionProblem::UserMissing, "has no user called pc1234"},
        {"connection to server at \"db.unit.police.uk\" (10.1.2.3), port 5432 failed: FATAL:  the database system is "
         "starting up\n",
         ConnectionProblem::ServerBusy, "starting up"},
        {"connection to server at \"db.unit.police.uk\" (10.1.2.3), port 5432 failed: FATAL:  sorry, too many clients "
         "already\n",
         ConnectionProblem::ServerBusy, "no room for another desk"},
        {"connection to server at \"db.unit.police.uk\" (10.1.2.3), port 5432 failed: FATAL:  something new in "
         "PostgreSQL 16\n",
         ConnectionProblem::Unrecognised, "server's log holds the reason"},
    };
    for (const Row& row : rows) {
        INFO(row.libpqText);
        const ConnectionFailure failure = classifyConnectionFailure(where, QString::fromUtf8(row.libpqText));
        CHECK(failure.problem == row.problem);
        CHECK(failure.error.message.contains(QString::fromUtf8(row.says)));
        // "Password" lets the sign-in ask again; anything else is about the server.
        CHECK(failure.error.field == (row.problem == ConnectionProblem::WrongPassword ? QStringLiteral("Password")
                                                                                       : QStringLiteral("Server")));
        checkWordedForOfficer(failure.error);
    }
    // No CA file named in the address: libpq's own default path is the one named.
    auto withoutCa = parsePostgresAddress(QStringLiteral("postgresql://pc1234@db.unit.police.uk/conduct"));
    REQUIRE(withoutCa.ok());
    const ConnectionFailure notTrusted = classifyConnectionFailure(withoutCa.value(), QStringLiteral("SSL error: certificate verify failed"));
    CHECK(notTrusted.error.message.contains(QStringLiteral("~/.postgresql/root.crt")));
}

TEST_CASE("a real refusal from a port with nothing listening is worded for the officer", "[connecterrors]")
{
    auto opened = Database::open(QStringLiteral("postgresql://pc1234@127.0.0.1:1/conduct"));
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().field == QStringLiteral("Server"));
    CHECK(opened.error().message.contains(QStringLiteral("could not reach the server postgresql://pc1234@127.0.0.1:1/conduct")));
    checkWordedForOfficer(opened.error());
}

TEST_CASE("the test server's real refusals and its connection's security", "[connecterrors][postgres]")
{
    const QString server = postgresTestServer();
    if (server.isEmpty()) {
        SUCCEED("CONDUCT_TEST_POSTGRES is not set: run under tests/support/with-postgres.sh");
        return;
    }
    auto where = parsePostgresAddress(server);
    REQUIRE(where.ok());
    auto withChange = [&](const std::function<void(PostgresLocation&)>& change) {
        PostgresLocation changed = where.value();
        change(changed);
        return changed.displayText();
    };

    SECTION("a database that does not exist")
    {
        auto opened = Database::open(withChange([](PostgresLocation& l) { l.database = QStringLiteral("no_such_store"); }));
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().message.contains(QStringLiteral("has no database called no_such_store")));
        checkWordedForOfficer(opened.error());
    }
    SECTION("a wrong password")
    {
        OpenOptions options;
        options.password = QStringLiteral("not the password");
        // Another user, whom ~/.pgpass holds no line for, so the typed password is the one tried.
        auto opened = Database::open(withChange([](PostgresLocation& l) { l.user = QStringLiteral("conduct_nobody"); }),
                                     options);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().field == QStringLiteral("Password"));
        checkWordedForOfficer(opened.error());
    }
    SECTION("TLS required of a server that offers none")
    {
        auto opened = Database::open(withChange([](PostgresLocation& l) { l.sslMode = QStringLiteral("require"); }));
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().message.contains(QStringLiteral("does not offer encryption")));
        checkWordedForOfficer(opened.error());
    }
    SECTION("the open store's security, asked of the server")
    {
        TempDatabase t;
        auto security = connectionSecurity(t.db());
        REQUIRE(security.ok());
        // The test cluster listens on 127.0.0.1 without TLS.
        CHECK(security->encryption == Encryption::NotEncryptedLocal);
        CHECK_FALSE(security->isWarning());
        CHECK(security->statusText == QStringLiteral("Not encrypted: the server is on this computer"));
    }
}

TEST_CASE("a file store has no connection to secure", "[connecterrors]")
{
    TempDatabase t;
    if (!postgresTestServer().isEmpty()) return;   // the server's case is above
    auto security = connectionSecurity(t.db());
    REQUIRE(security.ok());
    CHECK(security->encryption == Encryption::LocalFile);
    CHECK(security->statusText.isEmpty());
}

// Run by tests/cli/tls_connect.sh, which turns TLS on in the test cluster with a certificate for
// db.conduct.test and 127.0.0.1 from a CA it made (CONDUCT_TEST_TLS_CA), and another CA that
// vouches for nothing here (CONDUCT_TEST_TLS_OTHER_CA).
TEST_CASE("TLS to a real server: verified with the desk's CA, refused in the officer's words otherwise", "[tls]")
{
    const QString ca = qEnvironmentVariable("CONDUCT_TEST_TLS_CA"), otherCa = qEnvironmentVariable("CONDUCT_TEST_TLS_OTHER_CA");
    if (postgresTestServer().isEmpty() || ca.isEmpty()) {
        SUCCEED("run by tests/cli/tls_connect.sh under with-postgres.sh");
        return;
    }
    auto where = parsePostgresAddress(postgresTestServer());
    REQUIRE(where.ok());
    auto address = [&](const QString& host, const QString& sslMode, const QString& rootCert) {
        PostgresLocation l = where.value();
        l.host = host;
        l.sslMode = sslMode;
        l.sslRootCert = rootCert;
        return l.displayText();
    };
    const QString ip = QStringLiteral("127.0.0.1");

    SECTION("verify-full with the unit's CA: connected, encrypted and verified")
    {
        TempDatabase t;   // the store, made over the plain connection the other tests use
        PostgresLocation verified = parsePostgresAddress(t.location()).value();
        verified.sslMode = QStringLiteral("verify-full");
        verified.sslRootCert = ca;
        auto opened = Database::open(verified.displayText());
        if (!opened.ok()) FAIL(opened.error().text().toStdString());
        auto security = connectionSecurity(*opened.value());
        REQUIRE(security.ok());
        CHECK(security->encryption == Encryption::Verified);
        CHECK(security->statusText == QStringLiteral("Encrypted, server verified"));
        CHECK_FALSE(security->isWarning());

        verified.sslMode = QStringLiteral("require");   // encrypted, but anyone's certificate would do
        auto unverified = Database::open(verified.displayText());
        REQUIRE(unverified.ok());
        auto warned = connectionSecurity(*unverified.value());
        REQUIRE(warned.ok());
        CHECK(warned->encryption == Encryption::EncryptedUnverified);
        CHECK(warned->isWarning());
        CHECK(warned->statusText == QStringLiteral("Warning: encrypted, but the server is not verified (sslmode=require)"));
    }
    SECTION("the CA file missing on this desk is named")
    {
        const QString missing = QStringLiteral("/nonexistent/conduct/unit-ca.crt");
        auto opened = Database::open(address(ip, QStringLiteral("verify-full"), missing));
        REQUIRE_FALSE(opened.ok());
        INFO(opened.error().message.toStdString());
        CHECK(opened.error().message.contains(QStringLiteral("the file %1 is missing on this computer").arg(missing)));
        CHECK(opened.error().message.contains(QStringLiteral("It is a file on this desk, not on the server")));
        checkWordedForOfficer(opened.error());
    }
    SECTION("another CA's file does not vouch for the server")
    {
        auto opened = Database::open(address(ip, QStringLiteral("verify-full"), otherCa));
        REQUIRE_FALSE(opened.ok());
        INFO(opened.error().message.toStdString());
        CHECK(opened.error().message.contains(QStringLiteral("does not vouch for")));
        CHECK(opened.error().message.contains(otherCa));
        checkWordedForOfficer(opened.error());
    }
    SECTION("a host name the certificate does not name")
    {
        auto opened = Database::open(address(QStringLiteral("localhost"), QStringLiteral("verify-full"), ca));
        REQUIRE_FALSE(opened.ok());
        INFO(opened.error().message.toStdString());
        CHECK(opened.error().message.contains(QStringLiteral("made out for another name (db.conduct.test)")));
        checkWordedForOfficer(opened.error());
    }
}
