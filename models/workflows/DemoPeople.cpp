#include "workflows/DemoPeople.h"

#include "workflows/DemoRandom.h"

#include <algorithm>
#include <QSet>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace offkai {

namespace {

// Names as a Japanese organizer types them: kanji, a hiragana reading, and the romanization people use
// in their e-mail addresses. The surnames of the founding members (and 中村 and 佐々木, which the demo's
// search examples count) are left out, so that no new person looks like a duplicate of an older one.
struct NameSeed
{
    const char16_t *kanji;
    const char16_t *kana;
    const char *romaji;
};

constexpr NameSeed kSurnames[] = {
    {u"佐藤", u"さとう", "sato"},
    {u"田中", u"たなか", "tanaka"},
    {u"山田", u"やまだ", "yamada"},
    {u"中島", u"なかじま", "nakajima"},
    {u"小川", u"おがわ", "ogawa"},
    {u"岡本", u"おかもと", "okamoto"},
    {u"松田", u"まつだ", "matsuda"},
    {u"中野", u"なかの", "nakano"},
    {u"原田", u"はらだ", "harada"},
    {u"小野", u"おの", "ono"},
    {u"竹内", u"たけうち", "takeuchi"},
    {u"金子", u"かねこ", "kaneko"},
    {u"和田", u"わだ", "wada"},
    {u"中山", u"なかやま", "nakayama"},
    {u"石川", u"いしかわ", "ishikawa"},
    {u"上田", u"うえだ", "ueda"},
    {u"森田", u"もりた", "morita"},
    {u"柴田", u"しばた", "shibata"},
    {u"酒井", u"さかい", "sakai"},
    {u"工藤", u"くどう", "kudo"},
    {u"横山", u"よこやま", "yokoyama"},
    {u"宮崎", u"みやざき", "miyazaki"},
    {u"宮本", u"みやもと", "miyamoto"},
    {u"内田", u"うちだ", "uchida"},
    {u"高野", u"たかの", "takano"},
    {u"安藤", u"あんどう", "ando"},
    {u"谷口", u"たにぐち", "taniguchi"},
    {u"大野", u"おおの", "ohno"},
    {u"丸山", u"まるやま", "maruyama"},
    {u"今井", u"いまい", "imai"},
    {u"河野", u"こうの", "kono"},
    {u"藤原", u"ふじわら", "fujiwara"},
    {u"小島", u"こじま", "kojima"},
    {u"村田", u"むらた", "murata"},
    {u"武田", u"たけだ", "takeda"},
    {u"上野", u"うえの", "ueno"},
    {u"杉山", u"すぎやま", "sugiyama"},
    {u"増田", u"ますだ", "masuda"},
    {u"平野", u"ひらの", "hirano"},
    {u"大塚", u"おおつか", "otsuka"},
    {u"千葉", u"ちば", "chiba"},
    {u"久保", u"くぼ", "kubo"},
    {u"松井", u"まつい", "matsui"},
    {u"岩崎", u"いわさき", "iwasaki"},
    {u"桜井", u"さくらい", "sakurai"},
    {u"野口", u"のぐち", "noguchi"},
    {u"松尾", u"まつお", "matsuo"},
    {u"菅原", u"すがわら", "sugawara"},
    {u"木村", u"きむら", "kimura"},
    {u"林", u"はやし", "hayashi"},
    {u"山崎", u"やまざき", "yamazaki"},
    {u"阿部", u"あべ", "abe"},
    {u"西村", u"にしむら", "nishimura"},
    {u"福田", u"ふくだ", "fukuda"},
    {u"太田", u"おおた", "ota"},
    {u"三浦", u"みうら", "miura"},
    {u"藤井", u"ふじい", "fujii"},
    {u"新井", u"あらい", "arai"},
    {u"野村", u"のむら", "nomura"},
    {u"菊地", u"きくち", "kikuchi"},
    {u"佐野", u"さの", "sano"},
    {u"大西", u"おおにし", "onishi"},
    {u"杉本", u"すぎもと", "sugimoto"},
    {u"服部", u"はっとり", "hattori"},
    {u"荒木", u"あらき", "araki"},
    {u"青木", u"あおき", "aoki"},
    {u"井口", u"いぐち", "iguchi"},
    {u"植田", u"うえだ", "ueda"},
    {u"遠藤", u"えんどう", "endo"},
    {u"大川", u"おおかわ", "okawa"},
    {u"片山", u"かたやま", "katayama"},
    {u"川口", u"かわぐち", "kawaguchi"},
    {u"北村", u"きたむら", "kitamura"},
    {u"久保田", u"くぼた", "kubota"},
    {u"小松", u"こまつ", "komatsu"},
    {u"沢田", u"さわだ", "sawada"},
    {u"島田", u"しまだ", "shimada"},
    {u"白石", u"しらいし", "shiraishi"},
    {u"須藤", u"すどう", "sudo"},
    {u"関口", u"せきぐち", "sekiguchi"},
    {u"高田", u"たかだ", "takada"},
    {u"辻", u"つじ", "tsuji"},
    {u"土屋", u"つちや", "tsuchiya"},
    {u"永井", u"ながい", "nagai"},
    {u"西田", u"にしだ", "nishida"},
    {u"野田", u"のだ", "noda"},
    {u"浜田", u"はまだ", "hamada"},
    {u"平田", u"ひらた", "hirata"},
    {u"福島", u"ふくしま", "fukushima"},
    {u"本田", u"ほんだ", "honda"},
    {u"松岡", u"まつおか", "matsuoka"},
    {u"水野", u"みずの", "mizuno"},
    {u"宮田", u"みやた", "miyata"},
    {u"望月", u"もちづき", "mochizuki"},
    {u"矢野", u"やの", "yano"},
    {u"吉川", u"よしかわ", "yoshikawa"},
    {u"若林", u"わかばやし", "wakabayashi"},
    {u"栗原", u"くりはら", "kurihara"},
    {u"内藤", u"ないとう", "naito"},
    {u"小山", u"こやま", "koyama"},
    {u"大久保", u"おおくぼ", "okubo"},
    {u"堀", u"ほり", "hori"},
};

constexpr NameSeed kGivenNames[] = {
    {u"翔", u"しょう", "sho"},
    {u"大翔", u"ひろと", "hiroto"},
    {u"蓮", u"れん", "ren"},
    {u"悠真", u"ゆうま", "yuma"},
    {u"陽介", u"ようすけ", "yosuke"},
    {u"健太郎", u"けんたろう", "kentaro"},
    {u"直樹", u"なおき", "naoki"},
    {u"亮介", u"りょうすけ", "ryosuke"},
    {u"和人", u"かずと", "kazuto"},
    {u"達也", u"たつや", "tatsuya"},
    {u"雄一", u"ゆういち", "yuichi"},
    {u"智也", u"ともや", "tomoya"},
    {u"裕太", u"ゆうた", "yuta"},
    {u"拓海", u"たくみ", "takumi"},
    {u"浩", u"ひろし", "hiroshi"},
    {u"俊介", u"しゅんすけ", "shunsuke"},
    {u"康平", u"こうへい", "kohei"},
    {u"慎也", u"しんや", "shinya"},
    {u"隆之", u"たかゆき", "takayuki"},
    {u"圭", u"けい", "kei"},
    {u"正樹", u"まさき", "masaki"},
    {u"洋平", u"ようへい", "yohei"},
    {u"航", u"わたる", "wataru"},
    {u"修平", u"しゅうへい", "shuhei"},
    {u"秀樹", u"ひでき", "hideki"},
    {u"一輝", u"かずき", "kazuki"},
    {u"祐介", u"ゆうすけ", "yusuke"},
    {u"太一", u"たいち", "taichi"},
    {u"悟", u"さとる", "satoru"},
    {u"純一", u"じゅんいち", "junichi"},
    {u"哲也", u"てつや", "tetsuya"},
    {u"啓太", u"けいた", "keita"},
    {u"賢治", u"けんじ", "kenji"},
    {u"徹", u"とおる", "toru"},
    {u"陽菜", u"ひな", "hina"},
    {u"結衣", u"ゆい", "yui"},
    {u"葵", u"あおい", "aoi"},
    {u"彩花", u"あやか", "ayaka"},
    {u"真理子", u"まりこ", "mariko"},
    {u"恵美", u"えみ", "emi"},
    {u"由美", u"ゆみ", "yumi"},
    {u"香織", u"かおり", "kaori"},
    {u"奈々", u"なな", "nana"},
    {u"麻衣", u"まい", "mai"},
    {u"沙織", u"さおり", "saori"},
    {u"智子", u"ともこ", "tomoko"},
    {u"直美", u"なおみ", "naomi"},
    {u"綾乃", u"あやの", "ayano"},
    {u"千夏", u"ちなつ", "chinatsu"},
    {u"早紀", u"さき", "saki"},
    {u"優花", u"ゆうか", "yuka"},
    {u"美穂", u"みほ", "miho"},
    {u"里美", u"さとみ", "satomi"},
    {u"瞳", u"ひとみ", "hitomi"},
    {u"遥", u"はるか", "haruka"},
    {u"明日香", u"あすか", "asuka"},
    {u"友美", u"ともみ", "tomomi"},
    {u"桃子", u"ももこ", "momoko"},
    {u"玲奈", u"れいな", "reina"},
    {u"理沙", u"りさ", "risa"},
    {u"菜摘", u"なつみ", "natsumi"},
    {u"亜希子", u"あきこ", "akiko"},
    {u"佳奈", u"かな", "kana"},
    {u"詩織", u"しおり", "shiori"},
    {u"春菜", u"はるな", "haruna"},
};

/// What someone does, as they put it in the directory. `%1` in the affiliation stands for the surname.
struct WorkSeed
{
    const char16_t *occupation; // stable key of the occupation catalogue
    const char16_t *industry;
    const char16_t *jobTitle;
    const char16_t *affiliation;
    const char16_t *introduction;
    const char16_t *skills;
    int weight;
};

constexpr WorkSeed kWork[] = {
    {u"employee", u"IT・ソフトウェア", u"エンジニア", u"株式会社サンプルテック",
     u"業務システムの開発をしています", u"Java、クラウド", 4},
    {u"employee", u"IT・ソフトウェア", u"プロダクトマネージャー", u"株式会社サンプルクラウド",
     u"SaaSの企画とプロダクト管理をしています", u"プロダクト企画", 3},
    {u"employee", u"製造・メーカー", u"生産管理", u"サンプル精工株式会社", u"工場で生産管理を担当しています",
     u"改善活動、データ分析", 3},
    {u"employee", u"金融", u"法人営業", u"サンプル信用金庫", u"地元企業への融資と経営相談を担当しています",
     u"融資、事業計画", 3},
    {u"employee", u"商社", u"海外営業", u"サンプル通商株式会社", u"東南アジア向けの輸出を担当しています",
     u"英語、貿易実務", 3},
    {u"employee", u"人材サービス", u"キャリアアドバイザー", u"株式会社サンプルキャリア",
     u"転職支援の仕事をしています", u"キャリア相談", 3},
    {u"employee", u"医療・ヘルスケア", u"看護師", u"サンプル総合病院", u"病棟で看護師をしています",
     u"健康相談", 2},
    {u"employee", u"物流", u"物流企画", u"サンプルロジスティクス株式会社", u"倉庫の運営改善を担当しています",
     u"物流改善", 2},
    {u"employee", u"小売", u"店長", u"株式会社サンプルマート", u"スーパーの店長をしています", u"店舗運営", 2},
    {u"employee", u"通信", u"法人営業", u"サンプル通信株式会社", u"法人向けの回線やクラウドを提案しています",
     u"提案営業", 3},
    {u"employee", u"公務", u"市役所職員", u"市役所 産業振興課", u"市役所で地域の産業振興を担当しています",
     u"補助金、地域振興", 2},
    {u"employee", u"教育", u"高校教員", u"私立高校", u"高校で情報科を教えています", u"プログラミング教育", 2},
    {u"employee", u"不動産", u"賃貸管理", u"株式会社サンプルホーム", u"賃貸物件の管理をしています", u"宅建",
     2},
    {u"employee", u"コンサルティング", u"コンサルタント", u"サンプルコンサルティング株式会社",
     u"中堅企業の業務改革を支援しています", u"業務改革", 3},
    {u"employee", u"電機メーカー", u"商品企画", u"サンプル電子株式会社", u"家電の商品企画をしています",
     u"商品企画", 3},
    {u"freelancer", u"Web制作", u"Webデザイナー", u"フリーランス",
     u"小さなお店や事務所のホームページを作っています", u"WordPress、デザイン", 3},
    {u"freelancer", u"ライティング", u"ライター", u"フリーランス", u"ビジネス系の取材記事を書いています",
     u"取材、インタビュー", 2},
    {u"freelancer", u"翻訳", u"翻訳者（英日）", u"フリーランス", u"技術文書の翻訳をしています", u"英語", 2},
    {u"freelancer", u"ITコンサルティング", u"ITコンサルタント", u"%1ITサポート",
     u"中小企業のIT化をお手伝いしています", u"クラウド導入", 2},
    {u"freelancer", u"動画編集", u"動画編集者", u"フリーランス", u"YouTubeの動画編集を請け負っています",
     u"動画編集", 2},
    {u"freelancer", u"キャリア支援", u"キャリアコンサルタント", u"%1キャリア相談室",
     u"働き方や転職の相談に乗っています", u"キャリアコンサルティング", 2},
    {u"freelancer", u"経理・バックオフィス", u"経理代行", u"フリーランス",
     u"個人事業主や小さな会社の経理をお手伝いしています", u"簿記、確定申告", 2},
    {u"freelancer", u"マーケティング", u"SNS運用代行", u"フリーランス", u"飲食店のSNS運用を代行しています",
     u"Instagram運用", 2},
    {u"creator", u"映像制作", u"映像ディレクター", u"%1フィルム", u"企業のPR動画を作っています",
     u"撮影、編集", 2},
    {u"creator", u"写真", u"フォトグラファー", u"フリーランス", u"人物と商品の撮影をしています", u"撮影", 2},
    {u"creator", u"イラスト", u"イラストレーター", u"フリーランス", u"書籍の挿絵やアイコンを描いています",
     u"イラスト", 2},
    {u"creator", u"音楽", u"作曲家", u"フリーランス", u"CMやゲームの音楽を作っています", u"作曲、DTM", 1},
    {u"creator", u"ゲーム", u"ゲームデザイナー", u"インディーゲームサークル",
     u"仲間とインディーゲームを作っています", u"ゲームデザイン", 2},
    {u"executive", u"飲食", u"オーナー", u"カフェ%1", u"駅前で小さなカフェを経営しています", u"店舗経営", 2},
    {u"executive", u"美容", u"代表", u"ヘアサロン%1", u"美容室を2店舗経営しています", u"店舗経営、採用", 2},
    {u"executive", u"士業", u"税理士", u"%1税理士事務所", u"税理士事務所を開業しています", u"税務、創業支援",
     2},
    {u"executive", u"製造", u"代表取締役", u"株式会社%1製作所", u"二代目として町工場を経営しています",
     u"金属加工", 2},
    {u"executive", u"Webマーケティング", u"代表取締役", u"株式会社%1マーケティング",
     u"中小企業のWeb集客を支援する会社を経営しています", u"Web集客", 2},
    {u"founder", u"アプリ開発", u"代表（準備中）", u"", u"子育て支援アプリで起業の準備をしています",
     u"アプリ企画", 2},
    {u"founder", u"食品・EC", u"代表", u"合同会社%1ファーム", u"実家の農産物をネットで販売しています",
     u"EC運営", 2},
    {u"founder", u"教育", u"代表", u"%1ラボ", u"子ども向けのプログラミング教室を開きました",
     u"プログラミング教育", 2},
    {u"founder", u"地方創生", u"代表理事", u"一般社団法人%1まちづくり",
     u"地方の空き家の活用に取り組んでいます", u"空き家活用", 2},
    {u"founder", u"ヘルスケア", u"創業者", u"株式会社サンプルヘルス",
     u"健康管理サービスを立ち上げたばかりです", u"事業計画", 2},
    {u"advertising", u"広告代理店", u"プランナー", u"株式会社サンプルエージェンシー",
     u"広告の企画とプランニングをしています", u"企画書", 2},
    {u"advertising", u"インターネット広告", u"運用コンサルタント", u"株式会社サンプルアド",
     u"Web広告の運用をしています", u"広告運用", 2},
    {u"advertising", u"PR", u"広報コンサルタント", u"株式会社サンプルPR", u"企業の広報を支援しています",
     u"プレスリリース", 2},
    {u"advertising", u"出版・地域メディア", u"編集者", u"月刊サンプル編集部", u"地域情報誌を編集しています",
     u"取材、編集", 2},
    {u"student", u"学生", u"3年", u"都内私立大学 経済学部", u"経済学部の3年生です", u"", 2},
    {u"student", u"学生", u"修士2年", u"都内国立大学大学院 情報理工学系研究科",
     u"大学院で機械学習を研究しています", u"Python", 2},
    {u"student", u"学生", u"2年", u"専門学校 デザイン科", u"デザインの専門学校に通っています", u"デザイン",
     2},
    {u"other", u"在宅ワーク", u"事務", u"", u"子育てしながら在宅で事務の仕事をしています", u"", 1},
    {u"other", u"NPO", u"事務局", u"NPO法人サンプルネット", u"NPOで子ども食堂の運営をしています", u"", 1},
    {u"other", u"農業", u"農家", u"%1農園", u"家族で野菜を作っています", u"有機栽培", 1},
};

struct RegionSeed
{
    const char16_t *name;
    int weight;
};

constexpr RegionSeed kRegions[] = {
    {u"東京都", 40}, {u"神奈川県", 16}, {u"埼玉県", 10}, {u"千葉県", 9}, {u"大阪府", 6},
    {u"愛知県", 4},  {u"福岡県", 3},    {u"静岡県", 2},  {u"北海道", 2}, {u"京都府", 2},
    {u"兵庫県", 2},  {u"宮城県", 1},    {u"茨城県", 1},  {u"広島県", 1}, {u"長野県", 1},
};

constexpr const char16_t *kHobbies[] = {
    u"週末はキャンプに出かけます。",
    u"最近ランニングを始めました。",
    u"読書会にもよく参加しています。",
    u"カフェ巡りが趣味です。",
    u"子育て中で、夜のオン会が助かります。",
    u"地元のお祭りの運営を手伝っています。",
    u"ボードゲームが好きです。",
    u"サウナが好きです。",
    u"将棋を指します。",
    u"休日は家庭菜園をしています。",
    u"",
};

constexpr const char16_t *kHowFound[] = {
    u"Facebookで友人がシェアしていたオフ会のレポートを読みました。",
    u"検索していてグループのブログを見つけました。",
    u"Peatixのイベントページから知りました。",
    u"Xで見かけました。",
    u"オン会に一度見学で参加して、入りたくなりました。",
};

constexpr const char16_t *kTopics[] = {
    u"副業の始め方",       u"地方と東京の二拠点生活", u"仕事でのAIの使い方", u"フリーランスの営業のしかた",
    u"子育てと仕事の両立", u"小さな起業の資金繰り",   u"業界を越えたコラボ",
};

constexpr const char16_t *kLeavingNotes[] = {
    u"転勤のため退会。",
    u"仕事が忙しくなったため退会。",
    u"地元に戻るため退会（オン会には顔を出したいとのこと）。",
    u"本人の希望により退会。",
};

QString text(const char16_t *value)
{
    return QString::fromUtf16(value);
}

template<typename Seed, std::size_t N> const Seed &pickWeighted(const Seed (&seeds)[N], DemoRandom &random)
{
    QList<int> weights;
    for (const Seed &s : seeds)
        weights.append(s.weight);
    return seeds[random.weighted(weights)];
}

template<typename T, std::size_t N> const T &pick(const T (&items)[N], DemoRandom &random)
{
    return items[random.below(int(N))];
}

/// Unique names, readings and addresses across the people made so far.
class Registry
{
public:
    /// A new name for someone, neither the same name nor the same reading as anyone before.
    std::pair<const NameSeed *, const NameSeed *> name(DemoRandom &random)
    {
        for (;;) {
            const NameSeed &surname = pick(kSurnames, random);
            const NameSeed &given = pick(kGivenNames, random);
            const QString reading = text(surname.kana) + text(given.kana);
            if (m_readings.contains(reading))
                continue;
            m_readings.insert(reading);
            return {&surname, &given};
        }
    }

