#include "services/Preferences.h"

#include <QCoreApplication>
#include <QSettings>
#include <array>
#include <optional>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::Preferences", text); }

// The ranges are generous but stop values that would make a rule meaningless (a review every
// 0 days, a backup never kept). Defaults are the member initialisers in Preferences.h.
constexpr std::array table{
    IntPreference{"risk/reviewDaysHigh", QT_TRANSLATE_NOOP("conduct::Preferences", "Review high risk every"),
                  QT_TRANSLATE_NOOP("conduct::Preferences", "Risk review"), QT_TRANSLATE_NOOP("conduct::Preferences", " days"),
                  &Preferences::reviewDaysHigh, 1, 90},
    IntPreference{"risk/reviewDaysMedium", QT_TRANSLATE_NOOP("conduct::Preferences", "Review medium risk every"),
                  QT_TRANSLATE_NOOP("conduct::Preferences", "Risk review"), QT_TRANSLATE_NOOP("conduct::Preferences", " days"),
                  &Preferences::reviewDaysMedium, 1, 180},
    IntPreference{"risk/reviewDaysStandard", QT_TRANSLATE_NOOP("conduct::Preferences", "Review standard risk every"),
                  QT_TRANSLATE_NOOP("conduct::Preferences", "Risk review"), QT_TRANSLATE_NOOP("conduct::Preferences", " days"),
                  &Preferences::reviewDaysStandard, 1, 365},
    IntPreference{"risk/queueWaitHours", QT_TRANSLATE_NOOP("conduct::Preferences", "Flag submissions waiting longer than"),
                  QT_TRANSLATE_NOOP("conduct::Preferences", "Risk review"), QT_TRANSLATE_NOOP("conduct::Preferences", " hours"),
                  &Preferences::reviewQueueWaitHours, 1, 336},
    IntPreference{"risk/callOutThreshold", QT_TRANSLATE_NOOP("conduct::Preferences", "MARAC escalation: police call-outs"),
                  QT_TRANSLATE_NOOP("conduct::Preferences", "Thresholds"), QT_TRANSLATE_NOOP("conduct::Preferences", " or more"),
                  &Preferences::callOutThreshold, 1, 20},
    IntPreference{"risk/callOutWindowMonths", QT_TRANSLATE_NOOP("conduct::Preferences", "MARAC escalation: within"),
                  QT_TRANSLATE_NOOP("conduct::Preferences", "Thresholds"), QT_TRANSLATE_NOOP("conduct::Preferences", " months"),
                  &Preferences::callOutWindowMonths, 1, 36},
    IntPreference{"escalation/windowDays", QT_TRANSLATE_NOOP("conduct::Preferences", "Escalation compares periods of"),
                  QT_TRANSLATE_NOOP("conduct::Preferences", "Thresholds"), QT_TRANSLATE_NOOP("conduct::Preferences", " days"),
                  &Preferences::escalationWindowDays, 7, 90},
    IntPreference{"escalation/minimumIncidents", QT_TRANSLATE_NOOP("conduct::Preferences", "Escalating from at least"),
                  QT_TRANSLATE_NOOP("conduct::Preferences", "Thresholds"), QT_TRANSLATE_NOOP("conduct::Preferences", " incidents"),
                  &Preferences::escalationMinimumIncidents, 1, 50},
    IntPreference{"escalation/frequencyFactor", QT_TRANSLATE_NOOP("conduct::Preferences", "Escalating when incidents multiply by"),
                  QT_TRANSLATE_NOOP("conduct::Preferences", "Thresholds"), QT_TRANSLATE_NOOP("conduct::Preferences", " times"),
                  &Preferences::escalationFrequencyFactor, 2, 10},
    IntPreference{"escalation/minimumHighSeverity", QT_TRANSLATE_NOOP("conduct::Preferences", "Escalating from high-severity behaviours"),
                  QT_TRANSLATE_NOOP("conduct::Preferences", "Thresholds"), QT_TRANSLATE_NOOP("conduct::Preferences", " or more"),
                  &Preferences::escalationMinimumHighSeverity, 1, 20},
    IntPreference{"security/idleLockMaximumMinutes", QT_TRANSLATE_NOOP("conduct::Preferences", "Lock after idle for at most"),
                  QT_TRANSLATE_NOOP("conduct::Preferences", "Security and backups"), QT_TRANSLATE_NOOP("conduct::Preferences", " minutes"),
                  &Preferences::idleLockMaximumMinutes, 0, 24 * 60, QT_TRANSLATE_NOOP("conduct::Preferences", "No maximum")},
    IntPreference{"backup/intervalHours", QT_TRANSLATE_NOOP("conduct::Preferences", "Automatic backup every"),
                  QT_TRANSLATE_NOOP("conduct::Preferences", "Security and backups"), QT_TRANSLATE_NOOP("conduct::Preferences", " hours"),
                  &Preferences::backupIntervalHours, 1, 24 * 30},
    IntPreference{"backup/keep", QT_TRANSLATE_NOOP("conduct::Preferences", "Automatic backups kept"),
                  QT_TRANSLATE_NOOP("conduct::Preferences", "Security and backups"), QT_TRANSLATE_NOOP("conduct::Preferences", " backups"),
                  &Preferences::backupKeep, 1, 365},
    // The officer's own, on this desk: validate() and loadDeskPreferences() keep it within the maximum above.
    IntPreference{"security/idleLockMinutes", QT_TRANSLATE_NOOP("conduct::Preferences", "Lock after idle for"),
                  QT_TRANSLATE_NOOP("conduct::Preferences", "This desk"), QT_TRANSLATE_NOOP("conduct::Preferences", " minutes"),
                  &Preferences::idleLockMinutes, 0, 24 * 60, QT_TRANSLATE_NOOP("conduct::Preferences", "Never"),
                  PreferenceHome::Desk},
};

