#include "ReportExporter.h"

#include "exchange/MarkdownHtml.h"
#include "ReportFrontMatter.h"
#include "YamlWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace offkai {

namespace {

/// Writes `data` to `path` through QSaveFile: the old file, if any, stays until the new one is complete.
Result<void> writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        file.cancelWriting();
        return Error(Error::Code::Io,
                     ReportExporter::tr("Could not write “%1”.").arg(QDir::toNativeSeparators(path)),
                     file.errorString());
    }
    return {};
}

/// What one export created, so that a failure can take it back.
class Undo
{
public:
    /// Makes `path` and the folders above it that are missing, noting them.
    bool makeFolder(const QString &path)
    {
        QStringList missing;
        for (QString p = QDir::cleanPath(path); !QFileInfo::exists(p); p = QFileInfo(p).path()) {
            missing.prepend(p);
            if (QFileInfo(p).path() == p)
                break;
        }
        for (const QString &folder : std::as_const(missing)) {
            if (!QDir().mkdir(folder))
                return QFileInfo(folder).isDir();
            m_folders.prepend(folder);
        }
        return true;
    }
    void noteFile(const QString &path) { m_files.append(path); }
    void rollBack() const
    {
        for (const QString &path : m_files)
            QFile::remove(path);
        for (const QString &folder : m_folders) // deepest first
            QDir().rmdir(folder);
    }

private:
    QStringList m_files;
    QStringList m_folders;
};

} // namespace

QString ReportExporter::fileBaseName(const Report &report)
{
    return ReportExportPreset::defaultSlug(report);
}

QString ReportExporter::yamlQuoted(const QString &text)
{
    return YamlWriter::quoted(text);
}

QString ReportExporter::frontMatter(const Report &report)
{
    return ReportFrontMatter::markdown(report);
}

QString ReportExporter::markdownFor(const Report &report)
{
    return ReportExportLayout::markdownWithHeading(report);
}

QString ReportExporter::htmlFor(const Report &report)
{
    return MarkdownHtml::toHtml(markdownFor(report));
}

Result<QString> ReportExporter::exportTo(const Report &report, const QList<ReportPhoto> &photos,
                                         const QString &dir, const ReportExportOptions &options)
{
    auto plan = ReportExportLayout::plan(report, photos, options);
    if (!plan)
        return plan.error();
    return write(*plan, dir);
}

Result<QString> ReportExporter::write(const ReportExportPlan &plan, const QString &dir)
{
    const QDir root(dir);
    if (!QDir().mkpath(root.absolutePath()))
        return Error(
            Error::Code::Io,
            tr("Could not create the folder “%1”.").arg(QDir::toNativeSeparators(root.absolutePath())));

    Undo undo;
    for (const ReportExportFile &file : plan.files) {
        const QString path = root.absoluteFilePath(file.path);
        const QString folder = QFileInfo(path).absolutePath();
        if (!undo.makeFolder(folder)) {
            undo.rollBack();
            return Error(Error::Code::Io,
                         tr("Could not create the folder “%1”.").arg(QDir::toNativeSeparators(folder)));
        }
        const bool existed = QFileInfo::exists(path);
        if (auto written = writeFile(path, file.data); !written) {
            undo.rollBack();
            return written.error();
        }
        if (!existed)
            undo.noteFile(path);
    }
    return root.absoluteFilePath(plan.markdownPath);
}

} // namespace offkai
