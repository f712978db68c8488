#pragma once

#include <QString>

class QCoreApplication;

namespace offkai {

/// Chooses the UI language (`--lang ja|en`, else the system's) and installs Offkai's and Qt's translators.
class LanguageSetup
{
public:
    /// Languages Offkai ships, as ISO 639-1 codes.
    static QStringList available();
    /// Installs translators for `language` ("ja", "en", or empty for the system locale) and makes the
    /// matching QLocale the default, so dates and numbers follow it. Returns the language in effect.
    static QString install(QCoreApplication &app, const QString &language);
};

} // namespace offkai
