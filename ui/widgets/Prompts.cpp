#include "widgets/Prompts.h"

#include <QInputDialog>
#include <QPushButton>

namespace conduct::prompts {

Handler& override()
{
    static Handler handler;
    return handler;
}

QMessageBox::StandardButton ask(QWidget* parent, const QString& title, const QString& text,
                                QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    if (override()) return override()(title, text, buttons);
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void warn(QWidget* parent, const QString& title, const QString& text)
{
    if (override()) {
        override()(title, text, QMessageBox::Ok);
        return;
    }
    QMessageBox::warning(parent, title, text);
}

TextHandler& textOverride()
{
    static TextHandler handler;
    return handler;
}

std::optional<QString> askText(QWidget* parent, const QString& title, const QString& label)
{
    if (textOverride()) return textOverride()(title, label);
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(parent, title, label, QString(), &ok);
    if (!ok) return std::nullopt;
    return text;
}

ChoiceHandler& choiceOverride()
{
    static ChoiceHandler handler;
    return handler;
}

std::optional<int> choose(QWidget* parent, const QString& title, const QString& text, const QStringList& choices)
{
    if (choiceOverride()) return choiceOverride()(title, text, choices);
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QList<QAbstractButton*> buttons;
    for (const QString& choice : choices) buttons.append(box.addButton(choice, QMessageBox::AcceptRole));
    box.exec();
    const qsizetype index = buttons.indexOf(box.clickedButton());
    if (index < 0) return std::nullopt;
    return int(index);
}

} // namespace conduct::prompts
