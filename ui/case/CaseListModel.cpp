#include "case/CaseListModel.h"
#include "common/UkTime.h"

#include "store/Database.h"

#include <QLocale>

namespace conduct {
namespace {
CaseListColumn queryColumn(int column)
{
    switch (column) {
    case CaseListModel::UrnColumn: return CaseListColumn::Urn;
    case CaseListModel::StatusColumn: return CaseListColumn::Status;
    case CaseListModel::OfficerColumn: return CaseListColumn::Officer;
    case CaseListModel::ComplainantsColumn: return CaseListColumn::Complainants;
    case CaseListModel::SuspectsColumn: return CaseListColumn::Suspects;
    case CaseListModel::IncidentsColumn: return CaseListColumn::Incidents;
    case CaseListModel::LastIncidentColumn: return CaseListColumn::LastIncident;
    default: return CaseListColumn::Updated;
    }
}

QString localTime(const QDateTime& utc)
{
    return uktime::formatDateTime(utc);
}
} // namespace

CaseListModel::CaseListModel(Database& db, const User& viewer, QObject* parent)
    : QAbstractTableModel(parent), m_query(db, viewer)
{
    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(countDelayMs);
    connect(&m_countTimer, &QTimer::timeout, this, &CaseListModel::countNow);
    m_attentionTimer.setSingleShot(true);
    m_attentionTimer.setInterval(attentionDelayMs);
    connect(&m_attentionTimer, &QTimer::timeout, this, &CaseListModel::fillAttentionIfOnScreen);
    reload();
}

int CaseListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int CaseListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

qint64 CaseListModel::caseIdAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0; }

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) return {};
    const CaseSummary& row = m_rows[index.row()];
    if (role == CaseIdRole) return row.id;
    if (index.column() == AttentionColumn && (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)) {
        if (!m_attentionCounter) return {};
        const auto cached = m_attention.constFind(row.id);
        if (cached == m_attention.constEnd() || cached->caseUpdatedUtc != row.updatedUtc
            || cached->day != uktime::today()) {
            m_pendingAttention.insert(row.id);
            if (!m_attentionTimer.isActive()) m_attentionTimer.start();
            return role == Qt::AccessibleTextRole ? tr("Not yet worked out") : QStringLiteral("…");
        }
        const int n = cached->count;
        if (n < 0) return {};
        return n == 0 ? tr("✔ none") : tr("⚠ %n rule(s)", nullptr, n);
    }
    if (role == Qt::ToolTipRole && index.column() == AttentionColumn)
        return tr("Protocol advisor rules needing attention; open the case and see its Protocol advisor tab.");
    if (index.column() == RiskReviewColumn && (role == Qt::DisplayRole || role == Qt::AccessibleTextRole || role == Qt::ToolTipRole)) {
        // Protocol 3.7: the risk assessment is kept under review; an overdue review is marked in words.
        if (!row.riskReviewDue.isValid()) return {};
        const QString date = uktime::formatDate(row.riskReviewDue);
        if (row.riskReviewDue < uktime::today()) return tr("⚠ Overdue since %1").arg(date);
        return tr("Due %1").arg(date);
    }
    if (role == Qt::TextAlignmentRole && index.column() == IncidentsColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole) return {};
    const bool nameColumn = index.column() == ComplainantsColumn || index.column() == SuspectsColumn;
    if (row.restricted && nameColumn) {
        // The names were never read (the query blanked them); this says why the cell is empty.
        if (role == Qt::ToolTipRole)
            return tr("This case belongs to an officer outside your teams. Open it and give a reason to see the "
                      "names; the reason is recorded in the audit trail.");
        return tr("(restricted — open with a reason)");
    }
    switch (index.column()) {
    case UrnColumn: return row.urn;
    case StatusColumn: return labelOf(row.status);
    case OfficerColumn: return row.officerInCase;
    case ComplainantsColumn: return row.complainants;
    case SuspectsColumn: return row.suspects;
    case IncidentsColumn: return row.incidentCount;
    case LastIncidentColumn: return localTime(row.lastIncidentUtc);
    case UpdatedColumn: return localTime(row.updatedUtc);
    default: return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case UrnColumn: return tr("URN");
    case StatusColumn: return tr("Status");
    case OfficerColumn: return tr("Officer in the case");
    case ComplainantsColumn: return tr("Complainant");
    case SuspectsColumn: return tr("Suspect");
    case IncidentsColumn: return tr("Incidents");
    case LastIncidentColumn: return tr("Last incident");
    case UpdatedColumn: return tr("Updated");
    case AttentionColumn: return tr("Needs attention");
    case RiskReviewColumn: return tr("Risk review");
    default: return {};
    }
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    m_request.sortColumn = queryColumn(column);
    m_request.order = order;
    reload();
}

void CaseListModel::setFilter(const QString& text)
{
    if (text == m_request.filter) return;
    m_request.filter = text;
    reload();
}

void CaseListModel::refresh()
{
    m_attention.clear();   // something changed elsewhere; not every change moves a case's updated time
    reload();
}

void CaseListModel::fillAttention()
{
    m_attentionTimer.stop();
    const QDate today = uktime::today();
    int first = -1, last = -1;
    for (int r = 0; r < m_rows.size(); ++r) {
        const CaseSummary& row = m_rows[r];
        if (!m_pendingAttention.contains(row.id)) continue;
        m_attention.insert(row.id, {row.updatedUtc, today, m_attentionCounter ? m_attentionCounter(row.id) : -1});
        if (first < 0) first = r;
        last = r;
    }
    m_pendingAttention.clear();
    if (first >= 0) emit dataChanged(index(first, AttentionColumn), index(last, AttentionColumn));
}

void CaseListModel::fillAttentionIfOnScreen()
{
    if (m_onScreen) fillAttention();
}

void CaseListModel::setOnScreen(bool onScreen)
{
    m_onScreen = onScreen;
    if (m_onScreen && !m_pendingAttention.isEmpty()) m_attentionTimer.start();   // the rows asked for while hidden
}

bool CaseListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_allFetched;
}

void CaseListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_allFetched) return;
    auto page = m_query.page(m_request, int(m_rows.size()), pageSize);
    if (!page.ok()) {
        m_lastError = page.error().text();
        m_allFetched = true;   // stop asking for more until the next reload
        emit errorOccurred(m_lastError);
        return;
    }
    if (page->size() < pageSize) m_allFetched = true;
    if (!page->isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
        m_rows.append(page.value());
        endInsertRows();
    }
    if (m_allFetched && m_total != int(m_rows.size())) {
        m_countTimer.stop();   // every match is loaded: that is the count
        m_total = int(m_rows.size());
        emit totalCountChanged();
    }
}

void CaseListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_pendingAttention.clear();   // the rows on screen after the reset ask again
    m_lastError.clear();
    m_allFetched = false;
    m_total = -1;
    endResetModel();
    fetchMore({});
    if (m_total < 0 && m_lastError.isEmpty()) m_countTimer.start();   // restarted by each keystroke
    if (m_attentionTimer.isActive()) m_attentionTimer.start();        // likewise
    emit totalCountChanged();
}

void CaseListModel::countNow()
{
    auto total = m_query.count(m_request);
    if (!total.ok()) {
        emit errorOccurred(total.error().text());
        return;
    }
    m_total = total.value();
    emit totalCountChanged();
}

} // namespace conduct
