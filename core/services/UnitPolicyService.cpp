#include "services/UnitPolicyService.h"

#include "common/Clock.h"
#include "security/AuditLog.h"
#include "security/Permissions.h"
#include "store/Transaction.h"
#include "store/UnitPolicyRepository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <algorithm>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::UnitPolicyService", text); }

const TextPreference* textRow(const QString& name)
{
    for (const TextPreference& p : textPreferenceTable())
        if (name == QLatin1String(p.key)) return &p;
    return nullptr;
}

const IntPreference* intRow(const QString& name)
{
    for (const IntPreference& p : preferenceTable())
        if (name == QLatin1String(p.key)) return &p;
    return nullptr;
}

// Why a stored text cannot be used; empty when it can.
QString textProblem(const TextPreference& p, const QString& trimmed)
{
    if (p.required && trimmed.isEmpty()) return tr("it is blank");
    if (trimmed.size() > p.maximumLength) return tr("it is longer than %1 characters").arg(p.maximumLength);
    return {};
}

// The stored number, or why it cannot be used.
Result<int> storedNumber(const IntPreference& p, const QString& text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok) return Error{preferenceLabel(p), tr("it is not a whole number")};
    if (value < p.minimum || value > p.maximum)
        return Error{preferenceLabel(p), tr("it is outside %1 to %2").arg(p.minimum).arg(p.maximum)};
    return value;
}

Error ignoredValue(const QString& label, const QString& stored, const QString& why, const QString& fallback)
{
    return Error{label, tr("The unit's stored value \"%1\" is not used because %2; Conduct uses the built-in %3 until an "
                           "administrator sets it in Edit ▸ Preferences….")
                            .arg(stored, why, fallback)};
}

Result<UnitPolicyReading> readPolicy(Database& db)
{
    auto rows = UnitPolicyRepository(db).all();
    if (!rows.ok()) return rows.error();
    UnitPolicyReading out;
    const Preferences defaults;
    for (const StoredPolicyValue& row : rows.value()) {
        const TextPreference* text = textRow(row.name);
        const IntPreference* number = intRow(row.name);
        if (text) {
            const QString trimmed = row.value.trimmed();
            if (const QString why = textProblem(*text, trimmed); !why.isEmpty()) {
                out.ignored.append(ignoredValue(preferenceLabel(*text), row.value, why,
                                                QStringLiteral("\"%1\"").arg(defaults.*text->member)));
                out.unusable.insert(row.name, row.value);
            } else
                out.policy.*text->member = trimmed;
        } else if (number && number->home == PreferenceHome::Unit) {
            auto value = storedNumber(*number, row.value);
            if (!value.ok()) {
                out.ignored.append(ignoredValue(preferenceLabel(*number), row.value, value.error().message,
                                                QString::number(defaults.*number->member) + preferenceSuffix(*number)));
                out.unusable.insert(row.name, row.value);
            } else
                out.policy.*number->member = value.value();
        } else {
            out.ignored.append(Error{row.name, tr("The unit's policy holds \"%1\", which is not one of its settings; it "
                                                  "is not used.").arg(row.name)});
            out.unusable.insert(row.name, row.value);
        }
    }
    return out;
}

QJsonValue jsonValue(const QString& name, const QString& text)
{
    bool whole = false;
    const int number = text.toInt(&whole);
    if (intRow(name) && whole) return number;
    return text;   // a text setting, or an unusable stored number kept as it was found
}

Error unknownSetting(const QString& name)
{
    if (const IntPreference* p = intRow(name); p && p->home == PreferenceHome::Desk)
        return fieldError(name, tr("\"%1\" is each officer's own setting on their desk, not the unit's: change it in "
                                   "Edit ▸ Preferences….").arg(name));
    return fieldError(name, tr("\"%1\" is not a setting of the unit's policy. Choose one of: %2.")
                                .arg(name, unitPolicyNames().join(QStringLiteral(", "))));
}
} // namespace

QStringList unitPolicyNames()
{
    QStringList names;
    for (const TextPreference& p : textPreferenceTable()) names.append(QLatin1String(p.key));
    for (const IntPreference& p : preferenceTable())
        if (p.home == PreferenceHome::Unit) names.append(QLatin1String(p.key));
    return names;
}

QString unitPolicyValue(const Preferences& policy, const QString& name)
{
    if (const TextPreference* p = textRow(name)) return (policy.*p->member).trimmed();
    if (const IntPreference* p = intRow(name)) return QString::number(policy.*p->member);
    return {};
}

QString unitPolicyLabel(const QString& name)
{
    if (const TextPreference* text = textRow(name)) return preferenceLabel(*text);
    if (const IntPreference* number = intRow(name)) return preferenceLabel(*number);
    return name;
}

