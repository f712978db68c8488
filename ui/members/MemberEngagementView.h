#pragma once

#include "records/MemberEngagementFigures.h"

#include <QWidget>

class QLabel;

namespace offkai {

/// How often a member comes, above their events on the member's Events tab: first and last attendance,
/// events attended, no-shows and the current streak, as MemberEngagement defines them (each label's
/// tooltip says how).
class MemberEngagementView : public QWidget
{
    Q_OBJECT
public:
    explicit MemberEngagementView(QWidget *parent = nullptr);

    void showFigures(const MemberEngagementFigures &figures);
    void clear();

    /// The value shown for each figure, for tests.
    QString firstAttendedText() const;
    QString lastAttendedText() const;
    QString attendedText() const;
    QString noShowsText() const;
    QString streakText() const;

private:
    QLabel *addFigure(int row, int column, const QString &caption, const QString &toolTip);

    QLabel *m_first = nullptr;
    QLabel *m_last = nullptr;
    QLabel *m_attended = nullptr;
    QLabel *m_noShows = nullptr;
    QLabel *m_streak = nullptr;
};

} // namespace offkai
