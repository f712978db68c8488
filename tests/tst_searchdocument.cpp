#include "storage/ServerAddress.h"
#include "text/LexemeStatistics.h"
#include "text/SearchDocument.h"
#include "text/TextNormalizer.h"

#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace offkai;

namespace {

QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *word : list)
        out.append(QString::fromUtf8(word));
    return out;
}

QString codePoint(char32_t ch)
{
    return QString::fromUcs4(&ch, 1);
}

/// What the member search does with what the user typed.
QString queryOf(const QString &typed)
{
    return SearchDocument::query(TextNormalizer::queryTerms(typed));
}

/// The FTS5 MATCH expression MemberListQuery writes for the same terms.
QString matchOf(const QString &typed)
{
    QStringList parts;
    for (const QStringList &tokens : TextNormalizer::queryTerms(typed)) {
        QString phrase = tokens.join(QLatin1Char(' '));
        phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        QString part = QLatin1Char('"') + phrase + QLatin1Char('"');
        const QString last = tokens.constLast();
        const char32_t first = last.size() > 1 && last.at(0).isHighSurrogate()
                                   ? QChar::surrogateToUcs4(last.at(0), last.at(1))
                                   : char32_t(last.at(0).unicode());
        if (!TextNormalizer::isCjk(first))
            part += QStringLiteral(" *");
        parts.append(part);
    }
    return parts.join(QLatin1Char(' '));
}

/// A small reader of the literals SearchDocument writes, to evaluate a query against a vector the way
/// PostgreSQL's @@ does for these forms (AND of phrases whose last lexeme may be a prefix).
QString unquote(QStringView quoted, qsizetype &i)
{
    QString out;
    Q_ASSERT(quoted.at(i) == QLatin1Char('\''));
    for (++i; i < quoted.size(); ++i) {
        const QChar c = quoted.at(i);
        if (c == QLatin1Char('\\')) {
            out.append(quoted.at(++i));
        } else if (c == QLatin1Char('\'')) {
            if (i + 1 < quoted.size() && quoted.at(i + 1) == QLatin1Char('\'')) {
                out.append(c);
                ++i;
            } else {
                ++i;
                break;
            }
        } else {
            out.append(c);
        }
    }
    return out;
}

QHash<QString, QList<int>> readVector(const QString &vector)
{
    QHash<QString, QList<int>> lexemes;
    qsizetype i = 0;
    while (i < vector.size()) {
        if (vector.at(i) == QLatin1Char(' ')) {
            ++i;
            continue;
        }
        const QString lexeme = unquote(vector, i);
        QList<int> positions;
        if (i < vector.size() && vector.at(i) == QLatin1Char(':')) {
            ++i;
            qsizetype end = i;
            while (end < vector.size() && vector.at(end) != QLatin1Char(' '))
                ++end;
            for (const QString &p : vector.mid(i, end - i).split(QLatin1Char(',')))
                positions.append(p.toInt());
            i = end;
        }
        lexemes.insert(lexeme, positions);
    }
    return lexemes;
}

bool matches(const QHash<QString, QList<int>> &doc, const QString &query)
{
    if (query.isEmpty())
        return false;
    for (QString phrase : query.split(QStringLiteral(" & "))) {
        if (phrase.startsWith(QLatin1Char('(')))
            phrase = phrase.mid(1, phrase.size() - 2);
        struct Word
        {
            QString text;
            bool prefix;
        };
        QList<Word> words;
        // 'a' <-> 'b' <2> 'c': each word at its distance from the one before.
        static const QRegularExpression operators(QStringLiteral(" <(-|\\d+)> "));
        QList<int> offsets = {0};
        for (auto it = operators.globalMatch(phrase); it.hasNext();) {
            const QString distance = it.next().captured(1);
            offsets.append(offsets.constLast() + (distance == QLatin1String("-") ? 1 : distance.toInt()));
        }
        for (const QString &part : phrase.split(operators)) {
            qsizetype i = 0;
            const QString text = unquote(part, i);
            words.append({text, part.mid(i) == QLatin1String(":*")});
        }
        const auto positionsOf = [&doc](const Word &w) {
            QList<int> all;
            for (auto it = doc.cbegin(); it != doc.cend(); ++it) {
                if (w.prefix ? it.key().startsWith(w.text) : it.key() == w.text)
                    all += it.value();
            }
            return all;
        };
        bool found = false;
        for (const int start : positionsOf(words.constFirst())) {
            bool all = true;
            for (qsizetype k = 1; all && k < words.size(); ++k)
                all = positionsOf(words.at(k)).contains(start + offsets.at(k));
            found = found || all;
        }
        if (!found)
            return false;
    }
    return true;
}

} // namespace

