#include "widgets/FileChooser.h"

#include <QFileDialog>

namespace conduct::files {

Handler& override()
{
    static Handler handler;
    return handler;
}

QString chooseFile(QWidget* parent, Purpose purpose, const QString& title, const QString& startPath, const QString& filter)
{
    if (override()) return override()(purpose, title, startPath);
    return purpose == Purpose::Open ? QFileDialog::getOpenFileName(parent, title, startPath, filter)
                                    : QFileDialog::getSaveFileName(parent, title, startPath, filter);
}

} // namespace conduct::files
