#pragma once

#include <functional>
#include <QTextBrowser>

namespace offkai {

/// The live preview of a report: its Markdown rendered to HTML by md4c, with "images/<file>" links
/// resolved to the photos stored in the database. Links open in the system browser, never inside.
class ReportPreview : public QTextBrowser
{
    Q_OBJECT
public:
    /// Returns the bytes of the photo called `fileName`, or an empty array.
    using PhotoLookup = std::function<QByteArray(const QString &fileName)>;

    explicit ReportPreview(QWidget *parent = nullptr);

    void setPhotoLookup(PhotoLookup lookup) { m_lookup = std::move(lookup); }
    /// Renders `markdown` (generated-block markers are removed first), keeping the scroll position.
    void setMarkdown(const QString &markdown);
    /// The HTML last shown, for tests and "Copy as HTML".
    const QString &html() const { return m_html; }

    QVariant loadResource(int type, const QUrl &name) override;

private:
    PhotoLookup m_lookup;
    QString m_html;
};

} // namespace offkai
