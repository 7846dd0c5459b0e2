#include "case/ChangedElsewhereBar.h"

#include "common/UkTime.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace conduct {

ChangedElsewhereBar::ChangedElsewhereBar(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("changedElsewhereBar"));
    setFrameShape(QFrame::StyledPanel);
    // The palette's tooltip colours: a note that stands out in the light and dark appearances alike.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("changedElsewhereText"));
    m_text->setWordWrap(true);
    m_text->setForegroundRole(QPalette::ToolTipText);
    layout->addWidget(m_text, 1);
    auto* reload = new QPushButton(tr("Re&load"), this);
    reload->setObjectName(QStringLiteral("changedElsewhereReloadButton"));
    reload->setToolTip(tr("Show what was saved on the other desk. Unsaved typing on the Overview is kept."));
    layout->addWidget(reload);
    connect(reload, &QPushButton::clicked, this, [this] {
        hide();
        emit reloadRequested();
    });
    hide();
}

void ChangedElsewhereBar::showChange(const QString& savedBy, const QDateTime& savedUtc)
{
    m_text->setText(savedUtc.isValid()
                        ? tr("Changed on another desk by %1 at %2: reload to see their changes.").arg(savedBy, uktime::formatTime(savedUtc))
                        : tr("Changed on another desk by %1: reload to see their changes.").arg(savedBy));
    show();
}

QString ChangedElsewhereBar::text() const { return m_text->text(); }

} // namespace conduct
