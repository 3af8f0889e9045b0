// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/usage/UsageChart.h"

#include "gui/common/Format.h"
#include "gui/usage/UsageStyle.h"

#include <QAreaSeries>
#include <QDateTimeAxis>
#include <QKeyEvent>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace kw::gui {

namespace {

constexpr qint64 MinuteMs = 60'000;
constexpr qint64 MinimumWindow = 10; // minutes: zooming further shows nothing new
constexpr int PixelsPerColumn = 2;

qint64 alignDown(qint64 minute, qint64 size, qint64 origin)
{
    const qint64 shifted = minute - origin;
    return minute - (((shifted % size) + size) % size);
}

} // namespace

ChartColumns downsample(const std::vector<UsagePoint>& points, Bucket bucket, qint64 from, qint64 to,
                        int maxColumns)
{
    ChartColumns c;
    const qint64 size = bucketMinutes(bucket);
    const qint64 origin = bucketStart(0, bucket);
    const qint64 buckets = std::max<qint64>(1, (to - from + size - 1) / size);
    const qint64 perColumn = std::max<qint64>(1, (buckets + maxColumns - 1) / std::max(1, maxColumns));
    c.groupMinutes = perColumn * size;
    c.firstMinute = alignDown(from, c.groupMinutes, origin);
    const qint64 columns = std::max<qint64>(1, (to - c.firstMinute + c.groupMinutes - 1) / c.groupMinutes);
    c.counts.assign(std::size_t(columns), OutcomeCounts{});
    const qint64 end = c.firstMinute + columns * c.groupMinutes;
    auto it = std::lower_bound(points.begin(), points.end(), c.firstMinute,
                               [](const UsagePoint& p, qint64 m) { return p.minute < m; });
    for (; it != points.end() && it->minute < end; ++it) {
        OutcomeCounts& into = c.counts[std::size_t((it->minute - c.firstMinute) / c.groupMinutes)];
        for (int o = 0; o < OutcomeCount; ++o) {
            into[std::size_t(o)] += it->counts[std::size_t(o)];
        }
    }
    return c;
}

UsageChart::UsageChart(QWidget* parent)
    : QChartView(new QChart(), parent)
    , m_axisX(new QDateTimeAxis(this))
    , m_axisY(new QValueAxis(this))
{
    m_shown.fill(true);
    QChart* c = chart();
    c->legend()->hide();
    c->setAnimationOptions(QChart::NoAnimation);
    c->setMargins(QMargins(4, 4, 8, 4));
    c->setBackgroundRoundness(0);
    c->addAxis(m_axisX, Qt::AlignBottom);
    c->addAxis(m_axisY, Qt::AlignLeft);
    m_axisY->setLabelFormat(QStringLiteral("%i"));
    m_axisX->setTickCount(7);
    // Stacked in enum order, valid at the base. Each area is filled from zero up to its running
    // total and the taller ones are added first, so each lower outcome paints over them: one
    // outline per area instead of two, and no stroke, which is what painting costs here.
    for (int o = OutcomeCount - 1; o >= 0; --o) {
        auto* upper = new QLineSeries(this);
        auto* area = new QAreaSeries(upper);
        area->setName(outcomeLabel(Outcome(o)));
        area->setColor(outcomeColor(Outcome(o)));
        area->setPen(Qt::NoPen);
        c->addSeries(area);
        area->attachAxis(m_axisX);
        area->attachAxis(m_axisY);
        m_areas[std::size_t(o)] = area;
        m_upper[std::size_t(o)] = upper;
    }
    setRenderHint(QPainter::Antialiasing, false);
    setRubberBand(QChartView::HorizontalRubberBand);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumHeight(220);
    setAccessibleName(tr("Requests over time"));
    setToolTip(QString());
    connect(m_axisX, &QDateTimeAxis::rangeChanged, this, &UsageChart::onAxisRange);
    applyPalette();
}

UsageChart::~UsageChart() = default;

