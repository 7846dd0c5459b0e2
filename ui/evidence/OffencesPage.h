#pragma once
// The offence guide on screen: the course of conduct, the FOUR answers, each suggested offence
// with the facts it rests on and its maximum penalty, the guide's notes, and the officer's own
// choice with a reason (it suggests; the officer decides). Also where PINs and postal
// requisitions are recorded (3.11, 4.8), since both bear on the charging route.

#include "services/CaseService.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTextBrowser;

namespace conduct {

class DateField;

class EvidenceService;

class OffencesPage : public QWidget {
    Q_OBJECT
public:
    OffencesPage(EvidenceService& service, QWidget* parent = nullptr);
    void show(const CaseDetail& detail);
    QTextBrowser* guideView() const { return m_guide; }

public slots:
    void saveFour();
    bool recordChoice();
    bool recordMeasure();

signals:
    void caseRecordChanged();
    void changed();

private:
    void renderGuide();
    void showMessage(const QString& text, bool problem);
    EvidenceService& m_service;
    CaseDetail m_detail;
    QLabel* m_message = nullptr;
    QList<QComboBox*> m_four;
    QTextBrowser* m_guide = nullptr;
    QList<QPair<int, QCheckBox*>> m_choice;   // Offence as int
    QPlainTextEdit* m_reason = nullptr;
    QLabel* m_lastChoice = nullptr;
    QComboBox* m_measureKind = nullptr;
    DateField* m_measureDate = nullptr;
    QLineEdit* m_measureNote = nullptr;
    QLabel* m_measures = nullptr;
};

} // namespace conduct
