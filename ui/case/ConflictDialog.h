#pragma once
// Someone else saved the record after this officer opened it (issue 30, "Honest conflicts"): who
// and when, then a row per field both changed, the colleague's value beside the officer's, and a
// choice for each ("Keep theirs" / "Use mine"). Nothing is chosen for the officer: the save
// button stays disabled until every row is chosen. Fields only the colleague changed are listed
// as kept. Cancel goes back to the officer's edit as they left it.

#include "domain/RecordMerge.h"

#include <QDialog>
#include <QHash>
#include <optional>

class QButtonGroup;
class QPushButton;

namespace conduct {

class ConflictDialog : public QDialog {
    Q_OBJECT
public:
    // `refusal`: the store's message naming who changed the record and when.
    ConflictDialog(const QString& title, const QString& refusal, const QList<FieldClash>& clashes,
                   const QStringList& keptTheirs, QWidget* parent = nullptr);

    // The officer's choice for each clash, by the clash's key; complete once the dialog is accepted.
    QHash<QString, MergeChoice> choices() const;

private:
    void updateSaveButton();

    struct Row {
        QString key;
        QButtonGroup* choice;
    };
    QList<Row> m_rows;
    QPushButton* m_save = nullptr;
};

// Asks the officer to settle a conflict: the record to save (the merge with their choices), or
// none when they cancelled and want their edit back as they left it.
template <typename Record, typename Resolve>
std::optional<Record> chooseOverConflict(QWidget* parent, const QString& title, const QString& refusal,
                                         const RecordMerge<Record>& merge, Resolve resolve)
{
    ConflictDialog dialog(title, refusal, merge.clashes, merge.keptTheirs, parent);
    if (dialog.exec() != QDialog::Accepted) return std::nullopt;
    auto resolved = resolve(merge, dialog.choices());
    if (!resolved.ok()) return std::nullopt;   // not reached: the dialog accepts only once every clash is chosen
    return resolved.value();
}

} // namespace conduct
