#pragma once
// The unit's policy (issue 24): the protective marking, force name, idle-lock maximum, risk review
// intervals, queue wait, MARAC and escalation thresholds and backup policy, kept in the database
// (unit_policy) so that every desk reads the same values. Only an administrator changes them
// (Action::ManageUnitPolicy), each change audited with its value before and after.
//
// A row holds a value only where it differs from the built-in default (Preferences.h's member
// initialisers): setting a value back to its default removes the row, so the table lists exactly
// what the unit has decided. A stored value that the tables do not allow (a hand-edited zero-day
// review, an unknown name) is never used: the default applies and read() says why, except for the
// marking and force name, where documents are refused instead (unitDocumentSettings).

#include "common/Result.h"
#include "services/Preferences.h"

#include <QHash>
#include <QList>
#include <QString>

namespace conduct {

class Database;
struct Session;

struct UnitPolicyReading {
    Preferences policy;     // the unit's values; desk values (PreferenceHome::Desk) at their defaults
    QList<Error> ignored;   // stored values not used, each naming the setting and why
    QHash<QString, QString> unusable;   // their keys (e.g. "documents/marking") and stored text
};

// One value an administrator changes, as text (numbers in decimal).
struct PolicyChange {
    QString name;    // the table's key, e.g. "documents/marking"
    QString label;   // what the officer calls it, e.g. "Protective marking"
    QString before;
    QString after;
    bool operator==(const PolicyChange&) const = default;
};

class UnitPolicyService {
public:
    explicit UnitPolicyService(Database& db) : m_db(db) {}

    Result<UnitPolicyReading> read() const;

    // Administrators only. Writes every unit value of `edited` that differs from the stored policy,
    // with one audit record each (before and after), in one transaction; unchanged values write
    // nothing. Desk values in `edited` are ignored. Returns the changes made.
    Result<QList<PolicyChange>> change(const Session& actor, const Preferences& edited);
    // One setting by its key and a value as text (conduct policy set NAME VALUE).
    Result<QList<PolicyChange>> set(const Session& actor, const QString& name, const QString& value);

private:
    Database& m_db;
};

// The unit values that differ between two sets of preferences, in table order.
QList<PolicyChange> unitPolicyChanges(const Preferences& from, const Preferences& to);
// Every unit setting's key, in table order (texts first).
QStringList unitPolicyNames();
// What the officer calls a setting, e.g. "Protective marking" for "documents/marking".
QString unitPolicyLabel(const QString& name);
// A unit setting's value as text, for a key of unitPolicyNames().
QString unitPolicyValue(const Preferences& policy, const QString& name);

// For readers that must carry on (an export, the idle lock): the unit's policy, or the built-in
// defaults when it cannot be read. What was ignored, or the failure, is logged as a warning.
Preferences unitPolicyOrDefaults(Database& db);

// For documents: the unit's marking and force name, refused (naming the setting and the fix) when
// the policy cannot be read or a stored document value is unusable. A PDF must never carry a
// marking other than the one the unit chose, so an export stops rather than print the default.
Result<DocumentSettings> unitDocumentSettings(Database& db);

} // namespace conduct
