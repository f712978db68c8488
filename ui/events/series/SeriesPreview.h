#pragma once

#include "records/Series.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace offkai {

class SeriesStore;

/// What a series being edited will give: its rule in words (Recurrence::describe) and its next occurrences
/// (SeriesStore::expand, holiday-skipped ones included), each in the locale, those moved or skipped for a
/// public holiday marked with the holiday's name.
class SeriesPreview : public QWidget
{
    Q_OBJECT
public:
    explicit SeriesPreview(SeriesStore &store, QWidget *parent = nullptr);

    /// Lists the next `count` occurrences from `from` (or from the first occurrence if later).
    void showSeries(const Series &series, const QDate &from = QDate::currentDate(), int count = 6);
    QString description() const;
    /// The lines listed, as shown.
    QStringList lines() const;
    QListWidget *list() const { return m_list; }

private:
    SeriesStore &m_store;
    QLabel *m_description = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace offkai
