#pragma once
// Export / print (Ctrl+E): choose the documents or the charging file bundle, see what is not
// recorded and which confidential contact details a defence-facing document would print, preview
// the pages, then save a PDF or print. Both are disclosures: the dialog asks for the justification
// and recipient, and ExportService records them in the audit trail.

#include "export/MissingValuePlaces.h"
#include "services/ExportService.h"

#include <QDialog>
#include <QMap>
#include <functional>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPrinter;
class QPushButton;

namespace conduct {

class DocumentPreview;
class ErrorBanner;
class FieldFocus;

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    // Seams for tests, like prompts::override(): when set, used instead of the file and print dialogs.
    // The file handler returns the chosen path (empty: cancelled); the printer handler sets up the
    // printer and returns false when cancelled.
    using SaveFileHandler = std::function<QString(const QString& suggestedPath)>;
    using PrinterHandler = std::function<bool(QPrinter& printer)>;
    static SaveFileHandler& saveFileOverride();
    static PrinterHandler& printerOverride();

    ExportDialog(Database& db, const Session& session, qint64 caseId, const DocumentSettings& settings,
                 QWidget* parent = nullptr);
    ~ExportDialog() override;

    bool isReady() const { return m_file.caseRecord.id != 0; }
    DocumentSelection selection() const;
    const CaseFile& caseFile() const { return m_file; }

signals:
    // Enter or double-click on a value not recorded: the case should show where it is filled in.
    // The dialog closes after emitting it.
    void placeRequested(const conduct::CasePlace& place);

public slots:
    void preview();
    bool savePdf();
    bool print();

private:
    QWidget* buildChoices();
    QWidget* buildDisclosure();
    void selectionChanged();
    // The disclosure and the selection, checked before anything leaves Conduct. False: stay.
    bool readyToDisclose();
    void showError(const Error& error);

    ExportService m_service;
    CaseFile m_file;
    QMap<DocumentKind, QCheckBox*> m_kinds;
    QCheckBox* m_bundle = nullptr;
    QListWidget* m_missing = nullptr;
    QLabel* m_confidential = nullptr;
    QLineEdit* m_justification = nullptr;
    QLineEdit* m_recipient = nullptr;
    QLabel* m_status = nullptr;
    QList<QPushButton*> m_actions;
    DocumentPreview* m_preview = nullptr;
    ErrorBanner* m_banner = nullptr;
    std::unique_ptr<FieldFocus> m_focus;
};

} // namespace conduct
