// Full-text search over the course of conduct: the FTS5 half of SearchIndex (see SearchIndex.h
// for why the index is fed from a queue rather than by triggers).

#include "store/Database.h"
#include "store/SearchIndex.h"

#include <QSqlQuery>

namespace conduct {
namespace {
QStringList wordsOf(const QString& text)
{
    QStringList words;
    QString current;
    for (QChar c : text) {
        if (c.isLetterOrNumber()) {
            current.append(c);
        } else if (!current.isEmpty()) {
            words.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty()) words.append(current);
    return words;
}

IncidentTextHit readHit(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), fromDbTime(q.value(3)),
            q.value(6).toBool(), q.value(4).toString(), q.value(5).toDouble()};
}
} // namespace

QString ftsQueryFor(const QString& userText, LastWord lastWord)
{
    // Only letters and digits reach FTS5, each word quoted, so quotes, AND/OR/NOT, NEAR, column
    // filters and stars typed by a user are searched as text (or ignored), never run as syntax.
    const QStringList words = wordsOf(userText.left(500));
    QStringList terms;
    for (const QString& w : words) terms.append(QLatin1Char('"') + w + QLatin1Char('"'));
    if (!terms.isEmpty() && lastWord == LastWord::Prefix) terms.last().append(u'*');   // the word still being typed
    return terms.join(u' ');
}

Status SearchIndex::syncIncidentText() const
{
    if (m_db.isReadOnly() || m_db.engine() == Engine::Postgres) return {};   // the server's index is always current
    auto pending = m_db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM incidents_fts_pending)"));
    if (!pending.ok()) return pending.error();
    if (!pending->toBool()) return {};
    // A savepoint, not a Transaction: repositories hold a const Database, and a savepoint nests
    // inside a service's transaction or, alone, is its own.
    if (auto r = m_db.exec(QStringLiteral("SAVEPOINT incidents_fts_sync")); !r.ok()) return r.error();
    const QStringList steps = {
        // Remove what the index holds for each queued incident (its text as last indexed) …
        QStringLiteral("INSERT INTO incidents_fts(incidents_fts, rowid, description, location) "
                       "SELECT 'delete', incident_id, old_description, old_location FROM incidents_fts_pending WHERE indexed = 1"),
        // … index the current text of those that still exist …
        QStringLiteral("INSERT INTO incidents_fts(rowid, description, location) SELECT i.id, i.description, i.location "
                       "FROM incidents_fts_pending q JOIN incidents i ON i.id = q.incident_id"),
        // … and empty the queue.
        QStringLiteral("DELETE FROM incidents_fts_pending"),
    };
    for (const QString& sql : steps) {
        if (auto r = m_db.exec(sql); !r.ok()) {
            (void)m_db.exec(QStringLiteral("ROLLBACK TO incidents_fts_sync"));
            (void)m_db.exec(QStringLiteral("RELEASE incidents_fts_sync"));
            return r.error();
        }
    }
    if (auto r = m_db.exec(QStringLiteral("RELEASE incidents_fts_sync")); !r.ok()) return r.error();
    return {};
}

Result<QList<IncidentTextHit>> SearchIndex::searchIncidents(const QString& query, int limit) const
{
    if (Status s = syncIncidentText(); !s.ok()) return s.error();
    // A prefix term makes FTS5 merge the posting lists of every word it starts, in full, before
    // the first row comes back: for a word in a sixth of a force's incidents that is hundreds of
    // milliseconds. A trailing word the index holds as a whole word is therefore searched as that
    // word (one cheap probe decides); only a word still being typed ("knif") becomes a prefix.
    const QStringList words = wordsOf(query.left(500));
    if (words.isEmpty()) return QList<IncidentTextHit>{};
    if (m_db.engine() == Engine::Postgres) {
        // The same rule, in the server's words: is the last word a whole word in some incident?
        auto whole = m_db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM incidents WHERE %1 @@ to_tsquery('conduct_text', ?))")
                                     .arg(postgresTextVector()),
                                 {words.last()});
        if (!whole.ok()) return whole.error();
        return searchIncidentsPostgres(words, whole->toBool(), limit);
    }
    const QString lastWordOnly = ftsQueryFor(words.last(), LastWord::Whole);
    auto whole = m_db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM incidents_fts WHERE incidents_fts MATCH ?)"), {lastWordOnly});
    if (!whole.ok()) return whole.error();
    const QString match = ftsQueryFor(query, whole->toBool() ? LastWord::Whole : LastWord::Prefix);
    // Ranking (bm25) scores every matching incident, which costs about 2.5 µs each: fine for a
    // few thousand, slow for words found in a large part of a force's million incidents. Above
    // rankedMatchLimit matches the newest-recorded incidents are returned instead (rowid order
    // needs no scoring and stops at the limit), with rank 0: the officer narrows with more words.
    auto many = m_db.scalar(QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM incidents_fts WHERE incidents_fts MATCH ? LIMIT ?)"),
                            {match, rankedMatchLimit + 1});
    if (!many.ok()) return many.error();
    const bool ranked = many->toInt() <= rankedMatchLimit;
    // FTS5 sorts itself and stops at the limit, so snippets are made for the rows returned only.
    auto q = m_db.exec(QStringLiteral(
                           "SELECT x.id, i.case_id, c.urn, i.start_utc, x.snip, x.rank, i.start_time_known FROM "
                           "(SELECT rowid AS id, snippet(incidents_fts, -1, char(2), char(3), '…', 16) AS snip, %1 AS rank "
                           " FROM incidents_fts WHERE incidents_fts MATCH ? ORDER BY %2 LIMIT ?) x "
                           "JOIN incidents i ON i.id = x.id JOIN cases c ON c.id = i.case_id ORDER BY x.rank, x.id DESC")
                           .arg(ranked ? QStringLiteral("rank") : QStringLiteral("0"),
                                ranked ? QStringLiteral("rank") : QStringLiteral("rowid DESC")),
                       {match, limit});
    if (!q.ok()) return q.error();
    QList<IncidentTextHit> hits;
    while (q->next()) hits.append(readHit(q.value()));
    return hits;
}

