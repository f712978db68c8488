#include "AppTheme.h"

#include <memory>
#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace offkai {

namespace {
struct Original
{
    bool known = false;
    QString style;
    QPalette palette;
    CommunitySettings::Theme current = CommunitySettings::Theme::FollowSystem;
};

Original &original()
{
    static Original o;
    if (!o.known) {
        o.known = true;
        o.style = QApplication::style()->name();
        o.palette = QApplication::palette();
    }
    return o;
}

void useStyle(const QString &name)
{
    if (QApplication::style()->name().compare(name, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(name));
}
} // namespace

void AppTheme::apply(CommunitySettings::Theme theme)
{
    Original &o = original();
    if (theme == o.current)
        return;
    o.current = theme;
    switch (theme) {
    case CommunitySettings::Theme::FollowSystem:
        useStyle(o.style);
        QApplication::setPalette(o.palette);
        return;
    case CommunitySettings::Theme::Light:
        useStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(lightPalette());
        return;
    case CommunitySettings::Theme::Dark:
        useStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
        return;
    }
}

CommunitySettings::Theme AppTheme::current()
{
    return original().current;
}

QPalette AppTheme::lightPalette()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion ? fusion->standardPalette() : QPalette(Qt::white);
}

QPalette AppTheme::darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x24));
    p.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb3));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Link, QColor(0x6c, 0xb0, 0xf0));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

} // namespace offkai
