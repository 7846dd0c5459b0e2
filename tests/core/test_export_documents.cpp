// Each document built from a fully recorded case: headings and values present, furniture on
// every page; and "[not recorded]" / missingValues for a case with nothing recorded.

#include "TestSupport.h"
#include "test_export_support.h"

#include "common/Clock.h"
#include "export/Export.h"
#include "export/PdfWriter.h"

#include <QTemporaryDir>
#include <QTimeZone>

using namespace conduct;
using namespace conduct::test;

namespace {

struct Generated {
    PdfText text;
    PdfText layout;   // pdftotext -layout: printed rows kept on one line
    int pages = 0;
};

Generated generate(const QList<DocumentLayout>& documents, const QString& name)
{
    static QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(name + QStringLiteral(".pdf"));
    const Status written = writePdf(path, documents);
    if (!written.ok()) FAIL(written.error().text().toStdString());
    Generated g{pdfText(path), pdfText(path, true), pdfInfo(path).value(QStringLiteral("Pages")).toInt()};
    REQUIRE(g.text.pages.size() == g.pages);
    REQUIRE(g.layout.pages.size() == g.pages);
    return g;
}

void checkEveryPage(const Generated& g, const QString& formCode, bool notDisclosable)
{
    for (int i = 0; i < g.pages; ++i) {
        const QString& page = g.text.pages[i];
        INFO("page " << i + 1 << " of " << formCode.toStdString());
        CHECK(page.count(QStringLiteral("OFFICIAL-SENSITIVE")) == 2);
        CHECK(page.contains(formCode));
        if (i == 0 || page.contains(QStringLiteral("Page 1 of ")))
            CHECK(hasUrnBoxes(g.layout.pages[i]));   // each document's first page: the four boxes
        else
            CHECK(page.contains(QStringLiteral("URN: 45AA0209820")));
        CHECK(page.contains(QStringLiteral("NOT DISCLOSABLE")) == notDisclosable);
        CHECK(page.contains(QStringLiteral(" of ")));
    }
}

void checkAll(const QString& flat, const QStringList& expected)
{
    for (const QString& e : expected) {
        INFO(e.toStdString());
        CHECK(flat.contains(e));
    }
}

} // namespace

TEST_CASE("MG3 prints the police part in full, the action plan and a blank CPS part", "[export][time]")
{
    const Generated g = generate(buildDocuments(fullCaseFile(), DocumentKind::Mg3), QStringLiteral("mg3"));
    CHECK(g.pages >= 4);
    checkEveryPage(g, QStringLiteral("MG3"), true);
    const QString flat = g.text.flat();
    checkAll(flat, {QStringLiteral("WEST YORKSHIRE POLICE"), QStringLiteral("REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION,"),
                    QStringLiteral("DECISION LOG AND ACTION PLAN"), QStringLiteral("Not disclosable"),
                    QStringLiteral("Report to Crown Prosecutor (For Police completion)"), QStringLiteral("Suspect 1"),
                    QStringLiteral("QUILLFEATHER"), QStringLiteral("Desmond"), QStringLiteral("20/09/1981"),
                    QStringLiteral("W1. White British"), QStringLiteral("CUST-88812"), QStringLiteral("30/09/2024"),
                    QStringLiteral("proposedchargetext"), QStringLiteral("Material provided to CPS (indicate if attached)"),
                    QStringLiteral("Shelagh MCLOVE"), QStringLiteral("Log 0412 of 01/07/2024"),
                    QStringLiteral("Attached: 2 assessment(s)"), QStringLiteral("sam.okafor@example.police.uk"),
                    QStringLiteral("Outline of circumstances and decision/advice sought (unless verbal report given)"),
                    QStringLiteral("outlinetext"), QStringLiteral("prohibitiontext"), QStringLiteral("victimviewstext"),
                    QStringLiteral("Supervisor's comments: To address the following points:"),
                    QStringLiteral("pointstoprovetext"), QStringLiteral("otherevidencetext"), QStringLiteral("whycpstext"),
                    QStringLiteral("publicinteresttext"), QStringLiteral("recommendedchargetext"),
                    QStringLiteral("underminetext"), QStringLiteral("Sam Okafor"),
                    QStringLiteral("Charging decision/advice and Case Action Plan (For CPS completion)"),
                    QStringLiteral("Case analysis/Evidential issues:"), QStringLiteral("NWNJ: (Consider pre-trial interview with witness)"),
                    QStringLiteral("Charge + request Evidential file"), QStringLiteral("Refer for POCA investigation"),
                    QStringLiteral("Further action agreed:"), QStringLiteral("Action date by:"),
                    QStringLiteral("actiononetext"), QStringLiteral("15/08/2024"), QStringLiteral("How advice delivered:"),
                    QStringLiteral("MG3 (Revised 22.1.20) layout")});
    // Stalking is charged, so no 3.10 rationale box; the CPS boxes are blank, not "[not recorded]".
    CHECK_FALSE(flat.contains(QStringLiteral("protocol 3.10")));
    const QString cpsPages = g.text.pages.mid(g.pages - 2).join(QString());
    CHECK_FALSE(cpsPages.contains(QStringLiteral("[not recorded]")));
}

