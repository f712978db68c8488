#include "ReportExportDialog.h"

#include "reports/ReportExporter.h"
#include "stores/ReportStore.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

namespace offkai {

namespace {
const QString kFolderKey = QStringLiteral("reports/exportFolder");
const QString kFrontMatterKey = QStringLiteral("reports/frontMatter");
const QString kPresetKey = QStringLiteral("reports/exportPreset");
const QString kOpenFolderKey = QStringLiteral("reports/openFolderAfterExport");
/// Existing files named in the question itself; the rest are in its details.
constexpr int kNamedFiles = 5;
} // namespace

ReportExportDialog::ReportExportDialog(ReportStore &store, qint64 reportId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_reportId(reportId)
    , m_preset(new QComboBox(this))
    , m_folder(new QLineEdit(this))
    , m_frontMatter(new QCheckBox(
          tr("Add YAML front &matter (title, date, event date, tags, draft) for Hugo and Jekyll"), this))
    , m_slug(new QLineEdit(this))
    , m_paths(new QPlainTextEdit(this))
    , m_openFolder(new QCheckBox(tr("&Open the folder after exporting"), this))
    , m_folderOpener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_report(Error(Error::Code::NotFound, QString()))
{
    setWindowTitle(tr("Export Report as Markdown"));
    load();
    const QSettings settings;
    for (const ReportExportPreset::Kind kind : ReportExportPreset::all())
        m_preset->addItem(ReportExportPreset::label(kind), ReportExportPreset::key(kind));
    m_preset->setAccessibleName(tr("Preset"));
    const int remembered = m_preset->findData(settings.value(kPresetKey).toString());
    m_preset->setCurrentIndex(remembered >= 0 ? remembered : 0);
    m_folder->setText(
        settings.value(kFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString());
    m_folder->setAccessibleName(tr("Folder"));
    m_frontMatter->setChecked(settings.value(kFrontMatterKey, false).toBool());
    m_openFolder->setChecked(settings.value(kOpenFolderKey, false).toBool());
    m_slug->setAccessibleName(tr("Slug"));
    m_slug->setToolTip(tr("Names the post in its address and its file: lowercase letters a–z, digits, “-” "
                          "and “_”."));
    m_paths->setReadOnly(true);
    m_paths->setAccessibleName(tr("Files to write"));
    m_paths->setLineWrapMode(QPlainTextEdit::WidgetWidth); // warnings are sentences
    m_paths->setMinimumHeight(fontMetrics().lineSpacing() * 7);

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
    form->addRow(tr("&Preset:"), m_preset);
    // A label of its own: a row that is a layout gets no buddy, and the mnemonic would show as "(&F)".
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, row);
    form->addRow(QString(), m_frontMatter);
    form->addRow(tr("&Slug:"), m_slug);
    form->addRow(tr("Files:"), m_paths);
    form->addRow(QString(), m_openFolder);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &ReportExportDialog::presetChanged);
    connect(m_frontMatter, &QCheckBox::toggled, this, &ReportExportDialog::showPlan);
    connect(m_slug, &QLineEdit::textEdited, this, [this] {
        m_slugEdited = true;
        showPlan();
    });
    presetChanged();
    resize(640, sizeHint().height());
}

ReportExportPreset::Kind ReportExportDialog::preset() const
{
    return ReportExportPreset::fromKey(m_preset->currentData().toString())
        .value_or(ReportExportPreset::Kind::Markdown);
}

ReportExportOptions ReportExportDialog::options() const
{
    ReportExportOptions chosen;
    chosen.preset = preset();
    const bool markdown = chosen.preset == ReportExportPreset::Kind::Markdown;
    chosen.frontMatter = markdown && m_frontMatter->isChecked();
    chosen.slug = m_slug->text().trimmed();
    // The Markdown file is always named "<day>-<slug>.md" here: an emptied slug is the suggested one.
    if (markdown && chosen.slug.isEmpty() && m_report)
        chosen.slug = ReportExportPreset::markdownSlug(*m_report);
    chosen.eventDay = m_eventDay;
    chosen.publishedOn = m_publishedOn;
    return chosen;
}

void ReportExportDialog::load()
{
    m_report = m_store.get(m_reportId);
    auto photos = m_report ? m_store.photos(m_reportId) : Result<QList<ReportPhoto>>(m_report.error());
    if (!photos)
        m_report = photos.error();
    m_photos = photos ? *photos : QList<ReportPhoto>();
    if (const auto rows = m_store.list(m_reportId); rows && !rows->isEmpty())
        m_eventDay = rows->constFirst().eventStart.date();
    // The front matter's date: the day it first went out as a post, not as a draft.
    const auto published = m_store.firstPublishedOn(m_reportId);
    m_publishedOn = published ? *published : QDate();
}

Result<ReportExportPlan> ReportExportDialog::plan() const
{
    if (!m_report)
        return m_report.error();
    return ReportExportLayout::plan(*m_report, m_photos, options());
}

void ReportExportDialog::presetChanged()
{
    const bool markdown = preset() == ReportExportPreset::Kind::Markdown;
    m_frontMatter->setEnabled(markdown);
    if (!m_slugEdited) {
        auto report = m_store.get(m_reportId);
        m_slug->setText(!report    ? QString()
                        : markdown ? ReportExportPreset::markdownSlug(*report)
                                   : ReportExportPreset::suggestedSlug(*report, preset(), m_eventDay));
    }
    showPlan();
}

void ReportExportDialog::showPlan()
{
    const auto planned = plan();
    if (!planned) {
        m_paths->setPlainText(planned.error().message());
        return;
    }
    QStringList lines = planned->paths();
    if (!planned->warnings.isEmpty())
        lines << QString() << planned->warnings;
    m_paths->setPlainText(lines.join(QLatin1Char('\n')));
}

bool ReportExportDialog::mayReplace(const ReportExportPlan &plan)
{
    const QDir root(QDir::fromNativeSeparators(m_folder->text().trimmed()));
    QStringList existing;
    for (const QString &path : plan.paths()) {
        if (QFileInfo::exists(root.absoluteFilePath(path)))
            existing.append(QDir::toNativeSeparators(path));
    }
    if (existing.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Question, windowTitle(),
                    tr("%n file(s) of this export are already in the folder:\n%1\nReplace them?", nullptr,
                       int(existing.size()))
                        .arg(existing.mid(0, kNamedFiles).join(QLatin1Char('\n')) +
                             (existing.size() > kNamedFiles ? QStringLiteral("\n…") : QString())),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setDefaultButton(QMessageBox::No);
    box.button(QMessageBox::Yes)->setText(tr("Replace"));
    if (existing.size() > kNamedFiles)
        box.setDetailedText(existing.join(QLatin1Char('\n')));
    return box.exec() == QMessageBox::Yes;
}

void ReportExportDialog::showError(const Error &error)
{
    QMessageBox box(QMessageBox::Warning, windowTitle(), error.message(), QMessageBox::Ok, this);
    if (!error.detail().isEmpty())
        box.setDetailedText(error.detail());
    box.exec();
}

void ReportExportDialog::accept()
{
    load(); // what is stored now, should it have changed since the dialog opened
    const auto planned = plan();
    if (!planned) {
        showError(planned.error());
        return;
    }
    if (!mayReplace(*planned))
        return;
    const auto written =
        ReportExporter::write(*planned, QDir::fromNativeSeparators(m_folder->text().trimmed()));
    if (!written) {
        showError(written.error());
        return;
    }
    m_exported = *written;
    QSettings settings;
    settings.setValue(kFolderKey, m_folder->text().trimmed());
    settings.setValue(kFrontMatterKey, m_frontMatter->isChecked());
    settings.setValue(kPresetKey, ReportExportPreset::key(preset()));
    settings.setValue(kOpenFolderKey, m_openFolder->isChecked());
    // The folder the Markdown is in (a preset's own subfolder), as the file manager shows it.
    if (m_openFolder->isChecked() &&
        !m_folderOpener(QUrl::fromLocalFile(QFileInfo(m_exported).absolutePath())))
        showError(
            Error(Error::Code::Io, tr("The report was exported, but its folder could not be opened: %1")
                                       .arg(QDir::toNativeSeparators(QFileInfo(m_exported).absolutePath()))));
    QDialog::accept();
}

} // namespace offkai
