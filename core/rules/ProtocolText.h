#pragma once
// The protocol's own words for the paragraphs the advisor checks, so the officer can read what a
// rule rests on one click away from it.

#include <QString>
#include <QStringList>

namespace conduct {

// The text of paragraph `number` ("3.7"), verbatim; empty when the paragraph is not held.
QString protocolParagraphText(const QString& number);
QStringList quotedProtocolParagraphs();

} // namespace conduct
