#include "letterservice.h"

#include "letterfacts.h"
#include "letterframe.h"

#include "collectionservice.h"
#include "collectionsettingsservice.h"
#include "issuerservice.h"
#include "lettertemplateservice.h"

#include "domain/bankaccount.h"
#include "domain/dates.h"
#include "domain/identifiers.h"
#include "letters/epcqrcode.h"
#include "letters/letterrenderer.h"
#include "letters/letterstrings.h"
#include "storage/actionrepository.h"
#include "storage/agreementrepository.h"
#include "storage/clientrepository.h"
#include "storage/database.h"
#include "storage/privatefiles.h"
#include "storage/settingsrepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LetterService)
};

bool includesPenalties(LetterKind k)
{
    return k == LetterKind::Reminder2 || k == LetterKind::Final || k == LetterKind::FormalNotice ||
           k == LetterKind::Handover;
}


// One note per distinct rate under the interest table, naming every half-year it covers.
struct RateNote
{
    int rateBasisPoints = 0;
    bool contractual = false;
    int setAside = -1;  // a contractual rate under the L441-10 floor, not applied
    int floor = 0;
    JurisdictionProfile profile;
    QList<HalfYear> halves;
};

void addRateNote(QList<RateNote> &notes, const InvoiceClaim &claim, const InterestSlice &slice)
{
    const bool contractual = claim.profile.contractualRateApplies && claim.contractualRate &&
                             slice.setAsideContractualBasisPoints < 0 &&
                             *claim.contractualRate == slice.rateBasisPoints;
    const HalfYear half = HalfYear::of(slice.from);
    for (RateNote &n : notes)
        if (n.rateBasisPoints == slice.rateBasisPoints && n.contractual == contractual &&
            n.setAside == slice.setAsideContractualBasisPoints) {
            if (!n.halves.contains(half))
                n.halves << half;
            return;
        }
    notes << RateNote{slice.rateBasisPoints, contractual, slice.setAsideContractualBasisPoints,
                      slice.floorBasisPoints, claim.profile, {half}};
}

// Two legal bases in one parenthesis: "Loi du 2 août 2002, art. 5" and "..., art. 6" read
// "Loi du 2 août 2002, art. 5 et 6" rather than the law twice.
QString joinedBases(const LetterStrings &s, const QString &first, const QString &second)
{
    if (first == second || second.isEmpty())
        return first;
    const QString article = QStringLiteral("art. ");
    const qsizetype at = first.lastIndexOf(article);
    if (at > 0 && second.startsWith(first.left(at + article.size())))
        return first + QLatin1Char(' ') + s.get(QStringLiteral("list.and")) + QLatin1Char(' ') +
               second.mid(at + article.size());
    return first + (s.language() == QLatin1String("fr") ? QStringLiteral(" ; ") : QStringLiteral("; ")) + second;
}

QString halfStart(const LetterStrings &s, const HalfYear &h) { return s.date(h.firstDay()); }

QString rateNoteText(const LetterStrings &s, const RateNote &n, const RateTable &rates)
{
    const JurisdictionProfile &p = n.profile;
    const QString rate = s.percent(n.rateBasisPoints);
    QStringList halves, starts, ecbs;
    bool provisional = false;
    for (const HalfYear &h : n.halves) {
        halves << s.get(h.half == 1 ? QStringLiteral("half.1") : QStringLiteral("half.2")).arg(h.year);
        starts << halfStart(s, h);
        const QString ecb = s.percent(rates.ecbForHalf(h).value_or(0));
        if (!ecbs.contains(ecb))
            ecbs << ecb;
        provisional |= rates.isCarriedForward(h);
    }
    QString text;
    if (n.contractual)
        text = s.get(QStringLiteral("basis.contract")).arg(rate);
    else if (p.rateRule == JurisdictionProfile::RateRule::FrenchLegalOther)
        text = s.get(QStringLiteral("basis.legal")).arg(rate, s.list(halves));
    else if (p.rateRule == JurisdictionProfile::RateRule::Published)
        text = s.get(QStringLiteral("basis.be_legal")).arg(rate, s.list(halves));
    else if (!p.publishedSeries.isEmpty() && !provisional && rates.publishedRate(p.publishedSeries, n.halves.first()))
        text = s.get(QStringLiteral("basis.published")).arg(rate, s.list(halves));
    else
        text = s.get(p.roundUpToBasisPoints > 1 ? QStringLiteral("basis.ecb_round") : QStringLiteral("basis.ecb"))
                   .arg(rate, s.list(starts), s.list(ecbs),
                        s.locale().toString(p.pointsBasisPoints / 100.0, 'f', p.pointsBasisPoints % 100 ? 2 : 0));
    if (n.setAside >= 0)
        text += QLatin1Char(' ') + s.get(QStringLiteral("basis.floor")).arg(s.percent(n.setAside), s.percent(n.floor));
    if (provisional)
        text += QLatin1Char(' ') + s.get(QStringLiteral("basis.provisional"));
    return text;
}

// The rule that sets the rate, in words, whether or not the figure is known.
QString rateRuleText(const LetterStrings &s, const JurisdictionProfile &p, const std::optional<int> &contractual,
                     const RateTable &rates, const QDate &day)
{
    const HalfYear half = HalfYear::of(day);
    const QString halfName = s.get(half.half == 1 ? QStringLiteral("half.1") : QStringLiteral("half.2")).arg(half.year);
    if (p.contractualRateApplies && contractual) {
        const int multiple = p.contractualFloorLegalMultiple;
        const auto legal = multiple > 0 ? rates.frenchLegalRate(half, false) : std::nullopt;
        if (!legal || *contractual >= multiple * *legal)
            return s.get(QStringLiteral("rule.contract")).arg(s.percent(*contractual));
    }
    switch (p.rateRule) {
    case JurisdictionProfile::RateRule::FrenchLegalOther: return s.get(QStringLiteral("rule.fr_legal")).arg(halfName);
    case JurisdictionProfile::RateRule::Published: return s.get(QStringLiteral("rule.be_legal")).arg(day.year());
    case JurisdictionProfile::RateRule::EcbPlus: break;
    }
    return s.get(p.roundUpToBasisPoints > 1 ? QStringLiteral("rule.ecb_round") : QStringLiteral("rule.ecb"))
        .arg(halfStart(s, half),
             s.locale().toString(p.pointsBasisPoints / 100.0, 'f', p.pointsBasisPoints % 100 ? 2 : 0));
}

