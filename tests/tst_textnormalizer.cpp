#include "text/TextNormalizer.h"

#include <QtTest>

using namespace offkai;

class TestTextNormalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foldsWidthCaseAndKana_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("half-width katakana") << QStringLiteral("ﾀﾅｶ") << QStringLiteral("たなか");
        QTest::newRow("katakana") << QStringLiteral("タナカ") << QStringLiteral("たなか");
        QTest::newRow("hiragana") << QStringLiteral("たなか") << QStringLiteral("たなか");
        QTest::newRow("half-width voiced") << QStringLiteral("ﾀﾞｲｽｹ") << QStringLiteral("だいすけ");
        QTest::newRow("small kana and ヶ") << QStringLiteral("ァヶ") << QStringLiteral("ぁゖ");
        QTest::newRow("iteration marks") << QStringLiteral("ヽヾ") << QStringLiteral("ゝゞ");
        QTest::newRow("upper ASCII") << QStringLiteral("TANAKA") << QStringLiteral("tanaka");
        QTest::newRow("full-width Latin") << QStringLiteral("ＡＢＣ") << QStringLiteral("abc");
        QTest::newRow("full-width digits") << QStringLiteral("１２３") << QStringLiteral("123");
        QTest::newRow("ideographic space") << QStringLiteral("田中\u3000太郎") << QStringLiteral("田中 太郎");
        QTest::newRow("whitespace runs") << QStringLiteral("  a \t\n b  ") << QStringLiteral("a b");
        QTest::newRow("long vowel kept") << QStringLiteral("ラーメン") << QStringLiteral("らーめん");
        QTest::newRow("kanji unchanged") << QStringLiteral("東京") << QStringLiteral("東京");
        QTest::newRow("empty") << QString() << QStringLiteral("");
    }
    void foldsWidthCaseAndKana()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(TextNormalizer::normalize(input), expected);
    }

    void allSpellingsMeet()
    {
        const QString key = TextNormalizer::compactKey(QStringLiteral("たなか"));
        for (const QString &spelling : {QStringLiteral("ﾀﾅｶ"), QStringLiteral("タナカ"),
                                        QStringLiteral("た な か"), QStringLiteral("タ ナ カ")})
            QCOMPARE(TextNormalizer::compactKey(spelling), key);
        QCOMPARE(TextNormalizer::compactKey(QStringLiteral("ＴＡＮＡＫＡ")),
                 TextNormalizer::compactKey(QStringLiteral("tanaka")));
        QCOMPARE(TextNormalizer::compactKey(QStringLiteral("田中　太郎")), QStringLiteral("田中太郎"));
    }

    void indexTextSplitsCjkIntoCharacters()
    {
        QCOMPARE(TextNormalizer::indexText(QStringLiteral("東京タワー Tokyo")),
                 QStringLiteral("東 京 た わ ー tokyo"));
        QCOMPARE(TextNormalizer::indexText(QStringLiteral("株式会社ABC商事")),
                 QStringLiteral("株 式 会 社 abc 商 事"));
        QCOMPARE(TextNormalizer::indexText(QStringLiteral("a.b@example.com")),
                 QStringLiteral("a b example com"));
        QCOMPARE(TextNormalizer::indexText(QStringLiteral("佐々木")), QStringLiteral("佐 々 木"));
        QCOMPARE(TextNormalizer::indexText(QStringLiteral("**bold** <b>x</b>")),
                 QStringLiteral("bold b x b"));
        // A character outside the BMP (𠮷, U+20BB7) stays one token.
        QCOMPARE(TextNormalizer::indexText(QStringLiteral("𠮷野家")), QStringLiteral("𠮷 野 家"));
    }

    void indexTokensOfNormalizedTextIsIndexText()
    {
        for (const QString &text : {QStringLiteral("東京タワー Tokyo"), QStringLiteral("ﾀﾅｶ　ＴＡＲＯ"),
                                    QStringLiteral("  Chloé  Müller "), QStringLiteral("𠮷野家"),
                                    QStringLiteral("**bold** <b>x</b>"), QString(), QStringLiteral(" ")}) {
            QCOMPARE(TextNormalizer::indexTokens(TextNormalizer::normalize(text)),
                     TextNormalizer::indexText(text));
        }
    }

    void queryTermsKeepWordsApart()
    {
        const auto terms = TextNormalizer::queryTerms(QStringLiteral("東京 TANAKA ｽｽﾞｷ"));
        QCOMPARE(terms.size(), 3);
        QCOMPARE(terms.at(0), QStringList({QStringLiteral("東"), QStringLiteral("京")}));
        QCOMPARE(terms.at(1), QStringList({QStringLiteral("tanaka")}));
        QCOMPARE(terms.at(2),
                 QStringList({QStringLiteral("す"), QStringLiteral("ず"), QStringLiteral("き")}));
        QVERIFY(TextNormalizer::queryTerms(QStringLiteral("\"( ) * ^ :")).isEmpty());
        QCOMPARE(TextNormalizer::queryTerms(QStringLiteral("\"AND OR NEAR(")).size(), 3);
    }

    void classifiesCharacters()
    {
        QVERIFY(TextNormalizer::isCjk(U'東'));
        QVERIFY(TextNormalizer::isCjk(U'あ'));
        QVERIFY(TextNormalizer::isCjk(U'ア'));
        QVERIFY(TextNormalizer::isCjk(U'ー'));
        QVERIFY(TextNormalizer::isCjk(U'々'));
        QVERIFY(!TextNormalizer::isCjk(U'a'));
        QVERIFY(TextNormalizer::isWordChar(U'a'));
        QVERIFY(TextNormalizer::isWordChar(U'7'));
        QVERIFY(!TextNormalizer::isWordChar(U'-'));
        QVERIFY(!TextNormalizer::isWordChar(U'"'));
    }
};

QTEST_GUILESS_MAIN(TestTextNormalizer)
#include "tst_textnormalizer.moc"
