#pragma once

#include "core/Result.h"
#include "exchange/AnnouncementWriter.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QTabBar;

namespace offkai {

class Workspace;

/// Shows an event's announcement as Markdown or plain text, to copy into an SNS, LINE or Facebook group
/// or save to a file.
class AnnouncementDialog : public QDialog
{
    Q_OBJECT
public:
    AnnouncementDialog(Workspace &workspace, qint64 eventId, QWidget *parent = nullptr);

    AnnouncementWriter::Format format() const;
    void setFormat(AnnouncementWriter::Format format);
    /// The text shown now.
    QString text() const;
    /// Writes the text shown to `path` as UTF-8, atomically.
    Result<void> saveTo(const QString &path) const;

private:
    void refresh();
    void copy();
    void save();

    Workspace &m_workspace;
    qint64 m_eventId;
    std::optional<AnnouncementWriter::Input> m_input;
    QTabBar *m_tabs = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QCheckBox *m_includeLink = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace offkai
