#include "chronology/ChronologyPage.h"

#include "chronology/EscalationChart.h"
#include "widgets/Prompts.h"
#include "common/PrivateFiles.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QVBoxLayout>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::ChronologyPage", text); }

// Exports are drawn at a fixed, print-friendly size, whatever the window's size.
const QSize timelineExportSize(1600, 520);
const QSize chartExportSize(1600, 420);

QPushButton* makeButton(const QString& text, const QString& objectName, const QString& toolTip, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setToolTip(toolTip);
    return b;
}
} // namespace

Status exportChart(const ChartPainter& paint, const QSize& size, const QString& path, const QString& title)
{
    const bool svg = path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive);
    if (!svg && !path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        return fieldError(tr("Export"), tr("%1 is neither a .png nor an .svg file name. Choose one of those.").arg(path));
    // A chart carries the case's course of conduct: written whole or not at all, and private to its
    // owner like every other export (issue 24).
    QSaveFile file(path);
    if (Status s = openPrivately(file, tr("Export")); !s.ok()) return s;
    const QRect area(QPoint(0, 0), size);
    bool painted = false;
    if (svg) {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(size);
        generator.setViewBox(area);
        generator.setTitle(title);
        generator.setDescription(QStringLiteral("Conduct %1").arg(QStringLiteral(CONDUCT_VERSION)));
        QPainter p;
        if (p.begin(&generator)) {
            paint(p, area);
            painted = p.end();
        }
    } else {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter p(&image);
            paint(p, area);
        }
        painted = image.save(&file, "PNG");
    }
    if (!painted || !file.commit()) {
        file.cancelWriting();
        return fieldError(tr("Export"), tr("Could not write %1. Choose a folder you can write to.").arg(path));
    }
    return {};
}

ChronologyPage::ChronologyPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("chronologyPage"));
    auto* layout = new QVBoxLayout(this);
    auto* tools = new QHBoxLayout;
    auto* zoomIn = makeButton(tr("Zoom &in"), QStringLiteral("timelineZoomIn"), tr("Zoom in (+ or the mouse wheel)"), this);
    auto* zoomOut = makeButton(tr("Zoom &out"), QStringLiteral("timelineZoomOut"), tr("Zoom out (-)"), this);
    auto* fit = makeButton(tr("&Fit all"), QStringLiteral("timelineFit"), tr("Show the whole course of conduct (0)"), this);
    auto* exportTimelineButton = makeButton(tr("Export &timeline…"), QStringLiteral("exportTimelineButton"),
                                            tr("Save the timeline as a PNG image or an SVG drawing"), this);
    auto* exportChartButton = makeButton(tr("Export &chart…"), QStringLiteral("exportChartButton"),
                                         tr("Save the escalation chart as a PNG image or an SVG drawing"), this);
    for (QPushButton* b : {zoomIn, zoomOut, fit}) tools->addWidget(b);
    tools->addStretch();
    tools->addWidget(exportTimelineButton);
    tools->addWidget(exportChartButton);
    layout->addLayout(tools);

    auto* split = new QSplitter(Qt::Vertical, this);
    m_timeline = new TimelineWidget(split);
    auto* lower = new QWidget(split);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    m_chart = new EscalationChart(lower);
    m_note = new QLabel(lower);
    m_note->setObjectName(QStringLiteral("escalationNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    lowerLayout->addWidget(m_chart, 1);
    lowerLayout->addWidget(m_note);
    split->addWidget(m_timeline);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(zoomIn, &QPushButton::clicked, m_timeline, [this] { m_timeline->zoomBy(0.8); });
    connect(zoomOut, &QPushButton::clicked, m_timeline, [this] { m_timeline->zoomBy(1.25); });
    connect(fit, &QPushButton::clicked, m_timeline, &TimelineWidget::fitAll);
    connect(exportTimelineButton, &QPushButton::clicked, this, [this] { chooseAndExport(true); });
    connect(exportChartButton, &QPushButton::clicked, this, [this] { chooseAndExport(false); });
    connect(m_timeline, &TimelineWidget::incidentActivated, this, &ChronologyPage::incidentActivated);
}

void ChronologyPage::setIncidents(const QList<Incident>& incidents, const QDateTime& nowUtc)
{
    m_timeline->setIncidents(incidents);
    const EscalationSummary summary = summariseEscalation(incidents, nowUtc, m_rule);
    m_chart->setSummary(summary);
    QStringList lines{summary.note};
    if (summary.escalating) {
        // 3.7: the risk assessment "must be kept under constant review".
        lines.prepend(tr("Escalating: review the risk assessment (protocol 3.7)."));
        lines.append(summary.reasons);
    }
    if (summary.undatedIncidents > 0 || summary.futureIncidents > 0)
        lines.append(tr("Left out of the chart: %1 without a date, %2 dated after today.")
                         .arg(summary.undatedIncidents).arg(summary.futureIncidents));
    m_note->setText(lines.join(u'\n'));
}

void ChronologyPage::setMarkers(const QList<TimelineMarker>& markers) { m_timeline->setMarkers(markers); }

Status ChronologyPage::exportTimeline(const QString& path) const
{
    return exportChart([this](QPainter& p, const QRect& r) { m_timeline->paintChart(p, r); }, timelineExportSize, path,
                       tr("Timeline of the course of conduct"));
}

Status ChronologyPage::exportEscalation(const QString& path) const
{
    const QString note = m_note->text();
    return exportChart(
        [this, note](QPainter& p, const QRect& r) {
            // The note travels with the exported chart, so the picture is never read without it.
            const int noteHeight = p.fontMetrics().height() * 4;
            m_chart->paintChart(p, r.adjusted(0, 0, 0, -noteHeight));
            p.setPen(Qt::black);
            p.drawText(QRect(r.left() + 8, r.bottom() - noteHeight, r.width() - 16, noteHeight), Qt::TextWordWrap, note);
        },
        chartExportSize, path, tr("Escalation of the course of conduct"));
}

void ChronologyPage::chooseAndExport(bool timeline)
{
    QString selected;
    const QString path = QFileDialog::getSaveFileName(this, timeline ? tr("Export timeline") : tr("Export escalation chart"),
                                                      timeline ? tr("timeline.png") : tr("escalation.png"),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg)"), &selected);
    if (path.isEmpty()) return;
    QString target = path;
    if (!target.endsWith(QLatin1String(".png"), Qt::CaseInsensitive) && !target.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        target += selected.contains(QLatin1String("svg")) ? QStringLiteral(".svg") : QStringLiteral(".png");
    const Status s = timeline ? exportTimeline(target) : exportEscalation(target);
    if (!s.ok()) prompts::warn(this, tr("Export"), s.error().text());
}

} // namespace conduct
