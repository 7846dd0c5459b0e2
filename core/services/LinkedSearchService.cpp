#include "services/LinkedSearchService.h"

#include "common/Clock.h"
#include "common/UkTime.h"
#include "search/SearchQuery.h"
#include "security/AuditLog.h"
#include "security/Permissions.h"
#include "services/CaseAccess.h"
#include "store/AccessGrantRepository.h"
#include "store/CaseRepository.h"
#include "store/PersonRepository.h"
#include "store/SearchIndex.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace conduct {
namespace {
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("conduct::LinkedSearchService", text, disambiguation, n);
}

// How many pre-scored candidates are scored in full for each result wanted: enough that a
// common surname's true match is never cut before PersonMatcher sees it.
constexpr int candidatesPerResult = 5;
constexpr int minimumCandidates = 100;

QString ukDate(const QDate& d) { return uktime::formatDate(d); }

// A hit in a case not seen in full names no person and quotes no text: where it is and whom to ask.
void maskHit(GlobalSearchHit& hit, const QString& officerInCase)
{
    hit.restricted = true;
    hit.officerInCase = officerInCase;
    hit.title = tr("A match in case %1 (restricted: open it with a reason)").arg(hit.urn);
    hit.matched = tr("Ask %1, the officer in the case").arg(officerInCase);
}
} // namespace

QString matchBand(int score)
{
    if (score >= 70) return tr("Strong");
    if (score >= 45) return tr("Possible");
    return tr("Weak");
}

QString describeMatches(const RankedMatch& match)
{
    QStringList parts;
    for (const AttributeMatch& m : match.matches) parts.append(m.detail);
    for (const QString& c : match.conflicts) parts.append(c);
    return parts.join(QStringLiteral("; "));
}

QString LinkedSearchService::describeProbe(const Person& probe)
{
    QStringList parts;
    QString who = probe.displayName();
    if (who.isEmpty()) who = tr("(no name)");
    if (probe.id != 0) who = labelOf(probe.role) + QLatin1Char(' ') + who;
    if (probe.dateOfBirth.isValid()) who += tr(", born %1").arg(ukDate(probe.dateOfBirth));
    parts.append(who);
    if (!probe.aliases.isEmpty()) parts.append(tr("aliases: %1").arg(probe.aliases.join(QStringLiteral(", "))));
    if (!probe.phones.isEmpty()) parts.append(tr("%n phone number(s)", nullptr, int(probe.phones.size())));
    if (!probe.emails.isEmpty()) parts.append(tr("%n e-mail address(es)", nullptr, int(probe.emails.size())));
    if (!probe.onlineHandles.isEmpty()) parts.append(tr("%n online handle(s)", nullptr, int(probe.onlineHandles.size())));
    if (!probe.vehicles.isEmpty()) parts.append(tr("%n vehicle(s)", nullptr, int(probe.vehicles.size())));
    return parts.join(QStringLiteral("; "));
}

Result<QList<LinkedMatch>> LinkedSearchService::findPersonElsewhere(const Person& probe, int limit) const
{
    // Every signed-in role that may work a case may search for links; what it shows of other
    // cases is names and URNs, and opening one goes through CaseService's ownership rule.
    if (Status s = requirePermission(m_session, Action::ViewCase); !s.ok()) return s.error();
    const SearchIndex index(m_db);
    auto hits = index.personCandidates(probe, probe.caseId, std::max(limit * candidatesPerResult, minimumCandidates));
    if (!hits.ok()) return hits.error();
    QList<qint64> personIds, caseIds;
    QSet<qint64> seenCases;
    for (const PersonCandidateHit& h : hits.value()) {
        personIds.append(h.personId);
        if (!seenCases.contains(h.caseId)) {
            seenCases.insert(h.caseId);
            caseIds.append(h.caseId);
        }
    }
    auto people = PersonRepository(m_db).getMany(personIds);
    if (!people.ok()) return people.error();
    auto briefs = index.caseBriefs(caseIds);
    if (!briefs.ok()) return briefs.error();

    QList<MatchCandidate> candidates;
    for (const Person& p : people.value()) candidates.append({p, briefs->value(p.caseId).urn});
    MatchOptions options;
    options.maximumResults = limit;
    auto visible = visibleCases(caseIds);
    if (!visible.ok()) return visible.error();
    QList<LinkedMatch> out;
    for (const RankedMatch& r : rankCandidates(probe, candidates, options)) {
        LinkedMatch m{r, {}, false, {}};
        const Person& found = r.candidate.person;
        if (!visible->contains(found.caseId)) {
            // Only that it exists, how strong, where and whom to ask: the ranking saw the person, the user does not.
            auto officer = officerInCase(found.caseId);
            if (!officer.ok()) return officer.error();
            Person shown;
            shown.id = found.id;
            shown.caseId = found.caseId;
            shown.role = found.role;
            m.ranked.candidate.person = shown;
            m.ranked.matches.clear();
            m.ranked.conflicts.clear();
            m.restricted = true;
            m.officerInCase = officer.value();
            out.append(m);
            continue;
        }
        for (const Person& c : briefs->value(found.caseId).complainants)
            if (c.id != found.id) m.otherComplainants.append(c.displayName());
        out.append(m);
    }
    return out;
}

