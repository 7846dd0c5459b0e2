// The officer's edits on the review page: merging entries that describe one incident, splitting
// an entry that describes two, dropping rows, and answering date questions.

#include "logimport/BehaviourKeywords.h"
#include "logimport/ProposedIncident.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace conduct::logimport {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::logimport", text); }

Status checkIndex(const QList<ProposedIncident>& proposals, int index)
{
    if (index < 0 || index >= proposals.size())
        return fieldError(tr("Review"), tr("Select an entry in the review table first."));
    return {};
}

QString joinText(const QString& a, const QString& b, const QString& separator)
{
    if (a.isEmpty() || a == b) return b;
    if (b.isEmpty()) return a;
    return a + separator + b;
}

QString joinOriginals(const QString& a, const QString& b, const QString& separator)
{
    if (a.isEmpty()) return b;
    if (b.isEmpty()) return a;
    return a + separator + b;
}

// Where to split: the first paragraph break, else the sentence end nearest the middle.
qsizetype splitPoint(const QString& text)
{
    if (const qsizetype paragraph = text.indexOf(QLatin1Char('\n')); paragraph > 0) return paragraph;
    static const QRegularExpression sentenceEnd(QStringLiteral("[.!?]\\s+(?=\\S)"));
    qsizetype best = -1;
    for (auto it = sentenceEnd.globalMatch(text); it.hasNext();) {
        const qsizetype at = it.next().capturedEnd();
        if (best < 0 || std::abs(at - text.size() / 2) < std::abs(best - text.size() / 2)) best = at;
    }
    return best;
}
} // namespace

Status mergeWithNext(QList<ProposedIncident>& proposals, int index)
{
    if (Status s = checkIndex(proposals, index); !s.ok()) return s;
    if (index + 1 >= proposals.size())
        return fieldError(tr("Review"), tr("The last entry has no entry below it to merge with. Select the upper of the two."));
    ProposedIncident& a = proposals[index];
    const ProposedIncident b = proposals.takeAt(index + 1);
    a.sourceRows += b.sourceRows;
    // The merged incident spans both: from the earlier start to the later end.
    const QDateTime end = std::max(a.endUtc.isValid() ? a.endUtc : a.startUtc, b.endUtc.isValid() ? b.endUtc : b.startUtc);
    if (b.startUtc.isValid() && (!a.startUtc.isValid() || b.startUtc < a.startUtc)) a.startUtc = b.startUtc;
    a.endUtc = end.isValid() && end != a.startUtc ? end : QDateTime();
    a.timeGiven = a.timeGiven || b.timeGiven;
    a.description = joinText(a.description, b.description, QStringLiteral("\n"));
    // Both rows' original words and times are kept whole, even where they repeat each other.
    a.originalWording = joinOriginals(a.originalWording, b.originalWording, QStringLiteral("\n"));
    a.originalWhenText = joinOriginals(a.originalWhenText, b.originalWhenText, QStringLiteral("; "));
    a.location = joinText(a.location, b.location, QStringLiteral("; "));
    a.platform = joinText(a.platform, b.platform, QStringLiteral("; "));
    for (Behaviour x : b.suggested)
        if (!a.suggested.contains(x)) a.suggested.append(x);
    for (Behaviour x : b.behaviours)
        if (!a.behaviours.contains(x)) a.behaviours.append(x);
    if (a.behaviours.size() > 1) a.behaviours.removeAll(Behaviour::Other);
    a.questions += b.questions;
    a.problem = joinText(a.problem, b.problem, QStringLiteral(" "));
    return {};
}

Status splitEntry(QList<ProposedIncident>& proposals, int index)
{
    if (Status s = checkIndex(proposals, index); !s.ok()) return s;
    ProposedIncident& p = proposals[index];
    const qsizetype at = splitPoint(p.description);
    if (at <= 0 || at >= p.description.size())
        return fieldError(tr("Review"), tr("This entry is one sentence, so there is nothing to split. Edit it in the incident "
                                           "after importing if it describes two occasions."));
    ProposedIncident second = p;   // both parts keep the whole row's original words and time
    second.description = p.description.mid(at).trimmed();
    p.description = p.description.left(at).trimmed();
    // Each part gets the suggestions its own words support; the officer reviews both again.
    for (ProposedIncident* part : {&p, &second}) {
        part->suggested = suggestBehaviours(part->description + QLatin1Char('\n') + part->location);
        part->behaviours = part->suggested.isEmpty() ? QList<Behaviour>{Behaviour::Other} : part->suggested;
    }
    proposals.insert(index + 1, second);
    return {};
}

Status dropEntry(QList<ProposedIncident>& proposals, int index)
{
    if (Status s = checkIndex(proposals, index); !s.ok()) return s;
    proposals.removeAt(index);
    return {};
}

Status chooseDateOption(ProposedIncident& proposal, int question, int option)
{
    if (question < 0 || question >= proposal.questions.size())
        return fieldError(tr("Date"), tr("This entry has no date question to answer."));
    DateQuestion& q = proposal.questions[question];
    if (option < 0 || option >= q.options.size()) return fieldError(tr("Date"), tr("Choose one of the readings offered."));
    q.chosen = option;
    q.confirmed = true;
    proposal.startUtc = q.options[option].startUtc;
    proposal.endUtc = q.options[option].endUtc;
    return {};
}

Status checkReadyToImport(const QString& fileName, const QList<ProposedIncident>& proposals)
{
    if (proposals.isEmpty())
        return fieldError(fileName, tr("%1: every entry has been dropped, so there is nothing to import.").arg(fileName));
    for (const ProposedIncident& p : proposals) {
        const QString where = tr("%1 %2").arg(fileName, p.rowsText());
        if (!p.problem.isEmpty()) return fieldError(where, p.problem);
        for (const DateQuestion& q : p.questions)
            if (!q.confirmed) return fieldError(where, tr("%1: confirm the date first. %2").arg(where, q.reason));
        if (p.behaviours.isEmpty())
            return fieldError(where, tr("%1: choose at least one behaviour (\"Other\" if none fits).").arg(where));
    }
    return {};
}

} // namespace conduct::logimport
