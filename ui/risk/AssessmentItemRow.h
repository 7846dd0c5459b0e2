#pragma once
// One question of a risk form: its number and exact wording, the "Wording not verified" badge
// when the wording is unconfirmed, the answer and the comment. Keyboard: with the row focused,
// Y / N / D answer yes / no / don't know and move to the next question; Tab reaches the comment.

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
    void answeredByKey();   // Y / N / D: the form moves focus to the next question

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void chooseCode(const QString& code);
    void setGridNone();

    FormItem m_item;
    QButtonGroup* m_choices = nullptr;   // yes / no / don't know, or single choice
    QList<QCheckBox*> m_grid;            // row-major: rows × columns
    bool m_gridAnswered = false;
    QCheckBox* m_gridNone = nullptr;
    QLineEdit* m_text = nullptr;         // text, number, date
    QLineEdit* m_comment = nullptr;
    bool m_readOnly = false;
};

} // namespace conduct
