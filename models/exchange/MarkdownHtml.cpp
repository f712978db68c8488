#include "MarkdownHtml.h"

#include <md4c-html.h>
#include <md4c.h>

namespace offkai {

namespace {

constexpr unsigned kParserFlags = MD_DIALECT_GITHUB | MD_FLAG_NOHTML;

void appendHtml(const MD_CHAR *text, MD_SIZE size, void *userdata)
{
    static_cast<QByteArray *>(userdata)->append(text, static_cast<qsizetype>(size));
}

struct PlainText
{
    QByteArray text;
    int depth = 0;
};

int enterBlock(MD_BLOCKTYPE type, void *, void *userdata)
{
    auto *plain = static_cast<PlainText *>(userdata);
    if (type != MD_BLOCK_DOC && !plain->text.isEmpty() && !plain->text.endsWith('\n') &&
        (type == MD_BLOCK_P || type == MD_BLOCK_H || type == MD_BLOCK_LI || type == MD_BLOCK_TR ||
         type == MD_BLOCK_CODE || type == MD_BLOCK_QUOTE))
        plain->text.append('\n');
    if (type == MD_BLOCK_TD || type == MD_BLOCK_TH) {
        if (!plain->text.isEmpty() && !plain->text.endsWith('\n'))
            plain->text.append('\t');
    }
    return 0;
}

int leaveBlock(MD_BLOCKTYPE, void *, void *)
{
    return 0;
}

int enterSpan(MD_SPANTYPE, void *, void *)
{
    return 0;
}

int leaveSpan(MD_SPANTYPE, void *, void *)
{
    return 0;
}

int text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *userdata)
{
    auto *plain = static_cast<PlainText *>(userdata);
    switch (type) {
    case MD_TEXT_NULLCHAR:
        plain->text.append("\xEF\xBF\xBD");
        break;
    case MD_TEXT_BR:
        plain->text.append('\n');
        break;
    case MD_TEXT_SOFTBR:
        plain->text.append(' ');
        break;
    case MD_TEXT_ENTITY: {
        // Entities appear only where the source wrote one; decode the common ones.
        const QByteArray entity(text, static_cast<qsizetype>(size));
        if (entity == "&amp;")
            plain->text.append('&');
        else if (entity == "&lt;")
            plain->text.append('<');
        else if (entity == "&gt;")
            plain->text.append('>');
        else if (entity == "&quot;")
            plain->text.append('"');
        else
            plain->text.append(entity);
        break;
    }
    default:
        plain->text.append(text, static_cast<qsizetype>(size));
        break;
    }
    return 0;
}

} // namespace

QString MarkdownHtml::toHtml(const QString &markdown)
{
    const QByteArray input = markdown.toUtf8();
    QByteArray html;
    html.reserve(input.size() * 5 / 4 + 64);
    md_html(input.constData(), static_cast<MD_SIZE>(input.size()), appendHtml, &html, kParserFlags, 0);
    return QString::fromUtf8(html);
}

QString MarkdownHtml::toPlainText(const QString &markdown)
{
    const QByteArray input = markdown.toUtf8();
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = kParserFlags;
    parser.enter_block = enterBlock;
    parser.leave_block = leaveBlock;
    parser.enter_span = enterSpan;
    parser.leave_span = leaveSpan;
    parser.text = text;
    PlainText plain;
    md_parse(input.constData(), static_cast<MD_SIZE>(input.size()), &parser, &plain);
    return QString::fromUtf8(plain.text);
}

} // namespace offkai
