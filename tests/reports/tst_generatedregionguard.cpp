#include "reports/GeneratedRegionGuard.h"
#include "reports/ReportTemplate.h"
#include "TestSupport.h"

#include <QtTest>

using namespace offkai;

/// Where the generated blocks of a body are, and which edits keep them whole.
class TestGeneratedRegionGuard : public QObject
{
    Q_OBJECT

    /// Intro, the attendees block, a blank line, the next block with a window, a closing line.
    static QString body()
    {
        return QStringLiteral("## 参加者\n"
                              "<!-- offkai:attendees -->\n"
                              "\n"
                              "| 職業 | 人数 |\n"
                              "\n"
                              "<!-- /offkai:attendees -->\n"
                              "\n"
                              "<!-- offkai:next months=6 -->\n"
                              "次回の予定\n"
                              "<!-- /offkai:next -->\n"
                              "おわり");
    }

    static qsizetype at(const QString &text, const QString &what) { return text.indexOf(what); }

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }

    void findsTheBlocksRefreshFills()
    {
        const QString b = body();
        const QList<GeneratedRegion> found = ReportTemplate::regions(b);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).name, QStringLiteral("attendees"));
        QCOMPARE(found.at(0).start, at(b, QStringLiteral("<!-- offkai:attendees")));
        QCOMPARE(found.at(0).contentStart,
                 found.at(0).start + QStringLiteral("<!-- offkai:attendees -->\n").size());
        QCOMPARE(found.at(0).contentEnd, at(b, QStringLiteral("<!-- /offkai:attendees")));
        QCOMPARE(found.at(0).end,
                 found.at(0).contentEnd + QStringLiteral("<!-- /offkai:attendees -->").size());
        QCOMPARE(found.at(1).name, QStringLiteral("next"));
        QCOMPARE(b.mid(found.at(1).start, found.at(1).end - found.at(1).start),
                 QStringLiteral("<!-- offkai:next months=6 -->\n次回の予定\n<!-- /offkai:next -->"));
        // Unknown names, a marker without its closing one, and a marker that is not alone on its line are
        // no blocks, as for refresh().
        QVERIFY(
            ReportTemplate::regions(QStringLiteral("<!-- offkai:nosuch -->\nx\n<!-- /offkai:nosuch -->\n"))
                .isEmpty());
        QVERIFY(ReportTemplate::regions(QStringLiteral("<!-- offkai:next -->\nx\n")).isEmpty());
        QVERIFY(ReportTemplate::regions(QStringLiteral("a <!-- offkai:next -->\nx\n<!-- /offkai:next -->\n"))
                    .isEmpty());
        QVERIFY(ReportTemplate::regions(QString()).isEmpty());
        // CRLF line ends.
        QString crlf = b;
        crlf.replace(QLatin1String("\n"), QLatin1String("\r\n"));
        QCOMPARE(ReportTemplate::regions(crlf).size(), 2);
    }

    void editsAroundTheBlocksAreAllowed()
    {
        const QString b = body();
        const GeneratedRegion first = ReportTemplate::regions(b).constFirst();
        // Typing in the author's text, a new line before a block, a line after it.
        QVERIFY(GeneratedRegionGuard::allowsReplacing(b, 3, 3, QStringLiteral("来た人")));
        QVERIFY(GeneratedRegionGuard::allowsReplacing(b, first.start, first.start, QStringLiteral("\n")));
        QVERIFY(GeneratedRegionGuard::allowsReplacing(b, first.end, first.end, QStringLiteral("\n追記")));
        QVERIFY(
            GeneratedRegionGuard::allowsReplacing(b, first.end + 1, first.end + 1, QStringLiteral("追記")));
        // Deleting the blank line after a block (its line break) keeps the marker line whole.
        QVERIFY(GeneratedRegionGuard::allowsReplacing(b, first.end, first.end + 1, QString()));
        // A block selected whole may go.
        QVERIFY(GeneratedRegionGuard::allowsReplacing(b, first.start, first.end + 1, QString()));
        QVERIFY(GeneratedRegionGuard::allowsReplacing(b, 0, b.size(), QStringLiteral("全部書き直し")));
    }

    void editsOfTheBlocksAreRefused()
    {
        const QString b = body();
        const GeneratedRegion first = ReportTemplate::regions(b).constFirst();
        const GeneratedRegion next = ReportTemplate::regions(b).constLast();
        // Inside a block, on a marker line, joining a marker line to the text around it.
        QVERIFY(!GeneratedRegionGuard::allowsReplacing(b, first.contentStart + 2, first.contentStart + 2,
                                                       QStringLiteral("x")));
        QVERIFY(!GeneratedRegionGuard::allowsReplacing(b, first.start + 5, first.start + 6, QString()));
        QVERIFY(!GeneratedRegionGuard::allowsReplacing(b, first.start, first.start, QStringLiteral("x")));
        QVERIFY(!GeneratedRegionGuard::allowsReplacing(b, first.end, first.end, QStringLiteral("x")));
        QVERIFY(!GeneratedRegionGuard::allowsReplacing(b, first.start - 1, first.start, QString()));
        QVERIFY(!GeneratedRegionGuard::allowsReplacing(b, next.end, next.end + 1,
                                                       QString())); // "おわり" joins it
        // Half a block selected, from the author's text into it.
        QVERIFY(!GeneratedRegionGuard::allowsReplacing(b, 2, first.contentStart + 3, QString()));
        QVERIFY(!GeneratedRegionGuard::allowsReplacing(b, next.contentStart, next.end + 4, QString()));
    }

    void textTypedAtAnEdgeGoesBeside()
    {
        const QString b = body();
        const GeneratedRegion first = ReportTemplate::regions(b).constFirst();
        QCOMPARE(GeneratedRegionGuard::besideBlock(b, first.start, QStringLiteral("x")),
                 QStringLiteral("x\n"));
        QCOMPARE(GeneratedRegionGuard::besideBlock(b, first.end, QStringLiteral("x")), QStringLiteral("\nx"));
        QVERIFY(GeneratedRegionGuard::besideBlock(b, first.contentStart + 1, QStringLiteral("x")).isNull());
        QVERIFY(GeneratedRegionGuard::besideBlock(b, 2, QStringLiteral("x")).isNull());

        qsizetype from = 0;
        qsizetype to = 0;
        GeneratedRegionGuard::changedRange(QStringLiteral("abcdef"), QStringLiteral("abXYef"), &from, &to);
        QCOMPARE(from, 2);
        QCOMPARE(to, 4);
        GeneratedRegionGuard::changedRange(QStringLiteral("aaa"), QStringLiteral("aaaa"), &from, &to);
        QCOMPARE(from, 3);
        QCOMPARE(to, 3);
    }
};

QTEST_GUILESS_MAIN(TestGeneratedRegionGuard)
#include "tst_generatedregionguard.moc"
