<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>offkai::ReportExporter</name>
    <message>
        <source>Could not write “%1”.</source>
        <translation>「%1」に書き込めませんでした。</translation>
    </message>
    <message>
        <source>The photo name “%1” cannot be used as a file name.</source>
        <translation>写真の名前「%1」はファイル名に使えません。</translation>
    </message>
    <message>
        <source>Two photos are named “%1”.</source>
        <translation>「%1」という名前の写真が2枚あります。</translation>
    </message>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation>フォルダー「%1」を作成できませんでした。</translation>
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
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>%1: report</source>
        <comment>default title of a report about an event</comment>
        <translation>%1 レポート</translation>
    </message>
</context>
</TS>