Result<QSet<qint64>> LinkedSearchService::visibleCases(const QList<qint64>& caseIds) const
{
    return AccessGrantRepository(m_db).visibleAmong(m_session.user.id, caseIds, Clock::nowUtc());
}

Result<QString> LinkedSearchService::officerInCase(qint64 caseId) const
{
    auto c = CaseRepository(m_db).get(caseId);
    if (!c.ok()) return c.error();
    return c->officerInCase;
}

Result<LinkedSearchOutcome> LinkedSearchService::searchAndRecord(const Person& probe, int limit)
{
    auto matches = findPersonElsewhere(probe, limit);
    if (!matches.ok()) return matches.error();
    auto id = recordSearch(probe.caseId, describeProbe(probe), int(matches->size()));
    if (!id.ok()) return id.error();
    return LinkedSearchOutcome{id.value(), matches.value()};
}

QString LinkedSearchService::actorName() const
{
    return m_session.user.displayName.isEmpty() ? m_session.user.userName : m_session.user.displayName;
}

// DPA 2018 s62: a search across every case is a consultation of the records it shows, and a
// confirmed link combines records; both go to the audit trail with the linked-search record.
Status LinkedSearchService::audit(qint64 caseId, AuditAction action, const QString& entityType, qint64 entityId,
                                  const QString& summary)
{
    auto found = CaseAccess(m_db, m_session).find(caseId);
    if (!found.ok()) return found.error();
    AuditRecord record = AuditLog::recordFor(m_session, action);
    record.caseId = caseId;
    record.caseUrn = found->urn;
    record.entityType = entityType;
    record.entityId = QString::number(entityId);
    record.justification = summary;
    return AuditLog::append(m_db, record);
}

Result<qint64> LinkedSearchService::recordSearch(qint64 caseId, const QString& querySummary, int resultCount)
{
    LinkedSearchRecord record{0, caseId, Clock::nowUtc(), actorName(), querySummary, resultCount};
    return inTransaction<qint64>(m_db, [&]() -> Result<qint64> {
        auto id = LinkedSearchLog(m_db).addSearch(record);
        if (!id.ok()) return id;
        if (Status s = audit(caseId, AuditAction::Consult, QStringLiteral("linked_search"), id.value(),
                             tr("Linked-incident search (protocol 3.8) for %1: %n result(s)", nullptr, resultCount).arg(querySummary));
            !s.ok())
            return s.error();
        return id;
    });
}

Result<qint64> LinkedSearchService::recordDecision(qint64 searchId, qint64 caseId, const LinkedMatch& match,
                                                   LinkDecision decision, const QString& note)
{
    const Person& person = match.ranked.candidate.person;
    // Checked again here, not taken from the match: the user must see both people to judge them.
    auto visible = visibleCases({person.caseId});
    if (!visible.ok()) return visible.error();
    if (!visible->contains(person.caseId))
        return fieldError(tr("Match"), tr("Open case %1 with a reason first, or ask its officer in the case: you cannot "
                                          "confirm or dismiss a person you cannot see.")
                                           .arg(match.ranked.candidate.urn));
    LinkedSearchDecision d;
    d.searchId = searchId;
    d.caseId = caseId;
    d.matchedCaseId = person.caseId;
    d.matchedUrn = match.ranked.candidate.urn;
    d.matchedPersonId = person.id;
    d.matchedPersonName = person.displayName();
    d.score = match.ranked.score;
    d.decision = decision;
    d.note = note;
    d.decidedUtc = Clock::nowUtc();
    d.decidedBy = actorName();
    return inTransaction<qint64>(m_db, [&]() -> Result<qint64> {
        auto id = LinkedSearchLog(m_db).addDecision(d);
        if (!id.ok()) return id;
        const QString summary = decision == LinkDecision::Confirmed
            ? tr("Confirmed as the same person: %1 in case %2").arg(d.matchedPersonName, d.matchedUrn)
            : tr("Dismissed as a different person: %1 in case %2").arg(d.matchedPersonName, d.matchedUrn);
        const AuditAction action = decision == LinkDecision::Confirmed ? AuditAction::Combine : AuditAction::Create;
        if (Status s = audit(caseId, action, QStringLiteral("linked_search_decision"), id.value(), summary); !s.ok())
            return s.error();
        return id;
    });
}

