#include "MemberListQuery.h"

#include "MemberEngagement.h"
#include "records/Member.h"
#include "text/SearchDocument.h"
#include "text/TextNormalizer.h"

#include <algorithm>
#include <QDate>
#include <utility>

namespace offkai {

namespace {

bool isCjkToken(const QString &token)
{
    const char32_t first = token.size() > 1 && token.at(0).isHighSurrogate()
                               ? QChar::surrogateToUcs4(token.at(0), token.at(1))
                               : char32_t(token.at(0).unicode());
    return TextNormalizer::isCjk(first);
}

/// "?, ?, ?" for `n` values.
QString placeholders(qsizetype n)
{
    QStringList marks(n, QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

/// The FTS5 MATCH expression for what the user typed: every term must match (implicit AND); a term is a
/// quoted phrase of its tokens, so nothing the user types is read as FTS syntax (AND, OR, NEAR, *, ^,
/// column filters, parentheses); a term ending in a Latin word matches that word as a prefix.
QString matchExpression(const QList<QStringList> &terms)
{
    QStringList parts;
    for (const QStringList &tokens : terms) {
        QString phrase = tokens.join(QLatin1Char(' '));
        phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        QString part = QLatin1Char('"') + phrase + QLatin1Char('"');
        if (!isCjkToken(tokens.constLast()))
            part += QStringLiteral(" *");
        parts.append(part);
    }
    return parts.join(QLatin1Char(' '));
}

QString likePattern(const QStringList &tokens)
{
    QString escaped = tokens.join(QLatin1Char(' '));
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

QString MemberListQuery::orderBy(const MemberQuery &query) const
{
    const bool desc = query.order == Qt::DescendingOrder;
    const QString dir = desc ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString tail = QStringLiteral(", p.sort_key") + dir + QStringLiteral(", m.id") + dir;
    switch (query.sort) {
    case MemberQuery::Sort::Name:
        return QStringLiteral("p.name_key") + dir + QStringLiteral(", m.id") + dir;
    case MemberQuery::Sort::Status:
        return QStringLiteral("CASE m.status WHEN 'applicant' THEN 0 WHEN 'active' THEN 1 "
                              "WHEN 'inactive' THEN 2 ELSE 3 END") +
               dir + tail;
    case MemberQuery::Sort::Occupation:
        return QStringLiteral("m.occupation") + dir + tail;
    case MemberQuery::Sort::Affiliation:
        return QStringLiteral("m.affiliation = '', ") +
               m_dialect.caseInsensitive(QStringLiteral("m.affiliation")) + dir + tail;
    case MemberQuery::Sort::Email:
        return QStringLiteral("m.email = '', ") + m_dialect.caseInsensitive(QStringLiteral("m.email")) + dir +
               tail;
    case MemberQuery::Sort::JoinedOn:
        // Members without a join date come last in both directions.
        return QStringLiteral("m.joined_on IS NULL, m.joined_on") + dir + tail;
    case MemberQuery::Sort::LastAttended:
        // Members who never came last in both directions: a sentinel after (or before) every time.
        return QStringLiteral("coalesce(") + MemberEngagement::lastAttendedSql(QStringLiteral("m.id")) +
               (desc ? QStringLiteral(", '')") : QStringLiteral(", '~')")) + dir + tail;
    case MemberQuery::Sort::Attended:
        return MemberEngagement::attendedCountSql(QStringLiteral("m.id")) + dir + tail;
    case MemberQuery::Sort::Reading:
        break;
    }
    return QStringLiteral("p.sort_key") + dir + QStringLiteral(", m.id") + dir;
}

QString MemberListQuery::rowColumns(const SqlDialect &dialect)
{
    static const QString sqlite =
        QStringLiteral(
            "m.id, m.display_name, m.reading, m.email, m.affiliation, m.occupation, m.status, m.joined_on, "
            "(SELECT group_concat(name, ', ') FROM (SELECT t.name FROM member_tags mt JOIN tags t ON t.id = "
            "mt.tag_id WHERE mt.member_id = m.id ORDER BY t.name)), ") +
        MemberEngagement::lastAttendedDaySql(QStringLiteral("m.id")) + QStringLiteral(", ") +
        MemberEngagement::attendedCountSql(QStringLiteral("m.id"));
    static const QString postgres =
        QStringLiteral(
            "m.id, m.display_name, m.reading, m.email, m.affiliation, m.occupation, m.status, m.joined_on, "
            "(SELECT string_agg(t.name, ', ' ORDER BY t.name) FROM member_tags mt JOIN tags t ON t.id = "
            "mt.tag_id WHERE mt.member_id = m.id), ") +
        MemberEngagement::lastAttendedDaySql(QStringLiteral("m.id"), true) + QStringLiteral(", ") +
        MemberEngagement::attendedCountSql(QStringLiteral("m.id"));
    return dialect.isPostgreSql() ? postgres : sqlite;
}

MemberListQuery::MemberListQuery(bool fts, Estimate estimate, QList<OccupationName> occupations,
                                 SqlDialect dialect)
    : m_fts(fts)
    , m_dialect(dialect)
    , m_estimate(std::move(estimate))
    , m_occupations(std::move(occupations))
{}

QString MemberListQuery::textCondition(const QList<QStringList> &terms, QVariantList &values,
                                       bool steered) const
{
    if (m_dialect.isPostgreSql()) {
        const QString query = SearchDocument::query(terms);
        if (query.isEmpty())
            return m_dialect.never(); // as FTS5 matches nothing for phrases without a token
        const QList<SearchDocument::Lexeme> lexemes =
            steered ? SearchDocument::queryLexemes(terms) : QList<SearchDocument::Lexeme>();
        if (lexemes.size() > 1) {
            // The index finds the rarest lexeme, whose share PostgreSQL knows; the whole search is a
            // filter it does not estimate (ts_match_vq is what @@ calls), so that it does not multiply
            // the shares of lexemes that come together.
            const SearchDocument::Lexeme &rarest = lexemes.at(m_statistics.rarest(lexemes));
            values.append(QString(SearchDocument::quoted(rarest.text) +
                                  (rarest.prefix ? QStringLiteral(":*") : QString())));
            values.append(query);
            return QStringLiteral("p.search_doc @@ ?::tsquery AND ts_match_vq(p.search_doc, ?::tsquery)");
        }
        values.append(query);
        return QStringLiteral("p.search_doc @@ ?::tsquery");
    }
    values.append(matchExpression(terms));
    return QStringLiteral("m.id IN (SELECT rowid FROM member_search WHERE member_search MATCH ?)");
}

bool MemberListQuery::namesOccupation(const QList<QStringList> &terms) const
{
    return std::any_of(terms.cbegin(), terms.cend(),
                       [this](const QStringList &tokens) { return !occupationKeys(tokens).isEmpty(); });
}

QStringList MemberListQuery::occupationKeys(const QStringList &termTokens) const
{
    QStringList keys;
    const qsizetype n = termTokens.size();
    for (const OccupationName &name : m_occupations) {
        if (n == 0 || keys.contains(name.key))
            continue;
        for (qsizetype i = 0; i + n <= name.tokens.size(); ++i) {
            bool same = true;
            for (qsizetype j = 0; same && j + 1 < n; ++j)
                same = name.tokens.at(i + j) == termTokens.at(j);
            const QString &last = termTokens.constLast();
            const QString &candidate = name.tokens.at(i + n - 1);
            if (same && (isCjkToken(last) ? candidate == last : candidate.startsWith(last))) {
                keys.append(name.key);
                break;
            }
        }
    }
    return keys;
}

QString MemberListQuery::whereClause(const MemberQuery &q, QVariantList &values, bool &needsProfile) const
{
    return whereClause(q, values, needsProfile, false);
}

QString MemberListQuery::whereClause(const MemberQuery &q, QVariantList &values, bool &needsProfile,
                                     bool steered) const
{
    QStringList conditions;
    const QList<QStringList> terms = TextNormalizer::queryTerms(q.search);
    if (!q.search.trimmed().isEmpty() && terms.isEmpty()) {
        // Only punctuation or symbols: nothing in the index can match.
        conditions.append(m_dialect.never());
    } else if (!terms.isEmpty() && m_fts) {
        if (m_dialect.isPostgreSql())
            needsProfile = true; // search_doc is a column of member_profiles
        // Terms that name an occupation also find its members; the others go in one MATCH.
        QList<QStringList> textOnly;
        QStringList occupationConditions;
        QVariantList occupationValues;
        for (const QStringList &tokens : terms) {
            const QStringList keys = occupationKeys(tokens);
            if (keys.isEmpty()) {
                textOnly.append(tokens);
                continue;
            }
            // On PostgreSQL, the occupation's members by their ids, read from the occupation index alone
            // and looked up in a hash as the list walks the profiles, not joined row by row.
            occupationConditions.append(
                QLatin1Char('(') + textCondition({tokens}, occupationValues) +
                (m_dialect.isPostgreSql()
                     ? QStringLiteral(
                           " OR p.member_id IN (SELECT o.id FROM members o WHERE o.occupation IN (")
                     : QStringLiteral(" OR m.occupation IN (")) +
                placeholders(keys.size()) +
                (m_dialect.isPostgreSql() ? QStringLiteral(")))") : QStringLiteral("))")));
            for (const QString &key : keys)
                occupationValues.append(key);
        }
        if (!textOnly.isEmpty()) {
            conditions.append(textCondition(textOnly, values, steered));
        }
        conditions += occupationConditions;
        values += occupationValues;
    } else if (!terms.isEmpty()) {
        needsProfile = true;
        for (const QStringList &tokens : terms) {
            const QStringList keys = occupationKeys(tokens);
            QString condition = QStringLiteral(
                "(p.search_name LIKE ? ESCAPE '\\' OR p.search_reading LIKE ? ESCAPE '\\' OR "
                "p.search_affiliation LIKE ? ESCAPE '\\' OR p.search_tags LIKE ? ESCAPE '\\' OR "
                "p.search_notes LIKE ? ESCAPE '\\'");
            if (!keys.isEmpty())
                condition +=
                    QStringLiteral(" OR m.occupation IN (") + placeholders(keys.size()) + QLatin1Char(')');
            conditions.append(condition + QLatin1Char(')'));
            const QString pattern = likePattern(tokens);
            for (int i = 0; i < 5; ++i)
                values.append(pattern);
            for (const QString &key : keys)
                values.append(key);
        }
    }
    if (q.status) {
        conditions.append(QStringLiteral("m.status = ?"));
        values.append(Member::statusKey(*q.status));
    }
    if (!q.tag.trimmed().isEmpty()) {
        conditions.append(QStringLiteral("m.id IN (SELECT mt.member_id FROM member_tags mt JOIN tags t ON "
                                         "t.id = mt.tag_id WHERE t.name = ?)"));
        values.append(q.tag.trimmed());
    }
    if (!q.occupation.isEmpty()) {
        conditions.append(QStringLiteral("m.occupation = ?"));
        values.append(q.occupation);
    }
    if (q.notSeenMonths > 0)
        conditions.append(MemberEngagement::notSeenCondition(q.notSeenMonths, QDate::currentDate(), values));
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

MemberListQuery::Statement MemberListQuery::fetchStatement(const MemberQuery &q, int offset, int limit) const
{
    // Two levels: the inner query finds the page's ids in order, touching only what the order and the
    // filters need; the outer one reads the columns (and the tags) of those rows alone. SQLite computes
    // result columns before it sorts, so a single level would build the tag list of every match.
    //
    // For the default orders (reading, name) with a search, the plan depends on how common the term is.
    // A rare term (東京商事: a few hundred matches) is fastest driven by the FTS result: look up and
    // sort the matches. A common one (東: a fifth of all members) is fastest walking the sort index and
    // keeping rows that are in the match list, which stops after one page instead of sorting 20,000
    // rows. The number of matches (cached until the next write) decides on both backends: SQLite cannot
    // estimate it, and PostgreSQL's plan assumes the matches are spread evenly over the sort order.
    Statement s;
    QString source = QStringLiteral("member_profiles p");
    const QList<QStringList> terms = TextNormalizer::queryTerms(q.search);
    const bool searched = m_fts && !terms.isEmpty() && !namesOccupation(terms);
    const QString order = orderBy(q);
    bool matchDriven = false;
    bool commonByLexemes = false;
    if (searched && (q.sort == MemberQuery::Sort::Reading || q.sort == MemberQuery::Sort::Name)) {
        if (const std::optional<bool> byLexemes = commonByStatistics(terms)) {
            // PostgreSQL with statistics: no count first. A rare search is fenced off and sorted, as
            // below. A common one is left to PostgreSQL, steered to its rarest lexeme (textCondition),
            // whose share it knows from the same statistics: it walks the sort index. Members are
            // joined only for the page, as the search reads the profile alone.
            matchDriven = !*byLexemes;
            commonByLexemes = *byLexemes;
        } else {
            // The same capped count as MemberList::firstCount remembers for the list's rows: one COUNT
            // per keystroke, which stops at the share that decides.
            MemberQuery searchOnly;
            searchOnly.search = q.search;
            const int from = indexDrivenFrom();
            const int matches = from > 0 ? remembered(cappedCountStatement(searchOnly, from)) : -1;
            const bool common = matches >= 0 && matches >= from;
            if (m_dialect.isPostgreSql()) {
                // PostgreSQL estimates the matches well but not where they lie in the sort order: the
                // readings of 佐藤 (さとう) all sort together, so walking the sort index for 佐藤 reads a
                // third of the table before the first match (35 ms on 100,000). A rare term is fenced
                // off (OFFSET 0 keeps the planner from walking the index) and its matches sorted.
                matchDriven = matches >= 0 && !common;
            } else if (common) {
                source += q.sort == MemberQuery::Sort::Reading
                              ? QStringLiteral(" INDEXED BY member_profiles_sort")
                              : QStringLiteral(" INDEXED BY member_profiles_name");
            }
        }
    }
    bool needsProfile = true;
    const QString where = whereClause(q, s.values, needsProfile, commonByLexemes);
    const bool withoutMembers = commonByLexemes && !where.contains(QLatin1String("m."));
    const QString dir = q.order == Qt::DescendingOrder ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString key =
        q.sort == MemberQuery::Sort::Reading ? QStringLiteral("p.sort_key") : QStringLiteral("p.name_key");
    const QString profileOrder =
        QStringLiteral(" ORDER BY ") + key + dir + QStringLiteral(", p.member_id") + dir;
    QString page;
    if (matchDriven) {
        // The matches alone (members joined only for a filter on them), then sorted by the profile's key.
        page =
            QStringLiteral("SELECT p.member_id AS page_id FROM (SELECT p.member_id, p.sort_key, p.name_key "
                           "FROM member_profiles p") +
            (where.contains(QLatin1String("m.")) ? QStringLiteral(" JOIN members m ON m.id = p.member_id")
                                                 : QString()) +
            where + QStringLiteral(" OFFSET 0) AS p") + profileOrder;
    } else if (withoutMembers) {
        page = QStringLiteral("SELECT p.member_id AS page_id FROM member_profiles p") + where + profileOrder;
    } else {
        page = QStringLiteral("SELECT p.member_id AS page_id FROM ") + source +
               QStringLiteral(" JOIN members m ON m.id = p.member_id") + where +
               QStringLiteral(" ORDER BY ") + order;
    }
    s.sql = QStringLiteral("SELECT ") + rowColumns(m_dialect) + QStringLiteral(" FROM (") + page +
            QStringLiteral(" LIMIT ? OFFSET ?) AS page JOIN members m ON m.id = page.page_id "
                           "JOIN member_profiles p ON p.member_id = m.id ORDER BY ") +
            order;
    s.values.append(limit);
    s.values.append(offset);
    return s;
}

MemberListQuery::Statement MemberListQuery::positionStatement(const MemberQuery &q, qint64 id) const
{
    Statement s;
    bool needsProfile = true;
    const QString where = whereClause(q, s.values, needsProfile);
    s.sql = QStringLiteral("SELECT position FROM (SELECT m.id AS member_id, row_number() OVER (ORDER BY ") +
            orderBy(q) +
            QStringLiteral(") - 1 AS position FROM member_profiles p JOIN members m ON m.id = p.member_id") +
            where +
            (m_dialect.isPostgreSql() ? QStringLiteral(") AS ranked WHERE member_id = ?")
                                      : QStringLiteral(") WHERE member_id = ?"));
    s.values.append(id);
    return s;
}

bool MemberListQuery::countIsRemembered(const MemberQuery &q) const
{
    if (q.status || !q.tag.trimmed().isEmpty() || !q.occupation.isEmpty() || q.notSeenMonths > 0)
        return false;
    const QList<QStringList> terms = TextNormalizer::queryTerms(q.search);
    if (q.search.trimmed().isEmpty())
        return true;
    return m_fts && !terms.isEmpty() && !namesOccupation(terms);
}

QString MemberListQuery::rememberedKey(const Statement &s)
{
    QStringList values;
    for (const QVariant &value : s.values)
        values.append(value.toString());
    return QStringLiteral("count\x1f") + s.sql + QLatin1Char('\x1f') + values.join(QLatin1Char('\x1f'));
}

int MemberListQuery::remembered(const Statement &count) const
{
    return count.values.size() > 1 ? -1 : m_estimate(rememberedKey(count), count.sql, count.values.value(0));
}

MemberListQuery::Statement MemberListQuery::cappedCountStatement(const MemberQuery &q, int cap) const
{
    Statement s = countStatement(q);
    static const QString head = QStringLiteral("SELECT count(*)");
    Q_ASSERT(s.sql.startsWith(head));
    s.sql = QStringLiteral("SELECT count(*) FROM (SELECT 1") + s.sql.mid(head.size()) +
            QStringLiteral(" LIMIT %1) AS capped").arg(cap);
    return s;
}

std::optional<bool> MemberListQuery::commonByStatistics(const QList<QStringList> &terms) const
{
    if (!m_dialect.isPostgreSql() || m_statistics.isEmpty())
        return std::nullopt;
    const std::optional<double> share = m_statistics.shareBound(SearchDocument::queryLexemes(terms));
    const int total = remembered(countStatement(MemberQuery()));
    if (!share || total <= 0)
        return std::nullopt;
    // The share of the rarest lexeme bounds the matches; the pairs of one word come together, so it is
    // close to them. A term whose matches sort together (佐藤) is rare by it and sorted, never walked.
    return *share * total >= total / kIndexDrivenShare + 1;
}

int MemberListQuery::firstCountCap(const MemberQuery &q) const
{
    const int from = indexDrivenFrom();
    const QList<QStringList> terms = TextNormalizer::queryTerms(q.search);
    if (from <= 0 || !m_fts || terms.isEmpty() || namesOccupation(terms))
        return from;
    const std::optional<bool> common = commonByStatistics(terms);
    if (!common)
        return from;
    // A common search walks the sort index for its page: one page more than it shows tells that it
    // goes on. A rare one reads all its matches for its page anyway, so they are counted as far as a
    // few screens.
    return std::min(from, *common ? kCommonFirstCountCap : kFirstCountCap);
}

int MemberListQuery::indexDrivenFrom() const
{
    const int total = remembered(countStatement(MemberQuery()));
    return total > 0 ? total / kIndexDrivenShare + 1 : -1;
}

MemberListQuery::Statement MemberListQuery::countStatement(const MemberQuery &q) const
{
    Statement s;
    const QList<QStringList> terms = TextNormalizer::queryTerms(q.search);
    const bool filtered =
        q.status || !q.tag.trimmed().isEmpty() || !q.occupation.isEmpty() || q.notSeenMonths > 0;
    if (m_fts && !filtered && !terms.isEmpty()) {
        if (!namesOccupation(terms)) {
            // Straight from the index: each FTS row is a member.
            bool needsProfile = false;
            const QString where = whereClause(q, s.values, needsProfile);
            s.sql = m_dialect.isPostgreSql()
                        ? QStringLiteral("SELECT count(*) FROM member_profiles p") + where
                        : QStringLiteral("SELECT count(*) FROM member_search WHERE member_search MATCH ?");
            return s;
        }
        if (std::optional<Statement> split = occupationCount(terms))
            return *split;
    }
    bool needsProfile = false;
    const QString where = whereClause(q, s.values, needsProfile);
    s.sql = QStringLiteral("SELECT count(*) FROM members m") +
            (needsProfile ? QStringLiteral(" JOIN member_profiles p ON p.member_id = m.id") : QString()) +
            where;
    return s;
}

std::optional<MemberListQuery::Statement>
MemberListQuery::occupationCount(const QList<QStringList> &terms) const
{
    // The members of a search one of whose terms names occupations are those of the occupations that
    // match the other terms, and, apart from them, those whose text matches every term. Counted as two
    // parts, each has an index: neither backend combines the members' occupation index with the search
    // index in one scan. PostgreSQL joined all members to all profiles instead (156 ms for "founder" on
    // 100,000 members; 2 ms in two parts), SQLite scanned the members.
    QList<QStringList> others;
    QStringList keys;
    for (const QStringList &tokens : terms) {
        const QStringList named = occupationKeys(tokens);
        if (named.isEmpty()) {
            others.append(tokens);
        } else if (keys.isEmpty()) {
            keys = named;
        } else {
            return std::nullopt; // two terms naming occupations: counted as written
        }
    }
    Statement s;
    const QString inKeys = QStringLiteral("m.occupation IN (") + placeholders(keys.size()) + QLatin1Char(')');
    QString ofOccupations = QStringLiteral("SELECT count(*) FROM members m");
    if (!others.isEmpty()) {
        ofOccupations += QStringLiteral(" JOIN member_profiles p ON p.member_id = m.id WHERE ") +
                         textCondition(others, s.values) + QStringLiteral(" AND ");
    } else {
        ofOccupations += QStringLiteral(" WHERE ");
    }
    ofOccupations += inKeys;
    for (const QString &key : keys)
        s.values.append(key);
    const QString ofText = QStringLiteral("SELECT count(*) FROM member_profiles p JOIN members m ON m.id = "
                                          "p.member_id WHERE ") +
                           textCondition(terms, s.values) + QStringLiteral(" AND NOT ") + inKeys;
    for (const QString &key : keys)
        s.values.append(key);
    s.sql = QStringLiteral("SELECT (") + ofOccupations + QStringLiteral(") + (") + ofText + QLatin1Char(')');
    return s;
}

} // namespace offkai
