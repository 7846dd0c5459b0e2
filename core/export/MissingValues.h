#pragma once
// What each document asks for that the case has not recorded. The export dialog lists these
// before export; the PDF still prints, with "[not recorded]" in their place. Each document's
// check is named in its registry row (DocumentRegistry.cpp).

#include "common/Result.h"
#include "export/CaseFile.h"

#include <QList>
#include <QString>

namespace conduct {

class MissingValues {
public:
    explicit MissingValues(const QString& documentTitle) : m_document(documentTitle) {}
    // Lists `field` unless it is `recorded`; `where` names the page it is recorded on.
    void need(bool recorded, const QString& field, const QString& where);
    // Lists `field` unless it is `done`: a part someone else completes (a supervisor's approval),
    // printed blank until then; `how` says who does it and where.
    void await(bool done, const QString& field, const QString& how);
    QList<Error> take() { return std::move(m_out); }

private:
    QString m_document;
    QList<Error> m_out;
};

// One check per document (MissingValues.cpp).
namespace needs {
void mg3(MissingValues& m, const CaseFile& f);
void mg5(MissingValues& m, const CaseFile& f);
void mg2(MissingValues& m, const CaseFile& f);
void withdrawalStatement(MissingValues& m, const CaseFile& f);
void officerWithdrawalReport(MissingValues& m, const CaseFile& f);
void riskRecord(MissingValues& m, const CaseFile& f);
void evidenceChecklist(MissingValues& m, const CaseFile& f);
void chronology(MissingValues& m, const CaseFile& f);
} // namespace needs

} // namespace conduct
