#include "StatsFigures.h"

namespace offkai {

StatsPeriod StatsPeriod::thisYear(QDate today)
{
    StatsPeriod period;
    period.from = QDate(today.year(), 1, 1);
    period.to = QDate(today.year(), 12, 31);
    return period;
}

StatsPeriod StatsPeriod::last12Months(QDate today)
{
    const QDate month(today.year(), today.month(), 1);
    StatsPeriod period;
    period.from = month.addMonths(-11);
    period.to = month.addMonths(1).addDays(-1);
    return period;
}

StatsPeriod StatsPeriod::allTime()
{
    return {};
}

QList<QDate> StatsPeriod::months() const
{
    QList<QDate> result;
    if (!isValid())
        return result;
    const QDate last(to.year(), to.month(), 1);
    for (QDate month(from.year(), from.month(), 1); month <= last; month = month.addMonths(1))
        result.append(month);
    return result;
}

} // namespace offkai
