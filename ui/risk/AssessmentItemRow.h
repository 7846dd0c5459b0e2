#pragma once
// One question of a risk form: its number and exact wording, the "Wording not verified" badge
// when the wording is unconfirmed, the answer and the comment. Keyboard: with the row focused,
// Y / N / D answer yes / no / don't know and move to the next question; Tab reaches the comment.
// A question of several ticks (a grid such as DASH 3, or multiple choice) has its own rhythm
// (issue 31): Y, Space or an arrow enters its boxes, the arrows move between them, Space ticks the
// focused one, Enter moves on to the next question, Tab to the comment (or the next question when
// there is none) and Shift+Tab back to the previous question. On a grid, N still answers "none".

#include "forms/FormPack.h"
#include "forms/FormAnswers.h"

#include <QFrame>
#include <QList>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;

namespace conduct {

class AssessmentItemRow : public QFrame {
    Q_OBJECT
public:
    AssessmentItemRow(const FormItem& item, bool structureOnly, QWidget* parent = nullptr);

    const FormItem& item() const { return m_item; }
    void setAnswer(const ItemAnswer& answer);
    // Null value when unanswered.
    ItemAnswer answer() const;
    void setReadOnly(bool readOnly);
    QLineEdit* commentEdit() const { return m_comment; }

signals:
    void changed();
    void answeredByKey();   // Y / N / D, or Enter in the boxes: the form moves focus to the next question
    void backByKey();       // Shift+Tab in the boxes: the form moves focus to the previous question

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void chooseCode(const QString& code);
    void setGridNone();
    QCheckBox* addTickBox(QCheckBox* box, int tickRow);
    bool moveAmongTicks(QCheckBox* from, int key);
    void enterTicks();
    void setHighlighted(bool on);

    FormItem m_item;
    QButtonGroup* m_choices = nullptr;   // yes / no / don't know, or single choice
    QList<QCheckBox*> m_grid;            // row-major: rows × columns
    bool m_gridAnswered = false;
    QCheckBox* m_gridNone = nullptr;
    QList<QCheckBox*> m_multiple;        // multiple choice, in option order
    // The boxes as the arrow keys see them, row by row: a grid's rows then "none of these", or
    // one option a row for multiple choice. Empty for other questions.
    QList<QList<QCheckBox*>> m_tickRows;
    QCheckBox* m_lastTick = nullptr;     // where the arrows left off, so the row is re-entered there
    QLineEdit* m_text = nullptr;         // text, number, date
    QLineEdit* m_comment = nullptr;
    bool m_readOnly = false;
};

} // namespace conduct
