#include "TestSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>
#include <QXmlStreamReader>

/// The Japanese catalogue is complete, matches the code, and keeps every placeholder; the English one
/// spells out every plural form the code has.
class TestTranslations : public QObject
{
    Q_OBJECT

    struct Message
    {
        QString context;
        QString source;
        QStringList translations;
        QString type;
        bool numerus = false;
    };

    static QList<Message> parse(const QString &path)
    {
        QList<Message> messages;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return messages;
        QXmlStreamReader xml(&file);
        QString context;
        Message current;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = Message{context,
                                  {},
                                  {},
                                  {},
                                  xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus) {
                    current.translations = {xml.readElementText()};
                    messages.append(current);
                }
            } else if (name == QLatin1String("numerusform")) {
                current.translations.append(xml.readElementText());
                if (current.numerus && !messages.isEmpty() && messages.constLast().source == current.source &&
                    messages.constLast().context == current.context)
                    messages.last().translations = current.translations;
                else
                    messages.append(current);
            }
        }
        return messages;
    }

    static QStringList placeholders(const QString &text)
    {
        static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
        QStringList found;
        for (auto it = re.globalMatch(text); it.hasNext();)
            found.append(it.next().captured(0));
        found.sort();
        found.removeDuplicates();
        return found;
    }

    QString tsPath() const
    {
        return qEnvironmentVariable("OFFKAI_SOURCE_DIR") + QStringLiteral("/translations/offkai_ja.ts");
    }

    static QString enPath()
    {
        return qEnvironmentVariable("OFFKAI_SOURCE_DIR") + QStringLiteral("/translations/offkai_en.ts");
    }

    static bool haveLupdate()
    {
        const QString lupdate = qEnvironmentVariable("OFFKAI_LUPDATE");
        return !lupdate.isEmpty() && QFile::exists(lupdate);
    }

    /// The messages of catalogue `ts` once lupdate (with `options`) has read the code into a copy of it;
    /// none when lupdate failed.
    static QList<Message> updatedCopy(const QString &ts, const QStringList &options)
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QFileInfo(ts).fileName());
        if (!QFile::copy(ts, copy))
            return {};
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        const QString root = qEnvironmentVariable("OFFKAI_SOURCE_DIR");
        QProcess process;
        process.start(qEnvironmentVariable("OFFKAI_LUPDATE"),
                      options + QStringList{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                                            QStringLiteral("none"),
                                            QStringLiteral("-I") + root + QStringLiteral("/models"),
                                            QStringLiteral("-I") + root + QStringLiteral("/ui"),
                                            QStringLiteral("-I") + root + QStringLiteral("/app"),
                                            QStringLiteral("@") + qEnvironmentVariable("OFFKAI_TR_SOURCES"),
                                            QStringLiteral("-ts"), copy});
        if (!process.waitForFinished(120000) || process.exitCode() != 0)
            return {};
        return parse(copy);
    }

    static QStringList unfinished(const QList<Message> &messages)
    {
        QStringList found;
        for (const Message &m : messages) {
            if (!m.type.isEmpty())
                found.append(m.context + QStringLiteral(": ") + m.source);
        }
        return found;
    }

private Q_SLOTS:
    void englishPluralsAreSpelledOut()
    {
        const QList<Message> messages = parse(enPath());
        QVERIFY(messages.size() > 20);
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source;
            QVERIFY2(m.numerus, qPrintable(QStringLiteral("not a plural (update offkai_en.ts with lupdate "
                                                          "-pluralonly): ") +
                                           where));
            QVERIFY2(m.type.isEmpty(), qPrintable(QStringLiteral("%1 entry: %2").arg(m.type, where)));
            QCOMPARE(m.translations.size(), 2); // one, other
            for (const QString &t : m.translations) {
                QVERIFY2(!t.contains(QLatin1String("(s)")) && !t.contains(QLatin1String("(es)")),
                         qPrintable(QStringLiteral("not spelled out: ") + t));
                QCOMPARE(placeholders(t), placeholders(m.source));
            }
        }
    }

    void englishCatalogueCoversEveryPlural()
    {
        if (!haveLupdate())
            QSKIP("lupdate not available");
        const QList<Message> updated = updatedCopy(enPath(), {QStringLiteral("-pluralonly")});
        QVERIFY(!updated.isEmpty());
        const QStringList missing = unfinished(updated);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("plural forms missing from offkai_en.ts:\n") +
                                               missing.join(QLatin1Char('\n'))));
        QCOMPARE(updated.size(), parse(enPath()).size());
    }

    void englishPluralsAtRunTime()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/offkai_en")));
        QCoreApplication::installTranslator(&translator);
        QCOMPARE(QCoreApplication::translate("offkai::MembersPage", "%n member(s)", nullptr, 1),
                 QStringLiteral("1 member"));
        QCOMPARE(QCoreApplication::translate("offkai::MembersPage", "%n member(s)", nullptr, 3),
                 QStringLiteral("3 members"));
        QCOMPARE(QCoreApplication::translate("offkai::MembersPage", "%n member(s)", nullptr, 0),
                 QStringLiteral("0 members"));
        QCoreApplication::removeTranslator(&translator);
    }

    void catalogueIsCompleteAndKeepsPlaceholders()
    {
        const QList<Message> messages = parse(tsPath());
        QVERIFY(messages.size() > 50);
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source;
            QVERIFY2(m.type.isEmpty(), qPrintable(QStringLiteral("%1 entry: %2").arg(m.type, where)));
            QVERIFY2(!m.translations.isEmpty(), qPrintable(where));
            for (const QString &t : m.translations) {
                QVERIFY2(!t.trimmed().isEmpty(), qPrintable(QStringLiteral("empty translation: ") + where));
                QStringList expected = placeholders(m.source);
                QStringList got = placeholders(t);
                if (m.numerus) { // a plural form may spell the number out, but must not invent placeholders
                    expected.removeAll(QStringLiteral("%n"));
                    got.removeAll(QStringLiteral("%n"));
                }
                QVERIFY2(got == expected, qPrintable(QStringLiteral("placeholders differ: ") + where +
                                                     QStringLiteral(" → ") + t));
                // Menu mnemonics survive as Japanese style "(&X)" when the source has one.
                if (m.source.contains(QRegularExpression(QStringLiteral("&[A-Za-z]"))))
                    QVERIFY2(t.contains(QLatin1Char('&')),
                             qPrintable(QStringLiteral("mnemonic lost: ") + where));
            }
        }
    }

    void catalogueCoversEveryStringInTheCode()
    {
        if (!haveLupdate())
            QSKIP("lupdate not available");
        const QList<Message> updated = updatedCopy(tsPath(), {});
        QVERIFY(!updated.isEmpty());
        const QStringList missing = unfinished(updated);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("untranslated:\n") + missing.join(QLatin1Char('\n'))));
        QCOMPARE(updated.size(), parse(tsPath()).size());
    }

    void compiledCatalogueTranslatesAtRunTime()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/offkai_ja")));
        QCOMPARE(translator.translate("offkai::VenuesPage", "Venues"), QStringLiteral("会場"));
        QCOMPARE(translator.translate("offkai::MainWindow", "&File"), QStringLiteral("ファイル(&F)"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
