#include "workflows/DemoData.h"

#include "records/Event.h"
#include "records/Member.h"
#include "records/Participation.h"
#include "records/Venue.h"
#include "stores/EventStore.h"
#include "stores/JoinQuestionCatalog.h"
#include "stores/MemberBulkActions.h"
#include "stores/MemberStore.h"
#include "stores/ParticipationStore.h"
#include "stores/VenueStore.h"
#include "stores/Workspace.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace offkai {

namespace {

// ---------------------------------------------------------------------------------------------------------
// The data. Every text is a UTF-16 literal; nullptr stands for "none" where a field may be unset.
// People, companies, addresses, e-mail addresses, phone numbers and URLs are made up: e-mail and web
// addresses use example.com / example.jp, phone numbers the fictional 0X0-0000-xxxx style.
// ---------------------------------------------------------------------------------------------------------

/// The paid Zoom room of the community; the meeting number is obviously fake.
constexpr const char16_t *kZoomUrl = u"https://zoom.us/j/00000000000?pwd=offkai-demo";

constexpr const char16_t *kTags[] = {u"幹事", u"ブロガー", u"起業準備", u"常連", u"Zoomホスト", u"経営者"};

struct MemberSeed
{
    const char16_t *displayName;
    const char16_t *reading;
    const char16_t *email;
    const char16_t *phone;
    const char16_t *affiliation;
    const char16_t *jobTitle;
    const char16_t *occupation; // stable English key, translated by the app
    const char16_t *industry;
    const char16_t *region;
    const char16_t *introduction;
    const char16_t *status;
    const char16_t *joinedOn; // "YYYY-MM-DD" or nullptr
    const char16_t *leftOn;   // "YYYY-MM-DD" or nullptr
    const char16_t *notes;
    const char16_t *tags; // comma-separated names from kTags
};

constexpr MemberSeed kMembers[] = {
    {u"田村 浩之", u"たむら ひろゆき", u"hiroyuki.tamura@example.jp", u"090-0000-1001",
     u"株式会社サンプルシステムズ", u"企画部 課長", u"employee", u"IT・ソフトウェア", u"東京都",
     u"「オンライン異業種交流会」の主催者です。名刺交換会ではなく、ビジネスをテーマに"
     u"ワイワイ話せる飲み会が好き。ブログで「比較ネタ」を書いています。",
     u"active", u"2013-06-01", nullptr, u"グループ管理者。オフ会の会場予約とレポート担当。",
     u"幹事,ブロガー,常連"},
    {u"井上 隆", u"いのうえ たかし", u"t.inoue@example.com", u"090-0000-1002", u"株式会社イノウエ企画",
     u"代表取締役", u"executive", u"Webマーケティング", u"東京都",
     u"中小企業のWeb集客を支援する会社を経営しています。自分の成功を自慢し合う場より、"
     u"お互いの成功を応援できる場が好きです。",
     u"active", u"2013-06-03", nullptr, u"ブログのレポートでは「経営者Iさん」と表記。", u"経営者,常連"},
    {u"佐々木 大輔", u"ささき だいすけ", u"daisuke.sasaki@example.com", u"090-0000-1003",
     u"株式会社サンプル広告社", u"第二営業局 プランナー", u"advertising", u"広告代理店", u"神奈川県",
     u"広告代理店で営業兼プランナーをしています。元高校球児で、甲子園の話をさせると長いです。", u"active",
     u"2013-06-05", nullptr, u"第2回オフ会の「甲子園の話」が好評。", u"常連"},
    {u"星野 美和", u"ほしの みわ", u"miwa.hoshino@example.jp", u"090-0000-1004", u"星読みサロン ミワ",
     u"占い師", u"other", u"占い・カウンセリング", u"東京都",
     u"西洋占星術とタロットの占い師です。壁にぶつかっている人のお話を聞くのが仕事です。", u"active",
     u"2013-07-02", nullptr, u"「神様が用意してくれる壁」の話が印象的だった。", u""},
    {u"中村 優子", u"なかむら ゆうこ", u"yuko.nakamura@example.com", u"090-0000-1005", u"フリーランス",
     u"Webデザイナー", u"freelancer", u"Web制作", u"埼玉県",
     u"独立して3年目のWebデザイナーです。小さなお店のサイト制作が得意。", u"active", u"2013-06-10", nullptr,
     u"", u"常連"},
    {u"小林 拓也", u"こばやし たくや", u"takuya.kobayashi@example.com", u"090-0000-1006", u"こばやし映像工房",
     u"映像クリエイター", u"creator", u"映像制作", u"東京都",
     u"企業PRやイベントの映像を撮っています。最近はドローン撮影に挑戦中。", u"active", u"2013-06-12", nullptr,
     u"", u""},
    {u"山本 翔太", u"やまもと しょうた", u"shota.yamamoto@example.jp", u"090-0000-1007",
     u"株式会社サンプル商事", u"営業", u"founder", u"食品・EC", u"千葉県",
     u"地方の食材を扱うネット通販で起業準備中です。年内の法人設立が目標。", u"active", u"2013-07-05", nullptr,
     u"第2回オフ会でみんなの前で起業を宣言。", u"起業準備"},
    {u"加藤 真由美", u"かとう まゆみ", u"mayumi.kato@example.com", u"090-0000-1008", u"株式会社サンプル人材",
     u"人事部", u"employee", u"人材サービス", u"東京都",
     u"人材サービス会社で人事をしています。オフ会をきっかけにブログを始めました。", u"active", u"2013-07-08",
     nullptr, u"第2回オフ会で「ブロガー宣言」。", u"ブロガー"},
    {u"吉田 直人", u"よしだ なおと", u"naoto.yoshida@example.jp", u"090-0000-1009", u"吉田ITコンサルティング",
     u"ITコンサルタント", u"freelancer", u"ITコンサルティング", u"神奈川県",
     u"中小企業のIT化を手伝うフリーのコンサルタントです。", u"active", u"2013-08-30", nullptr,
     u"第2回オフ会に当日飛び入り参加（井上さんの紹介）。翌日グループに参加。", u""},
    {u"伊藤 健一", u"いとう けんいち", u"kenichi.ito@example.com", u"090-0000-1010",
     u"株式会社サンプル不動産", u"営業課長", u"employee", u"不動産", u"東京都",
     u"不動産会社で法人営業をしています。週末は子どものサッカーのコーチ。", u"active", u"2013-06-04", nullptr,
     u"第2回オフ会は出張のため欠席。", u""},
    {u"松本 理恵", u"まつもと りえ", u"rie.matsumoto@example.jp", u"090-0000-1011", u"フリーランス",
     u"オンラインイベントディレクター", u"freelancer", u"教育・イベント", u"東京都",
     u"オンライン講座やセミナーの運営代行をしています。配信まわりはお任せください。", u"active",
     u"2013-06-20", nullptr, u"Zoomの有料アカウントを所有。オン会はホストとして立ち会い。",
     u"Zoomホスト,常連"},
    {u"鈴木 健太", u"すずき けんた", u"kenta.suzuki@example.jp", u"", u"都内私立大学 商学部", u"3年",
     u"student", u"学生", u"東京都", u"学生です。いろいろな業界の社会人の話を聞きたくて参加しました。",
     u"active", u"2013-07-15", nullptr, u"", u""},
    {u"高橋 美咲", u"たかはし みさき", u"misaki.takahashi@example.com", u"090-0000-1013", u"フリーランス",
     u"イラストレーター", u"creator", u"出版・デザイン", u"神奈川県",
     u"書籍や広告のイラストを描いています。猫と純喫茶が好きです。", u"active", u"2013-06-18", nullptr, u"",
     u""},
    {u"渡辺 剛", u"わたなべ つよし", u"tsuyoshi.watanabe@example.jp", u"090-0000-1014",
     u"有限会社わたなべ工務店", u"専務取締役", u"executive", u"建設・リフォーム", u"埼玉県",
     u"父の工務店を継ぐ準備中。リフォームの集客をWebで工夫したいと思っています。", u"active", u"2013-06-25",
     nullptr, u"", u"経営者"},
    {u"山口 彩", u"やまぐち あや", u"aya.yamaguchi@example.com", u"090-0000-1015", u"月刊ちば暮らし編集部",
     u"編集者", u"advertising", u"出版・地域メディア", u"千葉県",
     u"地域情報誌の編集と広告営業をしています。面白いお店や人を探しています。", u"active", u"2013-07-01",
     nullptr, u"", u""},
    {u"斎藤 誠", u"さいとう まこと", u"makoto.saito@example.jp", u"", u"サンプル電機株式会社",
     u"研究開発部 主任", u"employee", u"電機メーカー", u"神奈川県",
     u"メーカーで電池の研究をしています。社外の人と話す機会を増やしたくて参加。", u"active", u"2013-07-10",
     nullptr, u"", u""},
    {u"清水 由紀", u"しみず ゆき", u"yuki.shimizu@example.com", u"090-0000-1017", u"フリーランス",
     u"ライター", u"freelancer", u"出版・Webメディア", u"東京都",
     u"Webメディアで取材記事を書いています。インタビューのご相談はお気軽に。", u"active", u"2013-06-14",
     nullptr, u"", u"ブロガー"},
    {u"森 和也", u"もり かずや", u"kazuya.mori@example.jp", u"090-0000-1018", u"株式会社サンプルソフト",
     u"エンジニア", u"founder", u"アプリ開発", u"東京都",
     u"会社員エンジニアですが、家計簿アプリで起業を考えています。", u"active", u"2013-07-20", nullptr, u"",
     u"起業準備"},
    {u"池田 恵", u"いけだ めぐみ", u"megumi.ikeda@example.com", u"090-0000-1019", u"株式会社サンプルトラベル",
     u"法人営業", u"employee", u"旅行・観光", u"大阪府",
     u"大阪の旅行会社に勤めています。オン会中心に参加しています。", u"active", u"2013-07-12", nullptr,
     u"東京のオフ会は出張に合わせて参加。", u""},
    {u"橋本 亮", u"はしもと りょう", u"ryo.hashimoto@example.jp", u"090-0000-1020",
     u"株式会社サンプルゲームス", u"ゲームプランナー", u"creator", u"ゲーム", u"東京都",
     u"スマホゲームの企画をしています。ボードゲーム会もときどき主催。", u"active", u"2013-08-02", nullptr,
     u"", u""},
    {u"石田 さくら", u"いしだ さくら", u"sakura.ishida@example.com", u"", u"都内大学院 経営学研究科",
     u"修士1年", u"student", u"学生", u"神奈川県", u"社会人経験を経て大学院でMBAを勉強中です。", u"active",
     u"2013-08-05", nullptr, u"", u""},
    {u"前田 浩二", u"まえだ こうじ", u"koji.maeda@example.jp", u"090-0000-1022", u"株式会社まえだフーズ",
     u"代表取締役", u"executive", u"飲食", u"大阪府",
     u"大阪で居酒屋を3店舗経営しています。東京出店の情報収集中。", u"active", u"2013-07-25", nullptr, u"",
     u"経営者"},
    {u"藤田 明美", u"ふじた あけみ", u"akemi.fujita@example.com", u"", u"", u"在宅ワーク", u"other", u"",
     u"埼玉県", u"子育てしながら在宅で事務の仕事をしています。キャリアコンサルタントの資格を勉強中。",
     u"inactive", u"2013-06-22", nullptr, u"しばらく育児で不参加とのこと。", u""},
    {u"岡田 翼", u"おかだ つばさ", u"tsubasa.okada@example.jp", u"090-0000-1024", u"株式会社サンプルメディア",
     u"広告運用ディレクター", u"advertising", u"インターネット広告", u"東京都",
     u"Web広告の運用をしています。数字を見るのが好きです。", u"active", u"2013-08-10", nullptr, u"", u""},
    {u"後藤 大樹", u"ごとう だいき", u"daiki.goto@example.com", u"090-0000-1025", u"サンプル銀行", u"融資課",
     u"employee", u"金融", u"千葉県", u"銀行で中小企業向けの融資を担当しています。", u"left", u"2013-06-08",
     u"2013-08-20", u"福岡への転勤のため退会。", u""},
    {u"長谷川 舞", u"はせがわ まい", u"mai.hasegawa@example.jp", u"090-0000-1026", u"フリーランス",
     u"フォトグラファー", u"creator", u"写真", u"東京都",
     u"人物と料理の写真を撮っています。オフ会でもカメラを持ち歩いています。", u"active", u"2013-06-15",
     nullptr, u"第1回オフ会の写真を撮影（レポートに掲載）。", u""},
    {u"村上 隼人", u"むらかみ はやと", u"hayato.murakami@example.com", u"090-0000-1027", u"", u"塾講師",
     u"founder", u"教育", u"埼玉県", u"地元で小さな学習塾を開くのが目標です。", u"applicant", nullptr,
     nullptr, u"加藤さんのブログを見て参加申請。質問への回答待ち。", u""},
    {u"近藤 里奈", u"こんどう りな", u"rina.kondo@example.jp", u"", u"都内私立大学 文学部", u"4年",
     u"student", u"学生", u"東京都", u"就職活動中です。いろいろな働き方を知りたいです。", u"applicant",
     nullptr, nullptr, u"鈴木さんの紹介。", u""},
    {u"石井 修", u"いしい おさむ", u"osamu.ishii@example.com", u"090-0000-1029", u"サンプル物産株式会社",
     u"食料部", u"employee", u"商社", u"東京都", u"商社で食品の輸入を担当しています。", u"inactive",
     u"2013-06-06", nullptr, u"海外駐在中（2014年帰国予定）。", u""},
    {u"坂本 千尋", u"さかもと ちひろ", u"chihiro.sakamoto@example.jp", u"090-0000-1030", u"フリーランス",
     u"翻訳者（英日）", u"freelancer", u"翻訳", u"千葉県",
     u"IT・ビジネス文書の英日翻訳をしています。在宅仕事の仲間を募集中。", u"active", u"2013-07-28", nullptr,
     u"", u""},
    // The same person as 中村 優子, applying again through the form: the likely duplicate pair.
    {u"中村優子", u"ナカムラ ユウコ", u"Yuko.Nakamura@Example.com", u"", u"フリーランス", u"Webデザイナー",
     u"freelancer", u"Web制作", u"埼玉県", u"Webデザイナーです。", u"applicant", nullptr, nullptr,
     u"フォームから再申請？ 既存の中村さんと同じ人かも。", u""},
};

/// The community's join questions, asked of everyone who applies.
constexpr const char16_t *kJoinQuestions[] = {
    u"このグループを知ったきっかけを教えてください。",
    u"お仕事の内容を簡単に教えてください。",
    u"オフ会・オン会で話してみたいテーマはありますか？",
};

struct AnswerSeed
{
    const char16_t *member; // display name
    int question;           // index into kJoinQuestions
    const char16_t *answer;
};

constexpr AnswerSeed kAnswers[] = {
    {u"村上 隼人", 0, u"加藤さんのブログでオフ会のレポートを読みました。"},
    {u"村上 隼人", 1, u"個別指導塾の講師です。来年、地元で塾を開きたいと考えています。"},
    {u"村上 隼人", 2, u"小さな起業の資金繰りの話が聞きたいです。"},
    {u"近藤 里奈", 0, u"大学の先輩の鈴木さんに紹介してもらいました。"},
    {u"近藤 里奈", 1, u"大学4年生で、就職活動中です。"},
    {u"中村優子", 0, u"以前から参加しています（メールアドレスを変えたので再申請します）。"},
    {u"中村優子", 1, u"Webデザイナー"},
    {u"吉田 直人", 0, u"井上さんの紹介で、第2回オフ会に飛び入り参加しました。"},
    {u"吉田 直人", 1, u"中小企業のIT化を支援するフリーのコンサルタントです。"},
    {u"坂本 千尋", 0, u"吉田さんに誘われました。"},
};

struct ProfileSeed
{
    const char16_t *member;     // display name
    const char16_t *referredBy; // display name, or nullptr
    const char16_t *consent;    // full_name, occupation_initial, not_named
    const char16_t *line;
    const char16_t *xHandle;
    const char16_t *skills;
    const char16_t *secondEmail; // or nullptr
};

// A referral chain: 井上 → 吉田 → 坂本; and 鈴木 → 近藤, 加藤 → 村上.
constexpr ProfileSeed kProfiles[] = {
    {u"田村 浩之", nullptr, u"full_name", u"tamura_offkai", u"@tamura_hiro", u"会場探し、ブログ、比較記事",
     u"tamura@private.example.com"},
    {u"井上 隆", nullptr, u"occupation_initial", u"", u"", u"Web集客、中小企業支援", nullptr},
    {u"吉田 直人", u"井上 隆", u"occupation_initial", u"", u"@naoto_it", u"業務改善、クラウド導入", nullptr},
    {u"坂本 千尋", u"吉田 直人", u"full_name", u"", u"", u"英日翻訳、IT文書", nullptr},
    {u"近藤 里奈", u"鈴木 健太", u"not_named", u"", u"", u"", nullptr},
    {u"村上 隼人", u"加藤 真由美", u"occupation_initial", u"", u"", u"数学、進路相談", nullptr},
    {u"星野 美和", nullptr, u"not_named", u"miwa_hoshiyomi", u"", u"西洋占星術、タロット", nullptr},
    {u"松本 理恵", nullptr, u"full_name", u"", u"", u"Zoom、オンライン配信", nullptr},
};

struct VenueSeed
{
    const char16_t *key; // only used to link stations and events below
    const char16_t *name;
    const char16_t *kind;
    const char16_t *address;
    const char16_t *bus;
    const char16_t *parking;
    const char16_t *nearby;
    int capacity; // -1: NULL
    const char16_t *priceRange;
    const char16_t *phone;
    const char16_t *webUrl;
    const char16_t *meetingUrl;
    const char16_t *notes;
};

constexpr VenueSeed kVenues[] = {
    {u"ginza", u"ワインバー ヴィーニョ銀座", u"bar", u"東京都中央区銀座二丁目14-5 銀座セントラルビル3階", u"",
     u"なし（近隣にコインパーキングあり）", u"松屋通り沿い。1階にコンビニ、向かいにドラッグストア。", 14,
     u"3,000〜5,000円", u"03-0000-2101", u"https://example.com/vinho-ginza", u"",
     u"貸切は12名から（要相談）。奥のテーブル席を予約すれば10名程度まで可。"
     u"ワインの持ち込み不可。予約は田村の名前で。"},
    {u"baba", u"スペインバル エル・バモス 高田馬場", u"bar", u"東京都新宿区高田馬場二丁目8-3 馬場ビル1階",
     u"", u"なし", u"早稲田通り沿い。周辺に居酒屋・カフェ多数。", 20, u"3,500〜4,500円", u"03-0000-3302",
     u"https://example.com/el-vamos-baba", u"",
     u"パエリアは要予約（30分かかる）。20名で貸切可。月末の平日は比較的空いている。"},
    {u"minato", u"レンタルスペース ミナトベース 田町", u"rental_space",
     u"東京都港区芝五丁目27-9 ミナトベースビル4階",
     u"都営バス 田87系統（渋谷駅前〜田町駅前）「田町駅前」下車 徒歩4分。"
     u"都営バス 浜95系統「札の辻」下車 徒歩3分。",
     u"専用駐車場なし。最寄りは隣のビルのコインパーキング（20分220円、平日最大1,800円、10台）。",
     u"1階にコンビニ、向かいにカフェ（20時閉店）。徒歩3分にスーパー、徒歩5分にファミレス。", 24,
     u"1時間 2,200円〜（平日夜・土日は3,300円）", u"03-0000-4403", u"https://example.com/minato-base", u"",
     u"Wi-Fiあり（パスワードは室内に掲示）。プロジェクター（HDMI）・ホワイトボード・延長コードあり。"
     u"鍵はビル入口のキーボックス（暗証番号は予約確定メールに記載）。"
     u"エレベーターあり。飲食可、ゴミは持ち帰り。退室時は机を元の配置に戻す。"},
    {u"zoom", u"Zoom（有料アカウント）", u"online", u"", u"", u"", u"", 100, u"無料", u"", u"", kZoomUrl,
     u"松本さんの有料アカウントの個人ミーティングルーム（40分制限なし、最大100名）。"
     u"開催時は松本さんのホストとしての立ち会いが必要。ミーティングIDは毎回同じ。"},
};

struct StationSeed
{
    const char16_t *venueKey;
    const char16_t *station;
    const char16_t *line;
    const char16_t *exitName;
    int walkMinutes; // -1: NULL
};

// Listed per venue in the organizer's order; the position is counted while inserting.
constexpr StationSeed kStations[] = {
    {u"ginza", u"銀座駅", u"東京メトロ銀座線・丸ノ内線・日比谷線", u"A4出口", 3},
    {u"ginza", u"銀座一丁目駅", u"東京メトロ有楽町線", u"8番出口", 5},
    {u"baba", u"高田馬場駅", u"JR山手線・西武新宿線・東京メトロ東西線", u"早稲田口", 2},
    {u"minato", u"田町駅", u"JR山手線・京浜東北線", u"三田口（西口）", 4},
    {u"minato", u"三田駅", u"都営浅草線・都営三田線", u"A3出口", 2},
};

struct EventSeed
{
    const char16_t *key; // only used to link participations below
    const char16_t *title;
    const char16_t *kind;
    const char16_t *format;
    const char16_t *status;
    const char16_t *date; // fixed local date "YYYY-MM-DD", or nullptr
    int daysAhead;        // without a fixed date: the first `weekday` at least this many days after today
    int weekday;          // 1 = Monday … 7 = Sunday; 0: no date at all (tentative)
    const char16_t *startTime; // local "HH:mm" in Asia/Tokyo
    const char16_t *endTime;
    const char16_t *tentativeFrom;
    const char16_t *tentativeTo;
    const char16_t *tentativeNote;
    const char16_t *venueKey; // nullptr: no venue
    const char16_t *onlineUrl;
    int capacity; // -1: NULL
    int fee;      // yen; -1: NULL
    const char16_t *description;
    const char16_t *notes;
};

constexpr EventSeed kEvents[] = {
    {u"off1", u"第1回オフ会", u"offline_meetup", u"offline", u"done", u"2013-07-25", 0, 0, u"19:30", u"22:00",
     nullptr, nullptr, u"", u"ginza", u"", 14, 4000,
     u"「オンライン異業種交流会」初めてのオフ会です。Facebookグループでやりとりしている皆さんと、"
     u"銀座のワインバーでビジネスをテーマに語りましょう。名刺交換会ではありません。",
     u"話題になった「おすすめの本」はブログで紹介済み。写真は長谷川さんが撮影。"},
    {u"off2", u"第2回オフ会", u"offline_meetup", u"offline", u"done", u"2013-08-29", 0, 0, u"19:30", u"22:30",
     nullptr, nullptr, u"", u"ginza", u"", 14, 4000,
     u"月末の平日・木曜日、前回と同じ銀座のワインバーで第2回オフ会を開催します。"
     u"フリーランス、クリエイター、経営者、起業準備中の方、広告・媒体関係の方など、"
     u"異業種の方とビジネスをテーマにワイワイ話しましょう。",
     u"参加9名（うち当日飛び入り1名）。話題:「このオフ会（コミュニティ）の方向性」"
     u"「お互いの成功を応援する」。起業宣言1名、ブロガー宣言1名。写真は撮り忘れ。"},
    {u"on_sep", u"9月のオン会", u"online_meetup", u"online", u"tentative", nullptr, 0, 0, nullptr, nullptr,
     u"2013-09-01", u"2013-09-30", u"9月中。日程未定（1回はやる予定）", u"zoom", kZoomUrl, -1, 0,
     u"オンラインで近況報告と、第2回オフ会の続き（コミュニティの方向性）を話します。",
     u"日程はグループで投票して決める。ホストは松本さん。"},
    {u"off3", u"第3回オフ会", u"offline_meetup", u"offline", u"tentative", nullptr, 0, 0, nullptr, nullptr,
     u"2013-09-23", u"2013-09-30", u"月末の平日", u"baba", u"", 20, -1,
     u"次回は高田馬場のスペインバルで開催予定です。パエリアを囲んで語りましょう。",
     u"会費は人数が決まってから。20名まで貸切可と確認済み。"},
    {u"on_next", u"オン会「近況と今月のチャレンジ」", u"online_meetup", u"online", u"scheduled", nullptr, 8,
     2, u"20:00", u"21:30", nullptr, nullptr, u"", u"zoom", kZoomUrl, 30, 0,
     u"Zoomでのオン会です。一人3分で近況と今月チャレンジしたいことを話し、後半はフリートーク。"
     u"途中参加・途中退出OK、顔出しは自由です。",
     u"ホストは松本さん（有料アカウント）。開始10分前に入室して待機。"},
    {u"minioff", u"ミニオフ会 in 田町", u"offline_meetup", u"offline", u"scheduled", nullptr, 14, 4, u"19:00",
     u"21:00", nullptr, nullptr, u"", u"minato", u"", 10, 1000,
     u"駅近のレンタルスペースで、軽食をつまみながらの気軽なミニオフ会です。"
     u"最初に一人1分の自己紹介（名前、所属または興味のあること、参加のきっかけ、趣味）をお願いします。"
     u"アクセス（電車・バス・駐車場）は会場情報をご確認ください。",
     u"軽食の手配は幹事・スタッフ込みで10名分まで。11人目以降はキャンセル待ちで受付（会場定員は24名）。"
     u"鍵の受け取りは田村が18:30に。"},
    {u"ideathon", u"アイデアソン「副業・小さな起業のタネ」（会場＋オンライン）", u"ideathon", u"hybrid",
     u"scheduled", nullptr, 33, 6, u"13:00", u"17:00", nullptr, nullptr, u"", u"minato", kZoomUrl, 24, 1000,
     u"会場とZoomをつないだハイブリッド開催のアイデアソンです。井上さんのテーマ提供のあと、"
     u"3〜4人のチームで副業や小さな起業のアイデアを出し合い、最後に発表します。"
     u"前週にオンラインで顔合わせ（任意）を行います。オンライン参加は無料。",
     u"会費は会場参加のみ。Zoom配信は松本さん。プロジェクターとマイクを事前に確認。"},
};

struct ParticipationSeed
{
    const char16_t *eventKey;
    const char16_t *member; // display name
    const char16_t *role;
    const char16_t *rsvp;
    bool attended;
    bool walkIn;
    const char16_t *checkedIn; // local "HH:mm" on the event's day, or nullptr
};

constexpr ParticipationSeed kParticipations[] = {
    // 第1回オフ会: seven people.
    {u"off1", u"田村 浩之", u"organizer", u"going", true, false, nullptr},
    {u"off1", u"井上 隆", u"attendee", u"going", true, false, nullptr},
    {u"off1", u"佐々木 大輔", u"attendee", u"going", true, false, nullptr},
    {u"off1", u"中村 優子", u"attendee", u"going", true, false, nullptr},
    {u"off1", u"小林 拓也", u"attendee", u"going", true, false, nullptr},
    {u"off1", u"伊藤 健一", u"attendee", u"going", true, false, nullptr},
    {u"off1", u"長谷川 舞", u"attendee", u"going", true, false, nullptr},
    // 第2回オフ会: exactly nine, one of them a walk-in who never RSVP'd; one declined.
    {u"off2", u"田村 浩之", u"organizer", u"going", true, false, u"19:15"},
    {u"off2", u"井上 隆", u"attendee", u"going", true, false, u"19:28"},
    {u"off2", u"佐々木 大輔", u"attendee", u"going", true, false, u"19:52"},
    {u"off2", u"星野 美和", u"attendee", u"going", true, false, u"19:30"},
    {u"off2", u"中村 優子", u"attendee", u"going", true, false, u"19:24"},
    {u"off2", u"小林 拓也", u"attendee", u"going", true, false, u"19:35"},
    {u"off2", u"山本 翔太", u"attendee", u"going", true, false, u"19:31"},
    {u"off2", u"加藤 真由美", u"attendee", u"going", true, false, u"19:40"},
    {u"off2", u"吉田 直人", u"attendee", u"going", true, true, u"20:15"},
    {u"off2", u"伊藤 健一", u"attendee", u"declined", false, false, nullptr},
    // 9月のオン会 (tentative)
    {u"on_sep", u"田村 浩之", u"organizer", u"going", false, false, nullptr},
    {u"on_sep", u"松本 理恵", u"host", u"going", false, false, nullptr},
    {u"on_sep", u"池田 恵", u"attendee", u"maybe", false, false, nullptr},
    // 第3回オフ会 (tentative)
    {u"off3", u"田村 浩之", u"organizer", u"going", false, false, nullptr},
    {u"off3", u"井上 隆", u"attendee", u"going", false, false, nullptr},
    {u"off3", u"山本 翔太", u"attendee", u"going", false, false, nullptr},
    {u"off3", u"佐々木 大輔", u"attendee", u"maybe", false, false, nullptr},
    // Upcoming オン会
    {u"on_next", u"田村 浩之", u"organizer", u"going", false, false, nullptr},
    {u"on_next", u"松本 理恵", u"host", u"going", false, false, nullptr},
    {u"on_next", u"池田 恵", u"attendee", u"going", false, false, nullptr},
    {u"on_next", u"加藤 真由美", u"attendee", u"going", false, false, nullptr},
    {u"on_next", u"清水 由紀", u"attendee", u"going", false, false, nullptr},
    {u"on_next", u"前田 浩二", u"attendee", u"going", false, false, nullptr},
    {u"on_next", u"坂本 千尋", u"attendee", u"maybe", false, false, nullptr},
    // Upcoming ミニオフ会: ten going (food for ten), one maybe, one waitlisted.
    {u"minioff", u"田村 浩之", u"organizer", u"going", false, false, nullptr},
    {u"minioff", u"加藤 真由美", u"staff", u"going", false, false, nullptr},
    {u"minioff", u"山本 翔太", u"attendee", u"going", false, false, nullptr},
    {u"minioff", u"中村 優子", u"attendee", u"going", false, false, nullptr},
    {u"minioff", u"高橋 美咲", u"attendee", u"going", false, false, nullptr},
    {u"minioff", u"森 和也", u"attendee", u"going", false, false, nullptr},
    {u"minioff", u"岡田 翼", u"attendee", u"going", false, false, nullptr},
    {u"minioff", u"吉田 直人", u"attendee", u"going", false, false, nullptr},
    {u"minioff", u"山口 彩", u"attendee", u"going", false, false, nullptr},
    {u"minioff", u"斎藤 誠", u"attendee", u"going", false, false, nullptr},
    {u"minioff", u"鈴木 健太", u"attendee", u"maybe", false, false, nullptr},
    {u"minioff", u"橋本 亮", u"attendee", u"waitlisted", false, false, nullptr},
    // Upcoming hybrid ideathon
    {u"ideathon", u"田村 浩之", u"organizer", u"going", false, false, nullptr},
    {u"ideathon", u"松本 理恵", u"host", u"going", false, false, nullptr},
    {u"ideathon", u"井上 隆", u"speaker", u"going", false, false, nullptr},
    {u"ideathon", u"清水 由紀", u"staff", u"going", false, false, nullptr},
    {u"ideathon", u"山本 翔太", u"attendee", u"going", false, false, nullptr},
    {u"ideathon", u"森 和也", u"attendee", u"going", false, false, nullptr},
    {u"ideathon", u"高橋 美咲", u"attendee", u"going", false, false, nullptr},
    {u"ideathon", u"池田 恵", u"attendee", u"going", false, false, nullptr},
    {u"ideathon", u"坂本 千尋", u"attendee", u"going", false, false, nullptr},
    {u"ideathon", u"小林 拓也", u"attendee", u"maybe", false, false, nullptr},
};

// ---------------------------------------------------------------------------------------------------------
// The logic.
// ---------------------------------------------------------------------------------------------------------

/// Text of a field: an empty string for nullptr.
QString text(const char16_t *value)
{
    return (value && *value) ? QString::fromUtf16(value) : u""_s;
}

QDate dateOf(const char16_t *value)
{
    return value ? QDate::fromString(QString::fromUtf16(value), Qt::ISODate) : QDate();
}

std::optional<int> optionalInt(int value)
{
    return value < 0 ? std::nullopt : std::optional<int>(value);
}

QTimeZone tokyo()
{
    const QTimeZone zone(QByteArrayLiteral("Asia/Tokyo"));
    // Without tz data, a fixed offset gives the same result: Japan has no daylight saving time.
    return zone.isValid() ? zone : QTimeZone(9 * 3600);
}

/// The local time `hhmm` of `date` in Tokyo (invalid without either).
QDateTime localTime(const QDate &date, const char16_t *hhmm)
{
    if (!date.isValid() || !hhmm)
        return {};
    return QDateTime(date, QTime::fromString(QString::fromUtf16(hhmm), Qt::ISODate), tokyo());
}

/// The day an event falls on: its fixed date, the first `weekday` at least `daysAhead` after today, or none.
QDate eventDate(const EventSeed &event, const QDate &today)
{
    if (event.date)
        return dateOf(event.date);
    if (event.weekday == 0)
        return {};
    QDate date = today.addDays(event.daysAhead);
    while (date.dayOfWeek() != event.weekday)
        date = date.addDays(1);
    return date;
}

Error incomplete(const QString &detail)
{
    return Error(Error::Code::Invalid,
                 QCoreApplication::translate("offkai::DemoData", "Could not create the demo database."),
                 detail);
}

/// A member of the directory with their profile, emails, tags and join answers. Active members were
/// approved the day they joined, at 09:00 Tokyo time (midnight UTC).
Result<Member> memberFrom(const MemberSeed &seed, const QList<qint64> &questionIds,
                          const QHash<QString, qint64> &memberIds)
{
    Member m;
    m.displayName = text(seed.displayName);
    m.reading = text(seed.reading);
    if (!text(seed.email).isEmpty())
        m.emails.append(text(seed.email));
    m.phone = text(seed.phone);
    m.affiliation = text(seed.affiliation);
    m.jobTitle = text(seed.jobTitle);
    m.occupation = text(seed.occupation);
    m.industry = text(seed.industry);
    m.region = text(seed.region);
    m.introduction = text(seed.introduction);
    m.status = Member::statusFromKey(text(seed.status)).value_or(Member::Status::Active);
    m.joinedOn = dateOf(seed.joinedOn);
    m.leftOn = dateOf(seed.leftOn);
    if (m.status != Member::Status::Applicant && m.joinedOn.isValid())
        m.approvedAt = QDateTime(m.joinedOn, QTime(0, 0), QTimeZone::utc());
    m.notes = text(seed.notes);
    // In the catalogue's order, as the search index lists them when it is rebuilt.
    const QStringList tags = text(seed.tags).split(u',', Qt::SkipEmptyParts);
    for (const char16_t *tag : kTags) {
        if (tags.contains(text(tag)))
            m.tags.append(text(tag));
    }
    for (const AnswerSeed &a : kAnswers) {
        if (text(a.member) == m.displayName)
            m.answers.insert(questionIds.value(a.question), text(a.answer));
    }
    for (const ProfileSeed &p : kProfiles) {
        if (text(p.member) != m.displayName)
            continue;
        if (p.referredBy) {
            m.referredBy = memberIds.value(text(p.referredBy));
            if (m.referredBy == 0) // referrers come first in kMembers
                return incomplete(text(p.referredBy));
        }
        m.nameConsent = Member::consentFromKey(text(p.consent)).value_or(m.nameConsent);
        m.line = text(p.line);
        m.xHandle = text(p.xHandle);
        m.skills = text(p.skills);
        if (p.secondEmail)
            m.emails.append(text(p.secondEmail));
    }
    return m;
}

Venue venueFrom(const VenueSeed &seed)
{
    Venue v;
    v.name = text(seed.name);
    v.kind = Venue::kindFromKey(text(seed.kind)).value_or(Venue::Kind::Other);
    v.address = text(seed.address);
    v.bus = text(seed.bus);
    v.parking = text(seed.parking);
    v.nearby = text(seed.nearby);
    v.capacity = optionalInt(seed.capacity);
    v.priceRange = text(seed.priceRange);
    v.phone = text(seed.phone);
    v.webUrl = text(seed.webUrl);
    v.meetingUrl = text(seed.meetingUrl);
    v.notes = text(seed.notes);
    // Listed in the organizer's order, which is their position.
    for (const StationSeed &s : kStations) {
        if (text(s.venueKey) == text(seed.key))
            v.stations.append({text(s.station), text(s.line), text(s.exitName), optionalInt(s.walkMinutes)});
    }
    return v;
}

/// What the schema-3 fields hold for each event: the online room's host, how links are shared, what to
/// bring, whether staff take places.
struct EventExtras
{
    const char16_t *event;
    bool host;
    const char16_t *linkPolicy; // nullptr: none; "": sent by message
    const char16_t *whatToBring;
    bool staffCount;
};

constexpr EventExtras kExtras[] = {
    {u"off1", false, nullptr, u"名刺（お持ちの方）", false},
    {u"off2", false, nullptr, u"名刺（お持ちの方）", false},
    {u"on_sep", true, u"", nullptr, false},
    {u"off3", false, nullptr, u"名刺（お持ちの方）", false},
    {u"on_next", true, u"", u"飲み物（画面越しに乾杯しましょう）", false},
    {u"minioff", false, nullptr, u"会費（千円札でご用意いただけると助かります）", true},
    {u"ideathon", true, u"", u"ノートPC（あれば）。付箋とペンは会場で用意します", false},
};

Event eventFrom(const EventSeed &seed, const QDate &date, qint64 venueId, qint64 host)
{
    Event e;
    e.title = text(seed.title);
    e.type = text(seed.kind);
    e.format = Event::formatFromKey(text(seed.format)).value_or(Event::Format::Offline);
    e.status = Event::statusFromKey(text(seed.status)).value_or(Event::Status::Scheduled);
    e.start = localTime(date, seed.startTime);
    e.end = localTime(date, seed.endTime);
    e.tentativeFrom = dateOf(seed.tentativeFrom);
    e.tentativeTo = dateOf(seed.tentativeTo);
    e.tentativeNote = text(seed.tentativeNote);
    e.venueId = venueId;
    e.onlineUrl = text(seed.onlineUrl);
    e.capacity = optionalInt(seed.capacity);
    e.fee = optionalInt(seed.fee);
    e.description = text(seed.description);
    e.notes = text(seed.notes);
    for (const EventExtras &x : kExtras) {
        if (text(x.event) != text(seed.key))
            continue;
        e.hostMemberId = x.host ? host : 0;
        e.linkPolicy =
            x.linkPolicy && !*x.linkPolicy
                ? u"参加表明いただいた方に、前日までにFacebookグループのメッセージでURLをお送りします。"_s
                : text(x.linkPolicy);
        e.whatToBring = text(x.whatToBring);
        e.staffCount = x.staffCount;
    }
    return e;
}

} // namespace

