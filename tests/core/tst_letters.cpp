// Letters: templates, composition from the data, the PDF's text (read back with pdftotext, as a
// user's PDF reader would), printing through QPrinter, the archive and its proof.
#include "testsupport.h"

#include "letters/epcqrcode.h"
#include "letters/letterrenderer.h"
#include "letters/letterstrings.h"
#include "letters/lettertemplate.h"
#include "services/agreementservice.h"
#include "services/clientservice.h"
#include "services/collectionservice.h"
#include "services/issuerservice.h"
#include "services/letterservice.h"
#include "services/lettertemplateservice.h"
#include "services/paymentservice.h"
#include "services/statementservice.h"
#include "storage/actionrepository.h"
#include "storage/clientrepository.h"
#include "storage/letterrepository.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QPainter>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace relance;

namespace {
using test::pdfText;

QString fileText(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return pdfText(f.readAll());
}

Issuer testIssuer() { return test::sampleIssuer(); }

qint64 addClient(test::TempDatabase &t, const QString &name, bool consumer)
{
    Client c;
    c.name = name;
    c.isConsumer = consumer;
    c.legalForm = consumer ? QString() : QStringLiteral("SAS");
    c.address = QStringLiteral("12 rue des Lilas");
    c.postalCode = QStringLiteral("75011");
    c.city = QStringLiteral("Paris");
    c.email = QStringLiteral("compta@example.fr");
    const Result<qint64> id = ClientService(t.db()).add(c);
    if (!id)
        qFatal("%s", qPrintable(id.error().describe()));
    return *id;
}

const QString kTemplate = QStringLiteral("# comment\n[subject]\nHello {client.name}\n[letter]\n{salutation},\n\n"
                                         "{if b2b}\nBusiness {rate}.\n{else}\nConsumer.\n{end}\n\n{invoice_table}\n");

}  // namespace