QString SearchIndex::postgresTextVector()
{
    return QStringLiteral("to_tsvector('%1', description || ' ' || location)").arg(QLatin1String(postgresTextConfig));
}

// The queries below name the configuration postgresTextConfig ("conduct_text") in their text.
Result<QList<IncidentTextHit>> SearchIndex::searchIncidentsPostgres(const QStringList& words, bool lastIsWhole, int limit) const
{
    // Only letters and digits reach to_tsquery (wordsOf), so the user's text is never operators.
    QStringList terms = words;
    if (!lastIsWhole) terms.last().append(QStringLiteral(":*"));
    const QString match = terms.join(QStringLiteral(" & "));
    auto many = m_db.scalar(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM incidents WHERE %1 @@ to_tsquery('conduct_text', ?) "
                                           "LIMIT ?) x").arg(postgresTextVector()),
                            {match, rankedMatchLimit + 1});
    if (!many.ok()) return many.error();
    const bool ranked = many->toInt() <= rankedMatchLimit;
    // ts_rank: higher is better, so its negative sorts like bm25. Headlines are made for the
    // returned rows only, after the limit.
    auto q = m_db.exec(QStringLiteral(
                           "SELECT x.id, x.case_id, c.urn, x.start_utc, ts_headline('conduct_text', x.description, "
                           "to_tsquery('conduct_text', ?), 'StartSel=' || chr(2) || ', StopSel=' || chr(3) || "
                           "', MaxWords=16, MinWords=6'), x.rank, x.start_time_known FROM "
                           "(SELECT i.id, i.case_id, i.start_utc, i.start_time_known, i.description, %1 AS rank FROM incidents i "
                           " WHERE %2 @@ to_tsquery('conduct_text', ?) ORDER BY %3 LIMIT ?) x "
                           "JOIN cases c ON c.id = x.case_id ORDER BY x.rank, x.id DESC")
                           .arg(ranked ? QStringLiteral("-ts_rank(%1, to_tsquery('conduct_text', ?))").arg(postgresTextVector())
                                       : QStringLiteral("0"),
                                postgresTextVector(), ranked ? QStringLiteral("rank") : QStringLiteral("i.id DESC")),
                       ranked ? QVariantList{match, match, match, limit} : QVariantList{match, match, limit});
    if (!q.ok()) return q.error();
    QList<IncidentTextHit> hits;
    while (q->next()) hits.append(readHit(q.value()));
    return hits;
}

Result<QList<IncidentTextHit>> SearchIndex::scanIncidentsLike(const QString& query, int limit) const
{
    const QStringList words = wordsOf(query);
    if (words.isEmpty()) return QList<IncidentTextHit>{};
    QStringList conditions;
    QVariantList params;
    for (const QString& w : words) {
        conditions.append(QStringLiteral("(i.description LIKE ? OR i.location LIKE ?)"));
        const QString pattern = QLatin1Char('%') + w + QLatin1Char('%');
        params << pattern << pattern;
    }
    params << limit;
    auto q = m_db.exec(QStringLiteral("SELECT i.id, i.case_id, c.urn, i.start_utc, substr(i.description, 1, 120), 0, i.start_time_known "
                                      "FROM incidents i JOIN cases c ON c.id = i.case_id WHERE %1 "
                                      "ORDER BY i.start_utc DESC LIMIT ?").arg(conditions.join(QStringLiteral(" AND "))),
                       params);
    if (!q.ok()) return q.error();
    QList<IncidentTextHit> hits;
    while (q->next()) hits.append(readHit(q.value()));
    return hits;
}

} // namespace conduct
