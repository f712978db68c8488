#include "ShutdownGuard.h"

#include <cstdio>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <utility>

#ifdef Q_OS_UNIX
#include <array>
#include <cerrno>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcShutdown, "offkai.shutdown", QtInfoMsg)

namespace offkai {

namespace {
ShutdownGuard *g_guard = nullptr;
QtMessageHandler g_previousHandler = nullptr;

// What Qt's xcb plug-in says just before it calls exit(1) (qxcbconnection.cpp, Qt 6).
constexpr QLatin1StringView kDisplayLost("The X11 connection broke");

#ifdef Q_OS_UNIX
std::array<int, 2> g_pipe = {-1, -1};
constexpr std::array<int, 3> kSignals = {SIGTERM, SIGHUP, SIGINT};

// Async-signal-safe: writes the signal's number to the pipe; the event loop does the rest.
void onUnixSignal(int signal)
{
    const int saved = errno;
    const char byte = static_cast<char>(signal);
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[1], &byte, 1);
    errno = saved;
}

void setSignalHandler(void (*handler)(int))
{
    struct sigaction action = {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int signal : kSignals)
        ::sigaction(signal, &action, nullptr);
}
#endif
} // namespace

ShutdownGuard::ShutdownGuard(std::function<void()> shutDown, QObject *parent)
    : QObject(parent)
    , m_shutDown(std::move(shutDown))
{
    Q_ASSERT(!g_guard);
    g_guard = this;
    g_previousHandler = qInstallMessageHandler(handleMessage);
#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_pipe.data()) != 0) {
        qCWarning(lcShutdown) << "no signal pipe; a signal ends the process without saving";
        return;
    }
    m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ShutdownGuard::onSignal);
    setSignalHandler(onUnixSignal);
#endif
}

ShutdownGuard::~ShutdownGuard()
{
    qInstallMessageHandler(g_previousHandler);
    g_previousHandler = nullptr;
    g_guard = nullptr;
#ifdef Q_OS_UNIX
    if (g_pipe[0] >= 0) {
        setSignalHandler(SIG_DFL);
        delete m_notifier;
        ::close(g_pipe[0]);
        ::close(g_pipe[1]);
        g_pipe = {-1, -1};
    }
#endif
}

void ShutdownGuard::onSignal()
{
#ifdef Q_OS_UNIX
    char byte = 0;
    if (::read(g_pipe[0], &byte, 1) != 1)
        return;
    qCInfo(lcShutdown) << "signal" << int(byte) << "received; closing as after the window's close";
#endif
    runOnce();
    QCoreApplication::quit();
}

void ShutdownGuard::handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_previousHandler)
        g_previousHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
    if (type == QtWarningMsg && g_guard && message.startsWith(kDisplayLost))
        g_guard->runOnce(); // Qt calls exit(1) as soon as this returns
}

void ShutdownGuard::runOnce()
{
    std::function<void()> routine = std::exchange(m_shutDown, nullptr);
    if (routine)
        routine();
}

} // namespace offkai
