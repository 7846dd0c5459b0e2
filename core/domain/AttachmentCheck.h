#pragma once
// How an attached file's integrity check reads to people, the same on screen and on paper: the
// SHA-256 taken when the file was attached is the exhibit's fingerprint, and the last check says
// whether the stored copy still matches it (issue 31: the hash used to be shown once and lost).

#include "domain/Evidence.h"

#include <QString>

namespace conduct {

// "Verified intact 07/12/2026 14:21" (UK time), "CHANGED since it was attached (checked
// 07/12/2026 14:21)", or "Not yet verified" when nothing has been checked since the file came in.
QString attachmentCheckText(const AttachmentInfo& attachment);

// The hash as printed: lower-case hex, all 64 characters.
QString attachmentHashText(const AttachmentInfo& attachment);

} // namespace conduct
