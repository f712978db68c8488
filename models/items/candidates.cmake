# The candidate dates of a series, for the speaker pipeline.
target_sources(offkai_models PRIVATE items/CandidateTableModel.cpp items/CandidateTableModel.h)
