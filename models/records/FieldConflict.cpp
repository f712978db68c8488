#include "FieldConflict.h"

#include <algorithm>

namespace offkai {

FieldConflict::FieldConflict(QString recordName, QDateTime savedAt, QString savedBy, QList<Row> rows)
    : m_recordName(std::move(recordName))
    , m_savedAt(std::move(savedAt))
    , m_savedBy(std::move(savedBy))
    , m_rows(std::move(rows))
{}

int FieldConflict::disagreements() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.bothChanged; }));
}

QSet<QString> FieldConflict::defaultChoices() const
{
    QSet<QString> keep;
    for (const Row &row : m_rows) {
        if (row.keepMineByDefault)
            keep.insert(row.key);
    }
    return keep;
}

} // namespace offkai
