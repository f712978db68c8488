#include "EventSummaryView.h"

#include "records/Venue.h"
#include "reports/HeadcountText.h"
#include "stores/CommunitySettingsStore.h"
#include "stores/EventStore.h"
#include "stores/MemberStore.h"
#include "stores/ParticipationStore.h"
#include "stores/VenueStore.h"
#include "stores/Workspace.h"

#include <QLabel>
#include <QTextDocument>

namespace offkai {

namespace {
QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td style='padding-right:10px; white-space:nowrap'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), valueHtml);
}
} // namespace

EventSummaryView::EventSummaryView(Workspace &workspace, QWidget *parent)
    : QScrollArea(parent)
    , m_workspace(workspace)
{
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("eventSummaryText"));
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_label->setOpenExternalLinks(true);
    m_label->setMargin(8);
    setWidget(m_label);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setEvent(0);
}

void EventSummaryView::setEvent(qint64 id)
{
    m_eventId = id;
    refresh();
}

QString EventSummaryView::plainText() const
{
    QTextDocument document;
    document.setHtml(m_label->text());
    return document.toPlainText();
}

void EventSummaryView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    refresh();
}

void EventSummaryView::refresh()
{
    auto event = m_eventId != 0 ? m_workspace.events().get(m_eventId) : Result<Event>(Error());
    if (m_eventId == 0 || !event) {
        m_label->setText(QStringLiteral("<p style='color:%1'>%2</p>")
                             .arg(palette().color(QPalette::PlaceholderText).name(),
                                  (m_readOnly ? tr("Select an event to see its details and participants.")
                                              : tr("Select an event to see its details and participants. "
                                                   "Double-click a day to add an event on it."))
                                      .toHtmlEscaped()));
        return;
    }
    const Event &e = *event;
    const QLocale locale;
    QString html =
        QStringLiteral("<p style='font-size:large; font-weight:bold'>%1</p>").arg(e.title.toHtmlEscaped());
    html +=
        QStringLiteral("<p>%1</p>").arg(e.whenText(locale, m_workspace.settings().zone()).toHtmlEscaped());
    html += QStringLiteral("<table cellspacing='2'>");

    QString type = EventType::builtInName(e.type);
    if (auto known = m_workspace.events().type(e.type)) {
        type = QStringLiteral("<span style='color:%1'>■</span> %2")
                   .arg(known->color, known->displayName().toHtmlEscaped());
    } else {
        type = type.toHtmlEscaped();
    }
    html += row(tr("Type"), type + QStringLiteral(" · ") + Event::formatLabel(e.format).toHtmlEscaped());
    html += row(tr("Status"), Event::statusLabel(e.status).toHtmlEscaped());
    if (e.venueId != 0) {
        if (auto venue = m_workspace.venues().get(e.venueId)) {
            QString where = venue->name.toHtmlEscaped();
            if (!venue->address.isEmpty())
                where += QStringLiteral("<br>") + escaped(venue->address);
            html += row(tr("Venue"), where);
        }
    }
    if (!e.onlineUrl.isEmpty()) {
        html += row(tr("Online"), QStringLiteral("<a href='%1'>%2</a>")
                                      .arg(e.onlineUrl.toHtmlEscaped(), e.onlineUrl.toHtmlEscaped()));
    }
    if (e.hostMemberId != 0) {
        if (auto host = m_workspace.members().get(e.hostMemberId))
            html += row(tr("Host"), host->displayName.toHtmlEscaped());
    }
    if (auto count = m_workspace.participations().headcount(e.id))
        html += row(tr("People"), HeadcountText::text(*count, locale).toHtmlEscaped());
    if (e.fee) {
        html += row(tr("Fee"),
                    (*e.fee == 0 ? tr("Free") : tr("%1 yen").arg(locale.toString(*e.fee))).toHtmlEscaped());
    }
    if (!e.whatToBring.isEmpty())
        html += row(tr("Bring"), e.whatToBring.toHtmlEscaped());
    html += QStringLiteral("</table>");
    if (!e.description.trimmed().isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(escaped(e.description.trimmed()));
    if (!e.notes.trimmed().isEmpty()) {
        html += QStringLiteral("<p style='color:%1'><i>%2</i> %3</p>")
                    .arg(palette().color(QPalette::PlaceholderText).name(),
                         tr("Organizer notes:").toHtmlEscaped(), escaped(e.notes.trimmed()));
    }
    m_label->setText(html);
}

} // namespace offkai