// The rate in force on a day, computed as the interest would be, or none when the table lacks it.
std::optional<int> rateOn(const JurisdictionProfile &p, const std::optional<int> &contractual, const RateTable &rates,
                          const QDate &day)
{
    InterestRequest probe;
    probe.profile = p;
    probe.profile.graceDays = 0;
    probe.principal = Money::eur(100000);
    probe.dueDate = day.addDays(-1);
    probe.noticeDate = day.addDays(-1);
    probe.until = day;
    probe.contractualRateBasisPoints = contractual;
    const Result<InterestResult> r = computeLateInterest(probe, rates);
    if (!r || r->slices.isEmpty())
        return std::nullopt;
    return r->slices.last().rateBasisPoints;
}

}  // namespace

LetterService::LetterService(const Database &db, QString archiveDirectory)
    : m_db(db), m_archive(std::move(archiveDirectory))
{
}

QString LetterService::defaultArchiveDirectory(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-letters"));
}

LetterLayout LetterService::layout() const
{
    const SettingsRepository settings(m_db);
    LetterLayout l;
    auto number = [&](const char *key, double fallback) {
        bool ok = false;
        const double v = settings.value(QLatin1String(key)).toDouble(&ok);
        return ok ? v : fallback;
    };
    l.windowLeftMm = number("letter.window_left_mm", l.windowLeftMm);
    l.windowTopMm = number("letter.window_top_mm", l.windowTopMm);
    l.fontFamily = settings.value(QStringLiteral("letter.font"), l.fontFamily);
    l.fontPointSize = number("letter.font_size", l.fontPointSize);
    return l;
}

Status LetterService::saveLayout(const LetterLayout &l) const
{
    if (l.windowLeftMm < 0 || l.windowLeftMm + l.windowWidthMm > 210)
        return Error(
            Tr::tr("the window must fit across the sheet (0 to %1 mm from the left)").arg(210 - l.windowWidthMm),
            QStringLiteral("window_left"));
    if (l.windowTopMm < 10 || l.windowTopMm + l.windowHeightMm > 150)
        return Error(Tr::tr("the window must sit in the top half of the sheet (10 to %1 mm from the top)")
                         .arg(150 - l.windowHeightMm),
                     QStringLiteral("window_top"));
    if (l.fontPointSize < 8 || l.fontPointSize > 14)
        return Error(Tr::tr("the letters' text size must be between 8 and 14 points"), QStringLiteral("font_size"));
    const SettingsRepository settings(m_db);
    Transaction tx(m_db);
    for (const auto &[key, value] :
         {std::pair{"letter.window_left_mm", QString::number(l.windowLeftMm)},
          std::pair{"letter.window_top_mm", QString::number(l.windowTopMm)}, std::pair{"letter.font", l.fontFamily},
          std::pair{"letter.font_size", QString::number(l.fontPointSize)}})
        if (Status s = settings.setValue(QLatin1String(key), value); !s)
            return s;
    return tx.commit();
}

