#pragma once

#include <QList>

class QChart;

namespace offkai {

class FigureTableModel;

/// Draws a dashboard chart from a FigureTableModel, in the palette's light or dark theme and the user's
/// locale. Charts read the model's values and its display text, so they show exactly what the table shows.
class DashboardCharts
{
public:
    struct Bars
    {
        int categoryColumn = 0;
        QList<int> valueColumns; ///< one bar set per column
        bool stacked = false;
        bool horizontal = false;  ///< for ranked lists: the first row at the top
        int lineColumn = -1;      ///< a column drawn as a line over the bars (a total, a capacity)
        bool lineOwnAxis = false; ///< the line has its own scale on the right (a total beside monthly counts)
        bool percent = false;     ///< the values are fractions, drawn as percentages
        int maxRows = 0;          ///< draw at most this many rows (0: all); the table keeps them all
    };

    static QChart *bars(const FigureTableModel &model, const Bars &spec);
    /// The category label of `row` on an axis: shorter than the table's text for days and months.
    static QString axisLabel(const FigureTableModel &model, int row, int column);
    /// Dark when the window colour is dark.
    static bool darkPalette();
};

} // namespace offkai
