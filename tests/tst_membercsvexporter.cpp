#include "exchange/CsvReader.h"
#include "exchange/CsvWriter.h"
#include "exchange/MemberCsvMapping.h"
#include "exchange/MemberCsvWriter.h"
#include "exchange/TextDecoding.h"
#include "exchange/VCardWriter.h"
#include "storage/Database.h"
#include "stores/MemberStore.h"
#include "stores/MemberTables.h"
#include "TestSupport.h"
#include "workflows/MemberCsvExporter.h"
#include "workflows/MemberImporter.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

class TestMemberCsvExporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MemberTables> m_store;
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
        m_store = std::make_unique<MemberTables>(*m_db);
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
        hanako.accounts.insert(ServiceAccount::Service::Connpass, QStringLiteral("hanako_t"));
        hanako.accounts.insert(ServiceAccount::Service::Meetup, QStringLiteral("271828"));
        m_hanako = *m_store->records().insert(hanako);
        Member john;
        john.displayName = QStringLiteral("John Smith");
        john.emails = {QStringLiteral("john@example.org")};
        m_john = *m_store->records().insert(john);
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
        // The service accounts, under the keys the import maps back to them.
        QCOMPARE(hanako.at(header.indexOf(QStringLiteral("connpass"))), QStringLiteral("hanako_t"));
        QCOMPARE(hanako.at(header.indexOf(QStringLiteral("meetup"))), QStringLiteral("271828"));
        QCOMPARE(hanako.at(header.indexOf(QStringLiteral("peatix"))), QString());
        const MemberCsvMapping back = MemberCsvMapping::guess(header);
        QCOMPARE(back.fieldAt(int(header.indexOf(QStringLiteral("connpass")))),
                 MemberCsvMapping::Field::ConnpassAccount);
        QCOMPARE(back.fieldAt(int(header.indexOf(QStringLiteral("doorkeeper")))),
                 MemberCsvMapping::Field::DoorkeeperAccount);
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
        const auto bytes = MemberCsvWriter::toCsv({}, options);
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
        Member m = *m_store->records().get(m_john);
        m.notes = QStringLiteral("Café 😀");
        QVERIFY(m_store->records().update(m).ok());
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

    void formulaCellsAreRecognized_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<bool>("formula");
        QTest::newRow("=") << QStringLiteral("=1+2") << true;
        QTest::newRow("+") << QStringLiteral("+81 90-1234-5678") << true;
        QTest::newRow("-") << QStringLiteral("-5") << true;
        QTest::newRow("@") << QStringLiteral("@SUM(A1)") << true;
        QTest::newRow("tab") << QStringLiteral("\t=1") << true;
        QTest::newRow("cr") << QStringLiteral("\r=1") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("text") << QStringLiteral("a=1") << false;
        QTest::newRow("inner") << QStringLiteral("090-1234-5678") << false;
        QTest::newRow("space first") << QStringLiteral(" =1") << false;
        QTest::newRow("apostrophe") << QStringLiteral("'=1") << false;
        QTest::newRow("japanese") << QStringLiteral("＝全角") << false;
    }
    void formulaCellsAreRecognized()
    {
        QFETCH(QString, field);
        QFETCH(bool, formula);
        QCOMPARE(CsvWriter::startsLikeFormula(field), formula);
        QCOMPARE(CsvWriter::neutralizeFormula(field), formula ? QLatin1Char('\'') + field : field);
        CsvWriter raw;
        raw.addRow({field});
        CsvWriter guarded;
        QVERIFY(!guarded.protectsFormulas()); // scripts' CSV stays raw unless asked
        guarded.setProtectFormulas(true);
        guarded.addRow({field});
        if (field.isEmpty())
            return; // a blank record is skipped on reading
        CsvReader::Options options;
        options.delimiter = QLatin1Char(',');
        QCOMPARE(CsvReader::read(raw.text(), options)->records.constFirst().fields.constFirst(), field);
        QCOMPARE(CsvReader::read(guarded.text(), options)->records.constFirst().fields.constFirst(),
                 CsvWriter::neutralizeFormula(field));
    }

    void aHostileCellIsNeutralizedThroughImportAndExport()
    {
        // The cell from the issue, with a phone number and a negative number, imported as any CSV is.
        const QString hostile = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"x\")");
        const QString csv =
            QStringLiteral("displayName,emails,phone,affiliation,notes\r\n"
                           "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",evil@example.org,"
                           "+81 90-1234-5678,@team,-5\r\n"
                           "'Quoted' Name,quoted@example.org,03-1234-5678,\"\t=tab\",plain\r\n");
        openDatabase();
        const auto table = CsvReader::read(csv);
        QVERIFY(table.ok());
        MemberImporter importer(*m_db, *m_store);
        const auto summary =
            importer.run(*table, MemberCsvMapping::guess(table->records.constFirst().fields), {});
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().toString()));
        QCOMPARE(summary->created, 2);
        const Member evil = *m_store->records().get(
            m_store->records().idsWithEmail(QStringLiteral("evil@example.org"))->first());
        QCOMPARE(evil.displayName, hostile); // stored as typed: the database is not a spreadsheet

        const auto cellsOf = [](const QByteArray &bytes) {
            const auto table = CsvReader::read(TextDecoding::decode(bytes)->text);
            QHash<QString, QString> cells;
            const QStringList header = table->records.at(0).fields;
            for (const auto &record : table->records.mid(1)) {
                const QString email = record.fields.at(header.indexOf(QStringLiteral("emails")));
                for (qsizetype c = 0; c < header.size(); ++c)
                    cells.insert(email.section(u'@', 0, 0) + u'.' + header.at(c), record.fields.at(c));
            }
            return cells;
        };
        MemberCsvExporter exporter(*m_store);
        const auto guarded = exporter.exportMembers({}, {});
        QVERIFY(guarded.ok());
        QVERIFY(guarded->contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\""));
        QHash<QString, QString> cells = cellsOf(*guarded);
        QCOMPARE(cells.value(QStringLiteral("evil.displayName")), QLatin1Char('\'') + hostile);
        QCOMPARE(cells.value(QStringLiteral("evil.phone")), QStringLiteral("'+81 90-1234-5678"));
        QCOMPARE(cells.value(QStringLiteral("evil.affiliation")), QStringLiteral("'@team"));
        QCOMPARE(cells.value(QStringLiteral("evil.notes")), QStringLiteral("'-5"));
        QCOMPARE(cells.value(QStringLiteral("quoted.affiliation")),
                 QStringLiteral("'=tab")); // import trims the tab
        // Everything else as it was: an apostrophe of the member's own, an inner hyphen.
        QCOMPARE(cells.value(QStringLiteral("quoted.displayName")), QStringLiteral("'Quoted' Name"));
        QCOMPARE(cells.value(QStringLiteral("quoted.phone")), QStringLiteral("03-1234-5678"));
        QCOMPARE(cells.value(QStringLiteral("evil.emails")), QStringLiteral("evil@example.org"));
        QCOMPARE(cells.value(QStringLiteral("evil.status")), QStringLiteral("active"));

        // Shift_JIS too.
        MemberCsvExporter::Options sjis;
        sjis.encoding = MemberCsvExporter::Encoding::ShiftJis;
        QVERIFY(exporter.exportMembers({}, sjis)->contains("\"'=HYPERLINK("));

        // The raw option leaves every cell as stored.
        MemberCsvExporter::Options rawOptions;
        rawOptions.protectFormulas = false;
        const auto raw = exporter.exportMembers({}, rawOptions);
        cells = cellsOf(*raw);
        QCOMPARE(cells.value(QStringLiteral("evil.displayName")), hostile);
        QCOMPARE(cells.value(QStringLiteral("evil.phone")), QStringLiteral("+81 90-1234-5678"));
        QCOMPARE(cells.value(QStringLiteral("quoted.affiliation")), QStringLiteral("=tab"));

        // vCard has no formulas: unchanged.
        const QByteArray card = VCardWriter::card(evil);
        QVERIFY2(card.contains("FN:=HYPERLINK("), card.constData());
        QVERIFY(card.contains("+81 90-1234-5678"));
        QVERIFY(!card.contains("'"));

        // Offkai's import keeps the apostrophe as text (it does not guess whether a spreadsheet or the
        // member put it there); exporting that again adds no second one.
        openDatabase();
        const auto back = CsvReader::read(TextDecoding::decode(*guarded)->text);
        MemberImporter reimporter(*m_db, *m_store);
        QVERIFY(reimporter.run(*back, MemberCsvMapping::guess(back->records.constFirst().fields), {}).ok());
        const Member reimported = *m_store->records().get(
            m_store->records().idsWithEmail(QStringLiteral("evil@example.org"))->first());
        QCOMPARE(reimported.displayName, QLatin1Char('\'') + hostile);
        const Member quoted = *m_store->records().get(
            m_store->records().idsWithEmail(QStringLiteral("quoted@example.org"))->first());
        QCOMPARE(quoted.displayName, QStringLiteral("'Quoted' Name"));
        QCOMPARE(quoted.phone, QStringLiteral("03-1234-5678"));
        const auto second = MemberCsvExporter(*m_store).exportMembers({}, {});
        QCOMPARE(cellsOf(*second).value(QStringLiteral("evil.displayName")), QLatin1Char('\'') + hostile);
    }

    void importsItsOwnExportBack()
    {
        MemberCsvExporter exporter(*m_store);
        const auto bytes = exporter.exportMembers({}, {});
        const auto table = CsvReader::read(TextDecoding::decode(*bytes)->text);
        const auto mapping = MemberCsvMapping::guess(table->records.constFirst().fields);
        for (const MemberCsvMapping::Column &c : mapping.columns)
            QVERIFY2(c.field != MemberCsvMapping::Field::Ignore, qPrintable(c.header));
        QList<Member> before{*m_store->records().get(m_hanako), *m_store->records().get(m_john)};
        openDatabase();
        MemberImporter importer(*m_db, *m_store);
        const auto summary = importer.run(*table, mapping, {});
        QVERIFY(summary.ok());
        QCOMPARE(summary->created, 2);
        const Member hanako = *m_store->records().get(
            m_store->records().idsWithEmail(QStringLiteral("hanako@example.jp"))->first());
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
