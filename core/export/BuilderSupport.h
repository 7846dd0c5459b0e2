#pragma once
// Internal to export/: formatting and look-ups shared by the document builders.

#include "export/CaseFile.h"
#include "export/DocumentLayout.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace conduct::exportsupport {

QString ukDate(const QDate& date);                 // dd/MM/yyyy, empty when invalid
QString londonDateTime(const QDateTime& utc);      // uktime::formatDateTime: London, BST/GMT in the repeated hour
QString yesNo(const std::optional<bool>& value);   // "Yes" / "No" / empty
// "Version n – not yet approved" (or approved on …) for a form written and approved in Conduct.
QString versionLine(const VersionMark& mark, const QString& form);
QString joinLines(const QStringList& lines);       // non-empty lines, one per line

const Person* findPerson(const CaseFile& file, qint64 personId);
QList<const Person*> peopleWithRole(const CaseFile& file, PersonRole role);
QString offencesText(const Case& c);
QString defendantLine(const CaseFile& file);       // "R v SURNAME" (mg-forms §1)

// Meta shared by every document: URN parsed for the four boxes, force name, subject.
DocumentMeta baseMeta(const CaseFile& file, DocumentKind kind, const QString& formCode, const QString& title,
                      const QString& layoutVersion, bool notDisclosable);

QString tr(const char* text);   // translation context "conduct::Export"

} // namespace conduct::exportsupport
