#include "lettertemplate.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LetterTemplate)
};

const QString kLetter = QStringLiteral("letter");

// A line that only holds a directive: {if flag}, {if not flag}, {else}, {end}.
struct Directive
{
    enum class Kind { None, If, Else, End } kind = Kind::None;
    QString flag;
    bool negated = false;
};

Directive directiveOf(const QString &line)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*\{(if\s+(not\s+)?([a-z0-9_.]+)|else|end)\}\s*$)"));
    const auto m = re.match(line);
    if (!m.hasMatch())
        return {};
    if (m.captured(1) == QLatin1String("else"))
        return {Directive::Kind::Else, {}, false};
    if (m.captured(1) == QLatin1String("end"))
        return {Directive::Kind::End, {}, false};
    return {Directive::Kind::If, m.captured(3), !m.captured(2).isEmpty()};
}

// A block placeholder alone on its line: {invoice_table}...
QString blockOf(const QString &line)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*\{([a-z0-9_.]+)\}\s*$)"));
    const auto m = re.match(line);
    if (!m.hasMatch())
        return {};
    for (const PlaceholderInfo &p : letterPlaceholders())
        if (p.block && p.name == m.captured(1))
            return p.name;
    return {};
}

bool isComment(const QString &line) { return line == QLatin1String("#") || line.startsWith(QLatin1String("# ")); }

// The lines kept once the conditions are applied (comments dropped).
QStringList keptLines(const QString &section, const TemplateValues &values)
{
    QStringList kept;
    QList<bool> stack;  // whether each open {if} branch is kept
    auto keeping = [&] { return std::all_of(stack.cbegin(), stack.cend(), [](bool b) { return b; }); };
    for (const QString &line : section.split(QLatin1Char('\n'))) {
        if (isComment(line))
            continue;
        const Directive d = directiveOf(line);
        switch (d.kind) {
        case Directive::Kind::If: stack.append(values.flags.contains(d.flag) != d.negated); break;
        case Directive::Kind::Else:
            if (!stack.isEmpty())
                stack.last() = !stack.last();
            break;
        case Directive::Kind::End:
            if (!stack.isEmpty())
                stack.removeLast();
            break;
        case Directive::Kind::None:
            if (keeping())
                kept << line;
        }
    }
    return kept;
}


// Substitutes placeholders in one paragraph; ** toggles bold in the template's own text only.
QList<TextRun> runsOf(const QString &text, const TemplateValues &values, bool french)
{
    QList<TextRun> runs;
    bool bold = false;
    QString literal;
    auto append = [&](const QString &piece) {
        if (piece.isEmpty())
            return;
        if (!runs.isEmpty() && runs.last().bold == bold)
            runs.last().text += piece;
        else
            runs.append({piece, bold});
    };
    auto flushLiteral = [&] {
        append(french ? frenchSpaces(literal) : literal);
        literal.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('{') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('{')) {
            literal += c;
            ++i;
        } else if (c == QLatin1Char('}') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('}')) {
            literal += c;
            ++i;
        } else if (c == QLatin1Char('*') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('*')) {
            flushLiteral();
            bold = !bold;
            ++i;
        } else if (c == QLatin1Char('{')) {
            const qsizetype close = text.indexOf(QLatin1Char('}'), i);
            if (close < 0) {
                literal += text.mid(i);
                break;
            }
            flushLiteral();
            append(values.text.value(text.mid(i + 1, close - i - 1).trimmed()));
            i = close;
        } else {
            literal += c;
        }
    }
    flushLiteral();
    return runs;
}

}  // namespace

QString frenchSpaces(QString text)
{
    static const QRegularExpression beforeHigh(QStringLiteral(" ([:»])"));
    static const QRegularExpression beforeLow(QStringLiteral(" ([;!?])"));
    static const QRegularExpression afterQuote(QStringLiteral("« "));
    static const QRegularExpression numero(QStringLiteral("n° "));
    text.replace(beforeHigh, QStringLiteral("\u00a0\\1"));
    text.replace(beforeLow, QStringLiteral("\u202f\\1"));
    text.replace(afterQuote, QStringLiteral("«\u00a0"));
    text.replace(numero, QStringLiteral("n°\u00a0"));
    return text;
}

QString LetterBlock::plainText() const
{
    QString s;
    for (const TextRun &r : runs)
        s += r.text;
    return s;
}

