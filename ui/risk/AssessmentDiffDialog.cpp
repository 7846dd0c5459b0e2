#include "risk/AssessmentDiffDialog.h"
#include "common/UkTime.h"
#include "domain/AssessmentVersionPair.h"

#include "risk/RiskLevelBadge.h"
#include "risk/RiskPage.h"

#include <algorithm>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace conduct {

QString answerText(const FormItem* item, const QVariant& value)
{
    if (value.isNull()) return AssessmentDiffDialog::tr("(not answered)");
    const QString code = value.toString();
    if (!item) return code;
    if (item->type == AnswerType::Grid) {
        QStringList parts;
        const QVariantMap rows = value.toMap();
        for (const ChoiceOption& r : item->gridRows) {
            QStringList cols;
            for (const ChoiceOption& c : item->gridColumns)
                if (rows.value(r.id).toStringList().contains(c.id)) cols.append(c.label);
            if (!cols.isEmpty()) parts.append(r.label + QStringLiteral(": ") + cols.join(QStringLiteral(", ")));
        }
        return parts.isEmpty() ? AssessmentDiffDialog::tr("None") : parts.join(QStringLiteral("; "));
    }
    if (code == yesCode()) return AssessmentDiffDialog::tr("Yes");
    if (code == noCode()) return AssessmentDiffDialog::tr("No");
    if (code == dontKnowCode()) return AssessmentDiffDialog::tr("Don't know");
    for (const ChoiceOption& o : item->options)
        if (o.id == code) return o.label;
    if (value.typeId() == QMetaType::QDate) return uktime::formatDate(value.toDate());
    return code;
}

AssessmentDiffDialog::AssessmentDiffDialog(RiskAssessmentService& service, const QList<RiskAssessment>& versions,
                                           qint64 selectedId, QWidget* parent)
    : QDialog(parent), m_service(service), m_versions(versions)
{
    setObjectName(QStringLiteral("assessmentDiffDialog"));
    setWindowTitle(tr("Compare risk assessment versions"));
    resize(900, 520);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_before = new QComboBox(this);
    m_before->setObjectName(QStringLiteral("beforeCombo"));
    m_after = new QComboBox(this);
    m_after->setObjectName(QStringLiteral("afterCombo"));
    for (const RiskAssessment& a : m_versions) {
        const auto pack = service.packFor(a);
        const QString level = pack.ok() ? riskLevelLabel(pack.value(), a.currentLevel()) : a.currentLevel();
        const QString label = tr("%1 version %2 – %3 – %4").arg(instrumentName(a.packId)).arg(a.versionNo)
                                  .arg(assessmentStatusLabel(a.status), level.isEmpty() ? tr("not graded") : level);
        const QIcon icon = pack.ok() ? riskLevelIcon(pack.value(), a.currentLevel()) : QIcon();
        m_before->addItem(icon, label, a.id);
        m_after->addItem(icon, label, a.id);
    }
    const AssessmentVersionPair pair = latestVersionPair(m_versions, selectedId);
    if (pair.laterId != 0) {
        m_after->setCurrentIndex(m_after->findData(pair.laterId));
        m_before->setCurrentIndex(m_before->findData(pair.found() ? pair.earlierId : pair.laterId));
        if (!pair.found()) {
            const auto only = std::find_if(m_versions.begin(), m_versions.end(), [&](const RiskAssessment& a) { return a.id == pair.laterId; });
            m_noEarlierVersion = tr("There is no earlier version of %1 to compare with: version %2 is its only one. "
                                    "Versions of different forms cannot be compared answer by answer.")
                                     .arg(instrumentName(pair.packId)).arg(only->versionNo);
        }
    }
    auto* beforeLabel = new QLabel(tr("&Earlier version:"), this);
    beforeLabel->setBuddy(m_before);
    auto* afterLabel = new QLabel(tr("&Later version:"), this);
    afterLabel->setBuddy(m_after);
    form->addRow(beforeLabel, m_before);
    form->addRow(afterLabel, m_after);
    layout->addLayout(form);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("diffSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("diffTable"));
    m_table->setAccessibleName(tr("Changed answers"));
    m_table->setHorizontalHeaderLabels({tr("No."), tr("Question"), tr("Earlier answer"), tr("Later answer"), tr("Comment")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);
    layout->addWidget(m_table, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_before, &QComboBox::currentIndexChanged, this, &AssessmentDiffDialog::compareSelected);
    connect(m_after, &QComboBox::currentIndexChanged, this, &AssessmentDiffDialog::compareSelected);
    compareSelected();
}

void AssessmentDiffDialog::compareSelected()
{
    if (m_before->count() == 0) return;
    if (earlierId() == laterId()) {
        m_table->setRowCount(0);
        m_summary->setText(!m_noEarlierVersion.isEmpty() ? m_noEarlierVersion
                                                         : tr("Choose two different versions of one form to compare."));
        return;
    }
    compare(earlierId(), laterId());
}

qint64 AssessmentDiffDialog::earlierId() const { return m_before->currentData().toLongLong(); }
qint64 AssessmentDiffDialog::laterId() const { return m_after->currentData().toLongLong(); }
QString AssessmentDiffDialog::summaryText() const { return m_summary->text(); }

void AssessmentDiffDialog::compare(qint64 beforeId, qint64 afterId)
{
    m_table->setRowCount(0);
    auto changes = m_service.diff(beforeId, afterId);
    if (!changes.ok()) {
        m_summary->setText(changes.error().text());
        return;
    }
    const RiskAssessment* before = nullptr;
    const RiskAssessment* after = nullptr;
    for (const RiskAssessment& a : m_versions) {
        if (a.id == beforeId) before = &a;
        if (a.id == afterId) after = &a;
    }
    const auto pack = after ? m_service.packFor(*after) : Result<FormPack>(Error{});
    if (before && after && pack.ok()) {
        const auto describe = [&](const RiskAssessment& a) {
            const AssessmentReview* approval = a.approval();
            const QString level = a.currentLevel().isEmpty() ? tr("not graded") : riskLevelLabel(pack.value(), a.currentLevel());
            return tr("version %1: score %2, level %3%4").arg(a.versionNo).arg(a.score)
                .arg(level,
                     approval ? tr(", approved by %1").arg(approval->reviewerName) : tr(", %1").arg(assessmentStatusLabel(a.status).toLower()));
        };
        m_summary->setText(tr("%n answer(s) changed. Earlier %1. Later %2.", nullptr, int(changes->size()))
                               .arg(describe(*before), describe(*after)));
    }
    m_table->setRowCount(int(changes->size()));
    for (int row = 0; row < changes->size(); ++row) {
        const AnswerChange& c = changes->at(row);
        const FormItem* item = pack.ok() ? pack->findItem(c.itemId) : nullptr;
        QString comment;
        if (c.commentChanged && before && after)
        {
            const auto quotedOrNone = [](const QString& text) { return text.isEmpty() ? tr("(no comment)") : tr("“%1”").arg(text); };
            comment = tr("%1 → %2").arg(quotedOrNone(before->answers.items.value(c.itemId).comment),
                                        quotedOrNone(after->answers.items.value(c.itemId).comment));
        }
        const QStringList cells = {c.number, item ? item->text : c.itemId, answerText(item, c.before), answerText(item, c.after), comment};
        for (int col = 0; col < cells.size(); ++col) m_table->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
    m_table->resizeColumnToContents(0);
    m_table->setColumnWidth(1, 430);
    m_table->resizeColumnToContents(2);
    m_table->resizeColumnToContents(3);
    m_table->resizeRowsToContents();
}

} // namespace conduct
