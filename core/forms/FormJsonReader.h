#pragma once
// Internal to the forms module: typed reads from a JSON object that report every fault with its
// JSON path instead of stopping at the first one.

#include "common/Result.h"
#include "forms/FormPack.h"
#include "forms/FormsText.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QStringList>
#include <cmath>
#include <functional>
#include <limits>
#include <optional>

namespace conduct::forms_detail {

QString quoted(const QString& s);

inline QString describe(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(v.toDouble());
    case QJsonValue::String: return quoted(v.toString());
    case QJsonValue::Array: return FormsText::tr("a list");
    case QJsonValue::Object: return FormsText::tr("an object");
    case QJsonValue::Undefined: break;
    }
    return FormsText::tr("nothing");
}

inline QString keyPath(const QString& path, const QString& key) { return path + QLatin1Char('.') + key; }

inline bool isIdentifier(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    return re.match(s).hasMatch();
}

class Reader {
public:
    explicit Reader(QList<Error>& errors) : m_errors(errors) {}

    void fail(const QString& path, const QString& message) { m_errors.append(Error{path, message}); }

    void onlyKeys(const QJsonObject& o, const QString& path, const QStringList& allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!allowed.contains(it.key()))
                fail(keyPath(path, it.key()), FormsText::tr("unknown property %1; use one of %2")
                                                  .arg(quoted(it.key()), allowed.join(QStringLiteral(", "))));
    }

    // Blank text is refused even when optional: leave the property out instead.
    QString text(const QJsonObject& o, const QString& key, const QString& path, bool required, const QString& what)
    {
        const QJsonValue v = o.value(key);
        const QString p = keyPath(path, key);
        if (v.isUndefined()) {
            if (required) fail(p, FormsText::tr("%1 is missing; give it as text").arg(what));
            return {};
        }
        if (!v.isString()) {
            fail(p, FormsText::tr("%1 must be text, not %2").arg(what, describe(v)));
            return {};
        }
        if (v.toString().trimmed().isEmpty()) {
            fail(p, FormsText::tr("%1 is empty; fill it in or leave the property out").arg(what));
            return {};
        }
        return v.toString();
    }

    std::optional<bool> flag(const QJsonObject& o, const QString& key, const QString& path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) return std::nullopt;
        if (!v.isBool()) {
            fail(keyPath(path, key), FormsText::tr("must be true or false, not %1").arg(describe(v)));
            return std::nullopt;
        }
        return v.toBool();
    }

    std::optional<double> number(const QJsonObject& o, const QString& key, const QString& path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) return std::nullopt;
        if (!v.isDouble()) {
            fail(keyPath(path, key), FormsText::tr("must be a number, not %1").arg(describe(v)));
            return std::nullopt;
        }
        return v.toDouble();
    }

    std::optional<int> wholeNumber(const QJsonObject& o, const QString& key, const QString& path, bool required,
                                   const QString& what, int minimum)
    {
        const QJsonValue v = o.value(key);
        const QString p = keyPath(path, key);
        if (v.isUndefined()) {
            if (required) fail(p, FormsText::tr("%1 is missing; give a whole number of %2 or more").arg(what).arg(minimum));
            return std::nullopt;
        }
        const double d = v.toDouble(std::numeric_limits<double>::quiet_NaN());
        if (!v.isDouble() || std::floor(d) != d || d < minimum || d > std::numeric_limits<int>::max()) {
            fail(p, FormsText::tr("%1 must be a whole number of %2 or more, not %3").arg(what).arg(minimum).arg(describe(v)));
            return std::nullopt;
        }
        return int(d);
    }

    QJsonArray list(const QJsonObject& o, const QString& key, const QString& path, bool required, const QString& what)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required) fail(keyPath(path, key), FormsText::tr("%1 is missing; give a list").arg(what));
            return {};
        }
        if (!v.isArray()) {
            fail(keyPath(path, key), FormsText::tr("%1 must be a list, not %2").arg(what, describe(v)));
            return {};
        }
        return v.toArray();
    }

    // Calls `each` for every element that is an object; reports the others.
    // `onInvalid` lets the caller keep a placeholder, so later indices still match JSON paths.
    void objects(const QJsonArray& a, const QString& path, const QString& what,
                 const std::function<void(const QJsonObject&, const QString&)>& each,
                 const std::function<void()>& onInvalid = {})
    {
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString p = path + QStringLiteral("[%1]").arg(i);
            if (a.at(i).isObject()) {
                each(a.at(i).toObject(), p);
                continue;
            }
            fail(p, FormsText::tr("each %1 must be an object, not %2").arg(what, describe(a.at(i))));
            if (onInvalid) onInvalid();
        }
    }

    template <typename E>
    std::optional<E> code(const QJsonObject& o, const QString& key, const QString& path, bool required,
                          const QString& what, std::optional<E> (*parse)(const QString&), const QStringList& valid)
    {
        const QString s = text(o, key, path, required, what);
        if (s.isEmpty()) return std::nullopt;
        const auto value = parse(s);
        if (!value)
            fail(keyPath(path, key), FormsText::tr("unknown %1 %2; use one of %3").arg(what, quoted(s), valid.join(QStringLiteral(", "))));
        return value;
    }

    Verification verification(const QJsonObject& o, const QString& path, Verification fallback)
    {
        return code<Verification>(o, QStringLiteral("verification"), path, false, FormsText::tr("verification"),
                                  verificationFromCode, {QStringLiteral("confirmed"), QStringLiteral("unconfirmed")})
            .value_or(fallback);
    }

private:
    QList<Error>& m_errors;
};

} // namespace conduct::forms_detail
