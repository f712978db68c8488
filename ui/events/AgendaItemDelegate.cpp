#include "AgendaItemDelegate.h"

#include "items/AgendaModel.h"

#include <QPainter>
#include <QPixmap>

namespace offkai {

void AgendaItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto status = Event::Status(index.data(AgendaModel::StatusRole).toInt());
    if (index.data(AgendaModel::TentativeRole).toBool() || status == Event::Status::Tentative)
        option->font.setItalic(true);
    if (status == Event::Status::Cancelled)
        option->font.setStrikeOut(true);
    if (status == Event::Status::Cancelled || index.data(AgendaModel::PastRole).toBool()) {
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
    }
    if (index.column() == AgendaModel::TypeColumn) {
        const QColor color(index.data(AgendaModel::ColorRole).toString());
        if (color.isValid()) {
            const int size = option->fontMetrics.height() - 4;
            QPixmap swatch(size, size);
            swatch.fill(Qt::transparent);
            QPainter painter(&swatch);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(color);
            painter.drawRoundedRect(QRectF(0, 0, size, size), 3, 3);
            painter.end();
            option->icon = QIcon(swatch);
            option->decorationSize = QSize(size, size);
            option->features |= QStyleOptionViewItem::HasDecoration;
        }
    }
}

} // namespace offkai
