#pragma once

#include "dashboard/ChartCard.h"
#include "items/DashboardTables.h"
#include "shell/Page.h"

class QComboBox;
class QGridLayout;
class QLabel;
class QUndoStack;

namespace offkai {

class PeriodBar;
class Workspace;

/// How the community is doing: members over time, events and attendance, repeat rate and cohorts,
/// no-shows, who attends, referrals and speakers, for a chosen period. Every figure comes from
/// CommunityStats through DashboardTables; the page only draws them.
class DashboardPage : public Page
{
    Q_OBJECT
public:
    DashboardPage(Workspace &workspace, QUndoStack &undoStack, QWidget *parent = nullptr);
    ~DashboardPage() override;

    static QString pageTitle();
    static QIcon pageIcon();
    QString title() const override { return pageTitle(); }
    QIcon icon() const override { return pageIcon(); }
    QList<QAction *> pageActions() const override;

    PeriodBar *periodBar() const { return m_periodBar; }
    DashboardTables &figures() { return m_figures; }
    ChartCard *card(DashboardTables::Table table) const;
    QList<ChartCard *> cards() const { return m_cards; }
    /// The headline figure of a tile, as shown ("1,234", "42.5%"), by its object name.
    QString tileText(const QString &name) const;

    /// Recomputes every figure now.
    void refresh();

protected:
    bool event(QEvent *event) override;

private:
    ChartCard *addCard(const QString &title, DashboardTables::Table table, int row, int column,
                       ChartCard::ChartBuilder builder = {});
    QWidget *createTiles();
    void setTile(const QString &name, const QString &value, const QString &toolTip = {});
    void markStale();
    void showMix();

    DashboardTables m_figures;
    PeriodBar *m_periodBar = nullptr;
    QGridLayout *m_grid = nullptr;
    QList<ChartCard *> m_cards;
    QHash<int, ChartCard *> m_cardOf;
    QHash<QString, QLabel *> m_tiles;
    ChartCard *m_mixCard = nullptr;
    QComboBox *m_mixField = nullptr;
    QLabel *m_error = nullptr;
    QAction *m_refreshAction = nullptr;
    bool m_stale = true;
    bool m_refreshQueued = false;
};

} // namespace offkai
