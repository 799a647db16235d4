#include "severity.h"

#include <QCoreApplication>

#include <cmath>

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

bool isDarkPalette(const QPalette &palette) { return palette.color(QPalette::Base).lightness() < 128; }

SeverityColours severityColours(AgingBucket bucket, const QPalette &palette)
{
    // Blue for "not due yet" (a courtesy step before the due date), then yellow to dark red.
    static const QColor light[] = {QColor(0xe3, 0xee, 0xfa), QColor(0xfd, 0xf1, 0xc4), QColor(0xfd, 0xdc, 0xb8),
                                   QColor(0xfa, 0xcf, 0xca), QColor(0xf2, 0xb8, 0xbe)};
    static const QColor dark[] = {QColor(0x1c, 0x33, 0x4d), QColor(0x4a, 0x3d, 0x0a), QColor(0x55, 0x30, 0x0c),
                                  QColor(0x5c, 0x1e, 0x1a), QColor(0x6b, 0x12, 0x24)};
    const int i = int(bucket);
    if (isDarkPalette(palette))
        return {dark[i], QColor(0xf2, 0xf2, 0xf2)};
    return {light[i], QColor(0x1a, 0x1a, 0x1a)};
}

namespace {
double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
}  // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
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
