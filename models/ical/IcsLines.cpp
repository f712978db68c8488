#include "IcsLines.h"

#include <libical/ical.h>
#include <QStringDecoder>

namespace offkai {

namespace {
Error invalid(const QString &message)
{
    return Error(Error::Code::Invalid, message);
}

bool isNameChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

} // namespace

Result<IcsLines::Unfolded> IcsLines::unfold(const QByteArray &input)
{
    QByteArray data = input;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    QList<QByteArray> lines;
    QList<int> numbers;
    int number = 0;
    qsizetype at = 0;
    while (at < data.size()) {
        qsizetype end = data.indexOf('\n', at);
        if (end < 0)
            end = data.size();
        QByteArray line = data.mid(at, end - at);
        at = end + 1;
        ++number;
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.isEmpty() && (line.at(0) == ' ' || line.at(0) == '\t')) {
            if (lines.isEmpty())
                return invalid(tr("Line %1 continues a line that does not exist: the line folding "
                                  "of the file is broken.")
                                   .arg(number));
            lines.last().append(line.constData() + 1, line.size() - 1);
            continue;
        }
        lines.append(line);
        numbers.append(number);
    }

    // Most files are UTF-8 throughout: one check of the whole text spares one per line. A text that is not
    // is checked line by line below, to name the line.
    bool checkEachLine = false;
    {
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString decoded = utf8(data);
        checkEachLine = utf8.hasError();
    }

    Unfolded result;
    result.text.reserve(data.size());
    QList<QByteArray> open;
    bool closed = false;
    bool first = true;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.trimmed().isEmpty())
            continue;
        if (first && line.toUpper() != "BEGIN:VCALENDAR")
            return invalid(tr("This is not an iCalendar file: it does not start with "
                              "BEGIN:VCALENDAR."));
        first = false;
        if (closed)
            return invalid(tr("Line %1 comes after END:VCALENDAR.").arg(numbers.at(i)));
        qsizetype n = 0;
        while (n < line.size() && isNameChar(line.at(n)))
            ++n;
        qsizetype colon = -1;
        if (n > 0 && n < line.size() && (line.at(n) == ':' || line.at(n) == ';')) {
            bool quoted = false;
            for (qsizetype k = n; k < line.size(); ++k) {
                if (line.at(k) == '"')
                    quoted = !quoted;
                else if (line.at(k) == ':' && !quoted) {
                    colon = k;
                    break;
                }
            }
        }
        if (colon < 0)
            return invalid(tr("Line %1 is not an iCalendar line (“%2”): the line folding of the file "
                              "is broken.")
                               .arg(numbers.at(i))
                               .arg(QString::fromUtf8(line.left(40))));
        if (checkEachLine) {
            QStringDecoder utf8(QStringDecoder::Utf8);
            const QString decoded = utf8(line);
            if (utf8.hasError())
                return invalid(tr("Line %1 is not UTF-8 text: the file is damaged or in another "
                                  "encoding.")
                                   .arg(numbers.at(i)));
        }
        const auto nameIs = [&](const char *name) {
            return qsizetype(qstrlen(name)) == n && qstrnicmp(line.constData(), name, n) == 0;
        };
        const bool begins = nameIs("BEGIN");
        const bool ends = !begins && nameIs("END");
        const QByteArray value = begins || ends ? line.mid(colon + 1).trimmed().toUpper() : QByteArray();
        if (begins) {
            // libical reads only the outer one of nested events and drops the rest without a word.
            const bool inItem = !open.isEmpty() && (open.last() == "VEVENT" || open.last() == "VTODO" ||
                                                    open.last() == "VJOURNAL");
            if ((inItem && value != "VALARM") || (value == "VCALENDAR" && !open.isEmpty()))
                return invalid(tr("Line %1 begins a %2 inside a %3, which iCalendar does not allow: the file "
                                  "is damaged.")
                                   .arg(numbers.at(i))
                                   .arg(QString::fromUtf8(value), QString::fromUtf8(open.last())));
            open.append(value);
        } else if (ends) {
            if (open.isEmpty() || open.last() != value)
                return invalid(tr("Line %1 ends %2, but %3 is open: the file is damaged.")
                                   .arg(numbers.at(i))
                                   .arg(QString::fromUtf8(value), open.isEmpty()
                                                                      ? QStringLiteral("-")
                                                                      : QString::fromUtf8(open.last())));
            open.removeLast();
            closed = open.isEmpty();
        } else if (nameIs("RRULE")) {
            const QByteArray rule = line.mid(colon + 1).trimmed();
            icalerror_clear_errno();
            const icalrecurrencetype parsed = icalrecurrencetype_from_string(rule.constData());
            const bool bad = parsed.freq == ICAL_NO_RECURRENCE || icalerrno != ICAL_NO_ERROR;
            icalerror_clear_errno();
            if (bad)
                return invalid(tr("Line %1: the repeat rule “%2” is not a valid RRULE.")
                                   .arg(numbers.at(i))
                                   .arg(QString::fromUtf8(rule)));
            result.rrules.append(rule);
            result.rruleLines.append(numbers.at(i));
        }
        result.text += line;
        result.text += "\r\n";
    }
    if (first)
        return invalid(tr("The file is empty."));
    if (!closed)
        return invalid(tr("The file ends before END:%1: it is incomplete, perhaps cut off while "
                          "downloading.")
                           .arg(QString::fromUtf8(open.isEmpty() ? QByteArray("VCALENDAR") : open.first())));
    return result;
}

} // namespace offkai