class TestSearchDocument : public QObject
{
    Q_OBJECT

private:
    /// An FTS5 table like member_search over five columns, or nothing when this SQLite has no FTS5.
    bool openFts()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fts"));
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open())
            return false;
        QSqlQuery q(db);
        return q.exec(QStringLiteral("CREATE VIRTUAL TABLE t USING fts5(a, b, c, d, e, tokenize='unicode61 "
                                     "remove_diacritics 2')")) &&
               q.exec(QStringLiteral("CREATE VIRTUAL TABLE v USING fts5vocab(t, instance)"));
    }

    QSqlDatabase fts() const { return QSqlDatabase::database(QStringLiteral("fts")); }

    /// FTS5's tokens of `text` (one row, first column).
    QStringList ftsTokens(const QString &text)
    {
        QSqlQuery q(fts());
        q.exec(QStringLiteral("DELETE FROM t"));
        q.prepare(QStringLiteral("INSERT INTO t (rowid, a, b, c, d, e) VALUES (1, ?, '', '', '', '')"));
        q.addBindValue(text);
        if (!q.exec())
            qWarning() << q.lastError().text();
        QStringList tokens;
        q.exec(QStringLiteral("SELECT term FROM v ORDER BY offset"));
        while (q.next())
            tokens.append(q.value(0).toString());
        return tokens;
    }

    bool m_fts = false;

