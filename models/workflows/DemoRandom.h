#pragma once

#include <QList>
#include <QtGlobal>

namespace offkai {

/// The demo's dice: a fixed-seed generator (SplitMix64) with integer-only draws, so that the demo's
/// history comes out the same on every machine and every run, whatever the clock says.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed)
        : m_state(seed)
    {}

    /// The next 64 raw bits.
    quint64 next();
    /// A number in [0, bound); 0 when `bound` is not positive.
    int below(int bound);
    /// A number in [low, high].
    int between(int low, int high) { return low + below(high - low + 1); }
    /// True `percent` times in a hundred.
    bool chance(int percent) { return below(100) < percent; }
    /// The index of one of `weights`, chosen in proportion to them; -1 when they are all zero.
    int weighted(const QList<int> &weights);

private:
    quint64 m_state;
};

} // namespace offkai
