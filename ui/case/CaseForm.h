#pragma once
// The case's own fields (URN, status, offences, officers, 3.10 reason). Used by the New case
// dialog and by the workspace's Overview page, so both edit a case the same way.

#include "domain/Case.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace conduct {

class CaseForm : public QWidget {
    Q_OBJECT
public:
    explicit CaseForm(QWidget* parent = nullptr);

    void setCase(const Case& c);
    Case edited() const;            // the loaded case with the form's values applied
    const Case& loaded() const { return m_case; }   // as it was when put into the form
    void showError(const QString& field, const QString& message);   // empty message clears
    bool isModified() const { return m_modified; }
    void setModified(bool modified) { m_modified = modified; }

signals:
    void modified();

private:
    void markModified();
    void updateUrnWarning();
    Case m_case;
    bool m_modified = false;
    bool m_loading = false;
    QLabel* m_error;
    QLineEdit* m_urn;
    QLabel* m_urnWarning;
    QLineEdit* m_crimeReference;
    QComboBox* m_status;
    QList<QPair<Offence, QCheckBox*>> m_offences;
    QLineEdit* m_officer;
    QLineEdit* m_supervisor;
    QCheckBox* m_hostility;
    QPlainTextEdit* m_whyNotStalking;
};

} // namespace conduct
