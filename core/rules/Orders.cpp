#include "rules/Orders.h"

#include "common/UkTime.h"
#include "domain/Validation.h"

#include <QCoreApplication>

namespace conduct {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("conduct::Orders", text); }
QString day(const QDate& d) { return uktime::formatDate(d); }

struct TermEntry {
    OrderTermKind value;
    const char* code;
    const char* label;
};
constexpr TermEntry termTable[] = {
    {OrderTermKind::NoContact, "no_contact", QT_TRANSLATE_NOOP("conduct::Orders", "No contact, directly or indirectly")},
    {OrderTermKind::ExclusionZone, "exclusion_zone", QT_TRANSLATE_NOOP("conduct::Orders", "Exclusion zone")},
    {OrderTermKind::ExcludedAddress, "excluded_address", QT_TRANSLATE_NOOP("conduct::Orders", "Address not to be attended")},
    {OrderTermKind::NoPublishing, "no_publishing", QT_TRANSLATE_NOOP("conduct::Orders", "No publishing about the person")},
    {OrderTermKind::CustomProhibition, "custom", QT_TRANSLATE_NOOP("conduct::Orders", "Other prohibition")},
    {OrderTermKind::Requirement, "requirement", QT_TRANSLATE_NOOP("conduct::Orders", "Requirement (SPO)")},
};

struct StatusEntry {
    OrderStatus value;
    const char* code;
    const char* label;
};
constexpr StatusEntry statusTable[] = {
    {OrderStatus::Draft, "draft", QT_TRANSLATE_NOOP("conduct::Orders", "Draft")},
    {OrderStatus::Applied, "applied", QT_TRANSLATE_NOOP("conduct::Orders", "Applied for")},
    {OrderStatus::Granted, "granted", QT_TRANSLATE_NOOP("conduct::Orders", "Granted")},
    {OrderStatus::Refused, "refused", QT_TRANSLATE_NOOP("conduct::Orders", "Refused")},
};
} // namespace

QString orderTermKindCode(OrderTermKind k)
{
    for (const auto& e : termTable)
        if (e.value == k) return QString::fromLatin1(e.code);
    return {};
}
std::optional<OrderTermKind> orderTermKindFromCode(const QString& code)
{
    for (const auto& e : termTable)
        if (code == QLatin1String(e.code)) return e.value;
    return std::nullopt;
}
QString orderTermKindLabel(OrderTermKind k)
{
    for (const auto& e : termTable)
        if (e.value == k) return QCoreApplication::translate("conduct::Orders", e.label);
    return {};
}
QList<OrderTermKind> allOrderTermKinds()
{
    QList<OrderTermKind> out;
    for (const auto& e : termTable) out.append(e.value);
    return out;
}
QString orderStatusCode(OrderStatus s)
{
    for (const auto& e : statusTable)
        if (e.value == s) return QString::fromLatin1(e.code);
    return {};
}
std::optional<OrderStatus> orderStatusFromCode(const QString& code)
{
    for (const auto& e : statusTable)
        if (code == QLatin1String(e.code)) return e.value;
    return std::nullopt;
}
QString orderStatusLabel(OrderStatus s)
{
    for (const auto& e : statusTable)
        if (e.value == s) return QCoreApplication::translate("conduct::Orders", e.label);
    return {};
}

QString standardTermWording(OrderTermKind kind, const QString& protectedNames)
{
    switch (kind) {
    case OrderTermKind::NoContact:
        return tr("Not to contact %1 directly or indirectly, by any means, including through social media or through any third party.")
            .arg(protectedNames);
    case OrderTermKind::NoPublishing:
        return tr("Not to publish any material about %1, on any website, social media or other platform.").arg(protectedNames);
    case OrderTermKind::ExclusionZone:
        return tr("Not to enter the area bounded by … (describe, with a map exhibit).");
    case OrderTermKind::ExcludedAddress:
    case OrderTermKind::CustomProhibition:
    case OrderTermKind::Requirement:
        return {};
    }
    return {};
}

QList<OrderTerm> CourtOrder::prohibitions() const
{
    QList<OrderTerm> out;
    for (const OrderTerm& t : terms)
        if (t.isProhibition()) out.append(t);
    return out;
}

QList<OrderTerm> CourtOrder::requirements() const
{
    QList<OrderTerm> out;
    for (const OrderTerm& t : terms)
        if (!t.isProhibition()) out.append(t);
    return out;
}

QList<OrderTerm> addressesNeedingCheck(const CourtOrder& order, const QDate& today, int maxAgeDays)
{
    QList<OrderTerm> out;
    for (const OrderTerm& t : order.terms)
        if (t.isAddress() && (!t.verifiedOn.isValid() || t.verifiedOn.daysTo(today) > maxAgeDays)) out.append(t);
    return out;
}

