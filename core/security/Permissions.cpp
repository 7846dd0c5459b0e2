#include "security/Permissions.h"

#include <QCoreApplication>
#include <algorithm>
#include <iterator>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::Security", text); }

constexpr Decision A = Decision::Allowed;
constexpr Decision J = Decision::NeedsJustification;
constexpr Decision D = Decision::Denied;

struct Row {
    Action action;
    Decision officer;
    Decision supervisor;
    Decision administrator;
};

// THE permission table. One row per action; read across for each role.
// - Officers work their own cases; opening anyone else's needs a recorded reason, because every
//   consultation of personal data must be justifiable (DPA 2018 s62 logs consultation and its reason).
// - Supervisors can do everything officers can, and review others' work: they open their team's
//   cases without a reason (supervision is the reason; the consultation is still logged), approve
//   or return assessments, read the audit trail, and decide on erasure of a case.
// - Administrators run accounts and form packs only. They get case work only by also holding
//   an officer or supervisor role.
constexpr Row table[] = {
    //  action                        officer  supervisor  administrator
    {Action::ViewCase,                A,       A,          D},
    {Action::ViewOthersCase,          J,       A,          D},
    {Action::CreateCase,              A,       A,          D},
    {Action::EditCase,                A,       A,          D},
    {Action::DeleteCase,              D,       A,          D},
    {Action::CompleteAssessment,      A,       A,          D},
    {Action::SubmitAssessment,        A,       A,          D},
    {Action::ApproveAssessment,       D,       A,          D},
    {Action::ReturnAssessment,        D,       A,          D},
    {Action::ExportDocument,          A,       A,          D},
    {Action::PrintDocument,           A,       A,          D},
    {Action::ManageUsers,             D,       D,          A},
    {Action::ManageFormPacks,         D,       D,          A},
    {Action::ReadAuditTrail,          D,       A,          D},
    {Action::ChangeOwnPassword,       A,       A,          A},
    // 4.1: the SPOC's monthly monitoring is a supervisory function over every officer's cases.
    {Action::ViewMonitoringReport,    D,       A,          D},
    // Moving a case to another database (a force transfer, a unit move) is case work like an
    // export: the officer in the case or a supervisor; someone else's case needs a reason.
    {Action::ExportCaseBundle,        A,       A,          D},
    {Action::ImportCaseBundle,        A,       A,          D},
    // The MG3's "Approved for referral to CPS" and the MG5's supervisor's certification.
    {Action::ApproveChargingFile,     D,       A,          D},
    // Which databases' bundle signatures show without a warning: set up with the accounts.
    {Action::ManageTrustedKeys,       D,       D,          A},
    // Issue 24: the marking on every officer's documents, the review intervals and the idle-lock
    // maximum are the unit's decisions, not a desk's; administrators set them, audited.
    {Action::ManageUnitPolicy,        D,       D,          A},
    // Issue 24: teams decide who sees whose cases in full, so only an administrator sets them.
    {Action::ManageTeams,             D,       D,          A},
};

// One row per action, in enum order, so that adding an action without deciding its row fails to compile.
constexpr bool rowsFollowEnumOrder()
{
    for (size_t i = 0; i < std::size(table); ++i)
        if (static_cast<size_t>(table[i].action) != i) return false;
    return std::size(table) == static_cast<size_t>(Action::LastAction) + 1;
}
static_assert(rowsFollowEnumOrder(), "the permission table needs exactly one row per Action, in enum order");

const Row* rowFor(Action action)
{
    const auto index = static_cast<size_t>(action);
    return index < std::size(table) ? &table[index] : nullptr;
}

Error refused(Action action)
{
    return Error{QString(), tr("Your account is not allowed to %1. Ask a supervisor or an administrator "
                               "if your role should change.").arg(actionLabel(action))};
}
} // namespace

const QList<Action>& allActions()
{
    static const QList<Action> actions = [] {
        QList<Action> list;
        for (const Row& r : table) list.append(r.action);
        return list;
    }();
    return actions;
}

QString actionCode(Action action)
{
    switch (action) {
    case Action::ViewCase: return QStringLiteral("view_case");
    case Action::ViewOthersCase: return QStringLiteral("view_others_case");
    case Action::CreateCase: return QStringLiteral("create_case");
    case Action::EditCase: return QStringLiteral("edit_case");
    case Action::DeleteCase: return QStringLiteral("delete_case");
    case Action::CompleteAssessment: return QStringLiteral("complete_assessment");
    case Action::SubmitAssessment: return QStringLiteral("submit_assessment");
    case Action::ApproveAssessment: return QStringLiteral("approve_assessment");
    case Action::ReturnAssessment: return QStringLiteral("return_assessment");
    case Action::ExportDocument: return QStringLiteral("export_document");
    case Action::PrintDocument: return QStringLiteral("print_document");
    case Action::ManageUsers: return QStringLiteral("manage_users");
    case Action::ManageFormPacks: return QStringLiteral("manage_form_packs");
    case Action::ReadAuditTrail: return QStringLiteral("read_audit_trail");
    case Action::ChangeOwnPassword: return QStringLiteral("change_own_password");
    case Action::ViewMonitoringReport: return QStringLiteral("view_monitoring_report");
    case Action::ExportCaseBundle: return QStringLiteral("export_case_bundle");
    case Action::ImportCaseBundle: return QStringLiteral("import_case_bundle");
    case Action::ApproveChargingFile: return QStringLiteral("approve_charging_file");
    case Action::ManageTrustedKeys: return QStringLiteral("manage_trusted_keys");
    case Action::ManageUnitPolicy: return QStringLiteral("manage_unit_policy");
    case Action::ManageTeams: return QStringLiteral("manage_teams");
    }
    return {};
}

