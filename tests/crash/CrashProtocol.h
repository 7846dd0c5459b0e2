#pragma once
// What the crash writer and the crash harness agree on: one line per write, and the state a
// sequence of writes leaves the case store in.
//
// The writer appends a line to the intent log before each write and to the acknowledged log
// after the write's commit returned success (each line fsync'd). After a SIGKILL the store must
// hold exactly the acknowledged writes, plus possibly the one write in flight (the last intent
// with no acknowledgement), entirely or not at all.
//
// Line: "<seq> <kind> <urn> [args…]", fields separated by one space, tokens never contain spaces.
//   import  URN OFFICER P1,P2,… I1,I2,…   a new case with its people and incidents (one transaction)
//   person  URN P                        a person added to the case
//   add     URN I                        an incident added
//   update  URN OLD NEW                  an incident's description changed from OLD's to NEW's
//   remove  URN I                        an incident removed
//   officer URN OFFICER                  the case's officer changed
//   delete  URN                          the case deleted (its people and incidents with it)
// EXTENSION POINT (risk assessments): when core gains a risk assessment service, add kinds here
// (e.g. "risk URN R" for an assessment saved with unique token R in its answers), apply them in
// CrashState::apply, read them back in the harness's readStoreState, and write them in
// crash_writer.cpp's operation table.

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace conduct::crash {

// The account the writer signs in as (an officer and supervisor: it deletes cases too).
inline constexpr const char* writerAccount = "crash.writer";

// Person and incident tokens also determine the exact text written, so that the harness checks
// content, not just presence. An incident description is its token followed by filler whose
// length the token encodes ("I<seq>n<k>x<len>").
inline QString descriptionFor(const QString& token)
{
    const int at = int(token.lastIndexOf(u'x'));
    const int length = at < 0 ? 0 : token.mid(at + 1).toInt();
    QString text = token + u' ';
    while (text.size() < token.size() + 1 + length) text += QStringLiteral("dear diary ");
    return text.left(token.size() + 1 + length);
}
inline QString tokenOfDescription(const QString& description) { return description.section(u' ', 0, 0); }

// A person's surname is its token; each person has one phone number derived from it.
inline QString phoneFor(const QString& personToken) { return QStringLiteral("07700 900 ") + personToken; }

struct CaseState {
    QString officer;
    QStringList people;      // person tokens, sorted
    QStringList incidents;   // incident tokens, sorted
    bool operator==(const CaseState&) const = default;
};
using CrashState = QMap<QString, CaseState>;   // by URN

struct Op {
    qint64 seq = 0;
    QString kind;
    QString urn;
    QStringList args;

    QByteArray toLine() const
    {
        QStringList fields{QString::number(seq), kind, urn};
        fields += args;
        return fields.join(u' ').toUtf8() + '\n';
    }

    static std::optional<Op> parse(const QByteArray& line)
    {
        const QStringList fields = QString::fromUtf8(line).trimmed().split(u' ');
        if (fields.size() < 3) return std::nullopt;
        Op op;
        bool ok = false;
        op.seq = fields[0].toLongLong(&ok);
        if (!ok) return std::nullopt;
        op.kind = fields[1];
        op.urn = fields[2];
        op.args = fields.mid(3);
        return op;
    }

    // The state after this write, or nullopt when the write cannot apply to `before`.
    std::optional<CrashState> applyTo(CrashState state) const
    {
        const auto list = [](const QString& field) { return field == QLatin1String("-") ? QStringList() : field.split(u','); };
        if (kind == QLatin1String("import") && args.size() == 3) {
            if (state.contains(urn)) return std::nullopt;
            CaseState c{args[0], list(args[1]), list(args[2])};
            c.people.sort();
            c.incidents.sort();
            state.insert(urn, c);
            return state;
        }
        if (!state.contains(urn)) return std::nullopt;
        CaseState& c = state[urn];
        if (kind == QLatin1String("person") && args.size() == 1) {
            c.people.append(args[0]);
            c.people.sort();
        } else if (kind == QLatin1String("add") && args.size() == 1) {
            c.incidents.append(args[0]);
            c.incidents.sort();
        } else if (kind == QLatin1String("update") && args.size() == 2) {
            if (c.incidents.removeAll(args[0]) != 1) return std::nullopt;
            c.incidents.append(args[1]);
            c.incidents.sort();
        } else if (kind == QLatin1String("remove") && args.size() == 1) {
            if (c.incidents.removeAll(args[0]) != 1) return std::nullopt;
        } else if (kind == QLatin1String("officer") && args.size() == 1) {
            c.officer = args[0];
        } else if (kind == QLatin1String("delete") && args.isEmpty()) {
            state.remove(urn);
        } else {
            return std::nullopt;
        }
        return state;
    }
};

} // namespace conduct::crash
