// The baseline of bench_startup: a bare QMainWindow holding a QTableView over a small model, linked
// against Qt Widgets alone, stopped at its first paint by the same probe as `offkai
// --exit-after-first-paint` (ui/shell/FirstPaintProbe.cpp, compiled in).

#include "shell/FirstPaintProbe.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>

int main(int argc, char **argv)
{
    QElapsedTimer started;
    started.start();
    QApplication app(argc, argv);
    QMainWindow window;
    auto *model = new QStandardItemModel(50, 6, &window);
    for (int row = 0; row < 50; ++row) {
        for (int column = 0; column < 6; ++column)
            model->setItem(row, column, new QStandardItem(QStringLiteral("%1-%2").arg(row).arg(column)));
    }
    auto *view = new QTableView(&window);
    view->setModel(model);
    window.setCentralWidget(view);
    window.resize(1180, 760);
    offkai::FirstPaintProbe probe(&window, started);
    window.show();
    return app.exec();
}
