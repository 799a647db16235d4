#include "csvreader.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <array>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};

// Windows-1252 differs from Latin-1 only in 0x80-0x9F (the euro sign, curly quotes, dashes...).
constexpr std::array<char16_t, 32> kCp1252High{0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                               0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                                               0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                               0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

QString fromCp1252(const QByteArray &bytes)
{
    QString text;
    text.reserve(bytes.size());
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        text += b >= 0x80 && b <= 0x9F ? QChar(kCp1252High[size_t(b - 0x80)]) : QChar(char16_t(b));
    }
    return text;
}
}  // namespace

QString decodeText(const QByteArray &bytes, QString *encoding)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        if (encoding)
            *encoding = QStringLiteral("UTF-8");
        return text;
    }
    if (encoding)
        *encoding = QStringLiteral("Windows-1252");
    return fromCp1252(bytes);
}

QChar guessDelimiter(const QString &text)
{
    // Count each candidate per line, outside quotes, over the first lines.
    const QList<QChar> candidates{QLatin1Char(';'), QLatin1Char(','), QLatin1Char('\t'), QLatin1Char('|')};
    QList<QList<int>> counts(candidates.size());
    QList<int> current(candidates.size(), 0);
    bool quoted = false;
    int lines = 0;
    for (qsizetype i = 0; i < text.size() && lines < 20; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char('\n')) {
            for (int k = 0; k < candidates.size(); ++k)
                counts[k] << current[k];
            current.fill(0);
            ++lines;
        } else if (!quoted) {
            const qsizetype k = candidates.indexOf(c);
            if (k >= 0)
                ++current[k];
        }
    }
    if (lines < 20)
        for (int k = 0; k < candidates.size(); ++k)
            counts[k] << current[k];
    // The best: present on the most lines with the header's count; ties go to the first listed.
    QChar best = QLatin1Char(',');
    int bestScore = 0;
    for (int k = 0; k < candidates.size(); ++k) {
        const QList<int> &perLine = counts.at(k);
        if (perLine.isEmpty() || perLine.first() == 0)
            continue;
        int score = 0;
        for (int n : perLine)
            score += n == perLine.first() ? 2 : (n > 0 ? 1 : 0);
        if (score > bestScore) {
            bestScore = score;
            best = candidates.at(k);
        }
    }
    return best;
}

Result<CsvTable> readCsv(const QByteArray &bytes, const QString &fileName, const CsvOptions &options)
{
    CsvTable table;
    const QString text = decodeText(bytes, &table.encoding);
    table.delimiter = options.delimiter.isNull() ? guessDelimiter(text) : options.delimiter;
    const QChar delimiter = table.delimiter;

    QList<QStringList> records;
    QList<int> starts;
    QStringList record;
    QString field;
    int line = 1, recordLine = 1;
    bool inQuotes = false, wasQuoted = false, fieldStarted = false;
    const auto endField = [&] {
        record << (wasQuoted ? field : field.trimmed());
        field.clear();
        wasQuoted = fieldStarted = false;
    };
    const auto endRecord = [&] {
        endField();
        // A blank line is no record.
        if (!(record.size() == 1 && record.first().isEmpty())) {
            records << record;
            starts << recordLine;
        }
        record.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
                continue;  // a cell's line break is kept as LF, whatever the file's
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.trimmed().isEmpty() && !wasQuoted) {
            inQuotes = wasQuoted = fieldStarted = true;
            field.clear();
        } else if (c == delimiter) {
            endField();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            continue;  // CRLF: the LF ends the record
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            endRecord();
            ++line;
            recordLine = line;
        } else {
            if (wasQuoted && !c.isSpace())
                return Error(Tr::tr("text after a closing quote"), QStringLiteral("csv")).at(fileName, line);
            if (!wasQuoted)
                field += c;
            fieldStarted = true;
        }
    }
    if (inQuotes)
        return Error(Tr::tr("a quoted field is not closed (it starts on line %1)").arg(recordLine),
                     QStringLiteral("csv"))
            .at(fileName, line);
    if (fieldStarted || !record.isEmpty() || !field.isEmpty())
        endRecord();
    if (records.isEmpty())
        return Error(Tr::tr("the file is empty"), QStringLiteral("csv")).at(fileName, 1);
    if (options.hasHeader) {
        table.header = records.takeFirst();
        starts.removeFirst();
    }
    table.rows = records;
    table.lines = starts;
    return table;
}

}  // namespace relance
