#include "logimport/ColumnMapping.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace conduct::logimport {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::logimport", text); }

const char* const dateWords[] = {"date", "day", "when", "datum"};
const char* const timeWords[] = {"time", "hour", "approx time"};
const char* const descriptionWords[] = {"what happened", "description", "details", "detail", "incident", "event",
                                        "what", "notes", "entry", "account"};
const char* const locationWords[] = {"where", "location", "place", "address"};
const char* const platformWords[] = {"platform", "app", "online", "how", "method", "account used"};

const LogFieldEntry fields[] = {
    {LogField::Date, QT_TRANSLATE_NOOP("conduct::logimport", "Date"), dateWords},
    {LogField::Time, QT_TRANSLATE_NOOP("conduct::logimport", "Time"), timeWords},
    {LogField::Description, QT_TRANSLATE_NOOP("conduct::logimport", "What happened"), descriptionWords},
    {LogField::Location, QT_TRANSLATE_NOOP("conduct::logimport", "Where"), locationWords},
    {LogField::Platform, QT_TRANSLATE_NOOP("conduct::logimport", "Online platform"), platformWords},
};

QString normalised(const QString& header) { return header.simplified().toLower(); }
} // namespace

std::span<const LogFieldEntry> logFieldTable() { return fields; }

int& ColumnMapping::column(LogField f)
{
    switch (f) {
    case LogField::Date: return date;
    case LogField::Time: return time;
    case LogField::Description: return description;
    case LogField::Location: return location;
    case LogField::Platform: break;
    }
    return platform;
}

int ColumnMapping::column(LogField f) const { return const_cast<ColumnMapping*>(this)->column(f); }

ColumnMapping guessMapping(const LogTable& table)
{
    ColumnMapping m;
    if (table.isDiary) return ColumnMapping{0, 1, 2, -1, -1};
    QList<int> used;
    // Exact names first, then names that start with a synonym ("Date of incident").
    for (bool exact : {true, false})
        for (const LogFieldEntry& f : fields) {
            if (m.column(f.field) >= 0) continue;
            for (int c = 0; c < table.columnCount() && m.column(f.field) < 0; ++c) {
                if (used.contains(c)) continue;
                const QString h = normalised(table.headers[c]);
                for (const char* word : f.headerWords)
                    if (exact ? h == QLatin1String(word) : h.startsWith(QLatin1String(word))) {
                        m.column(f.field) = c;
                        used.append(c);
                        break;
                    }
            }
        }
    return m;
}

Status checkMapping(const LogTable& table, const ColumnMapping& mapping)
{
    if (mapping.date < 0)
        return fieldError(tr("Date column"), tr("%1: choose which column holds the date of each entry. Nothing can be "
                                                "imported without dates.").arg(table.fileName));
    QList<int> used;
    for (const LogFieldEntry& f : fields) {
        const int c = mapping.column(f.field);
        if (c < 0) continue;
        if (c >= table.columnCount())
            return fieldError(tr(f.label), tr("%1 has no column %2. Choose one of the columns shown.").arg(table.fileName).arg(c + 1));
        if (used.contains(c))
            return fieldError(tr(f.label), tr("\"%1\" is already chosen for another field. Use each column once.").arg(table.headers[c]));
        used.append(c);
    }
    return {};
}

QString headerSignature(const QStringList& headers)
{
    QStringList names;
    for (const QString& h : headers) names.append(normalised(h));
    return QString::fromLatin1(
        QCryptographicHash::hash(names.join(QChar(0x1F)).toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

QString mappingToText(const ColumnMapping& mapping)
{
    return QStringLiteral("date=%1;time=%2;description=%3;location=%4;platform=%5")
        .arg(mapping.date).arg(mapping.time).arg(mapping.description).arg(mapping.location).arg(mapping.platform);
}

ColumnMapping mappingFromText(const QString& text, int columnCount)
{
    ColumnMapping m;
    const QStringList keys = {QStringLiteral("date"), QStringLiteral("time"), QStringLiteral("description"),
                              QStringLiteral("location"), QStringLiteral("platform")};
    for (const QString& part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList kv = part.split(QLatin1Char('='));
        if (kv.size() != 2) continue;
        bool ok = false;
        const int column = kv[1].toInt(&ok);
        const auto index = keys.indexOf(kv[0]);
        if (!ok || index < 0 || column < -1 || column >= columnCount) continue;   // a stale setting is ignored
        m.column(fields[index].field) = column;
    }
    return m;
}

} // namespace conduct::logimport
