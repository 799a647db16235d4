#include "ladder.h"

#include "enumkeys.h"

#include <QCoreApplication>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Ladder)
};

constexpr std::array kChannels{
    Channel::Email,        Channel::Phone,     Channel::TextMessage, Channel::Letter, Channel::RegisteredLetter,
    Channel::FormalNotice, Channel::Collection};
constexpr std::array kTones{Tone::Courteous, Tone::Friendly, Tone::Firm, Tone::Formal};
constexpr std::array kAnchors{StepAnchor::DueDate, StepAnchor::PreviousStep, StepAnchor::Receipt, StepAnchor::Deadline};
constexpr std::array kOutcomes{Outcome::Done, Outcome::NoAnswer, Outcome::Promised, Outcome::Disputed};
}  // namespace

QString channelKey(Channel c)
{
    switch (c) {
    case Channel::Email: return QStringLiteral("email");
    case Channel::Phone: return QStringLiteral("phone");
    case Channel::TextMessage: return QStringLiteral("sms");
    case Channel::Letter: return QStringLiteral("letter");
    case Channel::RegisteredLetter: return QStringLiteral("registered");
    case Channel::FormalNotice: return QStringLiteral("formal-notice");
    case Channel::Collection: return QStringLiteral("collection");
    }
    return {};
}
std::optional<Channel> channelFromKey(const QString &key) { return enumFromKey(key, kChannels, channelKey); }
QList<Channel> allChannels() { return QList<Channel>(kChannels.begin(), kChannels.end()); }

QString channelLabel(Channel c)
{
    switch (c) {
    case Channel::Email: return Tr::tr("E-mail");
    case Channel::Phone: return Tr::tr("Phone call");
    case Channel::TextMessage: return Tr::tr("Text message");
    case Channel::Letter: return Tr::tr("Letter");
    case Channel::RegisteredLetter: return Tr::tr("Registered letter");
    case Channel::FormalNotice: return Tr::tr("Formal notice (registered, with receipt)");
    case Channel::Collection: return Tr::tr("Hand-over to collection");
    }
    return {};
}

QString toneKey(Tone t)
{
    switch (t) {
    case Tone::Courteous: return QStringLiteral("courteous");
    case Tone::Friendly: return QStringLiteral("friendly");
    case Tone::Firm: return QStringLiteral("firm");
    case Tone::Formal: return QStringLiteral("formal");
    }
    return {};
}
std::optional<Tone> toneFromKey(const QString &key) { return enumFromKey(key, kTones, toneKey); }

QString toneLabel(Tone t)
{
    switch (t) {
    case Tone::Courteous: return Tr::tr("Courteous");
    case Tone::Friendly: return Tr::tr("Friendly");
    case Tone::Firm: return Tr::tr("Firm");
    case Tone::Formal: return Tr::tr("Formal");
    }
    return {};
}

QString anchorKey(StepAnchor a)
{
    switch (a) {
    case StepAnchor::DueDate: return QStringLiteral("due");
    case StepAnchor::PreviousStep: return QStringLiteral("previous");
    case StepAnchor::Receipt: return QStringLiteral("receipt");
    case StepAnchor::Deadline: return QStringLiteral("deadline");
    }
    return {};
}
std::optional<StepAnchor> anchorFromKey(const QString &key) { return enumFromKey(key, kAnchors, anchorKey); }

QString anchorLabel(StepAnchor a)
{
    switch (a) {
    case StepAnchor::DueDate: return Tr::tr("after the due date");
    case StepAnchor::PreviousStep: return Tr::tr("after the previous step");
    case StepAnchor::Receipt: return Tr::tr("after receipt of the registered letter");
    case StepAnchor::Deadline: return Tr::tr("after the payment deadline");
    }
    return {};
}

QStringList templateKeys()
{
    return {QStringLiteral("courtesy"),      QStringLiteral("reminder1"),
            QStringLiteral("reminder2"),     QStringLiteral("final"),
            QStringLiteral("formal-notice"), QStringLiteral("handover"),
            QStringLiteral("call"),          QStringLiteral("sms")};
}

QString templateLabel(const QString &key)
{
    if (key == QLatin1String("courtesy"))
        return Tr::tr("Courtesy reminder");
    if (key == QLatin1String("reminder1"))
        return Tr::tr("First reminder");
    if (key == QLatin1String("reminder2"))
        return Tr::tr("Second reminder");
    if (key == QLatin1String("final"))
        return Tr::tr("Final reminder");
    if (key == QLatin1String("formal-notice"))
        return Tr::tr("Formal notice");
    if (key == QLatin1String("handover"))
        return Tr::tr("Hand-over to collection");
    if (key == QLatin1String("call"))
        return Tr::tr("Phone call");
    if (key == QLatin1String("sms"))
        return Tr::tr("Text message");
    return key;
}

QString Ladder::displayName() const
{
    if (builtInKey == QLatin1String("standard") && name == QLatin1String("Standard"))
        return Tr::tr("Standard");
    if (builtInKey == QLatin1String("gentle") && name == QLatin1String("Gentle freelancer"))
        return Tr::tr("Gentle freelancer");
    return name;
}

QString outcomeKey(Outcome o)
{
    switch (o) {
    case Outcome::Done: return QStringLiteral("done");
    case Outcome::NoAnswer: return QStringLiteral("no_answer");
    case Outcome::Promised: return QStringLiteral("promised");
    case Outcome::Disputed: return QStringLiteral("disputed");
    }
    return {};
}
std::optional<Outcome> outcomeFromKey(const QString &key) { return enumFromKey(key, kOutcomes, outcomeKey); }

QString outcomeLabel(Outcome o)
{
    switch (o) {
    case Outcome::Done: return Tr::tr("Done");
    case Outcome::NoAnswer: return Tr::tr("No answer, try again");
    case Outcome::Promised: return Tr::tr("Promised to pay");
    case Outcome::Disputed: return Tr::tr("Disputes the invoice");
    }
    return {};
}

}  // namespace relance
