#include "import/columnformats.h"
#include "import/csvreader.h"
#include "services/invoiceimportservice.h"
#include "storage/clientrepository.h"
#include "storage/invoicerepository.h"
#include "testsupport.h"

#include <QtTest>

using namespace relance;

// CSV files of invoices as spreadsheets write them: RFC 4180, encodings, French and English
// numbers and dates, the column mapping, and an import that is all or nothing.
class TestCsvImport : public QObject
{
    Q_OBJECT

    static QByteArray cp1252(const QString &text)
    {
        QByteArray out;
        for (const QChar c : text)
            out += c == QChar(0x20AC) ? char(0x80) : char(c.unicode());  // Latin-1 + the euro sign
        return out;
    }

private slots:
    void rfc4180Records()
    {
        const QByteArray csv = "number,client,notes\r\n"
                               "F-1,\"Dupont, Fils & Cie\",\"He said \"\"pay later\"\"\"\r\n"
                               "\r\n"
                               "F-2,Acme,\"two\r\nlines\"\r\n"
                               "F-3,  Trimmed  ,last";
        const Result<CsvTable> t = readCsv(csv, QStringLiteral("a.csv"));
        QVERIFY2(t.ok(), qPrintable(t.error().describe()));
        QCOMPARE(t->delimiter, QLatin1Char(','));
        QCOMPARE(t->header, (QStringList{QStringLiteral("number"), QStringLiteral("client"), QStringLiteral("notes")}));
        QCOMPARE(t->rows.size(), 3);
        QCOMPARE(t->rows.at(0).at(1), QStringLiteral("Dupont, Fils & Cie"));
        QCOMPARE(t->rows.at(0).at(2), QStringLiteral("He said \"pay later\""));
        QCOMPARE(t->rows.at(1).at(2), QStringLiteral("two\nlines"));
        QCOMPARE(t->rows.at(2).at(1), QStringLiteral("Trimmed"));
        QCOMPARE(t->lines, (QList<int>{2, 4, 6}));  // the blank line 3 is skipped; "two lines" spans 4-5

        const Result<CsvTable> open = readCsv("a,b\n1,\"never closed\n2,3\n", QStringLiteral("b.csv"));
        QVERIFY(!open.ok());
        QCOMPARE(open.error().file, QStringLiteral("b.csv"));
        QVERIFY(open.error().message.contains(QStringLiteral("starts on line 2")));
        const Result<CsvTable> after = readCsv("a,b\n\"x\"y,2\n", QStringLiteral("c.csv"));
        QVERIFY(!after.ok());
        QCOMPARE(after.error().line, 2);
        QCOMPARE(readCsv("", QStringLiteral("d.csv")).error().message, QStringLiteral("the file is empty"));
    }

    void encodingsAndDelimiters()
    {
        QString encoding;
        QCOMPARE(decodeText("\xEF\xBB\xBFÉchéance", &encoding), QStringLiteral("Échéance"));
        QCOMPARE(encoding, QStringLiteral("UTF-8"));
        QCOMPARE(decodeText(cp1252(QStringLiteral("Échéance 12 €")), &encoding), QStringLiteral("Échéance 12 €"));
        QCOMPARE(encoding, QStringLiteral("Windows-1252"));
        // Semicolons split; the commas are decimal marks.
        QCOMPARE(guessDelimiter(QStringLiteral("a;b;c\n1;2,50;3\n4;5,00;6\n")), QLatin1Char(';'));
        QCOMPARE(guessDelimiter(QStringLiteral("a\tb\n\"1;2\"\t3\n")), QLatin1Char('\t'));
        QCOMPARE(guessDelimiter(QStringLiteral("a,b,c\n1,2,3\n")), QLatin1Char(','));
    }

