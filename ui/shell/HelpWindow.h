#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>

class QTextBrowser;

namespace offkai {

/// The user manual: the Markdown shipped under :/offkai/help, in the UI's language, shown as HTML.
/// One window per main window; it stays open beside the work it explains.
class HelpWindow : public QWidget
{
    Q_OBJECT
public:
    explicit HelpWindow(QWidget *parent = nullptr);

    /// The manual's resource path for a language ("ja", "en", …); English when none is shipped for it.
    static QString manualPath(const QString &language);
    /// The language of the UI in effect (the default QLocale's, as LanguageSetup sets it).
    static QString uiLanguage();
    /// The headings ("## …") of the manual shown, in order.
    QStringList sections() const { return m_sections; }
    /// The Markdown shown.
    QString markdown() const { return m_markdown; }

private:
    void load(const QString &path);

    QTextBrowser *m_browser = nullptr;
    QString m_markdown;
    QStringList m_sections;
};

} // namespace offkai
