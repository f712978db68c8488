#include "exchange/VCardWriter.h"
#include "TestSupport.h"

#include <QFile>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

class TestVCardWriter : public QObject
{
    Q_OBJECT

    static QList<Member> members()
    {
        Member hanako;
        hanako.displayName = QStringLiteral("佐藤 花子");
        hanako.reading = QStringLiteral("さとう はなこ");
        hanako.emails = {QStringLiteral("hanako@example.jp"), QStringLiteral("h.sato@work.example")};
        hanako.phone = QStringLiteral("090-1234-5678");
        hanako.affiliation = QStringLiteral("株式会社サンプル; 東京支社");
        hanako.jobTitle = QStringLiteral("部長, 営業");
        hanako.notes = QStringLiteral("1行目\r\n2行目 C:\\path");
        Member john;
        john.displayName = QStringLiteral("John Smith");
        john.emails = {QStringLiteral("john@example.org")};
        john.notes =
            QStringLiteral("Met at the autumn meetup. Interested in volunteering for the venue team and "
                           "in giving a lightning talk about open data next spring.");
        Member long_;
        long_.displayName = QStringLiteral("長谷川　一二三"); // ideographic space
        long_.reading = QStringLiteral("はせがわひふみ");
        long_.notes = QStringLiteral("自己紹介：都内のIT企業でエンジニアをしています。週末は写真と登山、"
                                     "最近は古民家カフェ巡りにはまっています。よろしくお願いします！");
        return {hanako, john, long_};
    }

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }

    void matchesTheExpectedFile()
    {
        QFile expected(test::testData(QStringLiteral("vcard/members.vcf")));
        QVERIFY(expected.open(QIODevice::ReadOnly));
        const QByteArray bytes = VCardWriter::cards(members());
        if (bytes != expected.readAll()) {
            QFile actual(QDir::temp().filePath(QStringLiteral("members.actual.vcf")));
            if (actual.open(QIODevice::WriteOnly))
                actual.write(bytes);
            QFAIL(qPrintable(QStringLiteral("differs from the expected file; see ") + actual.fileName()));
        }
    }

    void writesAFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.vcf"));
        QVERIFY(VCardWriter::writeFile(path, members()).ok());
        QCOMPARE(test::checksum(path), test::checksum(test::testData(QStringLiteral("vcard/members.vcf"))));
        QVERIFY(!VCardWriter::writeFile(dir.filePath(QStringLiteral("missing/out.vcf")), members()).ok());
    }

    void escapesText()
    {
        QCOMPARE(VCardWriter::escape(QStringLiteral("a\\b,c;d\ne\r\nf\rg")),
                 QStringLiteral("a\\\\b\\,c\\;d\\ne\\nf\\ng"));
    }

    void foldsAt75OctetsWithoutSplittingCharacters()
    {
        for (const QString &text :
             {QString(200, QLatin1Char('x')), QString(100, QChar(0x3042)),
              QString(QStringLiteral("NOTE:") + QString(50, QChar(0x3042)) + QStringLiteral("😀😀😀😀"))}) {
            const QByteArray folded = VCardWriter::fold(text.toUtf8());
            QVERIFY(folded.endsWith("\r\n"));
            const QList<QByteArray> lines = folded.chopped(2).split('\n');
            QByteArray unfolded;
            for (qsizetype i = 0; i < lines.size(); ++i) {
                QByteArray line = lines.at(i);
                if (line.endsWith('\r'))
                    line.chop(1);
                QVERIFY(line.size() <= 75);
                if (i > 0) {
                    QVERIFY(line.startsWith(' '));
                    line.remove(0, 1);
                }
                QStringDecoder decoder(QStringConverter::Utf8);
                const QString piece = decoder.decode(line);
                QVERIFY2(!decoder.hasError(), "a line splits a UTF-8 sequence");
                unfolded += line;
            }
            QCOMPARE(QString::fromUtf8(unfolded), text);
        }
        QCOMPARE(VCardWriter::fold("FN:short"), QByteArray("FN:short\r\n"));
        QCOMPARE(VCardWriter::fold(QByteArray(75, 'a')), QByteArray(75, 'a') + "\r\n");
        QCOMPARE(VCardWriter::fold(QByteArray(76, 'a')), QByteArray(75, 'a') + "\r\n a\r\n");
    }

    void splitsNames()
    {
        QCOMPARE(VCardWriter::splitName(QStringLiteral("佐藤 花子")),
                 std::make_pair(QStringLiteral("佐藤"), QStringLiteral("花子")));
        QCOMPARE(VCardWriter::splitName(QStringLiteral("長谷川　一 二三")),
                 std::make_pair(QStringLiteral("長谷川"), QStringLiteral("一 二三")));
        QCOMPARE(VCardWriter::splitName(QStringLiteral("John Smith")),
                 std::make_pair(QStringLiteral("John Smith"), QString()));
        QCOMPARE(VCardWriter::splitName(QStringLiteral("さくら")),
                 std::make_pair(QStringLiteral("さくら"), QString()));
    }
};

QTEST_GUILESS_MAIN(TestVCardWriter)
#include "tst_vcardwriter.moc"
