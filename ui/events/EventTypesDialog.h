#pragma once

#include "records/Event.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace offkai {

class EventStore;

/// Edits the catalogue of event types: names, chip colours and order. A type that events use cannot be
/// removed; the store's message says how many use it. Each change is saved at once.
class EventTypesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit EventTypesDialog(EventStore &store, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    void addType();
    void removeCurrentType();
    void moveCurrentType(int delta);
    void chooseColor();
    /// Sets the colour of the current type (what chooseColor() does after the colour dialog).
    void setCurrentColor(const QColor &color);

private:
    void reload(const QString &selectKey = {});
    void onItemChanged(int row, int column);
    bool save(const EventType &type);
    void updateButtons();

    EventStore &m_store;
    QList<EventType> m_types;
    QTableWidget *m_table = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_color = nullptr;
    bool m_loading = false;
};

} // namespace offkai
