#pragma once

#include <QFrame>

#include <functional>

class QAction;
class QChart;
class QChartView;
class QLabel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace offkai {

class FigureTableModel;

/// One panel of the dashboard: a title, a chart drawn from a FigureTableModel, the same model as a table
/// one click away, and Save as PNG / SVG and Copy data as CSV. A card without a chart shows the table.
class ChartCard : public QFrame
{
    Q_OBJECT
public:
    using ChartBuilder = std::function<QChart *(const FigureTableModel &)>;

    ChartCard(const QString &title, QWidget *parent = nullptr);

    /// The model shown; the chart is rebuilt by `builder` (if any) each time the model is reset.
    void setModel(FigureTableModel *model, ChartBuilder builder = {});
    FigureTableModel *model() const { return m_model; }
    /// A widget beside the title (a chooser of what the card shows).
    void addHeaderWidget(QWidget *widget);
    /// A line under the chart ("12 of 40 new members were referred").
    void setNote(const QString &note);

    bool hasChart() const { return bool(m_builder); }
    bool showsTable() const;
    void setShowsTable(bool table);
    QChartView *chartView() const { return m_chartView; }
    QTableView *tableView() const { return m_table; }

    bool savePng(const QString &path) const;
    bool saveSvg(const QString &path) const;
    /// The table as CSV, as Copy data as CSV puts it on the clipboard.
    QString csv() const;
    void copyCsv();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void rebuildChart();
    void saveImage(bool svg);
    void updateView();

    QString m_title;
    FigureTableModel *m_model = nullptr;
    ChartBuilder m_builder;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_note = nullptr;
    QWidget *m_header = nullptr;
    QStackedWidget *m_stack = nullptr;
    QChartView *m_chartView = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QToolButton *m_tableButton = nullptr;
    QToolButton *m_menuButton = nullptr;
};

} // namespace offkai
