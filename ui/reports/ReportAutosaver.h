#pragma once

#include "core/Error.h"

#include <functional>
#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace offkai {

class ReportStore;

/// Saves a report's title and text while the author types: 1.5 s after the last keystroke, and at least
/// every 5 s during continuous typing, so a crash or a kill loses at most a few seconds. A failed save
/// (a full disk) is reported and retried; the text stays in the editor. Each save goes over the version of
/// the report the editor works from: when somebody else changed the report since, the conflict handler
/// (the editor's conflict dialog) decides, and nothing is retried until the text changes again.
class ReportAutosaver : public QObject
{
    Q_OBJECT
public:
    explicit ReportAutosaver(ReportStore &store, QObject *parent = nullptr);

    static constexpr int kIdleMs = 1500;
    static constexpr int kMaxDelayMs = 5000;

    /// Starts following report `id` (0 for none) at `version`; flushes the previous one first.
    bool attach(qint64 id, const QString &title, const QString &body, qint64 version = 0);
    /// What is stored now, written by the editor itself (after a conflict): nothing is pending.
    void synced(const QString &title, const QString &body, qint64 version);
    /// Called when a save meets a change made elsewhere (Error::Code::Conflict): true when it resolved it
    /// and saved (calling synced()), false to keep the text pending.
    void setConflictHandler(std::function<bool()> handler) { m_onConflict = std::move(handler); }
    const QString &title() const { return m_title; }
    const QString &body() const { return m_body; }
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
    qint64 m_version = 0;
    std::function<bool()> m_onConflict;
    QString m_title;
    QString m_body;
    bool m_dirty = false;
    QDateTime m_lastSaved;
};

} // namespace offkai
