// Second pass of pack validation: rules that span the pack. Item numbers and ids are unique,
// conditions point at items that exist (and never at themselves, directly or in a loop), score
// bands cover every score exactly once, and a pack claiming to be verified contains nothing
// unverified.

#include "domain/Codes.h"
#include "forms/FormPackParsing.h"
#include "forms/FormsText.h"

#include <QHash>
#include <QSet>
#include <functional>

namespace conduct::forms_detail {

namespace {

struct ItemRef {
    const FormItem* item;
    QString path;
};

QStringList validItemAnswers(const FormItem& item)
{
    QStringList out;
    switch (item.type) {
    case AnswerType::YesNo: return {yesCode(), noCode()};
    case AnswerType::YesNoDontKnow: return {yesCode(), noCode(), dontKnowCode()};
    case AnswerType::SingleChoice:
    case AnswerType::MultipleChoice:
        for (const auto& opt : item.options) out.append(opt.id);
        return out;
    default: return out;
    }
}

void collectItemRefs(const Condition& c, QStringList& out)
{
    if (c.kind == Condition::Kind::Item) out.append(c.key);
    for (const auto& child : c.children) collectItemRefs(child, out);
}

void checkCondition(const Condition& c, const QString& path, const FormItem& owner, const QHash<QString, ItemRef>& byId,
                    QList<Error>& errors)
{
    const auto fail = [&](const QString& message) { errors.append(Error{path, message}); };
    if (c.kind == Condition::Kind::All || c.kind == Condition::Kind::Any) {
        const QString key = c.kind == Condition::Kind::All ? QStringLiteral("all") : QStringLiteral("any");
        for (qsizetype i = 0; i < c.children.size(); ++i)
            checkCondition(c.children.at(i), path + QStringLiteral(".%1[%2]").arg(key).arg(i), owner, byId, errors);
        return;
    }
    if (c.key.isEmpty()) return;   // already reported by the parser
    if (c.kind == Condition::Kind::Fact) {
        if (c.key == QLatin1String("relationship") && (c.test == Condition::Test::Equals || c.test == Condition::Test::In)) {
            QStringList codes;
            for (const auto& e : relationshipTable()) codes.append(QString::fromLatin1(e.code));
            for (const auto& v : c.values)
                if (!codes.contains(v.toString()))
                    fail(FormsText::tr("relationship %1 is not a known relationship; use one of %2")
                             .arg(quoted(v.toString()), codes.join(QStringLiteral(", "))));
        }
        return;
    }
    if (c.key == owner.id) {
        fail(FormsText::tr("item %1 cannot depend on its own answer").arg(quoted(c.key)));
        return;
    }
    const auto target = byId.constFind(c.key);
    if (target == byId.constEnd()) {
        fail(FormsText::tr("condition refers to unknown item %1; use the id of an item in this pack").arg(quoted(c.key)));
        return;
    }
    const FormItem& other = *target->item;
    if (c.test == Condition::Test::AtLeast && other.type != AnswerType::Number)
        fail(FormsText::tr("\"atLeast\" compares numbers, but item %1 is %2").arg(quoted(other.id), quoted(answerTypeCode(other.type))));
    const QStringList valid = validItemAnswers(other);
    if (!valid.isEmpty() && (c.test == Condition::Test::Equals || c.test == Condition::Test::In)) {
        for (const auto& v : c.values)
            if (!valid.contains(v.toString()))
                fail(FormsText::tr("item %1 can never be %2; use one of %3")
                         .arg(quoted(other.id), quoted(v.toString()), valid.join(QStringLiteral(", "))));
    }
}

// Depth-first search over "is shown depending on" edges; reports the first loop found.
void checkConditionLoops(const QHash<QString, ItemRef>& byId, const QList<ItemRef>& order, QList<Error>& errors)
{
    QHash<QString, int> state;   // 0 unvisited, 1 on the current path, 2 done
    QStringList stack;
    std::function<bool(const QString&)> visit = [&](const QString& id) -> bool {
        state[id] = 1;
        stack.append(id);
        QStringList refs;
        if (byId.value(id).item->showWhen) collectItemRefs(*byId.value(id).item->showWhen, refs);
        for (const auto& next : refs) {
            if (next == id || !byId.contains(next)) continue;   // reported elsewhere
            if (state.value(next) == 1) {
                const QStringList loop = stack.mid(stack.indexOf(next)) << next;
                errors.append(Error{byId.value(id).path + QStringLiteral(".showWhen"),
                                    FormsText::tr("conditions form a loop (%1); no item in it could ever be shown")
                                        .arg(loop.join(QStringLiteral(" → ")))});
                return true;
            }
            if (state.value(next) == 0 && visit(next)) return true;
        }
        stack.removeLast();
        state[id] = 2;
        return false;
    };
    for (const auto& ref : order)
        if (state.value(ref.item->id) == 0 && visit(ref.item->id)) return;
}

void checkBands(const ScoringRules& scoring, QList<Error>& errors)
{
    const auto& levels = scoring.levels;
    QSet<QString> ids;
    int banded = 0;
    for (qsizetype i = 0; i < levels.size(); ++i) {
        const QString p = QStringLiteral("$.scoring.levels[%1]").arg(i);
        if (!levels.at(i).id.isEmpty() && ids.contains(levels.at(i).id))
            errors.append(Error{p + QStringLiteral(".id"), FormsText::tr("duplicate level id %1").arg(quoted(levels.at(i).id))});
        ids.insert(levels.at(i).id);
        if (levels.at(i).min) ++banded;
        if (levels.at(i).visibleHighRisk && !levels.at(i).min)
            errors.append(Error{p + QStringLiteral(".visibleHighRisk"), FormsText::tr("\"visible high risk\" is a score threshold; give this level a band (\"min\")")});
    }
    if (banded == 0) return;
    if (banded != levels.size()) {
        errors.append(Error{QStringLiteral("$.scoring.levels"), FormsText::tr("either every level has a score band (\"min\") or none has; %1 of %2 have one").arg(banded).arg(levels.size())});
        return;
    }
    if (*levels.first().min != 0)
        errors.append(Error{QStringLiteral("$.scoring.levels[0].min"), FormsText::tr("the lowest band must start at 0 so that every score has a level; it starts at %1").arg(*levels.first().min)});
    for (qsizetype i = 0; i < levels.size(); ++i) {
        const RiskLevel& level = levels.at(i);
        const QString p = QStringLiteral("$.scoring.levels[%1]").arg(i);
        const bool last = i + 1 == levels.size();
        if (last && level.max)
            errors.append(Error{p + QStringLiteral(".max"), FormsText::tr("the highest band must be open-ended (\"14 and above\"); remove \"max\"")});
        if (!last && !level.max) {
            errors.append(Error{p + QStringLiteral(".max"), FormsText::tr("only the highest band may be open-ended; give this band a \"max\"")});
            continue;
        }
        if (level.max && *level.max < *level.min)
            errors.append(Error{p + QStringLiteral(".max"), FormsText::tr("band maximum %1 is below its minimum %2").arg(*level.max).arg(*level.min)});
        if (!last && level.max) {
            const int expected = *level.max + 1;
            const int next = *levels.at(i + 1).min;
            const QString np = QStringLiteral("$.scoring.levels[%1].min").arg(i + 1);
            if (next > expected) {
                // Whole sentences, not "score"/"scores" spliced in, so that a translation can inflect.
                const QString gap = next - 1 == expected
                    ? FormsText::tr("bands leave a gap: score %1 has no level; start this band at %1").arg(expected)
                    : FormsText::tr("bands leave a gap: scores %1 to %2 have no level; start this band at %1").arg(expected).arg(next - 1);
                errors.append(Error{np, gap});
            }
            else if (next < expected)
                errors.append(Error{np, FormsText::tr("bands overlap: score %1 falls in two levels; start this band at %2").arg(next).arg(expected)});
        }
    }
}

} // namespace

void checkPack(const FormPack& pack, QList<Error>& errors)
{
    QHash<QString, ItemRef> byId;
    QHash<QString, QString> byNumber;
    QList<ItemRef> order;
    QStringList unverified;
    QSet<QString> sectionIds;
    for (qsizetype s = 0; s < pack.sections.size(); ++s) {
        const FormSection& section = pack.sections.at(s);
        const QString sp = QStringLiteral("$.sections[%1]").arg(s);
        if (!section.id.isEmpty() && sectionIds.contains(section.id))
            errors.append(Error{sp + QStringLiteral(".id"), FormsText::tr("duplicate section id %1").arg(quoted(section.id))});
        sectionIds.insert(section.id);
        if (section.verification == Verification::Unconfirmed) unverified.append(FormsText::tr("section %1").arg(quoted(section.title)));
        for (qsizetype i = 0; i < section.items.size(); ++i) {
            const FormItem& item = section.items.at(i);
            const QString p = itemPath(s, i);
            if (!item.number.isEmpty()) {
                if (byNumber.contains(item.number))
                    errors.append(Error{p + QStringLiteral(".number"), FormsText::tr("duplicate item number %1; it is already used by %2")
                                                                        .arg(quoted(item.number), byNumber.value(item.number))});
                else byNumber.insert(item.number, p);
            }
            if (!item.id.isEmpty()) {
                if (byId.contains(item.id))
                    errors.append(Error{p + QStringLiteral(".id"), FormsText::tr("duplicate item id %1; it is already used by %2")
                                                                    .arg(quoted(item.id), byId.value(item.id).path)});
                else {
                    byId.insert(item.id, ItemRef{&item, p});
                    order.append(ItemRef{&item, p});
                }
            }
            if (item.verification == Verification::Unconfirmed) unverified.append(FormsText::tr("item %1").arg(item.number));
        }
    }
    for (const auto& ref : order)
        if (ref.item->showWhen) checkCondition(*ref.item->showWhen, ref.path + QStringLiteral(".showWhen"), *ref.item, byId, errors);
    checkConditionLoops(byId, order, errors);

    for (const auto& level : pack.scoring.levels)
        if (level.verification == Verification::Unconfirmed) unverified.append(FormsText::tr("level %1").arg(quoted(level.id)));
    if (pack.verification == Verification::Confirmed && !unverified.isEmpty())
        errors.append(Error{QStringLiteral("$.verification"), FormsText::tr("the pack is marked confirmed but holds unconfirmed wording (%1); mark the pack \"unconfirmed\" until every part is checked")
                                                                  .arg(unverified.join(QStringLiteral(", ")))});
    if (pack.kind == PackKind::Risk && pack.scoring.levels.isEmpty())
        errors.append(Error{QStringLiteral("$.scoring"), FormsText::tr("a risk pack needs scoring rules with at least one level for the officer to choose (e.g. standard, medium, high)")});
    checkBands(pack.scoring, errors);
}

} // namespace conduct::forms_detail
