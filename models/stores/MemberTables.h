#pragma once

#include <memory>

namespace offkai {

class Database;
class JoinQuestionCatalog;
class MemberBulkActions;
class MemberBulkWrite;
class MemberDuplicates;
class MemberEngagement;
class MemberList;
class MemberSearchIndex;
class MemberStatements;
class MemberStore;
class OccupationCatalog;

/// The classes that share the member tables on one connection, made together in the order they depend
/// on one another: the shared statements first, then the search index, the records, and the jobs built
/// on them. Workspace holds one; a test that needs only members makes one over its own Database.
class MemberTables
{
public:
    explicit MemberTables(Database &database);
    ~MemberTables();
    MemberTables(const MemberTables &) = delete;
    MemberTables &operator=(const MemberTables &) = delete;

    MemberStore &records() const { return *m_records; }
    MemberList &list() const { return *m_list; }
    MemberSearchIndex &search() const { return *m_search; }
    MemberBulkWrite &bulkWrite() const { return *m_bulkWrite; }
    MemberBulkActions &actions() const { return *m_actions; }
    MemberDuplicates &duplicates() const { return *m_duplicates; }
    MemberEngagement &engagement() const { return *m_engagement; }
    OccupationCatalog &occupations() const { return *m_occupations; }
    JoinQuestionCatalog &joinQuestions() const { return *m_joinQuestions; }
    /// Drops the statements prepared on the connection (it is being opened again).
    void forgetPrepared();

private:
    std::unique_ptr<MemberStatements> m_statements;
    std::unique_ptr<MemberSearchIndex> m_search;
    std::unique_ptr<MemberStore> m_records;
    std::unique_ptr<MemberList> m_list;
    std::unique_ptr<MemberBulkWrite> m_bulkWrite;
    std::unique_ptr<MemberBulkActions> m_actions;
    std::unique_ptr<MemberDuplicates> m_duplicates;
    std::unique_ptr<MemberEngagement> m_engagement;
    std::unique_ptr<OccupationCatalog> m_occupations;
    std::unique_ptr<JoinQuestionCatalog> m_joinQuestions;
};

} // namespace offkai
