// Pack validation: each malformed pack is the valid synthetic pack with one thing broken, so a
// failure can only come from that one change. Every fault must carry its JSON path, and no pack
// may come back when anything is wrong.

#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "forms/FormPackLoader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <functional>

using namespace conduct;

namespace {

QJsonObject validRoot()
{
    QFile f(test::sourcePath(QStringLiteral("tests/data/forms/all-types.json")));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(f.readAll()).object();
}

using Edit = std::function<void(QJsonObject&)>;

// Applies `edit` to item `i` of section `s` (JSON objects are values in Qt, so write them back).
void editItem(QJsonObject& root, int s, int i, const Edit& edit)
{
    QJsonArray sections = root.value(QStringLiteral("sections")).toArray();
    QJsonObject section = sections.at(s).toObject();
    QJsonArray items = section.value(QStringLiteral("items")).toArray();
    QJsonObject item = items.at(i).toObject();
    edit(item);
    items.replace(i, item);
    section.insert(QStringLiteral("items"), items);
    sections.replace(s, section);
    root.insert(QStringLiteral("sections"), sections);
}

void editLevel(QJsonObject& root, int l, const Edit& edit)
{
    QJsonObject scoring = root.value(QStringLiteral("scoring")).toObject();
    QJsonArray levels = scoring.value(QStringLiteral("levels")).toArray();
    QJsonObject level = levels.at(l).toObject();
    edit(level);
    levels.replace(l, level);
    scoring.insert(QStringLiteral("levels"), levels);
    root.insert(QStringLiteral("scoring"), scoring);
}

PackValidation loadEdited(const Edit& edit)
{
    QJsonObject root = validRoot();
    edit(root);
    return loadFormPack(QJsonDocument(root).toJson());
}

bool hasError(const PackValidation& v, const QString& path, const QString& fragment)
{
    for (const auto& e : v.errors)
        if (e.field == path && e.message.contains(fragment)) return true;
    return false;
}

struct Malformed {
    const char* kind;
    Edit edit;
    const char* path;
    const char* fragment;
};

QJsonValue str(const char* s) { return QJsonValue(QString::fromUtf8(s)); }

} // namespace

TEST_CASE("The synthetic all-types pack is valid", "[forms]")
{
    const PackValidation v = loadEdited([](QJsonObject&) {});
    INFO(v.summary().toStdString());
    REQUIRE(v.ok());
    CHECK(v.pack->itemCount() == 13);
}

