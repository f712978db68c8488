#include "AboutDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTextBrowser>
#include <QtGlobal>
#include <QVBoxLayout>

namespace offkai {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Offkai"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/offkai/icons/offkai.svg")).pixmap(64, 64));
    auto *heading = new QLabel(this);
    heading->setTextFormat(Qt::RichText);
    heading->setText(
        QStringLiteral("<h2>Offkai %1</h2><p>%2</p>")
            .arg(QStringLiteral(OFFKAI_VERSION).toHtmlEscaped(),
                 tr("Members, events, venues and meetup reports for the people who run communities. "
                    "Your data stays on your own disk.")
                     .toHtmlEscaped()));
    heading->setWordWrap(true);

    auto *licences = new QTextBrowser(this);
    licences->setOpenExternalLinks(true);
    QString html =
        QStringLiteral("<p>") +
        tr("Offkai is free software: you can redistribute it and/or modify it under the terms of the "
           "GNU General Public License as published by the Free Software Foundation, either version 3 "
           "of the License, or (at your option) any later version.")
            .toHtmlEscaped() +
        QStringLiteral("</p><p>") + tr("Offkai is built with:").toHtmlEscaped() + QStringLiteral("</p><ul>");
    const auto item = [&html](const QString &name, const QString &licence) {
        html += QStringLiteral("<li><b>") + name.toHtmlEscaped() + QStringLiteral("</b> — ") +
                licence.toHtmlEscaped() + QStringLiteral("</li>");
    };
    item(QStringLiteral("Qt ") + QString::fromLatin1(qVersion()), tr("LGPL 3.0 or GPL 2.0/3.0"));
    item(QStringLiteral("SQLite"), tr("public domain"));
    html += QStringLiteral("</ul>");
    licences->setHtml(html);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(heading, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(licences, 1);
    layout->addWidget(buttons);
    resize(520, 420);
}

} // namespace offkai
