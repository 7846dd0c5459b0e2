#include "widgets/DateField.h"

#include "common/UkTime.h"

#include <QLineEdit>

namespace conduct {

DateField::DateField(const QString& objectName, QWidget* parent) : DateEntry(objectName, parent)
{
    setPlaceholderText(tr("dd/mm/yyyy"));
}

bool DateField::isEmpty() const { return text().trimmed().isEmpty(); }

void DateField::setDate(QDate date) { setText(uktime::formatDate(date)); }

void DateField::setEarliest(QDate earliest, const QString& why)
{
    m_earliest = earliest;
    m_earliestWhy = why;
    markUnread();
}

Status DateField::read(const QString& text)
{
    m_date = QDate();
    if (text.trimmed().isEmpty()) {
        if (!m_required) return Status();
        return fieldError(fieldName(), tr("No date was typed: type it as day/month/year, for example %1.")
                                           .arg(uktime::formatDate(uktime::today())));
    }
    auto parsed = uktime::parseDate(text, fieldName());
    if (!parsed) return parsed.error();
    if (m_earliest.isValid() && *parsed < m_earliest)
        return fieldError(fieldName(), QStringLiteral("%1: %2").arg(uktime::formatDate(*parsed), m_earliestWhy));
    m_date = *parsed;
    showNormalised(uktime::formatDate(m_date));
    return Status();
}

QString DateField::valueKey() const { return m_date.isValid() ? m_date.toString(Qt::ISODate) : QString(); }

QString DateField::textForPickedDate(QDate picked) const { return uktime::formatDate(picked); }

} // namespace conduct
