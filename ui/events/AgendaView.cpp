#include "AgendaView.h"

#include "AgendaItemDelegate.h"
#include "items/AgendaModel.h"
#include "records/Headcount.h"
#include "reports/HeadcountText.h"

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
    // Wide enough for a held meetup's headcount ("9名（うち当日参加1名）／定員14名"), not for the longest
    // one in the list: sized to its contents the column pushed the table past a 1366-pixel screen. A
    // longer headcount is elided, and its tooltip gives it whole.
    HeadcountTally held;
    held.attendeesIn = 9;
    held.came = 9;
    held.walkIns = 1;
    header->resizeSection(
        AgendaModel::GoingColumn,
        fm.horizontalAdvance(HeadcountText::text(Headcount::of(held, 14, false, true), locale)) + 16);
    // Italics and strike-out already tell tentative and cancelled events apart; the summary says more.
    setColumnHidden(AgendaModel::StatusColumn, true);
}

} // namespace offkai
