#pragma once
// Who may do what: ONE declarative table of (role, action) -> decision, and the helpers that
// services call before they act. Tests check every cell against an independent matrix.

#include "common/Result.h"
#include "security/User.h"

#include <QList>
#include <QSet>
#include <QString>

namespace conduct {

enum class Action {
    ViewCase,            // open a case the user is the officer in
    ViewOthersCase,      // open a case assigned to someone else: needs a recorded reason for officers
    CreateCase,
    EditCase,
    DeleteCase,          // erasure of a whole case (DPA 2018 s47): a supervisory decision
    CompleteAssessment,  // fill in a risk screening form (protocol 3.7)
    SubmitAssessment,    // send a completed assessment for supervisory review
    ApproveAssessment,
    ReturnAssessment,
    ExportDocument,      // write an MG form or report to a file: a disclosure
    PrintDocument,
    ManageUsers,
    ManageFormPacks,
    ReadAuditTrail,
    ChangeOwnPassword,
    ViewMonitoringReport,  // the unit's monitoring figures across all officers' cases (protocol 4.1, 10.1)
    ExportCaseBundle,    // write a whole case to a bundle file for another database: a transfer
    ImportCaseBundle,    // bring a case in from a bundle: a collection
    ApproveChargingFile, // approve or return an MG3/MG5 for referral to the CPS (issue 22; four-eyes)
    ManageTrustedKeys,   // mark another database's signing key trusted, or remove it (issue 24)
    ManageUnitPolicy,    // change the unit's policy: marking, review intervals, idle-lock maximum... (issue 24)
    ManageTeams,         // create, rename and delete teams and set their members (issue 24: need to know)
    LastAction = ManageTeams,   // keep pointing at the last one: the table checks its size against it
};

// Ordered from least to most permissive: a user's roles combine to the most permissive cell.
enum class Decision { Denied, NeedsJustification, Allowed };

const QList<Action>& allActions();
QString actionCode(Action action);    // "view_case": stable, used in logs and tests
QString actionLabel(Action action);   // "view a case", for messages
QString decisionCode(Decision decision);

class PermissionTable {
public:
    // The table cell for one role.
    static Decision cell(Role role, Action action);
    // The decision for a user holding all of these roles. No roles means Denied.
    static Decision check(const QSet<Role>& roles, Action action);
};

// What a service knows about the case it is about to touch, for the ownership rule.
struct CaseContext {
    qint64 ownerUserId = 0;   // the user who is the officer in the case; 0 (none) counts as someone else's
    QString justification;    // why someone else's case is opened; recorded in the audit trail
};

// The check services call first. Fails with a message naming what was refused and why.
Status requirePermission(const Session& session, Action action);
// Case work: also applies the ownership rule (someone else's case needs ViewOthersCase, and a
// justification where that cell says so).
Status requirePermission(const Session& session, Action action, const CaseContext& context);

// The four-eyes rule of supervisory review (protocol 3.7): `decision` (ApproveAssessment or
// ReturnAssessment) needs its permission, and nobody approves or returns their own assessment
// (`authorUserId` is the account that completed it), whatever roles they hold.
Status canReview(const User& reviewer, qint64 authorUserId, Action decision);

} // namespace conduct
