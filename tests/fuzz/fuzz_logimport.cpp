// libFuzzer target: the complainant's-log readers (issue 14) — byte decoding, the CSV/TSV parser
// and the diary parser, and the date and time readers they use. Logs come from outside the force.

#include "FuzzSupport.h"

#include "logimport/DelimitedParser.h"
#include "logimport/DiaryParser.h"
#include "logimport/LogText.h"
#include "logimport/UkDateTime.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace conduct::logimport;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto decoded = decodeLog(QStringLiteral("fuzz.csv"), bytes);
    if (!decoded.ok()) {
        if (decoded.error().message.isEmpty()) std::abort();   // every refusal says why
        return 0;
    }
    for (QChar delimiter : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')}) {
        int previous = 0;
        for (const LogRow& row : parseDelimitedRows(decoded->text, delimiter)) {
            if (row.sourceRow <= previous || row.cells.isEmpty()) std::abort();   // rows are numbered in order
            previous = row.sourceRow;
        }
    }
    const LogTable table = delimitedTable(decoded->fileName, decoded->text, decoded->encoding);
    for (const LogRow& row : table.rows)
        if (row.cells.size() != table.columnCount()) std::abort();   // every row is padded to the widest
    const LogTable diary = diaryTable(decoded->fileName, decoded->text, decoded->encoding);
    for (const LogRow& row : diary.rows) {
        if (row.cells.size() != 3) std::abort();
        if (!row.cells[0].isEmpty() && !readDate(row.cells[0])) std::abort();   // a dated entry's date reads back
    }
    if (auto d = readDate(decoded->text); d && (!d->date.isValid() || d->length <= 0)) std::abort();
    if (auto t = readTime(decoded->text); t && !t->time.isValid()) std::abort();
    return 0;
}
