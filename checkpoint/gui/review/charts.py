"""Bar charts painted with QPainter: on screen (:class:`ChartWidget`) and into a PDF.

Why plain QPainter (decided in docs/review.md): QtCharts is deprecated since Qt 6.10
and ships in PySide6-Addons (~200 MB more in the bundle, and its own start-up cost);
matplotlib or pyqtgraph would add 30-60 MB, a second rendering path for the PDF
and 0.3-1 s of import time. The supervisor's charts are bars with labels and
numbers, which :func:`paint_bars` draws in ~150 lines on any paint device: a widget,
a QImage, or a QPdfWriter page (vector, so the report stays sharp and small).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLineF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR = QColor("#2f6db5")
ALERT = QColor("#b3261e")
GRID = QColor("#c9ced6")
TEXT = QColor("#1d232b")


def _nice_max(value: int) -> int:
    """A round axis maximum at or above ``value`` (1, 2, 5 × 10^n)."""
    if value <= 5:
        return max(value, 1)
    step = 1
    while True:
        for m in (1, 2, 5):
            if m * step >= value:
                return m * step
        step *= 10


def paint_bars(p: QPainter, rect: QRectF, title: str, labels: Sequence[str],
               values: Sequence[int], *, horizontal: bool = False, font: QFont | None = None,
               empty_text: str = "—", highlight: set[str] | None = None) -> None:
    """Draw a titled bar chart of ``values`` inside ``rect`` on any paint device.

    Vertical bars suit time series (hours, days); ``horizontal`` bars suit categories
    with long names (outcomes, risk areas). Bars whose label is in ``highlight`` are
    drawn in the alert colour.
    """
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    base = QFont(font) if font is not None else QFont(p.font())
    title_font = QFont(base)
    title_font.setBold(True)
    p.setFont(title_font)
    fm = QFontMetricsF(title_font, p.device())
    p.setPen(TEXT)
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), fm.height()),
               int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
               fm.elidedText(title, Qt.TextElideMode.ElideRight, rect.width()))
    body = QRectF(rect.left(), rect.top() + fm.height() * 1.3, rect.width(),
                  rect.height() - fm.height() * 1.3)
    small = QFont(base)
    small.setPointSizeF(max(base.pointSizeF() * 0.85, 5.0))
    p.setFont(small)
    if not values or max(values) <= 0:
        p.setPen(GRID)
        p.drawText(body, int(Qt.AlignmentFlag.AlignCenter), empty_text)
        p.restore()
        return
    if horizontal:
        _horizontal(p, body, labels, values, highlight or set())
    else:
        _vertical(p, body, labels, values, highlight or set())
    p.restore()


def _vertical(p: QPainter, body: QRectF, labels: Sequence[str], values: Sequence[int],
              highlight: set[str]) -> None:
    fm = QFontMetricsF(p.font(), p.device())
    top = _nice_max(max(values))
    axis_w = fm.horizontalAdvance(str(top)) + fm.averageCharWidth()
    label_h = fm.height() * 1.2
    plot = QRectF(body.left() + axis_w, body.top() + fm.height() * 0.5,
                  body.width() - axis_w, body.height() - label_h - fm.height() * 0.5)
    p.setPen(QPen(GRID, 0))
    for frac in (0.0, 0.5, 1.0):
        y = plot.bottom() - plot.height() * frac
        p.drawLine(QLineF(plot.left(), y, plot.right(), y))
        p.setPen(TEXT)
        p.drawText(QRectF(body.left(), y - fm.height() / 2, axis_w - fm.averageCharWidth() / 2,
                          fm.height()), int(Qt.AlignmentFlag.AlignRight |
                                            Qt.AlignmentFlag.AlignVCenter), str(int(top * frac)))
        p.setPen(QPen(GRID, 0))
    n = len(values)
    slot = plot.width() / n
    widest = max((fm.horizontalAdvance(x) for x in labels), default=0.0)
    every = max(1, int((widest * 1.3) // max(slot, 1e-6)) + 1)
    for i, (label, value) in enumerate(zip(labels, values, strict=False)):
        h = plot.height() * value / top
        bar = QRectF(plot.left() + i * slot + slot * 0.15, plot.bottom() - h, slot * 0.7, h)
        p.fillRect(bar, ALERT if label in highlight else BAR)
        if i % every == 0:
            p.setPen(TEXT)
            p.drawText(label_rect(fm, body, plot.left() + (i + 0.5) * slot,
                                  plot.bottom() + 1, label_h, label),
                       int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), label)


def label_rect(fm: QFontMetricsF, body: QRectF, centre: float, top: float, height: float,
               label: str) -> QRectF:
    """Where a bar's label goes: as wide as its text (QPainter clips text to its rect),
    centred under the bar and kept inside the chart."""
    width = fm.horizontalAdvance(label) + fm.averageCharWidth()
    left = min(max(centre - width / 2, body.left()), body.right() - width)
    return QRectF(left, top, width, height)


def _horizontal(p: QPainter, body: QRectF, labels: Sequence[str], values: Sequence[int],
                highlight: set[str]) -> None:
    fm = QFontMetricsF(p.font(), p.device())
    top = max(values)
    label_w = min(max(fm.horizontalAdvance(x) for x in labels) + fm.averageCharWidth(),
                  body.width() * 0.45)
    value_w = fm.horizontalAdvance(str(top)) + fm.averageCharWidth() * 2
    n = len(values)
    row = min(body.height() / n, fm.height() * 2.0)
    for i, (label, value) in enumerate(zip(labels, values, strict=False)):
        y = body.top() + i * row
        p.setPen(TEXT)
        shown = fm.elidedText(label, Qt.TextElideMode.ElideRight, label_w - fm.averageCharWidth())
        p.drawText(QRectF(body.left(), y, label_w, row),
                   int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown)
        span = body.width() - label_w - value_w
        w = span * value / top
        p.fillRect(QRectF(body.left() + label_w, y + row * 0.2, w, row * 0.6),
                   ALERT if label in highlight else BAR)
        p.drawText(QRectF(body.left() + label_w + w + fm.averageCharWidth() / 2, y, value_w,
                          row), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                   str(value))


class ChartWidget(QWidget):
    """One bar chart on screen; ``set_data`` replaces what it shows."""

    def __init__(self, title: str = "", *, horizontal: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.horizontal = horizontal
        self.labels: tuple[str, ...] = ()
        self.values: tuple[int, ...] = ()
        self.empty_text = self.tr("No data")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(220, 150)

    def set_data(self, title: str, labels: Sequence[str], values: Sequence[int]) -> None:
        self.title = title
        self.labels, self.values = tuple(labels), tuple(values)
        self.setToolTip("\n".join(f"{k}: {v}" for k, v in zip(labels, values, strict=False)))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, 220)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        try:
            p.fillRect(self.rect(), self.palette().base())
            paint_bars(p, QRectF(self.rect()).adjusted(8, 6, -8, -6), self.title, self.labels,
                       self.values, horizontal=self.horizontal, empty_text=self.empty_text)
        finally:
            p.end()
