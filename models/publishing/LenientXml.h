#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace offkai {

/// A forgiving reader for the XML that blog services answer with, which is not always well-formed: Hatena's
/// documented answers use prefixes they never declare (`app:`), open an `<entry>` where `</entry>` belongs
/// and close `<dc:subject>` with `</dc:subjetct>`. It lists the start tags in order with their depth, their
/// attributes and the text that follows them, by local name (prefixes dropped). An end tag closes the
/// nearest open element of its name and is otherwise ignored; the end of the input closes everything.
///
/// It is meant to find links and short values in an answer, not to check it: the HTTP status says whether
/// the request worked.
class LenientXml
{
public:
    struct Element
    {
        QString name;                       ///< local name: "draft" for <app:draft>
        QHash<QString, QString> attributes; ///< by local name, entities decoded
        QString text;                       ///< the text up to the next tag, entities decoded and trimmed
        int depth = 0;                      ///< 0 for the root
    };

    static QList<Element> elements(const QByteArray &xml);
    /// `&lt;`, `&amp;`, `&#12354;`, `&#x3042;`… replaced by their characters.
    static QString decodeEntities(QStringView text);
};

} // namespace offkai
