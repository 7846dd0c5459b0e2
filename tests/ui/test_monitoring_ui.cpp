// The monitoring dashboard (issue 13) driven as a supervisor would: show April's figures, click a
// figure and a chart bar to list the cases behind them, open a case, and export an anonymised PDF.

#include "MonitoringFixture.h"
#include "widgets/DateField.h"

#include "chronology/MonitoringChart.h"
#include "chronology/MonitoringDialog.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace conduct;
using namespace conduct::test;

namespace {
QTreeWidgetItem* itemWithKey(QTreeWidget* tree, const QString& key)
{
    for (int s = 0; s < tree->topLevelItemCount(); ++s)
        for (int i = 0; i < tree->topLevelItem(s)->childCount(); ++i)
            if (tree->topLevelItem(s)->child(i)->data(0, Qt::UserRole).toString() == key) return tree->topLevelItem(s)->child(i);
    return nullptr;
}
} // namespace

TEST_CASE("the dashboard lists the cases behind a figure and opens one", "[monitoring_ui]")
{
    MonitoringFixture f;   // the clock stands at 20 May 2026: the default period is April
    f.addEvents();
    MonitoringDialog dialog(f.t.db(), f.t.session());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(dialog.findChild<DateField*>(QStringLiteral("fromDate"))->date() == QDate(2026, 4, 1));
    CHECK(dialog.findChild<DateField*>(QStringLiteral("toDate"))->date() == QDate(2026, 4, 30));

    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("computeButton")), Qt::LeftButton);
    auto* tree = dialog.findChild<QTreeWidget*>(QStringLiteral("figureTree"));
    auto* cases = dialog.findChild<QTableWidget*>(QStringLiteral("caseTable"));
    QTreeWidgetItem* opened = itemWithKey(tree, QStringLiteral("opened.all"));
    REQUIRE(opened);
    CHECK(opened->text(1) == QStringLiteral("3"));

    tree->scrollToItem(opened);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(opened).center());
    REQUIRE(cases->rowCount() == 3);

    // The chart shows the first section (cases opened by offence); its s2A bar lists case C.
    auto* chart = dialog.findChild<MonitoringChart*>(QStringLiteral("figureChart"));
    const QRect bar = chart->barRect(QStringLiteral("opened.s2A"));
    REQUIRE_FALSE(bar.isEmpty());
    QTest::mouseClick(chart, Qt::LeftButton, {}, bar.center());
    REQUIRE(cases->rowCount() == 1);
    const QString urnOfC = f.t.db().scalar(QStringLiteral("SELECT urn FROM cases WHERE id = ?"), {f.c})->toString();
    CHECK(cases->item(0, 0)->text() == urnOfC);
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("casesTitle"))->text().contains(QStringLiteral("1 case")));

    // Clicking a section title shows its chart: risk levels at the latest assessment.
    QTreeWidgetItem* high = itemWithKey(tree, QStringLiteral("risk.high"));
    REQUIRE(high);
    tree->scrollToItem(high);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(high).center());
    CHECK_FALSE(chart->barRect(QStringLiteral("risk.high")).isEmpty());
    REQUIRE(cases->rowCount() == 1);
    QCoreApplication::processEvents();   // let the layout make room for the new chart
    CHECK(keepScreenshot(dialog.grab().toImage(), QStringLiteral("monitoring-dashboard.png")));

    const QRect cell = cases->visualItemRect(cases->item(0, 0));
    QSignalSpy activated(cases, &QAbstractItemView::activated);
    QTest::mouseClick(cases->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::keyClick(cases, Qt::Key_Return);   // activates the row, as a double-click does
    CHECK(activated.count() == 1);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.chosenCaseId() == f.a);
}

TEST_CASE("the dashboard exports an anonymised PDF only with a reason and a recipient", "[monitoring_ui]")
{
    MonitoringFixture f;
    f.addEvents();
    const QString path = f.t.dir.filePath(QStringLiteral("april.pdf"));
    MonitoringDialog::saveFileOverride() = [&](QWidget*, const QString&) { return path; };
    MonitoringDialog dialog(f.t.db(), f.t.session());
    dialog.show();
    auto* pdf = dialog.findChild<QPushButton*>(QStringLiteral("exportPdfButton"));
    QTest::mouseClick(pdf, Qt::LeftButton);
    CHECK_FALSE(QFile::exists(path));
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("errorLabel"))->text().contains(QStringLiteral("Justification")));

    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("reasonEdit")), QStringLiteral("monthly SPOC return"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("recipientEdit")), QStringLiteral("CPS SPOC"));
    QTest::mouseClick(pdf, Qt::LeftButton);
    MonitoringDialog::saveFileOverride() = nullptr;
    CHECK(QFile::exists(path));
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("errorLabel"))->text().isEmpty());
    if (!qEnvironmentVariableIsEmpty("CONDUCT_SCREENSHOT_DIR"))
        QFile::copy(path, QString::fromLocal8Bit(qgetenv("CONDUCT_SCREENSHOT_DIR")) + QStringLiteral("/monitoring-april.pdf"));
    auto audited = f.t.db().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity_type = 'monitoring_report'"));
    CHECK(audited->toInt() == 1);
}
