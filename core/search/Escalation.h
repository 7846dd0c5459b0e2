#pragma once
// The escalation chart of a course of conduct: incidents per week (per month over long spans)
// with the high-severity behaviours as a second series, and a plain-language note saying
// whether the conduct is escalating. Protocol 3.2: stalking and harassment are "characterised
// by [their] serial nature"; 4.14: stalking "can often escalate in frequency and seriousness";
// 3.7: the risk assessment "must be kept under constant review". `escalating` feeds the
// risk-review prompt.
//
// The escalation rule compares two windows ending at "now": the last 28 days, (now − 28d, now],
// and the 28 days before, (now − 56d, now − 28d]. Windows are exact 24-hour days in UTC.
// The conduct is escalating when either
//   frequency: the last window has at least 3 incidents and at least twice as many as the
//              window before (3 against 0 counts: a new burst of conduct), or
//   severity:  the last window has more high-severity behaviours (Codes.h
//              isHighSeverityBehaviour: threats, violence, interference with property,
//              following) than the window before, and either at least 2 of them or they are
//              the first in a course of conduct that had earlier incidents.
// High severity counts behaviours, not incidents: one incident of threats and violence counts 2.
// Thresholds live in EscalationOptions so a force can set its own.

#include "domain/Incident.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace conduct {

enum class BucketUnit { Week, Month };

struct EscalationBucket {
    QDate start;   // a Monday (weeks) or the 1st (months), as a Europe/London local date
    QDate end;     // the day after the bucket (exclusive)
    QString label; // "w/c 4 Mar 2024" or "Mar 2024"
    int incidents = 0;
    int highSeverityBehaviours = 0;
};

struct EscalationOptions {
    int windowDays = 28;
    int minimumRecentIncidents = 3;
    int frequencyFactor = 2;
    int minimumHighSeverity = 2;
    int longestWeeklySpanWeeks = 26;   // beyond this the chart buckets by month
};

struct EscalationSummary {
    BucketUnit unit = BucketUnit::Week;
    QList<EscalationBucket> buckets;   // from the first incident's bucket to now's, gaps included
    int recentIncidents = 0;
    int previousIncidents = 0;
    int recentHighSeverity = 0;
    int previousHighSeverity = 0;
    int undatedIncidents = 0;   // no valid start: left out of the chart
    int futureIncidents = 0;    // after "now" (a recording error): left out of the chart
    bool escalating = false;
    QStringList reasons;        // one sentence per rule met; empty when not escalating
    QString note;               // e.g. "12 incidents in the last 4 weeks against 3 in the 4 weeks before."
};

// The Monday (Europe/London) of the week holding this instant.
QDate londonWeekStart(const QDateTime& utc);
QDate londonDate(const QDateTime& utc);

EscalationSummary summariseEscalation(const QList<Incident>& incidents, const QDateTime& nowUtc,
                                      const EscalationOptions& options = {});

} // namespace conduct
