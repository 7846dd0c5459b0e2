// The demo case's evidence (see DemoCase.h). Invented like the rest of the demo case.

#include "services/DemoCase.h"

#include "common/Clock.h"
#include "common/UkTime.h"
#include "services/EvidenceService.h"

namespace conduct {
namespace {
struct DemoItem {
    const char* pack;
    const char* item;
    EvidenceStatus status;
    int daysAgo;   // when obtained or requested; -1 for none
    const char* note;
    const char* exhibit;
};

const QList<DemoItem>& demoChecklist()
{
    static const QList<DemoItem> items = {
        {stalkingChecklistPackId, "e1", EvidenceStatus::Requested, 8, "999 call of the night at 3 Sample Close requested from the control room.", ""},
        {stalkingChecklistPackId, "e2", EvidenceStatus::Obtained, 8, "Attending officers' footage at the sister's address.", ""},
        {stalkingChecklistPackId, "e3", EvidenceStatus::Obtained, 20, "Newtown station CCTV of the following.", "SE/1"},
        {stalkingChecklistPackId, "e4", EvidenceStatus::Obtained, 5, "Full account of the history taken over two sessions.", ""},
        {stalkingChecklistPackId, "e5", EvidenceStatus::Obtained, 5, "Complainant's own log of messages and sightings.", ""},
        {stalkingChecklistPackId, "e6", EvidenceStatus::Obtained, 5, "Altered behaviour asked about each incident.", ""},
        {stalkingChecklistPackId, "e7", EvidenceStatus::Requested, 6, "Colleague Priya SAMPLETON (car park) to be seen.", ""},
        {stalkingChecklistPackId, "e8", EvidenceStatus::Obtained, 12, "Download of the complainant's phone.", "SE/2"},
        {stalkingChecklistPackId, "e9", EvidenceStatus::Obtained, 15, "Instagram captures; subscriber data requested from Meta.", "SE/3"},
        {stalkingChecklistPackId, "e10", EvidenceStatus::Obtained, 16, "Note left under the wiper; tyres photographed.", "SE/4"},
        {stalkingChecklistPackId, "e11", EvidenceStatus::Outstanding, -1, "Suspect not yet interviewed.", ""},
        {stalkingChecklistPackId, "e12", EvidenceStatus::Outstanding, -1, "", ""},
        {stalkingChecklistPackId, "e13", EvidenceStatus::NotApplicable, -1, "No bail, orders or injunctions on record.", ""},
        {stalkingChecklistPackId, "e14", EvidenceStatus::Obtained, 10, "Two earlier calls from a previous partner (2019).", ""},
        {stalkingChecklistPackId, "e15", EvidenceStatus::Outstanding, -1, "2019 calls to be reviewed for bad character.", ""},
        {stalkingChecklistPackId, "e16", EvidenceStatus::Outstanding, -1, "", ""},
        {stalkingChecklistPackId, "e17", EvidenceStatus::Requested, 3, "Complainant wants time to think; to be offered again.", ""},
        {domesticAbuseChecklistPackId, "a1", EvidenceStatus::Requested, 8, "As e1.", ""},
        {domesticAbuseChecklistPackId, "a5", EvidenceStatus::Obtained, 5, "Refers to the relationship and its end.", ""},
    };
    return items;
}

struct DemoExhibit {
    const char* reference;
    ExhibitType type;
    const char* description;
    const char* heldAt;
    int seizedDaysAgo;
    QList<int> incidentIndexes;   // into the demo incidents, oldest first
};

const QList<DemoExhibit>& demoExhibits()
{
    static const QList<DemoExhibit> items = {
        {"SE/1", ExhibitType::Cctv, "CCTV from Newtown railway station, platform 1 entrance, 18:40 to 19:10 on the evening of the following",
         "Newtown police station property store, bag EX0041772", 20, {6}},
        {"SE/2", ExhibitType::PhoneDownload, "Download of the complainant's mobile phone (WhatsApp and text messages)",
         "Digital Forensics Unit, Oldbury", 12, {0, 1, 9}},
        {"SE/3", ExhibitType::Screenshots, "Screenshots of the Instagram posts and messages from @not_giving_up_on_us",
         "Case file (printed) and attached here", 15, {2}},
        {"SE/4", ExhibitType::LettersOrGifts, "Handwritten note left under the wiper: 'Now you have to stay home'",
         "Forensic submission (fingerprints), then property store", 16, {7}},
    };
    return items;
}
} // namespace

Status addDemoEvidence(Database& db, const Session& session, qint64 caseId)
{
    CaseService cases(db, session);
    auto detail = cases.loadCase(caseId);
    if (!detail.ok()) return detail.error();
    EvidenceService evidence(db, session);
    const QDateTime now = Clock::nowUtc();
    const QString officer = QStringLiteral("DC 4127 Sam EXAMPLE");
    for (const DemoExhibit& d : demoExhibits()) {
        Exhibit e;
        e.caseId = caseId;
        e.reference = QString::fromLatin1(d.reference);
        e.type = d.type;
        e.description = QString::fromUtf8(d.description);
        e.producedBy = officer;
        e.heldAt = QString::fromUtf8(d.heldAt);
        const QDateTime seized = now.addDays(-d.seizedDaysAgo);
        e.continuity = {{officer, seized, seized.addSecs(3 * 3600), QStringLiteral("Seized and sealed")},
                        {e.heldAt, seized.addSecs(3 * 3600), {}, {}}};
        for (int index : d.incidentIndexes)
            if (index < detail->incidents.size()) e.incidentIds.append(detail->incidents[index].id);
        auto saved = evidence.addExhibit(e);
        if (!saved.ok()) return saved.error();
        if (d.type == ExhibitType::Screenshots)
            if (auto a = evidence.attachBytes(saved->id, QStringLiteral("instagram-captures-index.txt"),
                                              QByteArrayLiteral("SE/3 index: 1 profile page; 2-5 posts; 6-9 direct messages.\n"));
                !a.ok())
                return a.error();
    }
    for (const DemoItem& d : demoChecklist()) {
        ChecklistItemRecord item;
        item.caseId = caseId;
        item.packId = QString::fromLatin1(d.pack);
        item.itemId = QString::fromLatin1(d.item);
        item.status = d.status;
        item.note = QString::fromUtf8(d.note);
        if (d.daysAgo >= 0) {
            if (d.status == EvidenceStatus::Obtained) item.obtainedOn = uktime::dateOf(now).addDays(-d.daysAgo);
            else item.requestedOn = uktime::dateOf(now).addDays(-d.daysAgo);
        }
        if (*d.exhibit) item.exhibitRefs = {QString::fromLatin1(d.exhibit)};
        if (auto r = evidence.setChecklistItem(item); !r.ok()) return r.error();
    }
    FormAnswers enquiries;
    enquiries.setValue(QStringLiteral("l8"), QStringLiteral("New accounts and numbers created to keep contact after each block; "
                                                            "travelled to Oldbury to find her."));
    enquiries.setValue(QStringLiteral("l10"), QStringLiteral("Instagram, WhatsApp and e-mail captured (SE/2, SE/3); Meta subscriber "
                                                             "data requested."));
    return evidence.saveEnquiryAnswers(caseId, enquiries);
}

} // namespace conduct
