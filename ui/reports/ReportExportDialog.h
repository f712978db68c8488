#pragma once

#include "records/Report.h"
#include "reports/ReportExportLayout.h"

#include <functional>
#include <QDate>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QUrl;

namespace offkai {

class ReportStore;

/// Exports a report for a static site or publishing tool: a preset (plain Markdown with images/ beside it,
/// optionally with YAML front matter; a Hugo page bundle; Jekyll; Zenn; Qiita CLI), the folder (the
/// site's or repository's root) and, except for plain Markdown, the slug. It shows the files that will be
/// written and what the target will refuse, and asks before replacing files already there. The folder,
/// the preset, the front matter choice and whether to open the folder afterwards are remembered; the slug
/// starts as ReportExportPreset::suggestedSlug() for the preset, and for plain Markdown as
/// ReportExportPreset::markdownSlug(), the file being "<meetup's day>-<slug>.md".
class ReportExportDialog : public QDialog
{
    Q_OBJECT
public:
    ReportExportDialog(ReportStore &store, qint64 reportId, QWidget *parent = nullptr);

    QComboBox *presetBox() const { return m_preset; }
    QLineEdit *folderEdit() const { return m_folder; }
    QCheckBox *frontMatterBox() const { return m_frontMatter; }
    QLineEdit *slugEdit() const { return m_slug; }
    QCheckBox *openFolderBox() const { return m_openFolder; }
    /// What opens the folder after an export (QDesktopServices::openUrl unless set); false when it could
    /// not.
    void setFolderOpener(std::function<bool(const QUrl &)> opener) { m_folderOpener = std::move(opener); }
    /// The files that will be written, relative to the folder, one a line; then the warnings.
    QPlainTextEdit *pathsView() const { return m_paths; }
    /// The Markdown file written, after a successful export.
    QString exportedPath() const { return m_exported; }

    void accept() override;

private:
    ReportExportPreset::Kind preset() const;
    ReportExportOptions options() const;
    /// Reads the report and its photos as stored now, for the list of files and for exporting.
    void load();
    /// The plan for the report as last loaded and the dialog's choices.
    Result<ReportExportPlan> plan() const;
    void presetChanged();
    void showPlan();
    /// True when none of the plan's files exists under the folder, or the user agrees to replace them.
    bool mayReplace(const ReportExportPlan &plan);
    void showError(const Error &error);

    ReportStore &m_store;
    qint64 m_reportId;
    QComboBox *m_preset;
    QLineEdit *m_folder;
    QCheckBox *m_frontMatter;
    QLineEdit *m_slug;
    QPlainTextEdit *m_paths;
    QCheckBox *m_openFolder;
    std::function<bool(const QUrl &)> m_folderOpener;
    /// What load() read: the report, or why it could not; its photos; the day of its meetup; the day it
    /// was first published (invalid while it never was).
    Result<Report> m_report;
    QList<ReportPhoto> m_photos;
    QDate m_eventDay;
    QDate m_publishedOn;
    /// The user typed a slug: changing the preset keeps it.
    bool m_slugEdited = false;
    QString m_exported;
};

} // namespace offkai
