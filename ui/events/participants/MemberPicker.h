#pragma once

#include <functional>
#include <QWidget>

class QLineEdit;
class QListWidget;

namespace offkai {

/// A field for picking a person from the keyboard: type a few letters of a name or reading, the best
/// matches appear below, Up/Down choose, Enter picks. Used for check-in at the door and for adding people.
class MemberPicker : public QWidget
{
    Q_OBJECT
public:
    struct Candidate
    {
        qint64 memberId = 0;
        QString text;   ///< name (reading)
        QString detail; ///< what picking does ("checked in at 19:30", "walk-in", …)
    };
    using Search = std::function<QList<Candidate>(const QString &text)>;

    MemberPicker(const QString &placeholder, Search search, QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    QListWidget *matchList() const { return m_list; }
    void clear();
    /// Re-runs the search for the current text (after the data changed).
    void refresh();

Q_SIGNALS:
    void picked(qint64 memberId);
    /// Enter with text that matches nobody.
    void unmatched(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update(const QString &text);
    void pickCurrent();

    Search m_search;
    QLineEdit *m_edit;
    QListWidget *m_list;
};

} // namespace offkai
