#include "workflows/DemoRandom.h"

namespace offkai {

quint64 DemoRandom::next()
{
    quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

int DemoRandom::below(int bound)
{
    return bound > 0 ? int(next() % quint64(bound)) : 0;
}

int DemoRandom::weighted(const QList<int> &weights)
{
    qint64 total = 0;
    for (int w : weights)
        total += qMax(0, w);
    if (total <= 0)
        return -1;
    qint64 pick = qint64(next() % quint64(total));
    for (int i = 0; i < weights.size(); ++i) {
        pick -= qMax(0, weights.at(i));
        if (pick < 0)
            return i;
    }
    return -1;
}

} // namespace offkai
