#include "RestoreBackupDialog.h"
#include "Icons.h"

#include "storage/BackupRestore.h"
#include "storage/Backups.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace offkai {

namespace {
enum Column
{
    TakenColumn,
    KindColumn,
    SizeColumn,
};

QString takenText(const Backups::Copy &copy)
{
    return QLocale().toString(copy.taken.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

RestoreBackupDialog::RestoreBackupDialog(const QString &databasePath, std::function<void()> closeDatabase,
                                         std::function<bool()> reopenDatabase, QWidget *parent)
    : QDialog(parent)
    , m_path(databasePath)
    , m_close(std::move(closeDatabase))
    , m_reopen(std::move(reopenDatabase))
{
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setWindowTitle(tr("Restore from Backup"));

    auto *heading = new QLabel(
        tr("Choose the copy of “%1” to put in its place.").arg(QFileInfo(m_path).fileName()), this);
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setHeaderLabels({tr("Taken"), tr("Kind"), tr("Size")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(KindColumn, QHeaderView::Stretch);
    m_list->setAccessibleName(tr("Backups"));

    m_empty = new QLabel(tr("There are no backups of this database yet. Offkai takes one the first time it "
                            "opens a database each day."),
                         this);
    m_empty->setObjectName(QStringLiteral("noBackups"));
    m_empty->setWordWrap(true);

    auto *note = new QLabel(tr("The current file is kept aside first, in the backup folder “%1”, so you can "
                               "go back to it from this list. Offkai closes the database while it restores "
                               "and opens it again afterwards.")
                                .arg(QDir::toNativeSeparators(Backups(m_path).folder())),
                            this);
    note->setObjectName(QStringLiteral("restoreNote"));
    note->setTextFormat(Qt::PlainText);
    note->setWordWrap(true);
    note->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("restoreError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restoreButton = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));
    m_restoreButton->setIcon(Icons::get(QStringLiteral("edit-undo")));
    connect(buttons, &QDialogButtonBox::accepted, this, &RestoreBackupDialog::restore);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { m_restoreButton->setEnabled(current != nullptr); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    populate();
    resize(600, 400);
}

void RestoreBackupDialog::populate()
{
    m_list->clear();
    const QLocale locale;
    for (const Backups::Copy &copy : Backups(m_path).list()) {
        QString kind;
        switch (copy.kind) {
        case Backups::Kind::Daily:
            kind = tr("Daily copy");
            break;
        case Backups::Kind::BeforeMigration:
            kind = tr("Before the upgrade to schema %1").arg(copy.toVersion);
            break;
        case Backups::Kind::BeforeRestore:
            kind = tr("Before a restore");
            break;
        case Backups::Kind::BeforeImport:
            kind = tr("Before a member import");
            break;
        }
        auto *item = new QTreeWidgetItem(
            m_list, {takenText(copy), kind,
                     locale.formattedDataSize(copy.size, 1, QLocale::DataSizeTraditionalFormat)});
        item->setData(TakenColumn, Qt::UserRole, copy.name);
        item->setToolTip(TakenColumn, copy.name);
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
    }
    const bool any = m_list->topLevelItemCount() > 0;
    m_list->setVisible(any);
    m_empty->setVisible(!any);
    if (any)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_list->resizeColumnToContents(TakenColumn);
    m_list->resizeColumnToContents(SizeColumn);
    m_restoreButton->setEnabled(any);
}

void RestoreBackupDialog::restore()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString name = item->data(TakenColumn, Qt::UserRole).toString();
    const QString taken = item->text(TakenColumn);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_close();
    const auto restored = BackupRestore(m_path).restore(name);
    QApplication::restoreOverrideCursor();
    // Opened again whatever happened: after a refusal the file is as it was, and the user goes on with it.
    m_reopen();
    if (!restored) {
        m_error->setText(restored.error().message());
        m_error->setToolTip(restored.error().detail());
        m_error->show();
        populate();
        return;
    }
    m_outcome = tr("Restored the copy taken %1. The previous file was kept as “%2” in the backup folder.")
                    .arg(taken, QFileInfo(restored->keptAside).fileName());
    accept();
}

} // namespace offkai
