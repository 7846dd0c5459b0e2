#pragma once
// The rest of the MG2 for one witness (issue 22; mg-forms §3): the effect on the quality of their
// evidence, their own views (MoG-2011 note 3.2), the views of other interested parties, supporting
// material and whether a special measures meeting is needed. Part of the special measures section
// of the Victim care tab, so the officer writes the whole MG2 in one place.

#include "rules/VictimCare.h"

#include <QObject>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QWidget;

namespace conduct {

class Mg2DetailsEditor : public QObject {
    Q_OBJECT
public:
    // Adds its rows to `form`, with `parent` owning the widgets.
    Mg2DetailsEditor(QFormLayout* form, QWidget* parent);
    void load(const SpecialMeasuresRecord& record);
    void store(SpecialMeasuresRecord& record) const;

private:
    QPlainTextEdit* m_effect = nullptr;
    QPlainTextEdit* m_viewsEligibility = nullptr;
    QPlainTextEdit* m_viewsQuality = nullptr;
    QPlainTextEdit* m_otherParties = nullptr;
    QComboBox* m_supporting = nullptr;
    QPlainTextEdit* m_supportingList = nullptr;
    QComboBox* m_meeting = nullptr;
    QLineEdit* m_needs = nullptr;
};

} // namespace conduct
