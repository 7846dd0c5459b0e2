#include "care/ChargingFileSupport.h"

#include "common/UkTime.h"
#include "widgets/SpellCheck.h"

#include <QComboBox>
#include <QLayout>
#include <QCoreApplication>
#include <QPlainTextEdit>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::ChargingFileUi", text); }
} // namespace

QString chargingStatusLine(const ChargingDocument& d)
{
    const QString version = tr("Version %1").arg(d.version);
    switch (d.status) {
    case ChargingStatus::Draft:
        // A later version replaces an approved one: say plainly that it is not approved.
        return d.version > 1 ? tr("%1 – Draft, not yet approved").arg(version) : tr("%1 – Draft").arg(version);
    case ChargingStatus::Submitted:
        return tr("%1 – Submitted for approval").arg(version);
    case ChargingStatus::Returned: {
        const auto back = d.latestReturn();
        return tr("%1 – Returned: %2").arg(version, back ? back->reasons : QString());
    }
    case ChargingStatus::Approved: {
        const auto ok = d.approval();
        if (!ok) return tr("%1 – Approved").arg(version);
        const QString who = ok->reviewer.rank.isEmpty() ? ok->reviewer.name : tr("%1, %2").arg(ok->reviewer.name, ok->reviewer.rank);
        return tr("%1 – Approved by %2 on %3").arg(version, who, uktime::formatDate(uktime::dateOf(ok->reviewUtc)));
    }
    }
    return version;
}

QString chargingField(const char* sourceText) { return QCoreApplication::translate("conduct::ChargingFile", sourceText); }

QComboBox* makeTriState(const QString& objectName, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->addItem(tr("Not stated"), QString());
    combo->addItem(tr("Yes"), QStringLiteral("yes"));
    combo->addItem(tr("No"), QStringLiteral("no"));
    return combo;
}

std::optional<bool> triStateValue(const QComboBox* combo)
{
    const QString v = combo->currentData().toString();
    if (v.isEmpty()) return std::nullopt;
    return v == QLatin1String("yes");
}

void setTriState(QComboBox* combo, std::optional<bool> value)
{
    combo->setCurrentIndex(combo->findData(!value ? QString() : *value ? QStringLiteral("yes") : QStringLiteral("no")));
}

QString chargingDraftKey(ChargingForm form, qint64 caseId, int version, qint64 userId)
{
    return QStringLiteral("charging:%1:case=%2:version=%3:user=%4").arg(chargingFormCode(form)).arg(caseId).arg(version).arg(userId);
}

namespace {
void collectFocusable(QLayout* layout, QList<QWidget*>& out)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem* item = layout->itemAt(i);
        if (QLayout* inner = item->layout()) {
            collectFocusable(inner, out);
        } else if (QWidget* w = item->widget()) {
            if (w->layout()) collectFocusable(w->layout(), out);   // a group box, a date field's edit and button
            else if (w->focusPolicy() & Qt::TabFocus) out.append(w);
        }
    }
}
} // namespace

void setTabOrderFromLayout(QWidget* root)
{
    if (!root || !root->layout()) return;
    QList<QWidget*> chain;
    collectFocusable(root->layout(), chain);
    for (int i = 1; i < chain.size(); ++i) QWidget::setTabOrder(chain[i - 1], chain[i]);
}

void spellCheck(QPlainTextEdit* edit) { enableSpellCheck(edit); }

} // namespace conduct
