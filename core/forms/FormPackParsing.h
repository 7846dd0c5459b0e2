#pragma once
// Internal to the forms module: the two passes of pack validation. parsePack() reads the JSON
// shape (types, required fields, known codes); checkPack() then checks what only makes sense across
// the whole pack (unique numbers, condition targets, contiguous bands). Both append to `errors`.

#include "common/Result.h"
#include "forms/FormPack.h"

#include <QJsonObject>
#include <QList>

namespace conduct::forms_detail {

FormPack parsePack(const QJsonObject& root, QList<Error>& errors);
void checkPack(const FormPack& pack, QList<Error>& errors);

QString itemPath(qsizetype section, qsizetype item);
QString quoted(const QString& s);

} // namespace conduct::forms_detail
