#include "evidence/EnquiriesPage.h"

#include "forms/FormPack.h"
#include "services/EvidenceService.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace conduct {

EnquiriesPage::EnquiriesPage(EvidenceService& service, QWidget* parent) : QWidget(parent), m_service(service)
{
    setObjectName(QStringLiteral("enquiriesPage"));
    auto* outer = new QVBoxLayout(this);
    const FormPack* pack = evidencePack(QString::fromLatin1(enquiriesPackId));
    auto* intro = new QLabel(pack ? QStringLiteral("%1 — %2").arg(pack->citation, pack->instructions) : tr("The 3.4 pack is not installed."), this);
    intro->setWordWrap(true);
    outer->addWidget(intro);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("enquiriesMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    outer->addWidget(m_message);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto* body = new QWidget(scroll);
    auto* layout = new QVBoxLayout(body);
    if (pack)
        for (const FormItem* item : pack->items()) {
            auto* label = new QLabel(QStringLiteral("%1. %2").arg(item->number, item->text), body);
            label->setWordWrap(true);
            layout->addWidget(label);
            if (item->type == AnswerType::MultipleChoice) {
                m_defenceItem = item->id;
                for (const ChoiceOption& o : item->options) {
                    auto* box = new QCheckBox(o.label, body);
                    box->setObjectName(QStringLiteral("enquiry_%1_%2").arg(item->id, o.id));
                    layout->addWidget(box);
                    m_defences.append({o.id, box});
                }
                continue;
            }
            auto* edit = new QPlainTextEdit(body);
            edit->setObjectName(QStringLiteral("enquiry_%1").arg(item->id));
            edit->setAccessibleName(item->text);
            edit->setTabChangesFocus(true);
            edit->setFixedHeight(52);
            label->setBuddy(edit);
            layout->addWidget(edit);
            m_edits.append({item->id, edit});
        }
    layout->addStretch();
    scroll->setWidget(body);
    outer->addWidget(scroll);
    auto* save = new QPushButton(tr("&Save lines of enquiry"), this);
    save->setObjectName(QStringLiteral("saveEnquiriesButton"));
    outer->addWidget(save, 0, Qt::AlignRight);
    connect(save, &QPushButton::clicked, this, &EnquiriesPage::save);
}

QPlainTextEdit* EnquiriesPage::answerEdit(const QString& itemId) const
{
    for (const auto& [id, edit] : m_edits)
        if (id == itemId) return edit;
    return nullptr;
}

void EnquiriesPage::show(const CaseDetail& detail)
{
    m_caseId = detail.caseRecord.id;
    auto answers = m_service.enquiryAnswers(m_caseId);
    const FormAnswers a = answers.ok() ? answers.value() : FormAnswers();
    for (const auto& [id, edit] : m_edits) edit->setPlainText(a.value(id).toString());
    const QStringList chosen = a.value(m_defenceItem).toStringList();
    for (const auto& [id, box] : m_defences) box->setChecked(chosen.contains(id));
}

bool EnquiriesPage::save()
{
    FormAnswers answers;
    for (const auto& [id, edit] : m_edits)
        if (!edit->toPlainText().trimmed().isEmpty()) answers.setValue(id, edit->toPlainText().trimmed());
    QStringList chosen;
    for (const auto& [id, box] : m_defences)
        if (box->isChecked()) chosen.append(id);
    if (!chosen.isEmpty()) answers.setValue(m_defenceItem, chosen);
    const Status s = m_service.saveEnquiryAnswers(m_caseId, answers);
    m_message->setText(s.ok() ? tr("✔ Lines of enquiry saved.") : QStringLiteral("✖ ") + s.error().text());
    m_message->show();
    if (s.ok()) emit changed();
    return s.ok();
}

} // namespace conduct
