#include "BillSplitter.h"

namespace offkai {

Result<QList<int>> BillSplitter::split(int total, int people, int unit)
{
    if (people <= 0)
        return Error(Error::Code::Invalid, tr("Choose at least one person to split the bill among."));
    if (total < 0)
        return Error(Error::Code::Invalid, tr("The bill cannot be negative."));
    if (unit < 1)
        return Error(Error::Code::Invalid, tr("The rounding unit must be at least 1."));
    // Work in whole units; what is below one unit goes to the first person, so the sum stays exact.
    const int units = total / unit;
    const int belowUnit = total % unit;
    const int each = units / people;
    const int extra = units % people;
    QList<int> shares;
    shares.reserve(people);
    for (int i = 0; i < people; ++i)
        shares.append((each + (i < extra ? 1 : 0)) * unit);
    shares[0] += belowUnit;
    return shares;
}

} // namespace offkai
