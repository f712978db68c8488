#include "YamlWriter.h"

namespace offkai {

QString YamlWriter::quoted(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        switch (c) {
        case u'"':
            out += QStringLiteral("\\\"");
            break;
        case u'\\':
            out += QStringLiteral("\\\\");
            break;
        case u'\n':
            out += QStringLiteral("\\n");
            break;
        case u'\r':
            out += QStringLiteral("\\r");
            break;
        case u'\t':
            out += QStringLiteral("\\t");
            break;
        default:
            // Other C0 and C1 controls, DEL, the BOM and the Unicode line separators YAML treats as breaks.
            if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029 ||
                c == 0xFEFF)
                out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
            else
                out += ch;
        }
    }
    return out + QLatin1Char('"');
}

YamlWriter &YamlWriter::string(const QString &key, const QString &value)
{
    return raw(key, quoted(value));
}

YamlWriter &YamlWriter::boolean(const QString &key, bool value)
{
    return raw(key, value ? QStringLiteral("true") : QStringLiteral("false"));
}

YamlWriter &YamlWriter::null(const QString &key)
{
    return raw(key, QStringLiteral("null"));
}

YamlWriter &YamlWriter::emptyString(const QString &key)
{
    return raw(key, QStringLiteral("''"));
}

YamlWriter &YamlWriter::raw(const QString &key, const QString &text)
{
    m_entries += key + QStringLiteral(": ") + text + QLatin1Char('\n');
    return *this;
}

YamlWriter &YamlWriter::flowList(const QString &key, const QStringList &values)
{
    QStringList items;
    for (const QString &value : values)
        items.append(quoted(value));
    return raw(key, QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']'));
}

YamlWriter &YamlWriter::blockList(const QString &key, const QStringList &values)
{
    m_entries += key + QStringLiteral(":\n");
    if (values.isEmpty())
        m_entries += QStringLiteral("  - ''\n");
    for (const QString &value : values)
        m_entries += QStringLiteral("  - ") + quoted(value) + QLatin1Char('\n');
    return *this;
}

QString YamlWriter::text() const
{
    return QStringLiteral("---\n") + m_entries + QStringLiteral("---\n");
}

} // namespace offkai