class TestLetters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Templates: parsing, checking every problem with its line, expanding.
    void templateParsesSectionsAndLines()
    {
        const auto t = LetterTemplate::parse(kTemplate, QStringLiteral("t"));
        QVERIFY(t.ok());
        QCOMPARE(t->section(QStringLiteral("subject")), QStringLiteral("Hello {client.name}"));
        QCOMPARE(t->firstLine(QStringLiteral("letter")), 5);
        QVERIFY(checkTemplate(*t).isEmpty());
    }

    void templateProblemsNameTheirLine()
    {
        const QString text = QStringLiteral("[letter]\nDear {client.nmae},\n{if vip}\nx\n{end}\n"
                                            "Total {invoice_table}\n{if b2b}\n[sms]\n{payment_details}\n");
        const auto t = LetterTemplate::parse(text, QStringLiteral("t"));
        QVERIFY(t.ok());
        const QList<Error> problems = checkTemplate(*t);
        QCOMPARE(problems.size(), 5);
        QCOMPARE(problems.at(0).line, 2);
        QCOMPARE(problems.at(0).field, QStringLiteral("client.nmae"));
        QVERIFY(problems.at(0).message.contains(QStringLiteral("{client.nmae}")));
        QCOMPARE(problems.at(1).line, 3);                       // unknown condition
        QCOMPARE(problems.at(2).line, 6);                       // table not alone
        QCOMPARE(problems.at(3).field, QStringLiteral("end"));  // {if b2b} never closed
        QCOMPARE(problems.at(4).line, 9);                       // table outside the letter
        QVERIFY(!LetterTemplate::parse(QStringLiteral("[letterz]\nx"), QStringLiteral("t")).ok());
        const auto noSection = LetterTemplate::parse(QStringLiteral("hello\n[letter]\nx"), QStringLiteral("t"));
        QVERIFY(!noSection.ok());
        QCOMPARE(noSection.error().line, 1);
    }

    void expansionEscapesValuesAndKeepsBoldToTheTemplate()
    {
        TemplateValues v;
        v.text.insert(QStringLiteral("client.name"), QStringLiteral("**<b>ACME</b>** {rate}"));
        v.text.insert(QStringLiteral("rate"), QStringLiteral("12,15 %"));
        v.flags.insert(QStringLiteral("b2b"));
        const QList<LetterBlock> blocks = expandBlocks(
            QStringLiteral(
                "To **{client.name}** :\n\n{if b2b}\nRate {rate}\n{else}\nnone\n{end}\n- a {{x}}\n{invoice_table}"),
            v, true);
        QCOMPARE(blocks.size(), 4);
        QCOMPARE(blocks.at(0).runs.size(), 3);
        QCOMPARE(blocks.at(0).runs.at(1), (TextRun{QStringLiteral("**<b>ACME</b>** {rate}"), true}));
        QCOMPARE(blocks.at(0).runs.at(2).text, QStringLiteral("\u00a0:"));  // French space before the colon
        QCOMPARE(blocks.at(1).plainText(), QStringLiteral("Rate 12,15 %"));
        QCOMPARE(blocks.at(2).kind, LetterBlock::Kind::Bullet);
        QCOMPARE(blocks.at(2).plainText(), QStringLiteral("a {x}"));
        QCOMPARE(blocks.at(3).kind, LetterBlock::Kind::InvoiceTable);
        QCOMPARE(expandPlain(QStringLiteral("A\nB\n\n- c\n- d"), v, false), QStringLiteral("A\nB\n\n- c\n- d"));
    }

    void everyShippedTemplateIsClean()
    {
        for (const QString &lang : LetterStrings::languages())
            for (LetterKind kind : allLetterKinds()) {
                const QString text = LetterTemplateService::builtInText(kind, lang);
                QVERIFY2(!text.isEmpty(), qPrintable(lang + letterKindKey(kind)));
                const auto checked = LetterTemplateService::validate(text, letterKindKey(kind));
                QVERIFY2(checked.ok(), qPrintable(checked.error().describe()));
            }
        // Both languages have the same words.
        QCOMPARE(LetterStrings::of(QStringLiteral("fr")).keys().size(),
                 LetterStrings::of(QStringLiteral("en")).keys().size());
        for (const QString &key : LetterStrings::of(QStringLiteral("fr")).keys())
            QVERIFY2(LetterStrings::of(QStringLiteral("en")).has(key), qPrintable(key));
    }

    void savingABadTemplateChangesNothing()
    {
        test::TempDatabase t;
        const LetterTemplateService templates(t.db());
        const QString before = t.dump();
        const Status s = templates.save(LetterKind::Reminder1, QStringLiteral("fr"), {},
                                        QStringLiteral("[letter]\nBonjour {client.name},\nVous devez {montant}.\n"),
                                        QDate(2026, 11, 23));
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(QStringLiteral("line 3")));
        QVERIFY(s.error().message.contains(QStringLiteral("{montant}")));
        QCOMPARE(t.dump(), before);
        QVERIFY(templates
                    .save(LetterKind::Reminder1, QStringLiteral("fr"), QStringLiteral("fr-b2c"), kTemplate,
                          QDate(2026, 11, 23))
                    .ok());
        QVERIFY(templates.isCustomised(LetterKind::Reminder1, QStringLiteral("fr"), QStringLiteral("fr-b2c")));
        QCOMPARE(templates.text(LetterKind::Reminder1, QStringLiteral("fr"), QStringLiteral("fr-b2c")), kTemplate);
        QCOMPARE(templates.text(LetterKind::Reminder1, QStringLiteral("fr"), QStringLiteral("fr-b2b")),
                 LetterTemplateService::builtInText(LetterKind::Reminder1, QStringLiteral("fr")));
        QVERIFY(templates.reset(LetterKind::Reminder1, QStringLiteral("fr"), QStringLiteral("fr-b2c")).ok());
        QVERIFY(!templates.isCustomised(LetterKind::Reminder1, QStringLiteral("fr"), QStringLiteral("fr-b2c")));
    }

    void epcPayloadFollowsTheStandard()
    {
        const EpcTransfer t{QStringLiteral("Atelier Vasseur"), QStringLiteral("FR76 3000 6000 0112 3456 7890 189"),
                            QStringLiteral("AGRIFRPP"), Money::eur(356420), QStringLiteral("F-A, F-B"), QString()};
        QCOMPARE(epcPayload(t), QByteArray("BCD\n002\n1\nSCT\nAGRIFRPP\nAtelier Vasseur\nFR7630006000011234567890189\n"
                                           "EUR3564.20\n\n\nF-A, F-B"));
        // A creditor reference goes in its own line, and then the text stays empty.
        EpcTransfer structured = t;
        structured.structuredReference = QStringLiteral("RF71 FA");
        QCOMPARE(epcPayload(structured),
                 QByteArray("BCD\n002\n1\nSCT\nAGRIFRPP\nAtelier Vasseur\nFR7630006000011234567890189\n"
                            "EUR3564.20\n\nRF71FA\n"));
        QVERIFY(!epcQrCode(t).isNull());
        EpcTransfer dollars = t;
        dollars.amount = Money(100, QStringLiteral("USD"));
        QVERIFY(epcPayload(dollars).isEmpty());
        EpcTransfer noIban = t;
        noIban.iban.clear();
        QVERIFY(epcQrCode(noIban).isNull());
    }

    // LEGAL.md example 2 (2,400.00 due 2024-05-31: 30 d at 14.50 % + 51 d at 14.25 % = 76.39)
    // and a second invoice, 1,000.00 due 2024-07-31: 20 d at 14.25 % = 7.81 (by hand:
    // 1000 x 0.1425 x 20 / 365 = 7.808). Two indemnities of 40.00.
    // A statement of account states the book: open invoices with their lateness, the totals and
    // their overdue part, the past year's payments (this client's part of a shared transfer),
    // and how to pay what is overdue. Values computed by hand.
    void statementOfAccountStatesWhereTheClientStands()
    {
        test::TempDatabase t;
        QVERIFY(IssuerService(t.db()).save(testIssuer()).ok());
        const qint64 client = addClient(t, QStringLiteral("Studio Graphik"), false);
        const qint64 other = addClient(t, QStringLiteral("Garage Dumas"), false);
        const qint64 old = t.addInvoice(QStringLiteral("F-0"), client, QDate(2025, 1, 5), QDate(2025, 2, 4), 10000);
        const qint64 late = t.addInvoice(QStringLiteral("F-1"), client, QDate(2026, 9, 1), QDate(2026, 10, 1), 120000);
        t.addInvoice(QStringLiteral("F-2"), client, QDate(2026, 11, 15), QDate(2026, 12, 15), 60000);
        const qint64 paid = t.addInvoice(QStringLiteral("F-3"), client, QDate(2026, 6, 1), QDate(2026, 7, 1), 30000);
        const qint64 theirs = t.addInvoice(QStringLiteral("G-1"), other, QDate(2026, 9, 1), QDate(2026, 10, 1), 30000);
        const PaymentService payments(t.db());
        const auto pay = [&](const QDate &date, qint64 cents, const QString &method, const QString &reference,
                             const QList<Allocation> &to) {
            Payment p;
            p.date = date;
            p.amountCents = cents;
            p.method = method;
            p.bankReference = reference;
            p.allocations = to;
            const Result<qint64> id = payments.record(p);
            QVERIFY2(id.ok(), qPrintable(id.error().describe()));
        };
        pay(QDate(2025, 2, 1), 10000, QStringLiteral("transfer"), {}, {{old, {}, 10000}});  // over a year ago
        pay(QDate(2026, 7, 10), 30000, QStringLiteral("cheque"), {}, {{paid, {}, 30000}});
        // One transfer for two clients: 200 EUR of it is this client's.
        pay(QDate(2026, 10, 15), 50000, QStringLiteral("transfer"), QStringLiteral("VIR GROUPE 4471"),
            {{late, {}, 20000}, {theirs, {}, 30000}});

        const StatementService service(t.db());
        const Result<LetterDocument> doc = service.compose(client, QDate(2026, 12, 2));
        QVERIFY2(doc.ok(), qPrintable(doc.error().describe()));
        QCOMPARE(doc->language, QStringLiteral("fr"));
        QCOMPARE(doc->totalDue, Money::eur(100000));
        QCOMPARE(doc->invoiceNumbers, (QStringList{QStringLiteral("F-1"), QStringLiteral("F-2")}));
        const Result<QByteArray> pdf = service.pdf(*doc);
        QVERIFY(pdf.ok());
        const QString text = pdfText(*pdf);
        const QStringList expected{
            QStringLiteral("RELEVÉ DE COMPTE"),
            QStringLiteral("Lyon, le 2 décembre 2026"),
            QStringLiteral("Objet : relevé de compte au 2 décembre 2026"),
            QStringLiteral("Voici l'état de votre compte dans nos livres au 2 décembre 2026."),
            // 1 Oct to 2 Dec: 30 + 31 + 1 days.
            QStringLiteral("F-1 01/09/2026 01/10/2026 62 jours 1 200,00 € 200,00 € 1 000,00 €"),
            QStringLiteral("F-2 15/11/2026 15/12/2026 à échoir 600,00 € 0,00 € 600,00 €"),
            QStringLiteral("Total restant dû 1 600,00 €"),
            QStringLiteral("dont échu 1 000,00 €"),
            QStringLiteral("Règlements reçus du 3 décembre 2025 au 2 décembre 2026 :"),
            QStringLiteral("Total reçu 500,00 €"),
            QStringLiteral("le solde de votre compte s'élève à 1 600,00 €, dont 1 000,00 € échus à ce jour."),
            QStringLiteral("Référence à indiquer RF98 F1"),
            QStringLiteral("Montant échu 1 000,00 €"),
            QStringLiteral("Si votre règlement a croisé ce relevé, merci de ne pas en tenir compte ; pour toute question, "
                           "nous restons à votre disposition."),
        };
        for (const QString &line : expected)
            QVERIFY2(text.contains(line), qPrintable(line + QStringLiteral("\n---\n") + text));
        // The table's cells (pdftotext may read a table's narrow columns in any order).
        QCOMPARE(doc->paymentsTable.rows,
                 (QList<QStringList>{{QStringLiteral("10/07/2026"), QStringLiteral("Chèque"), QString(),
                                      QStringLiteral("F-3"), QStringLiteral("300,00\u00a0€")},
                                     {QStringLiteral("15/10/2026"), QStringLiteral("Virement"),
                                      QStringLiteral("VIR GROUPE 4471"), QStringLiteral("F-1"),
                                      QStringLiteral("200,00\u00a0€")}}));
        QVERIFY(!text.contains(QStringLiteral("F-0")));   // paid over a year ago
        QVERIFY(!text.contains(QStringLiteral("Madame")));  // a statement, not a letter: no salutation
        QVERIFY(!text.contains(QStringLiteral("G-1")));   // another client's invoice
        QVERIFY(!text.contains(QStringLiteral("500,00 € F")));  // the shared transfer counts 200 here
        QVERIFY(!doc->paymentQr.isNull());
        QCOMPARE(StatementService::fileName(*doc, QStringLiteral("Studio Graphik")),
                 QStringLiteral("2026-12-02_releve-de-compte_Studio-Graphik.pdf"));

        // In English, and for a client whose account is clear: no demand, no payment slip.
        const Result<LetterDocument> english = service.compose(other, QDate(2026, 12, 2), QStringLiteral("en"));
        QVERIFY(english.ok());
        QVERIFY(english->paymentDetails.isEmpty());
        const QString clear = pdfText(*service.pdf(*english));
        for (const QString &line : {QStringLiteral("STATEMENT OF ACCOUNT"),
                                    QStringLiteral("No invoice is still due: your account is up to date."),
                                    QStringLiteral("Atelier Vasseur")})
            QVERIFY2(clear.contains(line), qPrintable(line + QStringLiteral("\n---\n") + clear));
        QVERIFY(!clear.contains(QStringLiteral("Invoices still due")));
        QCOMPARE(english->paymentsTable.rows,
                 (QList<QStringList>{{QStringLiteral("15/10/2026"), QStringLiteral("Bank transfer"),
                                      QStringLiteral("VIR GROUPE 4471"), QStringLiteral("G-1"),
                                      QStringLiteral("€300.00")}}));
        QCOMPARE(StatementService::fileName(*english, QStringLiteral("Bérénice & Fils")),
                 QStringLiteral("2026-12-02_statement-of-account_Berenice-Fils.pdf"));

        QVERIFY(!service.compose(9999, QDate(2026, 12, 2)).ok());
    }

    // The e-mail and text message of a second and a final reminder speak French and English as
    // people write them: "La facture F-A reste impayée", "Les factures F-A et F-B restent
    // impayées" (not "facture F-A reste impayée" at the start of a sentence).
    void remindersByEmailAndTextAgreeWithTheirInvoices()
    {
        test::TempDatabase t;
        QVERIFY(IssuerService(t.db()).save(testIssuer()).ok());
        const qint64 client = addClient(t, QStringLiteral("Garage Dumas"), false);
        const qint64 a = t.addInvoice(QStringLiteral("F-A"), client, QDate(2026, 9, 1), QDate(2026, 10, 1), 120000);
        const qint64 b = t.addInvoice(QStringLiteral("F-B"), client, QDate(2026, 9, 15), QDate(2026, 10, 15), 60000);
        LetterService service(t.db(), t.dir() + QStringLiteral("/letters"));
        const auto compose = [&](QList<qint64> ids, LetterKind kind, const QString &language) {
            LetterRequest r;
            r.invoiceIds = ids;
            r.kind = kind;
            r.date = QDate(2026, 11, 20);
            r.language = language;
            r.insist = true;
            const Result<LetterDocument> doc = service.compose(r);
            if (!doc)
                qFatal("%s", qPrintable(doc.error().describe()));
            return *doc;
        };
        const LetterDocument one = compose({a}, LetterKind::Reminder2, QStringLiteral("fr"));
        QVERIFY2(one.emailBody.contains(QStringLiteral("La facture F-A reste impayée")), qPrintable(one.emailBody));
        QVERIFY2(one.textMessage.startsWith(QStringLiteral("Bonjour, la facture F-A")), qPrintable(one.textMessage));
        const LetterDocument two = compose({a, b}, LetterKind::Reminder2, QStringLiteral("fr"));
        QVERIFY2(two.emailBody.contains(QStringLiteral("Les factures F-A et F-B restent impayées")),
                 qPrintable(two.emailBody));
        QVERIFY2(two.textMessage.contains(QStringLiteral("les factures F-A et F-B")), qPrintable(two.textMessage));
        const LetterDocument final = compose({a}, LetterKind::Final, QStringLiteral("fr"));
        QVERIFY2(final.emailBody.contains(QStringLiteral("La facture F-A reste impayée.")), qPrintable(final.emailBody));
        const LetterDocument english = compose({a, b}, LetterKind::Final, QStringLiteral("en"));
        QVERIFY2(english.emailBody.contains(QStringLiteral("The invoices F-A and F-B remain unpaid.")),
                 qPrintable(english.emailBody));
        QVERIFY2(english.textMessage.startsWith(QStringLiteral("Final reminder: the invoices F-A and F-B")),
                 qPrintable(english.textMessage));
    }

    // Every reminder asks for the invoice's ISO 11649 creditor reference (the text, the e-mail and
    // the QR code's structured field); a Belgian client also gets its structured communication.
    void remindersCarryAStructuredPaymentReference()
    {
        test::TempDatabase t;
        QVERIFY(IssuerService(t.db()).save(testIssuer()).ok());
        Client c;
        c.name = QStringLiteral("Brasserie du Marché");
        c.address = QStringLiteral("Rue Haute 12");
        c.postalCode = QStringLiteral("1000");
        c.city = QStringLiteral("Bruxelles");
        c.country = QStringLiteral("BE");
        c.email = QStringLiteral("compta@brasserie.be");
        const Result<qint64> client = ClientService(t.db()).add(c);
        QVERIFY(client.ok());
        const qint64 id = t.addInvoice(QStringLiteral("F-2026-041"), *client, QDate(2026, 9, 1), QDate(2026, 10, 1),
                                       120000);
        LetterService service(t.db(), t.dir() + QStringLiteral("/letters"));
        LetterRequest r;
        r.invoiceIds = {id};
        r.kind = LetterKind::Reminder1;
        r.date = QDate(2026, 11, 20);
        r.language = QStringLiteral("fr");
        const Result<LetterDocument> doc = service.compose(r);
        QVERIFY2(doc.ok(), qPrintable(doc.error().describe()));
        QVERIFY(doc->paymentDetails.contains(
            qMakePair(QStringLiteral("Référence à indiquer"), QStringLiteral("RF16 F202 6041"))));
        QVERIFY(doc->paymentDetails.contains(
            qMakePair(QStringLiteral("Communication structurée"), QStringLiteral("+++000/2026/04102+++"))));
        QVERIFY2(doc->emailBody.contains(QStringLiteral("référence RF16 F202 6041")), qPrintable(doc->emailBody));
        QVERIFY(!doc->paymentQr.isNull());
        // The QR code: the reference in its structured line, no free text.
        QCOMPARE(doc->paymentQrPayload, QByteArray("BCD\n002\n1\nSCT\nAGRIFRPP\nAtelier Vasseur\n"
                                                   "FR7630006000011234567890189\nEUR1200.00\n\nRF16F2026041\n"));
        const QString text = pdfText(*LetterRenderer().pdf({*doc}));
        QVERIFY2(text.contains(QStringLiteral("Référence à indiquer RF16 F202 6041")), qPrintable(text));
    }

    void formalNoticeToABusinessCarriesEveryElement()
    {
        test::TempDatabase t;
        QVERIFY(IssuerService(t.db()).save(testIssuer()).ok());
        const qint64 client = addClient(t, QStringLiteral("Garage Dumas"), false);
        const qint64 a = t.addInvoice(QStringLiteral("F-A"), client, QDate(2024, 5, 1), QDate(2024, 5, 31), 240000);
        const qint64 b = t.addInvoice(QStringLiteral("F-B"), client, QDate(2024, 7, 1), QDate(2024, 7, 31), 100000);
        // The book records one written reminder: the notice cites it, with its date and channel.
        ActionInput reminder;
        reminder.invoiceId = a;
        reminder.date = QDate(2024, 7, 15);
        reminder.channel = Channel::Email;
        QVERIFY(CollectionService(t.db()).recordAction(reminder, reminder.date).ok());
        LetterService service(t.db(), t.dir() + QStringLiteral("/letters"));
        LetterRequest r{{b, a},
                        LetterKind::FormalNotice,
                        QDate(2024, 8, 20),
                        QStringLiteral("fr"),
                        QStringLiteral("1A 123 456 7890 1"),
                        {},
                        {}};
        const Result<LetterDocument> doc = service.compose(r);
        QVERIFY2(doc.ok(), qPrintable(doc.error().describe()));
        QCOMPARE(doc->totalDue, Money::eur(356420));
        // Posted Tue 20 Aug, received three jours ouvrables later (Fri 23), + 8 days = Sat 31 Aug -> Mon 2 Sep.
        QCOMPARE(doc->deadline, QDate(2024, 9, 2));
        const QString text = pdfText(*LetterRenderer().pdf({*doc}));
        const QStringList expected{
            QStringLiteral("MISE EN DEMEURE"),
            QStringLiteral("Lyon, le 20 août 2024"),
            QStringLiteral("Atelier Vasseur (SARL)"),
            QStringLiteral("4 place Bellecour"),
            QStringLiteral("SIRET 123 456 789 00012"),
            QStringLiteral("Garage Dumas"),
            QStringLiteral("12 rue des Lilas"),
            QStringLiteral("75011 PARIS"),
            QStringLiteral("Lettre recommandée avec accusé de réception no 1A 123 456 7890 1"),
            QStringLiteral("Nos références : factures F-A et F-B"),
            QStringLiteral("F-A 01/05/2024 31/05/2024 2 400,00 € 0,00 € 2 400,00 €"),
            QStringLiteral("F-B 01/07/2024 31/07/2024 1 000,00 € 0,00 € 1 000,00 €"),
            QStringLiteral("Total restant dû 3 400,00 €"),
            QStringLiteral("Débiteur : Garage Dumas, SAS"),
            QStringLiteral("Malgré nos relances (e-mail du 15 juillet 2024), demeurées sans effet"),
            QStringLiteral("Principal restant dû (factures, déduction faite des règlements reçus) 3 400,00 €"),
            QStringLiteral("F-A du 01/06/2024 au 30/06/2024 30 2 400,00 € 14,50 % 28,60 €"),
            QStringLiteral("F-A du 01/07/2024 au 20/08/2024 51 2 400,00 € 14,25 % 47,79 €"),
            QStringLiteral("F-B du 01/08/2024 au 20/08/2024 20 1 000,00 € 14,25 % 7,81 €"),
            QStringLiteral("Intérêts de retard au 20 août 2024 84,20 €"),
            QStringLiteral("Indemnité forfaitaire pour frais de recouvrement (40,00 € × 2) 80,00 €"),
            QStringLiteral("Total réclamé 3 564,20 €"),
            QStringLiteral("14,50 % : taux de refinancement de la BCE en vigueur au 1er janvier 2024 (4,50 %), majoré "
                           "de 10 points"),
            QStringLiteral("articles L441-10 II et D441-5 du Code de commerce"),
            QStringLiteral("mettons en demeure de nous régler la somme totale de 3 564,20 €"),
            QStringLiteral("outre les intérêts de retard jusqu'à parfait paiement, dans un délai de 8 jours à compter de "
                           "la réception de la présente"),
            QStringLiteral("À titre indicatif, si vous recevez la présente le 23 août 2024, ce délai expirera le 2 "
                           "septembre 2024."),
            QStringLiteral("si le juge le décide, une somme au titre de l'article 700 du Code de procédure civile"),
            QStringLiteral("Copie de nos relances : e-mail du 15 juillet 2024"),
            QStringLiteral("Virement bancaire"),
            QStringLiteral("IBAN"),
            QStringLiteral("FR76 3000 6000 0112 3456 7890 189"),
            QStringLiteral("AGRIFRPP"),
            // ISO 11649, built from the first invoice's number (the earliest due): F-A.
            QStringLiteral("Référence à indiquer RF71 FA"),
            QStringLiteral("injonction de payer"),
            QStringLiteral("articles 1344, 1344-1 et 1231-6 du Code civil"),
            QStringLiteral("Hélène Vasseur Gérante"),
            QStringLiteral("Pièces jointes : Copie des factures F-A et F-B"),
        };
        for (const QString &e : expected)
            QVERIFY2(text.contains(e), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(e, text)));
    }

    // LEGAL.md example 4: a consumer owes no indemnity and legal-rate interest only from the
    // notice; the notice itself says so, with the rate of the half-year (2025 H1, 3.71 %).
    // The e-mail beside a letter is signed by the signatory for the company, or by the company
    // alone, named once, when nobody is named.
    void emailSignature()
    {
        for (const bool named : {true, false}) {
            test::TempDatabase t;
            Issuer issuer = testIssuer();
            if (!named)
                issuer.signatoryName.clear();
            QVERIFY(IssuerService(t.db()).save(issuer).ok());
            const qint64 client = addClient(t, QStringLiteral("Garage Dumas"), false);
            const qint64 a = t.addInvoice(QStringLiteral("F-A"), client, QDate(2024, 5, 1), QDate(2024, 5, 31), 240000);
            LetterService service(t.db(), t.dir() + QStringLiteral("/letters"));
            const LetterRequest r{{a}, LetterKind::Reminder1, QDate(2024, 6, 20), QStringLiteral("fr"), {}, {}, {}};
            const Result<LetterDocument> doc = service.compose(r);
            QVERIFY2(doc.ok(), qPrintable(doc.error().describe()));
            QVERIFY2(doc->emailBody.endsWith(named
                                                 ? QStringLiteral("Bien cordialement,\nHélène Vasseur\nAtelier Vasseur")
                                                 : QStringLiteral("Bien cordialement,\nAtelier Vasseur")),
                     qPrintable(doc->emailBody));
        }
    }

    void formalNoticeToAConsumerHasNoIndemnity()
    {
        test::TempDatabase t;
        QVERIFY(IssuerService(t.db()).save(testIssuer()).ok());
        const qint64 client = addClient(t, QStringLiteral("Marie Lefèvre"), true);
        const qint64 inv = t.addInvoice(QStringLiteral("F-C"), client, QDate(2025, 1, 1), QDate(2025, 1, 31), 120000);
        LetterService service(t.db(), t.dir() + QStringLiteral("/letters"));
        // No reminder recorded: the user insists, and the notice mentions none.
        const LetterRequest r{{inv}, LetterKind::FormalNotice, QDate(2025, 3, 3), QStringLiteral("fr"), {}, {}, {}, true};
        const Result<ProducedLetter> produced = service.produce(r);
        QVERIFY2(produced.ok(), qPrintable(produced.error().describe()));
        const QString text = fileText(produced->filePath);
        for (const QString &e : {QStringLiteral("MISE EN DEMEURE"), QStringLiteral("Marie Lefèvre"),
                                 QStringLiteral("la somme totale de 1 200,00 €"),
                                 QStringLiteral("portera intérêts au taux de 3,71 % (taux de l'intérêt légal applicable "
                                                "aux créanciers professionnels au premier semestre 2025) à compter de la "
                                                "réception"),
                                 QStringLiteral("articles 1231-6 et 1344-1 du Code civil"),
                                 QStringLiteral("ce délai expirera le 14 mars 2025"),
                                 QStringLiteral("Vous restez nous devoir les sommes suivantes"),
                                 QStringLiteral("Lettre recommandée avec accusé de réception no ......")})
            QVERIFY2(text.contains(e), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(e, text)));
        QVERIFY(!text.contains(QStringLiteral("Indemnité forfaitaire")));
        QVERIFY(!text.contains(QStringLiteral("40,00 €")));
        QVERIFY(!text.contains(QStringLiteral("L441-10")));
        QVERIFY(!text.contains(QStringLiteral("relances")));          // none was sent
        QVERIFY(!text.contains(QStringLiteral("frais de recouvrement")));  // CPCE L111-8
        // The notice is on the invoice's history: interest now runs from it (60 d at 3.71 % = 7.32).
        const auto claim = CollectionService(t.db()).claim(inv, QDate(2025, 5, 2));
        QVERIFY(claim && claim->interest);
        QCOMPARE(claim->interest->interest, Money::eur(732));
        QCOMPARE(claim->interest->indemnity.cents(), 0);
    }

    void archiveIsProofAndIsNeverOverwritten()
    {
        test::TempDatabase t;
        QVERIFY(IssuerService(t.db()).save(testIssuer()).ok());
        const qint64 client = addClient(t, QStringLiteral("Garage Dumas"), false);
        const qint64 inv = t.addInvoice(QStringLiteral("F-A"), client, QDate(2024, 5, 1), QDate(2024, 5, 31), 240000);
        LetterService service(t.db(), t.dir() + QStringLiteral("/letters"));
        const LetterRequest r{{inv}, LetterKind::FormalNotice, QDate(2024, 8, 20), QStringLiteral("fr"), {}, {}, {}, true};
        const Result<ProducedLetter> first = service.produce(r);
        QVERIFY2(first.ok(), qPrintable(first.error().describe()));
        // Named in the letter's language, like the letter.
        QCOMPARE(first->archived.fileName, QStringLiteral("2024/2024-08-20_mise-en-demeure_F-A.pdf"));
        QFile file(first->filePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        file.close();
        const auto stored = LetterRepository(t.db()).find(first->archived.id);
        QVERIFY(stored);
        QCOMPARE(stored->sha256,
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(stored->size, bytes.size());
        QCOMPARE(stored->invoiceIds, QList<qint64>{inv});
        QCOMPARE(stored->totalDue, Money::eur(240000 + 7639 + 4000));
        // The action on the invoice: a formal notice, with the letter's archive name.
        const QList<CollectionAction> history = ActionRepository(t.db()).forInvoice(inv);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().channel, Channel::FormalNotice);
        QCOMPARE(history.first().id, stored->actionIds.first());
        QVERIFY(history.first().stepIndex >= 0);
        QVERIFY(history.first().notes.contains(stored->fileName));

        // A corrected letter is a new one; the first file stays as it was.
        const Result<ProducedLetter> second = service.produce(r);
        QVERIFY(second.ok());
        QCOMPARE(second->archived.fileName, QStringLiteral("2024/2024-08-20_mise-en-demeure_F-A-2.pdf"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);
        QSqlQuery q(t.db().connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE letters SET sha256 = '%1' WHERE id = %2")
                            .arg(QString(64, QLatin1Char('0')))
                            .arg(first->archived.id)));

        // The receipt: the deadline runs from it (Thu 22 Aug + 8 = Fri 30 Aug), the action gets the date.
        const QString before = t.dump();
        QVERIFY(
            !service
                 .recordReceipt(first->archived.id, ReceiptStatus::Received, QDate(2024, 8, 19), {}, QDate(2024, 9, 1))
                 .ok());
        QCOMPARE(t.dump(), before);
        QTemporaryDir scanDir;
        QFile scan(scanDir.filePath(QStringLiteral("avis.jpg")));
        QVERIFY(scan.open(QIODevice::WriteOnly));
        scan.write("JPEG");
        scan.close();
        QVERIFY(service
                    .recordReceipt(first->archived.id, ReceiptStatus::Received, QDate(2024, 8, 22), scan.fileName(),
                                   QDate(2024, 9, 1))
                    .ok());
        const auto received = LetterRepository(t.db()).find(first->archived.id);
        QCOMPARE(received->deadline, QDate(2024, 8, 30));
        QCOMPARE(received->receipt, ReceiptStatus::Received);
        QCOMPARE(received->receiptScan, QStringLiteral("receipts/letter-%1.jpg").arg(first->archived.id));
        QVERIFY(QFile::exists(t.dir() + QStringLiteral("/letters/") + received->receiptScan));
        QCOMPARE(ActionRepository(t.db()).find(history.first().id)->receiptDate, QDate(2024, 8, 22));
        QVERIFY(service.setTrackingNumber(first->archived.id, QStringLiteral("RR123456789FR")).ok());
        QCOMPARE(ActionRepository(t.db()).find(history.first().id)->trackingNumber, QStringLiteral("RR123456789FR"));
    }

    void refusedLettersWriteNothing()
    {
        test::TempDatabase t;
        const qint64 client = addClient(t, QStringLiteral("Garage Dumas"), false);
        const qint64 other = addClient(t, QStringLiteral("Autre"), false);
        const qint64 inv = t.addInvoice(QStringLiteral("F-A"), client, QDate(2024, 5, 1), QDate(2024, 5, 31), 240000);
        const qint64 inv2 = t.addInvoice(QStringLiteral("F-Z"), other, QDate(2024, 5, 1), QDate(2024, 5, 31), 1000);
        const QString folder = t.dir() + QStringLiteral("/letters");
        LetterService service(t.db(), folder);
        const QString before = t.dump();
        auto refused = [&](const LetterRequest &r, const QString &field) {
            const Result<ProducedLetter> p = service.produce(r);
            QVERIFY(!p.ok());
            QCOMPARE(p.error().field, field);
            QCOMPARE(t.dump(), before);
            QVERIFY(QDir(folder + QStringLiteral("/2024")).isEmpty());
        };
        const QDate day(2024, 8, 20);
        refused({{inv}, LetterKind::FormalNotice, day, {}, {}, {}, {}}, QStringLiteral("issuer"));  // no identity yet
        QVERIFY(IssuerService(t.db()).save(testIssuer()).ok());
        const QString withIssuer = t.dump();
        auto refusedNow = [&](const LetterRequest &r, const QString &field) {
            const Result<ProducedLetter> p = service.produce(r);
            QVERIFY(!p.ok());
            QCOMPARE(p.error().field, field);
            QCOMPARE(t.dump(), withIssuer);
        };
        refusedNow({{inv, inv2}, LetterKind::Reminder1, day, {}, {}, {}, {}}, QStringLiteral("invoice"));
        refusedNow({{inv}, LetterKind::Reminder1, day, QStringLiteral("de"), {}, {}, {}}, QStringLiteral("lang"));
        refusedNow({{inv}, LetterKind::Agreement, day, {}, {}, {}, {}}, QStringLiteral("terms"));
        refusedNow({{inv}, LetterKind::Schedule, day, {}, {}, {}, {{QDate(2024, 9, 1), Money::eur(100000)}}},
                   QStringLiteral("instalments"));
        // A letter whose premise the book does not hold: a notice after no reminder, a hand-over
        // after no formal notice.
        refusedNow({{inv}, LetterKind::FormalNotice, day, {}, {}, {}, {}}, QStringLiteral("premise"));
        refusedNow({{inv}, LetterKind::Handover, day, {}, {}, {}, {}}, QStringLiteral("premise"));
        refusedNow({{999}, LetterKind::Reminder1, day, {}, {}, {}, {}}, QStringLiteral("invoice"));
        refusedNow({{inv}, LetterKind::Courtesy, day, {}, {}, {}, {}}, QStringLiteral("kind"));  // already due
    }

    void scheduleAndAgreementLetters()
    {
        test::TempDatabase t;
        QVERIFY(IssuerService(t.db()).save(testIssuer()).ok());
        const qint64 client = addClient(t, QStringLiteral("Garage Dumas"), false);
        const qint64 inv = t.addInvoice(QStringLiteral("F-A"), client, QDate(2024, 5, 1), QDate(2024, 5, 31), 100000);
        LetterService service(t.db(), t.dir() + QStringLiteral("/letters"));
        const QDate day(2024, 6, 10);
        const Result<LetterDocument> schedule = service.compose({{inv},
                                                                 LetterKind::Schedule,
                                                                 day,
                                                                 QStringLiteral("fr"),
                                                                 {},
                                                                 {},
                                                                 {{QDate(2024, 7, 1), Money::eur(33333)},
                                                                  {QDate(2024, 8, 1), Money::eur(33333)},
                                                                  {QDate(2024, 9, 1), Money::eur(33334)}}});
        QVERIFY2(schedule.ok(), qPrintable(schedule.error().describe()));
        const QString text = pdfText(*LetterRenderer().pdf({*schedule}));
        QVERIFY2(
            text.contains(QStringLiteral(
                "1 1er juillet 2024 333,33 € 2 1er août 2024 333,33 € 3 1er septembre 2024 333,34 € Total 1 000,00 €")),
            qPrintable(text));
        const Result<LetterDocument> agreement =
            service.compose({{inv},
                             LetterKind::Agreement,
                             day,
                             QStringLiteral("en"),
                             {},
                             QStringLiteral("Pay 500.00 by 30 June and 500.00 by 31 July; penalties waived."),
                             {}});
        QVERIFY(agreement.ok());
        const QString english = pdfText(*LetterRenderer().pdf({*agreement}));
        QVERIFY(english.contains(
            QStringLiteral("Terms agreed: Pay 500.00 by 30 June and 500.00 by 31 July; penalties waived.")));
        QVERIFY(english.contains(QStringLiteral("Agreed, acknowledgement of debt")));
        QVERIFY(!english.contains(QStringLiteral("eight days")));  // silence is not acceptance
        QVERIFY(english.contains(QStringLiteral("Lyon, 10 June 2024")));
        QVERIFY(english.contains(QStringLiteral("Subject: Proposed settlement: invoice F-A")));
        QCOMPARE(agreement->emailSubject, QStringLiteral("Proposed settlement: invoice F-A"));
    }

    // A plan that keeps the interest and indemnity owed when agreed: its schedule letter lists
    // instalments adding up to more than the balance, which only the agreed plan justifies.
    void scheduleLetterOfAnAgreedPlan()
    {
        test::TempDatabase t;
        QVERIFY(IssuerService(t.db()).save(testIssuer()).ok());
        const qint64 client = addClient(t, QStringLiteral("Garage Dumas"), false);
        const qint64 inv = t.addInvoice(QStringLiteral("F-A"), client, QDate(2024, 5, 1), QDate(2024, 5, 31), 100000);
        const QDate day(2024, 6, 10);  // 10 days at 14.50 %: 1000 x 14.50 % x 10 / 365 = 3.97, + 40.00
        PlanRequest plan;
        plan.invoiceIds = {inv};
        plan.agreedOn = day;
        plan.count = 3;
        plan.first = QDate(2024, 7, 1);
        const Result<PaymentPlan> draft = AgreementService(t.db()).draftPlan(plan);
        QVERIFY(draft.ok());
        QCOMPARE(draft->targetCents(), 104397);
        QList<Instalment> instalments;
        for (const PlanInstalment &i : draft->instalments)
            instalments << Instalment{i.date, Money::eur(i.cents)};
        LetterService service(t.db(), t.dir() + QStringLiteral("/letters"));
        const LetterRequest request{{inv}, LetterKind::Schedule, day, QStringLiteral("fr"), {}, {}, instalments};
        QCOMPARE(service.compose(request).error().field, QStringLiteral("instalments"));  // no plan yet
        QVERIFY(AgreementService(t.db()).addPlan(plan, day).ok());
        const Result<LetterDocument> schedule = service.compose(request);
        QVERIFY2(schedule.ok(), qPrintable(schedule.error().describe()));
        const QString text = pdfText(*LetterRenderer().pdf({*schedule}));
        QVERIFY2(text.contains(QStringLiteral("1 1er juillet 2024 347,99 € 2 1er août 2024 347,99 € "
                                              "3 1er septembre 2024 347,99 € Total 1 043,97 €")),
                 qPrintable(text));
    }

    // Markup, a very long name, 40 invoices and empty optional fields: printed literally, across pages.
    void hostileInputRendersAcrossPages()
    {
        test::TempDatabase t;
        Issuer bare;
        bare.companyName = QStringLiteral("Atelier <i>Vasseur</i> & Fils");
        bare.address = QStringLiteral("4 place Bellecour");
        bare.city = QStringLiteral("Lyon");
        bare.siret = QStringLiteral("12345678900012");
        bare.iban = QStringLiteral("FR7630006000011234567890189");
        QVERIFY(IssuerService(t.db()).save(bare).ok());
        const QString longName =
            QStringLiteral("<b>ACME</b> ") + QString(QStringLiteral("Société Anonyme des Établissements ")).repeated(4);
        Client c;
        c.name = longName.trimmed();
        c.address = QStringLiteral("{client.name} & <script>");
        c.city = QStringLiteral("Paris");
        const Result<qint64> client = ClientService(t.db()).add(c);
        QVERIFY(client.ok());
        QList<qint64> ids;
        for (int i = 1; i <= 40; ++i)
            ids << t.addInvoice(QStringLiteral("H-%1").arg(i, 3, 10, QLatin1Char('0')), *client,
                                QDate(2024, 1, 1).addDays(i), QDate(2024, 2, 1).addDays(i), 10000 + i);
        LetterService service(t.db(), t.dir() + QStringLiteral("/letters"));
        const LetterRenderer renderer;
        for (LetterKind kind : {LetterKind::Reminder1, LetterKind::FormalNotice, LetterKind::Handover}) {
            const Result<LetterDocument> doc =
                service.compose({ids, kind, QDate(2024, 6, 28), QStringLiteral("fr"), {}, {}, {}, true});
            QVERIFY2(doc.ok(), qPrintable(doc.error().describe()));
            const int pages = renderer.pageCount(*doc);
            QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
            const QString text = pdfText(*renderer.pdf({*doc}));
            QVERIFY(text.contains(QStringLiteral("<b>ACME</b>")));
            QVERIFY(text.contains(QStringLiteral("{client.name} & <script>")));
            QVERIFY(text.contains(QStringLiteral("Atelier <i>Vasseur</i> & Fils")));
            for (int i = 1; i <= 40; ++i)
                QVERIFY(text.contains(QStringLiteral("H-%1 ").arg(i, 3, 10, QLatin1Char('0'))));
            QVERIFY(text.contains(QStringLiteral("Page %1 sur %1").arg(pages)));
            QVERIFY(
                text.contains(QStringLiteral("Total restant dû 4 008,20 €")));  // 40 x 100.00 + (1 + ... + 40) cents
        }
    }

    // The logo and the signature image travel through the database onto the letter.
    void logoAndSignaturePrint()
    {
        test::TempDatabase t;
        Issuer issuer = testIssuer();
        auto png = [](QColor colour, QSize size) {
            QImage image(size, QImage::Format_RGB32);
            image.fill(colour);
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
            return bytes;
        };
        issuer.logo = png(Qt::darkBlue, QSize(300, 100));
        issuer.signature = png(Qt::black, QSize(240, 90));
        QVERIFY(IssuerService(t.db()).save(issuer).ok());
        QCOMPARE(IssuerService(t.db()).load().logo, issuer.logo);
        const qint64 client = addClient(t, QStringLiteral("Garage Dumas"), false);
        const qint64 inv = t.addInvoice(QStringLiteral("F-A"), client, QDate(2024, 5, 1), QDate(2024, 5, 31), 240000);
        const Result<LetterDocument> doc =
            LetterService(t.db(), t.dir()).compose({{inv}, LetterKind::Reminder1, QDate(2024, 6, 10), {}, {}, {}, {}});
        QVERIFY(doc.ok());
        QCOMPARE(doc->logo.size(), QSize(300, 100));
        QCOMPARE(doc->signature.size(), QSize(240, 90));
        const Result<QByteArray> pdf = LetterRenderer().pdf({*doc});
        QVERIFY(pdf.ok());
        QVERIFY(pdfText(*pdf).contains(QStringLiteral("Hélène Vasseur")));
        QVERIFY(pdf->count("/Subtype /Image") >= 3);  // logo, signature, QR code
    }

    // The printer path is the PDF path: a QPrinter writing a PDF gets the same pages and text.
    void printingMatchesThePdf()
    {
        test::TempDatabase t;
        QVERIFY(IssuerService(t.db()).save(testIssuer()).ok());
        const qint64 client = addClient(t, QStringLiteral("Garage Dumas"), false);
        const qint64 inv = t.addInvoice(QStringLiteral("F-A"), client, QDate(2024, 5, 1), QDate(2024, 5, 31), 240000);
        const Result<LetterDocument> doc =
            LetterService(t.db(), t.dir())
                .compose({{inv}, LetterKind::Final, QDate(2024, 8, 20), QStringLiteral("fr"), {}, {}, {}});
        QVERIFY(doc.ok());
        const LetterRenderer renderer;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString printed = t.dir() + QStringLiteral("/printed.pdf");
        printer.setOutputFileName(printed);
        printer.setFullPage(true);
        LetterRenderer::preparePage(printer);
        QPainter painter(&printer);
        renderer.paint(painter, printer, {*doc});
        painter.end();
        QCOMPARE(fileText(printed), pdfText(*renderer.pdf({*doc})));
        QVERIFY(fileText(printed).contains(QStringLiteral("Dernière relance avant mise en demeure")));
    }
};

QTEST_MAIN(TestLetters)
#include "tst_letters.moc"
