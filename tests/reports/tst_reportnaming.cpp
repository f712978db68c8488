#include "records/Occupation.h"
#include "ReportFixtures.h"
#include "reports/ReportNaming.h"
#include "TestSupport.h"

#include <QtTest>

using namespace offkai;

/// How a report names people: the stricter of privacy and consent, and the initial of Japanese and Latin
/// names, in Japanese and English.
class TestReportNaming : public QObject
{
    Q_OBJECT

    using C = Member::NameConsent;
    using P = Report::Privacy;

    static ReportAttendee inoue(C consent = C::OccupationInitial)
    {
        return test::attendee(1, QStringLiteral("井上 一郎"), QStringLiteral("いのうえ いちろう"),
                              QStringLiteral("executive"), QStringLiteral("経営者"), consent);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        QVERIFY(test::addReportCatalogue());
    }

    void stricterRuleWins_data()
    {
        QTest::addColumn<P>("privacy");
        QTest::addColumn<C>("consent");
        QTest::addColumn<C>("rule");
        QTest::addColumn<QString>("ja");
        QTest::addColumn<QString>("en");
        const QString full = QStringLiteral("井上 一郎");
        const QString ja = QStringLiteral("経営者Iさん");
        const QString en = QStringLiteral("Executive I.");
        QTest::newRow("full/full") << P::FullNames << C::FullName << C::FullName << full << full;
        QTest::newRow("full/initial")
            << P::FullNames << C::OccupationInitial << C::OccupationInitial << ja << en;
        QTest::newRow("full/none") << P::FullNames << C::NotNamed << C::NotNamed << QString() << QString();
        QTest::newRow("initial/full")
            << P::OccupationInitial << C::FullName << C::OccupationInitial << ja << en;
        QTest::newRow("initial/initial")
            << P::OccupationInitial << C::OccupationInitial << C::OccupationInitial << ja << en;
        QTest::newRow("initial/none")
            << P::OccupationInitial << C::NotNamed << C::NotNamed << QString() << QString();
        QTest::newRow("none/full") << P::NoNames << C::FullName << C::NotNamed << QString() << QString();
        QTest::newRow("none/initial")
            << P::NoNames << C::OccupationInitial << C::NotNamed << QString() << QString();
        QTest::newRow("none/none") << P::NoNames << C::NotNamed << C::NotNamed << QString() << QString();
    }

    void stricterRuleWins()
    {
        QFETCH(P, privacy);
        QFETCH(C, consent);
        QFETCH(C, rule);
        QFETCH(QString, ja);
        QFETCH(QString, en);
        QCOMPARE(ReportNaming::rule(privacy, consent), rule);
        QCOMPARE(ReportNaming::name(inoue(consent), privacy, QStringLiteral("ja")), ja);
        QCOMPARE(ReportNaming::name(inoue(consent), privacy, QStringLiteral("en")), en);
        // Not named: out of the list, whatever the language.
        const QStringList names =
            ReportNaming::names({inoue(consent), inoue(C::FullName)}, privacy, QStringLiteral("ja"));
        QCOMPARE(names.size(), (ja.isEmpty() ? 0 : 1) + (privacy == P::NoNames ? 0 : 1));
    }

