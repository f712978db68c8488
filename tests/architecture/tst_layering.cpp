// The architecture, written down where CI checks it: every #include under models/, ui/ and app/ is read,
// resolved to the file it names, and held against the table of allowed arrows below.
#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QtTest>

namespace {

/// The floor a path (relative to the source root) lives on: "models/stores", "ui", "app", …
QString floorOf(const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('/'));
    if (parts.size() < 2)
        return {};
    if (parts.at(0) == QLatin1String("models"))
        return parts.size() > 2 ? parts.at(0) + QLatin1Char('/') + parts.at(1) : QStringLiteral("models");
    return parts.at(0);
}

const QStringList kFormats = {QStringLiteral("models/exchange"), QStringLiteral("models/ical"),
                              QStringLiteral("models/reports"), QStringLiteral("models/publishing"),
                              QStringLiteral("models/scheduling")};
const QStringList kValues = {QStringLiteral("models/core"), QStringLiteral("models/records"),
                             QStringLiteral("models/text")};

/// Which floors each floor may include from. A floor may always include its own files.
QStringList allowedFrom(const QString &floor)
{
    const QStringList values = kValues;
    if (floor == QLatin1String("models/core"))
        return {};
    if (floor == QLatin1String("models/text"))
        return {QStringLiteral("models/core")};
    if (floor == QLatin1String("models/records"))
        return {QStringLiteral("models/core"), QStringLiteral("models/text")};
    // Formats are pure functions of values: no stores, storage, workflows or item models.
    if (kFormats.contains(floor))
        return values + kFormats;
    // Storage is the database itself, under the stores.
    if (floor == QLatin1String("models/storage"))
        return values;
    // Stores hold the SQL; they may use formats for values (a recurrence rule, a CSV mapping).
    if (floor == QLatin1String("models/stores"))
        return values + kFormats + QStringList{QStringLiteral("models/storage")};
    // Item models read through stores.
    if (floor == QLatin1String("models/items"))
        return values + kFormats + QStringList{QStringLiteral("models/stores")};
    // Workflows join formats, stores and storage.
    if (floor == QLatin1String("models/workflows"))
        return values + kFormats +
               QStringList{QStringLiteral("models/storage"), QStringLiteral("models/stores"),
                           QStringLiteral("models/items")};
    QStringList models = values + kFormats;
    for (const char *f : {"models/storage", "models/stores", "models/items", "models/workflows"})
        models.append(QString::fromLatin1(f));
    if (floor == QLatin1String("ui"))
        return models;
    if (floor == QLatin1String("app"))
        return models + QStringList{QStringLiteral("ui")};
    return {};
}

/// Headers that run SQL; only storage and stores may include them.
bool isSqlHeader(const QString &name)
{
    return (name.startsWith(QLatin1String("QSql")) && name != QLatin1String("QSqlDatabase")) ||
           name.startsWith(QLatin1String("QtSql")) || name == QLatin1String("sqlite3.h");
}

/// Headers of the project that open a transaction or reach SQLite under Qt.
bool isTransactionHeader(const QString &target)
{
    return target == QLatin1String("models/storage/Transaction.h") ||
           target == QLatin1String("models/storage/BulkLoad.h") ||
           target == QLatin1String("models/storage/SqliteHandle.h");
}

bool isWidgetHeader(const QString &name)
{
    if (name.startsWith(QLatin1String("QtWidgets")) || name.startsWith(QLatin1String("QtPrintSupport")))
        return true;
    const QString headers = QLibraryInfo::path(QLibraryInfo::HeadersPath);
    return QFileInfo::exists(headers + QStringLiteral("/QtWidgets/") + name) ||
           QFileInfo::exists(headers + QStringLiteral("/QtPrintSupport/") + name);
}

/// What one #include breaks, or an empty string when it is allowed. `from` is the including file and
/// `target` the project file it resolves to (both relative to the source root), or empty for a system
/// header `name`.
QString violation(const QString &from, const QString &target, const QString &name)
{
    const QString floor = floorOf(from);
    const bool inModels = floor.startsWith(QLatin1String("models"));
    if (target.isEmpty()) {
        if (inModels && isWidgetHeader(name))
            return QStringLiteral("a widget header in models/");
        if (isSqlHeader(name) && floor != QLatin1String("models/storage") &&
            floor != QLatin1String("models/stores"))
            return QStringLiteral("SQL outside stores and storage");
        if (name == QLatin1String("QSqlDatabase") && floor != QLatin1String("models/storage") &&
            floor != QLatin1String("models/stores") && floor != QLatin1String("models/workflows"))
            return QStringLiteral("a database connection outside stores, storage and workflows");
        return {};
    }
    const QString to = floorOf(target);
    if (to == QLatin1String("app") && floor != QLatin1String("app"))
        return QStringLiteral("an include of app/");
    if ((floor == QLatin1String("ui") || floor == QLatin1String("app")) && isTransactionHeader(target))
        return QStringLiteral("a transaction opened above models/");
    if (inModels && isTransactionHeader(target) && floor != QLatin1String("models/storage") &&
        floor != QLatin1String("models/stores") && floor != QLatin1String("models/workflows"))
        return QStringLiteral("a transaction opened outside stores, storage and workflows");
    if (to == floor || allowedFrom(floor).contains(to))
        return {};
    return QStringLiteral("%1 may not include %2").arg(floor, to);
}

} // namespace

class TestLayering : public QObject
{
    Q_OBJECT

