#include "ReportLanguage.h"

#include <memory>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QMutexLocker>
#include <QTranslator>

namespace offkai {

namespace {

/// The catalogues of each language: the app's own first, then the added ones. Loaded once, read from
/// any thread (QTranslator::translate() is const and reentrant).
struct Catalogues
{
    QMutex mutex;
    QHash<QString, QList<std::shared_ptr<QTranslator>>> byCode;
    QHash<QString, bool> builtInTried;

    QList<std::shared_ptr<QTranslator>> forCode(const QString &code)
    {
        QMutexLocker lock(&mutex);
        if (!builtInTried.value(code)) {
            builtInTried.insert(code, true);
            auto translator = std::make_shared<QTranslator>();
            if (translator->load(QStringLiteral(":/i18n/offkai_") + code))
                byCode[code].prepend(translator);
        }
        return byCode.value(code);
    }

    void add(const QString &code, std::shared_ptr<QTranslator> translator)
    {
        QMutexLocker lock(&mutex);
        byCode[code].append(std::move(translator));
    }
};

Catalogues &catalogues()
{
    static Catalogues instance;
    return instance;
}

} // namespace

ReportLanguage::ReportLanguage(const QString &code)
    : m_code(normalizedCode(code))
{}

ReportLanguage::ReportLanguage(const QLocale &locale)
    : m_code(locale.language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en"))
{}

QString ReportLanguage::normalizedCode(const QString &code)
{
    return code.trimmed().startsWith(QLatin1String("ja"), Qt::CaseInsensitive) ? QStringLiteral("ja")
                                                                               : QStringLiteral("en");
}

QLocale ReportLanguage::locale() const
{
    return isJapanese() ? QLocale(QLocale::Japanese, QLocale::Japan)
                        : QLocale(QLocale::English, QLocale::UnitedStates);
}

QString ReportLanguage::translate(const char *context, const char *source, const char *disambiguation) const
{
    if (!isJapanese())
        return QString::fromUtf8(source);
    for (const auto &translator : catalogues().forCode(m_code)) {
        const QString text = translator->translate(context, source, disambiguation);
        if (!text.isEmpty())
            return text;
    }
    return QString::fromUtf8(source);
}

bool ReportLanguage::addCatalogue(const QString &code, const QString &qmPath)
{
    auto translator = std::make_shared<QTranslator>();
    if (!translator->load(qmPath))
        return false;
    catalogues().add(normalizedCode(code), std::move(translator));
    return true;
}

QString ReportLanguage::dateText(const QDate &date) const
{
    return Event::dateText(date, locale());
}

QString ReportLanguage::number(int n) const
{
    return locale().toString(n);
}

QString ReportLanguage::whenText(const Event &event) const
{
    const QLocale loc = locale();
    if (!event.hasDay()) {
        // The same strings as Event::whenText(), so the catalogue already has them.
        const QDate from = event.tentativeFrom;
        const QDate to = event.tentativeTo.isValid() ? event.tentativeTo : event.tentativeFrom;
        QString range;
        if (!from.isValid()) {
            range = translate("offkai::Event", "Date to be decided");
        } else if (from.day() == 1 && to == from.addMonths(1).addDays(-1)) {
            const QString month = isJapanese() ? loc.toString(from, QStringLiteral("yyyy年M月"))
                                               : loc.toString(from, QStringLiteral("MMMM yyyy"));
            range = translate("offkai::Event", "Sometime in %1, date to be decided").arg(month);
        } else if (from == to) {
            range = translate("offkai::Event", "%1, to be confirmed").arg(dateText(from));
        } else {
            range = translate("offkai::Event", "Between %1 and %2, date to be decided")
                        .arg(dateText(from), dateText(to));
        }
        const QString note = event.tentativeNote.simplified();
        return note.isEmpty() ? range : translate("offkai::Event", "%1 (%2)").arg(range, note);
    }
    const QString dash = isJapanese() ? QStringLiteral("〜") : QStringLiteral(" – ");
    const QDate first = event.firstDay();
    const QDate last = event.lastDay();
    QString text = dateText(first);
    if (event.allDay)
        return last == first ? text : text + dash + dateText(last);
    text += QLatin1Char(' ') + Event::timeText(event.start.time(), loc);
    if (event.end.isValid()) {
        text += dash;
        if (event.end.date() != event.start.date() && last != first)
            text += dateText(event.end.date()) + QLatin1Char(' ');
        text += Event::timeText(event.end.time(), loc);
    }
    return text;
}

} // namespace offkai
