#pragma once

#include <QWidget>

namespace offkai {

/// Shown when no database is open: create one, open one, or look around the demo.
class WelcomeWidget : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomeWidget(QWidget *parent = nullptr);

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void demoRequested();
};

} // namespace offkai
