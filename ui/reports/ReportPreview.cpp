#include "ReportPreview.h"

#include "exchange/MarkdownHtml.h"
#include "reports/ReportTemplate.h"

#include <QImage>
#include <QScrollBar>
#include <QTextDocument>

namespace offkai {

ReportPreview::ReportPreview(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenExternalLinks(true);
    setOpenLinks(true);
    setAccessibleName(tr("Preview"));
    document()->setDefaultStyleSheet(
        QStringLiteral("h1 { font-size: x-large; } h2 { font-size: large; margin-top: 14px; } "
                       "table { border-collapse: collapse; } th, td { padding: 3px 8px; } "
                       "th { background-color: palette(alternate-base); } img { max-width: 100%; }"));
}

void ReportPreview::setMarkdown(const QString &markdown)
{
    const QString html = MarkdownHtml::toHtml(ReportTemplate::stripMarkers(markdown));
    if (html == m_html)
        return;
    m_html = html;
    const int scroll = verticalScrollBar()->value();
    // Tables get borders the way blog themes draw them; QTextDocument ignores CSS borders on cells.
    QString shown = m_html;
    shown.replace(QStringLiteral("<table>"), QStringLiteral("<table border=\"1\" cellspacing=\"0\">"));
    setHtml(shown);
    verticalScrollBar()->setValue(scroll);
}

QVariant ReportPreview::loadResource(int type, const QUrl &name)
{
    if (type == QTextDocument::ImageResource && m_lookup && name.isRelative()) {
        const QString path = name.path();
        if (path.startsWith(QLatin1String("images/"))) {
            const QByteArray bytes = m_lookup(path.mid(7));
            QImage image;
            if (!bytes.isEmpty() && image.loadFromData(bytes)) {
                const int width = std::max(200, viewport()->width() - 40);
                if (image.width() > width)
                    image = image.scaledToWidth(width, Qt::SmoothTransformation);
                return image;
            }
        }
    }
    return QTextBrowser::loadResource(type, name);
}

} // namespace offkai
