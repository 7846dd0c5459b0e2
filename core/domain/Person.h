#pragma once
// A person in a case: complainant, suspect or witness, with the identifiers that
// linked-incident search (protocol 3.8) matches on.

#include "domain/Codes.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

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