Result<QList<LinkedSearchRecord>> LinkedSearchService::searchesForCase(qint64 caseId) const
{
    return LinkedSearchLog(m_db).searchesForCase(caseId);
}

Result<QList<LinkedSearchDecision>> LinkedSearchService::decisionsForCase(qint64 caseId) const
{
    return LinkedSearchLog(m_db).decisionsForCase(caseId);
}

Result<QList<GlobalSearchHit>> LinkedSearchService::globalSearch(const QString& text, int limit) const
{
    if (Status s = requirePermission(m_session, Action::ViewCase); !s.ok()) return s.error();
    const ParsedQuery parsed = parseSearchQuery(text);

    QList<GlobalSearchHit> out;
    const SearchIndex index(m_db);
    for (const QueryTerm& t : parsed.ofKind(QueryTermKind::Urn)) {
        auto cases = index.casesByUrnPrefix(t.key, 5);
        if (!cases.ok()) return cases.error();
        for (const CaseBrief& c : cases.value())
            out.append({GlobalSearchHit::Kind::Case, c.caseId, c.urn, c.caseId, c.urn, tr("URN %1").arg(c.urn), tr("URN"), 100, false, {}});
    }

    Person probe = probeFromQuery(parsed);
    const bool personTerms = !probe.surname.isEmpty() || probe.dateOfBirth.isValid() || !probe.phones.isEmpty()
                             || !probe.emails.isEmpty() || !probe.vehicles.isEmpty() || !probe.onlineHandles.isEmpty();
    if (personTerms) {
        auto people = findPersonElsewhere(probe, limit);
        if (!people.ok()) return people.error();
        for (const LinkedMatch& m : people.value()) {
            const Person& p = m.ranked.candidate.person;
            GlobalSearchHit hit{GlobalSearchHit::Kind::Person, p.caseId, m.ranked.candidate.urn, p.id, {},
                                describeMatches(m.ranked), matchBand(m.ranked.score), m.ranked.score, false, {}};
            if (m.restricted) maskHit(hit, m.officerInCase);
            else {
                hit.title = tr("%1 — %2").arg(p.displayName(), labelOf(p.role).toLower());
                if (p.dateOfBirth.isValid()) hit.title += tr(", born %1").arg(ukDate(p.dateOfBirth));
            }
            out.append(hit);
        }
    }

    QStringList words;
    for (const QueryTerm& t : parsed.terms)
        if (t.kind == QueryTermKind::Name || t.kind == QueryTermKind::Text) words.append(t.text);
    if (!words.isEmpty()) {
        auto incidents = index.searchIncidents(words.join(u' '), limit);
        if (!incidents.ok()) return incidents.error();
        QList<qint64> incidentCases;
        for (const IncidentTextHit& h : incidents.value()) incidentCases.append(h.caseId);
        auto visible = visibleCases(incidentCases);
        if (!visible.ok()) return visible.error();
        for (const IncidentTextHit& h : incidents.value()) {
            GlobalSearchHit hit{GlobalSearchHit::Kind::Incident, h.caseId, h.urn, h.incidentId,
                                tr("Incident of %1").arg(uktime::formatWhen(h.startUtc, h.startTimeKnown)),
                                h.snippet, tr("Text"), 0, false, {}};
            if (!visible->contains(h.caseId)) {
                auto officer = officerInCase(h.caseId);
                if (!officer.ok()) return officer.error();
                maskHit(hit, officer.value());
            }
            out.append(hit);
        }
    }
    return out;
}

} // namespace conduct
