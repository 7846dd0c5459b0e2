#include "forms/FormPack.h"

#include <QCoreApplication>
#include <array>
#include <utility>

namespace conduct {

namespace {

template <typename E, std::size_t N>
QString codeOf(const std::array<std::pair<E, const char*>, N>& table, E value)
{
    for (const auto& [v, code] : table)
        if (v == value) return QString::fromLatin1(code);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char*>, N>& table, const QString& code)
{
    for (const auto& [v, c] : table)
        if (code == QLatin1String(c)) return v;
    return std::nullopt;
}

constexpr std::array<std::pair<AnswerType, const char*>, 8> kAnswerTypes{{
    {AnswerType::YesNo, "yesno"},
    {AnswerType::YesNoDontKnow, "yesnodk"},
    {AnswerType::Text, "text"},
    {AnswerType::Date, "date"},
    {AnswerType::Number, "number"},
    {AnswerType::SingleChoice, "single"},
    {AnswerType::MultipleChoice, "multiple"},
    {AnswerType::Grid, "grid"},
}};

constexpr std::array<std::pair<Verification, const char*>, 2> kVerifications{{
    {Verification::Confirmed, "confirmed"},
    {Verification::Unconfirmed, "unconfirmed"},
}};

constexpr std::array<std::pair<PackKind, const char*>, 3> kKinds{{
    {PackKind::Risk, "risk"},
    {PackKind::Checklist, "checklist"},
    {PackKind::Template, "template"},
}};

} // namespace

QString answerTypeCode(AnswerType type) { return codeOf(kAnswerTypes, type); }
std::optional<AnswerType> answerTypeFromCode(const QString& code) { return valueOf(kAnswerTypes, code); }

QStringList answerTypeCodes()
{
    QStringList out;
    for (const auto& entry : kAnswerTypes) out.append(QString::fromLatin1(entry.second));
    return out;
}

QString verificationCode(Verification v) { return codeOf(kVerifications, v); }
std::optional<Verification> verificationFromCode(const QString& code) { return valueOf(kVerifications, code); }
QString packKindCode(PackKind kind) { return codeOf(kKinds, kind); }
std::optional<PackKind> packKindFromCode(const QString& code) { return valueOf(kKinds, code); }

QString verificationBadge(Verification v)
{
    if (v == Verification::Confirmed) return {};
    return QCoreApplication::translate("conduct::Forms", "Wording not verified");
}

int ScoringRules::levelRank(const QString& levelId) const
{
    for (qsizetype i = 0; i < levels.size(); ++i)
        if (levels.at(i).id == levelId) return int(i);
    return -1;
}

const RiskLevel* ScoringRules::level(const QString& levelId) const
{
    const int rank = levelRank(levelId);
    return rank < 0 ? nullptr : &levels.at(rank);
}

const FormItem* FormPack::findItem(const QString& itemId) const
{
    for (const auto& section : sections)
        for (const auto& item : section.items)
            if (item.id == itemId) return &item;
    return nullptr;
}

QList<const FormItem*> FormPack::items() const
{
    QList<const FormItem*> out;
    for (const auto& section : sections)
        for (const auto& item : section.items) out.append(&item);
    return out;
}

int FormPack::itemCount() const
{
    int n = 0;
    for (const auto& section : sections) n += int(section.items.size());
    return n;
}

} // namespace conduct
