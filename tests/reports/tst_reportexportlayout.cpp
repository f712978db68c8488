#include "ExportedFiles.h"
#include "ReportFixtures.h"
#include "reports/ReportExporter.h"
#include "reports/ReportExportLayout.h"
#include "reports/ReportTemplate.h"
#include "TestSupport.h"
#include "YamlFrontMatter.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;
using Kind = ReportExportPreset::Kind;

/// Each export preset: the paths its tool expects, its front matter read by a real YAML parser, the photo
/// links, and what the export leaves on disk.
class TestReportExportLayout : public QObject
{
    Q_OBJECT

    /// The fixture report, linking both photos.
    static Report report()
    {
        Report r = test::exportedReport();
        r.body.replace(
            QStringLiteral("![オフ会のようす](images/offkai-1.jpg)"),
            QStringLiteral("![オフ会のようす](images/offkai-1.jpg)\n\n<img src=\"images/テーブル.png\">"));
        return r;
    }

    static ReportExportPlan plan(const Report &r, Kind kind, const QString &slug = {})
    {
        ReportExportOptions options;
        options.preset = kind;
        options.slug = slug;
        auto planned = ReportExportLayout::plan(r, test::exportedPhotos(), options);
        if (!planned)
            qWarning() << planned.error().toString();
        return planned ? *planned : ReportExportPlan();
    }

    static QString markdownOf(const ReportExportPlan &p)
    {
        return p.files.isEmpty() ? QString() : QString::fromUtf8(p.files.constLast().data);
    }

    /// The front matter parsed, failing the test when it is not valid YAML.
    static QJsonObject frontMatter(const ReportExportPlan &p)
    {
        QString error;
        const QJsonObject parsed = test::parseFrontMatter(markdownOf(p), &error);
        if (!error.isEmpty())
            qWarning() << error;
        return parsed;
    }

