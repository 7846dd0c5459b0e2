#pragma once
// What the MG3 and MG5 sub-pages of the charging file share (issue 22): the version being shown
// and its status, the earlier versions, "Edit (starts version n+1)" on an approved one, Save
// (Ctrl+S) and Submit for the officer, Approve and Return for the supervisor, and the drafts that
// keep long typing safe until it is saved. The rules (who may approve, what an approved version
// allows) are the service's: these buttons only ask it, and show its refusals in the banner.
//
// A subclass builds the form's fields, registers them as police or supervisor fields, and moves
// values between them and a ChargingDocument.

#include "care/CarePageSupport.h"
#include "services/CaseService.h"
#include "services/ChargingFileService.h"
#include "services/DraftService.h"
#include "widgets/FieldErrors.h"

#include <QJsonObject>
#include <QPointer>
#include <QTimer>

class QFrame;

namespace conduct {

class DateEntry;

class ChargingDocumentEditor : public CarePage {
    Q_OBJECT
public:
    ChargingDocumentEditor(Database& db, const Session& session, const QString& justification, ChargingForm form,
                           const QString& objectName, const QString& intro, QWidget* parent);

    void setCase(const CaseDetail& detail);
    ChargingForm form() const { return m_form; }
    // The version on screen (the newest unless an earlier one was picked); version 1, unsaved,
    // before anything is written.
    const ChargingDocument& document() const { return m_document; }
    QString statusText() const;
    bool policeEditable() const { return m_policeEditable; }
    bool supervisorEditable() const { return m_supervisorEditable; }
    // Puts the cursor in the named field (objectName), for links from the export dialog.
    bool focusField(const QString& objectName);

public slots:
    bool save();
    bool submit();
    bool approve();
    bool returnForChanges();
    void startNewVersion();       // "Edit (starts version n+1)" on an approved version
    void saveDraftNow();          // the autosave, at once (tests; leaving the page)

signals:
    void changed();

protected:
    // The subclass's part.
    virtual void showPolice(const ChargingDocument& document, const ChargingFileStart* start) = 0;
    virtual void readPolice(ChargingDocument& document) const = 0;
    virtual void showSupervisor(const Mg3SupervisorPart&) {}
    virtual Mg3SupervisorPart supervisorPart() const { return {}; }
    virtual QJsonObject draftState() const = 0;   // the long texts, by objectName
    virtual void applyDraftState(const QJsonObject& state) = 0;
    virtual QList<DateEntry*> dateFields() const { return {}; }
    // People of the case changed (suspect blocks, defendant combo).
    virtual void peopleChanged(const QList<Person>&) {}

    // Fields the officer writes, and fields the supervisor writes: made read-only as the version allows.
    void registerPoliceField(QWidget* field);
    void registerSupervisorField(QWidget* field);
    void addPoliceButtons(QVBoxLayout* layout);     // Save, Submit for approval
    void addDecisionButtons(QVBoxLayout* layout);   // Approve…, Return for changes…
    // Draft state helpers for QPlainTextEdits named in `edits`.
    static QJsonObject textsOf(const QList<QPlainTextEdit*>& edits);
    static void restoreTexts(const QList<QPlainTextEdit*>& edits, const QJsonObject& state);

    const CaseDetail& detail() const { return m_detail; }
    const ChargingFileStart& start() const { return m_start; }
    FieldFocus& fields() { return m_fieldFocus; }
    // After fields are rebuilt (a suspect added to the case): the autosave and "unsaved edits" see
    // them, Tab goes through them in reading order, and they are read-only as the version requires.
    void fieldsRebuilt();

private:
    void reload(int showVersion = 0);   // 0: the newest
    void showVersionAt(int index);   // of m_versions; the unsaved version 1 when there are none
    void applyEditability();
    bool reportOutcome(const Error& error);
    bool after(const Result<ChargingDocument>& outcome, const QString& done);
    void offerDraft();
    void onEdited();
    QString draftKey() const;
    int editingVersion() const;

    ChargingFileService m_service;
    DraftService m_drafts;
    const Session m_session;
    const ChargingForm m_form;
    const bool m_storeWritable;       // a read-only store (issue 24): nothing is editable and no draft is kept
    CaseDetail m_detail;
    ChargingFileStart m_start;
    QList<ChargingDocument> m_versions;
    ChargingDocument m_document;      // on screen
    bool m_viewingLatest = true;
    bool m_startingNewVersion = false;
    bool m_policeEditable = false;
    bool m_supervisorEditable = false;
    bool m_loading = false;
    FieldFocus m_fieldFocus;
    QList<QPointer<QWidget>> m_policeFields;      // a suspect's block goes when they leave the case
    QList<QPointer<QWidget>> m_supervisorFields;

    QLabel* m_status = nullptr;
    QComboBox* m_versionPicker = nullptr;
    QPushButton* m_newVersion = nullptr;
    QList<QPushButton*> m_policeButtons;
    QList<QPushButton*> m_decisionButtons;

    QTimer m_draftTimer;
    QJsonObject m_baseline;           // the texts as loaded: no draft is kept of those
    QJsonObject m_lastDraft;
    QJsonObject m_offered;
    QFrame* m_draftBar = nullptr;
    QLabel* m_draftText = nullptr;
};

} // namespace conduct
