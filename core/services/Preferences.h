#pragma once
// The officer-adjustable settings of a Conduct installation (Edit ▸ Preferences…), in one place:
// the document marking and force name, the risk review intervals, the escalation and MARAC
// thresholds, the supervisor queue's wait limit, the idle lock and the automatic backups.
//
// Every number is described once, in preferenceTable() (key, label, default, allowed range); the
// dialog, validation, loading and saving all work from that table. Values are kept in the
// application's QSettings. Core services still take plain config structs (RiskServiceConfig,
// EscalationOptions, BackupPolicy, DocumentSettings): the accessors below build them, so the
// rules code never reads settings itself.

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
    int idleLockMinutes = 10;   // 0 turns the idle lock off
    int backupIntervalHours = 24;
    int backupKeep = 14;

    DocumentSettings documentSettings() const;
    RiskServiceConfig riskServiceConfig() const;
    EscalationOptions escalationOptions() const;
    BackupPolicy backupPolicy() const;

    // One error per field out of range or blank, naming the field and what it allows; empty when valid.
    QList<Error> validate() const;

    bool operator==(const Preferences&) const = default;
};

// One numeric preference: where it is kept, what the officer calls it, and what it allows.
struct IntPreference {
    const char* key;          // QSettings key, e.g. "security/idleLockMinutes"
    const char* label;        // untranslated; translate with preferenceLabel()
    const char* group;        // the dialog section, untranslated; see preferenceGroup()
    const char* suffix;       // unit shown after the number, untranslated
    int Preferences::*member;
    int minimum;
    int maximum;
    const char* zeroMeans = nullptr;   // when 0 is allowed and means something special
};

std::span<const IntPreference> preferenceTable();
QString preferenceLabel(const IntPreference& p);
QString preferenceGroup(const IntPreference& p);
QString preferenceSuffix(const IntPreference& p);
QString markingLabel();     // "Protective marking"
QString forceNameLabel();   // "Force name"
inline constexpr int maximumMarkingLength = 60;
inline constexpr int maximumForceNameLength = 100;

// Reads from the application's QSettings; a stored value out of range or unreadable falls back to
// its default, so a hand-edited settings file cannot set a zero-day review or a 0-hour backup.
Preferences loadPreferences();
// Refuses (and stores nothing) unless validate() is empty.
Status savePreferences(const Preferences& preferences);

} // namespace conduct
