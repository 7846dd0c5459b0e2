#include "Prompts.h"

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

} // namespace conduct::prompts
