#include "shell/HelpWindow.h"
#include "shell/MainWindow.h"
#include "TestSupport.h"

#include <QFile>
#include <QTextBrowser>
#include <QtTest>

using namespace offkai;

/// The user manual: F1 opens it, the UI's language picks it, and it covers an organizer's day.
class TestHelpWindow : public QObject
{
    Q_OBJECT

    static HelpWindow *shownHelp(QWidget &window)
    {
        for (auto *help : window.findChildren<HelpWindow *>()) {
            if (help->isVisible())
                return help;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void cleanup() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void f1OpensTheManual()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(!shownHelp(window));
        QTest::keyClick(&window, Qt::Key_F1);
        HelpWindow *help = shownHelp(window);
        QVERIFY(help);
        QVERIFY(help->isWindow());
        // A second F1 brings the same window forward instead of opening another.
        QTest::keyClick(&window, Qt::Key_F1);
        QCOMPARE(window.findChildren<HelpWindow *>().size(), 1);
        const QString shown = help->findChild<QTextBrowser *>(QStringLiteral("helpBrowser"))->toPlainText();
        QVERIFY(shown.contains(QStringLiteral("Checking people in")));
        QVERIFY(!shown.contains(QStringLiteral("## "))); // rendered, not raw Markdown
    }

    void theLanguagePicksTheManual_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QStringList>("sections");
        QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedStates)
                            << QStringList{QStringLiteral("Getting started"),
                                           QStringLiteral("Importing members"),
                                           QStringLiteral("Planning a series"),
                                           QStringLiteral("Checking people in"),
                                           QStringLiteral("Writing and publishing a report"),
                                           QStringLiteral("Keyboard shortcuts")};
        QTest::newRow("ja") << QLocale(QLocale::Japanese, QLocale::Japan)
                            << QStringList{QStringLiteral("はじめに"),
                                           QStringLiteral("メンバーを取り込む"),
                                           QStringLiteral("定例イベントを計画する"),
                                           QStringLiteral("当日の受付"),
                                           QStringLiteral("レポートを書いて公開する"),
                                           QStringLiteral("キーボードショートカット")};
        // A language without a manual of its own reads the English one.
        QTest::newRow("fr") << QLocale(QLocale::French, QLocale::France)
                            << QStringList{QStringLiteral("Getting started"),
                                           QStringLiteral("Importing members"),
                                           QStringLiteral("Planning a series"),
                                           QStringLiteral("Checking people in"),
                                           QStringLiteral("Writing and publishing a report"),
                                           QStringLiteral("Keyboard shortcuts")};
    }

    void theLanguagePicksTheManual()
    {
        QFETCH(QLocale, locale);
        QFETCH(QStringList, sections);
        QLocale::setDefault(locale);
        HelpWindow help;
        QCOMPARE(help.sections(), sections);
        const QString shown = help.findChild<QTextBrowser *>(QStringLiteral("helpBrowser"))->toPlainText();
        for (const QString &section : sections)
            QVERIFY2(shown.contains(section), qPrintable(section));
    }

    void bothManualsAreShippedAndAlike()
    {
        QStringList tables;
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("ja")}) {
            const QString path = HelpWindow::manualPath(language);
            QVERIFY(path.endsWith(QStringLiteral("manual-%1.md").arg(language)));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            // The shortcuts table lists the same keys in both languages.
            QStringList keys;
            for (const QString &line : text.split(QLatin1Char('\n'))) {
                if (line.startsWith(QStringLiteral("| Ctrl")) || line.startsWith(QStringLiteral("| F1")))
                    keys.append(line.section(QLatin1Char('|'), 1, 1).trimmed());
            }
            QVERIFY(keys.size() >= 6);
            tables.append(keys.join(QLatin1Char(';'))
                              .replace(QStringLiteral("〜"), QStringLiteral(" … "))
                              .replace(QStringLiteral("／"), QStringLiteral(" / ")));
        }
        QCOMPARE(tables.at(1), tables.at(0));
    }
};

QTEST_MAIN(TestHelpWindow)
#include "tst_helpwindow.moc"
