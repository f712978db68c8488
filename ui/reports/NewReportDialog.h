#pragma once

#include <QDialog>

class QComboBox;

namespace offkai {

class Workspace;

/// Asks which event a new report is about, who writes it and in which language its generated parts are.
class NewReportDialog : public QDialog
{
    Q_OBJECT
public:
    /// `eventId` preselects an event (0: the latest one that has taken place).
    NewReportDialog(Workspace &workspace, qint64 eventId = 0, QWidget *parent = nullptr);

    qint64 eventId() const;
    qint64 authorId() const;
    QString language() const;
    QComboBox *eventCombo() const { return m_event; }

private:
    void fillAuthors();

    Workspace &m_workspace;
    QComboBox *m_event;
    QComboBox *m_author;
    QComboBox *m_language;
};

} // namespace offkai
