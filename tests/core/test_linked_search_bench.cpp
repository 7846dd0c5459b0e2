// Not part of the normal run (hidden tag): builds or reuses a synthetic force-sized database and
// prints the linked-search figures. Run with
//   core_tests "[.linkedbench]"
// CONDUCT_BENCH_DB (default /tmp/conduct-bench.sqlite) and CONDUCT_BENCH_CASES (default
// 100000, ten people and ten incidents each) choose the database and its size.

#include "TestSupport.h"

#include "../bench/LinkedSearchBench.h"

#include <iostream>

using namespace conduct;

TEST_CASE("linked search at force scale (measurement)", "[.linkedbench]")
{
    const QString path = qEnvironmentVariable("CONDUCT_BENCH_DB", QStringLiteral("/tmp/conduct-bench.sqlite"));
    bench::SyntheticOptions options;
    options.cases = qEnvironmentVariableIntValue("CONDUCT_BENCH_CASES") > 0 ? qEnvironmentVariableIntValue("CONDUCT_BENCH_CASES")
                                                                            : options.cases;
    auto db = Database::openSqlite(path);
    REQUIRE(db.ok());
    const Session session = test::sessionFor(*db.value(), QStringLiteral("bench.officer"), {Role::Officer, Role::Supervisor});
    const qint64 cases = db.value()->scalar(QStringLiteral("SELECT count(*) FROM cases"))->toLongLong();
    if (cases < options.cases) {
        options.firstCase = int(cases);   // an interrupted build resumes where it stopped
        QElapsedTimer t;
        t.start();
        const Status built = bench::buildSyntheticDatabase(*db.value(), session, options, [&](int done) {
            if (done % 10000 == 0) std::cout << done << " cases written, " << t.elapsed() / 1000 << " s" << std::endl;
        });
        INFO((built.ok() ? QString() : built.error().text()).toStdString());
        REQUIRE(built.ok());
        std::cout << "built in " << t.elapsed() / 1000 << " s" << std::endl;
    }
    auto figures = bench::measureLinkedSearch(*db.value(), session);
    REQUIRE(figures.ok());
    const auto print = [](const char* what, const bench::Timing& t) {
        std::cout << what << ": median " << t.medianMs << " ms (CPU " << t.medianCpuMs << " ms), p90 " << t.p90Ms << " ms, max " << t.maxMs << " ms over "
                  << t.runs << " runs" << std::endl;
    };
    std::cout << figures->people << " people, " << figures->incidents << " incidents" << std::endl;
    print("linked-person search (top 20)", figures->personSearch);
    print("naive person scan (LIKE + DOB)", figures->personNaive);
    print("FTS incident search (top 20)", figures->textSearch);
    print("naive LIKE incident scan", figures->textNaive);
    std::cout << "mean matches per probe: " << figures->meanMatches << std::endl;
    CHECK(figures->meanMatches > 0);
}
