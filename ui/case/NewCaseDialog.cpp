#include "case/NewCaseDialog.h"

#include "case/CaseForm.h"
#include "widgets/FieldErrors.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace conduct {

NewCaseDialog::NewCaseDialog(CaseService& service, const QString& defaultOfficer, QWidget* parent)
    : QDialog(parent), m_service(service)
{
    setWindowTitle(tr("New case"));
    setObjectName(QStringLiteral("newCaseDialog"));
    auto* layout = new QVBoxLayout(this);
    m_form = new CaseForm(this);
    Case blank;
    blank.officerInCase = defaultOfficer;
    m_form->setCase(blank);
    layout->addWidget(m_form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create case"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createCaseButton"));
    buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Create the case (Ctrl+Return)"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewCaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewCaseDialog::reject);
    resize(560, 620);
}

void NewCaseDialog::accept()
{
    auto created = m_service.createCase(m_form->edited());
    if (!created.ok()) {
        m_form->showError(created.error().field, created.error().message);
        return;
    }
    m_created = created.value();
    QDialog::accept();
}

} // namespace conduct
