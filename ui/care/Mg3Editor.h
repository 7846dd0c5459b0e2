#pragma once
// The MG3 sub-page of the charging file (issue 22): per suspect, the facts the case carries beside
// what the officer adds (custody reference, PPO/DYO/YO, bad character, dangerous offender, the
// proposed charges, the anticipated plea); the material provided to the CPS; the outline of
// circumstances; then the supervisor's six comments, in the form's own wording, and the approval
// for referral to the CPS (protocol 3.7's four-eyes rule applied to the file).

#include "care/ChargingDocumentEditor.h"
#include "services/OrdersService.h"

class QCheckBox;
class QGroupBox;

namespace conduct {

class Mg3Editor : public ChargingDocumentEditor {
    Q_OBJECT
public:
    Mg3Editor(Database& db, const Session& session, const QString& justification, QWidget* parent = nullptr);

    // The MG3's supervisor's comment labels (R2a–R2f), exactly as the form prints them.
    static QStringList supervisorLabels();

public slots:
    void addMaterialRow();
    bool removeMaterialRow();
    void startOutlineFromCase();   // "Start from a draft of the case"

protected:
    void showPolice(const ChargingDocument& document, const ChargingFileStart* start) override;
    void readPolice(ChargingDocument& document) const override;
    void showSupervisor(const Mg3SupervisorPart& part) override;
    Mg3SupervisorPart supervisorPart() const override;
    QJsonObject draftState() const override;
    void applyDraftState(const QJsonObject& state) override;
    void peopleChanged(const QList<Person>& people) override;

private:
    struct SuspectFields {
        qint64 personId = 0;
        QGroupBox* box = nullptr;
        QLabel* facts = nullptr;
        QLineEdit* custody = nullptr;
        QCheckBox* releasedUnderInvestigation = nullptr;
        QComboBox* ppo = nullptr;
        QComboBox* dyo = nullptr;
        QComboBox* yo = nullptr;
        QComboBox* badCharacter = nullptr;
        QComboBox* dangerous = nullptr;
        QPlainTextEdit* flagNotes = nullptr;
        QPlainTextEdit* charges = nullptr;
        QComboBox* plea = nullptr;
    };
    void buildSuspect(const Person& suspect);
    void showSuspect(const SuspectFields& f, const SuspectChargingEntry& entry);
    SuspectChargingEntry readSuspect(const SuspectFields& f) const;
    QString carriedFacts(const Person& suspect, const QList<BailConditions>& bail) const;
    void appendMaterial(const MaterialEntry& row);
    void setMaterial(const QList<MaterialEntry>& rows);
    QList<MaterialEntry> material() const;
    QList<QPlainTextEdit*> longTexts() const;

    OrdersService m_orders;   // bail, for the carried facts
    QGroupBox* m_suspectSection = nullptr;
    QLabel* m_noSuspects = nullptr;
    QList<SuspectFields> m_suspects;
    QTableWidget* m_material = nullptr;
    QPlainTextEdit* m_outline = nullptr;
    QLineEdit* m_officerIfDifferent = nullptr;
    QList<QPlainTextEdit*> m_supervisor;
};

} // namespace conduct
