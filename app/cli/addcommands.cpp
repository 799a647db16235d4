#include "commands.h"

#include "domain/dates.h"
#include "rules/allocation.h"
#include "services/clientservice.h"
#include "services/invoiceservice.h"
#include "services/paymentservice.h"
#include "storage/clientrepository.h"
#include "storage/invoicerepository.h"

#include <QCoreApplication>

namespace relance::cli {

namespace {

QCommandLineOption valueOption(const char *name, const char *help, const char *valueName)
{
    return makeOption(name, QCoreApplication::translate("Cli", help), valueName);
}

}  // namespace

int clientAddCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr("Add a client."));
    p.addOptions(
        {valueOption("name", QT_TRANSLATE_NOOP("Cli", "The client's name (required, unique)."), "NAME"),
         valueOption("legal-form", QT_TRANSLATE_NOOP("Cli", "Legal form (SARL, SAS, EI...)."), "FORM"),
         valueOption("siret",
                     QT_TRANSLATE_NOOP("Cli", "Company number: SIREN (9 digits) or SIRET (14) in France, enterprise "
                                              "number (BCE, 10 digits) in Belgium."),
                     "NUMBER"),
         valueOption("company-number", QT_TRANSLATE_NOOP("Cli", "Same as --siret."), "NUMBER"),
         valueOption("governing-law",
                     QT_TRANSLATE_NOOP("Cli", "Country whose law the contract chose (default: your company's)."),
                     "CODE"),
         valueOption("penalty-clause",
                     QT_TRANSLATE_NOOP("Cli", "yes or no: the contract provides for late-payment penalties (default: "
                                              "yes for a business, no for a consumer)."),
                     "YES|NO"),
         valueOption("vat", QT_TRANSLATE_NOOP("Cli", "Intra-EU VAT number."), "NUMBER"),
         valueOption("email", QT_TRANSLATE_NOOP("Cli", "E-mail address for reminders."), "ADDRESS"),
         valueOption("phone", QT_TRANSLATE_NOOP("Cli", "Phone number."), "NUMBER"),
         valueOption("address", QT_TRANSLATE_NOOP("Cli", "Street address (use \\n between lines)."), "TEXT"),
         valueOption("postal-code", QT_TRANSLATE_NOOP("Cli", "Postal code."), "CODE"),
         valueOption("city", QT_TRANSLATE_NOOP("Cli", "City."), "CITY"),
         valueOption("country", QT_TRANSLATE_NOOP("Cli", "Country code (default FR)."), "CODE"),
         valueOption("contact", QT_TRANSLATE_NOOP("Cli", "Contact person."), "NAME"),
         valueOption("terms", QT_TRANSLATE_NOOP("Cli", "Payment terms in days (default 30)."), "DAYS"),
         QCommandLineOption(QStringLiteral("consumer"), Tr::tr("The client is a consumer, not a professional."))});
    if (auto exit = parseOrExit(ctx, p, QStringLiteral("client add"), args))
        return *exit;
    Client c;
    c.name = p.value(QStringLiteral("name"));
    c.legalForm = p.value(QStringLiteral("legal-form"));
    c.sirenSiret = p.isSet(QStringLiteral("company-number")) ? p.value(QStringLiteral("company-number"))
                                                              : p.value(QStringLiteral("siret"));
    c.governingLaw = p.value(QStringLiteral("governing-law")).toUpper();
    if (p.isSet(QStringLiteral("penalty-clause"))) {
        const QString v = p.value(QStringLiteral("penalty-clause")).toLower();
        if (v != QLatin1String("yes") && v != QLatin1String("no"))
            return fail(ctx, Error(Tr::tr("\"%1\" is neither yes nor no").arg(v), QStringLiteral("penalty-clause")));
        c.penaltyClause = v == QLatin1String("yes");
    }
    c.vatNumber = p.value(QStringLiteral("vat"));
    c.email = p.value(QStringLiteral("email"));
    c.phone = p.value(QStringLiteral("phone"));
    c.address = p.value(QStringLiteral("address")).replace(QStringLiteral("\\n"), QStringLiteral("\n"));
    c.postalCode = p.value(QStringLiteral("postal-code"));
    c.city = p.value(QStringLiteral("city"));
    if (p.isSet(QStringLiteral("country")))
        c.country = p.value(QStringLiteral("country")).toUpper();
    c.contactPerson = p.value(QStringLiteral("contact"));
    c.isConsumer = p.isSet(QStringLiteral("consumer"));
    if (p.isSet(QStringLiteral("terms"))) {
        bool ok = false;
        c.paymentTermsDays = p.value(QStringLiteral("terms")).toInt(&ok);
        if (!ok)
            return fail(ctx, Error(Tr::tr("\"%1\" is not a number of days").arg(p.value(QStringLiteral("terms"))),
                                   QStringLiteral("terms")));
    }
    const Result<qint64> id = ClientService(*ctx.db).add(c);
    if (!id)
        return fail(ctx, id.error(),
                    {{QStringLiteral("payment_terms"), QStringLiteral("terms")},
                     {QStringLiteral("governing_law"), QStringLiteral("governing-law")}});
    ctx.out << Tr::tr("Client \"%1\" added.").arg(c.name.trimmed()) << Qt::endl;
    return Ok;
}

int invoiceAddCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr("Add an invoice."));
    p.addOptions(
        {valueOption("number", QT_TRANSLATE_NOOP("Cli", "Invoice number (required, unique)."), "NUMBER"),
         valueOption("client", QT_TRANSLATE_NOOP("Cli", "The client's name (required)."), "NAME"),
         valueOption("issued", QT_TRANSLATE_NOOP("Cli", "Issue date (required)."), "DATE"),
         valueOption("due", QT_TRANSLATE_NOOP("Cli", "Due date (default: issue date + the client's terms)."), "DATE"),
         valueOption("service-date", QT_TRANSLATE_NOOP("Cli", "Date the service was completed."), "DATE"),
         valueOption("amount", QT_TRANSLATE_NOOP("Cli", "Amount including VAT (required)."), "AMOUNT"),
         valueOption("amount-excl",
                     QT_TRANSLATE_NOOP("Cli", "Amount excluding VAT (default: same as --amount, no VAT)."), "AMOUNT"),
         valueOption("currency", QT_TRANSLATE_NOOP("Cli", "ISO currency code (default EUR)."), "CODE"),
         valueOption("pdf", QT_TRANSLATE_NOOP("Cli", "Path of the invoice's PDF file."), "FILE"),
         valueOption("object", QT_TRANSLATE_NOOP("Cli", "What the invoice is for (printed on letters)."), "TEXT")});
    if (auto exit = parseOrExit(ctx, p, QStringLiteral("invoice add"), args))
        return *exit;

    Invoice inv;
    inv.number = p.value(QStringLiteral("number"));
    inv.object = p.value(QStringLiteral("object")).trimmed();
    if (inv.number.trimmed().isEmpty())
        return fail(ctx, Error(Tr::tr("this option is required"), QStringLiteral("number")));
    if (!p.isSet(QStringLiteral("client")))
        return fail(ctx, Error(Tr::tr("this option is required"), QStringLiteral("client")));
    const auto client = ClientRepository(*ctx.db).findByName(p.value(QStringLiteral("client")));
    if (!client)
        return fail(ctx, Error(Tr::tr("no client is named \"%1\"").arg(p.value(QStringLiteral("client"))),
                               QStringLiteral("client")));
    inv.clientId = client->id;
    if (p.isSet(QStringLiteral("currency")))
        inv.currency = p.value(QStringLiteral("currency")).toUpper();
    if (!p.isSet(QStringLiteral("issued")))
        return fail(ctx, Error(Tr::tr("this option is required"), QStringLiteral("issued")));
    const Result<QDate> issued = dateOption(p, QStringLiteral("issued"));
    if (!issued)
        return fail(ctx, issued.error());
    inv.issueDate = *issued;
    const Result<QDate> due = dateOption(p, QStringLiteral("due"), issued->addDays(client->paymentTermsDays));
    if (!due)
        return fail(ctx, due.error());
    inv.dueDate = *due;
    const Result<QDate> service = dateOption(p, QStringLiteral("service-date"));
    if (!service)
        return fail(ctx, service.error());
    inv.serviceDate = *service;
    const Result<Money> amount = moneyOption(p, QStringLiteral("amount"), inv.currency);
    if (!amount)
        return fail(ctx, amount.error());
    inv.amountInclCents = amount->cents();
    inv.amountExclCents = amount->cents();
    if (p.isSet(QStringLiteral("amount-excl"))) {
        const Result<Money> excl = moneyOption(p, QStringLiteral("amount-excl"), inv.currency);
        if (!excl)
            return fail(ctx, excl.error());
        inv.amountExclCents = excl->cents();
    }
    inv.pdfPath = p.value(QStringLiteral("pdf"));
    const Result<qint64> id = InvoiceService(*ctx.db).add(inv);
    if (!id)
        return fail(ctx, id.error(),
                    {{QStringLiteral("issue_date"), QStringLiteral("issued")},
                     {QStringLiteral("due_date"), QStringLiteral("due")},
                     {QStringLiteral("service_date"), QStringLiteral("service-date")},
                     {QStringLiteral("amount_incl"), QStringLiteral("amount")},
                     {QStringLiteral("amount_excl"), QStringLiteral("amount-excl")}});
    ctx.out
        << Tr::tr("Invoice %1 added: %2 due %3.").arg(inv.number.trimmed(), amount->toString(), dates::iso(inv.dueDate))
        << Qt::endl;
    return Ok;
}

int paymentAddCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Tr::tr("Record a payment. Repeat --invoice to spread one payment over several invoices: "
               "NUMBER=AMOUNT gives each its share, otherwise they are settled in the order given."));
    p.addOptions(
        {valueOption("invoice",
                     QT_TRANSLATE_NOOP("Cli", "Invoice number, optionally NUMBER=AMOUNT (required, repeatable)."),
                     "NUMBER"),
         valueOption("date", QT_TRANSLATE_NOOP("Cli", "Date the money arrived (required)."), "DATE"),
         valueOption("amount", QT_TRANSLATE_NOOP("Cli", "Amount received (required)."), "AMOUNT"),
         valueOption("method", QT_TRANSLATE_NOOP("Cli", "transfer, cheque, card, direct-debit, cash or other."),
                     "METHOD"),
         valueOption("reference", QT_TRANSLATE_NOOP("Cli", "Bank reference or remittance text."), "TEXT"),
         valueOption("currency", QT_TRANSLATE_NOOP("Cli", "ISO currency code (default: the invoice's)."), "CODE")});
    if (auto exit = parseOrExit(ctx, p, QStringLiteral("payment add"), args))
        return *exit;

    const QStringList targets = p.values(QStringLiteral("invoice"));
    if (targets.isEmpty())
        return fail(ctx, Error(Tr::tr("this option is required"), QStringLiteral("invoice")));
    const InvoiceRepository invoices(*ctx.db);
    QList<Invoice> found;
    QList<std::optional<QString>> shares;
    for (const QString &target : targets) {
        const QString number = target.section(QLatin1Char('='), 0, 0);
        const auto invoice = invoices.findByNumber(number);
        if (!invoice)
            return fail(ctx,
                        Error(Tr::tr("invoice %1 does not exist").arg(number.trimmed()), QStringLiteral("invoice")));
        found << *invoice;
        shares << (target.contains(QLatin1Char('=')) ? std::optional<QString>(target.section(QLatin1Char('='), 1))
                                                     : std::nullopt);
    }

    Payment payment;
    payment.currency =
        p.isSet(QStringLiteral("currency")) ? p.value(QStringLiteral("currency")).toUpper() : found.first().currency;
    if (!p.isSet(QStringLiteral("date")))
        return fail(ctx, Error(Tr::tr("this option is required"), QStringLiteral("date")));
    const Result<QDate> date = dateOption(p, QStringLiteral("date"));
    if (!date)
        return fail(ctx, date.error());
    payment.date = *date;
    const Result<Money> amount = moneyOption(p, QStringLiteral("amount"), payment.currency);
    if (!amount)
        return fail(ctx, amount.error());
    payment.amountCents = amount->cents();
    payment.method = p.isSet(QStringLiteral("method")) ? p.value(QStringLiteral("method")) : QStringLiteral("transfer");
    payment.bankReference = p.value(QStringLiteral("reference"));

    // Invoices named without a share get what is left, in the order given, up to their balance.
    qint64 explicitCents = 0;
    QList<qint64> openBalances;
    for (qsizetype i = 0; i < found.size(); ++i) {
        if (shares.at(i)) {
            const Result<Money> share = Money::parse(*shares.at(i), payment.currency);
            if (!share)
                return fail(ctx, Error(share.error().message, QStringLiteral("invoice")));
            explicitCents += share->cents();
        } else {
            openBalances << (found.size() == 1 ? payment.amountCents : found.at(i).balance().cents());
        }
    }
    const QList<qint64> spread = allocateInOrder(payment.amountCents - explicitCents, openBalances);
    qsizetype next = 0;
    for (qsizetype i = 0; i < found.size(); ++i) {
        const qint64 cents = shares.at(i) ? Money::parse(*shares.at(i), payment.currency)->cents() : spread.at(next++);
        if (cents > 0 || shares.at(i))
            payment.allocations << Allocation{found.at(i).id, found.at(i).number, cents};
    }
    const Result<qint64> id = PaymentService(*ctx.db).record(payment);
    if (!id)
        return fail(ctx, id.error(), {{QStringLiteral("allocations"), QStringLiteral("invoice")}});
    QStringList settled;
    for (const Allocation &a : payment.allocations) {
        const auto after = invoices.findById(a.invoiceId);
        settled << Tr::tr("%1 (balance %2)").arg(a.invoiceNumber, after ? after->balance().toString() : QString());
    }
    ctx.out << Tr::tr("Payment of %1 recorded on %2: %3.")
                   .arg(amount->toString(), dates::iso(payment.date), settled.join(QStringLiteral(", ")))
            << Qt::endl;
    return Ok;
}

int clientCreditCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr("What credit notes left clients beyond what they owed. --use spends a client's "
                                       "credit on its open invoices, earliest due first; --refunded records that it "
                                       "was paid back."));
    p.addOptions({makeOption("client", Tr::tr("The client (default: every client with a credit)."), "NAME"),
                  makeOption("use", Tr::tr("Use the client's credit against its open invoices.")),
                  makeOption("refunded", Tr::tr("The client's credit was paid back on DATE."), "DATE"),
                  makeOption("currency", Tr::tr("The credit's currency (default EUR)."), "CODE")});
    if (auto exit = parseOrExit(ctx, p, QStringLiteral("client credit"), args))
        return *exit;
    const PaymentService payments(*ctx.db);
    qint64 clientId = 0;
    if (p.isSet(QStringLiteral("client"))) {
        const auto client = ClientRepository(*ctx.db).findByName(p.value(QStringLiteral("client")).trimmed());
        if (!client)
            return fail(ctx, Error(Tr::tr("no client is named \"%1\"").arg(p.value(QStringLiteral("client"))),
                                   QStringLiteral("client")));
        clientId = client->id;
    }
    const QString currency =
        p.isSet(QStringLiteral("currency")) ? p.value(QStringLiteral("currency")).toUpper() : QStringLiteral("EUR");
    if ((p.isSet(QStringLiteral("use")) || p.isSet(QStringLiteral("refunded"))) && clientId == 0)
        return fail(ctx, Error(Tr::tr("say which client"), QStringLiteral("client")));
    if (p.isSet(QStringLiteral("use"))) {
        const Result<Money> used = payments.useCredit(clientId, currency);
        if (!used)
            return fail(ctx, used.error());
        ctx.out << Tr::tr("%1 of credit used against open invoices.").arg(used->toString()) << Qt::endl;
    }
    if (p.isSet(QStringLiteral("refunded"))) {
        const Result<QDate> day = dateOption(p, QStringLiteral("refunded"));
        if (!day)
            return fail(ctx, day.error());
        if (Status s = payments.markCreditRefunded(clientId, currency, *day, ctx.today); !s)
            return fail(ctx, s.error(), {{QStringLiteral("date"), QStringLiteral("refunded")}});
        ctx.out << Tr::tr("The credit in %1 is recorded as paid back.").arg(currency) << Qt::endl;
    }
    const QList<ClientCredit> credits = payments.credits(clientId);
    for (const ClientCredit &c : credits)
        ctx.out << c.clientName << "  " << c.amount.toString() << Qt::endl;
    if (credits.isEmpty())
        ctx.out << Tr::tr("No client has a credit.") << Qt::endl;
    return Ok;
}

}  // namespace relance::cli
