#pragma once
// A person in a case: complainant, suspect or witness, with the identifiers that
// linked-incident search (protocol 3.8) matches on.

#include "domain/Codes.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace conduct {

struct Address {
    QString text;
    QDate verifiedOn;   // 9.2: addresses in a draft restraining order must be re-checked
    bool confidential = false;   // never printed on defence-facing documents without a warning
    bool operator==(const Address&) const = default;
};

struct Person {
    qint64 id = 0;
    qint64 caseId = 0;
    PersonRole role = PersonRole::Complainant;
    QString title;
    QString forenames;
    QString surname;
    QDate dateOfBirth;
    QString gender;
    QStringList aliases;
    QList<Address> addresses;
    QStringList phones;
    QStringList emails;
    QStringList onlineHandles;   // "platform: handle"
    QStringList vehicles;        // registration marks

    // Suspect only.
    Relationship relationship = Relationship::Unknown;
    bool domesticAbuse = false;

    // Suspect only: when a partner or family relationship ended (issue 22; protocol 4.3).
    QDate relationshipEndedOn;

    // Witness details used by the MG11 and MG2 (issue 22).
    QString occupation;
    QString ethnicityCode;            // the 16+1 self-defined code, e.g. "W1" (domain/Codes.h)
    std::optional<bool> over18;       // asked when the date of birth is not known
    QDate statementDate;              // the date of the witness's original statement

    // Complainant only (protocol 6.4).
    QString preferredContact;
    QString safeContact;

    qint64 rowVersion = 0;

    QString displayName() const
    {
        if (surname.isEmpty()) return forenames;
        if (forenames.isEmpty()) return surname.toUpper();
        return surname.toUpper() + QStringLiteral(", ") + forenames;
    }
};

} // namespace conduct