private Q_SLOTS:
    void initTestCase() { m_fts = openFts(); }

    void tokensAreUnicode61s_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("words") << QStringLiteral("tanaka  taro") << words({"tanaka", "taro"});
        QTest::newRow("case") << QStringLiteral("TaNaKa") << words({"tanaka"});
        QTest::newRow("Latin diacritics") << QStringLiteral("Café Ǖ naïve") << words({"cafe", "u", "naive"});
        QTest::newRow("combining acute inside a word") << QStringLiteral("a\u0301b") << words({"ab"});
        QTest::newRow("combining acute alone") << QStringLiteral("\u0301 x") << words({"x"});
        QTest::newRow("combining overline separates") << QStringLiteral("a\u0305b") << words({"a", "b"});
        QTest::newRow("email splits into words") << QStringLiteral("tanaka.taro+1@example.co.jp")
                                                 << words({"tanaka", "taro", "1", "example", "co", "jp"});
        QTest::newRow("one token per CJK character as indexed")
            << QStringLiteral("東 京 都 た な か") << words({"東", "京", "都", "た", "な", "か"});
        QTest::newRow("CJK run without spaces is one token") << QStringLiteral("東京") << words({"東京"});
        QTest::newRow("kana voicing kept") << QStringLiteral("が ぱ ゔ") << words({"が", "ぱ", "ゔ"});
        QTest::newRow("decomposed voicing mark separates") << QStringLiteral("か\u3099") << words({"か"});
        QTest::newRow("quote and backslash separate")
            << QStringLiteral("o'brien a\\b") << words({"o", "brien", "a", "b"});
        QTest::newRow("digits") << QStringLiteral("080-1234 №5") << words({"080", "1234", "5"});
        QTest::newRow("astral Han") << QStringLiteral("𠮷 野") << words({"𠮷", "野"});
        QTest::newRow("lone surrogate separates")
            << QString(QChar(0xD800)) + QStringLiteral("ab") << words({"ab"});
        QTest::newRow("empty") << QString() << QStringList();
    }
    void tokensAreUnicode61s()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(SearchDocument::tokens(text), expected);
        if (m_fts && !text.contains(QChar(0xD800)))
            QCOMPARE(ftsTokens(text), expected);
    }

    /// Every code point, as a token character, inside a token, and as a separator, against SQLite's FTS5.
    void everyCodePointAsFts5()
    {
        if (!m_fts)
            QSKIP("this SQLite has no FTS5");
        const char32_t last = 0x10FFFF;
        for (char32_t block = 1; block <= last; block += 4096) {
            QString text;
            for (char32_t ch = block; ch < block + 4096 && ch <= last; ++ch) {
                if (QChar::isSurrogate(ch))
                    continue;
                const QString c = codePoint(ch);
                text += QLatin1Char('q') + c + QStringLiteral("q ") + c + QLatin1Char(' ');
            }
            const QStringList ours = SearchDocument::tokens(text);
            const QStringList theirs = ftsTokens(text);
            if (ours != theirs) {
                qsizetype i = 0;
                while (i < ours.size() && i < theirs.size() && ours.at(i) == theirs.at(i))
                    ++i;
                QFAIL(qPrintable(QStringLiteral("block U+%1: token %2 is %3 here, %4 in FTS5")
                                     .arg(quint32(block), 4, 16, QLatin1Char('0'))
                                     .arg(i)
                                     .arg(ours.value(i), theirs.value(i))));
            }
        }
    }

    void randomTextAsFts5()
    {
        if (!m_fts)
            QSKIP("this SQLite has no FTS5");
        // Runs of characters from the ranges member data holds, with separators and marks between.
        const QList<QPair<char32_t, char32_t>> ranges = {
            {0x20, 0x7E},     {0xA0, 0x24F},    {0x300, 0x36F},   {0x370, 0x52F},    {0x1E00, 0x1EFF},
            {0x3000, 0x30FF}, {0x4E00, 0x4FFF}, {0xFF00, 0xFFEF}, {0x20000, 0x200FF}};
        QRandomGenerator random(20);
        for (int n = 0; n < 2000; ++n) {
            QString text;
            const int length = random.bounded(1, 40);
            for (int i = 0; i < length; ++i) {
                const auto &r = ranges.at(random.bounded(int(ranges.size())));
                text += codePoint(r.first + random.bounded(quint32(r.second - r.first + 1)));
            }
            QCOMPARE(SearchDocument::tokens(text), ftsTokens(text));
        }
    }

    void quotesLexemes_data()
    {
        QTest::addColumn<QString>("lexeme");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("tanaka") << QStringLiteral("'tanaka'");
        QTest::newRow("quote") << QStringLiteral("it's") << QStringLiteral("'it''s'");
        QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("'a\\\\b'");
        QTest::newRow("both") << QStringLiteral("\\'") << QStringLiteral("'\\\\'''");
        QTest::newRow("CJK") << QStringLiteral("東") << QStringLiteral("'東'");
    }
    void quotesLexemes()
    {
        QFETCH(QString, lexeme);
        QFETCH(QString, expected);
        QCOMPARE(SearchDocument::quoted(lexeme), expected);
        qsizetype i = 0;
        QCOMPARE(unquote(expected, i), lexeme);
    }

    void vectorHasPositionsAndColumnGaps()
    {
        QCOMPARE(SearchDocument::vector({QStringLiteral("た な か た"), QString(), QStringLiteral("東 京"),
                                         QStringLiteral("tokyo"), QStringLiteral("café tokyo")}),
                 QStringLiteral("'た':1,4 'な':2 'たな':1 'か':3 'なか':2 'かた':3 '東':6 '京':7 '東京':6 "
                                "'tokyo':9,12 'cafe':11"));
        // Pairs only of neighbours in one column; a Latin word breaks a run.
        QCOMPARE(SearchDocument::vector({QStringLiteral("東"), QStringLiteral("京 x 都 𠮷")}),
                 QStringLiteral("'東':1 '京':3 'x':4 '都':5 '𠮷':6 '都𠮷':5"));
        QCOMPARE(SearchDocument::vector({QString(), QString(), QString(), QString(), QString()}), QString());
        QCOMPARE(SearchDocument::vector({QStringLiteral("a"), QStringLiteral("b")}),
                 QStringLiteral("'a':1 'b':3"));
    }

    void vectorKeepsPostgreSqlsLimits()
    {
        QStringList words(SearchDocument::kMaxPosition + 10, QStringLiteral("x"));
        words.last() = QStringLiteral("y");
        const QString vector = SearchDocument::vector({words.join(QLatin1Char(' '))});
        QVERIFY(vector.endsWith(QStringLiteral(",16383 'y':16383")));
        const QString longWord(3000, QLatin1Char('a'));
        QCOMPARE(SearchDocument::vector({longWord}),
                 SearchDocument::quoted(QString(2046, QLatin1Char('a'))) + QStringLiteral(":1"));
        const QString longKanji = QString(1000, QChar(0x6771));
        QCOMPARE(SearchDocument::vector({longKanji}),
                 SearchDocument::quoted(QString(682, QChar(0x6771))) + QStringLiteral(":1"));
        QCOMPARE(queryOf(longWord),
                 SearchDocument::quoted(QString(2046, QLatin1Char('a'))) + QStringLiteral(":*"));
    }

    void queriesAreFts5Expressions_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one kanji") << QStringLiteral("東") << QStringLiteral("'東'");
        QTest::newRow("two kanji") << QStringLiteral("東京") << QStringLiteral("'東京'");
        QTest::newRow("three kanji") << QStringLiteral("東京都") << QStringLiteral("('東京' <-> '京都')");
        QTest::newRow("four kanji") << QStringLiteral("東京商事")
                                    << QStringLiteral("('東京' <-> '京商' <-> '商事')");
        QTest::newRow("two kana, folded") << QStringLiteral("タナ") << QStringLiteral("'たな'");
        QTest::newRow("three kana") << QStringLiteral("サトウ") << QStringLiteral("('さと' <-> 'とう')");
        QTest::newRow("pair then Latin")
            << QStringLiteral("東京tower") << QStringLiteral("('東京' <2> 'tower':*)");
        QTest::newRow("Latin, kanji, Latin")
            << QStringLiteral("a東b") << QStringLiteral("('a' <-> '東' <-> 'b':*)");
        QTest::newRow("Latin between runs")
            << QStringLiteral("東京x大阪") << QStringLiteral("('東京' <2> 'x' <-> '大阪')");
        QTest::newRow("outside the BMP") << QStringLiteral("𠮷野家") << QStringLiteral("('𠮷野' <-> '野家')");
        QTest::newRow("Latin prefix") << QStringLiteral("Tana") << QStringLiteral("'tana':*");
        QTest::newRow("full-width Latin") << QStringLiteral("ＴＡＮＡ") << QStringLiteral("'tana':*");
        QTest::newRow("diacritics removed") << QStringLiteral("Café") << QStringLiteral("'cafe':*");
        QTest::newRow("two terms") << QStringLiteral("東京 tanaka") << QStringLiteral("'東京' & 'tanaka':*");
        QTest::newRow("Latin then kanji")
            << QStringLiteral("tower東") << QStringLiteral("('tower' <-> '東')");
        QTest::newRow("email") << QStringLiteral("tanaka@example.com")
                               << QStringLiteral("('tanaka' <-> 'example' <-> 'com':*)");
        QTest::newRow("quote in a name")
            << QStringLiteral("O'Brien") << QStringLiteral("('o' <-> 'brien':*)");
        QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("('a' <-> 'b':*)");
        QTest::newRow("tsquery syntax is text")
            << QStringLiteral("a&b | !c:*") << QStringLiteral("('a' <-> 'b':*) & 'c':*");
        QTest::newRow("only punctuation") << QStringLiteral("!?") << QString();
        QTest::newRow("lone diacritic drops out")
            << QStringLiteral("\u0301 tanaka") << QStringLiteral("'tanaka':*");
        QTest::newRow("lone diacritic alone") << QStringLiteral("\u0301") << QString();
        QTest::newRow("nothing") << QString() << QString();
    }
    void queriesAreFts5Expressions()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        QCOMPARE(queryOf(typed), expected);
    }

    /// The same rows match the same searches as in FTS5.
    void matchesWhatFts5Matches()
    {
        if (!m_fts)
            QSKIP("this SQLite has no FTS5");
        // Each row: the five search columns, indexed text as MemberSearchText writes it.
        const QList<QStringList> rows = {
            {TextNormalizer::indexText(QStringLiteral("田中 太郎")),
             TextNormalizer::indexText(QStringLiteral("タナカ タロウ")),
             TextNormalizer::indexText(QStringLiteral("東京商事\n営業")), QString(),
             TextNormalizer::indexText(QStringLiteral("tanaka@example.com"))},
            {TextNormalizer::indexText(QStringLiteral("佐藤 花子")),
             TextNormalizer::indexText(QStringLiteral("さとう はなこ")),
             TextNormalizer::indexText(QStringLiteral("京都大学")),
             TextNormalizer::indexText(QStringLiteral("東京")),
             TextNormalizer::indexText(QStringLiteral("Café owner, O'Brien's friend"))},
            {TextNormalizer::indexText(QStringLiteral("John Smith")), QString(),
             TextNormalizer::indexText(QStringLiteral("Example Inc.")), QString(),
             TextNormalizer::indexText(QStringLiteral("京\n都 東京都"))},
            {TextNormalizer::indexText(QStringLiteral("東")), TextNormalizer::indexText(QStringLiteral("京")),
             QString(), QString(), QString()},
        };
        QSqlQuery q(fts());
        q.exec(QStringLiteral("DELETE FROM t"));
        QList<QHash<QString, QList<int>>> vectors;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            q.prepare(QStringLiteral("INSERT INTO t (rowid, a, b, c, d, e) VALUES (?, ?, ?, ?, ?, ?)"));
            q.addBindValue(i);
            for (const QString &column : rows.at(i))
                q.addBindValue(column.isNull() ? QStringLiteral("") : column);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            vectors.append(readVector(SearchDocument::vector(rows.at(i))));
        }
        const QStringList searches = {QStringLiteral("東"),
                                      QStringLiteral("東京"),
                                      QStringLiteral("京都"),
                                      QStringLiteral("東 京"),
                                      QStringLiteral("京東"),
                                      QStringLiteral("たなか"),
                                      QStringLiteral("タロウ"),
                                      QStringLiteral("tanaka"),
                                      QStringLiteral("tan"),
                                      QStringLiteral("example"),
                                      QStringLiteral("exam com"),
                                      QStringLiteral("example.com"),
                                      QStringLiteral("tanaka@example.com"),
                                      QStringLiteral("cafe"),
                                      QStringLiteral("CAFÉ"),
                                      QStringLiteral("o'brien"),
                                      QStringLiteral("brien s"),
                                      QStringLiteral("商事営業"),
                                      QStringLiteral("営業"),
                                      QStringLiteral("太郎たなか"),
                                      QStringLiteral("smith john"),
                                      QStringLiteral("john smith"),
                                      QStringLiteral("都東"),
                                      QStringLiteral("京 都"),
                                      QStringLiteral("owner o"),
                                      QStringLiteral("x"),
                                      QStringLiteral("!?"),
                                      QStringLiteral("東京都"),
                                      QStringLiteral("京都大学"),
                                      QStringLiteral("都大学"),
                                      QStringLiteral("商事営"),
                                      QStringLiteral("東京商事"),
                                      QStringLiteral("京商"),
                                      QStringLiteral("たなかたろう"),
                                      QStringLiteral("タナカ タロウ"),
                                      QStringLiteral("なかた"),
                                      QStringLiteral("都京"),
                                      QStringLiteral("京東京"),
                                      QStringLiteral("東京x"),
                                      QStringLiteral("京 都 東"),
                                      QStringLiteral("inc ex")};
        for (const QString &typed : searches) {
            QSet<qint64> fromFts;
            const QString match = matchOf(typed);
            if (!match.isEmpty()) {
                q.prepare(QStringLiteral("SELECT rowid FROM t WHERE t MATCH ?"));
                q.addBindValue(match);
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
                while (q.next())
                    fromFts.insert(q.value(0).toLongLong());
            }
            QSet<qint64> fromVector;
            for (qsizetype i = 0; i < vectors.size(); ++i) {
                if (matches(vectors.at(i), queryOf(typed)))
                    fromVector.insert(i);
            }
            QVERIFY2(fromFts == fromVector, qPrintable(typed + QStringLiteral(": ") + queryOf(typed)));
        }
    }

    /// The lexemes a search looks up are those of its tsquery, across its terms, with their positions.
    void queryLexemesAreWhatTheQueryLooksUp()
    {
        const auto lexemes =
            SearchDocument::queryLexemes(TextNormalizer::queryTerms(QStringLiteral("東京商事 Smith 佐")));
        QStringList seen;
        for (const SearchDocument::Lexeme &l : lexemes)
            seen.append(l.text + QLatin1Char('@') + QString::number(l.at) +
                        (l.prefix ? QStringLiteral("*") : QString()));
        QCOMPARE(seen,
                 (QStringList{QStringLiteral("東京@0"), QStringLiteral("京商@1"), QStringLiteral("商事@2"),
                              QStringLiteral("smith@0*"), QStringLiteral("佐@0")}));
        QCOMPARE(queryOf(QStringLiteral("東京商事 Smith 佐")),
                 QStringLiteral("('東京' <-> '京商' <-> '商事') & 'smith':* & '佐'"));
        QVERIFY(SearchDocument::queryLexemes({}).isEmpty());
    }

    /// The statistics bound a search's share by its rarest lexeme; an unlisted lexeme is as rare as the
    /// rarest listed one, and a prefix counts every listed lexeme it begins.
    void statisticsBoundTheMatches()
    {
        const auto lexemes = [](const QString &typed) {
            return SearchDocument::queryLexemes(TextNormalizer::queryTerms(typed));
        };
        const LexemeStatistics none;
        QVERIFY(none.isEmpty());
        QVERIFY(!none.shareBound(lexemes(QStringLiteral("東"))));
        const LexemeStatistics stats({QStringLiteral("東"), QStringLiteral("えん"), QStringLiteral("んじ"),
                                      QStringLiteral("じに"), QStringLiteral("にあ"), QStringLiteral("john"),
                                      QStringLiteral("johnson"), QStringLiteral("jones")},
                                     {0.3, 0.08, 0.075, 0.09, 0.1, 0.02, 0.01, 0.005});
        QVERIFY(!stats.isEmpty());
        QVERIFY(!stats.shareBound({}));
        QCOMPARE(*stats.shareBound(lexemes(QStringLiteral("東"))), 0.3);
        // エンジニア: its rarest pair, んじ.
        const auto engineer = lexemes(QStringLiteral("エンジニア"));
        QCOMPARE(*stats.shareBound(engineer), 0.075);
        QCOMPARE(engineer.at(stats.rarest(engineer)).text, QStringLiteral("んじ"));
        // Not listed: no more than the rarest listed lexeme.
        QCOMPARE(*stats.shareBound(lexemes(QStringLiteral("西"))), 0.005);
        QCOMPARE(*stats.shareBound(lexemes(QStringLiteral("東 西"))), 0.005);
        // A prefix: the lexemes it begins, and once more the rarest share for those not listed.
        QVERIFY(qAbs(*stats.shareBound(lexemes(QStringLiteral("jo"))) - 0.04) < 1e-9);
        QVERIFY(qAbs(*stats.shareBound(lexemes(QStringLiteral("john"))) - 0.035) < 1e-9);
        QCOMPARE(*stats.shareBound(lexemes(QStringLiteral("x"))), 0.005);
        // Never above every row.
        const LexemeStatistics full({QStringLiteral("a"), QStringLiteral("ab")}, {1.0, 1.0});
        QCOMPARE(*full.shareBound(lexemes(QStringLiteral("a"))), 1.0);
    }

    /// With a PostgreSQL test server (OFFKAI_TEST_SERVER, as .ci/postgres prints it), PostgreSQL reads the
    /// literals as meant.
    void postgreSqlReadsTheLiterals()
    {
        const auto address = ServerAddress::parse(qEnvironmentVariable("OFFKAI_TEST_SERVER"));
        if (qEnvironmentVariableIsEmpty("OFFKAI_TEST_SERVER") || !address)
            QSKIP("OFFKAI_TEST_SERVER is not set");
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            QSKIP("no QPSQL driver");
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pg"));
        db.setHostName(address->host());
        db.setPort(address->port());
        db.setUserName(address->user());
        db.setPassword(address->password());
        db.setDatabaseName(address->database());
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        const QString vector =
            SearchDocument::vector({QStringLiteral("た な か"), QStringLiteral("東 京 tower"), QString(),
                                    QStringLiteral("o brien"), QStringLiteral("tanaka example com")});
        // ts_match_vq is what @@ calls (the member list filters with it where PostgreSQL must not
        // estimate the search).
        QVERIFY(q.prepare(
            QStringLiteral("SELECT ?::tsvector @@ ?::tsquery, ts_match_vq(?::tsvector, ?::tsquery)")));
        const QList<QPair<QString, bool>> cases = {
            {QStringLiteral("東京"), true},      {QStringLiteral("京"), true},
            {QStringLiteral("か東"), false},     {QStringLiteral("tanaka@example.com"), true},
            {QStringLiteral("o'brien"), true},   {QStringLiteral("bri"), true},
            {QStringLiteral("たなか 東"), true}, {QStringLiteral("たなか 西"), false},
            {QStringLiteral("なか"), true},      {QStringLiteral("かな"), false},
            {QStringLiteral("東京tower"), true}, {QStringLiteral("東京to"), true},
            {QStringLiteral("京tow"), true},     {QStringLiteral("東tower"), false}};
        for (const auto &[typed, expected] : cases) {
            for (int i = 0; i < 2; ++i) {
                q.addBindValue(vector);
                q.addBindValue(queryOf(typed));
            }
            QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
            QVERIFY2(q.value(0).toBool() == expected, qPrintable(typed));
            QVERIFY2(q.value(1).toBool() == expected, qPrintable(typed));
        }
        // A lexeme with a quote, a space and a backslash, inside an SQL literal of its own.
        QString literal = SearchDocument::quoted(QStringLiteral("it's a \\ b"));
        literal.replace(QLatin1Char('\''), QStringLiteral("''"));
        QVERIFY(q.exec(QStringLiteral("SELECT '") + literal + QStringLiteral("'::tsvector::text")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("'it''s a \\\\ b'"));
    }
};

QTEST_GUILESS_MAIN(TestSearchDocument)
#include "tst_searchdocument.moc"
