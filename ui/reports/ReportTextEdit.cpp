#include "ReportTextEdit.h"

#include "reports/GeneratedRegionGuard.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QHelpEvent>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

namespace offkai {

namespace {
/// How strongly the palette's highlight colour tints a block (0–255), and its label.
constexpr int kRegionTint = 28;
constexpr int kLabelTint = 70;
} // namespace

ReportTextEdit::ReportTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_probe(std::make_unique<QPlainTextEdit>())
{
    connect(document(), &QTextDocument::contentsChanged, this, &ReportTextEdit::updateRegions);
}

ReportTextEdit::~ReportTextEdit() = default;

QString ReportTextEdit::regionLabel(const QString &blockName)
{
    QString what = blockName;
    if (blockName == QLatin1String("summary"))
        what = tr("Summary");
    else if (blockName == QLatin1String("headcount"))
        what = tr("Attendance count");
    else if (blockName == QLatin1String("attendees"))
        what = tr("Who came");
    else if (blockName == QLatin1String("next"))
        what = tr("Coming up next");
    else if (blockName == QLatin1String("previous"))
        what = tr("Previous report");
    else if (blockName == QLatin1String("community_figures"))
        what = tr("The community in figures");
    //: the label of a part of a report that Offkai writes from the event's data, %1 what it is
    return tr("Generated: %1").arg(what);
}

void ReportTextEdit::updateRegions()
{
    const QList<GeneratedRegion> found = ReportTemplate::regions(toPlainText());
    if (found == m_regions)
        return;
    m_regions = found;
    QColor tint = palette().color(QPalette::Highlight);
    tint.setAlpha(kRegionTint);
    QList<QTextEdit::ExtraSelection> selections;
    for (const GeneratedRegion &region : std::as_const(m_regions)) {
        const QTextBlock first = document()->findBlock(int(region.start));
        const QTextBlock last = document()->findBlock(int(region.contentEnd));
        for (QTextBlock block = first; block.isValid(); block = block.next()) {
            QTextEdit::ExtraSelection line;
            line.cursor = QTextCursor(block);
            line.format.setBackground(tint);
            line.format.setProperty(QTextFormat::FullWidthSelection, true);
            selections.append(line);
            if (block == first || block == last) {
                // The marker comment is hidden behind its label (paintEvent).
                QTextEdit::ExtraSelection marker;
                marker.cursor = QTextCursor(block);
                marker.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
                marker.format.setForeground(Qt::transparent);
                selections.append(marker);
            }
            if (block == last)
                break;
        }
    }
    setExtraSelections(selections);
    viewport()->update();
}

const GeneratedRegion *ReportTextEdit::regionNear(qsizetype from, qsizetype to) const
{
    for (const GeneratedRegion &region : m_regions) {
        if (to >= region.start - 1 && from <= region.end + 1)
            return &region;
    }
    return nullptr;
}

void ReportTextEdit::refuse(const GeneratedRegion *region)
{
    Q_EMIT protectedEditRefused(region ? region->name : QString());
}

bool ReportTextEdit::replaceGuarded(qsizetype from, qsizetype to, const QString &text)
{
    const QString before = toPlainText();
    QString insert = text;
    qsizetype caret = from + text.size();
    if (!GeneratedRegionGuard::allowsReplacing(before, from, to, text)) {
        const QString moved = from == to ? GeneratedRegionGuard::besideBlock(before, from, text) : QString();
        if (moved.isNull()) {
            refuse(regionNear(from, to));
            return false;
        }
        insert = moved;
        // Before an opening marker the caret stays at the end of the text, on its new line.
        caret = moved.startsWith(QLatin1Char('\n')) ? from + moved.size() : from + text.size();
    }
    QTextCursor cursor(document());
    cursor.setPosition(int(from));
    cursor.setPosition(int(to), QTextCursor::KeepAnchor);
    cursor.insertText(insert);
    cursor.setPosition(int(caret));
    setTextCursor(cursor);
    return true;
}

void ReportTextEdit::keyPressEvent(QKeyEvent *event)
{
    const QTextCursor cursor = textCursor();
    const GeneratedRegion *near = regionNear(cursor.selectionStart(), cursor.selectionEnd());
    // Paste goes through insertFromMimeData(), which puts text at a block's edge beside it.
    if (isReadOnly() || !near || event->matches(QKeySequence::Paste)) {
        QPlainTextEdit::keyPressEvent(event);
        return;
    }
    // What would the key do? Run it on a copy of the text with the same selection.
    const QString before = toPlainText();
    m_probe->setTabChangesFocus(tabChangesFocus());
    m_probe->setPlainText(before);
    QTextCursor probe(m_probe->document());
    probe.setPosition(cursor.anchor());
    probe.setPosition(cursor.position(), QTextCursor::KeepAnchor);
    m_probe->setTextCursor(probe);
    QKeyEvent copy(event->type(), event->key(), event->modifiers(), event->text(), event->isAutoRepeat(),
                   ushort(event->count()));
    QCoreApplication::sendEvent(m_probe.get(), &copy);
    const QString after = m_probe->toPlainText();
    qsizetype from = 0;
    qsizetype to = 0;
    GeneratedRegionGuard::changedRange(before, after, &from, &to);
    if (after == before || GeneratedRegionGuard::allows(before, after, from, to)) {
        QPlainTextEdit::keyPressEvent(event);
        return;
    }
    event->accept();
    const QString typed = event->text();
    if (!cursor.hasSelection() && !typed.isEmpty() && typed.at(0).isPrint())
        replaceGuarded(cursor.position(), cursor.position(), typed); // beside the block, or refused
    else
        refuse(near);
}

void ReportTextEdit::inputMethodEvent(QInputMethodEvent *event)
{
    const QTextCursor cursor = textCursor();
    const qsizetype from = cursor.selectionStart();
    const qsizetype to = cursor.selectionEnd();
    const QString commit = event->commitString();
    if (isReadOnly() || (commit.isEmpty() && from == to) || !regionNear(from, to) ||
        GeneratedRegionGuard::allowsReplacing(toPlainText(), from, to, commit)) {
        QPlainTextEdit::inputMethodEvent(event);
        return;
    }
    // The composed text goes beside the block, or nowhere; the composition ends either way.
    replaceGuarded(from, to, commit);
    QInputMethodEvent ended;
    QPlainTextEdit::inputMethodEvent(&ended);
}

void ReportTextEdit::insertFromMimeData(const QMimeData *source)
{
    const QTextCursor cursor = textCursor();
    if (isReadOnly() || !source || !source->hasText() ||
        !regionNear(cursor.selectionStart(), cursor.selectionEnd())) {
        QPlainTextEdit::insertFromMimeData(source);
        return;
    }
    QString text = source->text();
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    replaceGuarded(cursor.selectionStart(), cursor.selectionEnd(), text);
    ensureCursorVisible();
}

void ReportTextEdit::dropEvent(QDropEvent *event)
{
    // Text dragged within the editor is copied, not moved, near a block: moving it would cut it out of
    // its place without asking the guard.
    const QTextCursor cursor = textCursor();
    const qsizetype at = cursorForPosition(event->position().toPoint()).position();
    const bool internal = event->source() == this || event->source() == viewport();
    if (internal && (regionNear(at, at) || regionNear(cursor.selectionStart(), cursor.selectionEnd())))
        event->setDropAction(Qt::CopyAction);
    QPlainTextEdit::dropEvent(event);
}

void ReportTextEdit::contextMenuEvent(QContextMenuEvent *event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    const QTextCursor cursor = textCursor();
    const bool removable = !cursor.hasSelection() ||
                           !regionNear(cursor.selectionStart(), cursor.selectionEnd()) ||
                           GeneratedRegionGuard::allowsReplacing(toPlainText(), cursor.selectionStart(),
                                                                 cursor.selectionEnd(), {});
    if (!removable) {
        for (QAction *action : menu->actions()) {
            if (action->objectName() == QLatin1String("edit-cut") ||
                action->objectName() == QLatin1String("edit-delete"))
                action->setEnabled(false);
        }
    }
    menu->exec(event->globalPos());
}

bool ReportTextEdit::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const qsizetype at = cursorForPosition(help->pos()).position();
        for (const GeneratedRegion &region : std::as_const(m_regions)) {
            if (at >= region.start && at <= region.end) {
                QToolTip::showText(help->globalPos(),
                                   regionLabel(region.name) + QLatin1Char('\n') +
                                       tr("Offkai writes this part from the event's data; Report › Refresh "
                                          "Generated Parts fills it in again. Write your own text above or "
                                          "below it."),
                                   viewport());
                return true;
            }
        }
        QToolTip::hideText();
    }
    return QPlainTextEdit::viewportEvent(event);
}

