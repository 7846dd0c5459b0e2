#include "export/BuilderSupport.h"

#include "common/UkTime.h"

#include <QCoreApplication>

namespace conduct::exportsupport {

QString tr(const char* text) { return QCoreApplication::translate("conduct::Export", text); }

QString ukDate(const QDate& date) { return uktime::formatDate(date); }

// Officers and courts read times as UK clock time, summer time included; in the repeated October
// hour the time carries BST or GMT, so the two 01:30s of that night never print alike.
QString londonDateTime(const QDateTime& utc) { return uktime::formatDateTime(utc); }

QString yesNo(const std::optional<bool>& value)
{
    if (!value) return {};
    return *value ? tr("Yes") : tr("No");
}

QString joinLines(const QStringList& lines)
{
    QStringList kept;
    for (const QString& l : lines)
        if (!l.trimmed().isEmpty()) kept.append(l);
    return kept.join(u'\n');
}

const Person* findPerson(const CaseFile& file, qint64 personId)
{
    for (const Person& p : file.people)
        if (p.id == personId) return &p;
    return nullptr;
}

QList<const Person*> peopleWithRole(const CaseFile& file, PersonRole role)
{
    QList<const Person*> out;
    for (const Person& p : file.people)
        if (p.role == role) out.append(&p);
    return out;
}

QString offencesText(const Case& c)
{
    QStringList names;
    for (Offence o : c.offences) names.append(labelOf(o));
    return names.join(QStringLiteral("; "));
}

QString defendantLine(const CaseFile& file)
{
    QStringList surnames;
    for (const Person* p : peopleWithRole(file, PersonRole::Suspect))
        surnames.append(p->surname.isEmpty() ? p->displayName() : p->surname.toUpper());
    if (surnames.isEmpty()) return {};
    return QStringLiteral("R v ") + surnames.join(QStringLiteral(" and "));
}

DocumentMeta baseMeta(const CaseFile& file, DocumentKind kind, const QString& formCode, const QString& title,
                      const QString& layoutVersion, bool notDisclosable)
{
    DocumentMeta meta;
    meta.kind = kind;
    meta.formCode = formCode;
    meta.title = title;
    meta.layoutVersion = layoutVersion;
    meta.notDisclosable = notDisclosable;
    meta.urnText = file.caseRecord.urn;
    if (auto parsed = parseUrn(file.caseRecord.urn); parsed.ok()) {
        meta.urn = parsed.value();
        meta.urnText = parsed->normalised;
    }
    meta.forceName = file.forceName;
    meta.subject = defendantLine(file);
    return meta;
}

// "Version n – not yet approved" under the title, so an unapproved draft is never taken for the file.
QString versionLine(const VersionMark& mark, const QString& form)
{
    if (mark.version == 0) return tr("%1 not yet written in Conduct").arg(form);
    if (!mark.approved) return tr("Version %1 \u2013 not yet approved").arg(mark.version);
    return tr("Version %1 \u2013 approved by a supervisor on %2").arg(mark.version).arg(ukDate(uktime::dateOf(mark.approvedUtc)));
}

} // namespace conduct::exportsupport