void UsageChart::applyPalette()
{
    const QPalette& pal = palette();
    QChart* c = chart();
    c->setBackgroundBrush(pal.color(QPalette::Base));
    c->setPlotAreaBackgroundVisible(false);
    for (QAbstractAxis* axis : {static_cast<QAbstractAxis*>(m_axisX), static_cast<QAbstractAxis*>(m_axisY)}) {
        axis->setLabelsColor(pal.color(QPalette::Text));
        axis->setLinePenColor(pal.color(QPalette::Mid));
        axis->setGridLineColor(pal.color(QPalette::Midlight));
        axis->setLabelsFont(font());
    }
}

void UsageChart::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        applyPalette();
    }
}

void UsageChart::setLimits(qint64 from, qint64 to)
{
    m_limitFrom = from;
    m_limitTo = std::max(to, from + 1);
    setWindow(m_limitFrom, m_limitTo);
}

void UsageChart::setData(std::vector<UsagePoint> points, Bucket bucket)
{
    m_points = std::move(points);
    m_bucket = bucket;
    rebuild();
}

void UsageChart::setWindow(qint64 from, qint64 to)
{
    const qint64 limit = m_limitTo - m_limitFrom;
    qint64 width = std::clamp<qint64>(to - from, std::min(MinimumWindow, limit), limit);
    from = std::clamp(from, m_limitFrom, m_limitTo - width);
    to = from + width;
    m_settingRange = true;
    m_axisX->setRange(QDateTime::fromMSecsSinceEpoch(from * MinuteMs),
                      QDateTime::fromMSecsSinceEpoch(to * MinuteMs));
    m_settingRange = false;
    if (from != m_from || to != m_to) {
        m_from = from;
        m_to = to;
        rebuild();
        Q_EMIT windowChanged(m_from, m_to);
    }
}

// QChartView's rubber band and zoomOut() move the axis directly; bring them into the window.
void UsageChart::onAxisRange(const QDateTime& min, const QDateTime& max)
{
    if (m_settingRange) {
        return;
    }
    setWindow(min.toMSecsSinceEpoch() / MinuteMs, (max.toMSecsSinceEpoch() + MinuteMs - 1) / MinuteMs);
}

void UsageChart::zoom(double factor, qint64 aroundMinute)
{
    const auto from = qint64(std::llround(double(aroundMinute) - double(aroundMinute - m_from) * factor));
    const auto to = qint64(std::llround(double(aroundMinute) + double(m_to - aroundMinute) * factor));
    setWindow(from, std::max(to, from + 1));
}

void UsageChart::pan(double fraction)
{
    const auto shift = qint64(std::llround(double(m_to - m_from) * fraction));
    setWindow(m_from + shift, m_to + shift);
}

void UsageChart::setOutcomeShown(Outcome outcome, bool shown)
{
    m_shown[std::size_t(outcome)] = shown;
    rebuild();
}

int UsageChart::maxColumns() const
{
    if (m_columnLimit > 0) {
        return m_columnLimit;
    }
    const qreal width = chart()->plotArea().width();
    return std::max(1, int(width > 10 ? width : viewport()->width()) / PixelsPerColumn);
}

void UsageChart::rebuild()
{
    m_columns = downsample(m_points, m_bucket, m_from, m_to, maxColumns());
    const std::size_t n = m_columns.counts.size();
    std::vector<qint64> below(n, 0);
    QList<QPointF> upper;
    qint64 top = 0;
    for (int o = 0; o < OutcomeCount; ++o) {
        QAreaSeries* area = m_areas[std::size_t(o)];
        if (!m_shown[std::size_t(o)]) {
            area->setVisible(false);
            continue;
        }
        upper.clear();
        upper.reserve(qsizetype(2 * n));
        // Two points per column: a step outline, as the counts are per bucket, not per instant.
        for (std::size_t i = 0; i < n; ++i) {
            const qreal x0 = qreal((m_columns.firstMinute + qint64(i) * m_columns.groupMinutes) * MinuteMs);
            const qreal x1 = x0 + qreal(m_columns.groupMinutes * MinuteMs);
            const qint64 base = below[i];
            const qint64 cum = base + m_columns.counts[i][std::size_t(o)];
            upper.append({x0, qreal(cum)});
            upper.append({x1, qreal(cum)});
            below[i] = cum;
            top = std::max(top, cum);
        }
        m_upper[std::size_t(o)]->replace(upper);
        area->setVisible(true);
    }
    m_axisY->setRange(0, top > 0 ? double(top) * 1.08 : 1.0);
    m_axisY->applyNiceNumbers();
    const qint64 span = m_to - m_from;
    m_axisX->setFormat(span <= 2 * 24 * 60    ? QStringLiteral("HH:mm")
                       : span <= 60 * 24 * 60 ? QStringLiteral("dd MMM HH:mm")
                                              : QStringLiteral("dd MMM yyyy"));
}

