#include "JoinQuestionCatalog.h"

#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/SqlErrors.h"

#include <QSqlQuery>

namespace offkai {

JoinQuestionCatalog::JoinQuestionCatalog(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{}

Result<QList<JoinQuestion>> JoinQuestionCatalog::all() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT id, position, text FROM join_questions ORDER BY position, id")))
        return SqlErrors::fromQuery(query, tr("Could not read the join questions."));
    QList<JoinQuestion> list;
    while (query.next())
        list.append({query.value(0).toLongLong(), query.value(1).toInt(), query.value(2).toString()});
    return list;
}

Result<qint64> JoinQuestionCatalog::add(const QString &text)
{
    if (text.trimmed().isEmpty())
        return Error(Error::Code::Invalid, tr("A join question needs some text."));
    QSqlQuery query(m_database.connection());
    const SqlDialect dialect = SqlDialect::of(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO join_questions (position, text) "
                                 "VALUES ((SELECT coalesce(max(position) + 1, 0) FROM join_questions), ?)") +
                  dialect.returningId());
    query.addBindValue(text.trimmed());
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not add the join question."));
    const qint64 id = dialect.insertedId(query);
    Q_EMIT joinQuestionsChanged();
    return id;
}

Result<void> JoinQuestionCatalog::update(const JoinQuestion &question)
{
    if (question.text.trimmed().isEmpty())
        return Error(Error::Code::Invalid, tr("A join question needs some text."));
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE join_questions SET position = ?, text = ? WHERE id = ?"));
    query.addBindValue(question.position);
    query.addBindValue(question.text.trimmed());
    query.addBindValue(question.id);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not save the join question."));
    if (query.numRowsAffected() != 1)
        return Error(Error::Code::NotFound, tr("The join question no longer exists."),
                     QStringLiteral("question %1").arg(question.id));
    Q_EMIT joinQuestionsChanged();
    return {};
}

Result<void> JoinQuestionCatalog::remove(qint64 id)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM join_questions WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not delete the join question."));
    if (query.numRowsAffected() != 1)
        return Error(Error::Code::NotFound, tr("The join question no longer exists."),
                     QStringLiteral("question %1").arg(id));
    Q_EMIT joinQuestionsChanged();
    return {};
}

} // namespace offkai
