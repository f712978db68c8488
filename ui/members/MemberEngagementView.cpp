#include "MemberEngagementView.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>

namespace offkai {

MemberEngagementView::MemberEngagementView(QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    const QString held = tr("Cancelled events and events without a day are not counted.");
    m_first = addFigure(0, 0, tr("First attended:"),
                        tr("The day of the first event the member came to.") + QLatin1Char(' ') + held);
    m_last = addFigure(0, 2, tr("Last attended:"),
                       tr("The day of the latest event the member came to.") + QLatin1Char(' ') + held);
    m_attended = addFigure(1, 0, tr("Events attended:"),
                           tr("How many events the member came to (checked in, walked in or marked as "
                              "attended).") +
                               QLatin1Char(' ') + held);
    m_noShows = addFigure(1, 2, tr("No-shows:"),
                          tr("Events that have ended which the member was going to but did not come to. "
                             "Events where nobody was marked as attended are left out: their attendance "
                             "was not taken.") +
                              QLatin1Char(' ') + held);
    m_streak = addFigure(2, 0, tr("Streak:"),
                         tr("How many events the member came to since their last no-show: they came to "
                            "each of the last N events they said they were going to. Answering maybe or "
                            "declining does not break it."));
    clear();
}

QLabel *MemberEngagementView::addFigure(int row, int column, const QString &caption, const QString &toolTip)
{
    auto *grid = static_cast<QGridLayout *>(layout());
    auto *label = new QLabel(caption, this);
    auto *value = new QLabel(this);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setBuddy(value);
    for (QLabel *l : {label, value}) {
        l->setToolTip(toolTip);
        l->setWhatsThis(toolTip);
    }
    value->setAccessibleName(caption);
    value->setAccessibleDescription(toolTip);
    grid->addWidget(label, row, column);
    grid->addWidget(value, row, column + 1);
    return value;
}

void MemberEngagementView::showFigures(const MemberEngagementFigures &figures)
{
    const QLocale locale;
    const auto day = [&locale, this](const QDate &date) {
        return date.isValid() ? locale.toString(date, QLocale::ShortFormat) : tr("Never");
    };
    m_first->setText(day(figures.firstAttended));
    m_last->setText(day(figures.lastAttended));
    m_attended->setText(locale.toString(figures.attended));
    m_noShows->setText(locale.toString(figures.noShows));
    m_streak->setText(tr("%n event(s) in a row", nullptr, figures.streak));
}

void MemberEngagementView::clear()
{
    for (QLabel *value : {m_first, m_last, m_attended, m_noShows, m_streak})
        value->setText(QStringLiteral("–"));
}

QString MemberEngagementView::firstAttendedText() const
{
    return m_first->text();
}

QString MemberEngagementView::lastAttendedText() const
{
    return m_last->text();
}

QString MemberEngagementView::attendedText() const
{
    return m_attended->text();
}

QString MemberEngagementView::noShowsText() const
{
    return m_noShows->text();
}

QString MemberEngagementView::streakText() const
{
    return m_streak->text();
}

} // namespace offkai
