#include "forms/FormPackLoader.h"

#include "forms/FormPackParsing.h"
#include "forms/FormsText.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <algorithm>

namespace conduct {

QString PackValidation::summary() const
{
    QStringList lines;
    for (const auto& e : errors) lines.append(e.text());
    return lines.join(QLatin1Char('\n'));
}

Result<FormPack> PackValidation::toResult() const
{
    if (ok()) return *pack;
    if (errors.size() == 1) return errors.first();
    return Error{FormsText::tr("Form pack"),
                 FormsText::tr("the pack has %1 problems and was not loaded:\n%2").arg(errors.size()).arg(summary())};
}

PackValidation loadFormPack(const QByteArray& json)
{
    PackValidation out;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        out.errors.append(Error{QStringLiteral("$"), FormsText::tr("the file is not valid JSON: %1 at character %2")
                                                        .arg(parseError.errorString()).arg(parseError.offset)});
        return out;
    }
    if (!doc.isObject()) {
        out.errors.append(Error{QStringLiteral("$"), FormsText::tr("a form pack must be a JSON object with \"id\", \"version\", \"sections\" …")});
        return out;
    }
    FormPack pack = forms_detail::parsePack(doc.object(), out.errors);
    forms_detail::checkPack(pack, out.errors);
    if (out.errors.isEmpty()) out.pack = std::move(pack);
    return out;
}

PackValidation loadFormPackFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        PackValidation out;
        out.errors.append(Error{path, FormsText::tr("the form pack could not be read: %1").arg(file.errorString())});
        return out;
    }
    return loadFormPack(file.readAll());
}

ShippedPacks loadShippedFormPacks()
{
    ShippedPacks out;
    const QDir dir(QStringLiteral(":/forms"));
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const auto& name : names) {
        const QString path = dir.filePath(name);
        PackValidation v = loadFormPackFile(path);
        for (const auto& e : std::as_const(v.errors))
            out.errors.append(Error{path + QLatin1Char(' ') + e.field, e.message});
        if (v.ok()) out.packs.append(std::move(*v.pack));
    }
    std::sort(out.packs.begin(), out.packs.end(), [](const FormPack& a, const FormPack& b) { return a.id < b.id; });
    return out;
}

} // namespace conduct
