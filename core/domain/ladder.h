#pragma once

#include "rules/businesscalendar.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace relance {

// How a step reaches the client. Keys are stable (database, CLI, JSON); labels are translated.
enum class Channel { Email, Phone, TextMessage, Letter, RegisteredLetter, FormalNotice, Collection };
QString channelKey(Channel channel);  // email, phone, sms, letter, registered, formal-notice, collection
std::optional<Channel> channelFromKey(const QString &key);
QString channelLabel(Channel channel);
QList<Channel> allChannels();
// Whether the step goes by registered post, so that its receipt date matters.
inline bool isRegistered(Channel c) { return c == Channel::RegisteredLetter || c == Channel::FormalNotice; }

enum class Tone { Courteous, Friendly, Firm, Formal };
QString toneKey(Tone tone);  // courteous, friendly, firm, formal
std::optional<Tone> toneFromKey(const QString &key);
QString toneLabel(Tone tone);

// What a step's offset counts from: the due date, the previous step as it really happened, the
// receipt of the previous (registered) letter, or the payment deadline that letter gave.
enum class StepAnchor { DueDate, PreviousStep, Receipt, Deadline };
QString anchorKey(StepAnchor anchor);  // due, previous, receipt, deadline
std::optional<StepAnchor> anchorFromKey(const QString &key);
QString anchorLabel(StepAnchor anchor);

// The letter or message a step produces (the letters issue renders them).
QStringList templateKeys();  // courtesy, reminder1, reminder2, final, formal-notice, handover, call, sms
QString templateLabel(const QString &key);

struct LadderStep
{
    QString templateKey;  // what to send or do
    QString label;        // the user's own name for the step; empty: the template's label
    int offsetDays = 0;   // may be negative before the due date
    StepAnchor anchor = StepAnchor::DueDate;
    DayKind dayKind = DayKind::Calendaires;
    Channel channel = Channel::Email;
    Tone tone = Tone::Friendly;
    int paymentDeadlineDays = 0;  // a formal notice's deadline to pay, from its receipt (0: none)
    // The morning run sends this step's e-mail by itself (`relance-cli run`); off by default.
    bool autoSend = false;

    QString displayName() const { return label.isEmpty() ? templateLabel(templateKey) : label; }
    bool operator==(const LadderStep &) const = default;
};

// An ordered list of steps from the first reminder to the hand-over to collection.
struct Ladder
{
    qint64 id = 0;
    QString name;
    QString builtInKey;  // "standard" or "gentle" for the shipped ladders
    QList<LadderStep> steps;

    QString displayName() const;  // a shipped ladder's name is translated
};

// What happened with a step, as told by the user.
enum class Outcome { Done, NoAnswer, Promised, Disputed };
QString outcomeKey(Outcome outcome);  // done, no_answer, promised, disputed
std::optional<Outcome> outcomeFromKey(const QString &key);
QString outcomeLabel(Outcome outcome);

// A step done (or attempted) on an invoice: the proof of the chase.
struct CollectionAction
{
    qint64 id = 0;
    qint64 invoiceId = 0;
    QDate date;
    Channel channel = Channel::Email;
    int stepIndex = -1;  // the ladder step it fulfils (0-based), -1 for a note outside the ladder
    // The step's name when it was done, kept if the ladder changes: the name the user gave it,
    // or (empty label) the shipped step's template key, named in the reader's language.
    QString stepLabel;
    QString stepTemplate;
    QString stepName() const { return stepLabel.isEmpty() && !stepTemplate.isEmpty() ? templateLabel(stepTemplate) : stepLabel; }
    Outcome outcome = Outcome::Done;
    QString notes;
    QString trackingNumber;  // registered letters
    QDate receiptDate;       // registered letters: received (or first presented)
    qint64 planId = 0;       // a payment plan's reminder: the plan and its instalment (0-based)
    int instalment = -1;

    // Whether it moves the invoice on: an unanswered call is tried again.
    bool completesStep() const { return stepIndex >= 0 && outcome != Outcome::NoAnswer; }
};

}  // namespace relance
