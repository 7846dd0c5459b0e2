#include "shell/MainWindow.h"

#include "case/CaseListModel.h"
#include "services/AdvisorService.h"
#include "case/CaseWorkspace.h"
#include "case/OpenCaseDialog.h"
#include "chronology/GlobalSearchDialog.h"
#include "widgets/KeyboardConventions.h"
#include "common/Clock.h"
#include "common/UkTime.h"
#include "shell/LiveUpdates.h"
#include "shell/LockController.h"
#include "chronology/MonitoringDialog.h"
#include "case/NewCaseDialog.h"
#include "shell/Appearance.h"
#include "widgets/Prompts.h"
#include "shell/SignInDialog.h"
#include "risk/SupervisorQueue.h"
#include "services/AppPaths.h"
#include "services/DemoCase.h"
#include "shell/ConnectServerDialog.h"
#include "shell/OpenStoreDialog.h"
#include "services/StartupStore.h"
#include "store/ConnectionSecurity.h"
#include "store/Database.h"
#include "widgets/SpellCheck.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

namespace conduct {
namespace {
constexpr int maxRecent = 8;
const QString recentKey = QStringLiteral("recentDatabases");

// Spell-checking follows the signed-in user (their own words) and the open store (where those
// words are kept); a missing dictionary is said once in the status bar and Conduct carries on.
void startSpellCheckingFor(QMainWindow* window, Database& db, const Session& session)
{
    startSpellChecking(db, session);
    if (!spellCheckingProblem().isEmpty()) window->statusBar()->showMessage(spellCheckingProblem(), 15000);
}
} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> db, Session session, QWidget* parent)
    : QMainWindow(parent), m_db(std::move(db)), m_session(std::move(session))
{
    setObjectName(QStringLiteral("mainWindow"));
    installKeyboardConventions();
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setDocumentMode(true);
    setCentralWidget(withReadOnlyBanner(m_tabs));
    buildCaseListTab();
    buildMenus();
    m_live = new LiveUpdates(this);
    m_live->watch(*m_db, m_session.user.id);
    connect(m_live, &LiveUpdates::changed, this, &MainWindow::showOthersChanges);
    m_lock = new LockController(this, *m_db, m_session);
    connect(m_lock, &LockController::signOutRequested, this, &MainWindow::signOutFromLock);
    connect(m_lock, &LockController::unlocked, this, &MainWindow::updateWindowModified);
    // Locked, nobody is signed in as far as the fields are concerned; unlocking may be a new user.
    connect(m_lock, &LockController::locked, this, [] { stopSpellChecking(); });
    connect(m_lock, &LockController::unlocked, this, [this] { startSpellCheckingFor(this, *m_db, m_session); });
    connect(m_lock, &LockController::unlocked, this, &MainWindow::closeCasesNoLongerOpen);
    startSpellCheckingFor(this, *m_db, m_session);
    buildSecurityMenus();
    buildReviewMenu();
    // A read-only store (issue 24): what core could only refuse is not offered. Cases still open
    // to read; their workspaces lock their own editing controls.
    if (m_db->isReadOnly())
        for (const char* name : {"newCaseAction", "importBundleAction"})
            if (auto* action = findChild<QAction*>(QLatin1String(name))) action->setEnabled(false);
    // The list's advisor figures are worked out only while the list is the tab on show.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_model) m_model->setOnScreen(index == 0);
    });
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (index == 0) return;
        m_tabs->setCurrentIndex(index);
        closeCurrentCase();
    });
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addPermanentWidget(m_databaseLabel);
    m_securityLabel = new QLabel(this);   // a server store's encryption (issue 30)
    m_securityLabel->setObjectName(QStringLiteral("connectionSecurityLabel"));
    statusBar()->addPermanentWidget(m_securityLabel);
    updateStatusBar();
    addRecentDatabase(m_db->path());
    refreshRecentMenu();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray())) resize(1280, 800);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_view->horizontalHeader()->restoreState(settings.value(QStringLiteral("caseList/header")).toByteArray());
    // Last, so no other start-up message hides it: a desk idle lock shortened to the unit's maximum.
    for (const Error& notice : m_lock->idleLockNotices()) statusBar()->showMessage(notice.message, 60000);
}

