#pragma once

#include "core/Result.h"
#include "records/JoinQuestion.h"

#include <QList>
#include <QObject>
#include <QString>

namespace offkai {

class Database;

/// The questions an applicant answers when joining.
class JoinQuestionCatalog : public QObject
{
    Q_OBJECT
public:
    explicit JoinQuestionCatalog(Database &database, QObject *parent = nullptr);

    Result<QList<JoinQuestion>> all() const;
    Result<qint64> add(const QString &text);
    Result<void> update(const JoinQuestion &question);
    /// Removes a question and every answer to it.
    Result<void> remove(qint64 id);

Q_SIGNALS:
    void joinQuestionsChanged();

private:
    Database &m_database;
};

} // namespace offkai
