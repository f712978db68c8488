#pragma once

#include <optional>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace offkai {

/// A post-meetup report: Markdown written by a member about an event, kept here and published to blogs.
struct Report
{
    Q_DECLARE_TR_FUNCTIONS(offkai::Report)
public:
    enum class Status
    {
        Draft,
        Published
    };
    /// How members are named. A member whose own consent is stricter is shown by the stricter rule.
    enum class Privacy
    {
        FullNames,
        OccupationInitial, ///< "経営者Iさん" / "Executive I."
        NoNames
    };

    qint64 id = 0;
    qint64 eventId = 0;
    qint64 authorId = 0; ///< member id, 0 for none
    QString title;
    QString body; ///< Markdown, with the generated blocks between their markers
    Status status = Status::Draft;
    Privacy privacy = Privacy::OccupationInitial;
    QString language = QStringLiteral("ja"); ///< language of the generated blocks
    QStringList tags;
    QDateTime createdAt;
    QDateTime updatedAt;
    /// The row's version when it was read (reports.row_version): ReportStore::update writes only over
    /// that version. 0 for a report not read from the database, which is written without that check.
    qint64 version = 0;
    /// Who last changed the report, on a team database (the database user in change_log); empty on a file.
    QString updatedBy;

    /// Equality of what the user edits (timestamps are the store's business).
    bool sameContent(const Report &other) const;

    static QString statusKey(Status status);
    static std::optional<Status> statusFromKey(const QString &key);
    static QString statusLabel(Status status);
    static QList<Privacy> allPrivacies();
    static QString privacyKey(Privacy privacy);
    static std::optional<Privacy> privacyFromKey(const QString &key);
    static QString privacyLabel(Privacy privacy);
};

/// An image attached to a report, stored in the database. The Markdown links to it as
/// "images/<fileName>"; export writes it there and publishing uploads it and rewrites the link.
struct ReportPhoto
{
    qint64 id = 0;
    qint64 reportId = 0;
    QString fileName; ///< unique within the report, no slashes
    QString mimeType = QStringLiteral("image/jpeg");
    QString caption;
    int position = 0;
    QByteArray data;

    /// "images/<fileName>", the relative link used in the Markdown and in exported folders.
    QString relativePath() const { return QStringLiteral("images/") + fileName; }
};

} // namespace offkai
