#include "care/Mg2DetailsEditor.h"

#include "care/CarePageSupport.h"
#include "care/ChargingFileSupport.h"
#include "widgets/FieldErrors.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace conduct {
namespace {
QPlainTextEdit* longText(const QString& objectName, QWidget* parent)
{
    QPlainTextEdit* edit = makeText(objectName, parent, 2);
    spellCheck(edit);
    return edit;
}
} // namespace

Mg2DetailsEditor::Mg2DetailsEditor(QFormLayout* form, QWidget* parent) : QObject(parent)
{
    m_effect = longText(QStringLiteral("mg2EffectOnQuality"), parent);
    m_viewsEligibility = longText(QStringLiteral("mg2ViewsOnEligibility"), parent);
    m_viewsQuality = longText(QStringLiteral("mg2ViewsOnQuality"), parent);
    m_otherParties = longText(QStringLiteral("mg2OtherParties"), parent);
    m_supporting = makeTriState(QStringLiteral("mg2SupportingMaterial"), parent);
    m_supportingList = longText(QStringLiteral("mg2SupportingList"), parent);
    m_meeting = makeTriState(QStringLiteral("mg2MeetingRequired"), parent);
    m_needs = makeLine(QStringLiteral("mg2CommunicationNeeds"), parent);
    addLabelledRow(form, tr("MG2 2: effect on the quality of the witness's evidence:"), m_effect);
    addLabelledRow(form, tr("MG2 4: witness's views on their eligibility:"), m_viewsEligibility);
    addLabelledRow(form, tr("MG2 4: views on whether measures would improve their evidence:"), m_viewsQuality);
    addLabelledRow(form, tr("MG2 5: views of other interested parties (carer, ISAC, agencies):"), m_otherParties);
    addLabelledRow(form, tr("MG2 5: other supporting material attached?"), m_supporting);
    addLabelledRow(form, tr("MG2 5: if yes, list it:"), m_supportingList);
    addLabelledRow(form, tr("MG2 6: special measures meeting required?"), m_meeting);
    addLabelledRow(form, tr("Interpreter or communication needs (not an MG2 box):"), m_needs);
}

void Mg2DetailsEditor::load(const SpecialMeasuresRecord& r)
{
    m_effect->setPlainText(r.effectOnQuality);
    m_viewsEligibility->setPlainText(r.viewsOnEligibility);
    m_viewsQuality->setPlainText(r.viewsOnQualityImprovement);
    m_otherParties->setPlainText(r.otherPartiesViews);
    setTriState(m_supporting, r.supportingMaterial);
    m_supportingList->setPlainText(r.supportingMaterialList);
    setTriState(m_meeting, r.meetingRequired);
    m_needs->setText(r.communicationNeeds);
}

void Mg2DetailsEditor::store(SpecialMeasuresRecord& r) const
{
    r.effectOnQuality = m_effect->toPlainText().trimmed();
    r.viewsOnEligibility = m_viewsEligibility->toPlainText().trimmed();
    r.viewsOnQualityImprovement = m_viewsQuality->toPlainText().trimmed();
    r.otherPartiesViews = m_otherParties->toPlainText().trimmed();
    r.supportingMaterial = triStateValue(m_supporting);
    r.supportingMaterialList = m_supportingList->toPlainText().trimmed();
    r.meetingRequired = triStateValue(m_meeting);
    r.communicationNeeds = m_needs->text().trimmed();
}

} // namespace conduct