    void japaneseInitials_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("reading");
        QTest::addColumn<QString>("initial");
        QTest::newRow("井上") << QStringLiteral("井上 一郎") << QStringLiteral("いのうえ いちろう")
                              << QStringLiteral("I");
        QTest::newRow("佐藤") << QStringLiteral("佐藤 花子") << QStringLiteral("さとう はなこ")
                              << QStringLiteral("S");
        QTest::newRow("千葉 (chi)") << QStringLiteral("千葉 真理") << QStringLiteral("ちば まり")
                                    << QStringLiteral("C");
        QTest::newRow("藤田 (fu)") << QStringLiteral("藤田 健") << QStringLiteral("ふじた けん")
                                   << QStringLiteral("F");
        QTest::newRow("常盤 (to)") << QStringLiteral("常盤 亮") << QStringLiteral("ときわ りょう")
                                   << QStringLiteral("T");
        QTest::newRow("鶴田 (tsu)") << QStringLiteral("鶴田 浩") << QStringLiteral("つるた ひろし")
                                    << QStringLiteral("T");
        QTest::newRow("柴田 (shi)") << QStringLiteral("柴田 恵") << QStringLiteral("しばた めぐみ")
                                    << QStringLiteral("S");
        QTest::newRow("城島 (ji)") << QStringLiteral("城島 さくら") << QStringLiteral("じょうじま")
                                   << QStringLiteral("J");
        QTest::newRow("katakana reading")
            << QStringLiteral("渡辺 直美") << QStringLiteral("ワタナベ ナオミ") << QStringLiteral("W");
        QTest::newRow("half-width katakana")
            << QStringLiteral("原 一") << QStringLiteral("ﾊﾗ ﾊｼﾞﾒ") << QStringLiteral("H");
        QTest::newRow("ぢ") << QStringLiteral("縮 一") << QStringLiteral("ぢぢみ") << QStringLiteral("J");
        QTest::newRow("づ") << QStringLiteral("都築 一") << QStringLiteral("づづき") << QStringLiteral("Z");
        QTest::newRow("を") << QStringLiteral("小 一") << QStringLiteral("を") << QStringLiteral("O");
        QTest::newRow("ん") << QStringLiteral("ん 一") << QStringLiteral("ん") << QStringLiteral("N");
        QTest::newRow("small kana") << QStringLiteral("ぁ 一") << QStringLiteral("ぁ") << QStringLiteral("A");
        QTest::newRow("small っ and ー skipped")
            << QStringLiteral("一 二") << QStringLiteral("ーっか") << QStringLiteral("K");
        QTest::newRow("ヴ") << QStringLiteral("ヴィーナス 一") << QStringLiteral("ヴィーナス")
                            << QStringLiteral("V");
        QTest::newRow("kana name") << QStringLiteral("さくら") << QStringLiteral("さくら")
                                   << QStringLiteral("S");
        QTest::newRow("reading in romaji")
            << QStringLiteral("井上 一郎") << QStringLiteral("inoue ichiro") << QStringLiteral("I");
        QTest::newRow("no reading") << QStringLiteral("井上 一郎") << QString() << QString();
        QTest::newRow("reading in kanji")
            << QStringLiteral("井上 一郎") << QStringLiteral("井上") << QString();
    }

    void japaneseInitials()
    {
        QFETCH(QString, name);
        QFETCH(QString, reading);
        QFETCH(QString, initial);
        QCOMPARE(ReportNaming::initial(name, reading), initial);
    }

    void latinInitials_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("initial");
        QTest::newRow("family name last") << QStringLiteral("Alice Smith") << QStringLiteral("S");
        QTest::newRow("lowercase") << QStringLiteral("alice smith") << QStringLiteral("S");
        QTest::newRow("accent") << QStringLiteral("Zoë Ångström") << QStringLiteral("A");
        QTest::newRow("one word") << QStringLiteral("Madonna") << QStringLiteral("M");
        QTest::newRow("full-width") << QStringLiteral("Ａｌｉｃｅ Ｓｍｉｔｈ") << QStringLiteral("S");
        QTest::newRow("extra spaces") << QStringLiteral("  Bob   Jones \n") << QStringLiteral("J");
        QTest::newRow("hostile") << test::hostileName() << QStringLiteral("B");
        QTest::newRow("not Latin") << QStringLiteral("Иван Петров") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void latinInitials()
    {
        QFETCH(QString, name);
        QFETCH(QString, initial);
        // A reading does not matter for a Latin name.
        QCOMPARE(ReportNaming::initial(name, QStringLiteral("かな")), initial);
    }

    void kanaTable()
    {
        const QString hiragana = QStringLiteral("あかがさざしじたちつだぢづなはひふばぱまやらわをんゔ");
        const QString katakana = QStringLiteral("アカガサザシジタチツダヂヅナハヒフバパマヤラワヲンヴ");
        const QString expected = QStringLiteral("AKGSZSJTCTDJZNHHFBPMYRWONV");
        QCOMPARE(hiragana.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(ReportNaming::kanaInitial(hiragana.at(i)), QString(expected.at(i)));
            QCOMPARE(ReportNaming::kanaInitial(katakana.at(i)), QString(expected.at(i)));
        }
        QCOMPARE(ReportNaming::kanaInitial(QChar(u'っ')), QString());
        QCOMPARE(ReportNaming::kanaInitial(QChar(u'ー')), QString());
        QCOMPARE(ReportNaming::kanaInitial(QChar(u'井')), QString());
        QCOMPARE(ReportNaming::kanaInitial(QChar(u'a')), QString());
    }

    void withoutInitialOrOccupation()
    {
        const P p = P::OccupationInitial;
        ReportAttendee noReading = inoue();
        noReading.reading.clear();
        QCOMPARE(ReportNaming::name(noReading, p, QStringLiteral("ja")), QStringLiteral("経営者の方"));
        QCOMPARE(ReportNaming::name(noReading, p, QStringLiteral("en")), QStringLiteral("an executive"));
        QCOMPARE(ReportNaming::shortName(noReading, p, QStringLiteral("ja")), QString());

        ReportAttendee noOccupation = inoue();
        noOccupation.occupation.clear();
        noOccupation.occupationLabel.clear();
        QCOMPARE(ReportNaming::name(noOccupation, p, QStringLiteral("ja")), QStringLiteral("参加者Iさん"));
        QCOMPARE(ReportNaming::name(noOccupation, p, QStringLiteral("en")), QStringLiteral("Participant I."));

        noOccupation.reading.clear();
        QCOMPARE(ReportNaming::name(noOccupation, p, QStringLiteral("ja")), QStringLiteral("参加者の方"));
        QCOMPARE(ReportNaming::name(noOccupation, p, QStringLiteral("en")), QStringLiteral("a participant"));

        ReportAttendee ceo = inoue();
        ceo.occupation = QStringLiteral("ceo");
        ceo.occupationLabel = QStringLiteral("CEO");
        ceo.reading.clear();
        QCOMPARE(ReportNaming::name(ceo, p, QStringLiteral("en")), QStringLiteral("a CEO"));
    }

    void shortNames()
    {
        QCOMPARE(ReportNaming::shortName(inoue(), P::FullNames, QStringLiteral("ja")),
                 QStringLiteral("Iさん"));
        QCOMPARE(ReportNaming::shortName(inoue(), P::FullNames, QStringLiteral("en")), QStringLiteral("I."));
        QCOMPARE(ReportNaming::shortName(inoue(C::FullName), P::FullNames, QStringLiteral("en")),
                 QStringLiteral("井上 一郎"));
        QCOMPARE(ReportNaming::shortName(inoue(), P::NoNames, QStringLiteral("ja")), QString());
    }

    void occupationInTheReportsLanguage()
    {
        // A built-in occupation follows the report's language, whatever language its label came in.
        ReportAttendee a = inoue();
        QCOMPARE(ReportNaming::occupationLabel(a, QStringLiteral("en")), QStringLiteral("Executive"));
        a.occupationLabel = QStringLiteral("Executive");
        QCOMPARE(ReportNaming::occupationLabel(a, QStringLiteral("ja")), QStringLiteral("経営者"));
        a.occupationLabel = Occupation::builtInLabel(a.occupation);
        QCOMPARE(ReportNaming::occupationLabel(a, QStringLiteral("ja")), QStringLiteral("経営者"));
        a.occupationLabel.clear();
        QCOMPARE(ReportNaming::occupationLabel(a, QStringLiteral("ja")), QStringLiteral("経営者"));
        // A renamed built-in and an organizer's own occupation keep their label.
        a.occupation = QStringLiteral("advertising");
        a.occupationLabel = QStringLiteral("広告・媒体");
        QCOMPARE(ReportNaming::occupationLabel(a, QStringLiteral("en")), QStringLiteral("広告・媒体"));
        a.occupation = QStringLiteral("pre_founder");
        a.occupationLabel = QStringLiteral("起業準備中");
        QCOMPARE(ReportNaming::name(a, P::OccupationInitial, QStringLiteral("ja")),
                 QStringLiteral("起業準備中Iさん"));
        // Any language but Japanese is written in English.
        QCOMPARE(ReportNaming::name(inoue(), P::OccupationInitial, QStringLiteral("fr")),
                 QStringLiteral("Executive I."));
        QCOMPARE(ReportNaming::name(inoue(), P::OccupationInitial, QStringLiteral("ja_JP")),
                 QStringLiteral("経営者Iさん"));
    }
};

QTEST_GUILESS_MAIN(TestReportNaming)
#include "tst_reportnaming.moc"
