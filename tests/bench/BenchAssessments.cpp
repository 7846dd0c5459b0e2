#include "BenchAssessments.h"
#include "BenchGenerator.h"

#include "common/Clock.h"
#include "forms/FormPackCatalogue.h"
#include "security/PasswordHasher.h"
#include "store/TeamRepository.h"
#include "store/UserRepository.h"
#include "services/RiskAssessmentService.h"
#include "store/Database.h"

#include <QRandomGenerator>

namespace conduct::bench {
namespace {

// A plausible answer to every item of the form: yes/no items are "yes" with the case's own
// probability, so cases spread across the score bands as real ones do.
FormAnswers answersFor(const FormPack& pack, QRandomGenerator& rng)
{
    const double yesShare = 0.1 + 0.5 * rng.generateDouble();
    FormAnswers answers;
    for (const FormItem* item : pack.items()) {
        const bool yes = rng.generateDouble() < yesShare;
        switch (item->type) {
        case AnswerType::YesNo:
        case AnswerType::YesNoDontKnow:
            answers.setValue(item->id, yes ? yesCode() : noCode());
            if (yes) answers.setComment(item->id, QStringLiteral("Complainant's account, first statement."));
            break;
        case AnswerType::Grid: {
            QVariantMap grid;
            for (const ChoiceOption& row : item->gridRows)
                grid.insert(row.id, yes && !item->gridColumns.isEmpty() ? QStringList{item->gridColumns.first().id} : QStringList{});
            answers.setValue(item->id, grid);
            break;
        }
        case AnswerType::SingleChoice:
            if (!item->options.isEmpty()) answers.setValue(item->id, item->options.first().id);
            break;
        case AnswerType::MultipleChoice:
            answers.setValue(item->id, item->options.isEmpty() ? QStringList{} : QStringList{item->options.first().id});
            break;
        case AnswerType::Date:
            answers.setValue(item->id, Clock::nowUtc().date().addDays(-qint64(rng.bounded(60u))));
            break;
        case AnswerType::Number:
            answers.setValue(item->id, item->minimum.value_or(0));
            break;
        case AnswerType::Text:
            answers.setValue(item->id, QStringLiteral("Not known at the time of the assessment."));
            break;
        }
    }
    return answers;
}

// The officer's grading: the suggested level when the form has bands (raised one step in one
// case in ten, on professional judgement), otherwise a level drawn across the form's levels.
void grade(RiskAssessment& a, const FormPack& pack, QRandomGenerator& rng)
{
    const QList<RiskLevel>& levels = pack.scoring.levels;
    int rank = a.suggestedLevel.isEmpty() ? int(rng.bounded(quint32(levels.size()))) : pack.scoring.levelRank(a.suggestedLevel);
    if (!a.suggestedLevel.isEmpty() && rank + 1 < levels.size() && rng.bounded(10u) == 0) ++rank;
    a.officerLevel = levels.at(std::max(0, rank)).id;
    a.rationale = QStringLiteral("Graded on the answers and the course of conduct so far.");
    const bool top = rank + 1 == levels.size();
    const QDate today = Clock::nowUtc().date();
    a.marac = {top ? ReferralDecision::Refer : ReferralDecision::DoNotRefer, today,
               top ? QStringLiteral("High risk: referred.") : QStringLiteral("Below the MARAC threshold.")};
    a.mappa = {ReferralDecision::DoNotRefer, today, QStringLiteral("Not a MAPPA offender.")};
}

enum class Outcome { Approved, AwaitingReview, Draft };

// Written at the clock's time; a supervisor decides some hours later.
Status writeOne(RiskAssessmentService& officer, RiskAssessmentService& supervisor, qint64 caseId, const QString& packId,
                Outcome outcome, QRandomGenerator& rng, ScopedFakeClock& clock)
{
    auto started = officer.startAssessment(caseId, packId);
    if (!started.ok()) return started.error();
    RiskAssessment a = started.value();
    auto pack = officer.packFor(a);
    if (!pack.ok()) return pack.error();
    a.answers = answersFor(pack.value(), rng);
    auto saved = officer.saveDraft(a);   // the service works out the score and suggested level
    if (!saved.ok()) return saved.error();
    if (outcome == Outcome::Draft) return {};
    a = saved.value();
    grade(a, pack.value(), rng);
    auto submitted = officer.submit(a);
    if (!submitted.ok()) return submitted.error();
    if (outcome == Outcome::AwaitingReview) return {};
    clock.advanceSeconds(qint64(1 + rng.bounded(20u)) * 3600);
    auto approved = supervisor.approve(submitted->id, {}, QStringLiteral("Agreed."));
    return approved.ok() ? Status{} : Status{approved.error()};
}

// The second account: nobody approves their own assessment.
Session supervisorAccount(Database& db)
{
    return benchAccount(db, QStringLiteral("bench-supervisor"), QStringLiteral("DS 1 Bench"), {Role::Supervisor});
}
} // namespace

Session benchAccount(Database& db, const QString& userName, const QString& displayName, const QSet<Role>& roles)
{
    UserRepository users(db);
    auto existing = users.findByName(userName);
    if (existing.ok() && existing.value()) return Session{existing.value()->user, QDateTime::currentDateTimeUtc()};
    auto hash = PasswordHasher(HashCost::minimumForTests()).hash(QStringLiteral("benchmark password"));
    Transaction tx(db);
    auto created = users.create(NewUser{userName, displayName, roles}, hash.value());
    (void)tx.commit();
    return Session{created.value(), QDateTime::currentDateTimeUtc()};
}

Session benchSupervisor(Database& db)
{
    return supervisorAccount(db);
}

Result<RiskAssessment> readyToSubmit(Database& db, const Session& officer, qint64 caseId, const QString& packId, quint32 seed)
{
    RiskAssessmentService service(db, officer);
    QRandomGenerator rng(seed);
    auto started = service.startAssessment(caseId, packId);
    if (!started.ok()) return started.error();
    auto pack = service.packFor(started.value());
    if (!pack.ok()) return pack.error();
    RiskAssessment a = started.value();
    a.answers = answersFor(pack.value(), rng);
    auto saved = service.saveDraft(a);
    if (!saved.ok()) return saved.error();
    a = saved.value();
    grade(a, pack.value(), rng);
    return a;
}

Status putInOneTeam(Database& db, const QString& teamName, const QList<qint64>& userIds)
{
    const TeamRepository teams(db);
    Transaction tx(db);
    auto existing = teams.findByName(teamName);
    if (!existing.ok()) return existing.error();
    qint64 teamId = existing->value_or(0);
    if (teamId == 0) {
        auto made = teams.insert(teamName, Clock::nowUtc());
        if (!made.ok()) return made.error();
        teamId = made.value();
    }
    for (qint64 userId : userIds)
        if (Status s = teams.addMember(teamId, userId); !s.ok()) return s;
    return tx.commit();
}

Result<AssessmentLoad> generateAssessments(Database& db, const Session& officer, int total, quint32 seed)
{
    AssessmentLoad load;
    auto ids = db.exec(QStringLiteral("SELECT id, created_utc FROM cases ORDER BY id"));
    if (!ids.ok()) return ids.error();
    QList<qint64> cases;
    QList<QDateTime> opened;
    while (ids->next()) {
        cases.append(ids->value(0).toLongLong());
        opened.append(fromDbTime(ids->value(1)));
    }
    if (cases.isEmpty() || total <= 0) return load;

    const Session supervisorSession = supervisorAccount(db);
    // The supervisor reviews the officer's cases as a member of their team (issue 24: need to know).
    if (Status s = putInOneTeam(db, QStringLiteral("Bench team"), {officer.user.id, supervisorSession.user.id}); !s.ok())
        return s.error();
    RiskAssessmentService officerService(db, officer);
    RiskAssessmentService supervisorService(db, supervisorSession);
    QRandomGenerator rng(seed + 13);
    // Each assessment is dated as an officer would have written it: the first within three days of
    // the case being opened, reassessments one to three months apart, and one still open (awaiting
    // review or a draft) within the last two days.
    const QDateTime now = Clock::nowUtc();
    ScopedFakeClock clock(now);
    const double perCase = double(total) / double(cases.size());
    constexpr int casesPerBatch = 200;
    for (qsizetype first = 0; first < cases.size(); first += casesPerBatch) {
        Transaction batch(db);
        for (qsizetype i = first; i < std::min(cases.size(), first + casesPerBatch); ++i) {
            const int count = stochasticRound(rng, perCase);
            for (int k = 0; k < count; ++k) {
                const QString packId = rng.bounded(5u) < 3 ? QStringLiteral("s-dash-2009") : QStringLiteral("dash-2009");
                // Only a case's newest assessment may still be open; earlier versions were signed off.
                const quint32 roll = rng.bounded(100u);
                const Outcome outcome = k + 1 < count || roll < 94 ? Outcome::Approved
                                        : roll < 98                ? Outcome::AwaitingReview
                                                                   : Outcome::Draft;
                // An approved one leaves its supervisor (up to 20 hours later) time to decide before now.
                clock.set(outcome == Outcome::Approved
                              ? std::min(now.addSecs(-24 * 3600), opened[i].addSecs(qint64(1 + rng.bounded(72u)) * 3600
                                                                                    + qint64(k) * qint64(30 + rng.bounded(60u)) * 24 * 3600))
                              : now.addSecs(-qint64(1 + rng.bounded(40u)) * 3600));
                if (Status s = writeOne(officerService, supervisorService, cases[i], packId, outcome, rng, clock); !s.ok())
                    return Error{s.error().field, QStringLiteral("assessment on case %1: %2").arg(cases[i]).arg(s.error().message)};
                ++load.written;
                ++(outcome == Outcome::Approved ? load.approved : outcome == Outcome::AwaitingReview ? load.awaitingReview : load.drafts);
            }
        }
        if (Status s = batch.commit(); !s.ok()) return s.error();
    }
    return load;
}

Figure supervisorQueueScenario(Database& db, int runs)
{
    Figure f{QStringLiteral("supervisor's review queue, every submission ranked")};
    f.baselineName = QStringLiteral("raw SELECT of the submitted assessments' rows");
    const Session supervisor = supervisorAccount(db);
    RiskAssessmentService service(db, supervisor);
    qsizetype waiting = 0;
    f.samples = repeat(runs, [&] {
        auto queue = service.supervisorQueue();
        waiting = queue.ok() ? queue->size() : -1;
    });
    f.baselineSamples = repeat(runs, [&] {
        auto rows = db.exec(QStringLiteral("SELECT r.*, c.urn FROM risk_assessments r JOIN cases c ON c.id = r.case_id "
                                           "WHERE r.status = 'submitted' ORDER BY r.submitted_utc"));
        while (rows.ok() && rows->next()) {}
    });
    f.note = waiting < 0 ? QStringLiteral("the queue could not be read")
                         : QStringLiteral("%1 submissions awaiting review").arg(waiting);
    return f;
}

} // namespace conduct::bench
