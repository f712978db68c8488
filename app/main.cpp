#include "cli/CommandLine.h"
#include "shell/FirstPaintProbe.h"
#include "shell/LanguageSetup.h"
#include "shell/MainWindow.h"
#include "ShutdownGuard.h"

#include <memory>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QIcon>
#include <QLoggingCategory>

namespace {
void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Offkai"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("offkai.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("Offkai"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OFFKAI_VERSION));
}

QStringList arguments(int argc, char **argv)
{
    QStringList list;
    for (int i = 0; i < argc; ++i)
        list.append(QString::fromLocal8Bit(argv[i]));
    return list;
}
} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer started;
    started.start();
    const QStringList args = arguments(argc, argv);
    if (offkai::CommandLine::isCommand(args)) {
        // Headless: no window, no display needed.
        QCoreApplication app(argc, argv);
        describeApplication();
        // stderr is for errors here; progress notes stay in the log unless asked for with QT_LOGGING_RULES.
        QLoggingCategory::setFilterRules(QStringLiteral("offkai.*.info=false"));
        offkai::LanguageSetup::install(app, offkai::CommandLine::languageOption(args));
        return offkai::CommandLine::run(app.arguments());
    }

    QApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Offkai"));
    QGuiApplication::setDesktopFileName(QStringLiteral(OFFKAI_APP_ID));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/offkai/icons/offkai.svg")));
    offkai::LanguageSetup::install(app, offkai::CommandLine::languageOption(args));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Members, events, venues and meetup reports for community organizers."));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QCoreApplication::translate("main", "Database file to open."),
                                      QCoreApplication::translate("main", "path"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QCoreApplication::translate("main", "Open a fresh demo database."));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QCoreApplication::translate("main", "User interface language: ja or en."),
        QCoreApplication::translate("main", "language"));
    const QCommandLineOption firstPaintOption(
        QStringLiteral("exit-after-first-paint"),
        QCoreApplication::translate("main",
                                    "Quit once the window has been painted, printing how long that took."));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QCoreApplication::translate("main", "Team database to open: postgresql://user@host:port/database."),
        QStringLiteral("url"));
    parser.addOptions({dbOption, serverOption, demoOption, langOption, firstPaintOption});
    parser.process(app);

    offkai::MainWindow window;
    std::unique_ptr<offkai::FirstPaintProbe> probe;
    if (parser.isSet(firstPaintOption))
        probe = std::make_unique<offkai::FirstPaintProbe>(&window, started);
    // A signal or a lost display ends the session through the same routine as a close.
    const offkai::ShutdownGuard guard([&window] { window.shutDown(); });
    if (parser.isSet(demoOption))
        window.openDemo();
    else if (parser.isSet(serverOption))
        window.connectToTeamDatabase(parser.value(serverOption));
    else if (parser.isSet(dbOption))
        window.openDatabase(parser.value(dbOption));
    else
        window.openLastDatabase(); // none yet: the welcome page, to start a community
    window.show();
    return app.exec();
}
