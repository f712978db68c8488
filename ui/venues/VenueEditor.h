#pragma once

#include "records/Venue.h"

#include <memory>
#include <QWidget>

class QLineEdit;

namespace Ui {
class VenueEditor;
}

namespace offkai {

/// The detail form of one venue. It edits a copy; the page turns a save into an undoable command.
class VenueEditor : public QWidget
{
    Q_OBJECT
public:
    explicit VenueEditor(QWidget *parent = nullptr);
    ~VenueEditor() override;

    /// Shows `venue` and forgets any unsaved edits.
    void setVenue(const Venue &venue);
    /// Shows nothing and disables the form.
    void clear();
    bool hasVenue() const { return m_original.id != 0; }
    /// The venue as shown before editing.
    const Venue &original() const { return m_original; }
    /// The venue with the form's current values.
    Venue edited() const;
    bool isDirty() const;

    void showError(const QString &message);
    void focusName();

Q_SIGNALS:
    void saveRequested();
    void dirtyChanged(bool dirty);

private:
    void markChanged();
    void addStation();
    void removeStation();
    void openMap();
    void updateHeading();
    void showPlaceFields();

    std::unique_ptr<Ui::VenueEditor> m_ui;
    QLineEdit *m_shortMapEdit = nullptr;
    Venue m_original;
    bool m_loading = false;
    bool m_lastDirty = false;
};

} // namespace offkai
