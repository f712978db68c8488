#include "storage/Database.h"
#include "stores/VenueStore.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

/// The command line is a contract with users' scripts: run the real binary and read what it prints.
class TestCommandLine : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };

    static Run offkai(const QStringList &arguments, const QByteArray &lang = "C.UTF-8")
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QString::fromLatin1(lang));
        env.insert(QStringLiteral("LC_ALL"), QString::fromLatin1(lang));
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // commands must not need a display
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        process.setProcessEnvironment(env);
        process.start(test::offkaiBinary(), arguments);
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitCode(), process.readAllStandardOutput(),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }

    void checkReportsVersionAndIntegrity()
    {
        const Run run = offkai({QStringLiteral("--demo"), QStringLiteral("check")});
        QCOMPARE(run.exitCode, 0);
        const QByteArray expected =
            QByteArray("schema: ") + QByteArray::number(Database::supportedSchemaVersion());
        QVERIFY(run.out.contains(expected));
        QVERIFY(run.out.contains("integrity: ok"));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    }

    void checkFailsOnADamagedOrForeignFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("text.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("hello");
        file.close();
        const Run run = offkai({QStringLiteral("--db"), path, QStringLiteral("check")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.err.contains(QLatin1String("not an SQLite file")));
    }

    void checkFlagsANewerSchema()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(QSqlQuery((*db)->connection()).exec(QStringLiteral("PRAGMA user_version = 999")));
        }
        const Run run = offkai({QStringLiteral("--db"), path, QStringLiteral("check")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains("schema: 999"));
        QVERIFY(run.err.contains(QLatin1String("newer version")));
    }

    void venuesListAsJson()
    {
        const Run run = offkai({QStringLiteral("--demo"), QStringLiteral("venues"), QStringLiteral("list"),
                                QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(doc.isArray());
        QVERIFY(doc.array().size() >= 4);
        for (const QJsonValue &value : doc.array()) {
            QVERIFY(value.isObject());
            QVERIFY(value.toObject().value(QStringLiteral("id")).toInteger() > 0);
            QVERIFY(!value.toObject().value(QStringLiteral("name")).toString().isEmpty());
        }
        QVERIFY(run.out.contains("銀座"));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    }

    void venuesListAsCsvQuotesWhatNeedsIt()
    {
        const QString path = m_dir.filePath(QStringLiteral("csv.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            Venue v;
            v.name = QStringLiteral("Bar \"Comma, Inc.\"");
            v.notes = QStringLiteral("two\nlines");
            v.capacity = 9;
            QVERIFY(VenueStore(**db).insert(v).ok());
        }
        const Run run =
            offkai({QStringLiteral("--db"), path, QStringLiteral("venues"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 0);
        const QByteArray expectedHeader =
            "id,name,kind,address,stations,bus,parking,nearby,capacity,price_range,"
            "phone,web_url,meeting_url,map_url,notes\r\n";
        QVERIFY(run.out.startsWith(expectedHeader));
        QVERIFY(run.out.contains("1,\"Bar \"\"Comma, Inc.\"\"\",other,,,,,,9,"));
        QVERIFY(run.out.endsWith("\"two\nlines\"\r\n"));
    }

    void usageErrorsGoToStderrWithExitCodeTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("--demo"), QStringLiteral("frobnicate")};
        QTest::newRow("unknown format")
            << QStringList{QStringLiteral("--demo"), QStringLiteral("venues"), QStringLiteral("list"),
                           QStringLiteral("--format"), QStringLiteral("xml")};
        QTest::newRow("unknown subcommand")
            << QStringList{QStringLiteral("--demo"), QStringLiteral("venues"), QStringLiteral("remove")};
        QTest::newRow("db and demo") << QStringList{QStringLiteral("--db"), QStringLiteral("x.sqlite"),
                                                    QStringLiteral("--demo"), QStringLiteral("check")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--colour"), QStringLiteral("check")};
        QTest::newRow("extra argument")
            << QStringList{QStringLiteral("--demo"), QStringLiteral("check"), QStringLiteral("now")};
    }
    void usageErrorsGoToStderrWithExitCodeTwo()
    {
        QFETCH(QStringList, arguments);
        const Run run = offkai(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY(!run.err.isEmpty());
    }

    void helpAndVersionNeedNoDisplay()
    {
        const Run help = offkai({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("venues list"));
        const Run version = offkai({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("offkai 0."));
    }

    void aMissingFolderIsReportedNotCreatedForCheck()
    {
        const Run run = offkai({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("nope/x.sqlite")),
                                QStringLiteral("check")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QLatin1String("does not exist")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nope"))));
    }

    void messagesFollowTheLanguage()
    {
        const Run run = offkai({QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("--db"),
                                m_dir.filePath(QStringLiteral("none.sqlite")), QStringLiteral("check")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("存在しません")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
