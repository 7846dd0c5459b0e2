#pragma once
// Deterministic synthetic cases at force scale for conduct-bench, with the shape of real
// stalking caseloads: one complainant, 1–3 suspects, sometimes a witness; 5–200 incidents per
// case with a long tail (about 1 case in 500 has 500+), about 10 a case on average; UK names with variants; DOBs; phones.
// Written through CaseService::importCases, the same bulk path the application uses.

#include "LinkedSearchBench.h"

#include <cmath>

namespace conduct::bench {

// The sizes asked for on the command line, as per-case averages. Issue 10's force scale is
// 100,000 cases, 300,000 people and 1,000,000 incidents: 3 people and about 10 incidents a case.
struct CaseloadShape {
    double peoplePerCase = 3.0;   // one complainant, then suspects (1–3 where there are enough) and witnesses
    double incidentScale = 1.0;   // multiplies incidentCountFor's long-tailed count
};

// The mean of incidentCountFor, to turn a requested total into incidentScale.
inline constexpr double meanIncidentsPerCase = 0.002 * 550 + 0.010 * 115.5 + 0.138 * 19.5 + 0.850 * 6.5;

// `value` rounded down or up at random so that the mean of many roundings is `value` itself.
inline int stochasticRound(QRandomGenerator& rng, double value)
{
    const double floor = std::floor(value);
    return int(floor) + (rng.generateDouble() < value - floor ? 1 : 0);
}

// Incident count per case, shaped to issue 10's scale (100,000 cases, about 1,000,000
// incidents, so about 10 a case): most cases 5–8, one in seven 9–30, one in a hundred 31–200,
// and one in five hundred a very long course of conduct of 500–600.
inline int incidentCountFor(QRandomGenerator& rng)
{
    const quint32 roll = rng.bounded(1000u);
    if (roll < 2) return 500 + int(rng.bounded(101u));
    if (roll < 12) return 31 + int(rng.bounded(170u));
    if (roll < 150) return 9 + int(rng.bounded(22u));
    return 5 + int(rng.bounded(4u));
}

inline Person syntheticPerson(QRandomGenerator& rng, PersonRole role)
{
    Person p;
    p.role = role;
    p.forenames = pick(rng, names::forenames);
    p.surname = syntheticSurname(rng);
    if (rng.bounded(100u) < 90) p.dateOfBirth = QDate(1950, 1, 1).addDays(qint64(rng.bounded(20000u)));
    if (rng.bounded(100u) < 70) p.phones = {QStringLiteral("07700 %1").arg(rng.bounded(1000000u), 6, 10, QLatin1Char('0'))};
    if (rng.bounded(100u) < 25) p.aliases = {pick(rng, names::forenames) + u' ' + p.surname};
    if (role == PersonRole::Suspect) {
        p.relationship = rng.bounded(2u) ? Relationship::ExPartner : Relationship::Acquaintance;
        p.domesticAbuse = p.relationship == Relationship::ExPartner;
    }
    return p;
}

// A course of conduct: from its first incident, lasting a month to a year; case start times are
// spread over the last four years, so a 12-month period holds about a quarter of the cases.
struct ConductWindow {
    QDateTime firstUtc;
    qint64 spanSecs = 0;
};

inline ConductWindow syntheticWindow(QRandomGenerator& rng, const QDateTime& now)
{
    const qint64 span = qint64(30 + rng.bounded(336u)) * 24 * 3600;
    return {now.addSecs(-qint64(rng.bounded(4u * 365 * 24 * 3600)) - 3600), span};
}

inline Incident syntheticIncident(QRandomGenerator& rng, const ConductWindow& window, const QDateTime& now)
{
    Incident inc;
    inc.startUtc = std::min(window.firstUtc.addSecs(qint64(rng.bounded(quint32(window.spanSecs)))), now.addSecs(-60));
    inc.online = rng.bounded(100u) < 40;
    if (inc.online) inc.platform = pick(rng, {QStringLiteral("Instagram"), QStringLiteral("WhatsApp"), QStringLiteral("Facebook")});
    else inc.location = QStringLiteral("%1 Street").arg(syntheticSurname(rng));
    inc.behaviours = {inc.online ? Behaviour::Contacting : Behaviour::Loitering};
    if (rng.bounded(100u) < 20) inc.behaviours.append(Behaviour::Following);
    inc.fearOfViolence = rng.bounded(100u) < 15;
    QStringList text;
    const int length = 12 + int(rng.bounded(30u));
    for (int w = 0; w < length; ++w) text.append(rng.bounded(100u) < 85 ? pick(rng, words::common) : pick(rng, words::rarer));
    inc.description = text.join(u' ') + QLatin1Char('.');
    return inc;
}

inline QList<CaseImport> caseloadBatch(int firstCase, int count, QRandomGenerator& rng, int fixedIncidents = -1,
                                       const CaseloadShape& shape = {})
{
    QList<CaseImport> batch;
    const QDateTime now = Clock::nowUtc();
    const QString letters = QStringLiteral("ABCDEFGHJKLMNPRSTUVWXYZ");
    for (int c = firstCase; c < firstCase + count; ++c) {
        CaseImport item;
        item.caseRecord.urn = QStringLiteral("46%1%2%3%4")
                                  .arg(letters[(c / 100000) % letters.size()])
                                  .arg(letters[(c / 100000 / letters.size()) % letters.size()])
                                  .arg(c % 100000, 5, 10, QLatin1Char('0'))
                                  .arg(25);
        item.caseRecord.officerInCase = QStringLiteral("PC %1 %2").arg(1000 + c % 400).arg(syntheticSurname(rng));
        item.caseRecord.offences = {rng.bounded(3u) ? Offence::Stalking_s2A : Offence::Harassment_s2};
        item.people.append(syntheticPerson(rng, PersonRole::Complainant));
        // Everyone else: on average peoplePerCase - 1, spread by up to one either way, at least one suspect.
        const int others = std::max(1, stochasticRound(rng, shape.peoplePerCase - 1 + (rng.generateDouble() * 2 - 1)));
        const int suspects = std::min(others, 1 + int(rng.bounded(3u)));
        for (int s = 0; s < suspects; ++s) item.people.append(syntheticPerson(rng, PersonRole::Suspect));
        for (int w = suspects; w < others; ++w) item.people.append(syntheticPerson(rng, PersonRole::Witness));
        const int incidents = fixedIncidents >= 0 ? fixedIncidents
                                                  : std::max(1, stochasticRound(rng, incidentCountFor(rng) * shape.incidentScale));
        const ConductWindow window = syntheticWindow(rng, now);
        QDateTime first = now, last = window.firstUtc;
        for (int i = 0; i < incidents; ++i) {
            item.incidents.append(syntheticIncident(rng, window, now));
            first = std::min(first, item.incidents.last().startUtc);
            last = std::max(last, item.incidents.last().startUtc);
        }
        // Reported within a fortnight of the first incident; last worked on after the latest one.
        item.caseRecord.createdUtc = std::min(now, first.addSecs(qint64(1 + rng.bounded(14u)) * 24 * 3600));
        item.caseRecord.updatedUtc = std::min(now, std::max(item.caseRecord.createdUtc, last).addSecs(qint64(rng.bounded(72u)) * 3600));
        batch.append(item);
    }
    return batch;
}

} // namespace conduct::bench
