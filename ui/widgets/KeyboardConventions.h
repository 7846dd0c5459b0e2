#pragma once
// Keyboard and mouse conventions that hold in every window of the application, set in one place
// rather than on each widget as it is made.

namespace conduct {

// Installed on the application (app/main.cpp, the main window and the GUI tests' set-up); safe to
// call more than once.
//  * Tab and Shift+Tab leave tables, lists and trees (the arrow keys move within them). Qt's default
//    moves between cells instead, which traps a keyboard-only user in any table with rows.
//  * The mouse wheel never changes a field that does not have keyboard focus: combo boxes, spin
//    boxes and date fields take focus only from a click or Tab (not the wheel), and a wheel over
//    one that is not focused goes on to the page, which scrolls. Scrolling down a long form (DASH)
//    must not turn "Medium" into "High" on the way.
//  * Tab and Shift+Tab leave multi-line text boxes too; in a dialog, the accept button is the
//    default and Ctrl+Return presses it from any field (widgets/DialogKeyboard).
//  * Each input's accessible name is its label's words, not its value (widgets/AccessibleNames).
void installKeyboardConventions();

} // namespace conduct
