<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>VenueEditor</name>
    <message>
        <source>Problem with the venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the address on a map in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to search the address on a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nearest stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line, stop and minutes on foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nearby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convenience stores, cafés, landmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Price range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Online meeting URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online meeting URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For online venues: the meeting room link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Members, events, venues and meetup reports for community organizers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a fresh demo database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language: ja or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>offkai::AboutDialog</name>
    <message>
        <source>About Offkai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members, events, venues and meetup reports for the people who run communities. Your data stays on your own disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offkai is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offkai is built with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LGPL 3.0 or GPL 2.0/3.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public domain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>offkai::Backups</name>
    <message>
        <source>Could not create the backup folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write a backup copy of the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>offkai::CheckCommand</name>
    <message>
        <source>database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema: %1 (this Offkai: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was saved by a newer version of Offkai. Update Offkai to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>offkai::CommandLine</name>
    <message>
        <source>Usage:
  offkai [--db PATH | --demo] [--lang ja|en]            start the application
  offkai [--db PATH | --demo] check                     check a database
  offkai [--db PATH | --demo] venues list [--format csv|json]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a fresh demo database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: ja or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --db or --demo, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>offkai::Database</name>
    <message>
        <source>“%1” is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an Offkai database: it is not an SQLite file. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is read-only. Offkai needs to write to its database: make the file writable, or open a copy of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” is read-only. Offkai keeps its journal, lock and backups beside the database: move the file to a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already open in another Offkai window (process %2 on %3). Close it there, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offkai could not create its lock file beside “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offkai cannot open databases: the Qt SQLite driver is missing. Reinstall Offkai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened. It was left untouched; restore it from a backup in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” failed SQLite&apos;s integrity check and cannot be opened. It was left untouched; restore it from a backup in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Offkai (schema %2; this version understands up to %3). Update Offkai to open it. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>offkai::DemoData</name>
    <message>
        <source>Could not create the demo database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>offkai::DemoDatabase</name>
    <message>
        <source>Could not create the folder for the demo database: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous demo database “%1” is in use and cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>offkai::MainWindow</name>
    <message>
        <source>Offkai databases (*.sqlite *.offkai);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an existing database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Demo Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore a sample community; your own database is not touched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Offkai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” no longer exists. It was removed from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Offkai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: changes are discarded when Offkai closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a temporary folder for the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists, so Offkai opens it instead of replacing it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>offkai::Migrations</name>
    <message>
        <source>The database schema bundled with Offkai is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the database&apos;s schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the database to schema version %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>offkai::SqlErrors</name>
    <message>
        <source>The disk is full. Nothing was changed; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported an error. Nothing was changed; check the drive and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from one of the automatic backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data breaks a rule of the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>offkai::Transaction</name>
    <message>
        <source>Could not save the changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>offkai::Venue</name>
    <message>
        <source>exit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min walk</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Café</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rental space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>offkai::VenueEditor</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 · Last changed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No venue selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed venue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>offkai::VenueStore</name>
    <message>
        <source>A venue needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each nearest station needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walking minutes cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web page must be an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map link must be an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The online meeting URL must be an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the venues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the venue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the venue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the venue&apos;s events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This venue cannot be deleted because %n event(s) are held there:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete the venue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>offkai::VenueTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>offkai::VenuesCommand</name>
    <message>
        <source>Usage: offkai [--db PATH | --demo] venues list [--format csv|json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format “%1”: use csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>offkai::VenuesPage</name>
    <message>
        <source>Add Venue “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Venue “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Venue “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, address, station, notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search venues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a venue and edit its details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected venue (can be undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to the venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the venue&apos;s address on a map in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n venue(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n venue(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>offkai::WelcomeWidget</name>
    <message>
        <source>No database is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offkai keeps your community&apos;s members, events and venues in one file on your own disk. Create a new one, open an existing one, or explore the demo community.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore the &amp;Demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
