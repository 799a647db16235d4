#include "escalation.h"

#include <algorithm>

namespace relance {

namespace {

LadderStep step(const char *templateKey, int offset, StepAnchor anchor, Channel channel, Tone tone,
                DayKind kind = DayKind::Calendaires, int paymentDeadline = 0)
{
    LadderStep s;
    s.templateKey = QString::fromLatin1(templateKey);
    s.offsetDays = offset;
    s.anchor = anchor;
    s.channel = channel;
    s.tone = tone;
    s.dayKind = kind;
    s.paymentDeadlineDays = paymentDeadline;
    return s;
}

// Moves a planned day off weekends and public holidays, forwards: nobody chases on a Sunday.
QDate workingDayFrom(const QDate &day, Calendar calendar) { return deadline(day, 0, DayKind::Calendaires, calendar); }

QDate fromDueDate(const LadderStep &s, const QDate &dueDate, Calendar calendar)
{
    return s.offsetDays < 0 ? dueDate.addDays(s.offsetDays) : deadline(dueDate, s.offsetDays, s.dayKind, calendar);
}

}  // namespace

QList<Ladder> builtInLadders()
{
    using A = StepAnchor;
    Ladder standard;
    standard.name = QStringLiteral("Standard");
    standard.builtInKey = QStringLiteral("standard");
    standard.steps = {
        step("courtesy", -3, A::DueDate, Channel::Email, Tone::Courteous),
        step("reminder1", 0, A::DueDate, Channel::Email, Tone::Friendly),
        step("call", 7, A::DueDate, Channel::Phone, Tone::Friendly),
        step("reminder2", 15, A::DueDate, Channel::Email, Tone::Firm),
        step("final", 30, A::DueDate, Channel::RegisteredLetter, Tone::Firm),
        step("formal-notice", 8, A::Receipt, Channel::FormalNotice, Tone::Formal, DayKind::Calendaires, 8),
        step("handover", 1, A::Deadline, Channel::Collection, Tone::Formal),
    };
    Ladder gentle;
    gentle.name = QStringLiteral("Gentle freelancer");
    gentle.builtInKey = QStringLiteral("gentle");
    gentle.steps = {
        step("reminder1", 30, A::DueDate, Channel::Email, Tone::Friendly),
        step("sms", 5, A::PreviousStep, Channel::TextMessage, Tone::Friendly, DayKind::Ouvres),
        step("final", 5, A::PreviousStep, Channel::Email, Tone::Firm),
        step("call", 2, A::PreviousStep, Channel::Phone, Tone::Firm),
        step("formal-notice", 1, A::PreviousStep, Channel::FormalNotice, Tone::Formal, DayKind::Calendaires, 8),
        step("handover", 1, A::Deadline, Channel::Collection, Tone::Formal),
    };
    return {standard, gentle};
}

QDate paymentDeadline(const LadderStep &s, const CollectionAction &sent, Calendar calendar)
{
    const QDate from = sent.receiptDate.isValid() ? sent.receiptDate : sent.date;
    return deadline(from, s.paymentDeadlineDays, s.dayKind, calendar);
}

std::optional<PlannedStep> planNextStep(const Ladder &ladder, const QDate &dueDate,
                                        const QList<CollectionAction> &actions, const QDate &asOf, Calendar calendar)
{
    // The last step done, and the action that did it (the latest if done twice).
    const CollectionAction *last = nullptr;
    for (const CollectionAction &a : actions)
        if (a.completesStep() && a.stepIndex < ladder.steps.size() &&
            (!last || a.stepIndex > last->stepIndex || (a.stepIndex == last->stepIndex && a.date > last->date)))
            last = &a;
    int next = last ? last->stepIndex + 1 : 0;
    // A reminder meant for before the due date makes no sense once it has passed.
    while (!last && next < ladder.steps.size() && ladder.steps.at(next).anchor == StepAnchor::DueDate &&
           ladder.steps.at(next).offsetDays < 0 && asOf >= dueDate)
        ++next;
    if (next >= ladder.steps.size())
        return std::nullopt;

    const LadderStep &s = ladder.steps.at(next);
    PlannedStep plan;
    plan.stepIndex = next;
    switch (s.anchor) {
    case StepAnchor::DueDate: {
        plan.date = fromDueDate(s, dueDate, calendar);
        // A previous step done late pushes this one: the spacing between them is kept.
        const LadderStep *previous = last ? &ladder.steps.at(last->stepIndex) : nullptr;
        if (previous && previous->anchor == StepAnchor::DueDate &&
            last->date > workingDayFrom(fromDueDate(*previous, dueDate, calendar), calendar)) {
            const int gap = s.offsetDays - previous->offsetDays;
            if (gap > 0)
                plan.date = std::max(plan.date, deadline(last->date, gap, s.dayKind, calendar));
        }
        break;
    }
    case StepAnchor::PreviousStep:
        plan.date = deadline(last ? last->date : dueDate, s.offsetDays, s.dayKind, calendar);
        break;
    case StepAnchor::Receipt: {
        const QDate base = last ? (last->receiptDate.isValid() ? last->receiptDate : last->date) : dueDate;
        plan.receiptAssumed = last && !last->receiptDate.isValid() && isRegistered(last->channel);
        plan.date = deadline(base, s.offsetDays, s.dayKind, calendar);
        break;
    }
    case StepAnchor::Deadline: {
        const QDate base = last ? paymentDeadline(ladder.steps.at(last->stepIndex), *last, calendar) : dueDate;
        plan.receiptAssumed = last && !last->receiptDate.isValid() && isRegistered(last->channel);
        plan.date = deadline(base, s.offsetDays, s.dayKind, calendar);
        break;
    }
    }
    // Unanswered tries of this step: try again the next working day after the latest.
    for (const CollectionAction &a : actions)
        if (a.stepIndex == next && a.outcome == Outcome::NoAnswer && (!last || a.date >= last->date)) {
            ++plan.attempts;
            plan.date = std::max(plan.date, deadline(a.date, 1, DayKind::Ouvres, calendar));
        }
    plan.date = workingDayFrom(plan.date, calendar);
    return plan;
}

}  // namespace relance
