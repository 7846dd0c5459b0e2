#include "domain/Validation.h"

#include "common/Clock.h"
#include "common/Text.h"
#include "common/UkTime.h"
#include "domain/Urn.h"

#include <QCoreApplication>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::Validation", text); }

Status firstFailure(std::initializer_list<Status> checks)
{
    for (const Status& s : checks)
        if (!s.ok()) return s;
    return {};
}

Status limitList(const QString& field, const QStringList& values, int maxLength)
{
    if (values.size() > limits::listEntries)
        return fieldError(field, tr("At most %1 entries can be recorded.").arg(limits::listEntries));
    for (const QString& v : values) {
        if (v.trimmed().isEmpty())
            return fieldError(field, tr("An entry is empty. Remove it or fill it in."));
        if (Status s = limitText(field, v, maxLength); !s.ok()) return s;
    }
    return {};
}
} // namespace

Status limitText(const QString& field, const QString& value, int maxLength)
{
    if (value.size() > maxLength)
        return fieldError(field, tr("The text is %1 characters long; the limit is %2. Shorten it, or "
                                    "attach the full text as an exhibit.").arg(value.size()).arg(maxLength));
    return {};
}

Status requireText(const QString& field, const QString& value, int maxLength)
{
    if (value.trimmed().isEmpty())
        return fieldError(field, tr("This field is required."));
    return limitText(field, value, maxLength);
}

Status notInFuture(const QString& field, const QDateTime& utc)
{
    // A minute's grace for clocks that disagree slightly with the machine recording the entry.
    if (utc.isValid() && utc > Clock::nowUtc().addSecs(60))
        return fieldError(field, tr("%1 is in the future. Enter a date and time that has already passed.")
                                     .arg(uktime::formatDateTime(utc)));
    return {};
}

Status notInFuture(const QString& field, const QDate& date)
{
    if (date.isValid() && date > uktime::today())
        return fieldError(field, tr("%1 is in the future. Enter a date that has already passed.")
                                     .arg(uktime::formatDate(date)));
    return {};
}

Status validateCase(const Case& c)
{
    if (auto urn = parseUrn(c.urn); !urn.ok()) return urn.error();
    if (normaliseUrn(c.urn) != c.urn)
        return fieldError(tr("URN"), tr("The URN must be stored in its normalised form (%1).").arg(normaliseUrn(c.urn)));
    return firstFailure({
        limitText(tr("Crime reference"), c.crimeReference, limits::shortText),
        requireText(tr("Officer in the case"), c.officerInCase, limits::shortText),
        limitText(tr("Supervisor"), c.supervisor, limits::shortText),
        limitText(tr("Why this is not stalking (3.10)"), c.whyNotStalking, limits::longText),
    });
}

Status validatePerson(const Person& p)
{
    if (p.surname.trimmed().isEmpty() && p.forenames.trimmed().isEmpty() && p.aliases.isEmpty())
        return fieldError(tr("Surname"), tr("Enter a surname or forename, or an alias when the name is not known."));
    if (Status s = firstFailure({
            limitText(tr("Title"), p.title, limits::shortText),
            limitText(tr("Forenames"), p.forenames, limits::shortText),
            limitText(tr("Surname"), p.surname, limits::shortText),
            limitText(tr("Gender"), p.gender, limits::shortText),
            notInFuture(tr("Date of birth"), p.dateOfBirth),
            limitList(tr("Aliases"), p.aliases, limits::shortText),
            limitList(tr("Phone numbers"), p.phones, limits::shortText),
            limitList(tr("E-mail addresses"), p.emails, limits::shortText),
            limitList(tr("Online handles"), p.onlineHandles, limits::shortText),
            limitList(tr("Vehicles"), p.vehicles, limits::shortText),
            limitText(tr("Preferred means of contact"), p.preferredContact, limits::mediumText),
            limitText(tr("Safe means of contact"), p.safeContact, limits::mediumText),
            limitText(tr("Occupation"), p.occupation, limits::shortText),
            notInFuture(tr("Date of original statement"), p.statementDate),
            notInFuture(tr("Relationship ended on"), p.relationshipEndedOn),
        }); !s.ok())
        return s;
    if (!p.ethnicityCode.isEmpty() && !isEthnicityCode(p.ethnicityCode))
        return fieldError(tr("Ethnicity"), tr("\"%1\" is not one of the 16+1 self-defined ethnicity codes (A1 to W9, or NS).")
                                               .arg(p.ethnicityCode));
    if (p.statementDate.isValid() && p.dateOfBirth.isValid() && p.statementDate < p.dateOfBirth)
        return fieldError(tr("Date of original statement"), tr("%1 is before the date of birth (%2); check both dates.")
                                                              .arg(uktime::formatDate(p.statementDate), uktime::formatDate(p.dateOfBirth)));
    if (p.dateOfBirth.isValid() && p.dateOfBirth.year() < 1900)
        return fieldError(tr("Date of birth"), tr("%1 is before 1900; check the year.").arg(uktime::formatDate(p.dateOfBirth)));
    if (p.addresses.size() > limits::listEntries)
        return fieldError(tr("Addresses"), tr("At most %1 addresses can be recorded.").arg(limits::listEntries));
    for (const Address& a : p.addresses) {
        if (Status s = requireText(tr("Address"), a.text, limits::mediumText); !s.ok()) return s;
        if (Status s = notInFuture(tr("Address verified on"), a.verifiedOn); !s.ok()) return s;
    }
    return {};
}