Result<LetterDocument> LetterService::compose(const LetterRequest &r) const
{
    if (r.invoiceIds.isEmpty())
        return Error(Tr::tr("choose at least one invoice"), QStringLiteral("invoice"));
    if (!r.date.isValid())
        return Error(Tr::tr("the letter's date is missing or invalid"), QStringLiteral("date"));

    const CollectionService collection(m_db);
    QList<InvoiceClaim> claims;
    QSet<qint64> seen;
    for (qint64 id : r.invoiceIds) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        auto claim = collection.claim(id, r.date);
        if (!claim)
            return Error(Tr::tr("invoice %1 does not exist").arg(id), QStringLiteral("invoice"));
        if (!claims.isEmpty() && claim->invoice.clientId != claims.first().invoice.clientId)
            return Error(Tr::tr("invoice %1 is not %2's: a letter goes to one client")
                             .arg(claim->invoice.number, claims.first().invoice.clientName),
                         QStringLiteral("invoice"));
        if (!claims.isEmpty() && claim->invoice.currency != claims.first().invoice.currency)
            return Error(Tr::tr("invoice %1 is in %2, the others in %3: write one letter per currency")
                             .arg(claim->invoice.number, claim->invoice.currency, claims.first().invoice.currency),
                         QStringLiteral("invoice"));
        claims << *claim;
    }
    std::sort(claims.begin(), claims.end(), [](const InvoiceClaim &a, const InvoiceClaim &b) {
        return std::tie(a.invoice.dueDate, a.invoice.number) < std::tie(b.invoice.dueDate, b.invoice.number);
    });
    const Invoice &first = claims.first().invoice;
    const auto client = ClientRepository(m_db).findById(first.clientId);
    if (!client)
        return Error(Tr::tr("the invoice's client does not exist"), QStringLiteral("client"));
    const Issuer issuer = IssuerService(m_db).load();
    if (issuer.companyName.trimmed().isEmpty() || issuer.address.trimmed().isEmpty() || issuer.city.trimmed().isEmpty())
        return Error(Tr::tr("your company's name and address print on every letter: fill them in first "
                            "(Edit > Your company)"),
                     QStringLiteral("issuer"));
    // Every letter asks for a transfer to the account it names.
    if (issuer.iban.trimmed().isEmpty())
        return Error(Tr::tr("your IBAN tells the client where to pay: fill it in first (Edit > Your company)"),
                     QStringLiteral("issuer"));
    const JurisdictionProfile &profile = claims.first().profile;
    const GoverningLaw &law = claims.first().law;
    const bool consumer = profile.consumer;
    if (r.kind == LetterKind::FormalNotice) {
        if (issuer.country == QLatin1String("FR") && issuer.siret.trimmed().isEmpty())
            return Error(Tr::tr("a formal notice must state your SIRET: fill it in first (Edit > Your company)"),
                         QStringLiteral("issuer"));
        if (issuer.iban.trimmed().isEmpty())
            return Error(Tr::tr("a formal notice must say how to pay: fill in your IBAN first (Edit > Your company)"),
                         QStringLiteral("iban"));
    }

    const QString language = !r.language.isEmpty() ? r.language : defaultLetterLanguage(*client);
    const Result<LetterTemplate> tmpl = LetterTemplateService(m_db).find(r.kind, language, profile.key);
    if (!tmpl)
        return tmpl.error();
    // The reader's country picks the regional wordings (a Belgian reads "TVAC").
    const LetterStrings &s = LetterStrings::of(language, client->country);
    const bool french = language == QLatin1String("fr");
    const QString currency = first.currency;
    const CollectionSettingsService settingsService(m_db);
    const CollectionSettings settings = settingsService.settings();
    const RateTable rates = settingsService.rates();

    // What the book records, and whether this kind of letter may be written on it.
    const LetterFacts facts = gatherLetterFacts(m_db, claims, r.date);
    if (Status premise = checkPremise(r.kind, facts, claims, r.date, r.insist); !premise)
        return premise.error();

    // Amounts: the principal always; interest and indemnity when the step claims them and the
    // law makes them due. A disputed part is set apart: never claimed as undisputed.
    Money balance(0, currency), paid(0, currency), interest(0, currency), indemnity(0, currency);
    Money contested(0, currency);
    int indemnityCount = 0;
    QStringList pendingRates;  // half-years whose rate is not known: no figure, the rule in words
    QDate interestFromDay;     // the earliest day interest runs, for the rule in words
    const bool claimPenalties = includesPenalties(r.kind);
    for (const InvoiceClaim &c : claims) {
        balance += c.invoice.balance();
        paid += c.invoice.paid();
        for (const LetterFacts::Disputed &d : facts.disputes)
            if (d.invoiceNumber == c.invoice.number)
                contested += Money(std::min(d.contestedCents, d.balanceCents), currency);
        if (!claimPenalties || c.invoice.balance().cents() <= 0 || c.invoice.daysLate(r.date) <= 0)
            continue;
        if (c.interest) {
            interest += Money(c.interest->interest.cents(), currency);
            if (c.interest->indemnity.cents() > 0 && c.interest->indemnity.currency() == currency) {
                indemnity += c.interest->indemnity;
                ++indemnityCount;
            }
        } else if (!(profile.interestFrom == JurisdictionProfile::InterestFrom::Notice && !c.noticeDate.isValid())) {
            // A rate not yet in the table: the letter states the rule, claims no figure for
            // it, and never fails (LEGAL.md section 5).
            pendingRates << c.invoice.number;
            const QDate from = c.invoice.dueDate.addDays(1);
            if (!interestFromDay.isValid() || from < interestFromDay)
                interestFromDay = from;
            if (profile.indemnityRule != JurisdictionProfile::IndemnityRule::None && currency == QLatin1String("EUR")) {
                indemnity += Money(profile.indemnityCents(c.invoice.balance().cents()), currency);
                ++indemnityCount;
            }
        }
    }
    if (r.kind == LetterKind::Courtesy && first.daysLate(r.date) > 0)
        return Error(Tr::tr("a courtesy reminder announces a due date to come; %1 was due on %2: write a first "
                            "reminder")
                         .arg(first.number, QLocale().toString(first.dueDate, QLocale::ShortFormat)),
                     QStringLiteral("kind"));
    if (balance.cents() <= 0)
        return Error(Tr::tr("nothing remains to be paid on %1").arg(first.number), QStringLiteral("invoice"));
    const Money claimedPrincipal = balance - contested;
    const bool breakdown = claimPenalties && (interest.cents() > 0 || indemnity.cents() > 0 || contested.cents() > 0 ||
                                              !pendingRates.isEmpty());
    const Money totalDue = claimedPrincipal + interest + indemnity;

    // The rate: the rule the law states, and the figure only when the table knows it.
    const QString rateRule = rateRuleText(s, profile, claims.first().contractualRate, rates, r.date);
    QString rateFigure;
    for (const InvoiceClaim &c : claims)
        if (c.interest && !c.interest->slices.isEmpty() && rateFigure.isEmpty())
            rateFigure = s.percent(c.interest->slices.last().rateBasisPoints);
    if (rateFigure.isEmpty())
        if (const auto known = rateOn(profile, claims.first().contractualRate, rates, r.date))
            rateFigure = s.percent(*known);
    const bool provisionalRate = rates.isCarriedForward(HalfYear::of(r.date));
    const QString rateText =
        rateFigure.isEmpty() ? rateRule
                             : s.get(provisionalRate ? QStringLiteral("rate.figure_provisional")
                                                     : QStringLiteral("rate.figure"))
                                   .arg(rateFigure, rateRule);

    // The deadline: the rule ("8 jours à compter de la réception"), and apart from it a date
    // given as indicative, from a receipt estimated three working days after the day La Poste
    // takes the letter (a letter dated on a Sunday or a holiday is posted the next working day).
    const Ladder ladder = settingsService.ladderFor(client->ladderId);
    int deadlineDays = defaultDeadlineDays(r.kind);
    for (const LadderStep &step : ladder.steps)
        if (step.templateKey == letterKindKey(r.kind) && step.paymentDeadlineDays > 0)
            deadlineDays = step.paymentDeadlineDays;
    const bool freeReminder = profile.noticeIsFirstReminder && r.kind == LetterKind::Reminder1;
    QDate deadlineDate, estimatedReceipt;
    if (freeReminder) {
        // CDE XIX.2: at least 14 days, from the third working day after posting.
        deadlineDays = std::max(deadlineDays, 14);
        deadlineDate = freeReminderPeriodEnd(r.date, false);
    } else if (deadlineDays > 0) {
        QDate posted = r.date;
        while (!countsAs(posted, DayKind::Ouvrables, settings.calendar))
            posted = posted.addDays(1);
        estimatedReceipt = deadlineFromReceipt(r.kind) ? deadline(posted, 3, DayKind::Ouvrables, settings.calendar)
                                                       : QDate();
        deadlineDate = deadline(estimatedReceipt.isValid() ? estimatedReceipt : r.date, deadlineDays,
                                DayKind::Calendaires, settings.calendar);
    }

    // What happened, from the book only, with dates and channels.
    QStringList earlierItems;
    for (const LetterFacts::Sent &sent : facts.reminders)
        earlierItems << s.get(QStringLiteral("reminder_item"))
                            .arg(s.date(sent.date), s.get(QStringLiteral("channel.") + channelKey(sent.channel)));
    QStringList callDates;
    for (const QDate &day : facts.calls)
        callDates << s.date(day);
    QString noticeText;
    if (facts.formalNotice) {
        const LetterFacts::Sent &n = *facts.formalNotice;
        noticeText = s.get(QStringLiteral("notice.sent")).arg(s.date(n.date));
        if (!n.trackingNumber.isEmpty())
            noticeText += QLatin1Char(' ') + s.get(QStringLiteral("notice.tracking")).arg(n.trackingNumber);
        if (n.receipt == ReceiptStatus::Received && n.receiptDate.isValid())
            noticeText += s.get(QStringLiteral("notice.received")).arg(s.date(n.receiptDate));
        else if (n.receipt == ReceiptStatus::NotCollected && n.receiptDate.isValid())
            noticeText += s.get(QStringLiteral("notice.not_collected")).arg(s.date(n.receiptDate));
    }
    QStringList disputedItems;
    for (const LetterFacts::Disputed &dispute : facts.disputes)
        disputedItems << s.get(QStringLiteral("dispute.item"))
                             .arg(dispute.invoiceNumber,
                                  s.money(Money(std::min(dispute.contestedCents, dispute.balanceCents), currency)),
                                  dispute.reason.trimmed());

    QStringList numbers, objects;
    for (const InvoiceClaim &c : claims) {
        numbers << c.invoice.number;
        if (!c.invoice.object.trimmed().isEmpty())
            objects << (claims.size() > 1 ? s.get(QStringLiteral("object.of")).arg(c.invoice.number,
                                                                                     c.invoice.object.trimmed())
                                          : c.invoice.object.trimmed());
    }
    const bool several = claims.size() > 1;
    const PaymentReference reference = paymentReferenceFor(numbers, *client);
    const QString clientNumber = formattedCompanyNumber(client->sirenSiret, client->country);
    QStringList identity{client->name.trimmed()};
    if (!client->legalForm.trimmed().isEmpty())
        identity << client->legalForm.trimmed();
    if (!clientNumber.isEmpty())
        identity << s.get(client->country.toUpper() == QLatin1String("BE") ? QStringLiteral("id.be")
                                                                            : QStringLiteral("id.fr"))
                        .arg(clientNumber);
    const QString procedureKey = law.crossBorder                         ? QStringLiteral("procedure.eu")
                                 : law.forum == QLatin1String("BE")      ? (consumer ? QStringLiteral("procedure.be_consumer")
                                                                                     : QStringLiteral("procedure.be_b2b"))
                                                                         : QStringLiteral("procedure.fr");
    const QString collectorKey = law.forum == QLatin1String("FR") ? QStringLiteral("collector.fr")
                                 : law.forum == QLatin1String("BE") ? QStringLiteral("collector.be")
                                                                    : QStringLiteral("collector.other");
    const qint64 damagesCents = profile.indemnityCents(claimedPrincipal.cents());

    TemplateValues v;
    auto set = [&](const char *key, const QString &value) { v.text.insert(QLatin1String(key), value); };
    set("today", s.date(r.date));
    set("place", issuer.city.trimmed());
    set("issuer.name", issuer.companyName.trimmed());
    set("issuer.legal_form", issuer.legalForm.trimmed());
    set("issuer.siret", formattedCompanyNumber(issuer.siret, issuer.country));
    set("issuer.vat", issuer.vatNumber.trimmed());
    set("issuer.address", issuerAddressOneLine(issuer));
    set("issuer.email", issuer.email.trimmed());
    set("issuer.phone", issuer.phone.trimmed());
    set("issuer.iban", formattedIban(issuer.iban));
    set("issuer.bic", issuer.bic.trimmed());
    set("signatory.name",
        issuer.signatoryName.trimmed().isEmpty() ? issuer.companyName.trimmed() : issuer.signatoryName.trimmed());
    set("signatory.title", issuer.signatoryTitle.trimmed());
    set("client.name", client->name.trimmed());
    set("client.contact", client->contactPerson.trimmed());
    set("client.address", client->postalAddressOneLine());
    set("client.siret", clientNumber);
    set("client.identity", identity.join(QStringLiteral(", ")));
    const Salutation greeting = salutationFor(s, client->contactPerson);
    set("salutation", greeting.opening);
    set("salutation.closing", greeting.closingTitle);
    set("closing", greeting.closing);
    set("invoice.number", first.number);
    set("invoice.numbers", s.list(numbers));
    // Past three invoices a list says less than a count; the table gives every number.
    set("invoice.label", numbers.size() > 3
                             ? s.get(QStringLiteral("references.many")).arg(numbers.size())
                             : s.get(several ? QStringLiteral("references.several") : QStringLiteral("references.one"))
                                   .arg(s.list(numbers)));
    set("invoice.count", QString::number(claims.size()));
    set("invoice.date", s.date(first.issueDate));
    set("invoice.due_date", s.date(first.dueDate));
    set("invoice.amount", s.money(first.totalIncl()));
    set("invoice.object", objects.join(QStringLiteral(" ; ")));
    const qint64 daysLate = std::max<qint64>(0, first.daysLate(r.date));
    set("invoice.days_late", QString::number(daysLate));
    set("invoice.lateness", s.count(QStringLiteral("days"), daysLate));
    set("balance", s.money(claimedPrincipal));
    set("paid", s.money(paid));
    set("interest", s.money(interest));
    set("indemnity", s.money(indemnity));
    set("indemnity.each", s.money(Money(profile.fixedIndemnityCents, QStringLiteral("EUR"))));
    set("damages", s.money(Money(damagesCents, QStringLiteral("EUR"))));
    set("total_due", s.money(totalDue));
    set("contested", s.money(contested));
    set("disputes", s.list(disputedItems));
    set("rate", rateText);
    set("rate.rule", rateRule);
    set("interest.from", s.date(interestFromDay));
    set("legal.interest", profile.interestBasis);
    set("legal.indemnity", profile.indemnityBasis);
    set("legal.bases", joinedBases(s, profile.interestBasis, profile.indemnityBasis));
    set("deadline", deadlineDate.isValid() ? s.date(deadlineDate) : QString());
    set("deadline.days", QString::number(deadlineDays));
    set("deadline.period", s.count(QStringLiteral("days"), deadlineDays));
    set("receipt.estimated", estimatedReceipt.isValid() ? s.date(estimatedReceipt) : QString());
    set("payment.reference", reference.printed());
    set("tracking_number", r.trackingNumber.trimmed());
    set("earlier_reminders", s.list(earlierItems));
    set("calls", s.list(callDates));
    set("formal_notice", noticeText);
    set("formal_notice.deadline",
        facts.formalNotice && facts.formalNotice->deadline.isValid() ? s.date(facts.formalNotice->deadline) : QString());
    set("plan.agreed_on", facts.brokenPlan ? s.date(facts.brokenPlan->agreedOn) : QString());
    set("plan.broken_on", facts.brokenPlan ? s.date(facts.brokenPlan->brokenOn) : QString());
    set("procedure", s.get(procedureKey));
    set("collector", s.get(collectorKey));
    set("court_costs", s.get(law.forum == QLatin1String("BE") ? QStringLiteral("costs.be")
                             : law.forum == QLatin1String("FR") ? QStringLiteral("costs.fr")
                                                                : QStringLiteral("costs.other")));
    set("vat.incl", s.get(QStringLiteral("vat.incl")));
    set("agreement.terms", r.terms.trimmed());
    v.flags.insert(consumer ? QStringLiteral("consumer") : QStringLiteral("b2b"));
    // The law applied, and apart from it the courts that would hear the claim.
    v.flags.insert(profile.country == QLatin1String("BE") ? QStringLiteral("belgium") : QStringLiteral("france"));
    auto flag = [&](const char *name, bool on) {
        if (on)
            v.flags.insert(QLatin1String(name));
    };
    flag("several", several);
    flag("interest", interest.cents() > 0);
    flag("indemnity", indemnity.cents() > 0);
    flag("penalties", interest.cents() > 0 || indemnity.cents() > 0);
    flag("interest_pending", !pendingRates.isEmpty());
    flag("paid", paid.cents() > 0);
    flag("iban", !issuer.iban.trimmed().isEmpty());
    // A named signatory signs for the company; without one the company signs, named once.
    flag("signatory", !issuer.signatoryName.trimmed().isEmpty());
    flag("deadline", deadlineDate.isValid());
    flag("receipt_estimated", estimatedReceipt.isValid());
    flag("tracking", !r.trackingNumber.trimmed().isEmpty());
    flag("earlier_reminders", !earlierItems.isEmpty());
    flag("calls", !callDates.isEmpty());
    flag("formal_notice", facts.formalNotice.has_value());
    flag("formal_notice_received", facts.formalNotice && facts.formalNotice->receipt == ReceiptStatus::Received);
    flag("formal_notice_returned", facts.formalNotice && facts.formalNotice->receipt == ReceiptStatus::NotCollected);
    flag("formal_notice_deadline", facts.formalNotice && facts.formalNotice->deadline.isValid());
    flag("broken_plan", facts.brokenPlan.has_value());
    flag("disputed", contested.cents() > 0);
    flag("object", !objects.isEmpty());
    flag("due", first.daysLate(r.date) > 0);
    flag("free_reminder", freeReminder);
    flag("penalty_clause", !profile.withoutClause);
    flag("damages", damagesCents > 0);
    flag("cross_border", law.crossBorder);
    flag("contact", !client->contactPerson.trimmed().isEmpty());
    flag("insisted", r.insist);
    flag("breakdown", breakdown);

    if (r.kind == LetterKind::Agreement && r.terms.trimmed().isEmpty())
        return Error(Tr::tr("write the terms agreed with the client"), QStringLiteral("terms"));

    LetterDocument d;
    d.kind = r.kind;
    d.language = language;
    d.date = r.date;
    d.clientId = client->id;
    d.clientEmail = client->email.trimmed();
    d.totalDue = totalDue;
    d.deadline = deadlineDate;
    d.deadlineDays = deadlineDays;
    d.trackingNumber = r.trackingNumber.trimmed();
    for (const InvoiceClaim &c : claims) {
        d.invoiceIds << c.invoice.id;
        d.invoiceNumbers << c.invoice.number;
    }

    // Instalments: their sum must be what is owed, with or without the penalties.
    if (r.kind == LetterKind::Schedule) {
        if (r.instalments.isEmpty())
            return Error(Tr::tr("give the instalments (date and amount of each)"), QStringLiteral("instalments"));
        Money sum(0, currency);
        QDate previous = r.date.addDays(-1);
        for (qsizetype i = 0; i < r.instalments.size(); ++i) {
            const Instalment &in = r.instalments.at(i);
            if (!in.date.isValid() || in.date < previous.addDays(1))
                return Error(
                    Tr::tr("instalment %1: its date must follow the letter's and the previous instalment's").arg(i + 1),
                    QStringLiteral("instalments"));
            if (in.amount.cents() <= 0 || in.amount.currency() != currency)
                return Error(Tr::tr("instalment %1: the amount must be above zero, in %2").arg(i + 1).arg(currency),
                             QStringLiteral("instalments"));
            sum += in.amount;
            previous = in.date;
            d.scheduleTable.rows << QStringList{QString::number(i + 1), s.date(in.date), s.money(in.amount)};
        }
        const Money withPenalties = totalDue;
        // Or the total of the payment plan agreed for these invoices (it may keep the interest and
        // indemnity owed on the day it was agreed).
        bool agreedPlan = false;
        for (const PaymentPlan &p : AgreementRepository(m_db).plansForInvoice(r.invoiceIds.first()))
            agreedPlan |= p.status == PlanStatus::Active && p.currency == currency && p.targetCents() == sum.cents();
        if (sum != balance && sum != withPenalties && !agreedPlan)
            return Error(Tr::tr("the instalments add up to %1, not to what is owed (%2)")
                             .arg(sum.toString(), balance.toString()),
                         QStringLiteral("instalments"));
        d.scheduleTable.headers = {s.get(QStringLiteral("col.instalment")),
                                   s.get(QStringLiteral("col.instalment_date")),
                                   s.get(QStringLiteral("col.instalment_amount"))};
        d.scheduleTable.numeric = {true, false, true};
        d.scheduleTable.totals << QStringList{s.get(QStringLiteral("total.schedule")), s.money(sum)};
    }

    // The sheet's frame.
    frameSheet(d, issuer, *client, s, r.date);
    const QString tracking =
        r.trackingNumber.trimmed().isEmpty() ? s.get(QStringLiteral("tracking_blank")) : r.trackingNumber.trimmed();
    if (r.kind == LetterKind::FormalNotice)
        d.sendingMode = s.get(QStringLiteral("registered_ar")).arg(tracking);
    else if (r.kind == LetterKind::Final)
        d.sendingMode = s.get(QStringLiteral("registered")).arg(tracking);
    d.references = s.get(QStringLiteral("references")).arg(v.text.value(QStringLiteral("invoice.label")));
    d.subject = s.get(QStringLiteral("subject")).arg(expandPlain(tmpl->section(QStringLiteral("subject")), v, french));
    d.title = expandPlain(tmpl->section(QStringLiteral("title")), v, french);
    d.body = expandBlocks(tmpl->section(QStringLiteral("letter")), v, french);
    for (const LetterBlock &b : expandBlocks(tmpl->section(QStringLiteral("enclosures")), v, french))
        if (!b.plainText().trimmed().isEmpty())
            d.enclosures << b.plainText();
    d.enclosuresLabel = s.get(QStringLiteral("enclosures"));
    d.debtorSignatureLines = {s.get(QStringLiteral("debtor.title")),
                              s.get(QStringLiteral("debtor.words")).arg(v.text.value(QStringLiteral("balance"))),
                              client->name.trimmed()};
    if (!consumer)  // a company signs through someone: who, and in what capacity
        d.debtorSignatureLines << s.get(QStringLiteral("debtor.signatory"));
    d.debtorSignatureLines << s.get(QStringLiteral("debtor.date")) << s.get(QStringLiteral("debtor.signature"));

    // The invoices.
    d.invoiceTable.headers = {s.get(QStringLiteral("col.invoice")), s.get(QStringLiteral("col.date")),
                              s.get(QStringLiteral("col.due")),     s.get(QStringLiteral("col.amount")),
                              s.get(QStringLiteral("col.paid")),    s.get(QStringLiteral("col.balance"))};
    d.invoiceTable.numeric = {false, false, false, true, true, true};
    for (const InvoiceClaim &c : claims)
        d.invoiceTable.rows << QStringList{c.invoice.number,
                                           s.shortDate(c.invoice.issueDate),
                                           s.shortDate(c.invoice.dueDate),
                                           s.money(c.invoice.totalIncl()),
                                           s.money(c.invoice.paid()),
                                           s.money(c.invoice.balance())};
    d.invoiceTable.totals << QStringList{s.get(QStringLiteral("total.balance")), s.money(balance)};

    // How the sum demanded is made: the principal first, then interest period by period with
    // rate and basis, the indemnity or damages, any disputed part set apart, and the total.
    if (breakdown) {
        d.interestTable.headers = {s.get(QStringLiteral("col.invoice")), s.get(QStringLiteral("col.period")),
                                   s.get(QStringLiteral("col.days")),    s.get(QStringLiteral("col.base")),
                                   s.get(QStringLiteral("col.rate")),    s.get(QStringLiteral("col.interest"))};
        d.interestTable.numeric = {false, false, true, true, true, true};
        QList<RateNote> notes;
        for (const InvoiceClaim &c : claims) {
            if (!c.interest || c.invoice.daysLate(r.date) <= 0)
                continue;
            for (const InterestSlice &slice : c.interest->slices) {
                d.interestTable.rows << QStringList{
                    c.invoice.number,
                    s.get(QStringLiteral("period")).arg(s.shortDate(slice.from), s.shortDate(slice.to)),
                    QString::number(slice.days),
                    s.money(Money(slice.balanceCents, currency)),
                    s.percent(slice.rateBasisPoints),
                    s.money(Money(slice.roundedCents, currency))};
                addRateNote(notes, c, slice);
            }
        }
        d.interestTable.totals << QStringList{s.get(QStringLiteral("total.principal")), s.money(balance)};
        if (contested.cents() > 0)
            d.interestTable.totals << QStringList{s.get(QStringLiteral("total.contested")),
                                                  s.money(Money(-contested.cents(), currency))};
        if (interest.cents() > 0 || pendingRates.size() < claims.size())
            d.interestTable.totals << QStringList{s.get(QStringLiteral("total.interest")).arg(s.date(r.date)),
                                                  s.money(interest)};
        if (indemnity.cents() > 0) {
            const bool scale = profile.indemnityRule == JurisdictionProfile::IndemnityRule::Scale;
            d.interestTable.totals << QStringList{
                scale ? s.get(QStringLiteral("total.damages"))
                      : s.get(QStringLiteral("total.indemnity"))
                            .arg(s.money(Money(indemnity.cents() / std::max(1, indemnityCount), currency)))
                            .arg(indemnityCount),
                s.money(indemnity)};
        }
        d.interestTable.totals << QStringList{s.get(QStringLiteral("total.claimed")), s.money(totalDue)};
        for (const RateNote &note : notes)
            d.interestTable.notes << rateNoteText(s, note, rates);
        if (!pendingRates.isEmpty())
            // Penalties are the word of L441-10 only; every other law speaks of interest.
            d.interestTable.notes << s.get(profile.country == QLatin1String("FR") && !consumer
                                               ? QStringLiteral("rate.pending")
                                               : QStringLiteral("rate.pending.interest"))
                                         .arg(s.list(pendingRates), rateRule);
    }

    // How to pay.
    addTransferDetails(d, issuer, s, reference);
    if (r.kind == LetterKind::Schedule && !r.instalments.isEmpty())
        d.paymentDetails << qMakePair(s.get(QStringLiteral("pay.first_instalment")),
                                      s.get(QStringLiteral("instalment.amount_on"))
                                          .arg(s.money(r.instalments.first().amount), s.date(r.instalments.first().date)));
    else
        d.paymentDetails << qMakePair(s.get(QStringLiteral("pay.amount")), s.money(totalDue));
    // A schedule's code pays its first instalment, not the whole balance.
    const Money qrAmount = r.kind == LetterKind::Schedule && !r.instalments.isEmpty() ? r.instalments.first().amount
                                                                                      : totalDue;
    addTransferQr(d, issuer, s, reference, qrAmount);

    d.emailSubject = expandPlain(tmpl->section(QStringLiteral("email.subject")), v, french);
    d.emailBody = expandPlain(tmpl->section(QStringLiteral("email")), v, french);
    d.textMessage = expandPlain(tmpl->section(QStringLiteral("sms")), v, french);
    return d;
}

