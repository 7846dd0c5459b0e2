#pragma once
// Exporting and printing case documents is a disclosure (DPA 2018 s62: "disclosure, including
// transfers"): every export or print is permission-checked (ExportDocument / PrintDocument),
// needs a justification and a recipient, and is recorded in the audit trail with the documents
// and page count, in the same transaction, so there is never a disclosure without its record.

#include "common/Result.h"
#include "export/CaseFile.h"
#include "export/DocumentLayout.h"
#include "export/DocumentRegistry.h"
#include "export/PdfWriter.h"
#include "search/Escalation.h"
#include "security/User.h"

#include <QList>
#include <QString>
#include <optional>

class QPagedPaintDevice;

namespace conduct {

class Database;

// What to produce: documents of the chosen kinds (in the order given), or the charging file bundle
// (protocol 4.5, 5.2: the bundle kinds of the document registry, with any withdrawal papers).
struct DocumentSelection {
    QList<DocumentKind> kinds;
    bool chargingBundle = false;
    // Where the kinds are described; null: the standard registry. A test passes one with an extra
    // kind. It must outlive the selection.
    const DocumentRegistry* registry = nullptr;

    static DocumentSelection bundle() { return DocumentSelection{{}, true}; }
    bool isEmpty() const { return kinds.isEmpty() && !chargingBundle; }
    const DocumentRegistry& documents() const { return registry ? *registry : DocumentRegistry::standard(); }
};

// Values from the unit's policy (Preferences.h: "documents/forceName", "documents/marking"), the same
// on every desk. ExportService reads them from the store when none are given (issue 24).
struct DocumentSettings {
    QString forceName;
    QString marking = QStringLiteral("OFFICIAL-SENSITIVE");
    EscalationOptions escalation = {};   // the chronology's escalation rule, as the force has set it
};

struct Disclosure {
    QString justification;   // why the documents leave Conduct, e.g. "pre-charge file for CPS advice"
    QString recipient;       // to whom, e.g. "CPS Direct"
};

struct ExportOutcome {
    QString path;
    int pageCount = 0;
    QStringList documents;   // document names, one per kind exported
};

// The kind's id, for the command line and the audit record: mg2, mg3, mg5, mg11, officer-report,
// risk, checklist, chronology (the registry's rows).
QString documentKindCode(DocumentKind kind);

QList<DocumentLayout> buildSelection(const CaseFile& file, const DocumentSelection& selection);
// The kinds a selection contains (the bundle's kinds for a bundle).
QList<DocumentKind> kindsOf(const CaseFile& file, const DocumentSelection& selection);
// missingValues() for each kind of the selection, each entry's field prefixed with the form code.
QList<Error> missingValues(const CaseFile& file, const DocumentSelection& selection);

// A complainant's confidential address or phone number that appears in a document served on the
// defence (the registry's servedOnDefence: the MG5, MG11 statement and chronology; the MG2, MG3 and
// other police-and-CPS-only documents are not). Each entry names the document (field) and the
// detail and says what to do.
QList<Error> confidentialContactWarnings(const CaseFile& file, const QList<DocumentKind>& kinds,
                                         const DocumentRegistry& registry = DocumentRegistry::standard());
QList<Error> confidentialContactWarnings(const CaseFile& file, const DocumentSelection& selection);

class ExportService {
public:
    // Without settings, the unit's policy in the store (UnitPolicyService): what every desk prints.
    ExportService(Database& db, const Session& session, std::optional<DocumentSettings> settings = std::nullopt);

    // Why this user reads the case, for its consultation record (a grant's reason; see CaseAccess.h).
    void setAccessJustification(const QString& justification) { m_accessJustification = justification; }
    // Prints an earlier version of the MG3 or MG5, e.g. the one a supervisor approved before a later
    // edit (0: the newest). The disclosure's audit record names the versions printed.
    void pinChargingVersions(int mg3Version, int mg5Version)
    {
        m_pinnedMg3 = mg3Version;
        m_pinnedMg5 = mg5Version;
    }

    // The case as the documents see it: checked as ExportDocument or PrintDocument.
    Result<CaseFile> caseFile(qint64 caseId, bool forPrinting = false) const;

    // Builds the documents from the store, writes them to `path` (atomically) and records the
    // disclosure. Refuses an empty justification or recipient.
    Result<ExportOutcome> exportDocuments(qint64 caseId, const DocumentSelection& selection, const QString& path,
                                          const QString& justification, const QString& recipient);
    // The same for a case file already assembled (the dialog's previewed copy).
    Result<ExportOutcome> exportCaseFile(const CaseFile& file, const DocumentSelection& selection, const QString& path,
                                         const Disclosure& disclosure);
    // Prints onto a printer (a QPrinter in the UI) and records the disclosure. Returns the page count.
    Result<int> printCaseFile(const CaseFile& file, const DocumentSelection& selection, QPagedPaintDevice* printer,
                              const Disclosure& disclosure);

    PdfOptions pdfOptions() const;
    const DocumentSettings& settings() const { return m_settings; }
    // Refuses an empty justification or recipient while the database has accounts (it always does
    // once anyone can sign in).
    Status checkDisclosure(const Disclosure& disclosure) const;

private:
    enum class Medium { File, Printer };
    Status checkCase(const CaseFile& file, Medium medium) const;
    Status recordDisclosure(const CaseFile& file, const DocumentSelection& selection, const Disclosure& disclosure,
                            Medium medium, int pages, const QString& path);

    Database& m_db;
    Session m_session;
    DocumentSettings m_settings;
    // Why the unit's marking or force name cannot be used (UnitPolicyService): no document goes out.
    std::optional<Error> m_policyProblem;
    QString m_accessJustification;
    int m_pinnedMg3 = 0;
    int m_pinnedMg5 = 0;
};

} // namespace conduct
