#include "domain/AttachmentCheck.h"

#include "common/UkTime.h"

#include <QCoreApplication>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::AttachmentCheck", text); }
} // namespace

QString attachmentCheckText(const AttachmentInfo& attachment)
{
    if (!attachment.lastVerifiedUtc.isValid()) return tr("Not yet verified");
    const QString when = uktime::formatDateTime(attachment.lastVerifiedUtc);
    if (!attachment.lastVerifiedOk) return tr("CHANGED since it was attached (checked %1)").arg(when);
    // Attaching takes the hash and marks it checked at that same moment: that is the reference
    // value, not a check of the stored copy, so it is not reported as a verification.
    if (attachment.lastVerifiedUtc == attachment.addedUtc) return tr("Not yet verified");
    return tr("Verified intact %1").arg(when);
}

QString attachmentHashText(const AttachmentInfo& attachment)
{
    return QString::fromLatin1(attachment.sha256Hex).toLower();
}

} // namespace conduct
