#pragma once

#include <QString>
#include <QtGlobal>

#include <array>

namespace relance {

// How late an open invoice is, in the buckets every receivables report uses.
enum class AgingBucket { NotYetDue, Late1To30, Late31To60, Late61To90, LateOver90 };

inline constexpr std::array<AgingBucket, 5> kAgingBuckets{AgingBucket::NotYetDue, AgingBucket::Late1To30,
                                                          AgingBucket::Late31To60, AgingBucket::Late61To90,
                                                          AgingBucket::LateOver90};

// The bucket of an invoice `daysLate` days past its due date (0 or less: not yet due).
AgingBucket agingBucket(qint64 daysLate);
// The first day late the bucket holds (NotYetDue: none, returns 0) and the last (-1: no end).
int agingBucketFirstDay(AgingBucket bucket);
int agingBucketLastDay(AgingBucket bucket);
QString agingBucketKey(AgingBucket bucket);    // "not_due", "1_30", "31_60", "61_90", "over_90"
QString agingBucketLabel(AgingBucket bucket);  // translated: "1–30 days late"
inline int agingBucketIndex(AgingBucket bucket) { return int(bucket); }

}  // namespace relance
