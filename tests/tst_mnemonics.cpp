#include "events/AnnouncementDialog.h"
#include "events/CalendarExportDialog.h"
#include "events/CalendarImportDialog.h"
#include "events/EventEditorDialog.h"
#include "events/EventTypesDialog.h"
#include "events/MoveOccurrenceDialog.h"
#include "events/participants/BillSplitDialog.h"
#include "events/participants/ParticipantImportDialog.h"
#include "events/series/OccurrenceScopeDialog.h"
#include "events/series/SeriesEditorDialog.h"
#include "events/series/SeriesPipelineDialog.h"
#include "events/series/SlotSpeakerDialog.h"
#include "members/DuplicatesDialog.h"
#include "members/import/MemberImportWizard.h"
#include "members/MemberConflictDialog.h"
#include "members/MemberExportDialog.h"
#include "members/MemberSettingsDialog.h"
#include "records/VenueFields.h"
#include "reports/BlogAccountDialog.h"
#include "reports/BlogAccountsDialog.h"
#include "reports/NewReportDialog.h"
#include "reports/PublishDialog.h"
#include "reports/ReportExportDialog.h"
#include "reports/ReportTemplateDialog.h"
#include "shell/AboutDialog.h"
#include "shell/ConflictDialog.h"
#include "shell/MainWindow.h"
#include "shell/Page.h"
#include "shell/PreferencesDialog.h"
#include "shell/RestoreBackupDialog.h"
#include "storage/Database.h"
#include "stores/EventStore.h"
#include "stores/ParticipationStore.h"
#include "stores/ReportStore.h"
#include "stores/Workspace.h"
#include "team/ChangeHistoryDialog.h"
#include "team/ConnectTeamDialog.h"
#include "TestSupport.h"
#include "workflows/DemoDatabase.h"

#include <functional>
#include <QAbstractButton>
#include <QDirIterator>
#include <QGroupBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTabBar>
#include <QTemporaryDir>
#include <QToolBar>
#include <QTranslator>
#include <QtTest>
#include <QUndoStack>
#include <QWizard>
#include <QWizardPage>

using namespace offkai;

/// Every menu of the main window (each page's too) and every dialog gives each of its items its own
/// mnemonic (Alt+letter), in English and in Japanese, whose translations carry them as "(&X)".
class TestMnemonics : public QObject
{
    Q_OBJECT

    /// One item that answers to Alt+letter, and where a clash is reported.
    struct Item
    {
        QChar letter;
        QString text;
        QList<QPair<const QObject *, const QObject *>> pages; ///< (stack, page) the item lies on
    };

