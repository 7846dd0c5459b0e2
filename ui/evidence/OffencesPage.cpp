#include "evidence/OffencesPage.h"
#include "common/UkTime.h"
#include "widgets/DateField.h"

#include "services/EvidenceService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace conduct {
namespace {
std::optional<bool> answerOf(const QComboBox* box)
{
    const int v = box->currentData().toInt();
    return v < 0 ? std::nullopt : std::optional<bool>(v == 1);
}
void setAnswer(QComboBox* box, const std::optional<bool>& a) { box->setCurrentIndex(box->findData(a ? int(*a) : -1)); }
QString esc(const QString& s) { return s.toHtmlEscaped(); }
QString noteIcon(GuideNoteKind kind)
{
    switch (kind) {
    case GuideNoteKind::Required: return QObject::tr("⚠ Required");
    case GuideNoteKind::Warning: return QObject::tr("⚠ Check");
    case GuideNoteKind::Information: break;
    }
    return QObject::tr("ℹ Note");
}
} // namespace

OffencesPage::OffencesPage(EvidenceService& service, QWidget* parent) : QWidget(parent), m_service(service)
{
    setObjectName(QStringLiteral("offencesPage"));
    auto* layout = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("offencesMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    left->addWidget(m_message);
    m_guide = new QTextBrowser(this);
    m_guide->setObjectName(QStringLiteral("offenceGuide"));
    m_guide->setAccessibleName(tr("Offence guide suggestions"));
    left->addWidget(m_guide, 1);
    layout->addLayout(left, 3);

    auto* right = new QVBoxLayout;
    auto* four = new QGroupBox(tr("FOUR (College of Policing): are the behaviours…"), this);
    auto* fourForm = new QFormLayout(four);
    const QStringList words{tr("&Fixated?"), tr("&Obsessive?"), tr("&Unwanted?"), tr("&Repeated?")};
    for (int i = 0; i < words.size(); ++i) {
        auto* box = new QComboBox(four);
        box->setObjectName(QStringLiteral("four%1").arg(i));
        box->addItem(tr("Not asked"), -1);
        box->addItem(tr("Yes"), 1);
        box->addItem(tr("No"), 0);
        auto* label = new QLabel(words[i], four);
        label->setBuddy(box);
        fourForm->addRow(label, box);
        connect(box, &QComboBox::activated, this, &OffencesPage::saveFour);
        m_four.append(box);
    }
    right->addWidget(four);

    auto* choice = new QGroupBox(tr("Your choice of offences (the guide only suggests)"), this);
    auto* choiceLayout = new QVBoxLayout(choice);
    for (Offence o : allValues<Offence>()) {
        auto* box = new QCheckBox(labelOf(o), choice);
        box->setObjectName(QStringLiteral("choose_%1").arg(toCode(o)));
        choiceLayout->addWidget(box);
        m_choice.append({int(o), box});
    }
    auto* reasonLabel = new QLabel(tr("R&eason, if different from the guide's starting point (3.10: why not stalking):"), choice);
    reasonLabel->setWordWrap(true);
    m_reason = new QPlainTextEdit(choice);
    m_reason->setObjectName(QStringLiteral("offenceChoiceReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(60);
    reasonLabel->setBuddy(m_reason);
    choiceLayout->addWidget(reasonLabel);
    choiceLayout->addWidget(m_reason);
    auto* record = new QPushButton(tr("Record &choice"), choice);
    record->setObjectName(QStringLiteral("recordOffenceChoiceButton"));
    choiceLayout->addWidget(record, 0, Qt::AlignRight);
    m_lastChoice = new QLabel(choice);
    m_lastChoice->setWordWrap(true);
    choiceLayout->addWidget(m_lastChoice);
    connect(record, &QPushButton::clicked, this, &OffencesPage::recordChoice);
    right->addWidget(choice);

    auto* measures = new QGroupBox(tr("PINs and postal requisitions (3.11, 4.8)"), this);
    auto* mForm = new QFormLayout(measures);
    m_measureKind = new QComboBox(measures);
    m_measureKind->setObjectName(QStringLiteral("measureKind"));
    for (CaseMeasureKind k : allValues<CaseMeasureKind>()) m_measureKind->addItem(labelOf(k), toCode(k));
    m_measureDate = new DateField(QStringLiteral("measureDate"), measures);
    m_measureDate->setRequired(true);
    m_measureDate->setAccessibleName(tr("Date of the PIN or requisition"));
    m_measureNote = new QLineEdit(measures);
    m_measureNote->setObjectName(QStringLiteral("measureNote"));
    auto addRow = [&](const QString& text, QWidget* w) {
        auto* l = new QLabel(text, measures);
        l->setBuddy(w);
        mForm->addRow(l, w);
    };
    addRow(tr("&Kind:"), m_measureKind);
    addRow(tr("&Date:"), m_measureDate);
    addRow(tr("&Note:"), m_measureNote);
    auto* recordMeasure = new QPushButton(tr("Record"), measures);
    recordMeasure->setObjectName(QStringLiteral("recordMeasureButton"));
    mForm->addRow(QString(), recordMeasure);
    m_measures = new QLabel(measures);
    m_measures->setWordWrap(true);
    mForm->addRow(m_measures);
    connect(recordMeasure, &QPushButton::clicked, this, &OffencesPage::recordMeasure);
    right->addWidget(measures);
    right->addStretch();
    layout->addLayout(right, 2);
}

void OffencesPage::show(const CaseDetail& detail)
{
    m_detail = detail;
    m_measureDate->setDate(uktime::today());
    auto four = m_service.fourAnswers(detail.caseRecord.id);
    if (four.ok()) {
        setAnswer(m_four[0], four->fixated);
        setAnswer(m_four[1], four->obsessive);
        setAnswer(m_four[2], four->unwanted);
        setAnswer(m_four[3], four->repeated);
    }
    for (const auto& [o, box] : m_choice) box->setChecked(detail.caseRecord.offences.contains(Offence(o)));
    auto latest = m_service.latestOffenceChoice(detail.caseRecord.id);
    m_lastChoice->setText(latest.ok() && latest->has_value()
                              ? tr("Last recorded by %1 on %2.%3").arg(latest->value().chosenBy,
                                    uktime::formatDateTime(latest->value().chosenUtc),
                                    latest->value().reason.isEmpty() ? QString() : tr(" Reason: %1").arg(latest->value().reason))
                              : tr("No choice recorded yet."));
    auto measures = m_service.measures(detail.caseRecord.id);
    QStringList lines;
    if (measures.ok())
        for (const CaseMeasure& m : measures.value())
            lines.append(tr("%1 on %2 %3").arg(labelOf(m.kind), uktime::formatDate(m.date), m.note));
    m_measures->setText(lines.isEmpty() ? tr("None recorded.") : lines.join(QStringLiteral("\n")));
    renderGuide();
}

void OffencesPage::renderGuide()
{
    auto guide = m_service.offenceGuide(m_detail.caseRecord.id);
    if (!guide.ok()) return showMessage(guide.error().text(), true);
    const OffenceGuideResult& g = guide.value();
    QString html = tr("<p><b>Suggestions only: you decide.</b> Each rests on the facts listed under it.</p>");
    html += QStringLiteral("<p>%1</p>").arg(esc(g.courseText));
    for (const OffenceSuggestion& s : g.suggestions) {
        html += QStringLiteral("<h3>%1 %2%3</h3>").arg(s.startingPoint ? tr("▶ Starting point:") : tr("○ Alternative:"), esc(s.title),
                                                     s.limb.isEmpty() ? QString() : QStringLiteral(" — ") + esc(s.limb));
        html += QStringLiteral("<p>%1</p><p><i>%2.</i> %3</p><ul>").arg(esc(s.reasoning), esc(s.penalty.modeOfTrial),
                                                                        tr("Maximum: %1").arg(esc(s.penalty.maximum)));
        for (const QString& f : s.facts) html += QStringLiteral("<li>%1</li>").arg(esc(f));
        for (const QString& f : s.supporting) html += QStringLiteral("<li>%1 %2</li>").arg(tr("Supporting (altered behaviour):"), esc(f));
        html += QStringLiteral("</ul>");
    }
    if (!g.notes.isEmpty()) html += tr("<h3>Notes</h3>");
    for (const GuideNote& n : g.notes) {
        html += QStringLiteral("<p><b>%1 (%2)</b>: %3").arg(noteIcon(n.kind), esc(n.paragraph), esc(n.text));
        if (!n.basis.isEmpty()) html += QStringLiteral("<br><small>%1 %2</small>").arg(tr("Based on:"), esc(n.basis.join(QStringLiteral("; "))));
        html += QStringLiteral("</p>");
    }
    m_guide->setHtml(html);
}

void OffencesPage::showMessage(const QString& text, bool problem)
{
    m_message->setText((problem ? QStringLiteral("✖ ") : QStringLiteral("✔ ")) + text);
    m_message->setStyleSheet(problem ? QStringLiteral("QLabel { background: #fde7e9; border: 1px solid #a4262c; padding: 4px; }")
                                     : QStringLiteral("QLabel { background: #dff6dd; border: 1px solid #107c10; padding: 4px; }"));
    m_message->show();
}

void OffencesPage::saveFour()
{
    const FourAnswers a{answerOf(m_four[0]), answerOf(m_four[1]), answerOf(m_four[2]), answerOf(m_four[3])};
    if (Status s = m_service.saveFourAnswers(m_detail.caseRecord.id, a); !s.ok()) return showMessage(s.error().text(), true);
    renderGuide();
    emit changed();
}

bool OffencesPage::recordChoice()
{
    OffenceChoice choice;
    choice.caseId = m_detail.caseRecord.id;
    for (const auto& [o, box] : m_choice)
        if (box->isChecked()) choice.offences.append(Offence(o));
    choice.reason = m_reason->toPlainText();
    auto saved = m_service.recordOffenceChoice(choice);
    if (!saved.ok()) {
        showMessage(saved.error().text(), true);
        m_reason->setFocus();
        return false;
    }
    showMessage(tr("Choice recorded; the case's offences are updated."), false);
    m_reason->clear();
    emit caseRecordChanged();
    return true;
}

bool OffencesPage::recordMeasure()
{
    if (Status date = DateEntry::commitAll({m_measureDate}); !date.ok()) {
        showMessage(date.error().text(), true);
        return false;
    }
    CaseMeasure m;
    m.caseId = m_detail.caseRecord.id;
    m.kind = fromCode<CaseMeasureKind>(m_measureKind->currentData().toString()).value_or(CaseMeasureKind::Pin);
    m.date = m_measureDate->date();
    m.note = m_measureNote->text();
    auto saved = m_service.recordMeasure(m);
    if (!saved.ok()) {
        showMessage(saved.error().text(), true);
        return false;
    }
    showMessage(saved->warning.isEmpty() ? tr("%1 recorded.").arg(labelOf(m.kind)) : saved->warning, !saved->warning.isEmpty());
    m_measureNote->clear();
    show(m_detail);
    emit changed();
    return true;
}

} // namespace conduct
