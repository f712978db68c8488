// The running application, ended the ways a session ends besides closing the window: SIGTERM, SIGHUP and
// the display going away. Each must leave no lock and no demo folder behind.
#include "TestSupport.h"

#include <csignal>
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

class TestShutdownGuard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_scratch;

    /// The environment of a run with its own temporary folder, home and settings.
    QProcessEnvironment environment(const QString &tmp) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TMPDIR"), tmp);
        env.insert(QStringLiteral("HOME"), m_scratch.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_scratch.filePath(QStringLiteral("home/.config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_scratch.filePath(QStringLiteral("home/.local/share")));
        return env;
    }

    /// Files whose name ends in ".lock" anywhere under `folder`.
    static QStringList locksUnder(const QString &folder)
    {
        QStringList found;
        QDirIterator it(folder, {QStringLiteral("*.lock")}, QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            found.append(it.next());
        return found;
    }

    static QStringList demoFolders(const QString &tmp)
    {
        return QDir(tmp).entryList({QStringLiteral("offkai-demo-*")}, QDir::Dirs);
    }

    /// Starts `offkai ARGS` and waits until it holds a database's lock, i.e. its shut-down guard is armed.
    bool startAndWaitForLock(QProcess &app, const QStringList &arguments, const QString &lockFolder)
    {
        app.setProgram(QString::fromLocal8Bit(qgetenv("OFFKAI_BINARY")));
        app.setArguments(arguments);
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start();
        if (!app.waitForStarted(10000))
            return false;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 30000) {
            if (!locksUnder(lockFolder).isEmpty())
                return true;
            if (app.state() != QProcess::Running)
                return false;
            QTest::qWait(50);
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        QVERIFY(!qEnvironmentVariableIsEmpty("OFFKAI_BINARY"));
    }

    void aSignalClosesAsTheWindowWould_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addColumn<bool>("demo");
        QTest::newRow("SIGTERM, a file") << int(SIGTERM) << false;
        QTest::newRow("SIGHUP, a file") << int(SIGHUP) << false;
        QTest::newRow("SIGTERM, the demo") << int(SIGTERM) << true;
        QTest::newRow("SIGINT, the demo") << int(SIGINT) << true;
    }

    void aSignalClosesAsTheWindowWould()
    {
        QFETCH(int, signal);
        QFETCH(bool, demo);
        QTemporaryDir tmp(m_scratch.filePath(QStringLiteral("run-XXXXXX")));
        QVERIFY(tmp.isValid());
        const QString file = tmp.filePath(QStringLiteral("club.sqlite"));
        QProcess app;
        auto env = environment(tmp.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        app.setProcessEnvironment(env);
        const QStringList arguments =
            demo ? QStringList{QStringLiteral("--demo")} : QStringList{QStringLiteral("--db"), file};
        QVERIFY(startAndWaitForLock(app, arguments, tmp.path()));
        if (demo)
            QCOMPARE(demoFolders(tmp.path()).size(), 1);

        QCOMPARE(::kill(pid_t(app.processId()), signal), 0);
        QVERIFY(app.waitForFinished(30000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit); // not killed by the signal: it quit
        QCOMPARE(app.exitCode(), 0);
        QCOMPARE(locksUnder(tmp.path()), QStringList());
        QCOMPARE(demoFolders(tmp.path()), QStringList());
        if (!demo)
            QVERIFY(QFileInfo(file).size() > 0);
    }

    void aLostDisplayStillCleansUp()
    {
        const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
        if (xvfb.isEmpty())
            QSKIP("Xvfb is not installed (Debian package xvfb)");
        QTemporaryDir tmp(m_scratch.filePath(QStringLiteral("run-XXXXXX")));
        QVERIFY(tmp.isValid());

        // Xvfb picks a free display and writes its number to the file descriptor given (here stdout).
        QProcess server;
        server.setProgram(xvfb);
        server.setArguments({QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                             QStringLiteral("0"), QStringLiteral("1366x768x24"), QStringLiteral("-nolisten"),
                             QStringLiteral("tcp")});
        server.start();
        QVERIFY(server.waitForStarted(10000));
        QByteArray display;
        QElapsedTimer timer;
        timer.start();
        while (!display.contains('\n') && timer.elapsed() < 20000) {
            server.waitForReadyRead(200);
            display += server.readAllStandardOutput();
        }
        QVERIFY2(display.contains('\n'), "Xvfb did not report its display");

        QProcess app;
        auto env = environment(tmp.path());
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.insert(QStringLiteral("DISPLAY"), QLatin1Char(':') + QString::fromLatin1(display.trimmed()));
        app.setProcessEnvironment(env);
        QVERIFY(startAndWaitForLock(
            app, {QStringLiteral("--demo"), QStringLiteral("-platform"), QStringLiteral("xcb")}, tmp.path()));
        QCOMPARE(demoFolders(tmp.path()).size(), 1);

        server.terminate();
        QVERIFY(server.waitForFinished(10000));
        QVERIFY(app.waitForFinished(30000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit); // Qt's exit(1), not a crash
        QCOMPARE(app.exitCode(), 1);
        QCOMPARE(locksUnder(tmp.path()), QStringList());
        QCOMPARE(demoFolders(tmp.path()), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestShutdownGuard)
#include "tst_shutdownguard.moc"