namespace {

// The channel the letter really took: e-mail when handed to the mail program, otherwise paper,
// registered when its kind or step is, or when it has a tracking number.
Channel deliveryChannel(const LetterRequest &request, std::optional<Channel> stepChannel, const QString &tracking)
{
    if (request.delivery == Delivery::Email)
        return Channel::Email;
    Channel paper = defaultChannel(request.kind);
    if (stepChannel && *stepChannel != Channel::Email && *stepChannel != Channel::Phone &&
        *stepChannel != Channel::TextMessage)
        paper = *stepChannel;
    if (request.kind == LetterKind::FormalNotice)
        paper = Channel::FormalNotice;
    if (paper == Channel::Letter && !tracking.trimmed().isEmpty())
        paper = Channel::RegisteredLetter;
    return paper;
}

// "%1" the letter's kind, "%2" its file in the archive.
QString deliveryNote(Delivery delivery)
{
    switch (delivery) {
    case Delivery::Printed: return Tr::tr("%1, printed, archived as %2");
    case Delivery::SavedPdf: return Tr::tr("%1, saved as PDF, archived as %2");
    case Delivery::Email: return Tr::tr("%1, sent by e-mail, archived as %2");
    case Delivery::Document: break;
    }
    return Tr::tr("%1, archived as %2");
}

}  // namespace

