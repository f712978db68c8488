#include "MemberPicker.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace offkai {

namespace {
constexpr int kVisibleMatches = 6;
}

MemberPicker::MemberPicker(const QString &placeholder, Search search, QWidget *parent)
    : QWidget(parent)
    , m_search(std::move(search))
    , m_edit(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_edit->setPlaceholderText(placeholder);
    m_edit->setAccessibleName(placeholder);
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setUniformItemSizes(true);
    m_list->setVisible(false);
    layout->addWidget(m_edit);
    layout->addWidget(m_list);
    connect(m_edit, &QLineEdit::textChanged, this, &MemberPicker::update);
    connect(m_edit, &QLineEdit::returnPressed, this, &MemberPicker::pickCurrent);
    connect(m_list, &QListWidget::itemActivated, this, [this] { pickCurrent(); });
    connect(m_list, &QListWidget::itemClicked, this, [this] { pickCurrent(); });
}

void MemberPicker::clear()
{
    m_edit->clear();
}

void MemberPicker::refresh()
{
    update(m_edit->text());
}

void MemberPicker::update(const QString &text)
{
    m_list->clear();
    const QList<Candidate> candidates =
        text.trimmed().isEmpty() ? QList<Candidate>() : m_search(text.trimmed());
    for (const Candidate &c : candidates) {
        auto *item = new QListWidgetItem(
            c.detail.isEmpty() ? c.text : c.text + QStringLiteral("  —  ") + c.detail, m_list);
        item->setData(Qt::UserRole, c.memberId);
    }
    if (m_list->count() > 0) {
        m_list->setCurrentRow(0);
        const int rowHeight = qMax(m_list->sizeHintForRow(0), fontMetrics().height() + 4);
        m_list->setFixedHeight(rowHeight * qMin(kVisibleMatches, m_list->count()) + 2 * m_list->frameWidth());
    }
    m_list->setVisible(m_list->count() > 0);
}

void MemberPicker::pickCurrent()
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return;
    QListWidgetItem *item = m_list->currentItem();
    if (!item) {
        Q_EMIT unmatched(text);
        return;
    }
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    m_edit->clear();
    Q_EMIT picked(id);
}

bool MemberPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress && m_list->count() > 0) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            const int row = m_list->currentRow() + (key == Qt::Key_Down ? 1 : -1);
            m_list->setCurrentRow(qBound(0, row, m_list->count() - 1));
            return true;
        }
        if (key == Qt::Key_Escape) {
            m_edit->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace offkai
