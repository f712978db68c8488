#pragma once

#include <QDateTime>
#include <QDialog>
#include <QTimeZone>

class QCheckBox;
class QDateEdit;
class QTimeEdit;

namespace offkai {

/// Moves one occurrence of a series to another day or time ("only this occurrence"): its start, and its
/// end or an open end.
class MoveOccurrenceDialog : public QDialog
{
    Q_OBJECT
public:
    MoveOccurrenceDialog(const QString &title, const QDateTime &start, const QDateTime &end,
                         QWidget *parent = nullptr);

    QDateTime start() const;
    /// Invalid for an open end.
    QDateTime end() const;

private:
    QTimeZone m_zone;
    QDateEdit *m_date = nullptr;
    QTimeEdit *m_from = nullptr;
    QTimeEdit *m_to = nullptr;
    QCheckBox *m_openEnd = nullptr;
};

} // namespace offkai
