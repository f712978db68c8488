#include "Occupation.h"

namespace offkai {

QString Occupation::builtInLabel(const QString &key)
{
    if (key == QLatin1String("freelancer"))
        return tr("Freelancer");
    if (key == QLatin1String("creator"))
        return tr("Creator");
    if (key == QLatin1String("executive"))
        return tr("Executive");
    if (key == QLatin1String("founder"))
        return tr("Founder");
    if (key == QLatin1String("employee"))
        return tr("Employee");
    if (key == QLatin1String("student"))
        return tr("Student");
    if (key == QLatin1String("advertising"))
        return tr("Advertising and media");
    if (key == QLatin1String("other"))
        return tr("Other");
    return key;
}

} // namespace offkai
