#include "forms/FormPackCatalogue.h"

#include "forms/FormPackLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <algorithm>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::FormPackCatalogue", text); }

FormPackCatalogue loadShipped()
{
    FormPackCatalogue catalogue;
    ShippedPacks current = loadShippedFormPacks();
    for (FormPack& p : current.packs) catalogue.add(std::move(p));
    // Superseded versions stay loadable so that old assessments reopen with their own wording.
    const QDir archive(QStringLiteral(":/forms/archive"));
    for (const QString& name : archive.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        PackValidation v = loadFormPackFile(archive.filePath(name));
        if (v.ok()) catalogue.add(std::move(*v.pack));
    }
    return catalogue;
}
} // namespace

const FormPackCatalogue& FormPackCatalogue::shipped()
{
    static const FormPackCatalogue catalogue = loadShipped();
    return catalogue;
}

void FormPackCatalogue::add(FormPack pack)
{
    for (FormPack& held : m_packs)
        if (held.id == pack.id && held.version == pack.version) {
            held = std::move(pack);
            return;
        }
    m_packs.append(std::move(pack));
}

Result<FormPack> FormPackCatalogue::find(const QString& packId, int version) const
{
    for (const FormPack& p : m_packs)
        if (p.id == packId && p.version == version) return p;
    return Error{tr("Form"), tr("Version %1 of the form pack \"%2\" is not installed, so this assessment cannot be "
                                "shown with its original wording. Ask an administrator to import that pack version.")
                                 .arg(version).arg(packId)};
}

Result<FormPack> FormPackCatalogue::latest(const QString& packId) const
{
    const QList<int> known = versions(packId);
    if (known.isEmpty())
        return Error{tr("Form"), tr("The form pack \"%1\" is not installed. Choose DASH, S-DASH or SASH, or ask an "
                                    "administrator to import it.").arg(packId)};
    return find(packId, known.last());
}

QList<int> FormPackCatalogue::versions(const QString& packId) const
{
    QList<int> out;
    for (const FormPack& p : m_packs)
        if (p.id == packId) out.append(p.version);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace conduct
