#include "import/facturx.h"
#include "services/dashboardservice.h"
#include "services/einvoiceimportservice.h"
#include "services/paymentservice.h"
#include "services/translations.h"
#include "storage/invoicerepository.h"
#include "testsupport.h"

#include <QDir>

#include <QFile>
#include <QtTest>

using namespace relance;

// Every e-invoice of the corpus (tests/data/corpus, from public test suites; EXPECTED.md gives
// the values read from each file) is read with exactly those values, or refused cleanly.
class TestEInvoices : public QObject
{
    Q_OBJECT

    static QByteArray corpus(const QString &relative)
    {
        QFile f(QStringLiteral(RELANCE_CORPUS "/") + relative);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing test file %s", qPrintable(relative));
        return f.readAll();
    }

    static QString cents(const std::optional<qint64> &c)
    {
        if (!c)
            return QStringLiteral("—");
        const qint64 a = *c < 0 ? -*c : *c;
        return QStringLiteral("%1%2.%3")
            .arg(*c < 0 ? QStringLiteral("-") : QString())
            .arg(a / 100)
            .arg(a % 100, 2, 10, QLatin1Char('0'));
    }

private slots:
    // English as the window speaks it, plurals included ("3 other items").
    void initTestCase() { installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English)); }

    void readsTheCorpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("embedded");  // the PDF's XML, when it carries two
        QTest::addColumn<QString>("values");    // number|type|issue|due dates|seller|buyer|currency|grand|prepaid|due
        const auto row = [](const char *file, const char *embedded, const char *values) {
            QTest::newRow(QStringLiteral("%1 %2").arg(QString::fromUtf8(file), QString::fromUtf8(embedded)).toUtf8())
                << QString::fromUtf8(file) << QString::fromUtf8(embedded) << QString::fromUtf8(values);
        };
        row("facturx/Facture_FR_MINIMUM.pdf", "",
            "FA-2017-0010|380|2017-11-13||Au bon moulin|Ma jolie boutique|EUR|671.15|—|470.15");
        row("facturx/Facture_FR_BASICWL.pdf", "",
            "FA-2017-0010|380|2017-11-13|2017-12-13|Au bon moulin|Ma jolie boutique|EUR|671.15|201.00|470.15");
        row("facturx/Avoir_FR_type381_BASIC.pdf", "",
            "AV-2017-0005|381|2017-11-16|2017-11-16|Au bon moulin|Ma jolie boutique|EUR|233.47|0.00|233.47");
        row("facturx/Facture_FR_EN16931.pdf", "",
            "FA-2017-0010|380|2017-11-13|2017-12-13|Au bon moulin|Ma jolie boutique|EUR|671.15|201.00|470.15");
        row("facturx/zugferd_2p0_MINIMUM.pdf", "",
            "471102|751|2018-03-05||Lieferant GmbH|Kunden AG Mitte|EUR|235.62|—|235.62");
        row("facturx/zugferd_2p0_BASIC_Einfach.pdf", "",
            "471102|380|2018-03-05|2018-04-04|Lieferant GmbH|Kunden AG Mitte|EUR|235.62|—|235.62");
        row("facturx/zugferd_2p0_EN16931_Gutschrift.pdf", "",
            "471102|389|2018-03-05||Lieferant GmbH|Kunden AG Mitte|EUR|529.87|0.00|529.87");
        row("facturx/zugferd_2p0_EXTENDED_Fremdwaehrung.pdf", "",
            "47110815|380|2018-10-31|2018-11-20,2018-11-14|Rohstoff AG Salzgitter|Metallbau Leipzig GmbH & Co. "
            "KG|GBP|1021.91|500.00|521.91");
        row("facturx/ZUGFeRD_1p0_BASIC_Einfach.pdf", "",
            "471102|380|2013-03-05||Lieferant GmbH|Kunden AG Mitte|EUR|235.62|—|—");
        row("facturx/EN16931_Einfach_negativePaymentDue.pdf", "",
            "471102|380|2018-03-05||Lieferant GmbH|Kunden AG Mitte|EUR|529.87|1059.74|-529.87");
        row("facturx/MustangRE-20171118_506_ZUGFeRD1and2.pdf", "factur-x.xml",
            "RE-20171118/506|380|2017-11-18|2017-12-09|Bei Spiel GmbH|Theodor Est|EUR|571.04|—|571.04");
        row("facturx/MustangRE-20171118_506_ZUGFeRD1and2.pdf", "ZUGFeRD-invoice.xml",
            "RE-20171118/506|380|2017-11-18|2017-12-09|Bei Spiel GmbH|Theodor Est|EUR|571.04|—|571.04");
        row("facturx/akretion_invoice_EN16931.pdf", "",
            "F20260023|380|2026-01-31|2026-03-02|LE FOURNISSEUR|LE CLIENT|EUR|104.90|0.00|104.90");
        row("cii/CII-BR-CO-10-RoundingIssue.xml", "",
            "0|380|2021-03-26|2021-03-26|Seller GmbH|BuyerName|EUR|0.00|0.00|0.00");
        row("cii/CII_example2.xml", "",
            "TOSL108|380|2013-06-30|2013-07-20|Salescompany ltd.|The Buyercompany|NOK|1801.78|1000.00|801.78");
        row("cii/XRECHNUNG_Einfach.cii.xml", "",
            "471102|380|2024-11-15||Lieferant GmbH|Kunden AG Mitte|EUR|529.87|0.00|529.87");
        row("cii/ZUGFeRD-invoice_rabatte_3_abschlag_duepayableamount.xml", "",
            "ST-1499|380|2019-07-26||DATAflor Musterbetrieb|Thomas Adler|EUR|64.74|50.00|14.74");
        row("cii/akretion_factur-x-minimum.xml", "",
            "F20260023|380|2026-01-31||LE FOURNISSEUR|LE CLIENT|EUR|104.90|—|104.90");
        row("cii/akretion_zugferd-comfort.xml", "",
            "471102|380|2013-03-05|2013-04-04|Lieferant GmbH|Kunden AG Mitte|EUR|529.87|0.00|529.87");
        row("cii/not_validating_full_invoice_based_onTest_EeISI_300_CENfullmodel.cii.xml", "",
            "Test_EeISI_100|380|2018-11-12|2018-11-30|Seller name|Buyer name|EUR|205.00|0.00|205.00");
        row("ubl/BIS3_Invoice_negativ.XML", "",
            "12345|380|2019-01-25|2019-02-24|Company A|Company B|DKK|-782179.43|—|-782179.43");
        row("ubl/EN16931_1_Teilrechnung.ubl.xml", "",
            "471102|380|2018-06-05||Lieferant GmbH|Kunden AG Mitte|EUR|197.65|50.00|147.65");
        row("ubl/EN16931_Einfach_negativePaymentDue.ubl.xml", "",
            "471102|380|2018-03-05||Lieferant GmbH|Kunden AG Mitte|EUR|529.87|1059.74|-529.87");
        row("ubl/akretion_ubl-21-en16931.xml", "",
            "F124212|380|2026-06-17|2026-07-16|Au bon moulin|Ma jolie boutique SARL|EUR|308.03|100.00|208.03");
        row("ubl/sample-discount-price.xml", "",
            "test decimal 1|380|2018-02-05|2018-02-28|HEP SPLIT|HEP-OPERATOR DISTRIBUCIJSKOG SUSTAVA D.O.O. ZA "
            "DISTRIBUCIJU I OPSKRBU ELEKTRICNE ENERGIJE|EUR|15.15|—|15.15");
        row("ubl/ubl-tc434-creditnote1.xml", "",
            "018304 / 28865|381|2019-09-23||My Supplier Company|My Customer Company|EUR|100.11|—|100.11");
        row("ubl/ubl-tc434-example1.xml", "",
            "12115118|380|2015-01-09|2015-01-09|De Koksmaat|ODIN 59|EUR|250.33|—|250.33");
    }

    void readsTheCorpus()
    {
        QFETCH(QString, file);
        QFETCH(QString, embedded);
        QFETCH(QString, values);
        const Result<QList<EInvoice>> read = readEInvoiceFile(corpus(file), file);
        QVERIFY2(read.ok(), qPrintable(read.error().describe()));
        const EInvoice *inv = &read->first();
        if (!embedded.isEmpty()) {
            QCOMPARE(read->size(), 2);
            // Factur-X is the CII D16B one; ZUGFeRD 1.0 its own syntax.
            inv = embedded == QLatin1String("factur-x.xml")
                      ? &*std::find_if(read->cbegin(), read->cend(),
                                       [](const EInvoice &e) { return e.syntax == EInvoiceSyntax::CiiD16B; })
                      : &*std::find_if(read->cbegin(), read->cend(),
                                       [](const EInvoice &e) { return e.syntax == EInvoiceSyntax::ZugferdV1; });
        } else {
            QCOMPARE(read->size(), 1);
        }
        QStringList due;
        for (const QDate &d : inv->dueDates)
            due << d.toString(Qt::ISODate);
        const QString actual = QStringList{inv->number,
                                           inv->typeCode,
                                           inv->issueDate.toString(Qt::ISODate),
                                           due.join(QLatin1Char(',')),
                                           inv->seller.name,
                                           inv->buyer.name,
                                           inv->currency,
                                           cents(inv->grandTotalCents),
                                           cents(inv->prepaidCents),
                                           cents(inv->dueCents)}
                                   .join(QLatin1Char('|'));
        QCOMPARE(actual, values);
    }

    // A valid credit note is never refused: imported alone (its invoice is not in the book), it
    // becomes the client's credit, shown by the dashboard, used against the client's next
    // invoice, or marked refunded.
    void aCreditNoteAloneBecomesTheClientsCredit()
    {
        test::TempDatabase t;
        const EInvoiceImportService service(t.db(), t.dir() + QStringLiteral("/documents"));
        const QDate today(2026, 11, 23);
        const Result<EInvoiceReport> avoir = service.import(
            {InputFile{QStringLiteral("avoir.pdf"), corpus(QStringLiteral("facturx/Avoir_FR_type381_BASIC.pdf"))}}, today);
        QVERIFY2(avoir.ok(), qPrintable(avoir.error().describe()));
        QCOMPARE(avoir->creditNotesApplied, 1);
        QCOMPARE(avoir->notes, QStringList{QStringLiteral("Credit note AV-2017-0005: €233.47 more than Ma jolie "
                                                          "boutique owed, kept as the client's credit.")});
        const Result<EInvoiceReport> ubl = service.import(
            {InputFile{QStringLiteral("cn.xml"), corpus(QStringLiteral("ubl/ubl-tc434-creditnote1.xml"))}}, today);
        QVERIFY2(ubl.ok(), qPrintable(ubl.error().describe()));

        const PaymentService payments(t.db());
        QList<ClientCredit> credits = payments.credits();
        QCOMPARE(credits.size(), 2);
        QCOMPARE(credits.at(0).clientName, QStringLiteral("Ma jolie boutique"));
        QCOMPARE(credits.at(0).amount, Money::eur(23347));
        QCOMPARE(credits.at(1).clientName, QStringLiteral("My Customer Company"));
        QCOMPARE(credits.at(1).amount, Money::eur(10011));
        const AgreementFigures figures = DashboardService(t.db()).agreements(today);
        QCOMPARE(figures.clientCreditCents, 23347 + 10011);
        QCOMPARE(figures.clientsWithCredit, 2);

        // The next invoice of 100.00 is paid by the credit; 133.47 is left.
        const qint64 boutique = credits.at(0).clientId;
        const qint64 next = t.addInvoice(QStringLiteral("F-NEXT"), boutique, {2026, 11, 1}, {2026, 12, 1}, 10000);
        const Result<Money> used = payments.useCredit(boutique, QStringLiteral("EUR"));
        QVERIFY(used.ok());
        QCOMPARE(*used, Money::eur(10000));
        QCOMPARE(InvoiceRepository(t.db()).findById(next)->balance().cents(), 0);
        QCOMPARE(payments.credits(boutique).first().amount, Money::eur(13347));
        QCOMPARE(*payments.useCredit(boutique, QStringLiteral("EUR")), Money::eur(0));  // nothing left to pay

        // The rest was paid back to the client: no credit any more; a refund before it is refused.
        QVERIFY(!payments.markCreditRefunded(boutique, QStringLiteral("EUR"), {2026, 12, 24}, today).ok());
        QVERIFY(payments.markCreditRefunded(boutique, QStringLiteral("EUR"), {2026, 11, 20}, today).ok());
        QCOMPARE(payments.credits(boutique), QList<ClientCredit>());
        QCOMPARE(DashboardService(t.db()).agreements(today).clientCreditCents, 10011);
    }

    void creditNotesAndWhatIsDue()
    {
        const auto one = [](const QString &file) { return readEInvoiceFile(corpus(file), file)->first(); };
        const EInvoice avoir = one(QStringLiteral("facturx/Avoir_FR_type381_BASIC.pdf"));
        QVERIFY(avoir.isCreditNote());
        QCOMPARE(avoir.referencedInvoice, QStringLiteral("FA-2017-0010"));
        const EInvoice ubl = one(QStringLiteral("ubl/ubl-tc434-creditnote1.xml"));
        QCOMPARE(ubl.syntax, EInvoiceSyntax::UblCreditNote);
        QVERIFY(ubl.isCreditNote());
        QVERIFY(!one(QStringLiteral("facturx/zugferd_2p0_EN16931_Gutschrift.pdf")).isCreditNote());  // 389: self-billed
        // ZUGFeRD 1.0 BASIC states no due amount: the grand total is what is due.
        QCOMPARE(*one(QStringLiteral("facturx/ZUGFeRD_1p0_BASIC_Einfach.pdf")).amountDueCents(), 23562);
        // The legal name first; the trading name kept apart.
        const EInvoice akretion = one(QStringLiteral("ubl/akretion_ubl-21-en16931.xml"));
        QCOMPARE(akretion.seller.name, QStringLiteral("Au bon moulin"));
        QCOMPARE(akretion.seller.tradingName, QStringLiteral("L'huile d'olive en folie"));
        QCOMPARE(akretion.buyer.tradingName, QStringLiteral("Ma jolie Trading Brand"));
        QCOMPARE(*parseXmlAmountCents(QStringLiteral("8.850")), 885);
        QCOMPARE(*parseXmlAmountCents(QStringLiteral("-0.00")), 0);
        QCOMPARE(*parseXmlAmountCents(QStringLiteral("3200")), 320000);
        QVERIFY(!parseXmlAmountCents(QStringLiteral("12,30")));
    }

    void importsInvoicesAndCreditNotes()
    {
        test::TempDatabase t;
        const QString documents = QDir(t.dir()).filePath(QStringLiteral("docs"));
        const EInvoiceImportService service(t.db(), documents);
        const auto file = [](const QString &relative) { return InputFile{relative, corpus(relative)}; };
        const QDate today(2026, 11, 23);

        // The same invoice in three profiles: one invoice, the buyer created, the prepaid part paid.
        const Result<EInvoiceReport> first = service.import({file(QStringLiteral("facturx/Facture_FR_BASICWL.pdf")),
                                                             file(QStringLiteral("facturx/Facture_FR_MINIMUM.pdf")),
                                                             file(QStringLiteral("facturx/Facture_FR_EN16931.pdf"))},
                                                            today);
        QVERIFY2(first.ok(), qPrintable(first.error().describe()));
        QCOMPARE(first->invoicesAdded, 1);
        QCOMPARE(first->unchanged, 2);
        QCOMPARE(first->clientsCreated, 1);
        Invoice inv = *InvoiceRepository(t.db()).findByNumber(QStringLiteral("FA-2017-0010"));
        QCOMPARE(inv.clientName, QStringLiteral("Ma jolie boutique"));
        QCOMPARE(inv.amountInclCents, 67115);
        QCOMPARE(inv.balance().cents(), 47015);
        QCOMPARE(inv.dueDate, QDate(2017, 12, 13));
        QFile kept(inv.pdfPath);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), corpus(QStringLiteral("facturx/Facture_FR_BASICWL.pdf")));

        // The credit note reduces the invoice it refers to.
        const Result<EInvoiceReport> avoir =
            service.import({file(QStringLiteral("facturx/Avoir_FR_type381_BASIC.pdf"))}, today);
        QVERIFY2(avoir.ok(), qPrintable(avoir.error().describe()));
        QCOMPARE(avoir->creditNotesApplied, 1);
        QCOMPARE(InvoiceRepository(t.db()).findByNumber(QStringLiteral("FA-2017-0010"))->balance().cents(),
                 47015 - 23347);

        // A foreign currency stays foreign; a file for ZUGFeRD 1 and 2 is one invoice.
        const Result<EInvoiceReport> more =
            service.import({file(QStringLiteral("facturx/zugferd_2p0_EXTENDED_Fremdwaehrung.pdf")),
                            file(QStringLiteral("facturx/MustangRE-20171118_506_ZUGFeRD1and2.pdf")),
                            file(QStringLiteral("ubl/akretion_ubl-21-en16931.xml"))},
                           today);
        QVERIFY2(more.ok(), qPrintable(more.error().describe()));
        QCOMPARE(more->invoicesAdded, 3);
        inv = *InvoiceRepository(t.db()).findByNumber(QStringLiteral("47110815"));
        QCOMPARE(inv.currency, QStringLiteral("GBP"));
        QCOMPARE(inv.balance().cents(), 52191);
        QCOMPARE(inv.dueDate, QDate(2018, 11, 20));  // the net date, not the discount's
        const Invoice ubl = *InvoiceRepository(t.db()).findByNumber(QStringLiteral("F124212"));
        QCOMPARE(ubl.clientName, QStringLiteral("Ma jolie boutique SARL"));
        QCOMPARE(ubl.object, QStringLiteral("Huile d'olive Joio 50cl, Nougats en cubes"));  // for the letters
        QCOMPARE(ubl.balance().cents(), 20803);
        QVERIFY(ubl.pdfPath.endsWith(QStringLiteral(".xml")));

        // One refused file: nothing of the batch is written, not even the copies.
        const QString before = t.dump();
        const int copies = int(QDir(documents).entryList(QDir::Files).size());
        const Result<EInvoiceReport> refused =
            service.import({file(QStringLiteral("cii/CII_example2.xml")),
                            file(QStringLiteral("facturx/corrupt-factur-x-waytoosmall.pdf"))},
                           today);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().file, QStringLiteral("facturx/corrupt-factur-x-waytoosmall.pdf"));
        QCOMPARE(t.dump(), before);
        QCOMPARE(int(QDir(documents).entryList(QDir::Files).size()), copies);
        const Result<EInvoiceReport> booking =
            service.import({file(QStringLiteral("facturx/zugferd_2p0_MINIMUM.pdf"))}, today);
        QVERIFY(!booking.ok());
        QVERIFY(booking.error().message.contains(QStringLiteral("751")));
        QCOMPARE(t.dump(), before);
    }

    // What the invoice is for, for the letters: the lines' item names (BT-153), a few of them.
    void itemNamesDescribeTheInvoice()
    {
        const auto object = [](const QString &file) {
            const Result<QList<EInvoice>> read = readEInvoiceFile(corpus(file), file);
            return read ? read->first().object() : read.error().describe();
        };
        QCOMPARE(object(QStringLiteral("cii/CII_example2.xml")),
                 QStringLiteral("Laptop computer, Returned \"Advanced computing\" book and 3 other items"));
        QCOMPARE(object(QStringLiteral("ubl/akretion_ubl-21-en16931.xml")),
                 QStringLiteral("Huile d'olive Joio 50cl, Nougats en cubes"));
        QCOMPARE(object(QStringLiteral("cii/akretion_factur-x-minimum.xml")), QString());  // no lines in MINIMUM
        EInvoice many;
        many.itemNames = {QStringLiteral("Audit"), QStringLiteral("audit"), QString(200, QLatin1Char('x'))};
        QCOMPARE(many.object().size(), 200);  // the duplicate once, the whole cut with an ellipsis
        QVERIFY(many.object().startsWith(QStringLiteral("Audit, xxx")));
        QVERIFY(many.object().endsWith(QChar(0x2026)));
    }

    void refusesWhatIsNotAnInvoice()
    {
        const Result<QList<EInvoice>> corrupt = readEInvoiceFile(
            corpus(QStringLiteral("facturx/corrupt-factur-x-waytoosmall.pdf")), QStringLiteral("corrupt.pdf"));
        QVERIFY(!corrupt.ok());
        QCOMPARE(corrupt.error().file, QStringLiteral("corrupt.pdf"));
        QVERIFY(corrupt.error().message.contains(QStringLiteral("cannot be read")));
        const Result<QList<EInvoice>> camt =
            readEInvoiceFile(corpus(QStringLiteral("camt/oca_test-camt053.xml")), QStringLiteral("camt.xml"));
        QVERIFY(!camt.ok());
        QVERIFY(camt.error().message.contains(QStringLiteral("Document")));
        QByteArray broken = corpus(QStringLiteral("cii/CII_example2.xml"));
        broken.truncate(broken.size() / 2);
        const Result<QList<EInvoice>> cut = readEInvoiceFile(broken, QStringLiteral("cut.xml"));
        QVERIFY(!cut.ok());
        QVERIFY(cut.error().line > 1);
        QVERIFY(cut.error().message.startsWith(QStringLiteral("not well-formed XML")));
        const Result<QList<EInvoice>> text = readEInvoiceFile("hello", QStringLiteral("hello.xml"));
        QVERIFY(!text.ok());
    }
};

QTEST_GUILESS_MAIN(TestEInvoices)
#include "tst_einvoices.moc"
