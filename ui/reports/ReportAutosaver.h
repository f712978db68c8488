#pragma once

#include "core/Error.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace offkai {

class ReportStore;

/// Saves a report's title and text while the author types: 1.5 s after the last keystroke, and at least
/// every 5 s during continuous typing, so a crash or a kill loses at most a few seconds. A failed save
/// (a full disk) is reported and retried; the text stays in the editor.
class ReportAutosaver : public QObject
{
    Q_OBJECT
public:
    explicit ReportAutosaver(ReportStore &store, QObject *parent = nullptr);

    static constexpr int kIdleMs = 1500;
    static constexpr int kMaxDelayMs = 5000;

    /// Starts following report `id` (0 for none); flushes the previous one first.
    bool attach(qint64 id, const QString &title, const QString &body);
    qint64 reportId() const { return m_id; }
    /// Called on every change of title or text.
    void changed(const QString &title, const QString &body);
    /// Writes pending changes now. False when the write failed (the error was announced).
    bool flush();
    bool hasPendingChanges() const { return m_dirty; }
    QDateTime lastSaved() const { return m_lastSaved; }

Q_SIGNALS:
    void saved(const QDateTime &when);
    void saveFailed(const offkai::Error &error);

private:
    ReportStore &m_store;
    QTimer m_idle;
    QTimer m_deadline;
    qint64 m_id = 0;
    QString m_title;
    QString m_body;
    bool m_dirty = false;
    QDateTime m_lastSaved;
};

} // namespace offkai
