#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QVariant>

namespace offkai {

/// A read-only table of figures: what a dashboard chart draws and what its "table" view shows, so that the
/// two can never disagree. Each column has a kind that decides how a value is shown in the user's locale;
/// Qt::EditRole gives the raw value (a number, a date, a string) for charts and CSV.
class FigureTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Kind
    {
        Text,
        Count,   ///< an int, shown with the locale's digit grouping
        Percent, ///< a fraction 0..1 (or invalid for "not known yet"), shown as a percentage
        Month,   ///< a QDate on the month's first day, shown as the month
        Day      ///< a QDate
    };
    struct Column
    {
        Column(const QString &title, Kind kind = Kind::Text, const QString &toolTip = {})
            : title(title)
            , kind(kind)
            , toolTip(toolTip)
        {}
        QString title;
        Kind kind;
        QString toolTip;
    };

    explicit FigureTableModel(QObject *parent = nullptr);

    void setColumns(const QList<Column> &columns);
    /// Replaces every row; each row has one value per column (missing values are empty).
    void setRows(const QList<QVariantList> &rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Kind kind(int column) const { return m_columns.at(column).kind; }
    QVariant value(int row, int column) const;
    /// The value as the table shows it.
    QString text(int row, int column) const;
    /// Month and day values as ISO dates, percentages as a number of percent with one decimal, counts as
    /// plain digits: what a spreadsheet reads back as numbers. The first row holds the column titles.
    QList<QStringList> plainRows() const;

    /// How the locale writes a month ("2026年5月", "May 2026").
    static QString monthText(const QDate &month);

private:
    QList<Column> m_columns;
    QList<QVariantList> m_rows;
};

} // namespace offkai
