#pragma once
// Why a connection to a server store failed, in the officer's words (issue 30). libpq's own text
// names sockets, pg_hba.conf and sslmode; an officer needs to know whether the fault is on this
// desk (a missing CA file), in what they typed (a password, a database name), on the network or
// at the server, and whom to tell. libpq's text never reaches the screen.

#include "common/Result.h"
#include "store/PostgresLocation.h"

namespace conduct {

enum class ConnectionProblem {
    ServerUnreachable,       // refused, no route, unknown host name, timed out
    ServerBusy,              // starting up, shutting down, or out of connections
    WrongPassword,           // refused or missing: field "Password", so the caller may ask again
    CaFileMissing,           // the CA certificate file is not on this desk
    CaFileUnreadable,        // it is there but cannot be read or is not a certificate
    CertificateNameMismatch, // the server's certificate is for another name
    CertificateNotTrusted,   // not issued by the CA this desk trusts
    TlsRequiredByServer,     // the server takes only encrypted connections; the address turned TLS off
    TlsNotOffered,           // this desk requires TLS; the server offers none
    NotAllowedFromDesk,      // pg_hba.conf has no line for this user, database and desk
    DatabaseMissing,
    UserMissing,
    Unrecognised,
};

struct ConnectionFailure {
    ConnectionProblem problem = ConnectionProblem::Unrecognised;
    Error error;   // field "Password" for WrongPassword, "Server" otherwise
};

// `driverText` is what the driver reported (libpq's message, perhaps with Qt's "Unable to connect").
ConnectionFailure classifyConnectionFailure(const PostgresLocation& where, const QString& driverText);

} // namespace conduct
