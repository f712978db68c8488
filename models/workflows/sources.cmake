# Workflows: what takes a Workspace, calls several stores and owns its transaction. Formats stay pure
# functions of values and stores hold the SQL; a workflow joins them.
target_sources(offkai_models PRIVATE
    workflows/MemberImporter.cpp workflows/MemberImporter.h
    workflows/MemberRowParser.cpp workflows/MemberRowParser.h
    workflows/MemberCsvExporter.cpp workflows/MemberCsvExporter.h
    workflows/CalendarImporter.cpp workflows/CalendarImporter.h
    workflows/ParticipantImporter.cpp workflows/ParticipantImporter.h
    workflows/CalendarExporter.cpp workflows/CalendarExporter.h
    workflows/ConflictFinder.cpp workflows/ConflictFinder.h
    workflows/AnnouncementLoader.cpp workflows/AnnouncementLoader.h
    workflows/ReportContextLoader.cpp workflows/ReportContextLoader.h
    workflows/ReportPublisher.cpp workflows/ReportPublisher.h
    workflows/TeamPasswords.cpp workflows/TeamPasswords.h
    workflows/AccountSecrets.cpp workflows/AccountSecrets.h
    workflows/DemoDatabase.cpp workflows/DemoDatabase.h
    workflows/DemoData.cpp workflows/DemoData.h
    workflows/DemoReports.cpp workflows/DemoReports.h
    workflows/DemoSeries.cpp workflows/DemoSeries.h
    workflows/DemoHistory.cpp workflows/DemoHistory.h
    workflows/DemoPeople.cpp workflows/DemoPeople.h
    workflows/DemoAttendance.cpp workflows/DemoAttendance.h
    workflows/DemoRandom.cpp workflows/DemoRandom.h
    workflows/MemberRestorer.cpp workflows/MemberRestorer.h
    workflows/EventRestorer.cpp workflows/EventRestorer.h
    workflows/TeamTransfer.cpp workflows/TeamTransfer.h
)
