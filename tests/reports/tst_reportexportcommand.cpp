#include "DemoReport.h"
#include "ExportedFiles.h"
#include "stores/Workspace.h"
#include "TestSupport.h"
#include "workflows/DemoDatabase.h"
#include "YamlFrontMatter.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

/// `offkai reports export ID --out DIR --preset …` as a script runs it, on the demo's 2nd-meetup report.
class TestReportExportCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_id = 0;
    QDate m_written; ///< the local day the demo's report was written

    test::CommandRun exportTo(const QString &out, const QStringList &more)
    {
        return test::runOffkai(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("reports"),
                                           QStringLiteral("export"), QString::number(m_id),
                                           QStringLiteral("--out"), out} +
                               more);
    }

    static QString read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        auto path = DemoDatabase::create(m_dir.filePath(QStringLiteral("demo")), QDate(2026, 11, 23));
        QVERIFY(path.ok());
        m_db = *path;
        auto workspace = test::openWorkspace(m_db);
        QVERIFY(workspace);
        m_id = test::demoSecondMeetupReport(*workspace);
        QVERIFY(m_id > 0);
        auto report = workspace->reports().get(m_id);
        QVERIFY(report);
        m_written = report->createdAt.toLocalTime().date();
        QVERIFY(m_written.isValid());
    }

    void presets_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("link");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<int>("warnings");
        QTest::newRow("markdown") << QStringLiteral("markdown") << QStringLiteral("2013-08-29-report.md")
                                  << QStringLiteral("images/meetup-ginza.png")
                                  << QStringLiteral("(images/meetup-ginza.png)") << QStringList() << 0;
        QTest::newRow("hugo") << QStringLiteral("hugo")
                              << QStringLiteral("content/posts/2013-08-29-report-%1/index.md")
                              << QStringLiteral("content/posts/2013-08-29-report-%1/meetup-ginza.png")
                              << QStringLiteral("(meetup-ginza.png)")
                              << QStringList{QStringLiteral("date"), QStringLiteral("draft"),
                                             QStringLiteral("slug"), QStringLiteral("tags"),
                                             QStringLiteral("title")}
                              << 0;
        QTest::newRow("jekyll") << QStringLiteral("jekyll") << QStringLiteral("_posts/%2-report-%1.md")
                                << QStringLiteral("assets/images/report-%1/meetup-ginza.png")
                                << QStringLiteral("(/assets/images/report-%1/meetup-ginza.png)")
                                << QStringList{QStringLiteral("date"), QStringLiteral("layout"),
                                               QStringLiteral("published"), QStringLiteral("tags"),
                                               QStringLiteral("title")}
                                << 0;
        QTest::newRow("zenn") << QStringLiteral("zenn") << QStringLiteral("articles/2013-08-29-report-%1.md")
                              << QStringLiteral("images/2013-08-29-report-%1/meetup-ginza.png")
                              << QStringLiteral("(/images/2013-08-29-report-%1/meetup-ginza.png)")
                              << QStringList{QStringLiteral("emoji"), QStringLiteral("published"),
                                             QStringLiteral("title"), QStringLiteral("topics"),
                                             QStringLiteral("type")}
                              << -1; // one per Japanese tag
        QTest::newRow("qiita") << QStringLiteral("qiita") << QStringLiteral("public/2013-08-29-report-%1.md")
                               << QStringLiteral("images/2013-08-29-report-%1/meetup-ginza.png")
                               << QStringLiteral("(../images/2013-08-29-report-%1/meetup-ginza.png)")
                               << QStringList{QStringLiteral("id"),
                                              QStringLiteral("ignorePublish"),
                                              QStringLiteral("organization_url_name"),
                                              QStringLiteral("private"),
                                              QStringLiteral("slide"),
                                              QStringLiteral("tags"),
                                              QStringLiteral("title"),
                                              QStringLiteral("updated_at")}
                               << 1;
    }

    void presets()
    {
        QFETCH(QString, preset);
        QFETCH(QString, markdown);
        QFETCH(QString, image);
        QFETCH(QString, link);
        QFETCH(QStringList, keys);
        QFETCH(int, warnings);
        QTemporaryDir out;
        const test::CommandRun run = exportTo(out.path(), {QStringLiteral("--preset"), preset});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // The slug of a Japanese title: the meetup's day (2013-08-29), "report" and the id; Jekyll's file
        // starts with the day the report was written; plain Markdown is "<meetup's day>-report.md".
        const auto expand = [&](const QString &pattern) {
            return QString(pattern)
                .replace(QStringLiteral("%1"), QString::number(m_id))
                .replace(QStringLiteral("%2"), m_written.toString(Qt::ISODate));
        };
        const QString path = QString::fromUtf8(run.out).trimmed();
        QCOMPARE(path, out.filePath(expand(markdown)));
        QStringList expected{expand(markdown), expand(image)};
        expected.sort();
        QCOMPARE(test::exportedFiles(out.path()), expected);
        QVERIFY(QFileInfo(out.filePath(expand(image))).size() > 1000);

        const QString text = read(path);
        QVERIFY(text.contains(expand(link)));
        QVERIFY(text.contains(QStringLiteral("9名（うち当日参加1名）")));
        QVERIFY(!text.contains(QLatin1String("<!-- offkai:")));
        const QStringList said = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (warnings >= 0)
            QCOMPARE(said.size(), warnings);
        else
            QVERIFY(!said.isEmpty());
        if (keys.isEmpty()) {
            QVERIFY(text.startsWith(QStringLiteral("# ")));
            return;
        }
        QString error;
        const QJsonObject fm = test::parseFrontMatter(text, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(fm.keys(), keys);
        QVERIFY(fm.value(QStringLiteral("title")).toString().contains(QStringLiteral("第2回オフ会")));
    }

    void badArguments()
    {
        QTemporaryDir out;
        const auto refused = [&](const QStringList &more) {
            const test::CommandRun run = exportTo(out.path(), more);
            return run.exitCode == 2 && run.out.isEmpty() && !run.err.isEmpty() && QDir(out.path()).isEmpty();
        };
        QVERIFY(refused({QStringLiteral("--preset"), QStringLiteral("wordpress")}));
        QVERIFY(
            refused({QStringLiteral("--preset"), QStringLiteral("hugo"), QStringLiteral("--front-matter")}));
        QVERIFY(refused({QStringLiteral("--slug"), QStringLiteral("Ginza 2nd")}));
        QVERIFY(refused({QStringLiteral("--preset"), QStringLiteral("zenn"), QStringLiteral("--slug"),
                         QStringLiteral("short")}));
        QVERIFY(refused({QStringLiteral("--preset"), QStringLiteral("hugo"), QStringLiteral("--slug"),
                         QStringLiteral("第2回オフ会")}));

        // A slug of one's own.
        const test::CommandRun named =
            exportTo(out.path(), {QStringLiteral("--preset"), QStringLiteral("zenn"),
                                  QStringLiteral("--slug"), QStringLiteral("offkai-2nd-meetup")});
        QCOMPARE(named.exitCode, 0);
        QCOMPARE(QString::fromUtf8(named.out).trimmed(),
                 out.filePath(QStringLiteral("articles/offkai-2nd-meetup.md")));
        // Plain Markdown takes it after the meetup's day.
        const test::CommandRun plain =
            exportTo(out.path(), {QStringLiteral("--slug"), QStringLiteral("ginza-2nd")});
        QCOMPARE(plain.exitCode, 0);
        QCOMPARE(QString::fromUtf8(plain.out).trimmed(),
                 out.filePath(QStringLiteral("2013-08-29-ginza-2nd.md")));
    }
};

QTEST_GUILESS_MAIN(TestReportExportCommand)
#include "tst_reportexportcommand.moc"
