#include "ParticipantColumns.h"
#include "text/TextNormalizer.h"

#include <algorithm>

namespace offkai {

namespace {
using Field = ParticipantColumns::Field;
using Spec = ParticipantColumns::Spec;
using Source = ParticipantFile::Source;

QStringList names(std::initializer_list<const char16_t *> list)
{
    QStringList out;
    for (const char16_t *name : list)
        out.append(QString::fromUtf16(name));
    return out;
}

Spec make(QList<ParticipantColumns::Column> columns, QList<Field> required, QList<Field> anyOf, bool answers)
{
    Spec spec{std::move(columns), std::move(required), std::move(anyOf), answers, {}};
    for (const auto &column : spec.columns) {
        for (const QString &header : column.headers)
            spec.byKey.insert(TextNormalizer::compactKey(header), column.field);
    }
    return spec;
}

const Spec &connpass()
{
    static const Spec spec =
        make({{Field::Ticket, names({u"参加枠名"})},
              {Field::Account, names({u"ユーザー名"})},
              {Field::Name, names({u"表示名", u"ニックネーム"})},
              {Field::Comment, names({u"コメント"})},
              {Field::Rsvp, names({u"参加ステータス"})},
              {Field::Attendance, names({u"出欠ステータス"})},
              {Field::CheckedIn, names({u"出席日時"})},
              {Field::Receipt, names({u"受付番号"})},
              {Field::Known, names({u"利用開始日", u"更新日時", u"PayPal取引ID", u"請求書ID"})}},
             {Field::Rsvp}, {Field::Name, Field::Account}, true);
    return spec;
}

const Spec &peatix()
{
    static const Spec spec = make(
        {{Field::Name, names({u"参加者名", u"Name", u"Attendee Name"})},
         {Field::Reading, names({u"参加者名(カナ)", u"Name (Kana)", u"参加者名カナ"})},
         {Field::Email, names({u"メールアドレス", u"Email", u"E-mail", u"Email Address"})},
         {Field::Ticket, names({u"チケット", u"Ticket", u"チケット名", u"Ticket Name", u"Ticket Type"})},
         {Field::Amount, names({u"支払金額", u"Amount", u"金額", u"Amount Paid", u"Price"})},
         {Field::PaymentStatus, names({u"支払状況", u"Payment Status", u"支払い状況"})},
         {Field::Status, names({u"ステータス", u"Status", u"注文ステータス", u"Order Status"})},
         {Field::RegisteredAt, names({u"申込日", u"Order Date", u"申込日時", u"購入日", u"Purchase Date"})},
         {Field::Known,
          names({u"注文ID", u"Order ID", u"支払方法", u"Payment Method", u"数量", u"Quantity"})}},
        {Field::Name},
        {Field::Reading, Field::Ticket, Field::Amount, Field::PaymentStatus, Field::RegisteredAt}, true);
    return spec;
}

const Spec &doorkeeper()
{
    static const Spec spec = make({{Field::Name, names({u"名前", u"Name"})},
                                   {Field::Email, names({u"メールアドレス", u"Email", u"E-mail"})}},
                                  {Field::Name, Field::Email}, {}, true);
    return spec;
}

const Spec &zoomMeeting()
{
    static const Spec spec =
        make({{Field::Name, names({u"名前 (元の名前)", u"Name (Original Name)", u"ユーザー名 (元の名前)",
                                   u"User Name (Original Name)", u"名前", u"Name"})},
              {Field::Email, names({u"ユーザーメール", u"User Email", u"メール", u"Email"})},
              {Field::JoinTime, names({u"参加時刻", u"Join Time"})},
              {Field::LeaveTime, names({u"退出時刻", u"Leave Time"})},
              {Field::Minutes, names({u"所要時間（分）", u"Duration (Minutes)", u"所要時間", u"Duration"})},
              {Field::Known, names({u"ゲスト", u"Guest", u"録画への同意", u"Recording Consent", u"待機室内",
                                    u"In Waiting Room"})}},
             {Field::Name, Field::JoinTime}, {}, false);
    return spec;
}

const Spec &zoomWebinar()
{
    static const Spec spec =
        make({{Field::Attended, names({u"Attended"})},
              {Field::Name, names({u"User Name (Original Name)", u"User Name", u"Name (Original Name)"})},
              {Field::FirstName, names({u"First Name"})},
              {Field::LastName, names({u"Last Name"})},
              {Field::Email, names({u"Email", u"User Email"})},
              {Field::RegisteredAt, names({u"Registration Time"})},
              {Field::Approval, names({u"Approval Status"})},
              {Field::JoinTime, names({u"Join Time"})},
              {Field::LeaveTime, names({u"Leave Time"})},
              {Field::Minutes, names({u"Time in Session (minutes)"})},
              {Field::Known, names({u"Phone", u"Is Guest", u"Country/Region Name", u"Source Name"})}},
             {Field::Attended}, {Field::Name, Field::FirstName, Field::LastName}, false);
    return spec;
}

bool isAscii(const QString &text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}
} // namespace

const ParticipantColumns::Spec &ParticipantColumns::spec(Source source)
{
    switch (source) {
    case Source::Connpass:
        return connpass();
    case Source::Peatix:
        return peatix();
    case Source::Doorkeeper:
        return doorkeeper();
    case Source::ZoomMeeting:
        return zoomMeeting();
    case Source::ZoomWebinar:
        return zoomWebinar();
    }
    return connpass();
}

ParticipantColumns::ParticipantColumns(Source source, const QStringList &headers)
    : m_spec(spec(source))
    , m_headers(headers)
{
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QString text = headers.at(i).trimmed();
        if (text.isEmpty())
            continue;
        const auto known = m_spec.byKey.constFind(TextNormalizer::compactKey(text));
        if (known == m_spec.byKey.constEnd()) {
            if (m_spec.answers)
                m_answers.append(i);
            else
                m_unknown.append(text);
            continue;
        }
        ++m_score;
        if (*known == Field::Known || m_columns.contains(*known))
            m_unknown.append(text);
        else
            m_columns.insert(*known, i);
    }
}

