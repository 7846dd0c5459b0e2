#pragma once
// Schema v13 (issue 24): an officer's work is their own.
//  * drafts belong to their author (the key is per user; only the author is offered a draft);
//  * unit policy (marking, force name, review intervals, thresholds, idle-lock maximum, backups)
//    is kept in the store and changed by an administrator, not in each desk's settings file;
//  * teams, and justified-access grants: the one model of need to know;
//  * the database's own signing key and the keys an administrator trusts;
//  * accounts, risk reviews and their approvals that arrive in a bundle are history from another
//    database, never a local account or a local approval.

#include "common/Result.h"
#include "store/Database.h"

#include <QStringList>

namespace conduct {

QStringList deskSecuritySchemaV13(Engine engine);
// Gives each existing draft its author: the user named in a charging-file draft's key, otherwise
// the officer in the case. A draft nobody can be named for is dropped (it was never offered to a
// user it did not belong to).
Status assignDraftAuthorsV13(Database& db);

// Schema v15 (issue 25): what each trusted key vouches for (case bundles or audit checkpoints).
// Keys trusted before v15 were trusted for bundles, then the only use; an administrator's audit
// checkpoint key (added with v14's software) is recognised by the label keygen gave it.
QStringList trustedKeyPurposesV15();

} // namespace conduct
