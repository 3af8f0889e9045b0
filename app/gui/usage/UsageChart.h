// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usage/query/UsageQuery.h"

#include <QChartView>
#include <array>
#include <vector>

class QAreaSeries;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace kw::gui {

// A series cut to what the chart can show: one column per group of `groupMinutes`, dense from
// `firstMinute`, so the chart never draws more columns than it has pixels for.
struct ChartColumns
{
    qint64 firstMinute = 0;
    qint64 groupMinutes = 1;
    std::vector<OutcomeCounts> counts;
};

// Sums the buckets of `points` that fall in [from, to) into at most maxColumns columns of whole
// buckets, aligned like the buckets themselves so that panning does not make columns jump.
ChartColumns downsample(const std::vector<UsagePoint>& points, Bucket bucket, qint64 from, qint64 to,
                        int maxColumns);

// The Usage tab's stacked time series of the six outcomes. Owns the visible window: the wheel
// zooms around the pointer, a horizontal rubber band zooms into a span, Shift+drag or the middle
// button pans, the arrow keys and +/- do the same, Home shows the whole range, and hovering shows
// the counts of the column under the pointer.
class UsageChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageChart)

public:
    explicit UsageChart(QWidget* parent = nullptr);
    ~UsageChart() override;

    // The whole range the window may move in, in minutes [from, to); resets the window to it.
    void setLimits(qint64 from, qint64 to);
    // Data covering at least the visible window; the window stays.
    void setData(std::vector<UsagePoint> points, Bucket bucket);
    void setWindow(qint64 from, qint64 to);
    qint64 windowFrom() const { return m_from; }
    qint64 windowTo() const { return m_to; }
    void zoom(double factor, qint64 aroundMinute);
    void pan(double fraction);
    void resetZoom() { setWindow(m_limitFrom, m_limitTo); }

    void setOutcomeShown(Outcome outcome, bool shown);
    bool isOutcomeShown(Outcome outcome) const { return m_shown[std::size_t(outcome)]; }

    // At most this many columns whatever the width (0: half the plot's width in pixels). The
    // benchmark sets a huge limit to measure drawing without downsampling.
    void setColumnLimit(int columns) { m_columnLimit = columns; }
    const ChartColumns& columns() const { return m_columns; }
    QAreaSeries* area(Outcome outcome) const { return m_areas[std::size_t(outcome)]; }
    // The tooltip for a point of the view (empty outside the columns).
    QString toolTipAt(const QPointF& viewPos) const;
    // Downsamples and redraws the series for the current window and width (what zoom, pan and
    // resize cost); public for the benchmark.
    void rebuild();

Q_SIGNALS:
    void windowChanged(qint64 from, qint64 to);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void onAxisRange(const QDateTime& min, const QDateTime& max);
    void applyPalette();
    int maxColumns() const;

    QDateTimeAxis* m_axisX;
    QValueAxis* m_axisY;
    std::array<QAreaSeries*, OutcomeCount> m_areas{};
    std::array<QLineSeries*, OutcomeCount> m_upper{};
    std::array<bool, OutcomeCount> m_shown{};
    std::vector<UsagePoint> m_points;
    Bucket m_bucket = Bucket::Hour;
    ChartColumns m_columns;
    qint64 m_limitFrom = 0;
    qint64 m_limitTo = 60;
    qint64 m_from = 0;
    qint64 m_to = 60;
    int m_columnLimit = 0;
    bool m_settingRange = false;
    bool m_panning = false;
    QPointF m_panStart;
    qint64 m_panFrom = 0;
};

} // namespace kw::gui
