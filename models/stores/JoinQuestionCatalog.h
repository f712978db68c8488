#pragma once

#include "core/Result.h"
#include "records/JoinQuestion.h"

#include <QList>
#include <QString>

namespace offkai {

class Database;
class MemberStore;

/// The questions an applicant answers when joining, for MemberStore, which forwards to it (see there).
/// Changes are announced by the store's joinQuestionsChanged.
class JoinQuestionCatalog
{
public:
    JoinQuestionCatalog(Database &database, MemberStore &store);

    Result<QList<JoinQuestion>> joinQuestions() const;
    Result<qint64> addJoinQuestion(const QString &text);
    Result<void> updateJoinQuestion(const JoinQuestion &question);
    Result<void> removeJoinQuestion(qint64 id);

private:
    Database &m_database;
    /// Announces the changes.
    MemberStore &m_store;
};

} // namespace offkai
