#include "severity.h"

#include <QCoreApplication>

namespace relance::ui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Severity)
};
}  // namespace

QIcon severityIcon(AgingBucket bucket)
{
    switch (bucket) {
    case AgingBucket::NotYetDue: return {};
    case AgingBucket::Late1To30: return QIcon(QStringLiteral(":/icons/late-1.svg"));
    case AgingBucket::Late31To60: return QIcon(QStringLiteral(":/icons/late-2.svg"));
    case AgingBucket::Late61To90: return QIcon(QStringLiteral(":/icons/late-3.svg"));
    case AgingBucket::LateOver90: return QIcon(QStringLiteral(":/icons/late-4.svg"));
    }
    return {};
}

QColor severityBackground(AgingBucket bucket)
{
    switch (bucket) {
    case AgingBucket::NotYetDue: return {};
    case AgingBucket::Late1To30: return QColor(240, 190, 0, 45);
    case AgingBucket::Late31To60: return QColor(240, 120, 0, 60);
    case AgingBucket::Late61To90: return QColor(220, 40, 30, 60);
    case AgingBucket::LateOver90: return QColor(170, 0, 20, 95);
    }
    return {};
}

QString daysLateText(qint64 daysLate)
{
    if (daysLate > 0)
        return Tr::tr("%n day(s) late", nullptr, int(daysLate));
    if (daysLate == 0)
        return Tr::tr("due today");
    return Tr::tr("due in %n day(s)", nullptr, int(-daysLate));
}

}  // namespace relance::ui
