"""What every chart shares: the Axes it draws on, the table check, the blank chart, the
source note under it, the figure a multi-panel chart fills, the value axis of a rate and the
small label beside a mark.

The seaborn contract, in one place: ``axes_for(ax)`` is ``ax`` or the current Axes
(``plt.gca()``); ``panels_for(ax)`` is where a multi-panel chart puts its panels in place of
``ax``; ``blank`` is what empty data gives.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Literal

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import FigureBase
from matplotlib.patches import Patch
from matplotlib.text import Annotation

from ..style import COLORS, FEATURE_LABELS

__all__ = [
    "GRID",
    "SOURCE",
    "axes_for",
    "blank",
    "check_table",
    "interval_note",
    "legend_handles",
    "mark_label",
    "note_axes",
    "note_figure",
    "one_pair",
    "panels_for",
    "percent",
    "single_units",
    "source_note",
    "sourced",
    "value_axis",
]

SOURCE = "Source: framing"
NOTE_STYLE = {"fontsize": 7, "color": "#555555"}
#: The light grid along a chart's value axis.
GRID = {"color": "#e5e5e5", "linewidth": 0.8}
#: The colour of the small labels beside marks (counts, values, notes).
LABEL_COLOR = "#333333"
_CORPUS: ContextVar[str] = ContextVar("corpus", default="")


@contextmanager
def sourced(corpus: str) -> Iterator[None]:
    """Within the block, chart notes name ``corpus`` (``Source: framing, <corpus>``): the
    report sets it to the corpus it draws."""
    token = _CORPUS.set(str(corpus))
    try:
        yield
    finally:
        _CORPUS.reset(token)


def source_note(detail: str = "") -> str:
    """The note printed under each chart: ``Source: framing[, <corpus>]; <detail>``, the
    corpus as ``sourced`` names it."""
    corpus = _CORPUS.get()
    head = f"{SOURCE}, {corpus}" if corpus else SOURCE
    return f"{head}; {detail}" if detail else head


def axes_for(ax: Axes | None) -> Axes:
    """``ax``, or the current Axes when None (``plt.gca()``, a new figure if there is none),
    as seaborn does."""
    return plt.gca() if ax is None else ax


def panels_for(ax: Axes) -> FigureBase:
    """Where a chart of several panels draws in place of ``ax``: the whole figure when ``ax``
    is its figure's only Axes (so a figure made for the chart is filled), otherwise a
    subfigure in ``ax``'s cell of the grid. ``ax`` itself is removed."""
    fig = ax.figure
    if list(fig.axes) == [ax]:
        ax.remove()
        return fig
    spec = ax.get_subplotspec()
    if spec is None:
        raise ValueError(
            "a chart of several panels needs ax to be a subplot (plt.subplots, "
            "fig.add_subplot) so that its panels can take its place"
        )
    sub = fig.add_subfigure(spec)
    ax.remove()
    return sub


def note_axes(ax: Axes, note: str | None, default: str) -> None:
    """The source note under ``ax``: ``default`` when ``note`` is None, none when ``""``."""
    text = default if note is None else note
    if text:
        ax.annotate(
            text,
            xy=(0, 0),
            xycoords="axes fraction",
            xytext=(0, -42),
            textcoords="offset points",
            ha="left",
            va="top",
            annotation_clip=False,
            **NOTE_STYLE,
        )


def note_figure(fig: FigureBase, note: str | None, default: str) -> None:
    """The source note under a figure of panels (see ``note_axes``)."""
    text = default if note is None else note
    if text:
        fig.supxlabel(text, x=0.01, ha="left", **NOTE_STYLE)


def percent(value, _=None) -> str:
    """A share as a tick label, ``0.25`` → ``"25%"`` (an axis formatter)."""
    return f"{value:.0%}"


def value_axis(ax: Axes, axis: Literal["x", "y"], *, share: bool) -> None:
    """The value axis of a rate chart: from 0, a light grid along it, and percentages when
    the rate is a ``share``."""
    if axis == "x":
        ax.set_xlim(left=0)
    else:
        ax.set_ylim(bottom=0)
    if share:
        (ax.xaxis if axis == "x" else ax.yaxis).set_major_formatter(percent)
    ax.grid(axis=axis, **GRID)


