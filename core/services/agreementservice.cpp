#include "agreementservice.h"

#include "collectionservice.h"
#include "rules/instalments.h"
#include "rules/ratetable.h"
#include "storage/actionrepository.h"
#include "storage/agreementrepository.h"
#include "storage/database.h"
#include "storage/disputerepository.h"
#include "storage/invoicerepository.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AgreementService)
};

QString shortDate(const QDate &d) { return QLocale().toString(d, QLocale::ShortFormat); }

// The invoices an agreement covers: they exist, belong to one client, share a currency, and
// (`forPlan`) still owe something, are not disputed and not in another active plan.
Status checkInvoices(const Database &db, const QList<qint64> &ids, bool forPlan, qint64 &clientId, QString &currency)
{
    if (ids.isEmpty())
        return Error(Tr::tr("choose at least one invoice"), QStringLiteral("invoice"));
    const InvoiceRepository invoices(db);
    QSet<qint64> seen;
    for (qint64 id : ids) {
        const auto invoice = invoices.findById(id);
        if (!invoice)
            return Error(Tr::tr("invoice %1 does not exist").arg(id), QStringLiteral("invoice"));
        if (seen.contains(id))
            return Error(Tr::tr("invoice %1 is listed twice").arg(invoice->number), QStringLiteral("invoice"));
        seen.insert(id);
        if (clientId == 0) {
            clientId = invoice->clientId;
            currency = invoice->currency;
        } else if (invoice->clientId != clientId) {
            return Error(Tr::tr("invoice %1 is another client's: an agreement covers the invoices of one client")
                             .arg(invoice->number),
                         QStringLiteral("invoice"));
        } else if (invoice->currency != currency) {
            return Error(
                Tr::tr("invoice %1 is in %2, the others in %3").arg(invoice->number, invoice->currency, currency),
                QStringLiteral("invoice"));
        }
        if (!forPlan)
            continue;
        if (invoice->balance().cents() <= 0)
            return Error(Tr::tr("invoice %1 is paid: nothing to spread").arg(invoice->number),
                         QStringLiteral("invoice"));
        if (DisputeRepository(db).openDispute(id))
            return Error(
                Tr::tr("invoice %1 is disputed: resolve the dispute before agreeing a plan").arg(invoice->number),
                QStringLiteral("invoice"));
        for (const PaymentPlan &p : AgreementRepository(db).plansForInvoice(id))
            if (p.status == PlanStatus::Active)
                return Error(
                    Tr::tr("invoice %1 is already in an active payment plan (plan %2)").arg(invoice->number).arg(p.id),
                    QStringLiteral("invoice"));
    }
    return success();
}

Status checkDate(const QDate &date, const QDate &today, const QString &field)
{
    if (!date.isValid())
        return Error(Tr::tr("the date is missing or invalid"), field);
    if (date > today)
        return Error(Tr::tr("%1 is in the future").arg(shortDate(date)), field);
    return success();
}

}  // namespace

