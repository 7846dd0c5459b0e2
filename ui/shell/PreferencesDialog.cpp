#include "shell/PreferencesDialog.h"

#include "widgets/Prompts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace conduct {

PreferencesDialog::PreferencesDialog(const Preferences& current, QWidget* parent)
    : QDialog(parent), m_original(current), m_saved(current)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    auto* layout = new QVBoxLayout(this);
    m_errors = new ErrorBanner(this);
    layout->addWidget(m_errors);

    auto* documents = new QGroupBox(tr("Documents"), this);
    auto* documentForm = new QFormLayout(documents);
    m_marking = new QLineEdit(current.marking, documents);
    m_marking->setObjectName(QStringLiteral("markingEdit"));
    m_marking->setMaxLength(maximumMarkingLength + 20);   // longer is refused with a message, not cut silently
    m_marking->setToolTip(tr("Printed at the top and bottom of every page of every exported document."));
    m_forceName = new QLineEdit(current.forceName, documents);
    m_forceName->setObjectName(QStringLiteral("forceNameEdit"));
    m_forceName->setPlaceholderText(tr("e.g. Anyshire Constabulary"));
    addLabelledRow(documentForm, tr("Protective &marking:"), m_marking);
    addLabelledRow(documentForm, tr("&Force name:"), m_forceName);
    m_fields.add(markingLabel(), m_marking);
    m_fields.add(forceNameLabel(), m_forceName);
    layout->addWidget(documents);

    // One group per section of the table, in table order.
    QHash<QString, QFormLayout*> groups;
    for (const IntPreference& p : preferenceTable()) {
        const QString group = preferenceGroup(p);
        if (!groups.contains(group)) {
            auto* box = new QGroupBox(group, this);
            groups.insert(group, new QFormLayout(box));
            layout->addWidget(box);
        }
        auto* spin = new QSpinBox(this);
        spin->setObjectName(QString::fromLatin1(p.key).replace(QLatin1Char('/'), QLatin1Char('_')));
        spin->setRange(p.minimum, p.maximum);
        spin->setSuffix(preferenceSuffix(p));
        if (p.zeroMeans) spin->setSpecialValueText(QCoreApplication::translate("conduct::Preferences", p.zeroMeans));
        spin->setValue(current.*p.member);
        spin->setToolTip(tr("From %1 to %2.").arg(p.minimum).arg(p.maximum));
        addLabelledRow(groups.value(group), preferenceLabel(p) + QLatin1Char(':'), spin);
        m_fields.add(preferenceLabel(p), spin);
        m_spins.append(spin);
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Errors follow the typing, so a blank marking is flagged before OK is pressed.
    connect(m_marking, &QLineEdit::textChanged, this, &PreferencesDialog::showErrors);
    connect(m_forceName, &QLineEdit::textChanged, this, &PreferencesDialog::showErrors);
    m_marking->setFocus();
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

bool PreferencesDialog::confirmMarkingChange(const Preferences& edited)
{
    if (edited.marking == m_original.marking) return true;
    return prompts::ask(this, tr("Change the protective marking"),
                        tr("Every document Conduct exports carries the protective marking on each page. Change it "
                           "from \"%1\" to \"%2\"? Documents already exported keep the old marking.")
                            .arg(m_original.marking, edited.marking),
                        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
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
    if (!confirmMarkingChange(next)) {
        m_marking->setFocus();
        return;
    }
    if (Status saved = savePreferences(next); !saved.ok()) {
        m_errors->showError(saved.error());
        return;
    }
    m_saved = next;
    QDialog::accept();
}

} // namespace conduct