def mark_label(
    ax: Axes, text: str, xy, offset: tuple[float, float], *, gid: str, **style
) -> Annotation:
    """A small dark label ``offset`` points from the mark at ``xy`` (a count beside a bar, the
    value over a bar, the "0" of a zero bar); ``style`` sets its alignment (default: left of
    centre, beside the mark), size (default 7) and the like."""
    style = {"ha": "left", "va": "center", "fontsize": 7} | style
    return ax.annotate(
        text, xy=xy, xytext=offset, textcoords="offset points", color=LABEL_COLOR, gid=gid, **style
    )


def blank(ax: Axes, title: str, message: str = "no data") -> Axes:
    """What empty data gives: ``ax`` with its title, ``message`` in the middle, no ticks."""
    ax.set_title(title)
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="#777")
    ax.set_xticks([])
    ax.set_yticks([])
    return ax


def single_units(data: pd.DataFrame, by: str = "outlet") -> list[str]:
    """The units (outlets, groups) of a table with intervals that rest on one article, so
    that they have none: from its ``articles`` column (or, lacking it, its ``note``)."""
    if by not in data or not len(data):
        return []
    if "articles" in data:
        one = data["articles"].astype(float) <= 1
    elif "note" in data:
        one = data["note"].astype(str).str.contains("no interval")
    else:
        return []
    return list(dict.fromkeys(data.loc[one, by].astype(str)))


def interval_note(data: pd.DataFrame, what: str, *, by: str = "outlet") -> str:
    """The note's second line for a chart with bootstrap intervals (level and resamples from
    the table's ``level`` and ``n_boot`` columns). When every unit has a single article the
    note says there are no intervals ("one article per outlet: no interval"), and when some
    have, which ones."""
    level = data["level"].iloc[0] if "level" in data and len(data) else 0.95
    n_boot = int(data["n_boot"].iloc[0]) if "n_boot" in data and len(data) else 0
    single = single_units(data, by)
    units = list(dict.fromkeys(data[by].astype(str))) if by in data else []
    if single and len(single) == len(units):
        return f"{what};\none article per {by}: no interval (nothing to resample)"
    text = (
        f"{what};\nerror bars: {level:.0%} bootstrap intervals over articles ({n_boot:,} resamples)"
    )
    if single:
        text += f"; one article, no interval: {', '.join(single)}"
    return text


def check_table(data: pd.DataFrame, needed: Sequence[str], where: str) -> None:
    """A clear error when ``data`` is not a DataFrame or lacks a column a chart reads (an
    empty table without columns passes: it draws a blank chart)."""
    if not isinstance(data, pd.DataFrame):
        raise TypeError(f"{where} expects a DataFrame, got {type(data).__name__}")
    missing = [c for c in needed if c not in data.columns]
    if missing and len(data.columns):
        raise ValueError(f"{where}: the table lacks column(s) {missing}")


def one_pair(data: pd.DataFrame, where: str, pair: tuple[str, str] | None) -> pd.DataFrame:
    """The rows of one (source, derived) pair; a clear error when the choice is ambiguous."""
    keys = list(dict.fromkeys(zip(data["source"].astype(str), data["derived"].astype(str))))
    if pair is not None:
        pair = (str(pair[0]), str(pair[1]))
        if pair not in keys:
            shown = ", ".join(f"({s!r}, {d!r})" for s, d in keys)
            raise ValueError(f"{where}: pair={pair!r} is not in the table; it holds {shown}")
        mask = (data["source"].astype(str) == pair[0]) & (data["derived"].astype(str) == pair[1])
        return data[mask]
    if len(keys) > 1:
        shown = ", ".join(f"({s!r}, {d!r})" for s, d in keys)
        raise ValueError(
            f"{where}: the table holds {len(keys)} (source, derived) pairs: {shown}; "
            "pass pair=(source, derived) to choose one"
        )
    return data


def legend_handles(keys: Sequence[str]) -> list[Patch]:
    """Patches in the shared colours, for custom legends."""
    return [Patch(color=COLORS[k], label=FEATURE_LABELS.get(k, k)) for k in keys]
