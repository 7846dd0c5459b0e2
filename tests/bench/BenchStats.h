#pragma once
// Figures for conduct-bench: samples in milliseconds, summarised as median and p95, printed
// as a table and as JSON. Ratios against a baseline measured in the same run, never absolute
// targets, because the machines are shared and noisy.

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <algorithm>
#include <functional>
#include <utility>

namespace conduct::bench {

struct Figure {
    explicit Figure(QString name, QString unitName = QStringLiteral("ms"))
        : scenario(std::move(name)), unit(std::move(unitName)) {}

    QString scenario;
    QString unit;
    QList<double> samples;
    QString baselineName;
    QList<double> baselineSamples;
    QString target;   // e.g. "<= 50 ms median" or "<= 3 x baseline"
    QString note;

    static double percentile(QList<double> values, double p)
    {
        if (values.isEmpty()) return 0;
        std::sort(values.begin(), values.end());
        const double rank = p * double(values.size() - 1);
        const qsizetype lo = qsizetype(rank);
        const qsizetype hi = std::min<qsizetype>(lo + 1, values.size() - 1);
        return values[lo] + (values[hi] - values[lo]) * (rank - double(lo));
    }
    double median() const { return percentile(samples, 0.5); }
    double p95() const { return percentile(samples, 0.95); }
    double baselineMedian() const { return percentile(baselineSamples, 0.5); }
    double ratio() const { return baselineSamples.isEmpty() || baselineMedian() <= 0 ? 0 : median() / baselineMedian(); }

    QJsonObject toJson() const
    {
        QJsonObject o{{QStringLiteral("scenario"), scenario}, {QStringLiteral("unit"), unit},
                      {QStringLiteral("runs"), int(samples.size())}, {QStringLiteral("median"), median()},
                      {QStringLiteral("p95"), p95()}, {QStringLiteral("target"), target}};
        if (!baselineSamples.isEmpty()) {
            o.insert(QStringLiteral("baseline"), baselineName);
            o.insert(QStringLiteral("baseline_median"), baselineMedian());
            o.insert(QStringLiteral("ratio"), ratio());
        }
        if (!note.isEmpty()) o.insert(QStringLiteral("note"), note);
        return o;
    }
};

inline double timeMs(const std::function<void()>& work)
{
    QElapsedTimer t;
    t.start();
    work();
    return double(t.nsecsElapsed()) / 1e6;
}

inline QList<double> repeat(int runs, const std::function<void()>& work)
{
    QList<double> out;
    for (int i = 0; i < runs; ++i) out.append(timeMs(work));
    return out;
}

} // namespace conduct::bench
