#include "SeriesPreview.h"

#include "items/CandidateTableModel.h"
#include "records/Event.h"
#include "scheduling/Recurrence.h"
#include "stores/SeriesStore.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace offkai {

namespace {
// How far ahead the preview looks for its occurrences (a yearly rule lists one a year).
constexpr int kLookAheadYears = 10;
} // namespace

SeriesPreview::SeriesPreview(SeriesStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("ruleDescription"));
    m_description->setWordWrap(true);
    QFont bold = m_description->font();
    bold.setBold(true);
    m_description->setFont(bold);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("preview"));
    m_list->setAccessibleName(tr("Next occurrences"));
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_description);
    layout->addWidget(m_list, 1);
}

void SeriesPreview::showSeries(const Series &series, const QDate &from, int count)
{
    const QLocale locale;
    m_list->clear();
    if (series.rrule.trimmed().isEmpty() || !Recurrence::validate(series.rrule)) {
        m_description->setText(tr("No valid repeat rule yet."));
        return;
    }
    m_description->setText(Recurrence::describe(series.rrule, locale));
    if (!series.firstStart.isValid())
        return;
    const QDate start = qMax(from, series.firstStart.date());
    QList<Occurrence> rows;
    for (int year = 0; year < kLookAheadYears && rows.size() < count; ++year) {
        auto found = m_store.expand(series, start.addYears(year), start.addYears(year + 1).addDays(-1), true);
        if (!found)
            break;
        rows.append(found->mid(0, count - rows.size()));
    }
    for (const Occurrence &o : std::as_const(rows)) {
        QString text = CandidateTableModel::whenText(o.start, locale);
        if (o.end.isValid() && !series.allDay)
            text += QStringLiteral("–") + Event::timeText(o.end.time(), locale);
        auto *item = new QListWidgetItem(m_list);
        switch (o.state) {
        case Occurrence::State::HolidayMoved:
            //: %1 the date and time, %2 the public holiday the occurrence was moved off
            text = tr("%1 (moved off %2)").arg(text, o.holidayName);
            break;
        case Occurrence::State::HolidaySkipped: {
            //: %1 the date and time, %2 the public holiday
            text = tr("%1 (skipped: %2)").arg(text, o.holidayName);
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            break;
        }
        case Occurrence::State::Moved:
            text = tr("%1 (moved)").arg(text);
            break;
        case Occurrence::State::Planned:
            break;
        }
        item->setText(text);
    }
    if (rows.isEmpty())
        new QListWidgetItem(tr("No occurrence from %1 on.").arg(locale.toString(start, QLocale::ShortFormat)),
                            m_list);
}

QString SeriesPreview::description() const
{
    return m_description->text();
}

QStringList SeriesPreview::lines() const
{
    QStringList texts;
    for (int i = 0; i < m_list->count(); ++i)
        texts.append(m_list->item(i)->text());
    return texts;
}

} // namespace offkai