bool ParticipantColumns::matches() const
{
    const auto has = [this](Field field) {
        return m_columns.contains(field);
    };
    return std::all_of(m_spec.required.begin(), m_spec.required.end(), has) &&
           (m_spec.anyOf.isEmpty() || std::any_of(m_spec.anyOf.begin(), m_spec.anyOf.end(), has));
}

QStringList ParticipantColumns::missing() const
{
    QStringList out;
    for (const Field field : m_spec.required) {
        if (!m_columns.contains(field))
            out.append(spelling(field));
    }
    const auto has = [this](Field field) {
        return m_columns.contains(field);
    };
    if (!m_spec.anyOf.isEmpty() && std::none_of(m_spec.anyOf.begin(), m_spec.anyOf.end(), has)) {
        QStringList any;
        for (const Field field : m_spec.anyOf)
            any.append(spelling(field));
        out.append(QCoreApplication::translate("offkai::ParticipantFile", "one of %1")
                       .arg(any.join(QStringLiteral(", "))));
    }
    return out;
}

QString ParticipantColumns::header(qsizetype column) const
{
    return column >= 0 && column < m_headers.size() ? m_headers.at(column).trimmed() : QString();
}

QString ParticipantColumns::spelling(Field field) const
{
    for (const Column &column : m_spec.columns) {
        if (column.field != field)
            continue;
        const QString first = column.headers.constFirst();
        if (isAscii(first))
            return first;
        const auto english = std::find_if(column.headers.begin(), column.headers.end(), isAscii);
        return english == column.headers.end() ? first : first + QStringLiteral(" / ") + *english;
    }
    return {};
}

QStringList ParticipantColumns::expected() const
{
    QList<Field> order = m_spec.required;
    for (const Field field : m_spec.anyOf) {
        if (!order.contains(field))
            order.append(field);
    }
    for (const Column &column : m_spec.columns) {
        if (column.field != Field::Known && !order.contains(column.field))
            order.append(column.field);
    }
    QStringList out;
    for (const Field field : order)
        out.append(spelling(field));
    return out;
}

bool ParticipantColumns::hasNameColumn(const QStringList &headers)
{
    for (const Source source : ParticipantFile::allSources()) {
        const ParticipantColumns columns(source, headers);
        for (const Field field : {Field::Name, Field::Account, Field::FirstName}) {
            if (columns.column(field) >= 0)
                return true;
        }
    }
    return false;
}

} // namespace offkai
