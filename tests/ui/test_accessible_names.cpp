// What a screen reader hears each field called (issue 31): in every dialog and on every page of a
// case (each tab and sub-tab of the workspace), every input shown exposes, through QAccessible, a
// name that is not empty and is not its current value ("Not asked" is not a name). Check boxes and
// buttons are left out: their text is their label.

#include "DialogCatalogue.h"

#include "case/CaseWorkspace.h"
#include "widgets/AccessibleNames.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextEdit>

using namespace conduct;
using namespace conduct::test;

namespace {

struct Input {
    QWidget* widget;
    QString value;   // what the field holds now, which must not be what it is called
};

// The inputs shown in `root`: text boxes, combo and spin boxes (dates and times too), but not the
// line edit inside a combo or spin box, which is part of it, nor a text browser, which shows a
// document rather than taking input.
QList<Input> shownInputs(QWidget* root)
{
    QList<Input> out;
    const auto widgets = root->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (!w->isVisible()) continue;
        if (auto* line = qobject_cast<QLineEdit*>(w)) {
            if (qobject_cast<QComboBox*>(w->parentWidget()) || qobject_cast<QAbstractSpinBox*>(w->parentWidget())) continue;
            out.append({w, line->text()});
        } else if (auto* combo = qobject_cast<QComboBox*>(w)) {
            out.append({w, combo->currentText()});
        } else if (auto* spin = qobject_cast<QAbstractSpinBox*>(w)) {
            out.append({w, spin->text()});
        } else if (auto* plain = qobject_cast<QPlainTextEdit*>(w)) {
            out.append({w, plain->toPlainText()});
        } else if (auto* rich = qobject_cast<QTextEdit*>(w); rich && !qobject_cast<QTextBrowser*>(w)) {
            out.append({w, rich->toPlainText()});
        }
    }
    return out;
}

QString describe(const QWidget* w)
{
    return QStringLiteral("%1 '%2' in %3").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), w->window()->objectName());
}

// Checks every shown input of `root`; returns how many were checked.
int checkNames(QWidget* root, const QString& where)
{
    const QList<Input> inputs = shownInputs(root);
    for (const Input& input : inputs) {
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(input.widget);
        REQUIRE(accessible != nullptr);
        const QString name = accessible->text(QAccessible::Name).trimmed();
        INFO(where.toStdString() << ": " << describe(input.widget).toStdString() << " is called '" << name.toStdString()
                                 << "' and holds '" << input.value.toStdString() << "'");
        CHECK_FALSE(name.isEmpty());
        if (!input.value.trimmed().isEmpty()) CHECK(name != input.value.trimmed());
    }
    return int(inputs.size());
}

// Shows each tab of `tabs` in turn, and each tab of the tab widgets on it, checking every one.
int checkEveryTab(QTabWidget* tabs, const QString& where)
{
    int checked = 0;
    for (int i = 0; i < tabs->count(); ++i) {
        if (!tabs->isTabEnabled(i)) continue;
        tabs->setCurrentIndex(i);
        QWidget* page = tabs->widget(i);
        QApplication::processEvents();
        const QString here = where + QStringLiteral(" ▸ ") + nameFromLabelText(tabs->tabText(i));
        const auto nested = page->findChildren<QTabWidget*>();
        bool hasNested = false;
        for (QTabWidget* inner : nested) {
            if (!inner->isVisible()) continue;
            hasNested = true;
            checked += checkEveryTab(inner, here);
        }
        if (!hasNested) checked += checkNames(page, here);
    }
    return checked;
}

} // namespace

TEST_CASE("every input in every dialog is called by its label, not its value", "[gui][accessible]")
{
    QAccessible::setActive(true);
    for (const DialogRow& row : dialogCatalogue()) {
        DYNAMIC_SECTION(row.name)
        {
            DialogStore store;
            std::unique_ptr<QDialog> dialog = row.make(store);
            showActive(dialog.get());
            checkNames(dialog.get(), QString::fromLatin1(row.name));   // some have none (Accounts: a table and buttons)
            const auto tabs = dialog->findChildren<QTabWidget*>();
            for (QTabWidget* inner : tabs)
                if (inner->isVisible()) checkEveryTab(inner, QString::fromLatin1(row.name));
            dialog->close();
        }
    }
}

TEST_CASE("every input on every page of a case is called by its label, not its value", "[gui][accessible]")
{
    QAccessible::setActive(true);
    DialogStore store;
    Person complainant;
    complainant.caseId = store.caseId;
    complainant.forenames = QStringLiteral("Alex");
    complainant.surname = QStringLiteral("Example");
    REQUIRE(store.cases->addPerson(complainant).ok());

    CaseWorkspace workspace(store.t.db(), store.officer, store.caseId, QString());
    REQUIRE(workspace.isLoaded());
    workspace.resize(1280, 900);
    workspace.show();
    REQUIRE(QTest::qWaitForWindowExposed(&workspace));
    auto* tabs = child<QTabWidget>(&workspace, "caseTabs");
    CHECK(tabs->count() > 3);
    CHECK(checkEveryTab(tabs, QStringLiteral("case")) > 20);
}

TEST_CASE("a combo box is named by its label and keeps its choice as its value", "[gui][accessible]")
{
    // Qt 6.4 on Linux gives the current choice as the name; the fix keeps it as the value, where a
    // screen reader reads it after the name.
    QAccessible::setActive(true);
    DialogStore store;
    OpenCaseDialog dialog(store.t.db(), store.officer, store.otherOfficersCaseId);
    showActive(&dialog);
    auto* reason = child<QComboBox>(&dialog, "grantReason");
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(reason);
    REQUIRE(accessible != nullptr);
    // (addLabelledRow keeps the label's colon; a screen reader does not read it out)
    CHECK(nameFromLabelText(accessible->text(QAccessible::Name)) == QStringLiteral("Reason"));
    CHECK(accessible->text(QAccessible::Value) == reason->currentText());
    CHECK(accessible->role() == QAccessible::ComboBox);
    CHECK(accessible->childCount() == 1);   // the list of choices
    CHECK(nameFromLabelText(QAccessible::queryAccessibleInterface(child<QLineEdit>(&dialog, "grantText"))->text(QAccessible::Name))
          == QStringLiteral("Why you need it"));
}