QString UsageChart::toolTipAt(const QPointF& viewPos) const
{
    const QPointF value = chart()->mapToValue(mapToScene(viewPos.toPoint()));
    if (!chart()->plotArea().contains(mapToScene(viewPos.toPoint())) || m_columns.counts.empty()) {
        return {};
    }
    const auto minute = qint64(std::floor(value.x() / double(MinuteMs)));
    const qint64 column = (minute - m_columns.firstMinute) / m_columns.groupMinutes;
    if (minute < m_columns.firstMinute || column >= qint64(m_columns.counts.size())) {
        return {};
    }
    const OutcomeCounts& counts = m_columns.counts[std::size_t(column)];
    const qint64 start = m_columns.firstMinute + column * m_columns.groupMinutes;
    const QLocale locale;
    QString html =
        QStringLiteral("<b>%1 – %2</b><table>")
            .arg(dateTimeText(minuteTime(start)), dateTimeText(minuteTime(start + m_columns.groupMinutes)));
    for (int o = OutcomeCount - 1; o >= 0; --o) {
        html += QStringLiteral("<tr><td><span style=\"color:%1\">■</span> %2</td>"
                               "<td align=\"right\">&nbsp;%3</td></tr>")
                    .arg(outcomeColor(Outcome(o)).name(), outcomeLabel(Outcome(o)),
                         locale.toString(counts[std::size_t(o)]));
    }
    html += QStringLiteral("<tr><td><b>%1</b></td><td align=\"right\"><b>&nbsp;%2</b></td></tr></table>")
                .arg(tr("Total"), locale.toString(totalOf(counts)));
    return html;
}

void UsageChart::wheelEvent(QWheelEvent* event)
{
    const int steps = event->angleDelta().y();
    if (steps == 0) {
        QChartView::wheelEvent(event);
        return;
    }
    const QPointF value = chart()->mapToValue(mapToScene(event->position().toPoint()));
    zoom(steps > 0 ? 0.8 : 1.25, qint64(value.x() / double(MinuteMs)));
    event->accept();
}

void UsageChart::mousePressEvent(QMouseEvent* event)
{
    const bool panButton = event->button() == Qt::MiddleButton ||
                           (event->button() == Qt::LeftButton && event->modifiers() & Qt::ShiftModifier);
    if (panButton) {
        m_panning = true;
        m_panStart = event->position();
        m_panFrom = m_from;
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void UsageChart::mouseMoveEvent(QMouseEvent* event)
{
    if (m_panning) {
        const qreal width = std::max<qreal>(1, chart()->plotArea().width());
        const auto shift =
            qint64(std::llround((m_panStart.x() - event->position().x()) / width * double(m_to - m_from)));
        const qint64 span = m_to - m_from;
        setWindow(m_panFrom + shift, m_panFrom + shift + span);
        event->accept();
        return;
    }
    if (event->buttons() == Qt::NoButton) {
        const QString tip = toolTipAt(event->position());
        if (tip.isEmpty()) {
            QToolTip::hideText();
        } else {
            QToolTip::showText(event->globalPosition().toPoint(), tip, this);
        }
    }
    QChartView::mouseMoveEvent(event);
}

void UsageChart::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_panning) {
        m_panning = false;
        unsetCursor();
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void UsageChart::keyPressEvent(QKeyEvent* event)
{
    const qint64 middle = (m_from + m_to) / 2;
    switch (event->key()) {
    case Qt::Key_Left:
        pan(-0.1);
        break;
    case Qt::Key_Right:
        pan(0.1);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoom(0.5, middle);
        break;
    case Qt::Key_Minus:
        zoom(2.0, middle);
        break;
    case Qt::Key_Home:
    case Qt::Key_0:
        resetZoom();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void UsageChart::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    rebuild();
}

} // namespace kw::gui