QList<PolicyChange> unitPolicyChanges(const Preferences& from, const Preferences& to)
{
    QList<PolicyChange> changes;
    for (const QString& name : unitPolicyNames()) {
        const QString before = unitPolicyValue(from, name);
        const QString after = unitPolicyValue(to, name);
        if (before == after) continue;
        changes.append({name, unitPolicyLabel(name), before, after});
    }
    return changes;
}

Result<UnitPolicyReading> UnitPolicyService::read() const { return readPolicy(m_db); }

Result<QList<PolicyChange>> UnitPolicyService::change(const Session& actor, const Preferences& edited)
{
    if (Status s = requirePermission(actor, Action::ManageUnitPolicy); !s.ok()) return s.error();
    if (const QList<Error> errors = edited.validateUnitPolicy(); !errors.isEmpty()) return errors.first();
    const Preferences defaults;
    return inTransaction<QList<PolicyChange>>(m_db, [&]() -> Result<QList<PolicyChange>> {
        auto current = readPolicy(m_db);
        if (!current.ok()) return current.error();
        QList<PolicyChange> changes = unitPolicyChanges(current->policy, edited);
        // A hand-edited value the tables refuse reads as the default; saving the default must still
        // replace it (else the unusable row stays and stops every export, unitDocumentSettings).
        for (const QString& name : unitPolicyNames()) {
            const auto stored = current->unusable.constFind(name);
            if (stored == current->unusable.cend()) continue;
            if (std::any_of(changes.cbegin(), changes.cend(), [&](const PolicyChange& c) { return c.name == name; })) continue;
            changes.append({name, unitPolicyLabel(name), stored.value(), unitPolicyValue(edited, name)});
        }
        UnitPolicyRepository rows(m_db);
        const QDateTime now = Clock::nowUtc();
        for (const PolicyChange& c : changes) {
            // Only what the unit decided is kept: a value back at its default removes the row.
            const Status written = c.after == unitPolicyValue(defaults, c.name) ? rows.remove(c.name)
                                                                                 : rows.put(c.name, c.after, actor.user.id, now);
            if (!written.ok()) return written.error();
            AuditRecord r = AuditLog::recordFor(actor, AuditAction::Update);
            r.entityType = QStringLiteral("unit_policy");
            r.entityId = c.name;
            r.setChanges(QJsonObject{{c.name, jsonValue(c.name, c.before)}}, QJsonObject{{c.name, jsonValue(c.name, c.after)}});
            if (Status s = AuditLog::append(m_db, r); !s.ok()) return s.error();
        }
        return changes;
    });
}

Result<QList<PolicyChange>> UnitPolicyService::set(const Session& actor, const QString& name, const QString& value)
{
    if (Status s = requirePermission(actor, Action::ManageUnitPolicy); !s.ok()) return s.error();
    auto current = read();
    if (!current.ok()) return current.error();
    Preferences edited = current->policy;
    const TextPreference* text = textRow(name);
    const IntPreference* number = intRow(name);
    if (text) {
        edited.*text->member = value.trimmed();
    } else if (number && number->home == PreferenceHome::Unit) {
        bool ok = false;
        const int parsed = value.trimmed().toInt(&ok);
        if (!ok)
            return fieldError(preferenceLabel(*number),
                              tr("Give a whole number from %1 to %2.").arg(number->minimum).arg(number->maximum));
        edited.*number->member = parsed;
    } else {
        return unknownSetting(name);
    }
    return change(actor, edited);
}

Preferences unitPolicyOrDefaults(Database& db)
{
    auto reading = readPolicy(db);
    if (!reading.ok()) {
        qWarning("The unit's policy could not be read; the built-in defaults are used: %s",
                 qPrintable(reading.error().text()));
        return Preferences{};
    }
    for (const Error& e : reading->ignored) qWarning("%s", qPrintable(e.text()));
    return reading->policy;
}

Result<DocumentSettings> unitDocumentSettings(Database& db)
{
    auto reading = readPolicy(db);
    if (!reading.ok())
        return Error{tr("Protective marking"), tr("The unit's policy could not be read (%1), so the marking to print is "
                                                  "not known. Try again; if it persists, ask an administrator to check "
                                                  "the database.").arg(reading.error().message)};
    for (const Error& e : reading->ignored) {
        const bool aboutDocuments = std::any_of(reading->unusable.keyBegin(), reading->unusable.keyEnd(), [&](const QString& key) {
            return key.startsWith(QLatin1String("documents/")) && e.field == unitPolicyLabel(key);
        });
        if (!aboutDocuments) continue;
        return Error{e.field, tr("The unit's stored value cannot be used (%1), so what to print is not known. No "
                                 "document is printed or exported until an administrator sets it in Edit ▸ "
                                 "Preferences… or with conduct policy set.")
                                  .arg(e.message)};
    }
    return reading->policy.documentSettings();
}

} // namespace conduct
