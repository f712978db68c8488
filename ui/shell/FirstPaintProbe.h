#pragma once

#include <QElapsedTimer>
#include <QObject>

class QWidget;

namespace offkai {

/// Watches a window for its first paint, then prints "first paint: N ms (peak resident memory M kB)" on
/// standard output (N counted from `started`, which the caller starts as early as it can) and ends the
/// event loop. Behind
/// `offkai --exit-after-first-paint`, which tests/bench/bench_startup times, and which users can time from
/// the shell. The bare window the benchmark compares with uses the same probe, so both sides stop at the
/// same moment: after the window's first frame has been painted and handed to the display.
class FirstPaintProbe : public QObject
{
    Q_OBJECT
public:
    FirstPaintProbe(QWidget *window, QElapsedTimer started, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void report();

    QWidget *m_window;
    QElapsedTimer m_started;
    bool m_seen = false;
};

} // namespace offkai
