#include "services/agreementservice.h"
#include "services/invoiceservice.h"
#include "services/issuerservice.h"
#include "services/paymentservice.h"
#include "storage/invoicerepository.h"
#include "storage/undolog.h"
#include "testsupport.h"

#include <QtTest>

using namespace relance;

// Every change undone and redone through the log, whatever made it: the database comes back
// exactly as it was (every row of every table compared), including the paid totals the
// database keeps itself and rows that refer to each other.
class TestUndo : public QObject
{
    Q_OBJECT

private slots:
    void everyChangeUndoesAndRedoes()
    {
        test::TempDatabase t;
        const UndoLog log(t.db());
        QVERIFY(log.install().ok());
        QList<QPair<qint64, qint64>> steps;
        QStringList states{t.dump()};
        const auto step = [&] {
            const qint64 from = steps.isEmpty() ? 0 : steps.last().second;
            steps.append({from, log.mark()});
            states << t.dump();
        };

        const qint64 client = t.addClient(QStringLiteral("Garage Dumas"));
        step();
        const qint64 f1 = t.addInvoice(QStringLiteral("F-1"), client, {2026, 9, 1}, {2026, 10, 1}, 120000);
        const qint64 f2 = t.addInvoice(QStringLiteral("F-2"), client, {2026, 9, 5}, {2026, 10, 5}, 60000);
        step();
        Payment p;
        p.date = QDate(2026, 10, 20);
        p.amountCents = 150000;
        p.allocations = {{f1, QStringLiteral("F-1"), 120000}, {f2, QStringLiteral("F-2"), 30000}};
        const qint64 payment = *PaymentService(t.db()).record(p);
        step();
        Invoice edited = *InvoiceRepository(t.db()).findById(f2);
        edited.notes = QStringLiteral("Client says: 'pay next week'");
        edited.amountInclCents = 66000;
        QVERIFY(InvoiceService(t.db()).update(edited).ok());
        step();
        PlanRequest plan;
        plan.invoiceIds = {f2};
        plan.agreedOn = QDate(2026, 11, 1);
        plan.first = QDate(2026, 11, 15);
        plan.count = 2;
        plan.waiveInterest = plan.waiveIndemnity = true;
        QVERIFY(AgreementService(t.db()).addPlan(plan, plan.agreedOn).ok());
        step();
        QVERIFY(PaymentService(t.db()).remove(payment).ok());  // cascades to its allocations
        step();
        Issuer me;
        me.companyName = QStringLiteral("Camille Rousseau");
        me.logo = QByteArray("\x89PNG\r\n\x00\x01", 8);  // bytes come back as bytes
        QVERIFY(IssuerService(t.db()).save(me).ok());
        step();
        QCOMPARE(InvoiceRepository(t.db()).findById(f1)->paidCents, 0);
        QCOMPARE(log.tablesTouched(steps.at(2).first, steps.at(2).second),
                 (QStringList{QStringLiteral("payments"), QStringLiteral("allocations"), QStringLiteral("invoices")}));

        // Undo everything, newest first: each state comes back exactly.
        QList<QPair<qint64, qint64>> redo;
        for (qsizetype i = steps.size() - 1; i >= 0; --i) {
            const Result<QPair<qint64, qint64>> back = log.replay(steps.at(i).first, steps.at(i).second);
            QVERIFY2(back.ok(), qPrintable(back.error().describe()));
            redo.prepend(*back);
            QCOMPARE(t.dump(), states.at(i));
        }
        QCOMPARE(t.dump(), states.first());
        // Redo everything, oldest first.
        for (qsizetype i = 0; i < redo.size(); ++i) {
            QVERIFY(log.replay(redo.at(i).first, redo.at(i).second).ok());
            QCOMPARE(t.dump(), states.at(i + 1));
        }
        QCOMPARE(InvoiceRepository(t.db()).findById(f2)->notes, QStringLiteral("Client says: 'pay next week'"));
        QCOMPARE(IssuerService(t.db()).load().logo, me.logo);
    }
};

QTEST_GUILESS_MAIN(TestUndo)
#include "tst_undo.moc"
