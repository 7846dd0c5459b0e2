#include "shell/PreferencesDialog.h"

#include "security/Permissions.h"
#include "services/UnitPolicyService.h"
#include "widgets/Prompts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace conduct {
namespace {
// Shown to an administrator once per desk: an earlier version kept the unit's values here.
const QString oldDeskValuesShownKey = QStringLiteral("policy/oldDeskValuesShown");

QLabel* noteLabel(const QString& text, QWidget* parent, const char* objectName)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    return label;
}

QString valueWithSuffix(const PolicyChange& change, const QString& value)
{
    for (const IntPreference& p : preferenceTable())
        if (change.name == QLatin1String(p.key))
            return value == QLatin1String("0") && p.zeroMeans ? QCoreApplication::translate("conduct::Preferences", p.zeroMeans)
                                                                : value + preferenceSuffix(p);
    return QStringLiteral("\"%1\"").arg(value);
}
} // namespace

PreferencesDialog::PreferencesDialog(Database& db, const Session& session, QWidget* parent)
    : QDialog(parent), m_db(db), m_session(session),
      m_canChangePolicy(requirePermission(session, Action::ManageUnitPolicy).ok())
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    Preferences unit;
    if (auto reading = UnitPolicyService(db).read(); reading.ok()) {
        unit = reading->policy;
        m_policyProblems = reading->ignored;
    } else {
        m_policyProblems.append(reading.error());
        m_canChangePolicy = false;   // what cannot be read cannot be changed safely
    }
    const DeskPreferences desk = loadDeskPreferences(unit);
    m_original = m_saved = desk.preferences;
    m_policyProblems += desk.notices;
    if (m_canChangePolicy && !QSettings().value(oldDeskValuesShownKey).toBool()) {
        const QList<Error> old = oldDeskPolicyValues(unit);
        m_policyProblems += old;
        if (!old.isEmpty()) QSettings().setValue(oldDeskValuesShownKey, true);
    }

    auto* layout = new QVBoxLayout(this);
    m_errors = new ErrorBanner(this);
    layout->addWidget(m_errors);
    layout->addWidget(noteLabel(m_canChangePolicy
                                    ? tr("As an administrator you set the unit's policy: every officer's documents, risk "
                                         "reviews, idle lock and backups follow it. Each change is recorded in the audit "
                                         "trail.")
                                    : tr("Most settings are the unit's policy, the same on every desk: they are set by "
                                         "your unit's administrator. You can change this desk's own idle lock."),
                                this, "policyNote"));
    if (!m_policyProblems.isEmpty()) {
        QStringList lines;
        for (const Error& e : m_policyProblems) lines.append(e.text());
        layout->addWidget(noteLabel(lines.join(QLatin1Char('\n')), this, "policyProblems"));
    }

    const QString setByAdministrator = tr("Set by your unit's administrator.");
    const auto unitField = [&](QWidget* field) {
        if (m_canChangePolicy) return;
        field->setEnabled(false);   // greyed: readable, not editable
        field->setToolTip(setByAdministrator);
    };

    auto* documents = new QGroupBox(tr("Documents"), this);
    auto* documentForm = new QFormLayout(documents);
    if (!m_canChangePolicy) documentForm->addRow(noteLabel(setByAdministrator, documents, "setByAdministrator"));
    m_marking = new QLineEdit(m_original.marking, documents);
    m_marking->setObjectName(QStringLiteral("markingEdit"));
    m_marking->setMaxLength(maximumMarkingLength + 20);   // longer is refused with a message, not cut silently
    m_marking->setToolTip(tr("Printed at the top and bottom of every page of every exported document."));
    m_forceName = new QLineEdit(m_original.forceName, documents);
    m_forceName->setObjectName(QStringLiteral("forceNameEdit"));
    // An example in a greyed field would read as the unit's value.
    m_forceName->setPlaceholderText(m_canChangePolicy ? tr("e.g. Anyshire Constabulary") : tr("None set"));
    addLabelledRow(documentForm, tr("Protective &marking:"), m_marking);
    addLabelledRow(documentForm, tr("&Force name:"), m_forceName);
    unitField(m_marking);
    unitField(m_forceName);
    m_fields.add(markingLabel(), m_marking);
    m_fields.add(forceNameLabel(), m_forceName);
    layout->addWidget(documents);

    // One group per section of the table, in table order.
    QHash<QString, QFormLayout*> groups;
    QSpinBox* deskIdleLock = nullptr;
    for (const IntPreference& p : preferenceTable()) {
        const QString group = preferenceGroup(p);
        if (!groups.contains(group)) {
            auto* box = new QGroupBox(group, this);
            auto* form = new QFormLayout(box);
            if (p.home == PreferenceHome::Unit && !m_canChangePolicy)
                form->addRow(noteLabel(setByAdministrator, box, "setByAdministrator"));
            groups.insert(group, form);
            layout->addWidget(box);
        }
        auto* spin = new QSpinBox(this);
        spin->setObjectName(QString::fromLatin1(p.key).replace(QLatin1Char('/'), QLatin1Char('_')));
        spin->setRange(p.minimum, p.maximum);
        spin->setSuffix(preferenceSuffix(p));
        if (p.zeroMeans) spin->setSpecialValueText(QCoreApplication::translate("conduct::Preferences", p.zeroMeans));
        spin->setValue(m_original.*p.member);
        spin->setToolTip(tr("From %1 to %2.").arg(p.minimum).arg(p.maximum));
        addLabelledRow(groups.value(group), preferenceLabel(p) + QLatin1Char(':'), spin);
        if (p.home == PreferenceHome::Unit) unitField(spin);
        if (p.member == &Preferences::idleLockMinutes) deskIdleLock = spin;
        m_fields.add(preferenceLabel(p), spin);
        m_spins.append(spin);
        connect(spin, &QSpinBox::valueChanged, this, &PreferencesDialog::showErrors);
    }
    if (deskIdleLock && m_original.idleLockMaximumMinutes > 0)
        deskIdleLock->setToolTip(tr("From 1 to %1 minutes: your unit's maximum.").arg(m_original.idleLockMaximumMinutes));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Errors follow the typing, so a blank marking is flagged before OK is pressed.
    connect(m_marking, &QLineEdit::textChanged, this, &PreferencesDialog::showErrors);
    connect(m_forceName, &QLineEdit::textChanged, this, &PreferencesDialog::showErrors);
    if (m_canChangePolicy) m_marking->setFocus();
    else if (deskIdleLock) deskIdleLock->setFocus();
}

