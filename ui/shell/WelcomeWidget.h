#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace offkai {

/// The first page when no database is open: start a community (its name, and the file it lives in,
/// under the documents folder unless changed), start one and import its members from a CSV file, open an
/// existing file, or look around the demo.
class WelcomeWidget : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomeWidget(QWidget *parent = nullptr);

    QString communityName() const;
    /// The file the community will live in, as typed (native separators allowed).
    QString filePath() const;
    void setFilePath(const QString &path);
    /// Shows why the community could not be started; nothing typed is lost.
    void showError(const QString &message);
    QString errorText() const;

    /// `folder/<name>.sqlite`, the name made safe for a file name ("community" when empty); the first
    /// of `<name>.sqlite`, `<name> 2.sqlite`, … that does not exist yet.
    static QString suggestedPath(const QString &folder, const QString &name);
    /// The folder new communities go to by default: the user's documents folder.
    static QString defaultFolder();
    /// Why a community cannot start in `path`, a file that exists.
    static QString takenMessage(const QString &path);

Q_SIGNALS:
    /// Start a community named `name` in the new file `path`; with `importMembers`, then import its
    /// members from a CSV file.
    void startRequested(const QString &name, const QString &path, bool importMembers);
    void openRequested();
    void demoRequested();

private:
    void nameEdited();
    void browse();
    void requestStart(bool importMembers);

    QLineEdit *m_name = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_start = nullptr;
    /// Whether the path still follows the name (the user has not typed or chosen one).
    bool m_pathFollowsName = true;
};

} // namespace offkai
