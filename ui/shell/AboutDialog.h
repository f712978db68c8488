#pragma once

#include <QDialog>

namespace offkai {

/// Version, licence, and the licences of the libraries Offkai is built on.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace offkai
