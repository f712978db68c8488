<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
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
        <source>P&amp;hone</source>
        <translation>電話番号(&amp;H)</translation>
    </message>
    <message>
        <source>Online meeting &amp;URL</source>
        <translation>オンライン会議のURL(&amp;U)</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>備考(&amp;T)</translation>
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
    <name>offkai::Backups</name>
    <message>
        <source>Could not create the backup folder “%1”.</source>
        <translation>バックアップフォルダー「%1」を作成できませんでした。</translation>
    </message>
    <message>
        <source>Could not write a backup copy of the database.</source>
        <translation>データベースのバックアップを書き込めませんでした。</translation>
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
        <source>Use either --db or --demo, not both.</source>
        <translation>--db と --demo は同時に指定できません。どちらか一方を指定してください。</translation>
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
</source>
        <translation>使い方:
  offkai [--db PATH | --demo] [--lang ja|en]            アプリケーションを起動
  offkai [--db PATH | --demo] check                     データベースを検査
  offkai [--db PATH | --demo] venues list [--format csv|json]
                                                        会場の一覧を出力
</translation>
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
        <source>“%1” is damaged and cannot be opened. It was left untouched; restore it from a backup in “%2”.</source>
        <translation>「%1」は破損しているため開けません。ファイルは変更されていません。「%2」にあるバックアップから復元してください。</translation>
    </message>
    <message>
        <source>“%1” failed SQLite&apos;s integrity check and cannot be opened. It was left untouched; restore it from a backup in “%2”.</source>
        <translation>「%1」はSQLiteの整合性チェックで問題が見つかったため開けません。ファイルは変更されていません。「%2」にあるバックアップから復元してください。</translation>
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
</context>
<context>
    <name>offkai::MainWindow</name>
    <message>
        <source>Offkai databases (*.sqlite *.offkai);;All files (*)</source>
        <translation>Offkaiデータベース (*.sqlite *.offkai);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>セクション</translation>
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
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
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
        <source>Open &amp;Recent</source>
        <translation>最近使ったデータベース(&amp;R)</translation>
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
        <source>Demo database</source>
        <translation>デモデータベース</translation>
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
        <source>New Database</source>
        <translation>新規データベース</translation>
    </message>
    <message>
        <source>“%1” already exists, so Offkai opens it instead of replacing it.</source>
        <translation>「%1」はすでに存在するため、置き換えずにそのファイルを開きます。</translation>
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
</context>
<context>
    <name>offkai::Transaction</name>
    <message>
        <source>Could not save the changes.</source>
        <translation>変更を保存できませんでした。</translation>
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
    <message>
        <source>Output format: csv or json.</source>
        <translation>出力形式（csv または json）。</translation>
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
        <source>Unknown format “%1”: use csv or json.</source>
        <translation>「%1」は不明な形式です。csv または json を指定してください。</translation>
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
</context>
<context>
    <name>offkai::WelcomeWidget</name>
    <message>
        <source>No database is open</source>
        <translation>データベースが開かれていません</translation>
    </message>
    <message>
        <source>Offkai keeps your community&apos;s members, events and venues in one file on your own disk. Create a new one, open an existing one, or explore the demo community.</source>
        <translation>Offkaiは、コミュニティのメンバー・イベント・会場を、お使いのコンピューター上の1つのファイルにまとめて保存します。新しいデータベースを作成するか、既存のデータベースを開くか、デモのコミュニティを試してみてください。</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>新規データベース(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>データベースを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Explore the &amp;Demo</source>
        <translation>デモを試す(&amp;D)</translation>
    </message>
</context>
</TS>