QString actionLabel(Action action)
{
    switch (action) {
    case Action::ViewCase: return tr("view this case");
    case Action::ViewOthersCase: return tr("view a case assigned to another officer");
    case Action::CreateCase: return tr("create a case");
    case Action::EditCase: return tr("change this case");
    case Action::DeleteCase: return tr("delete a case");
    case Action::CompleteAssessment: return tr("complete a risk assessment");
    case Action::SubmitAssessment: return tr("submit a risk assessment for review");
    case Action::ApproveAssessment: return tr("approve a risk assessment");
    case Action::ReturnAssessment: return tr("return a risk assessment");
    case Action::ExportDocument: return tr("export documents");
    case Action::PrintDocument: return tr("print documents");
    case Action::ManageUsers: return tr("manage user accounts");
    case Action::ManageFormPacks: return tr("manage form packs");
    case Action::ReadAuditTrail: return tr("read the audit trail");
    case Action::ChangeOwnPassword: return tr("change your password");
    case Action::ViewMonitoringReport: return tr("view the unit's monitoring report");
    case Action::ExportCaseBundle: return tr("export a case bundle");
    case Action::ImportCaseBundle: return tr("import a case bundle");
    case Action::ApproveChargingFile: return tr("approve or return a charging file for referral to the CPS");
    case Action::ManageTrustedKeys: return tr("mark another database's signing key trusted");
    case Action::ManageUnitPolicy: return tr("change the unit's policy");
    case Action::ManageTeams: return tr("manage teams");
    }
    return {};
}

QString decisionCode(Decision decision)
{
    switch (decision) {
    case Decision::Denied: return QStringLiteral("denied");
    case Decision::NeedsJustification: return QStringLiteral("needs_justification");
    case Decision::Allowed: return QStringLiteral("allowed");
    }
    return {};
}

Decision PermissionTable::cell(Role role, Action action)
{
    const Row* row = rowFor(action);
    if (!row) return Decision::Denied;   // an action missing from the table is refused, never allowed
    switch (role) {
    case Role::Officer: return row->officer;
    case Role::Supervisor: return row->supervisor;
    case Role::Administrator: return row->administrator;
    }
    return Decision::Denied;
}

Decision PermissionTable::check(const QSet<Role>& roles, Action action)
{
    Decision best = Decision::Denied;
    for (Role role : roles) best = std::max(best, cell(role, action));
    return best;
}

Status requirePermission(const Session& session, Action action)
{
    if (!session.user.active)
        return Error{QString(), tr("This account has been deactivated. Ask an administrator.")};
    switch (PermissionTable::check(session.user.roles, action)) {
    case Decision::Allowed: return {};
    case Decision::NeedsJustification:
        // Without a case there is nothing to justify against: the caller must use the case overload.
    case Decision::Denied: break;
    }
    return refused(action);
}

Status requirePermission(const Session& session, Action action, const CaseContext& context)
{
    const bool ownCase = context.ownerUserId != 0 && context.ownerUserId == session.user.id;
    if (session.user.active && !ownCase) {
        const Decision access = PermissionTable::check(session.user.roles, Action::ViewOthersCase);
        if (access == Decision::Denied) return refused(Action::ViewOthersCase);
        if (access == Decision::NeedsJustification && context.justification.trimmed().isEmpty())
            return fieldError(tr("Reason for access"),
                              tr("This case is assigned to another officer. Give the reason you need to "
                                 "open it; the reason is recorded in the audit trail."));
    }
    // Access to the case is settled; what remains is the action on it, by the same table.
    return requirePermission(session, action == Action::ViewOthersCase ? Action::ViewCase : action);
}

Status canReview(const User& reviewer, qint64 authorUserId, Action decision)
{
    if (decision != Action::ApproveAssessment && decision != Action::ReturnAssessment) return refused(decision);
    if (PermissionTable::check(reviewer.roles, decision) != Decision::Allowed) return refused(decision);
    if (reviewer.id != authorUserId) return {};
    return Error{QString(), decision == Action::ApproveAssessment
                                ? tr("You completed this assessment, so another supervisor must review it. "
                                     "Nobody approves their own assessment.")
                                : tr("You completed this assessment, so another supervisor must review it. "
                                     "Nobody returns their own assessment.")};
}

} // namespace conduct
