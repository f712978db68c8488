<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>offkai::BillSplitDialog</name>
    <message numerus="yes">
        <source>%n people pay %1 each.</source>
        <translation>
            <numerusform>%n person pays %1.</numerusform>
            <numerusform>%n people pay %1 each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people pay %1 to %2 each; the shares add up to %3.</source>
        <translation>
            <numerusform>%n person pays %1 to %2; the share adds up to %3.</numerusform>
            <numerusform>%n people pay %1 to %2 each; the shares add up to %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>offkai::CalendarCommand</name>
    <message numerus="yes">
        <source>Exported %n event(s)</source>
        <translation>
            <numerusform>Exported %n event</numerusform>
            <numerusform>Exported %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>%n series</numerusform>
            <numerusform>%n series</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n tentative event(s) without a day.</source>
        <translation>
            <numerusform>Left out %n tentative event without a day.</numerusform>
            <numerusform>Left out %n tentative events without a day.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>offkai::CalendarExportDialog</name>
    <message numerus="yes">
        <source>%n tentative event(s) without a day were left out: a calendar file needs a date for each event.</source>
        <translation>
            <numerusform>%n tentative event without a day was left out: a calendar file needs a date for each event.</numerusform>
            <numerusform>%n tentative events without a day were left out: a calendar file needs a date for each event.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>offkai::CalendarImportDialog</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n to update</source>
        <translation>
            <numerusform>, %n to update</numerusform>
            <numerusform>, %n to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unchanged</source>
        <translation>
            <numerusform>, %n unchanged</numerusform>
            <numerusform>, %n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n new venue(s).</source>
        <translation>
            <numerusform>, %n new venue.</numerusform>
            <numerusform>, %n new venues.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>offkai::CalendarPage</name>
    <message numerus="yes">
        <source>%n person(s) moved from the waitlist to going.</source>
        <translation>
            <numerusform>%n person moved from the waitlist to going.</numerusform>
            <numerusform>%n people moved from the waitlist to going.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and the answers and attendance of its %n participant(s)?</source>
        <translation>
            <numerusform>Delete “%1” and the answers and attendance of its %n participant?</numerusform>
            <numerusform>Delete “%1” and the answers and attendance of its %n participants?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>offkai::ChangeHistoryDialog</name>
    <message numerus="yes">
        <source>The latest %n change(s).</source>
        <translation>
            <numerusform>The latest %n change.</numerusform>
            <numerusform>The latest %n changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n change.</numerusform>
            <numerusform>%n changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>offkai::CheckCommand</name>
    <message numerus="yes">
        <source>series: %n checked, all usable</source>
        <translation>
            <numerusform>series: %n checked, usable</numerusform>
            <numerusform>series: %n checked, all usable</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>offkai::CommunitySettingsStore</name>
    <message numerus="yes">
        <source>The community&apos;s name is longer than %n characters.</source>
        <translation>
            <numerusform>The community&apos;s name is longer than %n character.</numerusform>
            <numerusform>The community&apos;s name is longer than %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>offkai::ConflictDialog</name>
    <message numerus="yes">
        <source>Choose the value to keep in each field. In %n field(s) you both made changes (in bold).</source>
        <translation>
            <numerusform>Choose the value to keep in each field. In %n field you both made changes (in bold).</numerusform>
            <numerusform>Choose the value to keep in each field. In %n fields you both made changes (in bold).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>offkai::ConnectionBanner</name>
    <message numerus="yes">
        <source>The connection to the team database was lost. What you type is kept and saved when the server is back; nothing is half-saved. Trying again in %n second(s).</source>
        <translation>
            <numerusform>The connection to the team database was lost. What you type is kept and saved when the server is back; nothing is half-saved. Trying again in %n second.</numerusform>
            <numerusform>The connection to the team database was lost. What you type is kept and saved when the server is back; nothing is half-saved. Trying again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>offkai::DashboardPage</name>
    <message numerus="yes">
        <source>%n member(s) without a join date are counted here but not by month.</source>
        <translation>
            <numerusform>%n member without a join date is counted here but not by month.</numerusform>
            <numerusform>%n members without a join date are counted here but not by month.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n different member(s) came.</source>
        <translation>
            <numerusform>%n member came.</numerusform>
            <numerusform>%n different members came.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n attendee(s) came to two or more events.</source>
        <translation>
            <numerusform>%1 of %n attendee came to two or more events.</numerusform>
            <numerusform>%1 of %n attendees came to two or more events.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n new member(s) were brought by a member.</source>
        <translation>
            <numerusform>%1 of %n new member was brought by a member.</numerusform>
            <numerusform>%1 of %n new members were brought by a member.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>offkai::DuplicatesDialog</name>
    <message numerus="yes">
        <source>%n pair(s) that may be the same person. Merging keeps every event, tag and answer, and can be undone.</source>
        <translation>
            <numerusform>%n pair that may be the same person. Merging keeps every event, tag and answer, and can be undone.</numerusform>
            <numerusform>%n pairs that may be the same person. Merging keeps every event, tag and answer, and can be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>offkai::EventChipDelegate</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>offkai::EventHistoryView</name>
    <message numerus="yes">
        <source>%n event(s), came to %1.</source>
        <translation>
            <numerusform>%n event, came to %1.</numerusform>
            <numerusform>%n events, came to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) here.</source>
        <translation>
            <numerusform>%n event here.</numerusform>
            <numerusform>%n events here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>offkai::EventStore</name>
    <message numerus="yes">
        <source>This type is used by %n event(s). Change their type first.</source>
        <translation>
            <numerusform>This type is used by %n event. Change its type first.</numerusform>
            <numerusform>This type is used by %n events. Change their type first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>offkai::MemberEngagementView</name>
    <message numerus="yes">
        <source>%n event(s) in a row</source>
        <translation>
            <numerusform>%n event in a row</numerusform>
            <numerusform>%n events in a row</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>offkai::MembersPage</name>
    <message numerus="yes">
        <source>Not seen for %n month(s)</source>
        <translation>
            <numerusform>Not seen for %n month</numerusform>
            <numerusform>Not seen for %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applicant(s) waiting for approval — show them</source>
        <translation>
            <numerusform>%n applicant waiting for approval — show them</numerusform>
            <numerusform>%n applicants waiting for approval — show them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Member(s)</source>
        <translation>
            <numerusform>Delete %n Member</numerusform>
            <numerusform>Delete %n Members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n member(s). Undo brings them back.</source>
        <translation>
            <numerusform>Deleted %n member. Undo brings them back.</numerusform>
            <numerusform>Deleted %n members. Undo brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n Member(s)</source>
        <translation>
            <numerusform>Approve %n Member</numerusform>
            <numerusform>Approve %n Members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approved %n member(s).</source>
        <translation>
            <numerusform>Approved %n member.</numerusform>
            <numerusform>Approved %n members.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set Status of %n Member(s)</source>
        <translation>
            <numerusform>Set Status of %n Member</numerusform>
            <numerusform>Set Status of %n Members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag for %n selected member(s):</source>
        <translation>
            <numerusform>Tag for %n selected member:</numerusform>
            <numerusform>Tag for %n selected members:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n Member(s) “%1”</source>
        <translation>
            <numerusform>Tag %n Member “%1”</numerusform>
            <numerusform>Tag %n Members “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n address(es) for BCC.</source>
        <translation>
            <numerusform>Copied %n address for BCC.</numerusform>
            <numerusform>Copied %n addresses for BCC.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Export %n Selected…</source>
        <translation>
            <numerusform>&amp;Export %n Selected…</numerusform>
            <numerusform>&amp;Export %n Selected…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 or more of %n member(s)</source>
        <translation>
            <numerusform>%1 or more of %n member</numerusform>
            <numerusform>%1 or more of %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n member(s)</source>
        <translation>
            <numerusform>%1 of %n member</numerusform>
            <numerusform>%1 of %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>offkai::OccupationCatalog</name>
    <message numerus="yes">
        <source>This occupation cannot be removed because %n member(s) have it.</source>
        <translation>
            <numerusform>This occupation cannot be removed because %n member has it.</numerusform>
            <numerusform>This occupation cannot be removed because %n members have it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>offkai::ParticipantFile</name>
    <message numerus="yes">
        <source>%n cells beyond the header row are not read.</source>
        <translation>
            <numerusform>%n cell beyond the header row is not read.</numerusform>
            <numerusform>%n cells beyond the header row are not read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>offkai::ParticipantImportDialog</name>
    <message numerus="yes">
        <source>%1 file, %n row(s)</source>
        <translation>
            <numerusform>%1 file, %n row</numerusform>
            <numerusform>%1 file, %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Review %n Row(s) &gt;</source>
        <translation>
            <numerusform>&amp;Review %n Row &gt;</numerusform>
            <numerusform>&amp;Review %n Rows &gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>offkai::ParticipantImportModel</name>
    <message numerus="yes">
        <source>Came (%n min)</source>
        <translation>
            <numerusform>Came (%n min)</numerusform>
            <numerusform>Came (%n min)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>offkai::PublishErrors</name>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s). Check your Internet connection and try again later.</source>
        <translation>
            <numerusform>%1 did not answer within %n second. Check your Internet connection and try again later.</numerusform>
            <numerusform>%1 did not answer within %n seconds. Check your Internet connection and try again later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>offkai::ReportExportDialog</name>
    <message numerus="yes">
        <source>%n file(s) of this export are already in the folder:
