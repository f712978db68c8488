#include "AsciiDigits.h"

namespace offkai {

int AsciiDigits::value(QStringView text, qsizetype from, qsizetype length)
{
    if (from < 0 || length <= 0 || from + length > text.size())
        return -1;
    int n = 0;
    for (qsizetype i = from; i < from + length; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        n = n * 10 + (c - u'0');
    }
    return n;
}

} // namespace offkai
