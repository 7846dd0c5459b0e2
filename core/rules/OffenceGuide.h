#pragma once
// The offence guide: which PHA 1997 offences the recorded facts point to. It SUGGESTS and never
// decides: each suggestion names the facts it rests on, and the officer records their own choice
// (with a reason when it differs) through EvidenceService::recordOffenceChoice.
// Pure functions: the same case and facts always give the same suggestions.

#include "domain/Evidence.h"
#include "services/CaseService.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace conduct {

struct GuideFacts {
    FourAnswers four;   // College of Policing FOUR mnemonic, as the officer answered it
    QDate today;        // for the time-limit warning
};

// Maximum penalty and mode of trial, from risk-and-evidence-forms.md §5.3.
struct PenaltyNote {
    QString modeOfTrial;
    QString maximum;
};
// For s32 CDA 1998, `fearLimb` picks s32(1)(b) (aggravated s4/s4A) over s32(1)(a) (aggravated s2/s2A).
PenaltyNote penaltyFor(Offence offence, bool fearLimb = false);
QString statuteOf(Offence offence);   // "PHA 1997 s2A"

struct OffenceSuggestion {
    Offence offence = Offence::Harassment_s2;
    QString title;            // "Stalking (PHA 1997 s2A)"
    QString limb;             // e.g. "s4A(1)(b)(ii)"; empty when the section has one limb
    bool startingPoint = false;   // 4.2: the charge to start from
    QStringList facts;        // the recorded facts it rests on, in the officer's words
    QStringList supporting;   // facts that support but do not establish it (e.g. altered behaviour)
    QString reasoning;        // why it is suggested, citing the statute or protocol
    PenaltyNote penalty;
};

enum class GuideNoteKind { Information, Warning, Required };

struct GuideNote {
    GuideNoteKind kind = GuideNoteKind::Information;
    QString paragraph;        // protocol paragraph or statute, e.g. "4.3", "MCA 1980 s127"
    QString text;
    QStringList basis;        // the facts behind the note
};

struct OffenceGuideResult {
    bool courseOfConduct = false;
    QString courseText;        // e.g. "No course of conduct: ..." or "A course of conduct: 4 occasions"
    bool stalkingIndicated = false;
    QStringList stalkingFacts;
    QList<OffenceSuggestion> suggestions;   // starting points first
    QList<GuideNote> notes;

    bool suggests(Offence offence) const;
    // Points into this result, so it may not be asked of a temporary (a dangling pointer at once).
    const OffenceSuggestion* suggestion(Offence offence) const&;
    const OffenceSuggestion* suggestion(Offence offence) const&& = delete;
};

OffenceGuideResult suggestOffences(const CaseDetail& detail, const GuideFacts& facts);

// The summary-only time limit (MCA 1980 s127): six months after the last incident. Invalid when
// there are no incidents.
QDate summaryTimeLimit(const QList<Incident>& incidents);

bool isStalkingOffence(Offence offence);   // s2A or s4A
bool isStalkingCase(const Case& c);        // the case's offences include s2A or s4A

} // namespace conduct