QStringList LetterTemplate::sectionNames()
{
    return {QStringLiteral("title"),      QStringLiteral("subject"),       QStringLiteral("letter"),
            QStringLiteral("enclosures"), QStringLiteral("email.subject"), QStringLiteral("email"),
            QStringLiteral("sms")};
}

Result<LetterTemplate> LetterTemplate::parse(const QString &text, const QString &origin)
{
    static const QRegularExpression header(QStringLiteral(R"(^\[([a-z.]+)\]\s*$)"));
    LetterTemplate t;
    t.m_text = text;
    QString current;
    QStringList lines;
    const QStringList all = QString(text).remove(QLatin1Char('\r')).split(QLatin1Char('\n'));
    auto close = [&] {
        if (!current.isEmpty()) {
            while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
                lines.removeLast();
            t.m_sections.insert(current, lines.join(QLatin1Char('\n')));
        }
        lines.clear();
    };
    for (qsizetype n = 0; n < all.size(); ++n) {
        const QString &line = all.at(n);
        const auto m = header.match(line);
        if (m.hasMatch()) {
            close();
            current = m.captured(1);
            if (!sectionNames().contains(current))
                return Error(Tr::tr("unknown section [%1]; sections are %2")
                                 .arg(current, sectionNames().join(QStringLiteral(", "))),
                             QStringLiteral("section"))
                    .at(origin, int(n + 1));
            if (t.m_sections.contains(current))
                return Error(Tr::tr("section [%1] appears twice").arg(current), QStringLiteral("section"))
                    .at(origin, int(n + 1));
            t.m_firstLine.insert(current, int(n + 2));
        } else if (current.isEmpty()) {
            if (!line.trimmed().isEmpty() && !isComment(line))
                return Error(Tr::tr("text before the first section; start with a line such as [letter]"),
                             QStringLiteral("section"))
                    .at(origin, int(n + 1));
        } else {
            lines << line;
        }
    }
    close();
    if (t.m_sections.value(kLetter).trimmed().isEmpty() && t.m_sections.value(QStringLiteral("email")).isEmpty())
        return Error(Tr::tr("the template has neither a [letter] nor an [email] section"), QStringLiteral("section"))
            .at(origin, 1);
    return t;
}