Result<ProducedLetter> LetterService::produce(const LetterRequest &request) const
{
    const Result<LetterDocument> doc = compose(request);
    if (!doc)
        return doc.error();
    if (doc->missingPostalAddress && request.delivery != Delivery::Email)
        return Error(Tr::tr("%1's postal address is missing: a letter cannot be posted without it (fill it in on the "
                            "client's card), but it can go by e-mail")
                         .arg(doc->recipientLines.value(0)),
                     QStringLiteral("client"));
    const Result<QByteArray> pdf = LetterRenderer(layout()).pdf({*doc}, doc->subject);
    if (!pdf)
        return pdf.error();

    // The file is staged (synced under a temporary name) inside the transaction, and put in
    // place under a name no earlier letter has only once the rows recording it have committed:
    // a crash leaves either the letter with its file or neither (see files::StagedFile).
    Transaction tx(m_db);
    const QString year = QString::number(request.date.year());
    // Named in the letter's language ("relance-1" in French), like the letter itself.
    const QString kindName = LetterStrings::of(doc->language).get(QStringLiteral("file.") + letterKindKey(request.kind));
    QString stem = QStringLiteral("%1_%2_%3").arg(dates::iso(request.date), kindName, doc->invoiceNumbers.first());
    stem.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("-"));
    if (doc->invoiceIds.size() > 1)
        stem += QStringLiteral("+%1").arg(doc->invoiceIds.size() - 1);
    QString relative;
    for (int n = 1;; ++n) {
        relative = QStringLiteral("%1/%2%3.pdf").arg(year, stem, n == 1 ? QString() : QStringLiteral("-%1").arg(n));
        const QString path = QDir(m_archive).filePath(relative);
        if (!QFileInfo::exists(path) && !QFileInfo::exists(files::StagedFile::stagingPathFor(path)) &&
            !LetterRepository(m_db).findByFileName(relative))
            break;
        if (n > 999)
            return Error(Tr::tr("cannot write %1: every name is taken").arg(path), QStringLiteral("archive"));
    }
    const Result<files::StagedFile> staged = files::StagedFile::write(QDir(m_archive).filePath(relative), *pdf);
    if (!staged)
        return Error(staged.error().message, QStringLiteral("archive"));

    ArchivedLetter a;
    a.kind = request.kind;
    a.language = doc->language;
    a.clientId = doc->clientId;
    a.date = request.date;
    a.fileName = relative;
    a.sha256 = QString::fromLatin1(QCryptographicHash::hash(*pdf, QCryptographicHash::Sha256).toHex());
    a.size = pdf->size();
    a.totalDue = doc->totalDue;
    a.deadlineDays = doc->deadlineDays;
    a.deadline = doc->deadline;
    a.trackingNumber = doc->trackingNumber;
    a.invoiceIds = doc->invoiceIds;

    // The history of each invoice: the letter fulfils the ladder's step of its kind.
    const CollectionService collection(m_db);
    const CollectionSettingsService settingsService(m_db);
    const auto client = ClientRepository(m_db).findById(doc->clientId);
    const Ladder ladder = settingsService.ladderFor(client ? client->ladderId : std::nullopt);
    auto fail = [&](const Error &e) -> Result<ProducedLetter> {
        staged->discard();
        return e;
    };
    for (qint64 invoiceId : doc->invoiceIds) {
        const auto claim = collection.claim(invoiceId, request.date);
        int from = claim && claim->next ? claim->next->stepIndex : 0;
        std::optional<int> step;
        for (int i = from; i < ladder.steps.size() && !step; ++i)
            if (ladder.steps.at(i).templateKey == letterKindKey(request.kind))
                step = i;
        ActionInput input;
        input.invoiceId = invoiceId;
        input.date = request.date;
        input.channel = deliveryChannel(request, step ? std::optional(ladder.steps.at(*step).channel) : std::nullopt,
                                        doc->trackingNumber);
        input.fulfilsStep = step.has_value();
        input.stepIndex = step;
        input.notes = deliveryNote(request.delivery).arg(letterKindLabel(request.kind), relative);
        input.trackingNumber = doc->trackingNumber;
        const Result<qint64> action = collection.recordAction(input, request.date);
        if (!action)
            return fail(action.error());
        a.actionIds << *action;
        if (invoiceId == doc->invoiceIds.first())
            a.channel = input.channel;
    }
    const Result<qint64> id = LetterRepository(m_db).insert(a);
    if (!id)
        return fail(id.error());
    files::faultPoint("letter.recorded");
    const files::StagedFile file = *staged;
    m_db.whenCommitted([file] { (void)file.publish(); }, [file] { file.discard(); });
    if (Status s = tx.commit(); !s)
        return s.error();  // the rollback discards the staged file
    a.id = *id;
    return ProducedLetter{a, QDir(m_archive).filePath(relative), *doc, *pdf};
}