Preferences PreferencesDialog::edited() const
{
    Preferences p = m_original;
    p.marking = m_marking->text().trimmed();
    p.forceName = m_forceName->text().trimmed();
    const auto table = preferenceTable();
    for (qsizetype i = 0; i < m_spins.size(); ++i) p.*table[size_t(i)].member = m_spins[i]->value();
    return p;
}

void PreferencesDialog::showErrors()
{
    const QList<Error> errors = edited().validate();
    if (errors.isEmpty()) return m_errors->clearError();
    QStringList lines;
    for (const Error& e : errors) lines.append(e.text());
    m_errors->showError(Error{QString(), lines.join(QLatin1Char('\n'))});
}

bool PreferencesDialog::confirmPolicyChanges(const Preferences& edited)
{
    QStringList lines;
    for (const PolicyChange& c : unitPolicyChanges(m_original, edited))
        lines.append(tr("• %1: %2 → %3").arg(c.label, valueWithSuffix(c, c.before), valueWithSuffix(c, c.after)));
    QString text = tr("Change the unit's policy? Every officer's desk uses it from now on, and each change is recorded "
                      "in the audit trail:\n\n%1").arg(lines.join(QLatin1Char('\n')));
    if (edited.marking != m_original.marking)
        text += QLatin1String("\n\n") + tr("Documents already exported keep the old marking.");
    return prompts::ask(this, tr("Change the unit's policy"), text, QMessageBox::Yes | QMessageBox::Cancel,
                        QMessageBox::Cancel)
           == QMessageBox::Yes;
}

void PreferencesDialog::accept()
{
    const Preferences next = edited();
    if (const QList<Error> errors = next.validate(); !errors.isEmpty()) {
        showErrors();
        m_fields.focus(errors.first());
        return;
    }
    // Core decides who may change the policy: an officer's changes, had the fields been enabled,
    // would be refused here with the reason.
    if (!unitPolicyChanges(m_original, next).isEmpty()) {
        if (m_canChangePolicy && !confirmPolicyChanges(next)) {
            m_marking->setFocus();
            return;
        }
        if (auto changed = UnitPolicyService(m_db).change(m_session, next); !changed.ok()) {
            m_errors->showError(changed.error());
            return;
        }
    }
    if (Status saved = saveDeskPreferences(next); !saved.ok()) {
        m_errors->showError(saved.error());
        return;
    }
    m_saved = next;
    QDialog::accept();
}

} // namespace conduct