Result<PaymentPlan> AgreementService::draftPlan(const PlanRequest &r) const
{
    if (!r.agreedOn.isValid())
        return Error(Tr::tr("the date of the agreement is missing or invalid"), QStringLiteral("date"));
    PaymentPlan p;
    if (Status s = checkInvoices(m_db, r.invoiceIds, true, p.clientId, p.currency); !s)
        return s.error();
    p.createdOn = r.agreedOn;
    p.frequency = r.frequency;
    p.waiveInterest = r.waiveInterest;
    p.waiveIndemnity = r.waiveIndemnity;
    p.restoreOnBreak = r.restoreOnBreak;
    p.notes = r.notes.trimmed();
    const CollectionService collection(m_db);
    for (qint64 id : r.invoiceIds) {
        const auto claim = collection.claim(id, r.agreedOn);
        // Kept interest must be known: a missing rate half-year would make the plan too small.
        const bool notOwedYet =
            claim->profile.interestFrom == JurisdictionProfile::InterestFrom::Notice && !claim->noticeDate.isValid();
        if (!claim->interest && !notOwedYet && !r.waiveInterest && claim->invoice.daysLate(r.agreedOn) > 0)
            return Error(Tr::tr("invoice %1: %2").arg(claim->invoice.number, claim->interestUnavailable),
                         QStringLiteral("rate_table"));
        p.invoiceIds << id;
        p.invoiceNumbers << claim->invoice.number;
        p.balanceCents += claim->invoice.balance().cents();
        p.paidAtStartCents += claim->invoice.paidCents;
        if (claim->interest && claim->interest->interest.currency() == p.currency)
            p.interestCents += claim->interest->interest.cents() + claim->waivedInterestCents;
        if (claim->interest && claim->interest->indemnity.currency() == p.currency)
            p.indemnityCents += claim->interest->indemnity.cents() + claim->waivedIndemnityCents;
    }
    const qint64 target = p.targetCents();

    if (r.frequency == PlanFrequency::Custom) {
        if (r.instalments.isEmpty())
            return Error(Tr::tr("type at least one instalment"), QStringLiteral("instalments"));
        QDate previous = r.agreedOn;
        for (qsizetype i = 0; i < r.instalments.size(); ++i) {
            const PlanInstalment &in = r.instalments.at(i);
            if (!in.date.isValid())
                return Error(Tr::tr("instalment %1: the date is missing or invalid").arg(i + 1),
                             QStringLiteral("instalments"));
            if (in.date < previous)
                return Error(Tr::tr("instalment %1 (%2) comes before the agreement or the instalment before it")
                                 .arg(i + 1)
                                 .arg(shortDate(in.date)),
                             QStringLiteral("instalments"));
            if (in.cents <= 0)
                return Error(Tr::tr("instalment %1: the amount must be above zero").arg(i + 1),
                             QStringLiteral("instalments"));
            previous = in.date;
        }
        p.instalments = r.instalments;
    } else {
        if (r.depositCents < 0 || r.depositCents >= target)
            return Error(Tr::tr("the deposit must be less than the %1 the plan covers").arg(p.target().toString()),
                         QStringLiteral("deposit"));
        if (!r.first.isValid() || r.first < r.agreedOn)
            return Error(Tr::tr("the first instalment's date is missing or before the agreement"),
                         QStringLiteral("first"));
        if (r.depositCents > 0) {
            const QDate depositDate = r.depositDate.isValid() ? r.depositDate : r.agreedOn;
            if (depositDate < r.agreedOn || depositDate > r.first)
                return Error(Tr::tr("the deposit is paid between the agreement and the first instalment"),
                             QStringLiteral("deposit"));
            p.instalments.append({depositDate, r.depositCents, true});
        }
        const auto equal = equalInstalments(target - r.depositCents, r.count, r.first,
                                            r.frequency == PlanFrequency::Weekly ? InstalmentFrequency::Weekly
                                                                                 : InstalmentFrequency::Monthly);
        if (!equal)
            return equal.error();
        for (const InstalmentDue &d : *equal)
            p.instalments.append({d.date, d.cents, false});
    }
    if (p.scheduledCents() != target)
        return Error(Tr::tr("the instalments add up to %1, but the plan covers %2")
                         .arg(Money(p.scheduledCents(), p.currency).toString(), p.target().toString()),
                     QStringLiteral("instalments"));
    return p;
}

