#include "TentativeNote.h"

#include <QList>
#include <QRegularExpression>
#include <utility>

namespace offkai {

QString TentativeNote::beyond(const QString &note, const QString &said)
{
    static const QRegularExpression separators(
        QStringLiteral("[。、．，,.;；:：!！?？()（）「」『』【】\\[\\]]+"));
    const QString text = note.simplified();
    // The phrases (with the spaces around them), each with the separators before and after it.
    struct Phrase
    {
        QString before;
        QString text;
        QString after;
    };
    QList<Phrase> phrases;
    qsizetype from = 0;
    QString pending;
    for (auto it = separators.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString phrase = text.mid(from, m.capturedStart(0) - from);
        if (phrase.trimmed().isEmpty()) {
            pending += m.captured(0);
        } else {
            phrases.append({pending, phrase, m.captured(0)});
            pending = m.captured(0);
        }
        from = m.capturedEnd(0);
    }
    if (const QString rest = text.mid(from); !rest.trimmed().isEmpty())
        phrases.append({pending, rest, QString()});
    // The kept phrases joined by what was written after the one kept before, the brackets around them kept.
    static const QRegularExpression notOpening(QStringLiteral("[^（(「『【\\[]"));
    static const QRegularExpression notClosing(QStringLiteral("[^)）」』】\\]]"));
    QString kept;
    qsizetype last = -1;
    for (qsizetype i = 0; i < phrases.size(); ++i) {
        const Phrase &p = phrases.at(i);
        if (said.contains(p.text.trimmed(), Qt::CaseInsensitive))
            continue;
        kept += last >= 0 ? phrases.at(last).after : QString(p.before).remove(notOpening);
        kept += p.text;
        last = i;
    }
    if (last >= 0)
        kept += QString(phrases.at(last).after).remove(notClosing);
    kept = kept.trimmed();
    // Brackets left without their pair go, and so do brackets around all of it.
    for (const auto &[open, close] :
         {std::pair(u'（', u'）'), std::pair(u'(', u')'), std::pair(u'「', u'」')}) {
        if (kept.count(QChar(open)) != kept.count(QChar(close))) {
            kept.remove(QChar(open));
            kept.remove(QChar(close));
        }
        if (kept.size() > 2 && kept.front() == QChar(open) && kept.back() == QChar(close) &&
            kept.count(QChar(open)) == 1)
            kept = kept.mid(1, kept.size() - 2).trimmed();
    }
    return kept;
}

} // namespace offkai
