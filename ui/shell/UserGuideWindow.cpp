#include "shell/UserGuideWindow.h"

#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QShortcut>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

namespace conduct {
namespace {
// The anchor GitHub gives a heading, which the guide's own contents links use:
// "Drafts: nothing you type is lost" → "drafts-nothing-you-type-is-lost".
QString anchorFor(const QString& heading)
{
    QString slug = heading.toLower();
    slug.remove(QRegularExpression(QStringLiteral("[^\\w\\s-]")));
    slug.replace(QRegularExpression(QStringLiteral("\\s")), QStringLiteral("-"));
    return slug;
}
} // namespace

UserGuideWindow::UserGuideWindow(QWidget* parent) : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("userGuideWindow"));
    setWindowTitle(tr("User guide"));
    setAttribute(Qt::WA_DeleteOnClose, false);   // MainWindow keeps one and shows it again

    auto* layout = new QVBoxLayout(this);
    auto* findRow = new QHBoxLayout;
    auto* findLabel = new QLabel(tr("&Find in guide:"), this);
    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("guideFindEdit"));
    m_find->setAccessibleName(tr("Find in guide"));
    m_find->setPlaceholderText(tr("Word or phrase; Enter for the next match, Shift+Enter for the previous"));
    m_find->setClearButtonEnabled(true);
    findLabel->setBuddy(m_find);
    m_findStatus = new QLabel(this);
    m_findStatus->setObjectName(QStringLiteral("guideFindStatus"));
    findRow->addWidget(findLabel);
    findRow->addWidget(m_find, 1);
    findRow->addWidget(m_findStatus);
    layout->addLayout(findRow);

    auto* splitter = new QSplitter(this);
    m_contents = new QListWidget(splitter);
    m_contents->setObjectName(QStringLiteral("guideContents"));
    m_contents->setAccessibleName(tr("Contents"));
    m_browser = new QTextBrowser(splitter);
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenLinks(false);   // links inside the guide are handled below; nothing leaves Conduct
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({260, 780});
    layout->addWidget(splitter, 1);
    resize(1040, 760);

    loadGuide();
    connect(m_contents, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_headingPositions.size()) showBlock(m_headingPositions[row]);
    });
    connect(m_browser, &QTextBrowser::anchorClicked, this, &UserGuideWindow::followLink);
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(false); });
    connect(m_find, &QLineEdit::textChanged, this, [this] {
        m_findStatus->clear();
        // Search from the top as the words change, so the first match shows while typing.
        QTextCursor start = m_browser->textCursor();
        start.movePosition(QTextCursor::Start);
        m_browser->setTextCursor(start);
        if (!m_find->text().isEmpty()) findNext(false);
    });
    auto* findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        m_find->setFocus(Qt::ShortcutFocusReason);
        m_find->selectAll();
    });
    auto* previous = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Return), m_find, nullptr, nullptr, Qt::WidgetShortcut);
    connect(previous, &QShortcut::activated, this, [this] { findNext(true); });
    setTabOrder(m_find, m_contents);
    setTabOrder(m_contents, m_browser);
}

void UserGuideWindow::loadGuide()
{
    QFile file(QStringLiteral(":/docs/user-guide.md"));
    if (!file.open(QIODevice::ReadOnly)) {
        m_browser->setPlainText(tr("The user guide is missing from this copy of Conduct."));
        return;
    }
    m_browser->setMarkdown(QString::fromUtf8(file.readAll()));
    // The contents list is read back from the rendered document, so it always matches the text.
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level < 2 || level > 3) continue;   // the title and sections; deeper levels would crowd it
        auto* item = new QListWidgetItem((level == 3 ? QStringLiteral("    ") : QString()) + block.text(), m_contents);
        item->setData(Qt::UserRole, block.text());
        m_headingPositions.append(block.position());
    }
}

QStringList UserGuideWindow::headings() const
{
    QStringList out;
    for (int i = 0; i < m_contents->count(); ++i) out.append(m_contents->item(i)->data(Qt::UserRole).toString());
    return out;
}

bool UserGuideWindow::showHeading(const QString& heading)
{
    const int row = int(headings().indexOf(heading));
    if (row < 0) return false;
    m_contents->setCurrentRow(row);
    showBlock(m_headingPositions[row]);
    return true;
}

void UserGuideWindow::showBlock(int position)
{
    QTextCursor cursor(m_browser->document());
    cursor.setPosition(position);
    // Scroll to the end first so that the heading lands at the top of the view, not the bottom.
    m_browser->moveCursor(QTextCursor::End);
    m_browser->setTextCursor(cursor);
    m_browser->ensureCursorVisible();
}

void UserGuideWindow::followLink(const QUrl& url)
{
    if (!url.fragment().isEmpty() && url.path().isEmpty()) {
        const QStringList all = headings();
        for (const QString& heading : all)
            if (anchorFor(heading) == url.fragment()) {
                showHeading(heading);
                return;
            }
    }
    m_findStatus->setText(tr("Links outside the guide are not opened from Conduct: %1").arg(url.toDisplayString()));
}

bool UserGuideWindow::findNext(bool backwards)
{
    const QString text = m_find->text();
    if (text.isEmpty()) return false;
    const QTextDocument::FindFlags flags = backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (m_browser->find(text, flags)) {
        m_findStatus->clear();
        return true;
    }
    // Wrap round once, as every editor's find does.
    QTextCursor wrap = m_browser->textCursor();
    wrap.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
    m_browser->setTextCursor(wrap);
    const bool found = m_browser->find(text, flags);
    m_findStatus->setText(found ? tr("Search wrapped round.") : tr("Not found."));
    return found;
}

} // namespace conduct
