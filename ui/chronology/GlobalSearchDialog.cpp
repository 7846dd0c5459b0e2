#include "chronology/GlobalSearchDialog.h"

#include "services/LinkedSearchService.h"
#include "store/SearchIndex.h"

#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace conduct {
namespace {
enum Column { StrengthColumn, WhatColumn, CaseColumn, MatchedColumn };
constexpr int caseIdRole = Qt::UserRole + 1;

QString kindLabel(GlobalSearchHit::Kind kind)
{
    switch (kind) {
    case GlobalSearchHit::Kind::Case: return GlobalSearchDialog::tr("Case");
    case GlobalSearchHit::Kind::Person: return GlobalSearchDialog::tr("Person");
    case GlobalSearchHit::Kind::Incident: return GlobalSearchDialog::tr("Incident");
    }
    return {};
}
} // namespace

QString plainSnippet(const QString& marked)
{
    QString out = marked;
    out.replace(snippetMarkStart, QChar(0x00AB)).replace(snippetMarkEnd, QChar(0x00BB));
    return out;
}

GlobalSearchDialog::GlobalSearchDialog(Database& db, const Session& session, QWidget* parent)
    : QDialog(parent), m_db(db), m_session(session)
{
    setObjectName(QStringLiteral("globalSearchDialog"));
    setWindowTitle(tr("Search all cases"));
    resize(900, 520);
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(tr("&Search for a URN, a person (name, date of birth, phone, e-mail, handle, vehicle) or "
                                "words in incident descriptions:"), this);
    label->setWordWrap(true);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("globalSearchEdit"));
    m_edit->setAccessibleName(tr("Search all cases"));
    m_edit->setPlaceholderText(tr("e.g. SMITH, John 12/03/1980 or 07700 900123 or \"knife\""));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    label->setBuddy(m_edit);
    m_results = new QTreeWidget(this);
    m_results->setObjectName(QStringLiteral("globalSearchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setHeaderLabels({tr("Strength"), tr("Found"), tr("Case"), tr("What matched")});
    m_results->header()->setStretchLastSection(true);
    m_results->setColumnWidth(StrengthColumn, 110);
    m_results->setColumnWidth(WhatColumn, 280);
    m_results->setColumnWidth(CaseColumn, 120);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("globalSearchStatus"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Open)->setText(tr("&Open case"));
    layout->addWidget(label);
    layout->addWidget(m_edit);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &GlobalSearchDialog::runSearch);
    connect(m_edit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        if (m_debounce->isActive()) runSearch();
        choose();
    });
    connect(m_results, &QTreeWidget::itemActivated, this, &GlobalSearchDialog::choose);
    connect(buttons, &QDialogButtonBox::accepted, this, &GlobalSearchDialog::choose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void GlobalSearchDialog::runSearch()
{
    m_debounce->stop();
    m_results->clear();
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty()) {
        m_status->clear();
        return;
    }
    QElapsedTimer timer;
    timer.start();
    auto hits = LinkedSearchService(m_db, m_session).globalSearch(text);
    if (!hits.ok()) {
        m_status->setText(hits.error().text());
        return;
    }
    for (const GlobalSearchHit& h : hits.value()) {
        const QString strength = h.kind == GlobalSearchHit::Kind::Person ? tr("%1 (%2)").arg(h.strength).arg(h.score) : h.strength;
        const QString matched = h.kind == GlobalSearchHit::Kind::Incident ? plainSnippet(h.matched) : h.matched;
        auto* item = new QTreeWidgetItem(m_results, {strength, kindLabel(h.kind) + QStringLiteral(": ") + h.title, h.urn, matched});
        item->setData(0, caseIdRole, h.caseId);
        item->setToolTip(MatchedColumn, matched);
    }
    if (m_results->topLevelItemCount() > 0) m_results->setCurrentItem(m_results->topLevelItem(0));
    m_status->setText(tr("%n result(s) in %1 ms. Possible matches are prompts to look, not links: check before relying "
                         "on one (protocol 3.8).", nullptr, m_results->topLevelItemCount()).arg(timer.elapsed()));
}

void GlobalSearchDialog::choose()
{
    QTreeWidgetItem* item = m_results->currentItem();
    if (!item && m_results->topLevelItemCount() > 0) item = m_results->topLevelItem(0);
    if (!item) return;
    m_chosenCase = item->data(0, caseIdRole).toLongLong();
    accept();
}

bool GlobalSearchDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Up and Down in the search box move through the results, as in any quick-open box.
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && m_results->topLevelItemCount() > 0) {
            const int row = m_results->indexOfTopLevelItem(m_results->currentItem());
            const int next = std::clamp(row + (key == Qt::Key_Down ? 1 : -1), 0, m_results->topLevelItemCount() - 1);
            m_results->setCurrentItem(m_results->topLevelItem(next));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace conduct
