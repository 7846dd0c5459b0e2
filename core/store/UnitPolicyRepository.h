#pragma once
// The rows of unit_policy (schema v13): the unit's settings, by name, as an administrator stored
// them. SQL only: which names and values are allowed, and who may change them, are
// UnitPolicyService's.

#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace conduct {

class Database;

struct StoredPolicyValue {
    QString name;               // e.g. "documents/marking" (Preferences.h's tables)
    QString value;              // as text: numbers in decimal
    qint64 updatedByUserId = 0; // 0 when unknown (a row written by hand)
    QDateTime updatedUtc;
};

class UnitPolicyRepository {
public:
    explicit UnitPolicyRepository(Database& db) : m_db(db) {}

    // Every stored row, by name.
    Result<QList<StoredPolicyValue>> all() const;
    // Adds the row, or replaces its value, author (0: none recorded) and time.
    Status put(const QString& name, const QString& value, qint64 userId, const QDateTime& updatedUtc);
    // Removing a row that is not there changes nothing.
    Status remove(const QString& name);

private:
    Database& m_db;
};

} // namespace conduct