const QList<PlaceholderInfo> &letterPlaceholders()
{
    static const QList<PlaceholderInfo> all{
        {QStringLiteral("today"), Tr::tr("the letter's date, written out"), false},
        {QStringLiteral("place"), Tr::tr("where the letter is written (your city)"), false},
        {QStringLiteral("issuer.name"), Tr::tr("your company's name"), false},
        {QStringLiteral("issuer.legal_form"), Tr::tr("your legal form"), false},
        {QStringLiteral("issuer.siret"), Tr::tr("your company number (SIRET, BCE)"), false},
        {QStringLiteral("issuer.vat"), Tr::tr("your VAT number"), false},
        {QStringLiteral("issuer.address"), Tr::tr("your postal address on one line"), false},
        {QStringLiteral("issuer.email"), Tr::tr("your e-mail address"), false},
        {QStringLiteral("issuer.phone"), Tr::tr("your phone number"), false},
        {QStringLiteral("issuer.iban"), Tr::tr("your IBAN"), false},
        {QStringLiteral("issuer.bic"), Tr::tr("your BIC"), false},
        {QStringLiteral("signatory.name"), Tr::tr("who signs"), false},
        {QStringLiteral("signatory.title"), Tr::tr("the signatory's capacity"), false},
        {QStringLiteral("client.name"), Tr::tr("the client's name"), false},
        {QStringLiteral("client.contact"), Tr::tr("the client's contact person"), false},
        {QStringLiteral("client.address"), Tr::tr("the client's postal address on one line"), false},
        {QStringLiteral("client.siret"), Tr::tr("the client's company number (SIREN/SIRET, BCE)"), false},
        {QStringLiteral("salutation"), Tr::tr("\"Madame, Monsieur\" or \"Dear Sir or Madam\", or the contact's name"),
         false},
        {QStringLiteral("invoice.number"), Tr::tr("the (first) invoice's number"), false},
        {QStringLiteral("invoice.numbers"), Tr::tr("every invoice's number, as a list"), false},
        {QStringLiteral("invoice.label"), Tr::tr("\"invoice F-1\" or \"invoices F-1 and F-2\""), false},
        {QStringLiteral("invoice.count"), Tr::tr("how many invoices the letter covers"), false},
        {QStringLiteral("invoice.date"), Tr::tr("the (first) invoice's date"), false},
        {QStringLiteral("invoice.due_date"), Tr::tr("the (first) invoice's due date"), false},
        {QStringLiteral("invoice.amount"), Tr::tr("the (first) invoice's amount including VAT"), false},
        {QStringLiteral("invoice.days_late"), Tr::tr("days past the (first) invoice's due date"), false},
        {QStringLiteral("balance"), Tr::tr("what remains unpaid on the invoices"), false},
        {QStringLiteral("paid"), Tr::tr("what was already paid on them"), false},
        {QStringLiteral("interest"), Tr::tr("late-payment interest to date"), false},
        {QStringLiteral("indemnity"), Tr::tr("the fixed recovery indemnities, all invoices"), false},
        {QStringLiteral("indemnity.each"), Tr::tr("the fixed recovery indemnity per invoice"), false},
        {QStringLiteral("total_due"), Tr::tr("balance + interest + indemnities"), false},
        {QStringLiteral("rate"), Tr::tr("the late-payment interest rate in force"), false},
        {QStringLiteral("rate.basis"), Tr::tr("how that rate is set"), false},
        {QStringLiteral("legal.interest"), Tr::tr("the legal basis of the interest"), false},
        {QStringLiteral("legal.indemnity"), Tr::tr("the legal basis of the indemnity"), false},
        {QStringLiteral("legal.bases"), Tr::tr("both legal bases, the law named once (\"art. 5 et 6\")"), false},
        {QStringLiteral("deadline"), Tr::tr("the date by which to pay"), false},
        {QStringLiteral("deadline.days"), Tr::tr("the number of days given to pay"), false},
        {QStringLiteral("payment.reference"), Tr::tr("the reference to quote with the payment"), false},
        {QStringLiteral("tracking_number"), Tr::tr("the registered letter's number"), false},
        {QStringLiteral("earlier_reminders"), Tr::tr("the dates and means of the earlier reminders"), false},
        {QStringLiteral("agreement.terms"), Tr::tr("the terms agreed with the client, as you typed them"), false},
        {QStringLiteral("client.identity"), Tr::tr("the client's name, legal form and company number"), false},
        {QStringLiteral("salutation.closing"), Tr::tr("the salutation as the closing formula repeats it"), false},
        {QStringLiteral("closing"), Tr::tr("\"Yours faithfully\" or, after a named salutation, \"Yours sincerely\""),
         false},
        {QStringLiteral("invoice.object"), Tr::tr("what the invoices are for"), false},
        {QStringLiteral("invoice.lateness"), Tr::tr("days past the (first) invoice's due date, with the word"), false},
        {QStringLiteral("deadline.period"), Tr::tr("the days given to pay, with the word (\"8 jours\")"), false},
        {QStringLiteral("receipt.estimated"), Tr::tr("the estimated day a registered letter is received"), false},
        {QStringLiteral("rate.rule"), Tr::tr("the rule that sets the rate, in words"), false},
        {QStringLiteral("interest.from"), Tr::tr("the first day interest runs"), false},
        {QStringLiteral("damages"), Tr::tr("the capped compensation a Belgian consumer may owe"), false},
        {QStringLiteral("contested"), Tr::tr("the disputed amount, set apart"), false},
        {QStringLiteral("disputes"), Tr::tr("each disputed invoice, with the amount and the reason"), false},
        {QStringLiteral("calls"), Tr::tr("the dates of the telephone calls that reached the client"), false},
        {QStringLiteral("formal_notice"), Tr::tr("the formal notice sent: date, number, receipt"), false},
        {QStringLiteral("formal_notice.deadline"), Tr::tr("the deadline the formal notice gave"), false},
        {QStringLiteral("plan.agreed_on"), Tr::tr("when the broken payment plan was agreed"), false},
        {QStringLiteral("plan.broken_on"), Tr::tr("when it was recorded as broken"), false},
        {QStringLiteral("procedure"), Tr::tr("the court procedure open in the debtor's country"), false},
        {QStringLiteral("collector"), Tr::tr("who recovers the claim in the debtor's country"), false},
        {QStringLiteral("court_costs"), Tr::tr("the court costs a judge may order, in the debtor's country"), false},
        {QStringLiteral("vat.incl"), Tr::tr("\"including VAT\" as the reader's country writes it (TTC, TVAC)"), false},
        {QStringLiteral("invoice_table"),
         Tr::tr("table of the invoices: number, date, amount, due date, paid, balance"), true},
        {QStringLiteral("interest_table"),
         Tr::tr("table of the interest by period, with rate and basis, and the totals"), true},
        {QStringLiteral("payment_details"), Tr::tr("how to pay: IBAN, BIC, reference"), true},
        {QStringLiteral("schedule_table"), Tr::tr("table of the instalments: date and amount"), true},
        {QStringLiteral("debtor_signature"),
         Tr::tr("the box the debtor signs to agree and acknowledge the debt, after your signature"), true},
    };
    return all;
}