QList<LetterRequest> LetterService::due(const QDate &asOf) const
{
    QMap<QPair<QString, QString>, LetterRequest> groups;  // (client name, kind) -> request
    for (const AgendaItem &item : CollectionService(m_db).agenda(asOf).items) {
        const auto kind = letterKindForTemplate(item.step.templateKey);
        if (!item.isDue() || !kind)
            continue;
        LetterRequest &r =
            groups[{item.invoice.clientName + QChar(0) + QString::number(item.invoice.clientId), letterKindKey(*kind)}];
        r.kind = *kind;
        r.date = asOf;
        r.invoiceIds << item.invoice.id;
    }
    return groups.values();
}

Status LetterService::setTrackingNumber(qint64 letterId, const QString &trackingNumber) const
{
    const auto letter = LetterRepository(m_db).find(letterId);
    if (!letter)
        return Error(Tr::tr("letter %1 does not exist").arg(letterId), QStringLiteral("letter"));
    Transaction tx(m_db);
    if (Status s = LetterRepository(m_db).setReceipt(letterId, letter->receipt, letter->receiptDate, letter->deadline,
                                                     trackingNumber.trimmed(), letter->receiptScan);
        !s)
        return s;
    for (qint64 actionId : letter->actionIds)
        if (actionId > 0)
            if (Status s = ActionRepository(m_db).setReceipt(actionId, letter->receiptDate, trackingNumber.trimmed());
                !s)
                return s;
    return tx.commit();
}

