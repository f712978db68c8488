#include "DashboardCharts.h"

#include "items/FigureTableModel.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QDate>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QPalette>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace offkai {

namespace {
/// More months than this on an axis are labelled by year.
constexpr int kManyMonths = 36;
} // namespace

bool DashboardCharts::darkPalette()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

QString DashboardCharts::axisLabel(const FigureTableModel &model, int row, int column)
{
    const QVariant v = model.value(row, column);
    const QDate date = v.toDate();
    switch (model.kind(column)) {
    case FigureTableModel::Kind::Day:
        //: A day on a chart's axis (QDate format): short, many stand side by side.
        return QLocale().toString(date, QApplication::translate("offkai::DashboardCharts", "M/d"));
    case FigureTableModel::Kind::Month:
        if (model.rowCount() > kManyMonths) // years of months: the year under each January only
            return date.month() == 1 || row == 0 ? QString::number(date.year()) : QString();
        if (model.rowCount() <= 12)
            //: A month on a chart's axis when the chart spans a year at most (QDate format).
            return QLocale().toString(date, QApplication::translate("offkai::DashboardCharts", "MMM"));
        //: A month on a chart's axis when the chart spans several years (QDate format): short.
        return QLocale().toString(date, QApplication::translate("offkai::DashboardCharts", "MMM yy"));
    default:
        return model.text(row, column);
    }
}

QChart *DashboardCharts::bars(const FigureTableModel &model, const Bars &spec)
{
    auto *chart = new QChart;
    chart->setTheme(darkPalette() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(QApplication::palette().color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setFont(QApplication::font());
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(QApplication::font());

    const int total = model.rowCount();
    const int first = spec.maxRows > 0 && !spec.horizontal ? std::max(0, total - spec.maxRows) : 0;
    const int last = spec.maxRows > 0 && spec.horizontal ? std::min(total, spec.maxRows) : total;
    QList<int> rows;
    for (int row = first; row < last; ++row)
        rows.append(row);
    if (spec.horizontal)
        std::reverse(rows.begin(), rows.end()); // the first row drawn at the top

    QAbstractBarSeries *series = nullptr;
    if (spec.horizontal)
        series = spec.stacked ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
                              : new QHorizontalBarSeries;
    else
        series = spec.stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries) : new QBarSeries;
    const double scale = spec.percent ? 100.0 : 1.0;
    double top = 0.0;
    QList<double> stackTotals(rows.size(), 0.0);
    for (int column : spec.valueColumns) {
        const QString name = model.headerData(column, Qt::Horizontal).toString();
        auto *set = new QBarSet(name);
        for (int i = 0; i < rows.size(); ++i) {
            const double value = model.value(rows.at(i), column).toDouble() * scale;
            set->append(value);
            stackTotals[i] += value;
            top = std::max(top, spec.stacked ? stackTotals.at(i) : value);
        }
        const QList<int> shownRows = rows;
        QObject::connect(
            set, &QBarSet::hovered, set, [&model, shownRows, column, spec, name](bool on, int index) {
                if (!on || index < 0 || index >= shownRows.size()) {
                    QToolTip::hideText();
                    return;
                }
                const int row = shownRows.at(index);
                QToolTip::showText(QCursor::pos(), model.text(row, spec.categoryColumn) + QLatin1Char('\n') +
                                                       name + QLatin1String(": ") + model.text(row, column));
            });
        series->append(set);
    }
    series->setBarWidth(rows.size() > 12 ? 0.8 : 0.6);
    chart->addSeries(series);

    // An axis keeps one category per distinct text: two events on one day get an invisible difference.
    QStringList categories;
    for (int row : std::as_const(rows)) {
        QString label = axisLabel(model, row, spec.categoryColumn);
        while (categories.contains(label))
            label += QChar(0x200B);
        categories.append(label);
    }
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setTruncateLabels(false);
    if (!spec.horizontal && categories.size() > 12 && categories.size() <= kManyMonths)
        categoryAxis->setLabelsAngle(-90);
    auto *valueAxis = new QValueAxis;
    valueAxis->setLabelFormat(spec.percent ? QStringLiteral("%.0f%") : QStringLiteral("%.0f"));

    QLineSeries *line = nullptr;
    double lineTop = 0.0;
    if (spec.lineColumn >= 0) {
        line = new QLineSeries;
        line->setName(model.headerData(spec.lineColumn, Qt::Horizontal).toString());
        for (int i = 0; i < rows.size(); ++i) {
            const QVariant v = model.value(rows.at(i), spec.lineColumn);
            if (v.isValid() && !v.isNull()) {
                line->append(i, v.toDouble() * scale);
                lineTop = std::max(lineTop, v.toDouble() * scale);
            }
        }
        chart->addSeries(line);
    }

    if (!spec.lineOwnAxis)
        top = std::max(top, lineTop);
    // Counts get at least 0–5, so that an empty period shows whole steps, not 0, 0, 0, 1, 1, 1.
    const double niceTop = std::max(5.0, std::ceil(top * 1.1));
    valueAxis->setRange(0, spec.percent ? std::max(niceTop, 10.0) : niceTop);
    valueAxis->applyNiceNumbers();
    if (spec.percent && valueAxis->max() > 100.0)
        valueAxis->setMax(100.0);
    chart->addAxis(categoryAxis, spec.horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, spec.horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    if (line) {
        line->attachAxis(categoryAxis);
        if (spec.lineOwnAxis) {
            auto *lineAxis = new QValueAxis;
            lineAxis->setLabelFormat(QStringLiteral("%.0f"));
            lineAxis->setRange(0, std::max(5.0, std::ceil(lineTop * 1.1)));
            lineAxis->applyNiceNumbers();
            lineAxis->setTitleText(line->name());
            lineAxis->setGridLineVisible(false);
            chart->addAxis(lineAxis, Qt::AlignRight);
            line->attachAxis(lineAxis);
        } else {
            line->attachAxis(valueAxis);
        }
    }
    chart->legend()->setVisible(spec.valueColumns.size() > 1 || line);
    return chart;
}

} // namespace offkai
