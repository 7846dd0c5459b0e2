#pragma once
// Index keys for the identifiers other than names that link a person across cases
// (protocol 3.8 linked incidents; 4.6 history "in relation to this complainant or others"):
// phone numbers, e-mail addresses, vehicle registrations, online handles and dates of birth.
// Each key function returns an empty string when the text holds nothing to match on, so that
// empty keys are never stored or compared.

#include <QDate>
#include <QString>

namespace conduct {

// UK numbers in E.164: "07700 900123", "+44 7700 900123", "447700900123", "0044 7700 900123",
// "+44 (0)7700 900123" → "+447700900123"; "(01632) 960 001" → "+441632960001".
// Other international numbers ("+1 202 555 0143", "00353 1 234 5678") → "+" and their digits.
// Anything after the first letter is an extension or a note and is ignored ("… ext 12").
// A number in no recognisable form keeps its digits without a "+", so it still matches itself.
QString phoneKey(const QString& text);

// Trimmed, lower case, without a leading "mailto:". The local part is lower-cased too: few
// providers treat it as case-sensitive, and a missed link costs more than a spurious one.
QString emailKey(const QString& text);

// Upper case with spaces and punctuation removed: "ab12 cde" → "AB12CDE".
QString vehicleKey(const QString& text);

// Person::onlineHandles hold "platform: handle". The handle, lower case, without a leading '@'
// and without the platform: "Instagram: @Jo.Smith" → "jo.smith". A profile address keeps only
// its last path segment: "https://x.com/JoSmith/" → "josmith".
QString handleKey(const QString& text);
// The platform part of "platform: handle", lower case; empty when none was recorded.
QString handlePlatform(const QString& text);

// How two recorded dates of birth relate. Transposed day and month (03/04 v 04/03, same year)
// is a common recording error, so it counts as a possible match; the same year alone is weak.
enum class DobMatch { Unknown, Different, SameYearOnly, Transposed, Exact };
DobMatch compareDatesOfBirth(const QDate& a, const QDate& b);

} // namespace conduct
