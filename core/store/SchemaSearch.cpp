// Schema version 3: linked-incident search (protocol 3.8, 4.6) and full-text search over the
// course of conduct. See SearchIndex.h for why the FTS index is fed from a queue.

#include "store/Database.h"
#include "store/SearchIndex.h"

namespace conduct {

namespace {
// PostgreSQL indexes the course of conduct with a GIN index over the same expression that
// SearchIndex::searchIncidents matches against; the server keeps it in step with every write,
// so the SQLite side's queue and its triggers have no counterpart there.
// Words are matched as written, lower-cased and without accents ("cafe" finds "café"), with no
// stemming or stop words: FTS5's unicode61 tokenizer with remove_diacritics, in PostgreSQL's terms.
// unaccent is one of PostgreSQL's trusted extensions: the store's owner may add it.
QStringList postgresFullText()
{
    return {
        QStringLiteral("CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public"),
        QStringLiteral("CREATE TEXT SEARCH CONFIGURATION %1 (COPY = pg_catalog.simple)").arg(QLatin1String(SearchIndex::postgresTextConfig)),
        QStringLiteral("ALTER TEXT SEARCH CONFIGURATION %1 ALTER MAPPING FOR hword, hword_part, word "
                       "WITH public.unaccent, pg_catalog.simple").arg(QLatin1String(SearchIndex::postgresTextConfig)),
        QStringLiteral("CREATE INDEX incidents_text ON incidents USING GIN (%1)").arg(SearchIndex::postgresTextVector()),
    };
}

QStringList sqliteFullText()
{
    return {
        QStringLiteral("CREATE VIRTUAL TABLE incidents_fts USING fts5(description, location, content='incidents', "
                       "content_rowid='id', tokenize='unicode61 remove_diacritics 2')"),
        // The text as last indexed travels with the queued id: FTS5 needs it to remove the old
        // entry. INSERT OR IGNORE keeps the first queued state, which is what the index holds.
        QStringLiteral(R"(CREATE TABLE incidents_fts_pending (
            incident_id INTEGER PRIMARY KEY,
            indexed INTEGER NOT NULL,
            old_description TEXT,
            old_location TEXT))"),
        QStringLiteral("CREATE TRIGGER incidents_fts_ai AFTER INSERT ON incidents BEGIN "
                       "INSERT OR IGNORE INTO incidents_fts_pending VALUES (NEW.id, 0, NULL, NULL); END"),
        QStringLiteral("CREATE TRIGGER incidents_fts_au AFTER UPDATE OF description, location ON incidents BEGIN "
                       "INSERT OR IGNORE INTO incidents_fts_pending VALUES (OLD.id, 1, OLD.description, OLD.location); END"),
        QStringLiteral("CREATE TRIGGER incidents_fts_ad AFTER DELETE ON incidents BEGIN "
                       "INSERT OR IGNORE INTO incidents_fts_pending VALUES (OLD.id, 1, OLD.description, OLD.location); END"),
        // Existing incidents: index them all now (SQL can do this one without C++).
        QStringLiteral("INSERT INTO incidents_fts(incidents_fts) VALUES ('rebuild')"),

    };
}
} // namespace

QStringList searchSchemaV3(Engine engine)
{
    const QStringList keys = {
        // WITHOUT ROWID with the person first: a person's keys are one contiguous range, so
        // replacing them on every save and the forename check in personCandidates are cheap.
        QStringLiteral(R"(CREATE TABLE person_search_keys (
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            PRIMARY KEY (person_id, kind, key)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX person_search_keys_lookup ON person_search_keys(kind, key)"),
        QStringLiteral("CREATE INDEX people_date_of_birth ON people(date_of_birth)"),

    };
    const QStringList linkedSearchRecords = {
        // Protocol 3.8: the record that a linked-incident search was done on the case, and what
        // the officer decided about each possible match. Matched ids are kept without a foreign
        // key, with the URN and name as text, so the record outlives a later change to the other case.
        QStringLiteral(R"(CREATE TABLE linked_searches (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            searched_utc TEXT NOT NULL,
            searched_by TEXT NOT NULL,
            query_summary TEXT NOT NULL,
            result_count INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX linked_searches_case ON linked_searches(case_id, searched_utc)"),
        QStringLiteral(R"(CREATE TABLE linked_search_decisions (
            id INTEGER PRIMARY KEY,
            search_id INTEGER REFERENCES linked_searches(id) ON DELETE CASCADE,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            matched_case_id INTEGER NOT NULL,
            matched_urn TEXT NOT NULL,
            matched_person_id INTEGER NOT NULL,
            matched_person_name TEXT NOT NULL,
            score INTEGER NOT NULL,
            decision TEXT NOT NULL CHECK (decision IN ('confirmed', 'dismissed')),
            note TEXT NOT NULL DEFAULT '',
            decided_utc TEXT NOT NULL,
            decided_by TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX linked_search_decisions_case ON linked_search_decisions(case_id, matched_person_id)"),
    };
    return keys + (engine == Engine::Sqlite ? sqliteFullText() : postgresFullText()) + linkedSearchRecords;
}

Status backfillSearchIndexes(Database& db)
{
    return SearchIndex(db).rebuildPersonKeys();
}

} // namespace conduct
