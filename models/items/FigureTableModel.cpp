#include "FigureTableModel.h"

#include <QDate>
#include <QLocale>

namespace offkai {

FigureTableModel::FigureTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void FigureTableModel::setColumns(const QList<Column> &columns)
{
    beginResetModel();
    m_columns = columns;
    m_rows.clear();
    endResetModel();
}

void FigureTableModel::setRows(const QList<QVariantList> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int FigureTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FigureTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant FigureTableModel::value(int row, int column) const
{
    const QVariantList &values = m_rows.at(row);
    return column < values.size() ? values.at(column) : QVariant();
}

QString FigureTableModel::monthText(const QDate &month)
{
    //: How a month is written on the dashboard's axes and tables (QDate format).
    return QLocale().toString(month, tr("MMM yyyy"));
}

QString FigureTableModel::text(int row, int column) const
{
    const QVariant v = value(row, column);
    if (!v.isValid() || v.isNull())
        return {};
    const QLocale locale;
    switch (m_columns.at(column).kind) {
    case Kind::Count:
        return locale.toString(v.toLongLong());
    case Kind::Percent:
        return locale.toString(v.toDouble() * 100.0, 'f', 1) + locale.percent();
    case Kind::Month:
        return monthText(v.toDate());
    case Kind::Day:
        return locale.toString(v.toDate(), QLocale::ShortFormat);
    case Kind::Text:
        break;
    }
    return v.toString();
}

QVariant FigureTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
        return {};
    const Kind kind = m_columns.at(index.column()).kind;
    switch (role) {
    case Qt::DisplayRole:
        return text(index.row(), index.column());
    case Qt::EditRole:
        return value(index.row(), index.column());
    case Qt::TextAlignmentRole:
        return kind == Kind::Count || kind == Kind::Percent
                   ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::AccessibleTextRole:
        return QString(m_columns.at(index.column()).title + QLatin1String(": ") +
                       text(index.row(), index.column()));
    default:
        return {};
    }
}

QVariant FigureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_columns.at(section).title;
    if (role == Qt::ToolTipRole && !m_columns.at(section).toolTip.isEmpty())
        return m_columns.at(section).toolTip;
    return {};
}

QList<QStringList> FigureTableModel::plainRows() const
{
    QList<QStringList> out;
    QStringList header;
    for (const Column &c : m_columns)
        header.append(c.title);
    out.append(header);
    for (int row = 0; row < m_rows.size(); ++row) {
        QStringList fields;
        for (int column = 0; column < m_columns.size(); ++column) {
            const QVariant v = value(row, column);
            if (!v.isValid() || v.isNull()) {
                fields.append(QString());
                continue;
            }
            switch (m_columns.at(column).kind) {
            case Kind::Count:
                fields.append(QString::number(v.toLongLong()));
                break;
            case Kind::Percent:
                fields.append(QString::number(v.toDouble() * 100.0, 'f', 1));
                break;
            case Kind::Month:
                fields.append(v.toDate().toString(QStringLiteral("yyyy-MM")));
                break;
            case Kind::Day:
                fields.append(v.toDate().toString(Qt::ISODate));
                break;
            case Kind::Text:
                fields.append(v.toString());
                break;
            }
        }
        out.append(fields);
    }
    return out;
}

} // namespace offkai