QString DemoData::zoomUrl()
{
    return text(kZoomUrl);
}

Result<DemoData::Ids> DemoData::populate(Workspace &workspace, const QDate &today)
{
    Ids ids;
    MemberStore &members = workspace.members();
    // The tags in the organizer's order, before any member uses them.
    for (const char16_t *tag : kTags) {
        if (auto added = workspace.memberActions().addTag({}, text(tag)); !added)
            return added.error();
    }
    QList<qint64> questionIds;
    for (const char16_t *question : kJoinQuestions) {
        auto id = workspace.joinQuestions().add(text(question));
        if (!id)
            return id.error();
        questionIds.append(*id);
    }
    for (const MemberSeed &seed : kMembers) {
        auto member = memberFrom(seed, questionIds, ids.members);
        if (!member)
            return member.error();
        auto id = members.insert(*member);
        if (!id)
            return id.error();
        ids.members.insert(member->displayName, *id);
        if (member->joinedOn.isValid())
            ids.joinedOn.insert(*id, member->joinedOn);
        if (member->status == Member::Status::Active)
            ids.activeMembers.append(*id);
    }

    QHash<QString, qint64> venueIds;
    for (const VenueSeed &seed : kVenues) {
        auto id = workspace.venues().insert(venueFrom(seed));
        if (!id)
            return id.error();
        venueIds.insert(text(seed.key), *id);
        ids.venues.append(*id);
    }

    QHash<QString, qint64> eventIds;
    QHash<QString, QDate> eventDates;
    QHash<QString, QDateTime> eventStarts;
    const qint64 matsumoto = ids.members.value(u"松本 理恵"_s);
    for (const EventSeed &seed : kEvents) {
        const QDate date = eventDate(seed, today);
        const Event event =
            eventFrom(seed, date, seed.venueKey ? venueIds.value(text(seed.venueKey)) : 0, matsumoto);
        auto id = workspace.events().insert(event);
        if (!id)
            return id.error();
        eventIds.insert(text(seed.key), *id);
        eventDates.insert(text(seed.key), date);
        eventStarts.insert(text(seed.key), event.start);
        ids.events.insert(event.title, *id);
    }

    // Everyone who came to the two meetups paid the 4,000 yen on the night; the waitlist has one person.
    QList<Participation> rows;
    for (const ParticipationSeed &seed : kParticipations) {
        Participation p;
        p.eventId = eventIds.value(text(seed.eventKey));
        p.memberId = ids.members.value(text(seed.member));
        if (p.eventId == 0 || p.memberId == 0)
            return incomplete(text(seed.member));
        p.role = Participation::roleFromKey(text(seed.role)).value_or(Participation::Role::Attendee);
        p.rsvp = Participation::rsvpFromKey(text(seed.rsvp)).value_or(Participation::Rsvp::Going);
        p.attended = seed.attended;
        p.walkIn = seed.walkIn;
        const QDateTime checkedIn = localTime(eventDates.value(text(seed.eventKey)), seed.checkedIn);
        p.checkedInAt = checkedIn.isValid() ? checkedIn.toUTC() : QDateTime();
        if (p.attended && (text(seed.eventKey) == u"off1"_s || text(seed.eventKey) == u"off2"_s)) {
            p.feePaid = 4000;
            p.paidAt = checkedIn.isValid() ? p.checkedInAt : eventStarts.value(text(seed.eventKey)).toUTC();
        }
        if (p.rsvp == Participation::Rsvp::Waitlisted)
            p.waitlistOrder = 1;
        rows.append(p);
    }
    if (auto written = workspace.participations().restore(rows); !written)
        return written.error();
    return ids;
}

} // namespace offkai
