# The dashboard: the community's figures as Qt Charts, each with its table, PNG / SVG and CSV.
target_sources(offkai_ui PRIVATE
    dashboard/ChartCard.cpp dashboard/ChartCard.h
    dashboard/DashboardCharts.cpp dashboard/DashboardCharts.h
    dashboard/DashboardPage.cpp dashboard/DashboardPage.h
    dashboard/PeriodBar.cpp dashboard/PeriodBar.h)
