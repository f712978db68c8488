#pragma once

#include <QComboBox>
#include <QLocale>
#include <QTimeZone>

namespace offkai {

/// Chooses an IANA time zone by its name in the UI's language: "日本時間 (Asia/Tokyo)". Editable: typing
/// part of the name or of the id ("東京", "tokyo") offers the zones that contain it, and a typed id is
/// understood too.
class TimeZoneBox : public QComboBox
{
    Q_OBJECT
public:
    explicit TimeZoneBox(QWidget *parent = nullptr, const QLocale &locale = QLocale());

    void setZone(const QTimeZone &zone);
    /// The chosen zone; invalid when the text names none.
    QTimeZone zone() const;
};

} // namespace offkai