    /// The letter after the '&' of `text` ("&&" is a literal ampersand), upper case; null when none.
    static QChar mnemonicOf(const QString &text)
    {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != QLatin1Char('&'))
                continue;
            if (text.at(i + 1) == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text.at(i + 1).toUpper();
        }
        return {};
    }

    /// "A, B and C clash on X" for every letter shared by two items that can be on screen together.
    static QStringList clashes(const QString &where, const QList<Item> &items)
    {
        QStringList found;
        for (qsizetype i = 0; i < items.size(); ++i) {
            for (qsizetype j = i + 1; j < items.size(); ++j) {
                const Item &a = items.at(i);
                const Item &b = items.at(j);
                if (a.letter != b.letter || !togetherOnScreen(a, b))
                    continue;
                found.append(QStringLiteral("%1: “%2” and “%3” both use &%4")
                                 .arg(where, a.text, b.text, QString(a.letter)));
            }
        }
        return found;
    }

    /// False when the two items lie on different pages of one stack (tabs, wizard pages, stacked widgets).
    static bool togetherOnScreen(const Item &a, const Item &b)
    {
        for (const auto &[stack, page] : a.pages) {
            for (const auto &[otherStack, otherPage] : b.pages) {
                if (stack == otherStack && page != otherPage)
                    return false;
            }
        }
        return true;
    }

    /// The pages of stacks between `widget` and `top` that hold it.
    static QList<QPair<const QObject *, const QObject *>> pagesOf(const QWidget *widget, const QWidget *top)
    {
        QList<QPair<const QObject *, const QObject *>> pages;
        for (const QWidget *w = widget; w && w != top; w = w->parentWidget()) {
            const QWidget *parent = w->parentWidget();
            if (qobject_cast<const QStackedWidget *>(parent))
                pages.append(qMakePair<const QObject *, const QObject *>(parent, w));
            else if (qobject_cast<const QWizardPage *>(w))
                pages.append(qMakePair<const QObject *, const QObject *>(w->window(), w));
        }
        return pages;
    }

    /// Whether `widget` is on screen when its own stack pages (and `top`) are.
    static bool shownWith(const QWidget *widget, const QWidget *top)
    {
        for (const QWidget *w = widget; w && w != top; w = w->parentWidget()) {
            if (w->isHidden())
                return false;
        }
        return true;
    }

    /// The Alt+letter items among the widgets of `top`: buttons, labels of fields, group boxes and tabs.
    static QList<Item> widgetItems(const QWidget *top)
    {
        QList<Item> items;
        const auto add = [&](const QWidget *w, const QString &text) {
            const QChar letter = mnemonicOf(text);
            if (!letter.isNull() && shownWith(w, top))
                items.append({letter, text, pagesOf(w, top)});
        };
        for (const QWidget *w : top->findChildren<QWidget *>()) {
            if (w->window() != top && !qobject_cast<const QWizardPage *>(w->window()))
                continue; // a window of its own (a menu, a child dialog)
            if (const auto *button = qobject_cast<const QAbstractButton *>(w)) {
                if (!qobject_cast<const QToolBar *>(button->parentWidget()))
                    add(w, button->text());
            } else if (const auto *label = qobject_cast<const QLabel *>(w)) {
                if (label->buddy())
                    add(w, label->text());
            } else if (const auto *group = qobject_cast<const QGroupBox *>(w)) {
                add(w, group->title());
            } else if (const auto *tabs = qobject_cast<const QTabBar *>(w)) {
                for (int i = 0; i < tabs->count(); ++i) {
                    if (tabs->isTabVisible(i))
                        add(w, tabs->tabText(i));
                }
            }
        }
        return items;
    }

    /// Clashes in `menu` and in its submenus.
    static QStringList menuClashes(const QString &where, QMenu *menu)
    {
        Q_EMIT menu->aboutToShow(); // menus filled on demand (Open Recent, …)
        QList<Item> items;
        QStringList found;
        for (QAction *action : menu->actions()) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            if (const QChar letter = mnemonicOf(action->text()); !letter.isNull())
                items.append({letter, action->text(), {}});
            if (QMenu *sub = action->menu())
                found += menuClashes(where + QStringLiteral(" › ") + action->text(), sub);
        }
        return clashes(where, items) + found;
    }

    /// Clashes among the menu bar's titles and the window's own items (`items`), and within each menu.
    static QStringList menuBarClashes(const QString &where, QMenuBar *bar, QList<Item> items)
    {
        QStringList found;
        for (QAction *action : bar->actions()) {
            if (!action->isVisible())
                continue;
            if (const QChar letter = mnemonicOf(action->text()); !letter.isNull())
                items.append({letter, action->text(), {}});
            if (QMenu *menu = action->menu())
                found += menuClashes(where + QStringLiteral(" › ") + action->text(), menu);
        }
        return clashes(where, items) + found;
    }

    /// The dialog classes declared under ui/ (each must be walked below).
    static QStringList dialogClassesInSources()
    {
        QStringList names;
        static const QRegularExpression declaration(QStringLiteral(
            "class\\s+(\\w+)\\s*(?:final\\s*)?:\\s*public\\s+(?:Q(?:Dialog|Wizard)|ConflictDialog)\\b"));
        QDirIterator it(qEnvironmentVariable("OFFKAI_SOURCE_DIR") + QStringLiteral("/ui"),
                        {QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromUtf8(file.readAll());
            for (auto m = declaration.globalMatch(text); m.hasNext();)
                names.append(m.next().captured(1));
        }
        names.sort();
        return names;
    }

    QList<QTranslator *> m_translators;
    QTemporaryDir m_dir;
    QString m_demoPath;

    void setLanguage(const QString &language)
    {
        for (QTranslator *t : std::as_const(m_translators)) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        m_translators.clear();
        if (language == QLatin1String("en")) {
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
            return;
        }
        // As LanguageSetup does: Offkai's catalogue, then Qt's own (its standard buttons).
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
        auto *own = new QTranslator;
        QVERIFY(own->load(QStringLiteral(":/i18n/offkai_ja")));
        QCoreApplication::installTranslator(own);
        m_translators.append(own);
        auto *qt = new QTranslator;
        if (qt->load(QStringLiteral("qtbase_ja"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            m_translators.append(qt);
        } else {
            delete qt;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        QVERIFY(m_dir.isValid());
        auto path = DemoDatabase::create(m_dir.path());
        QVERIFY(path);
        m_demoPath = *path;
    }

    void cleanupTestCase() { setLanguage(QStringLiteral("en")); }

    void menus_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ja") << QStringLiteral("ja");
    }

    void menus()
    {
        QFETCH(QString, language);
        setLanguage(language);
        QStringList found;
        {
            MainWindow window;
            window.show();
            found += menuBarClashes(QStringLiteral("welcome"), window.menuBar(), widgetItems(&window));
        }
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(window.openDatabase(m_demoPath));
        QVERIFY(window.pageCount() >= 5);
        for (int i = 0; i < window.pageCount(); ++i) {
            window.showPage(i);
            const QString where = window.page(i)->title();
            found += menuBarClashes(where, window.menuBar(), widgetItems(&window));
            for (QMenu *menu : window.page(i)->findChildren<QMenu *>())
                found += menuClashes(where + QStringLiteral(" › ") + menu->title(), menu);
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void dialogs_data() { menus_data(); }

    void dialogs()
    {
        QFETCH(QString, language);
        setLanguage(language);
        auto workspace = test::openWorkspace(m_demoPath);
        QVERIFY(workspace);
        QUndoStack undo;
        const auto events = workspace->events().all();
        QVERIFY(events && !events->isEmpty());
        qint64 eventId = 0;
        for (const EventSummary &e : *events) {
            if (e.hasDay() && e.attended > 0)
                eventId = e.id;
        }
        QVERIFY(eventId > 0);
        const auto participants = workspace->participations().participantsOf(eventId);
        QVERIFY(participants);
        const auto reports = workspace->reports().list();
        QVERIFY(reports && !reports->isEmpty());
        const qint64 reportId = reports->constFirst().id;
        const QDateTime start = events->constLast().start;

        QWidget parent;
        const QList<std::pair<QString, std::function<QDialog *()>>> dialogs = {
            {QStringLiteral("AboutDialog"),
             [&] {
                 return new AboutDialog(&parent);
             }},
            {QStringLiteral("PreferencesDialog"),
             [&] {
                 return new PreferencesDialog(*workspace, &parent);
             }},
            {QStringLiteral("ConnectTeamDialog"),
             [&] {
                 return new ConnectTeamDialog(&parent);
             }},
            {QStringLiteral("ChangeHistoryDialog"),
             [&] {
                 return new ChangeHistoryDialog(workspace->database(), &parent);
             }},
            {QStringLiteral("RestoreBackupDialog"),
             [&] {
                 return new RestoreBackupDialog(
                     m_demoPath, [] {}, [] { return true; }, &parent);
             }},
            {QStringLiteral("OccurrenceScopeDialog"),
             [&] {
                 return new OccurrenceScopeDialog(QStringLiteral("Talk"), start.date(), false, &parent);
             }},
            {QStringLiteral("SeriesEditorDialog"),
             [&] {
                 return new SeriesEditorDialog(*workspace, {}, &parent);
             }},
            {QStringLiteral("SlotSpeakerDialog"),
             [&] {
                 return new SlotSpeakerDialog(*workspace, &parent);
             }},
            {QStringLiteral("SeriesPipelineDialog"),
             [&] {
                 return new SeriesPipelineDialog(*workspace, undo, &parent);
             }},
            {QStringLiteral("EventEditorDialog"),
             [&] {
                 return new EventEditorDialog(*workspace, &parent);
             }},
            {QStringLiteral("ParticipantImportDialog"),
             [&] {
                 return new ParticipantImportDialog(*workspace, eventId, &undo, &parent);
             }},
            {QStringLiteral("BillSplitDialog"),
             [&] {
                 return new BillSplitDialog(*participants, &parent);
             }},
            {QStringLiteral("AnnouncementDialog"),
             [&] {
                 return new AnnouncementDialog(*workspace, eventId, &parent);
             }},
            {QStringLiteral("CalendarImportDialog"),
             [&] {
                 return new CalendarImportDialog(*workspace, &parent);
             }},
            {QStringLiteral("CalendarExportDialog"),
             [&] {
                 return new CalendarExportDialog(*workspace, &parent);
             }},
            {QStringLiteral("MoveOccurrenceDialog"),
             [&] {
                 return new MoveOccurrenceDialog(QStringLiteral("Talk"), start, start.addSecs(7200), &parent);
             }},
            {QStringLiteral("EventTypesDialog"),
             [&] {
                 return new EventTypesDialog(workspace->events(), &parent);
             }},
            {QStringLiteral("MemberExportDialog"),
             [&] {
                 return new MemberExportDialog(&parent);
             }},
            {QStringLiteral("MemberSettingsDialog"),
             [&] {
                 return new MemberSettingsDialog(*workspace, &parent);
             }},
            {QStringLiteral("DuplicatesDialog"),
             [&] {
                 return new DuplicatesDialog(*workspace, undo, &parent);
             }},
            {QStringLiteral("MemberConflictDialog"),
             [&] {
                 Member base;
                 base.id = 1;
                 base.displayName = QStringLiteral("鈴木花子");
                 Member mine = base;
                 mine.phone = QStringLiteral("090-1234-5678");
                 Member theirs = base;
                 theirs.phone = QStringLiteral("080-9999-0000");
                 return new MemberConflictDialog(MemberConflict(base, mine, theirs), &parent);
             }},
            {QStringLiteral("ConflictDialog"),
             [&] {
                 Venue base;
                 base.id = 1;
                 base.name = QStringLiteral("カフェ森");
                 Venue mine = base;
                 mine.phone = QStringLiteral("090-1234-5678");
                 Venue theirs = base;
                 theirs.phone = QStringLiteral("080-9999-0000");
                 return new ConflictDialog(
                     FieldConflict::of<VenueFields>(base, mine, theirs, RecordLookups(), theirs.name),
                     &parent);
             }},
            {QStringLiteral("MemberImportWizard"),
             [&] {
                 return new MemberImportWizard(*workspace, &parent);
             }},
            {QStringLiteral("PublishDialog"),
             [&] {
                 return new PublishDialog(*workspace, reportId, &parent);
             }},
            {QStringLiteral("BlogAccountDialog"),
             [&] {
                 return new BlogAccountDialog(workspace->blogAccounts(), {}, &parent);
             }},
            {QStringLiteral("BlogAccountsDialog"),
             [&] {
                 return new BlogAccountsDialog(*workspace, &parent);
             }},
            {QStringLiteral("NewReportDialog"),
             [&] {
                 return new NewReportDialog(*workspace, eventId, &parent);
             }},
            {QStringLiteral("ReportExportDialog"),
             [&] {
                 return new ReportExportDialog(workspace->reports(), reportId, &parent);
             }},
            {QStringLiteral("ReportTemplateDialog"),
             [&] {
                 return new ReportTemplateDialog(workspace->reports(), &parent);
             }},
        };

        QStringList walked;
        QStringList found;
        for (const auto &[name, make] : dialogs) {
            std::unique_ptr<QDialog> dialog(make());
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
            const QList<Item> items = widgetItems(dialog.get());
            found += clashes(name, items);
            walked.append(name);
        }
        walked.sort();
        // A dialog added under ui/ is walked here too.
        QCOMPARE(walked, dialogClassesInSources());
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void aClashIsFound()
    {
        // The check itself: two buttons on one page clash, the same letters on two tabs do not.
        QDialog dialog;
        auto *stack = new QStackedWidget(&dialog);
        auto *first = new QWidget(stack);
        auto *second = new QWidget(stack);
        stack->addWidget(first);
        stack->addWidget(second);
        new QPushButton(QStringLiteral("&Save"), first);
        new QPushButton(QStringLiteral("保存(&S)"), second);
        QCOMPARE(clashes(QStringLiteral("d"), widgetItems(&dialog)), QStringList());
        new QPushButton(QStringLiteral("&Send"), first);
        QCOMPARE(clashes(QStringLiteral("d"), widgetItems(&dialog)).size(), 1);
        auto *hidden = new QPushButton(QStringLiteral("&Stop"), second);
        hidden->hide();
        QCOMPARE(clashes(QStringLiteral("d"), widgetItems(&dialog)).size(), 1);
        QCOMPARE(mnemonicOf(QStringLiteral("Save && &close")), QLatin1Char('C'));
        QCOMPARE(mnemonicOf(QStringLiteral("R&D")), QLatin1Char('D'));
        QVERIFY(mnemonicOf(QStringLiteral("Q&&A")).isNull());
    }
};

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
