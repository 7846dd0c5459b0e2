#include "case/ConflictDialog.h"

#include "store/CaseRepository.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <algorithm>

namespace conduct {
namespace {
QLabel* wrappedLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

QLabel* headerLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), parent);
    label->setTextFormat(Qt::RichText);
    return label;
}
} // namespace

ConflictDialog::ConflictDialog(const QString& title, const QString& refusal, const QList<FieldClash>& clashes,
                               const QStringList& keptTheirs, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);

    // The store's refusal says who and when, then advises reloading: here the officer does better.
    QString whoAndWhen = refusal;
    whoAndWhen.remove(staleEditAdvice());
    auto* who = wrappedLabel(whoAndWhen.trimmed(), this);
    who->setObjectName(QStringLiteral("conflictWhoLabel"));
    layout->addWidget(who);

    auto* explanation = wrappedLabel(
        clashes.isEmpty()
            ? tr("They did not change anything you changed, so your changes can go on top of theirs.")
            : tr("You both changed the fields below. For each one, keep their value or use yours: nothing is "
                 "chosen for you, and nothing is saved until you press Save."),
        this);
    layout->addWidget(explanation);

    if (!clashes.isEmpty()) {
        auto* rows = new QWidget;
        auto* grid = new QGridLayout(rows);
        grid->addWidget(headerLabel(tr("Field"), rows), 0, 0);
        grid->addWidget(headerLabel(tr("Their value (saved)"), rows), 0, 1);
        grid->addWidget(headerLabel(tr("Your value"), rows), 0, 2);
        grid->addWidget(headerLabel(tr("Keep"), rows), 0, 3, 1, 2);
        int line = 1;
        for (const FieldClash& clash : clashes) {
            auto* name = headerLabel(clash.label, rows);
            name->setToolTip(tr("When you opened it: %1").arg(clash.opened));
            grid->addWidget(name, line, 0);
            auto* theirs = wrappedLabel(clash.theirs, rows);
            theirs->setObjectName(QStringLiteral("theirs_") + clash.key);
            grid->addWidget(theirs, line, 1);
            auto* mine = wrappedLabel(clash.mine, rows);
            mine->setObjectName(QStringLiteral("mine_") + clash.key);
            grid->addWidget(mine, line, 2);
            auto* keepTheirs = new QRadioButton(tr("Keep theirs"), rows);
            keepTheirs->setObjectName(QStringLiteral("keepTheirs_") + clash.key);
            keepTheirs->setAccessibleName(tr("%1: keep theirs").arg(clash.label));
            auto* useMine = new QRadioButton(tr("Use mine"), rows);
            useMine->setObjectName(QStringLiteral("useMine_") + clash.key);
            useMine->setAccessibleName(tr("%1: use mine").arg(clash.label));
            grid->addWidget(keepTheirs, line, 3, Qt::AlignTop);
            grid->addWidget(useMine, line, 4, Qt::AlignTop);
            // Exclusive, and none checked to begin with: the officer makes every choice.
            auto* group = new QButtonGroup(this);
            group->addButton(keepTheirs, int(MergeChoice::KeepTheirs));
            group->addButton(useMine, int(MergeChoice::UseMine));
            connect(group, &QButtonGroup::idClicked, this, &ConflictDialog::updateSaveButton);
            m_rows.append({clash.key, group});
            ++line;
        }
        grid->setColumnStretch(1, 1);
        grid->setColumnStretch(2, 1);
        grid->setRowStretch(line, 1);
        auto* scroll = new QScrollArea(this);
        scroll->setObjectName(QStringLiteral("conflictRows"));
        scroll->setWidget(rows);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        layout->addWidget(scroll, 1);
    }

    if (!keptTheirs.isEmpty()) {
        auto* kept = wrappedLabel(tr("Kept as they saved it (only they changed these): %1.").arg(keptTheirs.join(QStringLiteral(", "))), this);
        kept->setObjectName(QStringLiteral("keptTheirsLabel"));
        layout->addWidget(kept);
    }

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save with these choices"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveChoicesButton"));
    auto* back = buttons->addButton(tr("&Back to my edit"), QDialogButtonBox::RejectRole);
    back->setObjectName(QStringLiteral("backToEditButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateSaveButton();
    resize(qMax(sizeHint().width(), 760), qMin(qMax(sizeHint().height(), 320), 640));
}

QHash<QString, MergeChoice> ConflictDialog::choices() const
{
    QHash<QString, MergeChoice> out;
    for (const Row& row : m_rows)
        if (row.choice->checkedId() >= 0) out.insert(row.key, MergeChoice(row.choice->checkedId()));
    return out;
}

void ConflictDialog::updateSaveButton()
{
    const bool allChosen = std::all_of(m_rows.cbegin(), m_rows.cend(), [](const Row& row) { return row.choice->checkedId() >= 0; });
    m_save->setEnabled(allChosen);
}

} // namespace conduct
