#pragma once

#include "core/Result.h"
#include "records/Member.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace offkai {

/// Writes members as vCard 3.0 (RFC 2426), which phones and address books import.
///
/// Each card has FN, N (a Japanese name "佐藤 花子" splits on its first space into family;given, any
/// other name goes whole into the family part), the reading as SORT-STRING and as X-PHONETIC-LAST-NAME /
/// X-PHONETIC-FIRST-NAME (split the same way; iOS and Android read these), one EMAIL;TYPE=INTERNET per
/// address, TEL, ORG, TITLE and NOTE. Text is escaped (\\ \, \; \n), lines are folded at 75 octets without
/// splitting a UTF-8 sequence, and every line ends with CRLF.
class VCardWriter
{
    Q_DECLARE_TR_FUNCTIONS(offkai::VCardWriter)
public:
    static QByteArray card(const Member &member);
    static QByteArray cards(const QList<Member> &members);
    /// Writes cards(members) to `path` atomically.
    static Result<void> writeFile(const QString &path, const QList<Member> &members);

    /// RFC 2426 text value escaping.
    static QString escape(const QString &text);
    /// Folds one content line (UTF-8, without its line end) into lines of at most 75 octets, joined by
    /// CRLF and a space; the result ends with CRLF.
    static QByteArray fold(const QByteArray &line);
    /// {family, given}: a name with Japanese characters splits on its first space (ASCII or ideographic);
    /// other names stay whole in the family part.
    static std::pair<QString, QString> splitName(const QString &name);
};

} // namespace offkai
