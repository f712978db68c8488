#pragma once

#include "core/Result.h"
#include "records/Member.h"

#include <optional>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace offkai {

/// Which member field each CSV column fills, plus how the file was read; saved as a named preset.
///
/// Columns are matched by header name when the file has a header (so a preset survives reordered
/// columns) and by position otherwise. Several columns may fill one field: emails, tags and notes collect
/// every column; family and given name (or reading) columns are joined with a space.
class MemberCsvMapping
{
    Q_DECLARE_TR_FUNCTIONS(offkai::MemberCsvMapping)
public:
    enum class Field
    {
        Ignore,
        DisplayName,
        FamilyName,
        GivenName,
        Reading,
        FamilyReading,
        GivenReading,
        Email,
        Phone,
        Line,
        Facebook,
        XHandle,
        Slack,
        OtherUrl,
        Affiliation,
        JobTitle,
        Occupation,
        Industry,
        Region,
        Introduction,
        Skills,
        Tags,
        Notes,
        Status,
        JoinedOn,
        LeftOn,
        ConnpassAccount,   ///< the user name on connpass (ユーザー名)
        PeatixAccount,     ///< the user id on Peatix
        DoorkeeperAccount, ///< the user id on Doorkeeper
        MeetupAccount,     ///< Meetup's numeric Member ID
        MeetingName,       ///< a name as an online meeting shows it: device labels and renames undone
        KanaName,          ///< a name in kana: the reading, and the name when no other column has one
        LabelledNote,      ///< appended to the notes as "column name: value"
        Answer,            ///< the answer to the join question `Column::questionId`
        NameConsent,       ///< an answer saying how much of the name may be published
        AppliedAt,         ///< when the row's person applied: an applicant, created at that time
    };

    struct Column
    {
        int index = 0;
        QString header; ///< empty when the file has no header row
        Field field = Field::Ignore;
        /// The join question answered: when `field` is Answer, and for NameConsent when the consent is
        /// also asked as a join question (the answer is kept as well).
        qint64 questionId = 0;
        bool operator==(const Column &) const = default;
    };

    QList<Column> columns;
    QString encoding = QStringLiteral("auto"); ///< a TextDecoding key
    QChar delimiter;                           ///< null: detect
    bool hasHeader = true;

    bool operator==(const MemberCsvMapping &) const = default;

    /// The field of column `index`, Ignore when unmapped.
    Field fieldAt(int index) const;
    /// The join question column `index` answers (0 unless its field is Answer).
    qint64 questionAt(int index) const;
    void setField(int index, Field field, qint64 questionId = 0);
    bool maps(Field field) const;
    /// True when some column gives the members' names (the import needs one).
    bool mapsName() const;
    /// The header names of the columns that are not imported (empty without a header row).
    QStringList ignoredHeaders() const;

    /// Guesses a field for each header (Japanese and English names, including the columns of common
    /// exports); unknown headers are ignored.
    static MemberCsvMapping guess(const QStringList &headers);
    static Field guessField(const QString &header);
    /// This mapping applied to a file with `headers`: columns found by header name keep their field,
    /// wherever they now are; without headers, by position.
    MemberCsvMapping appliedTo(const QStringList &headers, bool hasHeader) const;

    /// Every field but Answer, which is offered once per join question.
    static QList<Field> allFields();
    /// Stable keys for presets and the command line ("displayName", "emails", …).
    static QString fieldKey(Field field);
    static std::optional<Field> fieldFromKey(const QString &key);
    static QString fieldLabel(Field field);

    QByteArray toJson() const;
    static Result<MemberCsvMapping> fromJson(const QByteArray &json);

    // --- Value parsing shared by the importer and the preview ---------------------------------------
    /// Splits tags on , 、 ; | ，； and line breaks; trims, drops empties and repeats.
    static QStringList splitList(const QString &text);
    /// A status from its English key or label, or Japanese (申請中, 有効, 休会, 退会 and near synonyms).
    static std::optional<Member::Status> parseStatus(const QString &text);
    /// yyyy-MM-dd, yyyy/M/d, yyyy.M.d, yyyy年M月d日 (also with a time after it); the US forms M/d/yyyy
    /// and "April 01, 2019" (Apr 1, 2019) that English exports such as Meetup's write.
    static std::optional<QDate> parseDate(const QString &text);
    /// A date as parseDate() reads it with an optional time after it (9:05:33, 13時02分, 06:50:02 PM,
    /// 午後6:50), in local time; midnight when there is no time.
    static std::optional<QDateTime> parseDateTime(const QString &text);
};

} // namespace offkai
