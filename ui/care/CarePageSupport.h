#pragma once
// What the Withdrawal, Victim care, Bail & orders and Charging tabs share: a scrolling page of
// headed sections (each heading cites the protocol paragraph), optional date fields (widgets/DateField) that
// can be left empty, people pickers, and the page's error banner and saved notice.

#include "common/Result.h"
#include "domain/Person.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace conduct {

class ErrorBanner;

// A page: a banner and notice above a scroll area holding the sections.
class CarePage : public QWidget {
    Q_OBJECT
public:
    explicit CarePage(const QString& objectName, const QString& intro, QWidget* parent = nullptr);
    ErrorBanner* banner() const { return m_banner; }
    QLabel* notice() const { return m_notice; }

    // A titled section; its form layout is returned through `form` when asked for.
    QGroupBox* addSection(const QString& objectName, const QString& title, const QString& hint = {});
    QVBoxLayout* sectionLayout(QGroupBox* section) const;
    void addStretch();

    // Shows the error (and moves the focus to its field when known), or the saved notice.
    bool report(const Status& outcome, const QString& savedText);
    void clearMessages();

    // Whether anything typed or chosen on the page differs from what was last loaded or saved.
    // A refresh of the case (a person added on another tab, say) must not wipe unsaved typing.
    bool hasUnsavedEdits() const { return editorValues() != m_cleanValues; }
    void markClean() { m_cleanValues = editorValues(); }
    // Emits editsChanged whenever any editor on the page changes; call once the page is built, and
    // again after adding editors (each is connected once).
    void watchEditors();

signals:
    void editsChanged();   // typing or a choice; compare hasUnsavedEdits() to know if it differs

private:
    QStringList editorValues() const;
    QStringList m_cleanValues;
    ErrorBanner* m_banner = nullptr;
    QLabel* m_notice = nullptr;
    QVBoxLayout* m_sections = nullptr;
};

QFormLayout* addForm(QVBoxLayout* layout);
QLineEdit* makeLine(const QString& objectName, QWidget* parent);
QPlainTextEdit* makeText(const QString& objectName, QWidget* parent, int lines = 3);
QPushButton* makeActionButton(const QString& text, const QString& objectName, QWidget* parent);
QTableWidget* makeCareTable(const QString& objectName, const QString& accessibleName, const QStringList& headers, QWidget* parent);
void setRow(QTableWidget* table, int row, const QStringList& cells);
// People of the case with the given roles (all roles when empty), id in the item data.
void fillPeople(QComboBox* combo, const QList<Person>& people, const QList<PersonRole>& roles = {});
qint64 currentId(const QComboBox* combo);
void selectId(QComboBox* combo, qint64 id);
QString nameOf(const QList<Person>& people, qint64 id);
// UK dates and times for the tables (uktime: London whatever the desk's zone).
QString shortDate(const QDate& d);
QString shortDateTime(const QDateTime& utc);

} // namespace conduct
