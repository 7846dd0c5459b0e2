// First pass of pack validation: the JSON shape. Every property is checked for its type, codes
// against their closed lists, and unknown properties are refused so that a misspelt key
// ("higRiskFactor") cannot silently drop a rule.

#include "forms/FormJsonReader.h"
#include "forms/FormPackParsing.h"

namespace conduct::forms_detail {

QString itemPath(qsizetype section, qsizetype item)
{
    return QStringLiteral("$.sections[%1].items[%2]").arg(section).arg(item);
}

QString quoted(const QString& s) { return QLatin1Char('"') + s + QLatin1Char('"'); }

namespace {

QList<ChoiceOption> parseOptions(Reader& r, const QJsonArray& a, const QString& path)
{
    QList<ChoiceOption> out;
    QStringList seen;
    r.objects(a, path, FormsText::tr("option"), [&](const QJsonObject& o, const QString& p) {
        r.onlyKeys(o, p, {QStringLiteral("id"), QStringLiteral("label")});
        ChoiceOption opt{r.text(o, QStringLiteral("id"), p, true, FormsText::tr("option id")),
                         r.text(o, QStringLiteral("label"), p, true, FormsText::tr("option label"))};
        if (!opt.id.isEmpty() && !isIdentifier(opt.id))
            r.fail(p + QStringLiteral(".id"), FormsText::tr("option id %1 may hold only letters, digits, '_', '-' and '.'").arg(quoted(opt.id)));
        else if (seen.contains(opt.id))
            r.fail(p + QStringLiteral(".id"), FormsText::tr("duplicate option id %1; each option needs its own id").arg(quoted(opt.id)));
        seen.append(opt.id);
        out.append(opt);
    });
    return out;
}

Condition parseCondition(Reader& r, const QJsonObject& o, const QString& path)
{
    Condition c;
    const bool isGroup = o.contains(QStringLiteral("all")) || o.contains(QStringLiteral("any"));
    const int subjects = int(o.contains(QStringLiteral("item"))) + int(o.contains(QStringLiteral("fact")))
                       + int(o.contains(QStringLiteral("all"))) + int(o.contains(QStringLiteral("any")));
    if (subjects != 1) {
        r.fail(path, FormsText::tr("a condition needs exactly one of \"item\", \"fact\", \"all\" or \"any\""));
        return c;
    }
    if (isGroup) {
        const QString key = o.contains(QStringLiteral("all")) ? QStringLiteral("all") : QStringLiteral("any");
        c.kind = key == QLatin1String("all") ? Condition::Kind::All : Condition::Kind::Any;
        r.onlyKeys(o, path, {key});
        const QJsonArray parts = r.list(o, key, path, true, FormsText::tr("condition group"));
        if (parts.isEmpty() && o.value(key).isArray())
            r.fail(keyPath(path, key), FormsText::tr("condition group is empty; list at least one condition"));
        r.objects(parts, keyPath(path, key), QStringLiteral("condition"),
                  [&](const QJsonObject& part, const QString& p) { c.children.append(parseCondition(r, part, p)); });
        return c;
    }
    const QString subject = o.contains(QStringLiteral("item")) ? QStringLiteral("item") : QStringLiteral("fact");
    c.kind = subject == QLatin1String("item") ? Condition::Kind::Item : Condition::Kind::Fact;
    r.onlyKeys(o, path, {subject, QStringLiteral("equals"), QStringLiteral("in"), QStringLiteral("atLeast"), QStringLiteral("answered")});
    c.key = r.text(o, subject, path, true, subject == QLatin1String("item") ? FormsText::tr("item id") : FormsText::tr("fact name"));
    const QStringList tests{QStringLiteral("equals"), QStringLiteral("in"), QStringLiteral("atLeast"), QStringLiteral("answered")};
    int testCount = 0;
    for (const auto& t : tests) testCount += int(o.contains(t));
    if (testCount != 1) {
        r.fail(path, FormsText::tr("a condition needs exactly one test: \"equals\", \"in\", \"atLeast\" or \"answered\""));
        return c;
    }
    const auto scalar = [](const QJsonValue& v) { return v.isString() || v.isDouble() || v.isBool(); };
    if (o.contains(QStringLiteral("equals"))) {
        c.test = Condition::Test::Equals;
        const QJsonValue v = o.value(QStringLiteral("equals"));
        if (!scalar(v)) r.fail(keyPath(path, QStringLiteral("equals")), FormsText::tr("must be text, a number or true/false, not %1").arg(describe(v)));
        else c.values.append(v.toVariant());
    } else if (o.contains(QStringLiteral("in"))) {
        c.test = Condition::Test::In;
        const QJsonArray values = r.list(o, QStringLiteral("in"), path, true, FormsText::tr("list of values"));
        if (values.isEmpty()) r.fail(keyPath(path, QStringLiteral("in")), FormsText::tr("list of values is empty; give at least one"));
        for (const auto& v : values) {
            if (!scalar(v)) r.fail(keyPath(path, QStringLiteral("in")), FormsText::tr("values must be text, numbers or true/false, not %1").arg(describe(v)));
            else c.values.append(v.toVariant());
        }
    } else if (o.contains(QStringLiteral("atLeast"))) {
        c.test = Condition::Test::AtLeast;
        c.threshold = r.number(o, QStringLiteral("atLeast"), path).value_or(0);
    } else {
        c.test = Condition::Test::Answered;
        if (r.flag(o, QStringLiteral("answered"), path) == false)
            r.fail(keyPath(path, QStringLiteral("answered")), FormsText::tr("only \"answered\": true is meaningful; to show an item when another is unanswered, leave the condition out"));
    }
    return c;
}

QStringList validCountAnswers(const FormItem& item)
{
    switch (item.type) {
    case AnswerType::YesNo: return {yesCode(), noCode()};
    case AnswerType::YesNoDontKnow: return {yesCode(), noCode(), dontKnowCode()};
    case AnswerType::Grid: return {yesCode()};
    case AnswerType::SingleChoice:
    case AnswerType::MultipleChoice: {
        QStringList ids;
        for (const auto& opt : item.options) ids.append(opt.id);
        return ids;
    }
    default: return {};
    }
}

FormItem parseItem(Reader& r, const QJsonObject& o, const QString& path, const FormPack& pack, bool sectionRequired)
{
    r.onlyKeys(o, path, {QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("text"), QStringLiteral("type"),
                         QStringLiteral("verification"), QStringLiteral("highRiskFactor"), QStringLiteral("required"),
                         QStringLiteral("comment"), QStringLiteral("sourceOfInformation"), QStringLiteral("exhibitReference"),
                         QStringLiteral("dated"), QStringLiteral("options"), QStringLiteral("rows"), QStringLiteral("columns"),
                         QStringLiteral("showWhen"), QStringLiteral("note"), QStringLiteral("citation"), QStringLiteral("scored"),
                         QStringLiteral("countAnswers"), QStringLiteral("min"), QStringLiteral("max")});
    FormItem item;
    const QJsonValue number = o.value(QStringLiteral("number"));
    if (number.isDouble() && std::floor(number.toDouble()) == number.toDouble() && number.toDouble() >= 0)
        item.number = QString::number(qint64(number.toDouble()));
    else
        item.number = r.text(o, QStringLiteral("number"), path, true, FormsText::tr("item number"));
    item.id = o.contains(QStringLiteral("id")) ? r.text(o, QStringLiteral("id"), path, true, FormsText::tr("item id")) : item.number;
    if (!item.id.isEmpty() && !isIdentifier(item.id))
        r.fail(keyPath(path, QStringLiteral("id")), FormsText::tr("item id %1 may hold only letters, digits, '_', '-' and '.'").arg(quoted(item.id)));

    if (pack.structureOnly) {
        if (o.contains(QStringLiteral("text")))
            r.fail(keyPath(path, QStringLiteral("text")), FormsText::tr("a structure-only pack holds no item wording; remove it, or import the licensed pack with \"structureOnly\": false"));
    } else {
        item.text = r.text(o, QStringLiteral("text"), path, true, FormsText::tr("item wording"));
    }
    item.type = r.code<AnswerType>(o, QStringLiteral("type"), path, true, FormsText::tr("answer type"), answerTypeFromCode, answerTypeCodes())
                    .value_or(AnswerType::Text);
    item.verification = r.verification(o, path, Verification::Confirmed);
    item.highRiskFactor = r.flag(o, QStringLiteral("highRiskFactor"), path);
    item.required = r.flag(o, QStringLiteral("required"), path).value_or(sectionRequired);
    item.allowComment = r.flag(o, QStringLiteral("comment"), path).value_or(true);
    item.allowSourceOfInformation = r.flag(o, QStringLiteral("sourceOfInformation"), path).value_or(false);
    item.allowExhibitReference = r.flag(o, QStringLiteral("exhibitReference"), path).value_or(false);
    item.dated = r.flag(o, QStringLiteral("dated"), path).value_or(false);
    item.note = r.text(o, QStringLiteral("note"), path, false, FormsText::tr("note"));
    item.citation = r.text(o, QStringLiteral("citation"), path, false, FormsText::tr("citation"));

    const bool choice = item.type == AnswerType::SingleChoice || item.type == AnswerType::MultipleChoice;
    const QString optionsPath = keyPath(path, QStringLiteral("options"));
    if (choice) {
        item.options = parseOptions(r, r.list(o, QStringLiteral("options"), path, true, FormsText::tr("choice options")), optionsPath);
        if (item.options.size() < 2 && o.value(QStringLiteral("options")).isArray())
            r.fail(optionsPath, FormsText::tr("a choice needs at least two options; found %1").arg(item.options.size()));
    } else if (o.contains(QStringLiteral("options"))) {
        r.fail(optionsPath, FormsText::tr("only single and multiple choice items have options; this item is %1").arg(quoted(answerTypeCode(item.type))));
    }
    for (const auto& key : {QStringLiteral("rows"), QStringLiteral("columns")}) {
        if (item.type == AnswerType::Grid) {
            auto parsed = parseOptions(r, r.list(o, key, path, true, FormsText::tr("grid %1").arg(key)), keyPath(path, key));
            if (parsed.isEmpty() && o.value(key).isArray())
                r.fail(keyPath(path, key), FormsText::tr("a grid needs at least one entry in %1").arg(quoted(key)));
            (key == QLatin1String("rows") ? item.gridRows : item.gridColumns) = parsed;
        } else if (o.contains(key)) {
            r.fail(keyPath(path, key), FormsText::tr("only grid items have rows and columns; this item is %1").arg(quoted(answerTypeCode(item.type))));
        }
    }

    item.minimum = r.number(o, QStringLiteral("min"), path);
    item.maximum = r.number(o, QStringLiteral("max"), path);
    if ((item.minimum || item.maximum) && item.type != AnswerType::Number)
        r.fail(path, FormsText::tr("\"min\" and \"max\" apply only to number items"));
    else if (item.minimum && item.maximum && *item.minimum > *item.maximum)
        r.fail(keyPath(path, QStringLiteral("max")), FormsText::tr("maximum %1 is below minimum %2").arg(*item.maximum).arg(*item.minimum));

    const bool scorable = item.type == AnswerType::YesNo || item.type == AnswerType::YesNoDontKnow
                       || item.type == AnswerType::Grid || choice;
    const auto scored = r.flag(o, QStringLiteral("scored"), path);
    item.scored = scored.value_or(pack.scoring.counted && scorable && !choice);
    if (scored == true && !scorable)
        r.fail(keyPath(path, QStringLiteral("scored")), FormsText::tr("%1 items cannot be scored; only yes/no, choice and grid answers count")
                                                            .arg(quoted(answerTypeCode(item.type))));
    else if (scored == true && !pack.scoring.counted)
        r.fail(keyPath(path, QStringLiteral("scored")), FormsText::tr("the pack has no counted scoring; set \"scoring\": {\"method\": \"count\"} or remove \"scored\""));

    for (const auto& v : r.list(o, QStringLiteral("countAnswers"), path, false, FormsText::tr("answers that count"))) {
        const QStringList valid = validCountAnswers(item);
        if (!v.isString() || !valid.contains(v.toString()))
            r.fail(keyPath(path, QStringLiteral("countAnswers")), FormsText::tr("%1 is not an answer this item can have; use one of %2")
                                                                      .arg(describe(v), valid.join(QStringLiteral(", "))));
        else item.countAnswers.append(v.toString());
    }
    if (item.scored && choice && item.countAnswers.isEmpty())
        r.fail(keyPath(path, QStringLiteral("countAnswers")), FormsText::tr("a scored choice item must list which option ids count"));

    if (o.contains(QStringLiteral("showWhen"))) {
        const QJsonValue v = o.value(QStringLiteral("showWhen"));
        if (!v.isObject()) r.fail(keyPath(path, QStringLiteral("showWhen")), FormsText::tr("condition must be an object, not %1").arg(describe(v)));
        else item.showWhen = parseCondition(r, v.toObject(), keyPath(path, QStringLiteral("showWhen")));
    }
    return item;
}

RiskLevel parseLevel(Reader& r, const QJsonObject& o, const QString& path)
{
    r.onlyKeys(o, path, {QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("definition"), QStringLiteral("min"),
                         QStringLiteral("max"), QStringLiteral("visibleHighRisk"), QStringLiteral("promptsFullerAssessment"),
                         QStringLiteral("verification")});
    RiskLevel level;
    level.id = r.text(o, QStringLiteral("id"), path, true, FormsText::tr("level id"));
    level.label = r.text(o, QStringLiteral("label"), path, true, FormsText::tr("level label"));
    level.definition = r.text(o, QStringLiteral("definition"), path, false, FormsText::tr("level definition"));
    level.min = r.wholeNumber(o, QStringLiteral("min"), path, false, FormsText::tr("band minimum"), 0);
    level.max = r.wholeNumber(o, QStringLiteral("max"), path, false, FormsText::tr("band maximum"), 0);
    level.visibleHighRisk = r.flag(o, QStringLiteral("visibleHighRisk"), path).value_or(false);
    level.promptsFullerAssessment = r.flag(o, QStringLiteral("promptsFullerAssessment"), path).value_or(false);
    level.verification = r.verification(o, path, Verification::Confirmed);
    return level;
}

void parseScoring(Reader& r, const QJsonObject& o, const QString& path, ScoringRules& scoring)
{
    r.onlyKeys(o, path, {QStringLiteral("method"), QStringLiteral("countAnswers"), QStringLiteral("levels"), QStringLiteral("note")});
    const QString method = r.text(o, QStringLiteral("method"), path, true, FormsText::tr("scoring method"));
    if (!method.isEmpty() && method != QLatin1String("count") && method != QLatin1String("officer"))
        r.fail(keyPath(path, QStringLiteral("method")), FormsText::tr("unknown scoring method %1; use \"count\" (score = number of counted answers) or \"officer\" (graded by the officer)").arg(quoted(method)));
    scoring.counted = method == QLatin1String("count");
    scoring.note = r.text(o, QStringLiteral("note"), path, false, FormsText::tr("scoring note"));
    if (o.contains(QStringLiteral("countAnswers"))) {
        scoring.countAnswers.clear();
        for (const auto& v : r.list(o, QStringLiteral("countAnswers"), path, true, FormsText::tr("answers that count"))) {
            if (!v.isString() || !QStringList{yesCode(), noCode(), dontKnowCode()}.contains(v.toString()))
                r.fail(keyPath(path, QStringLiteral("countAnswers")), FormsText::tr("%1 cannot be counted pack-wide; use yes, no or dont_know").arg(describe(v)));
            else scoring.countAnswers.append(v.toString());
        }
    }
    r.objects(r.list(o, QStringLiteral("levels"), path, true, FormsText::tr("levels")), keyPath(path, QStringLiteral("levels")),
              FormsText::tr("level"), [&](const QJsonObject& lo, const QString& p) { scoring.levels.append(parseLevel(r, lo, p)); });
    if (method == QLatin1String("officer") && scoring.hasBands())
        r.fail(keyPath(path, QStringLiteral("levels")), FormsText::tr("officer-graded levels have no score bands; remove \"min\" and \"max\" or use \"method\": \"count\""));
}

} // namespace

FormPack parsePack(const QJsonObject& root, QList<Error>& errors)
{
    Reader r(errors);
    const QString top = QStringLiteral("$");
    FormPack pack;
    r.onlyKeys(root, top, {QStringLiteral("formatVersion"), QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("title"),
                         QStringLiteral("source"), QStringLiteral("copyright"), QStringLiteral("notice"), QStringLiteral("instructions"),
                         QStringLiteral("marking"), QStringLiteral("citation"), QStringLiteral("variant"), QStringLiteral("verification"),
                         QStringLiteral("kind"), QStringLiteral("structureOnly"), QStringLiteral("sections"), QStringLiteral("scoring")});
    const auto format = r.wholeNumber(root, QStringLiteral("formatVersion"), top, true, FormsText::tr("pack format version"), 1);
    if (format && *format != FormPack::currentFormatVersion)
        r.fail(QStringLiteral("$.formatVersion"), FormsText::tr("pack format version %1 is not supported; this version of Conduct reads format %2")
                                                      .arg(*format).arg(FormPack::currentFormatVersion));
    pack.id = r.text(root, QStringLiteral("id"), top, true, FormsText::tr("pack id"));
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    if (!pack.id.isEmpty() && !idPattern.match(pack.id).hasMatch())
        r.fail(QStringLiteral("$.id"), FormsText::tr("pack id %1 must be lower-case letters and digits joined by single hyphens, e.g. \"dash-2009\"").arg(quoted(pack.id)));
    pack.version = r.wholeNumber(root, QStringLiteral("version"), top, true, FormsText::tr("pack version"), 1).value_or(0);
    pack.title = r.text(root, QStringLiteral("title"), top, true, FormsText::tr("title"));
    pack.source = r.text(root, QStringLiteral("source"), top, true, FormsText::tr("source"));
    pack.copyright = r.text(root, QStringLiteral("copyright"), top, true, FormsText::tr("copyright notice"));
    pack.notice = r.text(root, QStringLiteral("notice"), top, false, FormsText::tr("notice"));
    pack.instructions = r.text(root, QStringLiteral("instructions"), top, false, FormsText::tr("instructions"));
    pack.marking = r.text(root, QStringLiteral("marking"), top, false, FormsText::tr("protective marking"));
    pack.citation = r.text(root, QStringLiteral("citation"), top, false, FormsText::tr("citation"));
    pack.variant = r.text(root, QStringLiteral("variant"), top, false, FormsText::tr("variant"));
    pack.kind = r.code<PackKind>(root, QStringLiteral("kind"), top, true, FormsText::tr("pack kind"), packKindFromCode,
                                 {QStringLiteral("risk"), QStringLiteral("checklist"), QStringLiteral("template")})
                    .value_or(PackKind::Risk);
    const bool hasVerification = root.contains(QStringLiteral("verification"));
    pack.verification = r.verification(root, top, Verification::Unconfirmed);
    if (!hasVerification)
        r.fail(QStringLiteral("$.verification"), FormsText::tr("pack verification is missing; use \"confirmed\" or \"unconfirmed\""));
    pack.structureOnly = r.flag(root, QStringLiteral("structureOnly"), top).value_or(false);

    if (root.contains(QStringLiteral("scoring"))) {
        const QJsonValue v = root.value(QStringLiteral("scoring"));
        if (!v.isObject()) r.fail(QStringLiteral("$.scoring"), FormsText::tr("scoring must be an object, not %1").arg(describe(v)));
        else parseScoring(r, v.toObject(), QStringLiteral("$.scoring"), pack.scoring);
    }

    const QJsonArray sections = r.list(root, QStringLiteral("sections"), top, true, FormsText::tr("sections"));
    if (sections.isEmpty() && root.value(QStringLiteral("sections")).isArray())
        r.fail(QStringLiteral("$.sections"), FormsText::tr("the pack has no sections; add at least one section with items"));
    r.objects(sections, QStringLiteral("$.sections"), FormsText::tr("section"), [&](const QJsonObject& so, const QString& p) {
        r.onlyKeys(so, p, {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("verification"), QStringLiteral("note"),
                           QStringLiteral("required"), QStringLiteral("items")});
        FormSection section;
        section.id = r.text(so, QStringLiteral("id"), p, false, FormsText::tr("section id"));
        section.title = r.text(so, QStringLiteral("title"), p, true, FormsText::tr("section title"));
        section.verification = r.verification(so, p, Verification::Confirmed);
        section.note = r.text(so, QStringLiteral("note"), p, false, FormsText::tr("section note"));
        const bool required = r.flag(so, QStringLiteral("required"), p).value_or(true);
        const QJsonArray items = r.list(so, QStringLiteral("items"), p, true, FormsText::tr("items"));
        if (items.isEmpty() && so.value(QStringLiteral("items")).isArray())
            r.fail(keyPath(p, QStringLiteral("items")), FormsText::tr("the section has no items; add at least one"));
        r.objects(items, keyPath(p, QStringLiteral("items")), FormsText::tr("item"), [&](const QJsonObject& io, const QString& ip) {
            section.items.append(parseItem(r, io, ip, pack, required));
        }, [&] { section.items.append(FormItem{}); });
        pack.sections.append(section);
    }, [&] { pack.sections.append(FormSection{}); });
    return pack;
}

} // namespace conduct::forms_detail
