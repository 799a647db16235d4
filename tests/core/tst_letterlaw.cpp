// Letters before a judge (LEGAL.md section 12, docs/letters.md): each rule of the checklist
// on the text of the real PDF (pdftotext), for a French business, a French consumer, a Belgian
// business and a Belgian consumer, with the negative cases.
#include "testsupport.h"

#include "letters/letterrenderer.h"
#include "services/agreementservice.h"
#include "services/clientservice.h"
#include "services/collectionservice.h"
#include "services/collectionsettingsservice.h"
#include "services/disputeservice.h"
#include "services/issuerservice.h"
#include "services/letterservice.h"
#include "storage/clientrepository.h"
#include "storage/invoicerepository.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace relance;

namespace {
using test::pdfText;

// The letter tests' company as a sole trader: no VAT number, BIC or signatory's capacity.
Issuer issuer()
{
    Issuer i = test::sampleIssuer();
    i.legalForm = QStringLiteral("EI");
    i.vatNumber.clear();
    i.bic.clear();
    i.signatoryTitle.clear();
    return i;
}

// The four profiles: whose law, and where the debtor lives.
struct Profile
{
    const char *name;
    QString country;
    bool consumer;
    QString law;  // empty: the issuer's (French) law
};
const QList<Profile> kProfiles{{"fr-b2b", QStringLiteral("FR"), false, {}},
                               {"fr-b2c", QStringLiteral("FR"), true, {}},
                               {"be-b2b", QStringLiteral("BE"), false, QStringLiteral("BE")},
                               {"be-b2c", QStringLiteral("BE"), true, QStringLiteral("BE")}};

class Book
{
public:
    Book() { QVERIFY(IssuerService(t.db()).save(issuer()).ok()); }
    qint64 client(const Profile &p, std::optional<bool> clause = std::nullopt, const QString &contact = {})
    {
        Client c;
        c.name = QStringLiteral("Client %1").arg(QString::fromLatin1(p.name));
        c.isConsumer = p.consumer;
        c.legalForm = p.consumer ? QString() : QStringLiteral("SRL");
        c.country = p.country;
        c.governingLaw = p.law;
        c.penaltyClause = clause;
        c.contactPerson = contact;
        c.address = QStringLiteral("12 rue des Lilas");
        c.postalCode = p.country == QLatin1String("BE") ? QStringLiteral("1000") : QStringLiteral("75011");
        c.city = p.country == QLatin1String("BE") ? QStringLiteral("Bruxelles") : QStringLiteral("Paris");
        const Result<qint64> id = ClientService(t.db()).add(c);
        if (!id)
            qFatal("%s", qPrintable(id.error().describe()));
        return *id;
    }
    qint64 invoice(qint64 client, const QDate &due, qint64 cents, const QString &number = QStringLiteral("F-1"))
    {
        return t.addInvoice(number, client, due.addDays(-30), due, cents);
    }
    void describe(qint64 invoice, const QString &object)
    {
        Invoice i = *InvoiceRepository(t.db()).findById(invoice);
        i.object = object;
        QVERIFY(InvoiceRepository(t.db()).update(i).ok());
    }
    void record(qint64 invoice, const QDate &day, Channel channel, Outcome outcome = Outcome::Done)
    {
        ActionInput a;
        a.invoiceId = invoice;
        a.date = day;
        a.channel = channel;
        a.outcome = outcome;
        QVERIFY(CollectionService(t.db()).recordAction(a, day).ok());
    }
    Result<LetterDocument> compose(qint64 invoice, LetterKind kind, const QDate &day, bool insist = false,
                                   const QString &lang = QStringLiteral("fr"))
    {
        LetterRequest r;
        r.invoiceIds = {invoice};
        r.kind = kind;
        r.date = day;
        r.language = lang;
        r.insist = insist;
        if (kind == LetterKind::Agreement)
            r.terms = QStringLiteral("Deux versements.");
        return service().compose(r);
    }
    QString text(qint64 invoice, LetterKind kind, const QDate &day, bool insist = false,
                 const QString &lang = QStringLiteral("fr"))
    {
        const Result<LetterDocument> d = compose(invoice, kind, day, insist, lang);
        if (!d)
            return QStringLiteral("REFUSED: ") + d.error().describe();
        return pdfText(*LetterRenderer().pdf({*d}));
    }
    LetterService service() { return LetterService(t.db(), t.dir() + QStringLiteral("/letters")); }
    test::TempDatabase t;
};

#define CONTAINS(text, what) QVERIFY2((text).contains(what), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(what, text)))
#define LACKS(text, what) QVERIFY2(!(text).contains(what), qPrintable(QStringLiteral("unexpected \"%1\" in:\n%2").arg(what, text)))

}  // namespace