constexpr std::array textTable{
    TextPreference{"documents/marking", &Preferences::marking, maximumMarkingLength, true},
    TextPreference{"documents/forceName", &Preferences::forceName, maximumForceNameLength, false},
};
} // namespace

std::span<const IntPreference> preferenceTable() { return table; }
std::span<const TextPreference> textPreferenceTable() { return textTable; }
QString preferenceLabel(const IntPreference& p) { return tr(p.label); }
QString preferenceLabel(const TextPreference& p)
{
    return p.member == &Preferences::marking ? markingLabel() : forceNameLabel();
}
QString preferenceGroup(const IntPreference& p) { return tr(p.group); }
QString preferenceSuffix(const IntPreference& p) { return tr(p.suffix); }
QString markingLabel() { return tr("Protective marking"); }
QString forceNameLabel() { return tr("Force name"); }

DocumentSettings Preferences::documentSettings() const { return DocumentSettings{forceName, marking, escalationOptions()}; }

RiskServiceConfig Preferences::riskServiceConfig() const
{
    RiskServiceConfig c;
    c.risk.escalation.callOutThreshold = callOutThreshold;
    c.risk.escalation.windowMonths = callOutWindowMonths;
    // The packs name their levels differently (DASH: high/medium/standard; others: moderate/low).
    c.risk.review.daysByLevel = {{QStringLiteral("high"), reviewDaysHigh},
                                 {QStringLiteral("medium"), reviewDaysMedium},
                                 {QStringLiteral("moderate"), reviewDaysMedium},
                                 {QStringLiteral("standard"), reviewDaysStandard},
                                 {QStringLiteral("low"), reviewDaysStandard}};
    c.risk.review.otherDays = reviewDaysStandard;
    c.queueWaitLimitHours = reviewQueueWaitHours;
    return c;
}

EscalationOptions Preferences::escalationOptions() const
{
    EscalationOptions o;
    o.windowDays = escalationWindowDays;
    o.minimumRecentIncidents = escalationMinimumIncidents;
    o.frequencyFactor = escalationFrequencyFactor;
    o.minimumHighSeverity = escalationMinimumHighSeverity;
    return o;
}

BackupPolicy Preferences::backupPolicy() const
{
    BackupPolicy p;
    p.intervalSeconds = qint64(backupIntervalHours) * 3600;
    p.keep = backupKeep;
    return p;
}

QList<Error> Preferences::validateUnitPolicy() const
{
    QList<Error> errors;
    for (const TextPreference& p : textTable) {
        const QString value = (this->*p.member).trimmed();
        if (p.required && value.isEmpty())
            errors.append({preferenceLabel(p), tr("Enter the marking printed on every page, for example OFFICIAL-SENSITIVE.")});
        else if (value.size() > p.maximumLength)
            errors.append({preferenceLabel(p), tr("Use at most %1 characters.").arg(p.maximumLength)});
    }
    for (const IntPreference& p : table) {
        const int value = this->*p.member;
        if (p.home == PreferenceHome::Unit && (value < p.minimum || value > p.maximum))
            errors.append({preferenceLabel(p), tr("Choose a number from %1 to %2.").arg(p.minimum).arg(p.maximum)});
    }
    return errors;
}