Status validateBail(const BailConditions& b, const QList<qint64>& personIdsInCase)
{
    if (b.suspectId == 0 || !personIdsInCase.contains(b.suspectId))
        return Error{tr("Suspect"), tr("Choose the suspect, from the people of this case, who is on bail.")};
    if (!b.grantedOn.isValid()) return Error{tr("Bail granted on"), tr("Enter the date bail was granted.")};
    if (Status s = notInFuture(tr("Bail granted on"), b.grantedOn); !s.ok()) return s;
    if (b.answerBailOn.isValid() && b.answerBailOn < b.grantedOn)
        return Error{tr("Answer bail on"), tr("The return date cannot be before bail was granted (%1).").arg(day(b.grantedOn))};
    if (b.conditions.isEmpty())
        return Error{tr("Conditions"), tr("Enter at least one condition, one per line. Consider the conditions a restraining order "
                                          "would contain (4.11).")};
    for (const QString& c : b.conditions)
        if (Status s = limitText(tr("Conditions"), c, limits::mediumText); !s.ok()) return s;
    if (b.viewsSoughtOn.isValid()) {
        if (Status s = notInFuture(tr("Views sought on"), b.viewsSoughtOn); !s.ok()) return s;
        if (b.viewsSoughtOn > b.grantedOn.addDays(28))
            return Error{tr("Views sought on"), tr("4.11: the complainant's views are sought about the conditions to be imposed, so "
                                                   "by the date bail was granted (%1) or soon after.").arg(day(b.grantedOn))};
    }
    return limitText(tr("Complainant's views"), b.complainantViews, limits::longText);
}

Status validateOrder(const CourtOrder& o, const QList<qint64>& personIdsInCase)
{
    const bool spo = o.kind == OrderKind::StalkingProtectionOrder;
    if (o.subjectId != 0 && !personIdsInCase.contains(o.subjectId))
        return Error{tr("Subject of the order"), tr("Choose the subject of the order from the people of this case.")};
    if (o.protectedPersonIds.isEmpty())
        return Error{tr("Protected persons"), tr("Name at least one protected person, chosen from the people of this case.")};
    for (qint64 id : o.protectedPersonIds) {
        if (!personIdsInCase.contains(id))
            return Error{tr("Protected persons"), tr("A protected person must be one of the people of this case.")};
        if (id == o.subjectId) return Error{tr("Protected persons"), tr("The subject of the order cannot also be a protected person.")};
    }
    if (o.prohibitions().isEmpty() && (!spo || o.requirements().isEmpty()))
        return Error{tr("Prohibitions"), spo ? tr("A Stalking Protection Order needs at least one prohibition or requirement.")
                                              : tr("A restraining order needs at least one prohibition, e.g. no contact directly or "
                                                   "indirectly.")};
    if (!spo && !o.requirements().isEmpty())
        return Error{tr("Prohibitions"), tr("A restraining order contains prohibitions only; positive requirements belong to a "
                                            "Stalking Protection Order.")};
    for (const OrderTerm& t : o.terms) {
        if (Status s = requireText(orderTermKindLabel(t.kind), t.text, limits::mediumText); !s.ok())
            return Error{tr("Prohibitions"), tr("The term \"%1\" has no wording. Enter it, or remove the term.").arg(orderTermKindLabel(t.kind))};
        if (t.verifiedOn.isValid())
            if (Status s = notInFuture(tr("Address verified on"), t.verifiedOn); !s.ok()) return s;
    }
    if (!o.untilFurtherOrder) {
        if (!o.fixedUntil.isValid())
            return Error{tr("Duration"), tr("Enter the date the order would end, or choose \"until further order\".")};
        if (o.appliedOn.isValid() && o.fixedUntil <= o.appliedOn)
            return Error{tr("Duration"), tr("The order must end after the date it is applied for (%1).").arg(day(o.appliedOn))};
    }
    if (o.mg5NotificationGiven && o.mg5NotifiedOn.isValid())
        if (Status s = notInFuture(tr("MG5 notification given on"), o.mg5NotifiedOn); !s.ok()) return s;
    if (!o.mg5NotificationGiven && o.mg5NotifiedOn.isValid())
        return Error{tr("MG5 notification given on"), tr("Tick \"MG5 notification given\" or clear its date.")};
    if (o.appliedOn.isValid())
        if (Status s = notInFuture(tr("Applied on"), o.appliedOn); !s.ok()) return s;
    if (o.status != OrderStatus::Draft && !o.appliedOn.isValid())
        return Error{tr("Applied on"), tr("Enter the date the order was applied for.")};
    for (const auto& [field, value] : {std::pair{tr("Complainant's views"), o.complainantViews},
                                       {tr("Specialist services' views"), o.specialistServiceViews}})
        if (Status s = limitText(field, value, limits::longText); !s.ok()) return s;
    return {};
}

Status validateBreach(const Breach& b)
{
    if (b.of == BreachOf::Bail && b.bailId == 0) return Error{tr("Breached"), tr("Choose which bail conditions were breached.")};
    if (b.of == BreachOf::Order && b.orderId == 0) return Error{tr("Breached"), tr("Choose which order was breached.")};
    if (!b.occurredUtc.isValid()) return Error{tr("Breach occurred"), tr("Enter when the breach happened.")};
    if (Status s = notInFuture(tr("Breach occurred"), b.occurredUtc); !s.ok()) return s;
    // A breach whose time is not known is a date alone: its end is compared by date (issue 23).
    if (b.endUtc.isValid() && (b.timeKnown ? b.endUtc < b.occurredUtc : uktime::dateOf(b.endUtc) < uktime::dateOf(b.occurredUtc)))
        return Error{tr("Breach ended"), tr("The end of the breach cannot be before its start.")};
    if (Status s = requireText(b.online ? tr("Platform") : tr("Location"), b.location, limits::mediumText); !s.ok()) return s;
    if (b.behaviours.isEmpty())
        return Error{tr("Behaviours"), tr("Select at least one behaviour: the breach becomes an incident in the course of conduct (4.13).")};
    if (Status s = requireText(tr("What happened"), b.description, limits::longText); !s.ok()) return s;
    return requireText(tr("Action owner"), b.actionOwner, limits::shortText);
}

} // namespace conduct
