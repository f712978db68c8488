#pragma once

#include <QScrollArea>

class QLabel;

namespace offkai {

class Workspace;

/// What the calendar shows about the selected event: when, where, who hosts, how full, the fee and
/// the description. Read-only; the editor changes it.
class EventSummaryView : public QScrollArea
{
    Q_OBJECT
public:
    explicit EventSummaryView(Workspace &workspace, QWidget *parent = nullptr);

    /// Shows event `id` (0: a hint on how to add one).
    void setEvent(qint64 id);
    qint64 eventId() const { return m_eventId; }
    /// Reads the event again.
    void refresh();
    /// For a viewer: the hint without an event says nothing of adding one.
    void setReadOnly(bool readOnly);
    /// The text shown, without markup (for tests and accessibility).
    QString plainText() const;

private:
    Workspace &m_workspace;
    qint64 m_eventId = 0;
    bool m_readOnly = false;
    QLabel *m_label = nullptr;
};

} // namespace offkai
