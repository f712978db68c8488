#pragma once

#include <functional>
#include <QObject>

class QAction;
class QUndoStack;

namespace offkai {

/// Edit › Undo and Redo over one undo stack: enabled as the stack allows, named after the step they take
/// back or do again ("Undo Edit 佐藤 花子"), with the shortcut in their tooltips. Triggering one first asks
/// `ready` (the window turns what is being typed into a step of its own), and goes on only if it agrees.
class UndoActions : public QObject
{
    Q_OBJECT
public:
    UndoActions(QUndoStack &stack, std::function<bool()> ready, QObject *parent);

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }

    /// An action's text as a tooltip: without its mnemonic (Japanese "(&U)" included), with its shortcut.
    static QString toolTipOf(const QAction *action);

private:
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
};

} // namespace offkai
