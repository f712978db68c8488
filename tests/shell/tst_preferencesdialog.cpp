#include "events/CalendarPage.h"
#include "events/EventEditorDialog.h"
#include "events/MonthView.h"
#include "events/series/SeriesEditorDialog.h"
#include "items/MonthModel.h"
#include "reports/NewReportDialog.h"
#include "shell/AppTheme.h"
#include "shell/MainWindow.h"
#include "shell/PreferencesDialog.h"
#include "shell/TimeZoneBox.h"
#include "stores/CommunitySettingsStore.h"
#include "stores/Workspace.h"
#include "TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <QUndoStack>

using namespace offkai;

/// Edit › Preferences: the values go to the database and come back, the theme is tried at once, and a new
/// event on the calendar starts with the defaults on the day picked on the month grid.
class TestPreferencesDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_file = 0;

    /// Runs `handle` on the next modal dialog once it is shown (exec() blocks the test).
    void whenModal(std::function<void(QWidget *)> handle)
    {
        auto *timer = new QTimer(this);
        timer->setInterval(10);
        connect(timer, &QTimer::timeout, this, [timer, handle] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || !modal->isVisible())
                return;
            timer->stop();
            timer->deleteLater();
            handle(modal);
            if (modal->isVisible())
                modal->close();
        });
        timer->start();
    }
    template<typename W> static W *child(QWidget *parent, const char *name)
    {
        return parent->findChild<W *>(QString::fromLatin1(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    }

    void valuesRoundTripThroughTheDatabase()
    {
        auto w = test::openWorkspace(m_dir.filePath(QStringLiteral("p%1.sqlite").arg(++m_file)));
        {
            PreferencesDialog dialog(*w);
            // A Japanese locale suggests Tokyo, shown by its name.
            auto *zone = child<TimeZoneBox>(&dialog, "timeZone");
            QCOMPARE(zone->zone().id(), QByteArray("Asia/Tokyo"));
            QVERIFY2(zone->currentText().endsWith(QStringLiteral("(Asia/Tokyo)")),
                     qPrintable(zone->currentText()));
            QVERIFY(zone->currentText().contains(QStringLiteral("日本")));

            test::typeText(child<QLineEdit>(&dialog, "communityName"), QStringLiteral("異業種交流会"));
            zone->setCurrentText(QStringLiteral("America/New_York")); // a typed id is understood
            child<QSpinBox>(&dialog, "defaultFee")->setValue(4000);
            child<QSpinBox>(&dialog, "defaultCapacity")->setValue(14);
            child<QCheckBox>(&dialog, "staffTakePlaces")->setChecked(true);
            auto *kana = child<QComboBox>(&dialog, "readingKana");
            kana->setCurrentIndex(kana->findData(int(CommunitySettings::ReadingKana::Katakana)));
            auto *language = child<QComboBox>(&dialog, "reportLanguage");
            language->setCurrentIndex(language->findData(QStringLiteral("en")));
            child<QSpinBox>(&dialog, "nextTimeMonths")->setValue(5);
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        auto saved = w->settings().load();
        QVERIFY(saved.ok());
        QCOMPARE(saved->name, QStringLiteral("異業種交流会"));
        QCOMPARE(saved->timeZone.id(), QByteArray("America/New_York"));
        QCOMPARE(saved->defaultFee, std::optional<int>(4000));
        QCOMPARE(saved->defaultCapacity, std::optional<int>(14));
        QVERIFY(saved->staffTakePlaces);
        QCOMPARE(saved->readingKana, CommunitySettings::ReadingKana::Katakana);
        QCOMPARE(saved->reportLanguage, QStringLiteral("en"));
        QCOMPARE(saved->nextTimeMonths, 5);

        // Opened again, the dialog shows what was saved, and OK without a change keeps it.
        PreferencesDialog again(*w);
        QCOMPARE(again.settings(), *saved);
        again.accept();
        QCOMPARE(*w->settings().load(), *saved);
    }

    void aZoneThatIsNoneIsRefusedAndNothingIsLost()
    {
        auto w = test::openWorkspace(m_dir.filePath(QStringLiteral("p%1.sqlite").arg(++m_file)));
        PreferencesDialog dialog(*w);
        dialog.show();
        test::typeText(child<QLineEdit>(&dialog, "communityName"), QStringLiteral("Club"));
        child<TimeZoneBox>(&dialog, "timeZone")->setCurrentText(QStringLiteral("Atlantis/Capital"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.errorText().contains(QStringLiteral("Atlantis/Capital")));
        QCOMPARE(child<QLineEdit>(&dialog, "communityName")->text(), QStringLiteral("Club"));
        QVERIFY(w->settings().load()->name.isEmpty());
    }

    void theThemeIsAppliedAtOnceAndCancelPutsItBack()
    {
        auto w = test::openWorkspace(m_dir.filePath(QStringLiteral("p%1.sqlite").arg(++m_file)));
        const QColor before = QApplication::palette().color(QPalette::Window);
        PreferencesDialog dialog(*w);
        auto *theme = child<QComboBox>(&dialog, "theme");
        theme->setCurrentIndex(theme->findData(int(CommunitySettings::Theme::Dark)));
        QCOMPARE(AppTheme::current(), CommunitySettings::Theme::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
        dialog.reject();
        QCOMPARE(AppTheme::current(), CommunitySettings::Theme::FollowSystem);
        QCOMPARE(QApplication::palette().color(QPalette::Window), before);
        QCOMPARE(w->settings().load()->theme, CommunitySettings::Theme::FollowSystem);
    }

    void theWindowAppliesTheSavedThemeAndTitle()
    {
        const QString path = m_dir.filePath(QStringLiteral("window.sqlite"));
        {
            auto w = test::openWorkspace(path);
            CommunitySettings s;
            s.name = QStringLiteral("Dark Club");
            s.theme = CommunitySettings::Theme::Dark;
            QVERIFY(w->settings().save(s).ok());
        }
        MainWindow window;
        QVERIFY(window.openDatabase(path));
        QCOMPARE(window.windowTitle(), QStringLiteral("Dark Club — Offkai"));
        QCOMPARE(AppTheme::current(), CommunitySettings::Theme::Dark);
        // Edit › Preferences changes the title at once.
        auto *action = window.findChild<QAction *>(QStringLiteral("preferencesAction"));
        QVERIFY(action && action->isEnabled());
        QVERIFY(!action->shortcut().isEmpty());
        whenModal([](QWidget *modal) {
            auto *dialog = qobject_cast<PreferencesDialog *>(modal);
            QVERIFY(dialog);
            auto *name = child<QLineEdit>(dialog, "communityName");
            name->selectAll();
            test::typeText(name, QStringLiteral("Light Club"));
            auto *theme = child<QComboBox>(dialog, "theme");
            theme->setCurrentIndex(theme->findData(int(CommunitySettings::Theme::Light)));
            dialog->accept();
        });
        action->trigger();
        QCOMPARE(window.windowTitle(), QStringLiteral("Light Club — Offkai"));
        QCOMPARE(AppTheme::current(), CommunitySettings::Theme::Light);
        window.setWorkspace(nullptr); // no community: the system's look again
        QCOMPARE(AppTheme::current(), CommunitySettings::Theme::FollowSystem);
        QVERIFY(!action->isEnabled());
    }

    void aNewEventTakesTheDefaultsOnThePickedDay()
    {
        auto w = test::openWorkspace(m_dir.filePath(QStringLiteral("p%1.sqlite").arg(++m_file)));
        CommunitySettings s;
        s.timeZone = QTimeZone(QByteArrayLiteral("Asia/Seoul"));
        s.defaultFee = 3500;
        s.defaultCapacity = 12;
        s.staffTakePlaces = true;
        QVERIFY(w->settings().save(s).ok());
        QUndoStack undo;
        CalendarPage page(*w, undo);
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.showAgenda(false);
        page.showMonth(2013, 8);
        // A day picked with the mouse on the month grid, then New Event from the menu.
        const QDate day(2013, 8, 22);
        const QRect cell = page.monthView()->visualRect(page.monthModel()->indexOf(day));
        QTest::mouseClick(page.monthView()->viewport(), Qt::LeftButton, {},
                          cell.bottomRight() - QPoint(6, 4));
        QAction *newEvent = nullptr;
        for (QAction *action : page.pageActions()) {
            if (action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)))
                newEvent = action;
        }
        QVERIFY(newEvent);
        bool checked = false;
        whenModal([&checked, day](QWidget *modal) {
            auto *editor = qobject_cast<EventEditorDialog *>(modal);
            QVERIFY(editor);
            QCOMPARE(child<QDateTimeEdit>(editor, "start")->date(), day);
            auto *zone = child<TimeZoneBox>(editor, "timeZone");
            QCOMPARE(zone->zone().id(), QByteArray("Asia/Seoul"));
            QVERIFY2(zone->currentText().endsWith(QStringLiteral("(Asia/Seoul)")),
                     qPrintable(zone->currentText()));
            QCOMPARE(child<QSpinBox>(editor, "fee")->value(), 3500);
            QCOMPARE(child<QSpinBox>(editor, "capacity")->value(), 12);
            QVERIFY(child<QCheckBox>(editor, "staffCount")->isChecked());
            const Event e = editor->event();
            QCOMPARE(e.timeZone.id(), QByteArray("Asia/Seoul"));
            QCOMPARE(e.start, QDateTime(day, QTime(19, 0), QTimeZone(QByteArrayLiteral("Asia/Seoul"))));
            checked = true;
            editor->reject();
        });
        newEvent->trigger();
        QVERIFY(checked);

        // A new series starts in the community's zone with its fee and capacity too.
        QAction *newSeries = nullptr;
        for (QAction *action : page.pageActions()) {
            if (action->text() == QStringLiteral("New &Series…"))
                newSeries = action;
        }
        QVERIFY(newSeries);
        checked = false;
        whenModal([&checked](QWidget *modal) {
            auto *editor = qobject_cast<SeriesEditorDialog *>(modal);
            QVERIFY(editor);
            QCOMPARE(child<QSpinBox>(editor, "fee")->value(), 3500);
            QCOMPARE(child<QSpinBox>(editor, "capacity")->value(), 12);
            const Series series = editor->series();
            QCOMPARE(series.timeZone.id(), QByteArray("Asia/Seoul"));
            QCOMPARE(series.firstStart.timeZone().id(), QByteArray("Asia/Seoul"));
            checked = true;
            editor->reject();
        });
        newSeries->trigger();
        QVERIFY(checked);
    }

    void aNewReportIsWrittenInTheCommunitysLanguage()
    {
        auto w = test::openWorkspace(m_dir.filePath(QStringLiteral("p%1.sqlite").arg(++m_file)));
        // Without a choice, the UI's language (Japanese here).
        QCOMPARE(NewReportDialog(*w, 0).language(), QStringLiteral("ja"));
        CommunitySettings s;
        s.reportLanguage = QStringLiteral("en");
        QVERIFY(w->settings().save(s).ok());
        QCOMPARE(NewReportDialog(*w, 0).language(), QStringLiteral("en"));
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
