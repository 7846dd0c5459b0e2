#pragma once
// Text as typed or imported, before it is saved.

#include <QString>

namespace conduct {

// The bidirectional embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069)
// removed. In a name, handle or reference they can make text read differently from what it holds
// ("Smith" stored as "\u202EhtimS"), on screen, in print and in a linked search; no name or
// single-line field needs them.
QString stripBidiControls(QString text);
bool isBidiControl(QChar c);

} // namespace conduct
