// The bad-input catalogue: every case of tests/data/bad-input/README.md, run through the real binary as a
// script would. Each case checks the exit code, a part of the message on stderr, and the database: a
// refused input leaves it unchanged (every row of every table), a damaged or foreign database file is not
// changed by a byte and gains no side files.

#include "TestSupport.h"
#include "workflows/DemoDatabase.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

class TestBadInput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;      ///< the demo database every case starts from
    QString m_generated; ///< inputs too large to commit, or written by this build

    struct Case
    {
        QString id;
        QString title;
        QString arguments;
        int exitCode = 0;
        QString message;
        QString database;
    };

    static QList<Case> catalogue()
    {
        QFile file(test::testData(QStringLiteral("bad-input/README.md")));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QList<Case> cases;
        static const QRegularExpression id(QStringLiteral("^[a-z]+-[0-9]{2}$"));
        for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
            if (!line.startsWith(QLatin1String("| ")))
                continue;
            QStringList cells = line.mid(2).split(QStringLiteral(" | "));
            if (cells.size() != 6 || !id.match(cells.at(0)).hasMatch())
                continue;
            cells.last().chop(2); // " |"
            const auto unquote = [](QString text) {
                text = text.trimmed();
                if (text.startsWith(QLatin1Char('`')) && text.endsWith(QLatin1Char('`')))
                    text = text.mid(1, text.size() - 2);
                return text.replace(QStringLiteral("\\|"), QStringLiteral("|"));
            };
            cases.append({cells.at(0), cells.at(1), unquote(cells.at(2)), cells.at(3).toInt(),
                          unquote(cells.at(4)), cells.at(5).trimmed()});
        }
        return cases;
    }

    /// Every row of every table of a database, hashed: equal dumps mean equal contents.
    static QByteArray dump(const QString &path)
    {
        QByteArray dumped;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dump"));
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open())
                dumped = test::contentDump(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("dump"));
        return dumped;
    }

    static QStringList filesIn(const QString &dir)
    {
        return QDir(dir).entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot,
                                   QDir::Name);
    }

    void generate()
    {
        QDir().mkpath(m_generated);
        const auto sparse = [&](const QString &name, const QByteArray &head, qint64 size) {
            QFile file(m_generated + QLatin1Char('/') + name);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(head);
            QVERIFY(file.resize(size)); // a hole: large on paper, nothing written
        };
        sparse(QStringLiteral("huge.csv"), "name,email\n", 101LL * 1024 * 1024);
        sparse(QStringLiteral("huge.ics"), "BEGIN:VCALENDAR\r\n", 33LL * 1024 * 1024);
        QFile longField(m_generated + QStringLiteral("/long-field.csv"));
        QVERIFY(longField.open(QIODevice::WriteOnly));
        longField.write("name,notes\n佐藤," + QByteArray(1024 * 1024 + 10, 'x') + "\n");
        longField.close();
        QDir().mkpath(m_generated + QStringLiteral("/a-folder.csv"));

        // Databases: another application's SQLite file, a newer Offkai's, and a damaged one.
        test::writeForeignSqlite(m_generated + QStringLiteral("/foreign.sqlite"));
        const QString newer = m_generated + QStringLiteral("/newer-schema.sqlite");
        QVERIFY(QFile::copy(m_demo, newer));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(newer);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 999")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        const QString damaged = m_generated + QStringLiteral("/damaged.sqlite");
        QFile::remove(damaged);
        QVERIFY(QFile::copy(m_demo, damaged));
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 pageSize = 4096;
        for (qint64 page = 2; page * pageSize < file.size(); page += 3) {
            file.seek(page * pageSize + 100);
            file.write(QByteArray(600, '\xA5'));
        }
    }

    /// The arguments of a case with its placeholders filled in; `watched` receives the copy of a database
    /// file the case runs on ({file:…} and {gen-file:…}).
    QStringList arguments(const Case &c, const QString &caseDir, QString *watched) const
    {
        QStringList args;
        static const QRegularExpression placeholder(QStringLiteral("\\{([a-z-]+)(?::([^}]*))?\\}"));
        for (QString token : c.arguments.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const auto m = placeholder.match(token);
            if (m.hasMatch()) {
                const QString kind = m.captured(1);
                const QString name = m.captured(2);
                QString value;
                if (kind == QLatin1String("db")) {
                    value = caseDir + QStringLiteral("/community.sqlite");
                } else if (kind == QLatin1String("data")) {
                    value = test::testData(name);
                } else if (kind == QLatin1String("gen")) {
                    value = m_generated + QLatin1Char('/') + name;
                } else if (kind == QLatin1String("file") || kind == QLatin1String("gen-file")) {
                    const QString from = kind == QLatin1String("file")
                                             ? test::testData(name)
                                             : m_generated + QLatin1Char('/') + name;
                    value = caseDir + QLatin1Char('/') + QFileInfo(name).fileName();
                    QFile::copy(from, value);
                    *watched = value;
                } else if (kind == QLatin1String("dir")) {
                    value = caseDir;
                }
                token.replace(m.capturedStart(), m.capturedLength(), value);
            }
            args.append(token);
        }
        return args;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        auto demo = DemoDatabase::create(m_dir.filePath(QStringLiteral("demo")));
        QVERIFY2(demo.ok(), qPrintable(demo.ok() ? QString() : demo.error().toString()));
        m_demo = *demo;
        // The first open of a new file fills the search index; every case starts after it.
        const test::CommandRun settle =
            test::runOffkai({QStringLiteral("--db"), m_demo, QStringLiteral("check")});
        QCOMPARE(settle.exitCode, 0);
        const test::CommandRun open = test::runOffkai(
            {QStringLiteral("--db"), m_demo, QStringLiteral("venues"), QStringLiteral("list")});
        QCOMPARE(open.exitCode, 0);
        m_generated = m_dir.filePath(QStringLiteral("generated"));
        generate();
    }

    void catalogueIsLargeAndUnique()
    {
        const QList<Case> cases = catalogue();
        QVERIFY2(cases.size() >= 60, qPrintable(QString::number(cases.size())));
        QSet<QString> ids;
        for (const Case &c : cases) {
            QVERIFY2(!ids.contains(c.id), qPrintable(c.id));
            ids.insert(c.id);
            QVERIFY2(!c.message.isEmpty(), qPrintable(c.id));
            QVERIFY2(QStringList({QStringLiteral("unchanged"), QStringLiteral("file unchanged"),
                                  QStringLiteral("changed"), QStringLiteral("none")})
                         .contains(c.database),
                     qPrintable(c.id + QLatin1Char(' ') + c.database));
        }
    }

    void runsEachCase_data()
    {
        QTest::addColumn<QString>("id");
        for (const Case &c : catalogue())
            QTest::newRow(qPrintable(c.id)) << c.id;
    }

    void runsEachCase()
    {
        QFETCH(QString, id);
        Case c;
        for (const Case &each : catalogue()) {
            if (each.id == id)
                c = each;
        }
        const QString caseDir = m_dir.filePath(QStringLiteral("case-") + id);
        QVERIFY(QDir().mkpath(caseDir));
        const QString db = caseDir + QStringLiteral("/community.sqlite");
        QVERIFY(QFile::copy(m_demo, db));
        QString watched;
        const QStringList args = arguments(c, caseDir, &watched);
        const QByteArray before = dump(db);
        const QByteArray watchedBefore = watched.isEmpty() ? QByteArray() : test::checksum(watched);
        const QStringList siblingsBefore = filesIn(caseDir);

        const test::CommandRun run = test::runOffkai(args);

        const QString what = c.id + QStringLiteral(" (") + c.title + QStringLiteral("): ") + run.err;
        QVERIFY2(
            run.exitCode == c.exitCode,
            qPrintable(QStringLiteral("exit %1, expected %2; ").arg(run.exitCode).arg(c.exitCode) + what));
        // Messages go to stderr; what a successful command reports on its data goes to stdout.
        const QString said = c.exitCode == 0 ? run.err + QString::fromUtf8(run.out) : run.err;
        QVERIFY2(said.contains(c.message),
                 qPrintable(QStringLiteral("expected “%1”; ").arg(c.message) + what));
        QVERIFY2(!run.err.contains(QLatin1String("QSqlDatabase")) &&
                     !run.err.contains(QLatin1String("QObject")),
                 qPrintable(QStringLiteral("Qt warning on stderr; ") + what));
        if (c.database == QLatin1String("unchanged")) {
            QCOMPARE(dump(db), before);
        } else if (c.database == QLatin1String("changed")) {
            QVERIFY(dump(db) != before);
        } else if (c.database == QLatin1String("file unchanged")) {
            QVERIFY2(!watched.isEmpty(), qPrintable(c.id + QStringLiteral(": no {file:} argument")));
            QCOMPARE(test::checksum(watched), watchedBefore);
            QCOMPARE(filesIn(caseDir), siblingsBefore);
        }
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
