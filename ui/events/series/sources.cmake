# Recurring series: the editor, the speaker pipeline and their undo commands. Relative paths, so that
# lupdate sees them too (translations/CMakeLists.txt collects only the relative sources of offkai_ui).
target_sources(offkai_ui PRIVATE
    events/series/AddSeriesCommand.cpp events/series/AddSeriesCommand.h
    events/series/ConfirmOccurrenceCommand.cpp events/series/ConfirmOccurrenceCommand.h
    events/series/DeleteSeriesCommand.cpp events/series/DeleteSeriesCommand.h
    events/series/OccurrenceScopeDialog.cpp events/series/OccurrenceScopeDialog.h
    events/series/RepeatRuleEditor.cpp events/series/RepeatRuleEditor.h
    events/series/SeriesChangeCommand.cpp events/series/SeriesChangeCommand.h
    events/series/SeriesEditorDialog.cpp events/series/SeriesEditorDialog.h
    events/series/SeriesPipelineDialog.cpp events/series/SeriesPipelineDialog.h
    events/series/SeriesPreview.cpp events/series/SeriesPreview.h
    events/series/SlotSpeakerDialog.cpp events/series/SlotSpeakerDialog.h
    events/series/SplitSeriesCommand.cpp events/series/SplitSeriesCommand.h
)
