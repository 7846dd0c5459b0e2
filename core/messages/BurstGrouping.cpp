#include "messages/BurstGrouping.h"

#include "common/UkTime.h"
#include "messages/MessageText.h"
#include "logimport/BehaviourKeywords.h"

#include <QCoreApplication>

#include <algorithm>

namespace conduct::messages {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::messages", text); }

QString counted(int n, const char* one, const char* many)
{
    return n == 1 ? tr(one) : tr(many).arg(n);
}

Status checkIndex(const QList<BurstProposal>& proposals, int index)
{
    if (index < 0 || index >= proposals.size())
        return fieldError(tr("Proposed incident"), tr("there is no proposal %1: choose one from the list of %2.").arg(index + 1).arg(proposals.size()));
    return {};
}
} // namespace

QList<int> selectContacts(const MessageFile& file, const Attribution& attribution, const ContactFilter& filter)
{
    QList<int> out;
    for (int i = 0; i < file.contacts.size(); ++i) {
        const Contact& c = file.contacts[i];
        if (!c.when.utc.isValid()) continue;
        if (!filter.conversation.isEmpty() && c.conversation != filter.conversation) continue;
        if (filter.suspectOnly && !attribution.fromSuspect(c)) continue;
        if (filter.firstDay.isValid() || filter.lastDay.isValid()) {
            const QDate day = londonclock::dateOf(c.when.utc);
            if (filter.firstDay.isValid() && day < filter.firstDay) continue;
            if (filter.lastDay.isValid() && day > filter.lastDay) continue;
        }
        out.append(i);
    }
    std::stable_sort(out.begin(), out.end(),
                     [&file](int a, int b) { return file.contacts[a].when.utc < file.contacts[b].when.utc; });
    return out;
}

QString describeBurst(int messages, int calls, const QDateTime& startUtc, const QDateTime& endUtc)
{
    QString what;
    if (messages > 0) what = counted(messages, "1 message", "%1 messages");
    if (calls > 0) {
        const QString callText = counted(calls, "1 call", "%1 calls");
        what = what.isEmpty() ? callText : tr("%1 and %2").arg(what, callText);
    }
    if (startUtc == endUtc)
        return tr("%1 at %2 on %3").arg(what, londonclock::timeText(startUtc), londonclock::dateText(startUtc));
    if (londonclock::dateOf(startUtc) == londonclock::dateOf(endUtc))
        return tr("%1 between %2 and %3 on %4").arg(what, londonclock::timeText(startUtc), londonclock::timeText(endUtc),
                                                    londonclock::dateText(startUtc));
    return tr("%1 between %2 on %3 and %4 on %5")
        .arg(what, londonclock::timeText(startUtc), londonclock::dateText(startUtc), londonclock::timeText(endUtc),
             londonclock::dateText(endUtc));
}

BurstProposal proposalFor(const MessageFile& file, QList<int> contacts)
{
    BurstProposal p;
    std::stable_sort(contacts.begin(), contacts.end(),
                     [&file](int a, int b) { return file.contacts[a].when.utc < file.contacts[b].when.utc; });
    p.contacts = std::move(contacts);
    if (p.contacts.isEmpty()) return p;
    QString words;
    for (int i : p.contacts) {
        const Contact& c = file.contacts[i];
        (c.kind == ContactKind::Call ? p.calls : p.messages) += 1;
        if (!c.text.isEmpty() && !c.deleted) words += c.text + u'\n';
    }
    p.startUtc = file.contacts[p.contacts.first()].when.utc;
    p.endUtc = file.contacts[p.contacts.last()].when.utc;
    // Every contact from the suspect is contacting (s2A(3)(b)); the words may suggest more.
    p.suggested.append(Behaviour::Contacting);
    for (Behaviour b : logimport::suggestBehaviours(words))
        if (b != Behaviour::Contacting) p.suggested.append(b);
    p.description = describeBurst(p.messages, p.calls, p.startUtc, p.endUtc);
    return p;
}

QList<BurstProposal> groupBursts(const MessageFile& file, const QList<int>& selected, int gapSeconds)
{
    QList<BurstProposal> out;
    QList<int> current;
    QDateTime last;
    for (int i : selected) {
        const QDateTime at = file.contacts[i].when.utc;
        if (!current.isEmpty() && last.secsTo(at) >= gapSeconds) {
            out.append(proposalFor(file, std::move(current)));
            current.clear();
        }
        current.append(i);
        last = at;
    }
    if (!current.isEmpty()) out.append(proposalFor(file, std::move(current)));
    return out;
}

Result<QList<BurstProposal>> mergeWithNext(const MessageFile& file, const QList<BurstProposal>& proposals, int index)
{
    if (Status s = checkIndex(proposals, index); !s) return s.error();
    if (index + 1 >= proposals.size())
        return fieldError(tr("Proposed incident"), tr("proposal %1 is the last: there is no next one to merge it with.").arg(index + 1));
    QList<BurstProposal> out = proposals;
    out[index] = proposalFor(file, proposals[index].contacts + proposals[index + 1].contacts);
    out.removeAt(index + 1);
    return out;
}

Result<QList<BurstProposal>> splitBefore(const MessageFile& file, const QList<BurstProposal>& proposals, int index, int position)
{
    if (Status s = checkIndex(proposals, index); !s) return s.error();
    const QList<int>& contacts = proposals[index].contacts;
    if (position < 1 || position >= contacts.size())
        return fieldError(tr("Proposed incident"),
                          tr("proposal %1 holds %2 contacts: split it before contact 2 to %2.").arg(index + 1).arg(contacts.size()));
    QList<BurstProposal> out = proposals;
    out[index] = proposalFor(file, contacts.mid(0, position));
    out.insert(index + 1, proposalFor(file, contacts.mid(position)));
    return out;
}

Result<QList<BurstProposal>> dropProposal(const QList<BurstProposal>& proposals, int index)
{
    if (Status s = checkIndex(proposals, index); !s) return s.error();
    QList<BurstProposal> out = proposals;
    out.removeAt(index);
    return out;
}

QMap<QDate, int> countsPerUkDay(const MessageFile& file, const QList<int>& selected)
{
    QMap<QDate, int> out;
    for (int i : selected) ++out[londonclock::dateOf(file.contacts[i].when.utc)];
    return out;
}

} // namespace conduct::messages
