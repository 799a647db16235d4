#pragma once

#include "domain/ladder.h"

#include <QList>
#include <QString>

#include <optional>

namespace relance {

// The letters Relance writes. Keys are stable (templates, database, CLI); labels are translated.
enum class LetterKind { Courtesy, Reminder1, Reminder2, Final, FormalNotice, Agreement, Schedule, Handover };

QString
letterKindKey(LetterKind kind);  // courtesy, reminder1, reminder2, final, formal-notice, agreement, schedule, handover
std::optional<LetterKind> letterKindFromKey(const QString &key);
QString letterKindLabel(LetterKind kind);
QList<LetterKind> allLetterKinds();

// The letter a ladder step produces, if any (a phone call or a text message produces none).
std::optional<LetterKind> letterKindForTemplate(const QString &templateKey);
// How the letter goes when no ladder step says otherwise: the final reminder and the formal
// notice by registered post, the others by ordinary post.
Channel defaultChannel(LetterKind kind);
// Days given to pay when no ladder step says otherwise (0: the letter sets no new deadline).
int defaultDeadlineDays(LetterKind kind);
// Whether the deadline runs from the letter's receipt (registered letters) or from its date.
bool deadlineFromReceipt(LetterKind kind);

}  // namespace relance
