#include "reports/TextStatistics.h"
#include "TestSupport.h"

#include <QtTest>

using namespace offkai;

/// Characters and words of what a reader sees.
class TestTextStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }

    void english()
    {
        QCOMPARE(TextStatistics::count(QStringLiteral("Hello, world!")), (TextCounts{12, 2}));
        // Markup, link targets and escapes are not read.
        QCOMPARE(
            TextStatistics::count(QStringLiteral("## **Hello**, [world](https://example.com/long/url)\\!")),
            (TextCounts{12, 2}));
        QCOMPARE(TextStatistics::count(QStringLiteral("It's 9 people, 3.5 hours.")).words, 5);
        QCOMPARE(TextStatistics::count(QString()), (TextCounts{0, 0}));
        QCOMPARE(TextStatistics::count(QStringLiteral(" \n\n  ")), (TextCounts{0, 0}));
    }

    void japanese()
    {
        // 13 characters with the punctuation; whitespace (an ideographic space too) is not counted.
        QCOMPARE(TextStatistics::count(QStringLiteral("第2回のオフ会を開催した。")).characters, 13);
        QCOMPARE(TextStatistics::count(QStringLiteral("オフ会　報告")).characters, 5);
        // Kanji and hiragana are a word each, a katakana run one word: 第 2 回 の オフ 会 を 開 催 し た.
        QCOMPARE(TextStatistics::count(QStringLiteral("第2回のオフ会を開催した。")).words, 11);
    }

    void graphemes()
    {
        // が as か + combining voiced mark, a skin-toned thumb, a flag, a family: one character each.
        QCOMPARE(TextStatistics::count(QStringLiteral("か\u3099 👍🏽 🇯🇵 👨‍👩‍👧"))
                     .characters,
                 4);
    }

    void markersAreNotText()
    {
        QCOMPARE(TextStatistics::count(
                     QStringLiteral("<!-- offkai:summary -->\n\nHello\n\n<!-- /offkai:summary -->\n")),
                 (TextCounts{5, 1}));
    }
};

QTEST_GUILESS_MAIN(TestTextStatistics)
#include "tst_textstatistics.moc"
