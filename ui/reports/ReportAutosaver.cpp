#include "ReportAutosaver.h"

#include "stores/ReportStore.h"

namespace offkai {

ReportAutosaver::ReportAutosaver(ReportStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(kIdleMs);
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(kMaxDelayMs);
    connect(&m_idle, &QTimer::timeout, this, &ReportAutosaver::flush);
    connect(&m_deadline, &QTimer::timeout, this, &ReportAutosaver::flush);
}

bool ReportAutosaver::attach(qint64 id, const QString &title, const QString &body, qint64 version)
{
    const bool flushed = flush();
    m_id = id;
    m_version = version;
    m_title = title;
    m_body = body;
    m_dirty = false;
    return flushed;
}

void ReportAutosaver::changed(const QString &title, const QString &body)
{
    if (m_id == 0)
        return;
    m_title = title;
    m_body = body;
    m_dirty = true;
    m_idle.start();
    if (!m_deadline.isActive())
        m_deadline.start();
}

void ReportAutosaver::synced(const QString &title, const QString &body, qint64 version)
{
    m_idle.stop();
    m_deadline.stop();
    m_title = title;
    m_body = body;
    m_version = version;
    m_dirty = false;
    m_lastSaved = QDateTime::currentDateTime();
    Q_EMIT saved(m_lastSaved);
}

bool ReportAutosaver::flush()
{
    m_idle.stop();
    m_deadline.stop();
    if (!m_dirty || m_id == 0)
        return true;
    auto written = m_store.saveText(m_id, m_title, m_body, m_version);
    if (!written && written.error().code() == Error::Code::Conflict) {
        // Not retried by itself: the handler asks, and a "keep editing" waits for the next change.
        if (m_onConflict && m_onConflict())
            return true;
        Q_EMIT saveFailed(written.error());
        return false;
    }
    if (!written) {
        // Keep the changes pending and try again shortly; the editor still holds every character.
        m_idle.start();
        Q_EMIT saveFailed(written.error());
        return false;
    }
    m_dirty = false;
    m_lastSaved = QDateTime::currentDateTime();
    Q_EMIT saved(m_lastSaved);
    return true;
}

} // namespace offkai
