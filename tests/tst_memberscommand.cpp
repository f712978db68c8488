#include "exchange/MemberCsvMapping.h"
#include "storage/Database.h"
#include "stores/ImportPresetStore.h"
#include "stores/MemberList.h"
#include "stores/MemberStore.h"
#include "stores/Workspace.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

/// `offkai members …` through the real binary: what scripts see.
class TestMembersCommand : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };

    static Run offkai(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        process.setProcessEnvironment(env);
        process.start(test::offkaiBinary(), arguments);
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitCode(), process.readAllStandardOutput(),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QTemporaryDir m_dir;
    int m_file = 0;

    QString freshDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_file));
        auto db = Database::open(path);
        return db ? path : QString();
    }
    static int memberCount(const QString &path)
    {
        Database::Options options;
        options.mode = Database::Mode::ReadOnly;
        auto db = Database::open(path, options);
        if (!db)
            return -1;
        Workspace workspace(std::move(db).value());
        auto count = workspace.memberList().count();
        return count ? *count : -1;
    }

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }

    void importListAndExport()
    {
        const QString db = freshDatabase();
        const Run imported =
            offkai({QStringLiteral("--db"), db, QStringLiteral("members"), QStringLiteral("import"),
                    test::testData(QStringLiteral("csv/members-ja-utf8.csv"))});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY(imported.out.contains("created: "));
        const int count = memberCount(db);
        QVERIFY(count > 0);
        const QByteArray created = QByteArray("created: ") + QByteArray::number(count);
        QVERIFY(imported.out.contains(created));

        const Run listed =
            offkai({QStringLiteral("--db"), db, QStringLiteral("members"), QStringLiteral("list"),
                    QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(array.size(), count);
        for (const QJsonValue &value : array)
            QVERIFY(value.toObject().value(QStringLiteral("id")).toInteger() > 0);

        const Run again =
            offkai({QStringLiteral("--db"), db, QStringLiteral("members"), QStringLiteral("import"),
                    test::testData(QStringLiteral("csv/members-ja-utf8.csv")),
                    QStringLiteral("--on-duplicate"), QStringLiteral("skip")});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(memberCount(db), count);

        const QString vcf = m_dir.filePath(QStringLiteral("out.vcf"));
        const Run exported =
            offkai({QStringLiteral("--db"), db, QStringLiteral("members"), QStringLiteral("export"),
                    QStringLiteral("--format"), QStringLiteral("vcard"), QStringLiteral("--out"), vcf});
        QCOMPARE(exported.exitCode, 0);
        QFile file(vcf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("BEGIN:VCARD\r\n"), count);

        const Run csv =
            offkai({QStringLiteral("--db"), db, QStringLiteral("members"), QStringLiteral("export")});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith("\xEF\xBB\xBF")); // UTF-8 with BOM, for Excel
    }

    void searchAndStatusFilters()
    {
        const QString db = freshDatabase();
        QCOMPARE(offkai({QStringLiteral("--db"), db, QStringLiteral("members"), QStringLiteral("import"),
                         test::testData(QStringLiteral("csv/members-ja-utf8.csv"))})
                     .exitCode,
                 0);
        const Run all =
            offkai({QStringLiteral("--db"), db, QStringLiteral("members"), QStringLiteral("list")});
        const QList<QByteArray> lines = all.out.split('\n');
        QVERIFY(lines.size() > 2);
        const QByteArray someName = lines.at(1).split(',').value(1);
        const Run found =
            offkai({QStringLiteral("--db"), db, QStringLiteral("members"), QStringLiteral("list"),
                    QStringLiteral("--search"), QString::fromUtf8(someName.left(someName.indexOf(' ')))});
        QCOMPARE(found.exitCode, 0);
        QVERIFY(found.out.contains(someName));
        const Run bad = offkai({QStringLiteral("--db"), db, QStringLiteral("members"), QStringLiteral("list"),
                                QStringLiteral("--status"), QStringLiteral("sleeping")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.out.isEmpty());
    }

    void exportProtectsCellsFromFormulasUnlessRaw()
    {
        // The hostile cell of the issue survives an import; the CSV export meant for Excel neutralizes it.
        const QString csvIn = m_dir.filePath(QStringLiteral("hostile.csv"));
        {
            QFile file(csvIn);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("displayName,emails,phone\r\n"
                       "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",evil@example.org,"
                       "+81 90-1234-5678\r\n");
        }
        const QString db = freshDatabase();
        const Run imported =
            offkai({QStringLiteral("--db"), db, QStringLiteral("members"), QStringLiteral("import"), csvIn});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QByteArray hostile = "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"";
        const QByteArray neutral = "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"";

        const Run guarded =
            offkai({QStringLiteral("--db"), db, QStringLiteral("members"), QStringLiteral("export")});
        QCOMPARE(guarded.exitCode, 0);
        QVERIFY2(guarded.out.contains(neutral), guarded.out.constData());
        QVERIFY(guarded.out.contains(",'+81 90-1234-5678,"));

        const Run raw = offkai({QStringLiteral("--db"), db, QStringLiteral("members"),
                                QStringLiteral("export"), QStringLiteral("--raw-cells")});
        QCOMPARE(raw.exitCode, 0);
        QVERIFY2(raw.out.contains(hostile), raw.out.constData());
        QVERIFY(!raw.out.contains("'"));

        const Run vcard =
            offkai({QStringLiteral("--db"), db, QStringLiteral("members"), QStringLiteral("export"),
                    QStringLiteral("--format"), QStringLiteral("vcard")});
        QCOMPARE(vcard.exitCode, 0);
        QVERIFY(vcard.out.contains("FN:=HYPERLINK("));
        QVERIFY(!vcard.out.contains("'"));

        const Run help =
            offkai({QStringLiteral("--db"), db, QStringLiteral("members"), QStringLiteral("--help")});
        QVERIFY(help.out.contains("--raw-cells"));
    }

    void aBadFileChangesNothingAndFails_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("unbalanced quotes") << "csv/unbalanced-quotes.csv";
        QTest::newRow("nul byte") << "csv/nul-byte.csv";
        QTest::newRow("binary") << "csv/binary-noise.csv";
        QTest::newRow("empty") << "csv/empty.csv";
        QTest::newRow("missing") << "csv/no-such-file.csv";
        QTest::newRow("unknown service") << "csv/services/unknown-service.csv";
    }
    void aBadFileChangesNothingAndFails()
    {
        QFETCH(QString, fixture);
        const QString db = freshDatabase();
        QCOMPARE(offkai({QStringLiteral("--db"), db, QStringLiteral("members"), QStringLiteral("import"),
                         test::testData(QStringLiteral("csv/members-ja-utf8.csv"))})
                     .exitCode,
                 0);
        const int before = memberCount(db);
        const Run run = offkai({QStringLiteral("--db"), db, QStringLiteral("members"),
                                QStringLiteral("import"), test::testData(fixture)});
        QVERIFY(run.exitCode != 0);
        QVERIFY(!run.err.isEmpty());
        QCOMPARE(memberCount(db), before);
    }

    void importsServiceFilesWithBuiltInPresets()
    {
        const QString db = freshDatabase();
        const auto import = [&](const char *fixture, const QStringList &extra = {}) {
            return offkai(
                QStringList{QStringLiteral("--db"), db, QStringLiteral("members"), QStringLiteral("import"),
                            test::testData(QStringLiteral("csv/services/") + QLatin1String(fixture))} +
                extra);
        };
        const Run connpass =
            import("connpass-2019-cp932.csv", {QStringLiteral("--preset"), QStringLiteral("connpass")});
        QVERIFY2(connpass.exitCode == 0, qPrintable(connpass.err));
        QVERIFY(connpass.out.contains("created: 3\n"));
        QVERIFY(connpass.out.contains("skipped: 1\n"));
        QVERIFY(connpass.out.contains("withdrawn: 1\n"));
        QVERIFY(connpass.out.contains("preset: connpass\n"));
        QVERIFY(connpass.err.contains(
            QStringLiteral("row 4: Skipped: The account was withdrawn from the service.")));
        QVERIFY(
            connpass.err.contains(QStringLiteral("The column “参加ステータス” has no place in a member")));

        // Without --preset, the header row names the service: Meetup's tab-separated .xls, no emails.
        const Run meetup = import("meetup-members.xls");
        QVERIFY2(meetup.exitCode == 0, qPrintable(meetup.err));
        QVERIFY(meetup.out.contains("created: 3\nupdated: 0\nskipped: 0\nrejected: 0\n"));
        QVERIFY(meetup.out.contains("preset: meetup\n"));

        const Run forms = import("google-forms-responses.csv");
        QVERIFY2(forms.exitCode == 0, qPrintable(forms.err));
        QVERIFY(forms.out.contains("preset: google-forms\n"));
        const Run applicants =
            offkai({QStringLiteral("--db"), db, QStringLiteral("members"), QStringLiteral("list"),
                    QStringLiteral("--status"), QStringLiteral("applicant"), QStringLiteral("--format"),
                    QStringLiteral("json")});
        QCOMPARE(applicants.exitCode, 0);
        const QJsonArray listed = QJsonDocument::fromJson(applicants.out).array();
        QCOMPARE(listed.size(), 4);
        for (const QJsonValue &row : listed)
            QVERIFY(row.toObject().value(QStringLiteral("id")).toInteger() > 0);
        QCOMPARE(memberCount(db), 3 + 3 + 4); // neither connpass nor Meetup rows carry an address to match
    }

    void anUnknownPresetListsTheBuiltInOnes()
    {
        const QString db = freshDatabase();
        const Run run =
            offkai({QStringLiteral("--db"), db, QStringLiteral("members"), QStringLiteral("import"),
                    test::testData(QStringLiteral("csv/services/zoom-meeting-en.csv")),
                    QStringLiteral("--preset"), QStringLiteral("eventbrite")});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QStringLiteral("“eventbrite”")), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("connpass, peatix, doorkeeper, meetup, zoom, google-forms")));
        QCOMPARE(memberCount(db), 0);
    }

    void anUnknownServiceListsTheExpectedHeaders()
    {
        const QString db = freshDatabase();
        const Run run =
            offkai({QStringLiteral("--db"), db, QStringLiteral("members"), QStringLiteral("import"),
                    test::testData(QStringLiteral("csv/services/unknown-service.csv"))});
        QVERIFY(run.exitCode != 0);
        for (const char *expected : {"unknown-service.csv: ", "ユーザー名", "Name (Original Name)",
                                     "Member ID", "タイムスタンプ", "ID, Score, Team"})
            QVERIFY2(run.err.contains(QString::fromUtf8(expected)), qPrintable(run.err));
        QCOMPARE(memberCount(db), 0);
    }

    void aSavedPresetWinsOverTheServiceOfItsName()
    {
        const QString db = freshDatabase();
        {
            auto opened = Database::open(db);
            QVERIFY(opened.ok());
            MemberCsvMapping plain = MemberCsvMapping::guess(
                {QStringLiteral("Name (Original Name)"), QStringLiteral("User Email")});
            plain.columns[0].field = MemberCsvMapping::Field::DisplayName;
            QVERIFY(ImportPresetStore(**opened).save(QStringLiteral("zoom"), plain).ok());
        }
        const Run run =
            offkai({QStringLiteral("--db"), db, QStringLiteral("members"), QStringLiteral("import"),
                    test::testData(QStringLiteral("csv/services/zoom-meeting-en.csv")),
                    QStringLiteral("--preset"), QStringLiteral("zoom")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(!run.out.contains("preset: zoom"));
        const Run listed = offkai({QStringLiteral("--db"), db, QStringLiteral("members"),
                                   QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("iPad"),
                                   QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonArray rows = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("display_name")).toString(),
                 QStringLiteral("Hanako's iPad (Hanako Sato)"));
    }
};

QTEST_GUILESS_MAIN(TestMembersCommand)
#include "tst_memberscommand.moc"
