#include "LanguageSetup.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace offkai {

QStringList LanguageSetup::available()
{
    return {QStringLiteral("en"), QStringLiteral("ja")};
}

QString LanguageSetup::install(QCoreApplication &app, const QString &language)
{
    QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty() && language == QLatin1String("ja"))
        locale = QLocale(QLocale::Japanese, QLocale::Japan);
    const QString code = locale.language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
    if (!language.isEmpty() && code == QLatin1String("en") && locale.language() != QLocale::English)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);
    // English is the source language; its catalogue holds only the plural forms ("1 member").
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/offkai_") + code))
        app.installTranslator(own);
    else
        delete own;
    if (code == QLatin1String("en"))
        return code;

    for (const QString &catalog : {QStringLiteral("qtbase_"), QStringLiteral("qt_")}) {
        auto *qt = new QTranslator(&app);
        if (qt->load(catalog + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            app.installTranslator(qt);
            break;
        }
        delete qt;
    }
    return code;
}

} // namespace offkai
