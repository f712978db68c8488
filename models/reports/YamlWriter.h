#pragma once

#include <QString>
#include <QStringList>

namespace offkai {

/// Writes a YAML front matter block: a flat mapping of keys to scalars and lists of strings, between
/// "---" lines, in the order the entries are added.
///
/// Every string is written double-quoted (quoted()), so whatever it holds (":", "#", quotes, a leading
/// "[", "*", "&" or "-", line breaks, "yes", "null", digits) it reads back as the same string and never as
/// another type, a comment or an alias. Keys are the caller's fixed ASCII names and are written as they
/// are.
class YamlWriter
{
public:
    /// `text` as a YAML double-quoted scalar: "…" with \\, \" and control characters escaped
    /// (\n, \r, \t, other C0/C1 controls, DEL, U+2028 and U+2029 as \uXXXX).
    static QString quoted(const QString &text);

    /// key: "value"
    YamlWriter &string(const QString &key, const QString &value);
    /// key: true / false
    YamlWriter &boolean(const QString &key, bool value);
    /// key: null
    YamlWriter &null(const QString &key);
    /// key: '' — an empty string the way js-yaml (Qiita CLI) writes it.
    YamlWriter &emptyString(const QString &key);
    /// key: <text> as given: a timestamp or another value the caller has already made valid YAML.
    YamlWriter &raw(const QString &key, const QString &text);
    /// key: ["a", "b"] (a flow sequence; [] when empty).
    YamlWriter &flowList(const QString &key, const QStringList &values);
    /// key:, then "  - "a"" per value (a block sequence as Qiita CLI writes it); an empty list is written
    /// as one empty string, "  - ''", which is what `qiita new` writes for "no tags yet".
    YamlWriter &blockList(const QString &key, const QStringList &values);

    /// "---\n", the entries, "---\n".
    QString text() const;

private:
    QString m_entries;
};

} // namespace offkai
