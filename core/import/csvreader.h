#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace relance {

// A CSV file as read: its records (the header first when there is one), the physical line
// each record starts on (for messages), and what was guessed about it.
struct CsvTable
{
    QStringList header;
    QList<QStringList> rows;
    QList<int> lines;  // 1-based line of each row in the file
    QChar delimiter;
    QString encoding;  // "UTF-8" or "Windows-1252"
};

struct CsvOptions
{
    QChar delimiter;  // null: guessed among , ; tab |
    bool hasHeader = true;
};

// Text from a file's bytes: UTF-8 (with or without BOM) when it is valid UTF-8, otherwise
// Windows-1252 (what spreadsheets on Windows save). `encoding` says which.
QString decodeText(const QByteArray &bytes, QString *encoding = nullptr);

// The delimiter that splits the first lines into the same number of fields, outside quotes.
QChar guessDelimiter(const QString &text);

// RFC 4180: fields separated by the delimiter, records by CRLF or LF; a field in double quotes
// may hold delimiters, line breaks and doubled quotes. Blank lines are skipped. Errors name
// the file and line: an unterminated quote, text after a closing quote.
Result<CsvTable> readCsv(const QByteArray &bytes, const QString &fileName, const CsvOptions &options = {});

}  // namespace relance