    void amounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("comma");
        QTest::addColumn<qint64>("cents");  // -1: refused
        QTest::newRow("french") << "1 234,56" << true << qint64(123456);
        QTest::newRow("no-break space") << QString::fromUtf8("1\u202f234,5 €") << true << qint64(123450);
        QTest::newRow("french dots") << "1.234.567,89" << true << qint64(123456789);
        QTest::newRow("english") << "1,234.56" << false << qint64(123456);
        QTest::newRow("whole") << "500" << false << qint64(50000);
        QTest::newRow("negative") << "-12.5" << false << qint64(-1250);
        QTest::newRow("parentheses") << "(45.00)" << false << qint64(-4500);
        QTest::newRow("swiss") << "1'234.50" << false << qint64(123450);
        QTest::newRow("12,3,4") << "12,3,4" << true << qint64(-1);
        QTest::newRow("12,3,4 point") << "12,3,4" << false << qint64(-1);
        QTest::newRow("bad group") << "1 23,00" << true << qint64(-1);
        QTest::newRow("three decimals") << "1,234" << true << qint64(-1);
        QTest::newRow("letters") << "12a" << true << qint64(-1);
        QTest::newRow("empty") << "" << true << qint64(-1);
    }
    void amounts()
    {
        QFETCH(QString, text);
        QFETCH(bool, comma);
        QFETCH(qint64, cents);
        const Result<qint64> r = parseAmountCents(text, comma ? DecimalMark::Comma : DecimalMark::Point);
        if (cents == -1)
            QVERIFY(!r.ok());
        else
            QCOMPARE(*r, cents);
    }

    void datesAndTheirColumns()
    {
        QCOMPARE(*parseDate(QStringLiteral("31/12/2025"), DateFormat::DayMonthYear), QDate(2025, 12, 31));
        QCOMPARE(*parseDate(QStringLiteral("31.12.25"), DateFormat::DayMonthYear), QDate(2025, 12, 31));
        QCOMPARE(*parseDate(QStringLiteral("2025-12-31"), DateFormat::Iso), QDate(2025, 12, 31));
        QCOMPARE(*parseDate(QStringLiteral("Jan 28 2021"), DateFormat::MonthNameDayYear), QDate(2021, 1, 28));
        QCOMPARE(*parseDate(QStringLiteral("28 janv. 2021"), DateFormat::DayMonthNameYear), QDate(2021, 1, 28));
        QCOMPARE(*parseDate(QStringLiteral("20210128"), DateFormat::YearMonthDayCompact), QDate(2021, 1, 28));
        QVERIFY(!parseDate(QStringLiteral("30/02/2025"), DateFormat::DayMonthYear).ok());
        QVERIFY(parseDate(QStringLiteral("30/02/2025"), DateFormat::DayMonthYear)
                    .error()
                    .message.contains(QStringLiteral("not a date that exists")));
        QVERIFY(!parseDate(QStringLiteral("2025-12-31"), DateFormat::DayMonthYear).ok());
        // A column decides: 31/01 makes 01/02 the first of February.
        QCOMPARE(guessDateFormat({QStringLiteral("01/02/2025"), QStringLiteral("31/01/2025")}),
                 DateFormat::DayMonthYear);
        QCOMPARE(guessDateFormat({QStringLiteral("01/02/2025"), QStringLiteral("12/31/2025")}),
                 DateFormat::MonthDayYear);
        QCOMPARE(guessDateFormat({QStringLiteral("Jan 28 2021"), QStringLiteral("Feb 3 2021")}),
                 DateFormat::MonthNameDayYear);
        QCOMPARE(guessDateFormat({QStringLiteral("2025-01-02"), QStringLiteral("oops")}), DateFormat::Iso);
        QCOMPARE(guessDecimalMark({QStringLiteral("1 234,56"), QStringLiteral("12")}), DecimalMark::Comma);
        QCOMPARE(guessDecimalMark({QStringLiteral("1,234.56"), QStringLiteral("12.50")}), DecimalMark::Point);
    }

    // A French spreadsheet saved on Windows: semicolons, decimal commas, day-first dates.
    void importsAFrenchFileOnceAndOnlyOnce()
    {
        test::TempDatabase t;
        t.addClient(QStringLiteral("Boulangerie Martin"));
        const QByteArray file =
            cp1252(QStringLiteral("N° facture;Client;Date;Échéance;Montant HT;Montant TTC;Devise;Objet\r\n"
                                  "F-2025-001;Boulangerie Martin;05/01/2025;04/02/2025;1 000,00;1 200,00;EUR;"
                                  "Photographies  du catalogue\r\n"
                                  "F-2025-002;\"Cabinet Durand; Associés\";31/01/2025;;500,00;600,00;;\r\n"
                                  "F-2025-003;boulangerie martin;01/02/2025;03/03/2025;10,00;12,00 €;EUR;\r\n"));
        const Result<CsvTable> table = readCsv(file, QStringLiteral("factures.csv"));
        QVERIFY(table.ok());
        QCOMPARE(table->encoding, QStringLiteral("Windows-1252"));
        QCOMPARE(table->delimiter, QLatin1Char(';'));
        const InvoiceImportService service(t.db());
        ColumnMapping mapping = service.mappingFor(*table);
        QCOMPARE(mapping.column(ImportField::Number), 0);
        QCOMPARE(mapping.column(ImportField::Client), 1);
        QCOMPARE(mapping.column(ImportField::IssueDate), 2);
        QCOMPARE(mapping.column(ImportField::DueDate), 3);
        QCOMPARE(mapping.column(ImportField::AmountExcl), 4);
        QCOMPARE(mapping.column(ImportField::AmountIncl), 5);
        QCOMPARE(mapping.column(ImportField::Currency), 6);
        QCOMPARE(mapping.column(ImportField::Object), 7);
        QCOMPARE(mapping.column(ImportField::Notes), -1);
        QCOMPARE(mapping.decimalMark, DecimalMark::Comma);
        QCOMPARE(mapping.dateFormat, DateFormat::DayMonthYear);

        // Without creating clients, the unknown one is refused, by line and field.
        const QString before = t.dump();
        ImportPreview p = service.preview(*table, mapping, QStringLiteral("factures.csv"));
        QCOMPARE(p.problems.size(), 1);
        QCOMPARE(p.problems.first().describe(),
                 QStringLiteral("factures.csv:3: client: no client is named \"Cabinet Durand; Associés\" (create the "
                                "clients with the import, or add it first)"));
        QVERIFY(!service.import(*table, mapping, QStringLiteral("factures.csv")).ok());
        QCOMPARE(t.dump(), before);

        mapping.createClients = true;
        const Result<ImportReport> report = service.import(*table, mapping, QStringLiteral("factures.csv"));
        QVERIFY2(report.ok(), qPrintable(report.error().describe()));
        QCOMPARE(report->added, 3);
        QCOMPARE(report->clientsCreated, 1);
        // The file has no address column: the new client is named as one that paper waits for.
        QCOMPARE(report->clientsWithoutAddress, QStringList{QStringLiteral("Cabinet Durand; Associés")});
        QCOMPARE(InvoiceRepository(t.db()).findByNumber(QStringLiteral("F-2025-001"))->object,
                 QStringLiteral("Photographies du catalogue"));  // printed on the letters
        const Invoice second = *InvoiceRepository(t.db()).findByNumber(QStringLiteral("F-2025-002"));
        QCOMPARE(second.object, QString());
        QCOMPARE(second.clientName, QStringLiteral("Cabinet Durand; Associés"));
        QCOMPARE(second.amountInclCents, 60000);
        QCOMPARE(second.amountExclCents, 50000);
        QCOMPARE(second.dueDate, QDate(2025, 3, 2));  // no due date: the new client's 30 days
        const Invoice third = *InvoiceRepository(t.db()).findByNumber(QStringLiteral("F-2025-003"));
        QCOMPARE(third.clientName, QStringLiteral("Boulangerie Martin"));  // matched whatever the case
        QCOMPARE(third.amountInclCents, 1200);

        // The same file again adds nothing; a changed amount is refused, nothing written.
        const QString imported = t.dump();
        const Result<ImportReport> again = service.import(*table, mapping, QStringLiteral("factures.csv"));
        QCOMPARE(again->added, 0);
        QCOMPARE(again->unchanged, 3);
        QCOMPARE(t.dump(), imported);
        QByteArray changed = file;
        changed.replace("10,00;12,00", "10,00;13,00");
        const Result<CsvTable> changedTable = readCsv(changed, QStringLiteral("factures.csv"));
        const ImportPreview refused = service.preview(*changedTable, mapping, QStringLiteral("factures.csv"));
        QCOMPARE(refused.problems.size(), 1);
        QCOMPARE(refused.problems.first().line, 4);
        QCOMPARE(refused.problems.first().field, QStringLiteral("number"));
        QCOMPARE(t.dump(), imported);

        // The mapping is remembered for this layout, even when the words would guess otherwise.
        ColumnMapping saved = service.mappingFor(*table);
        QVERIFY(saved.createClients);
        saved.columns.insert(ImportField::Notes, 6);
        QVERIFY(service.saveMapping(*table, saved, QStringLiteral("compta")).ok());
        QCOMPARE(service.mappingFor(*table).column(ImportField::Notes), 6);
        QCOMPARE(service.mappingFor(*table, QStringLiteral("compta")).column(ImportField::Notes), 6);
    }

    void everyBadRowIsListedAndNothingWritten()
    {
        test::TempDatabase t;
        t.addClient(QStringLiteral("Acme"));
        const QByteArray file = "invoice,customer,date,due,amount\n"
                                "A-1,Acme,2025-01-05,2025-02-04,100.00\n"
                                "A-2,Acme,2025-02-30,2025-03-30,100.00\n"
                                "A-3,Acme,2025-01-05,2025-02-04,\"12,3,4\"\n"
                                "A-4,Nobody,2025-01-05,2025-02-04,10.00\n"
                                "A-1,Acme,2025-01-05,2025-02-04,100.00\n"
                                ",Acme,2025-01-05,2025-02-04,100.00\n"
                                "A-6,Acme,2025-03-05,2025-02-04,100.00\n";
        const Result<CsvTable> table = readCsv(file, QStringLiteral("in.csv"));
        const InvoiceImportService service(t.db());
        const ColumnMapping mapping = service.mappingFor(*table);
        QCOMPARE(mapping.dateFormat, DateFormat::Iso);
        QCOMPARE(mapping.decimalMark, DecimalMark::Point);
        const ImportPreview p = service.preview(*table, mapping, QStringLiteral("in.csv"));
        QStringList described;
        for (const Error &e : p.problems)
            described << e.describe();
        QCOMPARE(described, (QStringList{
                                QStringLiteral("in.csv:3: issue_date: \"2025-02-30\" is not a date that exists"),
                                QStringLiteral("in.csv:4: amount_incl: \"12,3,4\" is not an amount"),
                                QStringLiteral("in.csv:5: client: no client is named \"Nobody\" (create the clients "
                                               "with the import, or add it first)"),
                                QStringLiteral("in.csv:6: number: invoice A-1 is already on line 2"),
                                QStringLiteral("in.csv:7: number: the invoice number is empty"),
                                QStringLiteral("in.csv:8: due_date: the due date (2025-02-04) is before the issue "
                                               "date (2025-03-05)"),
                            }));
        const QString before = t.dump();
        const Result<ImportReport> r = service.import(*table, mapping, QStringLiteral("in.csv"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().line, 3);
        QVERIFY(r.error().message.contains(QStringLiteral("nothing was imported")));
        QCOMPARE(t.dump(), before);
    }

    // 10,000 rows: all or nothing (the time it takes is measured by bench/relance_bench).
    void tenThousandRowsAllOrNothing()
    {
        test::TempDatabase t;
        t.addClient(QStringLiteral("Big client"));
        QByteArray file = "Numéro;Client;Date;Échéance;Montant TTC\n";
        for (int i = 0; i < 10000; ++i)
            file += QStringLiteral("B-%1;%2;%3;%4;%5\n")
                        .arg(i, 5, 10, QLatin1Char('0'))
                        .arg(i % 10 == 0 ? QStringLiteral("Client %1").arg(i % 50) : QStringLiteral("Big client"))
                        .arg(QDate(2024, 1, 1).addDays(i % 700).toString(QStringLiteral("dd/MM/yyyy")),
                             QDate(2024, 1, 31).addDays(i % 700).toString(QStringLiteral("dd/MM/yyyy")))
                        .arg(QStringLiteral("1 %1,%2").arg(100 + i % 900).arg(i % 100, 2, 10, QLatin1Char('0')))
                        .toUtf8();
        const InvoiceImportService service(t.db());

        // An error on row 9,999 (line 10,000): nothing at all is written.
        QByteArray broken = file;
        const qsizetype last = broken.lastIndexOf("B-09998;");
        broken.insert(broken.indexOf(';', broken.indexOf(';', broken.indexOf(';', last) + 1) + 1) + 1, "x");
        const Result<CsvTable> brokenTable = readCsv(broken, QStringLiteral("big.csv"));
        ColumnMapping mapping = service.mappingFor(*brokenTable);
        mapping.createClients = true;
        const QString before = t.dump();
        const Result<ImportReport> refused = service.import(*brokenTable, mapping, QStringLiteral("big.csv"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().line, 10000);
        QCOMPARE(refused.error().field, QStringLiteral("due_date"));
        QCOMPARE(t.dump(), before);

        const Result<CsvTable> table = readCsv(file, QStringLiteral("big.csv"));
        const Result<ImportReport> report = service.import(*table, mapping, QStringLiteral("big.csv"));
        QVERIFY2(report.ok(), qPrintable(report.error().describe()));
        QCOMPARE(report->added, 10000);
        QCOMPARE(report->clientsCreated, 5);  // "Client 0", "Client 10", ... "Client 40"
        QCOMPARE(InvoiceRepository(t.db()).countAll(), 10000);
        QCOMPARE(InvoiceRepository(t.db()).findByNumber(QStringLiteral("B-09999"))->amountInclCents,
                 119999);  // "1 199,99"
    }
};

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
