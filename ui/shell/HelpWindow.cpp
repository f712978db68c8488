#include "HelpWindow.h"

#include "exchange/MarkdownHtml.h"

#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace offkai {

HelpWindow::HelpWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("Offkai Help"));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setAccessibleName(tr("User manual"));
    m_browser->document()->setDocumentMargin(16);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    load(manualPath(uiLanguage()));
    resize(760, 640);
}

QString HelpWindow::uiLanguage()
{
    return QLocale().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

QString HelpWindow::manualPath(const QString &language)
{
    const QString path = QStringLiteral(":/offkai/help/manual-%1.md").arg(language);
    return QFile::exists(path) ? path : QStringLiteral(":/offkai/help/manual-en.md");
}

void HelpWindow::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        // Only a broken build gets here: the manual is compiled into the program.
        m_browser->setPlainText(tr("The manual could not be read (%1).").arg(path));
        return;
    }
    m_markdown = QString::fromUtf8(file.readAll());
    static const QRegularExpression heading(QStringLiteral("^## +(.+)$"),
                                            QRegularExpression::MultilineOption);
    m_sections.clear();
    for (auto it = heading.globalMatch(m_markdown); it.hasNext();)
        m_sections.append(it.next().captured(1).trimmed());
    m_browser->setHtml(MarkdownHtml::toHtml(m_markdown));
}

} // namespace offkai
