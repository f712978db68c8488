# Sources of models/reports, added to offkai_models. Relative paths, so that lupdate sees them too
# (translations/CMakeLists.txt collects only the relative sources of offkai_models).
target_sources(offkai_models PRIVATE
    reports/MarkdownText.cpp reports/MarkdownText.h
    reports/ReportLanguage.cpp reports/ReportLanguage.h
    reports/HeadcountText.cpp reports/HeadcountText.h
    reports/ReportNaming.cpp reports/ReportNaming.h
    reports/ReportTemplate.cpp reports/ReportTemplate.h
    reports/GeneratedRegionGuard.cpp reports/GeneratedRegionGuard.h
    reports/TentativeNote.cpp reports/TentativeNote.h
    reports/ReportExporter.cpp reports/ReportExporter.h
    reports/ReportExportLayout.cpp reports/ReportExportLayout.h
    reports/ReportExportPreset.cpp reports/ReportExportPreset.h
    reports/ReportFrontMatter.cpp reports/ReportFrontMatter.h
    reports/YamlWriter.cpp reports/YamlWriter.h
    reports/TextStatistics.cpp reports/TextStatistics.h
)

# The default report templates, ":/offkai/templates/report_<language>.md".
qt_add_resources(offkai_models "offkai_report_templates"
    PREFIX "/offkai/templates"
    BASE ${PROJECT_SOURCE_DIR}/resources/templates
    FILES
        ${PROJECT_SOURCE_DIR}/resources/templates/report_ja.md
        ${PROJECT_SOURCE_DIR}/resources/templates/report_en.md)
