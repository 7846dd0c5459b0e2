#pragma once
// People in a case and their identifiers (aliases, addresses, phones, e-mails, handles, vehicles).

#include "common/Result.h"
#include "domain/Person.h"

namespace conduct {

class Database;

class PersonRepository {
public:
    explicit PersonRepository(const Database& db) : m_db(db) {}

    Result<qint64> insert(const Person& p) const;
    Status update(const Person& p) const;   // conflict when p.rowVersion is stale
    Status remove(qint64 id, qint64 rowVersion) const;
    Result<Person> get(qint64 id) const;
    Result<QList<Person>> listForCase(qint64 caseId) const;
    // Several people by id, with their identifiers, in id order; ids not found are left out.
    Result<QList<Person>> getMany(const QList<qint64>& ids) const;
    // The ids of the people of the case, without reading them: for checking links to them.
    Result<QList<qint64>> idsForCase(qint64 caseId) const;

private:
    Status writeDetails(qint64 personId, const Person& p) const;
    Status readDetails(QList<Person>& people) const;
    const Database& m_db;
};

} // namespace conduct