    QString m_root;

    /// The project file an include names, relative to the root: next to the including file, or under
    /// models/, ui/ or app/ (the include directories); empty when it is none of them (generated).
    QString resolve(const QString &from, const QString &name) const
    {
        const QDir root(m_root);
        const QString beside = QFileInfo(from).path() + QLatin1Char('/') + name;
        if (QFileInfo::exists(root.filePath(beside)))
            return QDir::cleanPath(beside);
        for (const char *base : {"models/", "ui/", "app/"}) {
            const QString path = QString::fromLatin1(base) + name;
            if (QFileInfo::exists(root.filePath(path)))
                return QDir::cleanPath(path);
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        offkai::test::prepareEnvironment();
        m_root = qEnvironmentVariable("OFFKAI_SOURCE_DIR");
        QVERIFY2(QFileInfo::exists(m_root + QStringLiteral("/models")), qPrintable(m_root));
    }

    /// The rules themselves: each row is an arrow the table must refuse or allow.
    void rulesCatchForbiddenArrows_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("forbidden");
        const auto row = [](const char *tag, const char *from, const char *target, const char *name,
                            bool no) {
            QTest::newRow(tag) << QString::fromLatin1(from) << QString::fromLatin1(target)
                               << QString::fromLatin1(name) << no;
        };
        row("widget in models", "models/items/X.cpp", "", "QWidget", true);
        row("widget module in models", "models/stores/X.cpp", "", "QtWidgets/QDialog", true);
        row("ui in models", "models/stores/X.cpp", "ui/shell/MainWindow.h", "", true);
        row("SQL in a format", "models/exchange/X.cpp", "", "QSqlQuery", true);
        row("SQL in a workflow", "models/workflows/X.cpp", "", "QSqlQuery", true);
        row("SQL in ui", "ui/members/X.cpp", "", "QSqlQuery", true);
        row("sqlite3 in items", "models/items/X.cpp", "", "sqlite3.h", true);
        row("connection in ui", "ui/members/X.cpp", "", "QSqlDatabase", true);
        row("transaction in ui", "ui/members/X.cpp", "models/storage/Transaction.h", "", true);
        row("bulk load in app", "app/cli/X.cpp", "models/storage/BulkLoad.h", "", true);
        row("transaction in items", "models/items/X.cpp", "models/storage/Transaction.h", "", true);
        row("format on a store", "models/exchange/X.cpp", "models/stores/MemberStore.h", "", true);
        row("format on storage", "models/ical/X.cpp", "models/storage/Database.h", "", true);
        row("format on a workflow", "models/reports/X.cpp", "models/workflows/ReportPublisher.h", "", true);
        row("storage on a store", "models/storage/X.cpp", "models/stores/VenueStore.h", "", true);
        row("store on a workflow", "models/stores/X.cpp", "models/workflows/MemberImporter.h", "", true);
        row("store on an item model", "models/stores/X.cpp", "models/items/MemberTableModel.h", "", true);
        row("records on a store", "models/records/X.cpp", "models/stores/EventStore.h", "", true);
        row("ui on app", "ui/shell/X.cpp", "app/cli/CommandLine.h", "", true);
        row("models on app", "models/workflows/X.cpp", "app/cli/Output.h", "", true);
        row("SQL in a store", "models/stores/X.cpp", "", "QSqlQuery", false);
        row("transaction in a workflow", "models/workflows/X.cpp", "models/storage/Transaction.h", "", false);
        row("store in a workflow", "models/workflows/X.cpp", "models/stores/MemberStore.h", "", false);
        row("format in a store", "models/stores/X.cpp", "models/scheduling/Recurrence.h", "", false);
        row("store in ui", "ui/members/X.cpp", "models/stores/Workspace.h", "", false);
        row("ui in app", "app/main.cpp", "ui/shell/MainWindow.h", "", false);
        row("Qt core in models", "models/core/X.cpp", "", "QString", false);
    }
    void rulesCatchForbiddenArrows()
    {
        QFETCH(QString, from);
        QFETCH(QString, target);
        QFETCH(QString, name);
        QFETCH(bool, forbidden);
        QCOMPARE(!violation(from, target, name).isEmpty(), forbidden);
    }

    /// Every include of the code as it is.
    void everyIncludeFollowsTheRules()
    {
        static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*([<\"])([^>\"]+)[>\"]"));
        QStringList broken;
        int files = 0;
        int includes = 0;
        for (const char *top : {"models", "ui", "app"}) {
            QDirIterator it(m_root + QLatin1Char('/') + QString::fromLatin1(top),
                            QStringList{QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const QString from = QDir(m_root).relativeFilePath(path);
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                ++files;
                int line = 0;
                while (!file.atEnd()) {
                    ++line;
                    const auto match = include.match(QString::fromUtf8(file.readLine()));
                    if (!match.hasMatch())
                        continue;
                    ++includes;
                    const QString name = match.captured(2);
                    const bool quoted = match.captured(1) == QLatin1String("\"");
                    const QString target = quoted ? resolve(from, name) : QString();
                    if (quoted && target.isEmpty())
                        continue; // generated by the build (ui_*.h, *.moc)
                    if (const QString why = violation(from, target, name); !why.isEmpty())
                        broken.append(
                            QStringLiteral("%1:%2: #include %3: %4").arg(from).arg(line).arg(name, why));
                }
            }
        }
        qInfo("%d files, %d includes checked", files, includes);
        QVERIFY(files > 100);
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