TEST_CASE("MG3 outline beyond the form's space continues on an MG3A sheet", "[export]")
{
    CaseFile file = fullCaseFile();
    QString outline;
    for (int i = 0; i < 2500; ++i) outline += QStringLiteral("mgtok%1 word ").arg(i, 4, 10, QLatin1Char('0'));
    file.charging->outlineOfCircumstances = outline;
    const QList<DocumentLayout> docs = buildDocuments(file, DocumentKind::Mg3);
    REQUIRE(docs.size() == 2);
    CHECK(docs[1].meta.formCode == QStringLiteral("MG3A"));
    const Generated g = generate(docs, QStringLiteral("mg3a"));
    const QString flat = g.text.flat();
    CHECK(flat.contains(QStringLiteral("[Continued on MG3A continuation sheet]")));
    CHECK(g.text.pages.last().contains(QStringLiteral("MG3A")));
    for (int i = 0; i < 2500; ++i)
        if (!g.text.all.contains(QStringLiteral("mgtok%1").arg(i, 4, 10, QLatin1Char('0')))) FAIL("lost token " << i);
}

TEST_CASE("MG5 prints the case summary and the restraining order application", "[export][time]")
{
    const Generated g = generate(buildDocuments(fullCaseFile(), DocumentKind::Mg5), QStringLiteral("mg5"));
    checkEveryPage(g, QStringLiteral("MG5"), false);
    const QString flat = g.text.flat();
    CHECK(g.layout.flat().contains(QStringLiteral("Anticipated plea: Not guilty")));
    checkAll(flat, {QStringLiteral("POLICE REPORT"), QStringLiteral("Defendant 1: QUILLFEATHER, Desmond"),
                    QStringLiteral("1. Summary of the Key Evidence"),
                    QStringLiteral("keyevidencetext"), QStringLiteral("keywitnesstext"), QStringLiteral("2. Defendant Interview"),
                    QStringLiteral("10/07/2024 10:30"), QStringLiteral("explanationtext"),
                    QStringLiteral("4. Visually Recorded Evidence"), QStringLiteral("Is there VRE? Yes"), QStringLiteral("vretext"),
                    QStringLiteral("8. Application for Order(s) on Conviction"),
                    QStringLiteral("Order(s) applied for: Restraining order"), QStringLiteral("11. Officer's certification"),
                    QStringLiteral("in accordance with the CPIA 1996, Code of Practice, as amended."),
                    QStringLiteral("Alex Morgan, PC, 1234"), QStringLiteral("21/07/2024"),
                    QStringLiteral("12. Supervisor's certification"), QStringLiteral("MG5 (2010/11) layout")});
}

TEST_CASE("MG2: one per assessed witness, with special measures and flagged added boxes", "[export]")
{
    const QList<DocumentLayout> docs = buildDocuments(fullCaseFile(), DocumentKind::Mg2);
    REQUIRE(docs.size() == 2);
    const Generated g = generate(docs, QStringLiteral("mg2"));
    checkEveryPage(g, QStringLiteral("MG2"), true);
    const QString flat = g.text.flat();
    checkAll(flat, {QStringLiteral("WITNESS ASSESSMENT FOR SPECIAL MEASURES"), QStringLiteral("(Anticipated not guilty plea only)"),
                    QStringLiteral("Name of witness MCLOVE, Shelagh"), QStringLiteral("BELLWEATHER, Tariq"),
                    QStringLiteral("Age 16"), QStringLiteral("\u2612 e) Witness in fear/distress about giving evidence"),
                    QStringLiteral("\u2610 g) Weapons offence"), QStringLiteral("\u2612 Screening witness from defendant"),
                    QStringLiteral("\u2612 Evidence by live link"), QStringLiteral("eligibilitytext"),
                    QStringLiteral("viewsonmeasurestext"), QStringLiteral("youthviewstext"), QStringLiteral("supportertext"),
                    QStringLiteral("Is a Special Measures Meeting required? Yes"), QStringLiteral("wording not verified")});
    CHECK(flat.count(QStringLiteral("WITNESS ASSESSMENT FOR SPECIAL MEASURES")) == 2);
}

