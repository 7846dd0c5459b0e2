// Answers: value checking, display conditions (item answers and case facts), completeness
// listing, and the difference between two versions of an assessment.

#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "forms/FormAnswers.h"
#include "forms/FormPackLoader.h"

#include <QJsonDocument>

using namespace conduct;

namespace {

FormPack testPack(const char* file)
{
    const PackValidation v = loadFormPackFile(test::sourcePath(QStringLiteral("tests/data/forms/") + QString::fromLatin1(file)));
    INFO(v.summary().toStdString());
    REQUIRE(v.ok());
    return *v.pack;
}

QString s(const char* text) { return QString::fromUtf8(text); }

QStringList numbersOf(const QList<const FormItem*>& items)
{
    QStringList out;
    for (const FormItem* item : items) out.append(item->number);
    return out;
}

// Everything that is always shown, answered so that no conditional item appears.
FormAnswers baseAnswers()
{
    FormAnswers a;
    a.setValue(s("y1"), s("no"));
    a.setValue(s("y2"), s("dont_know"));
    a.setValue(s("g1"), QVariantMap{{s("harm"), QStringList{}}, {s("other"), QStringList{}}});
    a.setValue(s("c1"), s("low"));
    a.setValue(s("t1"), s("Account given at the scene."));
    return a;
}

} // namespace

TEST_CASE("Answers are checked against the item's answer type", "[forms][time]")
{
    const FormPack pack = testPack("all-types.json");
    const FormItem& yesNo = *pack.findItem(s("y1"));
    const FormItem& dk = *pack.findItem(s("y2"));
    CHECK(normaliseAnswer(yesNo, s("yes")).ok());
    CHECK_FALSE(normaliseAnswer(yesNo, s("dont_know")).ok());
    CHECK(normaliseAnswer(dk, s("dont_know")).ok());
    CHECK(normaliseAnswer(yesNo, s("Yes")).error().message == s("choose one of: yes, no."));

    const auto date = normaliseAnswer(*pack.findItem(s("d1")), s("2024-05-31"));
    REQUIRE(date.ok());
    CHECK(date.value().toDate() == QDate(2024, 5, 31));
    CHECK_FALSE(normaliseAnswer(*pack.findItem(s("d1")), s("31/05/2024")).ok());

    const FormItem& number = *pack.findItem(s("n1"));
    CHECK(normaliseAnswer(number, 4).value().toDouble() == 4.0);
    CHECK(normaliseAnswer(number, 11).error().message == s("give a number from 0 to 10."));
    CHECK_FALSE(normaliseAnswer(number, s("4")).ok());

    const FormItem& multi = *pack.findItem(s("m1"));
    CHECK(normaliseAnswer(multi, QVariantList{s("x"), s("z")}).value().toStringList() == QStringList{s("x"), s("z")});
    CHECK_FALSE(normaliseAnswer(multi, QStringList{s("w")}).ok());

    const FormItem& grid = *pack.findItem(s("g1"));
    CHECK(normaliseAnswer(grid, QVariantMap{{s("harm"), QStringList{s("self")}}}).ok());
    CHECK_FALSE(normaliseAnswer(grid, QVariantMap{{s("kill"), QStringList{s("self")}}}).ok());
    CHECK_FALSE(normaliseAnswer(grid, QVariantMap{{s("harm"), QStringList{s("pets")}}}).ok());

    FormAnswers answers;
    answers.setValue(s("y1"), s("maybe"));
    answers.setValue(s("nope"), s("yes"));
    const QList<Error> errors = validateAnswers(pack, answers);
    REQUIRE(errors.size() == 2);
    CHECK(errors.at(0).field == s("nope"));
    CHECK(errors.at(1).field == s("Question 1"));
}

TEST_CASE("Items are shown according to answers and case facts", "[forms]")
{
    const FormPack pack = testPack("all-types.json");
    FormAnswers answers = baseAnswers();
    CaseFacts facts{{s("relationship"), s("stranger")}, {s("incidentCount"), 1}};

    // Only the unconditional items.
    CHECK(numbersOf(visibleItems(pack, answers, facts)) == QStringList{s("1"), s("2"), s("3"), s("4"), s("5"), s("8"), s("9"), s("10"), s("13")});

    SECTION("an item shown when another item has a value")
    {
        answers.setValue(s("y1"), s("yes"));
        CHECK(isVisible(pack, *pack.findItem(s("y3")), answers, facts));
        answers.setValue(s("y1"), s("no"));
        CHECK_FALSE(isVisible(pack, *pack.findItem(s("y3")), answers, facts));
    }
    SECTION("an item shown for a case fact: the former-partner questions")
    {
        facts.insert(s("relationship"), s("ex_partner"));
        CHECK(isVisible(pack, *pack.findItem(s("y4")), answers, facts));
        facts.remove(s("relationship"));
        CHECK_FALSE(isVisible(pack, *pack.findItem(s("y4")), answers, facts));
    }
    SECTION("all of: a number at least 3 and at least two incidents")
    {
        answers.setValue(s("n1"), 3.0);
        CHECK_FALSE(isVisible(pack, *pack.findItem(s("n2")), answers, facts));
        facts.insert(s("incidentCount"), 2);
        CHECK(isVisible(pack, *pack.findItem(s("n2")), answers, facts));
        answers.setValue(s("n1"), 2.0);
        CHECK_FALSE(isVisible(pack, *pack.findItem(s("n2")), answers, facts));
    }
    SECTION("any of: a choice value, or another item answered")
    {
        const FormItem& t2 = *pack.findItem(s("t2"));
        CHECK_FALSE(isVisible(pack, t2, answers, facts));
        answers.setValue(s("c1"), s("high"));
        CHECK(isVisible(pack, t2, answers, facts));
        answers.setValue(s("c1"), s("low"));
        answers.setValue(s("m1"), QStringList{s("y")});
        CHECK(isVisible(pack, t2, answers, facts));
    }
    SECTION("an answer to a hidden item does not open the items that depend on it")
    {
        FormPack chained = pack;
        Condition onY3;
        onY3.key = s("y3");
        onY3.values = {s("yes")};
        chained.sections[1].items[5].showWhen = onY3;   // y5 now depends on y3, which depends on y1
        answers.setValue(s("y3"), s("yes"));
        answers.setValue(s("y1"), s("no"));
        CHECK_FALSE(isVisible(chained, *chained.findItem(s("y5")), answers, facts));
        answers.setValue(s("y1"), s("yes"));
        CHECK(isVisible(chained, *chained.findItem(s("y5")), answers, facts));
    }
}

