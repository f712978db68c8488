#include "MemberTables.h"

#include "JoinQuestionCatalog.h"
#include "MemberBulkActions.h"
#include "MemberBulkWrite.h"
#include "MemberDuplicates.h"
#include "MemberEngagement.h"
#include "MemberList.h"
#include "MemberSearchIndex.h"
#include "MemberStatements.h"
#include "MemberStore.h"
#include "OccupationCatalog.h"

namespace offkai {

MemberTables::MemberTables(Database &database)
    : m_statements(std::make_unique<MemberStatements>(database))
    , m_search(std::make_unique<MemberSearchIndex>(*m_statements))
    , m_records(std::make_unique<MemberStore>(*m_statements, *m_search))
    , m_list(std::make_unique<MemberList>(*m_statements, *m_search))
    , m_bulkWrite(std::make_unique<MemberBulkWrite>(*m_statements, *m_search))
    , m_actions(std::make_unique<MemberBulkActions>(*m_statements, *m_search))
    , m_duplicates(std::make_unique<MemberDuplicates>(*m_statements, *m_records))
    , m_engagement(std::make_unique<MemberEngagement>(*m_statements))
    , m_occupations(std::make_unique<OccupationCatalog>(database))
    , m_joinQuestions(std::make_unique<JoinQuestionCatalog>(database))
{
    // The list remembers the occupations' names a search term may match until the catalogue changes.
    QObject::connect(m_occupations.get(), &OccupationCatalog::occupationsChanged, m_occupations.get(),
                     [list = m_list.get()] { list->forgetOccupations(); });
}

MemberTables::~MemberTables() = default;

void MemberTables::forgetPrepared()
{
    m_statements->forgetPrepared();
}

} // namespace offkai
