// CSV files of invoices (and the column guessing that follows the read): never a crash.
#include "fuzzinput.h"
#include "import/columnformats.h"
#include "import/csvreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const relance::Result<relance::CsvTable> table = relance::readCsv(relance::fuzz::bytes(data, size),
                                                                      relance::fuzz::fileName());
    if (table && !table->rows.isEmpty()) {
        const QStringList column = table->rows.first();
        relance::guessDecimalMark(column);
        const relance::DateFormat format = relance::guessDateFormat(column);
        for (const QString &cell : column) {
            (void)relance::parseAmountCents(cell, relance::DecimalMark::Comma);
            (void)relance::parseDate(cell, format);
        }
    }
    return 0;
}
