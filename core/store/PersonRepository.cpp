#include "store/PersonRepository.h"

#include "store/CaseRepository.h"
#include "store/Database.h"
#include "store/SearchIndex.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::Store", text); }

const QString selectColumns = QStringLiteral(
    "SELECT id, case_id, role, title, forenames, surname, date_of_birth, gender, relationship, domestic_abuse, "
    "preferred_contact, safe_contact, row_version, occupation, ethnicity_code, over_18, statement_date, "
    "relationship_ended_on FROM people");

// people.over_18 (schema v12): '' when not asked or not known.
QString over18Code(std::optional<bool> over18) { return over18 ? QString::fromLatin1(*over18 ? "yes" : "no") : QString(); }
std::optional<bool> over18FromCode(const QString& code)
{
    if (code == QLatin1String("yes")) return true;
    if (code == QLatin1String("no")) return false;
    return std::nullopt;
}

// The identifier lists of a person, by the kind stored in person_details.kind.
struct DetailList {
    const char* kind;
    QStringList Person::*list;
};
constexpr DetailList detailLists[] = {
    {"alias", &Person::aliases}, {"phone", &Person::phones},         {"email", &Person::emails},
    {"handle", &Person::onlineHandles}, {"vehicle", &Person::vehicles},
};

QVariantList columnValues(const Person& p)
{
    return {p.caseId, toCode(p.role), p.title, p.forenames, p.surname, toDbDate(p.dateOfBirth), p.gender,
            toCode(p.relationship), p.domesticAbuse, p.preferredContact, p.safeContact, p.occupation, p.ethnicityCode,
            over18Code(p.over18), toDbDate(p.statementDate), toDbDate(p.relationshipEndedOn)};
}

Person readPerson(const QSqlQuery& q)
{
    Person p;
    p.id = q.value(0).toLongLong();
    p.caseId = q.value(1).toLongLong();
    p.role = fromCode<PersonRole>(q.value(2).toString()).value_or(PersonRole::Witness);
    p.title = q.value(3).toString();
    p.forenames = q.value(4).toString();
    p.surname = q.value(5).toString();
    p.dateOfBirth = fromDbDate(q.value(6));
    p.gender = q.value(7).toString();
    p.relationship = fromCode<Relationship>(q.value(8).toString()).value_or(Relationship::Unknown);
    p.domesticAbuse = q.value(9).toBool();
    p.preferredContact = q.value(10).toString();
    p.safeContact = q.value(11).toString();
    p.rowVersion = q.value(12).toLongLong();
    p.occupation = q.value(13).toString();
    p.ethnicityCode = q.value(14).toString();
    p.over18 = over18FromCode(q.value(15).toString());
    p.statementDate = fromDbDate(q.value(16));
    p.relationshipEndedOn = fromDbDate(q.value(17));
    return p;
}
} // namespace

