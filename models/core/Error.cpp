#include "Error.h"

namespace offkai {

QString Error::toString() const
{
    if (m_detail.isEmpty())
        return m_message;
    return m_message + QStringLiteral(" (") + m_detail + QLatin1Char(')');
}

} // namespace offkai
