#include "appcontext.h"
#include "models/clienttablemodel.h"
#include "models/invoicetablemodel.h"
#include "services/demodata.h"
#include "services/translations.h"
#include "storage/invoicerepository.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace relance;
using namespace relance::ui;

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English)); }

    void invoiceModelPassesTheTesterWhileFetchingSortingFiltering()
    {
        test::TempDatabase t;
        QVERIFY(DemoData::populate(t.db(), QDate(2026, 11, 23)).ok());
        AppContext context(t.db(), QDate(2026, 11, 22));
        InvoiceTableModel model(context);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QCOMPARE(model.totalCount(), InvoiceRepository(t.db()).countAll());
        for (int column = 0; column < InvoiceTableModel::ColumnCount; ++column) {
            model.sort(column, Qt::DescendingOrder);
            model.sort(column, Qt::AscendingOrder);
        }
        InvoiceQuery q;
        q.filter = InvoiceQuery::Filter::Overdue;
        model.setQuery(q);
        QCOMPARE(model.rowCount(), model.totalCount());
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.index(row, InvoiceTableModel::Late).data(InvoiceTableModel::DaysLateRole).toLongLong() > 0);
        context.notifyDataChanged();  // reload through the context
    }

    void invoiceModelFetchesLazilyInPages()
    {
        test::TempDatabase t;
        const qint64 c = t.addClient(QStringLiteral("Bulk"));
        {
            Transaction tx(t.db());
            for (int i = 0; i < 450; ++i)
                t.addInvoice(QStringLiteral("B-%1").arg(i, 4, 10, QLatin1Char('0')), c,
                             QDate(2026, 1, 1).addDays(i % 300), QDate(2026, 3, 1).addDays(i % 300), 1000 + i);
            QVERIFY(tx.commit().ok());
        }
        AppContext context(t.db(), QDate(2026, 6, 1));
        InvoiceTableModel model(context);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QCOMPARE(model.rowCount(), InvoiceTableModel::kPageSize);  // only the first page is read
        QCOMPARE(model.totalCount(), 450);
        QVERIFY(model.canFetchMore({}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 400);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(inserted.count(), 2);
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.index(row, 0).data(InvoiceTableModel::InvoiceIdRole).toLongLong());
        QCOMPARE(ids.size(), 450);
    }

    void invoiceModelShowsSeverityNotOnlyByColour()
    {
        test::TempDatabase t;
        const qint64 c = t.addClient(QStringLiteral("Nova"));
        t.addInvoice(QStringLiteral("LATE-95"), c, QDate(2026, 1, 1), QDate(2026, 2, 1), 50000);
        t.addInvoice(QStringLiteral("SOON"), c, QDate(2026, 4, 1), QDate(2026, 5, 20), 50000);
        AppContext context(t.db(), QDate(2026, 5, 7));  // 95 days after 2026-02-01
        InvoiceTableModel model(context);
        InvoiceQuery q;
        q.sort = InvoiceQuery::Sort::DueDate;
        model.setQuery(q);
        const QModelIndex late = model.index(0, InvoiceTableModel::Late);
        QCOMPARE(model.index(0, InvoiceTableModel::Number).data().toString(), QStringLiteral("LATE-95"));
        QCOMPARE(late.data().toString(), QStringLiteral("95 days late"));
        QVERIFY(!late.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(late.data(Qt::BackgroundRole).value<QColor>().isValid());
        QCOMPARE(late.data(Qt::AccessibleTextRole).toString(), QStringLiteral("Over 90 days late: 95 days late"));
        QCOMPARE(model.index(0, InvoiceTableModel::Status).data().toString(), QStringLiteral("Overdue"));
        QCOMPARE(model.index(0, InvoiceTableModel::Balance).data(InvoiceTableModel::BalanceCentsRole).toLongLong(),
                 50000);
        const QModelIndex soon = model.index(1, InvoiceTableModel::Late);
        QCOMPARE(soon.data().toString(), QStringLiteral("due in 13 days"));
        QVERIFY(soon.data(Qt::DecorationRole).isNull());
        QVERIFY(!soon.data(Qt::BackgroundRole).isValid());
        QCOMPARE(model.index(1, InvoiceTableModel::Status).data().toString(), QStringLiteral("Unpaid"));
        t.pay(model.index(0, 0).data(InvoiceTableModel::InvoiceIdRole).toLongLong(), QDate(2026, 5, 1), 10000);
        context.notifyDataChanged();
        QCOMPARE(model.index(0, InvoiceTableModel::Status).data().toString(), QStringLiteral("Overdue, partly paid"));
        QCOMPARE(model.index(0, InvoiceTableModel::Balance).data().toString(), QStringLiteral("€400.00"));
    }

    // Opening or re-sorting the list on a book of 100,000 invoices reads one page and one count
    // (timed by bench/relance_bench, not here).
    void invoiceModelReadsOnePageOfAHundredThousandInvoices()
    {
        test::TempDatabase t;
        const qint64 client = t.addClient(QStringLiteral("Bulk"));
        t.addBulkInvoices(client, 100000);
        AppContext context(t.db(), QDate(2026, 11, 22));
        InvoiceTableModel model(context);
        InvoiceQuery q;
        q.sort = InvoiceQuery::Sort::IssueDate;
        q.order = Qt::DescendingOrder;
        model.setQuery(q);
        model.fetchMore({});
        model.sort(InvoiceTableModel::Client, Qt::AscendingOrder);
        q.filter = InvoiceQuery::Filter::Overdue;
        model.setQuery(q);
        QCOMPARE(model.totalCount(), 2000);
        QCOMPARE(model.rowCount(), InvoiceTableModel::kPageSize);
    }

    void clientModelPassesTheTesterAndSearches()
    {
        test::TempDatabase t;
        QVERIFY(DemoData::populate(t.db(), QDate(2026, 11, 23)).ok());
        AppContext context(t.db(), QDate(2026, 11, 22));
        ClientTableModel model(context);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QCOMPARE(model.rowCount(), 12);
        QCOMPARE(model.index(0, ClientTableModel::Name).data().toString(), QStringLiteral("Atelier Lumière"));
        model.setSearch(QStringLiteral("lyon"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ClientTableModel::City).data().toString(), QStringLiteral("Lyon"));
        QCOMPARE(model.index(0, ClientTableModel::Terms).data().toString(), QStringLiteral("30 days"));
        model.setSearch(QStringLiteral("gmail"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ClientTableModel::Kind).data().toString(), QStringLiteral("Consumer"));
    }

    // What each client owes and how much is past due, per currency, computed by hand: Dumas owes
    // 1,200.00 due 10/11 (late on 23/11) + 300.00 due 10/12 (not yet) - 100.00 paid on the first,
    // and 50.00 CHF late; Neuf paid everything; Brun owes nothing late.
    void clientModelSaysWhatEachClientOwes()
    {
        test::TempDatabase t;
        const qint64 dumas = t.addClient(QStringLiteral("Garage Dumas"));
        const qint64 neuf = t.addClient(QStringLiteral("Atelier Neuf"));
        const qint64 brun = t.addClient(QStringLiteral("Brun"));
        const qint64 first = t.addInvoice(QStringLiteral("F-1"), dumas, QDate(2026, 10, 11), QDate(2026, 11, 10), 120000);
        t.pay(first, QDate(2026, 11, 15), 10000);
        t.addInvoice(QStringLiteral("F-2"), dumas, QDate(2026, 11, 10), QDate(2026, 12, 10), 30000);
        t.addInvoice(QStringLiteral("F-3"), dumas, QDate(2026, 10, 1), QDate(2026, 10, 31), 5000, QStringLiteral("CHF"));
        const qint64 paid = t.addInvoice(QStringLiteral("F-4"), neuf, QDate(2026, 10, 1), QDate(2026, 10, 31), 8000);
        t.pay(paid, QDate(2026, 10, 20), 8000);
        t.addInvoice(QStringLiteral("F-5"), brun, QDate(2026, 11, 20), QDate(2026, 12, 20), 4000);
        AppContext context(t.db(), QDate(2026, 11, 23));
        ClientTableModel model(context);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QCOMPARE(model.rowCount(), 3);
        auto cell = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(cell(0, ClientTableModel::Name), QStringLiteral("Atelier Neuf"));
        QCOMPARE(cell(0, ClientTableModel::Owed), QString());
        QCOMPARE(cell(1, ClientTableModel::Name), QStringLiteral("Brun"));
        QCOMPARE(cell(1, ClientTableModel::Owed), QStringLiteral("€40.00"));
        QCOMPARE(cell(1, ClientTableModel::Overdue), QString());
        QCOMPARE(cell(2, ClientTableModel::Owed), QStringLiteral("50.00 CHF + €1,400.00"));
        QCOMPARE(cell(2, ClientTableModel::Overdue), QStringLiteral("50.00 CHF + €1,100.00"));
        QCOMPARE(model.headerData(ClientTableModel::Overdue, Qt::Horizontal).toString(), QStringLiteral("Overdue"));
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