class TestLetterLaw : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Rule 1: no letter states a fact the book does not record. Every kind, every profile, on
    // an invoice with no history (the notice and the hand-over written "anyway").
    void noLetterStatesAFactTheBookLacks()
    {
        for (const Profile &p : kProfiles) {
            Book b;
            const qint64 inv = b.invoice(b.client(p), {2025, 3, 1}, 120000);
            for (LetterKind kind : allLetterKinds()) {
                if (kind == LetterKind::Courtesy || kind == LetterKind::Schedule)
                    continue;
                const QString text = b.text(inv, kind, {2025, 5, 12}, true);
                LACKS(text, QStringLiteral("REFUSED"));
                for (const QString &claim :
                     {QStringLiteral("relances ("), QStringLiteral("mise en demeure du"),
                      QStringLiteral("sans effet"), QStringLiteral("par téléphone"), QStringLiteral("n'a pas été respecté"),
                      QStringLiteral("Vous contestez"), QStringLiteral("Copie de nos relances")})
                    LACKS(text, claim);
            }
        }
    }

    // Rule 1: the premises. A notice needs a written reminder before it; a hand-over a notice
    // received (or returned) whose deadline has passed, and it then cites it with its dates.
    void premisesComeFromTheBook()
    {
        Book b;
        const qint64 inv = b.invoice(b.client(kProfiles.at(0)), {2025, 3, 1}, 120000);
        QCOMPARE(b.compose(inv, LetterKind::FormalNotice, {2025, 4, 1}).error().field, QStringLiteral("premise"));
        b.record(inv, {2025, 3, 10}, Channel::Email);
        b.record(inv, {2025, 3, 17}, Channel::Phone);
        LetterRequest notice;
        notice.invoiceIds = {inv};
        notice.kind = LetterKind::FormalNotice;
        notice.date = QDate(2025, 4, 1);
        notice.language = QStringLiteral("fr");
        notice.trackingNumber = QStringLiteral("1A 123 456 7890 1");
        const Result<ProducedLetter> sent = b.service().produce(notice);
        QVERIFY2(sent.ok(), qPrintable(sent.error().describe()));
        const QString text = pdfText(sent->pdf);
        CONTAINS(text, QStringLiteral("Malgré nos relances (e-mail du 10 mars 2025), demeurées sans effet"));
        CONTAINS(text, QStringLiteral("Nous nous sommes également entretenus par téléphone le 17 mars 2025."));
        // The hand-over waits for the receipt, then for the deadline.
        QCOMPARE(b.compose(inv, LetterKind::Handover, {2025, 4, 20}).error().field, QStringLiteral("premise"));
        QVERIFY(b.service()
                    .recordReceipt(sent->archived.id, ReceiptStatus::Received, {2025, 4, 3}, {}, {2025, 4, 3})
                    .ok());
        QCOMPARE(b.compose(inv, LetterKind::Handover, {2025, 4, 10}).error().field, QStringLiteral("premise"));
        const QString handover = b.text(inv, LetterKind::Handover, {2025, 4, 20});
        CONTAINS(handover, QStringLiteral("Par notre mise en demeure du 1er avril 2025 (lettre recommandée avec accusé "
                                          "de réception no 1A 123 456 7890 1), reçue le 3 avril 2025, nous vous avons "
                                          "mis en demeure de nous régler les sommes ci-dessous au plus tard le 11 avril "
                                          "2025."));
        CONTAINS(handover, QStringLiteral("Nos relances précédentes (e-mail du 10 mars 2025)"));
        CONTAINS(handover, QStringLiteral("outre les intérêts de retard jusqu'à parfait paiement"));
    }

    // Rule 2: every sum demanded is broken down, the principal first; the consumer notice does
    // not contradict the sum it demands.
    void everySumIsBrokenDown()
    {
        Book b;
        const qint64 inv = b.invoice(b.client(kProfiles.at(1)), {2025, 1, 31}, 120000);
        b.record(inv, {2025, 2, 10}, Channel::Email);
        b.record(inv, {2025, 3, 3}, Channel::FormalNotice);  // interest at the legal rate runs from it
        const QString text = b.text(inv, LetterKind::Handover, {2025, 5, 2}, true);
        CONTAINS(text, QStringLiteral("Principal restant dû (factures, déduction faite des règlements reçus) 1 200,00 € "
                                      "Intérêts de retard au 2 mai 2025 7,32 € Total réclamé 1 207,32 €"));
        CONTAINS(text, QStringLiteral("3,71 % : taux de l'intérêt légal (créanciers professionnels) du premier "
                                      "semestre 2025"));
        LACKS(text, QStringLiteral("pourra vous être réclamé"));
        LACKS(text, QStringLiteral("pourront vous être réclamés"));
    }

    // Rule 3: a French freelancer's Belgian business client is under French law by default;
    // the procedures are those open against a debtor in Belgium, and European ones.
    void belgianBusinessClientIsUnderFrenchLawByDefault()
    {
        Book b;
        const qint64 inv = b.invoice(b.client({"be-b2b", QStringLiteral("BE"), false, {}}), {2025, 3, 1}, 200000);
        b.record(inv, {2025, 3, 10}, Channel::Email);
        const QString text = b.text(inv, LetterKind::FormalNotice, {2025, 4, 30});
        CONTAINS(text, QStringLiteral("articles L441-10 II et D441-5 du Code de commerce"));
        CONTAINS(text, QStringLiteral("13,15 % : taux de refinancement de la BCE en vigueur au 1er janvier 2025 "
                                      "(3,15 %), majoré de 10 points"));
        CONTAINS(text, QStringLiteral("Indemnité forfaitaire pour frais de recouvrement (40,00 € × 1) 40,00 €"));
        CONTAINS(text, QStringLiteral("procédure européenne d'injonction de payer (règlement (CE) no 1896/2006)"));
        CONTAINS(text, QStringLiteral("règlement des petits litiges (règlement (CE) no 861/2007)"));
        CONTAINS(text, QStringLiteral("une société de recouvrement"));
        LACKS(text, QStringLiteral("commissaire de justice"));
        LACKS(text, QStringLiteral("Code de procédure civile"));
        LACKS(text, QStringLiteral("arrondi au demi-point"));  // the Belgian rule does not apply
        // A Belgian reads "TVAC" where a French reader reads "TTC".
        CONTAINS(text, QStringLiteral("Montant TVAC"));
        CONTAINS(text, QStringLiteral("calculées sur le montant TVAC restant dû"));
        LACKS(text, QStringLiteral("TTC"));
        // A Belgian consumer abroad gets the Rome I warning.
        const qint64 consumer = b.client({"be-b2c", QStringLiteral("BE"), true, {}});
        const auto claim = CollectionService(b.t.db()).claim(b.invoice(consumer, {2025, 3, 1}, 1000, QStringLiteral("F-2")),
                                                             {2025, 4, 30});
        QVERIFY(claim->law.warning.contains(QStringLiteral("Rome I art. 6")));
    }

    // Rule 4: a Belgian consumer's first reminder is free, gives 14 days from the third working
    // day after posting, and carries the mentions; damages only with a penalty clause.
    void belgianConsumerFreeReminder()
    {
        for (const bool clause : {true, false}) {
            Book b;
            const qint64 inv = b.invoice(b.client(kProfiles.at(3), clause), {2026, 4, 1}, 20000);
            const Result<LetterDocument> doc = b.compose(inv, LetterKind::Reminder1, {2026, 4, 16});
            QVERIFY2(doc.ok(), qPrintable(doc.error().describe()));
            QCOMPARE(doc->deadline, QDate(2026, 5, 4));  // Thu 16 -> Mon 20 April (3rd working day) + 14
            QCOMPARE(doc->totalDue, Money::eur(20000));  // free
            const QString text = pdfText(*LetterRenderer().pdf({*doc}));
            CONTAINS(text, QStringLiteral("Objet : Premier rappel gratuit"));
            CONTAINS(text, QStringLiteral("Ce premier rappel est gratuit."));
            CONTAINS(text, QStringLiteral("vous disposez d'un délai de 14 jours pour régler la somme de 200,00 €, soit "
                                          "jusqu'au 4 mai 2026 inclus"));
            CONTAINS(text, QStringLiteral("Atelier Vasseur"));
            CONTAINS(text, QStringLiteral("SIRET 123 456 789 00012"));
            if (clause)
                CONTAINS(text, QStringLiteral("une indemnité forfaitaire de 35,00 €"));  // 30 + 10 % of 50
            else
                CONTAINS(text, QStringLiteral("la somme due portera intérêts au taux de 4,50 % (taux d'intérêt légal "
                                              "belge de l'année 2026, loi du 5 mai 1865)"));
            LACKS(text, QStringLiteral("L441-10"));
            // Nothing is owed until the period has run out, then only what the contract allows.
            QVERIFY(b.service().produce({{inv}, LetterKind::Reminder1, {2026, 4, 16}, QStringLiteral("fr"), {}, {}, {}}).ok());
            auto claim = CollectionService(b.t.db()).claim(inv, {2026, 5, 4});
            QCOMPARE(claim->freeReminderPeriodEnd, QDate(2026, 5, 4));
            QVERIFY(!claim->interest || (claim->interest->interest.cents() == 0 && claim->interest->indemnity.cents() == 0));
            claim = CollectionService(b.t.db()).claim(inv, {2026, 5, 14});
            QVERIFY(claim->interest);
            // 10 days (5-14 May) on 200.00: 10.50 % -> 57.53 cents; legal 4.50 % -> 24.66 cents.
            QCOMPARE(claim->interest->interest.cents(), clause ? 58 : 25);
            QCOMPARE(claim->interest->indemnity.cents(), clause ? 3500 : 0);
        }
    }

    // Rule 5: a disputed part is set apart; a dispute in full, or a plan kept, blocks the notice;
    // a broken plan is stated with its dates.
    void disputesAndPlans()
    {
        Book b;
        const qint64 inv = b.invoice(b.client(kProfiles.at(0)), {2025, 3, 1}, 120000);
        b.record(inv, {2025, 3, 10}, Channel::Email);
        Dispute d;
        d.invoiceId = inv;
        d.openedOn = QDate(2025, 3, 20);
        d.reason = QStringLiteral("deux journées non réalisées");
        d.contestedCents = 20000;
        QVERIFY(DisputeService(b.t.db()).open(d, {2025, 3, 20}).ok());
        const QString text = b.text(inv, LetterKind::FormalNotice, {2025, 4, 30});
        CONTAINS(text, QStringLiteral("Vous contestez la facture F-1 à hauteur de 200,00 € (deux journées non "
                                      "réalisées). Ce montant (200,00 €) est mis à part"));
        CONTAINS(text, QStringLiteral("Montant contesté, mis à part -200,00 €"));
        // Interest on the 1,000.00 not disputed: 60 d at 13.15 % = 21.62; + 40 EUR.
        CONTAINS(text, QStringLiteral("Total réclamé 1 061,62 €"));
        Dispute whole = d;
        whole.contestedCents = 120000;
        const qint64 other = b.invoice(b.client({"x", QStringLiteral("FR"), false, {}}), {2025, 3, 1}, 120000,
                                       QStringLiteral("F-2"));
        b.record(other, {2025, 3, 10}, Channel::Email);
        whole.invoiceId = other;
        QVERIFY(DisputeService(b.t.db()).open(whole, {2025, 3, 20}).ok());
        QCOMPARE(b.compose(other, LetterKind::FormalNotice, {2025, 4, 30}, true).error().field,
                 QStringLiteral("premise"));

        // A plan kept blocks the notice even when the user insists; broken, the notice says so.
        Book p;
        const qint64 planned = p.invoice(p.client(kProfiles.at(0)), {2025, 3, 1}, 120000);
        p.record(planned, {2025, 3, 10}, Channel::Email);
        PlanRequest plan;
        plan.invoiceIds = {planned};
        plan.agreedOn = QDate(2025, 3, 15);
        plan.count = 2;
        plan.first = QDate(2025, 4, 15);
        const Result<qint64> planId = AgreementService(p.t.db()).addPlan(plan, {2025, 3, 15});
        QVERIFY2(planId.ok(), qPrintable(planId.error().describe()));
        QCOMPARE(p.compose(planned, LetterKind::FormalNotice, {2025, 4, 1}, true).error().field,
                 QStringLiteral("premise"));
        QVERIFY(AgreementService(p.t.db()).breakPlan(*planId, {2025, 4, 20}, {2025, 4, 20}).ok());
        const QString broken = p.text(planned, LetterKind::FormalNotice, {2025, 4, 30});
        CONTAINS(broken, QStringLiteral("L'échéancier de paiement convenu le 15 mars 2025 n'a pas été respecté : nous "
                                        "avons constaté sa rupture le 20 avril 2025."));
    }

    // Rule 6: a contractual rate under the L441-10 floor gives way to the default, and the
    // letter says why.
    void contractualRateUnderTheFloor()
    {
        Book b;
        const qint64 client = b.client(kProfiles.at(0));
        Client c = *ClientRepository(b.t.db()).findById(client);
        c.penaltyRateBasisPoints = 800;
        QVERIFY(ClientService(b.t.db()).update(c).ok());
        const qint64 inv = b.invoice(client, {2024, 3, 15}, 100000);
        b.record(inv, {2024, 3, 20}, Channel::Email);
        const QString text = b.text(inv, LetterKind::FormalNotice, {2024, 6, 10});
        CONTAINS(text, QStringLiteral("Intérêts de retard au 10 juin 2024 34,56 €"));  // 87 d at 14.50 %
        CONTAINS(text, QStringLiteral("(le taux contractuel de 8,00 %, inférieur à trois fois le taux d'intérêt légal, "
                                      "soit 15,21 %, ne peut s'appliquer : article L441-10 II du Code de commerce)"));
    }

    // Rule 7: a settlement binds once signed, never by silence; consumers never read
    // "pénalités comprises" nor lose the term without a notice; the QR pays the next instalment.
    void settlementsAndSchedules()
    {
        for (const Profile &p : {kProfiles.at(0), kProfiles.at(1)}) {
            Book b;
            const qint64 inv = b.invoice(b.client(p), {2025, 3, 1}, 90000);
            const QString agreement = b.text(inv, LetterKind::Agreement, {2025, 3, 20});
            LACKS(agreement, QStringLiteral("sous huit jours"));
            LACKS(agreement, QStringLiteral("considérerons ces termes comme acceptés"));
            CONTAINS(agreement, QStringLiteral("Bon pour accord, reconnaissance de dette"));
            // The debtor's box comes after the sender's signature, with the words to write.
            const QString box = QStringLiteral("Bon pour accord, reconnaissance de dette À écrire de votre main : « Bon "
                                               "pour accord, je reconnais devoir la somme de 900,00 € », puis dater et "
                                               "signer.");
            CONTAINS(agreement, box);
            QVERIFY(agreement.indexOf(box) > agreement.indexOf(QStringLiteral("Hélène Vasseur")));
            if (p.consumer)
                LACKS(agreement, QStringLiteral("qualité du signataire"));
            else
                CONTAINS(agreement, QStringLiteral("Nom et qualité du signataire"));
            LetterRequest r{{inv}, LetterKind::Schedule, {2025, 3, 20}, QStringLiteral("fr"), {}, {},
                            {{QDate(2025, 4, 1), Money::eur(30000)}, {QDate(2025, 5, 1), Money::eur(60000)}}};
            const Result<LetterDocument> schedule = b.service().compose(r);
            QVERIFY2(schedule.ok(), qPrintable(schedule.error().describe()));
            const QString text = pdfText(*LetterRenderer().pdf({*schedule}));
            CONTAINS(text, QStringLiteral("Première échéance 300,00 € le 1er avril 2025"));
            if (p.consumer) {
                LACKS(agreement, QStringLiteral("pénalités comprises"));
                LACKS(text, QStringLiteral("sans autre avis"));
                CONTAINS(text, QStringLiteral("nous vous adresserons une mise en demeure"));
            } else {
                CONTAINS(agreement, QStringLiteral("pénalités comprises"));
            }
            // The client returns it signed: the limitation period restarts from the signature.
            const CollectionService collection(b.t.db());
            const QDate serviceStart = collection.claim(inv, {2025, 4, 2})->limitation.start;
            QCOMPARE(serviceStart, QDate(2025, 1, 30));  // the issue date stands in for the service
            const AgreementService agreements(b.t.db());
            QCOMPARE(agreements.recordAcknowledgement({inv}, {2025, 4, 3}, {2025, 4, 2}).error().field,
                     QStringLiteral("date"));  // not signed yet
            QCOMPARE(agreements.recordAcknowledgement({inv}, {2025, 1, 2}, {2025, 4, 2}).error().field,
                     QStringLiteral("date"));  // before the invoice
            QVERIFY(agreements.recordAcknowledgement({inv}, {2025, 3, 28}, {2025, 4, 2}).ok());
            const auto claim = collection.claim(inv, {2025, 4, 2});
            QCOMPARE(claim->limitation.start, QDate(2025, 3, 28));
            QCOMPARE(claim->limitation.expires, p.consumer ? QDate(2027, 3, 28) : QDate(2030, 3, 28));
            // An older signature found later keeps the newer date.
            QVERIFY(agreements.recordAcknowledgement({inv}, {2025, 3, 21}, {2025, 4, 2}).ok());
            QCOMPARE(InvoiceRepository(b.t.db()).findById(inv)->acknowledgedOn, QDate(2025, 3, 28));
        }
    }

    // Rules 8 and 9: costs only "si le juge le décide", never recovery costs for a consumer;
    // the deadline is the rule, the date indicative, from the next day La Poste works.
    void costsAndDeadlines()
    {
        Book b;
        const qint64 inv = b.invoice(b.client(kProfiles.at(1)), {2026, 1, 31}, 50000);
        b.record(inv, {2026, 2, 10}, Channel::Email);
        // Dated Sunday 1 March 2026: posted Monday 2, received Thursday 5, + 8 days = Friday 13.
        const QString text = b.text(inv, LetterKind::FormalNotice, {2026, 3, 1});
        CONTAINS(text, QStringLiteral("dans un délai de 8 jours à compter de la réception de la présente"));
        CONTAINS(text, QStringLiteral("À titre indicatif, si vous recevez la présente le 5 mars 2026, ce délai expirera "
                                      "le 13 mars 2026."));
        CONTAINS(text, QStringLiteral("si le juge le décide"));
        LACKS(text, QStringLiteral("frais de recouvrement"));
        LACKS(text, QStringLiteral("soit au plus tard"));
    }

    // Rule 10: the debt is described: its object, the debtor's form and number (BCE checked).
    void theDebtIsDescribed()
    {
        Book b;
        Client c;
        c.name = QStringLiteral("Studio Lumen");
        c.legalForm = QStringLiteral("SRL");
        c.country = QStringLiteral("BE");
        c.address = QStringLiteral("Rue Haute 1");
        c.postalCode = QStringLiteral("1000");
        c.city = QStringLiteral("Bruxelles");
        c.sirenSiret = QStringLiteral("0456789123");
        QCOMPARE(ClientService(b.t.db()).add(c).error().field, QStringLiteral("siret"));  // check digits 33, not 23
        c.sirenSiret = QStringLiteral("BE 0456 789 133");
        const Result<qint64> id = ClientService(b.t.db()).add(c);
        QVERIFY2(id.ok(), qPrintable(id.error().describe()));
        const qint64 inv = b.invoice(*id, {2025, 3, 1}, 100000);
        b.describe(inv, QStringLiteral("Refonte du site vitrine"));
        b.record(inv, {2025, 3, 10}, Channel::Email);
        const QString text = b.text(inv, LetterKind::FormalNotice, {2025, 4, 30});
        CONTAINS(text, QStringLiteral("Débiteur : Studio Lumen, SRL, no d'entreprise 0456.789.133"));
        CONTAINS(text, QStringLiteral("Objet de la créance : Refonte du site vitrine."));
    }

    // Rule 11: a missing half-year never fails a letter: the rule, no figure; carried-forward
    // rates are provisional, never "published".
    void missingRatesAreSaidHonestly()
    {
        Book b;
        const qint64 inv = b.invoice(b.client(kProfiles.at(0)), {2026, 8, 31}, 100000);
        b.record(inv, {2026, 9, 10}, Channel::Email);
        const QString text = b.text(inv, LetterKind::FormalNotice, {2026, 11, 23});
        LACKS(text, QStringLiteral("REFUSED"));
        CONTAINS(text, QStringLiteral("des pénalités de retard au taux de refinancement de la BCE en vigueur au 1er "
                                      "juillet 2026, majoré de 10 points"));
        CONTAINS(text, QStringLiteral("ne sont pas chiffrées ici"));
        CONTAINS(text, QStringLiteral("Montant TTC"));
        CONTAINS(text, QStringLiteral("Indemnité forfaitaire pour frais de recouvrement (40,00 € × 1) 40,00 €"));
        CONTAINS(text, QStringLiteral("Total réclamé 1 040,00 €"));
        QVERIFY(CollectionSettingsService(b.t.db()).carryForward({2026, 11, 23}).ok());
        const QString carried = b.text(inv, LetterKind::FormalNotice, {2026, 11, 23});
        CONTAINS(carried, QStringLiteral("taux provisoire"));
        LACKS(carried, QStringLiteral("publié pour"));
    }

    // Rule 12: plurals, a named salutation and its closing, in both languages.
    void presentation()
    {
        Book b;
        const qint64 inv = b.invoice(b.client(kProfiles.at(0), std::nullopt, QStringLiteral("Mme Nguyen")),
                                     {2025, 3, 1}, 100000);
        const QString fr = b.text(inv, LetterKind::Reminder1, {2025, 3, 2});
        CONTAINS(fr, QStringLiteral("reste impayée à ce jour, 1 jour après son échéance"));
        CONTAINS(fr, QStringLiteral("Madame Nguyen,"));
        CONTAINS(fr, QStringLiteral("Veuillez agréer, Madame, nos salutations distinguées."));
        const qint64 other = b.invoice(b.client({"en", QStringLiteral("GB"), false, {}}, std::nullopt,
                                                QStringLiteral("Dr Nguyen")),
                                       {2025, 3, 1}, 100000, QStringLiteral("F-2"));
        const QString en = b.text(other, LetterKind::Reminder1, {2025, 3, 4}, false, QStringLiteral("en"));
        CONTAINS(en, QStringLiteral("Dear Dr Nguyen,"));
        CONTAINS(en, QStringLiteral("Yours sincerely,"));
        CONTAINS(en, QStringLiteral("3 days after its due date"));
    }

    // Every kind for the four profiles, at the dates of a real chase, as PDFs and PNGs in the
    // build tree (letters-review/) to look at before a change lands, like the screenshots.
    void everyKindForTheFourProfilesToLookAt()
    {
        const QString dir = qEnvironmentVariable("RELANCE_LETTER_REVIEW_DIR");
        QVERIFY(dir.isEmpty() || QDir().mkpath(dir));
        for (const Profile &p : kProfiles) {
            Book b;
            const qint64 inv = b.invoice(b.client(p, std::nullopt, QStringLiteral("Mme Nguyen")), {2026, 3, 2}, 120000,
                                         QStringLiteral("F-2026-014"));
            b.describe(inv, QStringLiteral("Refonte du site vitrine"));
            const auto write = [&](LetterKind kind, const Result<LetterDocument> &letter) {
                const QString name = QStringLiteral("%1-%2").arg(QString::fromLatin1(p.name), letterKindKey(kind));
                QVERIFY2(letter.ok(), qPrintable(name + QStringLiteral(": ") + letter.error().describe()));
                const QByteArray pdf = *LetterRenderer().pdf({*letter});
                const QString text = pdfText(pdf);
                CONTAINS(text, QStringLiteral("F-2026-014"));
                CONTAINS(text, QStringLiteral("1 200,00 €"));
                LACKS(text, QStringLiteral("{"));  // no placeholder left unexpanded
                if (p.law == QLatin1String("BE") && !p.consumer && kind == LetterKind::FormalNotice)
                    CONTAINS(text, QStringLiteral("(Loi du 2 août 2002, art. 5 et 6)"));  // the law named once
                if (dir.isEmpty())
                    return;
                QFile file(dir + QLatin1Char('/') + name + QStringLiteral(".pdf"));
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(pdf);
                file.close();
                QCOMPARE(QProcess::execute(QStringLiteral(PDFTOPPM),
                                           {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                                            file.fileName(), dir + QLatin1Char('/') + name}),
                         0);
            };
            const auto compose = [&](LetterKind kind, const QDate &day) { write(kind, b.compose(inv, kind, day)); };
            compose(LetterKind::Courtesy, {2026, 2, 25});
            compose(LetterKind::Reminder1, {2026, 3, 5});
            b.record(inv, {2026, 3, 5}, Channel::Letter);
            compose(LetterKind::Reminder2, {2026, 3, 23});
            b.record(inv, {2026, 3, 23}, Channel::Email);
            b.record(inv, {2026, 3, 26}, Channel::Phone);
            compose(LetterKind::Final, {2026, 4, 1});
            b.record(inv, {2026, 4, 1}, Channel::RegisteredLetter);
            compose(LetterKind::FormalNotice, {2026, 4, 10});
            ActionInput notice;
            notice.invoiceId = inv;
            notice.date = {2026, 4, 10};
            notice.channel = Channel::FormalNotice;
            notice.trackingNumber = QStringLiteral("1A 234 567 8901 2");
            notice.receiptDate = {2026, 4, 14};
            QVERIFY(CollectionService(b.t.db()).recordAction(notice, {2026, 4, 14}).ok());
            compose(LetterKind::Handover, {2026, 5, 20});
            compose(LetterKind::Agreement, {2026, 5, 20});
            LetterRequest r{{inv}, LetterKind::Schedule, {2026, 5, 20}, QStringLiteral("fr"), {}, {},
                            {{QDate(2026, 6, 5), Money::eur(40000)}, {QDate(2026, 7, 5), Money::eur(80000)}}};
            write(LetterKind::Schedule, b.service().compose(r));
        }
    }

    // Rule 12: at every length, the sentence that introduces the payment block is on the page of
    // the IBAN, and the closing formula never fills a page alone: the last paragraph is with it.
    void pageBreaksKeepWhatBelongsTogether()
    {
        const auto paragraph = [](const QString &text) {
            LetterBlock b;
            b.runs = {TextRun{text, false}};
            return b;
        };
        const QString words = QStringLiteral("Nous vous remercions de bien vouloir examiner la situation de ce "
                                             "dossier, dont le détail figure ci-dessous, et de nous répondre. ");
        int checked = 0;
        for (int long_ = 6; long_ <= 22; ++long_) {
            for (int short_ = 0; short_ <= 3; ++short_) {
                LetterDocument d;
                d.language = QStringLiteral("fr");
                d.placeAndDate = QStringLiteral("Lyon, le 2 mars 2026");
                d.subject = QStringLiteral("Objet : facture F-1");
                d.senderLines = {QStringLiteral("Atelier Vasseur")};
                d.recipientLines = {QStringLiteral("Client")};
                for (int i = 0; i < long_; ++i)
                    d.body << paragraph(QStringLiteral("Paragraphe %1. ").arg(i) + words.repeated(3));
                for (int i = 0; i < short_; ++i)
                    d.body << paragraph(QStringLiteral("Ligne %1.").arg(i));
                d.body << paragraph(QStringLiteral("Pour régler, un virement sur le compte ci-dessous :"));
                LetterBlock pay;
                pay.kind = LetterBlock::Kind::PaymentDetails;
                d.body << pay;
                d.paymentDetails = {{QStringLiteral("IBAN"), QStringLiteral("FR76 3000 6000 0112 3456 7890 189")},
                                    {QStringLiteral("BIC"), QStringLiteral("AGRIFRPP")},
                                    {QStringLiteral("Référence"), QStringLiteral("F-1")}};
                d.body << paragraph(QStringLiteral("Dernier paragraphe du corps de la lettre."));
                d.body << paragraph(QStringLiteral("Veuillez agréer nos salutations distinguées."));
                d.signatureLines = {QStringLiteral("Hélène Vasseur")};
                d.footer = QStringLiteral("Atelier Vasseur, SIRET 123 456 789 00012");
                d.pageTemplate = QStringLiteral("Page %1 sur %2");
                const QStringList pages = test::pdfPages(*LetterRenderer().pdf({d}));
                const auto pageOf = [&](const QString &what) {
                    for (qsizetype i = 0; i < pages.size(); ++i)
                        if (pages.at(i).contains(what))
                            return int(i);
                    return -1;
                };
                const QString where = QStringLiteral("%1 long and %2 short paragraphs").arg(long_).arg(short_);
                // Each line once in the text layer: none painted, invisible, on the page before.
                const QString all = pages.join(QLatin1Char(' '));
                for (const QString &line : {QStringLiteral("Pour régler"), QStringLiteral("Dernier paragraphe"),
                                            QStringLiteral("Veuillez agréer"), QStringLiteral("Paragraphe 5.")})
                    QVERIFY2(all.count(line) == 1, qPrintable(where + QStringLiteral(": ") + line));
                QVERIFY2(pageOf(QStringLiteral("Pour régler")) >= 0, qPrintable(where));
                QVERIFY2(pageOf(QStringLiteral("Pour régler")) == pageOf(QStringLiteral("IBAN FR76")), qPrintable(where));
                QVERIFY2(pageOf(QStringLiteral("Dernier paragraphe")) == pageOf(QStringLiteral("Veuillez agréer")),
                         qPrintable(where));
                QVERIFY2(pageOf(QStringLiteral("Veuillez agréer")) == pageOf(QStringLiteral("Hélène Vasseur")),
                         qPrintable(where));
                checked += pages.size() > 1;
            }
        }
        QVERIFY(checked > 20);  // most of these letters run over a page
    }
};

QTEST_MAIN(TestLetterLaw)
#include "tst_letterlaw.moc"
