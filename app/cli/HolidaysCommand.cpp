#include "HolidaysCommand.h"

#include "CommandLine.h"
#include "CommandOptions.h"
#include "Output.h"
#include "scheduling/JapaneseHolidays.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace offkai {

QString HolidaysCommand::usage()
{
    return HolidaysCommand::tr("Usage: offkai holidays YEAR [--format text|json]\n"
                               "Lists Japan's public holidays of YEAR (%1 to %2), substitute and citizens' "
                               "holidays included,\none per line as YYYY-MM-DD, a tab and the name.")
        .arg(JapaneseHolidays::FirstYear)
        .arg(JapaneseHolidays::LastYear);
}

int HolidaysCommand::run(const QStringList &arguments)
{
    if (arguments.value(0) == QLatin1String("--help") || arguments.value(0) == QLatin1String("-h")) {
        Output::data(usage() + QLatin1Char('\n'));
        return CommandLine::Success;
    }
    CommandOptions options(QStringLiteral("holidays"), usage());
    options.addFormat({QStringLiteral("text"), QStringLiteral("json")});
    if (!options.parse(arguments, 1))
        return CommandLine::UsageError;
    const auto chosen = options.format();
    if (!chosen)
        return CommandLine::UsageError;
    const QString yearText = options.positionalArguments().constFirst();
    bool ok = false;
    const int year = yearText.toInt(&ok);
    if (!ok) {
        Output::message(tr("“%1” is not a year.").arg(yearText));
        return CommandLine::UsageError;
    }
    if (year < JapaneseHolidays::FirstYear) {
        Output::message(
            tr("%1 is too early: Japan's National Holidays Act took effect on 1948-07-20.").arg(year));
        return CommandLine::UsageError;
    }
    if (year > JapaneseHolidays::LastYear) {
        Output::message(tr("%1 is too late: the equinox days are computed up to %2.")
                            .arg(year)
                            .arg(JapaneseHolidays::LastYear));
        return CommandLine::UsageError;
    }

    const QList<JapaneseHolidays::Holiday> holidays = JapaneseHolidays::forYear(year);
    if (*chosen == QLatin1String("json")) {
        QJsonArray array;
        for (const JapaneseHolidays::Holiday &h : holidays) {
            const QString date = h.date.toString(Qt::ISODate);
            array.append(QJsonObject{{QStringLiteral("id"), date},
                                     {QStringLiteral("date"), date},
                                     {QStringLiteral("name"), h.name},
                                     {QStringLiteral("kind"), JapaneseHolidays::key(h.kind)}});
        }
        Output::data(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return CommandLine::Success;
    }
    QString text;
    for (const JapaneseHolidays::Holiday &h : holidays)
        text += h.date.toString(Qt::ISODate) + QLatin1Char('\t') + h.name + QLatin1Char('\n');
    Output::data(text);
    return CommandLine::Success;
}

} // namespace offkai
