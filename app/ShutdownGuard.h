#pragma once

#include <functional>
#include <QObject>

class QSocketNotifier;

namespace offkai {

/// The ways the window's process can end other than by closing the window, each led through the same
/// shut-down routine as a close, so that edits are saved, the database's lock is released and a demo's
/// temporary folder is removed:
/// - SIGTERM (logout, `kill`), SIGHUP (the terminal went away) and SIGINT (Ctrl+C): the routine runs, then
///   the event loop quits and the program returns from `main` as after a close;
/// - the display going away: Qt's xcb plug-in warns "The X11 connection broke" and then ends the process
///   with `exit(1)` from inside the event loop. The guard's message handler sees that warning and runs the
///   routine before the `exit`, while everything it needs still exists (an `atexit` handler would run
///   after the static objects made during the session were destroyed).
/// The routine runs at most once. One guard at a time; the signals are handled on Unix only.
class ShutdownGuard : public QObject
{
    Q_OBJECT
public:
    explicit ShutdownGuard(std::function<void()> shutDown, QObject *parent = nullptr);
    /// Restores the default signal handling and the previous message handler.
    ~ShutdownGuard() override;

    ShutdownGuard(const ShutdownGuard &) = delete;
    ShutdownGuard &operator=(const ShutdownGuard &) = delete;

private:
    void onSignal();
    void runOnce();
    static void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message);

    std::function<void()> m_shutDown;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace offkai