Result<qint64> AgreementService::addPlan(const PlanRequest &request, const QDate &today) const
{
    if (Status s = checkDate(request.agreedOn, today, QStringLiteral("date")); !s)
        return s.error();
    const Result<PaymentPlan> plan = draftPlan(request);
    if (!plan)
        return plan.error();
    Transaction tx(m_db);
    const Result<qint64> id = AgreementRepository(m_db).insertPlan(*plan);
    if (!id)
        return id;
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

PlanView AgreementService::view(const PaymentPlan &plan, const QDate &asOf) const
{
    return view(plan, AgreementRepository(m_db).paidOnInvoices(plan.invoiceIds), asOf);
}

PlanView AgreementService::view(const PaymentPlan &plan, qint64 paidOnInvoices, const QDate &asOf)
{
    PlanView v;
    v.plan = plan;
    const qint64 paid = std::max<qint64>(0, paidOnInvoices - plan.paidAtStartCents);
    QList<InstalmentDue> dues;
    for (const PlanInstalment &i : plan.instalments)
        dues.append({i.date, i.cents});
    const InstalmentAllocation allocation = allocateToInstalments(dues, paid, asOf);
    v.progress.paidCents = paid;
    v.progress.surplusCents = allocation.surplusCents;
    for (qsizetype i = 0; i < dues.size(); ++i) {
        const InstalmentState &s = allocation.states.at(i);
        v.progress.instalments.append({plan.instalments.at(i), s.paidCents, s.settled, s.overdue});
    }
    if (plan.status == PlanStatus::Broken)
        v.health = PlanHealth::Broken;
    else if (plan.status == PlanStatus::Cancelled)
        v.health = PlanHealth::Cancelled;
    else if (v.progress.completed())
        v.health = PlanHealth::Completed;
    else
        v.health = v.progress.firstOverdue() >= 0 ? PlanHealth::Late : PlanHealth::OnTrack;
    return v;
}

std::optional<PlanView> AgreementService::plan(qint64 planId, const QDate &asOf) const
{
    const auto p = AgreementRepository(m_db).plan(planId);
    return p ? std::optional(view(*p, asOf)) : std::nullopt;
}

QList<PlanView> AgreementService::plansForInvoice(qint64 invoiceId, const QDate &asOf) const
{
    QList<PlanView> result;
    for (const PaymentPlan &p : AgreementRepository(m_db).plansForInvoice(invoiceId))
        result << view(p, asOf);
    return result;
}

QList<PlanView> AgreementService::plansForClient(qint64 clientId, const QDate &asOf) const
{
    QList<PlanView> result;
    for (const PaymentPlan &p : AgreementRepository(m_db).plansForClient(clientId))
        result << view(p, asOf);
    return result;
}

QList<PlanView> AgreementService::activePlans(const QDate &asOf) const
{
    // A few queries whatever the number of plans: the agenda and the dashboard call this.
    const AgreementRepository repo(m_db);
    const QHash<qint64, qint64> paid = repo.paidOnInvoicesOfPlans(PlanStatus::Active);
    QList<PlanView> result;
    for (const PaymentPlan &p : repo.plansWithStatus(PlanStatus::Active))
        result << view(p, paid.value(p.id), asOf);
    return result;
}

Status AgreementService::breakPlan(qint64 planId, const QDate &date, const QDate &today) const
{
    const AgreementRepository repo(m_db);
    const auto plan = repo.plan(planId);
    if (!plan)
        return Error(Tr::tr("payment plan %1 does not exist").arg(planId), QStringLiteral("plan"));
    if (plan->status != PlanStatus::Active)
        return Error(Tr::tr("payment plan %1 is not active").arg(planId), QStringLiteral("plan"));
    if (Status s = checkDate(date, today, QStringLiteral("date")); !s)
        return s;
    if (date < plan->createdOn)
        return Error(Tr::tr("a plan cannot be broken before it was agreed (%1)").arg(shortDate(plan->createdOn)),
                     QStringLiteral("date"));
    Transaction tx(m_db);
    if (Status s = repo.setPlanStatus(planId, PlanStatus::Broken, date); !s)
        return s;
    if (plan->settlementId > 0)
        if (const auto settlement = repo.settlement(plan->settlementId); settlement && settlement->isLive())
            if (Status s = repo.setSettlementStatus(settlement->id, SettlementStatus::Broken, date); !s)
                return s;
    return tx.commit();
}

Status AgreementService::cancelPlan(qint64 planId, const QDate &date, const QDate &today) const
{
    const AgreementRepository repo(m_db);
    const auto plan = repo.plan(planId);
    if (!plan || plan->status != PlanStatus::Active)
        return Error(Tr::tr("payment plan %1 is not active").arg(planId), QStringLiteral("plan"));
    if (Status s = checkDate(date, today, QStringLiteral("date")); !s)
        return s;
    Transaction tx(m_db);
    if (Status s = repo.setPlanStatus(planId, PlanStatus::Cancelled, date); !s)
        return s;
    return tx.commit();
}

Result<qint64> AgreementService::remindInstalment(qint64 planId, int instalment, const QDate &date, Channel channel,
                                                  const QString &notes, const QDate &today) const
{
    const auto plan = AgreementRepository(m_db).plan(planId);
    if (!plan || plan->status != PlanStatus::Active)
        return Error(Tr::tr("payment plan %1 is not active").arg(planId), QStringLiteral("plan"));
    if (instalment < 0 || instalment >= plan->instalments.size())
        return Error(Tr::tr("the plan has no instalment %1").arg(instalment + 1), QStringLiteral("instalment"));
    if (Status s = checkDate(date, today, QStringLiteral("date")); !s)
        return s.error();
    Transaction tx(m_db);
    qint64 first = 0;
    for (qint64 invoiceId : plan->invoiceIds) {
        CollectionAction a;
        a.invoiceId = invoiceId;
        a.date = date;
        a.channel = channel;
        a.stepLabel = Tr::tr("Reminder of instalment %1 of %2").arg(instalment + 1).arg(plan->instalments.size());
        a.notes = notes.trimmed();
        a.planId = planId;
        a.instalment = instalment;
        const Result<qint64> id = ActionRepository(m_db).insert(a);
        if (!id)
            return id;
        if (first == 0)
            first = *id;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return first;
}

Result<qint64> AgreementService::addSettlement(Settlement s, std::optional<PlanRequest> planRequest,
                                               const QDate &today) const
{
    s.clientId = 0;
    QString currency;
    if (Status st = checkInvoices(m_db, s.invoiceIds, false, s.clientId, currency); !st)
        return st.error();
    if (Status st = checkDate(s.date, today, QStringLiteral("date")); !st)
        return st.error();
    if (s.newDueDate.isValid() && s.newDueDate < s.date)
        return Error(Tr::tr("the new due date comes before the agreement"), QStringLiteral("new_due_date"));
    if (s.discountBasisPoints < 0 || s.discountBasisPoints > 10000)
        return Error(Tr::tr("a discount is between 0 and 100 %"), QStringLiteral("discount"));
    if (s.discountBasisPoints > 0 && (!s.discountUntil.isValid() || s.discountUntil < s.date))
        return Error(Tr::tr("say until when the discount for prompt payment applies"),
                     QStringLiteral("discount_until"));
    std::optional<PaymentPlan> plan;
    if (planRequest) {
        planRequest->invoiceIds = s.invoiceIds;
        planRequest->agreedOn = s.date;
        planRequest->waiveInterest = s.waiveInterest;
        planRequest->waiveIndemnity = s.waiveIndemnity;
        planRequest->restoreOnBreak = s.restoreOnBreak;
        // Drafted before the settlement exists, so that its waivers do not hide what is waived.
        const Result<PaymentPlan> draft = draftPlan(*planRequest);
        if (!draft)
            return draft.error();
        plan = *draft;
    }
    if (s.status == SettlementStatus::Confirmed || s.status == SettlementStatus::Proposed)
        s.statusDate = s.date;
    else
        return Error(Tr::tr("a new settlement is proposed or confirmed"), QStringLiteral("status"));
    Transaction tx(m_db);
    const AgreementRepository repo(m_db);
    const Result<qint64> id = repo.insertSettlement(s);
    if (!id)
        return id;
    if (plan) {
        plan->settlementId = *id;
        if (const Result<qint64> planId = repo.insertPlan(*plan); !planId)
            return planId.error();
    }
    if (Status st = tx.commit(); !st)
        return st.error();
    return id;
}

std::optional<Settlement> AgreementService::settlement(qint64 id) const
{
    return AgreementRepository(m_db).settlement(id);
}

QList<Settlement> AgreementService::settlementsForInvoice(qint64 invoiceId) const
{
    return AgreementRepository(m_db).settlementsForInvoice(invoiceId);
}

Status AgreementService::setSettlementStatus(qint64 id, SettlementStatus status, const QDate &date,
                                             const QDate &today) const
{
    const AgreementRepository repo(m_db);
    const auto s = repo.settlement(id);
    if (!s)
        return Error(Tr::tr("settlement %1 does not exist").arg(id), QStringLiteral("settlement"));
    if (!s->isLive())
        return Error(Tr::tr("settlement %1 is already %2").arg(id).arg(settlementStatusLabel(s->status)),
                     QStringLiteral("status"));
    if (Status st = checkDate(date, today, QStringLiteral("date")); !st)
        return st;
    if (date < s->date)
        return Error(Tr::tr("the date comes before the agreement"), QStringLiteral("date"));
    Transaction tx(m_db);
    if (Status st = repo.setSettlementStatus(id, status, date); !st)
        return st;
    if (status == SettlementStatus::Broken && s->planId > 0)
        if (const auto plan = repo.plan(s->planId); plan && plan->status == PlanStatus::Active)
            if (Status st = repo.setPlanStatus(plan->id, PlanStatus::Broken, date); !st)
                return st;
    return tx.commit();
}

Status AgreementService::confirmWithLetter(qint64 id, qint64 letterId, const QDate &date) const
{
    const AgreementRepository repo(m_db);
    const auto s = repo.settlement(id);
    if (!s)
        return Error(Tr::tr("settlement %1 does not exist").arg(id), QStringLiteral("settlement"));
    Transaction tx(m_db);
    if (Status st = repo.setSettlementLetter(id, letterId); !st)
        return st;
    if (s->status == SettlementStatus::Proposed)
        if (Status st = repo.setSettlementStatus(id, SettlementStatus::Confirmed, date); !st)
            return st;
    return tx.commit();
}

Status AgreementService::recordAcknowledgement(const QList<qint64> &invoiceIds, const QDate &signedOn,
                                               const QDate &today) const
{
    if (invoiceIds.isEmpty())
        return Error(Tr::tr("no invoice is named"), QStringLiteral("invoice"));
    if (Status st = checkDate(signedOn, today, QStringLiteral("date")); !st)
        return st;
    const InvoiceRepository invoices(m_db);
    Transaction tx(m_db);
    for (qint64 id : invoiceIds) {
        const auto invoice = invoices.findById(id);
        if (!invoice)
            return Error(Tr::tr("invoice %1 does not exist").arg(id), QStringLiteral("invoice"));
        if (signedOn < invoice->issueDate)
            return Error(Tr::tr("invoice %1 was issued on %2, after the signature")
                             .arg(invoice->number, shortDate(invoice->issueDate)),
                         QStringLiteral("date"));
        if (Status st = invoices.recordAcknowledgement(id, signedOn); !st)
            return st;
    }
    return tx.commit();
}

QString AgreementService::termsText(const Settlement &s) const
{
    const QLocale locale;
    QStringList lines;
    lines << Tr::tr("As agreed on %1%2 (%3):")
                 .arg(locale.toString(s.date, QLocale::LongFormat),
                      s.agreedWith.isEmpty() ? QString() : Tr::tr(" with %1").arg(s.agreedWith),
                      channelLabel(s.channel).toLower());
    if (s.newDueDate.isValid())
        lines << Tr::tr("- the balance is paid by %1 at the latest;")
                     .arg(locale.toString(s.newDueDate, QLocale::LongFormat));
    if (s.planId > 0)
        if (const auto plan = AgreementRepository(m_db).plan(s.planId)) {
            lines << Tr::tr("- %1 is paid in %n instalment(s):", nullptr, int(plan->instalments.size()))
                         .arg(plan->target().toString(locale));
            for (const PlanInstalment &i : plan->instalments)
                lines << QStringLiteral("  %1 : %2")
                             .arg(locale.toString(i.date, QLocale::ShortFormat),
                                  Money(i.cents, plan->currency).toString(locale));
        }
    if (s.waiveInterest && s.waiveIndemnity)
        lines << Tr::tr("- the late-payment interest and the fixed recovery indemnity are waived;");
    else if (s.waiveInterest)
        lines << Tr::tr("- the late-payment interest is waived;");
    else if (s.waiveIndemnity)
        lines << Tr::tr("- the fixed recovery indemnity is waived;");
    if ((s.waiveInterest || s.waiveIndemnity) && s.restoreOnBreak)
        lines << Tr::tr("- should this agreement not be kept, they will be claimed again in full;");
    if (s.discountBasisPoints > 0)
        lines << Tr::tr("- a discount of %1 applies if everything is paid by %2;")
                     .arg(formatRate(s.discountBasisPoints, locale),
                          locale.toString(s.discountUntil, QLocale::LongFormat));
    if (!s.terms.trimmed().isEmpty())
        lines << s.terms.trimmed();
    return lines.join(QLatin1Char('\n'));
}

}  // namespace relance
