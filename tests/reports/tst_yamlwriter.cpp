#include "reports/YamlWriter.h"
#include "YamlFrontMatter.h"

#include <QJsonArray>
#include <QtTest>

using namespace offkai;

/// YAML front matter that a real parser reads back as exactly the strings written, whatever they hold.
class TestYamlWriter : public QObject
{
    Q_OBJECT

    /// Strings that would be something else than themselves, or invalid, as plain YAML scalars.
    static QStringList hostile()
    {
        return {
            QStringLiteral("第2回オフ会: 報告 #2"),
            QStringLiteral("オンライン異業種交流会、第2回オフ会報告。いろんな意味で\"ターニングポイント\""),
            QStringLiteral("[速報] 第2回オフ会"),
            QStringLiteral("*太字* のつもり"),
            QStringLiteral("&anchor 第2回"),
            QStringLiteral("!tag 第2回"),
            QStringLiteral("%YAML 1.2"),
            QStringLiteral("@田村 `code`"),
            QStringLiteral("- 箇条書き"),
            QStringLiteral("? 質問"),
            QStringLiteral("| ブロック"),
            QStringLiteral("> 引用"),
            QStringLiteral("{a: b}"),
            QStringLiteral("'単一引用' と \"二重引用\""),
            QStringLiteral("1行目\n2行目\r\n3行目"),
            QStringLiteral("タブ\tと\\バックスラッシュ\\n"),
            QStringLiteral("制御\x01\x1f\x7f文字"),
            QStringLiteral("C1\u0085と\u2028行区切り\u2029段落\uFEFFBOM"),
            QStringLiteral("絵文字🍻と𠮷"),
            QStringLiteral("yes"),
            QStringLiteral("null"),
            QStringLiteral("~"),
            QStringLiteral("0x1F"),
            QStringLiteral("2013-08-29"),
            QStringLiteral("  前後の空白  "),
            QStringLiteral("---"),
            QStringLiteral("..."),
            QString(),
        };
    }

private Q_SLOTS:
    void quoted()
    {
        QCOMPARE(YamlWriter::quoted(QStringLiteral("a\\b\"c\nd\te\x01: #x")),
                 QStringLiteral("\"a\\\\b\\\"c\\nd\\te\\u0001: #x\""));
        QCOMPARE(YamlWriter::quoted(QString()), QStringLiteral("\"\""));
        QCOMPARE(YamlWriter::quoted(QStringLiteral("\u2028\uFEFF\u0085")),
                 QStringLiteral("\"\\u2028\\ufeff\\u0085\""));
        // Nothing else is escaped: Japanese stays readable.
        QCOMPARE(YamlWriter::quoted(QStringLiteral("第2回オフ会 🍻")), QStringLiteral("\"第2回オフ会 🍻\""));
    }

    void layout()
    {
        const QString text = YamlWriter()
                                 .string(QStringLiteral("title"), QStringLiteral("第2回"))
                                 .boolean(QStringLiteral("draft"), true)
                                 .null(QStringLiteral("id"))
                                 .emptyString(QStringLiteral("updated_at"))
                                 .raw(QStringLiteral("date"), QStringLiteral("2013-08-30T10:00:00+09:00"))
                                 .flowList(QStringLiteral("topics"), {})
                                 .flowList(QStringLiteral("tags"), {QStringLiteral("a"), QStringLiteral("b")})
                                 .blockList(QStringLiteral("none"), {})
                                 .blockList(QStringLiteral("some"), {QStringLiteral("オフ会")})
                                 .text();
        QCOMPARE(text, QStringLiteral("---\n"
                                      "title: \"第2回\"\n"
                                      "draft: true\n"
                                      "id: null\n"
                                      "updated_at: ''\n"
                                      "date: 2013-08-30T10:00:00+09:00\n"
                                      "topics: []\n"
                                      "tags: [\"a\", \"b\"]\n"
                                      "none:\n"
                                      "  - ''\n"
                                      "some:\n"
                                      "  - \"オフ会\"\n"
                                      "---\n"));
        QString error;
        const QJsonObject parsed = test::parseFrontMatter(text + QStringLiteral("\nbody\n"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(parsed.value(QStringLiteral("draft")), QJsonValue(true));
        QVERIFY(parsed.value(QStringLiteral("id")).isNull());
        QCOMPARE(parsed.value(QStringLiteral("updated_at")), QJsonValue(QString()));
        QCOMPARE(parsed.value(QStringLiteral("date")).toObject().value(QStringLiteral("timestamp")),
                 QJsonValue(QStringLiteral("2013-08-30T10:00:00+09:00")));
        QCOMPARE(parsed.value(QStringLiteral("topics")), QJsonValue(QJsonArray()));
        QCOMPARE(parsed.value(QStringLiteral("none")), QJsonValue(QJsonArray{QString()}));
        QCOMPARE(parsed.value(QStringLiteral("some")), QJsonValue(QJsonArray{QStringLiteral("オフ会")}));
    }

    void everyStringReadsBackAsItself()
    {
        const QStringList strings = hostile();
        YamlWriter yaml;
        for (int i = 0; i < strings.size(); ++i)
            yaml.string(QStringLiteral("s%1").arg(i), strings.at(i));
        yaml.flowList(QStringLiteral("flow"), strings).blockList(QStringLiteral("block"), strings);
        QString error;
        const QJsonObject parsed = test::parseFrontMatter(yaml.text() + QStringLiteral("\n"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(parsed.size(), strings.size() + 2);
        const QJsonArray flow = parsed.value(QStringLiteral("flow")).toArray();
        const QJsonArray block = parsed.value(QStringLiteral("block")).toArray();
        QCOMPARE(flow.size(), strings.size());
        QCOMPARE(block.size(), strings.size());
        for (int i = 0; i < strings.size(); ++i) {
            const QJsonValue value = parsed.value(QStringLiteral("s%1").arg(i));
            QVERIFY2(value.isString(), qPrintable(strings.at(i)));
            QCOMPARE(value.toString(), strings.at(i));
            QCOMPARE(flow.at(i).toString(), strings.at(i));
            QCOMPARE(block.at(i).toString(), strings.at(i));
        }
    }

    void theParserCanFail()
    {
        // The check itself is real: broken YAML, or no front matter, is reported.
        QString error;
        QVERIFY(
            test::parseFrontMatter(QStringLiteral("---\ntitle: \"open\n---\n\nbody\n"), &error).isEmpty());
        QVERIFY(!error.isEmpty());
        QVERIFY(test::parseFrontMatter(QStringLiteral("---\ntitle: a: b\n---\n\nbody\n"), &error).isEmpty());
        QVERIFY(!error.isEmpty());
        QVERIFY(test::parseFrontMatter(QStringLiteral("# title\n"), &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestYamlWriter)
#include "tst_yamlwriter.moc"
