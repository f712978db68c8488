#include "HeadcountText.h"

namespace offkai {

QString HeadcountText::cameText(int came, int walkIns, const ReportLanguage &lang)
{
    // The report's own strings ("offkai::ReportTemplate"): its headcount has always read this way.
    const QString people = came == 1
                               ? lang.translate("offkai::ReportTemplate", "1 person")
                               : lang.translate("offkai::ReportTemplate", "%1 people").arg(lang.number(came));
    if (walkIns == 0)
        return people;
    const QString walk =
        walkIns == 1 ? lang.translate("offkai::ReportTemplate", "1 walk-in")
                     : lang.translate("offkai::ReportTemplate", "%1 walk-ins").arg(lang.number(walkIns));
    return lang.translate("offkai::ReportTemplate", "%1 (%2)", "headcount, then walk-ins").arg(people, walk);
}

QString HeadcountText::text(const Headcount &h, const ReportLanguage &lang)
{
    if (h.held) {
        const QString came = cameText(h.attended, h.walkIns, lang);
        if (!h.capacity)
            return came;
        return lang.translate("offkai::HeadcountText", "%1 / capacity %2", "who came, then the capacity")
            .arg(came, lang.number(*h.capacity));
    }
    QString text =
        lang.translate("offkai::HeadcountText", "%1 registered", "people registered who take a place")
            .arg(lang.number(h.takingPlaces));
    if (h.staffNotCounted > 0)
        text = lang.translate("offkai::HeadcountText", "%1 (+%2 staff)",
                              "registered, then staff who take no place")
                   .arg(text, lang.number(h.staffNotCounted));
    if (h.capacity) {
        text = h.isFull() ? lang.translate("offkai::HeadcountText", "%1 / full (capacity %2)",
                                           "registered, then the capacity")
                                .arg(text, lang.number(*h.capacity))
                          : lang.translate("offkai::HeadcountText", "%1 / %2 of %3 places left",
                                           "registered, then the places left and the capacity")
                                .arg(text, lang.number(*h.placesLeft()), lang.number(*h.capacity));
    }
    if (h.waitlisted > 0)
        text =
            lang.translate("offkai::HeadcountText", "%1 · %2 waitlisted", "the headcount, then the waitlist")
                .arg(text, lang.number(h.waitlisted));
    return text;
}

QString HeadcountText::text(const Headcount &headcount, const QLocale &locale)
{
    return text(headcount, ReportLanguage(locale));
}

} // namespace offkai
