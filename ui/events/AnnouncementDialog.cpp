#include "AnnouncementDialog.h"

#include "shell/Icons.h"
#include "workflows/AnnouncementLoader.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTabBar>
#include <QVBoxLayout>

namespace offkai {

AnnouncementDialog::AnnouncementDialog(Workspace &workspace, qint64 eventId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_eventId(eventId)
{
    setWindowTitle(tr("Announcement"));
    resize(640, 620);

    m_tabs = new QTabBar(this);
    m_tabs->addTab(tr("Markdown (blog)"));
    m_tabs->addTab(tr("Plain text (SNS, LINE, Facebook)"));
    m_tabs->setAccessibleName(tr("Text format"));
    m_tabs->setExpanding(false);

    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setAccessibleName(tr("Announcement text"));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    m_includeLink = new QCheckBox(tr("Include the meeting link (only for closed groups)"), this);
    m_includeLink->setToolTip(tr("Announcements usually go to groups anyone can read, so the online "
                                 "meeting link is left out and the event's link policy is shown instead."));

    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copyButton = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copyButton->setIcon(Icons::get(QStringLiteral("edit-copy")));
    copyButton->setObjectName(QStringLiteral("copyButton"));
    auto *saveButton = buttons->addButton(tr("&Save…"), QDialogButtonBox::ActionRole);
    saveButton->setIcon(Icons::get(QStringLiteral("document-save")));
    saveButton->setObjectName(QStringLiteral("saveButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_includeLink);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_tabs, &QTabBar::currentChanged, this, &AnnouncementDialog::refresh);
    connect(m_includeLink, &QCheckBox::toggled, this, &AnnouncementDialog::refresh);
    connect(copyButton, &QPushButton::clicked, this, &AnnouncementDialog::copy);
    connect(saveButton, &QPushButton::clicked, this, &AnnouncementDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto input = AnnouncementLoader(m_workspace).load(m_eventId);
    if (input) {
        m_input = *input;
        const bool online = m_input->event.format != Event::Format::Offline;
        m_includeLink->setVisible(online && !m_input->event.onlineUrl.trimmed().isEmpty());
        setWindowTitle(tr("Announcement: %1").arg(m_input->event.title.simplified()));
    } else {
        m_includeLink->hide();
        copyButton->setEnabled(false);
        saveButton->setEnabled(false);
        m_status->setText(input.error().message());
    }
    refresh();
}

AnnouncementWriter::Format AnnouncementDialog::format() const
{
    return m_tabs->currentIndex() == 0 ? AnnouncementWriter::Format::Markdown
                                       : AnnouncementWriter::Format::PlainText;
}

void AnnouncementDialog::setFormat(AnnouncementWriter::Format format)
{
    m_tabs->setCurrentIndex(format == AnnouncementWriter::Format::Markdown ? 0 : 1);
}

QString AnnouncementDialog::text() const
{
    return m_text->toPlainText();
}

void AnnouncementDialog::refresh()
{
    if (!m_input) {
        m_text->clear();
        return;
    }
    AnnouncementWriter::Options options;
    options.includeMeetingLink = m_includeLink->isVisible() && m_includeLink->isChecked();
    m_text->setPlainText(AnnouncementWriter::write(*m_input, format(), QLocale(), options));
    // Markdown is easier to check in a fixed-width font; the plain text is read as posted.
    m_text->setFont(format() == AnnouncementWriter::Format::Markdown
                        ? QFontDatabase::systemFont(QFontDatabase::FixedFont)
                        : QApplication::font());
}

void AnnouncementDialog::copy()
{
    QApplication::clipboard()->setText(text());
    m_status->setText(tr("Copied. Paste it into your group or blog."));
}

Result<void> AnnouncementDialog::saveTo(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Error::Code::Io, tr("Could not write “%1”: %2").arg(path, file.errorString()),
                     file.errorString());
    const QByteArray bytes = text().toUtf8();
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error(Error::Code::Io, tr("Could not write “%1”: %2").arg(path, file.errorString()),
                     file.errorString());
    return {};
}

void AnnouncementDialog::save()
{
    const bool markdown = format() == AnnouncementWriter::Format::Markdown;
    const QString markdownFilter = tr("Markdown (*.md)");
    const QString textFilter = tr("Plain text (*.txt)");
    QString filter = markdown ? markdownFilter : textFilter;
    const QString suffix = markdown ? QStringLiteral(".md") : QStringLiteral(".txt");
    QString name = m_input ? m_input->event.title.simplified() : QString();
    static const QString unsafe = QStringLiteral("/\\:*?\"<>|");
    for (QChar &ch : name) {
        if (unsafe.contains(ch) || ch.unicode() < 0x20)
            ch = QLatin1Char('_');
    }
    if (name.isEmpty())
        name = tr("announcement");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save Announcement"), folder + QLatin1Char('/') + name + suffix,
                                     markdownFilter + QStringLiteral(";;") + textFilter, &filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".md"), Qt::CaseInsensitive) &&
        !path.endsWith(QLatin1String(".txt"), Qt::CaseInsensitive))
        path += filter == markdownFilter ? QStringLiteral(".md") : QStringLiteral(".txt");
    // The file holds what its name says, whichever tab was shown.
    setFormat(path.endsWith(QLatin1String(".md"), Qt::CaseInsensitive)
                  ? AnnouncementWriter::Format::Markdown
                  : AnnouncementWriter::Format::PlainText);
    if (auto written = saveTo(path); !written) {
        QMessageBox::warning(this, tr("Save Announcement"), written.error().message());
        return;
    }
    m_status->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace offkai
