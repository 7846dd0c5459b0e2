#include "export/ChronologyCharts.h"

#include "common/UkTime.h"
#include "export/BuilderSupport.h"
#include "search/Escalation.h"

#include <QLocale>
#include <functional>
#include <algorithm>
#include <cmath>

namespace conduct::exportsupport {
namespace {

// Print colours, each at least 4.5:1 against white paper, and each paired with a shape or a
// letter so that a black-and-white copy loses nothing.
const QColor kHighSeverity(0x8b, 0x1a, 0x1a);
const QColor kStalking(0x1f, 0x4e, 0x8c);
const QColor kOther(0x55, 0x55, 0x55);
const QColor kIncidentBar(0x3f, 0x6f, 0xa8);
const QColor kGrid(0xbb, 0xbb, 0xbb);

// The printed text area is about this wide; used only to keep lettered markers from overlapping.
constexpr qreal approxWidthPoints = 500;
constexpr qreal plotLeft = 0.13;
constexpr qreal plotRight = 0.99;

struct MarkerKind {
    const char* kind;
    const char* letter;
};
constexpr MarkerKind markerKinds[] = {
    {"risk", "R"}, {"bail", "B"}, {"order", "O"}, {"breach", "X"}, {"charge", "C"}, {"withdrawal", "W"},
};

QString letterFor(const QString& kind)
{
    for (const MarkerKind& m : markerKinds)
        if (kind == QLatin1String(m.kind)) return QString::fromLatin1(m.letter);
    return QStringLiteral("?");
}

ChartMark fill(qreal x0, qreal y0, qreal x1, qreal y1, QColor colour)
{
    return {ChartMark::Kind::Fill, QRectF(QPointF(x0, y0), QPointF(x1, y1)), colour, {}, Qt::AlignLeft};
}
ChartMark frame(qreal x0, qreal y0, qreal x1, qreal y1)
{
    return {ChartMark::Kind::Frame, QRectF(QPointF(x0, y0), QPointF(x1, y1)), Qt::black, {}, Qt::AlignLeft};
}
ChartMark line(qreal x0, qreal y0, qreal x1, qreal y1, QColor colour = Qt::black)
{
    return {ChartMark::Kind::Line, QRectF(QPointF(x0, y0), QPointF(x1, y1)), colour, {}, Qt::AlignLeft};
}
ChartMark label(qreal x, qreal baseline, const QString& text, Qt::Alignment align = Qt::AlignLeft)
{
    return {ChartMark::Kind::Text, QRectF(QPointF(x, baseline), QSizeF()), Qt::black, text, align};
}

// How tall an incident's tick is, and its colour: its most serious behaviour.
std::pair<qreal, QColor> tickFor(const Incident& incident)
{
    const auto any = [&](bool (*test)(Behaviour)) {
        return std::any_of(incident.behaviours.begin(), incident.behaviours.end(), test);
    };
    if (any(&isHighSeverityBehaviour)) return {26, kHighSeverity};
    if (any(&isStalkingBehaviour)) return {18, kStalking};
    return {10, kOther};
}

// Labels on the time axis: the first of a month, every `step` months, at most about eight.
void addTimeAxis(ChartBlock& chart, const QDateTime& from, const QDateTime& to, qreal axisY,
                 const std::function<qreal(const QDateTime&)>& xOf)
{
    const QDate first = uktime::dateOf(from), last = uktime::dateOf(to);
    const int months = (last.year() - first.year()) * 12 + last.month() - first.month() + 1;
    const int step = std::max(1, int(std::ceil(months / 8.0)));
    for (QDate d(first.year(), first.month(), 1); d <= last; d = d.addMonths(step)) {
        const QDateTime at = uktime::startOfDayUtc(d);
        if (at < from) continue;
        const qreal x = xOf(at);
        chart.marks.append(line(x, axisY, x, axisY + 3));
        chart.marks.append(label(x, axisY + 11, QLocale(QLocale::English, QLocale::UnitedKingdom).toString(d, QStringLiteral("MMM yyyy")),
                                 Qt::AlignHCenter));
    }
}

} // namespace

ChartBlock timelineChart(const CaseFile& file)
{
    ChartBlock chart{tr("Timeline of the course of conduct"), 112, {}, {}};
    QList<QDateTime> instants;
    for (const Incident& i : file.incidents)
        if (i.startUtc.isValid()) instants.append(i.startUtc);
    for (const CaseFileEvent& m : file.timelineMarkers) instants.append(m.whenUtc);
    if (instants.isEmpty()) {
        chart.heightPoints = 0;
        chart.caption = tr("No dated incidents or events are recorded, so there is nothing to place on a timeline.");
        return chart;
    }
    const auto [earliest, latest] = std::minmax_element(instants.begin(), instants.end());
    // A margin of 2% each side (at least a day) keeps the first and last ticks off the frame.
    const qint64 span = std::max<qint64>(earliest->secsTo(*latest), 24 * 3600);
    const QDateTime from = earliest->addSecs(-std::max<qint64>(span / 50, 12 * 3600));
    const QDateTime to = latest->addSecs(std::max<qint64>(span / 50, 12 * 3600));
    const auto xOf = [&](const QDateTime& t) {
        return plotLeft + (plotRight - plotLeft) * double(from.secsTo(t)) / double(from.secsTo(to));
    };

    const qreal personBottom = 30, onlineBottom = 62, axisY = 66, eventsTop = 82;
    chart.marks.append(label(0, 20, tr("In person")));
    chart.marks.append(label(0, 52, tr("Online")));
    chart.marks.append(label(0, eventsTop + 9, tr("Events")));
    chart.marks.append(line(plotLeft, personBottom, plotRight, personBottom, kGrid));
    chart.marks.append(line(plotLeft, onlineBottom, plotRight, onlineBottom, kGrid));
    chart.marks.append(line(plotLeft, axisY, plotRight, axisY));
    addTimeAxis(chart, from, to, axisY, xOf);

    constexpr qreal tickHalfWidth = 0.6 / approxWidthPoints;
    for (const Incident& i : file.incidents) {
        if (!i.startUtc.isValid()) continue;
        const auto [height, colour] = tickFor(i);
        const qreal bottom = i.online ? onlineBottom : personBottom;
        const qreal x = xOf(i.startUtc);
        chart.marks.append(fill(x - tickHalfWidth, bottom - height, x + tickHalfWidth, bottom, colour));
    }

    // Lettered boxes on two staggered rows, so events a few days apart stay readable.
    constexpr qreal box = 9, minimumGap = 11 / approxWidthPoints;
    qreal lastX[2] = {-1, -1};
    for (const CaseFileEvent& m : file.timelineMarkers) {
        const qreal x = xOf(m.whenUtc);
        const int row = x - lastX[0] >= minimumGap ? 0 : 1;
        lastX[row] = x;
        const qreal top = eventsTop + row * (box + 3), half = box / 2 / approxWidthPoints;
        chart.marks.append(line(x, axisY, x, top, kGrid));
        chart.marks.append(fill(x - half, top, x + half, top + box, Qt::white));
        chart.marks.append(frame(x - half, top, x + half, top + box));
        chart.marks.append(label(x, top + box - 2, letterFor(m.kind), Qt::AlignHCenter));
    }
    chart.caption = tr("Each tick is one incident, placed at its start: a tall dark red tick has a high-severity behaviour "
                       "(threats, violence, interference with property, following), a middle blue tick a behaviour listed "
                       "in PHA 1997 s2A(3), a short grey tick other conduct. Lettered boxes mark events: R risk screening, "
                       "B bail, O order applied for or made, X breach, C referral or charging decision, W withdrawal of "
                       "support. Times are UK local time.");
    return chart;
}

ChartBlock escalationChart(const CaseFile& file, const QDateTime& nowUtc)
{
    const EscalationSummary summary = summariseEscalation(file.incidents, nowUtc, file.escalation);
    const bool weekly = summary.unit == BucketUnit::Week;
    ChartBlock chart{weekly ? tr("Escalation: incidents per week") : tr("Escalation: incidents per month"), 100, {}, {}};
    QStringList caption{summary.note};
    caption += summary.reasons;
    if (summary.buckets.isEmpty()) {
        chart.heightPoints = 0;
        chart.caption = caption.join(u' ');
        return chart;
    }
    int maximum = 1;
    for (const EscalationBucket& b : summary.buckets) maximum = std::max({maximum, b.incidents, b.highSeverityBehaviours});
    constexpr qreal left = 0.07, right = 0.99, top = 6, bottom = 84;
    const auto yOf = [&](int value) { return bottom - (bottom - top) * value / maximum; };
    chart.marks.append(line(left, top, right, top, kGrid));
    chart.marks.append(line(left, bottom, right, bottom));
    chart.marks.append(label(left - 0.01, top + 3, QString::number(maximum), Qt::AlignRight));
    chart.marks.append(label(left - 0.01, bottom, QStringLiteral("0"), Qt::AlignRight));

    const qsizetype n = summary.buckets.size();
    const qreal slot = (right - left) / qreal(n);
    const qsizetype labelStep = std::max<qsizetype>(1, (n + 5) / 6);
    for (qsizetype i = 0; i < n; ++i) {
        const EscalationBucket& b = summary.buckets[i];
        const qreal centre = left + slot * (qreal(i) + 0.5);
        if (b.incidents > 0) chart.marks.append(fill(centre - slot * 0.35, yOf(b.incidents), centre + slot * 0.35, bottom, kIncidentBar));
        if (b.highSeverityBehaviours > 0)
            chart.marks.append(fill(centre - slot * 0.14, yOf(b.highSeverityBehaviours), centre + slot * 0.14, bottom, kHighSeverity));
        // Counted back from the latest bucket, so "now" is always labelled and labels never crowd.
        if ((n - 1 - i) % labelStep == 0) chart.marks.append(label(centre, bottom + 11, b.label, Qt::AlignHCenter));
    }
    caption << (weekly ? tr("Wide blue bars: incidents per week.") : tr("Wide blue bars: incidents per month."))
            << tr("Narrow dark red bars: high-severity behaviours (threats, violence, interference with property, following).");
    if (summary.undatedIncidents > 0)
        caption << tr("Incidents without a date, not charted: %1.").arg(summary.undatedIncidents);
    if (summary.futureIncidents > 0)
        caption << tr("Incidents dated in the future (a recording error), not charted: %1.").arg(summary.futureIncidents);
    chart.caption = caption.join(u' ');
    return chart;
}

QString courseOfConductSummary(const CaseFile& file, const QDateTime& nowUtc)
{
    QList<const Incident*> dated;
    int online = 0;
    for (const Incident& i : file.incidents) {
        if (i.startUtc.isValid()) dated.append(&i);
        if (i.online) ++online;
    }
    if (file.incidents.isEmpty()) return tr("No incidents are recorded.");
    QStringList parts;
    if (!dated.isEmpty()) {
        const auto [first, last] = std::minmax_element(dated.begin(), dated.end(),
                                                       [](const Incident* a, const Incident* b) { return a->startUtc < b->startUtc; });
        parts << tr("Incidents recorded: %1, between %2 and %3 (%4 of them online).")
                     .arg(file.incidents.size())
                     .arg(uktime::formatWhen((*first)->startUtc, (*first)->startTimeKnown),
                          uktime::formatWhen((*last)->startUtc, (*last)->startTimeKnown))
                     .arg(online);
    }
    const EscalationSummary summary = summariseEscalation(file.incidents, nowUtc, file.escalation);
    parts << summary.note;
    parts += summary.reasons;
    parts << tr("The chronology, with its timeline and escalation chart, sets out every incident.");
    return parts.join(u' ');
}

} // namespace conduct::exportsupport
