// MG3 pages 5-6: "Charging decision/advice and Case Action Plan (For CPS completion)"
// (mg-forms §4.3-4.4). Printed as blank boxes for the prosecutor, except the action plan,
// which carries the actions and dates agreed between police and CPS (protocol 4.7).

#include "export/BuilderSupport.h"
#include "export/Builders.h"

namespace conduct::builders {

using namespace exportsupport;

namespace {

FieldItem blankField(const QString& label) { return FieldItem{label, QString(), false, true}; }

CheckItem blankCheck(const QString& label) { return CheckItem{label, std::nullopt, false, true}; }

void decisionCodes(DocumentLayout& doc)
{
    doc.paragraph(QStringLiteral("Prosecutor to indicate general nature of decision and advice (Tick one box only)"), true);
    static const char* const codes[][4] = {
        {"A", "Charge + request Evidential file", "G", "TIC"},
        {"B", "Charge + request Expedited file", "H", "Request further evidence to complete Evidential Report"},
        {"B2", "CC non-compliance \u2013 charge+request Expedited File", "I",
         "Request further evidence to complete Expedited Report"},
        {"C", "Simple caution", "J", "Early advice further action necessary"},
        {"D", "Conditional caution", "K", "No prosecution - Evidential"},
        {"D2", "CC non-compliance \u2013 No prosecution", "L", "No prosecution \u2013 Public interest"},
        {"E", "Reprimand", "M", "Other"},
        {"F", "Final warning", "N", "Refer for POCA investigation"},
    };
    TableBlock table{{{QStringLiteral("Code"), 2}, {QStringLiteral("Advice/Decision"), 9},
                      {QStringLiteral("Suspect 1"), 3}, {QStringLiteral("Suspect 2"), 3},
                      {QStringLiteral("Code"), 2}, {QStringLiteral("Advice/Decision"), 9},
                      {QStringLiteral("Suspect 1"), 3}, {QStringLiteral("Suspect 2"), 3}},
                     {}, {}, false};
    for (const auto& row : codes)
        table.rows.append({QString::fromUtf8(row[0]), QString::fromUtf8(row[1]), {}, {},
                           QString::fromUtf8(row[2]), QString::fromUtf8(row[3]), {}, {}});
    doc.table(table);
    doc.fields({blankField(QStringLiteral("If 'K', enter Evidential Reason Code:")),
                blankField(QStringLiteral("If 'C, D, E, F or L', enter Public Interest Code:"))},
               1);
}

void actionPlan(DocumentLayout& doc, const CaseFile& file)
{
    // Protocol 4.7: every MG3 contains an action plan, with action dates agreed between CPS and police.
    TableBlock table{{{QStringLiteral("Further action agreed:"), 10}, {QStringLiteral("Action date by:"), 3}},
                     {}, {}, false};
    int number = 1;
    for (const ActionPlanItem& item : file.actionPlan) {
        QString action = item.action;
        if (!item.owner.isEmpty()) action += tr(" (owner: %1)").arg(item.owner);
        if (item.done) action += tr(" [done]");
        table.rows.append({QStringLiteral("%1. %2").arg(number++).arg(action), ukDate(item.actionDate)});
    }
    while (number <= 4) table.rows.append({QStringLiteral("%1.").arg(number++), QString()});   // the form prints four
    doc.table(table);
}

} // namespace

void appendMg3CpsPart(DocumentLayout& doc, const CaseFile& file)
{
    doc.heading(QStringLiteral("Charging decision/advice and Case Action Plan (For CPS completion)"));
    const ChargingInfo* c = file.charging ? &*file.charging : nullptr;
    const bool recorded = c && !c->cpsOutcome.isEmpty();
    if (recorded) {
        // The officer recorded the prosecutor's decision: printed as recorded, and said to be so.
        const bool threshold = c->testSought == ChargingTest::Threshold;
        doc.checks({CheckItem{QStringLiteral("Full Code Test:"), !threshold}, CheckItem{QStringLiteral("Threshold Test:"), threshold},
                    blankCheck(QStringLiteral("Investigative advice:"))},
                   3);
        doc.fields({{tr("Decision as recorded by the police (protocol 4.9):"),
                     tr("%1, %2").arg(c->cpsOutcome, ukDate(c->cpsDecisionOn)), true}},
                   1);
    } else {
        doc.checks({blankCheck(QStringLiteral("Full Code Test:")), blankCheck(QStringLiteral("Threshold Test:")),
                    blankCheck(QStringLiteral("Investigative advice:"))},
                   3);
    }
    doc.subheading(QStringLiteral("Charging decision and advice, specifying or attaching charges (refer to "
                                  "documents/evidence seen, decision on offences)"));
    doc.blank(QStringLiteral("Case analysis/Evidential issues:"), 5);
    doc.blank(QStringLiteral("Evidential criteria:"), 4);
    doc.blank(QStringLiteral("Public interest:"), 4);
    doc.blank(QStringLiteral("Mode of trial:"), 2);
    doc.blank(QStringLiteral("ECHR:"), 2);
    doc.blank(QStringLiteral("NWNJ: (Consider pre-trial interview with witness)"), 2);
    doc.blank(QStringLiteral("Instructions to Court Prosecutor:"), 3);
    doc.blank(QStringLiteral("Other case issues: (DPP consent, etc.)"), 2);
    if (recorded && !c->cpsDecisionDetail.trimmed().isEmpty()) doc.text(QStringLiteral("Charge(s):"), c->cpsDecisionDetail);
    else doc.blank(QStringLiteral("Charge(s):"), 4);

    doc.pageBreak();
    decisionCodes(doc);
    actionPlan(doc, file);
    doc.fields({blankField(QStringLiteral("POCA case (MG17):")), blankField(QStringLiteral("Charging review/action date:")),
                blankField(QStringLiteral("Return bail date:")), blankField(QStringLiteral("EFH:")),
                blankField(QStringLiteral("DYO Provisional trial date:"))},
               2);
    doc.fields({blankField(QStringLiteral("Further consultation needed pre-charge? (If further consultation "
                                          "necessary, use Continuation Sheet MG3a)")),
                blankField(QStringLiteral("Prosecutor name: (Print)")), blankField(QStringLiteral("Contact details:")),
                blankField(QStringLiteral("Date:"))},
               1);
    doc.subheading(QStringLiteral("Investigation stage at which advice sought:"));
    doc.checks({blankCheck(QStringLiteral("Pre arrest")), blankCheck(QStringLiteral("Post arrest")),
                blankCheck(QStringLiteral("Post interview")), blankCheck(QStringLiteral("Post bail for further enqs")),
                blankCheck(QStringLiteral("Bail for charging decision"))},
               3);
    doc.subheading(QStringLiteral("How advice delivered:"));
    doc.checks({blankCheck(QStringLiteral("Face to face")), blankCheck(QStringLiteral("Video Conferencing")),
                blankCheck(QStringLiteral("Telephone")), blankCheck(QStringLiteral("CPS direct")),
                blankCheck(QStringLiteral("Written"))},
               5);
}

} // namespace conduct::builders
