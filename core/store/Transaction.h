#pragma once
// The one way services run a unit of work: everything it writes, audit records included, is
// saved together or not at all (DPA 2018 s62: no change without its record).

#include "common/Result.h"
#include "store/Database.h"

namespace conduct {

// Runs `work` (a callable returning Result<T>; Status for T = void) in one transaction: commits
// when it succeeds, rolls back when it fails or when the commit does, and returns its result or
// the error. Inside an outer transaction it joins that one (see Transaction).
template <typename T, typename Work>
Result<T> inTransaction(Database& db, Work&& work)
{
    Transaction tx(db);
    if (!tx.status().ok()) return tx.status().error();
    Result<T> result = work();
    if (!result.ok()) return result;
    if (Status s = tx.commit(); !s.ok()) return s.error();
    return result;
}

} // namespace conduct