    static QString title() { return test::exportedReport().title; }
    static QJsonArray japaneseTags()
    {
        return {QStringLiteral("オンライン異業種交流会"), QStringLiteral("オフ会")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        QVERIFY(test::addReportCatalogue());
    }

    void markdownIsTheOriginalExport()
    {
        const Report r = report();
        ReportExportPlan p = plan(r, Kind::Markdown);
        QCOMPARE(p.paths(),
                 (QStringList{QStringLiteral("images/offkai-1.jpg"), QStringLiteral("images/テーブル.png"),
                              QStringLiteral("2013-08-30-report-12.md")}));
        QCOMPARE(p.markdownPath, QStringLiteral("2013-08-30-report-12.md"));
        QCOMPARE(markdownOf(p), ReportExporter::markdownFor(r));
        QVERIFY(p.warnings.isEmpty());
        ReportExportOptions options;
        options.frontMatter = true;
        p = *ReportExportLayout::plan(r, test::exportedPhotos(), options);
        QCOMPARE(markdownOf(p),
                 ReportExporter::frontMatter(r) + QLatin1Char('\n') + ReportTemplate::stripMarkers(r.body));
        // The slug is the Hugo and other presets' only.
        options.slug = QStringLiteral("Not A Slug");
        QVERIFY(ReportExportLayout::plan(r, test::exportedPhotos(), options));
    }

    void markdownNamedByTheMeetupDayAndSlug()
    {
        Report r = report();
        ReportExportOptions options;
        options.slug = ReportExportPreset::markdownSlug(r);
        QCOMPARE(options.slug, QStringLiteral("report")); // a Japanese title: for the user to change
        options.eventDay = QDate(2013, 8, 29);
        QCOMPARE(ReportExportLayout::plan(r, {}, options)->markdownPath,
                 QStringLiteral("2013-08-29-report.md"));
        options.slug = QStringLiteral("Ginza Wine Bar / 2nd");
        QCOMPARE(ReportExportLayout::plan(r, {}, options)->markdownPath,
                 QStringLiteral("2013-08-29-ginza-wine-bar-2nd.md"));
        // Without the meetup's day: the day the report was written.
        options.eventDay = {};
        QCOMPARE(ReportExportLayout::plan(r, {}, options)->markdownPath,
                 QStringLiteral("2013-08-30-ginza-wine-bar-2nd.md"));
        Report english = r;
        english.title = QStringLiteral("Second Meetup: Notes");
        QCOMPARE(ReportExportPreset::markdownSlug(english), QStringLiteral("second-meetup-notes"));
        QCOMPARE(ReportExportPreset::fileSlug(QStringLiteral("第2回")), QStringLiteral("2"));
        QCOMPARE(ReportExportPreset::fileSlug(QStringLiteral("銀座")), QStringLiteral("report"));
        QCOMPARE(ReportExportPreset::fileSlug(QStringLiteral("--A_b--")), QStringLiteral("a_b"));
        QCOMPARE(ReportExportPreset::fileSlug(QString(150, QLatin1Char('x'))).size(), 100);

        // The front matter: the day of publication (today for a draft) and the meetup's day.
        options.eventDay = QDate(2013, 8, 29);
        options.frontMatter = true;
        options.today = QDate(2013, 9, 2);
        options.publishedOn = QDate(2013, 8, 31);
        QJsonObject fm = frontMatter(*ReportExportLayout::plan(r, {}, options));
        QCOMPARE(fm.keys(),
                 (QStringList{QStringLiteral("date"), QStringLiteral("draft"), QStringLiteral("event_date"),
                              QStringLiteral("tags"), QStringLiteral("title")}));
        QCOMPARE(fm.value(QStringLiteral("date")).toObject().value(QStringLiteral("timestamp")).toString(),
                 QStringLiteral("2013-09-02")); // a draft, though it went out once
        QCOMPARE(
            fm.value(QStringLiteral("event_date")).toObject().value(QStringLiteral("timestamp")).toString(),
            QStringLiteral("2013-08-29"));
        QCOMPARE(fm.value(QStringLiteral("title")).toString(), title());
        QCOMPARE(fm.value(QStringLiteral("draft")), QJsonValue(true));
        r.status = Report::Status::Published;
        fm = frontMatter(*ReportExportLayout::plan(r, {}, options));
        QCOMPARE(fm.value(QStringLiteral("date")).toObject().value(QStringLiteral("timestamp")).toString(),
                 QStringLiteral("2013-08-31"));
        QCOMPARE(fm.value(QStringLiteral("draft")), QJsonValue(false));
        const QString md = markdownOf(*ReportExportLayout::plan(r, {}, options));
        QVERIFY(md.contains(QStringLiteral("\n---\n\n")));
        QVERIFY(!md.contains(QLatin1String("offkai:")));
    }

    void hugoPageBundle()
    {
        const Report r = report();
        const ReportExportPlan p = plan(r, Kind::Hugo);
        QCOMPARE(p.paths(), (QStringList{QStringLiteral("content/posts/2013-08-30-report-12/offkai-1.jpg"),
                                         QStringLiteral("content/posts/2013-08-30-report-12/テーブル.png"),
                                         QStringLiteral("content/posts/2013-08-30-report-12/index.md")}));
        QVERIFY(p.warnings.isEmpty());
        const QJsonObject fm = frontMatter(p);
        QCOMPARE(fm.keys(),
                 (QStringList{QStringLiteral("date"), QStringLiteral("draft"), QStringLiteral("slug"),
                              QStringLiteral("tags"), QStringLiteral("title")}));
        QCOMPARE(fm.value(QStringLiteral("title")).toString(), title());
        QCOMPARE(fm.value(QStringLiteral("date")).toObject().value(QStringLiteral("timestamp")).toString(),
                 QStringLiteral("2013-08-30T10:00:00+09:00"));
        QCOMPARE(fm.value(QStringLiteral("draft")), QJsonValue(true));
        QCOMPARE(fm.value(QStringLiteral("slug")).toString(), QStringLiteral("2013-08-30-report-12"));
        QCOMPARE(fm.value(QStringLiteral("tags")).toArray(), japaneseTags());
        // Page resources: linked by their names, beside index.md.
        const QString md = markdownOf(p);
        QVERIFY(md.contains(QStringLiteral("![オフ会のようす](offkai-1.jpg)")));
        QVERIFY(md.contains(QStringLiteral("<img src=\"%E3%83%86%E3%83%BC%E3%83%96%E3%83%AB.png\">")));
        QVERIFY(!md.contains(QLatin1String("images/")));
        QVERIFY(!md.contains(QLatin1String("offkai:")));
        QVERIFY(!md.contains(QLatin1String("\n# ")));

        Report published = r;
        published.status = Report::Status::Published;
        QCOMPARE(frontMatter(plan(published, Kind::Hugo, QStringLiteral("second-meetup")))
                     .value(QStringLiteral("draft")),
                 QJsonValue(false));
        QCOMPARE(plan(published, Kind::Hugo, QStringLiteral("second-meetup")).markdownPath,
                 QStringLiteral("content/posts/second-meetup/index.md"));
        // The meetup's day names it when known.
        ReportExportOptions options;
        options.preset = Kind::Hugo;
        options.eventDay = QDate(2013, 8, 29);
        QCOMPARE(ReportExportLayout::plan(r, {}, options)->markdownPath,
                 QStringLiteral("content/posts/2013-08-29-report-12/index.md"));
    }

    void jekyllPost()
    {
        const Report r = report();
        const ReportExportPlan p = plan(r, Kind::Jekyll);
        QCOMPARE(p.paths(), (QStringList{QStringLiteral("assets/images/report-12/offkai-1.jpg"),
                                         QStringLiteral("assets/images/report-12/テーブル.png"),
                                         QStringLiteral("_posts/2013-08-30-report-12.md")}));
        const QJsonObject fm = frontMatter(p);
        QCOMPARE(fm.keys(),
                 (QStringList{QStringLiteral("date"), QStringLiteral("layout"), QStringLiteral("published"),
                              QStringLiteral("tags"), QStringLiteral("title")}));
        QCOMPARE(fm.value(QStringLiteral("layout")).toString(), QStringLiteral("post"));
        QCOMPARE(fm.value(QStringLiteral("title")).toString(), title());
        QCOMPARE(fm.value(QStringLiteral("date")).toString(), QStringLiteral("2013-08-30 10:00:00 +0900"));
        QCOMPARE(fm.value(QStringLiteral("published")), QJsonValue(false));
        QCOMPARE(fm.value(QStringLiteral("tags")).toArray(), japaneseTags());
        QVERIFY(markdownOf(p).contains(
            QStringLiteral("![オフ会のようす](/assets/images/report-12/offkai-1.jpg)")));

        const ReportExportPlan named = plan(r, Kind::Jekyll, QStringLiteral("second-meetup"));
        QCOMPARE(named.markdownPath, QStringLiteral("_posts/2013-08-30-second-meetup.md"));
        // A slug that already starts with the day is not given it twice.
        QCOMPARE(plan(r, Kind::Jekyll, QStringLiteral("2013-08-30-second-meetup")).markdownPath,
                 QStringLiteral("_posts/2013-08-30-second-meetup.md"));
        QVERIFY(markdownOf(named).contains(QStringLiteral("](/assets/images/second-meetup/offkai-1.jpg)")));
    }

    void zennArticle()
    {
        Report r = report();
        r.tags = {QStringLiteral("オフ会"), QStringLiteral("Community"), QStringLiteral("meetup"),
                  QStringLiteral("c++"),    QStringLiteral("a"),         QStringLiteral("b"),
                  QStringLiteral("c"),      QStringLiteral("d"),         QStringLiteral("MEETUP")};
        const ReportExportPlan p = plan(r, Kind::Zenn, QStringLiteral("offkai-second-meetup"));
        QCOMPARE(p.paths(), (QStringList{QStringLiteral("images/offkai-second-meetup/offkai-1.jpg"),
                                         QStringLiteral("images/offkai-second-meetup/テーブル.png"),
                                         QStringLiteral("articles/offkai-second-meetup.md")}));
        const QJsonObject fm = frontMatter(p);
        QCOMPARE(fm.keys(),
                 (QStringList{QStringLiteral("emoji"), QStringLiteral("published"), QStringLiteral("title"),
                              QStringLiteral("topics"), QStringLiteral("type")}));
        QCOMPARE(fm.value(QStringLiteral("title")).toString(), title());
        QCOMPARE(fm.value(QStringLiteral("emoji")).toString(), QStringLiteral("📝"));
        QCOMPARE(fm.value(QStringLiteral("type")).toString(), QStringLiteral("idea"));
        QCOMPARE(fm.value(QStringLiteral("published")), QJsonValue(false));
        // Lowercase ASCII letters and digits, at most five; the rest are said.
        QCOMPARE(fm.value(QStringLiteral("topics")).toArray(),
                 (QJsonArray{QStringLiteral("community"), QStringLiteral("meetup"), QStringLiteral("a"),
                             QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(p.warnings.size(), 3);
        QVERIFY(p.warnings.at(0).contains(QStringLiteral("オフ会")));
        QVERIFY(p.warnings.at(1).contains(QStringLiteral("c++")));
        QVERIFY(p.warnings.at(2).contains(QStringLiteral("“d”")));
        const QString md = markdownOf(p);
        QVERIFY(md.contains(QStringLiteral("![オフ会のようす](/images/offkai-second-meetup/offkai-1.jpg)")));
        QVERIFY(md.contains(QStringLiteral("<img src=\"/images/offkai-second-meetup/%E3%83%86")));

        // Zenn refuses other formats and images over 3 MB: said before anything is written.
        QList<ReportPhoto> photos = test::exportedPhotos();
        photos[0].fileName = QStringLiteral("photo.heic");
        photos[1].data = QByteArray(3 * 1024 * 1024 + 1, 'x');
        ReportExportOptions options;
        options.preset = Kind::Zenn;
        Report untagged = report();
        untagged.tags.clear();
        const auto refused = ReportExportLayout::plan(untagged, photos, options);
        QVERIFY(refused);
        QCOMPARE(refused->warnings.size(), 2);
        QVERIFY(refused->warnings.at(0).contains(QStringLiteral("photo.heic")));
        QVERIFY(refused->warnings.at(1).contains(QStringLiteral("テーブル.png")));
        // A slug Zenn refuses.
        options.slug = QStringLiteral("short");
        const auto bad = ReportExportLayout::plan(report(), photos, options);
        QVERIFY(!bad);
        QCOMPARE(bad.error().code(), Error::Code::Invalid);
    }

    void qiitaArticle()
    {
        Report r = report();
        r.tags.append(QStringLiteral("Qt Widgets"));
        const ReportExportPlan p = plan(r, Kind::Qiita);
        QCOMPARE(p.paths(), (QStringList{QStringLiteral("images/2013-08-30-report-12/offkai-1.jpg"),
                                         QStringLiteral("images/2013-08-30-report-12/テーブル.png"),
                                         QStringLiteral("public/2013-08-30-report-12.md")}));
        // The keys in the order `qiita new` writes them, with its values.
        const QString md = markdownOf(p);
        const QString yaml = md.left(md.indexOf(QLatin1String("\n---\n")) + 5);
        QCOMPARE(yaml, QStringLiteral("---\n"
                                      "title: \"%1\"\n"
                                      "tags:\n"
                                      "  - \"オンライン異業種交流会\"\n"
                                      "  - \"オフ会\"\n"
                                      "  - \"Qt-Widgets\"\n"
                                      "private: false\n"
                                      "updated_at: ''\n"
                                      "id: null\n"
                                      "organization_url_name: null\n"
                                      "slide: false\n"
                                      "ignorePublish: true\n"
                                      "---\n")
                           .arg(QString(title()).replace(QLatin1Char('"'), QStringLiteral("\\\""))));
        const QJsonObject fm = frontMatter(p);
        QCOMPARE(fm.value(QStringLiteral("title")).toString(), title());
        QCOMPARE(fm.value(QStringLiteral("tags")).toArray(),
                 (QJsonArray{QStringLiteral("オンライン異業種交流会"), QStringLiteral("オフ会"),
                             QStringLiteral("Qt-Widgets")}));
        QCOMPARE(fm.value(QStringLiteral("private")), QJsonValue(false));
        QCOMPARE(fm.value(QStringLiteral("updated_at")), QJsonValue(QString()));
        QVERIFY(fm.value(QStringLiteral("id")).isNull());
        QVERIFY(fm.value(QStringLiteral("organization_url_name")).isNull());
        QCOMPARE(fm.value(QStringLiteral("slide")), QJsonValue(false));
        QCOMPARE(fm.value(QStringLiteral("ignorePublish")), QJsonValue(true));
        // Qiita CLI uploads no images: outside public/, linked relatively, and said.
        QVERIFY(
            md.contains(QStringLiteral("![オフ会のようす](../images/2013-08-30-report-12/offkai-1.jpg)")));
        QCOMPARE(p.warnings.size(), 1);
        QVERIFY(p.warnings.constFirst().contains(QStringLiteral("images/2013-08-30-report-12/")));

        // Published: published by `qiita publish`; no tags: the empty one `qiita new` writes, and a warning.
        r.status = Report::Status::Published;
        r.tags.clear();
        ReportExportOptions options;
        options.preset = Kind::Qiita;
        const auto bare = ReportExportLayout::plan(r, {}, options);
        QVERIFY(bare);
        QString error;
        const QJsonObject bareFm =
            test::parseFrontMatter(QString::fromUtf8(bare->files.constLast().data), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(bareFm.value(QStringLiteral("tags")).toArray(), QJsonArray{QString()});
        QCOMPARE(bareFm.value(QStringLiteral("ignorePublish")), QJsonValue(false));
        QCOMPARE(bare->warnings.size(), 1);
        QCOMPARE(bare->paths(), QStringList{QStringLiteral("public/2013-08-30-report-12.md")});
    }

    void hostileTitlesStayValidYaml_data()
    {
        QTest::addColumn<QString>("title");
        QTest::newRow("colon and hash") << QStringLiteral("第2回オフ会: 報告 #2");
        QTest::newRow("quotes") << QStringLiteral("\"ターニングポイント\"と'再会'");
        QTest::newRow("bracket") << QStringLiteral("[速報] 第2回オフ会");
        QTest::newRow("star") << QStringLiteral("*重要* 第2回");
        QTest::newRow("ampersand") << QStringLiteral("&第2回");
        QTest::newRow("dash") << QStringLiteral("- 第2回");
        QTest::newRow("backslash") << QStringLiteral("C:\\オフ会\\n");
        QTest::newRow("yes") << QStringLiteral("yes");
        QTest::newRow("number") << QStringLiteral("2013");
    }

    void hostileTitlesStayValidYaml()
    {
        QFETCH(QString, title);
        Report r = report();
        r.title = title;
        r.tags = {title, QStringLiteral("#タグ")};
        for (const Kind kind : ReportExportPreset::all()) {
            ReportExportOptions options;
            options.preset = kind;
            options.frontMatter = true;
            const auto p = ReportExportLayout::plan(r, test::exportedPhotos(), options);
            QVERIFY(p);
            QString error;
            const QJsonObject fm =
                test::parseFrontMatter(QString::fromUtf8(p->files.constLast().data), &error);
            QVERIFY2(error.isEmpty(), qPrintable(ReportExportPreset::key(kind) + QLatin1Char(' ') + error));
            QCOMPARE(fm.value(QStringLiteral("title")), QJsonValue(title));
        }
        // A title on several lines becomes one line.
        r.title = QStringLiteral("第2回\nオフ会:\n報告");
        const QString md = markdownOf(plan(r, Kind::Hugo));
        QString error;
        QCOMPARE(test::parseFrontMatter(md, &error).value(QStringLiteral("title")),
                 QJsonValue(QStringLiteral("第2回 オフ会: 報告")));
    }

    void badPhotos()
    {
        QList<ReportPhoto> photos = test::exportedPhotos();
        photos[1].fileName = QStringLiteral("index.md");
        ReportExportOptions options;
        options.preset = Kind::Hugo;
        auto result = ReportExportLayout::plan(report(), photos, options);
        QVERIFY(!result);
        QCOMPARE(result.error().code(), Error::Code::Invalid);
        QVERIFY(result.error().message().contains(QLatin1String("index.md")));
        photos[1].fileName = QStringLiteral("../escape.png");
        QVERIFY(!ReportExportLayout::plan(report(), photos, options));
        photos[1].fileName = photos[0].fileName;
        QVERIFY(!ReportExportLayout::plan(report(), photos, options));
    }

    void exportWritesTheTree()
    {
        QTemporaryDir tmp;
        ReportExportOptions options;
        options.preset = Kind::Zenn;
        options.slug = QStringLiteral("offkai-second-meetup");
        const auto path = ReportExporter::exportTo(report(), test::exportedPhotos(), tmp.path(), options);
        QVERIFY2(path, path ? "" : qPrintable(path.error().toString()));
        QCOMPARE(*path, tmp.filePath(QStringLiteral("articles/offkai-second-meetup.md")));
        QCOMPARE(test::exportedFiles(tmp.path()),
                 (QStringList{QStringLiteral("articles/offkai-second-meetup.md"),
                              QStringLiteral("images/offkai-second-meetup/offkai-1.jpg"),
                              QStringLiteral("images/offkai-second-meetup/テーブル.png")}));
        QFile jpeg(tmp.filePath(QStringLiteral("images/offkai-second-meetup/offkai-1.jpg")));
        QVERIFY(jpeg.open(QIODevice::ReadOnly));
        QCOMPARE(jpeg.readAll(), test::exportedPhotos().constFirst().data);
    }

    void failureLeavesNoNewFolders()
    {
        // The Markdown cannot be written (a folder has its name): the photos and the folders made for them
        // are taken back; what was there stays.
        QTemporaryDir tmp;
        QVERIFY(QDir().mkpath(tmp.filePath(QStringLiteral("articles/offkai-second-meetup.md"))));
        QVERIFY(QDir().mkpath(tmp.filePath(QStringLiteral("images/older"))));
        ReportExportOptions options;
        options.preset = Kind::Zenn;
        options.slug = QStringLiteral("offkai-second-meetup");
        const auto failed = ReportExporter::exportTo(report(), test::exportedPhotos(), tmp.path(), options);
        QVERIFY(!failed);
        QCOMPARE(failed.error().code(), Error::Code::Io);
        QVERIFY(failed.error().message().contains(QLatin1String("offkai-second-meetup.md")));
        QCOMPARE(test::exportedFiles(tmp.path()), QStringList());
        QVERIFY(!QFileInfo::exists(tmp.filePath(QStringLiteral("images/offkai-second-meetup"))));
        QVERIFY(QFileInfo::exists(tmp.filePath(QStringLiteral("images/older"))));

        // Hugo into a site where content/ is a file: nothing made at all.
        QTemporaryDir site;
        QFile blocker(site.filePath(QStringLiteral("content")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        options.preset = Kind::Hugo;
        const auto blocked = ReportExporter::exportTo(report(), test::exportedPhotos(), site.path(), options);
        QVERIFY(!blocked);
        QCOMPARE(test::exportedFiles(site.path()), QStringList{QStringLiteral("content")});
    }
};

QTEST_GUILESS_MAIN(TestReportExportLayout)
#include "tst_reportexportlayout.moc"
