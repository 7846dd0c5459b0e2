#pragma once
// The lines of enquiry of protocol 3.4, verbatim, each with a free-text answer; the statutory
// defences as tick boxes. Saved together with "Save".

#include "services/CaseService.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;

namespace conduct {

class EvidenceService;

class EnquiriesPage : public QWidget {
    Q_OBJECT
public:
    EnquiriesPage(EvidenceService& service, QWidget* parent = nullptr);
    void show(const CaseDetail& detail);
    QPlainTextEdit* answerEdit(const QString& itemId) const;

public slots:
    bool save();

signals:
    void changed();

private:
    EvidenceService& m_service;
    qint64 m_caseId = 0;
    QLabel* m_message = nullptr;
    QList<QPair<QString, QPlainTextEdit*>> m_edits;
    QList<QPair<QString, QCheckBox*>> m_defences;   // option id, box
    QString m_defenceItem;
};

} // namespace conduct
