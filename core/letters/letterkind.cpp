#include "letterkind.h"

#include <QCoreApplication>

#include <array>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LetterKind)
};
constexpr std::array kKinds{LetterKind::Courtesy, LetterKind::Reminder1,    LetterKind::Reminder2,
                            LetterKind::Final,    LetterKind::FormalNotice, LetterKind::Agreement,
                            LetterKind::Schedule, LetterKind::Handover};
}  // namespace

QString letterKindKey(LetterKind kind)
{
    switch (kind) {
    case LetterKind::Courtesy: return QStringLiteral("courtesy");
    case LetterKind::Reminder1: return QStringLiteral("reminder1");
    case LetterKind::Reminder2: return QStringLiteral("reminder2");
    case LetterKind::Final: return QStringLiteral("final");
    case LetterKind::FormalNotice: return QStringLiteral("formal-notice");
    case LetterKind::Agreement: return QStringLiteral("agreement");
    case LetterKind::Schedule: return QStringLiteral("schedule");
    case LetterKind::Handover: return QStringLiteral("handover");
    }
    return {};
}

std::optional<LetterKind> letterKindFromKey(const QString &key)
{
    for (LetterKind k : kKinds)
        if (letterKindKey(k) == key)
            return k;
    return std::nullopt;
}

QList<LetterKind> allLetterKinds() { return QList<LetterKind>(kKinds.begin(), kKinds.end()); }

QString letterKindLabel(LetterKind kind)
{
    switch (kind) {
    case LetterKind::Courtesy: return Tr::tr("Courtesy reminder (before the due date)");
    case LetterKind::Reminder1: return Tr::tr("First reminder");
    case LetterKind::Reminder2: return Tr::tr("Second reminder");
    case LetterKind::Final: return Tr::tr("Final reminder (registered)");
    case LetterKind::FormalNotice: return Tr::tr("Formal notice");
    case LetterKind::Agreement: return Tr::tr("Confirmation of a settlement");
    case LetterKind::Schedule: return Tr::tr("Instalment schedule");
    case LetterKind::Handover: return Tr::tr("Hand-over notice");
    }
    return {};
}

std::optional<LetterKind> letterKindForTemplate(const QString &templateKey)
{
    const auto kind = letterKindFromKey(templateKey);
    if (!kind || *kind == LetterKind::Agreement || *kind == LetterKind::Schedule)
        return std::nullopt;  // ladder steps never produce these two
    return kind;
}

Channel defaultChannel(LetterKind kind)
{
    switch (kind) {
    case LetterKind::Final: return Channel::RegisteredLetter;
    case LetterKind::FormalNotice: return Channel::FormalNotice;
    case LetterKind::Handover: return Channel::Collection;
    default: return Channel::Letter;
    }
}

int defaultDeadlineDays(LetterKind kind)
{
    switch (kind) {
    case LetterKind::Reminder1:
    case LetterKind::Reminder2:
    case LetterKind::Final:
    case LetterKind::FormalNotice: return 8;
    default: return 0;
    }
}

bool deadlineFromReceipt(LetterKind kind) { return kind == LetterKind::Final || kind == LetterKind::FormalNotice; }

}  // namespace relance
