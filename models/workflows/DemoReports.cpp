#include "DemoReports.h"

#include "reports/ReportTemplate.h"
#include "storage/Database.h"
#include "storage/SqlErrors.h"
#include "stores/BlogAccountStore.h"
#include "stores/ReportStore.h"
#include "stores/Workspace.h"
#include "workflows/ReportContextLoader.h"

#include <QFile>

namespace offkai {

namespace {

/// The id of `name` in `ids`.
Result<qint64> idOf(const QHash<QString, qint64> &ids, const QString &name)
{
    const qint64 id = ids.value(name);
    if (id == 0)
        return Error(Error::Code::NotFound, DemoReports::tr("The demo data is incomplete."), name);
    return id;
}

const char16_t kHighlights2[] =
    u"月末の平日・木曜日、前回と同じ銀座のワインバーに、当日の飛び入りも含めて9名が集まった。"
    u"基本はビジネスをテーマに、ワイワイ話す会。コミュニティのコンセプトどおりだ。\n"
    u"\n"
    u"![第1回オフ会のようす(イメージ写真・再掲)](images/meetup-ginza.png)\n"
    u"\n"
    u"今回も写真を撮り忘れたので、第1回のときの写真を再掲しておく。\n"
    u"\n"
    u"この集まりがきっかけで、早くもいろいろな動きが出てきている。\n"
    u"\n"
    u"- 経営者が誕生しそう\n"
    u"- ブロガーが誕生した\n"
    u"- 新たなビジネスが生まれそう\n"
    u"- みんなの前での決意表明が2つ\n"
    u"\n"
    u"本人にとって微妙な話も含まれるので、事実関係は多少あいまいにしてある。\n"
    u"\n"
    u"話題の1つは「このオフ会(コミュニティ)の方向性」。「お互いの成功を応援する」場がいいね、"
    u"と意見が一致した。経営者Iさんの「ここは、お互いの成功を応援するところが違う」という言葉が印象に残ってい"
    u"る。";

const char16_t kBody1[] =
    u"## 概要\n"
    u"\n"
    u"2013年7月25日(木)、銀座のワインバーで「オンライン異業種交流会」初めてのオフ会を開いた。"
    u"Facebookグループでやりとりしている皆さんと、初めて顔を合わせる会だ。\n"
    u"\n"
    u"![オフ会のようす](images/meetup-ginza.png)\n"
    u"\n"
    u"## ハイライト\n"
    u"\n"
    u"名刺交換会ではなく、ビジネスをテーマに語る飲み会。話題になった「おすすめの本」は別の記事で紹介する。\n";

} // namespace

Result<void> DemoReports::add(Workspace &workspace, const DemoData::Ids &ids)
{
    auto first = idOf(ids.events, QStringLiteral("第1回オフ会"));
    auto second = first ? idOf(ids.events, QStringLiteral("第2回オフ会")) : first;
    auto author = second ? idOf(ids.members, QStringLiteral("田村 浩之")) : second;
    if (!author)
        return author.error();

    QFile photoFile(QStringLiteral(":/offkai/demo/meetup-ginza.png"));
    if (!photoFile.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, tr("The demo data is incomplete."), photoFile.errorString());
    const QByteArray photoBytes = photoFile.readAll();

    // The community's blog, where the 1st report was published.
    BlogAccount blog;
    blog.name = QStringLiteral("コミュニティのブログ");
    blog.kind = BlogAccount::Kind::Hatena;
    blog.url = QUrl(QStringLiteral("https://blog.hatena.ne.jp/offkai-demo/offkai-demo.hatenablog.com/atom"));
    blog.userName = QStringLiteral("offkai-demo");
    auto blogId = workspace.blogAccounts().insert(blog);
    if (!blogId)
        return blogId.error();

    ReportStore &reports = workspace.reports();
    Report report1;
    report1.eventId = *first;
    report1.authorId = *author;
    report1.language = QStringLiteral("ja");
    report1.title = QStringLiteral("オンライン異業種交流会、初めてのオフ会を開催");
    report1.body = QString::fromUtf16(kBody1);
    report1.tags = {QStringLiteral("オフ会"), QStringLiteral("異業種交流会")};
    report1.status = Report::Status::Published;
    auto id1 = reports.insert(report1);
    if (!id1)
        return id1.error();
    ReportPhoto photo;
    photo.reportId = *id1;
    photo.fileName = QStringLiteral("meetup-ginza.png");
    photo.mimeType = QStringLiteral("image/png");
    photo.caption = QStringLiteral("オフ会のようす");
    photo.data = photoBytes;
    auto photo1 = reports.addPhoto(photo);
    if (!photo1)
        return photo1.error();
    ReportPublication published;
    published.reportId = *id1;
    published.accountId = *blogId;
    published.remoteId = QStringLiteral(
        "https://blog.hatena.ne.jp/offkai-demo/offkai-demo.hatenablog.com/atom/entry/13574176438000000001");
    published.url = QUrl(QStringLiteral("https://offkai-demo.hatenablog.com/entry/2013/07/26/offkai-1"));
    published.draft = false;
    published.publishedAt = QDateTime(QDate(2013, 7, 26), QTime(12, 0), QTimeZone::utc());
    if (auto recorded = reports.recordPublication(published, {}); !recorded)
        return recorded.error();

    // The 2nd meetup's report: a draft from the Japanese template, as seed 000 was written the next day.
    auto context = ReportContextLoader(workspace).load(*second, *author);
    if (!context)
        return context.error();
    const QString language = QStringLiteral("ja");
    Report report2;
    report2.eventId = *second;
    report2.authorId = *author;
    report2.language = language;
    report2.privacy = Report::Privacy::OccupationInitial;
    report2.title =
        QStringLiteral("オンライン異業種交流会、第2回オフ会報告。いろんな意味でターニングポイント");
    report2.tags = {QStringLiteral("オフ会"), QStringLiteral("異業種交流会")};
    QString body = ReportTemplate::render(ReportTemplate::builtInTemplate(language), *context,
                                          report2.privacy, language);
    const QString prompt =
        ReportTemplate::inlineValue(QStringLiteral("highlights"), *context, report2.privacy, language);
    body.replace(prompt, QString::fromUtf16(kHighlights2));
    report2.body = body;
    auto id2 = reports.insert(report2);
    if (!id2)
        return id2.error();
    photo.reportId = *id2;
    photo.caption = QStringLiteral("第1回オフ会のようす(イメージ写真・再掲)");
    if (auto photo2 = reports.addPhoto(photo); !photo2)
        return photo2.error();
    return {};
}

} // namespace offkai