    QString email(const NameSeed &surname, const NameSeed &given, DemoRandom &random)
    {
        const QString domain = random.chance(60) ? u"example.com"_s : u"example.jp"_s;
        const QString s = QString::fromLatin1(surname.romaji), g = QString::fromLatin1(given.romaji);
        const QStringList forms = {g + u'.' + s, s + u'.' + g, g.left(1) + u'.' + s, g + u'_' + s};
        QString local = forms.at(random.below(int(forms.size())));
        for (int n = 2; m_emails.contains(local + u'@' + domain); ++n)
            local = forms.constFirst() + QString::number(n);
        m_emails.insert(local + u'@' + domain);
        return local + u'@' + domain;
    }

    /// A made-up mobile number in the demo's 0X0-0000-xxxx range, or none.
    QString phone(DemoRandom &random)
    {
        if (!random.chance(70))
            return {};
        static constexpr const char *kPrefixes[] = {"090", "080", "070"};
        return u"%1-0000-%2"_s.arg(QLatin1String(pick(kPrefixes, random))).arg(2001 + m_phones++);
    }

private:
    QSet<QString> m_readings;
    QSet<QString> m_emails;
    int m_phones = 0;
};

/// How readily someone comes: a few regulars, more who come now and then, most who rarely do.
int attendanceWeight(DemoRandom &random)
{
    const int roll = random.below(100);
    return roll < 12 ? 30 : (roll < 45 ? 8 : 2);
}

DemoPerson person(Registry &registry, const QList<DemoPerson> &earlier, DemoRandom &random)
{
    const auto [surname, given] = registry.name(random);
    const WorkSeed &work = pickWeighted(kWork, random);
    DemoPerson p;
    Member &m = p.member;
    m.displayName = text(surname->kanji) + u' ' + text(given->kanji);
    m.reading = text(surname->kana) + u' ' + text(given->kana);
    m.emails.append(registry.email(*surname, *given, random));
    m.phone = registry.phone(random);
    m.affiliation = text(work.affiliation).replace(u"%1"_s, text(surname->kanji));
    m.jobTitle = text(work.jobTitle);
    m.occupation = text(work.occupation);
    m.industry = text(work.industry);
    m.region = text(pickWeighted(kRegions, random).name);
    m.introduction = text(work.introduction) + u"。"_s + text(pick(kHobbies, random));
    m.skills = text(work.skills);
    const int consent = random.below(10);
    m.nameConsent = consent < 5
                        ? Member::NameConsent::OccupationInitial
                        : (consent < 8 ? Member::NameConsent::FullName : Member::NameConsent::NotNamed);
    // A quarter came through someone already in the group, most often through a regular.
    if (!earlier.isEmpty() && random.chance(25)) {
        QList<int> weights;
        for (const DemoPerson &e : earlier)
            weights.append(e.member.status == Member::Status::Applicant ? 0 : e.weight);
        p.referrer = random.weighted(weights);
    }
    const QString howFound =
        p.referrer >= 0
            ? u"%1さんに誘われました。"_s.arg(earlier.at(p.referrer).member.displayName.section(u' ', 0, 0))
            : text(pick(kHowFound, random));
    p.answers = {howFound, text(work.introduction) + u"。"_s};
    if (random.chance(40))
        p.answers.append(text(pick(kTopics, random)) + u"について話してみたいです。"_s);
    if (m.occupation == u"executive"_s)
        m.tags.append(u"経営者"_s);
    else if (m.occupation == u"founder"_s)
        m.tags.append(u"起業準備"_s);
    return p;
}

} // namespace

