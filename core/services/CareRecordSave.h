#pragma once
// Saving one record of sections 6–9 (a care_records row): permission, links to the people of the
// case, the case's updated time, insert or update, and the audit record, all in one transaction.

#include "common/Clock.h"
#include "services/AuditFields.h"
#include "services/CaseWork.h"
#include "store/CareCodecs.h"

#include <QCoreApplication>
#include <functional>

namespace conduct {

// `checkLinks` receives the ids of the people of the case; it refuses links to anyone else.
template <typename T>
Result<T> saveCareRecord(const CaseWork& work, T record, qint64 caseId, const QString& entityType,
                         const std::function<Status(const QList<qint64>&)>& checkLinks)
{
    return work.inTransaction<T>([&]() -> Result<T> {
        auto ref = work.check(caseId, Action::EditCase);
        if (!ref.ok()) return ref.error();
        auto people = work.personIds(caseId);
        if (!people.ok()) return people.error();
        if (Status s = checkLinks(people.value()); !s.ok()) return s.error();
        const CareRecordRepository repo(work.db());
        const QDateTime now = Clock::nowUtc();
        CareRow row = toRow(record);
        if (row.id == 0) {
            if (Status s = work.touch(caseId); !s.ok()) return s.error();
            auto id = repo.insert(row, now);
            if (!id.ok()) return id.error();
            record.id = id.value();
            record.rowVersion = 1;
            if (Status s = work.audit(AuditAction::Create, ref.value(), entityType, record.id, {}, row.data); !s.ok()) return s.error();
        } else {
            auto before = repo.get(row.id);
            if (!before.ok()) return before.error();
            if (before->caseId != caseId || before->kind != row.kind)
                return Error{QCoreApplication::translate("conduct::CaseService", "Record"),
                             QCoreApplication::translate("conduct::CaseService", "This record belongs to another case.")};
            // A save with no changes writes nothing (issue 30; see changesNothing).
            if (before->personId == row.personId && changesNothing(before->rowVersion, before->data, record.rowVersion, row.data))
                return record;
            if (Status s = work.touch(caseId); !s.ok()) return s.error();
            if (Status s = repo.update(row, now); !s.ok()) return s.error();
            ++record.rowVersion;
            if (Status s = work.audit(AuditAction::Update, ref.value(), entityType, record.id, before->data, row.data); !s.ok())
                return s.error();
        }
        return record;
    });
}

// The usual link check: `personId` must be one of the people of the case.
inline std::function<Status(const QList<qint64>&)> personOfCase(qint64 personId, const QString& field)
{
    return [personId, field](const QList<qint64>& people) -> Status {
        if (people.contains(personId)) return {};
        return Error{field, QCoreApplication::translate("conduct::CaseService", "Choose one of the people of this case.")};
    };
}

} // namespace conduct