TEST_CASE("Malformed packs are refused with the JSON path of each fault", "[forms]")
{
    const QList<Malformed> cases{
        {"missing id", [](QJsonObject& r) { r.remove(QStringLiteral("id")); }, "$.id", "pack id is missing"},
        {"badly formed id", [](QJsonObject& r) { r.insert(QStringLiteral("id"), str("DASH 2009")); }, "$.id", "lower-case letters"},
        {"non-integer version", [](QJsonObject& r) { r.insert(QStringLiteral("version"), 1.5); }, "$.version", "whole number of 1 or more, not 1.5"},
        {"version as text", [](QJsonObject& r) { r.insert(QStringLiteral("version"), str("2")); }, "$.version", "not \"2\""},
        {"unsupported format", [](QJsonObject& r) { r.insert(QStringLiteral("formatVersion"), 2); }, "$.formatVersion", "not supported"},
        {"unknown kind", [](QJsonObject& r) { r.insert(QStringLiteral("kind"), str("quiz")); }, "$.kind", "unknown pack kind \"quiz\"; use one of risk, checklist, template"},
        {"unknown pack verification", [](QJsonObject& r) { r.insert(QStringLiteral("verification"), str("checked")); }, "$.verification", "unknown verification \"checked\"; use one of confirmed, unconfirmed"},
        {"missing pack verification", [](QJsonObject& r) { r.remove(QStringLiteral("verification")); }, "$.verification", "is missing"},
        {"title not text", [](QJsonObject& r) { r.insert(QStringLiteral("title"), 7); }, "$.title", "must be text, not 7"},
        {"misspelt property", [](QJsonObject& r) { editItem(r, 0, 0, [](QJsonObject& i) { i.insert(QStringLiteral("higRiskFactor"), true); }); },
         "$.sections[0].items[0].higRiskFactor", "unknown property \"higRiskFactor\""},
        {"unknown answer type", [](QJsonObject& r) { editItem(r, 1, 3, [](QJsonObject& i) { i.insert(QStringLiteral("type"), str("yes-no")); }); },
         "$.sections[1].items[3].type", "unknown answer type \"yes-no\"; use one of yesno, yesnodk, text, date, number, single, multiple, grid"},
        {"duplicate item number", [](QJsonObject& r) { editItem(r, 0, 1, [](QJsonObject& i) { i.insert(QStringLiteral("number"), str("1")); }); },
         "$.sections[0].items[1].number", "duplicate item number \"1\"; it is already used by $.sections[0].items[0]"},
        {"duplicate item id", [](QJsonObject& r) { editItem(r, 1, 0, [](QJsonObject& i) { i.insert(QStringLiteral("id"), str("y1")); }); },
         "$.sections[1].items[0].id", "duplicate item id \"y1\""},
        {"empty wording", [](QJsonObject& r) { editItem(r, 0, 0, [](QJsonObject& i) { i.insert(QStringLiteral("text"), str("  ")); }); },
         "$.sections[0].items[0].text", "item wording is empty"},
        {"missing wording", [](QJsonObject& r) { editItem(r, 0, 0, [](QJsonObject& i) { i.remove(QStringLiteral("text")); }); },
         "$.sections[0].items[0].text", "item wording is missing"},
        {"unknown item verification", [](QJsonObject& r) { editItem(r, 0, 0, [](QJsonObject& i) { i.insert(QStringLiteral("verification"), str("maybe")); }); },
         "$.sections[0].items[0].verification", "unknown verification \"maybe\""},
        {"choice with no options", [](QJsonObject& r) { editItem(r, 0, 3, [](QJsonObject& i) { i.insert(QStringLiteral("options"), QJsonArray()); }); },
         "$.sections[0].items[3].options", "at least two options; found 0"},
        {"duplicate option id", [](QJsonObject& r) { editItem(r, 0, 4, [](QJsonObject& i) {
             QJsonArray o = i.value(QStringLiteral("options")).toArray();
             o.append(QJsonObject{{QStringLiteral("id"), str("x")}, {QStringLiteral("label"), str("X again")}});
             i.insert(QStringLiteral("options"), o); }); },
         "$.sections[0].items[4].options[3].id", "duplicate option id \"x\""},
        {"options on a yes/no item", [](QJsonObject& r) { editItem(r, 0, 0, [](QJsonObject& i) {
             i.insert(QStringLiteral("options"), QJsonArray{QJsonObject{{QStringLiteral("id"), str("a")}, {QStringLiteral("label"), str("A")}}}); }); },
         "$.sections[0].items[0].options", "only single and multiple choice items have options"},
        {"grid without sub-options", [](QJsonObject& r) { editItem(r, 0, 2, [](QJsonObject& i) { i.remove(QStringLiteral("rows")); }); },
         "$.sections[0].items[2].rows", "grid rows is missing"},
        {"grid with empty columns", [](QJsonObject& r) { editItem(r, 0, 2, [](QJsonObject& i) { i.insert(QStringLiteral("columns"), QJsonArray()); }); },
         "$.sections[0].items[2].columns", "at least one entry"},
        {"condition on unknown item", [](QJsonObject& r) { editItem(r, 0, 5, [](QJsonObject& i) {
             i.insert(QStringLiteral("showWhen"), QJsonObject{{QStringLiteral("item"), str("q99")}, {QStringLiteral("equals"), str("yes")}}); }); },
         "$.sections[0].items[5].showWhen", "unknown item \"q99\""},
        {"condition on itself", [](QJsonObject& r) { editItem(r, 0, 5, [](QJsonObject& i) {
             i.insert(QStringLiteral("showWhen"), QJsonObject{{QStringLiteral("item"), str("y3")}, {QStringLiteral("answered"), true}}); }); },
         "$.sections[0].items[5].showWhen", "cannot depend on its own answer"},
        {"condition loop", [](QJsonObject& r) { editItem(r, 0, 0, [](QJsonObject& i) {
             i.insert(QStringLiteral("showWhen"), QJsonObject{{QStringLiteral("item"), str("y3")}, {QStringLiteral("equals"), str("no")}}); }); },
         "$.sections[0].items[5].showWhen", "conditions form a loop (y1 → y3 → y1)"},
        {"condition value the item cannot take", [](QJsonObject& r) { editItem(r, 0, 5, [](QJsonObject& i) {
             i.insert(QStringLiteral("showWhen"), QJsonObject{{QStringLiteral("item"), str("y1")}, {QStringLiteral("equals"), str("Yes")}}); }); },
         "$.sections[0].items[5].showWhen", "item \"y1\" can never be \"Yes\"; use one of yes, no"},
        {"unknown relationship in a fact condition", [](QJsonObject& r) { editItem(r, 0, 6, [](QJsonObject& i) {
             i.insert(QStringLiteral("showWhen"), QJsonObject{{QStringLiteral("fact"), str("relationship")}, {QStringLiteral("equals"), str("ex-partner")}}); }); },
         "$.sections[0].items[6].showWhen", "relationship \"ex-partner\" is not a known relationship"},
        {"condition with two tests", [](QJsonObject& r) { editItem(r, 0, 5, [](QJsonObject& i) {
             i.insert(QStringLiteral("showWhen"), QJsonObject{{QStringLiteral("item"), str("y1")}, {QStringLiteral("equals"), str("yes")}, {QStringLiteral("answered"), true}}); }); },
         "$.sections[0].items[5].showWhen", "exactly one test"},
        {"scored free text", [](QJsonObject& r) { editItem(r, 1, 0, [](QJsonObject& i) { i.insert(QStringLiteral("scored"), true); }); },
         "$.sections[1].items[0].scored", "\"text\" items cannot be scored"},
        {"count answer that is not an option", [](QJsonObject& r) { editItem(r, 0, 3, [](QJsonObject& i) { i.insert(QStringLiteral("countAnswers"), QJsonArray{str("medium")}); }); },
         "$.sections[0].items[3].countAnswers", "\"medium\" is not an answer this item can have; use one of low, high"},
        {"min above max", [](QJsonObject& r) { editItem(r, 1, 2, [](QJsonObject& i) { i.insert(QStringLiteral("min"), 20); }); },
         "$.sections[1].items[2].max", "maximum 10 is below minimum 20"},
        {"bands with a gap", [](QJsonObject& r) { editLevel(r, 1, [](QJsonObject& l) { l.insert(QStringLiteral("min"), 4); }); },
         "$.scoring.levels[1].min", "bands leave a gap: score 3 has no level; start this band at 3"},
        {"bands overlapping", [](QJsonObject& r) { editLevel(r, 2, [](QJsonObject& l) { l.insert(QStringLiteral("min"), 4); }); },
         "$.scoring.levels[2].min", "bands overlap: score 4 falls in two levels"},
        {"lowest band not from 0", [](QJsonObject& r) { editLevel(r, 0, [](QJsonObject& l) { l.insert(QStringLiteral("min"), 1); }); },
         "$.scoring.levels[0].min", "must start at 0"},
        {"top band closed", [](QJsonObject& r) { editLevel(r, 2, [](QJsonObject& l) { l.insert(QStringLiteral("max"), 13); }); },
         "$.scoring.levels[2].max", "must be open-ended"},
        {"some levels without bands", [](QJsonObject& r) { editLevel(r, 1, [](QJsonObject& l) { l.remove(QStringLiteral("min")); l.remove(QStringLiteral("max")); }); },
         "$.scoring.levels", "either every level has a score band"},
        {"duplicate level id", [](QJsonObject& r) { editLevel(r, 1, [](QJsonObject& l) { l.insert(QStringLiteral("id"), str("standard")); }); },
         "$.scoring.levels[1].id", "duplicate level id \"standard\""},
        {"unknown scoring method", [](QJsonObject& r) {
             QJsonObject s = r.value(QStringLiteral("scoring")).toObject();
             s.insert(QStringLiteral("method"), str("sum"));
             r.insert(QStringLiteral("scoring"), s); },
         "$.scoring.method", "unknown scoring method \"sum\""},
        {"risk pack without scoring", [](QJsonObject& r) {
             r.remove(QStringLiteral("scoring"));
             editItem(r, 0, 3, [](QJsonObject& i) { i.remove(QStringLiteral("scored")); i.remove(QStringLiteral("countAnswers")); });
             editItem(r, 0, 4, [](QJsonObject& i) { i.remove(QStringLiteral("scored")); i.remove(QStringLiteral("countAnswers")); }); },
         "$.scoring", "a risk pack needs scoring rules"},
        {"confirmed pack with unconfirmed items", [](QJsonObject& r) { r.insert(QStringLiteral("verification"), str("confirmed")); },
         "$.verification", "holds unconfirmed wording (item 7)"},
        {"section without items", [](QJsonObject& r) {
             QJsonArray sections = r.value(QStringLiteral("sections")).toArray();
             sections.append(QJsonObject{{QStringLiteral("title"), str("Empty")}, {QStringLiteral("items"), QJsonArray()}});
             r.insert(QStringLiteral("sections"), sections); },
         "$.sections[2].items", "the section has no items"},
        {"item that is not an object", [](QJsonObject& r) {
             QJsonArray sections = r.value(QStringLiteral("sections")).toArray();
             QJsonObject s = sections.at(1).toObject();
             QJsonArray items = s.value(QStringLiteral("items")).toArray();
             items.prepend(str("question"));
             s.insert(QStringLiteral("items"), items);
             sections.replace(1, s);
             r.insert(QStringLiteral("sections"), sections); },
         "$.sections[1].items[0]", "each item must be an object, not \"question\""},
        {"wording in a structure-only pack", [](QJsonObject& r) { r.insert(QStringLiteral("structureOnly"), true); },
         "$.sections[0].items[0].text", "a structure-only pack holds no item wording"},
    };
    for (const auto& c : cases) {
        DYNAMIC_SECTION(c.kind)
        {
            const PackValidation v = loadEdited(c.edit);
            INFO(v.summary().toStdString());
            CHECK_FALSE(v.pack.has_value());
            CHECK_FALSE(v.ok());
            CHECK(hasError(v, QString::fromUtf8(c.path), QString::fromUtf8(c.fragment)));
            CHECK_FALSE(v.toResult().ok());
        }
    }
    CHECK(cases.size() >= 15);
}

