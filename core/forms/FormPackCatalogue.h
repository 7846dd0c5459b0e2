#pragma once
// Every form pack the program can open, by id AND version. A completed form records the pack id
// and version it was answered on, and is always reopened with exactly that version: publishing a
// newer pack (changed wording, new bands) never changes an assessment already made (protocol 3.7:
// each assessment is kept as it was when the decision was taken).

#include "common/Result.h"
#include "forms/FormPack.h"

#include <QList>
#include <QString>

namespace conduct {

class FormPackCatalogue {
public:
    // The shipped packs: the current ones under ":/forms/*.json" and superseded versions kept under
    // ":/forms/archive/*.json" (same format; the file name is free). Loaded once.
    static const FormPackCatalogue& shipped();

    // Adds a pack; a pack with the same id and version replaces the one held.
    void add(FormPack pack);

    // The pack an assessment was answered on.
    Result<FormPack> find(const QString& packId, int version) const;
    // The newest version of a pack: what a new assessment is started on.
    Result<FormPack> latest(const QString& packId) const;
    QList<int> versions(const QString& packId) const;   // ascending
    const QList<FormPack>& packs() const { return m_packs; }

private:
    QList<FormPack> m_packs;
};

} // namespace conduct
