#include "DocumentSettingsStore.h"

#include <QSettings>

namespace conduct {

namespace {
QString forceNameKey() { return QStringLiteral("documents/forceName"); }
QString markingKey() { return QStringLiteral("documents/marking"); }
} // namespace

DocumentSettings loadDocumentSettings()
{
    const QSettings settings;
    DocumentSettings out;
    out.forceName = settings.value(forceNameKey()).toString().trimmed();
    const QString marking = settings.value(markingKey()).toString().trimmed();
    if (!marking.isEmpty()) out.marking = marking;
    return out;
}

void saveDocumentSettings(const DocumentSettings& settings)
{
    QSettings store;
    store.setValue(forceNameKey(), settings.forceName);
    store.setValue(markingKey(), settings.marking);
}

} // namespace conduct
