#pragma once
// Help ▸ User guide (F1): docs/user-guide.md, built in as the resource ":/docs/user-guide.md",
// rendered in a window that stays open beside the work. A contents list of the guide's headings
// jumps to each section, and the find box (Ctrl+F) searches the text, Enter for the next match.

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;
class QUrl;

namespace conduct {

class UserGuideWindow : public QWidget {
    Q_OBJECT
public:
    explicit UserGuideWindow(QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }
    QListWidget* contents() const { return m_contents; }
    QLineEdit* findEdit() const { return m_find; }
    QStringList headings() const;   // as listed in the contents, in order

    // Scrolls to the heading with this text; false when the guide has none.
    bool showHeading(const QString& heading);
    // Selects the next match after the cursor (wrapping round); false when there is none.
    bool findNext(bool backwards = false);

private:
    void loadGuide();
    void followLink(const QUrl& url);
    void showBlock(int position);

    QTextBrowser* m_browser = nullptr;
    QListWidget* m_contents = nullptr;
    QLineEdit* m_find = nullptr;
    QLabel* m_findStatus = nullptr;
    QList<int> m_headingPositions;   // document position of each contents entry
};

} // namespace conduct