Status LetterService::recordReceipt(qint64 letterId, ReceiptStatus status, const QDate &date, const QString &scanFile,
                                    const QDate &today) const
{
    const auto letter = LetterRepository(m_db).find(letterId);
    if (!letter)
        return Error(Tr::tr("letter %1 does not exist").arg(letterId), QStringLiteral("letter"));
    if (status == ReceiptStatus::Unknown)
        return Error(Tr::tr("say whether the letter was received or not collected"), QStringLiteral("receipt_status"));
    if (!date.isValid() || date < letter->date || date > today)
        return Error(Tr::tr("the date must be between the sending date (%1) and today")
                         .arg(QLocale().toString(letter->date, QLocale::ShortFormat)),
                     QStringLiteral("receipt_date"));
    QString scan = letter->receiptScan;
    std::optional<files::StagedFile> copied;  // the scan, put in place once the receipt is recorded
    if (!scanFile.isEmpty()) {
        QFile source(scanFile);
        if (!source.open(QIODevice::ReadOnly))
            return Error(Tr::tr("cannot read %1: %2").arg(scanFile, source.errorString()), QStringLiteral("scan"));
        const QString suffix = QFileInfo(scanFile).suffix().toLower();
        for (int n = 1;; ++n) {
            scan = QStringLiteral("receipts/letter-%1%2.%3")
                       .arg(letterId)
                       .arg(n == 1 ? QString() : QStringLiteral("-%1").arg(n),
                            suffix.isEmpty() ? QStringLiteral("bin") : suffix);
            const QString path = QDir(m_archive).filePath(scan);
            if (!QFileInfo::exists(path) && !QFileInfo::exists(files::StagedFile::stagingPathFor(path)))
                break;
            if (n > 999)
                return Error(Tr::tr("cannot write %1: every name is taken").arg(path), QStringLiteral("scan"));
        }
        const Result<files::StagedFile> staged =
            files::StagedFile::write(QDir(m_archive).filePath(scan), source.readAll());
        if (!staged)
            return Error(staged.error().message, QStringLiteral("scan"));
        copied = *staged;
    }
    // The deadline runs from the receipt, or from the first presentation of a letter never collected.
    QDate newDeadline = letter->deadline;
    if (deadlineFromReceipt(letter->kind) && letter->deadlineDays > 0)
        newDeadline = deadline(date, letter->deadlineDays, DayKind::Calendaires,
                               CollectionSettingsService(m_db).settings().calendar);
    Transaction tx(m_db);
    Status s = LetterRepository(m_db).setReceipt(letterId, status, date, newDeadline, letter->trackingNumber, scan);
    for (qint64 actionId : letter->actionIds)
        if (s && actionId > 0)
            s = ActionRepository(m_db).setReceipt(actionId, date, letter->trackingNumber);
    if (!s) {
        if (copied)
            copied->discard();
        return s;
    }
    if (copied) {
        const files::StagedFile file = *copied;
        m_db.whenCommitted([file] { (void)file.publish(); }, [file] { file.discard(); });
    }
    return tx.commit();
}