MainWindow::~MainWindow()
{
    stopSpellChecking();   // the store it keeps words in closes with this window
}

void MainWindow::buildCaseListTab()
{
    auto* page = new QWidget(m_tabs);
    auto* layout = new QVBoxLayout(page);
    auto* filterRow = new QHBoxLayout;
    auto* filterLabel = new QLabel(tr("&Find case:"), page);
    m_filter = new QLineEdit(page);
    m_filter->setObjectName(QStringLiteral("caseFilter"));
    m_filter->setAccessibleName(tr("Find case"));
    m_filter->setPlaceholderText(tr("URN, any person's name, status or officer"));
    m_filter->setClearButtonEnabled(true);
    filterLabel->setBuddy(m_filter);
    m_count = new QLabel(page);
    m_count->setObjectName(QStringLiteral("caseCount"));
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_count);
    layout->addLayout(filterRow);

    m_model = new CaseListModel(*m_db, m_session.user, this);
    m_view = new QTableView(page);
    m_view->setObjectName(QStringLiteral("caseList"));
    m_view->setAccessibleName(tr("Cases"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CaseListModel::UpdatedColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const QList<QPair<int, int>> widths = {{CaseListModel::UrnColumn, 120}, {CaseListModel::StatusColumn, 140},
                                           {CaseListModel::OfficerColumn, 200}, {CaseListModel::ComplainantsColumn, 200},
                                           {CaseListModel::SuspectsColumn, 200}, {CaseListModel::IncidentsColumn, 80},
                                           {CaseListModel::LastIncidentColumn, 130}};
    for (const auto& [column, width] : widths) m_view->setColumnWidth(column, width);
    layout->addWidget(m_view);
    m_tabs->addTab(page, tr("Cases"));
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);

    connectModel();
    connect(m_view, &QTableView::activated, this, &MainWindow::openSelectedCase);
}

void MainWindow::connectModel()
{
    // The advisor's "needs attention" figure, for the rows on screen only (AdvisorService.h).
    m_model->setAttentionCounter([this](qint64 caseId) {
        return AdvisorService(*m_db, m_session).attentionCounts({caseId}).value(caseId, -1);
    });
    connect(m_filter, &QLineEdit::textChanged, m_model, &CaseListModel::setFilter);
    connect(m_model, &CaseListModel::totalCountChanged, this, &MainWindow::updateCaseCount);
    connect(m_model, &CaseListModel::errorOccurred, this, [this](const QString& message) {
        statusBar()->showMessage(message, 10000);
    });
    updateCaseCount();
}

void MainWindow::updateCaseCount()
{
    const int total = m_model->totalCount();
    // Until typing pauses and the matches are counted: how many are listed so far.
    m_count->setText(total >= 0 ? tr("%n case(s)", nullptr, total) : tr("%n+ cases", nullptr, m_model->rowCount()));
}

