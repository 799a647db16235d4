#include "commands.h"

#include "domain/dates.h"
#include "letters/letterrenderer.h"
#include "services/letterservice.h"
#include "services/lettertemplateservice.h"
#include "services/statementservice.h"
#include "storage/clientrepository.h"
#include "storage/database.h"
#include "storage/invoicerepository.h"
#include "storage/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace relance::cli {

namespace {

QCommandLineOption archiveOption()
{
    return makeOption("archive", Tr::tr("Folder of the letters' archive (default: beside the database)."), "DIR");
}

LetterService letterService(Context &ctx, const QCommandLineParser &p)
{
    const QString dir = p.isSet(QStringLiteral("archive")) ? p.value(QStringLiteral("archive"))
                                                           : LetterService::defaultArchiveDirectory(ctx.db->path());
    return LetterService(*ctx.db, dir);
}

Result<QByteArray> readFile(const QString &path, const QString &field)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Tr::tr("cannot read %1: %2").arg(path, file.errorString()), field);
    return file.readAll();
}

Result<LetterKind> kindOption(const QCommandLineParser &p)
{
    const QString key = p.value(QStringLiteral("kind"));
    const auto kind = letterKindFromKey(key);
    if (!kind) {
        QStringList keys;
        for (LetterKind k : allLetterKinds())
            keys << letterKindKey(k);
        return Error(Tr::tr("\"%1\" is not a kind of letter; kinds are %2").arg(key, keys.join(QStringLiteral(", "))),
                     QStringLiteral("kind"));
    }
    return *kind;
}

}  // namespace

int letterCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Tr::tr("Writes a letter about one or several invoices of one client as a PDF, archives it with its SHA-256 "
               "and records it on each invoice's history (--draft: only the PDF)."));
    const QCommandLineOption invoice = makeOption("invoice", Tr::tr("Invoice number (repeat for several)."), "NUMBER");
    const QCommandLineOption kind = makeOption(
        "kind", Tr::tr("courtesy, reminder1, reminder2, final, formal-notice, agreement, schedule or handover."),
        "KIND");
    const QCommandLineOption lang = makeOption("lang", Tr::tr("Language of the letter: fr or en."), "LANG");
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, Tr::tr("PDF file to write."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption tracking =
        makeOption("tracking", Tr::tr("Registered letter's number, printed on it."), "NUMBER");
    const QCommandLineOption terms = makeOption("terms", Tr::tr("The terms agreed (agreement letters)."), "TEXT");
    const QCommandLineOption instalment =
        makeOption("instalment", Tr::tr("An instalment DATE=AMOUNT (schedule letters; repeat)."), "DATE=AMOUNT");
    const QCommandLineOption draft = makeOption("draft", Tr::tr("Write the PDF only: no archive, no history."));
    const QCommandLineOption email =
        makeOption("email", Tr::tr("Also print the e-mail and text message for this step, and a mailto: link."));
    const QCommandLineOption insist = makeOption(
        "insist", Tr::tr("Write it although the book lacks its usual premise (a formal notice with no reminder "
                         "before it): it then states nothing the book does not record."));
    p.addOptions({invoice, kind, asOfOption(), lang, output, tracking, terms, instalment, draft, email, insist,
                  archiveOption()});
    if (auto exit = parseOrExit(ctx, p, QStringLiteral("letter"), args))
        return *exit;

    LetterRequest request;
    const Result<QDate> asOf = dateOption(p, QStringLiteral("as-of"), ctx.today);
    if (!asOf)
        return fail(ctx, asOf.error());
    request.date = *asOf;
    if (!p.isSet(kind))
        return fail(ctx, Error(Tr::tr("this option is required"), QStringLiteral("kind")));
    const Result<LetterKind> k = kindOption(p);
    if (!k)
        return fail(ctx, k.error());
    request.kind = *k;
    if (!p.isSet(output) && !p.isSet(email))
        return fail(ctx, Error(Tr::tr("say where to write the PDF"), QStringLiteral("output")));
    const Result<QList<qint64>> invoices = invoicesOption(ctx, p);
    if (!invoices)
        return fail(ctx, invoices.error());
    request.invoiceIds = *invoices;
    request.language = p.value(lang);
    request.trackingNumber = p.value(tracking);
    request.terms = p.value(terms);
    request.insist = p.isSet(insist);
    for (const QString &item : p.values(instalment)) {
        const Result<DatedAmount> typed = datedAmount(item, QStringLiteral("instalment"));
        if (!typed)
            return fail(ctx, typed.error());
        request.instalments << Instalment{typed->date, typed->amount};
    }

    const LetterService service = letterService(ctx, p);
    const QHash<QString, QString> fields{{QStringLiteral("instalments"), QStringLiteral("instalment")},
                                         {QStringLiteral("lang"), QStringLiteral("lang")}};
    if (p.isSet(output))
        if (Status s = checkOutput(ctx, p.value(output), QStringLiteral("output"), service.archiveDirectory()); !s)
            return fail(ctx, s.error());
    LetterDocument document;
    QByteArray bytes;
    QString archived;
    if (p.isSet(draft) || !p.isSet(output)) {
        const Result<LetterDocument> composed = service.compose(request);
        if (!composed)
            return fail(ctx, composed.error(), fields);
        document = *composed;
        const Result<QByteArray> pdf = LetterRenderer(service.layout()).pdf({document}, document.subject);
        if (!pdf)
            return fail(ctx, pdf.error());
        bytes = *pdf;
    } else {
        const Result<ProducedLetter> produced = service.produce(request);
        if (!produced)
            return fail(ctx, produced.error(), fields);
        document = produced->document;
        bytes = produced->pdf;
        archived = Tr::tr("archived as letter %1: %2 (SHA-256 %3)")
                       .arg(produced->archived.id)
                       .arg(produced->filePath, produced->archived.sha256);
    }
    if (p.isSet(output)) {
        if (Status s = writeOutput(ctx, p.value(output), bytes, QStringLiteral("output"), service.archiveDirectory());
            !s)
            return fail(ctx, s.error());
        ctx.out << Tr::tr("Wrote %1: %2, %3 claimed")
                       .arg(p.value(output), letterKindLabel(request.kind), document.totalDue.toString());
        if (document.deadline.isValid())
            ctx.out << Tr::tr(", to pay by %1").arg(QLocale().toString(document.deadline, QLocale::ShortFormat));
        ctx.out << Qt::endl;
        if (!archived.isEmpty())
            ctx.out << archived << Qt::endl;
    }
    if (p.isSet(email)) {
        ctx.out << Tr::tr("E-mail subject: %1").arg(document.emailSubject) << Qt::endl
                << Qt::endl
                << document.emailBody << Qt::endl
                << Qt::endl
                << Tr::tr("Text message: %1").arg(document.textMessage) << Qt::endl
                << document.mailto().toString(QUrl::FullyEncoded) << Qt::endl;
    }
    return Ok;
}

int statementCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Tr::tr("Writes a client's statement of account as a PDF: its open invoices with how late each is, the "
               "totals and their overdue part, the payments of the past year, and how to pay. Records nothing."));
    const QCommandLineOption client = makeOption("client", Tr::tr("The client's name."), "NAME");
    const QCommandLineOption lang = makeOption("lang", Tr::tr("Language of the statement: fr or en."), "LANG");
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, Tr::tr("PDF file to write."),
                                    QStringLiteral("FILE"));
    p.addOptions({client, asOfOption(), lang, output});
    if (auto exit = parseOrExit(ctx, p, QStringLiteral("statement"), args))
        return *exit;
    const Result<QDate> asOf = dateOption(p, QStringLiteral("as-of"), ctx.today);
    if (!asOf)
        return fail(ctx, asOf.error());
    if (!p.isSet(client))
        return fail(ctx, Error(Tr::tr("this option is required"), QStringLiteral("client")));
    if (!p.isSet(output))
        return fail(ctx, Error(Tr::tr("say where to write the PDF"), QStringLiteral("output")));
    const auto found = ClientRepository(*ctx.db).findByName(p.value(client));
    if (!found)
        return fail(ctx, Error(Tr::tr("no client is named \"%1\"").arg(p.value(client)), QStringLiteral("client")));
    if (Status s = checkOutput(ctx, p.value(output), QStringLiteral("output"), {}); !s)
        return fail(ctx, s.error());
    const StatementService service(*ctx.db);
    const Result<LetterDocument> statement = service.compose(found->id, *asOf, p.value(lang));
    if (!statement)
        return fail(ctx, statement.error(), {{QStringLiteral("lang"), QStringLiteral("lang")}});
    const Result<QByteArray> pdf = service.pdf(*statement);
    if (!pdf)
        return fail(ctx, pdf.error());
    if (Status s = writeOutput(ctx, p.value(output), *pdf, QStringLiteral("output"), {}); !s)
        return fail(ctx, s.error());
    ctx.out << Tr::tr("Wrote %1: statement of account of %2, %n open invoice(s)", nullptr,
                      int(statement->invoiceIds.size()))
                   .arg(p.value(output), found->name);
    if (statement->totalDue.cents() > 0)
        ctx.out << Tr::tr(", %1 to pay").arg(statement->totalDue.toString());
    ctx.out << Qt::endl;
    return Ok;
}

int lettersCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr("Writes every letter due on a day (one per client and kind), each archived and "
                                       "recorded, into a folder, with one combined PDF to print."));
    const QCommandLineOption dueOpt = makeOption("due", Tr::tr("The letters the agenda says are due."));
    const QCommandLineOption out = makeOption("out", Tr::tr("Folder to write the PDFs into."), "DIR");
    p.addOptions({dueOpt, asOfOption(), out, archiveOption()});
    if (auto exit = parseOrExit(ctx, p, QStringLiteral("letters"), args))
        return *exit;
    if (!p.isSet(dueOpt))
        return fail(ctx, Error(Tr::tr("this option is required"), QStringLiteral("due")));
    if (!p.isSet(out))
        return fail(ctx, Error(Tr::tr("this option is required"), QStringLiteral("out")));
    const Result<QDate> asOf = dateOption(p, QStringLiteral("as-of"), ctx.today);
    if (!asOf)
        return fail(ctx, asOf.error());
    const QDir dir(p.value(out));
    const LetterService service = letterService(ctx, p);
    if (Status s = checkOutput(ctx, dir.filePath(QStringLiteral("letters.pdf")), QStringLiteral("out"),
                               service.archiveDirectory());
        !s)
        return fail(ctx, s.error());
    if (!files::makePrivateDirectory(dir.path()))
        return fail(ctx, Error(Tr::tr("cannot create the folder %1").arg(dir.path()), QStringLiteral("out")));

    QList<LetterDocument> all;
    int failed = 0;
    for (const LetterRequest &request : service.due(*asOf)) {
        const Result<ProducedLetter> produced = service.produce(request);
        if (!produced) {
            ++failed;
            fail(ctx, produced.error());
            continue;
        }
        const QString name = QFileInfo(produced->filePath).fileName();
        if (Status s = writeOutput(ctx, dir.filePath(name), produced->pdf, QStringLiteral("out"),
                                   service.archiveDirectory());
            !s) {
            ++failed;
            fail(ctx, s.error());
            continue;
        }
        all << produced->document;
        ctx.out << Tr::tr("%1: %2, %3")
                       .arg(name,
                            produced->archived.clientName.isEmpty() ? letterKindLabel(request.kind)
                                                                    : produced->archived.clientName,
                            produced->archived.totalDue.toString())
                << Qt::endl;
    }
    if (!all.isEmpty()) {
        const QString combined = dir.filePath(QStringLiteral("letters-%1.pdf").arg(dates::iso(*asOf)));
        const Result<QByteArray> pdf = LetterRenderer(service.layout()).pdf(all, combined);
        if (!pdf || !writeOutput(ctx, combined, *pdf, QStringLiteral("out"), service.archiveDirectory()))
            return fail(ctx, Error(Tr::tr("cannot write %1").arg(combined), QStringLiteral("out")));
        ctx.out << Tr::tr("Combined, to print: %1").arg(combined) << Qt::endl;
    }
    ctx.out << Tr::tr("%n letter(s) written", nullptr, int(all.size())) << Qt::endl;
    return failed > 0 ? Failed : Ok;
}

int lettersListCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr("The archive of the letters produced, newest first."));
    const QCommandLineOption invoice = makeOption("invoice", Tr::tr("Only this invoice's letters."), "NUMBER");
    p.addOptions({invoice, jsonOption(), archiveOption()});
    if (auto exit = parseOrExit(ctx, p, QStringLiteral("letters list"), args))
        return *exit;
    QList<ArchivedLetter> letters;
    if (p.isSet(invoice)) {
        const Result<Invoice> found = invoiceOption(ctx, p);
        if (!found)
            return fail(ctx, found.error());
        letters = LetterRepository(*ctx.db).forInvoice(found->id);
    } else {
        letters = LetterRepository(*ctx.db).all();
    }
    const LetterService service = letterService(ctx, p);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray items;
        for (const ArchivedLetter &l : letters)
            items.append(QJsonObject{{QStringLiteral("id"), l.id},
                                     {QStringLiteral("kind"), letterKindKey(l.kind)},
                                     {QStringLiteral("date"), dates::iso(l.date)},
                                     {QStringLiteral("client"), l.clientName},
                                     {QStringLiteral("channel"), channelKey(l.channel)},
                                     {QStringLiteral("total_due"), l.totalDue.toDecimalString()},
                                     {QStringLiteral("currency"), l.totalDue.currency()},
                                     {QStringLiteral("deadline"), dates::iso(l.deadline)},
                                     {QStringLiteral("tracking_number"), l.trackingNumber},
                                     {QStringLiteral("receipt"), receiptStatusKey(l.receipt)},
                                     {QStringLiteral("receipt_date"), dates::iso(l.receiptDate)},
                                     {QStringLiteral("file"), service.pathOf(l)},
                                     {QStringLiteral("sha256"), l.sha256}});
        ctx.out << QJsonDocument(items).toJson(QJsonDocument::Indented);
        return Ok;
    }
    const QLocale locale;
    for (const ArchivedLetter &l : letters)
        ctx.out << QStringLiteral("%1  %2  %3  %4  %5  %6")
                       .arg(l.id, 4)
                       .arg(locale.toString(l.date, QLocale::ShortFormat), letterKindLabel(l.kind), l.clientName,
                            l.totalDue.toString(), service.pathOf(l))
                << Qt::endl;
    if (letters.isEmpty())
        ctx.out << Tr::tr("No letter yet.") << Qt::endl;
    return Ok;
}

int lettersVerifyCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr("Checks the archive: every letter's file against the SHA-256 recorded when it "
                                       "was sent, and every file of the archive against the book. Exits 1 on any "
                                       "difference."));
    p.addOptions({archiveOption()});
    if (auto exit = parseOrExit(ctx, p, QStringLiteral("letters verify"), args))
        return *exit;
    const LetterService service = letterService(ctx, p);
    const QList<ArchiveProblem> problems = service.verify();
    for (const ArchiveProblem &problem : problems)
        ctx.err << "relance-cli: " << problem.describe() << Qt::endl;
    const int letters = LetterRepository(*ctx.db).count();
    if (!problems.isEmpty()) {
        ctx.out << Tr::tr("%n problem(s) in the archive of %1", nullptr, int(problems.size())).arg(service.archiveDirectory())
                << Qt::endl;
        return Failed;
    }
    ctx.out << Tr::tr("%n letter(s) checked: each file is the one that was sent.", nullptr, letters) << Qt::endl;
    return Ok;
}

int letterReceiptCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr("A registered letter's fate: its number, its receipt (or first presentation "
                                       "when not collected) and the scan of the receipt card. The deadline it gave "
                                       "is recomputed from that date."));
    const QCommandLineOption letter = makeOption("letter", Tr::tr("The letter's number in the archive."), "ID");
    const QCommandLineOption tracking = makeOption("tracking", Tr::tr("Registered letter's number."), "NUMBER");
    const QCommandLineOption date = makeOption("date", Tr::tr("Day of receipt or first presentation."), "DATE");
    const QCommandLineOption notCollected = makeOption("not-collected", Tr::tr("The letter was never collected."));
    const QCommandLineOption scan = makeOption("scan", Tr::tr("Scan of the receipt card to keep."), "FILE");
    p.addOptions({letter, tracking, date, notCollected, scan, archiveOption()});
    if (auto exit = parseOrExit(ctx, p, QStringLiteral("letter receipt"), args))
        return *exit;
    bool ok = false;
    const qint64 id = p.value(letter).toLongLong(&ok);
    if (!ok)
        return fail(ctx, Error(Tr::tr("\"%1\" is not a letter number").arg(p.value(letter)), QStringLiteral("letter")));
    const LetterService service = letterService(ctx, p);
    if (p.isSet(tracking))
        if (Status s = service.setTrackingNumber(id, p.value(tracking)); !s)
            return fail(ctx, s.error());
    if (p.isSet(date)) {
        const Result<QDate> day = dateOption(p, QStringLiteral("date"));
        if (!day)
            return fail(ctx, day.error());
        if (Status s =
                service.recordReceipt(id, p.isSet(notCollected) ? ReceiptStatus::NotCollected : ReceiptStatus::Received,
                                      *day, p.value(scan), ctx.today);
            !s)
            return fail(ctx, s.error(), {{QStringLiteral("receipt_date"), QStringLiteral("date")}});
    }
    const auto stored = LetterRepository(*ctx.db).find(id);
    if (!stored)
        return fail(ctx, Error(Tr::tr("letter %1 does not exist").arg(id), QStringLiteral("letter")));
    ctx.out
        << Tr::tr("Letter %1: %2, receipt %3").arg(id).arg(stored->trackingNumber, receiptStatusLabel(stored->receipt));
    if (stored->deadline.isValid())
        ctx.out << Tr::tr(", to pay by %1").arg(QLocale().toString(stored->deadline, QLocale::ShortFormat));
    ctx.out << Qt::endl;
    return Ok;
}

int templateCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr("Shows a letter's template, or replaces it with a file's text (checked first: "
                                       "an unknown placeholder is refused with its line)."));
    const QCommandLineOption kind = makeOption("kind", Tr::tr("Kind of letter."), "KIND");
    const QCommandLineOption lang = makeOption("lang", Tr::tr("Language: fr or en."), "LANG");
    const QCommandLineOption profile =
        makeOption("profile", Tr::tr("Only for one jurisdiction (fr-b2b, fr-b2c, be-b2b, be-b2c)."), "KEY");
    const QCommandLineOption set = makeOption("set", Tr::tr("Use this file's text as the template."), "FILE");
    const QCommandLineOption reset = makeOption("reset", Tr::tr("Go back to the shipped template."));
    p.addOptions({kind, lang, profile, set, reset});
    if (auto exit = parseOrExit(ctx, p, QStringLiteral("template"), args))
        return *exit;
    const Result<LetterKind> k = kindOption(p);
    if (!k)
        return fail(ctx, k.error());
    const QString language = p.isSet(lang) ? p.value(lang) : QStringLiteral("fr");
    const LetterTemplateService templates(*ctx.db);
    if (p.isSet(set)) {
        const Result<QByteArray> text = readFile(p.value(set), QStringLiteral("set"));
        if (!text)
            return fail(ctx, text.error());
        if (Status s = templates.save(*k, language, p.value(profile), QString::fromUtf8(*text), ctx.today); !s)
            return fail(ctx, s.error());
        ctx.out << Tr::tr("Template saved.") << Qt::endl;
        return Ok;
    }
    if (p.isSet(reset)) {
        if (Status s = templates.reset(*k, language, p.value(profile)); !s)
            return fail(ctx, s.error());
        ctx.out << Tr::tr("Template restored.") << Qt::endl;
        return Ok;
    }
    ctx.out << templates.text(*k, language, p.value(profile));
    return Ok;
}

}  // namespace relance::cli
