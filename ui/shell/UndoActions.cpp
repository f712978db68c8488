#include "UndoActions.h"
#include "Icons.h"

#include <QAction>
#include <QRegularExpression>
#include <QUndoStack>

namespace offkai {

UndoActions::UndoActions(QUndoStack &stack, std::function<bool()> ready, QObject *parent)
    : QObject(parent)
{
    const auto make = [&](const QString &icon, const QString &text, QKeySequence::StandardKey key,
                          void (QUndoStack::*step)()) {
        auto *action = new QAction(Icons::get(icon), text, this);
        action->setShortcut(key);
        action->setEnabled(false);
        connect(action, &QAction::triggered, this, [&stack, ready, step] {
            if (!ready || ready())
                (stack.*step)();
        });
        return action;
    };
    m_undo = make(QStringLiteral("edit-undo"), tr("&Undo"), QKeySequence::Undo, &QUndoStack::undo);
    m_redo = make(QStringLiteral("edit-redo"), tr("&Redo"), QKeySequence::Redo, &QUndoStack::redo);
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
