#pragma once

#include <QCoreApplication>
#include <QString>

namespace offkai {

/// The one way failure is reported in Offkai.
///
/// `message` is translated and meant for the user; `detail` is technical (SQL error text, errno, file
/// offsets) and goes to the log. Both are always set by the code that detects the failure, where the
/// most is known about it.
class Error
{
public:
    enum class Code
    {
        None,
        NotSqlite,
        Corrupt,
        NewerSchema,
        ReadOnly,
        Locked,
        Io,
        Sql,
        Migration,
        NotFound,
        InUse,
        Invalid,
        Usage,
        Unauthorized, ///< a server refused the user name or password, or this user's rights
        Unreachable,  ///< a server could not be reached
        Insecure,     ///< a server could not be reached safely (no TLS, an unverified certificate)
        Conflict,     ///< the row changed since it was read (another window or organizer saved it first)
    };

    Error() = default;
    Error(Code code, QString message, QString detail = {})
        : m_code(code)
        , m_message(std::move(message))
        , m_detail(std::move(detail))
    {}

    Code code() const { return m_code; }
    const QString &message() const { return m_message; }
    const QString &detail() const { return m_detail; }
    bool isError() const { return m_code != Code::None; }

    /// Message and detail on one line, for logs and the command line.
    QString toString() const;

private:
    Code m_code = Code::None;
    QString m_message;
    QString m_detail;
};

} // namespace offkai

Q_DECLARE_METATYPE(offkai::Error)
