#pragma once
// The unit's monitoring figures (protocol 4.1: the SPOC's monthly monitoring; 10.1: lessons
// learnt). Each figure carries the ids of the cases behind it, so any number can be opened as the
// list of cases it counts. Periods are Europe/London local dates, first and last day inclusive.

#include "store/MonitoringQueries.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace conduct {

struct MonitoringScope {
    QDate firstDay;           // London local date, inclusive
    QDate lastDay;            // London local date, inclusive
    qint64 officerUserId = 0; // 0: the whole unit
    QString officerName;      // for headings; never printed in an anonymised export

    MonitoringCaseFilter caseFilter() const;   // the UTC instants the London dates span
    bool contains(const QDate& londonDate) const;
    bool containsUtc(const QDateTime& utc) const;
};

// The London local date of a UTC instant (periods are counted in local dates).
QDate londonDateOf(const QDateTime& utc);

struct MonitoringFigure {
    QString key;          // stable, for CSV and tests: "opened.s2A"
    QString label;
    // A count, or a median in days; a median with no data is "not recorded", never zero.
    bool isMedian = false;
    int count = 0;
    std::optional<double> medianDays;
    QList<qint64> caseIds;   // the cases behind the figure, each once

    QString valueText() const;
};

struct MonitoringSection {
    QString key;          // "opened", "risk" ...
    QString title;
    QString paragraph;    // protocol paragraph the figures monitor
    QString note;         // how the figures are counted
    bool chart = false;   // counts worth a bar chart
    QList<MonitoringFigure> figures;
};

struct MonitoringReport {
    MonitoringScope scope;
    QDate asOf;           // the day current-state figures (overdue reviews) are taken on
    QList<MonitoringSection> sections;

    const MonitoringFigure* figure(const QString& key) const;
};

struct MonitoringFacts {
    QList<OpenedCaseFacts> opened;
    QList<qint64> overdueReviewCases;
    CaseWorkFacts caseWork;
};

// The figures from the facts: pure, so each rule is tested on hand-built cases.
MonitoringReport buildMonitoringReport(const MonitoringScope& scope, const MonitoringFacts& facts, const QDate& asOf);

// The day current-state figures are counted on: the day after the period, or today if sooner.
QDate monitoringAsOf(const MonitoringScope& scope, const QDate& todayLondon);

std::optional<double> medianOf(QList<double> values);

} // namespace conduct
