#pragma once

#include "core/Result.h"
#include "HatenaAtom.h"
#include "PublishErrors.h"
#include "records/BlogAccount.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace offkai {

/// Which editing mode (編集モード) a Hatena blog is in. Hatena reads an entry's text in the blog's own
/// syntax whatever `<content type>` the entry was sent with, so a blog in 見たまま or はてな記法 mode shows a
/// report's Markdown marks as they are. There is no API for the setting; the latest entry tells it, as its
/// `<content type>` (GET {root}/entry). A blog without entries cannot tell.
///
/// finished() follows each start(), never from inside it. The API key goes only over https:// (or to this
/// computer), never follows a redirect and appears in no message.
class HatenaSyntaxCheck : public QObject
{
    Q_OBJECT
public:
    explicit HatenaSyntaxCheck(QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);

    void start(const BlogAccount &account, const QString &apiKey, int timeoutMs = 15000);
    bool isRunning() const { return m_reply != nullptr; }

    /// "Markdown", "はてな記法 (Hatena syntax)", "見たまま (WYSIWYG)", or "unknown", translated.
    static QString modeName(HatenaAtom::Syntax syntax);
    /// What to change in Hatena's settings when the mode is not Markdown; empty when it is or is unknown.
    static QString warning(HatenaAtom::Syntax syntax);

Q_SIGNALS:
    /// The latest entry's `<content type>`; empty when the blog has no entry yet.
    void finished(const offkai::Result<QString> &contentType);

private:
    void onFinished(QNetworkReply *reply, const PublishErrors::Call &call, const QStringList &secrets);
    void finishLater(const Result<QString> &result);

    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    int m_timeoutMs = 15000;
};

} // namespace offkai
