#include "store/DatabaseRows.h"

#include <QList>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVariant>

namespace conduct {
namespace {

// QSqlResult is Qt's documented extension point for drivers; this one serves rows from memory.
class CopiedRows final : public QSqlResult {
public:
    CopiedRows(const QSqlDriver* driver, const QString& sql, QSqlRecord columns, QList<QVariantList> rows,
               bool isSelect, int rowsAffected)
        : QSqlResult(driver), m_columns(std::move(columns)), m_rows(std::move(rows)), m_rowsAffected(rowsAffected)
    {
        setQuery(sql);
        setSelect(isSelect);
        setForwardOnly(false);   // every row is in memory: first(), seek() and previous() work too
        setActive(true);
        setAt(QSql::BeforeFirstRow);
    }

protected:
    QVariant data(int column) override
    {
        const QVariantList& row = m_rows.at(at());
        return column >= 0 && column < row.size() ? row.at(column) : QVariant();
    }
    bool isNull(int column) override { return data(column).isNull(); }
    bool reset(const QString&) override { return false; }   // a copy cannot be run again
    bool fetch(int row) override
    {
        if (row < 0 || row >= m_rows.size()) return false;
        setAt(row);
        return true;
    }
    bool fetchFirst() override { return fetch(0); }
    bool fetchLast() override { return fetch(int(m_rows.size()) - 1); }
    int size() override { return isSelect() ? int(m_rows.size()) : -1; }
    int numRowsAffected() override { return m_rowsAffected; }
    QSqlRecord record() const override { return m_columns; }

private:
    QSqlRecord m_columns;
    QList<QVariantList> m_rows;
    int m_rowsAffected;
};

} // namespace

QSqlQuery copyRowsOut(QSqlQuery& executed)
{
    const QSqlRecord columns = executed.record();
    const int width = columns.count();
    QList<QVariantList> rows;
    if (executed.isSelect()) {
        while (executed.next()) {
            QVariantList row;
            row.reserve(width);
            for (int i = 0; i < width; ++i) row.append(executed.value(i));
            rows.append(std::move(row));
        }
    }
    const bool isSelect = executed.isSelect();
    const int rowsAffected = executed.numRowsAffected();
    const QString sql = executed.lastQuery();
    const QSqlDriver* driver = executed.driver();
    executed.finish();   // the statement stays prepared on the server; only this result is let go
    return QSqlQuery(new CopiedRows(driver, sql, columns, std::move(rows), isSelect, rowsAffected));
}

} // namespace conduct
