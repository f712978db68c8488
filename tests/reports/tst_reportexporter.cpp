#include "exchange/MarkdownHtml.h"
#include "ReportFixtures.h"
#include "reports/ReportExporter.h"
#include "reports/ReportTemplate.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

/// Export to a folder of Markdown and images, front matter, and the clipboard's Markdown and HTML.
class TestReportExporter : public QObject
{
    Q_OBJECT

    static Report report() { return test::exportedReport(); }
    static QList<ReportPhoto> photos() { return test::exportedPhotos(); }

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        QVERIFY(test::addReportCatalogue());
    }

    void fileNames()
    {
        Report r = report();
        QCOMPARE(ReportExporter::fileBaseName(r), QStringLiteral("2013-08-30-report-12"));
        // The local day it was written: 15:30 UTC is already the next day in Tokyo.
        r.createdAt = QDateTime(QDate(2013, 8, 30), QTime(15, 30), QTimeZone::utc());
        QCOMPARE(ReportExporter::fileBaseName(r), QStringLiteral("2013-08-31-report-12"));
        r.createdAt = {};
        QCOMPARE(ReportExporter::fileBaseName(r), QStringLiteral("report-12"));
        r.id = 0;
        QCOMPARE(ReportExporter::fileBaseName(r), QStringLiteral("report"));
    }

    void frontMatter()
    {
        Report r = report();
        QCOMPARE(ReportExporter::frontMatter(r),
                 QStringLiteral(
                     "---\n"
                     "title: "
                     "\"オンライン異業種交流会、第2回オフ会報告。いろんな意味で\\\"ターニングポイント\\\"\"\n"
                     "date: 2013-08-30T10:00:00+09:00\n"
                     "tags: [\"オンライン異業種交流会\", \"オフ会\"]\n"
                     "draft: true\n"
                     "---\n"));
        r.status = Report::Status::Published;
        r.tags.clear();
        r.createdAt = QDateTime(QDate(2013, 8, 30), QTime(1, 0), QTimeZone::utc());
        const QString published = ReportExporter::frontMatter(r);
        // Stored in UTC, written in the local time (the tests run in Asia/Tokyo).
        QVERIFY(published.contains(QLatin1String("\ndate: 2013-08-30T10:00:00+09:00\n")));
        QVERIFY(published.contains(QLatin1String("\ntags: []\ndraft: false\n")));
        r.createdAt = {};
        QVERIFY(!ReportExporter::frontMatter(r).contains(QLatin1String("date:")));

        QCOMPARE(ReportExporter::yamlQuoted(QStringLiteral("a\\b\"c\nd\te\x01: #x")),
                 QStringLiteral("\"a\\\\b\\\"c\\nd\\te\\u0001: #x\""));
    }

    void exportsMarkdownAndImages()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("site/content/posts"));
        ReportExportOptions options;
        options.frontMatter = true;
        const Report r = report();
        auto path = ReportExporter::exportTo(r, photos(), dir, options);
        QVERIFY2(path, path ? "" : qPrintable(path.error().toString()));
        QCOMPARE(*path, QDir(dir).absoluteFilePath(QStringLiteral("2013-08-30-report-12.md")));

        const QString md = QString::fromUtf8(read(*path));
        QVERIFY(md.startsWith(ReportExporter::frontMatter(r) + QLatin1Char('\n')));
        QVERIFY(!md.contains(QLatin1String("offkai:")));
        QVERIFY(!md.contains(QLatin1String("\n# "))); // the title is in the front matter only
        QVERIFY(md.contains(QStringLiteral("![オフ会のようす](images/offkai-1.jpg)")));
        QCOMPARE(md.mid(ReportExporter::frontMatter(r).size() + 1), ReportTemplate::stripMarkers(r.body));

        for (const ReportPhoto &photo : photos())
            QCOMPARE(read(QDir(dir).absoluteFilePath(photo.relativePath())), photo.data);
        // Nothing else: no temporary files left by QSaveFile.
        QCOMPARE(QDir(dir).entryList(QDir::Files), QStringList{QStringLiteral("2013-08-30-report-12.md")});
        QCOMPARE(QDir(dir + QStringLiteral("/images")).entryList(QDir::Files).size(), 2);

        // Exporting again overwrites.
        path = ReportExporter::exportTo(r, photos(), dir, options);
        QVERIFY(path);
        QCOMPARE(QString::fromUtf8(read(*path)), md);

        // Without front matter the title is the heading.
        options.frontMatter = false;
        path = ReportExporter::exportTo(r, {}, tmp.filePath(QStringLiteral("plain")), options);
        QVERIFY(path);
        QCOMPARE(QString::fromUtf8(read(*path)), ReportExporter::markdownFor(r));
        QVERIFY(!QFileInfo::exists(tmp.filePath(QStringLiteral("plain/images"))));
    }

    void unwritableFolder()
    {
        QTemporaryDir tmp;
        // A folder that cannot be made: its parent is a file (permissions would not stop root).
        const QString file = tmp.filePath(QStringLiteral("file.txt"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        const auto failed = ReportExporter::exportTo(report(), photos(), file + QStringLiteral("/posts"), {});
        QVERIFY(!failed);
        QCOMPARE(failed.error().code(), Error::Code::Io);
        QVERIFY2(failed.error().message().contains(QLatin1String("file.txt")),
                 qPrintable(failed.error().message()));

        // The Markdown cannot be written (a folder has its name): no .md, and the images written by this
        // export are removed again.
        const QString dir = tmp.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(dir + QStringLiteral("/report-12.md")));
        Report r = report();
        r.createdAt = {};
        const auto blocked = ReportExporter::exportTo(r, photos(), dir, {});
        QVERIFY(!blocked);
        QCOMPARE(blocked.error().code(), Error::Code::Io);
        QVERIFY(blocked.error().message().contains(QLatin1String("report-12.md")));
        QVERIFY(QFileInfo(dir + QStringLiteral("/report-12.md")).isDir());
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), QStringList());
        QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/images")));
    }

    void badPhotoNames()
    {
        QTemporaryDir tmp;
        QList<ReportPhoto> list = photos();
        list[1].fileName = QStringLiteral("../escape.png");
        auto result = ReportExporter::exportTo(report(), list, tmp.path(), {});
        QVERIFY(!result);
        QCOMPARE(result.error().code(), Error::Code::Invalid);
        list[1].fileName = list[0].fileName;
        result = ReportExporter::exportTo(report(), list, tmp.path(), {});
        QVERIFY(!result);
        QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
    }

    void clipboard()
    {
        const Report r = report();
        const QString md = ReportExporter::markdownFor(r);
        QVERIFY(md.startsWith(QStringLiteral(
            "# オンライン異業種交流会、第2回オフ会報告。いろんな意味で\\\"ターニングポイント\\\"\n\n## "
            "概要\n")));
        QVERIFY(!md.contains(QLatin1String("offkai:")));
        const QString html = ReportExporter::htmlFor(r);
        QVERIFY(html.startsWith(QStringLiteral("<h1>オンライン異業種交流会、第2回オフ会報告。いろんな意味で&"
                                               "quot;ターニングポイント&quot;</h1>")));
        QVERIFY(html.contains(QLatin1String("<img src=\"images/offkai-1.jpg\"")));
        QVERIFY(html.contains(QLatin1String("<table>")));
        QVERIFY(!html.contains(QLatin1String("offkai:")));
        QCOMPARE(html, MarkdownHtml::toHtml(md));
    }
};

QTEST_GUILESS_MAIN(TestReportExporter)
#include "tst_reportexporter.moc"
