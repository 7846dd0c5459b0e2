#pragma once
// The answers given on one completed form, and what follows from them without scoring:
// which items are shown, whether the form is complete, and what changed between two versions of
// an assessment (protocol 3.7: the assessment is kept under review and every reassessment is kept).

#include "common/Result.h"
#include "forms/FormPack.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QVariant>
#include <QVariantMap>

namespace conduct {

// Facts about the case that packs may test in "showWhen", e.g.
// {"relationship": "ex_partner"} (a Relationship code from domain/Codes.h), {"incidentCount": 3}.
using CaseFacts = QVariantMap;

// In-memory value forms, by answer type:
//   yesno, yesnodk, single: QString code ("yes", "no", "dont_know", or the option id)
//   text: QString · date: QDate · number: double · multiple: QStringList of option ids
//   grid: QVariantMap row id -> QStringList of ticked column ids (an empty list answers "none")
struct ItemAnswer {
    QVariant value;
    QString comment;
    QString sourceOfInformation;   // "state source of info if not the victim"
    QString exhibitReference;      // checklists
    QDate date;                    // checklists: when obtained or requested

    bool operator==(const ItemAnswer& other) const = default;
};

struct FormAnswers {
    QMap<QString, ItemAnswer> items;   // item id -> answer

    void setValue(const QString& itemId, const QVariant& value) { items[itemId].value = value; }
    void setComment(const QString& itemId, const QString& comment) { items[itemId].comment = comment; }
    QVariant value(const QString& itemId) const { return items.value(itemId).value; }
    bool operator==(const FormAnswers& other) const = default;
};

// Checks `value` against the item's answer type and returns it in its in-memory form
// (e.g. "2024-05-01" becomes a QDate, a QVariantList of ids a QStringList).
Result<QVariant> normaliseAnswer(const FormItem& item, const QVariant& value);

// Every answer that names an unknown item or has a value the item cannot take.
QList<Error> validateAnswers(const FormPack& pack, const FormAnswers& answers);

bool isAnswered(const FormItem& item, const FormAnswers& answers);
bool isVisible(const FormPack& pack, const FormItem& item, const FormAnswers& answers, const CaseFacts& facts);
QList<const FormItem*> visibleItems(const FormPack& pack, const FormAnswers& answers, const CaseFacts& facts);

// Numbers ("1", "14") of required items that are shown but not answered, in form order.
QStringList unansweredRequired(const FormPack& pack, const FormAnswers& answers, const CaseFacts& facts);
Status checkComplete(const FormPack& pack, const FormAnswers& answers, const CaseFacts& facts);

struct AnswerChange {
    QString itemId;
    QString number;          // filled by the pack-aware overload
    bool valueChanged = false;
    bool commentChanged = false;
    bool detailsChanged = false;   // source of information, exhibit reference or date
    QVariant before;
    QVariant after;
};

// Items whose answers differ, ordered by item id; the pack overload orders them as on the form.
QList<AnswerChange> diffAnswers(const FormAnswers& before, const FormAnswers& after);
QList<AnswerChange> diffAnswers(const FormPack& pack, const FormAnswers& before, const FormAnswers& after);

// Storage form: {"q1": {"value": "yes", "comment": "..."}, ...}; dates as ISO 8601 text.
QJsonObject answersToJson(const FormAnswers& answers);
Result<FormAnswers> answersFromJson(const FormPack& pack, const QJsonObject& json);

} // namespace conduct