QString LetterService::pathOf(const ArchivedLetter &letter) const { return QDir(m_archive).filePath(letter.fileName); }

QString ArchiveProblem::describe() const
{
    switch (kind) {
    case Missing:
        return Tr::tr("%1: letter %2's file is missing from the archive").arg(fileName).arg(letterId);
    case Tampered:
        return Tr::tr("%1: letter %2's file is not the one that was sent (its SHA-256 differs from the one recorded)")
            .arg(fileName)
            .arg(letterId);
    case Unknown:
        return Tr::tr("%1: no letter of the book records this file").arg(fileName);
    }
    return {};
}

namespace {
QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}
}  // namespace

QList<ArchiveProblem> LetterService::verify() const
{
    QList<ArchiveProblem> problems;
    QSet<QString> known;
    for (const ArchivedLetter &l : LetterRepository(m_db).all()) {
        known << l.fileName;
        if (!l.receiptScan.isEmpty())
            known << l.receiptScan;
        const QString path = pathOf(l);
        if (!QFileInfo::exists(path))
            problems << ArchiveProblem{ArchiveProblem::Missing, l.fileName, l.id};
        else if (sha256Of(path) != l.sha256)
            problems << ArchiveProblem{ArchiveProblem::Tampered, l.fileName, l.id};
    }
    const QDir root(m_archive);
    QDirIterator it(m_archive, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString relative = root.relativeFilePath(it.next());
        if (!known.contains(relative))
            problems << ArchiveProblem{ArchiveProblem::Unknown, relative, 0};
    }
    std::sort(problems.begin(), problems.end(),
              [](const ArchiveProblem &a, const ArchiveProblem &b) { return a.fileName < b.fileName; });
    return problems;
}

SweepReport LetterService::sweep() const
{
    SweepReport report;
    QHash<QString, QString> recorded;  // archive name -> SHA-256 ("" for a scan: no hash kept)
    for (const ArchivedLetter &l : LetterRepository(m_db).all()) {
        recorded.insert(l.fileName, l.sha256);
        if (!l.receiptScan.isEmpty())
            recorded.insert(l.receiptScan, QString());
    }
    const QDir root(m_archive);
    QDirIterator it(m_archive, {QStringLiteral(".*.part")}, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString staged = it.next();
        const QFileInfo info(staged);
        const QString finalPath = info.absoluteDir().filePath(info.fileName().mid(1).chopped(5));
        const QString relative = root.relativeFilePath(finalPath);
        const auto found = recorded.constFind(relative);
        const bool belongs = found != recorded.cend() && !QFileInfo::exists(finalPath) &&
                             (found->isEmpty() || sha256Of(staged) == *found);
        if (belongs && files::renameNoReplace(staged, finalPath)) {
            report.completed << relative;
        } else {
            QFile::remove(staged);
            report.removed << relative;
        }
    }
    if (!report.completed.isEmpty() || !report.removed.isEmpty())
        files::syncDirectory(m_archive);
    return report;
}

}  // namespace relance