%1
Replace them?</source>
        <translation>
            <numerusform>%n file of this export is already in the folder:
%1
Replace it?</numerusform>
            <numerusform>%n files of this export are already in the folder:
%1
Replace them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>offkai::ReportListModel</name>
    <message numerus="yes">
        <source>Published to %n blog(s)</source>
        <translation>
            <numerusform>Published to %n blog</numerusform>
            <numerusform>Published to %n blogs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>offkai::ReportPhotoStrip</name>
    <message numerus="yes">
        <source>Remove %n photo(s) from this report? Links to them in the text will show nothing.</source>
        <translation>
            <numerusform>Remove %n photo from this report? Links to it in the text will show nothing.</numerusform>
            <numerusform>Remove %n photos from this report? Links to them in the text will show nothing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>offkai::TeamTransfer</name>
    <message numerus="yes">
        <source>The team database is not empty: its table “%1” holds %n row(s). A push copies a community into an empty team database only. Nothing was changed.</source>
        <translation>
            <numerusform>The team database is not empty: its table “%1” holds %n row. A push copies a community into an empty team database only. Nothing was changed.</numerusform>
            <numerusform>The team database is not empty: its table “%1” holds %n rows. A push copies a community into an empty team database only. Nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The new file is not empty: its table “%1” holds %n row(s). Nothing was copied.</source>
        <translation>
            <numerusform>The new file is not empty: its table “%1” holds %n row. Nothing was copied.</numerusform>
            <numerusform>The new file is not empty: its table “%1” holds %n rows. Nothing was copied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>offkai::Venue</name>
    <message numerus="yes">
        <source>%n min walk</source>
        <translation>
            <numerusform>%n min walk</numerusform>
            <numerusform>%n min walk</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>offkai::VenueStore</name>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This venue cannot be deleted because %n event(s) use it:</source>
        <translation>
            <numerusform>This venue cannot be deleted because %n event uses it:</numerusform>
            <numerusform>This venue cannot be deleted because %n events use it:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>offkai::VenuesPage</name>
    <message numerus="yes">
        <source>%1 of %n venue(s)</source>
        <translation>
            <numerusform>%1 of %n venue</numerusform>
            <numerusform>%1 of %n venues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n venue(s)</source>
        <translation>
            <numerusform>%n venue</numerusform>
            <numerusform>%n venues</numerusform>
        </translation>
    </message>
</context>
</TS>
