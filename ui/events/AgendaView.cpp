#include "AgendaView.h"

#include "AgendaItemDelegate.h"
#include "items/AgendaModel.h"

#include <QHeaderView>

namespace offkai {

AgendaView::AgendaView(QWidget *parent)
    : QTableView(parent)
{
    setItemDelegate(new AgendaItemDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    setAccessibleName(tr("Agenda"));
}

void AgendaView::setAgendaModel(AgendaModel *model)
{
    m_model = model;
    setModel(model);
    auto *header = horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(AgendaModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(AgendaModel::GoingColumn, QHeaderView::ResizeToContents);
    const QFontMetrics fm = fontMetrics();
    const int digit = fm.horizontalAdvance(QStringLiteral("0"));
    const QLocale locale;
    header->resizeSection(AgendaModel::DateColumn,
                          fm.horizontalAdvance(AgendaModel::shortDateText(QDate(2013, 9, 29), locale)) + 16);
    const QString evening = Event::timeText(QTime(19, 30), locale) + QStringLiteral(" – ") +
                            Event::timeText(QTime(22, 30), locale);
    header->resizeSection(AgendaModel::TimeColumn, fm.horizontalAdvance(evening) + 12);
    header->resizeSection(AgendaModel::TypeColumn, digit * 13);
    header->resizeSection(AgendaModel::VenueColumn, digit * 15);
    // Italics and strike-out already tell tentative and cancelled events apart; the summary says more.
    setColumnHidden(AgendaModel::StatusColumn, true);
}

} // namespace offkai
