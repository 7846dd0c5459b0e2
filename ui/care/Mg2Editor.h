#pragma once
// The MG2 sub-page of the charging file (issue 22): for each complainant or witness with a special
// measures record, what the MG2 prints — the grounds, the measures sought, the witness's views and
// their age — read-only here, with a button to where the record is edited (the Victim care tab,
// protocol 6.5–6.6). One record, edited in one place: the MG2 is built from it.

#include "care/CarePageSupport.h"
#include "services/CaseService.h"
#include "services/VictimCareService.h"

namespace conduct {

class Mg2Editor : public CarePage {
    Q_OBJECT
public:
    Mg2Editor(Database& db, const Session& session, const QString& justification, QWidget* parent = nullptr);
    void setCase(const CaseDetail& detail);

    // "Over 18", "Under 18 (15)" and so on: from the date of birth, else from the person record.
    static QString ageText(const Person& person);

signals:
    void editRequested(qint64 personId);   // open the Victim care tab on this person's record

private:
    void rebuild(const QList<SpecialMeasuresRecord>& records, const QList<Person>& people);

    VictimCareService m_service;
    QGroupBox* m_records = nullptr;
    QList<QWidget*> m_built;
};

} // namespace conduct
