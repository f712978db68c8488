#pragma once

#include "events/participants/MemberPicker.h"
#include "events/series/SeriesPipelineDialog.h"
#include "events/series/SlotSpeakerDialog.h"
#include "TestSupport.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QtTest>

namespace offkai::test {

/// A button of the speaker pipeline by its object name ("slotSpeaker", "decline", "confirm"…).
inline QPushButton *pipelineButton(const SeriesPipelineDialog &pipeline, const char *name)
{
    auto *b = pipeline.findChild<QPushButton *>(QString::fromLatin1(name));
    if (!b)
        qFatal("no button %s", name);
    return b;
}

/// Slots a speaker the way the organizer does: Slot Speaker…, type, Enter, topic, OK.
inline void slotThroughDialog(SeriesPipelineDialog &pipeline, const QString &typed, const QString &topic)
{
    QTest::mouseClick(pipelineButton(pipeline, "slotSpeaker"), Qt::LeftButton);
    auto *dialog = pipeline.findChild<SlotSpeakerDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("target"))->text().isEmpty());
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QLineEdit *search = dialog->picker()->lineEdit();
    search->setFocus();
    typeText(search, typed);
    QVERIFY(dialog->picker()->matchList()->count() >= 1);
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(dialog->memberId() > 0);
    QVERIFY(dialog->isVisible()); // Enter picked; it did not close the dialog
    typeText(dialog->topicEdit(), topic);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace offkai::test
