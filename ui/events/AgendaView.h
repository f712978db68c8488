#pragma once

#include <QTableView>

namespace offkai {

class AgendaModel;

/// The agenda list: one row per event, columns sized for dates and times in the UI language, the
/// event's title taking the rest.
class AgendaView : public QTableView
{
    Q_OBJECT
public:
    explicit AgendaView(QWidget *parent = nullptr);

    void setAgendaModel(AgendaModel *model);
    AgendaModel *agendaModel() const { return m_model; }

private:
    AgendaModel *m_model = nullptr;
};

} // namespace offkai
