#include "ReportPhotoStrip.h"

#include "stores/ReportStore.h"

#include <QBoxLayout>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QInputDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QPixmap>
#include <QPushButton>
#include <QStandardPaths>

namespace offkai {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kFileRole = Qt::UserRole + 2;
constexpr int kCaptionRole = Qt::UserRole + 3;
} // namespace

ReportPhotoStrip::ReportPhotoStrip(ReportStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("Add &Photos…"), this))
    , m_insert(new QPushButton(tr("&Insert in Text"), this))
    , m_remove(new QPushButton(tr("Remove Photo"), this))
{
    m_list->setViewMode(QListView::IconMode);
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(false);
    m_list->setIconSize(QSize(96, 72));
    m_list->setGridSize(QSize(120, 100));
    m_list->setMovement(QListView::Static);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setFixedHeight(112);
    m_list->setAccessibleName(tr("Photos"));
    m_list->setToolTip(tr("Double-click a photo to edit its caption."));

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_insert);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &ReportPhotoStrip::chooseFiles);
    connect(m_insert, &QPushButton::clicked, this, &ReportPhotoStrip::insertSelected);
    connect(m_remove, &QPushButton::clicked, this, &ReportPhotoStrip::removeSelected);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &ReportPhotoStrip::editCaption);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &ReportPhotoStrip::updateButtons);
    connect(&m_store, &ReportStore::photosChanged, this, [this](qint64 reportId) {
        if (reportId == m_reportId)
            reload();
    });
    updateButtons();
}

void ReportPhotoStrip::setReport(qint64 reportId)
{
    m_reportId = reportId;
    reload();
}

void ReportPhotoStrip::reload()
{
    m_list->clear();
    if (m_reportId > 0) {
        auto photos = m_store.photos(m_reportId);
        if (!photos) {
            Q_EMIT errorOccurred(photos.error());
        } else {
            for (const ReportPhoto &p : std::as_const(*photos)) {
                QImage image;
                image.loadFromData(p.data);
                auto *item = new QListWidgetItem(
                    QIcon(QPixmap::fromImage(
                        image.scaled(m_list->iconSize(), Qt::KeepAspectRatio, Qt::SmoothTransformation))),
                    p.caption.isEmpty() ? p.fileName : p.caption, m_list);
                item->setData(kIdRole, p.id);
                item->setData(kFileRole, p.fileName);
                item->setData(kCaptionRole, p.caption);
                item->setToolTip(p.fileName);
            }
        }
    }
    m_add->setEnabled(m_reportId > 0);
    updateButtons();
}

void ReportPhotoStrip::updateButtons()
{
    const bool selected = !m_list->selectedItems().isEmpty();
    m_insert->setEnabled(selected);
    m_remove->setEnabled(selected);
}

QStringList ReportPhotoStrip::addFiles(const QStringList &paths)
{
    QStringList added;
    const QMimeDatabase mimes;
    for (const QString &path : paths) {
        QFile file(path);
        const QString name = QFileInfo(path).fileName();
        if (file.size() > kMaxPhotoBytes) {
            Q_EMIT errorOccurred(
                Error(Error::Code::Invalid,
                      tr("%1 is larger than 20 MB. Make it smaller before attaching it.").arg(name)));
            continue;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            Q_EMIT errorOccurred(
                Error(Error::Code::Io, tr("Could not read %1.").arg(name), file.errorString()));
            continue;
        }
        const QByteArray data = file.readAll();
        QImage probe;
        if (data.isEmpty() || !probe.loadFromData(data)) {
            Q_EMIT errorOccurred(
                Error(Error::Code::Invalid, tr("%1 is not an image Offkai can read.").arg(name)));
            continue;
        }
        ReportPhoto photo;
        photo.reportId = m_reportId;
        photo.fileName = name;
        photo.mimeType = mimes.mimeTypeForData(data).name();
        photo.data = data;
        auto stored = m_store.addPhoto(photo);
        if (!stored) {
            Q_EMIT errorOccurred(stored.error());
            continue;
        }
        added.append(stored->fileName);
    }
    return added;
}

void ReportPhotoStrip::chooseFiles()
{
    QStringList filters;
    const auto formats = QImageReader::supportedImageFormats();
    for (const QByteArray &format : formats)
        filters.append(QStringLiteral("*.") + QString::fromLatin1(format));
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Add Photos"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Images (%1)").arg(filters.join(QLatin1Char(' '))));
    if (paths.isEmpty())
        return;
    const QStringList added = addFiles(paths);
    for (const QString &name : added)
        Q_EMIT insertRequested(QStringLiteral("![](images/%1)").arg(name));
}

void ReportPhotoStrip::editCaption()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    bool ok = false;
    const QString caption = QInputDialog::getText(
        this, tr("Photo Caption"), tr("Caption for %1:").arg(item->data(kFileRole).toString()),
        QLineEdit::Normal, item->data(kCaptionRole).toString(), &ok);
    if (!ok)
        return;
    if (auto saved = m_store.setPhotoCaption(item->data(kIdRole).toLongLong(), caption.trimmed()); !saved)
        Q_EMIT errorOccurred(saved.error());
}

void ReportPhotoStrip::insertSelected()
{
    const auto items = m_list->selectedItems();
    for (const QListWidgetItem *item : items) {
        QString caption = item->data(kCaptionRole).toString();
        caption.replace(QLatin1Char('['), QStringLiteral("\\["))
            .replace(QLatin1Char(']'), QStringLiteral("\\]"));
        Q_EMIT insertRequested(
            QStringLiteral("![%1](images/%2)").arg(caption, item->data(kFileRole).toString()));
    }
}

void ReportPhotoStrip::removeSelected()
{
    const auto items = m_list->selectedItems();
    if (items.isEmpty())
        return;
    if (QMessageBox::question(
            this, tr("Remove Photos"),
            tr("Remove %n photo(s) from this report? Links to them in the text will show nothing.", nullptr,
               int(items.size()))) != QMessageBox::Yes)
        return;
    QList<qint64> ids;
    for (const QListWidgetItem *item : items)
        ids.append(item->data(kIdRole).toLongLong());
    for (qint64 id : std::as_const(ids)) {
        if (auto removed = m_store.removePhoto(id); !removed)
            Q_EMIT errorOccurred(removed.error());
    }
}

} // namespace offkai
