#pragma once
// conduct-bench --messages N: a fictional N-message WhatsApp export read, attributed and grouped
// into proposed incidents with the per-day counts (issue 29), beside a plain line count of the
// same file as the baseline.

namespace conduct::bench {
int runMessagesBench(int argc, char* argv[]);
}
