#pragma once

#include "records/ReportContext.h"
#include "reports/ReportLanguage.h"
#include "reports/ReportTemplate.h"

#include <QTimeZone>

namespace offkai::test {

/// The Japanese strings of models/reports, compiled from tests/data/reports/offkai_ja_reports.ts. They
/// are consulted after the app's catalogue, so once merged into translations/offkai_ja.ts that one wins.
inline bool addReportCatalogue()
{
    return ReportLanguage::addCatalogue(QStringLiteral("ja"), QStringLiteral(OFFKAI_REPORTS_QM));
}

inline ReportAttendee attendee(qint64 id, const QString &name, const QString &reading,
                               const QString &occupation, const QString &label, Member::NameConsent consent)
{
    ReportAttendee a;
    a.memberId = id;
    a.displayName = name;
    a.reading = reading;
    a.occupation = occupation;
    a.occupationLabel = label;
    a.consent = consent;
    return a;
}

/// The hostile name of tst_reporttemplate: every piece of it would be markup if it were not escaped.
inline QString hostileName()
{
    return QStringLiteral("*Bob* [x](http://a) <b>|");
}

/// Seed 000: the 2nd offline meetup of オンライン異業種交流会, 2013-08-29 19:30–22:30 in Tokyo, at the same
/// Ginza wine bar as the 1st; 9 people came, one of them a walk-in; what comes next is a tentative online
/// meetup in September and a tentative offline one at a Takadanobaba Spanish bar on a month-end weekday.
inline ReportContext secondOfflineMeetup()
{
    using C = Member::NameConsent;
    const QTimeZone tokyo(QByteArrayLiteral("Asia/Tokyo"));
    ReportContext ctx;
    Event &e = ctx.event;
    e.id = 2;
    e.title = QStringLiteral("オンライン異業種交流会 第2回オフ会");
    e.status = Event::Status::Done;
    e.start = QDateTime(QDate(2013, 8, 29), QTime(19, 30), tokyo);
    e.end = QDateTime(QDate(2013, 8, 29), QTime(22, 30), tokyo);
    e.venueId = 1;
    e.notes = QStringLiteral("ORGANIZER-NOTE 写真は撮り忘れ");

    Venue v;
    v.id = 1;
    v.name = QStringLiteral("ワインバー ヴィーニョ銀座");
    v.kind = Venue::Kind::Bar;
    v.address = QStringLiteral("東京都中央区銀座二丁目14-5 銀座セントラルビル3階");
    v.stations = {{QStringLiteral("銀座駅"), QStringLiteral("東京メトロ銀座線・丸ノ内線・日比谷線"),
                   QStringLiteral("A4出口"), 3}};
    v.phone = QStringLiteral("03-0000-2101");
    v.notes = QStringLiteral("VENUE-NOTE 予約は田村の名前で。");
    ctx.venue = v;
    ctx.eventTypeName = QStringLiteral("オフ会");

    // In reading order, as the stores give them.
    ReportAttendee organizer =
        attendee(10, QStringLiteral("田村 正樹"), QStringLiteral("たむら まさき"),
                 QStringLiteral("freelancer"), QStringLiteral("フリーランス"), C::FullName);
    organizer.role = Participation::Role::Organizer;
    ReportAttendee walkIn =
        attendee(18, QStringLiteral("城島 さくら"), QStringLiteral("じょうじま さくら"),
                 QStringLiteral("pre_founder"), QStringLiteral("起業準備中"), C::OccupationInitial);
    walkIn.walkIn = true;
    ctx.attendees = {
        attendee(11, QStringLiteral("井上 一郎"), QStringLiteral("いのうえ いちろう"),
                 QStringLiteral("executive"), QStringLiteral("経営者"), C::OccupationInitial),
        attendee(12, QStringLiteral("内気 太郎"), QStringLiteral("うちき たろう"),
                 QStringLiteral("freelancer"), QStringLiteral("フリーランス"), C::NotNamed),
        attendee(13, QStringLiteral("佐藤 花子"), QStringLiteral("さとう はなこ"),
                 QStringLiteral("freelancer"), QStringLiteral("フリーランス"), C::OccupationInitial),
        walkIn,
        organizer,
        attendee(14, QStringLiteral("千葉 真理"), QStringLiteral("ちば まり"), QStringLiteral("creator"),
                 QStringLiteral("クリエイター"), C::OccupationInitial),
        attendee(15, QStringLiteral("常盤 亮"), QStringLiteral("ときわ りょう"),
                 QStringLiteral("advertising"), QStringLiteral("広告・媒体"), C::OccupationInitial),
        attendee(16, QStringLiteral("藤田 健"), QStringLiteral("ふじた けん"), QStringLiteral("executive"),
                 QStringLiteral("経営者"), C::FullName),
        attendee(17, hostileName(), QString(), QStringLiteral("creator"), QStringLiteral("クリエイター"),
                 C::FullName),
    };

    Event online;
    online.id = 3;
    online.title = QStringLiteral("9月のオン会");
    online.type = QStringLiteral("online_meetup");
    online.format = Event::Format::Online;
    online.status = Event::Status::Tentative;
    online.tentativeFrom = QDate(2013, 9, 1);
    online.tentativeTo = QDate(2013, 9, 30);
    Event third;
    third.id = 4;
    third.title = QStringLiteral("第3回オフ会@高田馬場スペインバル");
    third.status = Event::Status::Tentative;
    third.tentativeFrom = QDate(2013, 9, 1);
    third.tentativeTo = QDate(2013, 9, 30);
    third.tentativeNote = QStringLiteral("月末の平日");
    third.venueId = 2;
    ctx.nextEvents = {online, third};

    PreviousReport previous;
    previous.reportId = 11;
    previous.title = QStringLiteral("第1回オフ会レポート");
    previous.url = QUrl(QStringLiteral("https://example.com/2013/08/offkai-1.html"));
    previous.event.id = 1;
    previous.event.title = QStringLiteral("オンライン異業種交流会 第1回オフ会");
    previous.event.status = Event::Status::Done;
    previous.event.start = QDateTime(QDate(2013, 8, 1), QTime(19, 30), tokyo);
    previous.event.end = QDateTime(QDate(2013, 8, 1), QTime(22, 0), tokyo);
    ctx.previous = previous;
    ctx.authorName = QStringLiteral("田村 正樹");
    return ctx;
}

/// The report tst_reportexporter and the export presets' tests write: the 2nd meetup's, in Japanese, with
/// quotes in its title, a photo link in its body, two tags, written 2013-08-30 10:00 in Tokyo, id 12.
inline Report exportedReport()
{
    const ReportContext ctx = secondOfflineMeetup();
    Report r;
    r.id = 12;
    r.eventId = ctx.event.id;
    r.title = QStringLiteral("オンライン異業種交流会、第2回オフ会報告。いろんな意味で\"ターニングポイント\"");
    r.language = QStringLiteral("ja");
    r.privacy = Report::Privacy::OccupationInitial;
    r.body = ReportTemplate::render(ReportTemplate::builtInTemplate(r.language), ctx, r.privacy, r.language);
    r.body.replace(QStringLiteral("（ここに当日のハイライトを"),
                   QStringLiteral("![オフ会のようす](images/offkai-1.jpg)\n\n（ここに当日のハイライトを"));
    r.tags = {QStringLiteral("オンライン異業種交流会"), QStringLiteral("オフ会")};
    r.createdAt = QDateTime(QDate(2013, 8, 30), QTime(10, 0), QTimeZone(QByteArrayLiteral("Asia/Tokyo")));
    return r;
}

/// Two photos: a JPEG of every byte value and a PNG with a Japanese name.
inline QList<ReportPhoto> exportedPhotos()
{
    ReportPhoto jpeg;
    jpeg.fileName = QStringLiteral("offkai-1.jpg");
    // Every byte value, so that nothing is converted on the way.
    for (int i = 0; i < 256; ++i)
        jpeg.data.append(char(i));
    jpeg.data.append(QByteArray("\r\n\n\r\x1a", 5));
    ReportPhoto png;
    png.fileName = QStringLiteral("テーブル.png");
    png.mimeType = QStringLiteral("image/png");
    png.data = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(1000, '\0');
    return {jpeg, png};
}

} // namespace offkai::test