TEST_CASE("MG11 withdrawal statement carries the declaration and the 5.3 points", "[export][time]")
{
    const Generated g = generate(buildDocuments(fullCaseFile(), DocumentKind::WithdrawalStatement), QStringLiteral("mg11"));
    checkEveryPage(g, QStringLiteral("MG11"), false);
    const QString flat = g.text.flat();
    checkAll(flat, {QStringLiteral("WITNESS STATEMENT"),
                    QStringLiteral("Criminal Procedure Rules, r 16.2; Criminal Justice Act 1967, s.9"),
                    QStringLiteral("Statement of: MCLOVE, Shelagh"), QStringLiteral("over 18"), QStringLiteral("Nurse"),
                    QStringLiteral("This statement (consisting of %1 page(s) each signed by me) is true to the best of my "
                                   "knowledge and belief and I make it knowing that, if it is tendered in evidence, I shall "
                                   "be liable to prosecution if I have wilfully stated in it anything which I know to be "
                                   "false, or do not believe to be true.").arg(g.pages),
                    QStringLiteral("further to the statement I made, dated 02/07/2024."), QStringLiteral("reasonstext"),
                    QStringLiteral("truetext"), QStringLiteral("pressuretext"), QStringLiteral("discussedtext"),
                    QStringLiteral("civiltext"), QStringLiteral("Signature witnessed by:"),
                    QStringLiteral("01/08/2024 11:00")});
}

TEST_CASE("Officer's withdrawal report covers every 5.4 point", "[export]")
{
    const Generated g = generate(buildDocuments(fullCaseFile(), DocumentKind::OfficerWithdrawalReport),
                                 QStringLiteral("report"));
    checkEveryPage(g, QStringLiteral("5.4 REPORT"), true);
    checkAll(g.text.flat(), {QStringLiteral("OFFICER'S REPORT ON WITHDRAWAL OF SUPPORT"), QStringLiteral("circumstancestext"),
                             QStringLiteral("viewsoncasetext"), QStringLiteral("howtoproceedtext"),
                             QStringLiteral("compulsiontext"), QStringLiteral("riskstext"), QStringLiteral("supportavailabletext"),
                             QStringLiteral("supportviewstext"), QStringLiteral("impacttext"), QStringLiteral("otherevidencetext2"),
                             QStringLiteral("How the complainant might react to being compelled to give evidence:")});
}

TEST_CASE("Risk record, evidence checklist and chronology print their data", "[export][time]")
{
    const CaseFile file = fullCaseFile();
    const Generated risk = generate(buildDocuments(file, DocumentKind::RiskRecord), QStringLiteral("risk"));
    checkEveryPage(risk, QStringLiteral("RISK"), true);
    checkAll(risk.text.flat(), {QStringLiteral("RISK ASSESSMENT RECORD"), QStringLiteral("S-DASH"),
                                QStringLiteral("2009 police screening"), QStringLiteral("03/07/2024 16:45"),
                                QStringLiteral("questiononetext"), QStringLiteral("commentonetext"),
                                QStringLiteral("9 'yes' answers"), QStringLiteral("Officer's level: High"),
                                QStringLiteral("rationaletext"), QStringLiteral("MARAC referral: Yes"),
                                QStringLiteral("signofftext"), QStringLiteral("Decision: Agree")});

    const Generated evidence = generate(buildDocuments(file, DocumentKind::EvidenceChecklist), QStringLiteral("evidence"));
    checkEveryPage(evidence, QStringLiteral("EVIDENCE"), true);
    checkAll(evidence.text.flat(), {QStringLiteral("EVIDENCE CHECKLIST STATUS"), QStringLiteral("999 / emergency call recordings"),
                                    QStringLiteral("checklistnotetext"), QStringLiteral("AM/1"),
                                    QStringLiteral("obtained: 1"), QStringLiteral("wording not verified")});

    const Generated chronology = generate(buildDocuments(file, DocumentKind::Chronology), QStringLiteral("chronology"));
    checkEveryPage(chronology, QStringLiteral("CHRONOLOGY"), false);
    const QString flat = chronology.text.flat();
    checkAll(flat, {QStringLiteral("CHRONOLOGY OF INCIDENTS"), QStringLiteral("summerincident"), QStringLiteral("winterincident"),
                    QStringLiteral("Online: Instagram"), QStringLiteral("Fear of violence"),
                    QStringLiteral("now leaves by the back door"), QStringLiteral("Altered behaviour: not asked (3.9)")});
    // Europe/London: 12:00 UTC is 13:00 in July (BST) and 12:00 in January (GMT); oldest first.
    CHECK(flat.contains(QStringLiteral("01/07/2024 13:00")));
    CHECK(flat.contains(QStringLiteral("15/01/2024 12:00")));
    CHECK(flat.indexOf(QStringLiteral("winterincident")) < flat.indexOf(QStringLiteral("summerincident")));
}

