#pragma once
// The JSON form of the MG3 and MG5 police parts and the MG3 supervisor's part, as kept in
// charging_documents.content and charging_document_reviews.supervisor_part. Unknown keys are
// ignored and missing ones read as empty, so a later version can add boxes without a migration.

#include "domain/ChargingFile.h"

#include <QJsonObject>

namespace conduct::chargingcodec {

QJsonObject toJson(const Mg3PolicePart& part);
QJsonObject toJson(const Mg5PolicePart& part);
QJsonObject toJson(const Mg3SupervisorPart& part);
void fromJson(const QJsonObject& o, Mg3PolicePart& part);
void fromJson(const QJsonObject& o, Mg5PolicePart& part);
void fromJson(const QJsonObject& o, Mg3SupervisorPart& part);

} // namespace conduct::chargingcodec
