#include "case/CaseAccessGate.h"

#include "case/OpenCaseDialog.h"
#include "services/CaseAccess.h"
#include "widgets/Prompts.h"

namespace conduct {

bool mayBeginOnCase(QWidget* parent, Database& db, const Session& session, qint64 caseId, Action action, const QString& title)
{
    const CaseAccess access(db, session);
    const auto refuse = [&](const Error& why) {
        prompts::warn(parent, title, why.text());
        return false;
    };
    // A case deleted at another desk needs no grant: it is simply gone.
    if (auto found = access.find(caseId); !found.ok()) return refuse(found.error());
    // A colleague's case outside the officer's teams: the grant is the one way in (issue 24), and
    // while it lasts it covers this work too. Asked for here, before the first step.
    if (access.accessTo(caseId) == Decision::NeedsJustification) {
        OpenCaseDialog grant(db, session, caseId, parent);
        if (grant.exec() != QDialog::Accepted) return false;
    }
    // Whatever else stands in the way (the roles) is said now, with core's reason.
    if (Status s = access.require(caseId, action); !s.ok()) return refuse(s.error());
    return true;
}

bool mayBegin(QWidget* parent, const Session& session, Action action, const QString& title)
{
    if (Status s = requirePermission(session, action); !s.ok()) {
        prompts::warn(parent, title, s.error().text());
        return false;
    }
    return true;
}

} // namespace conduct
