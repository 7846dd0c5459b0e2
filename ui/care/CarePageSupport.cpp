#include "care/CarePageSupport.h"

#include "common/UkTime.h"
#include "widgets/FieldErrors.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace conduct {
namespace {
// The date fields' calendars hold a year spin box and buttons of their own: browsing a calendar is
// not an edit.
bool insideCalendar(const QWidget* widget)
{
    for (const QWidget* w = widget->parentWidget(); w; w = w->parentWidget())
        if (w->inherits("QCalendarWidget")) return true;
    return false;
}
} // namespace

CarePage::CarePage(const QString& objectName, const QString& intro, QWidget* parent) : QWidget(parent)
{
    setObjectName(objectName);
    auto* outer = new QVBoxLayout(this);
    m_banner = new ErrorBanner(this);
    m_banner->setObjectName(objectName + QStringLiteral("Error"));
    outer->addWidget(m_banner);
    m_notice = new QLabel(this);
    m_notice->setObjectName(objectName + QStringLiteral("Notice"));
    m_notice->setStyleSheet(QStringLiteral("QLabel { color: #1b5e20; font-weight: bold; }"));
    m_notice->hide();
    outer->addWidget(m_notice);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    m_sections = new QVBoxLayout(content);
    if (!intro.isEmpty()) {
        auto* label = new QLabel(intro, content);
        label->setWordWrap(true);
        m_sections->addWidget(label);
    }
    scroll->setWidget(content);
    outer->addWidget(scroll);
}

QGroupBox* CarePage::addSection(const QString& objectName, const QString& title, const QString& hint)
{
    auto* box = new QGroupBox(title, m_sections->parentWidget());
    box->setObjectName(objectName);
    box->setStyleSheet(QStringLiteral("QGroupBox { font-weight: bold; } QGroupBox * { font-weight: normal; }"));
    auto* layout = new QVBoxLayout(box);
    if (!hint.isEmpty()) {
        auto* label = new QLabel(hint, box);
        label->setWordWrap(true);
        label->setStyleSheet(QStringLiteral("QLabel { color: #4a4a4a; font-style: italic; }"));
        layout->addWidget(label);
    }
    m_sections->addWidget(box);
    return box;
}

QVBoxLayout* CarePage::sectionLayout(QGroupBox* section) const { return qobject_cast<QVBoxLayout*>(section->layout()); }

void CarePage::addStretch() { m_sections->addStretch(); }

QStringList CarePage::editorValues() const
{
    QStringList values;
    for (const QLineEdit* e : findChildren<QLineEdit*>())
        if (!e->isReadOnly() && !e->parentWidget()->inherits("QAbstractSpinBox") && !e->parentWidget()->inherits("QComboBox")
            && !insideCalendar(e))
            values.append(e->text());
    for (const QPlainTextEdit* e : findChildren<QPlainTextEdit*>()) values.append(e->toPlainText());
    for (const QComboBox* c : findChildren<QComboBox*>()) values.append(c->currentText());
    for (const QAbstractSpinBox* d : findChildren<QAbstractSpinBox*>())
        if (!insideCalendar(d)) values.append(d->text());
    for (const QAbstractButton* b : findChildren<QAbstractButton*>())
        if (b->isCheckable() && !insideCalendar(b)) values.append(b->isChecked() ? QStringLiteral("1") : QStringLiteral("0"));
    // Editable table cells (order terms) and ticked lists (protected people) are typing too.
    for (const QTableWidget* t : findChildren<QTableWidget*>())
        for (int row = 0; row < t->rowCount(); ++row)
            for (int col = 0; col < t->columnCount(); ++col)
                if (const QTableWidgetItem* item = t->item(row, col); item && (item->flags() & Qt::ItemIsEditable))
                    values.append(item->text());
    for (const QListWidget* l : findChildren<QListWidget*>())
        for (int row = 0; row < l->count(); ++row) values.append(QString::number(int(l->item(row)->checkState())));
    return values;
}

void CarePage::watchEditors()
{
    // Safe to call again after fields are added (unique connections).
    // Spin boxes, date edits and editable combo boxes type into a QLineEdit child: covered here.
    for (QLineEdit* e : findChildren<QLineEdit*>())
        if (!insideCalendar(e)) connect(e, &QLineEdit::textChanged, this, &CarePage::editsChanged, Qt::UniqueConnection);
    for (QPlainTextEdit* e : findChildren<QPlainTextEdit*>()) connect(e, &QPlainTextEdit::textChanged, this, &CarePage::editsChanged, Qt::UniqueConnection);
    for (QComboBox* c : findChildren<QComboBox*>()) connect(c, &QComboBox::currentIndexChanged, this, &CarePage::editsChanged, Qt::UniqueConnection);
    for (QAbstractButton* b : findChildren<QAbstractButton*>())
        if (b->isCheckable() && !insideCalendar(b)) connect(b, &QAbstractButton::toggled, this, &CarePage::editsChanged, Qt::UniqueConnection);
    for (QTableWidget* t : findChildren<QTableWidget*>()) connect(t, &QTableWidget::itemChanged, this, &CarePage::editsChanged, Qt::UniqueConnection);
    for (QListWidget* l : findChildren<QListWidget*>()) connect(l, &QListWidget::itemChanged, this, &CarePage::editsChanged, Qt::UniqueConnection);
}

bool CarePage::report(const Status& outcome, const QString& savedText)
{
    if (!outcome.ok()) {
        m_notice->hide();
        m_banner->showError(outcome.error());
        return false;
    }
    m_banner->clearError();
    m_notice->setText(savedText);
    m_notice->show();
    return true;
}

void CarePage::clearMessages()
{
    m_banner->clearError();
    m_notice->hide();
}

QFormLayout* addForm(QVBoxLayout* layout)
{
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(form);
    return form;
}

QLineEdit* makeLine(const QString& objectName, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    return edit;
}

QPlainTextEdit* makeText(const QString& objectName, QWidget* parent, int lines)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
    return edit;
}

QPushButton* makeActionButton(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    return button;
}

QTableWidget* makeCareTable(const QString& objectName, const QString& accessibleName, const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setMinimumHeight(80);
    table->setMaximumHeight(160);
    return table;
}

void setRow(QTableWidget* table, int row, const QStringList& cells)
{
    for (int col = 0; col < cells.size(); ++col) {
        auto* item = new QTableWidgetItem(cells[col]);
        item->setToolTip(cells[col]);
        table->setItem(row, col, item);
    }
}

void fillPeople(QComboBox* combo, const QList<Person>& people, const QList<PersonRole>& roles)
{
    const qint64 current = currentId(combo);
    combo->clear();
    for (const Person& p : people)
        if (roles.isEmpty() || roles.contains(p.role))
            combo->addItem(QStringLiteral("%1 (%2)").arg(p.displayName(), labelOf(p.role)), p.id);
    if (current != 0) selectId(combo, current);
}

qint64 currentId(const QComboBox* combo) { return combo->currentData().toLongLong(); }

void selectId(QComboBox* combo, qint64 id)
{
    const int index = combo->findData(id);
    if (index >= 0) combo->setCurrentIndex(index);
}

QString nameOf(const QList<Person>& people, qint64 id)
{
    for (const Person& p : people)
        if (p.id == id) return p.displayName();
    return {};
}

QString shortDate(const QDate& d) { return uktime::formatDate(d); }
QString shortDateTime(const QDateTime& utc) { return uktime::formatDateTime(utc); }

} // namespace conduct
