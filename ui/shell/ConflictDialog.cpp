#include "ConflictDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace offkai {

namespace {

constexpr int kTheirs = 0;
constexpr int kMine = 1;

/// A radio button whose long value wraps in a label beside it (a radio button's own text does not wrap).
QWidget *choiceCell(QButtonGroup *group, int id, const QString &value, const QString &accessibleName)
{
    auto *cell = new QWidget;
    auto *layout = new QHBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *button = new QRadioButton;
    button->setAccessibleName(accessibleName);
    group->addButton(button, id);
    auto *label = new QLabel;
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setBuddy(button);
    if (value.isEmpty()) {
        label->setText(ConflictDialog::tr("(empty)"));
        label->setForegroundRole(QPalette::PlaceholderText);
    } else {
        label->setText(value.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    layout->addWidget(button, 0, Qt::AlignTop);
    layout->addWidget(label, 1);
    return cell;
}

} // namespace

ConflictDialog::ConflictDialog(FieldConflict conflict, QWidget *parent)
    : QDialog(parent)
    , m_conflict(std::move(conflict))
{
    setWindowTitle(tr("Changed Elsewhere"));
    auto *layout = new QVBoxLayout(this);

    const QString when = QLocale().toString(m_conflict.savedAt().toLocalTime(), QLocale::ShortFormat);
    const QString name = m_conflict.recordName().toHtmlEscaped();
    auto *intro = new QLabel(
        m_conflict.savedBy().isEmpty()
            ? tr("<b>“%1” was saved elsewhere at %2</b>, in another window or by another organizer, while "
                 "you were editing it. Nothing has been overwritten.")
                  .arg(name, when)
            : tr("<b>“%1” was saved by %3 at %2</b> while you were editing it. Nothing has been overwritten.")
                  .arg(name, when, m_conflict.savedBy().toHtmlEscaped()));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    const int both = m_conflict.disagreements();
    auto *advice = new QLabel(
        both > 0
            ? tr("Choose the value to keep in each field. In %n field(s) you both made changes (in bold).",
                 nullptr, both)
            : tr("Choose the value to keep in each field. Each field keeps the side that changed it."));
    advice->setWordWrap(true);
    layout->addWidget(advice);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    QWidget *rows = buildRows();
    scroll->setWidget(rows);
    // As tall as the fields need, up to a height that leaves the window's own form in view.
    scroll->setMinimumHeight(qMin(rows->sizeHint().height(), 420));
    layout->addWidget(scroll, 1);

    auto *buttons = new QDialogButtonBox;
    auto *allTheirs = buttons->addButton(tr("All &Theirs"), QDialogButtonBox::ResetRole);
    auto *allMine = buttons->addButton(tr("All &Mine"), QDialogButtonBox::ResetRole);
    m_save = buttons->addButton(tr("&Save Chosen Values"), QDialogButtonBox::AcceptRole);
    auto *cancel = buttons->addButton(tr("&Keep Editing"), QDialogButtonBox::RejectRole);
    cancel->setToolTip(tr("Save nothing now; the form keeps what you typed"));
    m_save->setDefault(true);
    connect(allTheirs, &QPushButton::clicked, this, [this] { chooseAll(false); });
    connect(allMine, &QPushButton::clicked, this, [this] { chooseAll(true); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_save->setFocus();
    resize(qMax(720, sizeHint().width()), sizeHint().height());
}

QWidget *ConflictDialog::buildRows()
{
    auto *rows = new QWidget;
    auto *grid = new QGridLayout(rows);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    grid->setVerticalSpacing(10);
    auto heading = [](const QString &text) {
        auto *label = new QLabel(text);
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        return label;
    };
    grid->addWidget(heading(tr("Field")), 0, 0);
    grid->addWidget(heading(tr("Their value (saved)")), 0, 1);
    grid->addWidget(heading(tr("Your value")), 0, 2);
    int line = 1;
    for (const FieldConflict::Row &row : m_conflict.rows()) {
        auto *name = new QLabel(row.label);
        if (row.bothChanged) {
            QFont font = name->font();
            font.setBold(true);
            name->setFont(font);
            name->setToolTip(tr("You both changed this field"));
        }
        auto *group = new QButtonGroup(this);
        grid->addWidget(name, line, 0, Qt::AlignTop);
        grid->addWidget(choiceCell(group, kTheirs, row.theirs, tr("%1: their value").arg(row.label)), line,
                        1);
        grid->addWidget(choiceCell(group, kMine, row.mine, tr("%1: your value").arg(row.label)), line, 2);
        group->button(row.keepMineByDefault ? kMine : kTheirs)->setChecked(true);
        m_choices.insert(row.key, group);
        ++line;
    }
    grid->setRowStretch(line, 1);
    return rows;
}

void ConflictDialog::chooseAll(bool mine)
{
    for (QButtonGroup *group : std::as_const(m_choices))
        group->button(mine ? kMine : kTheirs)->setChecked(true);
}

void ConflictDialog::choose(const QString &key, bool mine)
{
    if (QButtonGroup *group = m_choices.value(key))
        group->button(mine ? kMine : kTheirs)->setChecked(true);
}

bool ConflictDialog::keepsMine(const QString &key) const
{
    const QButtonGroup *group = m_choices.value(key);
    return group && group->checkedId() == kMine;
}

QSet<QString> ConflictDialog::keptMine() const
{
    QSet<QString> mine;
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it) {
        if (it.value()->checkedId() == kMine)
            mine.insert(it.key());
    }
    return mine;
}

std::optional<QSet<QString>> ConflictDialog::ask(const FieldConflict &conflict, QWidget *parent)
{
    ConflictDialog dialog(conflict, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.keptMine();
}

Error ConflictDialog::keepsChanging(const QString &name)
{
    return Error(Error::Code::Conflict,
                 tr("“%1” keeps being changed elsewhere; try saving again.").arg(name));
}

} // namespace offkai
