#pragma once

#include <QLabel>

class QAbstractItemView;

namespace offkai {

/// A line of text centred over an item view's empty viewport ("No members match"), shown while the view's
/// model has no rows and a text is set. It follows the model (rows inserted, removed, reset) and the
/// viewport's size by itself; the owner only says what the empty list means (setText, or an empty text
/// when an empty list needs no words).
class EmptyListNotice : public QLabel
{
    Q_OBJECT
public:
    explicit EmptyListNotice(QAbstractItemView *view);

    /// Shows or hides the notice for the model's current row count.
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();

    QAbstractItemView *m_view;
};

} // namespace offkai
