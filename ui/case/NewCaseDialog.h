#pragma once

#include "domain/Case.h"
#include "services/CaseService.h"

#include <QDialog>

namespace conduct {

class CaseForm;

// Creates a case: the officer fills the case form and the case is saved when they press OK.
class NewCaseDialog : public QDialog {
    Q_OBJECT
public:
    NewCaseDialog(CaseService& service, const QString& defaultOfficer, QWidget* parent = nullptr);
    const Case& created() const { return m_created; }
    CaseForm* form() const { return m_form; }

    void accept() override;

private:
    CaseService& m_service;
    CaseForm* m_form;
    Case m_created;
};

} // namespace conduct
