#pragma once
// The case list over the store: filtered and sorted in SQL, fetched a page at a time as the
// view scrolls, so 100,000 cases never sit in memory at once.
//
// Counting every match of a filter means reading every case, which took longer than the rest of
// a keystroke put together. So a keystroke fetches only the first page; when that page is not
// full it is the whole answer and the count is known at once. Otherwise the count is taken when
// typing pauses (countDelayMs), and totalCountChanged() says so.
//
// The list is read as one viewer (issue 24, need to know): for a case they do not see in full the
// query blanks the names (store/CaseListQuery) and the list says "(restricted — open with a reason)".
//
// The advisor's "needs attention" figure reads a whole case per row. It is worked out for the
// rows on screen once the list has settled (attentionDelayMs after the last change), shown as
// "…" until then, and kept per case until that case changes or the day does.

#include "store/CaseListQuery.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QTimer>
#include <functional>

namespace conduct {

class Database;

class CaseListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { UrnColumn, StatusColumn, OfficerColumn, ComplainantsColumn, SuspectsColumn, IncidentsColumn,
                  LastIncidentColumn, UpdatedColumn, AttentionColumn, RiskReviewColumn, ColumnCount };
    static constexpr int CaseIdRole = Qt::UserRole + 1;
    static constexpr int pageSize = 200;
    static constexpr int countDelayMs = 300;
    static constexpr int attentionDelayMs = 150;

    CaseListModel(Database& db, const User& viewer, QObject* parent = nullptr);
    // Whether the row's case is shown without names until opened with a reason.
    bool isRestrictedAt(int row) const { return row >= 0 && row < m_rows.size() && m_rows[row].restricted; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    void setFilter(const QString& text);
    void refresh();                       // after a change elsewhere: re-run the query
    // Cases matching the filter; -1 while not yet counted (rowCount() cases are loaded so far).
    int totalCount() const { return m_total; }
    qint64 caseIdAt(int row) const;
    QString lastError() const { return m_lastError; }
    // The protocol advisor's count of rules needing attention for one case, or -1 when not
    // available. Asked only for rows the view actually paints, and cached until the next refresh,
    // so the list stays fast however many cases there are (AdvisorService.h).
    void setAttentionCounter(std::function<int(qint64 caseId)> counter) { m_attentionCounter = std::move(counter); }
    bool attentionPending() const { return !m_pendingAttention.isEmpty(); }
    void fillAttention();   // works out the figures asked for so far (normally run by a timer)
    // Whether the list is on screen (MainWindow: its tab is the current one). The timer works the
    // figures out only then. Each reads a whole case, a few dozen round trips to a server, so a
    // list hidden behind a case that was just opened must not spend the opening on its rows: they
    // stay pending until the list shows again (issue 28: the slow opening after closing a case).
    void setOnScreen(bool onScreen);

signals:
    void errorOccurred(const QString& message);
    void totalCountChanged();

private:
    void reload();
    void countNow();
    void fillAttentionIfOnScreen();
    CaseListQuery m_query;
    CaseListRequest m_request;
    QList<CaseSummary> m_rows;
    bool m_allFetched = false;   // the last page came back short: nothing more to fetch
    int m_total = -1;
    QTimer m_countTimer;
    QString m_lastError;
    std::function<int(qint64)> m_attentionCounter;
    struct Attention {
        QDateTime caseUpdatedUtc;   // the figure is for the case as it was then…
        QDate day;                  // …and on this day (some rules count days)
        int count = -1;
    };
    QHash<qint64, Attention> m_attention;
    mutable QSet<qint64> m_pendingAttention;
    mutable QTimer m_attentionTimer;
    bool m_onScreen = true;
};

} // namespace conduct