const QList<PlaceholderInfo> &letterConditions()
{
    static const QList<PlaceholderInfo> all{
        {QStringLiteral("b2b"), Tr::tr("the client is a business"), false},
        {QStringLiteral("consumer"), Tr::tr("the client is a consumer"), false},
        {QStringLiteral("france"), Tr::tr("French law applies"), false},
        {QStringLiteral("belgium"), Tr::tr("Belgian law applies"), false},
        {QStringLiteral("several"), Tr::tr("the letter covers more than one invoice"), false},
        {QStringLiteral("interest"), Tr::tr("interest to date is known and above zero"), false},
        {QStringLiteral("indemnity"), Tr::tr("a recovery indemnity is owed"), false},
        {QStringLiteral("paid"), Tr::tr("something was already paid"), false},
        {QStringLiteral("iban"), Tr::tr("your IBAN is filled in"), false},
        {QStringLiteral("signatory"), Tr::tr("a signatory is named in Your company"), false},
        {QStringLiteral("deadline"), Tr::tr("the letter gives a deadline"), false},
        {QStringLiteral("tracking"), Tr::tr("the registered letter's number is known"), false},
        {QStringLiteral("earlier_reminders"), Tr::tr("earlier reminders were sent"), false},
        {QStringLiteral("due"), Tr::tr("the due date has passed"), false},
        {QStringLiteral("penalties"), Tr::tr("interest or an indemnity is claimed"), false},
        {QStringLiteral("interest_pending"), Tr::tr("a rate is not published yet: interest is claimed by its rule"),
         false},
        {QStringLiteral("receipt_estimated"), Tr::tr("the deadline runs from an estimated receipt"), false},
        {QStringLiteral("calls"), Tr::tr("telephone calls reached the client"), false},
        {QStringLiteral("formal_notice"), Tr::tr("a formal notice was sent"), false},
        {QStringLiteral("formal_notice_received"), Tr::tr("the formal notice was received"), false},
        {QStringLiteral("formal_notice_returned"), Tr::tr("the formal notice was returned not collected"), false},
        {QStringLiteral("formal_notice_deadline"), Tr::tr("the formal notice's deadline is known"), false},
        {QStringLiteral("broken_plan"), Tr::tr("a payment plan was broken"), false},
        {QStringLiteral("disputed"), Tr::tr("part of the amount is disputed"), false},
        {QStringLiteral("object"), Tr::tr("what the invoices are for is known"), false},
        {QStringLiteral("free_reminder"), Tr::tr("the free first reminder a Belgian consumer is owed"), false},
        {QStringLiteral("penalty_clause"), Tr::tr("the contract provides for penalties"), false},
        {QStringLiteral("damages"), Tr::tr("a capped compensation would be owed"), false},
        {QStringLiteral("cross_border"), Tr::tr("you and the client are in different countries"), false},
        {QStringLiteral("contact"), Tr::tr("the client's contact person is named"), false},
        {QStringLiteral("breakdown"), Tr::tr("the letter shows how the sum it claims is made"), false},
        {QStringLiteral("insisted"), Tr::tr("the letter was written although its usual premise is missing"), false},
    };
    return all;
}

