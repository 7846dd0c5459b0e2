#pragma once
// Every dialog class in ui/, built on a test store, for the tests that sweep them all (the keyboard
// walk and the accessible names, issue 31). One row per dialog: how to make it, how to fill its
// required fields by typing, and what Ctrl+Return should then do. A dialog added to ui/ belongs here.

#include "shell/ConnectServerDialog.h"
#include "GuiTestSupport.h"

#include "case/IncidentDialog.h"
#include "case/NewCaseDialog.h"
#include "case/OpenCaseDialog.h"
#include "case/PersonDialog.h"
#include "chronology/GlobalSearchDialog.h"
#include "chronology/LinkedMatchesBanner.h"
#include "chronology/MonitoringDialog.h"
#include "evidence/ExhibitDialog.h"
#include "export/BundleDialogs.h"
#include "export/ExportDialog.h"
#include "logimport/LogImportDialog.h"
#include "risk/AssessmentDiffDialog.h"
#include "risk/AssessmentForm.h"
#include "security/AccountDialogs.h"
#include "security/AccountsDialog.h"
#include "security/AuditViewerDialog.h"
#include "security/ProfileDialog.h"
#include "security/TeamsDialog.h"
#include "security/TrustedKeysDialog.h"
#include "services/CaseService.h"
#include "services/LinkedSearchService.h"
#include "services/RiskAssessmentService.h"
#include "shell/PreferencesDialog.h"
#include "shell/SignInDialog.h"

#include <QLineEdit>
#include <memory>
#include <vector>

namespace conduct::test {

// What Ctrl+Return does in a dialog once its required fields are typed in.
enum class CtrlReturn {
    Accepts,          // the dialog closes accepted
    PressesDefault,   // presses its accept button (Save PDF…, Export…, a wizard's Next, the risk form's Save
                      // draft), which does its work, or refuses, and stays open
    Nothing,          // nothing to accept: Close only
};

// The store every dialog is opened on: an officer-and-supervisor with a case, an administrator,
// and another officer's case outside the officer's teams (for the open-with-a-reason dialog).
struct DialogStore {
    TempDatabase t;
    Session officer;
    Session administrator;
    qint64 caseId = 0;
    qint64 otherOfficersCaseId = 0;
    std::unique_ptr<CaseService> cases;
    std::unique_ptr<RiskAssessmentService> risk;
    std::unique_ptr<LinkedSearchService> linked;
    QList<RiskAssessment> assessments;

