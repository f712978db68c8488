#include "WelcomeWidget.h"
#include "Icons.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace offkai {

WelcomeWidget::WelcomeWidget(QWidget *parent)
    : QWidget(parent)
{
    auto *title = new QLabel(tr("No database is open"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);
    auto *text =
        new QLabel(tr("Offkai keeps your community's members, events and venues in one file on your own "
                      "disk. Create a new one, open an existing one, or explore the demo community."),
                   this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setFixedWidth(520);
    text->setMinimumHeight(text->heightForWidth(520));

    auto *newButton = new QPushButton(Icons::get(QStringLiteral("document-new")), tr("&New Database…"), this);
    auto *openButton =
        new QPushButton(Icons::get(QStringLiteral("document-open")), tr("&Open Database…"), this);
    auto *demoButton = new QPushButton(tr("Explore the &Demo"), this);
    connect(newButton, &QPushButton::clicked, this, &WelcomeWidget::newRequested);
    connect(openButton, &QPushButton::clicked, this, &WelcomeWidget::openRequested);
    connect(demoButton, &QPushButton::clicked, this, &WelcomeWidget::demoRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addWidget(demoButton);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(title);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch();
}

} // namespace offkai
