#pragma once
// Loading and strict validation of form packs. A pack is all or nothing: if any part of it is
// wrong, no pack is returned, and every fault is reported with its JSON path
// (e.g. `$.sections[1].items[3].type`) so whoever maintains the pack can fix them in one pass.

#include "common/Result.h"
#include "forms/FormPack.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace conduct {

struct PackValidation {
    std::optional<FormPack> pack;   // set only when errors is empty
    QList<Error> errors;            // Error::field holds the JSON path

    bool ok() const { return pack.has_value() && errors.isEmpty(); }
    QString summary() const;        // one error per line, for logs and the import dialog
    Result<FormPack> toResult() const;
};

PackValidation loadFormPack(const QByteArray& json);
PackValidation loadFormPackFile(const QString& path);

struct ShippedPacks {
    QList<FormPack> packs;   // sorted by id
    QList<Error> errors;     // Error::field is "<resource path> $.path"
};

// Every pack embedded in the binary under ":/forms/*.json".
ShippedPacks loadShippedFormPacks();

} // namespace conduct
