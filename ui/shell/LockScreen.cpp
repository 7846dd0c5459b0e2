#include "shell/LockScreen.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace conduct {

LockScreen::LockScreen(const QString& who, const QString& reason, QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("lockScreen"));
    setAutoFillBackground(true);

    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto* panel = new QWidget(this);
    panel->setMaximumWidth(440);
    auto* layout = new QVBoxLayout(panel);

    auto* title = new QLabel(tr("Conduct is locked"), panel);
    title->setObjectName(QStringLiteral("lockTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(title);

    auto* explanation = new QLabel(reason + u' '
                                       + tr("Case details are hidden until you enter your password again."), panel);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    auto* signedIn = new QLabel(tr("Signed in as %1.").arg(who), panel);
    signedIn->setObjectName(QStringLiteral("lockUser"));
    signedIn->setWordWrap(true);
    signedIn->setTextFormat(Qt::PlainText);
    layout->addWidget(signedIn);

    m_error = new QLabel(panel);
    m_error->setObjectName(QStringLiteral("lockError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #611a15; border: 1px solid #b3261e; "
                                          "border-radius: 3px; padding: 6px; }"));
    m_error->hide();
    layout->addWidget(m_error);

    auto* form = new QFormLayout;
    m_password = new QLineEdit(panel);
    m_password->setObjectName(QStringLiteral("lockPasswordEdit"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    auto* label = new QLabel(tr("&Password:"), panel);
    label->setBuddy(m_password);
    form->addRow(label, m_password);
    layout->addLayout(form);

    m_unlock = new QPushButton(tr("&Unlock"), panel);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    // Someone else needs the computer: the signed-in officer's session ends without unlocking it.
    m_signOut = new QPushButton(tr("&Sign out"), panel);
    m_signOut->setObjectName(QStringLiteral("signOutButton"));
    m_signOut->setAutoDefault(false);
    m_signOut->setToolTip(tr("End this session and sign in again, as yourself or another user. Open cases close; "
                             "unsaved typing on them is lost, incident drafts are kept."));
    m_signOut->setAccessibleDescription(m_signOut->toolTip());
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_signOut);
    buttons->addStretch(1);
    buttons->addWidget(m_unlock);
    layout->addLayout(buttons);

    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(panel, 3);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);

    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::submit);
    connect(m_signOut, &QPushButton::clicked, this, &LockScreen::signOutRequested);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::submit);
    setFocusProxy(m_password);
}

void LockScreen::submit()
{
    const QString password = m_password->text();
    m_password->clear();
    emit unlockRequested(password);
}

void LockScreen::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setAccessibleName(message);
    m_error->setVisible(!message.isEmpty());
}

void LockScreen::clearPassword() { m_password->clear(); }

} // namespace conduct