    DialogStore()
    {
        officer = t.session();
        administrator = sessionFor(t.db(), QStringLiteral("test.admin"), {Role::Administrator});
        caseId = createSampleCase(t.db(), officer);
        cases = std::make_unique<CaseService>(t.db(), officer);
        risk = std::make_unique<RiskAssessmentService>(t.db(), officer);
        linked = std::make_unique<LinkedSearchService>(t.db(), officer);
        auto started = risk->startAssessment(caseId, QStringLiteral("dash-2009"));
        REQUIRE(started.ok());
        assessments = {started.value()};

        const Session colleague = sessionFor(t.db(), QStringLiteral("other.officer"), {Role::Officer});
        Case theirs;
        theirs.urn = QStringLiteral("45AA0209821");
        theirs.officerInCase = QStringLiteral("PC 77 Other");
        theirs.offences = {Offence::Harassment_s2};
        auto created = CaseService(t.db(), colleague).createCase(theirs);
        REQUIRE(created.ok());
        otherOfficersCaseId = created->id;
    }
};

struct DialogRow {
    const char* name;
    std::function<std::unique_ptr<QDialog>(DialogStore&)> make;
    CtrlReturn ctrlReturn = CtrlReturn::Accepts;
    // object name → text typed into it before Ctrl+Return (the required fields)
    std::vector<std::pair<const char*, QString>> typed = {};
};

template <typename D, typename... Args>
std::unique_ptr<QDialog> make(Args&&... args)
{
    return std::make_unique<D>(std::forward<Args>(args)...);
}

inline Status allowed() { return Status(); }

inline std::vector<DialogRow> dialogCatalogue()
{
    using C = CtrlReturn;
    const QString password = QStringLiteral("a long enough pass phrase");
    return {
        {"OpenCaseDialog", [](DialogStore& s) { return make<OpenCaseDialog>(s.t.db(), s.officer, s.otherOfficersCaseId); },
         C::Accepts, {{"grantText", QStringLiteral("suspect also named in my case 45AA0209820")}}},
        {"NewCaseDialog", [](DialogStore& s) { return make<NewCaseDialog>(*s.cases, QStringLiteral("PC 1234 Test")); },
         C::Accepts, {{"urnEdit", QStringLiteral("45AA0209822")}}},
        {"PersonDialog",
         [](DialogStore& s) {
             Person p;
             p.caseId = s.caseId;
             return make<PersonDialog>(p, [](const Person& edited) { return Result<Person>(edited); });
         },
         C::Accepts, {{"forenamesEdit", QStringLiteral("Alex")}, {"surnameEdit", QStringLiteral("Example")}}},
        {"IncidentDialog",
         [](DialogStore& s) {
             Incident i;
             i.caseId = s.caseId;
             return make<IncidentDialog>(i, [](const Incident& edited) { return Result<Incident>(edited); }, nullptr, QString());
         },
         C::Accepts, {{"descriptionEdit", QStringLiteral("Sent twelve messages overnight")}}},
        {"ExhibitDialog",
         [](DialogStore& s) {
             Exhibit e;
             e.caseId = s.caseId;
             return make<ExhibitDialog>(e, QList<Incident>{}, [](const Exhibit& edited) { return Result<Exhibit>(edited); });
         },
         C::Accepts, {{"exhibitReference", QStringLiteral("SE/1")}, {"exhibitDescription", QStringLiteral("Screenshots of messages")}}},
        {"NewAccountDialog",
         [](DialogStore&) { return make<NewAccountDialog>([](const NewUser&, const QString&) { return allowed(); }); },
         C::Accepts,
         {{"userNameEdit", QStringLiteral("new.officer")}, {"displayNameEdit", QStringLiteral("PC 5 New")},
          {"passwordEdit", password}, {"confirmPasswordEdit", password}}},
        {"RolesDialog", [](DialogStore& s) { return make<RolesDialog>(s.officer.user, [](const QSet<Role>&) { return allowed(); }); }},
        {"PasswordDialog",
         [](DialogStore&) {
             return make<PasswordDialog>(QStringLiteral("Change password"), QStringLiteral("Your new password."), true,
                                         [](const QString&, const QString&) { return allowed(); });
         },
         C::Accepts,
         {{"currentPasswordEdit", QString::fromLatin1(testPassword)}, {"newPasswordEdit", password}, {"confirmPasswordEdit", password}}},
        {"ProfileDialog",
         [](DialogStore&) {
             return make<ProfileDialog>(QStringLiteral("Your details"), QStringLiteral("As printed on forms."), OfficerProfile{},
                                        [](const OfficerProfile&) { return allowed(); });
         },
         C::Accepts, {{"stationEdit", QStringLiteral("Exampletown")}}},
        {"SignInDialog", [](DialogStore& s) { return make<SignInDialog>(s.t.db()); }, C::Accepts,
         {{"userNameEdit", QStringLiteral("test.officer")}, {"passwordEdit", QString::fromLatin1(testPassword)}}},
        {"PreferencesDialog", [](DialogStore& s) { return make<PreferencesDialog>(s.t.db(), s.officer); }},
        {"GlobalSearchDialog", [](DialogStore& s) { return make<GlobalSearchDialog>(s.t.db(), s.officer); }, C::Nothing},
        {"LinkedMatchesDialog",
         [](DialogStore& s) {
             Person probe;
             probe.caseId = s.caseId;
             probe.surname = QStringLiteral("Example");
             return make<LinkedMatchesDialog>(*s.linked, probe, LinkedSearchOutcome{});
         },
         C::Nothing},
        {"MonitoringDialog", [](DialogStore& s) { return make<MonitoringDialog>(s.t.db(), s.officer); }, C::PressesDefault},
        {"AssessmentForm", [](DialogStore& s) { return make<AssessmentForm>(*s.risk, s.assessments.first()); },
         C::PressesDefault},
        {"AssessmentDiffDialog", [](DialogStore& s) { return make<AssessmentDiffDialog>(*s.risk, s.assessments); }, C::Nothing},
        {"ExportDialog", [](DialogStore& s) { return make<ExportDialog>(s.t.db(), s.officer, s.caseId, DocumentSettings{}); },
         C::PressesDefault},
        {"BundleExportDialog",
         [](DialogStore& s) { return make<BundleExportDialog>(s.t.db(), s.officer, s.caseId, QStringLiteral("45AA0209820")); },
         C::PressesDefault},
        {"BundleImportDialog", [](DialogStore& s) { return make<BundleImportDialog>(s.t.db(), s.officer); }, C::PressesDefault},
        {"LogImportDialog", [](DialogStore& s) { return make<LogImportDialog>(s.t.db(), s.officer, s.caseId); },
         C::PressesDefault},
        {"AccountsDialog",
         [](DialogStore& s) {
             return make<AccountsDialog>(s.t.db(), s.administrator, PasswordHasher(HashCost::minimumForTests()));
         },
         C::Nothing},
        {"TrustedKeysDialog", [](DialogStore& s) { return make<TrustedKeysDialog>(s.t.db(), s.administrator); }, C::Nothing},
        {"AuditViewerDialog", [](DialogStore& s) { return make<AuditViewerDialog>(s.t.db(), s.officer); }, C::Nothing},
        {"TeamsDialog", [](DialogStore& s) { return make<TeamsDialog>(s.t.db(), s.administrator); }, C::Nothing},
        // Connect tries the server and, refused (nothing listens on port 1), stays open saying why.
        {"ConnectServerDialog", [](DialogStore&) { return make<ConnectServerDialog>(); }, C::PressesDefault,
         {{"serverHost", QStringLiteral("127.0.0.1")}, {"serverPort", QStringLiteral("1")},
          {"serverDatabase", QStringLiteral("conduct_unit")}}},
    };
}

// Shows the dialog, active, with the keyboard focus inside it.
inline void showActive(QDialog* dialog)
{
    dialog->show();
    dialog->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    if (!dialog->isAncestorOf(QApplication::focusWidget())) QTest::keyClick(dialog, Qt::Key_Tab);
    REQUIRE(waitFor([&] { return dialog->isAncestorOf(QApplication::focusWidget()); }));
}

} // namespace conduct::test
