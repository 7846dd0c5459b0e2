#pragma once
// The exhibit register: every exhibit with its type, where held, current holder and attached
// files; add/edit in ExhibitDialog, attach a file, and verify attached files' SHA-256.

#include "domain/Evidence.h"
#include "services/CaseService.h"

#include <QWidget>
#include <functional>

class QLabel;
class QTableWidget;

namespace conduct {

class EvidenceService;

class ExhibitsPage : public QWidget {
    Q_OBJECT
public:
    ExhibitsPage(EvidenceService& service, QWidget* parent = nullptr);
    void show(const CaseDetail& detail);
    QTableWidget* table() const { return m_table; }
    const QList<Exhibit>& exhibits() const { return m_exhibits; }
    // Test seam: chooses the file to attach (default: a file dialog).
    void setFileChooser(std::function<QString()> chooser) { m_chooseFile = std::move(chooser); }
    QLabel* messageLabel() const { return m_message; }

public slots:
    void addExhibit();
    void editExhibit();
    void removeExhibit();
    void attachFile();
    void verifyFiles();

signals:
    void changed();

private:
    void reload();
    void showMessage(const QString& text, bool problem);
    int selectedIndex() const;
    EvidenceService& m_service;
    CaseDetail m_detail;
    QList<Exhibit> m_exhibits;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
    std::function<QString()> m_chooseFile;
};

} // namespace conduct