QList<DemoPerson> DemoPeople::generate(const QDate &from, const QDate &today, DemoRandom &random)
{
    const QTimeZone tokyo(9 * 3600);
    Registry registry;
    QList<DemoPerson> people;
    // The group grows: about six new members a month at first, ten to twelve by the end.
    for (int month = 0;; ++month) {
        const QDate first = from.addMonths(month);
        if (first >= today)
            break;
        const int joining = 6 + month / 4 + random.below(4);
        QList<QDate> days;
        for (int i = 0; i < joining; ++i) {
            const QDate day = first.addDays(random.below(first.daysInMonth()));
            if (day < today)
                days.append(day);
        }
        std::sort(days.begin(), days.end());
        for (const QDate &day : std::as_const(days)) {
            DemoPerson p = person(registry, people, random);
            Member &m = p.member;
            m.status = Member::Status::Active;
            m.joinedOn = day;
            m.approvedAt = QDateTime(day, QTime(9, 0), tokyo).toUTC();
            m.createdAt = QDateTime(day.addDays(-random.between(1, 4)), QTime(21, random.below(60)), tokyo);
            p.weight = attendanceWeight(random);
            const int fate = random.below(100);
            const int daysLeft = int(day.daysTo(today));
            if (fate < 10 && daysLeft > 90) {
                m.status = Member::Status::Left;
                m.leftOn = day.addDays(random.between(60, daysLeft - 1));
                m.notes = text(pick(kLeavingNotes, random));
                p.activeUntil = m.leftOn;
            } else if (fate < 16 && daysLeft > 150) {
                m.status = Member::Status::Inactive;
                m.notes = u"最近は参加なし。"_s;
                p.activeUntil = day.addDays(random.between(30, 120));
            } else if (p.weight == 30 && daysLeft > 180) {
                // In the catalogue's order: 起業準備, 常連, 経営者.
                m.tags.insert(m.tags.contains(u"経営者"_s) ? 0 : m.tags.size(), u"常連"_s);
            }
            people.append(p);
        }
    }
    // Five applicants from the last three weeks, waiting for approval with their answers.
    for (int i = 0; i < 5; ++i) {
        DemoPerson p = person(registry, people, random);
        p.member.status = Member::Status::Applicant;
        p.member.tags.clear();
        p.member.createdAt =
            QDateTime(today.addDays(-random.between(1, 20)), QTime(random.between(8, 23), 0), tokyo);
        p.member.notes = u"参加申請。質問への回答を確認中。"_s;
        people.append(p);
    }
    return people;
}

} // namespace offkai
