// EvidenceService: the offence guide's inputs (FOUR) and the officer's choice of offences.

#include "services/EvidenceService.h"

#include "common/Clock.h"
#include "common/UkTime.h"
#include "services/AuditFields.h"
#include "services/EvidenceSupport.h"
#include "store/CaseRepository.h"
#include "store/EvidenceRepository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

namespace conduct {
using namespace evidence_detail;

namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::EvidenceService", text); }
QJsonObject fourFields(const FourAnswers& a)
{
    auto v = [](const std::optional<bool>& b) { return b ? QJsonValue(*b) : QJsonValue(); };
    return {{QStringLiteral("fixated"), v(a.fixated)}, {QStringLiteral("obsessive"), v(a.obsessive)},
            {QStringLiteral("unwanted"), v(a.unwanted)}, {QStringLiteral("repeated"), v(a.repeated)}};
}
} // namespace

Result<FourAnswers> EvidenceService::fourAnswers(qint64 caseId) const
{
    if (auto ref = m_access.check(caseId, Action::ViewCase); !ref.ok()) return ref.error();
    return EvidenceRepository(m_db).fourAnswers(caseId);
}

Status EvidenceService::saveFourAnswers(qint64 caseId, const FourAnswers& answers)
{
    return inTransaction<void>(m_db, [&]() -> Status {
        auto ref = m_access.check(caseId, Action::EditCase);
        if (!ref.ok()) return ref.error();
        EvidenceRepository repo(m_db);
        auto before = repo.fourAnswers(caseId);
        if (!before.ok()) return before.error();
        if (Status s = repo.saveFourAnswers(caseId, answers, actorName(), Clock::nowUtc()); !s.ok()) return s.error();
        if (Status s = m_access.audit(AuditAction::Update, ref.value(), QStringLiteral("offence_guide_facts"), caseId,
                                      fourFields(before.value()), fourFields(answers));
            !s.ok())
            return s.error();
        return {};
    });
}

Result<OffenceGuideResult> EvidenceService::offenceGuide(qint64 caseId) const
{
    CaseService cases(m_db, m_session);
    cases.setAccessJustification(m_access.justification());
    auto detail = cases.loadCase(caseId);
    if (!detail.ok()) return detail.error();
    auto four = EvidenceRepository(m_db).fourAnswers(caseId);
    if (!four.ok()) return four.error();
    return suggestOffences(detail.value(), GuideFacts{four.value(), uktime::today()});
}

Result<OffenceChoice> EvidenceService::recordOffenceChoice(OffenceChoice choice)
{
    if (choice.offences.isEmpty())
        return fieldError(tr("Offences"), tr("Choose at least one offence to record the choice."));
    auto guide = offenceGuide(choice.caseId);
    if (!guide.ok()) return guide.error();
    choice.reason = choice.reason.trimmed();
    QSet<Offence> suggested;
    for (const auto& s : guide->suggestions)
        if (s.startingPoint) suggested.insert(s.offence);
    const QSet<Offence> chosen(choice.offences.begin(), choice.offences.end());
    const bool differs = chosen != suggested;
    const bool stalkingChosen = std::any_of(choice.offences.begin(), choice.offences.end(), isStalkingOffence);
    const bool notStalkingAgainstGuide = guide->stalkingIndicated && !stalkingChosen;
    if (differs && choice.reason.isEmpty())
        return fieldError(tr("Reason"), notStalkingAgainstGuide
                                            ? tr("Say why the conduct does not meet the description of stalking: the guide "
                                                 "suggests s2A/s4A as the starting point (protocol 4.2, 3.10).")
                                            : tr("Say why you chose differently from the guide's suggested starting point."));
    choice.chosenBy = actorName();
    choice.chosenUtc = Clock::nowUtc();
    return inTransaction<OffenceChoice>(m_db, [&]() -> Result<OffenceChoice> {
        auto ref = m_access.check(choice.caseId, Action::EditCase);
        if (!ref.ok()) return ref.error();
        CaseRepository cases(m_db);
        auto before = cases.get(choice.caseId);
        if (!before.ok()) return before.error();
        Case updated = before.value();
        updated.offences = choice.offences;
        if (notStalkingAgainstGuide) updated.whyNotStalking = choice.reason;
        updated.updatedUtc = choice.chosenUtc;
        if (Status s = cases.update(updated); !s.ok()) return s.error();
        auto id = EvidenceRepository(m_db).addOffenceChoice(choice);
        if (!id.ok()) return id.error();
        choice.id = id.value();
        if (Status s = m_access.audit(AuditAction::Create, ref.value(), QStringLiteral("offence_choice"), choice.id, {},
                                      auditFields(choice));
            !s.ok())
            return s.error();
        if (Status s = m_access.audit(AuditAction::Update, ref.value(), QStringLiteral("case"), choice.caseId,
                                      conduct::auditFields(before.value()), conduct::auditFields(updated));
            !s.ok())
            return s.error();
        return choice;
    });
}

Result<std::optional<OffenceChoice>> EvidenceService::latestOffenceChoice(qint64 caseId) const
{
    if (auto ref = m_access.check(caseId, Action::ViewCase); !ref.ok()) return ref.error();
    return EvidenceRepository(m_db).latestOffenceChoice(caseId);
}

} // namespace conduct
