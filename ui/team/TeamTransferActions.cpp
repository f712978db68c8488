#include "TeamTransferActions.h"

#include "ConnectTeamDialog.h"
#include "shell/DatabaseFileActions.h"
#include "storage/Database.h"
#include "workflows/TeamTransfer.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>

namespace offkai {

namespace {
/// A progress dialog fed by TeamTransfer's callback; Cancel stops the copy, which then changes nothing.
class CopyProgress
{
public:
    CopyProgress(QWidget *parent, const QString &label)
        : m_dialog(label, QCoreApplication::translate("offkai::TeamTransferActions", "Stop"), 0, 1000, parent)
    {
        m_dialog.setWindowModality(Qt::WindowModal);
        m_dialog.setMinimumDuration(300);
    }
    TeamTransfer::Progress callback()
    {
        return [this](qint64 done, qint64 total) {
            m_dialog.setValue(total > 0 ? int(done * 1000 / total) : 0);
            QCoreApplication::processEvents();
            return !m_dialog.wasCanceled();
        };
    }
    ~CopyProgress() { m_dialog.reset(); }

private:
    QProgressDialog m_dialog;
};

QString summaryText(const TeamTransfer::Summary &summary)
{
    const QLocale locale;
    return TeamTransferActions::tr("%1 members, %2 events and %3 reports (%4 rows in all) were copied and "
                                   "counted.")
        .arg(locale.toString(summary.rows(QStringLiteral("members"))),
             locale.toString(summary.rows(QStringLiteral("events"))),
             locale.toString(summary.rows(QStringLiteral("reports"))), locale.toString(summary.totalRows()));
}
} // namespace

TeamTransferActions::TeamTransferActions(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_pushAction(new QAction(tr("Cop&y to a Team Database…"), this))
    , m_pullAction(new QAction(tr("Save Team Database as &File…"), this))
{
    m_pushAction->setObjectName(QStringLiteral("teamPushAction"));
    m_pushAction->setStatusTip(tr("Copy this community into an empty team database on a PostgreSQL server"));
    m_pullAction->setObjectName(QStringLiteral("teamPullAction"));
    m_pullAction->setStatusTip(tr("Keep a copy of the team database in a file, for reading offline or as a "
                                  "backup"));
    connect(m_pushAction, &QAction::triggered, this, &TeamTransferActions::push);
    connect(m_pullAction, &QAction::triggered, this, &TeamTransferActions::pull);
    databaseChanged(nullptr);
}

void TeamTransferActions::databaseChanged(Database *database)
{
    m_database = database;
    m_pushAction->setEnabled(database && !database->isServer());
    m_pullAction->setEnabled(database && database->isServer());
}

void TeamTransferActions::push()
{
    if (!m_database || m_database->isServer())
        return;
    ConnectTeamDialog dialog(m_window);
    dialog.setWindowTitle(tr("Copy to a Team Database"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const std::unique_ptr<Database> team = dialog.takeDatabase();
    Result<TeamTransfer::Summary> copied = [&] {
        CopyProgress progress(m_window, tr("Copying the community to %1…").arg(team->path()));
        return TeamTransfer::push(*m_database, *team, progress.callback());
    }();
    if (!copied) {
        QMessageBox::warning(m_window, tr("Copy to a Team Database"), copied.error().message());
        return;
    }
    QMessageBox::information(m_window, tr("Copy to a Team Database"),
                             summaryText(*copied) + QLatin1Char(' ') +
                                 tr("Open it with File › Connect to Team Database…; everyone on the team can "
                                    "now work on it."));
}

void TeamTransferActions::pull()
{
    if (!m_database || !m_database->isServer())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Save Team Database as File"),
        folder + QLatin1Char('/') + m_database->server().database() + QStringLiteral(".sqlite"),
        DatabaseFileActions::fileFilter());
    if (path.isEmpty())
        return;
    Result<TeamTransfer::Summary> copied = [&] {
        CopyProgress progress(m_window,
                              tr("Saving the team database to %1…").arg(QDir::toNativeSeparators(path)));
        return TeamTransfer::pull(m_database->connection(), path, progress.callback());
    }();
    if (!copied) {
        QMessageBox::warning(m_window, tr("Save Team Database as File"), copied.error().message());
        return;
    }
    QMessageBox::information(m_window, tr("Save Team Database as File"),
                             summaryText(*copied) + QLatin1Char(' ') +
                                 tr("The file “%1” is yours; changes to it stay on this computer.")
                                     .arg(QDir::toNativeSeparators(path)));
}

} // namespace offkai
