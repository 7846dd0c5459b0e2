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
        auto* ticks = new QWidget(this);
        ticks->setObjectName(QStringLiteral("tickOptions"));
        ticks->setAccessibleName(tr("Answers to question %1").arg(item.number));
        ticks->setAccessibleDescription(item.note.isEmpty() ? wording : item.note);
        auto* grid = new QGridLayout(ticks);
        grid->setContentsMargins(0, 0, 0, 0);
        for (int c = 0; c < item.gridColumns.size(); ++c) grid->addWidget(new QLabel(item.gridColumns[c].label, ticks), 0, c + 1);
        for (int r = 0; r < item.gridRows.size(); ++r) {
            grid->addWidget(new QLabel(item.gridRows[r].label, ticks), r + 1, 0);
            for (int c = 0; c < item.gridColumns.size(); ++c) {
                auto* box = addTickBox(new QCheckBox(ticks), r);
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
        m_gridNone = addTickBox(new QCheckBox(tr("&None of these"), ticks), int(item.gridRows.size()));
        m_gridNone->setObjectName(QStringLiteral("gridNone"));
        m_gridNone->setAccessibleName(tr("None of these"));
        grid->addWidget(m_gridNone, int(item.gridRows.size()) + 1, 0, 1, int(item.gridColumns.size()) + 1);
        connect(m_gridNone, &QCheckBox::toggled, this, [this](bool on) {
            if (on) setGridNone();
            m_gridAnswered = on || std::any_of(m_grid.begin(), m_grid.end(), [](QCheckBox* b) { return b->isChecked(); });
            emit changed();
        });
        answerRow->addWidget(ticks);
    } else if (item.type == AnswerType::MultipleChoice) {
        auto* ticks = new QWidget(this);
        ticks->setObjectName(QStringLiteral("tickOptions"));
        ticks->setAccessibleName(tr("Answers to question %1").arg(item.number));
        ticks->setAccessibleDescription(wording);
        auto* list = new QVBoxLayout(ticks);
        list->setContentsMargins(0, 0, 0, 0);
        for (const ChoiceOption& o : item.options) {
            auto* box = addTickBox(new QCheckBox(o.label, ticks), int(m_multiple.size()));
            box->setObjectName(QStringLiteral("option_%1").arg(o.id));
            box->setAccessibleName(o.label);
            box->setProperty("code", o.id);
            list->addWidget(box);
            m_multiple.append(box);
            connect(box, &QCheckBox::toggled, this, &AssessmentItemRow::changed);
        }
        answerRow->addWidget(ticks);
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

QCheckBox* AssessmentItemRow::addTickBox(QCheckBox* box, int tickRow)
{
    // The boxes are reached from the question (Y, Space or an arrow), not by Tab one at a time:
    // Tab from the question goes to its comment, as on every other question.
    box->setFocusPolicy(Qt::ClickFocus);
    box->setAccessibleDescription(tr("Question %1").arg(m_item.number));
    box->installEventFilter(this);
    while (m_tickRows.size() <= tickRow) m_tickRows.append(QList<QCheckBox*>());
    m_tickRows[tickRow].append(box);
    return box;
}

void AssessmentItemRow::enterTicks()
{
    if (m_tickRows.isEmpty()) return;
    QCheckBox* box = m_lastTick ? m_lastTick : m_tickRows.first().first();
    box->setFocus(Qt::TabFocusReason);
}

bool AssessmentItemRow::moveAmongTicks(QCheckBox* from, int key)
{
    for (int r = 0; r < m_tickRows.size(); ++r) {
        const int c = int(m_tickRows[r].indexOf(from));
        if (c < 0) continue;
        int row = r, column = c;
        if (key == Qt::Key_Up) row = qMax(0, r - 1);
        else if (key == Qt::Key_Down) row = qMin(int(m_tickRows.size()) - 1, r + 1);
        else if (key == Qt::Key_Left) column = qMax(0, c - 1);
        else if (key == Qt::Key_Right) column = qMin(int(m_tickRows[r].size()) - 1, c + 1);
        column = qMin(column, int(m_tickRows[row].size()) - 1);   // "none of these" is a row of one
        m_tickRows[row][column]->setFocus(Qt::TabFocusReason);
        return true;
    }
    return false;
}

bool AssessmentItemRow::eventFilter(QObject* watched, QEvent* event)
{
    auto* box = qobject_cast<QCheckBox*>(watched);
    if (!box) return QFrame::eventFilter(watched, event);
    if (event->type() == QEvent::FocusIn) {
        m_lastTick = box;
        setHighlighted(true);
    } else if (event->type() == QEvent::FocusOut) {
        setHighlighted(false);
    } else if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) return QFrame::eventFilter(watched, event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_Left:
        case Qt::Key_Right: return moveAmongTicks(box, key->key());
        case Qt::Key_Return:
        case Qt::Key_Enter: emit answeredByKey(); return true;
        case Qt::Key_Tab:
            if (m_comment) m_comment->setFocus(Qt::TabFocusReason);
            else emit answeredByKey();
            return true;
        case Qt::Key_Backtab: emit backByKey(); return true;
        default: break;
        }
    }
    return QFrame::eventFilter(watched, event);
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
    } else if (!m_multiple.isEmpty()) {
        const QStringList ticked = answer.value.toStringList();
        for (QCheckBox* box : std::as_const(m_multiple)) {
            const QSignalBlocker block(box);
            box->setChecked(ticked.contains(box->property("code").toString()));
        }
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
    } else if (!m_multiple.isEmpty()) {
        QStringList ticked;
        for (QCheckBox* box : m_multiple)
            if (box->isChecked()) ticked.append(box->property("code").toString());
        if (!ticked.isEmpty()) a.value = ticked;   // nothing ticked: not yet answered
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
    for (QCheckBox* b : std::as_const(m_multiple)) b->setEnabled(!readOnly);
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
        if (!m_tickRows.isEmpty()) enterTicks();
        else chooseCode(yesCode());
        return;
    case Qt::Key_Space:
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Left:
    case Qt::Key_Right:
        if (m_tickRows.isEmpty()) break;
        enterTicks();
        return;
    case Qt::Key_N:
        if (m_item.type == AnswerType::Grid) {
            m_gridNone->setChecked(true);
            emit answeredByKey();
        } else if (m_item.type != AnswerType::MultipleChoice) {
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

void AssessmentItemRow::setHighlighted(bool on)
{
    setStyleSheet(on ? QStringLiteral("conduct--AssessmentItemRow { border: 2px solid palette(highlight); }") : QString());
}

void AssessmentItemRow::focusInEvent(QFocusEvent* event)
{
    setHighlighted(true);
    QFrame::focusInEvent(event);
}

void AssessmentItemRow::focusOutEvent(QFocusEvent* event)
{
    setHighlighted(false);
    QFrame::focusOutEvent(event);
}

} // namespace conduct
