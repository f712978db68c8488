#pragma once

#include <QStyledItemDelegate>

namespace offkai {

/// Draws agenda rows as the month grid draws chips: the type's colour beside its name, tentative events
/// in italics, cancelled events struck out, and past events dimmed.
class AgendaItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace offkai
