#include "logimport/BehaviourKeywords.h"

#include <QRegularExpression>

namespace conduct::logimport {

namespace {
// PHA 1997 s2A(3) behaviours first (protocol 4.2: where the conduct includes them, stalking is the
// starting point), then the other conduct a log commonly records (protocol 3.5).
const BehaviourKeyword keywords[] = {
    {"followed", Behaviour::Following},            {"following me", Behaviour::Following},
    {"follow* me", Behaviour::Following},          {"behind me", Behaviour::Following},
    {"outside my house", Behaviour::Loitering},    {"outside my home", Behaviour::Loitering},
    {"outside my flat", Behaviour::Loitering},     {"outside my work", Behaviour::Loitering},
    {"outside work", Behaviour::Loitering},        {"waiting outside", Behaviour::Loitering},
    {"waited outside", Behaviour::Loitering},      {"hanging around", Behaviour::Loitering},
    {"loiter*", Behaviour::Loitering},             {"parked outside", Behaviour::Loitering},
    {"messaged", Behaviour::Contacting},           {"message*", Behaviour::Contacting},
    {"texted", Behaviour::Contacting},             {"text*", Behaviour::Contacting},
    {"called me", Behaviour::Contacting},          {"rang", Behaviour::Contacting},
    {"phoned", Behaviour::Contacting},             {"missed call*", Behaviour::Contacting},
    {"voicemail*", Behaviour::Contacting},         {"emailed", Behaviour::Contacting},
    {"email*", Behaviour::Contacting},             {"letter*", Behaviour::Contacting},
    {"whatsapp*", Behaviour::Contacting},          {"dm*", Behaviour::Contacting},
    {"flowers", Behaviour::Contacting},            {"gift*", Behaviour::Contacting},
    {"posted about me", Behaviour::Publishing},    {"posted", Behaviour::Publishing},
    {"shared my", Behaviour::Publishing},          {"tweet*", Behaviour::Publishing},
    {"fake profile", Behaviour::Publishing},       {"put it online", Behaviour::Publishing},
    {"tracker", Behaviour::MonitoringCommunications},          {"tracking", Behaviour::MonitoringCommunications},
    {"read my messages", Behaviour::MonitoringCommunications}, {"hacked", Behaviour::MonitoringCommunications},
    {"logged into my", Behaviour::MonitoringCommunications},   {"my location", Behaviour::MonitoringCommunications},
    {"moved my", Behaviour::InterferingWithProperty},          {"took my", Behaviour::InterferingWithProperty},
    {"tampered", Behaviour::InterferingWithProperty},          {"went through my", Behaviour::InterferingWithProperty},
    {"watching me", Behaviour::WatchingOrSpying},  {"watched me", Behaviour::WatchingOrSpying},
    {"staring", Behaviour::WatchingOrSpying},      {"spying", Behaviour::WatchingOrSpying},
    {"photographed me", Behaviour::WatchingOrSpying}, {"filming me", Behaviour::WatchingOrSpying},
    {"threat*", Behaviour::Threats},               {"kill me", Behaviour::Threats},
    {"hurt me", Behaviour::Threats},               {"you'll regret", Behaviour::Threats},
    {"hit me", Behaviour::Violence},               {"punched", Behaviour::Violence},
    {"pushed me", Behaviour::Violence},            {"grabbed", Behaviour::Violence},
    {"smashed", Behaviour::CriminalDamage},        {"damaged", Behaviour::CriminalDamage},
    {"scratched my car", Behaviour::CriminalDamage}, {"slashed", Behaviour::CriminalDamage},
};

QRegularExpression patternFor(const char* phrase)
{
    QString p = QRegularExpression::escape(QString::fromLatin1(phrase));
    if (p.endsWith(QLatin1String("\\*"))) p = p.chopped(2) + QStringLiteral("\\w*");
    p.replace(QStringLiteral("\\*"), QStringLiteral("\\w*")).replace(QStringLiteral("\\ "), QStringLiteral("\\s+"));
    return QRegularExpression(QStringLiteral("\\b") + p + QStringLiteral("\\b"), QRegularExpression::CaseInsensitiveOption);
}
} // namespace

std::span<const BehaviourKeyword> behaviourKeywordTable() { return keywords; }

QList<Behaviour> suggestBehaviours(const QString& text)
{
    static const QList<QRegularExpression> patterns = [] {
        QList<QRegularExpression> out;
        for (const BehaviourKeyword& k : keywords) out.append(patternFor(k.phrase));
        return out;
    }();
    QList<Behaviour> found;
    for (int i = 0; i < patterns.size(); ++i)
        if (!found.contains(keywords[i].behaviour) && patterns[i].match(text).hasMatch()) found.append(keywords[i].behaviour);
    QList<Behaviour> ordered;
    for (Behaviour b : allValues<Behaviour>())
        if (found.contains(b)) ordered.append(b);
    return ordered;
}

} // namespace conduct::logimport
