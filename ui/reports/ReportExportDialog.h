#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace offkai {

class ReportStore;

/// Exports a report as a Markdown file with its photos in images/ beside it, optionally with YAML front
/// matter for Hugo and Jekyll. The folder and the choice are remembered.
class ReportExportDialog : public QDialog
{
    Q_OBJECT
public:
    ReportExportDialog(ReportStore &store, qint64 reportId, QWidget *parent = nullptr);

    QLineEdit *folderEdit() const { return m_folder; }
    QCheckBox *frontMatterBox() const { return m_frontMatter; }
    /// The Markdown file written, after a successful export.
    QString exportedPath() const { return m_exported; }

    void accept() override;

private:
    ReportStore &m_store;
    qint64 m_reportId;
    QLineEdit *m_folder;
    QCheckBox *m_frontMatter;
    QString m_exported;
};

} // namespace offkai
