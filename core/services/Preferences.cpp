#include "services/Preferences.h"

#include <QCoreApplication>
#include <QSettings>
#include <array>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::Preferences", text); }

const QString markingKey = QStringLiteral("documents/marking");
const QString forceNameKey = QStringLiteral("documents/forceName");

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
    IntPreference{"security/idleLockMinutes", QT_TRANSLATE_NOOP("conduct::Preferences", "Lock after idle for"),
                  QT_TRANSLATE_NOOP("conduct::Preferences", "Security and backups"), QT_TRANSLATE_NOOP("conduct::Preferences", " minutes"),
                  &Preferences::idleLockMinutes, 0, 24 * 60, QT_TRANSLATE_NOOP("conduct::Preferences", "Never")},
    IntPreference{"backup/intervalHours", QT_TRANSLATE_NOOP("conduct::Preferences", "Automatic backup every"),
                  QT_TRANSLATE_NOOP("conduct::Preferences", "Security and backups"), QT_TRANSLATE_NOOP("conduct::Preferences", " hours"),
                  &Preferences::backupIntervalHours, 1, 24 * 30},
    IntPreference{"backup/keep", QT_TRANSLATE_NOOP("conduct::Preferences", "Automatic backups kept"),
                  QT_TRANSLATE_NOOP("conduct::Preferences", "Security and backups"), QT_TRANSLATE_NOOP("conduct::Preferences", " backups"),
                  &Preferences::backupKeep, 1, 365},
};
} // namespace

std::span<const IntPreference> preferenceTable() { return table; }
QString preferenceLabel(const IntPreference& p) { return tr(p.label); }
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

QList<Error> Preferences::validate() const
{
    QList<Error> errors;
    const QString trimmedMarking = marking.trimmed();
    if (trimmedMarking.isEmpty())
        errors.append({markingLabel(), tr("Enter the marking printed on every page, for example OFFICIAL-SENSITIVE.")});
    else if (trimmedMarking.size() > maximumMarkingLength)
        errors.append({markingLabel(), tr("Use at most %1 characters.").arg(maximumMarkingLength)});
    if (forceName.trimmed().size() > maximumForceNameLength)
        errors.append({forceNameLabel(), tr("Use at most %1 characters.").arg(maximumForceNameLength)});
    for (const IntPreference& p : table) {
        const int value = this->*p.member;
        if (value < p.minimum || value > p.maximum)
            errors.append({preferenceLabel(p), tr("Choose a number from %1 to %2.").arg(p.minimum).arg(p.maximum)});
    }
    return errors;
}

Preferences loadPreferences()
{
    const QSettings settings;
    Preferences out;
    if (const QString marking = settings.value(markingKey).toString().trimmed(); !marking.isEmpty()
        && marking.size() <= maximumMarkingLength)
        out.marking = marking;
    out.forceName = settings.value(forceNameKey).toString().trimmed().left(maximumForceNameLength);
    for (const IntPreference& p : table) {
        bool ok = false;
        const int value = settings.value(QString::fromLatin1(p.key)).toInt(&ok);
        if (ok && value >= p.minimum && value <= p.maximum) out.*p.member = value;
    }
    return out;
}

Status savePreferences(const Preferences& preferences)
{
    if (const QList<Error> errors = preferences.validate(); !errors.isEmpty()) return errors.first();
    QSettings settings;
    settings.setValue(markingKey, preferences.marking.trimmed());
    settings.setValue(forceNameKey, preferences.forceName.trimmed());
    for (const IntPreference& p : table) settings.setValue(QString::fromLatin1(p.key), preferences.*p.member);
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return Error{QString(), tr("The preferences could not be saved: the settings file cannot be written.")};
    return {};
}

} // namespace conduct
