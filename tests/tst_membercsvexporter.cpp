#include "exchange/CsvReader.h"
#include "exchange/MemberCsvExporter.h"
#include "exchange/MemberCsvMapping.h"
#include "exchange/MemberImporter.h"
#include "exchange/TextDecoding.h"
#include "storage/Database.h"
#include "stores/MemberStore.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

class TestMemberCsvExporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MemberStore> m_store;
    qint64 m_hanako = 0;
    qint64 m_john = 0;
    int m_file = 0;

    void openDatabase()
    {
        m_store.reset();
        m_db.reset();
        Database::Options options;
        options.dailyBackup = false;
        auto db = Database::open(m_dir.filePath(QStringLiteral("x%1.sqlite").arg(++m_file)), options);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_store = std::make_unique<MemberStore>(*m_db);
    }

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void init()
    {
        openDatabase();
        Member hanako;
        hanako.displayName = QStringLiteral("髙橋 花子");
        hanako.reading = QStringLiteral("たかはし はなこ");
        hanako.emails = {QStringLiteral("hanako@example.jp"), QStringLiteral("h@work.example")};
        hanako.affiliation = QStringLiteral("渋谷〜新宿, ①班"); // WAVE DASH, as macOS types it
        hanako.tags = {QStringLiteral("営業")};
        hanako.status = Member::Status::Inactive;
        hanako.joinedOn = QDate(2024, 4, 1);
        hanako.notes = QStringLiteral("\"quoted\"\nsecond line");
        m_hanako = *m_store->insert(hanako);
        Member john;
        john.displayName = QStringLiteral("John Smith");
        john.emails = {QStringLiteral("john@example.org")};
        m_john = *m_store->insert(john);
    }
    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void exportsUtf8WithBomAndCrlf()
    {
        MemberCsvExporter exporter(*m_store);
        const auto bytes = exporter.exportMembers({}, {});
        QVERIFY(bytes.ok());
        QVERIFY(bytes->startsWith("\xEF\xBB\xBF"
                                  "displayName,reading,emails,"));
        QVERIFY(bytes->contains("\r\n"));
        QVERIFY(!bytes->contains("\r\r"));
        const auto decoded = TextDecoding::decode(*bytes);
        QVERIFY(decoded.ok());
        const auto table = CsvReader::read(decoded->text);
        QVERIFY(table.ok());
        QCOMPARE(table->records.size(), 3);
        const QStringList header = table->records.at(0).fields;
        const QStringList hanako = table->records.at(2).fields; // reading order: たかはし after John
        QCOMPARE(hanako.at(header.indexOf(QStringLiteral("displayName"))), QStringLiteral("髙橋 花子"));
        QCOMPARE(hanako.at(header.indexOf(QStringLiteral("emails"))),
                 QStringLiteral("hanako@example.jp; h@work.example"));
        QCOMPARE(hanako.at(header.indexOf(QStringLiteral("status"))), QStringLiteral("inactive"));
        QCOMPARE(hanako.at(header.indexOf(QStringLiteral("joinedOn"))), QStringLiteral("2024-04-01"));
        QCOMPARE(hanako.at(header.indexOf(QStringLiteral("notes"))),
                 QStringLiteral("\"quoted\"\nsecond line"));
    }

    void exportsSelectedMembersInOrder()
    {
        MemberCsvExporter exporter(*m_store);
        const auto bytes = exporter.exportMembers({m_john}, {});
        QVERIFY(bytes.ok());
        const auto table = CsvReader::read(QString::fromUtf8(*bytes));
        QCOMPARE(table->records.size(), 2);
        QCOMPARE(table->records.at(1).fields.at(0), QStringLiteral("John Smith"));
        QVERIFY(!exporter.exportMembers({m_john, 999999}, {}).ok());
    }

    void translatedHeaders()
    {
        MemberCsvExporter::Options options;
        options.header = MemberCsvExporter::Header::Translated;
        const auto bytes = MemberCsvExporter::toCsv({}, options);
        QVERIFY(bytes->startsWith("\xEF\xBB\xBFName,Reading,Email,"));
    }

    void exportsShiftJis()
    {
        MemberCsvExporter exporter(*m_store);
        MemberCsvExporter::Options options;
        options.encoding = MemberCsvExporter::Encoding::ShiftJis;
        const auto bytes = exporter.exportMembers({m_hanako}, options);
        QVERIFY2(bytes.ok(), qPrintable(bytes.ok() ? QString() : bytes.error().toString()));
        QVERIFY(!bytes->startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes->contains("\xFB\xFC")); // 髙, as Excel writes it
        QVERIFY(bytes->contains("\x81\x60")); // 〜 written as CP932's tilde
        QVERIFY(bytes->contains("\x87\x40")); // ①
        const auto decoded = TextDecoding::decode(*bytes, TextDecoding::Encoding::ShiftJis);
        QVERIFY(decoded.ok());
        QVERIFY(decoded->text.contains(QStringLiteral("髙橋 花子")));
    }

    void reportsCharactersShiftJisCannotHold()
    {
        Member m = *m_store->get(m_john);
        m.notes = QStringLiteral("Café 😀");
        QVERIFY(m_store->update(m).ok());
        MemberCsvExporter exporter(*m_store);
        MemberCsvExporter::Options options;
        options.encoding = MemberCsvExporter::Encoding::ShiftJis;
        const QString path = m_dir.filePath(QStringLiteral("sjis.csv"));
        const auto written = exporter.exportToFile(path, {}, options);
        QVERIFY(!written.ok());
        const QString message = written.error().message();
        QVERIFY2(message.contains(QStringLiteral("é 😀")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("John Smith (Notes)")));
        QVERIFY(!QFile::exists(path)); // nothing half-written
        QVERIFY(exporter.exportToFile(path, {}, {}).ok());
        QVERIFY(QFile::exists(path));
    }

    void importsItsOwnExportBack()
    {
        MemberCsvExporter exporter(*m_store);
        const auto bytes = exporter.exportMembers({}, {});
        const auto table = CsvReader::read(TextDecoding::decode(*bytes)->text);
        const auto mapping = MemberCsvMapping::guess(table->records.constFirst().fields);
        for (const MemberCsvMapping::Column &c : mapping.columns)
            QVERIFY2(c.field != MemberCsvMapping::Field::Ignore, qPrintable(c.header));
        QList<Member> before{*m_store->get(m_hanako), *m_store->get(m_john)};
        openDatabase();
        MemberImporter importer(*m_db, *m_store);
        const auto summary = importer.run(*table, mapping, {});
        QVERIFY(summary.ok());
        QCOMPARE(summary->created, 2);
        const Member hanako =
            *m_store->get(m_store->idsWithEmail(QStringLiteral("hanako@example.jp"))->first());
        QCOMPARE(hanako.displayName, before.at(0).displayName);
        QCOMPARE(hanako.emails, before.at(0).emails);
        QCOMPARE(hanako.affiliation, before.at(0).affiliation);
        QCOMPARE(hanako.notes, before.at(0).notes);
        QCOMPARE(hanako.status, before.at(0).status);
        QCOMPARE(hanako.tags, before.at(0).tags);
    }
};

QTEST_GUILESS_MAIN(TestMemberCsvExporter)
#include "tst_membercsvexporter.moc"
