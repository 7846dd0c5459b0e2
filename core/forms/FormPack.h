#pragma once
// A form pack is a versioned, data-driven questionnaire: the DASH and S-DASH risk screening forms,
// the SASH structure, evidence checklists and the withdrawal templates (protocol 3.1, 3.4, 3.7,
// 5.3, 5.4). Forces ship their own packs (DARA, local DASH variants) in the same format, so
// nothing about a particular form is written in C++. The JSON schema is documented in
// resources/forms/README.md.

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>

namespace conduct {

enum class AnswerType { YesNo, YesNoDontKnow, Text, Date, Number, SingleChoice, MultipleChoice, Grid };

// Whether wording was checked against the real form. Unconfirmed wording must show a
// "Wording not verified" badge wherever it is displayed or printed.
enum class Verification { Confirmed, Unconfirmed };

enum class PackKind { Risk, Checklist, Template };

// The codes used in pack files and stored answers.
QString answerTypeCode(AnswerType type);
std::optional<AnswerType> answerTypeFromCode(const QString& code);
QStringList answerTypeCodes();
QString verificationCode(Verification v);
std::optional<Verification> verificationFromCode(const QString& code);
QString packKindCode(PackKind kind);
std::optional<PackKind> packKindFromCode(const QString& code);

// Text of the badge shown next to unconfirmed wording; empty for confirmed wording.
QString verificationBadge(Verification v);

// Stored values of yes/no answers.
inline QString yesCode() { return QStringLiteral("yes"); }
inline QString noCode() { return QStringLiteral("no"); }
inline QString dontKnowCode() { return QStringLiteral("dont_know"); }

struct ChoiceOption {
    QString id;      // stored in answers
    QString label;   // shown to the user
};

// When an item is shown. Leaves compare one item's answer or one case fact; All/Any combine.
struct Condition {
    enum class Kind { Item, Fact, All, Any };
    enum class Test { Equals, In, AtLeast, Answered };
    Kind kind = Kind::Item;
    QString key;               // item id (Kind::Item) or fact name (Kind::Fact)
    Test test = Test::Equals;
    QVariantList values;       // Equals: one value; In: the allowed values
    double threshold = 0;      // AtLeast
    QList<Condition> children; // All / Any
};

struct FormItem {
    QString id;       // stable key of the answer; defaults to the number
    QString number;   // as printed on the form ("1", "14", "B3")
    QString text;     // exact wording; empty only in a structure-only pack
    AnswerType type = AnswerType::YesNo;
    Verification verification = Verification::Confirmed;
    std::optional<bool> highRiskFactor;   // unset: not yet checked against the printed form
    bool required = true;
    bool allowComment = true;
    bool allowSourceOfInformation = false;
    bool allowExhibitReference = false;
    bool dated = false;                   // answer carries a date (e.g. when evidence was obtained)
    QList<ChoiceOption> options;          // single / multiple choice
    QList<ChoiceOption> gridRows;         // grid: each row (sub-option) is answered ...
    QList<ChoiceOption> gridColumns;      // ... by ticking any of these columns
    std::optional<Condition> showWhen;
    QString note;                         // printed guidance under the item
    QString citation;                     // e.g. "Protocol 5.3"
    bool scored = false;                  // counts towards the score
    QStringList countAnswers;             // answers that count; empty: the pack's rule
    std::optional<double> minimum;        // number items
    std::optional<double> maximum;

    bool wordingVerified() const { return verification == Verification::Confirmed; }
};

struct FormSection {
    QString id;
    QString title;
    Verification verification = Verification::Confirmed;
    QString note;
    QList<FormItem> items;
};

// A level of risk or concern. Levels are listed from lowest to highest; that order is what
// "raise" and "lower" mean for the officer's grading.
struct RiskLevel {
    QString id;          // "standard", "medium", "high"; stored with the assessment
    QString label;
    QString definition;
    std::optional<int> min;   // score band; both unset when the officer grades without a score
    std::optional<int> max;   // unset on the top band: open-ended
    bool visibleHighRisk = false;          // meets the MARAC "visible high risk" criterion
    bool promptsFullerAssessment = false;  // SASH: moderate/high concern needs e.g. the SRP
    Verification verification = Verification::Confirmed;
};

struct ScoringRules {
    bool counted = false;                            // score = count of scored answers
    QStringList countAnswers{QStringLiteral("yes")}; // default: count "yes"
    QList<RiskLevel> levels;
    QString note;

    bool hasBands() const { return !levels.isEmpty() && levels.first().min.has_value(); }
    int levelRank(const QString& levelId) const;   // -1 when unknown
    const RiskLevel* level(const QString& levelId) const;
};

struct FormPack {
    static constexpr int currentFormatVersion = 1;

    QString id;
    int version = 0;
    QString title;
    QString source;
    QString copyright;
    QString notice;        // shown prominently, e.g. "import the licensed pack"
    QString instructions;
    QString marking;       // protective marking printed on the completed form
    QString citation;      // protocol paragraph the pack serves, e.g. "Protocol 3.7"
    QString variant;
    Verification verification = Verification::Confirmed;
    PackKind kind = PackKind::Risk;
    bool structureOnly = false;   // item wording withheld (licensed); cannot be completed as is
    QList<FormSection> sections;
    ScoringRules scoring;

    const FormItem* findItem(const QString& itemId) const;
    QList<const FormItem*> items() const;   // in form order
    int itemCount() const;
};

} // namespace conduct
