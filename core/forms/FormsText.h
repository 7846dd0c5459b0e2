#pragma once
// Internal to the forms module: its messages, all in the translation context "conduct::Forms".
// Calls are written FormsText::tr("…") because lupdate files a bare tr() in a namespace-scope
// function under "conduct", a context the running application never asks for.

#include <QCoreApplication>

namespace conduct {

struct FormsText {
    Q_DECLARE_TR_FUNCTIONS(conduct::Forms)
};

} // namespace conduct
