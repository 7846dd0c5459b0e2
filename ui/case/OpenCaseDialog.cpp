#include "case/OpenCaseDialog.h"

#include "widgets/FieldErrors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace conduct {

OpenCaseDialog::OpenCaseDialog(Database& db, const Session& session, qint64 caseId, QWidget* parent)
    : QDialog(parent), m_grants(db, session), m_caseId(caseId)
{
    setObjectName(QStringLiteral("openCaseDialog"));
    setWindowTitle(tr("Open a case with a reason"));
    auto* layout = new QVBoxLayout(this);

    const auto outline = m_grants.outline(caseId);
    auto* intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("openCaseIntro"));
    intro->setWordWrap(true);
    intro->setText(outline.ok()
                       ? tr("Case %1 belongs to %2, outside your teams. To see and work on it, choose a reason and say "
                            "why you need it. Both are recorded in the audit trail. Access ends when you sign out or "
                            "lock the screen, or after %3 hours.")
                             .arg(outline->urn, outline->officerInCase.isEmpty() ? tr("another officer") : outline->officerInCase)
                             .arg(grantLifetimeHours)
                       : outline.error().message);
    layout->addWidget(intro);

    m_error = new ErrorBanner(this);
    layout->addWidget(m_error);

    auto* form = new QFormLayout;
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("grantReason"));
    for (const GrantReasonRow& row : grantReasonTable())
        m_reason->addItem(grantReasonLabel(row.reason), QVariant::fromValue(static_cast<int>(row.reason)));
    addLabelledRow(form, tr("&Reason:"), m_reason);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("grantText"));
    m_text->setMaxLength(maximumGrantTextLength);
    m_text->setPlaceholderText(tr("e.g. suspect also named in my case 45AA0209820"));
    m_text->setMinimumWidth(m_text->fontMetrics().averageCharWidth() * 50);
    addLabelledRow(form, tr("&Why you need it:"), m_text);
    layout->addLayout(form);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("grantHint"));
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open case"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OpenCaseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OpenCaseDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_text, &QLineEdit::textChanged, this, &OpenCaseDialog::updateOk);
    m_text->setFocus();
    updateOk();
}

QString OpenCaseDialog::blockedReason() const
{
    const qsizetype missing = minimumGrantTextLength - m_text->text().trimmed().size();
    if (missing <= 0) return {};
    return tr("Say why you need this case in at least %1 characters (%n more to go).", nullptr, int(missing))
        .arg(minimumGrantTextLength);
}

void OpenCaseDialog::updateOk()
{
    const QString blocked = blockedReason();
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(blocked.isEmpty());
    ok->setToolTip(blocked);
    m_hint->setText(blocked.isEmpty() ? tr("The reason and text are recorded in the audit trail.") : blocked);
}

void OpenCaseDialog::accept()
{
    if (!blockedReason().isEmpty()) return;   // Enter in the text box while OK is disabled
    const auto reason = static_cast<GrantReason>(m_reason->currentData().toInt());
    auto granted = m_grants.grant(m_caseId, reason, m_text->text());
    if (!granted.ok()) {
        m_error->showError(granted.error());
        m_text->setFocus();
        return;
    }
    m_grant = granted.value();
    QDialog::accept();
}

} // namespace conduct
