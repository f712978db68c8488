#include "WelcomeWidget.h"
#include "Icons.h"
#include "shell/DatabaseFileActions.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace offkai {

namespace {
constexpr int kColumnWidth = 560;
}

WelcomeWidget::WelcomeWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcome"));
    auto *title = new QLabel(tr("Welcome to Offkai"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);
    auto *text =
        new QLabel(tr("Offkai keeps your community's members, events, venues and reports in one file "
                      "on your own disk. Start with your community's name."),
                   this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("communityName"));
    m_name->setPlaceholderText(tr("e.g. Online Cross-Industry Meetup"));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("communityFile"));
    m_path->setAccessibleName(tr("File"));
    m_path->setText(QDir::toNativeSeparators(suggestedPath(defaultFolder(), QString())));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browse"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *fileLabel = new QLabel(tr("Fi&le:"), this);
    fileLabel->setBuddy(m_path);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();

    m_start = new QPushButton(Icons::get(QStringLiteral("document-new")), tr("&Start the Community"), this);
    m_start->setObjectName(QStringLiteral("start"));
    m_start->setDefault(true);
    auto *startAndImport = new QPushButton(tr("Start and &Import Members from CSV…"), this);
    startAndImport->setObjectName(QStringLiteral("startAndImport"));
    auto *startButtons = new QHBoxLayout;
    startButtons->addStretch();
    startButtons->addWidget(startAndImport);
    startButtons->addWidget(m_start);

    auto *startBox = new QGroupBox(tr("Start a community"), this);
    auto *form = new QFormLayout(startBox);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Community &name:"), m_name);
    form->addRow(fileLabel, pathRow);
    form->addRow(m_error);
    form->addRow(startButtons);
    startBox->setFixedWidth(kColumnWidth);

    auto *openButton =
        new QPushButton(Icons::get(QStringLiteral("document-open")), tr("&Open an Existing File…"), this);
    openButton->setObjectName(QStringLiteral("open"));
    auto *demoButton = new QPushButton(tr("Look Around the &Demo"), this);
    demoButton->setObjectName(QStringLiteral("demo"));
    auto *others = new QHBoxLayout;
    others->addStretch();
    others->addWidget(openButton);
    others->addWidget(demoButton);
    others->addStretch();
    auto *othersLabel = new QLabel(tr("Or:"), this);
    othersLabel->setAlignment(Qt::AlignCenter);

    connect(m_name, &QLineEdit::textEdited, this, &WelcomeWidget::nameEdited);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathFollowsName = false; });
    connect(m_name, &QLineEdit::returnPressed, this, [this] { requestStart(false); });
    connect(m_path, &QLineEdit::returnPressed, this, [this] { requestStart(false); });
    connect(browse, &QPushButton::clicked, this, &WelcomeWidget::browse);
    connect(m_start, &QPushButton::clicked, this, [this] { requestStart(false); });
    connect(startAndImport, &QPushButton::clicked, this, [this] { requestStart(true); });
    connect(openButton, &QPushButton::clicked, this, &WelcomeWidget::openRequested);
    connect(demoButton, &QPushButton::clicked, this, &WelcomeWidget::demoRequested);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(title);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    // A wrapped label is given the height of one line by the layout unless told its width's height.
    text->setFixedWidth(kColumnWidth);
    text->setMinimumHeight(text->heightForWidth(kColumnWidth));
    layout->addSpacing(12);
    layout->addWidget(startBox, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addWidget(othersLabel);
    layout->addLayout(others);
    layout->addStretch();
    setFocusProxy(m_name);
}

QString WelcomeWidget::communityName() const
{
    return m_name->text().simplified();
}

QString WelcomeWidget::filePath() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void WelcomeWidget::setFilePath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    m_pathFollowsName = false;
}

void WelcomeWidget::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString WelcomeWidget::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

QString WelcomeWidget::defaultFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

QString WelcomeWidget::takenMessage(const QString &path)
{
    return tr("“%1” already exists. Choose another file, or open it with Open an Existing File.")
        .arg(QDir::toNativeSeparators(path));
}

QString WelcomeWidget::suggestedPath(const QString &folder, const QString &name)
{
    // Characters no file system takes in a name, and leading dots (hidden files).
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    QString base = name.simplified().replace(unsafe, QStringLiteral(" ")).simplified();
    while (base.startsWith(QLatin1Char('.')))
        base.remove(0, 1);
    base = base.left(80).trimmed();
    if (base.isEmpty())
        base = tr("community", "the file name of a new community without a name");
    const QDir dir(folder);
    QString path = dir.absoluteFilePath(base + QStringLiteral(".sqlite"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.absoluteFilePath(QStringLiteral("%1 %2.sqlite").arg(base).arg(n));
    return path;
}

void WelcomeWidget::nameEdited()
{
    showError(QString());
    if (!m_pathFollowsName)
        return;
    const QString folder = QFileInfo(filePath()).absolutePath();
    m_path->setText(QDir::toNativeSeparators(suggestedPath(folder, m_name->text())));
}

void WelcomeWidget::browse()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Where the Community's File Lives"), filePath(),
                                                DatabaseFileActions::fileFilter(), nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    setFilePath(path);
    showError(QString());
}

void WelcomeWidget::requestStart(bool importMembers)
{
    if (communityName().isEmpty()) {
        showError(tr("Give the community a name: it is shown in the window's title."));
        m_name->setFocus();
        return;
    }
    const QString path = filePath();
    if (path.isEmpty()) {
        showError(tr("Choose the file the community will live in."));
        m_path->setFocus();
        return;
    }
    if (QFileInfo::exists(path)) {
        showError(takenMessage(path));
        m_path->setFocus();
        return;
    }
    showError(QString());
    Q_EMIT startRequested(communityName(), QFileInfo(path).absoluteFilePath(), importMembers);
}

} // namespace offkai
