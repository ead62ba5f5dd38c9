"""The dashboard's plot of decisions and their latency over time: an SVG drawn here, on the
server, from the commands the fleet recorded (no script, nothing fetched by the browser).

A decision is an Execute sent from the fleet (one command or a job's); its latency is the
fleet's round trip: recorded → the device's answer recorded (the broker, the device's
controller, policy and executor, and the way back). Unanswered commands are drawn at the top."""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from html import escape

from llmos.fleet.records import CommandRow, CommandState
from llmos.v1 import commands_pb2

COLOURS = {"succeeded": "#2a7", "dry_run": "#6a9", "pending": "#d90", "denied": "#c33",
           "failed": "#c33", "rejected": "#a5a", "error": "#c33", "expired": "#888",
           "queued": "#48c"}


@dataclass(frozen=True)
class Point:
    time: float
    latency_s: float | None  # None: not answered (queued or expired)
    outcome: str
    device: str


def decision_points(rows: list[CommandRow]) -> list[Point]:
    points = []
    for row in rows:
        if row.state == CommandState.ANSWERED:
            outcome = row.code.lower()
            if row.code == "OK" and row.response:
                try:
                    status = commands_pb2.ExecuteResponse.FromString(row.response).outcome.status
                    outcome = commands_pb2.ActionStatus.Name(status).removeprefix(
                        "ACTION_STATUS_").lower()
                except Exception:  # a device's bytes: a bad answer is drawn, not fatal
                    outcome = "error"
            points.append(Point(row.created, max(row.updated - row.created, 0.0), outcome,
                                row.device))
        else:
            points.append(Point(row.created, None, str(row.state), row.device))
    return points


def _clock(unix: float) -> str:
    return time.strftime("%H:%M:%S", time.gmtime(unix))


def latency_svg(points: list[Point], width: int = 760, height: int = 256) -> str:
    """Latency (log scale, ms) against time, a legend of outcomes under it; every label is
    escaped (device names and outcomes come from devices)."""
    left, right, top, bottom = 56, 32, 12, 44
    plot_w, plot_h = width - left - right, height - top - bottom
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" role="img" aria-label="decision latency">',
             f'<rect x="{left}" y="{top}" width="{plot_w}" height="{plot_h}" fill="#fafafa" '
             'stroke="#ccc"/>']
    if not points:
        parts.append(f'<text x="{left + 10}" y="{top + 24}" font-size="13">no decisions sent '
                     'from the fleet yet</text></svg>')
        return "".join(parts)
    t0 = min(p.time for p in points)
    t1 = max(p.time for p in points)
    span = max(t1 - t0, 1.0)
    answered = [p.latency_s for p in points if p.latency_s is not None]
    low_ms = 1.0
    high_ms = max([low_ms * 10, *(lat * 1000 for lat in answered)])
    decades = math.ceil(math.log10(high_ms / low_ms))

    def y_of(ms: float) -> float:
        scaled = math.log10(max(ms, low_ms) / low_ms) / decades
        return top + plot_h - scaled * (plot_h - 10)

    for d in range(decades + 1):
        ms = low_ms * 10**d
        y = y_of(ms)
        label = f"{ms:g} ms" if ms < 1000 else f"{ms / 1000:g} s"
        parts.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{y:.1f}" y2="{y:.1f}" '
                     f'stroke="#eee"/><text x="{left - 4}" y="{y + 4:.1f}" font-size="10" '
                     f'text-anchor="end">{label}</text>')
    for i in range(5):
        t = t0 + span * i / 4
        x = left + plot_w * i / 4
        parts.append(f'<text x="{x:.1f}" y="{top + plot_h + 14}" font-size="10" '
                     f'text-anchor="middle">{_clock(t)}</text>')
    for p in points:
        x = left + plot_w * (p.time - t0) / span
        y = top + 5 if p.latency_s is None else y_of(p.latency_s * 1000)
        colour = COLOURS.get(p.outcome, "#555")
        what = "not answered" if p.latency_s is None else f"{p.latency_s * 1000:.0f} ms"
        title = escape(f"{p.device}: {p.outcome}, {what}, {_clock(p.time)} UTC")
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{colour}">'
                     f"<title>{title}</title></circle>")
    x = float(left)
    for outcome, count in summary(points).items():
        label = escape(f"{outcome} {count}")
        parts.append(f'<circle cx="{x + 4:.1f}" cy="{height - 8}" r="4" '
                     f'fill="{COLOURS.get(outcome, "#555")}"/><text x="{x + 12:.1f}" '
                     f'y="{height - 4}" font-size="11">{label}</text>')
        x += 22 + 7 * len(label)
    parts.append("</svg>")
    return "".join(parts)


def summary(points: list[Point]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for p in points:
        counts[p.outcome] = counts.get(p.outcome, 0) + 1
    return dict(sorted(counts.items()))
