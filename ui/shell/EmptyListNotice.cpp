#include "EmptyListNotice.h"

#include <algorithm>
#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QEvent>

namespace offkai {

EmptyListNotice::EmptyListNotice(QAbstractItemView *view)
    : QLabel(view->viewport())
    , m_view(view)
{
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setForegroundRole(QPalette::PlaceholderText);
    // Clicks reach the view (its context menu, a click that clears the selection).
    setAttribute(Qt::WA_TransparentForMouseEvents);
    view->viewport()->installEventFilter(this);
    if (QAbstractItemModel *model = view->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, &EmptyListNotice::refresh);
        connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyListNotice::refresh);
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(model, signal, this, &EmptyListNotice::refresh);
    }
    hide();
}

void EmptyListNotice::refresh()
{
    const QAbstractItemModel *model = m_view->model();
    const bool empty = model && model->rowCount() == 0;
    setVisible(empty && !text().isEmpty());
    place();
}

bool EmptyListNotice::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        place();
    return QLabel::eventFilter(watched, event);
}

void EmptyListNotice::place()
{
    const QRect area = m_view->viewport()->rect();
    // A margin on each side, and the upper part of the list, where the eye looks for the first row.
    const int margin = fontMetrics().averageCharWidth() * 2;
    const int height =
        std::max(heightForWidth(area.width() - 2 * margin), fontMetrics().height()) + fontMetrics().height();
    setGeometry(area.x() + margin, area.y() + fontMetrics().height() * 2, area.width() - 2 * margin, height);
}

} // namespace offkai
