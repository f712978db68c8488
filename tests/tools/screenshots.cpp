// Renders every screen of Offkai on the demo database, offscreen, in English and Japanese, to PNG files.
// Usage: offkai_screenshots OUTPUT_DIR en|ja [WIDTHxHEIGHT]  (the window's size; default 1366x768)
// The README and the AppStream metainfo use the venues-en.png and venues-ja.png it writes.

#include "dashboard/DashboardPage.h"
#include "dashboard/PeriodBar.h"
#include "events/AgendaView.h"
#include "events/CalendarPage.h"
#include "events/EventEditorDialog.h"
#include "events/EventTypesDialog.h"
#include "events/participants/ParticipantImportDialog.h"
#include "items/AgendaModel.h"
#include "members/DuplicatesDialog.h"
#include "members/import/MemberImportWizard.h"
#include "members/MemberEditor.h"
#include "members/MembersPage.h"
#include "reports/BlogAccountsDialog.h"
#include "reports/NewReportDialog.h"
#include "reports/PublishDialog.h"
#include "reports/ReportEditor.h"
#include "reports/ReportExportDialog.h"
#include "reports/ReportsPage.h"
#include "SeriesScreenshots.h"
#include "shell/AboutDialog.h"
#include "shell/AppTheme.h"
#include "shell/HelpWindow.h"
#include "shell/LanguageSetup.h"
#include "shell/MainWindow.h"
#include "shell/Page.h"
#include "shell/PreferencesDialog.h"
#include "storage/Database.h"
#include "stores/EventStore.h"
#include "stores/ReportStore.h"
#include "stores/Workspace.h"
#include "venues/VenuesPage.h"
#include "workflows/DemoDatabase.h"
#include <QFile>
#include <QTabWidget>

#include <cstdio>
#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>