int ageInYears(QDate dateOfBirth, QDate on)
{
    if (!dateOfBirth.isValid() || !on.isValid() || on < dateOfBirth) return -1;
    int years = on.year() - dateOfBirth.year();
    // The birthday this year: 29 February becomes 1 March when the year has none.
    QDate birthday(on.year(), dateOfBirth.month(), dateOfBirth.day());
    if (!birthday.isValid()) birthday = QDate(on.year(), 3, 1);
    if (on < birthday) --years;
    return years;
}

Status validateIncident(const Incident& i)
{
    if (!i.startUtc.isValid())
        return fieldError(tr("Start"), tr("Enter when the incident happened (date and time; an estimate is fine, "
                                          "with an end time if it spans a period)."));
    // When either time is not known only the dates can be compared: a date-only end on the
    // start's day is not before a start at 14:00 that day.
    const bool bothTimesKnown = i.startTimeKnown && i.endTimeKnown;
    if (i.endUtc.isValid() && (bothTimesKnown ? i.endUtc < i.startUtc : uktime::dateOf(i.endUtc) < uktime::dateOf(i.startUtc)))
        return fieldError(tr("End"), tr("The end (%1) is before the start (%2). The end must be at or after the start.")
                                         .arg(uktime::formatWhen(i.endUtc, i.endTimeKnown),
                                              uktime::formatWhen(i.startUtc, i.startTimeKnown)));
    // An end whose time is not known is stored as midnight, before a start with a time that day.
    if (i.endUtc.isValid() && !i.endTimeKnown && i.startTimeKnown && uktime::dateOf(i.endUtc) == uktime::dateOf(i.startUtc))
        return fieldError(tr("End"), tr("The end is on the day of the start (%1) without a time. Give the end's time, or "
                                        "leave the end out.").arg(uktime::formatDateTime(i.startUtc)));
    if (Status s = firstFailure({notInFuture(tr("Start"), i.startUtc), notInFuture(tr("End"), i.endUtc)}); !s.ok())
        return s;
    if (i.online) {
        if (Status s = requireText(tr("Platform"), i.platform, limits::shortText); !s.ok()) return s;
    } else if (Status s = requireText(tr("Location"), i.location, limits::mediumText); !s.ok()) {
        return s;
    }
    if (i.behaviours.isEmpty())
        return fieldError(tr("Behaviours"), tr("Select at least one behaviour (choose \"Other\" if none fits)."));
    return firstFailure({
        requireText(tr("Description"), i.description, limits::longText),
        limitText(tr("Location"), i.location, limits::mediumText),
        limitText(tr("Platform"), i.platform, limits::shortText),
        i.alteredBehaviour == Answer::Yes ? requireText(tr("How the complainant altered their behaviour"),
                                                         i.alteredBehaviourHow, limits::longText)
                                          : limitText(tr("How the complainant altered their behaviour"),
                                                      i.alteredBehaviourHow, limits::longText),
        i.reportedToPolice ? limitText(tr("Police reference"), i.policeReference, limits::shortText) : Status{},
        limitText(tr("Provenance"), i.provenance, limits::mediumText),
        limitText(tr("Complainant's original wording"), i.sourceWording, limits::longText),
        limitText(tr("Complainant's original date and time"), i.sourceWhenText, limits::shortText),
    });
}

bool dateOfBirthNeedsConfirmation(QDate dateOfBirth, QDate today)
{
    if (!dateOfBirth.isValid() || !today.isValid()) return false;
    // Age as people say it, in whole years: 110 until the 111th birthday.
    int age = today.year() - dateOfBirth.year();
    if (today.month() < dateOfBirth.month() || (today.month() == dateOfBirth.month() && today.day() < dateOfBirth.day()))
        --age;
    return age > 110;
}

namespace {
void strip(QString& text) { text = stripBidiControls(std::move(text)); }
void strip(QStringList& list)
{
    for (QString& text : list) strip(text);
}
} // namespace

void removeBidiControls(Case& c)
{
    strip(c.crimeReference);
    strip(c.officerInCase);
    strip(c.supervisor);
}

void removeBidiControls(Person& p)
{
    for (QString* text : {&p.title, &p.forenames, &p.surname, &p.gender, &p.preferredContact, &p.safeContact, &p.occupation})
        strip(*text);
    for (QStringList* list : {&p.aliases, &p.phones, &p.emails, &p.onlineHandles, &p.vehicles}) strip(*list);
    for (Address& a : p.addresses) strip(a.text);
}

void removeBidiControls(Incident& i)
{
    for (QString* text : {&i.location, &i.platform, &i.policeReference, &i.provenance}) strip(*text);
}

void removeBidiControls(Exhibit& e)
{
    for (QString* text : {&e.reference, &e.producedBy, &e.heldAt}) strip(*text);
    for (ContinuityEntry& c : e.continuity) strip(c.heldBy);
}

} // namespace conduct
