#include "BenchProbes.h"

#include "RawSqlite.h"

#include "case/CaseListModel.h"
#include "shell/MainWindow.h"
#include "store/UserRepository.h"
#include "store/Database.h"

#include <QApplication>
#include <QFile>
#include <QMainWindow>
#include <QTableView>
#include <QTextStream>

using namespace conduct;

namespace {
QString argumentAfter(int argc, char* argv[], const char* name)
{
    for (int i = 1; i + 1 < argc; ++i)
        if (qstrcmp(argv[i], name) == 0) return QString::fromLocal8Bit(argv[i + 1]);
    return {};
}

qint64 peakResidentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:")) return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

// Sign-in (a deliberately slow Argon2id check) is left out: the probe measures what follows it.
std::unique_ptr<MainWindow> conductWindow(const QString& path)
{
    auto db = Database::openSqlite(path);
    if (!db.ok()) return nullptr;
    auto user = UserRepository(*db.value()).findByName(QStringLiteral("bench"));
    if (!user.ok() || !user.value()) return nullptr;
    auto window = std::make_unique<MainWindow>(std::move(db).value(), Session{user.value()->user, QDateTime::currentDateTimeUtc()});
    window->show();
    QCoreApplication::processEvents();
    return window;
}
} // namespace

int runProbe(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("conduct-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("conduct-bench"));
    const QString mode = argumentAfter(argc, argv, "--probe");
    const QString path = argumentAfter(argc, argv, "--db");
    if (mode == QLatin1String("bare")) {
        QMainWindow window;
        window.setCentralWidget(new QTableView(&window));
        window.resize(1280, 800);
        window.show();
        QCoreApplication::processEvents();
        if (!path.isEmpty()) {
            QString error;
            if (bench::rawFirstPage(path, CaseListModel::pageSize, &error) < 0) return 1;
        }
        return 0;
    }
    auto window = conductWindow(path);
    if (!window) return 1;
    if (mode == QLatin1String("memory")) {
        QTableView* view = window->caseListView();
        while (window->caseListModel()->canFetchMore({})) {
            view->scrollToBottom();
            QCoreApplication::processEvents();
        }
        QTextStream(stdout) << peakResidentKb() << Qt::endl;
    }
    return 0;
}