TEST_CASE("Completeness lists unanswered visible required items by number", "[forms]")
{
    const FormPack pack = testPack("all-types.json");
    const CaseFacts facts{{s("relationship"), s("ex_partner")}, {s("incidentCount"), 4}};
    FormAnswers answers;
    CHECK(unansweredRequired(pack, answers, facts) == QStringList{s("1"), s("2"), s("3"), s("4"), s("5"), s("7"), s("8")});

    answers = baseAnswers();
    answers.setValue(s("m1"), QStringList{});   // an empty selection is an answer: none apply
    CHECK(unansweredRequired(pack, answers, facts) == QStringList{s("7")});

    // A grid is answered only when every sub-option is.
    answers.setValue(s("g1"), QVariantMap{{s("harm"), QStringList{s("self")}}});
    CHECK(unansweredRequired(pack, answers, facts) == QStringList{s("3"), s("7")});
    answers.setValue(s("g1"), QVariantMap{{s("harm"), QStringList{s("self")}}, {s("other"), QStringList{}}});

    // Question 6 appears when question 1 is yes, and is then required.
    answers.setValue(s("y1"), s("yes"));
    CHECK(unansweredRequired(pack, answers, facts) == QStringList{s("6"), s("7")});

    // Question 11 is required once shown; optional question 10 never is.
    answers.setValue(s("n1"), 5.0);
    const Status incomplete = checkComplete(pack, answers, facts);
    REQUIRE_FALSE(incomplete.ok());
    CHECK(incomplete.error().text() == s("Unanswered questions: answer questions 6, 7, 11 before finishing the form."));

    answers.setValue(s("y3"), s("no"));
    answers.setValue(s("y4"), s("no"));
    answers.setValue(s("n2"), s("yes"));
    answers.setValue(s("t1"), s("   "));   // blank text is not an answer
    CHECK(checkComplete(pack, answers, facts).error().message == s("answer question 8 before finishing the form."));
    answers.setValue(s("t1"), s("Account given."));
    CHECK(checkComplete(pack, answers, facts).ok());
}

TEST_CASE("diffAnswers lists the items whose answers changed", "[forms]")
{
    const FormPack pack = testPack("all-types.json");
    const FormAnswers before = baseAnswers();
    FormAnswers after = before;
    CHECK(diffAnswers(before, after).isEmpty());

    after.setValue(s("c1"), s("high"));
    after.setComment(s("y1"), s("Disclosed later."));
    after.setValue(s("n1"), 2.0);
    after.items.remove(s("t1"));
    after.items[s("y2")].sourceOfInformation = s("Neighbour");

    const QList<AnswerChange> byId = diffAnswers(before, after);
    QStringList ids;
    for (const auto& c : byId) ids.append(c.itemId);
    CHECK(ids == QStringList{s("c1"), s("n1"), s("t1"), s("y1"), s("y2")});

    const QList<AnswerChange> byForm = diffAnswers(pack, before, after);
    REQUIRE(byForm.size() == 5);
    QStringList numbers;
    for (const auto& c : byForm) numbers.append(c.number);
    CHECK(numbers == QStringList{s("1"), s("2"), s("4"), s("8"), s("10")});
    CHECK(byForm.at(0).commentChanged);
    CHECK_FALSE(byForm.at(0).valueChanged);
    CHECK(byForm.at(1).detailsChanged);
    CHECK(byForm.at(2).valueChanged);
    CHECK(byForm.at(2).before.toString() == s("low"));
    CHECK(byForm.at(2).after.toString() == s("high"));
    CHECK(byForm.at(3).after.isNull());
    CHECK(byForm.at(4).before.isNull());
}

TEST_CASE("Answers survive a round trip through their stored JSON form", "[forms][time]")
{
    const FormPack pack = testPack("all-types.json");
    FormAnswers answers = baseAnswers();
    answers.setValue(s("d1"), QDate(2024, 2, 29));
    answers.items[s("d1")].exhibitReference = s("AB/1");
    answers.items[s("d1")].date = QDate(2024, 3, 1);
    answers.setValue(s("n1"), 7.0);
    answers.setValue(s("m1"), QStringList{s("x"), s("z")});
    answers.setValue(s("g1"), QVariantMap{{s("harm"), QStringList{s("self"), s("children")}}, {s("other"), QStringList{}}});
    answers.items[s("y2")].sourceOfInformation = s("Police officer");

    const QByteArray stored = QJsonDocument(answersToJson(answers)).toJson();
    const auto loaded = answersFromJson(pack, QJsonDocument::fromJson(stored).object());
    REQUIRE(loaded.ok());
    CHECK(loaded.value() == answers);
    CHECK(diffAnswers(answers, loaded.value()).isEmpty());

    QJsonObject bad = answersToJson(answers);
    bad.insert(s("y1"), QJsonObject{{s("value"), s("perhaps")}});
    CHECK_FALSE(answersFromJson(pack, bad).ok());
}