// View ▸ Appearance: system, light or dark colours, applied at once and remembered.
void MainWindow::buildViewMenu()
{
    QMenu* view = menuBar()->addMenu(tr("&View"));
    QMenu* appearance = view->addMenu(tr("&Appearance"));
    auto* group = new QActionGroup(appearance);
    const Appearance current = savedAppearance();
    const std::pair<Appearance, QString> choices[] = {
        {Appearance::System, tr("&System colours")}, {Appearance::Light, tr("&Light")}, {Appearance::Dark, tr("&Dark")}};
    for (const auto& [choice, label] : choices) {
        QAction* action = appearance->addAction(label);
        action->setCheckable(true);
        action->setChecked(choice == current);
        action->setObjectName(QStringLiteral("appearance_") + appearanceCode(choice));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [choice] {
            saveAppearance(choice);
            applyAppearance(choice);
        });
    }
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newCase = file->addAction(tr("&New case…"), this, &MainWindow::newCase);
    newCase->setShortcut(QKeySequence::New);
    newCase->setObjectName(QStringLiteral("newCaseAction"));
    QAction* open = file->addAction(tr("&Open database…"), this, &MainWindow::openDatabase);
    open->setShortcut(QKeySequence::Open);
    // The unit's server by its parts (issue 30); the window signs in to it as to any store.
    QAction* connectServer = file->addAction(tr("Connect to &server…"), this, [this] {
        const DeskStoreSettings desk = readDeskStoreSettings();
        ConnectServerDialog dialog(desk.unitLocked && !desk.unitAddress.isEmpty() ? desk.unitFile : QString(), this);
        if (dialog.exec() != QDialog::Accepted) return;
        if (dialog.openAtStart()) saveOfficerStartupStore(dialog.address().value());
        signInAndSwitch(dialog.takeDatabase());
    });
    connectServer->setObjectName(QStringLiteral("connectServerAction"));
    m_recentMenu = file->addMenu(tr("&Recent databases"));
    file->addSeparator();
    // Acts on the case in the current tab; with the case list showing there is nothing to export.
    QAction* exportDocs = file->addAction(tr("&Export / print…"), this, [this] {
        if (CaseWorkspace* ws = currentWorkspace()) ws->exportDocuments();
        else statusBar()->showMessage(tr("Open a case first: documents are exported from a case."), 5000);
    });
    exportDocs->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportDocs->setObjectName(QStringLiteral("exportAction"));
    buildFileTransferActions(file);   // case bundles, backup and restore (MainWindowFile.cpp)
    QAction* close = file->addAction(tr("&Close case"), this, &MainWindow::closeCurrentCase);
    close->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* find = edit->addAction(tr("&Find case"), this, [this] {
        m_tabs->setCurrentIndex(0);
        m_filter->setFocus();
        m_filter->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    addPreferencesAction(edit);

    buildViewMenu();

    QMenu* search = menuBar()->addMenu(tr("&Search"));
    QAction* everything = search->addAction(tr("Search &all cases…"), this, &MainWindow::searchAllCases);
    everything->setObjectName(QStringLiteral("searchAllCasesAction"));
    everything->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    // Issue 13: the unit's monitoring figures (protocol 4.1, 10.1); the service refuses non-supervisors.
    QAction* monitoring = search->addAction(tr("&Monitoring report…"), this, [this] {
        MonitoringDialog dialog(*m_db, m_session, this);
        if (dialog.exec() == QDialog::Accepted && dialog.chosenCaseId() > 0) openCase(dialog.chosenCaseId());
    });
    monitoring->setObjectName(QStringLiteral("monitoringReportAction"));
    monitoring->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    addUserGuideAction(help);
    help->addAction(tr("Load &example case"), this, &MainWindow::loadExampleCase);
    help->addSeparator();
    help->addAction(tr("&About Conduct"), this, [this] {
        QMessageBox::about(this, tr("About Conduct"),
                           tr("<h3>Conduct %1</h3><p>Stalking and harassment case building for police investigators, "
                              "following the NPCC–CPS protocol.</p><p>Licensed under the GNU General Public Licence, "
                              "version 3 or later.</p><p>Cases held here are OFFICIAL-SENSITIVE personal data.</p>")
                               .arg(QStringLiteral(CONDUCT_VERSION)));
    });
}

void MainWindow::refreshRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(recentKey).toStringList();
    for (const QString& path : recent) {
        // A file or a server address, kept whole (sslmode, schema and role included: issue 30) and
        // opened as what it is; a server may ask for its password. "&&": an address's "&" is not a shortcut.
        QAction* entry = m_recentMenu->addAction(QString(path).replace(u'&', QStringLiteral("&&")), this, [this, path] {
            auto opened = openStoreInteractively(path, this, {.readOnly = false, .createIfMissing = false});
            if (!opened.ok()) {
                prompts::warn(this, tr("Open database"), opened.error().text());
                return;
            }
            signInAndSwitch(std::move(opened).value());
        });
        entry->setObjectName(QStringLiteral("recentDatabaseAction"));
        entry->setData(path);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::addRecentDatabase(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(recentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > maxRecent) recent.removeLast();
    settings.setValue(recentKey, recent);
}

QWidget* MainWindow::withReadOnlyBanner(QWidget* content)
{
    if (!m_db->isReadOnly()) return content;
    // Said once, where the officer looks first: what works, what does not, and what is not recorded.
    auto* banner = new QLabel(this);
    banner->setObjectName(QStringLiteral("readOnlyBanner"));
    banner->setWordWrap(true);
    banner->setTextFormat(Qt::PlainText);
    banner->setMargin(8);
    banner->setStyleSheet(QStringLiteral("background: palette(alternate-base); border-bottom: 1px solid palette(mid);"));
    const QString opened = m_db->readOnlyReason().isEmpty()
                               ? tr("This database was opened read-only.")
                               : tr("This database is open read-only: %1.").arg(m_db->readOnlyReason());
    banner->setText(opened + QLatin1Char(' ') +
                    tr("You can read and search cases, but nothing can be changed or exported, and the cases you "
                       "open in this session cannot be recorded in this database's audit trail."));
    banner->setAccessibleName(tr("Read-only database"));
    auto* holder = new QWidget(this);
    auto* layout = new QVBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(banner);
    layout->addWidget(content, 1);
    return holder;
}

void MainWindow::updateStatusBar()
{
    QStringList roles;
    for (Role r : allRoles())
        if (m_session.user.hasRole(r)) roles.append(roleLabel(r));
    m_databaseLabel->setText(tr("%1 (%2) · Database: %3%4")
                                 .arg(m_session.user.displayName, roles.join(QStringLiteral(", ")), m_db->path(),
                                      m_db->isReadOnly() ? tr(" (read-only)") : QString()));
    // Asked of the server: encrypted and verified, or a warning; plain text across a network is
    // said in the title too, where it cannot be missed (issue 30).
    auto security = connectionSecurity(*m_db);
    m_securityLabel->setText(security.ok() ? security->statusText : security.error().message);
    m_securityLabel->setVisible(!m_securityLabel->text().isEmpty());
    const QString apart = QStringLiteral("padding-left: 8px; border-left: 1px solid palette(mid);");
    m_securityLabel->setStyleSheet(security.ok() && !security->isWarning() ? apart : apart + QStringLiteral(" font-weight: bold;"));
    const bool plainText = security.ok() && security->encryption == Encryption::NotEncrypted;
    // A file by its name; a server store by its address.
    setWindowTitle(QStringLiteral("%1%2[*]")
                       .arg(m_db->engine() == Engine::Sqlite ? QFileInfo(m_db->path()).fileName() : m_db->path(),
                            plainText ? tr(" — not encrypted") : QString()));
}

void MainWindow::newCase()
{
    CaseService service(*m_db, m_session);
    NewCaseDialog dialog(service, QSettings().value(QStringLiteral("lastOfficer")).toString(), this);
    if (dialog.exec() != QDialog::Accepted) return;
    QSettings().setValue(QStringLiteral("lastOfficer"), dialog.created().officerInCase);
    m_model->refresh();
    openCase(dialog.created().id);
}

void MainWindow::openSelectedCase()
{
    const qint64 id = m_model->caseIdAt(m_view->currentIndex().row());
    if (id > 0) openCase(id);
}

CaseWorkspace* MainWindow::openCase(qint64 caseId)
{
    for (int i = 1; i < m_tabs->count(); ++i) {
        auto* ws = qobject_cast<CaseWorkspace*>(m_tabs->widget(i));
        if (ws && ws->caseId() == caseId) {
            m_tabs->setCurrentIndex(i);
            ws->setFocus(Qt::OtherFocusReason);
            return ws;
        }
    }
    QString justification;
    const Decision access = CaseService(*m_db, m_session).accessTo(caseId);
    if (access == Decision::Denied) {
        prompts::warn(this, tr("Open case"), tr("Your account's roles do not allow opening this case."));
        return nullptr;
    }
    if (access == Decision::NeedsJustification) {
        // A case outside the user's teams: a justified-access grant (issue 24), recorded as a
        // consultation (DPA 2018 s62); while it lasts, reopening the case does not ask again.
        OpenCaseDialog dialog(*m_db, m_session, caseId, this);
        if (dialog.exec() != QDialog::Accepted) return nullptr;
        justification = dialog.grant().justification();
        m_model->refresh();   // the list now shows the case's names
    }
    auto* ws = new CaseWorkspace(*m_db, m_session, caseId, justification, m_tabs);
    if (!ws->isLoaded()) {
        delete ws;
        return nullptr;
    }
    const int index = m_tabs->addTab(ws, ws->title());
    m_tabs->setCurrentIndex(index);
    ws->setFocus(Qt::OtherFocusReason);   // keyboard users land in the case's own tabs
    connect(ws, &CaseWorkspace::caseChanged, m_model, &CaseListModel::refresh);
    connect(ws, &CaseWorkspace::titleChanged, this, &MainWindow::updateTabTitles);
    connect(ws, &CaseWorkspace::openCaseRequested, this, &MainWindow::openCase);
    connect(ws, &CaseWorkspace::workInProgressChanged, this, &MainWindow::updateWindowModified);
    updateWindowModified();
    return ws;
}

void MainWindow::closeCasesNoLongerOpen()
{
    // Grants end at lock (issue 24): a case opened with a reason closes, and the list masks its names again.
    m_model->refresh();
    for (int i = m_tabs->count() - 1; i >= 1; --i) {
        auto* ws = qobject_cast<CaseWorkspace*>(m_tabs->widget(i));
        if (!ws || CaseService(*m_db, m_session).accessTo(ws->caseId()) == Decision::Allowed) continue;
        m_tabs->setCurrentIndex(i);
        closeCurrentCase();
    }
}

CaseWorkspace* MainWindow::currentWorkspace() const { return qobject_cast<CaseWorkspace*>(m_tabs->currentWidget()); }

void MainWindow::updateTabTitles()
{
    for (int i = 1; i < m_tabs->count(); ++i)
        if (auto* ws = qobject_cast<CaseWorkspace*>(m_tabs->widget(i))) m_tabs->setTabText(i, ws->title());
}

bool MainWindow::closeCurrentCase()
{
    CaseWorkspace* ws = currentWorkspace();
    if (!ws || !ws->confirmClose()) return false;
    m_tabs->removeTab(m_tabs->indexOf(ws));
    ws->deleteLater();
    updateWindowModified();
    return true;
}

bool MainWindow::closeAllCases()
{
    while (m_tabs->count() > 1) {
        m_tabs->setCurrentIndex(m_tabs->count() - 1);
        if (!closeCurrentCase()) return false;
    }
    return true;
}

bool MainWindow::signInAndSwitch(std::unique_ptr<Database> db)
{
    auto session = SignInDialog::signIn(*db, this);
    if (!session) return false;
    return switchDatabase(std::move(db), *session);
}

bool MainWindow::switchDatabase(std::unique_ptr<Database> db, Session session)
{
    if (!closeAllCases()) return false;
    delete m_reviewQueue;   // it works on the old database as the old user
    // Workspaces are deleted later; make sure none still refers to the old database.
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_model->deleteLater();
    attachDatabase(std::move(db), std::move(session));
    return true;
}

void MainWindow::attachDatabase(std::unique_ptr<Database> db, Session session)
{
    stopSpellChecking();   // before the old store closes
    m_db = std::move(db);
    m_session = std::move(session);
    startSpellCheckingFor(this, *m_db, m_session);
    m_model = new CaseListModel(*m_db, m_session.user, this);
    m_model->setOnScreen(m_tabs->currentIndex() == 0);
    m_view->setModel(m_model);
    m_model->setFilter(m_filter->text());
    connectModel();
    addRecentDatabase(m_db->path());
    refreshRecentMenu();
    updateStatusBar();
    m_lock->setSession(*m_db, m_session);
    m_live->watch(*m_db, m_session.user.id);   // before the next tick: the old store's watcher must not outlive it
    updateSecurityActions();
}

void MainWindow::showOthersChanges()
{
    const QModelIndex current = m_view->currentIndex();
    const qint64 selected = current.isValid() ? m_model->caseIdAt(current.row()) : 0;
    m_model->refresh();
    for (int row = 0; selected != 0 && row < m_model->rowCount(); ++row) {
        if (m_model->caseIdAt(row) != selected) continue;
        m_view->setCurrentIndex(m_model->index(row, current.column()));
        break;
    }
    if (m_reviewQueue) m_reviewQueue->reload();
    // Issue 30: an open case another desk changed says so above its tabs; it does not reload
    // under the officer's typing.
    for (const ChangeByOther& change : m_live->lastCaseChangesByOthers())
        for (int i = 1; i < m_tabs->count(); ++i)
            if (auto* ws = qobject_cast<CaseWorkspace*>(m_tabs->widget(i)); ws && ws->detail().caseRecord.urn == change.caseUrn)
                ws->noteChangeElsewhere(change.savedBy, change.savedUtc);
    // Only others' saves are news: a message after every one of the officer's own saves taught
    // officers to ignore it (issue 31).
    const std::optional<ChangeByOther>& byOther = m_live->lastChangeByOther();
    if (!byOther) return;
    const QString at = uktime::formatTime(byOther->savedUtc.isValid() ? byOther->savedUtc : Clock::nowUtc());
    statusBar()->showMessage(byOther->caseUrn.isEmpty()
                                 ? tr("Updated: %1 saved changes at %2.").arg(byOther->savedBy, at)
                                 : tr("Updated: %1 saved case %2 at %3.").arg(byOther->savedBy, byOther->caseUrn, at),
                             10000);
}

void MainWindow::openDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Open or create a Conduct database"), QFileInfo(m_db->path()).absolutePath(),
                                                      tr("Conduct databases (*.sqlite *.db);;All files (*)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty()) return;
    auto opened = Database::openSqlite(path);
    if (!opened.ok()) {
        prompts::warn(this, tr("Open database"), opened.error().text());
        return;
    }
    signInAndSwitch(std::move(opened).value());
}

void MainWindow::loadExampleCase()
{
    if (Status s = ensureDataFolder(); !s.ok()) return prompts::warn(this, tr("Example case"), s.error().text());
    auto example = Database::openSqlite(exampleDatabasePath());
    if (!example.ok()) return prompts::warn(this, tr("Example case"), example.error().text());
    auto session = SignInDialog::signIn(*example.value(), this);
    if (!session) return;
    auto id = ensureDemoCase(*example.value(), *session);
    if (!id.ok()) return prompts::warn(this, tr("Example case"), id.error().text());
    if (switchDatabase(std::move(example).value(), *session)) openCase(id.value());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_lock->isLocked()) {   // closing would ask about unsaved case work on screen
        event->ignore();
        return;
    }
    if (!closeAllCases()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("caseList/header"), m_view->horizontalHeader()->saveState());
    event->accept();
}

void MainWindow::searchAllCases()
{
    GlobalSearchDialog dialog(*m_db, m_session, this);
    if (dialog.exec() == QDialog::Accepted && dialog.chosenCaseId() > 0) openCase(dialog.chosenCaseId());
}

} // namespace conduct