void ReportTextEdit::paintEvent(QPaintEvent *event)
{
    QPlainTextEdit::paintEvent(event);
    if (m_regions.isEmpty())
        return;
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    QColor chip = palette().color(QPalette::Highlight);
    chip.setAlpha(kLabelTint);
    const QFontMetricsF metrics(font());
    const QPointF offset = contentOffset();
    for (const GeneratedRegion &region : std::as_const(m_regions)) {
        for (const bool opening : {true, false}) {
            const QTextBlock block = document()->findBlock(int(opening ? region.start : region.contentEnd));
            if (!block.isValid() || !block.isVisible())
                continue;
            const QRectF line = blockBoundingGeometry(block).translated(offset);
            if (line.bottom() < event->rect().top() || line.top() > event->rect().bottom())
                continue;
            const QString text = opening ? regionLabel(region.name) + QStringLiteral("  ") +
                                               tr("(read-only: Refresh fills it in)")
                                         //: the line that closes a generated part of a report
                                         : tr("End of the generated part");
            const qreal width = std::min(metrics.horizontalAdvance(text) + 16.0, line.width() - 8.0);
            const QRectF label(line.left() + document()->documentMargin(), line.top() + 1, width,
                               line.height() - 2);
            painter.setPen(Qt::NoPen);
            painter.setBrush(chip);
            painter.drawRoundedRect(label, 4, 4);
            painter.setPen(palette().color(QPalette::Text));
            painter.drawText(label.adjusted(8, 0, -8, 0), Qt::AlignVCenter | Qt::AlignLeft,
                             metrics.elidedText(text, Qt::ElideRight, label.width() - 16));
        }
    }
}

} // namespace offkai
