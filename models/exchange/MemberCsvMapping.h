#pragma once

#include "core/Result.h"
#include "records/Member.h"

#include <optional>
#include <QCoreApplication>
#include <QDate>
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
    };

    struct Column
    {
        int index = 0;
        QString header; ///< empty when the file has no header row
        Field field = Field::Ignore;
        bool operator==(const Column &) const = default;
    };

    QList<Column> columns;
    QString encoding = QStringLiteral("auto"); ///< a TextDecoding key
    QChar delimiter;                           ///< null: detect
    bool hasHeader = true;

    bool operator==(const MemberCsvMapping &) const = default;

    /// The field of column `index`, Ignore when unmapped.
    Field fieldAt(int index) const;
    void setField(int index, Field field);
    bool maps(Field field) const;

    /// Guesses a field for each header (Japanese and English names, including the columns of common
    /// exports); unknown headers are ignored.
    static MemberCsvMapping guess(const QStringList &headers);
    static Field guessField(const QString &header);
    /// This mapping applied to a file with `headers`: columns found by header name keep their field,
    /// wherever they now are; without headers, by position.
    MemberCsvMapping appliedTo(const QStringList &headers, bool hasHeader) const;

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
    /// yyyy-MM-dd, yyyy/M/d, yyyy.M.d, yyyy年M月d日 (also with a time after it).
    static std::optional<QDate> parseDate(const QString &text);
};

} // namespace offkai
