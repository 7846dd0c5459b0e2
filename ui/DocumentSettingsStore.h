#pragma once
// The document settings kept in the application's QSettings: the force name printed on the MG3
// and MG11 ("documents/forceName") and the protective marking on every page ("documents/marking",
// default OFFICIAL-SENSITIVE; mg-forms §11). Read here, in the application layer, and passed to
// core's ExportService, which reads no settings.

#include "services/ExportService.h"

namespace conduct {

DocumentSettings loadDocumentSettings();
void saveDocumentSettings(const DocumentSettings& settings);

} // namespace conduct
