#include "ConnectionBanner.h"

#include "Icons.h"
#include "storage/ConnectionWatch.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace offkai {

ConnectionBanner::ConnectionBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry Now"), this))
{
    setObjectName(QStringLiteral("connectionBanner"));
    setAccessibleName(tr("Connection to the team database"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry);
    hide();

    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, [this] {
        m_secondsLeft = qMax(0, m_secondsLeft - 1);
        updateCountdown();
    });
    m_hide.setSingleShot(true);
    m_hide.setInterval(5000);
    connect(&m_hide, &QTimer::timeout, this, &QWidget::hide);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_watch && !m_watch->checkNow())
            showLost();
    });
}

void ConnectionBanner::follow(ConnectionWatch *watch)
{
    if (m_watch)
        disconnect(m_watch, nullptr, this, nullptr);
    m_watch = watch;
    m_countdown.stop();
    m_hide.stop();
    hide();
    if (!watch)
        return;
    connect(watch, &ConnectionWatch::lost, this, &ConnectionBanner::showLost);
    connect(watch, &ConnectionWatch::restored, this, &ConnectionBanner::showRestored);
}

QString ConnectionBanner::text() const
{
    return m_text->text();
}

void ConnectionBanner::showLost()
{
    QPalette colors = palette();
    colors.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xc8));
    colors.setColor(QPalette::WindowText, QColor(0x4a, 0x34, 0x00));
    setPalette(colors);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(22, 22));
    m_retry->show();
    m_hide.stop();
    m_secondsLeft = m_watch ? (m_watch->retryInterval() + 999) / 1000 : 0;
    m_countdown.start();
    updateCountdown();
    show();
}

void ConnectionBanner::updateCountdown()
{
    if (m_watch && m_watch->isConnected())
        return;
    if (m_secondsLeft == 0 && m_watch)
        m_secondsLeft = (m_watch->retryInterval() + 999) / 1000;
    m_text->setText(tr("The connection to the team database was lost. What you type is kept and saved when "
                       "the server is back; nothing is half-saved. Trying again in %n second(s).",
                       nullptr, m_secondsLeft));
}

void ConnectionBanner::showRestored()
{
    m_countdown.stop();
    QPalette colors = palette();
    colors.setColor(QPalette::Window, QColor(0xdf, 0xf3, 0xe0));
    colors.setColor(QPalette::WindowText, QColor(0x1b, 0x4d, 0x1f));
    setPalette(colors);
    m_icon->setPixmap(Icons::get(QStringLiteral("dialog-ok-apply")).pixmap(22, 22));
    m_text->setText(tr("Connected to the team database again. Edits that were waiting have been saved, and "
                       "others' changes are shown."));
    m_retry->hide();
    show();
    Q_EMIT reconnected();
    m_hide.start();
}

} // namespace offkai
