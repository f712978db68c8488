#pragma once

#include "records/Event.h"

#include <QLocale>
#include <QString>

namespace offkai {

/// The language a report's generated text is written in, which is the report's own (Report::language),
/// not the UI's: a Japanese report stays Japanese when the app runs in English.
///
/// AnnouncementWriter writes in the UI language (tr() through the installed translator, and the locale
/// it is given). Reports cannot: their language is stored with them and their templates are per
/// language. So the strings are still marked for translation in source English — lupdate extracts every
/// `translate("context", "source")` call into the app's catalogue like a tr() — but they are looked up
/// in the compiled catalogue of the requested language (":/i18n/offkai_<code>.qm"), whatever translator
/// the application has installed. English needs no catalogue; a language without one falls back to
/// English, as the templates do.
class ReportLanguage
{
public:
    /// "ja" or "en" (any "ja…" code or Japanese locale gives "ja"; everything else "en").
    explicit ReportLanguage(const QString &code);
    explicit ReportLanguage(const QLocale &locale);

    /// "ja" or "en": the value kept in Report::language.
    QString code() const { return m_code; }
    bool isJapanese() const { return m_code == QLatin1String("ja"); }
    /// ja_JP or en_US, for dates and numbers, independent of the system locale.
    QLocale locale() const;

    /// The translation of `source` in this language: the app's catalogue first, then any catalogue
    /// added with addCatalogue(); the source itself when none has it (and always for English).
    QString translate(const char *context, const char *source, const char *disambiguation = nullptr) const;

    /// Like Event::whenText() in this language, without the time zone's abbreviation (a report tells
    /// the local time of the place it happened): "2013年8月29日(木) 19:30〜22:30",
    /// "2013年9月中（日程未定）：月末の平日".
    QString whenText(const Event &event) const;
    /// Event::dateText() in this language.
    QString dateText(const QDate &date) const;
    /// A count in this language's digits ("1,234").
    QString number(int n) const;

    /// Adds a catalogue (a .qm file or resource) consulted after the app's own for `code`, for
    /// translations not yet merged into it. Returns false when it cannot be loaded.
    static bool addCatalogue(const QString &code, const QString &qmPath);
    /// "ja" or "en" for any language code.
    static QString normalizedCode(const QString &code);

private:
    QString m_code;
};

} // namespace offkai
