#include "forms/FormAnswers.h"

#include "forms/FormsText.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QMetaType>
#include <algorithm>

namespace conduct {

namespace {

QString questionField(const FormItem& item) { return FormsText::tr("Question %1").arg(item.number); }

QStringList optionIds(const QList<ChoiceOption>& options)
{
    QStringList ids;
    for (const auto& o : options) ids.append(o.id);
    return ids;
}

// Accepts QStringList or QVariantList of strings (as JSON gives them).
std::optional<QStringList> stringList(const QVariant& v)
{
    if (v.typeId() == QMetaType::QStringList) return v.toStringList();
    if (v.typeId() != QMetaType::QVariantList) return std::nullopt;
    QStringList out;
    for (const auto& e : v.toList()) {
        if (e.typeId() != QMetaType::QString) return std::nullopt;
        out.append(e.toString());
    }
    return out;
}

Error notOneOf(const FormItem& item, const QStringList& valid)
{
    return Error{questionField(item), FormsText::tr("choose one of: %1.").arg(valid.join(QStringLiteral(", ")))};
}

bool sameValue(const QVariant& a, const QVariant& b)
{
    bool aNum = false, bNum = false;
    const double x = a.toDouble(&aNum), y = b.toDouble(&bNum);
    if (aNum && bNum) return x == y;   // 3 == 3.0 == "3"
    return a.toString() == b.toString();
}

bool factHolds(const Condition& c, const CaseFacts& facts)
{
    if (!facts.contains(c.key)) return false;
    const QVariant fact = facts.value(c.key);
    switch (c.test) {
    case Condition::Test::Equals: return sameValue(fact, c.values.value(0));
    case Condition::Test::In:
        return std::any_of(c.values.begin(), c.values.end(), [&](const QVariant& v) { return sameValue(fact, v); });
    case Condition::Test::AtLeast: {
        bool ok = false;
        const double d = fact.toDouble(&ok);
        return ok && d >= c.threshold;
    }
    case Condition::Test::Answered: return !fact.toString().trimmed().isEmpty();
    }
    return false;
}

bool visibleAtDepth(const FormPack& pack, const FormItem& item, const FormAnswers& answers, const CaseFacts& facts, int depth);

bool holds(const FormPack& pack, const Condition& c, const FormAnswers& answers, const CaseFacts& facts, int depth)
{
    switch (c.kind) {
    case Condition::Kind::All:
        return std::all_of(c.children.begin(), c.children.end(),
                           [&](const Condition& child) { return holds(pack, child, answers, facts, depth); });
    case Condition::Kind::Any:
        return std::any_of(c.children.begin(), c.children.end(),
                           [&](const Condition& child) { return holds(pack, child, answers, facts, depth); });
    case Condition::Kind::Fact: return factHolds(c, facts);
    case Condition::Kind::Item: break;
    }
    const FormItem* target = pack.findItem(c.key);
    // An answer to a hidden item does not count: it was given before the form changed shape.
    if (!target || !visibleAtDepth(pack, *target, answers, facts, depth + 1) || !isAnswered(*target, answers)) return false;
    const QVariant value = answers.value(target->id);
    switch (c.test) {
    case Condition::Test::Answered: return true;
    case Condition::Test::AtLeast: return value.toDouble() >= c.threshold;
    case Condition::Test::Equals:
    case Condition::Test::In:
        if (target->type == AnswerType::MultipleChoice) {
            const QStringList selected = stringList(value).value_or(QStringList{});
            return std::any_of(c.values.begin(), c.values.end(), [&](const QVariant& v) { return selected.contains(v.toString()); });
        }
        return std::any_of(c.values.begin(), c.values.end(), [&](const QVariant& v) { return sameValue(value, v); });
    }
    return false;
}

bool visibleAtDepth(const FormPack& pack, const FormItem& item, const FormAnswers& answers, const CaseFacts& facts, int depth)
{
    // Validated packs have no condition loops; the depth limit guards hand-built packs.
    if (depth > 64) return false;
    return !item.showWhen || holds(pack, *item.showWhen, answers, facts, depth);
}

} // namespace

Result<QVariant> normaliseAnswer(const FormItem& item, const QVariant& value)
{
    const QString s = value.toString();
    switch (item.type) {
    case AnswerType::YesNo:
    case AnswerType::YesNoDontKnow: {
        QStringList valid{yesCode(), noCode()};
        if (item.type == AnswerType::YesNoDontKnow) valid.append(dontKnowCode());
        if (value.typeId() != QMetaType::QString || !valid.contains(s)) return notOneOf(item, valid);
        return QVariant(s);
    }
    case AnswerType::SingleChoice:
        if (value.typeId() != QMetaType::QString || !optionIds(item.options).contains(s)) return notOneOf(item, optionIds(item.options));
        return QVariant(s);
    case AnswerType::Text:
        if (value.typeId() != QMetaType::QString) return Error{questionField(item), FormsText::tr("the answer must be text.")};
        return QVariant(s);
    case AnswerType::Date: {
        const QDate d = value.typeId() == QMetaType::QDate ? value.toDate() : QDate::fromString(s, Qt::ISODate);
        if (!d.isValid()) return Error{questionField(item), FormsText::tr("give a date such as 2024-05-31.")};
        return QVariant(d);
    }
    case AnswerType::Number: {
        bool ok = false;
        const double d = value.toDouble(&ok);
        if (!ok || value.typeId() == QMetaType::QString || value.typeId() == QMetaType::Bool)
            return Error{questionField(item), FormsText::tr("the answer must be a number.")};
        if ((item.minimum && d < *item.minimum) || (item.maximum && d > *item.maximum))
            return Error{questionField(item), FormsText::tr("give a number from %1 to %2.")
                                                  .arg(item.minimum ? QString::number(*item.minimum) : FormsText::tr("any"),
                                                       item.maximum ? QString::number(*item.maximum) : FormsText::tr("any"))};
        return QVariant(d);
    }
    case AnswerType::MultipleChoice: {
        const auto ids = stringList(value);
        const QStringList valid = optionIds(item.options);
        if (!ids) return notOneOf(item, valid);
        for (const auto& id : *ids)
            if (!valid.contains(id)) return notOneOf(item, valid);
        return QVariant(*ids);
    }
    case AnswerType::Grid: {
        if (value.typeId() != QMetaType::QVariantMap)
            return Error{questionField(item), FormsText::tr("tick the columns that apply on each row.")};
        const QStringList rows = optionIds(item.gridRows), columns = optionIds(item.gridColumns);
        QVariantMap out;
        const QVariantMap in = value.toMap();
        for (auto it = in.begin(); it != in.end(); ++it) {
            const auto ticked = stringList(it.value());
            if (!rows.contains(it.key())) return Error{questionField(item), FormsText::tr("there is no row %1; rows are %2.").arg(it.key(), rows.join(QStringLiteral(", ")))};
            if (!ticked) return notOneOf(item, columns);
            for (const auto& c : *ticked)
                if (!columns.contains(c)) return notOneOf(item, columns);
            out.insert(it.key(), *ticked);
        }
        return QVariant(out);
    }
    }
    return Error{questionField(item), FormsText::tr("unsupported answer type.")};
}

QList<Error> validateAnswers(const FormPack& pack, const FormAnswers& answers)
{
    QList<Error> errors;
    for (auto it = answers.items.begin(); it != answers.items.end(); ++it) {
        const FormItem* item = pack.findItem(it.key());
        if (!item) {
            errors.append(Error{it.key(), FormsText::tr("this form (%1 version %2) has no item %3.").arg(pack.id).arg(pack.version).arg(it.key())});
            continue;
        }
        if (!it->value.isNull()) {
            const auto normal = normaliseAnswer(*item, it->value);
            if (!normal.ok()) errors.append(normal.error());
        }
    }
    return errors;
}

bool isAnswered(const FormItem& item, const FormAnswers& answers)
{
    const auto it = answers.items.constFind(item.id);
    if (it == answers.items.constEnd() || it->value.isNull()) return false;
    if (!normaliseAnswer(item, it->value).ok()) return false;
    switch (item.type) {
    case AnswerType::Text: return !it->value.toString().trimmed().isEmpty();
    case AnswerType::Grid: {
        // Each sub-option is answered, even if only with "none of these".
        const QVariantMap rows = it->value.toMap();
        return std::all_of(item.gridRows.begin(), item.gridRows.end(), [&](const ChoiceOption& r) { return rows.contains(r.id); });
    }
    default: return true;
    }
}

bool isVisible(const FormPack& pack, const FormItem& item, const FormAnswers& answers, const CaseFacts& facts)
{
    return visibleAtDepth(pack, item, answers, facts, 0);
}

QList<const FormItem*> visibleItems(const FormPack& pack, const FormAnswers& answers, const CaseFacts& facts)
{
    QList<const FormItem*> out;
    for (const FormItem* item : pack.items())
        if (isVisible(pack, *item, answers, facts)) out.append(item);
    return out;
}

QStringList unansweredRequired(const FormPack& pack, const FormAnswers& answers, const CaseFacts& facts)
{
    QStringList numbers;
    for (const FormItem* item : visibleItems(pack, answers, facts))
        if (item->required && !isAnswered(*item, answers)) numbers.append(item->number);
    return numbers;
}

Status checkComplete(const FormPack& pack, const FormAnswers& answers, const CaseFacts& facts)
{
    if (pack.structureOnly)
        return Error{pack.title, FormsText::tr("this pack holds the structure only; import the licensed pack before completing it.")};
    const QStringList missing = unansweredRequired(pack, answers, facts);
    if (missing.isEmpty()) return {};
    // Two whole sentences rather than an appended "s", so that a translation can inflect freely.
    const QString message = missing.size() == 1 ? FormsText::tr("answer question %1 before finishing the form.")
                                                : FormsText::tr("answer questions %1 before finishing the form.");
    return Error{FormsText::tr("Unanswered questions"), message.arg(missing.join(QStringLiteral(", ")))};
}

QList<AnswerChange> diffAnswers(const FormAnswers& before, const FormAnswers& after)
{
    QStringList ids = before.items.keys();
    for (const auto& id : after.items.keys())
        if (!ids.contains(id)) ids.append(id);
    std::sort(ids.begin(), ids.end());
    QList<AnswerChange> out;
    for (const auto& id : ids) {
        const ItemAnswer a = before.items.value(id), b = after.items.value(id);
        if (a == b) continue;
        AnswerChange change;
        change.itemId = id;
        change.valueChanged = a.value != b.value;
        change.commentChanged = a.comment != b.comment;
        change.detailsChanged = a.sourceOfInformation != b.sourceOfInformation || a.exhibitReference != b.exhibitReference
                             || a.date != b.date;
        change.before = a.value;
        change.after = b.value;
        out.append(change);
    }
    return out;
}

QList<AnswerChange> diffAnswers(const FormPack& pack, const FormAnswers& before, const FormAnswers& after)
{
    const QList<AnswerChange> changes = diffAnswers(before, after);
    QList<AnswerChange> out;
    for (const FormItem* item : pack.items())
        for (const auto& c : changes)
            if (c.itemId == item->id) {
                out.append(c);
                out.last().number = item->number;
            }
    for (const auto& c : changes)   // answers to items the pack no longer has still count as changes
        if (!pack.findItem(c.itemId)) out.append(c);
    return out;
}

QJsonObject answersToJson(const FormAnswers& answers)
{
    QJsonObject out;
    for (auto it = answers.items.begin(); it != answers.items.end(); ++it) {
        QJsonObject a;
        const QVariant& v = it->value;
        if (v.typeId() == QMetaType::QDate) a.insert(QStringLiteral("value"), v.toDate().toString(Qt::ISODate));
        else if (!v.isNull()) a.insert(QStringLiteral("value"), QJsonValue::fromVariant(v));
        if (!it->comment.isEmpty()) a.insert(QStringLiteral("comment"), it->comment);
        if (!it->sourceOfInformation.isEmpty()) a.insert(QStringLiteral("sourceOfInformation"), it->sourceOfInformation);
        if (!it->exhibitReference.isEmpty()) a.insert(QStringLiteral("exhibitReference"), it->exhibitReference);
        if (it->date.isValid()) a.insert(QStringLiteral("date"), it->date.toString(Qt::ISODate));
        out.insert(it.key(), a);
    }
    return out;
}

Result<FormAnswers> answersFromJson(const FormPack& pack, const QJsonObject& json)
{
    FormAnswers out;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const FormItem* item = pack.findItem(it.key());
        if (!item) return Error{it.key(), FormsText::tr("this form (%1 version %2) has no item %3.").arg(pack.id).arg(pack.version).arg(it.key())};
        const QJsonObject a = it.value().toObject();
        ItemAnswer answer;
        if (a.contains(QStringLiteral("value"))) {
            const auto value = normaliseAnswer(*item, a.value(QStringLiteral("value")).toVariant());
            if (!value.ok()) return value.error();
            answer.value = value.value();
        }
        answer.comment = a.value(QStringLiteral("comment")).toString();
        answer.sourceOfInformation = a.value(QStringLiteral("sourceOfInformation")).toString();
        answer.exhibitReference = a.value(QStringLiteral("exhibitReference")).toString();
        answer.date = QDate::fromString(a.value(QStringLiteral("date")).toString(), Qt::ISODate);
        out.items.insert(it.key(), answer);
    }
    return out;
}

} // namespace conduct
