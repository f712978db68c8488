#include "UndoActions.h"
#include "Icons.h"

#include <QAction>
#include <QRegularExpression>
#include <QUndoStack>

namespace offkai {

UndoActions::UndoActions(QUndoStack &stack, std::function<bool()> ready, QObject *parent)
    : QObject(parent)
{
    m_undo = new QAction(Icons::get(QStringLiteral("edit-undo")), tr("&Undo"), this);
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setEnabled(false);
    connect(m_undo, &QAction::triggered, this, [&stack, ready] {
        if (!ready || ready())
            stack.undo();
    });
    m_redo = new QAction(Icons::get(QStringLiteral("edit-redo")), tr("&Redo"), this);
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setEnabled(false);
    connect(m_redo, &QAction::triggered, this, [&stack, ready] {
        if (!ready || ready())
            stack.redo();
    });
    connect(&stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(&stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(&stack, &QUndoStack::undoTextChanged, this, [this](const QString &text) {
        m_undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
        m_undo->setToolTip(toolTipOf(m_undo));
    });
    connect(&stack, &QUndoStack::redoTextChanged, this, [this](const QString &text) {
        m_redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
        m_redo->setToolTip(toolTipOf(m_redo));
    });
    m_undo->setToolTip(toolTipOf(m_undo));
    m_redo->setToolTip(toolTipOf(m_redo));
}

QString UndoActions::toolTipOf(const QAction *action)
{
    static const QRegularExpression japaneseMnemonic(QStringLiteral("\\(&[^&]\\)"));
    QString text = action->text();
    text.remove(japaneseMnemonic);
    text.remove(QLatin1Char('&'));
    const QString keys = action->shortcut().toString(QKeySequence::NativeText);
    return keys.isEmpty() ? text : text + QStringLiteral(" (") + keys + QLatin1Char(')');
}

} // namespace offkai