QList<Error> checkTemplate(const LetterTemplate &t)
{
    QSet<QString> names;
    QSet<QString> blocks;
    for (const PlaceholderInfo &p : letterPlaceholders())
        (p.block ? blocks : names).insert(p.name);
    QSet<QString> flags;
    for (const PlaceholderInfo &c : letterConditions())
        flags.insert(c.name);

    static const QRegularExpression placeholder(QStringLiteral(R"(\{([^{}]*)\})"));
    QList<Error> errors;
    for (const QString &section : LetterTemplate::sectionNames()) {
        const QString text = t.section(section);
        if (text.isEmpty())
            continue;
        const QStringList lines = text.split(QLatin1Char('\n'));
        int depth = 0;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const int lineNo = t.firstLine(section) + int(i);
            auto fail = [&](const QString &message, const QString &field) {
                errors << Error(message, field).at(QStringLiteral("[%1]").arg(section), lineNo);
            };
            const QString &line = lines.at(i);
            if (isComment(line))
                continue;
            const Directive d = directiveOf(line);
            if (d.kind == Directive::Kind::If) {
                ++depth;
                if (!flags.contains(d.flag))
                    fail(Tr::tr("unknown condition {if %1}").arg(d.flag), d.flag);
                continue;
            }
            if (d.kind != Directive::Kind::None) {
                if (depth == 0)
                    fail(Tr::tr("{%1} without a matching {if}")
                             .arg(d.kind == Directive::Kind::Else ? QStringLiteral("else") : QStringLiteral("end")),
                         QStringLiteral("end"));
                if (d.kind == Directive::Kind::End && depth > 0)
                    --depth;
                continue;
            }
            const QString block = blockOf(line);
            if (!block.isEmpty()) {
                if (section != kLetter)
                    fail(Tr::tr("{%1} can only be used in the [letter] section").arg(block), block);
                continue;
            }
            // Literal braces are doubled; drop them before looking for placeholders.
            QString scan = line;
            scan.replace(QStringLiteral("{{"), QStringLiteral("  "))
                .replace(QStringLiteral("}}"), QStringLiteral("  "));
            for (auto it = placeholder.globalMatch(scan); it.hasNext();) {
                const QString name = it.next().captured(1).trimmed();
                if (blocks.contains(name))
                    fail(Tr::tr("{%1} must stand alone on its line").arg(name), name);
                else if (!names.contains(name))
                    fail(Tr::tr("unknown placeholder {%1}").arg(name), name);
            }
            if (scan.count(QLatin1Char('{')) != scan.count(QLatin1Char('}')))
                fail(Tr::tr("unmatched brace; write {{ or }} for a literal one"), QStringLiteral("brace"));
        }
        if (depth > 0)
            errors << Error(Tr::tr("{if} without a matching {end}"), QStringLiteral("end"))
                          .at(QStringLiteral("[%1]").arg(section), t.firstLine(section) + int(lines.size()) - 1);
    }
    return errors;
}

QList<LetterBlock> expandBlocks(const QString &section, const TemplateValues &values, bool french)
{
    QList<LetterBlock> blocks;
    QStringList paragraph;
    auto flush = [&] {
        if (!paragraph.isEmpty())
            blocks.append({LetterBlock::Kind::Paragraph, runsOf(paragraph.join(QLatin1Char('\n')), values, french)});
        paragraph.clear();
    };
    for (const QString &line : keptLines(section, values)) {
        const QString block = blockOf(line);
        if (line.trimmed().isEmpty()) {
            flush();
        } else if (!block.isEmpty()) {
            flush();
            static const QHash<QString, LetterBlock::Kind> kinds{
                {QStringLiteral("invoice_table"), LetterBlock::Kind::InvoiceTable},
                {QStringLiteral("interest_table"), LetterBlock::Kind::InterestTable},
                {QStringLiteral("payment_details"), LetterBlock::Kind::PaymentDetails},
                {QStringLiteral("schedule_table"), LetterBlock::Kind::ScheduleTable},
                {QStringLiteral("debtor_signature"), LetterBlock::Kind::DebtorSignature},
            };
            blocks.append({kinds.value(block), {}});
        } else if (line.startsWith(QLatin1String("- "))) {
            flush();
            blocks.append({LetterBlock::Kind::Bullet, runsOf(line.mid(2), values, french)});
        } else {
            paragraph << line.trimmed();
        }
    }
    flush();
    return blocks;
}

QString expandPlain(const QString &section, const TemplateValues &values, bool french)
{
    QStringList out;
    LetterBlock::Kind previous = LetterBlock::Kind::Paragraph;
    for (const LetterBlock &b : expandBlocks(section, values, french)) {
        if (b.kind == LetterBlock::Kind::Bullet) {
            const QString item = QStringLiteral("- ") + b.plainText();
            if (previous == LetterBlock::Kind::Bullet && !out.isEmpty())
                out.last() += QLatin1Char('\n') + item;
            else
                out << item;
        } else if (b.kind == LetterBlock::Kind::Paragraph) {
            out << b.plainText();
        }
        previous = b.kind;
    }
    return out.join(QStringLiteral("\n\n"));
}

}  // namespace relance
