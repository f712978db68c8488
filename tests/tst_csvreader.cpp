#include "exchange/CsvReader.h"
#include "exchange/CsvWriter.h"
#include "exchange/TextDecoding.h"
#include "TestSupport.h"

#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

using namespace offkai;

class TestCsvReader : public QObject
{
    Q_OBJECT

    /// Reads a fixture the way the importer does: bytes → detected encoding → CSV.
    static Result<CsvReader::Table> readFixture(const char *name, CsvReader::Options options = {})
    {
        QFile file(test::testData(QStringLiteral("csv/") + QString::fromLatin1(name)));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", name);
        options.fileName = QString::fromLatin1(name);
        const auto decoded =
            TextDecoding::decode(file.readAll(), TextDecoding::Encoding::Auto, options.fileName);
        if (!decoded)
            return decoded.error();
        return CsvReader::read(decoded->text, options);
    }
    static QStringList fields(std::initializer_list<const char *> list)
    {
        QStringList out;
        for (const char *s : list)
            out.append(QString::fromUtf8(s));
        return out;
    }
    static void expectError(const Result<CsvReader::Table> &result, const QStringList &parts)
    {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code(), Error::Code::Invalid);
        for (const QString &part : parts)
            QVERIFY2(result.error().message().contains(part),
                     qPrintable(result.error().message() + QStringLiteral(" lacks ") + part));
    }

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }

    void readsQuotedCommasQuotesAndNewlines_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QChar>("delimiter");
        QTest::newRow("utf-8 crlf") << QStringLiteral("members-ja-utf8.csv") << QChar(QLatin1Char(','));
        QTest::newRow("utf-8 bom") << QStringLiteral("members-ja-utf8-bom.csv") << QChar(QLatin1Char(','));
        QTest::newRow("lf") << QStringLiteral("members-ja-lf.csv") << QChar(QLatin1Char(','));
        QTest::newRow("semicolon") << QStringLiteral("members-ja-semicolon.csv") << QChar(QLatin1Char(';'));
        QTest::newRow("utf-16 tab") << QStringLiteral("members-ja-utf16le.csv") << QChar(QLatin1Char('\t'));
    }
    void readsQuotedCommasQuotesAndNewlines()
    {
        QFETCH(QString, fixture);
        QFETCH(QChar, delimiter);
        const auto table = readFixture(fixture.toUtf8().constData());
        QVERIFY2(table.ok(), qPrintable(table.ok() ? QString() : table.error().toString()));
        QCOMPARE(table->delimiter, delimiter);
        QCOMPARE(table->records.size(), 4); // the trailing line break adds no record
        QCOMPARE(table->records.at(0).fields.first(), QStringLiteral("氏名")); // no BOM
        QVERIFY(CsvReader::looksLikeHeader(table->records));
        const QStringList hanako = table->records.at(1).fields;
        QCOMPARE(hanako.size(), 10);
        QCOMPARE(hanako.at(4), QStringLiteral("株式会社サンプル, 東京支社"));
        QCOMPARE(hanako.at(7), QStringLiteral("好きな言葉は \"一期一会\""));
        const auto &ichiro = table->records.at(2);
        QCOMPARE(ichiro.fields.at(7), QStringLiteral("1行目\n2行目"));
        QCOMPARE(ichiro.row, 3);
        QCOMPARE(table->records.at(3).row, 4);
        QCOMPARE(table->records.at(3).line, 5); // the quoted line break moved the text line on
        QVERIFY(CsvReader::raggedRows(table->records, 10).isEmpty());
    }

    void readsLoneCarriageReturns()
    {
        const auto table = readFixture("lone-cr.csv");
        QVERIFY(table.ok());
        QCOMPARE(table->records.size(), 3);
        QCOMPARE(table->records.at(2).fields, fields({"Bob", "multi\rline"}));
    }

    void readsExcelShiftJis()
    {
        const auto table = readFixture("members-excel-sjis.csv");
        QVERIFY(table.ok());
        QCOMPARE(table->records.size(), 3);
        QCOMPARE(table->records.at(1).fields,
                 fields({"髙橋 ①郎", "タカハシ イチロウ", "takahashi@example.jp", "渋谷～新宿"}));
    }

    void edgeCases_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("records");
        QTest::addColumn<QStringList>("last");
        QTest::newRow("no final newline") << QStringLiteral("a,b\r\n1,2") << 2 << fields({"1", "2"});
        QTest::newRow("trailing empty field") << QStringLiteral("a,b\n1,\n") << 2 << fields({"1", ""});
        QTest::newRow("empty quoted") << QStringLiteral("a,b\n\"\",\"x\"\n") << 2 << fields({"", "x"});
        QTest::newRow("blank lines skipped") << QStringLiteral("a,b\n\n1,2\n\n\n") << 2 << fields({"1", "2"});
        QTest::newRow("bare quote kept (Excel)")
            << QStringLiteral("a,b\nsay \"hi\",2\n") << 2 << fields({"say \"hi\"", "2"});
        QTest::newRow("bom dropped") << QString(QChar(0xFEFF)) + QStringLiteral("a\n1\n") << 2
                                     << fields({"1"});
        QTest::newRow("ends on delimiter") << QStringLiteral("a,b\n1,") << 2 << fields({"1", ""});
    }
    void edgeCases()
    {
        QFETCH(QString, text);
        QFETCH(int, records);
        QFETCH(QStringList, last);
        const auto table = CsvReader::read(text);
        QVERIFY(table.ok());
        QCOMPARE(table->records.size(), records);
        QCOMPARE(table->records.constLast().fields, last);
    }

    void refusesUnbalancedQuotes()
    {
        expectError(readFixture("unbalanced-quotes.csv"),
                    {QStringLiteral("unbalanced-quotes.csv"), QStringLiteral("Row 2, column 1"),
                     QStringLiteral("never closed")});
        expectError(CsvReader::read(QStringLiteral("a,b\n\"x\"y,2\n")),
                    {QStringLiteral("Row 2, column 1"), QStringLiteral("after a closing quote")});
    }

    void reportsRaggedRowsPerRow()
    {
        const auto table = readFixture("ragged-rows.csv");
        QVERIFY(table.ok());
        const auto problems = CsvReader::raggedRows(table->records, 3, 1);
        QCOMPARE(problems.size(), 2); // Dave's extra field is empty: not a problem
        QCOMPARE(problems.at(0).row, 3);
        QCOMPARE(problems.at(0).reason,
                 QStringLiteral("Row 3 does not have as many fields as the first row (2 instead of 3)."));
        QCOMPARE(problems.at(1).row, 4);
    }

    void refusesANulByte()
    {
        expectError(readFixture("nul-byte.csv"), {QStringLiteral("nul-byte.csv"),
                                                  QStringLiteral("Row 2, column 2"), QStringLiteral("NUL")});
        expectError(CsvReader::read(QStringLiteral("a\n\"x") + QChar(0) + QStringLiteral("\"\n")),
                    {QStringLiteral("Row 2, column 1")});
    }

    void refusesAHugeField()
    {
        // Generated here rather than kept in the repository: 10 MB in one field.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.csv"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Name,Notes\r\nAlice,\"");
            file.write(QByteArray(10 * 1024 * 1024, 'x'));
            file.write("\"\r\n");
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto decoded = TextDecoding::decode(file.readAll());
        QVERIFY(decoded.ok());
        CsvReader::Options options;
        options.fileName = QStringLiteral("huge.csv");
        expectError(
            CsvReader::read(decoded->text, options),
            {QStringLiteral("huge.csv"), QStringLiteral("Row 2, column 2"), QStringLiteral("longer than")});
        // Unquoted, too.
        expectError(CsvReader::read(QStringLiteral("a\n") +
                                    QString(CsvReader::kDefaultMaxFieldLength + 1, QLatin1Char('y'))),
                    {QStringLiteral("Row 2, column 1")});
    }

    void refusesTooManyFieldsEarly()
    {
        // One endless line: refused at the first field over the per-row limit, before the rest is split.
        QString line = QStringLiteral("a");
        line += QStringLiteral(",a").repeated(200000);
        expectError(CsvReader::read(line), {QStringLiteral("Row 1 has more than 2,000 columns")});
        CsvReader::Options narrow;
        narrow.maxFieldsPerRow = 3;
        QVERIFY(CsvReader::read(QStringLiteral("a,b,c\n1,2,3\n"), narrow).ok());
        expectError(CsvReader::read(QStringLiteral("a,b,c\n1,2,3,4\n"), narrow),
                    {QStringLiteral("Row 2 has more than 3 columns")});
        // Many short rows: the limit on all fields together.
        CsvReader::Options few;
        few.maxFields = 10;
        QVERIFY(CsvReader::read(QStringLiteral("a,b\n").repeated(5), few).ok());
        expectError(CsvReader::read(QStringLiteral("a,b\n").repeated(6), few),
                    {QStringLiteral("more than 10 fields in all")});
    }

    void refusesAnEmptyFile()
    {
        expectError(readFixture("empty.csv"), {QStringLiteral("empty.csv"), QStringLiteral("empty")});
        expectError(readFixture("blank-lines.csv"), {QStringLiteral("empty")});
    }

    void refusesABinaryFile()
    {
        const auto png = readFixture("binary.png.csv");
        QVERIFY(!png.ok());
        QVERIFY(png.error().message().contains(QStringLiteral("not a text file")));
        QVERIFY(!readFixture("binary-noise.csv").ok());
    }

    void refusesTheWrongEncodingChosen()
    {
        QFile file(test::testData(QStringLiteral("csv/members-excel-sjis.csv")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto decoded = TextDecoding::decode(file.readAll(), TextDecoding::Encoding::Utf8,
                                                  QStringLiteral("members-excel-sjis.csv"));
        QVERIFY(!decoded.ok());
        QVERIFY(decoded.error().message().contains(QStringLiteral("does not look like UTF-8")));
    }

    void detectsDelimiterAndHeader()
    {
        QCOMPARE(CsvReader::detectDelimiter(QStringLiteral("a;b;c\n\"1,5\";2;3\n")), QChar(QLatin1Char(';')));
        QCOMPARE(CsvReader::detectDelimiter(QStringLiteral("a\tb\n1\t2\n")), QChar(QLatin1Char('\t')));
        QCOMPARE(CsvReader::detectDelimiter(QStringLiteral("single\nvalue\n")), QChar(QLatin1Char(',')));
        const auto noHeader =
            CsvReader::read(QStringLiteral("Alice,alice@example.com\nBob,bob@example.com\n"));
        QVERIFY(noHeader.ok());
        QVERIFY(!CsvReader::looksLikeHeader(noHeader->records));
        const auto numbers = CsvReader::read(QStringLiteral("1,2024-01-01\n"));
        QVERIFY(!CsvReader::looksLikeHeader(numbers->records));
    }

    void stopsAfterMaxRecords()
    {
        CsvReader::Options options;
        options.maxRecords = 2;
        const auto table = CsvReader::read(QStringLiteral("a\n1\n2\n3\n\"unclosed\n"), options);
        QVERIFY(table.ok());
        QCOMPARE(table->records.size(), 2);
    }

    void roundTripsWhatCsvWriterWrites()
    {
        // Random fields made of the characters that matter, written and read back.
        QRandomGenerator rng(4180);
        const QString alphabet = QStringLiteral("a,\";\t\r\n 佐藤①〜\\");
        for (int run = 0; run < 200; ++run) {
            const QChar delimiter = CsvReader::candidateDelimiters().at(rng.bounded(3));
            CsvWriter writer(delimiter);
            QList<QStringList> rows;
            const int columns = 2 + rng.bounded(4);
            for (int r = 0; r < 1 + rng.bounded(5); ++r) {
                QStringList fields;
                for (int c = 0; c < columns; ++c) {
                    QString field;
                    for (int k = rng.bounded(8); k > 0; --k)
                        field += alphabet.at(rng.bounded(int(alphabet.size())));
                    fields.append(field);
                }
                fields[0] = QStringLiteral("x") + fields[0]; // no blank records
                rows.append(fields);
                writer.addRow(fields);
            }
            CsvReader::Options options;
            options.delimiter = delimiter;
            const auto table = CsvReader::read(writer.text(), options);
            QVERIFY2(table.ok(), qPrintable(writer.text()));
            QCOMPARE(table->records.size(), rows.size());
            for (qsizetype r = 0; r < rows.size(); ++r)
                QCOMPARE(table->records.at(r).fields, rows.at(r));
        }
    }

    void neverCrashesOnNoise()
    {
        QRandomGenerator rng(1);
        for (int run = 0; run < 300; ++run) {
            QByteArray bytes(rng.bounded(400), Qt::Uninitialized);
            for (char &b : bytes)
                b = char(rng.bounded(256));
            if (rng.bounded(2))
                bytes.replace(char(0), 'x');
            const auto decoded = TextDecoding::decode(bytes);
            if (decoded)
                (void)CsvReader::read(decoded->text);
        }
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