TEST_CASE("A case with nothing recorded prints [not recorded] and lists the missing values", "[export][time]")
{
    CaseFile empty;
    empty.caseRecord.urn = QStringLiteral("45AA0209820");
    for (DocumentKind kind : allDocumentKinds()) {
        INFO(documentKindName(kind).toStdString());
        const QList<Error> missing = missingValues(empty, kind);
        CHECK_FALSE(missing.isEmpty());
        // A box the police fill prints "[not recorded]"; a part someone else completes (a supervisor's
        // approval, issue 22) prints blank until they do.
        for (const Error& e : missing)
            CHECK((e.message.contains(QStringLiteral("[not recorded]")) || e.message.contains(QStringLiteral("prints this part blank"))));
        const Generated g = generate(buildDocuments(empty, kind), QStringLiteral("empty-") + kind.id());
        CHECK(g.text.all.contains(QStringLiteral("[not recorded]")));
    }
    const QList<Error> mg3 = missingValues(empty, DocumentKind::Mg3);
    const auto names = [&] { QStringList n; for (const Error& e : mg3) n << e.field; return n; }();
    CHECK(names.contains(QStringLiteral("Outline of circumstances")));
    CHECK(names.contains(QStringLiteral("Suspect")));

    CaseFile full = fullCaseFile();
    CHECK(missingValues(full, DocumentKind::Mg3).isEmpty());
    CHECK(missingValues(full, DocumentKind::OfficerWithdrawalReport).isEmpty());
    full.actionPlan.append({QStringLiteral("Trace CCTV"), QDate(), {}, false});
    const QList<Error> undated = missingValues(full, DocumentKind::Mg3);
    REQUIRE(undated.size() == 1);
    CHECK(undated.first().field.contains(QStringLiteral("protocol 4.7")));
    full.caseRecord.urn = QStringLiteral("not a urn");
    CHECK(missingValues(full, DocumentKind::Chronology).first().field == QStringLiteral("URN"));
}

TEST_CASE("The charging file bundles MG3, MG5, chronology, risk, MG2s and checklist", "[export][time]")
{
    ScopedFakeClock clock(QDateTime(QDate(2024, 1, 10), QTime(16, 20), QTimeZone::utc()));
    const QList<DocumentLayout> bundle = buildChargingFile(fullCaseFile());
    QStringList codes;
    for (const DocumentLayout& d : bundle) codes << d.meta.formCode;
    CHECK(codes == QStringList{QStringLiteral("MG3"), QStringLiteral("MG5"), QStringLiteral("CHRONOLOGY"), QStringLiteral("RISK"),
                               QStringLiteral("MG2"), QStringLiteral("MG2"), QStringLiteral("EVIDENCE"), QStringLiteral("MG11"),
                               QStringLiteral("5.4 REPORT")});
    const Generated g = generate(bundle, QStringLiteral("bundle"));
    int firstPages = 0;
    for (const QString& page : g.text.pages) {
        CHECK(page.count(QStringLiteral("OFFICIAL-SENSITIVE")) == 2);
        CHECK(page.contains(QStringLiteral("on 10/01/2024 16:20")));   // GMT in January
        firstPages += page.contains(QStringLiteral("Page 1 of ")) ? 1 : 0;
    }
    CHECK(firstPages == bundle.size());
}
