#include "risk/AssessmentItemRow.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace conduct {
namespace {
QStringList choiceCodes(const FormItem& item)
{
    switch (item.type) {
    case AnswerType::YesNo: return {yesCode(), noCode()};
    case AnswerType::YesNoDontKnow: return {yesCode(), noCode(), dontKnowCode()};
    case AnswerType::SingleChoice: {
        QStringList ids;
        for (const ChoiceOption& o : item.options) ids.append(o.id);
        return ids;
    }
    default: return {};
    }
}

QString choiceLabel(const FormItem& item, const QString& code)
{
    if (code == yesCode()) return AssessmentItemRow::tr("&Yes");
    if (code == noCode()) return AssessmentItemRow::tr("&No");
    if (code == dontKnowCode()) return AssessmentItemRow::tr("&Don't know");
    for (const ChoiceOption& o : item.options)
        if (o.id == code) return o.label;
    return code;
}
} // namespace

AssessmentItemRow::AssessmentItemRow(const FormItem& item, bool structureOnly, QWidget* parent)
    : QFrame(parent), m_item(item)
{
    setObjectName(QStringLiteral("item_%1").arg(item.id));
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    const QString wording = item.text.isEmpty() && structureOnly
                                ? tr("[Wording withheld: import the licensed pack to see this question]")
                                : item.text;
    setAccessibleName(tr("Question %1").arg(item.number));
    setAccessibleDescription(wording);

    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* number = new QLabel(QStringLiteral("<b>%1.</b>").arg(item.number.toHtmlEscaped()), this);
    number->setAlignment(Qt::AlignTop);
    number->setMinimumWidth(28);
    auto* text = new QLabel(wording, this);
    text->setObjectName(QStringLiteral("itemText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    top->addWidget(number);
    top->addWidget(text, 1);
    if (!item.wordingVerified()) {
        auto* badge = new QLabel(verificationBadge(item.verification), this);
        badge->setObjectName(QStringLiteral("unverifiedBadge"));
        badge->setStyleSheet(QStringLiteral("QLabel { border: 1px solid #8a6d00; background: #fff4c2; color: #4d3d00; "
                                            "padding: 1px 4px; border-radius: 3px; }"));
        badge->setToolTip(tr("This wording has not been checked against the printed form."));
        badge->setAlignment(Qt::AlignTop);
        top->addWidget(badge, 0, Qt::AlignTop);
    }
    layout->addLayout(top);
    if (!item.note.isEmpty()) {
        auto* note = new QLabel(item.note, this);
        note->setWordWrap(true);
        note->setStyleSheet(QStringLiteral("QLabel { color: palette(dark); font-style: italic; }"));
        layout->addWidget(note);
    }

    auto* answerRow = new QHBoxLayout;
    answerRow->addSpacing(28);
    const QStringList codes = choiceCodes(item);
    if (!codes.isEmpty()) {
        m_choices = new QButtonGroup(this);
        m_choices->setExclusive(true);
        for (const QString& code : codes) {
            auto* button = new QRadioButton(choiceLabel(item, code), this);
            button->setObjectName(QStringLiteral("answer_%1").arg(code));
            button->setProperty("code", code);
            button->setFocusPolicy(Qt::NoFocus);   // the row takes the keys; Tab goes to the comment
            m_choices->addButton(button);
            answerRow->addWidget(button);
        }
        connect(m_choices, &QButtonGroup::buttonToggled, this, [this](QAbstractButton*, bool on) {
            if (on) emit changed();
        });
    } else if (item.type == AnswerType::Grid) {
        auto* grid = new QGridLayout;
        for (int c = 0; c < item.gridColumns.size(); ++c) grid->addWidget(new QLabel(item.gridColumns[c].label, this), 0, c + 1);
        for (int r = 0; r < item.gridRows.size(); ++r) {
            grid->addWidget(new QLabel(item.gridRows[r].label, this), r + 1, 0);
            for (int c = 0; c < item.gridColumns.size(); ++c) {
                auto* box = new QCheckBox(this);
                box->setAccessibleName(item.gridRows[r].label + QStringLiteral(" – ") + item.gridColumns[c].label);
                box->setObjectName(QStringLiteral("grid_%1_%2").arg(item.gridRows[r].id, item.gridColumns[c].id));
                grid->addWidget(box, r + 1, c + 1);
                m_grid.append(box);
                connect(box, &QCheckBox::toggled, this, [this](bool on) {
                    m_gridAnswered = true;
                    if (on && m_gridNone) m_gridNone->setChecked(false);
                    emit changed();
                });
            }
        }
        m_gridNone = new QCheckBox(tr("&None of these"), this);
        m_gridNone->setObjectName(QStringLiteral("gridNone"));
        grid->addWidget(m_gridNone, int(item.gridRows.size()) + 1, 0, 1, int(item.gridColumns.size()) + 1);
        connect(m_gridNone, &QCheckBox::toggled, this, [this](bool on) {
            if (on) setGridNone();
            m_gridAnswered = on || std::any_of(m_grid.begin(), m_grid.end(), [](QCheckBox* b) { return b->isChecked(); });
            emit changed();
        });
        answerRow->addLayout(grid);
    } else {
        m_text = new QLineEdit(this);
        m_text->setObjectName(QStringLiteral("answerText"));
        m_text->setAccessibleName(tr("Answer to question %1").arg(item.number));
        if (item.type == AnswerType::Date) m_text->setPlaceholderText(tr("yyyy-mm-dd"));
        connect(m_text, &QLineEdit::textEdited, this, &AssessmentItemRow::changed);
        answerRow->addWidget(m_text, 1);
    }
    answerRow->addStretch();
    layout->addLayout(answerRow);

    if (item.allowComment) {
        m_comment = new QLineEdit(this);
        m_comment->setObjectName(QStringLiteral("commentEdit"));
        m_comment->setPlaceholderText(tr("Comment (details, and source of information if not the victim)"));
        m_comment->setAccessibleName(tr("Comment on question %1").arg(item.number));
        connect(m_comment, &QLineEdit::textEdited, this, &AssessmentItemRow::changed);
        auto* commentRow = new QHBoxLayout;
        commentRow->addSpacing(28);
        commentRow->addWidget(m_comment, 1);
        layout->addLayout(commentRow);
    }
}

void AssessmentItemRow::setGridNone()
{
    for (QCheckBox* box : std::as_const(m_grid)) {
        const QSignalBlocker block(box);
        box->setChecked(false);
    }
}

void AssessmentItemRow::setAnswer(const ItemAnswer& answer)
{
    const QSignalBlocker blockSelf(this);
    if (m_choices) {
        for (QAbstractButton* b : m_choices->buttons()) {
            const QSignalBlocker block(b);
            m_choices->setExclusive(false);
            b->setChecked(b->property("code").toString() == answer.value.toString() && !answer.value.isNull());
            m_choices->setExclusive(true);
        }
    } else if (m_item.type == AnswerType::Grid) {
        const QVariantMap rows = answer.value.toMap();
        int index = 0;
        bool any = false;
        for (const ChoiceOption& r : m_item.gridRows)
            for (const ChoiceOption& c : m_item.gridColumns) {
                const bool on = rows.value(r.id).toStringList().contains(c.id);
                const QSignalBlocker block(m_grid[index]);
                m_grid[index++]->setChecked(on);
                any = any || on;
            }
        m_gridAnswered = !answer.value.isNull();
        const QSignalBlocker block(m_gridNone);
        m_gridNone->setChecked(m_gridAnswered && !any);
    } else if (m_text) {
        const QVariant& v = answer.value;
        m_text->setText(v.typeId() == QMetaType::QDate ? v.toDate().toString(Qt::ISODate) : v.toString());
    }
    if (m_comment) m_comment->setText(answer.comment);
}

ItemAnswer AssessmentItemRow::answer() const
{
    ItemAnswer a;
    if (m_comment) a.comment = m_comment->text().trimmed();
    if (m_choices) {
        if (QAbstractButton* b = m_choices->checkedButton()) a.value = b->property("code").toString();
    } else if (m_item.type == AnswerType::Grid) {
        if (m_gridAnswered) {
            QVariantMap rows;
            int index = 0;
            for (const ChoiceOption& r : m_item.gridRows) {
                QStringList ticked;
                for (const ChoiceOption& c : m_item.gridColumns)
                    if (m_grid[index++]->isChecked()) ticked.append(c.id);
                rows.insert(r.id, ticked);
            }
            a.value = rows;
        }
    } else if (m_text && !m_text->text().trimmed().isEmpty()) {
        const QString t = m_text->text().trimmed();
        if (m_item.type == AnswerType::Number) a.value = t.toDouble();
        else if (m_item.type == AnswerType::Date) a.value = QDate::fromString(t, Qt::ISODate);
        else a.value = t;
    }
    return a;
}

void AssessmentItemRow::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (m_choices)
        for (QAbstractButton* b : m_choices->buttons()) b->setEnabled(!readOnly);
    for (QCheckBox* b : std::as_const(m_grid)) b->setEnabled(!readOnly);
    if (m_gridNone) m_gridNone->setEnabled(!readOnly);
    if (m_text) m_text->setReadOnly(readOnly);
    if (m_comment) m_comment->setReadOnly(readOnly);
}

void AssessmentItemRow::chooseCode(const QString& code)
{
    if (!m_choices) return;
    for (QAbstractButton* b : m_choices->buttons())
        if (b->property("code").toString() == code) {
            b->setChecked(true);
            emit answeredByKey();
            return;
        }
}

void AssessmentItemRow::keyPressEvent(QKeyEvent* event)
{
    if (m_readOnly || event->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) return QFrame::keyPressEvent(event);
    switch (event->key()) {
    case Qt::Key_Y:
        if (m_item.type == AnswerType::Grid && !m_grid.isEmpty()) m_grid.first()->setFocus();
        else chooseCode(yesCode());
        return;
    case Qt::Key_N:
        if (m_item.type == AnswerType::Grid) {
            m_gridNone->setChecked(true);
            emit answeredByKey();
        } else {
            chooseCode(noCode());
        }
        return;
    case Qt::Key_D:
        if (m_item.type == AnswerType::YesNoDontKnow) chooseCode(dontKnowCode());
        return;
    default: break;
    }
    QFrame::keyPressEvent(event);
}

void AssessmentItemRow::focusInEvent(QFocusEvent* event)
{
    setStyleSheet(QStringLiteral("conduct--AssessmentItemRow { border: 2px solid palette(highlight); }"));
    QFrame::focusInEvent(event);
}

void AssessmentItemRow::focusOutEvent(QFocusEvent* event)
{
    setStyleSheet({});
    QFrame::focusOutEvent(event);
}

} // namespace conduct
