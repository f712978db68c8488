// Renders the series editor and the speaker pipeline to PNG in English and Japanese:
//   series_screenshots OUT_DIR [TRANSLATION.qm]
// on a fresh database (with the demo's series when DemoDatabase adds them). Run with
// QT_QPA_PLATFORM=offscreen.
#include "SeriesScreenshots.h"
#include "storage/Database.h"
#include "stores/SeriesStore.h"
#include "stores/Workspace.h"
#include "workflows/DemoDatabase.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QTemporaryDir>
#include <QTranslator>

using namespace offkai;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        qWarning("usage: series_screenshots OUT_DIR [EXTRA_JA.qm]");
        return 2;
    }
    QTemporaryDir dir;
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ja")}) {
        const bool japanese = language == QLatin1String("ja");
        QLocale::setDefault(japanese ? QLocale(QLocale::Japanese, QLocale::Japan)
                                     : QLocale(QLocale::English, QLocale::UnitedStates));
        QTranslator qt, app_, extra;
        if (japanese) {
            if (qt.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                        QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                QCoreApplication::installTranslator(&qt);
            if (app_.load(QStringLiteral(":/i18n/offkai_ja.qm")))
                QCoreApplication::installTranslator(&app_);
            if (args.size() > 2 && extra.load(args.at(2)))
                QCoreApplication::installTranslator(&extra);
        }
        auto path = DemoDatabase::create(dir.filePath(language));
        if (!path) {
            qWarning("%s", qPrintable(path.error().toString()));
            return 1;
        }
        Database::Options options;
        options.dailyBackup = false;
        auto db = Database::open(*path, options);
        if (!db) {
            qWarning("%s", qPrintable(db.error().toString()));
            return 1;
        }
        Workspace workspace(std::move(db).value(), true);
        saveSeriesScreenshots(workspace, args.at(1), language);
        QCoreApplication::removeTranslator(&extra);
        QCoreApplication::removeTranslator(&app_);
        QCoreApplication::removeTranslator(&qt);
    }
    return 0;
}
