#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>

namespace offkai {

/// Splits a shared bill (割り勘) so that the shares add up exactly to the total.
class BillSplitter
{
    Q_DECLARE_TR_FUNCTIONS(offkai::BillSplitter)
public:
    /// Splits `total` among `people` shares, rounded to multiples of `unit` (1, 10, 100 yen…): everyone
    /// pays the same rounded-down share and the remainder is spread one unit at a time over the first
    /// people, so the shares never differ by more than one unit (plus what is below the unit, which the
    /// first person pays). Refused for nobody, a negative total or a unit below 1.
    static Result<QList<int>> split(int total, int people, int unit = 1);
};

} // namespace offkai
