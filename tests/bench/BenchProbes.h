#pragma once
// The child-process side of conduct-bench: start-up, first screen and memory are measured in a
// fresh process each time, as a user experiences them.
//   --probe bare [--db PATH]   a bare QMainWindow (plus the raw first-page query when --db is given)
//   --probe conduct --db PATH  Conduct's main window on that database, first screen shown
//   --probe memory --db PATH   Conduct's window, case list scrolled to the end; prints peak RSS in KB

int runProbe(int argc, char* argv[]);
