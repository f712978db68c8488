#include "exchange/MarkdownHtml.h"
#include "reports/MarkdownText.h"
#include "TestSupport.h"

#include <QtTest>

using namespace offkai;

/// Text from the database, escaped, reads back exactly and makes no markup, inline and in a table cell.
class TestMarkdownText : public QObject
{
    Q_OBJECT

    static QStringList hostile()
    {
        return {
            QStringLiteral("*Bob* [x](http://a) <b>|"),
            QStringLiteral("# not a heading"),
            QStringLiteral("## nor this ##"),
            QStringLiteral("1. not a list"),
            QStringLiteral("1) nor this"),
            QStringLiteral("- not a bullet"),
            QStringLiteral("+ nor this"),
            QStringLiteral("> no quote"),
            QStringLiteral("`code` and ``more``"),
            QStringLiteral("```"),
            QStringLiteral("&amp; &lt;b&gt; &#42; &copy;"),
            QStringLiteral("~~gone~~ ~one~"),
            QStringLiteral("www.example.com"),
            QStringLiteral("see https://example.com/a_b_c and http://a"),
            QStringLiteral("a@b.c"),
            QStringLiteral("mailto:a@b.c"),
            QStringLiteral("_x_ __y__ *z* **w**"),
            QStringLiteral("\\"),
            QStringLiteral("ends with a backslash\\"),
            QStringLiteral("\\*not escaped by the user\\*"),
            QStringLiteral("[link][ref] ![img](x.png) [^1]"),
            QStringLiteral("<https://example.com> <a@b.c>"),
            QStringLiteral("<script>alert(1)</script>"),
            QStringLiteral("---"),
            QStringLiteral("==="),
            QStringLiteral("***"),
            QStringLiteral("- [ ] task"),
            QStringLiteral("| a | b |"),
            QStringLiteral("a | b"),
            QStringLiteral("$x$ {y} %z ^w \"q\" 'r' ;:?!,./="),
            QStringLiteral("経営者Iさん（広告・媒体）｜全角＊"),
            QStringLiteral("😀 👍🏽 🇯🇵"),
        };
    }

    /// md4c's HTML of the escaped text has none of the elements the text spells.
    static void checkNoMarkup(const QString &html, const QString &original)
    {
        for (const char *tag : {"<a ", "<b>", "<em>", "<strong>", "<del>", "<code>", "<h1", "<h2", "<ol",
                                "<ul", "<blockquote", "<hr", "<img", "<script", "<pre", "<input"}) {
            QVERIFY2(!html.contains(QLatin1String(tag)), qPrintable(original + QStringLiteral(" → ") + html));
        }
    }

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }

    void escapesAsciiPunctuationOnly()
    {
        QCOMPARE(MarkdownText::escape(QStringLiteral("*Bob* [x](http://a) <b>|")),
                 QStringLiteral("\\*Bob\\* \\[x\\]\\(http\\:\\/\\/a\\) \\<b\\>\\|"));
        QCOMPARE(MarkdownText::escape(QStringLiteral("井上 一郎")), QStringLiteral("井上 一郎"));
        QCOMPARE(MarkdownText::escape(QStringLiteral("a\\b")), QStringLiteral("a\\\\b"));
        QCOMPARE(MarkdownText::escapeTableCell(QStringLiteral("a|b")), QStringLiteral("a\\|b"));
    }

    void linesBecomeOneLine()
    {
        QCOMPARE(MarkdownText::escape(QStringLiteral("one\ntwo\r\nthree\rfour")),
                 QStringLiteral("one two three four"));
        QCOMPARE(MarkdownText::escape(QStringLiteral("  # heading\n\n- item  ")),
                 QStringLiteral("\\# heading \\- item"));
        QCOMPARE(MarkdownText::escape(QStringLiteral("    indented code")), QStringLiteral("indented code"));
        QCOMPARE(MarkdownText::escape(QString()), QString());
    }

    void inlineReadsBackExactly_data()
    {
        QTest::addColumn<QString>("text");
        for (const QString &text : hostile())
            QTest::newRow(qPrintable(text)) << text;
    }

    void inlineReadsBackExactly()
    {
        QFETCH(QString, text);
        const QString escaped = MarkdownText::escape(text);
        // Alone, at the start of a line, and in the middle of a sentence.
        QCOMPARE(MarkdownHtml::toPlainText(escaped), text);
        QCOMPARE(MarkdownHtml::toPlainText(QStringLiteral("Name: ") + escaped + QStringLiteral(" (ok)")),
                 QStringLiteral("Name: ") + text + QStringLiteral(" (ok)"));
        QCOMPARE(MarkdownHtml::toPlainText(QStringLiteral("- ") + escaped), text);
        checkNoMarkup(MarkdownHtml::toHtml(escaped), text);
        // As the text of a list item: the list is ours, nothing else may be markup.
        QString item = MarkdownHtml::toHtml(QStringLiteral("- ") + escaped);
        QVERIFY2(item.startsWith(QLatin1String("<ul>\n<li>")) &&
                     item.endsWith(QLatin1String("</li>\n</ul>\n")),
                 qPrintable(item));
        checkNoMarkup(item.mid(9, item.size() - 9 - 12), text);
    }

    void tableCellReadsBackExactly_data() { inlineReadsBackExactly_data(); }

    void tableCellReadsBackExactly()
    {
        QFETCH(QString, text);
        const QString table = QStringLiteral("| Name | People |\n| --- | --: |\n| ") +
                              MarkdownText::escapeTableCell(text) + QStringLiteral(" | 2 |\n");
        const QString html = MarkdownHtml::toHtml(table);
        QVERIFY2(html.contains(QLatin1String("<table>")), qPrintable(html));
        // Still two cells: the text did not split the row.
        QCOMPARE(html.count(QLatin1String("<td")), 2);
        QCOMPARE(MarkdownHtml::toPlainText(table),
                 QStringLiteral("Name\tPeople\n") + text + QStringLiteral("\t2"));
        checkNoMarkup(html, text);
    }

    void unescapedTextWouldBeMarkup()
    {
        // The checks above can fail: the same strings without escaping do make markup.
        QVERIFY(MarkdownHtml::toHtml(QStringLiteral("*Bob* [x](http://a)")).contains(QLatin1String("<em>")));
        QVERIFY(MarkdownHtml::toHtml(QStringLiteral("see www.example.com")).contains(QLatin1String("<a ")));
        QVERIFY(MarkdownHtml::toHtml(QStringLiteral("mail a@b.c")).contains(QLatin1String("<a ")));
        QVERIFY(MarkdownHtml::toHtml(QStringLiteral("~~x~~")).contains(QLatin1String("<del>")));
        QVERIFY(MarkdownHtml::toPlainText(QStringLiteral("&amp;")) != QLatin1String("&amp;"));
    }
};

QTEST_GUILESS_MAIN(TestMarkdownText)
#include "tst_markdowntext.moc"
