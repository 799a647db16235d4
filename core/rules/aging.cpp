#include "aging.h"

#include <QCoreApplication>

namespace relance {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Aging)
};
}  // namespace

AgingBucket agingBucket(qint64 daysLate)
{
    if (daysLate <= 0)
        return AgingBucket::NotYetDue;
    if (daysLate <= 30)
        return AgingBucket::Late1To30;
    if (daysLate <= 60)
        return AgingBucket::Late31To60;
    if (daysLate <= 90)
        return AgingBucket::Late61To90;
    return AgingBucket::LateOver90;
}

int agingBucketFirstDay(AgingBucket bucket)
{
    switch (bucket) {
    case AgingBucket::NotYetDue: return 0;
    case AgingBucket::Late1To30: return 1;
    case AgingBucket::Late31To60: return 31;
    case AgingBucket::Late61To90: return 61;
    case AgingBucket::LateOver90: return 91;
    }
    return 0;
}

int agingBucketLastDay(AgingBucket bucket)
{
    switch (bucket) {
    case AgingBucket::NotYetDue: return 0;
    case AgingBucket::Late1To30: return 30;
    case AgingBucket::Late31To60: return 60;
    case AgingBucket::Late61To90: return 90;
    case AgingBucket::LateOver90: return -1;
    }
    return -1;
}

QString agingBucketKey(AgingBucket bucket)
{
    switch (bucket) {
    case AgingBucket::NotYetDue: return QStringLiteral("not_due");
    case AgingBucket::Late1To30: return QStringLiteral("1_30");
    case AgingBucket::Late31To60: return QStringLiteral("31_60");
    case AgingBucket::Late61To90: return QStringLiteral("61_90");
    case AgingBucket::LateOver90: return QStringLiteral("over_90");
    }
    return {};
}

QString agingBucketLabel(AgingBucket bucket)
{
    switch (bucket) {
    case AgingBucket::NotYetDue: return Tr::tr("Not yet due");
    case AgingBucket::Late1To30: return Tr::tr("1–30 days late");
    case AgingBucket::Late31To60: return Tr::tr("31–60 days late");
    case AgingBucket::Late61To90: return Tr::tr("61–90 days late");
    case AgingBucket::LateOver90: return Tr::tr("Over 90 days late");
    }
    return {};
}

}  // namespace relance