namespace {
bool save(QWidget &widget, const QString &path)
{
    QApplication::processEvents();
    const bool ok = widget.grab().save(path);
    std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "wrote" : "could not write", qPrintable(path));
    return ok;
}
/// The id of the report about the event titled `eventTitle`, 0 when there is none.
qint64 reportAbout(offkai::Workspace &workspace, const QString &eventTitle)
{
    const auto rows = workspace.reports().list();
    if (!rows)
        return 0;
    for (const offkai::ReportListRow &row : *rows) {
        if (row.eventTitle == eventTitle)
            return row.id;
    }
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    if (argc < 3) {
        std::fprintf(stderr, "usage: offkai_screenshots OUTPUT_DIR en|ja [WIDTHxHEIGHT]\n");
        return 2;
    }
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Offkai"));
    QCoreApplication::setApplicationName(QStringLiteral("Offkai"));
    const QString out = QString::fromLocal8Bit(argv[1]);
    const QString lang = QString::fromLocal8Bit(argv[2]);
    QDir().mkpath(out);
    QSize size(1366, 768);
    if (argc > 3) {
        const QStringList parts = QString::fromLocal8Bit(argv[3]).split(QLatin1Char('x'));
        if (parts.size() == 2 && parts.at(0).toInt() > 0 && parts.at(1).toInt() > 0)
            size = QSize(parts.at(0).toInt(), parts.at(1).toInt());
    }
    offkai::LanguageSetup::install(app, lang);

    bool ok = true;
    {
        offkai::MainWindow window;
        window.resize(size);
        window.show();
        ok &= save(window, out + QStringLiteral("/welcome-") + lang + QStringLiteral(".png"));
        if (!window.openDemo())
            return 1;
        if (auto *dashboard = window.page<offkai::DashboardPage>()) {
            window.showPage(window.pageIndex(dashboard));
            dashboard->periodBar()->setPreset(offkai::PeriodBar::Last12Months);
            dashboard->refresh();
            ok &= save(window, out + QStringLiteral("/dashboard-") + lang + QStringLiteral(".png"));
            // The same page in a dark palette: the charts follow it.
            const QPalette light = QApplication::palette();
            QApplication::setPalette(offkai::AppTheme::darkPalette());
            dashboard->refresh();
            ok &= save(window, out + QStringLiteral("/dashboard-dark-") + lang + QStringLiteral(".png"));
            QApplication::setPalette(light);
            dashboard->refresh();
        }
        auto *members = window.page<offkai::MembersPage>();
        auto *venues = window.page<offkai::VenuesPage>();
        if (!members || !venues)
            return 1;
        window.showPage(window.pageIndex(members));
        members->view()->selectRow(2);
        ok &= save(window, out + QStringLiteral("/members-") + lang + QStringLiteral(".png"));
        members->showApplicants();
        ok &= save(window, out + QStringLiteral("/members-applicants-") + lang + QStringLiteral(".png"));
        if (auto *tabs = members->editor()->findChild<QTabWidget *>(QStringLiteral("tabs"))) {
            members->view()->selectRow(0);
            tabs->setCurrentIndex(2);
            ok &= save(window, out + QStringLiteral("/members-membership-") + lang + QStringLiteral(".png"));
            tabs->setCurrentIndex(0);
        }
        {
            offkai::DuplicatesDialog duplicates(*window.workspace(), *window.undoStack(), &window);
            duplicates.show();
            ok &= save(duplicates, out + QStringLiteral("/duplicates-") + lang + QStringLiteral(".png"));
        }
        const QString fixture = qEnvironmentVariable("OFFKAI_TEST_DATA", QStringLiteral("tests/data")) +
                                QStringLiteral("/csv/members-ja-utf8.csv");
        if (QFile::exists(fixture)) {
            offkai::MemberImportWizard wizard(*window.workspace(), &window);
            wizard.resize(900, 640);
            wizard.show();
            if (wizard.loadFile(fixture)) {
                for (int page = 0; page < 4; ++page) { // file, format, mapping, options
                    ok &= save(wizard, out + QStringLiteral("/import-%1-").arg(page + 1) + lang +
                                           QStringLiteral(".png"));
                    wizard.next();
                }
            }
        }
        window.showPage(window.pageIndex(venues));
        venues->selectVenue(3);
        ok &= save(window, out + QStringLiteral("/venues-") + lang + QStringLiteral(".png"));
        venues->selectVenue(1);
        venues->searchField()->setText(QStringLiteral("銀座"));
        ok &= save(window, out + QStringLiteral("/venues-search-") + lang + QStringLiteral(".png"));
        if (auto *calendar = window.page<offkai::CalendarPage>()) {
            window.showPage(window.pageIndex(calendar));
            calendar->showAgenda(false);
            // The month of the demo's upcoming meetups, with the next one selected.
            auto upcoming =
                window.workspace()->events().between(QDate::currentDate(), QDate::currentDate().addDays(40));
            const QDate soon =
                upcoming && !upcoming->isEmpty() ? upcoming->constFirst().firstDay() : QDate::currentDate();
            calendar->showMonth(soon.year(), soon.month());
            if (upcoming && !upcoming->isEmpty())
                calendar->selectEvent(upcoming->constFirst().id);
            ok &= save(window, out + QStringLiteral("/calendar-") + lang + QStringLiteral(".png"));
            // August 2013: the 2nd meetup at the Ginza wine bar; September 2013: the tentative ones.
            for (const QDate &month : {QDate(2013, 8, 29), QDate(2013, 9, 23)}) {
                calendar->showMonth(month.year(), month.month());
                auto there = window.workspace()->events().between(month, month);
                if (there && !there->isEmpty())
                    calendar->selectEvent(there->constLast().id);
                ok &= save(
                    window,
                    out + QStringLiteral("/calendar-%1-").arg(month.toString(QStringLiteral("yyyy-MM"))) +
                        lang + QStringLiteral(".png"));
            }
            // Next January: New Year's Day and Coming of Age Day, the planned talk with its speaker, lunch
            // and mokumoku on the 3rd Thursday.
            {
                const QDate january(QDate::currentDate().year() + 1, 1, 1);
                calendar->showMonth(january.year(), january.month());
                calendar->selectEvent(0);
                ok &= save(window, out + QStringLiteral("/calendar-series-") + lang + QStringLiteral(".png"));
            }
            calendar->showAgenda(true);
            calendar->setAgendaFilter(offkai::AgendaModel::Filter::All);
            calendar->agendaView()->selectRow(1);
            ok &= save(window, out + QStringLiteral("/agenda-") + lang + QStringLiteral(".png"));
            calendar->setAgendaFilter(offkai::AgendaModel::Filter::Upcoming);
            calendar->showAgenda(false);
            if (auto second = window.workspace()->events().between(QDate(2013, 8, 29), QDate(2013, 8, 29));
                second && !second->isEmpty()) {
                offkai::EventEditorDialog editor(*window.workspace(), &window);
                editor.setEvent(*window.workspace()->events().get(second->constFirst().id));
                editor.show();
                ok &= save(editor, out + QStringLiteral("/event-editor-") + lang + QStringLiteral(".png"));
            }
            // The 2nd meetup's connpass list, from the demo's folder: the preview, then the review step.
            if (auto second = window.workspace()->events().between(QDate(2013, 8, 29), QDate(2013, 8, 29));
                second && !second->isEmpty()) {
                const QString folder = QFileInfo(window.workspace()->database().path()).absolutePath();
                offkai::ParticipantImportDialog import(*window.workspace(), second->constFirst().id,
                                                       window.undoStack(), &window);
                import.resize(1100, 620);
                import.setFile(offkai::DemoDatabase::participantFiles(folder).constFirst());
                import.show();
                ok &= save(import,
                           out + QStringLiteral("/participant-import-") + lang + QStringLiteral(".png"));
                import.showReview();
                ok &= save(import, out + QStringLiteral("/participant-import-review-") + lang +
                                       QStringLiteral(".png"));
            }
            // The series editor (its repeat picker), the speaker pipeline and its dialogs.
            offkai::saveSeriesScreenshots(*window.workspace(), out, lang);
            {
                offkai::EventTypesDialog types(window.workspace()->events(), &window);
                types.show();
                ok &= save(types, out + QStringLiteral("/event-types-") + lang + QStringLiteral(".png"));
            }
        }
        if (auto *reports = window.page<offkai::ReportsPage>()) {
            window.showPage(window.pageIndex(reports));
            if (auto rows = window.workspace()->reports().list(); rows && !rows->isEmpty()) {
                qint64 latest = rows->constFirst().id;
                for (const auto &row : std::as_const(*rows))
                    latest = std::max(latest, row.id);
                reports->selectReport(latest);
                QApplication::processEvents();
                ok &= save(window, out + QStringLiteral("/reports-") + lang + QStringLiteral(".png"));
                // The report editor and the export dialog at 1366×768, the smallest screen they must fit:
                // the 2nd meetup's report, its generated blocks shown as labelled regions.
                if (const qint64 second = reportAbout(*window.workspace(), QStringLiteral("第2回オフ会"))) {
                    const QSize size = window.size();
                    window.resize(1366, 768);
                    reports->selectReport(second);
                    QApplication::processEvents();
                    ok &=
                        save(window, out + QStringLiteral("/report-editor-") + lang + QStringLiteral(".png"));
                    offkai::ReportExportDialog exporter(window.workspace()->reports(), second, &window);
                    exporter.show();
                    ok &= save(exporter,
                               out + QStringLiteral("/report-export-") + lang + QStringLiteral(".png"));
                    window.resize(size);
                    reports->selectReport(latest);
                }
                offkai::PublishDialog publish(*window.workspace(), latest, &window);
                publish.show();
                ok &= save(publish, out + QStringLiteral("/publish-") + lang + QStringLiteral(".png"));
            }
            {
                offkai::NewReportDialog dialog(*window.workspace(), 0, &window);
                dialog.show();
                ok &= save(dialog, out + QStringLiteral("/new-report-") + lang + QStringLiteral(".png"));
            }
            {
                offkai::BlogAccountsDialog accounts(*window.workspace(), &window);
                accounts.show();
                ok &= save(accounts, out + QStringLiteral("/blog-accounts-") + lang + QStringLiteral(".png"));
            }
        }
        {
            offkai::PreferencesDialog preferences(*window.workspace(), &window);
            preferences.show();
            ok &= save(preferences, out + QStringLiteral("/preferences-") + lang + QStringLiteral(".png"));
        }
        offkai::AboutDialog about(&window);
        about.show();
        ok &= save(about, out + QStringLiteral("/about-") + lang + QStringLiteral(".png"));
        window.showHelp();
        if (auto *help = window.findChild<offkai::HelpWindow *>()) {
            ok &= save(*help, out + QStringLiteral("/help-") + lang + QStringLiteral(".png"));
            help->close();
        }
    }
    return ok ? 0 : 1;
}
