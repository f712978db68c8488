#include "FirstPaintProbe.h"

#include <cstdio>
#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

namespace offkai {

namespace {
/// The process's peak resident set, from Linux's /proc (VmHWM); "?" elsewhere.
QByteArray peakResidentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0);
        }
    }
    return QByteArrayLiteral("?");
}
} // namespace

FirstPaintProbe::FirstPaintProbe(QWidget *window, QElapsedTimer started, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_started(started)
{
    // Paint events go to each widget of the window in turn, within one pass that ends with the frame
    // being flushed to the display: the application-wide filter sees the first of them.
    QCoreApplication::instance()->installEventFilter(this);
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_seen && event->type() == QEvent::Paint && watched->isWidgetType() &&
        static_cast<QWidget *>(watched)->window() == m_window) {
        m_seen = true;
        QCoreApplication::instance()->removeEventFilter(this);
        // Queued: runs once the whole paint pass, flush included, has returned to the event loop.
        QTimer::singleShot(0, this, &FirstPaintProbe::report);
    }
    return false;
}

void FirstPaintProbe::report()
{
    std::printf("first paint: %lld ms (peak resident memory %s kB)\n", qlonglong(m_started.elapsed()),
                peakResidentKb().constData());
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

} // namespace offkai
