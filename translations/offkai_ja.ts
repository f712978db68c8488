<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>MemberEditor</name>
    <message>
        <source>Profile</source>
        <translation>プロフィール</translation>
    </message>
    <message>
        <source>Display &amp;name</source>
        <translation>表示名(&amp;N)</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>表示名</translation>
    </message>
    <message>
        <source>Name as the community knows it</source>
        <translation>コミュニティで呼ばれている名前</translation>
    </message>
    <message>
        <source>&amp;Reading</source>
        <translation>ふりがな(&amp;R)</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Furigana, used for sorting and search</source>
        <translation>並べ替えと検索に使うふりがな</translation>
    </message>
    <message>
        <source>&amp;Affiliation</source>
        <translation>所属(&amp;A)</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Company, school or group</source>
        <translation>会社、学校、団体など</translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation>役職(&amp;J)</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>&amp;Occupation</source>
        <translation>職業(&amp;O)</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>職業</translation>
    </message>
    <message>
        <source>&amp;Industry</source>
        <translation>業種(&amp;I)</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Re&amp;gion</source>
        <translation>地域(&amp;G)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Self-intro&amp;duction</source>
        <translation>自己紹介(&amp;D)</translation>
    </message>
    <message>
        <source>Self-introduction</source>
        <translation>自己紹介</translation>
    </message>
    <message>
        <source>&amp;Skills and interests</source>
        <translation>スキル・関心(&amp;S)</translation>
    </message>
    <message>
        <source>Skills and interests</source>
        <translation>スキル・関心</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>&amp;Emails</source>
        <translation>メールアドレス(&amp;E)</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>One address per line; the first is the main one</source>
        <translation>1行に1つずつ入力（最初のアドレスがメインになります）</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>電話番号(&amp;P)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>&amp;LINE</source>
        <translation>LINE(&amp;L)</translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>LINE</translation>
    </message>
    <message>
        <source>LINE ID</source>
        <translation>LINE ID</translation>
    </message>
    <message>
        <source>&amp;Facebook</source>
        <translation>Facebook(&amp;F)</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>&amp;X</source>
        <translation>X(&amp;X)</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>@handle</source>
        <translation>@ユーザー名</translation>
    </message>
    <message>
        <source>Slac&amp;k</source>
        <translation>Slack(&amp;K)</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>&amp;Other link</source>
        <translation>その他のリンク(&amp;O)</translation>
    </message>
    <message>
        <source>Other link</source>
        <translation>その他のリンク</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>在籍状況</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>ステータス(&amp;S)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>&amp;Joined</source>
        <translation>入会日(&amp;J)</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>日付を指定</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入会日</translation>
    </message>
    <message>
        <source>Le&amp;ft</source>
        <translation>退会日(&amp;F)</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>退会日</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>承認(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Referred by</source>
        <translation>紹介者(&amp;R)</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>紹介者</translation>
    </message>
    <message>
        <source>Type a member&apos;s name</source>
        <translation>メンバーの名前を入力</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>タグ(&amp;T)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>カンマ区切りで入力</translation>
    </message>
    <message>
        <source>Name in re&amp;ports</source>
        <translation>レポートでの名前の表示(&amp;P)</translation>
    </message>
    <message>
        <source>Name in reports</source>
        <translation>レポートでの名前の表示</translation>
    </message>
    <message>
        <source>Answers to the join questions</source>
        <translation>入会時の質問への回答</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>メモ(&amp;N)</translation>
    </message>
    <message>
        <source>Private: never exported or published</source>
        <translation>非公開: エクスポートや公開はされません</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <source>co&amp;nnpass</source>
        <translation>connpass(&amp;N)</translation>
    </message>
    <message>
        <source>connpass</source>
        <translation>connpass</translation>
    </message>
    <message>
        <source>connpass user name</source>
        <translation>connpass のユーザー名</translation>
    </message>
    <message>
        <source>Pea&amp;tix</source>
        <translation>Peatix(&amp;T)</translation>
    </message>
    <message>
        <source>Peatix</source>
        <translation>Peatix</translation>
    </message>
    <message>
        <source>Peatix user name or id</source>
        <translation>Peatix のユーザー名または ID</translation>
    </message>
    <message>
        <source>&amp;Doorkeeper</source>
        <translation>Doorkeeper(&amp;D)</translation>
    </message>
    <message>
        <source>Doorkeeper</source>
        <translation>Doorkeeper</translation>
    </message>
    <message>
        <source>Doorkeeper user name or id</source>
        <translation>Doorkeeper のユーザー名または ID</translation>
    </message>
    <message>
        <source>&amp;Meetup</source>
        <translation>Meetup(&amp;M)</translation>
    </message>
    <message>
        <source>Meetup</source>
        <translation>Meetup</translation>
    </message>
    <message>
        <source>Meetup member id</source>
        <translation>Meetup のメンバー ID</translation>
    </message>
</context>
<context>
    <name>VenueEditor</name>
    <message>
        <source>Problem with the venue</source>
        <translation>会場の入力エラー</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名前(&amp;N)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>種類(&amp;K)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>住所(&amp;A)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Open &amp;Map</source>
        <translation>地図を開く(&amp;M)</translation>
    </message>
    <message>
        <source>Search the address on a map in your browser</source>
        <translation>ブラウザーの地図でこの住所を検索します</translation>
    </message>
    <message>
        <source>Map link</source>
        <translation>地図のリンク</translation>
    </message>
    <message>
        <source>Leave empty to search the address on a map</source>
        <translation>空欄の場合は住所で地図を検索します</translation>
    </message>
    <message>
        <source>Nearest stations</source>
        <translation>最寄り駅</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>駅</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>路線</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>出口</translation>
    </message>
    <message>
        <source>Walk (min)</source>
        <translation>徒歩（分）</translation>
    </message>
    <message>
        <source>Add Station</source>
        <translation>駅を追加</translation>
    </message>
    <message>
        <source>Remove Station</source>
        <translation>駅を削除</translation>
    </message>
    <message>
        <source>&amp;Bus</source>
        <translation>バス(&amp;B)</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>バス</translation>
    </message>
    <message>
        <source>Line, stop and minutes on foot</source>
        <translation>路線、バス停、バス停からの徒歩時間</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>駐車場</translation>
    </message>
    <message>
        <source>Nearby</source>
        <translation>周辺施設</translation>
    </message>
    <message>
        <source>Convenience stores, cafés, landmarks</source>
        <translation>コンビニ、カフェ、目印になる建物など</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>定員(&amp;C)</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>定員</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Price range</source>
        <translation>価格帯</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>&amp;Web page</source>
        <translation>Webページ(&amp;W)</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Webページ</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>Online meeting URL</source>
        <translation>オンライン会議のURL</translation>
    </message>
    <message>
        <source>For online venues: the meeting room link</source>
        <translation>オンライン会場の場合は、ミーティングルームのリンクを入力</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>変更を破棄(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Map &amp;link</source>
        <translation>地図のリンク(&amp;L)</translation>
    </message>
    <message>
        <source>Nearest stati&amp;ons</source>
        <translation>最寄り駅(&amp;O)</translation>
    </message>
    <message>
        <source>Parkin&amp;g</source>
        <translation>駐車場(&amp;G)</translation>
    </message>
    <message>
        <source>Nearb&amp;y</source>
        <translation>周辺施設(&amp;Y)</translation>
    </message>
    <message>
        <source>Pr&amp;ice range</source>
        <translation>価格帯(&amp;I)</translation>
    </message>
    <message>
        <source>Online meeting &amp;URL</source>
        <translation>オンライン会議のURL(&amp;U)</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>備考(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>電話番号(&amp;P)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Members, events, venues and meetup reports for community organizers.</source>
        <translation>コミュニティ運営者のための、メンバー・イベント・会場・オフ会レポートの管理アプリです。</translation>
    </message>
    <message>
        <source>Database file to open.</source>
        <translation>開くデータベースファイル。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Open a fresh demo database.</source>
        <translation>新しいデモデータベースを開きます。</translation>
    </message>
    <message>
        <source>User interface language: ja or en.</source>
        <translation>表示言語（ja または en）。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Quit once the window has been painted, printing how long that took.</source>
        <translation>ウィンドウが最初に描画されたら、それまでにかかった時間を表示して終了します。</translation>
    </message>
    <message>
        <source>Team database to open: postgresql://user@host:port/database.</source>
        <translation>開くチームデータベース: postgresql://ユーザー@ホスト:ポート/データベース</translation>
    </message>
</context>
<context>
    <name>offkai::AboutDialog</name>
    <message>
        <source>About Offkai</source>
        <translation>Offkaiについて</translation>
    </message>
    <message>
        <source>Members, events, venues and meetup reports for the people who run communities. Your data stays on your own disk.</source>
        <translation>コミュニティを運営する人のための、メンバー・イベント・会場・オフ会レポートの管理アプリです。データはお使いのコンピューターのディスク上に保存されます。</translation>
    </message>
    <message>
        <source>Offkai is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version.</source>
        <translation>Offkaiはフリーソフトウェアです。Free Software Foundationが公表したGNU General Public License（GNU一般公衆利用許諾書）のバージョン3、または（任意で）それ以降のバージョンが定める条件の下で、再頒布または改変することができます。</translation>
    </message>
    <message>
        <source>Offkai is built with:</source>
        <translation>Offkaiは次のソフトウェアを使用しています。</translation>
    </message>
    <message>
        <source>LGPL 3.0 or GPL 2.0/3.0</source>
        <translation>LGPL 3.0 または GPL 2.0/3.0</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>パブリックドメイン</translation>
    </message>
</context>
<context>
    <name>offkai::AccountsCommand</name>
    <message>
        <source>Usage:
  offkai --db PATH accounts add --kind wordpress|hatena --name NAME --url URL --user USER
        reads the application password or API key from standard input into the keychain
  offkai --db PATH accounts list [--format csv|json]
  offkai --db PATH accounts remove NAME
WordPress: URL is the site (https://example.com). Hatena Blog: URL is the AtomPub root endpoint
(https://blog.hatena.ne.jp/ID/BLOG/atom) and USER the Hatena ID.
</source>
        <translation>使い方:
  offkai --db PATH accounts add --kind wordpress|hatena --name NAME --url URL --user USER
        アプリケーションパスワードまたはAPIキーを標準入力から読み取り、キーチェーンに保存します
  offkai --db PATH accounts list [--format csv|json]
  offkai --db PATH accounts remove NAME
WordPress: URL にはサイトのアドレス（https://example.com）を指定します。
はてなブログ: URL には AtomPub のルートエンドポイント（https://blog.hatena.ne.jp/ID/BLOG/atom）を、
USER にははてなIDを指定します。
</translation>
    </message>
    <message>
        <source>wordpress or hatena.</source>
        <translation>ブログの種類（wordpress または hatena）。</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>A name for the account.</source>
        <translation>アカウントの名前。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>The blog&apos;s address.</source>
        <translation>ブログのアドレス。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The user name or Hatena ID.</source>
        <translation>ユーザー名またははてなID。</translation>
    </message>
    <message>
        <source>user</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 を指定してください。</translation>
    </message>
    <message>
        <source>Unknown kind “%1”: use wordpress or hatena.</source>
        <translation>「%1」は不明な種類です。wordpress または hatena を指定してください。</translation>
    </message>
    <message>
        <source>Give the application password or API key on standard input.</source>
        <translation>アプリケーションパスワードまたはAPIキーを標準入力から渡してください。</translation>
    </message>
    <message>
        <source>The account was not added.</source>
        <translation>アカウントは追加されませんでした。</translation>
    </message>
    <message>
        <source>Could not check the blog&apos;s editing mode: %1</source>
        <translation>ブログの編集モードを確認できませんでした: %1</translation>
    </message>
    <message>
        <source>The blog has no entry yet, so its editing mode could not be checked. Offkai sends Markdown: make sure the blog&apos;s editing mode (設定 › 基本設定 › 編集モード) is Markdown.</source>
        <translation>ブログにまだ記事がないため、編集モードを確認できませんでした。Offkai は Markdown で送信します。ブログの編集モード（設定 › 基本設定 › 編集モード）が Markdown になっていることを確認してください。</translation>
    </message>
    <message>
        <source>No keychain is available, and the command line keeps passwords nowhere else, so the account was not added. Run “offkai accounts add” where a keychain works (a desktop session with GNOME Keyring or KWallet).</source>
        <translation>キーチェーンが使えません。コマンドラインはパスワードをほかの場所には保存しないため、アカウントは追加されませんでした。キーチェーンが使える環境（GNOME Keyring や KWallet のあるデスクトップセッション）で「offkai accounts add」を実行してください。</translation>
    </message>
</context>
<context>
    <name>offkai::AgendaModel</name>
    <message>
        <source>Day not fixed yet</source>
        <translation>日程未定</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>終日</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
</context>
<context>
    <name>offkai::AgendaView</name>
    <message>
        <source>Agenda</source>
        <translation>予定リスト</translation>
    </message>
</context>
<context>
    <name>offkai::AnnouncementDialog</name>
    <message>
        <source>Announcement</source>
        <translation>告知文</translation>
    </message>
    <message>
        <source>Markdown (blog)</source>
        <translation>Markdown（ブログ）</translation>
    </message>
    <message>
        <source>Plain text (SNS, LINE, Facebook)</source>
        <translation>プレーンテキスト（SNS、LINE、Facebook）</translation>
    </message>
    <message>
        <source>Text format</source>
        <translation>テキスト形式</translation>
    </message>
    <message>
        <source>Announcement text</source>
        <translation>告知文</translation>
    </message>
    <message>
        <source>Include the meeting link (only for closed groups)</source>
        <translation>参加URLを含める（非公開グループ向け）</translation>
    </message>
    <message>
        <source>Announcements usually go to groups anyone can read, so the online meeting link is left out and the event&apos;s link policy is shown instead.</source>
        <translation>告知文は通常、誰でも読めるグループに投稿するため、オンラインの参加URLは含めず、代わりにイベントの「URLの案内方法」を記載します。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Announcement: %1</source>
        <translation>「%1」の告知文</translation>
    </message>
    <message>
        <source>Copied. Paste it into your group or blog.</source>
        <translation>コピーしました。グループやブログに貼り付けてください。</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>「%1」に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>テキストファイル (*.txt)</translation>
    </message>
    <message>
        <source>announcement</source>
        <translation>告知文</translation>
    </message>
    <message>
        <source>Save Announcement</source>
        <translation>告知文を保存</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>「%1」に保存しました。</translation>
    </message>
</context>
<context>
    <name>offkai::AnnouncementWriter</name>
    <message>
        <source>[Cancelled] %1</source>
        <translation>【中止】%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>Markdown announcement: bold label, value</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>Markdown announcement: bold label before a list</comment>
        <translation>%1：</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>plain-text announcement: label, value</comment>
        <translation>■%1：%2</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>plain-text announcement: label before a list</comment>
        <translation>■%1</translation>
    </message>
    <message>
        <source>- %1</source>
        <comment>plain-text announcement: list item</comment>
        <translation>・%1</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>plain-text announcement: the title</comment>
        <translation>【%1】</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>無料</translation>
    </message>
    <message>
        <source>¥%1</source>
        <comment>fee in yen</comment>
        <translation>%1円</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>capacity: a number of people</comment>
        <translation>%1名</translation>
    </message>
    <message>
        <source>%1 (full, waitlist open)</source>
        <translation>%1（満席・キャンセル待ち受付中）</translation>
    </message>
    <message>
        <source>%1 (places left: %2)</source>
        <translation>%1（残り%2名）</translation>
    </message>
    <message>
        <source>%1 (to be confirmed)</source>
        <translation>%1（仮）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地図</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>アクセス</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>バス</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>駐車場</translation>
    </message>
    <message>
        <source>Nearby</source>
        <translation>周辺</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>Online (%1)</source>
        <translation>オンライン（%1）</translation>
    </message>
    <message>
        <source>At the venue and online</source>
        <translation>会場＋オンライン</translation>
    </message>
    <message>
        <source>At the venue and online (%1)</source>
        <translation>会場＋オンライン（%1）</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>開催形式</translation>
    </message>
    <message>
        <source>Sent to participants by the day before</source>
        <translation>参加者に前日までにお送りします</translation>
    </message>
    <message>
        <source>Meeting link</source>
        <translation>参加URL</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>会費</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>定員</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>持ち物</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>申込方法</translation>
    </message>
    <message>
        <source>Apply by</source>
        <translation>申込締切</translation>
    </message>
</context>
<context>
    <name>offkai::AttendanceSheetRenderer</name>
    <message>
        <source>Attendance: %1</source>
        <translation>出席表: %1</translation>
    </message>
    <message>
        <source>Going: %1    Attended: ______    Walk-ins: ______</source>
        <translation>参加: %1名    出席: ______名    当日参加: ______名</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2ページ</translation>
    </message>
</context>
<context>
    <name>offkai::BackupRestore</name>
    <message>
        <source>“%1” is open in Offkai (process %2 on %3), so it cannot be restored now. Close it there, then restore again. The file was left as it was.</source>
        <translation>「%1」はOffkaiで開かれているため（コンピューター: %3、プロセスID: %2）、今は復元できません。そちらで閉じてから、もう一度復元してください。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>Offkai could not create its lock file beside “%1”.</source>
        <translation>「%1」の隣にロックファイルを作成できませんでした。</translation>
    </message>
    <message>
        <source>“%1” is not the name of a backup. Give a file name from the backup folder “%2”, without a folder.</source>
        <translation>「%1」はバックアップの名前ではありません。バックアップフォルダー「%2」にあるファイル名を、フォルダーを付けずに指定してください。</translation>
    </message>
    <message>
        <source>There is no backup named “%1” in “%2”.</source>
        <translation>「%2」に「%1」という名前のバックアップはありません。</translation>
    </message>
    <message>
        <source>The backup “%1” is not an SQLite database, so it was not restored. The current file was left as it was.</source>
        <translation>バックアップ「%1」はSQLiteデータベースではないため、復元しませんでした。現在のファイルは変更していません。</translation>
    </message>
    <message>
        <source>Could not copy the backup beside “%1”. Check the free space on the disk. The file was left as it was.</source>
        <translation>バックアップを「%1」の隣にコピーできませんでした。ディスクの空き容量を確認してください。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>The backup “%1” is damaged (it failed SQLite&apos;s check), so it was not restored. The current file was left as it was.</source>
        <translation>バックアップ「%1」は破損しているため（SQLiteの検査に失敗しました）、復元しませんでした。現在のファイルは変更していません。</translation>
    </message>
    <message>
        <source>The backup “%1” is not an Offkai database, so it was not restored. The current file was left as it was.</source>
        <translation>バックアップ「%1」はOffkaiのデータベースではないため、復元しませんでした。現在のファイルは変更していません。</translation>
    </message>
    <message>
        <source>The backup “%1” was saved by a newer version of Offkai (schema %2; this version understands up to %3), so it was not restored. The current file was left as it was.</source>
        <translation>バックアップ「%1」は新しいバージョンのOffkaiで保存されているため（スキーマ%2。このバージョンが扱えるのは%3まで）、復元しませんでした。現在のファイルは変更していません。</translation>
    </message>
    <message>
        <source>Could not keep a copy of “%1” in “%2”, so nothing was restored. Check the free space on the disk. The file was left as it was.</source>
        <translation>「%1」のコピーを「%2」に退避できなかったため、復元しませんでした。ディスクの空き容量を確認してください。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>Could not put the backup in place of “%1”. The file was left as it was.</source>
        <translation>バックアップを「%1」と置き換えられませんでした。ファイルは変更していません。</translation>
    </message>
</context>
<context>
    <name>offkai::Backups</name>
    <message>
        <source>Could not create the backup folder “%1”.</source>
        <translation>バックアップフォルダー「%1」を作成できませんでした。</translation>
    </message>
    <message>
        <source>Could not write a backup copy of the database.</source>
        <translation>データベースのバックアップを書き込めませんでした。</translation>
    </message>
    <message>
        <source>The backup copy was given up.</source>
        <translation>バックアップのコピーを中止しました。</translation>
    </message>
</context>
<context>
    <name>offkai::BackupsCommand</name>
    <message>
        <source>Usage:
  offkai --db PATH backups list [--format text|csv|json]
  offkai --db PATH backups restore NAME
NAME is a file name that the list shows. The current file is copied into the backup folder first; no Offkai may have the database open.
</source>
        <translation>使い方:
  offkai --db PATH backups list [--format text|csv|json]
  offkai --db PATH backups restore NAME
NAMEは一覧に表示されるファイル名です。現在のファイルは先にバックアップフォルダーへ退避されます。データベースを開いているOffkaiがあると復元できません。
</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>毎日</translation>
    </message>
    <message>
        <source>before the upgrade to schema %1</source>
        <translation>スキーマ%1への更新前</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>復元前</translation>
    </message>
    <message>
        <source>There are no backups of “%1” yet. Offkai takes one the first time it opens the database each day.</source>
        <translation>「%1」のバックアップはまだありません。Offkaiは毎日、そのデータベースを最初に開いたときにバックアップを作成します。</translation>
    </message>
    <message>
        <source>Restored “%1” into “%2”.</source>
        <translation>「%1」を「%2」に復元しました。</translation>
    </message>
    <message>
        <source>The previous file was kept as “%1”; restore that name to go back.</source>
        <translation>復元前のファイルは「%1」として退避しました。元に戻すにはその名前を復元してください。</translation>
    </message>
    <message>
        <source>before a member import</source>
        <translation>メンバー取り込み前</translation>
    </message>
</context>
<context>
    <name>offkai::BillSplitDialog</name>
    <message>
        <source>Split the Bill</source>
        <translation>割り勘</translation>
    </message>
    <message>
        <source> yen</source>
        <translation>円</translation>
    </message>
    <message>
        <source>Total bill</source>
        <translation>会計の合計</translation>
    </message>
    <message>
        <source>&amp;Total:</source>
        <translation>合計(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Round shares to:</source>
        <translation>負担額の丸め単位(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Who pays:</source>
        <translation>支払う人(&amp;W):</translation>
    </message>
    <message numerus="yes">
        <source>%n people pay %1 each.</source>
        <translation>
            <numerusform>%n人が1人%1ずつ支払います。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people pay %1 to %2 each; the shares add up to %3.</source>
        <translation>
            <numerusform>%n人が1人%1〜%2を支払います。負担額の合計は%3です。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>offkai::BillSplitter</name>
    <message>
        <source>Choose at least one person to split the bill among.</source>
        <translation>割り勘する人を1人以上選んでください。</translation>
    </message>
    <message>
        <source>The bill cannot be negative.</source>
        <translation>会計の金額には0以上の数を入力してください。</translation>
    </message>
    <message>
        <source>The rounding unit must be at least 1.</source>
        <translation>丸め単位には1以上の数を入力してください。</translation>
    </message>
</context>
<context>
    <name>offkai::BlogAccount</name>
    <message>
        <source>Hatena Blog</source>
        <translation>はてなブログ</translation>
    </message>
    <message>
        <source>WordPress</source>
        <translation>WordPress</translation>
    </message>
</context>
<context>
    <name>offkai::BlogAccountDialog</name>
    <message>
        <source>Edit Blog Account</source>
        <translation>ブログアカウントの編集</translation>
    </message>
    <message>
        <source>Add Blog Account</source>
        <translation>ブログアカウントの追加</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored one</source>
        <translation>空欄の場合は保存済みのものをそのまま使用します</translation>
    </message>
    <message>
        <source>&amp;Blog:</source>
        <translation>ブログ(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password or key:</source>
        <translation>パスワードまたはAPIキー(&amp;P):</translation>
    </message>
    <message>
        <source>Hatena ID</source>
        <translation>はてなID</translation>
    </message>
    <message>
        <source>Hatena Blog: copy the root endpoint and the API key from Settings › Advanced settings › AtomPub of your blog.</source>
        <translation>はてなブログ: ブログの「設定」›「詳細設定」›「AtomPub」から、ルートエンドポイントとAPIキーをコピーしてください。</translation>
    </message>
    <message>
        <source>WordPress user name</source>
        <translation>WordPressのユーザー名</translation>
    </message>
    <message>
        <source>WordPress: create an application password under Users › Profile › Application Passwords and paste it here. Your login password is not needed.</source>
        <translation>WordPress: 「ユーザー」›「プロフィール」›「アプリケーションパスワード」でアプリケーションパスワードを作成し、ここに貼り付けてください。ログイン用のパスワードは不要です。</translation>
    </message>
    <message>
        <source>Enter the application password or API key.</source>
        <translation>アプリケーションパスワードまたはAPIキーを入力してください。</translation>
    </message>
    <message>
        <source>Checking the blog&apos;s editing mode…</source>
        <translation>ブログの編集モードを確認しています…</translation>
    </message>
    <message>
        <source>Could not check the blog&apos;s editing mode:
%1

Save the account anyway?</source>
        <translation>ブログの編集モードを確認できませんでした:
%1

このままアカウントを保存しますか？</translation>
    </message>
</context>
<context>
    <name>offkai::BlogAccountStore</name>
    <message>
        <source>The account name is empty. Give the blog account a name.</source>
        <translation>アカウント名が入力されていません。ブログアカウントの名前を入力してください。</translation>
    </message>
    <message>
        <source>The blog address is empty. Enter the address of the blog.</source>
        <translation>ブログのアドレスが入力されていません。ブログのアドレスを入力してください。</translation>
    </message>
    <message>
        <source>The blog address must be a web address that starts with https://.</source>
        <translation>ブログのアドレスには、https:// で始まるWebアドレスを入力してください。</translation>
    </message>
    <message>
        <source>The blog address must not contain a user name or password. Enter them in their own fields.</source>
        <translation>ブログのアドレスにユーザー名やパスワードを含めることはできません。それぞれ専用の欄に入力してください。</translation>
    </message>
    <message>
        <source>The blog address must start with https:// so that the password is never sent unencrypted (http:// is accepted only for this computer: localhost, 127.0.0.1, ::1).</source>
        <translation>パスワードが暗号化されずに送信されることがないよう、ブログのアドレスは https:// で始まる必要があります（http:// を使用できるのは、このコンピューター上のアドレス localhost、127.0.0.1、::1 の場合のみです）。</translation>
    </message>
    <message>
        <source>The blog address of a Hatena Blog must be its AtomPub root endpoint, such as https://blog.hatena.ne.jp/ID/BLOG/atom (blog settings › Advanced › AtomPub).</source>
        <translation>はてなブログのアドレスには、https://blog.hatena.ne.jp/ID/BLOG/atom のような AtomPub のルートエンドポイントを入力してください（ブログの「設定」›「詳細設定」›「AtomPub」に表示されます）。</translation>
    </message>
    <message>
        <source>The Hatena ID is empty. Enter the Hatena ID that owns the API key.</source>
        <translation>はてなIDが入力されていません。APIキーを所有するはてなIDを入力してください。</translation>
    </message>
    <message>
        <source>The user name is empty. Enter the WordPress user name that the application password belongs to.</source>
        <translation>ユーザー名が入力されていません。アプリケーションパスワードを発行したWordPressのユーザー名を入力してください。</translation>
    </message>
    <message>
        <source>Could not check the blog account names.</source>
        <translation>ブログアカウント名を確認できませんでした。</translation>
    </message>
    <message>
        <source>Another blog account is already called “%1”. Choose another account name.</source>
        <translation>「%1」という名前のブログアカウントはすでに存在します。別のアカウント名を指定してください。</translation>
    </message>
    <message>
        <source>Could not read the blog accounts.</source>
        <translation>ブログアカウントを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The blog account no longer exists.</source>
        <translation>このブログアカウントはすでに存在しません。</translation>
    </message>
    <message>
        <source>There is no blog account called “%1”.</source>
        <translation>「%1」という名前のブログアカウントはありません。</translation>
    </message>
    <message>
        <source>Could not add the blog account.</source>
        <translation>ブログアカウントを追加できませんでした。</translation>
    </message>
    <message>
        <source>Could not save the blog account.</source>
        <translation>ブログアカウントを保存できませんでした。</translation>
    </message>
    <message>
        <source>Could not delete the blog account.</source>
        <translation>ブログアカウントを削除できませんでした。</translation>
    </message>
</context>
<context>
    <name>offkai::BlogAccountsDialog</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Blog Accounts</source>
        <translation>ブログアカウント</translation>
    </message>
    <message>
        <source>Blog accounts</source>
        <translation>ブログアカウント</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Passwords and API keys are kept in the system keychain only, never in the database or the settings.</source>
        <translation>パスワードとAPIキーはシステムのキーチェーンにのみ保存され、データベースや設定に保存されることはありません。</translation>
    </message>
    <message>
        <source>Remove the account “%1”? Posts already on the blog stay there; Offkai forgets them and its stored password.</source>
        <translation>アカウント「%1」を削除しますか？ ブログに投稿済みの記事はそのまま残りますが、Offkaiからはそれらの記事の記録と保存済みのパスワードが削除されます。</translation>
    </message>
</context>
<context>
    <name>offkai::BlogClient</name>
    <message>
        <source>Enter the password or API key of the blog account “%1”.</source>
        <translation>ブログアカウント「%1」のパスワードまたはAPIキーを入力してください。</translation>
    </message>
</context>
<context>
    <name>offkai::BlogEndpoint</name>
    <message>
        <source>“%1” is not a web address. Enter an address that starts with https://.</source>
        <translation>「%1」はWebアドレスではありません。https:// で始まるアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Offkai does not send passwords over plain http:// (to %1). Use the blog&apos;s https:// address.</source>
        <translation>Offkaiは、暗号化されていない http:// 接続ではパスワードを送信しません（送信先: %1）。ブログの https:// のアドレスを使用してください。</translation>
    </message>
</context>
<context>
    <name>offkai::CalendarCommand</name>
    <message>
        <source>Usage:
  offkai --db PATH calendar export [--from DATE] [--to DATE] [--out FILE.ics] [--with-notes]
  offkai --db PATH calendar import FILE.ics [--dry-run]
DATE is YYYY-MM-DD. Without --out the calendar goes to standard output.
</source>
        <translation>使い方:
  offkai --db PATH calendar export [--from DATE] [--to DATE] [--out FILE.ics] [--with-notes]
  offkai --db PATH calendar import FILE.ics [--dry-run]
DATE は YYYY-MM-DD 形式です。--out を指定しないとカレンダーを標準出力に書き出します。
</translation>
    </message>
    <message>
        <source>Only from this day.</source>
        <translation>この日以降のみ。</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Only until this day.</source>
        <translation>この日までのみ。</translation>
    </message>
    <message>
        <source>File to write (standard output if not given).</source>
        <translation>書き出すファイル（省略時は標準出力）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Include the organizers&apos; notes.</source>
        <translation>幹事用メモも含める。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s)</source>
        <translation>
            <numerusform>イベント%n件を書き出しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>定例イベント%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n tentative event(s) without a day.</source>
        <translation>
            <numerusform>日程未定のイベント%n件は書き出していません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only list what would be created or updated.</source>
        <translation>追加・更新される内容を一覧表示するだけにする。</translation>
    </message>
    <message>
        <source>The .ics file to import.</source>
        <translation>取り込む .ics ファイル。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>何も取り込まれていません。</translation>
    </message>
    <message>
        <source>created: %1
updated: %2
unchanged: %3
venues created: %4
</source>
        <translation>追加: %1
更新: %2
変更なし: %3
追加した会場: %4
</translation>
    </message>
</context>
<context>
    <name>offkai::CalendarExportDialog</name>
    <message>
        <source>&amp;All events and series</source>
        <translation>すべてのイベントと定例イベント(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Only from</source>
        <translation>期間を指定(&amp;O)</translation>
    </message>
    <message>
        <source>Include the organizers&apos; &amp;notes (only for calendars no one else sees)</source>
        <translation>幹事用メモも含める（自分だけが見るカレンダー向け）(&amp;N)</translation>
    </message>
    <message>
        <source>Export to a Calendar File</source>
        <translation>カレンダーファイルに書き出し</translation>
    </message>
    <message>
        <source>Writes an .ics file that Google Calendar, Outlook and Thunderbird can import. Series keep their repeat rule.</source>
        <translation>Google カレンダー、Outlook、Thunderbird で取り込める .ics ファイルを書き出します。定例イベントは繰り返しのルールごと書き出します。</translation>
    </message>
    <message>
        <source>to</source>
        <translation>〜</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>書き出し(&amp;E)…</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar ファイル (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n tentative event(s) without a day were left out: a calendar file needs a date for each event.</source>
        <translation>
            <numerusform>日程未定のイベント%n件は書き出していません（カレンダーファイルには、イベントごとに日付が必要です）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The end of the range is before its start.</source>
        <translation>期間の終わりが始まりより前になっています。</translation>
    </message>
</context>
<context>
    <name>offkai::CalendarExporter</name>
    <message>
        <source>“%1” has no day yet, so it cannot be exported to a calendar.</source>
        <translation>「%1」はまだ日程が決まっていないため、カレンダーに書き出せません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>offkai::CalendarImportDialog</name>
    <message>
        <source>Import a Calendar File</source>
        <translation>カレンダーファイルの取り込み</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>An .ics file from Google Calendar, Outlook, Thunderbird or an event site</source>
        <translation>Google カレンダー、Outlook、Thunderbird、イベントサイトの .ics ファイル</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>選択(&amp;C)…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>処理</translation>
    </message>
    <message>
        <source>What</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>When / where</source>
        <translation>日時・場所</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>取り込む(&amp;I)</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>iCalendar ファイル (*.ics *.ical *.ifb);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>このファイルは取り込めません: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>新規%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n to update</source>
        <translation>
            <numerusform>、更新%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unchanged</source>
        <translation>
            <numerusform>、変更なし%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n new venue(s).</source>
        <translation>
            <numerusform>、新しい会場%n件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>何も取り込まれていません。</translation>
    </message>
</context>
<context>
    <name>offkai::CalendarImporter</name>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>定例イベント</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>“%1” cannot be imported: %2</source>
        <translation>「%1」を取り込めません: %2</translation>
    </message>
</context>
<context>
    <name>offkai::CalendarPage</name>
    <message>
        <source>Add Event “%1”</source>
        <translation>イベント「%1」の追加</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>予定リスト</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>今後のイベント</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>過去のイベント</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>すべてのイベント</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>カレンダー</translation>
    </message>
    <message>
        <source>Show the month before</source>
        <translation>前の月を表示します</translation>
    </message>
    <message>
        <source>Show the month after</source>
        <translation>次の月を表示します</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今日(&amp;T)</translation>
    </message>
    <message>
        <source>Show this month and select today</source>
        <translation>今月を表示して今日を選択します</translation>
    </message>
    <message>
        <source>&amp;New Event…</source>
        <translation>新規イベント(&amp;N)…</translation>
    </message>
    <message>
        <source>Add an event on the selected day</source>
        <translation>選択した日にイベントを追加します</translation>
    </message>
    <message>
        <source>&amp;Edit Event…</source>
        <translation>イベントを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the selected event</source>
        <translation>選択したイベントを編集します</translation>
    </message>
    <message>
        <source>&amp;Delete Event</source>
        <translation>イベントを削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected event (can be undone)</source>
        <translation>選択したイベントを削除します（元に戻せます）</translation>
    </message>
    <message>
        <source>Check &amp;In…</source>
        <translation>受付(&amp;I)…</translation>
    </message>
    <message>
        <source>Check people in at the door</source>
        <translation>当日、会場で参加者の受付をします</translation>
    </message>
    <message>
        <source>&amp;Announcement…</source>
        <translation>告知文を作成(&amp;A)…</translation>
    </message>
    <message>
        <source>Write the announcement of the event</source>
        <translation>イベントの告知文を作成します</translation>
    </message>
    <message>
        <source>&amp;Print Attendance Sheet…</source>
        <translation>出席表を印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the list of people going, with boxes to tick</source>
        <translation>参加者の一覧をチェック欄付きで印刷します</translation>
    </message>
    <message>
        <source>Print Name &amp;Badges…</source>
        <translation>名札を印刷(&amp;B)…</translation>
    </message>
    <message>
        <source>Print name badges for the people going</source>
        <translation>参加者の名札を印刷します</translation>
    </message>
    <message>
        <source>Edit the event types and their colours</source>
        <translation>イベントの種類と色を編集します</translation>
    </message>
    <message>
        <source>Added “%1”. Undo removes it.</source>
        <translation>「%1」を追加しました。「元に戻す」で取り消せます。</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>「%1」を保存しました。</translation>
    </message>
    <message>
        <source>Delete Event</source>
        <translation>イベントの削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and the answers and attendance of its %n participant(s)?</source>
        <translation>
            <numerusform>「%1」と、参加者%n名の出欠・出席の記録を削除しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo brings the event back with everyone in it.</source>
        <translation>「元に戻す」で、参加者の記録も含めてイベントを復元できます。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo brings it back.</source>
        <translation>「%1」を削除しました。「元に戻す」で復元できます。</translation>
    </message>
    <message>
        <source>Moved “%1” to %2. Undo moves it back.</source>
        <translation>「%1」を%2に移動しました。「元に戻す」で元の日に戻せます。</translation>
    </message>
    <message>
        <source>Delete Event “%1”</source>
        <translation>イベント「%1」の削除</translation>
    </message>
    <message>
        <source>Move Event “%1”</source>
        <translation>イベント「%1」の移動</translation>
    </message>
    <message>
        <source>Edit Event “%1”</source>
        <translation>イベント「%1」の編集</translation>
    </message>
    <message>
        <source>Promote from the Waitlist</source>
        <translation>キャンセル待ちから繰り上げ</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) moved from the waitlist to going.</source>
        <translation>
            <numerusform>%n名がキャンセル待ちから参加に繰り上がりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Write &amp;Report…</source>
        <translation>レポートを書く(&amp;R)…</translation>
    </message>
    <message>
        <source>Start the post-meetup report of the event</source>
        <translation>このイベントの開催レポートを書き始めます</translation>
    </message>
    <message>
        <source>Imp&amp;ort Participants…</source>
        <translation>参加者を取り込む(&amp;O)…</translation>
    </message>
    <message>
        <source>Import the selected event&apos;s participants from a connpass, Peatix, Doorkeeper or Zoom file</source>
        <translation>選択中のイベントの参加者を connpass・Peatix・Doorkeeper・Zoom のファイルから取り込みます</translation>
    </message>
    <message>
        <source>Pre&amp;vious Month</source>
        <translation>前の月(&amp;V)</translation>
    </message>
    <message>
        <source>Next &amp;Month</source>
        <translation>次の月(&amp;M)</translation>
    </message>
    <message>
        <source>Event T&amp;ypes…</source>
        <translation>イベントの種類(&amp;Y)…</translation>
    </message>
</context>
<context>
    <name>offkai::CandidateTableModel</name>
    <message>
        <source>Confirmed as an event</source>
        <translation>イベントとして確定済み</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <extracomment>%1 is the name of the public holiday</extracomment>
        <translation>休み: %1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>空き</translation>
    </message>
    <message>
        <source>%1 (moved: %2)</source>
        <extracomment>%1 the date and time, %2 the public holiday it was moved off</extracomment>
        <translation>%1（%2のため移動）</translation>
    </message>
    <message>
        <source>%1 (moved)</source>
        <translation>%1（移動）</translation>
    </message>
    <message>
        <source>Rule date: %1</source>
        <translation>本来の日付: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>候補日</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>登壇者</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Slotted</source>
        <extracomment>a speaker is slotted into this candidate date, not yet confirmed as an event</extracomment>
        <translation>登壇予定</translation>
    </message>
    <message>
        <source>Slotted (could not make %1)</source>
        <extracomment>%1 the dates the speaker could not make, as in &quot;Slotted (could not make Tue, Jan 13, 2026)&quot;</extracomment>
        <translation>登壇予定（%1は都合が悪い）</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>column header: free, slotted, confirmed as an event, skipped for a holiday</extracomment>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>offkai::ChangeHistoryAction</name>
    <message>
        <source>Change &amp;History…</source>
        <translation>変更履歴(&amp;H)…</translation>
    </message>
    <message>
        <source>Who changed what in the team database, and when</source>
        <translation>チームデータベースで、だれがいつ何を変更したか</translation>
    </message>
</context>
<context>
    <name>offkai::ChangeHistoryDialog</name>
    <message>
        <source>Change History</source>
        <translation>変更履歴</translation>
    </message>
    <message>
        <source>&amp;Organizer:</source>
        <translation>運営メンバー(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全員</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>まだ変更はありません。</translation>
    </message>
    <message numerus="yes">
        <source>The latest %n change(s).</source>
        <translation>
            <numerusform>最新の %n 件の変更を表示しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n 件の変更。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>offkai::ChangeLog</name>
    <message>
        <source>Could not read the change history.</source>
        <translation>変更履歴を読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>offkai::ChangeLogEntry</name>
    <message>
        <source>Member</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>定例イベント</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>#%1 (deleted)</source>
        <translation>#%1（削除済み）</translation>
    </message>
</context>
<context>
    <name>offkai::ChangeLogModel</name>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>運営メンバー</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>offkai::ChartCard</name>
    <message>
        <source>Show the numbers as a table</source>
        <translation>数値を表で表示</translation>
    </message>
    <message>
        <source>Show the numbers of “%1” as a table</source>
        <translation>「%1」の数値を表で表示</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>PNG で保存(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as &amp;SVG…</source>
        <translation>SVG で保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Copy Data as CSV</source>
        <translation>データを CSV でコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Save or copy</source>
        <translation>保存・コピー</translation>
    </message>
    <message>
        <source>Save or copy “%1”</source>
        <translation>「%1」を保存・コピー</translation>
    </message>
    <message>
        <source>No figures for this period.</source>
        <translation>この期間の数値はありません。</translation>
    </message>
    <message>
        <source>Copied the figures of “%1” as CSV.</source>
        <translation>「%1」の数値を CSV でコピーしました。</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 画像 (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Save Chart as SVG</source>
        <translation>グラフを SVG で保存</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>グラフを PNG で保存</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>グラフの保存</translation>
    </message>
    <message>
        <source>Could not write %1. Check that the folder exists, that you may write to it and that the disk is not full.</source>
        <translation>%1 に書き込めませんでした。フォルダーがあるか、書き込みの権限があるか、ディスクに空きがあるかを確認してください。</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
</context>
<context>
    <name>offkai::CheckCommand</name>
    <message>
        <source>database: %1</source>
        <translation>データベース: %1</translation>
    </message>
    <message>
        <source>schema: %1 (this Offkai: %2)</source>
        <translation>スキーマ: %1（このOffkai: %2）</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>整合性: %1</translation>
    </message>
    <message>
        <source>This database was saved by a newer version of Offkai. Update Offkai to open it.</source>
        <translation>このデータベースは新しいバージョンのOffkaiで保存されています。開くには、Offkaiをアップデートしてください。</translation>
    </message>
    <message>
        <source>Series %1 “%2”: %3</source>
        <translation>定例イベント %1「%2」: %3</translation>
    </message>
    <message numerus="yes">
        <source>series: %n checked, all usable</source>
        <translation>
            <numerusform>定例イベント: %n件を確認、すべて使用できます</numerusform>
        </translation>
    </message>
    <message>
        <source>series: %1 of %2 cannot be expanded</source>
        <translation>定例イベント: %2件中%1件が展開できません</translation>
    </message>
</context>
<context>
    <name>offkai::CommandLine</name>
    <message>
        <source>Database file to use.</source>
        <translation>使用するデータベースファイル。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Use a fresh demo database.</source>
        <translation>新しいデモデータベースを使用します。</translation>
    </message>
    <message>
        <source>Language: ja or en.</source>
        <translation>言語（ja または en）。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>「%1」は不明なコマンドです。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>予期しない引数: %1</translation>
    </message>
    <message>
        <source>Usage:
  offkai [--db PATH | --demo] [--lang ja|en]            start the application
  offkai [--db PATH | --demo] check                     check a database
  offkai [--db PATH | --demo] venues list [--format csv|json]
                                                        list the venues
  offkai [--db PATH | --demo] members list|import|export …
                                                        see offkai members --help
  offkai [--db PATH | --demo] events list|announce|checkin …
                                                        see offkai events --help
  offkai [--db PATH | --demo] reports list|export|publish …
                                                        see offkai reports --help
  offkai [--db PATH | --demo] accounts add|list|remove …
                                                        see offkai accounts --help
</source>
        <translation>使い方:
  offkai [--db PATH | --demo] [--lang ja|en]            アプリケーションを起動します
  offkai [--db PATH | --demo] check                     データベースを検査します
  offkai [--db PATH | --demo] venues list [--format csv|json]
                                                        会場の一覧を出力します
  offkai [--db PATH | --demo] members list|import|export …
                                                        詳しくは offkai members --help を参照
  offkai [--db PATH | --demo] events list|announce|checkin …
                                                        詳しくは offkai events --help を参照
  offkai [--db PATH | --demo] reports list|export|publish …
                                                        詳しくは offkai reports --help を参照
  offkai [--db PATH | --demo] accounts add|list|remove …
                                                        詳しくは offkai accounts --help を参照
</translation>
    </message>
    <message>
        <source>  offkai holidays YEAR [--format text|json]             list Japan&apos;s public holidays
</source>
        <translation>  offkai holidays YEAR [--format text|json]             日本の祝日の一覧を出力します
</translation>
    </message>
    <message>
        <source>  offkai [--db PATH | --demo] series list|candidates …
                                                        see offkai series --help
</source>
        <translation>  offkai [--db PATH | --demo] series list|candidates …
                                                        offkai series --help を参照
</translation>
    </message>
    <message>
        <source>  offkai [--db PATH | --demo] calendar export|import …
                                                        see offkai calendar --help
</source>
        <translation>  offkai [--db PATH | --demo] calendar export|import …
                                                        詳しくは offkai calendar --help を参照
</translation>
    </message>
    <message>
        <source>  offkai --db PATH backups list|restore …
                                                        see offkai backups --help
</source>
        <translation>  offkai --db PATH backups list|restore …
                                                        詳しくは offkai backups --help を参照
</translation>
    </message>
    <message>
        <source>Command %1:</source>
        <translation>コマンド %1:</translation>
    </message>
    <message>
        <source>  offkai [--db PATH | --demo] stats [--from DATE] [--to DATE] [--series ID]
                                   [--format text|csv|json]
                                                        the community&apos;s figures
</source>
        <translation>  offkai [--db PATH | --demo] stats [--from DATE] [--to DATE] [--series ID]
                                   [--format text|csv|json]
                                                        コミュニティの数字
</translation>
    </message>
    <message>
        <source>  offkai demo create PATH                               write a demo database to keep
</source>
        <translation>  offkai demo create PATH                               保存用のデモデータベースを書き出す
</translation>
    </message>
    <message>
        <source>Team database to use: postgresql://user@host:port/database.</source>
        <translation>使うチームデータベース: postgresql://ユーザー@ホスト:ポート/データベース</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Use one of --db, --server and --demo, not several.</source>
        <translation>--db、--server、--demo はどれか1つだけ指定してください。</translation>
    </message>
    <message>
        <source>A team database&apos;s backups are kept by its server. To keep a copy of your own, use: offkai team pull --server URL --db FILE</source>
        <translation>チームデータベースのバックアップはサーバー側で保管されます。手元に控えを残すには次を使います: offkai team pull --server URL --db FILE</translation>
    </message>
    <message>
        <source>%1: team database at schema %2, connected as %3.</source>
        <translation>%1: チームデータベース（スキーマ %2）、%3 として接続しました。</translation>
    </message>
    <message>
        <source>Options:
  --db PATH        the database file (default: %1)
  --server URL     a team database (postgresql://user@host:port/database)
  --demo           a fresh demo database in a temporary folder, removed at the end
  --lang ja|en     the language of the window and of messages
  --exit-after-first-paint
                   start the window, print the milliseconds to its first paint, and quit
  -h, --help       this summary
  --help-all       this summary and every command&apos;s usage
  -v, --version    the version
</source>
        <translation>オプション:
  --db PATH        データベースファイル（既定: %1）
  --server URL     チームデータベース（postgresql://ユーザー@ホスト:ポート/データベース）
  --demo           一時フォルダーに新しいデモデータベースを作り、終了時に削除します
  --lang ja|en     ウィンドウとメッセージの言語
  --exit-after-first-paint
                   ウィンドウを開き、最初の描画までのミリ秒を表示して終了します
  -h, --help       この概要
  --help-all       この概要と、すべてのコマンドの使い方
  -v, --version    バージョン
</translation>
    </message>
    <message>
        <source>  offkai --server URL COMMAND …                         any command above except backups,
                                                        on a team database
  offkai team push --db FILE --server URL               copy a file into an empty team database
  offkai team pull --server URL --db FILE               save a team database as a new file
  offkai --server URL team add-organizer NAME [--viewer]
                                                        let a user change (or only read) it
  offkai --server URL team remove-organizer|organizers|log …
                                                        see offkai team --help
</source>
        <translation>  offkai --server URL COMMAND …                         backups 以外の上記のコマンドを、
                                                        チームデータベースに対して実行
  offkai team push --db FILE --server URL               ファイルを空のチームデータベースにコピー
  offkai team pull --server URL --db FILE               チームデータベースを新しいファイルに保存
  offkai --server URL team add-organizer NAME [--viewer]
                                                        ユーザーに変更（または閲覧のみ）を許可
  offkai --server URL team remove-organizer|organizers|log …
                                                        offkai team --help を参照
</translation>
    </message>
</context>
<context>
    <name>offkai::CommandOptions</name>
    <message>
        <source>ID must be a positive number: “%1” is not one.</source>
        <translation>ID は正の整数で指定してください（「%1」は使えません）。</translation>
    </message>
    <message>
        <source>Output format: %1.</source>
        <translation>出力形式（%1）。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>予期しない引数: %1</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use %2.</source>
        <translation>「%1」は不明な形式です。%2 を指定してください。</translation>
    </message>
    <message>
        <source>“%1” is not a date: use YYYY-MM-DD.</source>
        <translation>「%1」は日付ではありません。YYYY-MM-DD 形式で指定してください。</translation>
    </message>
    <message>
        <source>--to is before --from.</source>
        <translation>--to が --from より前です。</translation>
    </message>
    <message>
        <source>ID must be a positive number: “%1” is not a valid %2 ID.</source>
        <translation>ID は正の整数で指定してください（「%1」は%2の ID として使えません）。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a list of choices</comment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>the last of a list of choices</comment>
        <translation>%1 または %2</translation>
    </message>
</context>
<context>
    <name>offkai::CommunitySettings</name>
    <message>
        <source>%1 (%2)</source>
        <comment>time zone: localized name (IANA id)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Katakana (ヤマダ タロウ)</source>
        <translation>カタカナ（ヤマダ タロウ）</translation>
    </message>
    <message>
        <source>Hiragana (やまだ たろう)</source>
        <translation>ひらがな（やまだ たろう）</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムの設定に合わせる</translation>
    </message>
</context>
<context>
    <name>offkai::CommunitySettingsStore</name>
    <message>
        <source>Could not read the community&apos;s settings.</source>
        <translation>コミュニティの設定を読み込めませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>The community&apos;s name is longer than %n characters.</source>
        <translation>
            <numerusform>コミュニティ名は%n文字以内にしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The community&apos;s name must be one line.</source>
        <translation>コミュニティ名は1行で入力してください。</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone.</source>
        <translation>「%1」は認識できないタイムゾーンです。</translation>
    </message>
    <message>
        <source>The default fee cannot be negative.</source>
        <translation>既定の会費にマイナスの金額は指定できません。</translation>
    </message>
    <message>
        <source>The default capacity must be at least 1.</source>
        <translation>既定の定員は1名以上にしてください。</translation>
    </message>
    <message>
        <source>Reports can be written in Japanese or English.</source>
        <translation>レポートの言語は日本語か英語を選んでください。</translation>
    </message>
    <message>
        <source>“Next time” looks ahead 1 to %1 months.</source>
        <translation>「次回予定」の対象期間は1〜%1か月で指定してください。</translation>
    </message>
    <message>
        <source>Could not save the community&apos;s settings.</source>
        <translation>コミュニティの設定を保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>offkai::CommunityStats</name>
    <message>
        <source>Could not read the community&apos;s figures.</source>
        <translation>コミュニティの集計を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Could not read the events&apos; time zones.</source>
        <translation>イベントのタイムゾーンを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The period starts on %1, after its end on %2.</source>
        <translation>期間の始まり（%1）が終わり（%2）より後になっています。</translation>
    </message>
    <message>
        <source>Could not count the members.</source>
        <translation>メンバーを数えられませんでした。</translation>
    </message>
    <message>
        <source>Could not count the events.</source>
        <translation>イベントを数えられませんでした。</translation>
    </message>
    <message>
        <source>Could not count the attendance.</source>
        <translation>参加者数を数えられませんでした。</translation>
    </message>
    <message>
        <source>Could not count the attendees.</source>
        <translation>参加者を数えられませんでした。</translation>
    </message>
    <message>
        <source>Could not count the cohorts.</source>
        <translation>コホートを集計できませんでした。</translation>
    </message>
    <message>
        <source>Could not count the no-shows.</source>
        <translation>無断欠席を数えられませんでした。</translation>
    </message>
    <message>
        <source>Could not count the talks.</source>
        <translation>登壇を数えられませんでした。</translation>
    </message>
    <message>
        <source>Could not read the next talks.</source>
        <translation>次の登壇予定を読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>offkai::Conflict</name>
    <message>
        <source>Overlaps “%1” (%2) at the same venue.</source>
        <translation>同じ会場の「%1」（%2）と時間が重なっています。</translation>
    </message>
    <message>
        <source>The host also hosts “%1” (%2) online at the same time.</source>
        <translation>ホストは同じ時間帯に、オンラインの「%1」（%2）のホストも担当しています。</translation>
    </message>
</context>
<context>
    <name>offkai::ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Changed Elsewhere</source>
        <translation>ほかで変更されています</translation>
    </message>
    <message>
        <source>&lt;b&gt;“%1” was saved elsewhere at %2&lt;/b&gt;, in another window or by another organizer, while you were editing it. Nothing has been overwritten.</source>
        <translation>&lt;b&gt;編集中に「%1」がほかの場所で保存されました（%2）&lt;/b&gt;。別のウィンドウか、ほかの運営メンバーによる変更です。まだ何も上書きしていません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;“%1” was saved by %3 at %2&lt;/b&gt; while you were editing it. Nothing has been overwritten.</source>
        <translation>&lt;b&gt;編集中に「%1」が %3 さんによって保存されました（%2）&lt;/b&gt;。まだ何も上書きしていません。</translation>
    </message>
    <message numerus="yes">
        <source>Choose the value to keep in each field. In %n field(s) you both made changes (in bold).</source>
        <translation>
            <numerusform>項目ごとに残す値を選んでください。%n 件の項目は両方が変更しています（太字）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the value to keep in each field. Each field keeps the side that changed it.</source>
        <translation>項目ごとに残す値を選んでください。最初は、それぞれ変更した側の値が選ばれています。</translation>
    </message>
    <message>
        <source>All &amp;Theirs</source>
        <translation>すべて相手の値(&amp;T)</translation>
    </message>
    <message>
        <source>All &amp;Mine</source>
        <translation>すべて自分の値(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Save Chosen Values</source>
        <translation>選んだ値で保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>編集を続ける(&amp;K)</translation>
    </message>
    <message>
        <source>Save nothing now; the form keeps what you typed</source>
        <translation>いまは保存しません。入力した内容はフォームに残ります</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Their value (saved)</source>
        <translation>相手の値（保存済み）</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>自分の値</translation>
    </message>
    <message>
        <source>You both changed this field</source>
        <translation>この項目は両方が変更しています</translation>
    </message>
    <message>
        <source>%1: their value</source>
        <translation>%1：相手の値</translation>
    </message>
    <message>
        <source>%1: your value</source>
        <translation>%1：自分の値</translation>
    </message>
    <message>
        <source>“%1” keeps being changed elsewhere; try saving again.</source>
        <translation>「%1」がほかの場所で変更され続けています。もう一度保存してください。</translation>
    </message>
</context>
<context>
    <name>offkai::ConnectTeamDialog</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>パスワードをシステムのキーチェーンに保存する(&amp;R)</translation>
    </message>
    <message>
        <source>Connect to Team Database</source>
        <translation>チームデータベースに接続</translation>
    </message>
    <message>
        <source>A team database lets several organizers work on the same community at the same time. Ask the person who set up the server for its address and your password.</source>
        <translation>チームデータベースを使うと、複数の運営メンバーが同じコミュニティーを同時に編集できます。アドレスとパスワードは、サーバーを用意した人に確認してください。</translation>
    </message>
    <message>
        <source>Empty: the saved password</source>
        <translation>空欄: 保存済みのパスワード</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
</context>
<context>
    <name>offkai::ConnectionBanner</name>
    <message>
        <source>&amp;Retry Now</source>
        <translation>今すぐ再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Connection to the team database</source>
        <translation>チームデータベースとの接続</translation>
    </message>
    <message numerus="yes">
        <source>The connection to the team database was lost. What you type is kept and saved when the server is back; nothing is half-saved. Trying again in %n second(s).</source>
        <translation>
            <numerusform>チームデータベースとの接続が切れました。入力した内容は保持され、サーバーが戻ったときに保存されます。中途半端に保存されることはありません。%n 秒後に再試行します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to the team database again. Edits that were waiting have been saved, and others&apos; changes are shown.</source>
        <translation>チームデータベースに再接続しました。保存待ちだった編集を保存し、ほかの運営メンバーの変更を反映しました。</translation>
    </message>
</context>
<context>
    <name>offkai::CrashRecovery</name>
    <message>
        <source>Could not open “%1”.</source>
        <translation>「%1」を開けませんでした。</translation>
    </message>
    <message>
        <source>Offkai could not recover “%1” after an interrupted write.</source>
        <translation>書き込みが中断された「%1」を復旧できませんでした。</translation>
    </message>
    <message>
        <source>Offkai could not make a temporary copy of “%1” to inspect it: %2</source>
        <translation>「%1」を検査するための一時コピーを作れませんでした: %2</translation>
    </message>
    <message>
        <source>Offkai was stopped while saving to “%1” (for example by a power cut). The unfinished change was undone; everything saved before it is intact.</source>
        <translation>「%1」への保存中に Offkai が停止しました（停電など）。途中だった変更は取り消しました。それまでに保存した内容はすべて無事です。</translation>
    </message>
    <message>
        <source>“%1” was not closed properly last time. Offkai recovered it; nothing saved was lost.</source>
        <translation>「%1」は前回正しく閉じられていませんでした。復旧しました。保存済みの内容は失われていません。</translation>
    </message>
</context>
<context>
    <name>offkai::CsvReader</name>
    <message>
        <source>%1: %2</source>
        <comment>file name: message</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>カンマ</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>セミコロン</translation>
    </message>
    <message>
        <source>Row %1 does not have as many fields as the first row (%2 instead of %3).</source>
        <translation>%1行目の項目数が1行目と一致しません（1行目は%3個、この行は%2個）。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>Row %1, column %2: the field is longer than %3 characters. Choose a member list saved as CSV.</source>
        <translation>%1行目、%2列目: 項目が%3文字を超えています。CSV形式で保存したメンバー一覧を選んでください。</translation>
    </message>
    <message>
        <source>Row %1, column %2 contains a NUL character. This does not look like a CSV text file.</source>
        <translation>%1行目、%2列目にNUL文字が含まれています。CSV形式のテキストファイルではないようです。</translation>
    </message>
    <message>
        <source>Row %1, column %2 (line %3): a quoted field is never closed. Check for a missing closing quote (&quot;).</source>
        <translation>%1行目、%2列目（ファイルの%3行目）: 引用符で囲まれた項目が閉じられていません。閉じる引用符（&quot;）が抜けていないか確認してください。</translation>
    </message>
    <message>
        <source>Row %1, column %2: unexpected text after a closing quote. A quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>%1行目、%2列目: 閉じる引用符の後に予期しない文字があります。引用符で囲まれた項目の中で引用符を使う場合は、2つ重ねて（&quot;&quot;）入力してください。</translation>
    </message>
    <message>
        <source>Row %1 has more than %2 columns. This does not look like a member list: check the delimiter, or choose another file.</source>
        <translation>%1行目の列数が%2を超えています。メンバー名簿ではないようです。区切り文字を確認するか、別のファイルを選んでください。</translation>
    </message>
    <message>
        <source>The file has more than %1 fields in all. Split it into smaller files and import them one after the other.</source>
        <translation>ファイル全体の項目数が%1を超えています。いくつかのファイルに分けて、順番に取り込んでください。</translation>
    </message>
</context>
<context>
    <name>offkai::DashboardCharts</name>
    <message>
        <source>M/d</source>
        <extracomment>A day on a chart&apos;s axis (QDate format): short, many stand side by side.</extracomment>
        <translation>M/d</translation>
    </message>
    <message>
        <source>MMM</source>
        <extracomment>A month on a chart&apos;s axis when the chart spans a year at most (QDate format).</extracomment>
        <translation>M月</translation>
    </message>
    <message>
        <source>MMM yy</source>
        <extracomment>A month on a chart&apos;s axis when the chart spans several years (QDate format): short.</extracomment>
        <translation>yy年M月</translation>
    </message>
</context>
<context>
    <name>offkai::DashboardPage</name>
    <message>
        <source>Members over time</source>
        <translation>メンバー数の推移</translation>
    </message>
    <message>
        <source>Events and attendance per month</source>
        <translation>月ごとのイベント数と参加者数</translation>
    </message>
    <message>
        <source>Attendance per event</source>
        <translation>イベントごとの参加状況</translation>
    </message>
    <message>
        <source>Who keeps coming: new members who came to an event</source>
        <translation>定着率：新メンバーのうちイベントに参加した人</translation>
    </message>
    <message>
        <source>No-show rate by event type</source>
        <translation>イベントの種類別の無断欠席率</translation>
    </message>
    <message>
        <source>No-show rate by how far ahead people registered</source>
        <translation>申込時期別の無断欠席率</translation>
    </message>
    <message>
        <source>Who attends</source>
        <translation>参加者の内訳</translation>
    </message>
    <message>
        <source>Attendees by</source>
        <translation>参加者の内訳の基準</translation>
    </message>
    <message>
        <source>By occupation</source>
        <translation>職業別</translation>
    </message>
    <message>
        <source>By industry</source>
        <translation>業種別</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>地域別</translation>
    </message>
    <message>
        <source>Where new members came from</source>
        <translation>新メンバーの紹介者</translation>
    </message>
    <message>
        <source>Talks per speaker</source>
        <translation>登壇者ごとの登壇回数</translation>
    </message>
    <message>
        <source>Next talks of each series</source>
        <translation>定例イベントごとの今後の登壇</translation>
    </message>
    <message>
        <source>&amp;Refresh Figures</source>
        <translation>数値を更新(&amp;R)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>新メンバー</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>退会</translation>
    </message>
    <message>
        <source>Applicants waiting</source>
        <translation>承認待ちの申請者</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation>開催したイベント</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>参加者数（延べ）</translation>
    </message>
    <message>
        <source>Came twice or more</source>
        <translation>2回以上参加した人</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) without a join date are counted here but not by month.</source>
        <translation>
            <numerusform>入会日のないメンバー%n名はここには数えますが、月ごとの数には含めません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n different member(s) came.</source>
        <translation>
            <numerusform>参加したのは%n名です（重複なし）。</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n attendee(s) came to two or more events.</source>
        <translation>
            <numerusform>参加者%n名のうち%1名が2回以上参加しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n new member(s) were brought by a member.</source>
        <translation>
            <numerusform>新メンバー%n名のうち%1名はメンバーの紹介です。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>offkai::DashboardTables</name>
    <message>
        <source>Less than a day before</source>
        <translation>1日以内</translation>
    </message>
    <message>
        <source>1–6 days before</source>
        <translation>1〜6日前</translation>
    </message>
    <message>
        <source>1–4 weeks before</source>
        <translation>1〜4週間前</translation>
    </message>
    <message>
        <source>4 weeks or more before</source>
        <translation>4週間以上前</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Answered “going” before the event (walk-ins not included)</source>
        <translation>事前に「参加」と回答した人（当日参加は含みません）</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入会</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>退会</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>メンバー数</translation>
    </message>
    <message>
        <source>Members at the end of the month</source>
        <translation>月末時点のメンバー数</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>申込</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Attended, walk-ins included</source>
        <translation>出席した人（当日参加を含む）</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>当日参加</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>無断欠席</translation>
    </message>
    <message>
        <source>Registered as going and did not come</source>
        <translation>「参加」と回答したのに来なかった人</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>定員</translation>
    </message>
    <message>
        <source>First-timers</source>
        <translation>初参加</translation>
    </message>
    <message>
        <source>Came for the first time</source>
        <translation>初めて参加した人</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント数</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>参加者数</translation>
    </message>
    <message>
        <source>Share of the month&apos;s new members who came to an event within this time</source>
        <translation>その月の新メンバーのうち、この期間内にイベントへ参加した人の割合</translation>
    </message>
    <message>
        <source>Joined in</source>
        <translation>入会月</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>新メンバー</translation>
    </message>
    <message>
        <source>Within 1 month</source>
        <translation>1か月以内</translation>
    </message>
    <message>
        <source>Within 3 months</source>
        <translation>3か月以内</translation>
    </message>
    <message>
        <source>Within 6 months</source>
        <translation>6か月以内</translation>
    </message>
    <message>
        <source>Within 12 months</source>
        <translation>12か月以内</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>無断欠席率</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>イベントの種類</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>割合</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>職業</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>New members brought</source>
        <translation>紹介した新メンバー</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>登壇者</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>登壇回数</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>定例イベント</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>(open)</source>
        <translation>（未定）</translation>
    </message>
</context>
<context>
    <name>offkai::Database</name>
    <message>
        <source>“%1” is not a file.</source>
        <translation>「%1」はファイルではありません。</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>「%1」を読み込めません: %2</translation>
    </message>
    <message>
        <source>“%1” is not an Offkai database: it is not an SQLite file. It was left untouched.</source>
        <translation>「%1」はSQLiteファイルではないため、Offkaiのデータベースとして開けません。ファイルは変更されていません。</translation>
    </message>
    <message>
        <source>“%1” is read-only. Offkai needs to write to its database: make the file writable, or open a copy of it.</source>
        <translation>「%1」は読み取り専用です。Offkaiはデータベースに書き込む必要があります。ファイルを書き込み可能にするか、コピーを開いてください。</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>「%1」は存在しません。</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>フォルダー「%1」を作成できません。</translation>
    </message>
    <message>
        <source>The folder “%1” is read-only. Offkai keeps its journal, lock and backups beside the database: move the file to a folder you can write to.</source>
        <translation>フォルダー「%1」は読み取り専用です。Offkaiはジャーナル、ロックファイル、バックアップをデータベースと同じフォルダーに保存します。書き込み可能なフォルダーにファイルを移動してください。</translation>
    </message>
    <message>
        <source>“%1” is already open in another Offkai window (process %2 on %3). Close it there, then try again.</source>
        <translation>「%1」は別のOffkaiウィンドウですでに開かれています（コンピューター: %3、プロセスID: %2）。そちらで閉じてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Offkai could not create its lock file beside “%1”.</source>
        <translation>「%1」と同じフォルダーにロックファイルを作成できませんでした。</translation>
    </message>
    <message>
        <source>Offkai cannot open databases: the Qt SQLite driver is missing. Reinstall Offkai.</source>
        <translation>QtのSQLiteドライバーが見つからないため、データベースを開けません。Offkaiを再インストールしてください。</translation>
    </message>
    <message>
        <source>Could not open “%1”.</source>
        <translation>「%1」を開けませんでした。</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Offkai (schema %2; this version understands up to %3). Update Offkai to open it. The file was left untouched.</source>
        <translation>「%1」は新しいバージョンのOffkaiで保存されています（スキーマ%2。このバージョンが対応しているのはスキーマ%3までです）。開くには、Offkaiをアップデートしてください。ファイルは変更されていません。</translation>
    </message>
    <message>
        <source>Could not check “%1”.</source>
        <translation>「%1」の整合性を確認できませんでした。</translation>
    </message>
    <message>
        <source>Offkai could not set up “%1” for safe writing.</source>
        <translation>「%1」を安全に書き込める状態に設定できませんでした。</translation>
    </message>
    <message>
        <source>“%1” is empty: it is not an Offkai database. It was left untouched.</source>
        <translation>「%1」は空のファイルで、Offkai のデータベースではありません。ファイルには手を加えていません。</translation>
    </message>
    <message>
        <source>Offkai could not create a temporary folder to inspect “%1”.</source>
        <translation>「%1」を検査するための一時フォルダーを作れませんでした。</translation>
    </message>
    <message>
        <source>“%1” holds what an interrupted write left behind. It was checked as Offkai will recover it when it next opens the file; the file itself was not changed.</source>
        <translation>「%1」には中断された書き込みの跡が残っています。次に Offkai で開いたときに復旧される状態で検査しました。ファイル自体は変更していません。</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened, even after Offkai finished the interrupted write it found beside it.</source>
        <translation>「%1」は破損していて開けません。中断された書き込みの後処理を済ませても、破損は直りませんでした。</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened. It was left untouched.</source>
        <translation>「%1」は破損していて開けません。ファイルには手を加えていません。</translation>
    </message>
    <message>
        <source>Offkai has no backup of it yet. Keep the file: it may still be repaired.</source>
        <translation>このファイルのバックアップはまだありません。修復できる可能性があるので、ファイルは消さずに保管してください。</translation>
    </message>
    <message>
        <source>Restore it from a backup with File › Restore from Backup… (the newest is “%1”).</source>
        <translation>「ファイル › バックアップから復元…」でバックアップから戻してください（最新は「%1」）。</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new file name; Offkai never replaces a file with a copy.</source>
        <translation>「%1」は既にあります。別のファイル名を指定してください（Offkaiはコピーで既存のファイルを上書きしません）。</translation>
    </message>
    <message>
        <source>Could not write the copy “%1”.</source>
        <translation>コピー「%1」を書き出せませんでした。</translation>
    </message>
    <message>
        <source>A team database is saved as a file with: offkai team pull --server URL --db FILE</source>
        <translation>チームデータベースをファイルに保存するには次を使います: offkai team pull --server URL --db FILE</translation>
    </message>
</context>
<context>
    <name>offkai::DatabaseFileActions</name>
    <message>
        <source>Offkai databases (*.sqlite *.offkai);;All files (*)</source>
        <translation>Offkaiデータベース (*.sqlite *.offkai);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>新規データベース(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a new, empty database file</source>
        <translation>空のデータベースファイルを新規作成します</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>データベースを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open an existing database file</source>
        <translation>既存のデータベースファイルを開きます</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Database</source>
        <translation>デモデータベースを開く(&amp;D)</translation>
    </message>
    <message>
        <source>Explore a sample community; your own database is not touched</source>
        <translation>サンプルのコミュニティで操作を試します（お使いのデータベースは変更されません）</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったデータベース(&amp;R)</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>最近使ったデータベース</translation>
    </message>
    <message>
        <source>“%1” no longer exists. It was removed from the list.</source>
        <translation>「%1」が見つからないため、一覧から削除しました。</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>最近使ったデータベースはありません</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>一覧を消去(&amp;C)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>新規データベース</translation>
    </message>
    <message>
        <source>“%1” already exists, so Offkai opens it instead of replacing it.</source>
        <translation>「%1」はすでに存在するため、置き換えずにそのファイルを開きます。</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <source>Save Demo &amp;As…</source>
        <translation>デモに名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>Keep the demo, as it is now, in a file of your own</source>
        <translation>今のデモを自分のファイルとして保存します</translation>
    </message>
    <message>
        <source>Save Demo As</source>
        <translation>デモに名前を付けて保存</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Database…</source>
        <translation>チームデータベースに接続(&amp;T)…</translation>
    </message>
    <message>
        <source>Work with other organizers on a shared database on a PostgreSQL server</source>
        <translation>PostgreSQL サーバー上の共有データベースで、ほかの運営メンバーと一緒に作業します</translation>
    </message>
</context>
<context>
    <name>offkai::DemoCommand</name>
    <message>
        <source>Usage: offkai demo create PATH
Writes a fresh demo community (two years of members, events, venues and reports ending today)
to the database file PATH, to keep and change. An existing file is never replaced.
</source>
        <translation>使い方: offkai demo create PATH
新しいデモコミュニティ（今日までの2年分のメンバー、イベント、会場、レポート）を
データベースファイル PATH に書き出します。保存して自由に変更できます。既存のファイルは上書きしません。
</translation>
    </message>
    <message>
        <source>The database file to write.</source>
        <translation>書き出すデータベースファイル。</translation>
    </message>
    <message>
        <source>Wrote the demo database to %1.</source>
        <translation>デモデータベースを %1 に書き出しました。</translation>
    </message>
</context>
<context>
    <name>offkai::DemoData</name>
    <message>
        <source>Could not create the demo database.</source>
        <translation>デモデータベースを作成できませんでした。</translation>
    </message>
</context>
<context>
    <name>offkai::DemoDatabase</name>
    <message>
        <source>Could not create the folder for the demo database: “%1”.</source>
        <translation>デモデータベース用のフォルダー「%1」を作成できませんでした。</translation>
    </message>
    <message>
        <source>The previous demo database “%1” is in use and cannot be replaced. Close the other Offkai window that shows the demo, then try again.</source>
        <translation>以前のデモデータベース「%1」が使用中のため、置き換えられません。デモを表示している別のOffkaiウィンドウを閉じてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Could not write the demo&apos;s participant file “%1”.</source>
        <translation>デモ用の参加者ファイル「%1」を書き込めませんでした。</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new file name; Offkai never replaces a file with the demo.</source>
        <translation>「%1」は既にあります。別のファイル名を指定してください（Offkaiはデモで既存のファイルを上書きしません）。</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>フォルダー「%1」がありません。</translation>
    </message>
    <message>
        <source>Could not write in the folder “%1”.</source>
        <translation>フォルダー「%1」に書き込めませんでした。</translation>
    </message>
    <message>
        <source>Could not write the demo database to “%1”.</source>
        <translation>デモデータベースを「%1」に書き出せませんでした。</translation>
    </message>
</context>
<context>
    <name>offkai::DemoReports</name>
    <message>
        <source>The demo data is incomplete.</source>
        <translation>デモデータが不完全です。</translation>
    </message>
</context>
<context>
    <name>offkai::DuplicatesDialog</name>
    <message>
        <source>Likely Duplicates</source>
        <translation>重複の可能性があるメンバー</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>Possibly the same as</source>
        <translation>同一人物の可能性</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Merge, Keep &amp;Left</source>
        <translation>統合して左を残す(&amp;L)</translation>
    </message>
    <message>
        <source>The member on the right is merged into the one on the left: every event, tag and answer is kept</source>
        <translation>右のメンバーを左のメンバーに統合します。イベント、タグ、回答はすべて保持されます</translation>
    </message>
    <message>
        <source>Merge, Keep &amp;Right</source>
        <translation>統合して右を残す(&amp;R)</translation>
    </message>
    <message>
        <source>The member on the left is merged into the one on the right</source>
        <translation>左のメンバーを右のメンバーに統合します</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>メールアドレスが同じ</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>名前が同じ</translation>
    </message>
    <message>
        <source>same reading</source>
        <translation>ふりがなが同じ</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No likely duplicates found.</source>
        <translation>重複の可能性があるメンバーは見つかりませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) that may be the same person. Merging keeps every event, tag and answer, and can be undone.</source>
        <translation>
            <numerusform>同一人物の可能性がある組み合わせが%n組あります。統合してもイベント、タグ、回答はすべて保持され、元に戻すこともできます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>offkai::Event</name>
    <message>
        <source>Date to be decided</source>
        <translation>日程未定</translation>
    </message>
    <message>
        <source>Sometime in %1, date to be decided</source>
        <translation>%1中（日程未定）</translation>
    </message>
    <message>
        <source>%1, to be confirmed</source>
        <translation>%1（仮）</translation>
    </message>
    <message>
        <source>Between %1 and %2, date to be decided</source>
        <translation>%1〜%2（日程未定）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>Hybrid (venue and online)</source>
        <translation>ハイブリッド（会場＋オンライン）</translation>
    </message>
    <message>
        <source>At a venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation>仮</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>開催済み</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>開催予定</translation>
    </message>
</context>
<context>
    <name>offkai::EventChipDelegate</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>offkai::EventEditorDialog</name>
    <message>
        <source>e.g. 3rd meetup</source>
        <translation>例: 第3回オフ会</translation>
    </message>
    <message>
        <source>No fixed day yet</source>
        <translation>日程未定</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>終日</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>e.g. a weekday at the end of the month</source>
        <translation>例: 月末の平日</translation>
    </message>
    <message>
        <source>Staff and speakers take places too</source>
        <translation>スタッフと登壇者も定員に含まれます</translation>
    </message>
    <message>
        <source>e.g. the link is sent the day before</source>
        <translation>例: 前日にURLをお送りします</translation>
    </message>
    <message>
        <source>e.g. business cards</source>
        <translation>例: 名刺</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>日時(&amp;W):</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>タイムゾーン(&amp;Z):</translation>
    </message>
    <message>
        <source>&amp;Possible days:</source>
        <translation>候補期間(&amp;P):</translation>
    </message>
    <message>
        <source>Note on the &amp;day:</source>
        <translation>日程の補足(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Online URL:</source>
        <translation>オンラインURL(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Fee per person:</source>
        <translation>1人あたりの会費(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Link policy:</source>
        <translation>URLの案内方法(&amp;L):</translation>
    </message>
    <message>
        <source>What to &amp;bring:</source>
        <translation>持ち物(&amp;B):</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>New Event</source>
        <translation>新規イベント</translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation>イベントの編集</translation>
    </message>
    <message>
        <source>e.g. on the connpass page, or reply in the group</source>
        <translation>例：connpassのページから、またはグループにコメント</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Application deadline</source>
        <translation>申込締切</translation>
    </message>
    <message>
        <source>How to &amp;apply:</source>
        <translation>申込方法(&amp;A):</translation>
    </message>
    <message>
        <source>Application deadl&amp;ine:</source>
        <translation>申込締切(&amp;I):</translation>
    </message>
    <message>
        <source>Nothing saved: the event was changed elsewhere. The form keeps what you typed; OK compares it with their version again.</source>
        <translation>保存していません。イベントがほかで変更されていました。入力した内容はフォームに残っています。OK を押すと、相手の保存した内容ともう一度比べます。</translation>
    </message>
</context>
<context>
    <name>offkai::EventFields</name>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>開催形式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <source>Online URL</source>
        <translation>オンラインURL</translation>
    </message>
    <message>
        <source>Host of the online room</source>
        <translation>オンラインルームのホスト</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>定員</translation>
    </message>
    <message>
        <source>Staff and speakers take places too</source>
        <translation>スタッフと登壇者も定員に含まれます</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Fee per person</source>
        <translation>1人あたりの会費</translation>
    </message>
    <message>
        <source>Link policy</source>
        <translation>URLの案内方法</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>持ち物</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>申込方法</translation>
    </message>
    <message>
        <source>Application deadline</source>
        <translation>申込締切</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Organizer notes</source>
        <translation>幹事メモ</translation>
    </message>
</context>
<context>
    <name>offkai::EventForm</name>
    <message>
        <source>Type a few letters of a member&apos;s name</source>
        <translation>メンバーの名前を数文字入力</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source> yen</source>
        <translation>円</translation>
    </message>
    <message>
        <source>Only for organizers; never in announcements</source>
        <translation>幹事用のメモです（告知文には記載されません）</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>種類(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>会場(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Host of the online room:</source>
        <translation>オンラインルームのホスト(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>定員(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>内容(&amp;D):</translation>
    </message>
    <message>
        <source>Organizer &amp;notes:</source>
        <translation>幹事メモ(&amp;N):</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>No venue</source>
        <translation>会場なし</translation>
    </message>
</context>
<context>
    <name>offkai::EventHistoryView</name>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>The member&apos;s events</source>
        <translation>このメンバーのイベント</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Yes (walk-in)</source>
        <translation>はい（当日参加）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>No events yet.</source>
        <translation>イベントはまだありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), came to %1.</source>
        <translation>
            <numerusform>イベント%n件中、%1件に出席しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Events held at the venue</source>
        <translation>この会場で開催したイベント</translation>
    </message>
    <message>
        <source>No events here yet.</source>
        <translation>この会場でのイベントはまだありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) here.</source>
        <translation>
            <numerusform>この会場でのイベントは%n件です。</numerusform>
        </translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>無断欠席</translation>
    </message>
</context>
<context>
    <name>offkai::EventPrinter</name>
    <message>
        <source>Print Name Badges</source>
        <translation>名札を印刷</translation>
    </message>
    <message>
        <source>Print Attendance Sheet</source>
        <translation>出席表を印刷</translation>
    </message>
    <message>
        <source>Name badges – %1</source>
        <translation>名札 – %1</translation>
    </message>
    <message>
        <source>Attendance – %1</source>
        <translation>出席表 – %1</translation>
    </message>
</context>
<context>
    <name>offkai::EventStore</name>
    <message>
        <source>Could not read the event.</source>
        <translation>イベントを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The event no longer exists.</source>
        <translation>このイベントはすでに存在しません。</translation>
    </message>
    <message>
        <source>Could not read the events.</source>
        <translation>イベントの一覧を読み込めませんでした。</translation>
    </message>
    <message>
        <source>An event needs a title.</source>
        <translation>イベントのタイトルを入力してください。</translation>
    </message>
    <message>
        <source>Choose the event&apos;s time zone.</source>
        <translation>イベントのタイムゾーンを選択してください。</translation>
    </message>
    <message>
        <source>The event cannot end before it starts.</source>
        <translation>終了日時を開始日時より前にすることはできません。</translation>
    </message>
    <message>
        <source>Only a tentative event can be without a day. Choose its day, or mark it tentative.</source>
        <translation>日程を未定にできるのは、ステータスが「仮」のイベントだけです。日付を選択するか、ステータスを「仮」にしてください。</translation>
    </message>
    <message>
        <source>An event without a fixed day needs at least the first day it could be on.</source>
        <translation>日程が決まっていないイベントには、少なくとも開催候補の初日を入力してください。</translation>
    </message>
    <message>
        <source>The last possible day cannot be before the first.</source>
        <translation>開催候補の最終日には、初日以降の日付を指定してください。</translation>
    </message>
    <message>
        <source>The capacity cannot be negative.</source>
        <translation>定員には0以上の数を入力してください。</translation>
    </message>
    <message>
        <source>The fee cannot be negative.</source>
        <translation>会費には0以上の金額を入力してください。</translation>
    </message>
    <message>
        <source>The online URL must be an http:// or https:// address.</source>
        <translation>オンラインURLには、http:// または https:// で始まるアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Choose the event&apos;s type.</source>
        <translation>イベントの種類を選択してください。</translation>
    </message>
    <message>
        <source>Could not add the event.</source>
        <translation>イベントを追加できませんでした。</translation>
    </message>
    <message>
        <source>Could not save the event.</source>
        <translation>イベントを保存できませんでした。</translation>
    </message>
    <message>
        <source>Could not delete the event.</source>
        <translation>イベントを削除できませんでした。</translation>
    </message>
    <message>
        <source>Could not read the event types.</source>
        <translation>イベントの種類を読み込めませんでした。</translation>
    </message>
    <message>
        <source>This event type no longer exists.</source>
        <translation>このイベントの種類はすでに存在しません。</translation>
    </message>
    <message>
        <source>An event type needs a key.</source>
        <translation>イベントの種類にはキーが必要です。</translation>
    </message>
    <message>
        <source>Choose a colour for the event type.</source>
        <translation>イベントの種類の色を選択してください。</translation>
    </message>
    <message>
        <source>An event type needs a name.</source>
        <translation>イベントの種類の名前を入力してください。</translation>
    </message>
    <message>
        <source>Could not save the event type.</source>
        <translation>イベントの種類を保存できませんでした。</translation>
    </message>
    <message>
        <source>Could not delete the event type.</source>
        <translation>イベントの種類を削除できませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>This type is used by %n event(s). Change their type first.</source>
        <translation>
            <numerusform>この種類は%n件のイベントで使われています。先にそれらのイベントの種類を変更してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The event “%1” was changed elsewhere (another window or organizer) after you opened it.</source>
        <translation>イベント「%1」は、開いたあとにほかの場所（別のウィンドウか、ほかの運営メンバー）で変更されました。</translation>
    </message>
</context>
<context>
    <name>offkai::EventSummaryView</name>
    <message>
        <source>Select an event to see its details and participants. Double-click a day to add an event on it.</source>
        <translation>イベントを選択すると、詳細と参加者が表示されます。日付をダブルクリックすると、その日にイベントを追加できます。</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>People</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>会費</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>無料</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation>%1円</translation>
    </message>
    <message>
        <source>Bring</source>
        <translation>持ち物</translation>
    </message>
    <message>
        <source>Organizer notes:</source>
        <translation>幹事メモ:</translation>
    </message>
    <message>
        <source>Select an event to see its details and participants.</source>
        <translation>イベントを選択すると、詳細と参加者が表示されます。</translation>
    </message>
</context>
<context>
    <name>offkai::EventType</name>
    <message>
        <source>Offline meetup</source>
        <translation>オフ会</translation>
    </message>
    <message>
        <source>Online meetup</source>
        <translation>オン会</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>ランチ会</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>トーク</translation>
    </message>
    <message>
        <source>Mokumoku (quiet co-working)</source>
        <translation>もくもく会</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>ワークショップ</translation>
    </message>
    <message>
        <source>Panel discussion</source>
        <translation>パネルディスカッション</translation>
    </message>
    <message>
        <source>Ideathon</source>
        <translation>アイデアソン</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>offkai::EventTypesDialog</name>
    <message>
        <source>Event Types</source>
        <translation>イベントの種類</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>イベントの種類</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上へ移動(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下へ移動(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>色を選択(&amp;C)…</translation>
    </message>
    <message>
        <source>Events are coloured by type on the calendar. Double-click a name to rename it.</source>
        <translation>カレンダーでは、イベントが種類ごとに色分けされます。名前をダブルクリックすると変更できます。</translation>
    </message>
    <message>
        <source>An event type needs a name.</source>
        <translation>イベントの種類の名前を入力してください。</translation>
    </message>
    <message>
        <source>New type</source>
        <translation>新しい種類</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>「%1」の色</translation>
    </message>
</context>
<context>
    <name>offkai::EventsCommand</name>
    <message>
        <source>Only events on or after this day.</source>
        <translation>この日以降のイベントだけを出力します。</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Only events on or before this day.</source>
        <translation>この日以前のイベントだけを出力します。</translation>
    </message>
    <message>
        <source>event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>The member to check in.</source>
        <translation>受付するメンバー。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name the member to check in with --member MEMBER_ID.</source>
        <translation>受付するメンバーを --member MEMBER_ID で指定してください。</translation>
    </message>
    <message>
        <source>member</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>%1 was already checked in to “%2” at %3; nothing changed.
</source>
        <translation>%1さんは「%2」ですでに受付済みです（%3）。変更はありません。
</translation>
    </message>
    <message>
        <source>Checked in %1 to “%2” at %3, as a walk-in.
</source>
        <translation>%1さんの「%2」の受付が完了しました（当日参加、%3）。
</translation>
    </message>
    <message>
        <source>Checked in %1 to “%2” at %3.
</source>
        <translation>%1さんの「%2」の受付が完了しました（%3）。
</translation>
    </message>
    <message>
        <source>Usage:
  offkai --db PATH events list [--from DATE] [--to DATE] [--format csv|json]
  offkai --db PATH events announce ID [--format markdown|text]
  offkai --db PATH events checkin ID --member MEMBER_ID
  offkai --db PATH events import-participants ID FILE
        [--source auto|connpass|peatix|doorkeeper|zoom] [--dry-run]
        [--format text|json]
DATE is YYYY-MM-DD, the local day of each event in its own time zone.
</source>
        <translation>使い方:
  offkai --db PATH events list [--from DATE] [--to DATE] [--format csv|json]
  offkai --db PATH events announce ID [--format markdown|text]
  offkai --db PATH events checkin ID --member MEMBER_ID
  offkai --db PATH events import-participants ID FILE
        [--source auto|connpass|peatix|doorkeeper|zoom] [--dry-run]
        [--format text|json]
DATE は YYYY-MM-DD 形式で、各イベントのタイムゾーンにおける開催日です。
</translation>
    </message>
    <message>
        <source>People: %1
</source>
        <translation>人数: %1
</translation>
    </message>
</context>
<context>
    <name>offkai::FigureTableModel</name>
    <message>
        <source>MMM yyyy</source>
        <extracomment>How a month is written on the dashboard&apos;s axes and tables (QDate format).</extracomment>
        <translation>yyyy年M月</translation>
    </message>
</context>
<context>
    <name>offkai::HatenaBlogClient</name>
    <message>
        <source>Hatena Fotolife</source>
        <translation>はてなフォトライフ</translation>
    </message>
    <message>
        <source>The saved entry address “%1” does not belong to this blog, so Offkai will not send your API key there. Publish the report as a new entry instead.</source>
        <translation>保存されている記事のアドレス「%1」はこのブログのものではないため、OffkaiはそこにAPIキーを送信しません。代わりに、レポートを新しい記事として公開してください。</translation>
    </message>
    <message>
        <source>Uploading photo %1 of %2: %3</source>
        <translation>写真をアップロードしています（%1/%2）: %3</translation>
    </message>
    <message>
        <source>Updating the entry</source>
        <translation>記事を更新しています</translation>
    </message>
    <message>
        <source>Creating the entry</source>
        <translation>記事を作成しています</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Looking for an entry an earlier attempt may have created</source>
        <translation>前回の試行で作成された可能性のある記事を探しています</translation>
    </message>
</context>
<context>
    <name>offkai::HatenaSyntaxCheck</name>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>はてな記法 (Hatena syntax)</source>
        <translation>はてな記法</translation>
    </message>
    <message>
        <source>見たまま (WYSIWYG)</source>
        <translation>見たまま</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>まだ不明</translation>
    </message>
    <message>
        <source>This Hatena blog is in the %1 editing mode, so Hatena reads a report&apos;s Markdown in that mode and shows its marks (#, **, |) as they are. In Hatena Blog, open the blog&apos;s settings (設定), then 基本設定 › 編集モード, and choose Markdown. Entries already posted keep their mode.</source>
        <translation>このはてなブログの編集モードは「%1」のため、レポートの Markdown がそのモードで解釈され、記号（#、**、| など）がそのまま表示されます。はてなブログでブログの「設定」を開き、「基本設定」›「編集モード」で Markdown を選んでください。投稿済みの記事はそのときのモードのままです。</translation>
    </message>
</context>
<context>
    <name>offkai::HeadcountText</name>
    <message>
        <source>%1 / capacity %2</source>
        <comment>who came, then the capacity</comment>
        <translation>%1／定員%2名</translation>
    </message>
    <message>
        <source>%1 registered</source>
        <comment>people registered who take a place</comment>
        <translation>参加予定%1名</translation>
    </message>
    <message>
        <source>%1 (+%2 staff)</source>
        <comment>registered, then staff who take no place</comment>
        <translation>%1（ほかスタッフ%2名）</translation>
    </message>
    <message>
        <source>%1 / full (capacity %2)</source>
        <comment>registered, then the capacity</comment>
        <translation>%1／満席（定員%2名）</translation>
    </message>
    <message>
        <source>%1 / %2 of %3 places left</source>
        <comment>registered, then the places left and the capacity</comment>
        <translation>%1／残り%2名（定員%3名）</translation>
    </message>
    <message>
        <source>%1 · %2 waitlisted</source>
        <comment>the headcount, then the waitlist</comment>
        <translation>%1・キャンセル待ち%2名</translation>
    </message>
</context>
<context>
    <name>offkai::HelpWindow</name>
    <message>
        <source>Offkai Help</source>
        <translation>Offkai ヘルプ</translation>
    </message>
    <message>
        <source>User manual</source>
        <translation>ユーザーマニュアル</translation>
    </message>
    <message>
        <source>The manual could not be read (%1).</source>
        <translation>マニュアルを読み込めませんでした（%1）。</translation>
    </message>
</context>
<context>
    <name>offkai::HolidaysCommand</name>
    <message>
        <source>Usage: offkai holidays YEAR [--format text|json]
Lists Japan&apos;s public holidays of YEAR (%1 to %2), substitute and citizens&apos; holidays included,
one per line as YYYY-MM-DD, a tab and the name.</source>
        <translation>使い方: offkai holidays YEAR [--format text|json]
YEAR 年（%1〜%2）の日本の祝日・休日を、振替休日と国民の休日も含めて一覧にします。
1行に1日、YYYY-MM-DD、タブ、名称の順で出力します。</translation>
    </message>
    <message>
        <source>“%1” is not a year.</source>
        <translation>「%1」は年ではありません。</translation>
    </message>
    <message>
        <source>%1 is too early: Japan&apos;s National Holidays Act took effect on 1948-07-20.</source>
        <translation>%1 年は早すぎます。国民の祝日に関する法律の施行は 1948-07-20 です。</translation>
    </message>
    <message>
        <source>%1 is too late: the equinox days are computed up to %2.</source>
        <translation>%1 年は先すぎます。春分の日・秋分の日は %2 年までしか計算できません。</translation>
    </message>
</context>
<context>
    <name>offkai::IcsLines</name>
    <message>
        <source>Line %1 continues a line that does not exist: the line folding of the file is broken.</source>
        <translation>%1行目は存在しない行の続きになっています。ファイルの行の折り返しが壊れています。</translation>
    </message>
    <message>
        <source>This is not an iCalendar file: it does not start with BEGIN:VCALENDAR.</source>
        <translation>iCalendar ファイルではありません（BEGIN:VCALENDAR で始まっていません）。</translation>
    </message>
    <message>
        <source>Line %1 comes after END:VCALENDAR.</source>
        <translation>%1行目が END:VCALENDAR の後にあります。</translation>
    </message>
    <message>
        <source>Line %1 is not an iCalendar line (“%2”): the line folding of the file is broken.</source>
        <translation>%1行目は iCalendar の行として読めません（「%2」）。ファイルの行の折り返しが壊れています。</translation>
    </message>
    <message>
        <source>Line %1 is not UTF-8 text: the file is damaged or in another encoding.</source>
        <translation>%1行目が UTF-8 のテキストではありません。ファイルが壊れているか、別の文字コードです。</translation>
    </message>
    <message>
        <source>Line %1 ends %2, but %3 is open: the file is damaged.</source>
        <translation>%1行目で %2 を閉じていますが、開いているのは %3 です。ファイルが壊れています。</translation>
    </message>
    <message>
        <source>Line %1: the repeat rule “%2” is not a valid RRULE.</source>
        <translation>%1行目: 繰り返しのルール「%2」は正しい RRULE ではありません。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>The file ends before END:%1: it is incomplete, perhaps cut off while downloading.</source>
        <translation>END:%1 の前でファイルが終わっています。ダウンロードの途中で切れるなどして、ファイルが不完全です。</translation>
    </message>
    <message>
        <source>Line %1 begins a %2 inside a %3, which iCalendar does not allow: the file is damaged.</source>
        <translation>%1行目で %3 の中に %2 が始まっています。iCalendar では許されない入れ子で、ファイルが壊れています。</translation>
    </message>
</context>
<context>
    <name>offkai::IcsReader</name>
    <message>
        <source>The event “%1” has a date that cannot be read.</source>
        <translation>イベント「%1」に読み取れない日付があります。</translation>
    </message>
    <message>
        <source>The event “%1” uses the time zone “%2”, which the file does not define (it has no VTIMEZONE for it) and Offkai does not know.</source>
        <translation>イベント「%1」はタイムゾーン「%2」を使っていますが、ファイルに定義（VTIMEZONE）がなく、Offkai も知らないタイムゾーンです。</translation>
    </message>
    <message>
        <source>“%1” has more than one repeat rule; only the first is kept.</source>
        <translation>「%1」には繰り返しのルールが複数あります。最初のルールだけを取り込みます。</translation>
    </message>
    <message>
        <source>“%1” has extra dates (RDATE) that Offkai does not keep.</source>
        <translation>「%1」の追加日（RDATE）は Offkai では取り込みません。</translation>
    </message>
    <message>
        <source>The event “%1” has a value that cannot be read in %2.</source>
        <translation>イベント「%1」の %2 に読み取れない値があります。</translation>
    </message>
    <message>
        <source>The event “%1” has no start (DTSTART).</source>
        <translation>イベント「%1」に開始日時（DTSTART）がありません。</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>（タイトルなし）</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The file is %1 MB; calendar files larger than %2 MB are not imported.</source>
        <translation>ファイルの大きさが %1 MB あります。%2 MB を超えるカレンダーファイルは取り込めません。</translation>
    </message>
    <message>
        <source>This is not an iCalendar file: it contains binary data.</source>
        <translation>iCalendar ファイルではありません（バイナリデータが含まれています）。</translation>
    </message>
    <message>
        <source>This is not an iCalendar file: libical could not read it.</source>
        <translation>iCalendar ファイルではありません（libical で読み込めませんでした）。</translation>
    </message>
    <message>
        <source>The event “%1” starts in the year %2; Offkai keeps events between the years %3 and %4.</source>
        <translation>イベント「%1」の開始が %2 年になっています。Offkai で扱えるのは %3 年から %4 年までのイベントです。</translation>
    </message>
    <message>
        <source>“%1” ends before it starts (DTEND before DTSTART); it was read without an end time.</source>
        <translation>「%1」は終了が開始より前になっています（DTEND が DTSTART より前）。終了時刻なしで読み込みました。</translation>
    </message>
    <message>
        <source>“%1” appears more than once with the same UID; only the newest copy (SEQUENCE %2) was read.</source>
        <translation>「%1」は同じ UID で複数回出てきます。最新のもの（SEQUENCE %2）だけを読み込みました。</translation>
    </message>
    <message>
        <source>Line %1: the repeat rule “%2” of “%3” cannot be used: %4</source>
        <translation>%1行目: 「%3」の繰り返しのルール「%2」は使えません: %4</translation>
    </message>
</context>
<context>
    <name>offkai::ImportFilePage</name>
    <message>
        <source>Choose a File</source>
        <translation>ファイルの選択</translation>
    </message>
    <message>
        <source>Choose a CSV file saved from a spreadsheet, a form or an event service.</source>
        <translation>表計算ソフト、フォーム、イベントサービスから保存したCSVファイルを選択してください。</translation>
    </message>
    <message>
        <source>Path of a .csv or .txt file</source>
        <translation>.csv または .txt ファイルのパス</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>文字コード</translation>
    </message>
    <message>
        <source>File preview</source>
        <translation>ファイルのプレビュー</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>文字コード(&amp;E):</translation>
    </message>
    <message>
        <source>First lines of the file:</source>
        <translation>ファイルの先頭部分:</translation>
    </message>
    <message>
        <source>Import Members</source>
        <translation>メンバーのインポート</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>検出結果: %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv *.xls);;All files (*)</source>
        <translation>CSVファイル (*.csv *.txt *.tsv *.xls);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>参照(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>offkai::ImportFormatPage</name>
    <message>
        <source>The first row holds the column &amp;names</source>
        <translation>1行目を見出し行（列名）として使用する(&amp;N)</translation>
    </message>
    <message>
        <source>Columns and Rows</source>
        <translation>列と行</translation>
    </message>
    <message>
        <source>Check that each value sits in its own column.</source>
        <translation>それぞれの値が正しい列に分かれているか確認してください。</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>区切り文字</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>先頭の行</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>区切り文字(&amp;D):</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>%1列目</translation>
    </message>
    <message>
        <source>%1 rows of members, %2 columns.</source>
        <translation>メンバー%1行、%2列があります。</translation>
    </message>
</context>
<context>
    <name>offkai::ImportMappingPage</name>
    <message>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>削除(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Save Preset</source>
        <translation>プリセットを保存(&amp;S)</translation>
    </message>
    <message>
        <source>Match the Columns</source>
        <translation>列の対応付け</translation>
    </message>
    <message>
        <source>Choose the member field each column fills. Columns set to “Do not import” are left out.</source>
        <translation>各列に入力するメンバーの項目を選んでください。「インポートしない」に設定した列は取り込まれません。</translation>
    </message>
    <message>
        <source>Saved presets</source>
        <translation>保存済みのプリセット</translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation>プリセット名</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>例</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>インポート先</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>列の対応付け</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Preview of the first members</source>
        <translation>先頭のメンバーのプレビュー</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>プリセット(&amp;P):</translation>
    </message>
    <message>
        <source>The first members as they will be imported:</source>
        <translation>インポートされる先頭のメンバー:</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>%1列目</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>%1列目の項目</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Applied the preset “%1”.</source>
        <translation>プリセット「%1」を適用しました。</translation>
    </message>
    <message>
        <source>Saved the preset “%1”.</source>
        <translation>プリセット「%1」を保存しました。</translation>
    </message>
    <message>
        <source>Deleted the preset “%1”.</source>
        <translation>プリセット「%1」を削除しました。</translation>
    </message>
    <message>
        <source>Recognised as %1. Correct the columns if needed and save them as a preset.</source>
        <translation>%1 として認識しました。必要なら列の対応を直して、プリセットとして保存できます。</translation>
    </message>
    <message>
        <source>Join question: %1</source>
        <translation>入会時の質問: %1</translation>
    </message>
    <message>
        <source>Not imported (no place in a member): %1</source>
        <translation>取り込まない列（メンバーの項目に対応なし）: %1</translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation>%1（組み込み）</translation>
    </message>
</context>
<context>
    <name>offkai::ImportOptionsPage</name>
    <message>
        <source>&amp;Skip the row and keep the member as they are</source>
        <translation>行をスキップし、既存のメンバーは変更しない(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Update the member with the row&apos;s filled-in values</source>
        <translation>行に入力されている値で既存のメンバーを更新する(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Create another member anyway</source>
        <translation>別のメンバーとして作成する(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Leave the row out and list it in the summary</source>
        <translation>行をインポートせず、結果の一覧に表示する(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Import the member without that address</source>
        <translation>メールアドレスを除いてメンバーをインポートする(&amp;I)</translation>
    </message>
    <message>
        <source>S&amp;top: import nothing</source>
        <translation>中止する（何もインポートしない）(&amp;T)</translation>
    </message>
    <message>
        <source>Duplicates and Invalid Addresses</source>
        <translation>重複と無効なメールアドレス</translation>
    </message>
    <message>
        <source>The import changes nothing unless it completes: Cancel or an error leaves the directory as it was.</source>
        <translation>インポートは最後まで完了した場合にのみ反映されます。キャンセルした場合やエラーが発生した場合、メンバー名簿は変更されません。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>When a row&apos;s email address belongs to a member already here</source>
        <translation>行のメールアドレスが既存のメンバーのものと一致する場合</translation>
    </message>
    <message>
        <source>When a row has an invalid email address</source>
        <translation>行のメールアドレスが無効な場合</translation>
    </message>
    <message>
        <source>%1 rows are ready. The import changes nothing unless it completes: Cancel or an error leaves the directory as it was.</source>
        <translation>%1行のインポートの準備ができました。インポートは最後まで完了した場合にのみ反映されます。キャンセルした場合やエラーが発生した場合、メンバー名簿は変更されません。</translation>
    </message>
    <message>
        <source>Once imported, Edit › Undo takes the whole import back in one step.</source>
        <translation>取り込んだ後は、［編集］›［元に戻す］で取り込み全体を一度に取り消せます。</translation>
    </message>
    <message>
        <source>More than %1 rows are too many to undo step by step. Before the import starts, the database is copied to its backups; to undo the import, restore that copy (“Before a member import”) with File › Restore from Backup….</source>
        <translation>%1行を超える取り込みは［元に戻す］では取り消せません。取り込みを始める前にデータベースをバックアップに保存します。取り込みを取り消すには、［ファイル］›［バックアップから復元…］でそのバックアップ（「メンバー取り込み前」）を復元してください。</translation>
    </message>
</context>
<context>
    <name>offkai::ImportPresetStore</name>
    <message>
        <source>Could not read the import presets.</source>
        <translation>インポートプリセットを読み込めませんでした。</translation>
    </message>
    <message>
        <source>There is no import preset named “%1”.</source>
        <translation>「%1」という名前のインポートプリセットはありません。</translation>
    </message>
    <message>
        <source>An import preset needs a name.</source>
        <translation>インポートプリセットの名前を入力してください。</translation>
    </message>
    <message>
        <source>Could not save the import preset.</source>
        <translation>インポートプリセットを保存できませんでした。</translation>
    </message>
    <message>
        <source>Could not delete the import preset.</source>
        <translation>インポートプリセットを削除できませんでした。</translation>
    </message>
</context>
<context>
    <name>offkai::ImportProgressPage</name>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>インポートをキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>インポート中</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>インポートの進行状況</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>開始しています…</translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows…</source>
        <translation>%2行中%1行をインポートしました…</translation>
    </message>
    <message>
        <source>Copying the database to its backups before the import…</source>
        <translation>取り込みの前にデータベースをバックアップに保存しています…</translation>
    </message>
</context>
<context>
    <name>offkai::ImportSummaryPage</name>
    <message>
        <source>Save &amp;Report…</source>
        <translation>結果レポートを保存(&amp;R)…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>結果の概要</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Rows not imported and why</source>
        <translation>インポートされなかった行とその理由</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>何もインポートされませんでした。</translation>
    </message>
    <message>
        <source>Nothing was imported; the directory is as it was.</source>
        <translation>何もインポートされませんでした。メンバー名簿は変更されていません。</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>インポートをキャンセルしました。変更は行われていません。</translation>
    </message>
    <message>
        <source>The import is complete.</source>
        <translation>インポートが完了しました。</translation>
    </message>
    <message>
        <source>Created: %1    Updated: %2    Skipped: %3    Not imported: %4</source>
        <translation>追加: %1    更新: %2    スキップ: %3    未インポート: %4</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>結果レポートを保存</translation>
    </message>
    <message>
        <source>import-report.csv</source>
        <translation>import-report.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <source>Of the skipped, rows of accounts withdrawn from the service (退会ユーザー): %1</source>
        <translation>スキップのうち、サービスを退会したアカウント（退会ユーザー）の行: %1</translation>
    </message>
    <message>
        <source>Columns not imported (no place in a member, listed in the report): %1</source>
        <translation>取り込まなかった列（メンバーの項目に対応なし。結果レポートにも記載）: %1</translation>
    </message>
</context>
<context>
    <name>offkai::JapaneseHolidays</name>
    <message>
        <source>New Year&apos;s Day</source>
        <extracomment>元日</extracomment>
        <translation>元日</translation>
    </message>
    <message>
        <source>Coming of Age Day</source>
        <extracomment>成人の日</extracomment>
        <translation>成人の日</translation>
    </message>
    <message>
        <source>National Foundation Day</source>
        <extracomment>建国記念の日</extracomment>
        <translation>建国記念の日</translation>
    </message>
    <message>
        <source>Emperor&apos;s Birthday</source>
        <extracomment>天皇誕生日</extracomment>
        <translation>天皇誕生日</translation>
    </message>
    <message>
        <source>Vernal Equinox Day</source>
        <extracomment>春分の日</extracomment>
        <translation>春分の日</translation>
    </message>
    <message>
        <source>Showa Day</source>
        <extracomment>昭和の日</extracomment>
        <translation>昭和の日</translation>
    </message>
    <message>
        <source>Constitution Memorial Day</source>
        <extracomment>憲法記念日</extracomment>
        <translation>憲法記念日</translation>
    </message>
    <message>
        <source>Greenery Day</source>
        <extracomment>みどりの日</extracomment>
        <translation>みどりの日</translation>
    </message>
    <message>
        <source>Children&apos;s Day</source>
        <extracomment>こどもの日</extracomment>
        <translation>こどもの日</translation>
    </message>
    <message>
        <source>Marine Day</source>
        <extracomment>海の日</extracomment>
        <translation>海の日</translation>
    </message>
    <message>
        <source>Mountain Day</source>
        <extracomment>山の日</extracomment>
        <translation>山の日</translation>
    </message>
    <message>
        <source>Respect for the Aged Day</source>
        <extracomment>敬老の日</extracomment>
        <translation>敬老の日</translation>
    </message>
    <message>
        <source>Autumnal Equinox Day</source>
        <extracomment>秋分の日</extracomment>
        <translation>秋分の日</translation>
    </message>
    <message>
        <source>Health and Sports Day</source>
        <extracomment>体育の日 (until 2019)</extracomment>
        <translation>体育の日</translation>
    </message>
    <message>
        <source>Sports Day</source>
        <extracomment>スポーツの日 (from 2020)</extracomment>
        <translation>スポーツの日</translation>
    </message>
    <message>
        <source>Culture Day</source>
        <extracomment>文化の日</extracomment>
        <translation>文化の日</translation>
    </message>
    <message>
        <source>Labor Thanksgiving Day</source>
        <extracomment>勤労感謝の日</extracomment>
        <translation>勤労感謝の日</translation>
    </message>
    <message>
        <source>Substitute Holiday</source>
        <extracomment>振替休日: the day off after a public holiday that fell on a Sunday</extracomment>
        <translation>振替休日</translation>
    </message>
    <message>
        <source>Citizens&apos; Holiday</source>
        <extracomment>国民の休日: a day off between two public holidays</extracomment>
        <translation>国民の休日</translation>
    </message>
    <message>
        <source>Wedding Ceremony of Crown Prince Akihito</source>
        <extracomment>皇太子明仁親王の結婚の儀 (1959-04-10)</extracomment>
        <translation>皇太子明仁親王の結婚の儀</translation>
    </message>
    <message>
        <source>Funeral Ceremony of Emperor Showa</source>
        <extracomment>昭和天皇の大喪の礼 (1989-02-24)</extracomment>
        <translation>昭和天皇の大喪の礼</translation>
    </message>
    <message>
        <source>Enthronement Ceremony</source>
        <extracomment>即位礼正殿の儀 (1990-11-12 and 2019-10-22)</extracomment>
        <translation>即位礼正殿の儀</translation>
    </message>
    <message>
        <source>Wedding Ceremony of Crown Prince Naruhito</source>
        <extracomment>皇太子徳仁親王の結婚の儀 (1993-06-09)</extracomment>
        <translation>皇太子徳仁親王の結婚の儀</translation>
    </message>
    <message>
        <source>Enthronement Day</source>
        <extracomment>天皇の即位の日 (2019-05-01)</extracomment>
        <translation>天皇の即位の日</translation>
    </message>
</context>
<context>
    <name>offkai::JoinQuestionCatalog</name>
    <message>
        <source>Could not read the join questions.</source>
        <translation>入会時の質問を読み込めませんでした。</translation>
    </message>
    <message>
        <source>A join question needs some text.</source>
        <translation>入会時の質問の内容を入力してください。</translation>
    </message>
    <message>
        <source>Could not add the join question.</source>
        <translation>入会時の質問を追加できませんでした。</translation>
    </message>
    <message>
        <source>Could not save the join question.</source>
        <translation>入会時の質問を保存できませんでした。</translation>
    </message>
    <message>
        <source>The join question no longer exists.</source>
        <translation>この入会時の質問はすでに存在しません。</translation>
    </message>
    <message>
        <source>Could not delete the join question.</source>
        <translation>入会時の質問を削除できませんでした。</translation>
    </message>
</context>
<context>
    <name>offkai::MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>セクション</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;About Offkai</source>
        <translation>Offkaiについて(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qtについて(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>「%1」を開きました</translation>
    </message>
    <message>
        <source>Demo Database</source>
        <translation>デモデータベース</translation>
    </message>
    <message>
        <source>Could not create a temporary folder for the demo.</source>
        <translation>デモ用の一時フォルダーを作成できませんでした。</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>バックアップから復元(&amp;B)…</translation>
    </message>
    <message>
        <source>Offkai &amp;Help</source>
        <translation>Offkai ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <source>The community&apos;s name and the defaults of new events</source>
        <translation>コミュニティ名と、新しいイベントの既定値などの設定</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>設定を保存しました。</translation>
    </message>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation>フォルダー「%1」を作成できませんでした。</translation>
    </message>
    <message>
        <source>Start a Community</source>
        <translation>コミュニティを始める</translation>
    </message>
    <message>
        <source>Save Demo As</source>
        <translation>デモに名前を付けて保存</translation>
    </message>
    <message>
        <source>The demo is now yours in %1; changes are kept.</source>
        <translation>デモを %1 に保存しました。これからの変更は保存されます。</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>%1 に接続しました</translation>
    </message>
</context>
<context>
    <name>offkai::Member</name>
    <message>
        <source>Applicant</source>
        <translation>申請中</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>休会</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>退会</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在籍中</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>フルネーム</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>名前を出さない</translation>
    </message>
    <message>
        <source>Occupation and initial</source>
        <translation>職業＋イニシャル（例: 経営者Iさん）</translation>
    </message>
</context>
<context>
    <name>offkai::MemberAccounts</name>
    <message>
        <source>Could not read the member&apos;s accounts.</source>
        <translation>メンバーのサービスアカウントを読み込めませんでした。</translation>
    </message>
    <message>
        <source>Could not save the member&apos;s accounts.</source>
        <translation>メンバーのサービスアカウントを保存できませんでした。</translation>
    </message>
    <message>
        <source>Could not look up the member&apos;s account.</source>
        <translation>サービスアカウントからメンバーを検索できませんでした。</translation>
    </message>
</context>
<context>
    <name>offkai::MemberBulkActions</name>
    <message>
        <source>A tag needs a name.</source>
        <translation>タグの名前を入力してください。</translation>
    </message>
    <message>
        <source>Could not save the member&apos;s tags.</source>
        <translation>メンバーのタグを保存できませんでした。</translation>
    </message>
    <message>
        <source>Could not change the members&apos; status.</source>
        <translation>メンバーのステータスを変更できませんでした。</translation>
    </message>
    <message>
        <source>Could not approve the applicants.</source>
        <translation>入会申請者を承認できませんでした。</translation>
    </message>
</context>
<context>
    <name>offkai::MemberBulkWrite</name>
    <message>
        <source>Could not start the import.</source>
        <translation>インポートを開始できませんでした。</translation>
    </message>
    <message>
        <source>Could not finish the import.</source>
        <translation>インポートを完了できませんでした。</translation>
    </message>
    <message>
        <source>Could not update the member search index.</source>
        <translation>メンバーの検索インデックスを更新できませんでした。</translation>
    </message>
</context>
<context>
    <name>offkai::MemberBulkWriter</name>
    <message>
        <source>Could not add the member.</source>
        <translation>メンバーを追加できませんでした。</translation>
    </message>
    <message>
        <source>Could not save the member&apos;s tags.</source>
        <translation>メンバーのタグを保存できませんでした。</translation>
    </message>
    <message>
        <source>Could not save the member&apos;s answers: the question no longer exists.</source>
        <translation>メンバーの回答を保存できませんでした。質問がすでに削除されています。</translation>
    </message>
    <message>
        <source>Could not save the member&apos;s accounts.</source>
        <translation>メンバーのサービスアカウントを保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>offkai::MemberConflictDialog</name>
    <message>
        <source>“%1” keeps being changed elsewhere; try saving again.</source>
        <translation>「%1」がほかの場所で変更され続けています。もう一度保存してください。</translation>
    </message>
</context>
<context>
    <name>offkai::MemberCsvExporter</name>
    <message>
        <source>Could not write “%1”.</source>
        <translation>「%1」に書き込めませんでした。</translation>
    </message>
</context>
<context>
    <name>offkai::MemberCsvMapping</name>
    <message>
        <source>(Do not import)</source>
        <translation>（インポートしない）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Family name reading</source>
        <translation>姓のふりがな</translation>
    </message>
    <message>
        <source>Given name reading</source>
        <translation>名のふりがな</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>LINE</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>X (Twitter)</source>
        <translation>X（Twitter）</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>Other URL</source>
        <translation>その他のURL</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>職業</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Self-introduction</source>
        <translation>自己紹介</translation>
    </message>
    <message>
        <source>Skills and interests</source>
        <translation>スキル・関心</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>入会日</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>退会日</translation>
    </message>
    <message>
        <source>The saved column mapping is damaged; map the columns again.</source>
        <translation>保存されている列の対応付けが破損しています。列をもう一度対応付けてください。</translation>
    </message>
    <message>
        <source>connpass user name</source>
        <translation>connpass ユーザー名</translation>
    </message>
    <message>
        <source>Peatix account</source>
        <translation>Peatix アカウント</translation>
    </message>
    <message>
        <source>Doorkeeper account</source>
        <translation>Doorkeeper アカウント</translation>
    </message>
    <message>
        <source>Meetup member ID</source>
        <translation>Meetup メンバーID</translation>
    </message>
    <message>
        <source>Name in an online meeting</source>
        <translation>オンライン会議での表示名</translation>
    </message>
    <message>
        <source>Name in kana</source>
        <translation>カナ氏名</translation>
    </message>
    <message>
        <source>Notes, with the column name</source>
        <translation>メモ（列名付き）</translation>
    </message>
    <message>
        <source>Join question</source>
        <translation>入会時の質問</translation>
    </message>
    <message>
        <source>Naming consent</source>
        <translation>名前の掲載可否</translation>
    </message>
    <message>
        <source>Applied at (an applicant)</source>
        <translation>申請日時（申請者として）</translation>
    </message>
</context>
<context>
    <name>offkai::MemberCsvWriter</name>
    <message>
        <source>This build of Offkai cannot write Shift_JIS (its Qt library has no ICU support). Export as UTF-8 instead.</source>
        <translation>このOffkaiのビルドはShift_JISで書き出せません（QtライブラリがICUに対応していません）。代わりにUTF-8でエクスポートしてください。</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）: %3</translation>
    </message>
    <message>
        <source>Some characters cannot be written in Shift_JIS: %1. Export as UTF-8 instead, or change these members: %2</source>
        <translation>Shift_JISで書き出せない文字があります: %1。代わりにUTF-8でエクスポートするか、次のメンバーの情報を変更してください: %2</translation>
    </message>
</context>
<context>
    <name>offkai::MemberDuplicates</name>
    <message>
        <source>Could not look for duplicate members.</source>
        <translation>重複しているメンバーを検索できませんでした。</translation>
    </message>
    <message>
        <source>Could not read the member&apos;s participations.</source>
        <translation>メンバーの参加履歴を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Could not merge the members.</source>
        <translation>メンバーを統合できませんでした。</translation>
    </message>
    <message>
        <source>A member cannot be merged with themselves.</source>
        <translation>同じメンバー同士は統合できません。</translation>
    </message>
    <message>
        <source>Could not undo the merge.</source>
        <translation>統合を元に戻せませんでした。</translation>
    </message>
</context>
<context>
    <name>offkai::MemberEditor</name>
    <message>
        <source>Added %1 · Last changed %2</source>
        <translation>登録: %1 · 最終更新: %2</translation>
    </message>
    <message>
        <source>No member selected</source>
        <translation>メンバーが選択されていません</translation>
    </message>
    <message>
        <source>Unnamed member</source>
        <translation>名前のないメンバー</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>承認待ち</translation>
    </message>
    <message>
        <source>Approved %1</source>
        <translation>承認: %1</translation>
    </message>
    <message>
        <source>No approval recorded</source>
        <translation>承認の記録はありません</translation>
    </message>
    <message>
        <source>Added %1 · Last changed %2 by %3</source>
        <translation>登録: %1 · 最終更新: %2（%3）</translation>
    </message>
</context>
<context>
    <name>offkai::MemberEngagement</name>
    <message>
        <source>Could not read how often the member came to events.</source>
        <translation>メンバーのイベント参加状況を読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>offkai::MemberEngagementView</name>
    <message>
        <source>Cancelled events and events without a day are not counted.</source>
        <translation>中止したイベントと日付の決まっていないイベントは数えません。</translation>
    </message>
    <message>
        <source>First attended:</source>
        <translation>初参加:</translation>
    </message>
    <message>
        <source>The day of the first event the member came to.</source>
        <translation>メンバーが初めて参加したイベントの日付です。</translation>
    </message>
    <message>
        <source>Last attended:</source>
        <translation>最終参加:</translation>
    </message>
    <message>
        <source>The day of the latest event the member came to.</source>
        <translation>メンバーが最後に参加したイベントの日付です。</translation>
    </message>
    <message>
        <source>Events attended:</source>
        <translation>参加回数:</translation>
    </message>
    <message>
        <source>How many events the member came to (checked in, walked in or marked as attended).</source>
        <translation>メンバーが参加したイベントの数です（受付済み、当日参加、または出席にしたもの）。</translation>
    </message>
    <message>
        <source>No-shows:</source>
        <translation>無断欠席:</translation>
    </message>
    <message>
        <source>Events that have ended which the member was going to but did not come to. Events where nobody was marked as attended are left out: their attendance was not taken.</source>
        <translation>「参加」と回答していたのに来なかった、終了済みのイベントです。誰も出席になっていないイベントは、出欠を取っていないものとして数えません。</translation>
    </message>
    <message>
        <source>Streak:</source>
        <translation>連続参加:</translation>
    </message>
    <message>
        <source>How many events the member came to since their last no-show: they came to each of the last N events they said they were going to. Answering maybe or declining does not break it.</source>
        <translation>最後の無断欠席以降に参加したイベントの数です。「参加」と回答した直近 N 回のイベントすべてに来たことを表します。「未定」や「不参加」の回答では途切れません。</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>なし</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in a row</source>
        <translation>
            <numerusform>%n回連続</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>offkai::MemberExportDialog</name>
    <message>
        <source>CSV for Excel, UTF-8 (*.csv)</source>
        <translation>Excel向けCSV、UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>CSV, Shift_JIS (*.csv)</source>
        <translation>CSV、Shift_JIS (*.csv)</translation>
    </message>
    <message>
        <source>vCard for address books (*.vcf)</source>
        <translation>アドレス帳用vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Export Members</source>
        <translation>メンバーのエクスポート</translation>
    </message>
    <message>
        <source>&amp;Protect cells from spreadsheet formulas</source>
        <translation>表計算ソフトの数式から保護する(&amp;P)</translation>
    </message>
    <message>
        <source>Cells that start with =, +, -, @, a tab or a line break get an apostrophe in front, so that Excel and other spreadsheets show them as text instead of running them as formulas. Turn this off only for a file that goes to a script or back into Offkai.</source>
        <translation>=、+、-、@、タブ、改行で始まるセルの先頭にアポストロフィ（&apos;）を付けて、Excel などの表計算ソフトが数式として実行せず文字列として表示するようにします。スクリプトで処理するファイルや Offkai に読み込み直すファイルの場合だけオフにしてください。</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>offkai::MemberFields</name>
    <message>
        <source>Display name</source>
        <translation>表示名</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>職業</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Self-introduction</source>
        <translation>自己紹介</translation>
    </message>
    <message>
        <source>Skills and interests</source>
        <translation>スキル・関心</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>LINE</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>Other link</source>
        <translation>その他のリンク</translation>
    </message>
    <message>
        <source>Service accounts</source>
        <translation>サービスのアカウント</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入会日</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>退会日</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>紹介者</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Name in reports</source>
        <translation>レポートでの名前の表示</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Answers to the join questions</source>
        <translation>入会時の質問への回答</translation>
    </message>
</context>
<context>
    <name>offkai::MemberImportWizard</name>
    <message>
        <source>Import Members</source>
        <translation>メンバーのインポート</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>先にファイルを選択してください。</translation>
    </message>
    <message>
        <source>There is no import report to save.</source>
        <translation>保存するインポート結果レポートはありません。</translation>
    </message>
    <message>
        <source>Could not copy the database to its backups before the import, so nothing was imported: %1</source>
        <translation>取り込みの前にデータベースをバックアップに保存できなかったため、何も取り込んでいません：%1</translation>
    </message>
</context>
<context>
    <name>offkai::MemberImporter</name>
    <message>
        <source>%1: %2</source>
        <comment>file name: message</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>未インポート</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Imported with a change</source>
        <translation>変更してインポート</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Could not save the report to “%1”.</source>
        <translation>結果レポートを「%1」に保存できませんでした。</translation>
    </message>
    <message>
        <source>The file “%1” no longer exists.</source>
        <translation>ファイル「%1」が見つかりません。</translation>
    </message>
    <message>
        <source>Could not open “%1”.</source>
        <translation>「%1」を開けませんでした。</translation>
    </message>
    <message>
        <source>Could not read all of “%1”.</source>
        <translation>「%1」を最後まで読み込めませんでした。</translation>
    </message>
    <message>
        <source>The row is empty.</source>
        <translation>空の行です。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>%1行目: %2</translation>
    </message>
    <message>
        <source>A member with the email address %1 already exists.</source>
        <translation>メールアドレス「%1」のメンバーはすでに登録されています。</translation>
    </message>
    <message>
        <source>Choose the column that holds the members&apos; names.</source>
        <translation>メンバーの名前が入っている列を選んでください。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>何もインポートされませんでした。</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB. Split it into smaller files and import them one after the other.</source>
        <translation>「%1」は %2 MB を超えています。いくつかのファイルに分けて、順番に取り込んでください。</translation>
    </message>
    <message>
        <source>The account was withdrawn from the service.</source>
        <translation>サービスを退会したアカウントです。</translation>
    </message>
    <message>
        <source>The same person as row %1.</source>
        <translation>%1行目と同じ人です。</translation>
    </message>
    <message>
        <source>A member with the same service user name already exists.</source>
        <translation>同じサービスのユーザー名を持つメンバーがすでにいます。</translation>
    </message>
    <message>
        <source>Column not imported</source>
        <translation>取り込まなかった列</translation>
    </message>
    <message>
        <source>The column “%1” has no place in a member; its values were not imported.</source>
        <translation>列「%1」はメンバーの項目に対応しないため、取り込みませんでした。</translation>
    </message>
    <message>
        <source>The answer “%1” about naming was not understood; the naming consent was left at “%2”.</source>
        <translation>名前の掲載についての回答「%1」を解釈できなかったため、掲載可否は「%2」のままにしました。</translation>
    </message>
    <message>
        <source>The application time “%1” was not understood; the member was imported as applying now.</source>
        <translation>申請日時「%1」を解釈できなかったため、現在の日時に申請したものとして取り込みました。</translation>
    </message>
    <message>
        <source>The status “%1” is unknown; the member was imported as %2.</source>
        <translation>「%1」は不明なステータスです。メンバーは「%2」として取り込みました。</translation>
    </message>
    <message>
        <source>The date “%1” was not understood and was left empty (write dates as 2024-04-01).</source>
        <translation>日付「%1」を認識できなかったため、空欄にしました（日付は2024-04-01の形式で入力してください）。</translation>
    </message>
    <message>
        <source>The row has no name.</source>
        <translation>この行には名前がありません。</translation>
    </message>
    <message>
        <source>“%1” is not a valid email address.</source>
        <translation>「%1」は有効なメールアドレスではありません。</translation>
    </message>
    <message>
        <source>The member was imported without it.</source>
        <translation>メールアドレスを除いてメンバーをインポートしました。</translation>
    </message>
</context>
<context>
    <name>offkai::MemberList</name>
    <message>
        <source>Could not read the members.</source>
        <translation>メンバーを読み込めませんでした。</translation>
    </message>
    <message>
        <source>Could not count the members.</source>
        <translation>メンバー数を取得できませんでした。</translation>
    </message>
</context>
<context>
    <name>offkai::MemberSearchIndex</name>
    <message>
        <source>Could not rebuild the member search index.</source>
        <translation>メンバーの検索インデックスを再構築できませんでした。</translation>
    </message>
    <message>
        <source>Could not update the member search index.</source>
        <translation>メンバーの検索インデックスを更新できませんでした。</translation>
    </message>
    <message>
        <source>Could not save the member&apos;s tags.</source>
        <translation>メンバーのタグを保存できませんでした。</translation>
    </message>
    <message>
        <source>Could not reorder the member profiles.</source>
        <translation>メンバーのプロフィールを並べ替えられませんでした。</translation>
    </message>
</context>
<context>
    <name>offkai::MemberServicePresets</name>
    <message>
        <source>connpass participants</source>
        <translation>connpass 参加者</translation>
    </message>
    <message>
        <source>Peatix attendees</source>
        <translation>Peatix 参加者</translation>
    </message>
    <message>
        <source>Doorkeeper attendees</source>
        <translation>Doorkeeper 参加者</translation>
    </message>
    <message>
        <source>Meetup member list</source>
        <translation>Meetup メンバー一覧</translation>
    </message>
    <message>
        <source>Zoom meeting participants</source>
        <translation>Zoom ミーティング参加者</translation>
    </message>
    <message>
        <source>Google Forms responses</source>
        <translation>Google フォームの回答</translation>
    </message>
    <message>
        <source>connpass: ユーザー名, 表示名, 参加ステータス</source>
        <translation>connpass: ユーザー名、表示名、参加ステータス</translation>
    </message>
    <message>
        <source>Zoom: 名前 (元の名前) or Name (Original Name), ユーザーメール or User Email</source>
        <translation>Zoom: 名前 (元の名前) または Name (Original Name)、ユーザーメール または User Email</translation>
    </message>
    <message>
        <source>Meetup: Name, Member ID, Joined Group on</source>
        <translation>Meetup: Name、Member ID、Joined Group on</translation>
    </message>
    <message>
        <source>Peatix: 参加者名(カナ), チケット, 支払状況</source>
        <translation>Peatix: 参加者名(カナ)、チケット、支払状況</translation>
    </message>
    <message>
        <source>Doorkeeper: 名前, メールアドレス, チケット</source>
        <translation>Doorkeeper: 名前、メールアドレス、チケット</translation>
    </message>
    <message>
        <source>Google Forms: タイムスタンプ (Timestamp) first, then a name question</source>
        <translation>Google フォーム: 先頭に タイムスタンプ (Timestamp)、続いて名前の質問</translation>
    </message>
    <message>
        <source>any list: a column named 氏名, 名前, 表示名, Name or 姓 and 名</source>
        <translation>一般の名簿: 氏名、名前、表示名、Name、または 姓 と 名 という名前の列</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>No column holds the members&apos; names, and the file is from no service Offkai knows. Columns that are recognised:
%1
The file&apos;s columns: %2</source>
        <translation>会員の名前を含む列がなく、Offkai が知っているサービスのファイルでもありません。認識できる列:
%1
このファイルの列: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>file name: message</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>offkai::MemberSettingsDialog</name>
    <message>
        <source>Member Settings</source>
        <translation>メンバーの設定</translation>
    </message>
    <message>
        <source>Occupations</source>
        <translation>職業</translation>
    </message>
    <message>
        <source>Add Occupation</source>
        <translation>職業を追加</translation>
    </message>
    <message>
        <source>Occupation:</source>
        <translation>職業:</translation>
    </message>
    <message>
        <source>Rename Occupation</source>
        <translation>職業の名前を変更</translation>
    </message>
    <message>
        <source>Join questions</source>
        <translation>入会時の質問</translation>
    </message>
    <message>
        <source>Add Question</source>
        <translation>質問を追加</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>質問:</translation>
    </message>
    <message>
        <source>Edit Question</source>
        <translation>質問を編集</translation>
    </message>
    <message>
        <source>Remove Question</source>
        <translation>質問を削除</translation>
    </message>
    <message>
        <source>Remove this question and every member&apos;s answer to it?</source>
        <translation>この質問と、この質問へのすべてのメンバーの回答を削除しますか？</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>offkai::MemberStatements</name>
    <message>
        <source>Could not save the member&apos;s tags.</source>
        <translation>メンバーのタグを保存できませんでした。</translation>
    </message>
    <message>
        <source>Could not save the members.</source>
        <translation>メンバーを保存できませんでした。</translation>
    </message>
    <message>
        <source>The member no longer exists.</source>
        <translation>このメンバーはすでに存在しません。</translation>
    </message>
</context>
<context>
    <name>offkai::MemberStore</name>
    <message>
        <source>A member needs a name.</source>
        <translation>メンバーの名前を入力してください。</translation>
    </message>
    <message>
        <source>“%1” is not a valid email address.</source>
        <translation>「%1」は有効なメールアドレスではありません。</translation>
    </message>
    <message>
        <source>The email address “%1” is listed twice.</source>
        <translation>メールアドレス「%1」が重複して入力されています。</translation>
    </message>
    <message>
        <source>The leave date cannot be before the join date.</source>
        <translation>退会日を入会日より前の日付にすることはできません。</translation>
    </message>
    <message>
        <source>An applicant cannot have an approval time yet.</source>
        <translation>入会申請者には承認日時を設定できません。</translation>
    </message>
    <message>
        <source>A member cannot refer themselves.</source>
        <translation>メンバー自身を紹介者に設定することはできません。</translation>
    </message>
    <message>
        <source>The referring member does not exist.</source>
        <translation>紹介者のメンバーが存在しません。</translation>
    </message>
    <message>
        <source>The other link must be an http:// or https:// address.</source>
        <translation>その他のリンクには http:// または https:// で始まるアドレスを入力してください。</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>タグの名前を入力してください。</translation>
    </message>
    <message>
        <source>Could not read the member.</source>
        <translation>メンバーを読み込めませんでした。</translation>
    </message>
    <message>
        <source>Could not update the member search index.</source>
        <translation>メンバーの検索インデックスを更新できませんでした。</translation>
    </message>
    <message>
        <source>Could not save the member.</source>
        <translation>メンバーを保存できませんでした。</translation>
    </message>
    <message>
        <source>Could not save the member&apos;s answers: the question no longer exists.</source>
        <translation>メンバーの回答を保存できませんでした。対象の質問はすでに存在しません。</translation>
    </message>
    <message>
        <source>Could not add the member.</source>
        <translation>メンバーを追加できませんでした。</translation>
    </message>
    <message>
        <source>Could not delete the member.</source>
        <translation>メンバーを削除できませんでした。</translation>
    </message>
    <message>
        <source>Could not look up the email address.</source>
        <translation>メールアドレスを照会できませんでした。</translation>
    </message>
    <message>
        <source>Could not read the members&apos; email addresses.</source>
        <translation>メンバーのメールアドレスを読み込めませんでした。</translation>
    </message>
    <message>
        <source>Could not read the tags.</source>
        <translation>タグを読み込めませんでした。</translation>
    </message>
    <message>
        <source>Could not look up the member&apos;s name.</source>
        <translation>名前からメンバーを検索できませんでした。</translation>
    </message>
    <message>
        <source>“%1” was changed elsewhere (another window or organizer) after you opened it.</source>
        <translation>「%1」は、開いたあとにほかの場所（別のウィンドウかほかの運営メンバー）で変更されています。</translation>
    </message>
    <message>
        <source>Read version %1, the database has version %2.</source>
        <translation>読み込んだ版は %1、データベースの版は %2 です。</translation>
    </message>
</context>
<context>
    <name>offkai::MemberTableModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>職業</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入会日</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>The day of the latest event the member came to (cancelled events and events without a day are not counted)</source>
        <translation>メンバーが最後に参加したイベントの日付（中止したイベントと日付の決まっていないイベントは数えません）</translation>
    </message>
    <message>
        <source>How many events the member came to (cancelled events and events without a day are not counted)</source>
        <translation>メンバーが参加したイベントの数（中止したイベントと日付の決まっていないイベントは数えません）</translation>
    </message>
    <message>
        <source>Last Attended</source>
        <translation>最終参加日</translation>
    </message>
    <message>
        <source>Events Attended</source>
        <translation>参加回数</translation>
    </message>
</context>
<context>
    <name>offkai::MembersCommand</name>
    <message>
        <source>Only members matching the text.</source>
        <translation>テキストに一致するメンバーのみを表示します。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>applicant, active, inactive or left.</source>
        <translation>ステータス（applicant、active、inactive、left のいずれか）。</translation>
    </message>
    <message>
        <source>status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Unknown status “%1”: use applicant, active, inactive or left.</source>
        <translation>「%1」は不明なステータスです。applicant、active、inactive、left のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>auto, utf-8, shift_jis or utf-16.</source>
        <translation>文字コード（auto、utf-8、shift_jis、utf-16 のいずれか）。</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>文字コード</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>For a known email: skip, update or create.</source>
        <translation>既存のメールアドレスの場合の処理（skip、update、create のいずれか）。</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>処理方法</translation>
    </message>
    <message>
        <source>Unknown encoding “%1”: use auto, utf-8, shift_jis or utf-16.</source>
        <translation>「%1」は不明な文字コードです。auto、utf-8、shift_jis、utf-16 のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Unknown duplicate policy “%1”: use skip, update or create.</source>
        <translation>「%1」は不明な重複時の処理方法です。skip、update、create のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>“%1” has no rows to import.</source>
        <translation>「%1」にはインポートする行がありません。</translation>
    </message>
    <message>
        <source>created: %1
updated: %2
skipped: %3
rejected: %4
</source>
        <translation>追加: %1
更新: %2
スキップ: %3
却下: %4
</translation>
    </message>
    <message>
        <source>row %1: %2: %3</source>
        <translation>%1行目: %2: %3</translation>
    </message>
    <message>
        <source>For CSV: utf-8 (with BOM, for Excel) or shift_jis.</source>
        <translation>CSVの文字コード（utf-8（Excel向けのBOM付き）または shift_jis）。</translation>
    </message>
    <message>
        <source>Write to this file instead of stdout.</source>
        <translation>標準出力の代わりにこのファイルに書き出します。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Unknown encoding “%1”: use utf-8 or shift_jis.</source>
        <translation>「%1」は不明な文字コードです。utf-8 または shift_jis を指定してください。</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>「%1」に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>For CSV: write cells that start with =, +, -, @, tab or CR as they are, without the apostrophe that stops spreadsheets from running them as formulas.</source>
        <translation>CSVの場合: =、+、-、@、タブ、CR で始まるセルを、表計算ソフトが数式として実行しないよう付けるアポストロフィなしで、そのまま書き出します。</translation>
    </message>
    <message>
        <source>Usage:
  offkai --db PATH members list [--search TEXT] [--status S] [--format csv|json]
  offkai --db PATH members import FILE [--encoding auto|utf-8|shift_jis|utf-16] [--preset NAME]
                                       [--on-duplicate skip|update|create]
    NAME: a preset saved in the import wizard, or one of the services connpass, peatix,
    doorkeeper, meetup, zoom, google-forms (without --preset, the service is recognised from
    the header row).
  offkai --db PATH members export [--format csv|vcard] [--encoding utf-8|shift_jis] [--raw-cells]
                                       [--out FILE]
CSV cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) get an
apostrophe in front; --raw-cells writes them as they are, for scripts.
</source>
        <translation>使い方:
  offkai --db PATH members list [--search TEXT] [--status S] [--format csv|json]
  offkai --db PATH members import FILE [--encoding auto|utf-8|shift_jis|utf-16] [--preset NAME]
                                       [--on-duplicate skip|update|create]
    NAME: 取り込みウィザードで保存したプリセット名、またはサービス名 connpass、peatix、
    doorkeeper、meetup、zoom、google-forms（--preset を省くと見出し行からサービスを判別します）。
  offkai --db PATH members export [--format csv|vcard] [--encoding utf-8|shift_jis] [--raw-cells]
                                       [--out FILE]
表計算ソフトが数式として実行してしまうCSVのセル（=、+、-、@、タブ、CR で始まるもの）には
先頭にアポストロフィを付けます。--raw-cells を付けるとスクリプト向けにそのまま書き出します。
</translation>
    </message>
    <message>
        <source>A column mapping saved in the import wizard, or a service: %1.</source>
        <translation>取り込みウィザードで保存した列の対応、またはサービス: %1。</translation>
    </message>
    <message>
        <source>There is no import preset named “%1”. Use one saved in the import wizard, or a built-in one: %2.</source>
        <translation>「%1」という名前の取り込みプリセットはありません。取り込みウィザードで保存したプリセットか、組み込みのプリセット（%2）を指定してください。</translation>
    </message>
    <message>
        <source>withdrawn: %1
</source>
        <translation>退会ユーザー: %1
</translation>
    </message>
    <message>
        <source>preset: %1
</source>
        <translation>プリセット: %1
</translation>
    </message>
</context>
<context>
    <name>offkai::MembersPage</name>
    <message>
        <source>Add Member “%1”</source>
        <translation>メンバー「%1」の追加</translation>
    </message>
    <message>
        <source>Edit Member “%1”</source>
        <translation>メンバー「%1」の編集</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>メンバーを検索</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべてのステータス</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>職業</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>&amp;New Member</source>
        <translation>新規メンバー(&amp;N)</translation>
    </message>
    <message>
        <source>Add a member and edit their profile</source>
        <translation>メンバーを追加してプロフィールを編集します</translation>
    </message>
    <message>
        <source>&amp;Save Member</source>
        <translation>メンバーを保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Delete Members</source>
        <translation>メンバーを削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected members (can be undone)</source>
        <translation>選択したメンバーを削除します（元に戻せます）</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>承認(&amp;A)</translation>
    </message>
    <message>
        <source>Approve the selected applicants as active members</source>
        <translation>選択した入会申請者を承認し、在籍中のメンバーにします</translation>
    </message>
    <message>
        <source>Add &amp;Tag…</source>
        <translation>タグを追加(&amp;T)…</translation>
    </message>
    <message>
        <source>Copy Emails as &amp;BCC List</source>
        <translation>メールアドレスをBCC用にコピー(&amp;B)</translation>
    </message>
    <message>
        <source>Copy the selected members&apos; addresses, ready to paste into BCC</source>
        <translation>選択したメンバーのメールアドレスを、BCCに貼り付けられる形式でコピーします</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSVをインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the selected members, or everyone when none is selected</source>
        <translation>選択したメンバーをエクスポートします（選択していない場合は全員）</translation>
    </message>
    <message>
        <source>Occupations and &amp;Questions…</source>
        <translation>職業と質問(&amp;Q)…</translation>
    </message>
    <message>
        <source>Edit the occupation list and the questions asked of applicants</source>
        <translation>職業の一覧と、入会申請者への質問を編集します</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>すべてのタグ</translation>
    </message>
    <message>
        <source>All occupations</source>
        <translation>すべての職業</translation>
    </message>
    <message numerus="yes">
        <source>%n applicant(s) waiting for approval — show them</source>
        <translation>
            <numerusform>承認待ちの入会申請者が%n人います — 表示する</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>「%1」を保存しました。</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>新しいメンバー</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Member(s)</source>
        <translation>
            <numerusform>メンバー%n人の削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n member(s). Undo brings them back.</source>
        <translation>
            <numerusform>メンバー%n人を削除しました。「元に戻す」で復元できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the selected members is waiting for approval.</source>
        <translation>選択したメンバーの中に承認待ちの入会申請者はいません。</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n Member(s)</source>
        <translation>
            <numerusform>メンバー%n人の承認</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approved %n member(s).</source>
        <translation>
            <numerusform>メンバー%n人を承認しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set Status of %n Member(s)</source>
        <translation>
            <numerusform>メンバー%n人のステータス変更</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>タグを追加</translation>
    </message>
    <message numerus="yes">
        <source>Tag for %n selected member(s):</source>
        <translation>
            <numerusform>選択したメンバー%n人に追加するタグ:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n Member(s) “%1”</source>
        <translation>
            <numerusform>メンバー%n人へのタグ「%1」の追加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n address(es) for BCC.</source>
        <translation>
            <numerusform>BCC用にメールアドレス%n件をコピーしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>「%1」にエクスポートしました。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Export %n Selected…</source>
        <translation>
            <numerusform>選択した%n人をエクスポート(&amp;E)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n member(s)</source>
        <translation>
            <numerusform>メンバー%n人中%1人を表示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>メンバー%n人</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge Duplicate into “%1”</source>
        <translation>「%1」への重複の統合</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>参加状況</translation>
    </message>
    <message>
        <source>Any attendance</source>
        <translation>すべての参加状況</translation>
    </message>
    <message numerus="yes">
        <source>Not seen for %n month(s)</source>
        <translation>
            <numerusform>%nか月以上参加していない</numerusform>
        </translation>
    </message>
    <message>
        <source>People to invite back: active members whose last attendance was longer ago than this, or who never came and joined longer ago than this</source>
        <translation>また声をかけたい人: 最後の参加がこれより前の「在籍中」のメンバーと、一度も参加がなく入会がこれより前の「在籍中」のメンバー</translation>
    </message>
    <message>
        <source>Set Stat&amp;us</source>
        <translation>ステータスを設定(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Find Duplicates…</source>
        <translation>重複を検索(&amp;F)…</translation>
    </message>
    <message>
        <source>Search name, reading, email, work, skills, tags, notes…</source>
        <translation>名前・ふりがな・メール・所属・スキル・タグ・メモなどで検索</translation>
    </message>
    <message>
        <source>Member Import</source>
        <translation>メンバーの取り込み</translation>
    </message>
    <message>
        <source>No members match</source>
        <translation>該当するメンバーはいません</translation>
    </message>
    <message numerus="yes">
        <source>%1 or more of %n member(s)</source>
        <translation>
            <numerusform>メンバー%n人中%1人以上を表示（件数を確認中）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>offkai::Migrations</name>
    <message>
        <source>Could not read the database&apos;s schema version.</source>
        <translation>データベースのスキーマバージョンを読み取れませんでした。</translation>
    </message>
    <message>
        <source>Could not update the database to schema version %1.</source>
        <translation>データベースをスキーマバージョン%1に更新できませんでした。</translation>
    </message>
    <message>
        <source>The database schema bundled with Offkai is damaged. Reinstall Offkai.</source>
        <translation>Offkaiに同梱されているデータベーススキーマが破損しています。Offkaiを再インストールしてください。</translation>
    </message>
</context>
<context>
    <name>offkai::MonthModel</name>
    <message>
        <source>%1 (no fixed day yet)</source>
        <translation>%1（日程未定）</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1（中止）</translation>
    </message>
    <message>
        <source>No events</source>
        <translation>イベントなし</translation>
    </message>
    <message>
        <source>%1 (planned in a series, not confirmed yet)</source>
        <translation>%1（定例イベントの予定・未確定）</translation>
    </message>
</context>
<context>
    <name>offkai::MonthView</name>
    <message>
        <source>Host: %1</source>
        <translation>ホスト: %1</translation>
    </message>
    <message>
        <source>Speaker: %1</source>
        <translation>登壇者: %1</translation>
    </message>
    <message>
        <source>Speakers: %1</source>
        <translation>登壇者: %1</translation>
    </message>
</context>
<context>
    <name>offkai::MoveOccurrenceDialog</name>
    <message>
        <source>Move Occurrence</source>
        <translation>この回の日時を変更</translation>
    </message>
    <message>
        <source>Hold “%1” at another time, this once:</source>
        <translation>「%1」を今回だけ別の日時に開催します:</translation>
    </message>
    <message>
        <source>Open end</source>
        <translation>終了時刻を決めない</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日付(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>開始(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Ends at:</source>
        <translation>終了(&amp;E):</translation>
    </message>
</context>
<context>
    <name>offkai::NameBadgeRenderer</name>
    <message>
        <source>%1, %2</source>
        <comment>affiliation, job title</comment>
        <translation>%1&#x3000;%2</translation>
    </message>
</context>
<context>
    <name>offkai::NewReportDialog</name>
    <message>
        <source>New Report</source>
        <translation>新規レポート</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>執筆者</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>イベント(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>執筆者(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Language of the generated parts:</source>
        <translation>自動生成部分の言語(&amp;L):</translation>
    </message>
    <message>
        <source>The report starts from the template, filled with the date, the venue, who came and what comes next. Names follow the privacy rule you choose.</source>
        <translation>レポートはテンプレートをもとに作成され、日付、会場、参加者、次回の予定が自動で入力されます。名前は、選択した「名前の表示」の設定に従って記載されます。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（指定なし）</translation>
    </message>
</context>
<context>
    <name>offkai::Occupation</name>
    <message>
        <source>Freelancer</source>
        <translation>フリーランス</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>クリエイター</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>経営者</translation>
    </message>
    <message>
        <source>Founder</source>
        <translation>起業家</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>会社員</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Advertising and media</source>
        <translation>広告・メディア</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>offkai::OccupationCatalog</name>
    <message>
        <source>Could not read the occupations.</source>
        <translation>職業の一覧を読み込めませんでした。</translation>
    </message>
    <message>
        <source>An occupation needs a name.</source>
        <translation>職業の名前を入力してください。</translation>
    </message>
    <message>
        <source>The occupation “%1” already exists.</source>
        <translation>職業「%1」はすでに存在します。</translation>
    </message>
    <message>
        <source>Could not add the occupation.</source>
        <translation>職業を追加できませんでした。</translation>
    </message>
    <message>
        <source>Could not rename the occupation.</source>
        <translation>職業の名前を変更できませんでした。</translation>
    </message>
    <message>
        <source>The occupation no longer exists.</source>
        <translation>この職業はすでに存在しません。</translation>
    </message>
    <message>
        <source>Could not remove the occupation.</source>
        <translation>職業を削除できませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>This occupation cannot be removed because %n member(s) have it.</source>
        <translation>
            <numerusform>この職業はメンバー%n人に設定されているため、削除できません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>offkai::OccurrenceScopeDialog</name>
    <message>
        <source>Change a Recurring Event</source>
        <translation>定例イベントの変更</translation>
    </message>
    <message>
        <source>&amp;Only this occurrence</source>
        <translation>この回のみ(&amp;O)</translation>
    </message>
    <message>
        <source>This and &amp;following occurrences</source>
        <translation>この回以降すべて(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;All occurrences</source>
        <translation>すべての回(&amp;A)</translation>
    </message>
    <message>
        <source>This is the first occurrence: change all of them instead.</source>
        <translation>初回のため、「すべての回」を選んでください。</translation>
    </message>
    <message>
        <source>“%1” repeats. You are changing the occurrence on %2. Apply the change to:</source>
        <extracomment>%1 the series&apos; title, %2 the date of the occurrence being changed</extracomment>
        <translation>「%1」は定例イベントです。%2の回を変更します。変更の対象:</translation>
    </message>
</context>
<context>
    <name>offkai::ParticipantFile</name>
    <message>
        <source>%1: %2</source>
        <comment>file name: message</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>source: expected headers</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n cells beyond the header row are not read.</source>
        <translation>
            <numerusform>見出し行より右にある%n個のセルは読み込みません。</numerusform>
        </translation>
    </message>
    <message>
        <source>no name, user name or email; the row is skipped.</source>
        <translation>名前・ユーザー名・メールアドレスがないため、この行は読み飛ばします。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>%1行目: %2</translation>
    </message>
    <message>
        <source>“%1” in %2 is not a date and time.</source>
        <translation>%2の「%1」は日時として読めません。</translation>
    </message>
    <message>
        <source>“%1” in %2 is not a number of minutes.</source>
        <translation>%2の「%1」は分数として読めません。</translation>
    </message>
    <message>
        <source>the status “%1” is not one of 参加, 補欠 and 参加キャンセル.</source>
        <translation>ステータス「%1」は参加・補欠・参加キャンセルのいずれでもありません。</translation>
    </message>
    <message>
        <source>“%1” in %2 is not an amount of yen.</source>
        <translation>%2の「%1」は円の金額として読めません。</translation>
    </message>
    <message>
        <source>This is not a %1 participant list: the header row lacks %2.
A %1 list has the columns: %3.
The file&apos;s header row: %4</source>
        <translation>%1の参加者リストではありません。見出し行に%2がありません。
%1のリストの列: %3
このファイルの見出し行: %4</translation>
    </message>
    <message>
        <source>The header row matches no participant list Offkai reads.</source>
        <translation>見出し行が、Offkaiの読める参加者リストのどれにも当てはまりません。</translation>
    </message>
    <message>
        <source>The file has no name column, so it is no participant list Offkai reads.</source>
        <translation>名前の列がないため、Offkaiの読める参加者リストではありません。</translation>
    </message>
    <message>
        <source>The file&apos;s header row: %1</source>
        <translation>このファイルの見出し行: %1</translation>
    </message>
    <message>
        <source>Expected headers:</source>
        <translation>読める見出し:</translation>
    </message>
    <message>
        <source>connpass</source>
        <translation>connpass</translation>
    </message>
    <message>
        <source>Peatix</source>
        <translation>Peatix</translation>
    </message>
    <message>
        <source>Doorkeeper</source>
        <translation>Doorkeeper</translation>
    </message>
    <message>
        <source>Zoom meeting</source>
        <translation>Zoomミーティング</translation>
    </message>
    <message>
        <source>Zoom webinar</source>
        <translation>Zoomウェビナー</translation>
    </message>
    <message>
        <source>The file is empty: a participant list has a header row and a row for each person.</source>
        <translation>ファイルが空です。参加者リストには見出し行と、1人につき1行が必要です。</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>%1のいずれか</translation>
    </message>
</context>
<context>
    <name>offkai::ParticipantImportCommand</name>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1: %2行</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>試行のみ: 何も書き込んでいません。</translation>
    </message>
    <message>
        <source>Matched: %1</source>
        <translation>既存メンバーと照合: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>新規メンバー: %1</translation>
    </message>
    <message>
        <source>Participations added: %1</source>
        <translation>参加記録の追加: %1</translation>
    </message>
    <message>
        <source>Participations updated: %1</source>
        <translation>参加記録の更新: %1</translation>
    </message>
    <message>
        <source>Participations unchanged: %1</source>
        <translation>参加記録の変更なし: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>スキップ: %1</translation>
    </message>
    <message>
        <source>  of which withdrawn accounts: %1</source>
        <translation>  うち退会ユーザー: %1</translation>
    </message>
    <message>
        <source>Needs review: %1</source>
        <translation>要確認: %1</translation>
    </message>
    <message>
        <source>  line %1: %2 could be member %3</source>
        <translation>  %1行目: %2さんはメンバー %3 の可能性があります</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Where the file comes from: auto, connpass, peatix, doorkeeper or zoom.</source>
        <translation>ファイルの提供元: auto、connpass、peatix、doorkeeper、zoom のいずれか。</translation>
    </message>
    <message>
        <source>service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Match the rows and print what would change, without writing.</source>
        <translation>書き込まずに、照合結果と変更内容だけを表示します。</translation>
    </message>
    <message>
        <source>event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Unknown source “%1”: choose auto, connpass, peatix, doorkeeper or zoom.</source>
        <translation>不明な提供元「%1」です。auto、connpass、peatix、doorkeeper、zoom のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
</context>
<context>
    <name>offkai::ParticipantImportDialog</name>
    <message>
        <source>Import Participants</source>
        <translation>参加者の取り込み</translation>
    </message>
    <message>
        <source>Into “%1”, %2</source>
        <translation>取り込み先:「%1」%2</translation>
    </message>
    <message>
        <source>A participant file from connpass, Peatix, Doorkeeper or Zoom</source>
        <translation>connpass・Peatix・Doorkeeper・Zoom の参加者ファイル</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Detect from the header row</source>
        <translation>見出し行から自動判定</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>提供元(&amp;S):</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Name in the File</source>
        <translation>ファイル上の名前</translation>
    </message>
    <message>
        <source>User Name or Email</source>
        <translation>ユーザー名またはメール</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>記憶する</translation>
    </message>
    <message>
        <source>These rows could be more than one member, or a member who only shares the name. Choose the member, create a new one, or skip the row. “Remember” keeps the user name as the member&apos;s account, so the next file matches at once.</source>
        <translation>次の行は、複数のメンバーに当てはまるか、名前が同じだけの別人の可能性があります。メンバーを選ぶか、新しく登録するか、取り込まないかを選んでください。「記憶する」にチェックすると、ユーザー名をそのメンバーのアカウントとして保存し、次回からは自動で照合します。</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>取り込む(&amp;I)</translation>
    </message>
    <message>
        <source>Participant files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>参加者ファイル (*.csv *.txt *.tsv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Columns without a place in Offkai (not imported): %1</source>
        <translation>Offkai に取り込み先のない列（取り込みません）: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1（#%2）</translation>
    </message>
    <message>
        <source> · </source>
        <translation>・</translation>
    </message>
    <message>
        <source>Create a new member</source>
        <translation>新しいメンバーとして登録</translation>
    </message>
    <message>
        <source>Skip this row</source>
        <translation>この行は取り込まない</translation>
    </message>
    <message>
        <source>Choose the file the service let you download.</source>
        <translation>サービスからダウンロードしたファイルを選んでください。</translation>
    </message>
    <message>
        <source>The file cannot be imported.</source>
        <translation>このファイルは取り込めません。</translation>
    </message>
    <message numerus="yes">
        <source>%1 file, %n row(s)</source>
        <translation>
            <numerusform>%1 のファイル・%n行</numerusform>
        </translation>
    </message>
    <message>
        <source>matched: %1</source>
        <translation>既存メンバーと照合: %1</translation>
    </message>
    <message>
        <source>new members: %1</source>
        <translation>新規メンバー: %1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>スキップ: %1</translation>
    </message>
    <message>
        <source>withdrawn accounts left out: %1</source>
        <translation>除外した退会ユーザー: %1</translation>
    </message>
    <message>
        <source>to check in the review step: %1</source>
        <translation>確認が必要: %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Review %n Row(s) &gt;</source>
        <translation>
            <numerusform>%n行を確認する(&amp;R) &gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>何も取り込んでいません: %1</translation>
    </message>
    <message>
        <source>Participants imported: %1 matched, %2 new members, %3 added, %4 updated, %5 skipped.</source>
        <translation>参加者を取り込みました: 照合%1名、新規メンバー%2名、追加%3件、更新%4件、スキップ%5件。</translation>
    </message>
</context>
<context>
    <name>offkai::ParticipantImportModel</name>
    <message numerus="yes">
        <source>Came (%n min)</source>
        <translation>
            <numerusform>出席（%n分）</numerusform>
        </translation>
    </message>
    <message>
        <source>Came</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>要確認</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1（#%2）</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>新規メンバー</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>取り込まない</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Paid ¥%1</source>
        <translation>支払済み: %1円</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>User Name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出欠</translation>
    </message>
    <message>
        <source>Ticket and Comment</source>
        <translation>参加枠・コメント</translation>
    </message>
    <message>
        <source>Matched By</source>
        <translation>照合方法</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
</context>
<context>
    <name>offkai::ParticipantImportPlan</name>
    <message>
        <source>Service user name</source>
        <translation>サービスのユーザー名</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Name and reading</source>
        <translation>名前とふりがな</translation>
    </message>
    <message>
        <source>Uncertain: check</source>
        <translation>要確認</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>新規メンバー</translation>
    </message>
</context>
<context>
    <name>offkai::ParticipantImporter</name>
    <message>
        <source>The Zoom report is from %1, but “%2” is on %3: check that this is the right file.</source>
        <translation>Zoom のレポートは %1 のものですが、「%2」の開催日は %3 です。ファイルが正しいか確認してください。</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation>%1行目（%2）: %3</translation>
    </message>
    <message>
        <source>Line %1: no member was chosen.</source>
        <translation>%1行目: メンバーが選択されていません。</translation>
    </message>
</context>
<context>
    <name>offkai::ParticipantTableModel</name>
    <message>
        <source>Came without answering beforehand (walk-in)</source>
        <translation>事前の出欠回答なしで出席（当日参加）</translation>
    </message>
    <message>
        <source>%1 (walk-in)</source>
        <translation>%1（当日参加）</translation>
    </message>
    <message>
        <source>Waitlisted (#%1)</source>
        <translation>キャンセル待ち（%1番目）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>出欠</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>請求額</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>支払額</translation>
    </message>
</context>
<context>
    <name>offkai::ParticipantsPanel</name>
    <message>
        <source>checked in at %1</source>
        <translation>%1に受付</translation>
    </message>
    <message>
        <source>already here</source>
        <translation>受付済み</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>walk-in: not registered for this event</source>
        <translation>当日参加: このイベントに未登録</translation>
    </message>
    <message>
        <source>already in this event</source>
        <translation>このイベントに登録済み</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>New &amp;Walk-in…</source>
        <translation>当日参加を追加(&amp;W)…</translation>
    </message>
    <message>
        <source>Someone who is not in the directory yet: add them with just a name and check them in</source>
        <translation>名簿にまだ登録されていない人を、名前だけで追加して受付します</translation>
    </message>
    <message>
        <source>Mark as &amp;Came</source>
        <translation>出席にする(&amp;C)</translation>
    </message>
    <message>
        <source>Tick everyone selected as having come (attendance from a paper list)</source>
        <translation>選択した全員を出席にします（紙の出席表から入力する場合）</translation>
    </message>
    <message>
        <source>&amp;Split the Bill…</source>
        <translation>割り勘(&amp;S)…</translation>
    </message>
    <message>
        <source>New Walk-in</source>
        <translation>当日参加の追加</translation>
    </message>
    <message>
        <source>Nobody called “%1” is in the directory. Add them as a new member and check them in?</source>
        <translation>「%1」という名前の人は名簿にいません。新しいメンバーとして追加して受付しますか？</translation>
    </message>
    <message>
        <source>Name of the person who came:</source>
        <translation>出席した人の名前:</translation>
    </message>
    <message>
        <source>No event selected</source>
        <translation>イベントが選択されていません</translation>
    </message>
    <message>
        <source>Maybe: %1</source>
        <translation>未定: %1名</translation>
    </message>
    <message>
        <source>Collected: %1 yen</source>
        <translation>集金額: %1円</translation>
    </message>
    <message>
        <source>%1 is already checked in.</source>
        <translation>%1さんはすでに受付済みです。</translation>
    </message>
    <message>
        <source>Check In</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>Walk-in %1</source>
        <translation>%1さんの当日参加</translation>
    </message>
    <message>
        <source>%1 added as a new member and checked in.</source>
        <translation>%1さんを新しいメンバーとして追加し、受付が完了しました。</translation>
    </message>
    <message>
        <source>Add Participant</source>
        <translation>参加者の追加</translation>
    </message>
    <message>
        <source>The event is full: %1 is on the waitlist.</source>
        <translation>満席のため、%1さんをキャンセル待ちに登録しました。</translation>
    </message>
    <message>
        <source>%1 added to the event.</source>
        <translation>%1さんをイベントに追加しました。</translation>
    </message>
    <message>
        <source>Mark as Came</source>
        <translation>出席の記録</translation>
    </message>
    <message>
        <source>Mark as Not Came</source>
        <translation>欠席への変更</translation>
    </message>
    <message>
        <source>Change Answer</source>
        <translation>出欠の変更</translation>
    </message>
    <message>
        <source>A place became free: %1 moved from the waitlist to going.</source>
        <translation>空きが出たため、%1さんをキャンセル待ちから参加に繰り上げました。</translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation>役割の変更</translation>
    </message>
    <message>
        <source>Split the Bill</source>
        <translation>割り勘</translation>
    </message>
    <message>
        <source>Record Payment</source>
        <translation>支払いの記録</translation>
    </message>
    <message>
        <source>Amount %1 paid:</source>
        <translation>%1さんの支払額:</translation>
    </message>
    <message>
        <source>Remove from Event</source>
        <translation>イベントからの削除</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>出欠(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>役割(&amp;R)</translation>
    </message>
    <message>
        <source>Mark as &amp;Not Came</source>
        <translation>欠席にする(&amp;N)</translation>
    </message>
    <message>
        <source>Record &amp;Payment…</source>
        <translation>支払いを記録(&amp;P)…</translation>
    </message>
    <message>
        <source>Remove from &amp;Event</source>
        <translation>イベントから削除(&amp;E)</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>取り込み(&amp;M)…</translation>
    </message>
    <message>
        <source>Import the participants from a connpass, Peatix, Doorkeeper or Zoom file</source>
        <translation>connpass・Peatix・Doorkeeper・Zoom のファイルから参加者を取り込みます</translation>
    </message>
    <message>
        <source>Check in: name or reading, then Enter</source>
        <translation>受付: 名前かふりがなを入力</translation>
    </message>
    <message>
        <source>Add people: name or reading</source>
        <translation>参加者を追加: 名前・ふりがな</translation>
    </message>
    <message>
        <source>%1 checked in: %2</source>
        <translation>%1さんの受付が完了しました（%2）</translation>
    </message>
</context>
<context>
    <name>offkai::Participation</name>
    <message>
        <source>Organizer</source>
        <translation>幹事</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>登壇者</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>スタッフ</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>不参加</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>キャンセル待ち</translation>
    </message>
    <message>
        <source>Going</source>
        <translation>参加</translation>
    </message>
</context>
<context>
    <name>offkai::ParticipationStore</name>
    <message>
        <source>Could not read the member&apos;s events.</source>
        <translation>メンバーのイベントを読み込めませんでした。</translation>
    </message>
    <message>
        <source>Could not restore the member&apos;s events.</source>
        <translation>メンバーのイベントを復元できませんでした。</translation>
    </message>
    <message>
        <source>Could not read the event&apos;s participants.</source>
        <translation>イベントの参加者を読み込めませんでした。</translation>
    </message>
    <message>
        <source>This member is not part of the event.</source>
        <translation>このメンバーはこのイベントの参加者ではありません。</translation>
    </message>
    <message>
        <source>The event no longer exists.</source>
        <translation>このイベントはすでに存在しません。</translation>
    </message>
    <message>
        <source>Could not change the event&apos;s participants.</source>
        <translation>イベントの参加者を変更できませんでした。</translation>
    </message>
    <message>
        <source>Could not read the event.</source>
        <translation>イベントを読み込めませんでした。</translation>
    </message>
    <message>
        <source>Could not read the member.</source>
        <translation>メンバーを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The member no longer exists.</source>
        <translation>このメンバーはすでに存在しません。</translation>
    </message>
    <message>
        <source>This event is cancelled: %1 is not possible.</source>
        <translation>このイベントは中止されているため、%1はできません。</translation>
    </message>
    <message>
        <source>This event has no fixed day yet: fix its day before %1.</source>
        <translation>このイベントはまだ日程が決まっていません。%1の前に日程を確定してください。</translation>
    </message>
    <message>
        <source>Could not read the waitlist.</source>
        <translation>キャンセル待ちを読み込めませんでした。</translation>
    </message>
    <message>
        <source>Could not promote from the waitlist.</source>
        <translation>キャンセル待ちから繰り上げられませんでした。</translation>
    </message>
    <message>
        <source>%1 is already part of this event.</source>
        <translation>%1さんはすでにこのイベントの参加者です。</translation>
    </message>
    <message>
        <source>Could not add %1 to the event.</source>
        <translation>%1さんをイベントに追加できませんでした。</translation>
    </message>
    <message>
        <source>Could not change the answer.</source>
        <translation>出欠を変更できませんでした。</translation>
    </message>
    <message>
        <source>Could not change the role.</source>
        <translation>役割を変更できませんでした。</translation>
    </message>
    <message>
        <source>Could not remove the participant.</source>
        <translation>参加者を削除できませんでした。</translation>
    </message>
    <message>
        <source>checking in</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>Could not check %1 in.</source>
        <translation>%1さんの受付ができませんでした。</translation>
    </message>
    <message>
        <source>Could not undo the check-in.</source>
        <translation>受付を元に戻せませんでした。</translation>
    </message>
    <message>
        <source>recording attendance</source>
        <translation>出席の記録</translation>
    </message>
    <message>
        <source>Could not record the attendance.</source>
        <translation>出席を記録できませんでした。</translation>
    </message>
    <message>
        <source>A payment cannot be negative.</source>
        <translation>支払額には0以上の金額を入力してください。</translation>
    </message>
    <message>
        <source>Could not record the payment.</source>
        <translation>支払いを記録できませんでした。</translation>
    </message>
    <message>
        <source>Choose at least one person to split the bill among.</source>
        <translation>割り勘の対象者を1人以上選択してください。</translation>
    </message>
    <message>
        <source>A share cannot be negative.</source>
        <translation>負担額には0以上の金額を入力してください。</translation>
    </message>
    <message>
        <source>Could not save the shares of the bill.</source>
        <translation>割り勘の負担額を保存できませんでした。</translation>
    </message>
    <message>
        <source>Could not read the payments.</source>
        <translation>支払い情報を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Could not read who came to the event.</source>
        <translation>イベントの参加者を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Someone chosen for the split is not part of the event, or declined it.</source>
        <translation>割り勘の対象者に、このイベントの参加者ではない人か不参加の人が含まれています。</translation>
    </message>
</context>
<context>
    <name>offkai::PeriodBar</name>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>過去12か月</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全期間</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>期間を指定</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P):</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>すべてのイベント</translation>
    </message>
    <message>
        <source>Series: %1</source>
        <translation>定例イベント：%1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>種類：%1</translation>
    </message>
    <message>
        <source>E&amp;vents:</source>
        <translation>対象(&amp;V):</translation>
    </message>
</context>
<context>
    <name>offkai::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>e.g. Online Cross-Industry Meetup</source>
        <translation>例: オンライン異業種交流会</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source> yen</source>
        <translation>円</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <source>&amp;Staff and speakers take places too</source>
        <translation>スタッフと登壇者も定員に含める(&amp;S)</translation>
    </message>
    <message>
        <source>The interface&apos;s language</source>
        <translation>画面の表示言語に合わせる</translation>
    </message>
    <message>
        <source> months</source>
        <translation>か月</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>コミュニティ</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>New events</source>
        <translation>新しいイベント</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>タイムゾーン(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Fee per person:</source>
        <translation>1人あたりの会費(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>定員(&amp;C):</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>&amp;Readings written in:</source>
        <translation>読み仮名の表記(&amp;R):</translation>
    </message>
    <message>
        <source>Imports write the readings they read in this script.</source>
        <translation>取り込んだ読み仮名はこの表記にそろえます。</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>&amp;Language of new reports:</source>
        <translation>新しいレポートの言語(&amp;L):</translation>
    </message>
    <message>
        <source>“Next time” looks &amp;ahead:</source>
        <translation>「次回予定」の対象期間(&amp;A):</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>テーマ(&amp;H):</translation>
    </message>
    <message>
        <source>“%1” is not a time zone. Choose one from the list.</source>
        <translation>「%1」はタイムゾーンではありません。一覧から選んでください。</translation>
    </message>
</context>
<context>
    <name>offkai::PublishDialog</name>
    <message>
        <source>Send as a &amp;draft (publish it from the blog later)</source>
        <translation>下書きとして送信（あとでブログから公開）(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>公開(&amp;P)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Publish Report</source>
        <translation>レポートの公開</translation>
    </message>
    <message>
        <source>Blog account</source>
        <translation>ブログアカウント</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>「%1」のパスワード</translation>
    </message>
    <message>
        <source>The application password or API key for %1 at %2:</source>
        <translation>%2のユーザー「%1」のアプリケーションパスワードまたはAPIキー:</translation>
    </message>
    <message>
        <source>&amp;Blog:</source>
        <translation>ブログ(&amp;B):</translation>
    </message>
    <message>
        <source>There is no blog account yet. Add one under Reports › Blog Accounts.</source>
        <translation>ブログアカウントがまだありません。「レポート」›「ブログアカウント」から追加してください。</translation>
    </message>
    <message>
        <source>Sent as a draft on %1.</source>
        <translation>%1に下書きとして送信しました。</translation>
    </message>
    <message>
        <source>Published on %1.</source>
        <translation>%1に公開しました。</translation>
    </message>
    <message>
        <source>Publishing again updates the same post.</source>
        <translation>もう一度公開すると、同じ記事が更新されます。</translation>
    </message>
    <message>
        <source>Reading the password from the keychain…</source>
        <translation>キーチェーンからパスワードを読み込んでいます…</translation>
    </message>
    <message>
        <source>Not published: no password was given.</source>
        <translation>パスワードが入力されなかったため、公開しませんでした。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1に接続しています…</translation>
    </message>
    <message>
        <source>The report was not changed.</source>
        <translation>レポートは変更されていません。</translation>
    </message>
    <message>
        <source>Sent as a draft.</source>
        <translation>下書きとして送信しました。</translation>
    </message>
    <message>
        <source>Published.</source>
        <translation>公開しました。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Editing mode of the blog: %1.</source>
        <translation>ブログの編集モード: %1</translation>
    </message>
    <message>
        <source>The post is on the blog and Offkai recorded it: publishing again updates it.</source>
        <translation>投稿はブログ上に作成され、Offkai に記録されました。もう一度公開すると、その投稿が更新されます。</translation>
    </message>
</context>
<context>
    <name>offkai::PublishErrors</name>
    <message>
        <source>%1 sent Offkai to another address (%2). Enter the final address in the blog account settings; Offkai does not follow redirects with your password.</source>
        <translation>%1から別のアドレス（%2）に転送されました。ブログアカウントの設定に転送先のアドレスを入力してください。Offkaiは、パスワードを送信する際のリダイレクトには従いません。</translation>
    </message>
    <message>
        <source>%1 refused the Hatena ID or API key. Check the Hatena ID and the API key (blog settings › Advanced › AtomPub) and try again.</source>
        <translation>%1で、はてなIDまたはAPIキーが拒否されました。はてなIDとAPIキー（ブログの「設定」›「詳細設定」›「AtomPub」）を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 refused the user name or application password. Check the user name and the application password (Users › Profile › Application Passwords) and try again.</source>
        <translation>%1で、ユーザー名またはアプリケーションパスワードが拒否されました。ユーザー名とアプリケーションパスワード（「ユーザー」›「プロフィール」›「アプリケーションパスワード」）を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 does not allow this account to publish (HTTP 403). Ask the blog&apos;s administrator for a role that may publish posts and upload images.</source>
        <translation>%1で、このアカウントには公開の権限がありません（HTTP 403）。記事の公開と画像のアップロードができる権限グループを割り当ててもらうよう、ブログの管理者に依頼してください。</translation>
    </message>
    <message>
        <source>%1 found nothing at %2 (HTTP %3). Check the blog address: it must be the root endpoint shown in the blog settings › Advanced › AtomPub.</source>
        <translation>%1で%2にアクセスしましたが、何も見つかりませんでした（HTTP %3）。ブログのアドレスを確認してください。アドレスには、ブログの「設定」›「詳細設定」›「AtomPub」に表示されるルートエンドポイントを指定する必要があります。</translation>
    </message>
    <message>
        <source>%1 found nothing at %2 (HTTP %3). Check the blog address; the WordPress REST API may also be turned off on this site.</source>
        <translation>%1で%2にアクセスしましたが、何も見つかりませんでした（HTTP %3）。ブログのアドレスを確認してください。また、このサイトではWordPressのREST APIが無効になっている可能性もあります。</translation>
    </message>
    <message>
        <source>The blog&apos;s server failed (%1, HTTP %2). Try again later.</source>
        <translation>ブログのサーバーでエラーが発生しました（%1、HTTP %2）。しばらくしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 rejected the request (HTTP %2).</source>
        <translation>%1でリクエストが拒否されました（HTTP %2）。</translation>
    </message>
    <message>
        <source>%1 rejected the request (HTTP %2): %3</source>
        <translation>%1でリクエストが拒否されました（HTTP %2）: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s). Check your Internet connection and try again later.</source>
        <translation>
            <numerusform>%1から%n秒以内に応答がありませんでした。インターネット接続を確認して、しばらくしてからもう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not valid or not trusted. Check the blog address, and do not publish over this network if it is not your own.</source>
        <translation>%1への安全な接続に失敗しました。証明書が無効か、信頼されていません。ブログのアドレスを確認してください。また、ご自身のネットワークでない場合は、このネットワーク経由で公開しないでください。</translation>
    </message>
    <message>
        <source>%1 refused the connection. Check the blog address, or try again later.</source>
        <translation>%1への接続が拒否されました。ブログのアドレスを確認するか、しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The server %1 was not found. Check the blog address and your Internet connection.</source>
        <translation>サーバー「%1」が見つかりませんでした。ブログのアドレスとインターネット接続を確認してください。</translation>
    </message>
    <message>
        <source>Could not reach %1. Check your Internet connection and try again.</source>
        <translation>%1に接続できませんでした。インターネット接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 answered in a way Offkai does not understand. Check the blog address and the blog type in the account settings.</source>
        <translation>%1からの応答をOffkaiが解釈できませんでした。アカウント設定で、ブログのアドレスと種類を確認してください。</translation>
    </message>
    <message>
        <source>Publishing was cancelled.</source>
        <translation>公開をキャンセルしました。</translation>
    </message>
</context>
<context>
    <name>offkai::Recurrence</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>The series needs a repeat rule.</source>
        <translation>定例イベントには繰り返しのルールが必要です。</translation>
    </message>
    <message>
        <source>Write the repeat rule without “RRULE:”: %1</source>
        <translation>繰り返しのルールは「RRULE:」を付けずに書いてください: %1</translation>
    </message>
    <message>
        <source>The repeat rule “%1” is not valid iCalendar.</source>
        <translation>繰り返しのルール「%1」は iCalendar の形式として正しくありません。</translation>
    </message>
    <message>
        <source>A series repeats daily at most; “%1” repeats within a day.</source>
        <translation>定例イベントの繰り返しは最短で毎日です。「%1」は1日の中で繰り返しています。</translation>
    </message>
    <message>
        <source>The repeat interval in “%1” is out of range.</source>
        <translation>「%1」の繰り返し間隔が範囲外です。</translation>
    </message>
    <message>
        <source>The series needs the date and time of its first occurrence.</source>
        <translation>定例イベントには初回の日時が必要です。</translation>
    </message>
    <message>
        <source>The repeat rule “%1” cannot be expanded.</source>
        <translation>繰り返しのルール「%1」から日程を計算できません。</translation>
    </message>
    <message>
        <source>1st</source>
        <translation>第1</translation>
    </message>
    <message>
        <source>2nd</source>
        <translation>第2</translation>
    </message>
    <message>
        <source>3rd</source>
        <translation>第3</translation>
    </message>
    <message>
        <source>4th</source>
        <translation>第4</translation>
    </message>
    <message>
        <source>5th</source>
        <translation>第5</translation>
    </message>
    <message>
        <source>last</source>
        <translation>最終</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>ordinal weekday</comment>
        <extracomment>&quot;2nd Tuesday&quot;: %1 the ordinal (&quot;2nd&quot;, &quot;last&quot;), %2 the weekday</extracomment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>毎日</translation>
    </message>
    <message>
        <source>Every %1 days</source>
        <translation>%1日ごと</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>毎週</translation>
    </message>
    <message>
        <source>Every %1 weeks</source>
        <translation>%1週間ごと</translation>
    </message>
    <message>
        <source>Every week on %1</source>
        <translation>毎週%1</translation>
    </message>
    <message>
        <source>Every %1 weeks on %2</source>
        <translation>%1週間ごとの%2</translation>
    </message>
    <message>
        <source>Every month on the %1</source>
        <translation>毎月%1</translation>
    </message>
    <message>
        <source>Every %1 months on the %2</source>
        <translation>%1か月ごとの%2</translation>
    </message>
    <message>
        <source>Every month on day %1</source>
        <translation>毎月%1日</translation>
    </message>
    <message>
        <source>Every %1 months on day %2</source>
        <translation>%1か月ごとの%2日</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>毎月</translation>
    </message>
    <message>
        <source>Every %1 months</source>
        <translation>%1か月ごと</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>毎年</translation>
    </message>
    <message>
        <source>Every %1 years</source>
        <translation>%1年ごと</translation>
    </message>
    <message>
        <source>, once</source>
        <translation>、1回のみ</translation>
    </message>
    <message>
        <source>, %1 times</source>
        <translation>、%1回</translation>
    </message>
    <message>
        <source>, until %1</source>
        <translation>、%1まで</translation>
    </message>
    <message>
        <source>A series must start between the years %1 and %2.</source>
        <translation>定例イベントの開始は%1年から%2年の間にしてください。</translation>
    </message>
    <message>
        <source>The repeat rule “%1” asks for a weekday that never occurs (such as a 6th Thursday of a month).</source>
        <translation>繰り返しのルール「%1」は、実在しない曜日を指定しています（月の第6木曜日など）。</translation>
    </message>
</context>
<context>
    <name>offkai::RepeatRuleEditor</name>
    <message>
        <source>Repeat</source>
        <translation>繰り返し</translation>
    </message>
    <message>
        <source>Custom repeat rule (iCalendar RRULE)</source>
        <translation>カスタムの繰り返しルール（iCalendar RRULE）</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>終了しない</translation>
    </message>
    <message>
        <source>On a date</source>
        <translation>終了日を指定</translation>
    </message>
    <message>
        <source>After a number of times</source>
        <translation>回数を指定</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source> times</source>
        <extracomment>the number of occurrences, as in &quot;12 times&quot;</extracomment>
        <translation>回</translation>
    </message>
    <message>
        <source>Number of occurrences</source>
        <translation>回数</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>終了(&amp;E):</translation>
    </message>
    <message>
        <source>Custom (iCalendar RRULE)</source>
        <translation>カスタム（iCalendar RRULE）</translation>
    </message>
    <message>
        <source>The custom rule says when it ends (COUNT or UNTIL).</source>
        <translation>終了はカスタムルール（COUNT または UNTIL）で指定されています。</translation>
    </message>
    <message>
        <source>Monthly on the</source>
        <extracomment>followed by the ordinal and the weekday boxes: &quot;Monthly on the [2nd] [Tuesday]&quot;</extracomment>
        <translation>毎月 第</translation>
    </message>
    <message>
        <source>Monthly on the last</source>
        <extracomment>followed by the weekday box: &quot;Monthly on the last [Friday]&quot;</extracomment>
        <translation>毎月 最終</translation>
    </message>
    <message>
        <source>Weekly on</source>
        <extracomment>followed by the weekday box: &quot;Weekly on [Tuesday]&quot;</extracomment>
        <translation>毎週</translation>
    </message>
    <message>
        <source>Every other week on</source>
        <extracomment>followed by the weekday box: &quot;Every other week on [Tuesday]&quot;</extracomment>
        <translation>隔週</translation>
    </message>
    <message>
        <source>Which week of the month</source>
        <translation>第何週</translation>
    </message>
    <message>
        <source>1st</source>
        <translation>1</translation>
    </message>
    <message>
        <source>2nd</source>
        <translation>2</translation>
    </message>
    <message>
        <source>3rd</source>
        <translation>3</translation>
    </message>
    <message>
        <source>4th</source>
        <translation>4</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>曜日</translation>
    </message>
</context>
<context>
    <name>offkai::Report</name>
    <message>
        <source>Published</source>
        <translation>公開済み</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Full names</source>
        <translation>フルネーム</translation>
    </message>
    <message>
        <source>Occupation and initial</source>
        <translation>職業＋イニシャル</translation>
    </message>
    <message>
        <source>No names</source>
        <translation>名前を出さない</translation>
    </message>
</context>
<context>
    <name>offkai::ReportEditor</name>
    <message>
        <source>Title of the report</source>
        <translation>レポートのタイトル</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>執筆者</translation>
    </message>
    <message>
        <source>Names in the report</source>
        <translation>レポートでの名前の表示</translation>
    </message>
    <message>
        <source>How attendees are named. A member who asked for less is shown by their own choice. Emails, phone numbers, notes and join answers never appear.</source>
        <translation>参加者の名前の表示方法です。これより控えめな表示を希望したメンバーは、本人が選んだ方法で表示されます。メールアドレス、電話番号、メモ、入会時の質問への回答は表示されません。</translation>
    </message>
    <message>
        <source>Comma-separated, for the blog</source>
        <translation>ブログ用（カンマ区切り）</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation>Markdownテキスト</translation>
    </message>
    <message>
        <source>Write the report in Markdown…</source>
        <translation>レポートをMarkdownで入力…</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>文字数</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>執筆者(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>名前の表示(&amp;N):</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>イベント:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>タグ(&amp;G):</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1に保存</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存: %1</translation>
    </message>
    <message>
        <source>The report could not be saved; the text stays here and Offkai keeps trying.</source>
        <translation>レポートを保存できませんでした。本文はこのまま残り、Offkaiは保存を再試行し続けます。</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>編集中…</translation>
    </message>
    <message>
        <source>%1 characters · %2 words</source>
        <translation>%1文字 · %2語</translation>
    </message>
    <message>
        <source>Generated parts refreshed from the event&apos;s data.</source>
        <translation>自動生成部分をイベントのデータから更新しました。</translation>
    </message>
    <message>
        <source>“%1” is written from the event&apos;s data and cannot be edited: write above or below it, or use Refresh to fill it in again.</source>
        <extracomment>%1 the label of a generated part of the report, as in &quot;Generated: Who came&quot;</extracomment>
        <translation>「%1」はイベントのデータから作られる部分のため編集できません。上か下の行に書くか、「更新」で作り直してください。</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1文字</translation>
    </message>
    <message>
        <source>The report was changed elsewhere; your text stays here and is compared with theirs again when you next type or leave it.</source>
        <translation>レポートがほかの場所で変更されました。あなたの文章はここに残り、次に入力したときか、このレポートを離れるときに、相手の内容ともう一度比べます。</translation>
    </message>
    <message>
        <source>Not saved: changed elsewhere</source>
        <translation>未保存：ほかで変更されています</translation>
    </message>
    <message>
        <source>Nothing saved: the report was changed elsewhere. Your text stays here and is compared with theirs again when you next type or leave it.</source>
        <translation>保存していません。レポートがほかの場所で変更されていました。あなたの文章はここに残り、次に入力したときか、このレポートを離れるときに、相手の内容ともう一度比べます。</translation>
    </message>
</context>
<context>
    <name>offkai::ReportExportDialog</name>
    <message>
        <source>Export Report as Markdown</source>
        <translation>レポートをMarkdownとしてエクスポート</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>選択(&amp;C)…</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>フォルダーにエクスポート</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>フォルダー(&amp;F):</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>スラッグ</translation>
    </message>
    <message>
        <source>Names the post in its address and its file: lowercase letters a–z, digits, “-” and “_”.</source>
        <translation>記事のアドレスとファイル名になります。半角英小文字（a–z）、数字、「-」、「_」が使えます。</translation>
    </message>
    <message>
        <source>Files to write</source>
        <translation>書き出すファイル</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>プリセット(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Slug:</source>
        <translation>スラッグ(&amp;S):</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>ファイル:</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of this export are already in the folder:
%1
Replace them?</source>
        <translation>
            <numerusform>この書き出しのファイルのうち%n件がすでにフォルダーにあります:
%1
置き換えますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置き換える</translation>
    </message>
    <message>
        <source>Add YAML front &amp;matter (title, date, event date, tags, draft) for Hugo and Jekyll</source>
        <translation>Hugo・Jekyll用のYAMLフロントマター（タイトル、日付、開催日、タグ、下書き）を追加(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Open the folder after exporting</source>
        <translation>エクスポート後にフォルダーを開く(&amp;O)</translation>
    </message>
    <message>
        <source>The report was exported, but its folder could not be opened: %1</source>
        <translation>レポートはエクスポートしましたが、フォルダーを開けませんでした: %1</translation>
    </message>
</context>
<context>
    <name>offkai::ReportExportLayout</name>
    <message>
        <source>The photo name “%1” cannot be used as a file name.</source>
        <translation>写真の名前「%1」はファイル名に使えません。</translation>
    </message>
    <message>
        <source>Two photos are named “%1”.</source>
        <translation>「%1」という名前の写真が2枚あります。</translation>
    </message>
    <message>
        <source>The photo “%1” would take the place of the report&apos;s Markdown file.</source>
        <translation>写真「%1」はレポートのMarkdownファイルと同じ場所になるため書き出せません。</translation>
    </message>
    <message>
        <source>Zenn takes images of at most 3 MB in PNG, JPEG, GIF or WebP: it will refuse “%1”.</source>
        <translation>Zennが受け付ける画像は3 MBまでのPNG・JPEG・GIF・WebPです。「%1」は受け付けられません。</translation>
    </message>
    <message>
        <source>Qiita CLI does not upload images: upload the photos in “%1” on Qiita and replace their links in “%2”.</source>
        <translation>Qiita CLIは画像をアップロードしません。「%1」の写真をQiitaでアップロードし、「%2」のリンクを差し替えてください。</translation>
    </message>
</context>
<context>
    <name>offkai::ReportExportPreset</name>
    <message>
        <source>Markdown (file and images folder)</source>
        <translation>Markdown（ファイルとimagesフォルダー）</translation>
    </message>
    <message>
        <source>Hugo (page bundle)</source>
        <translation>Hugo（ページバンドル）</translation>
    </message>
    <message>
        <source>Jekyll (_posts)</source>
        <translation>Jekyll（_posts）</translation>
    </message>
    <message>
        <source>Zenn (GitHub repository)</source>
        <translation>Zenn（GitHubリポジトリ）</translation>
    </message>
    <message>
        <source>Qiita CLI</source>
        <translation>Qiita CLI</translation>
    </message>
    <message>
        <source>Give the export a slug.</source>
        <translation>書き出しのスラッグを入力してください。</translation>
    </message>
    <message>
        <source>The slug “%1” may only contain lowercase letters a–z, digits, “-” and “_”, and must start with a letter or a digit.</source>
        <translation>スラッグ「%1」に使えるのは半角英小文字（a–z）、数字、「-」、「_」だけで、先頭は英字か数字にする必要があります。</translation>
    </message>
    <message>
        <source>Zenn needs a slug of %1 to %2 characters; “%3” has %4.</source>
        <translation>Zennのスラッグは%1〜%2文字です。「%3」は%4文字です。</translation>
    </message>
    <message>
        <source>The slug “%1” is longer than 100 characters.</source>
        <translation>スラッグ「%1」が100文字を超えています。</translation>
    </message>
</context>
<context>
    <name>offkai::ReportExporter</name>
    <message>
        <source>Could not write “%1”.</source>
        <translation>「%1」に書き込めませんでした。</translation>
    </message>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation>フォルダー「%1」を作成できませんでした。</translation>
    </message>
</context>
<context>
    <name>offkai::ReportFields</name>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>執筆者</translation>
    </message>
    <message>
        <source>Names in the report</source>
        <translation>レポートでの名前の表示</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>本文</translation>
    </message>
</context>
<context>
    <name>offkai::ReportFrontMatter</name>
    <message>
        <source>Zenn topics take only lowercase letters a–z and digits: the tag “%1” was left out.</source>
        <translation>Zennのトピックに使えるのは半角英小文字（a–z）と数字だけです。タグ「%1」は含めませんでした。</translation>
    </message>
    <message>
        <source>Zenn takes at most %1 topics: the tag “%2” was left out.</source>
        <translation>Zennのトピックは%1個までです。タグ「%2」は含めませんでした。</translation>
    </message>
    <message>
        <source>Qiita takes at most %1 tags: the tag “%2” was left out.</source>
        <translation>Qiitaのタグは%1個までです。タグ「%2」は含めませんでした。</translation>
    </message>
    <message>
        <source>Qiita needs at least one tag: fill in “tags” before publishing.</source>
        <translation>Qiitaにはタグが1つ以上必要です。投稿する前に「tags」を入力してください。</translation>
    </message>
</context>
<context>
    <name>offkai::ReportListModel</name>
    <message numerus="yes">
        <source>Published to %n blog(s)</source>
        <translation>
            <numerusform>%n件のブログに公開済み</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（無題）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>執筆者</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
</context>
<context>
    <name>offkai::ReportNaming</name>
    <message>
        <source>a %1</source>
        <comment>someone of this occupation</comment>
        <translation>%1の方</translation>
    </message>
    <message>
        <source>an %1</source>
        <comment>someone of this occupation</comment>
        <translation>%1の方</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <comment>occupation and initial: Executive I.</comment>
        <translation>%1%2さん</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>an initial alone: I.</comment>
        <translation>%1さん</translation>
    </message>
</context>
<context>
    <name>offkai::ReportPhotoStrip</name>
    <message>
        <source>Add &amp;Photos…</source>
        <translation>写真を追加(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Insert in Text</source>
        <translation>本文に挿入(&amp;I)</translation>
    </message>
    <message>
        <source>Remove Photo</source>
        <translation>写真を削除</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>Double-click a photo to edit its caption.</source>
        <translation>写真をダブルクリックすると、キャプションを編集できます。</translation>
    </message>
    <message>
        <source>%1 is larger than 20 MB. Make it smaller before attaching it.</source>
        <translation>%1は20MBを超えています。小さくしてから添付してください。</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>%1を読み込めませんでした。</translation>
    </message>
    <message>
        <source>%1 is not an image Offkai can read.</source>
        <translation>%1はOffkaiで読み込める画像ではありません。</translation>
    </message>
    <message>
        <source>Add Photos</source>
        <translation>写真を追加</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>画像 (%1)</translation>
    </message>
    <message>
        <source>Photo Caption</source>
        <translation>写真のキャプション</translation>
    </message>
    <message>
        <source>Caption for %1:</source>
        <translation>%1のキャプション:</translation>
    </message>
    <message>
        <source>Remove Photos</source>
        <translation>写真の削除</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n photo(s) from this report? Links to them in the text will show nothing.</source>
        <translation>
            <numerusform>このレポートから写真%n枚を削除しますか？本文中のこれらの写真へのリンクには何も表示されなくなります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>offkai::ReportPreview</name>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
</context>
<context>
    <name>offkai::ReportStore</name>
    <message>
        <source>A report belongs to an event: choose one.</source>
        <translation>レポートの対象となるイベントを選択してください。</translation>
    </message>
    <message>
        <source>A report needs a language for its generated parts.</source>
        <translation>自動生成部分の言語を指定してください。</translation>
    </message>
    <message>
        <source>Could not read the reports.</source>
        <translation>レポートを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The report no longer exists.</source>
        <translation>このレポートはすでに存在しません。</translation>
    </message>
    <message>
        <source>Could not save the report.</source>
        <translation>レポートを保存できませんでした。</translation>
    </message>
    <message>
        <source>Could not delete the report.</source>
        <translation>レポートを削除できませんでした。</translation>
    </message>
    <message>
        <source>Could not restore the report.</source>
        <translation>レポートを復元できませんでした。</translation>
    </message>
    <message>
        <source>Could not read the report&apos;s photos.</source>
        <translation>レポートの写真を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The photo %1 is not attached to this report.</source>
        <translation>写真%1はこのレポートに添付されていません。</translation>
    </message>
    <message>
        <source>Could not save the photo.</source>
        <translation>写真を保存できませんでした。</translation>
    </message>
    <message>
        <source>The photo is empty.</source>
        <translation>写真が空です。</translation>
    </message>
    <message>
        <source>Could not remove the photo.</source>
        <translation>写真を削除できませんでした。</translation>
    </message>
    <message>
        <source>Could not read where the report was published.</source>
        <translation>レポートの公開先を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The post was published, but Offkai could not record it.</source>
        <translation>記事は公開されましたが、Offkaiに記録できませんでした。</translation>
    </message>
    <message>
        <source>Could not read the report template.</source>
        <translation>レポートのテンプレートを読み込めませんでした。</translation>
    </message>
    <message>
        <source>Could not save the report template.</source>
        <translation>レポートのテンプレートを保存できませんでした。</translation>
    </message>
    <message>
        <source>Could not record the uploaded photos.</source>
        <translation>アップロードした写真を記録できませんでした。</translation>
    </message>
    <message>
        <source>Could not read the earlier reports.</source>
        <translation>過去のレポートを読み込めませんでした。</translation>
    </message>
    <message>
        <source>Could not record the start of the publication.</source>
        <translation>公開の開始を記録できませんでした。</translation>
    </message>
    <message>
        <source>The report “%1” was changed elsewhere (another window or organizer) after you opened it.</source>
        <translation>レポート「%1」は、開いたあとにほかの場所（別のウィンドウか、ほかの運営メンバー）で変更されました。</translation>
    </message>
</context>
<context>
    <name>offkai::ReportTemplate</name>
    <message>
        <source>%1 (near %2)</source>
        <comment>venue, nearest station</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>%1, and online</source>
        <comment>venue of a hybrid event</comment>
        <translation>%1＋オンライン</translation>
    </message>
    <message>
        <source>(Write the highlights here: the talk everyone remembers, news from members, resolutions made in front of everyone.)</source>
        <translation>（ここに当日のハイライトを。印象に残った話題、参加者の近況や新しい動き、みんなの前での決意表明など）</translation>
    </message>
    <message>
        <source>On %1, we held “%2”.</source>
        <comment>summary: day, event title</comment>
        <translation>%1、「%2」を開催した。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>summary: bold label, value</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>No attendance recorded yet.</source>
        <translation>参加者の記録はまだない。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names in the attendance table</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <comment>names, then how many are not named</comment>
        <translation>%1 ほか%2名</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>職業</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>By occupation:</source>
        <translation>職業別の内訳は次のとおり。</translation>
    </message>
    <message>
        <source>%1 (to be confirmed)</source>
        <translation>%1（仮）</translation>
    </message>
    <message>
        <source>Next meetup</source>
        <translation>次回の会</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>next event: bold title, when</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The next meetup will be announced when the date is set.</source>
        <translation>次回の日程は、決まりしだいお知らせする。</translation>
    </message>
    <message>
        <source>Coming up next:</source>
        <translation>次回の予定は以下のとおり。</translation>
    </message>
    <message>
        <source>There is no earlier report yet.</source>
        <translation>前回のレポートはまだない。</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>the title of a report that has no link</comment>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>For the previous meetup on %1, see %2.</source>
        <translation>前回（%1）の様子は、%2を参照のこと。</translation>
    </message>
    <message>
        <source>For the previous meetup, see %1.</source>
        <translation>前回の様子は、%1を参照のこと。</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1名</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1名</translation>
    </message>
    <message>
        <source>1 walk-in</source>
        <translation>うち当日参加1名</translation>
    </message>
    <message>
        <source>%1 walk-ins</source>
        <translation>うち当日参加%1名</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>headcount, then walk-ins</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: report</source>
        <comment>default title of a report about an event</comment>
        <translation>%1 レポート</translation>
    </message>
    <message>
        <source>No figures yet: the event has no day.</source>
        <translation>日付の決まっていない回には、まだ数字がない。</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>format of a month and its year</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a range of months</comment>
        <translation>%1〜%2</translation>
    </message>
    <message>
        <source>**The community in figures** (%1)</source>
        <translation>**数字で見るコミュニティ**（%1）</translation>
    </message>
    <message>
        <source>Members: %1 (%2 joined, %3 left)</source>
        <translation>メンバー：%1名（入会%2名、退会%3名）</translation>
    </message>
    <message>
        <source>Meetups held: %1, with %2 attendances in all</source>
        <translation>開催：%1回、延べ%2名が参加</translation>
    </message>
    <message>
        <source>Different people who came: %1, of whom %2% came twice or more</source>
        <translation>参加した人：%1名（うち%2%が2回以上参加）</translation>
    </message>
</context>
<context>
    <name>offkai::ReportTemplateDialog</name>
    <message>
        <source>Report Template</source>
        <translation>レポートのテンプレート</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>New reports start from this text. The placeholders {{summary}}, {{headcount}}, {{attendees}}, {{highlights}}, {{next}} and {{previous}} are filled from the event&apos;s data; the parts they produce can be refreshed later without touching the rest.</source>
        <translation>新規レポートはこのテキストから作成されます。プレースホルダー {{summary}}、{{headcount}}、{{attendees}}、{{highlights}}、{{next}}、{{previous}} にはイベントのデータが入ります。これらの自動生成部分は、ほかの部分に影響を与えずに後から更新できます。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
</context>
<context>
    <name>offkai::ReportTextEdit</name>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Attendance count</source>
        <translation>参加者数</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Coming up next</source>
        <translation>次回予告</translation>
    </message>
    <message>
        <source>Previous report</source>
        <translation>前回のレポート</translation>
    </message>
    <message>
        <source>The community in figures</source>
        <translation>数字で見るコミュニティ</translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <extracomment>the label of a part of a report that Offkai writes from the event&apos;s data, %1 what it is</extracomment>
        <translation>自動生成: %1</translation>
    </message>
    <message>
        <source>Offkai writes this part from the event&apos;s data; Report › Refresh Generated Parts fills it in again. Write your own text above or below it.</source>
        <translation>この部分はイベントのデータからOffkaiが作成します。「レポート › 自動生成部分を更新」で作り直されます。ご自身の文章はこの上か下に書いてください。</translation>
    </message>
    <message>
        <source>(read-only: Refresh fills it in)</source>
        <translation>（編集不可・「更新」で作り直し）</translation>
    </message>
    <message>
        <source>End of the generated part</source>
        <translation>自動生成ここまで</translation>
    </message>
</context>
<context>
    <name>offkai::ReportsCommand</name>
    <message>
        <source>dir</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Start with YAML front matter (title, date, tags, draft).</source>
        <translation>YAMLフロントマター（タイトル、日付、タグ、下書き）を先頭に付けます。</translation>
    </message>
    <message>
        <source>report</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>Say where to write the report with --out DIR.</source>
        <translation>レポートの書き出し先を --out DIR で指定してください。</translation>
    </message>
    <message>
        <source>Name of the blog account.</source>
        <translation>ブログアカウントの名前。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Publish at once instead of sending a draft.</source>
        <translation>下書きとして送信せず、すぐに公開します。</translation>
    </message>
    <message>
        <source>Read the password or API key from standard input.</source>
        <translation>パスワードまたはAPIキーを標準入力から読み込みます。</translation>
    </message>
    <message>
        <source>Give up when the blog is silent this long.</source>
        <translation>ブログからこの時間応答がない場合は中止します。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>Say which blog to publish to with --account NAME.</source>
        <translation>公開先のブログを --account NAME で指定してください。</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds.</source>
        <translation>--timeout には秒数を指定してください。</translation>
    </message>
    <message>
        <source>Store it with “offkai accounts add”, or pass it with --password-stdin.</source>
        <translation>「offkai accounts add」で保存するか、--password-stdin で渡してください。</translation>
    </message>
    <message>
        <source>The password or API key is empty.</source>
        <translation>パスワードまたはAPIキーが空です。</translation>
    </message>
    <message>
        <source>Publishing did not finish.</source>
        <translation>公開が完了しませんでした。</translation>
    </message>
    <message>
        <source>Usage:
  offkai --db PATH reports list [--format csv|json]
  offkai --db PATH reports export ID --out DIR [--preset markdown|hugo|jekyll|zenn|qiita] [--slug SLUG] [--front-matter]
  offkai --db PATH reports publish ID --account NAME [--publish] [--password-stdin] [--timeout SECONDS]
Publishing sends a draft unless --publish is given; publishing again updates the same post.
The password or API key comes from the keychain (see offkai accounts add), or from standard input
with --password-stdin.
</source>
        <translation>使い方:
  offkai --db PATH reports list [--format csv|json]
  offkai --db PATH reports export ID --out DIR [--preset markdown|hugo|jekyll|zenn|qiita] [--slug SLUG] [--front-matter]
  offkai --db PATH reports publish ID --account NAME [--publish] [--password-stdin] [--timeout SECONDS]
--publish を指定しない場合は下書きとして送信します。再度公開すると、同じ記事が更新されます。
パスワードまたはAPIキーはキーチェーンから読み込みます（offkai accounts add を参照）。
--password-stdin を指定した場合は標準入力から読み込みます。
</translation>
    </message>
    <message>
        <source>Folder to write into: the site&apos;s or repository&apos;s root for a preset.</source>
        <translation>書き出し先のフォルダー。プリセットではサイトまたはリポジトリのルート。</translation>
    </message>
    <message>
        <source>What to write: markdown (a file and images/), hugo, jekyll, zenn or qiita.</source>
        <translation>書き出す形式: markdown（ファイルと images/）、hugo、jekyll、zenn、qiita。</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <source>slug</source>
        <translation>スラッグ</translation>
    </message>
    <message>
        <source>Unknown preset “%1”: use markdown, hugo, jekyll, zenn or qiita.</source>
        <translation>「%1」は不明なプリセットです。markdown、hugo、jekyll、zenn、qiitaのいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--front-matter is for --preset markdown; the other presets always write theirs.</source>
        <translation>--front-matter は --preset markdown 用です。ほかのプリセットは常にそれぞれのフロントマターを書き出します。</translation>
    </message>
    <message>
        <source>No keychain is available, so the password or API key of “%1” cannot be read from it. Pass it on standard input with --password-stdin, or run the command where a keychain works (a desktop session with GNOME Keyring or KWallet).</source>
        <translation>キーチェーンが使えないため、「%1」のパスワードまたは API キーを読み出せません。--password-stdin で標準入力から渡すか、キーチェーンが使える環境（GNOME Keyring や KWallet のあるデスクトップセッション）でコマンドを実行してください。</translation>
    </message>
    <message>
        <source>Name of the post (for markdown, the file: &lt;meetup&apos;s day&gt;-&lt;slug&gt;.md).</source>
        <translation>投稿の名前（markdown ではファイル名「&lt;開催日&gt;-&lt;slug&gt;.md」になります）。</translation>
    </message>
</context>
<context>
    <name>offkai::ReportsPage</name>
    <message>
        <source>New Report “%1”</source>
        <translation>レポート「%1」の作成</translation>
    </message>
    <message>
        <source>Delete Report “%1”</source>
        <translation>レポート「%1」の削除</translation>
    </message>
    <message>
        <source>Change Report Settings</source>
        <translation>レポート設定の変更</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>&amp;New Report…</source>
        <translation>新規レポート(&amp;N)…</translation>
    </message>
    <message>
        <source>Start a report about an event from the template</source>
        <translation>テンプレートからイベントのレポートを作成します</translation>
    </message>
    <message>
        <source>&amp;Delete Report</source>
        <translation>レポートを削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Refresh Generated Parts</source>
        <translation>自動生成部分を更新(&amp;R)</translation>
    </message>
    <message>
        <source>Fill the date, headcount, attendees and next events again from the data, without touching your own text</source>
        <translation>日付、参加人数、参加者、次回のイベントをデータから入れ直します（自分で書いた本文は変更されません）</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Markdownとしてコピー(&amp;M)</translation>
    </message>
    <message>
        <source>Copy as &amp;HTML</source>
        <translation>HTMLとしてコピー(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>公開(&amp;P)…</translation>
    </message>
    <message>
        <source>Post the report to WordPress or Hatena Blog</source>
        <translation>レポートをWordPressまたははてなブログに投稿します</translation>
    </message>
    <message>
        <source>Edit &amp;Template…</source>
        <translation>テンプレートを編集(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Blog Accounts…</source>
        <translation>ブログアカウント(&amp;B)…</translation>
    </message>
    <message>
        <source>The report could not be saved. Close anyway and lose the last changes?</source>
        <translation>レポートを保存できませんでした。このまま閉じて、最後の変更を破棄しますか？</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>「%1」にエクスポートしました</translation>
    </message>
    <message>
        <source>Copied the report as Markdown.</source>
        <translation>レポートをMarkdownとしてコピーしました。</translation>
    </message>
    <message>
        <source>Copied the report as HTML.</source>
        <translation>レポートをHTMLとしてコピーしました。</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>offkai::RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Choose the copy of “%1” to put in its place.</source>
        <translation>「%1」と置き換えるバックアップを選んでください。</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>There are no backups of this database yet. Offkai takes one the first time it opens a database each day.</source>
        <translation>このデータベースのバックアップはまだありません。Offkaiは毎日、データベースを最初に開いたときにバックアップを作成します。</translation>
    </message>
    <message>
        <source>The current file is kept aside first, in the backup folder “%1”, so you can go back to it from this list. Offkai closes the database while it restores and opens it again afterwards.</source>
        <translation>現在のファイルは復元前にバックアップフォルダー「%1」へ退避されるので、この一覧からいつでも戻せます。復元の間はデータベースを閉じ、復元後に開き直します。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>Daily copy</source>
        <translation>毎日のバックアップ</translation>
    </message>
    <message>
        <source>Before the upgrade to schema %1</source>
        <translation>スキーマ%1への更新前</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>復元前に退避</translation>
    </message>
    <message>
        <source>Restored the copy taken %1. The previous file was kept as “%2” in the backup folder.</source>
        <translation>%1のバックアップを復元しました。復元前のファイルは「%2」としてバックアップフォルダーに退避しました。</translation>
    </message>
    <message>
        <source>Before a member import</source>
        <translation>メンバー取り込み前</translation>
    </message>
</context>
<context>
    <name>offkai::SchemaDescription</name>
    <message>
        <source>Could not read the database&apos;s tables.</source>
        <translation>データベースの表を読み取れませんでした。</translation>
    </message>
    <message>
        <source>The database&apos;s tables point to each other in a circle.</source>
        <translation>データベースの表が互いに循環して参照しています。</translation>
    </message>
</context>
<context>
    <name>offkai::SecretStore</name>
    <message>
        <source>No keychain is available, so Offkai cannot remember the password. Offkai will ask for it each time and keep it only until it quits. To have it remembered, use a desktop session with a keyring (such as GNOME Keyring or KWallet).</source>
        <translation>キーチェーンを利用できないため、Offkaiはパスワードを記憶できません。パスワードは毎回入力を求められ、Offkaiを終了するまでの間だけ保持されます。パスワードを記憶させるには、キーリング（GNOME KeyringやKWalletなど）のあるデスクトップセッションを使用してください。</translation>
    </message>
    <message>
        <source>No password is saved in the keychain for this account. Enter it again.</source>
        <translation>このアカウントのパスワードはキーチェーンに保存されていません。もう一度入力してください。</translation>
    </message>
    <message>
        <source>The keychain refused access to the password. Unlock your keyring (or allow Offkai when asked) and try again.</source>
        <translation>キーチェーンがパスワードへのアクセスを拒否しました。キーリングのロックを解除して（または確認を求められたらOffkaiを許可して）、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The keychain entry has no name.</source>
        <translation>キーチェーンの項目に名前がありません。</translation>
    </message>
</context>
<context>
    <name>offkai::Series</name>
    <message>
        <source>Held on public holidays too</source>
        <translation>祝日も開催する</translation>
    </message>
    <message>
        <source>Skipped on public holidays</source>
        <translation>祝日は休みにする</translation>
    </message>
    <message>
        <source>Moved to the next working day</source>
        <translation>祝日は翌営業日に振り替える</translation>
    </message>
</context>
<context>
    <name>offkai::SeriesCalendarActions</name>
    <message>
        <source>New &amp;Series…</source>
        <translation>新しい定例イベント(&amp;S)…</translation>
    </message>
    <message>
        <source>Create a recurring series: a talk every 2nd Tuesday, a monthly lunch</source>
        <translation>定例イベントを作成します（毎月第2火曜日の勉強会、毎月のランチ会など）</translation>
    </message>
    <message>
        <source>Speakers and &amp;Candidates…</source>
        <translation>登壇者と候補日(&amp;C)…</translation>
    </message>
    <message>
        <source>The next candidate dates of a series and the speakers slotted into them</source>
        <translation>定例イベントの次の候補日と、割り当てた登壇者</translation>
    </message>
    <message>
        <source>Series “%1” created.</source>
        <translation>定例イベント「%1」を追加しました。</translation>
    </message>
    <message>
        <source>Moved from %1 (%2)</source>
        <translation>%1（%2）から振替</translation>
    </message>
    <message>
        <source>&amp;Confirm as Event</source>
        <translation>イベントとして確定(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Move This Occurrence…</source>
        <translation>この回の日時を変更(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Skip This Occurrence</source>
        <translation>この回を休みにする(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Edit Series…</source>
        <translation>定例イベントを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete Series</source>
        <translation>定例イベントを削除(&amp;D)</translation>
    </message>
    <message>
        <source>The occurrence is an event now: participants can sign up.</source>
        <translation>この回をイベントとして確定しました。参加者を登録できます。</translation>
    </message>
    <message>
        <source>Edit This and Following Occurrences</source>
        <translation>この回以降の編集</translation>
    </message>
    <message>
        <source>Series deleted. Events already confirmed from it stay on the calendar.</source>
        <translation>定例イベントを削除しました。確定済みのイベントはカレンダーに残ります。</translation>
    </message>
    <message>
        <source>Add the events of an .ics file from Google Calendar, Outlook, Thunderbird or an event site, with a preview first</source>
        <translation>Google カレンダー、Outlook、Thunderbird、イベントサイトの .ics ファイルからイベントを取り込みます（先に内容を確認できます）</translation>
    </message>
    <message>
        <source>E&amp;xport iCalendar…</source>
        <translation>iCalendar に書き出す(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the calendar, or a range of it, as an .ics file other calendars can open</source>
        <translation>カレンダーの全体または期間を、他のカレンダーで開ける .ics ファイルに保存します</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 unchanged.</source>
        <translation>取り込みました: 追加%1件、更新%2件、変更なし%3件。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
    <message>
        <source>E&amp;xport Series…</source>
        <translation>定例イベントを書き出す(&amp;X)…</translation>
    </message>
    <message>
        <source>Import iCa&amp;lendar…</source>
        <translation>iCalendar を取り込む(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>offkai::SeriesCommand</name>
    <message>
        <source>Usage:
  offkai --db PATH series list [--format text|csv|json]
  offkai --db PATH series candidates ID [--count N] [--from DATE] [--format text|csv|json]
DATE is YYYY-MM-DD (default: today); N is 1–500 (default: 8).
</source>
        <translation>使い方:
  offkai --db PATH series list [--format text|csv|json]
  offkai --db PATH series candidates ID [--count N] [--from DATE] [--format text|csv|json]
DATE は YYYY-MM-DD（省略時は今日）、N は 1〜500（省略時は 8）です。
</translation>
    </message>
    <message>
        <source>skipped (%1)</source>
        <translation>休み（%1）</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空き</translation>
    </message>
    <message>
        <source>(moved from %1, %2)</source>
        <translation>（%1・%2から振替）</translation>
    </message>
    <message>
        <source>[event %1]</source>
        <translation>[イベント %1]</translation>
    </message>
    <message>
        <source>How many candidate dates to list.</source>
        <translation>表示する候補日の数。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The first day to look at (default: today).</source>
        <translation>この日以降の候補日を表示（省略時は今日）。</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>series</source>
        <translation>定例イベント</translation>
    </message>
    <message>
        <source>--count must be a number from 1 to 500, not “%1”.</source>
        <translation>--count には 1〜500 の数を指定してください（「%1」は使えません）。</translation>
    </message>
</context>
<context>
    <name>offkai::SeriesEditorDialog</name>
    <message>
        <source>e.g. Monthly talk night</source>
        <translation>例: 月例勉強会</translation>
    </message>
    <message>
        <source>First date</source>
        <translation>初回の日付</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>開始時刻</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>終了時刻</translation>
    </message>
    <message>
        <source>&amp;Open end</source>
        <translation>終了時刻なし(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;First date:</source>
        <translation>初回(&amp;F):</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>時間(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>繰り返し(&amp;R):</translation>
    </message>
    <message>
        <source>Online &amp;URL:</source>
        <translation>オンラインURL(&amp;U):</translation>
    </message>
    <message>
        <source>Fee &amp;per person:</source>
        <translation>1人あたりの会費(&amp;P):</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>定例イベント</translation>
    </message>
    <message>
        <source>Next occurrences</source>
        <translation>今後の開催日</translation>
    </message>
    <message>
        <source>New Series</source>
        <translation>新しい定例イベント</translation>
    </message>
    <message>
        <source>Edit Series</source>
        <translation>定例イベントの編集</translation>
    </message>
    <message>
        <source>On pu&amp;blic holidays:</source>
        <translation>祝日の扱い(&amp;B):</translation>
    </message>
    <message>
        <source>The first one is on %1.</source>
        <translation>初回は%1です。</translation>
    </message>
    <message>
        <source>Nothing saved: the series was changed elsewhere. The form keeps what you typed; OK compares it with their version again.</source>
        <translation>保存していません。シリーズがほかで変更されていました。入力した内容はフォームに残っています。OK を押すと、相手の保存した内容ともう一度比べます。</translation>
    </message>
</context>
<context>
    <name>offkai::SeriesFields</name>
    <message>
        <source>First occurrence</source>
        <translation>初回の日時</translation>
    </message>
    <message>
        <source>%1: skipped</source>
        <translation>%1：休み</translation>
    </message>
    <message>
        <source>%1: moved to %2 %3</source>
        <translation>%1：%2 %3 に変更</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>開催形式</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>繰り返し</translation>
    </message>
    <message>
        <source>On public holidays</source>
        <translation>祝日の扱い</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <source>Online URL</source>
        <translation>オンラインURL</translation>
    </message>
    <message>
        <source>Host of the online room</source>
        <translation>オンラインルームのホスト</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>定員</translation>
    </message>
    <message>
        <source>Fee per person</source>
        <translation>1人あたりの会費</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Organizer notes</source>
        <translation>幹事メモ</translation>
    </message>
    <message>
        <source>Skipped and moved occurrences</source>
        <translation>休み・日程変更した回</translation>
    </message>
</context>
<context>
    <name>offkai::SeriesPipelineDialog</name>
    <message>
        <source>Add Series “%1”</source>
        <translation>定例イベント「%1」の追加</translation>
    </message>
    <message>
        <source>Confirm %1 as an Event</source>
        <translation>%1のイベントとしての確定</translation>
    </message>
    <message>
        <source>Delete Series “%1”</source>
        <translation>定例イベント「%1」の削除</translation>
    </message>
    <message>
        <source>Edit Series “%1”</source>
        <translation>定例イベント「%1」の編集</translation>
    </message>
    <message>
        <source>Skip Occurrence of %1</source>
        <translation>%1の回の休み</translation>
    </message>
    <message>
        <source>Move Occurrence of %1</source>
        <translation>%1の回の日時変更</translation>
    </message>
    <message>
        <source>Speaker Pipeline</source>
        <translation>登壇者の予定</translation>
    </message>
    <message>
        <source> dates</source>
        <extracomment>the number of candidate dates listed, as in &quot;8 dates&quot;</extracomment>
        <translation>件</translation>
    </message>
    <message>
        <source>Number of candidate dates</source>
        <translation>表示する候補日の数</translation>
    </message>
    <message>
        <source>&amp;New Series…</source>
        <translation>新しい定例イベント(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit Series…</source>
        <translation>定例イベントを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Series:</source>
        <translation>定例イベント(&amp;S):</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>表示(&amp;H):</translation>
    </message>
    <message>
        <source>Slot S&amp;peaker…</source>
        <translation>登壇者を割り当て(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Remove Speaker</source>
        <translation>登壇者を外す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Confirm as Event</source>
        <translation>イベントとして確定(&amp;C)</translation>
    </message>
    <message>
        <source>The date becomes a real event on the calendar, its speaker a participant</source>
        <translation>この候補日をカレンダーのイベントにし、登壇者を参加者に加えます</translation>
    </message>
    <message>
        <source>The speaker goes to the first free date: %1.</source>
        <translation>登壇者は最初の空いている候補日（%1）に入ります。</translation>
    </message>
    <message>
        <source>The speaker goes to the first free date after those listed.</source>
        <translation>登壇者は一覧より後の最初の空いている候補日に入ります。</translation>
    </message>
    <message>
        <source>Added the series “%1”.</source>
        <translation>定例イベント「%1」を追加しました。</translation>
    </message>
    <message>
        <source>Saved the series “%1”.</source>
        <translation>定例イベント「%1」を保存しました。</translation>
    </message>
    <message>
        <source>Slot Speaker %1</source>
        <translation>登壇者%1さんの割り当て</translation>
    </message>
    <message>
        <source>Slotted %1 on %2.</source>
        <extracomment>%1 the speaker, %2 the date and time</extracomment>
        <translation>%1さんを%2に割り当てました。</translation>
    </message>
    <message>
        <source>%1 Declines</source>
        <translation>%1さんの辞退</translation>
    </message>
    <message>
        <source>%1 declined %2 and moved to %3.</source>
        <extracomment>%1 the speaker, %2 the date declined, %3 the next free date</extracomment>
        <translation>%1さんが%2を辞退したため、%3に移しました。</translation>
    </message>
    <message>
        <source>Remove Speaker %1</source>
        <translation>登壇者%1さんの取り消し</translation>
    </message>
    <message>
        <source>Removed %1 from %2.</source>
        <translation>%1さんを%2から外しました。</translation>
    </message>
    <message>
        <source>%1 is now an event on the calendar.</source>
        <translation>%1をカレンダーのイベントとして確定しました。</translation>
    </message>
    <message>
        <source>Change Series “%1” from %2</source>
        <extracomment>%1 the series&apos; title, %2 the date from which it changes</extracomment>
        <translation>定例イベント「%1」の%2以降の変更</translation>
    </message>
    <message>
        <source>%1, from %2 (open end)</source>
        <extracomment>%1 the repeat rule (&quot;Every month on the 2nd Tuesday&quot;), %2 the start time</extracomment>
        <translation>%1 %2〜（終了時刻なし）</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <extracomment>%1 the repeat rule, %2 the start time, %3 the end time</extracomment>
        <translation>%1 %2〜%3</translation>
    </message>
    <message>
        <source>Can&apos;t &amp;make this date (next candidate date)</source>
        <extracomment>the slotted speaker cannot come on the selected date and moves to the next free candidate date</extracomment>
        <translation>この日は都合が悪い（次の候補日へ）(&amp;M)</translation>
    </message>
    <message>
        <source>The speaker moves to the next free candidate date; Offkai remembers that this date does not suit them.</source>
        <translation>登壇者を次の空いている候補日に移します。この日は都合が悪いことを記録します。</translation>
    </message>
</context>
<context>
    <name>offkai::SeriesPreview</name>
    <message>
        <source>Next occurrences</source>
        <translation>今後の開催日</translation>
    </message>
    <message>
        <source>No valid repeat rule yet.</source>
        <translation>有効な繰り返しルールがまだありません。</translation>
    </message>
    <message>
        <source>%1 (moved off %2)</source>
        <extracomment>%1 the date and time, %2 the public holiday the occurrence was moved off</extracomment>
        <translation>%1（%2のため移動）</translation>
    </message>
    <message>
        <source>%1 (skipped: %2)</source>
        <extracomment>%1 the date and time, %2 the public holiday</extracomment>
        <translation>%1（%2のため休み）</translation>
    </message>
    <message>
        <source>%1 (moved)</source>
        <translation>%1（移動）</translation>
    </message>
    <message>
        <source>No occurrence from %1 on.</source>
        <translation>%1以降の開催日はありません。</translation>
    </message>
</context>
<context>
    <name>offkai::SeriesSlotStore</name>
    <message>
        <source>Could not read the speaker slots.</source>
        <translation>登壇者の割り当てを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The series has no free date left for this speaker. Extend the series, or free a date.</source>
        <translation>この登壇者に割り当てられる空きの候補日がありません。定例イベントの期間を延ばすか、候補日を空けてください。</translation>
    </message>
    <message>
        <source>Could not save the speaker slots.</source>
        <translation>登壇者の割り当てを保存できませんでした。</translation>
    </message>
    <message>
        <source>Could not add the speaker to the event.</source>
        <translation>登壇者をイベントに追加できませんでした。</translation>
    </message>
    <message>
        <source>No speaker is slotted on this date.</source>
        <translation>この日には登壇者が割り当てられていません。</translation>
    </message>
    <message>
        <source>This occurrence is already an event.</source>
        <translation>この回はすでにイベントとして確定しています。</translation>
    </message>
    <message>
        <source>The series has no occurrence on %1.</source>
        <translation>この定例イベントは%1には開催されません。</translation>
    </message>
    <message>
        <source>Splitting at the first occurrence changes the whole series.</source>
        <translation>初回で分けると定例イベント全体の変更になります。</translation>
    </message>
    <message>
        <source>Could not save the series.</source>
        <translation>定例イベントを保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>offkai::SeriesStore</name>
    <message>
        <source>Could not read the series.</source>
        <translation>定例イベントを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The series no longer exists.</source>
        <translation>この定例イベントはすでに存在しません。</translation>
    </message>
    <message>
        <source>A series needs a title.</source>
        <translation>定例イベントのタイトルを入力してください。</translation>
    </message>
    <message>
        <source>Choose the series&apos; time zone.</source>
        <translation>定例イベントのタイムゾーンを選択してください。</translation>
    </message>
    <message>
        <source>A series needs the date and time of its first occurrence.</source>
        <translation>定例イベントには初回の日時が必要です。</translation>
    </message>
    <message>
        <source>An occurrence lasts between 0 minutes and 14 days.</source>
        <translation>1回の長さは0分から14日までにしてください。</translation>
    </message>
    <message>
        <source>The capacity cannot be negative.</source>
        <translation>定員には0以上の数を入力してください。</translation>
    </message>
    <message>
        <source>The fee cannot be negative.</source>
        <translation>会費には0以上の金額を入力してください。</translation>
    </message>
    <message>
        <source>The online URL must be an http:// or https:// address.</source>
        <translation>オンラインURLには、http:// または https:// で始まるアドレスを入力してください。</translation>
    </message>
    <message>
        <source>An exception of the series has no date.</source>
        <translation>定例イベントの例外に日付がありません。</translation>
    </message>
    <message>
        <source>A moved occurrence needs a start, and cannot end before it.</source>
        <translation>日時を変更した回には開始日時が必要で、終了は開始より前にできません。</translation>
    </message>
    <message>
        <source>Choose the series&apos; type.</source>
        <translation>定例イベントの種類を選択してください。</translation>
    </message>
    <message>
        <source>Could not save the series.</source>
        <translation>定例イベントを保存できませんでした。</translation>
    </message>
    <message>
        <source>Could not add the series.</source>
        <translation>定例イベントを追加できませんでした。</translation>
    </message>
    <message>
        <source>Could not delete the series.</source>
        <translation>定例イベントを削除できませんでした。</translation>
    </message>
    <message>
        <source>The series “%1” was changed elsewhere (another window or organizer) after you opened it.</source>
        <translation>シリーズ「%1」は、開いたあとにほかの場所（別のウィンドウか、ほかの運営メンバー）で変更されました。</translation>
    </message>
</context>
<context>
    <name>offkai::ServerAddress</name>
    <message>
        <source>“%1” is not a team database address. Write it as postgresql://user@host:port/database.</source>
        <translation>「%1」はチームデータベースのアドレスではありません。postgresql://ユーザー@ホスト:ポート/データベース の形で指定してください。</translation>
    </message>
    <message>
        <source>“%1” is not a valid team database address: %2</source>
        <translation>「%1」はチームデータベースのアドレスとして正しくありません: %2</translation>
    </message>
    <message>
        <source>“%1” is not a port number.</source>
        <translation>「%1」はポート番号ではありません。</translation>
    </message>
    <message>
        <source>“%1” is not an sslmode. Use verify-full.</source>
        <translation>「%1」は sslmode の値ではありません。verify-full を使ってください。</translation>
    </message>
    <message>
        <source>“%1” is not a number of seconds.</source>
        <translation>「%1」は秒数ではありません。</translation>
    </message>
    <message>
        <source>The team database address has an unknown setting “%1”.</source>
        <translation>チームデータベースのアドレスに不明な設定「%1」があります。</translation>
    </message>
    <message>
        <source>The team database address names no server. Write it as postgresql://user@host:port/database.</source>
        <translation>チームデータベースのアドレスにサーバーがありません。postgresql://ユーザー@ホスト:ポート/データベース の形で指定してください。</translation>
    </message>
    <message>
        <source>The team database address names no database. Write it as postgresql://user@host:port/database.</source>
        <translation>チームデータベースのアドレスにデータベース名がありません。postgresql://ユーザー@ホスト:ポート/データベース の形で指定してください。</translation>
    </message>
    <message>
        <source>The team database address names no user. Write it as postgresql://user@host:port/database.</source>
        <translation>チームデータベースのアドレスにユーザー名がありません。postgresql://ユーザー@ホスト:ポート/データベース の形で指定してください。</translation>
    </message>
    <message>
        <source>Offkai reaches a team database on another machine only over verified TLS, so that passwords and members&apos; data cannot be read or changed on the way. Remove “sslmode=%1” from the address, or use sslmode=verify-full.</source>
        <translation>パスワードやメンバーの情報が途中で読まれたり書き換えられたりしないよう、Offkai はほかのコンピューター上のチームデータベースには検証済みの TLS でのみ接続します。アドレスから「sslmode=%1」を外すか、sslmode=verify-full を指定してください。</translation>
    </message>
    <message>
        <source>%1 on this computer</source>
        <translation>このコンピューターの %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 の %1</translation>
    </message>
</context>
<context>
    <name>offkai::ServerConnection</name>
    <message>
        <source>The server at “%1” refused the user name or password. Check them and try again; nothing was changed.</source>
        <translation>「%1」のサーバーがユーザー名またはパスワードを受け付けませんでした。確認してもう一度お試しください。何も変更されていません。</translation>
    </message>
    <message>
        <source>The server at “%1” does not offer TLS, and Offkai sends passwords and members&apos; data to another machine only over verified TLS. Ask the server&apos;s administrator to turn TLS on.</source>
        <translation>「%1」のサーバーは TLS に対応していません。Offkai はパスワードやメンバーの情報を、ほかのコンピューターへは検証済みの TLS でしか送りません。サーバーの管理者に TLS を有効にするよう依頼してください。</translation>
    </message>
    <message>
        <source>The server at “%1” could not prove who it is: its TLS certificate was not accepted. Check the address, or install the certificate authority the server&apos;s administrator gives you (sslrootcert=…).</source>
        <translation>「%1」のサーバーの身元を確認できませんでした（TLS 証明書が受け入れられませんでした）。アドレスを確認するか、サーバーの管理者から受け取った認証局の証明書を設定してください（sslrootcert=…）。</translation>
    </message>
    <message>
        <source>The server has no database “%1”. Check the address, or ask the administrator to create it.</source>
        <translation>サーバーにデータベース「%1」がありません。アドレスを確認するか、管理者に作成を依頼してください。</translation>
    </message>
    <message>
        <source>The server at “%1” does not let this user connect to the database “%2”. Ask its administrator for access.</source>
        <translation>「%1」のサーバーでは、このユーザーはデータベース「%2」に接続できません。管理者にアクセス権を依頼してください。</translation>
    </message>
    <message>
        <source>Offkai could not reach the team database at “%1”. Check the address and your network, and that the server is running.</source>
        <translation>「%1」のチームデータベースに接続できませんでした。アドレスとネットワーク、サーバーが動いているかを確認してください。</translation>
    </message>
    <message>
        <source>Offkai cannot open team databases: Qt&apos;s PostgreSQL driver is missing. Install it (Debian: libqt6sql6-psql), then try again.</source>
        <translation>Qt の PostgreSQL ドライバーがないため、チームデータベースを開けません。ドライバー（Debian では libqt6sql6-psql）をインストールしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Offkai could not prepare the connection to the team database.</source>
        <translation>チームデータベースへの接続を準備できませんでした。</translation>
    </message>
    <message>
        <source>Could not read the team database “%1”.</source>
        <translation>チームデータベース「%1」を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The database “%1” is not an Offkai team database: it already holds other tables. Nothing was changed. Give Offkai an empty database of its own.</source>
        <translation>データベース「%1」は Offkai のチームデータベースではありません（ほかのテーブルがすでにあります）。何も変更されていません。Offkai 専用の空のデータベースを指定してください。</translation>
    </message>
    <message>
        <source>Offkai could not set up the team database “%1”.</source>
        <translation>チームデータベース「%1」を準備できませんでした。</translation>
    </message>
    <message>
        <source>The team database “%1” was set up by a newer version of Offkai (schema %2; this version understands up to %3). Update Offkai to open it. Nothing was changed.</source>
        <translation>チームデータベース「%1」は新しいバージョンの Offkai で作られています（スキーマ %2。このバージョンが扱えるのは %3 までです）。開くには Offkai を更新してください。何も変更されていません。</translation>
    </message>
    <message>
        <source>The user %1 has no access to the team database “%2”. Ask its administrator to add you with: offkai --server URL team add-organizer %1</source>
        <translation>ユーザー %1 にはチームデータベース「%2」へのアクセス権がありません。管理者に次のコマンドで追加してもらってください: offkai --server URL team add-organizer %1</translation>
    </message>
    <message>
        <source>The database “%1” is empty, and the user %2 may not set it up for Offkai. Connect once as the user who will administer it (the database&apos;s owner); they can then add the others. Nothing was changed.</source>
        <translation>データベース「%1」は空で、ユーザー %2 には Offkai 用に準備する権限がありません。管理者になるユーザー（データベースの所有者）として一度接続してください。その後、ほかのメンバーを追加できます。何も変更していません。</translation>
    </message>
    <message>
        <source>The team database “%1” must be updated for this version of Offkai (schema %2 to %3), and only its administrator, %4, can do that: ask them to open it once with this version. Nothing was changed.</source>
        <translation>チームデータベース「%1」をこのバージョンの Offkai 用に更新する必要があります（スキーマ %2 から %3）。更新できるのは管理者の %4 だけです。このバージョンで一度開いてもらうよう依頼してください。何も変更していません。</translation>
    </message>
</context>
<context>
    <name>offkai::ServiceAccount</name>
    <message>
        <source>connpass</source>
        <translation>connpass</translation>
    </message>
    <message>
        <source>Peatix</source>
        <translation>Peatix</translation>
    </message>
    <message>
        <source>Doorkeeper</source>
        <translation>Doorkeeper</translation>
    </message>
    <message>
        <source>Meetup</source>
        <translation>Meetup</translation>
    </message>
</context>
<context>
    <name>offkai::SlotSpeakerDialog</name>
    <message>
        <source>Slot Speaker</source>
        <translation>登壇者の割り当て</translation>
    </message>
    <message>
        <source>Type a few letters of a name or reading, then Enter</source>
        <translation>名前かふりがなの一部を入力して Enter</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No speaker chosen yet.</source>
        <translation>登壇者がまだ選ばれていません。</translation>
    </message>
    <message>
        <source>e.g. What I learned moving to Fukuoka</source>
        <translation>例: 福岡に移住して学んだこと</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>登壇者(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <source>Speaker: %1</source>
        <extracomment>%1 the member chosen as the speaker</extracomment>
        <translation>登壇者: %1</translation>
    </message>
</context>
<context>
    <name>offkai::SqlErrors</name>
    <message>
        <source>The disk is full. Nothing was changed; free some space and try again.</source>
        <translation>ディスクの空き容量が不足しています。変更は行われていません。空き容量を確保してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The disk reported an error. Nothing was changed; check the drive and try again.</source>
        <translation>ディスクでエラーが発生しました。変更は行われていません。ドライブを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The database file cannot be written to.</source>
        <translation>データベースファイルに書き込めません。</translation>
    </message>
    <message>
        <source>The database is busy. Try again in a moment.</source>
        <translation>データベースが使用中です。しばらくしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from one of the automatic backups.</source>
        <translation>データベースファイルが破損しています。自動バックアップから復元してください。</translation>
    </message>
    <message>
        <source>A value is missing, duplicated or out of range. Check the fields and try again.</source>
        <translation>未入力、重複、または範囲外の値があります。入力内容を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Your account on the team database may read but not change it. Ask an organizer of the team to make the change, or to give you their role.</source>
        <translation>このアカウントはチームデータベースを閲覧できますが、変更はできません。変更は運営メンバーに依頼するか、運営メンバーの権限をもらってください。</translation>
    </message>
    <message>
        <source>The team database&apos;s server is out of disk space. Nothing was changed; tell its administrator.</source>
        <translation>チームデータベースのサーバーのディスクがいっぱいです。何も変更されていません。サーバーの管理者に知らせてください。</translation>
    </message>
    <message>
        <source>The connection to the team database was lost. Nothing was saved; what you typed is kept. Try again when the server is back.</source>
        <translation>チームデータベースとの接続が切れました。何も保存されていませんが、入力した内容は残っています。サーバーが戻ったらもう一度お試しください。</translation>
    </message>
    <message>
        <source>Another organizer was changing the same data. Nothing was changed; try again.</source>
        <translation>ほかの運営メンバーが同じデータを変更していました。何も変更されていません。もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>offkai::StaleChange</name>
    <message>
        <source>“%1” cannot be undone: the record was changed elsewhere (another window or organizer) after this step, and undoing it would throw that change away. The record stays as it is now; edit it by hand if needed.</source>
        <translation>「%1」は取り消せません。この操作のあとにほかの場所（別のウィンドウかほかの運営メンバー）で変更されており、取り消すとその変更が失われるためです。記録は今のままにしてあります。必要なら手で直してください。</translation>
    </message>
    <message>
        <source>“%1” cannot be redone: the record was changed elsewhere (another window or organizer) after it was undone. The record stays as it is now.</source>
        <translation>「%1」はやり直せません。取り消したあとにほかの場所（別のウィンドウかほかの運営メンバー）で変更されています。記録は今のままにしてあります。</translation>
    </message>
</context>
<context>
    <name>offkai::StatsCommand</name>
    <message>
        <source>Usage:
  offkai --db PATH stats [--from DATE] [--to DATE] [--series ID] [--type KEY]
                         [--format text|csv|json]
The community&apos;s figures for a period: members, events, attendance, repeat rate, cohorts,
no-shows, who came and the speakers. DATE is YYYY-MM-DD; without --from the period starts
at the first record, without --to it ends today (or on the last scheduled event).
--series and --type keep the events of one series or one event type.
json: an array of objects with an &quot;id&quot;: period, members.active, members.joined,
members.left, members.applicants, members.without_join_date, members.referred,
members.YYYY-MM, referrer.ID, events.held, events.attendance, attendees, repeat_rate,
events.YYYY-MM, event.ID, cohort.YYYY-MM, no_shows.type.KEY, no_shows.lead_time.KEY,
mix.occupation, mix.industry, mix.region, speaker.ID, talk.SERIES.DATE.
csv: one row per object: id, label, then its other fields in a fixed order for each kind
of id (event.ID: date, dated, type, capacity, registered, came, walk_ins, no_shows,
first_timers).
</source>
        <translation>使い方:
  offkai --db PATH stats [--from DATE] [--to DATE] [--series ID] [--type KEY]
                         [--format text|csv|json]
期間中のコミュニティの数字（メンバー、イベント、参加、リピート率、コホート、
無断欠席、参加者の内訳、登壇者）を出力します。DATE は YYYY-MM-DD。--from を省くと最初の記録から、
--to を省くと今日（予定済みのイベントがもっと先ならその日）までが期間です。
--series と --type は、ひとつのシリーズまたはひとつのイベント種別のイベントだけを数えます。
json: \&quot;id\&quot; を持つオブジェクトの配列。id は period, members.active, members.joined,
members.left, members.applicants, members.without_join_date, members.referred,
members.YYYY-MM, referrer.ID, events.held, events.attendance, attendees, repeat_rate,
events.YYYY-MM, event.ID, cohort.YYYY-MM, no_shows.type.KEY, no_shows.lead_time.KEY,
mix.occupation, mix.industry, mix.region, speaker.ID, talk.SERIES.DATE。
csv: オブジェクトごとに1行。id、label のあとに、id の種類ごとに決まった順でほかの値が並びます
（event.ID: date, dated, type, capacity, registered, came, walk_ins, no_shows,
first_timers）。
</translation>
    </message>
    <message>
        <source>First day of the period.</source>
        <translation>期間の最初の日。</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Last day of the period.</source>
        <translation>期間の最後の日。</translation>
    </message>
    <message>
        <source>Only the events of this series.</source>
        <translation>この定例イベントの回だけ。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Only the events of this type.</source>
        <translation>この種類のイベントだけ。</translation>
    </message>
    <message>
        <source>key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>series</source>
        <translation>定例イベント</translation>
    </message>
    <message>
        <source>There is no series with ID %1.</source>
        <translation>ID %1 の定例イベントはありません。</translation>
    </message>
    <message>
        <source>There is no event type “%1”.</source>
        <translation>イベントの種類「%1」はありません。</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>期間：%1〜%2</translation>
    </message>
    <message>
        <source>Members: %1 at the end of the period (%2 joined, %3 left); %4 applicants waiting</source>
        <translation>メンバー：期間末に%1名（入会%2名、退会%3名）、承認待ちの入会申請者%4名</translation>
    </message>
    <message>
        <source>  of them %1 without a join date, counted as members all along</source>
        <translation>  うち入会日のない%1名は、ずっとメンバーだったものとして数えています</translation>
    </message>
    <message>
        <source>Events held: %1, attendance %2, %3 different people; repeat rate %4 (%5 came twice or more)</source>
        <translation>開催：%1回、延べ参加%2名、参加した人%3名、リピート率%4（2回以上参加%5名）</translation>
    </message>
    <message>
        <source>Month    Joined  Left  Members  Events  Attendance</source>
        <translation>月        入会  退会  メンバー  開催  参加</translation>
    </message>
    <message>
        <source>Brought the most new members (%1 of those who joined were referred):</source>
        <translation>紹介で入会した人が多い順（入会者のうち紹介は%1名）：</translation>
    </message>
    <message>
        <source>Last events:</source>
        <translation>最近のイベント：</translation>
    </message>
    <message>
        <source>%1 (no day yet)</source>
        <translation>%1（日程未定）</translation>
    </message>
    <message>
        <source>registered %1, came %2 (%3 walk-ins, %4 first-timers)</source>
        <translation>申込%1名、参加%2名（当日参加%3名、初参加%4名）</translation>
    </message>
    <message>
        <source>, %1 no-shows</source>
        <translation>、無断欠席%1名</translation>
    </message>
    <message>
        <source>Came to an event within 1, 3, 6 and 12 months of joining (… = not over yet):</source>
        <translation>入会から1・3・6・12か月以内にイベントに参加した割合（… はまだ期間中）：</translation>
    </message>
    <message>
        <source>  joined %1: %2 members; %3</source>
        <translation>  %1入会：%2名、%3</translation>
    </message>
    <message>
        <source>No-shows by event type (how far ahead people registered is not recorded):</source>
        <translation>イベントの種類ごとの無断欠席（申込の時期は記録されていません）：</translation>
    </message>
    <message>
        <source>  %1: %2 of %3 (%4)</source>
        <translation>  %1：%3名中%2名（%4）</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未記入）</translation>
    </message>
    <message>
        <source>Attendees by occupation:</source>
        <translation>参加者の職業：</translation>
    </message>
    <message>
        <source>Attendees by industry:</source>
        <translation>参加者の業種：</translation>
    </message>
    <message>
        <source>Attendees by region:</source>
        <translation>参加者の地域：</translation>
    </message>
    <message>
        <source>Talks per speaker:</source>
        <translation>登壇者ごとの登壇回数：</translation>
    </message>
    <message>
        <source>Next talks:</source>
        <translation>次の登壇予定：</translation>
    </message>
</context>
<context>
    <name>offkai::Subcommands</name>
    <message>
        <source>Missing subcommand.</source>
        <translation>サブコマンドがありません。</translation>
    </message>
    <message>
        <source>Unknown subcommand “%1”.</source>
        <translation>不明なサブコマンド「%1」です。</translation>
    </message>
</context>
<context>
    <name>offkai::TableCopy</name>
    <message>
        <source>Could not read the database to copy.</source>
        <translation>コピー元のデータベースを読み取れませんでした。</translation>
    </message>
    <message>
        <source>Could not count the rows of “%1”.</source>
        <translation>「%1」の行数を数えられませんでした。</translation>
    </message>
    <message>
        <source>Could not count the rows of the database&apos;s tables.</source>
        <translation>データベースの表の行数を数えられませんでした。</translation>
    </message>
    <message>
        <source>Could not prepare the copy.</source>
        <translation>コピーの準備ができませんでした。</translation>
    </message>
    <message>
        <source>Could not prepare “%1” for the copy.</source>
        <translation>「%1」をコピーのために準備できませんでした。</translation>
    </message>
    <message>
        <source>Could not copy the rows of “%1”.</source>
        <translation>「%1」の行をコピーできませんでした。</translation>
    </message>
    <message>
        <source>The copy was stopped.</source>
        <translation>コピーを中止しました。</translation>
    </message>
    <message>
        <source>Could not set the next ids of the copied rows.</source>
        <translation>コピーした行に続くIDを設定できませんでした。</translation>
    </message>
    <message>
        <source>Could not update the team database&apos;s statistics.</source>
        <translation>チームデータベースの統計情報を更新できませんでした。</translation>
    </message>
</context>
<context>
    <name>offkai::TeamCommand</name>
    <message>
        <source>members %1, events %2, venues %3, series %4, reports %5; %6 rows in %7 tables</source>
        <translation>メンバー%1人、イベント%2件、会場%3件、シリーズ%4件、レポート%5件（%7個の表、計%6行）</translation>
    </message>
    <message>
        <source>Name the local file with --db FILE.</source>
        <translation>ローカルのファイルを --db FILE で指定してください。</translation>
    </message>
    <message>
        <source>Name the team database with --server URL.</source>
        <translation>チームデータベースを --server URL で指定してください。</translation>
    </message>
    <message>
        <source>The local database file to copy.</source>
        <translation>コピーするローカルのデータベースファイル。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>The empty team database to copy it into.</source>
        <translation>コピー先の空のチームデータベース。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>“%1” does not exist. Nothing was pushed.</source>
        <translation>「%1」がありません。何も送っていません。</translation>
    </message>
    <message>
        <source>Pushed “%1” into the team database %2: %3.</source>
        <translation>「%1」をチームデータベース %2 に送りました：%3。</translation>
    </message>
    <message>
        <source>The team database to copy.</source>
        <translation>コピーするチームデータベース。</translation>
    </message>
    <message>
        <source>The new local file to write.</source>
        <translation>書き出す新しいローカルファイル。</translation>
    </message>
    <message>
        <source>Pulled the team database %1 into “%2”: %3.</source>
        <translation>チームデータベース %1 を「%2」に書き出しました：%3。</translation>
    </message>
    <message>
        <source>Usage:
  offkai team push --db FILE --server URL
  offkai team pull --server URL --db FILE
  offkai --server URL team add-organizer NAME [--viewer] [--password-stdin]
  offkai --server URL team remove-organizer NAME
  offkai --server URL team organizers [--format text|json]
  offkai --server URL team log [--organizer NAME] [--limit N] [--format text|json]
push copies every row of the local database FILE into the team database URL, which must be
empty; pull writes every row of the team database into FILE, a new file (an existing file is
never replaced). Each is all or nothing: the copy&apos;s row counts are checked before it is kept.
add-organizer lets the server user NAME read and change the team database (with --viewer: only
read it); a new user is created with a generated password, printed once, or the one given on
standard input. remove-organizer takes both away; organizers lists who has which role. Only
the database&apos;s administrator (the user who set it up) changes roles. log lists the latest
changes (100 unless --limit says), newest first: when, who, what and how.
URL is postgresql://user@host:port/database; see offkai --help for the password.
</source>
        <translation>使い方:
  offkai team push --db FILE --server URL
  offkai team pull --server URL --db FILE
  offkai --server URL team add-organizer NAME [--viewer] [--password-stdin]
  offkai --server URL team remove-organizer NAME
  offkai --server URL team organizers [--format text|json]
  offkai --server URL team log [--organizer NAME] [--limit N] [--format text|json]
push はローカルのデータベース FILE のすべての行を、空のチームデータベース URL にコピーします。
pull はチームデータベースのすべての行を新しいファイル FILE に書き出します（既存のファイルは上書きしません）。
どちらも全部が成功するか何も変わらないかのどちらかで、コピーの行数を確かめてから確定します。
add-organizer はサーバーのユーザー NAME にチームデータベースの閲覧と変更を許可します（--viewer なら閲覧のみ）。
新しいユーザーは自動生成したパスワードで作成し、そのパスワードを一度だけ表示します（標準入力から渡すこともできます）。
remove-organizer はどちらの権限も取り消し、organizers は誰がどの役割かを一覧表示します。
役割を変更できるのは、データベースの管理者（準備したユーザー）だけです。
log は最新の変更を新しい順に一覧表示します（--limit がなければ 100 件）。いつ、だれが、何を、どう変更したかを示します。
URL は postgresql://user@host:port/database の形式です。パスワードについては offkai --help を参照してください。
</translation>
    </message>
    <message>
        <source>The team database.</source>
        <translation>チームデータベース。</translation>
    </message>
</context>
<context>
    <name>offkai::TeamLogCommand</name>
    <message>
        <source>Only the changes of this organizer.</source>
        <translation>この運営メンバーの変更だけを表示します。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>At most this many changes (100 by default).</source>
        <translation>表示する変更の最大件数（既定は 100）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>--limit takes a whole number of 1 or more, not “%1”.</source>
        <translation>--limit には 1 以上の整数を指定してください（「%1」は使えません）。</translation>
    </message>
</context>
<context>
    <name>offkai::TeamRoles</name>
    <message>
        <source>Could not read the team database&apos;s roles.</source>
        <translation>チームデータベースのロールを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The team database&apos;s name “%1” is too long for Offkai&apos;s roles (at most %2 bytes). Nothing was changed; give the database a shorter name.</source>
        <translation>チームデータベースの名前「%1」は Offkai のロールに使うには長すぎます（最大 %2 バイト）。何も変更していません。データベースにもっと短い名前を付けてください。</translation>
    </message>
    <message>
        <source>This database is not set up for Offkai yet. Open it once with Offkai (or push a local database into it) before adding organizers.</source>
        <translation>このデータベースはまだ Offkai 用に準備されていません。運営メンバーを追加する前に、一度 Offkai で開くか、手元のデータベースをプッシュしてください。</translation>
    </message>
    <message>
        <source>Only the team database&apos;s administrator can add or remove organizers and viewers: connect as %1, a user who may create roles. Nothing was changed.</source>
        <translation>運営メンバーと閲覧者を追加・削除できるのはチームデータベースの管理者だけです。ロールを作成できるユーザー %1 として接続してください。何も変更していません。</translation>
    </message>
    <message>
        <source>Could not change the team database&apos;s roles.</source>
        <translation>チームデータベースのロールを変更できませんでした。</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>organizer</source>
        <translation>運営メンバー</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>閲覧者</translation>
    </message>
    <message>
        <source>A team database has one administrator: the user who set it up.</source>
        <translation>チームデータベースの管理者は、それを準備したユーザー1人だけです。</translation>
    </message>
    <message>
        <source>“%1” cannot be a user name on the team database. Use letters, digits and _ - . @ (at most %2 bytes, not starting with pg_ or offkai_). Nothing was changed.</source>
        <translation>「%1」はチームデータベースのユーザー名に使えません。文字・数字と _ - . @ を使ってください（最大 %2 バイト、pg_ や offkai_ で始まらないもの）。何も変更していません。</translation>
    </message>
    <message>
        <source>%1 is a superuser of the server: they may already do everything, and no grant can limit it. Nothing was changed.</source>
        <translation>%1 はサーバーのスーパーユーザーです。すでにすべての操作ができ、権限の付与で制限することはできません。何も変更していません。</translation>
    </message>
    <message>
        <source>%1 is the team database&apos;s administrator (or acts as it) and already may do everything. Nothing was changed.</source>
        <translation>%1 はチームデータベースの管理者（または管理者と同等）で、すでにすべての操作ができます。何も変更していません。</translation>
    </message>
    <message>
        <source>%1 is neither an organizer nor a viewer of this team database. Nothing was changed.</source>
        <translation>%1 はこのチームデータベースの運営メンバーでも閲覧者でもありません。何も変更していません。</translation>
    </message>
</context>
<context>
    <name>offkai::TeamRolesCommand</name>
    <message>
        <source>Read only: may see but not change anything.</source>
        <translation>閲覧のみ：見ることはできますが、変更はできません。</translation>
    </message>
    <message>
        <source>Read a new user&apos;s password from standard input.</source>
        <translation>新しいユーザーのパスワードを標準入力から読み込みます。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>The user name on the database server.</source>
        <translation>データベースサーバー上のユーザー名。</translation>
    </message>
    <message>
        <source>--password-stdin read no password. Nothing was changed.</source>
        <translation>--password-stdin でパスワードを読み込めませんでした。何も変更していません。</translation>
    </message>
    <message>
        <source>%1 is now a viewer of the team database %2: they may read it but not change it.</source>
        <translation>%1 はチームデータベース %2 の閲覧者になりました。読むことはできますが、変更はできません。</translation>
    </message>
    <message>
        <source>%1 is now an organizer of the team database %2: they may read and change it.</source>
        <translation>%1 はチームデータベース %2 の運営メンバーになりました。読むことも変更することもできます。</translation>
    </message>
    <message>
        <source>(Before, they were a %1.)</source>
        <translation>（以前は%1でした。）</translation>
    </message>
    <message>
        <source>A new user %1 was created on the server with this password; give it to them privately (they can change it later):</source>
        <translation>サーバーに新しいユーザー %1 を次のパスワードで作成しました。本人にだけ伝えてください（あとで変更できます）:</translation>
    </message>
    <message>
        <source>%1 can no longer read or change the team database %2.</source>
        <translation>%1 はチームデータベース %2 を読むことも変更することもできなくなりました。</translation>
    </message>
</context>
<context>
    <name>offkai::TeamTransfer</name>
    <message>
        <source>The team database was made by a newer version of Offkai (schema %1; this version writes schema %2). Update Offkai, then try again. Nothing was changed.</source>
        <translation>チームデータベースは新しいバージョンのOffkaiで作られています（スキーマ%1。このバージョンが書き込むのはスキーマ%2です）。Offkaiを更新してから、もう一度お試しください。変更は行われていません。</translation>
    </message>
    <message>
        <source>The team database is at an older schema (%1) than this version of Offkai (schema %2). Connect to it once with this version to bring it up to date, then try again. Nothing was changed.</source>
        <translation>チームデータベースのスキーマ（%1）は、このバージョンのOffkai（スキーマ%2）より古くなっています。このバージョンで一度接続して最新の状態にしてから、もう一度お試しください。変更は行われていません。</translation>
    </message>
    <message>
        <source>The two databases have different tables although both are at schema %1, so one cannot be copied into the other. Nothing was changed.</source>
        <translation>どちらもスキーマ%1ですが、2つのデータベースの表が異なるため、一方をもう一方にコピーできません。変更は行われていません。</translation>
    </message>
    <message numerus="yes">
        <source>The team database is not empty: its table “%1” holds %n row(s). A push copies a community into an empty team database only. Nothing was changed.</source>
        <translation>
            <numerusform>チームデータベースは空ではありません（表「%1」に%n行あります）。コミュニティを送れるのは空のチームデータベースだけです。変更は行われていません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The new file is not empty: its table “%1” holds %n row(s). Nothing was copied.</source>
        <translation>
            <numerusform>新しいファイルが空ではありません（表「%1」に%n行あります）。何もコピーしていません。</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy was stopped. Nothing was changed.</source>
        <translation>コピーを中止しました。変更は行われていません。</translation>
    </message>
    <message>
        <source>The copy of “%1” came out with %2 rows instead of %3, so nothing was changed.</source>
        <translation>「%1」のコピーが%3行ではなく%2行になったため、変更は行われていません。</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new file name; a pull never replaces a file.</source>
        <translation>「%1」は既にあります。別のファイル名を指定してください（チームデータベースの書き出しで既存のファイルを上書きすることはありません）。</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>フォルダー「%1」がありません。</translation>
    </message>
    <message>
        <source>Could not write in the folder “%1”.</source>
        <translation>フォルダー「%1」に書き込めませんでした。</translation>
    </message>
    <message>
        <source>Could not write “%1”.</source>
        <translation>「%1」を書き込めませんでした。</translation>
    </message>
</context>
<context>
    <name>offkai::TeamTransferActions</name>
    <message>
        <source>Stop</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>%1 members, %2 events and %3 reports (%4 rows in all) were copied and counted.</source>
        <translation>メンバー%1人、イベント%2件、レポート%3件（全%4行）をコピーし、件数を確認しました。</translation>
    </message>
    <message>
        <source>Cop&amp;y to a Team Database…</source>
        <translation>チームデータベースにコピー(&amp;Y)…</translation>
    </message>
    <message>
        <source>Save Team Database as &amp;File…</source>
        <translation>チームデータベースをファイルに保存(&amp;F)…</translation>
    </message>
    <message>
        <source>Copy this community into an empty team database on a PostgreSQL server</source>
        <translation>このコミュニティーを PostgreSQL サーバー上の空のチームデータベースにコピーします</translation>
    </message>
    <message>
        <source>Keep a copy of the team database in a file, for reading offline or as a backup</source>
        <translation>チームデータベースの控えをファイルに保存します（オフラインでの閲覧やバックアップ用）</translation>
    </message>
    <message>
        <source>Copy to a Team Database</source>
        <translation>チームデータベースにコピー</translation>
    </message>
    <message>
        <source>Copying the community to %1…</source>
        <translation>%1 にコミュニティーをコピーしています…</translation>
    </message>
    <message>
        <source>Open it with File › Connect to Team Database…; everyone on the team can now work on it.</source>
        <translation>「ファイル › チームデータベースに接続…」で開けます。チームの全員がこのデータベースで作業できます。</translation>
    </message>
    <message>
        <source>Save Team Database as File</source>
        <translation>チームデータベースをファイルに保存</translation>
    </message>
    <message>
        <source>Saving the team database to %1…</source>
        <translation>チームデータベースを %1 に保存しています…</translation>
    </message>
    <message>
        <source>The file “%1” is yours; changes to it stay on this computer.</source>
        <translation>ファイル「%1」はあなたの手元の控えです。このファイルへの変更はこのコンピューターの中だけに残ります。</translation>
    </message>
</context>
<context>
    <name>offkai::TextDecoding</name>
    <message>
        <source>%1: %2</source>
        <comment>file name: message</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自動検出</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Shift_JIS (Windows, Excel)</source>
        <translation>Shift_JIS（Windows、Excel）</translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8（BOM付き）</translation>
    </message>
    <message>
        <source>Shift_JIS</source>
        <translation>Shift_JIS</translation>
    </message>
    <message>
        <source>UTF-16 BE</source>
        <translation>UTF-16 BE</translation>
    </message>
    <message>
        <source>UTF-16 LE</source>
        <translation>UTF-16 LE</translation>
    </message>
    <message>
        <source>This is a spreadsheet workbook or another packed file, not a CSV file. Save it as CSV (UTF-8) in your spreadsheet and import that file.</source>
        <translation>このファイルは表計算ソフトのブックなどの圧縮されたファイルで、CSVファイルではありません。表計算ソフトでCSV（UTF-8）形式で保存し、そのファイルをインポートしてください。</translation>
    </message>
    <message>
        <source>This is not a text file. Choose a CSV file.</source>
        <translation>テキストファイルではありません。CSVファイルを選択してください。</translation>
    </message>
    <message>
        <source>The file does not look like %1. Choose another encoding.</source>
        <translation>このファイルは%1ではないようです。別の文字コードを選択してください。</translation>
    </message>
    <message>
        <source>This build of Offkai cannot read Shift_JIS files (its Qt library has no ICU support). Save the file as CSV UTF-8 in your spreadsheet and import that file.</source>
        <translation>このOffkaiのビルドはShift_JISのファイルを読み込めません（QtライブラリがICUに対応していません）。表計算ソフトでCSV UTF-8形式で保存し、そのファイルをインポートしてください。</translation>
    </message>
</context>
<context>
    <name>offkai::TimeZoneBox</name>
    <message>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
</context>
<context>
    <name>offkai::Transaction</name>
    <message>
        <source>Could not save the changes.</source>
        <translation>変更を保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>offkai::UndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1を元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>%1をやり直す(&amp;R)</translation>
    </message>
</context>
<context>
    <name>offkai::VCardWriter</name>
    <message>
        <source>Could not write “%1”.</source>
        <translation>「%1」に書き込めませんでした。</translation>
    </message>
</context>
<context>
    <name>offkai::Venue</name>
    <message>
        <source>exit %1</source>
        <translation>%1出口</translation>
    </message>
    <message numerus="yes">
        <source>%n min walk</source>
        <translation>
            <numerusform>徒歩%n分</numerusform>
        </translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>バー</translation>
    </message>
    <message>
        <source>Café</source>
        <translation>カフェ</translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation>レストラン</translation>
    </message>
    <message>
        <source>Rental space</source>
        <translation>レンタルスペース</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>オフィス</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>offkai::VenueEditor</name>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Added %1 · Last changed %2</source>
        <translation>登録: %1 · 最終更新: %2</translation>
    </message>
    <message>
        <source>No venue selected</source>
        <translation>会場が選択されていません</translation>
    </message>
    <message>
        <source>Unnamed venue</source>
        <translation>名前のない会場</translation>
    </message>
    <message>
        <source>Short map link</source>
        <translation>短縮地図リンク</translation>
    </message>
    <message>
        <source>A short link such as https://maps.app.goo.gl/…, for plain-text posts</source>
        <translation>https://maps.app.goo.gl/… のような短いリンク（テキストでの告知用）</translation>
    </message>
    <message>
        <source>Short ma&amp;p link</source>
        <translation>短縮地図リンク(&amp;P)</translation>
    </message>
</context>
<context>
    <name>offkai::VenueFields</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Map link</source>
        <translation>地図のリンク</translation>
    </message>
    <message>
        <source>Short map link</source>
        <translation>短縮地図リンク</translation>
    </message>
    <message>
        <source>Nearest stations</source>
        <translation>最寄り駅</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>バス</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>駐車場</translation>
    </message>
    <message>
        <source>Nearby</source>
        <translation>周辺施設</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>定員</translation>
    </message>
    <message>
        <source>Price range</source>
        <translation>価格帯</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Webページ</translation>
    </message>
    <message>
        <source>Online meeting URL</source>
        <translation>オンライン会議のURL</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>offkai::VenueStore</name>
    <message>
        <source>A venue needs a name.</source>
        <translation>会場の名前を入力してください。</translation>
    </message>
    <message>
        <source>The capacity cannot be negative.</source>
        <translation>定員には0以上の数を入力してください。</translation>
    </message>
    <message>
        <source>Each nearest station needs a name.</source>
        <translation>すべての最寄り駅に駅名を入力してください。</translation>
    </message>
    <message>
        <source>Walking minutes cannot be negative.</source>
        <translation>徒歩の所要時間（分）には0以上の数を入力してください。</translation>
    </message>
    <message>
        <source>The web page must be an http:// or https:// address.</source>
        <translation>Webページには http:// または https:// で始まるアドレスを入力してください。</translation>
    </message>
    <message>
        <source>The map link must be an http:// or https:// address.</source>
        <translation>地図のリンクには http:// または https:// で始まるアドレスを入力してください。</translation>
    </message>
    <message>
        <source>The online meeting URL must be an http:// or https:// address.</source>
        <translation>オンライン会議のURLには http:// または https:// で始まるアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Could not read the venues.</source>
        <translation>会場の一覧を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The venue no longer exists.</source>
        <translation>この会場はすでに存在しません。</translation>
    </message>
    <message>
        <source>Could not save the venue.</source>
        <translation>会場を保存できませんでした。</translation>
    </message>
    <message>
        <source>Could not add the venue.</source>
        <translation>会場を追加できませんでした。</translation>
    </message>
    <message>
        <source>Could not read the venue&apos;s events.</source>
        <translation>この会場のイベントを読み込めませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…ほか%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete the venue.</source>
        <translation>会場を削除できませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>This venue cannot be deleted because %n event(s) use it:</source>
        <translation>
            <numerusform>この会場は%n件のイベントで使われているため、削除できません:</numerusform>
        </translation>
    </message>
    <message>
        <source>The short map link must be an http:// or https:// address.</source>
        <translation>短縮地図リンクは http:// または https:// で始まるアドレスにしてください。</translation>
    </message>
    <message>
        <source>The venue “%1” was changed elsewhere (another window or organizer) after you opened it.</source>
        <translation>会場「%1」は、開いたあとにほかの場所（別のウィンドウか、ほかの運営メンバー）で変更されました。</translation>
    </message>
</context>
<context>
    <name>offkai::VenueTableModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Nearest station</source>
        <translation>最寄り駅</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>定員</translation>
    </message>
</context>
<context>
    <name>offkai::VenuesCommand</name>
    <message>
        <source>Usage: offkai [--db PATH | --demo] venues list [--format csv|json]</source>
        <translation>使い方: offkai [--db PATH | --demo] venues list [--format csv|json]</translation>
    </message>
</context>
<context>
    <name>offkai::VenuesPage</name>
    <message>
        <source>Add Venue “%1”</source>
        <translation>会場「%1」の追加</translation>
    </message>
    <message>
        <source>Delete Venue “%1”</source>
        <translation>会場「%1」の削除</translation>
    </message>
    <message>
        <source>Edit Venue “%1”</source>
        <translation>会場「%1」の編集</translation>
    </message>
    <message>
        <source>Search name, address, station, notes</source>
        <translation>名前・住所・駅・備考で検索</translation>
    </message>
    <message>
        <source>Search venues</source>
        <translation>会場を検索</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>会場</translation>
    </message>
    <message>
        <source>&amp;New Venue</source>
        <translation>新規会場(&amp;N)</translation>
    </message>
    <message>
        <source>Add a venue and edit its details</source>
        <translation>会場を追加して詳細を編集します</translation>
    </message>
    <message>
        <source>&amp;Delete Venue</source>
        <translation>会場を削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected venue (can be undone)</source>
        <translation>選択した会場を削除します（元に戻せます）</translation>
    </message>
    <message>
        <source>&amp;Save Venue</source>
        <translation>会場を保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the changes to the venue</source>
        <translation>会場の変更内容を保存します</translation>
    </message>
    <message>
        <source>Open &amp;Map</source>
        <translation>地図を開く(&amp;M)</translation>
    </message>
    <message>
        <source>Search the venue&apos;s address on a map in your browser</source>
        <translation>ブラウザーの地図で会場の住所を検索します</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>「%1」を保存しました。</translation>
    </message>
    <message>
        <source>New venue</source>
        <translation>新しい会場</translation>
    </message>
    <message>
        <source>Venue in use</source>
        <translation>使用中の会場</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo brings it back.</source>
        <translation>「%1」を削除しました。「元に戻す」で復元できます。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n venue(s)</source>
        <translation>
            <numerusform>会場%n件中%1件を表示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n venue(s)</source>
        <translation>
            <numerusform>会場%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Events held here</source>
        <translation>この会場のイベント</translation>
    </message>
    <message>
        <source>Nothing saved; the form keeps what you typed.</source>
        <translation>保存していません。入力した内容はフォームに残っています。</translation>
    </message>
</context>
<context>
    <name>offkai::WelcomeWidget</name>
    <message>
        <source>Welcome to Offkai</source>
        <translation>Offkaiへようこそ</translation>
    </message>
    <message>
        <source>Offkai keeps your community&apos;s members, events, venues and reports in one file on your own disk. Start with your community&apos;s name.</source>
        <translation>Offkaiは、コミュニティのメンバー、イベント、会場、レポートを、お使いのパソコンの1つのファイルにまとめて保存します。まずはコミュニティの名前を入力してください。</translation>
    </message>
    <message>
        <source>e.g. Online Cross-Industry Meetup</source>
        <translation>例: オンライン異業種交流会</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>ファイル(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Start the Community</source>
        <translation>コミュニティを始める(&amp;S)</translation>
    </message>
    <message>
        <source>Start and &amp;Import Members from CSV…</source>
        <translation>始めてCSVからメンバーを取り込む(&amp;I)…</translation>
    </message>
    <message>
        <source>Start a community</source>
        <translation>コミュニティを始める</translation>
    </message>
    <message>
        <source>Community &amp;name:</source>
        <translation>コミュニティ名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Open an Existing File…</source>
        <translation>既存のファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Look Around the &amp;Demo</source>
        <translation>デモを見てみる(&amp;D)</translation>
    </message>
    <message>
        <source>Or:</source>
        <translation>または:</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another file, or open it with Open an Existing File.</source>
        <translation>「%1」は既にあります。別のファイルを指定するか、「既存のファイルを開く」で開いてください。</translation>
    </message>
    <message>
        <source>community</source>
        <comment>the file name of a new community without a name</comment>
        <translation>コミュニティ</translation>
    </message>
    <message>
        <source>Where the Community&apos;s File Lives</source>
        <translation>コミュニティのファイルの保存場所</translation>
    </message>
    <message>
        <source>Give the community a name: it is shown in the window&apos;s title.</source>
        <translation>コミュニティの名前を入力してください（ウィンドウのタイトルに表示されます）。</translation>
    </message>
    <message>
        <source>Choose the file the community will live in.</source>
        <translation>コミュニティを保存するファイルを指定してください。</translation>
    </message>
</context>
<context>
    <name>offkai::WordPressClient</name>
    <message>
        <source>“%1” is not a WordPress post number, so the post cannot be updated.</source>
        <translation>「%1」はWordPressの記事番号ではないため、記事を更新できません。</translation>
    </message>
    <message>
        <source>Looking up the tags</source>
        <translation>タグを取得中</translation>
    </message>
    <message>
        <source>Uploading photo %1 of %2: %3</source>
        <translation>写真をアップロード中（%1/%2）: %3</translation>
    </message>
    <message>
        <source>Updating the post</source>
        <translation>記事を更新中</translation>
    </message>
    <message>
        <source>Creating the post</source>
        <translation>記事を作成中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Looking for a post an earlier attempt may have created</source>
        <translation>前回の試行で作成された可能性のある投稿を探しています</translation>
    </message>
</context>
<context>
    <name>offkai::WorkspaceCaption</name>
    <message>
        <source>Demo database</source>
        <translation>デモデータベース</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1（デモ）</translation>
    </message>
    <message>
        <source>%1 (team database %2, as %3)</source>
        <translation>%1（チームデータベース %2、%3 として接続）</translation>
    </message>
    <message>
        <source>%1 — Offkai</source>
        <translation>%1 — Offkai</translation>
    </message>
    <message>
        <source>Demo: changes are discarded when Offkai closes</source>
        <translation>デモ: 変更内容はOffkaiの終了時に破棄されます</translation>
    </message>
    <message>
        <source>Team database %1, as %2</source>
        <translation>チームデータベース %1（%2 として接続）</translation>
    </message>
    <message>
        <source>%1 (team database %2, as %3, read only)</source>
        <translation>%1（チームデータベース %2、%3 として接続、閲覧のみ）</translation>
    </message>
    <message>
        <source>Team database %1, as %2 — viewer: you can read everything but change nothing</source>
        <translation>チームデータベース %1（%2 として接続）— 閲覧者：すべて読めますが、変更はできません</translation>
    </message>
</context>
</TS>
