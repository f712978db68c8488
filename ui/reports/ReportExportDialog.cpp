#include "ReportExportDialog.h"

#include "reports/ReportExporter.h"
#include "stores/ReportStore.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

namespace offkai {

namespace {
const QString kFolderKey = QStringLiteral("reports/exportFolder");
const QString kFrontMatterKey = QStringLiteral("reports/frontMatter");
} // namespace

ReportExportDialog::ReportExportDialog(ReportStore &store, qint64 reportId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_reportId(reportId)
    , m_folder(new QLineEdit(this))
    , m_frontMatter(
          new QCheckBox(tr("Add YAML &front matter (title, date, tags, draft) for Hugo and Jekyll"), this))
{
    setWindowTitle(tr("Export Report as Markdown"));
    const QSettings settings;
    m_folder->setText(
        settings.value(kFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString());
    m_folder->setAccessibleName(tr("Folder"));
    m_frontMatter->setChecked(settings.value(kFrontMatterKey, false).toBool());
    auto *browse = new QPushButton(tr("&Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Export to Folder"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(dir));
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_folder, 1);
    row->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Folder:"), row);
    form->addRow(QString(), m_frontMatter);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void ReportExportDialog::accept()
{
    auto report = m_store.get(m_reportId);
    auto photos = report ? m_store.photos(m_reportId) : Result<QList<ReportPhoto>>(report.error());
    Result<QString> written =
        photos ? ReportExporter::exportTo(*report, *photos,
                                          QDir::fromNativeSeparators(m_folder->text().trimmed()),
                                          ReportExportOptions{m_frontMatter->isChecked()})
               : Result<QString>(photos.error());
    if (!written) {
        QMessageBox box(QMessageBox::Warning, windowTitle(), written.error().message(), QMessageBox::Ok,
                        this);
        if (!written.error().detail().isEmpty())
            box.setDetailedText(written.error().detail());
        box.exec();
        return;
    }
    m_exported = *written;
    QSettings settings;
    settings.setValue(kFolderKey, m_folder->text().trimmed());
    settings.setValue(kFrontMatterKey, m_frontMatter->isChecked());
    QDialog::accept();
}

} // namespace offkai
