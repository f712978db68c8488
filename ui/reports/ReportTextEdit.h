#pragma once

#include "reports/ReportTemplate.h"

#include <memory>
#include <QPlainTextEdit>

namespace offkai {

/// The report's Markdown editor. The generated blocks (ReportTemplate::regions) are shown as labelled,
/// tinted regions, their marker comments hidden behind a label such as "Generated: Who came", and they are
/// read-only: typing, deleting, pasting, dropping or an input method's text that would change a block or
/// break its marker lines is refused (protectedEditRefused() says so), except that text typed or pasted
/// at a block's very edge goes on a line of its own beside it. A block selected whole may be deleted. The
/// document keeps the markers, so the saved Markdown has them and Refresh fills the blocks again.
class ReportTextEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ReportTextEdit(QWidget *parent = nullptr);
    ~ReportTextEdit() override;

    /// The generated blocks of the text now.
    const QList<GeneratedRegion> &regions() const { return m_regions; }
    /// "Generated: Who came" / 「自動生成: 参加者」, the label a block is shown with.
    static QString regionLabel(const QString &blockName);

Q_SIGNALS:
    /// An edit was refused because it would change the generated block `blockName`.
    void protectedEditRefused(const QString &blockName);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;
    void dropEvent(QDropEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    /// A tooltip over a block says what it is and how it is filled.
    bool viewportEvent(QEvent *event) override;

private:
    void updateRegions();
    /// The block whose marker lines or their line breaks lie within [from, to], or null.
    const GeneratedRegion *regionNear(qsizetype from, qsizetype to) const;
    /// Replaces [from, to) with `text` when that keeps the blocks whole, or puts it beside the block at
    /// whose edge it is typed; else refuses. True when something was inserted or nothing needed to be.
    bool replaceGuarded(qsizetype from, qsizetype to, const QString &text);
    void refuse(const GeneratedRegion *region);

    QList<GeneratedRegion> m_regions;
    /// Runs a key on a copy of the text, to see what it would change.
    std::unique_ptr<QPlainTextEdit> m_probe;
};

} // namespace offkai
