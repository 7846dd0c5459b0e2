#pragma once
// The rules a record must meet before it is written. Each refusal names the field, in the
// user's words, and says what would be valid. Services call these; widgets never re-implement them.

#include "common/Result.h"
#include "domain/Case.h"
#include "domain/Evidence.h"
#include "domain/Incident.h"
#include "domain/Person.h"

namespace conduct {

namespace limits {
constexpr int shortText = 200;          // names, references, locations
constexpr int mediumText = 2000;        // addresses, notes
constexpr int longText = 100000;        // descriptions and statements
constexpr int listEntries = 50;         // aliases, phones … per person
} // namespace limits

Status validateCase(const Case& c);           // expects c.urn already normalised
Status validatePerson(const Person& p);
Status validateIncident(const Incident& i);

// An age over 110 in whole years on `today` (London's today: uktime::today()) is not refused, but
// is far more often a mistyped year: the UI asks the officer to confirm it before saving.
bool dateOfBirthNeedsConfirmation(QDate dateOfBirth, QDate today);

// Age in whole years on `on` (a birthday on 29 February falls on 1 March in other years, as
// in English law); -1 when either date is invalid or `on` is before the birth.
int ageInYears(QDate dateOfBirth, QDate on);

// Before a record is validated and saved: bidirectional control characters removed from its
// names, handles, references and other text fields (common/Text.h, stripBidiControls).
void removeBidiControls(Case& c);
void removeBidiControls(Person& p);
void removeBidiControls(Incident& i);
void removeBidiControls(Exhibit& e);

// Shared building blocks, for services in other modules.
Status requireText(const QString& field, const QString& value, int maxLength);
Status limitText(const QString& field, const QString& value, int maxLength);
Status notInFuture(const QString& field, const QDateTime& utc);
Status notInFuture(const QString& field, const QDate& date);

} // namespace conduct
