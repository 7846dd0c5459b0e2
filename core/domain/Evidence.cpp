#include "domain/Evidence.h"

#include <QRegularExpression>

#include <array>

namespace conduct {
namespace {
constexpr std::array<CodeEntry<EvidenceStatus>, 5> evidenceStatuses{{
    {EvidenceStatus::Obtained, "obtained", QT_TRANSLATE_NOOP("conduct::Codes", "Obtained")},
    {EvidenceStatus::Requested, "requested", QT_TRANSLATE_NOOP("conduct::Codes", "Requested")},
    {EvidenceStatus::Outstanding, "outstanding", QT_TRANSLATE_NOOP("conduct::Codes", "Outstanding")},
    {EvidenceStatus::NotApplicable, "not_applicable", QT_TRANSLATE_NOOP("conduct::Codes", "Not applicable")},
    {EvidenceStatus::NotAvailable, "not_available", QT_TRANSLATE_NOOP("conduct::Codes", "Not available")},
}};
constexpr std::array<CodeEntry<ExhibitType>, 9> exhibitTypes{{
    {ExhibitType::Cctv, "cctv", QT_TRANSLATE_NOOP("conduct::Codes", "CCTV")},
    {ExhibitType::PhoneDownload, "phone_download", QT_TRANSLATE_NOOP("conduct::Codes", "Phone download")},
    {ExhibitType::Screenshots, "screenshots", QT_TRANSLATE_NOOP("conduct::Codes", "Screenshots")},
    {ExhibitType::LettersOrGifts, "letters_or_gifts", QT_TRANSLATE_NOOP("conduct::Codes", "Letters or gifts")},
    {ExhibitType::EmergencyCallRecording, "999_recording", QT_TRANSLATE_NOOP("conduct::Codes", "999 recording")},
    {ExhibitType::BodyWornVideo, "body_worn_video", QT_TRANSLATE_NOOP("conduct::Codes", "Body-worn video")},
    {ExhibitType::SocialMediaCapture, "social_media_capture", QT_TRANSLATE_NOOP("conduct::Codes", "Social media capture")},
    {ExhibitType::Documents, "documents", QT_TRANSLATE_NOOP("conduct::Codes", "Documents")},
    {ExhibitType::Other, "other", QT_TRANSLATE_NOOP("conduct::Codes", "Other")},
}};
constexpr std::array<CodeEntry<CaseMeasureKind>, 2> measureKinds{{
    {CaseMeasureKind::Pin, "pin", QT_TRANSLATE_NOOP("conduct::Codes", "Police Information Notice")},
    {CaseMeasureKind::PostalRequisition, "postal_requisition", QT_TRANSLATE_NOOP("conduct::Codes", "Postal requisition")},
}};
} // namespace

std::span<const CodeEntry<EvidenceStatus>> evidenceStatusTable() { return evidenceStatuses; }
std::span<const CodeEntry<ExhibitType>> exhibitTypeTable() { return exhibitTypes; }
std::span<const CodeEntry<CaseMeasureKind>> caseMeasureKindTable() { return measureKinds; }

bool isVisuallyRecorded(ExhibitType type)
{
    switch (type) {
    case ExhibitType::Cctv:
    case ExhibitType::BodyWornVideo:
    case ExhibitType::Screenshots:
    case ExhibitType::SocialMediaCapture:
    case ExhibitType::PhoneDownload:
        return true;
    case ExhibitType::LettersOrGifts:
    case ExhibitType::EmergencyCallRecording:
    case ExhibitType::Documents:
    case ExhibitType::Other:
        return false;
    }
    return false;
}

QString standardExhibitReference(const QString& typed)
{
    static const QRegularExpression shape(QStringLiteral("^([A-Za-z]{1,4})\\s*/?\\s*(\\d{1,4})([A-Za-z]?)$"));
    const QString trimmed = typed.trimmed();
    const auto m = shape.match(trimmed);
    if (!m.hasMatch()) return trimmed;
    return m.captured(1).toUpper() + QLatin1Char('/') + m.captured(2) + m.captured(3).toUpper();
}

} // namespace conduct
