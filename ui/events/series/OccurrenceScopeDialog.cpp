#include "OccurrenceScopeDialog.h"

#include "items/AgendaModel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace offkai {

OccurrenceScopeDialog::OccurrenceScopeDialog(const QString &seriesTitle, const QDate &occurrenceDate,
                                             bool isFirst, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("occurrenceScopeDialog"));
    setWindowTitle(tr("Change a Recurring Event"));
    //: %1 the series' title, %2 the date of the occurrence being changed
    auto *question =
        new QLabel(tr("“%1” repeats. You are changing the occurrence on %2. Apply the change to:")
                       .arg(seriesTitle, AgendaModel::shortDateText(occurrenceDate, QLocale())),
                   this);
    question->setObjectName(QStringLiteral("question"));
    question->setWordWrap(true);
    m_this = new QRadioButton(tr("&Only this occurrence"), this);
    m_this->setObjectName(QStringLiteral("thisOccurrence"));
    m_following = new QRadioButton(tr("This and &following occurrences"), this);
    m_following->setObjectName(QStringLiteral("thisAndFollowing"));
    m_all = new QRadioButton(tr("&All occurrences"), this);
    m_all->setObjectName(QStringLiteral("allOccurrences"));
    m_this->setChecked(true);
    if (isFirst) {
        m_following->setEnabled(false);
        m_following->setToolTip(tr("This is the first occurrence: change all of them instead."));
    }
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addSpacing(6);
    layout->addWidget(m_this);
    layout->addWidget(m_following);
    layout->addWidget(m_all);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
}

OccurrenceScopeDialog::Scope OccurrenceScopeDialog::scope() const
{
    if (m_following->isChecked())
        return Scope::ThisAndFollowing;
    if (m_all->isChecked())
        return Scope::AllOccurrences;
    return Scope::ThisOccurrence;
}

void OccurrenceScopeDialog::setScope(Scope scope)
{
    QRadioButton *chosen = button(scope);
    if (chosen->isEnabled())
        chosen->setChecked(true);
}

QRadioButton *OccurrenceScopeDialog::button(Scope scope) const
{
    switch (scope) {
    case Scope::ThisAndFollowing:
        return m_following;
    case Scope::AllOccurrences:
        return m_all;
    case Scope::ThisOccurrence:
        break;
    }
    return m_this;
}

std::optional<OccurrenceScopeDialog::Scope> OccurrenceScopeDialog::ask(const QString &seriesTitle,
                                                                       const QDate &occurrenceDate,
                                                                       bool isFirst, QWidget *parent)
{
    OccurrenceScopeDialog dialog(seriesTitle, occurrenceDate, isFirst, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.scope();
}

} // namespace offkai
