#pragma once
// What the charging file's sub-pages (MG3, MG5, MG2) share: the status line of a version, the
// tri-state answers ("Yes / No / Not stated"), the draft keys, and the one place the spelling
// checker is switched on for their long texts.

#include "domain/ChargingFile.h"

#include <QString>
#include <optional>

class QComboBox;
class QPlainTextEdit;
class QWidget;

namespace conduct {

// "Version 2 – Approved by PS 123 Smith, PS on 03/04/2026", "Version 1 – Returned: <reasons>".
QString chargingStatusLine(const ChargingDocument& document);

// A combo of "Not stated / Yes / No" for an optional<bool> on the forms.
QComboBox* makeTriState(const QString& objectName, QWidget* parent);
std::optional<bool> triStateValue(const QComboBox* combo);
void setTriState(QComboBox* combo, std::optional<bool> value);

// The DraftStore key of the typing in one version of one form, kept per signed-in user: a
// colleague's unsaved typing is never offered to someone else.
QString chargingDraftKey(ChargingForm form, qint64 caseId, int version, qint64 userId);

// A field name exactly as the charging file's validation spells it (and translates it) in
// Error::field, so a refusal puts the cursor in its field.
QString chargingField(const char* sourceText);

// Sets Tab to go through `root`'s fields in the order its layouts show them. Fields built after
// the rest of a page (a suspect's block, made when the case's people are known) otherwise come
// last in the Tab chain, after the supervisor's boxes.
void setTabOrderFromLayout(QWidget* root);

// The spelling checker on a long text box (widgets/SpellCheck.h): every charging-file text box
// goes through here, so what they get is decided in one place.
void spellCheck(QPlainTextEdit* edit);

} // namespace conduct