TEST_CASE("Text that is not a JSON object is refused", "[forms]")
{
    const PackValidation broken = loadFormPack("{\"id\": \"dash-2009\", ");
    REQUIRE(broken.errors.size() == 1);
    CHECK(broken.errors.first().field == QStringLiteral("$"));
    CHECK(broken.errors.first().message.startsWith(QStringLiteral("the file is not valid JSON")));
    CHECK_FALSE(broken.pack.has_value());

    const PackValidation list = loadFormPack("[1, 2]");
    REQUIRE(list.errors.size() == 1);
    CHECK(list.errors.first().message.contains(QStringLiteral("must be a JSON object")));
}

TEST_CASE("Every fault in a pack is reported at once", "[forms]")
{
    const PackValidation v = loadEdited([](QJsonObject& r) {
        r.remove(QStringLiteral("id"));
        r.insert(QStringLiteral("version"), str("two"));
        editItem(r, 1, 3, [](QJsonObject& i) { i.insert(QStringLiteral("type"), str("yes-no")); });
        editLevel(r, 1, [](QJsonObject& l) { l.insert(QStringLiteral("min"), 4); });
    });
    CHECK(v.errors.size() == 4);
    CHECK(hasError(v, QStringLiteral("$.id"), QStringLiteral("missing")));
    CHECK(hasError(v, QStringLiteral("$.version"), QStringLiteral("whole number")));
    CHECK(hasError(v, QStringLiteral("$.sections[1].items[3].type"), QStringLiteral("yes-no")));
    CHECK(hasError(v, QStringLiteral("$.scoring.levels[1].min"), QStringLiteral("gap")));
    // The summary is what an administrator sees when an import fails.
    CHECK(v.summary().contains(QStringLiteral("$.sections[1].items[3].type: unknown answer type \"yes-no\"; use one of yesno")));
    const auto result = v.toResult();
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message.contains(QStringLiteral("4 problems")));
}

TEST_CASE("A pack file that cannot be read is reported by its path", "[forms]")
{
    const PackValidation v = loadFormPackFile(QStringLiteral("/nonexistent/pack.json"));
    REQUIRE(v.errors.size() == 1);
    CHECK(v.errors.first().field == QStringLiteral("/nonexistent/pack.json"));
    CHECK_FALSE(v.ok());
}
