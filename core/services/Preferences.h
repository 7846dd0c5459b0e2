#pragma once
// The settings of Conduct (Edit ▸ Preferences…), in one place: the document marking and force
// name, the risk review intervals, the escalation and MARAC thresholds, the supervisor queue's
// wait limit, the idle lock and the automatic backups.
//
// Every setting is described once, in preferenceTable() and textPreferenceTable() (key, label,
// default, allowed range, and where it is kept); the dialog, validation, loading and saving all
// work from those tables. Most are the unit's policy, kept in the database and changed only by an
// administrator (services/UnitPolicyService): an officer's desk must not decide the marking on
// another officer's exports or the date of the next risk review (issue 24). Only the officer's own
// idle lock, never longer than the unit's maximum, is kept on the desk, in QSettings, with the
// appearance, window geometry and recent databases. Core services still take plain config structs
// (RiskServiceConfig, EscalationOptions, BackupPolicy, DocumentSettings): the accessors below
// build them, so the rules code never reads settings itself.

#include "common/Result.h"
#include "forms/RiskScoring.h"
#include "search/Escalation.h"
#include "services/ExportService.h"
#include "services/RiskAssessmentService.h"
#include "store/Backup.h"

#include <QList>
#include <QString>
#include <span>

namespace conduct {

struct Preferences {
    // Documents (mg-forms §11: every page carries the protective marking).
    QString marking = QStringLiteral("OFFICIAL-SENSITIVE");
    QString forceName;
    // Risk review (protocol 3.7: the assessment "must be kept under constant review").
    int reviewDaysHigh = 7;
    int reviewDaysMedium = 14;
    int reviewDaysStandard = 28;
    int reviewQueueWaitHours = 24;
    // MARAC "potential escalation": police call-outs within a window (RiskScoring.h).
    int callOutThreshold = 3;
    int callOutWindowMonths = 12;
    // The chronology's escalation rule (Escalation.h; protocol 3.2, 4.14).
    int escalationWindowDays = 28;
    int escalationMinimumIncidents = 3;
    int escalationFrequencyFactor = 2;
    int escalationMinimumHighSeverity = 2;
    // Security and safety copies.
    int idleLockMaximumMinutes = 10;   // the unit's longest idle lock; 0: no maximum ("Never" allowed)
    int idleLockMinutes = 10;          // this officer's, on this desk; 0 turns the idle lock off
    int backupIntervalHours = 24;
    int backupKeep = 14;

    DocumentSettings documentSettings() const;
    RiskServiceConfig riskServiceConfig() const;
    EscalationOptions escalationOptions() const;
    BackupPolicy backupPolicy() const;

    // One error per field out of range or blank, naming the field and what it allows; empty when
    // valid. The officer's idle lock must be within the unit's maximum.
    QList<Error> validate() const;
    // The same for the unit's settings alone (what an administrator changes).
    QList<Error> validateUnitPolicy() const;

    bool operator==(const Preferences&) const = default;
};

// Where a setting is kept: the unit's policy in the database, or this desk's QSettings.
enum class PreferenceHome { Unit, Desk };

// One numeric preference: where it is kept, what the officer calls it, and what it allows.
struct IntPreference {
    const char* key;          // its name in unit_policy or the QSettings key, e.g. "security/idleLockMinutes"
    const char* label;        // untranslated; translate with preferenceLabel()
    const char* group;        // the dialog section, untranslated; see preferenceGroup()
    const char* suffix;       // unit shown after the number, untranslated
    int Preferences::*member;
    int minimum;
    int maximum;
    const char* zeroMeans = nullptr;   // when 0 is allowed and means something special
    PreferenceHome home = PreferenceHome::Unit;
};

// One text preference (both are the unit's: they are printed on every officer's documents).
struct TextPreference {
    const char* key;          // its name in unit_policy, e.g. "documents/marking"
    QString Preferences::*member;
    int maximumLength;
    bool required;            // a blank value is refused
};

std::span<const IntPreference> preferenceTable();
std::span<const TextPreference> textPreferenceTable();
QString preferenceLabel(const IntPreference& p);
QString preferenceLabel(const TextPreference& p);
QString preferenceGroup(const IntPreference& p);
QString preferenceSuffix(const IntPreference& p);
QString markingLabel();     // "Protective marking"
QString forceNameLabel();   // "Force name"
inline constexpr int maximumMarkingLength = 60;
inline constexpr int maximumForceNameLength = 100;

// This desk's settings applied over the unit's policy, and what was said about them.
struct DeskPreferences {
    Preferences preferences;
    // A stored idle lock longer than the unit allows is shortened to the maximum, never silently:
    // each entry names the setting and says what happened, for the window to show.
    QList<Error> notices;
};

// Reads this desk's own settings (PreferenceHome::Desk) from the application's QSettings over
// `unitPolicy`. A value out of range or unreadable falls back to its default; an idle lock longer
// than the unit's maximum is shortened to it, with a notice.
DeskPreferences loadDeskPreferences(const Preferences& unitPolicy);
// Stores this desk's own settings only; refuses (and stores nothing) unless validate() is empty.
Status saveDeskPreferences(const Preferences& preferences);

// Values an earlier version kept in this desk's QSettings for what is now the unit's policy, where
// they differ from `unitPolicy`: never used, and never imported into the unit's policy (a desk
// may have been set to "UNCLASSIFIED"). Each entry names the setting, the old value and the
// unit's, for an administrator to see once (Preferences) and decide.
QList<Error> oldDeskPolicyValues(const Preferences& unitPolicy);

} // namespace conduct
