#pragma once

#include "core/Error.h"

#include <QWidget>

class QListWidget;
class QPushButton;

namespace offkai {

class ReportStore;

/// The photos attached to a report, as thumbnails: add from files, edit a caption (double-click),
/// insert a link into the text, remove.
class ReportPhotoStrip : public QWidget
{
    Q_OBJECT
public:
    /// Larger files are refused: blogs reject them and they bloat the database.
    static constexpr qint64 kMaxPhotoBytes = 20 * 1024 * 1024;

    explicit ReportPhotoStrip(ReportStore &store, QWidget *parent = nullptr);

    void setReport(qint64 reportId);
    /// Attaches image files; returns the stored file names. Unreadable or non-image files are reported.
    QStringList addFiles(const QStringList &paths);
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    /// The author asked to place a photo in the text.
    void insertRequested(const QString &markdown);
    void errorOccurred(const offkai::Error &error);

private:
    void reload();
    void chooseFiles();
    void editCaption();
    void insertSelected();
    void removeSelected();
    void updateButtons();

    ReportStore &m_store;
    qint64 m_reportId = 0;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_insert;
    QPushButton *m_remove;
};

} // namespace offkai
