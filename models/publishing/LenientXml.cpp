#include "LenientXml.h"

#include <QRegularExpression>

namespace offkai {

namespace {

QString localName(QStringView name)
{
    const qsizetype colon = name.lastIndexOf(QLatin1Char(':'));
    return (colon < 0 ? name : name.mid(colon + 1)).toString();
}

} // namespace

QString LenientXml::decodeEntities(QStringView text)
{
    if (!text.contains(QLatin1Char('&')))
        return text.toString();
    static const QRegularExpression entity(
        QStringLiteral("&(#x[0-9A-Fa-f]{1,6}|#[0-9]{1,7}|[A-Za-z]{2,6});"));
    QString out;
    qsizetype last = 0;
    for (auto it = entity.globalMatch(text.toString()); it.hasNext();) {
        const auto m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QStringView name = m.capturedView(1);
        char32_t code = 0;
        if (name.startsWith(QLatin1String("#x")))
            code = char32_t(name.mid(2).toUInt(nullptr, 16));
        else if (name.startsWith(QLatin1Char('#')))
            code = char32_t(name.mid(1).toUInt());
        else if (name == QLatin1String("lt"))
            code = '<';
        else if (name == QLatin1String("gt"))
            code = '>';
        else if (name == QLatin1String("amp"))
            code = '&';
        else if (name == QLatin1String("quot"))
            code = '"';
        else if (name == QLatin1String("apos"))
            code = '\'';
        if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code < 0xE000))
            out += m.capturedView(0); // unknown: left as it was
        else
            out += QString::fromUcs4(&code, 1);
    }
    out += text.mid(last);
    return out;
}

QList<LenientXml::Element> LenientXml::elements(const QByteArray &xml)
{
    const QString text = QString::fromUtf8(xml);
    // A start, end or empty tag; comments, CDATA, declarations and processing instructions are skipped
    // (their '<' is followed by '!' or '?').
    static const QRegularExpression tag(
        QStringLiteral(R"(<(/?)([A-Za-z_][\w:.\-]*)((?:\s+[^<>]*?)?)\s*(/?)>)"));
    static const QRegularExpression attribute(
        QStringLiteral(R"re(([A-Za-z_][\w:.\-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'))re"));
    static const QRegularExpression skipped(QStringLiteral(R"(<!--.*?-->|<!\[CDATA\[.*?\]\]>)"),
                                            QRegularExpression::DotMatchesEverythingOption);

    QList<Element> list;
    QStringList open; // names of the open elements, outermost first
    auto matches = tag.globalMatch(text);
    qsizetype cursor = 0;
    while (matches.hasNext()) {
        const auto m = matches.next();
        // A tag inside a comment or CDATA section is no tag.
        const auto hidden = skipped.match(text, cursor);
        if (hidden.hasMatch() && hidden.capturedStart() < m.capturedStart() &&
            hidden.capturedEnd() > m.capturedStart()) {
            matches = tag.globalMatch(text, hidden.capturedEnd());
            cursor = hidden.capturedEnd();
            continue;
        }
        cursor = m.capturedEnd();
        const QString name = localName(m.capturedView(2));
        if (!m.capturedView(1).isEmpty()) {
            const qsizetype at = open.lastIndexOf(name);
            if (at >= 0)
                open.resize(at);
            continue;
        }
        Element element;
        element.name = name;
        element.depth = int(open.size());
        for (auto a = attribute.globalMatch(m.captured(3)); a.hasNext();) {
            const auto am = a.next();
            const QStringView value = am.capturedLength(2) > 0 || am.capturedLength(3) == 0
                                          ? am.capturedView(2)
                                          : am.capturedView(3);
            element.attributes.insert(localName(am.capturedView(1)), decodeEntities(value));
        }
        const qsizetype next = text.indexOf(QLatin1Char('<'), m.capturedEnd());
        const QStringView after =
            QStringView(text).mid(m.capturedEnd(), next < 0 ? -1 : next - m.capturedEnd());
        element.text = decodeEntities(after).trimmed();
        if (next >= 0 && text.mid(next, 9) == QLatin1String("<![CDATA[")) {
            const qsizetype end = text.indexOf(QLatin1String("]]>"), next);
            if (end > next)
                element.text = text.mid(next + 9, end - next - 9).trimmed();
        }
        list.append(element);
        if (m.capturedView(4).isEmpty())
            open.append(name);
    }
    return list;
}

} // namespace offkai
