#pragma once
// Keyboard conventions that hold in every window of the application, set in one place rather than
// on each widget as it is made.

namespace conduct {

// Tab and Shift+Tab leave tables, lists and trees (the arrow keys move within them). Qt's default
// moves between cells instead, which traps a keyboard-only user in any table with rows.
// Installed on the application when the main window is made; safe to call more than once.
void installKeyboardConventions();

} // namespace conduct