Result<qint64> PersonRepository::insert(const Person& p) const
{
    auto inserted = m_db.insert(QStringLiteral(
                                   "INSERT INTO people (case_id, role, title, forenames, surname, date_of_birth, gender, "
                                   "relationship, domestic_abuse, preferred_contact, safe_contact, occupation, ethnicity_code, over_18, "
                                   "statement_date, relationship_ended_on) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                               columnValues(p));
    if (!inserted.ok()) return inserted.error();
    const qint64 id = inserted.value();
    if (Status s = writeDetails(id, p); !s.ok()) return s.error();
    // Linked-incident search keys (protocol 3.8) change with the person, in the caller's transaction.
    if (Status s = SearchIndex(m_db).writePersonKeys(id, p); !s.ok()) return s.error();
    return id;
}

Status PersonRepository::update(const Person& p) const
{
    QVariantList params = columnValues(p);
    params << p.id << p.rowVersion;
    auto r = m_db.exec(QStringLiteral(
                           "UPDATE people SET case_id = ?, role = ?, title = ?, forenames = ?, surname = ?, "
                           "date_of_birth = ?, gender = ?, relationship = ?, domestic_abuse = ?, preferred_contact = ?, "
                           "safe_contact = ?, occupation = ?, ethnicity_code = ?, over_18 = ?, statement_date = ?, "
                           "relationship_ended_on = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
                       params);
    if (!r.ok()) return r.error();
    if (r->numRowsAffected() != 1) return conflictError(m_db, tr("Person"), QStringLiteral("person"), p.id);
    if (auto d = m_db.exec(QStringLiteral("DELETE FROM person_details WHERE person_id = ?"), {p.id}); !d.ok())
        return d.error();
    if (Status s = writeDetails(p.id, p); !s.ok()) return s;
    return SearchIndex(m_db).writePersonKeys(p.id, p);
}

Status PersonRepository::remove(qint64 id, qint64 rowVersion) const
{
    auto r = m_db.exec(QStringLiteral("DELETE FROM people WHERE id = ? AND row_version = ?"), {id, rowVersion});
    if (!r.ok()) return r.error();
    if (r->numRowsAffected() != 1) return conflictError(m_db, tr("Person"), QStringLiteral("person"), id);
    return {};
}

Status PersonRepository::writeDetails(qint64 personId, const Person& p) const
{
    const QString insert = QStringLiteral(
        "INSERT INTO person_details (person_id, kind, position, value, verified_on, confidential) VALUES (?,?,?,?,?,?)");
    const QVariant noDate = toDbDate(QDate());
    for (const DetailList& d : detailLists) {
        const QStringList& values = p.*(d.list);
        for (int i = 0; i < values.size(); ++i)
            if (auto r = m_db.write(insert, {personId, QString::fromLatin1(d.kind), i, values[i], noDate, false}); !r.ok())
                return r.error();
    }
    for (int i = 0; i < p.addresses.size(); ++i) {
        const Address& a = p.addresses[i];
        if (auto r = m_db.write(insert, {personId, QStringLiteral("address"), i, a.text, toDbDate(a.verifiedOn), a.confidential});
            !r.ok())
            return r.error();
    }
    return {};
}

Status PersonRepository::readDetails(QList<Person>& people) const
{
    if (people.isEmpty()) return {};
    QHash<qint64, Person*> byId;
    QStringList placeholders;
    QVariantList ids;
    for (Person& p : people) {
        byId.insert(p.id, &p);
        placeholders.append(QStringLiteral("?"));
        ids.append(p.id);
    }
    auto r = m_db.exec(QStringLiteral("SELECT person_id, kind, value, verified_on, confidential FROM person_details "
                                      "WHERE person_id IN (%1) ORDER BY person_id, kind, position")
                           .arg(placeholders.join(u',')),
                       ids);
    if (!r.ok()) return r.error();
    QSqlQuery& q = r.value();
    while (q.next()) {
        Person* p = byId.value(q.value(0).toLongLong());
        if (!p) continue;
        const QString kind = q.value(1).toString();
        if (kind == QLatin1String("address")) {
            p->addresses.append(Address{q.value(2).toString(), fromDbDate(q.value(3)), q.value(4).toBool()});
            continue;
        }
        for (const DetailList& d : detailLists)
            if (kind == QLatin1String(d.kind)) (p->*(d.list)).append(q.value(2).toString());
    }
    return {};
}

Result<Person> PersonRepository::get(qint64 id) const
{
    auto r = m_db.exec(selectColumns + QStringLiteral(" WHERE id = ?"), {id});
    if (!r.ok()) return r.error();
    if (!r->next()) return Error{tr("Person"), tr("This person is no longer recorded on the case.")};
    QList<Person> people{readPerson(r.value())};
    if (Status s = readDetails(people); !s.ok()) return s.error();
    return people.first();
}

Result<QList<Person>> PersonRepository::getMany(const QList<qint64>& ids) const
{
    QList<Person> people;
    if (ids.isEmpty()) return people;
    QStringList placeholders;
    QVariantList params;
    for (qint64 id : ids) {
        placeholders.append(QStringLiteral("?"));
        params.append(id);
    }
    auto r = m_db.exec(selectColumns + QStringLiteral(" WHERE id IN (%1) ORDER BY id").arg(placeholders.join(u',')), params);
    if (!r.ok()) return r.error();
    while (r->next()) people.append(readPerson(r.value()));
    if (Status s = readDetails(people); !s.ok()) return s.error();
    return people;
}

Result<QList<Person>> PersonRepository::listForCase(qint64 caseId) const
{
    auto r = m_db.exec(selectColumns + QStringLiteral(" WHERE case_id = ? ORDER BY CASE role WHEN 'complainant' THEN 0 "
                                                      "WHEN 'suspect' THEN 1 ELSE 2 END, id"),
                       {caseId});
    if (!r.ok()) return r.error();
    QList<Person> people;
    while (r->next()) people.append(readPerson(r.value()));
    if (Status s = readDetails(people); !s.ok()) return s.error();
    return people;
}

Result<QList<qint64>> PersonRepository::idsForCase(qint64 caseId) const
{
    auto r = m_db.exec(QStringLiteral("SELECT id FROM people WHERE case_id = ?"), {caseId});
    if (!r.ok()) return r.error();
    QList<qint64> out;
    while (r->next()) out.append(r->value(0).toLongLong());
    return out;
}

} // namespace conduct
