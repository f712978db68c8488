#pragma once

#include <QFrame>
#include <QPointer>
#include <QTimer>

class QLabel;
class QPushButton;

namespace offkai {

class ConnectionWatch;

/// The bar across the top of the window while the team database cannot be reached: says that what is
/// typed is kept and saved when the server is back, counts down to the next attempt, and offers to try at
/// once. Once connected again it says so for a few seconds and emits reconnected(), on which the window
/// saves the edits that could not be saved.
class ConnectionBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ConnectionBanner(QWidget *parent = nullptr);

    /// Follows `watch` (null for a file: the banner stays hidden).
    void follow(ConnectionWatch *watch);
    QString text() const;

Q_SIGNALS:
    void reconnected();

private:
    void showLost();
    void showRestored();
    void updateCountdown();

    QPointer<ConnectionWatch> m_watch;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_retry = nullptr;
    QTimer m_countdown;
    QTimer m_hide;
    int m_secondsLeft = 0;
};

} // namespace offkai
