#pragma once

#include <QString>

namespace relance {

// Where things go on the A4 sheet. The defaults put the recipient in the window of a standard
// French DL window envelope (a frame 85 x 33 mm, 110 mm from the left and 55 mm from the top of
// the sheet); printers and envelopes differ, so each offset is a setting.
struct LetterLayout
{
    double windowLeftMm = 110.0;
    double windowTopMm = 55.0;
    double windowWidthMm = 85.0;
    double windowHeightMm = 33.0;
    double marginMm = 20.0;
    QString fontFamily = QStringLiteral("Liberation Sans");
    double fontPointSize = 10.0;

    bool operator==(const LetterLayout &) const = default;
};

}  // namespace relance