namespace {
const IntPreference& deskIdleLockRow() { return table.back(); }

// The officer's idle lock against the unit's maximum; nullopt when it is within it.
std::optional<Error> idleLockBeyondMaximum(const Preferences& p)
{
    // No maximum (0): any idle lock, or none. A negative one is refused as out of its own range.
    if (p.idleLockMaximumMinutes <= 0) return std::nullopt;
    if (p.idleLockMinutes >= 1 && p.idleLockMinutes <= p.idleLockMaximumMinutes) return std::nullopt;
    return Error{preferenceLabel(deskIdleLockRow()),
                 tr("Your unit locks Conduct after at most %1 minutes idle: choose from 1 to %1 minutes.")
                     .arg(p.idleLockMaximumMinutes)};
}
} // namespace

QList<Error> Preferences::validate() const
{
    QList<Error> errors = validateUnitPolicy();
    for (const IntPreference& p : table) {
        const int value = this->*p.member;
        if (p.home != PreferenceHome::Desk) continue;
        if (value < p.minimum || value > p.maximum)
            errors.append({preferenceLabel(p), tr("Choose a number from %1 to %2.").arg(p.minimum).arg(p.maximum)});
        else if (p.member == &Preferences::idleLockMinutes && idleLockBeyondMaximum(*this))
            errors.append(*idleLockBeyondMaximum(*this));
    }
    return errors;
}

DeskPreferences loadDeskPreferences(const Preferences& unitPolicy)
{
    const QSettings settings;
    DeskPreferences out{unitPolicy, {}};
    for (const IntPreference& p : table) {
        if (p.home != PreferenceHome::Desk) continue;
        out.preferences.*p.member = Preferences{}.*p.member;
        bool ok = false;
        const int value = settings.value(QString::fromLatin1(p.key)).toInt(&ok);
        if (ok && value >= p.minimum && value <= p.maximum) out.preferences.*p.member = value;
    }
    Preferences& p = out.preferences;
    if (idleLockBeyondMaximum(p)) {
        const QString chosen = p.idleLockMinutes == 0 ? tr("never") : tr("after %1 minutes").arg(p.idleLockMinutes);
        p.idleLockMinutes = p.idleLockMaximumMinutes;
        out.notices.append({preferenceLabel(deskIdleLockRow()),
                            tr("This desk was set to lock %1, longer than your unit allows: Conduct locks after %2 "
                               "minutes idle. Choose a shorter time in Edit ▸ Preferences… to stop this message.")
                                .arg(chosen)
                                .arg(p.idleLockMaximumMinutes)});
    }
    return out;
}

Status saveDeskPreferences(const Preferences& preferences)
{
    if (const QList<Error> errors = preferences.validate(); !errors.isEmpty()) return errors.first();
    QSettings settings;
    for (const IntPreference& p : table)
        if (p.home == PreferenceHome::Desk) settings.setValue(QString::fromLatin1(p.key), preferences.*p.member);
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return Error{QString(), tr("The preferences could not be saved: the settings file cannot be written.")};
    return {};
}

QList<Error> oldDeskPolicyValues(const Preferences& unitPolicy)
{
    const QSettings settings;
    QList<Error> found;
    const auto differs = [&](const QString& label, const QString& key, const QString& unitValue) {
        if (!settings.contains(key)) return;
        const QString old = settings.value(key).toString().trimmed();
        if (old != unitValue)
            found.append({label, tr("this desk's old settings file says \"%1\"; the unit's policy is \"%2\". The old "
                                    "value is not used.").arg(old, unitValue)});
    };
    for (const TextPreference& p : textTable) differs(preferenceLabel(p), QLatin1String(p.key), (unitPolicy.*p.member).trimmed());
    for (const IntPreference& p : table)
        if (p.home == PreferenceHome::Unit)
            differs(preferenceLabel(p), QLatin1String(p.key), QString::number(unitPolicy.*p.member));
    return found;
}

} // namespace conduct
