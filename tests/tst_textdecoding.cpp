#include "exchange/TextDecoding.h"
#include "TestSupport.h"

#include <QFile>
#include <QtTest>

using namespace offkai;

class TestTextDecoding : public QObject
{
    Q_OBJECT

    static QByteArray fixture(const char *name)
    {
        QFile file(test::testData(QStringLiteral("csv/") + QString::fromLatin1(name)));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", name);
        return file.readAll();
    }

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }

    void detectsEachEncoding_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<bool>("bom");
        QTest::addColumn<bool>("bigEndian");
        const QString text = QStringLiteral("氏名,メール\r\n佐藤 花子,hanako@example.jp\r\n");
        QTest::newRow("utf-8") << text.toUtf8() << int(TextDecoding::Encoding::Utf8) << false << false;
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF" + text.toUtf8())
                                   << int(TextDecoding::Encoding::Utf8) << true << false;
        QTest::newRow("ascii") << QByteArray("Name,Email\r\nA,a@example.com\r\n")
                               << int(TextDecoding::Encoding::Utf8) << false << false;
        QByteArray le = QByteArray("\xFF\xFE", 2);
        QByteArray be = QByteArray("\xFE\xFF", 2);
        QByteArray leNoBom, beNoBom;
        const QString latin = QStringLiteral("Name,Email\r\nAlice,alice@example.com\r\n");
        for (const QChar c : text) {
            le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
            be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
        }
        for (const QChar c : latin) {
            leNoBom.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
            beNoBom.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
        }
        QTest::newRow("utf-16 le bom") << le << int(TextDecoding::Encoding::Utf16) << true << false;
        QTest::newRow("utf-16 be bom") << be << int(TextDecoding::Encoding::Utf16) << true << true;
        QTest::newRow("utf-16 le no bom") << leNoBom << int(TextDecoding::Encoding::Utf16) << false << false;
        QTest::newRow("utf-16 be no bom") << beNoBom << int(TextDecoding::Encoding::Utf16) << false << true;
        QTest::newRow("excel shift_jis")
            << fixture("members-excel-sjis.csv") << int(TextDecoding::Encoding::ShiftJis) << false << false;
    }
    void detectsEachEncoding()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, encoding);
        QFETCH(bool, bom);
        QFETCH(bool, bigEndian);
        const auto d = TextDecoding::detect(bytes);
        QCOMPARE(int(d.encoding), encoding);
        QCOMPARE(d.hasBom, bom);
        QCOMPARE(d.bigEndian, bigEndian);
        const auto decoded = TextDecoding::decode(bytes);
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().toString()));
        QVERIFY(!decoded->text.startsWith(QChar(0xFEFF)));
        QVERIFY(decoded->text.contains(QLatin1Char('@')));
    }

    void decodesExcelShiftJisExtensions()
    {
        QVERIFY(TextDecoding::isShiftJisAvailable());
        const auto decoded = TextDecoding::decode(fixture("members-excel-sjis.csv"));
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->used.encoding, TextDecoding::Encoding::ShiftJis);
        QVERIFY(decoded->text.contains(QStringLiteral("髙橋 ①郎"))); // U+9AD9 (IBM extension), U+2460
        QVERIFY(decoded->text.contains(QString(QChar(0xFF5E))));     // 0x8160 as FULLWIDTH TILDE
        QVERIFY(decoded->text.contains(QStringLiteral("㈱テスト")));
        QVERIFY(decoded->text.contains(QStringLiteral("タカハシ イチロウ")));
    }

    void overridesTheDetection()
    {
        const QByteArray bytes = fixture("members-ja-utf8-bom.csv");
        const auto decoded = TextDecoding::decode(bytes, TextDecoding::Encoding::Utf8);
        QVERIFY(decoded.ok());
        QVERIFY(decoded->used.hasBom);
        QVERIFY(decoded->text.startsWith(QStringLiteral("氏名")));
        const auto utf16 =
            TextDecoding::decode(fixture("members-ja-utf16le.csv"), TextDecoding::Encoding::Utf16);
        QVERIFY(utf16.ok());
        QVERIFY(utf16->text.startsWith(QStringLiteral("氏名\tふりがな")));
    }

    void refusesTheWrongEncoding_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<QString>("named");
        QTest::newRow("shift_jis read as utf-8")
            << fixture("members-excel-sjis.csv") << int(TextDecoding::Encoding::Utf8)
            << QStringLiteral("UTF-8");
        QTest::newRow("utf-8 read as shift_jis")
            << fixture("members-ja-utf8.csv") << int(TextDecoding::Encoding::ShiftJis)
            << QStringLiteral("Shift_JIS");
        QTest::newRow("odd bytes as utf-16")
            << QByteArray("abc") << int(TextDecoding::Encoding::Utf16) << QStringLiteral("UTF-16");
        QTest::newRow("invalid shift_jis")
            << QByteArray("\x82\xA0\xFF\xFE\x85", 5) << int(TextDecoding::Encoding::ShiftJis)
            << QStringLiteral("Shift_JIS");
    }
    void refusesTheWrongEncoding()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, encoding);
        QFETCH(QString, named);
        const auto decoded =
            TextDecoding::decode(bytes, TextDecoding::Encoding(encoding), QStringLiteral("list.csv"));
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().code(), Error::Code::Invalid);
        QVERIFY2(decoded.error().message().contains(named), qPrintable(decoded.error().message()));
        QVERIFY(decoded.error().message().contains(QStringLiteral("list.csv")));
        QVERIFY(decoded.error().message().contains(QStringLiteral("Choose another encoding")));
    }

    void refusesBinaryFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("png") << fixture("binary.png.csv");
        QTest::newRow("noise") << fixture("binary-noise.csv");
        QTest::newRow("xlsx") << QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) + QByteArray(100, 'x');
        QTest::newRow("elf") << QByteArray("\x7F"
                                           "ELF\x02\x01\x01\x00",
                                           8) +
                                    QByteArray(100, 'x');
        // Without a known signature: a program's bytes, full of NULs, are not taken for Shift_JIS.
        QByteArray program;
        for (int i = 0; i < 4096; ++i)
            program.append(char(i % 7 == 0 ? 'A' + i % 26 : i % 3));
        QTest::newRow("nul-rich") << program;
    }
    void refusesBinaryFiles()
    {
        QFETCH(QByteArray, bytes);
        const auto decoded =
            TextDecoding::decode(bytes, TextDecoding::Encoding::Auto, QStringLiteral("x.csv"));
        QVERIFY(!decoded.ok());
        QVERIFY(decoded.error().message().startsWith(QStringLiteral("x.csv: ")));
        QVERIFY2(!decoded.error().message().contains(QLatin1String("Shift_JIS")),
                 qPrintable(decoded.error().message()));
    }

    void keepsTextWithAFewControlCharacters()
    {
        // A single NUL or a stray escape in a real list is reported by the CSV reader with its row, not
        // refused here as binary.
        const QByteArray text = "name,email\n\x1B[1mSato\x1B[0m,a@example.jp\nSuzuki,b\x00@example.jp\n";
        QVERIFY(TextDecoding::decode(text).ok());
    }

    void keysRoundTrip()
    {
        for (const auto encoding : TextDecoding::allEncodings()) {
            QCOMPARE(TextDecoding::fromKey(TextDecoding::key(encoding)), encoding);
            QVERIFY(!TextDecoding::label(encoding).isEmpty());
        }
        QCOMPARE(TextDecoding::fromKey(QStringLiteral("CP932")), TextDecoding::Encoding::ShiftJis);
        QVERIFY(!TextDecoding::fromKey(QStringLiteral("latin-1")));
    }
};

QTEST_GUILESS_MAIN(TestTextDecoding)
#include "tst_textdecoding.moc"
