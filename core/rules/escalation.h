#pragma once

#include "domain/ladder.h"

#include <QDate>
#include <QList>

#include <optional>

namespace relance {

// The two ladders Relance ships (LEGAL.md section 1): "standard" and "gentle freelancer".
QList<Ladder> builtInLadders();

// The next step of an invoice on its ladder, planned from what really happened.
struct PlannedStep
{
    int stepIndex = 0;
    QDate date;                   // when to do it
    bool receiptAssumed = false;  // planned from the posting date: the receipt date is not recorded
    int attempts = 0;             // unanswered tries of this step so far
};

// `actions` are the invoice's own, in any order. Steps before the due date (a courtesy reminder)
// are skipped once the due date has come without them; an unanswered attempt is tried again the
// next working day; a step anchored at the due date keeps its spacing from the previous step as
// it really happened. None when the ladder is finished.
std::optional<PlannedStep> planNextStep(const Ladder &ladder, const QDate &dueDate,
                                        const QList<CollectionAction> &actions, const QDate &asOf,
                                        Calendar calendar = Calendar::France);

// The payment deadline a registered step gave, counted from its receipt (or posting) date.
QDate paymentDeadline(const LadderStep &step, const CollectionAction &sent, Calendar calendar = Calendar::France);

}  // namespace relance
