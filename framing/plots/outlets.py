"""Charts of the outlet tables (``framing.outlets``): framing features, attribution, actors,
the arc of each article and tone.

Each ``plot_*`` takes the tidy table as ``data``, every option by keyword, draws on ``ax``
(the current Axes when None, as seaborn does), passes ``**kwargs`` to the matplotlib call that
draws its marks, and returns the Axes. ``plot_actors`` and ``plot_arcs`` draw several panels
in place of ``ax`` (see ``framing.plots.common.panels_for``) and return the first.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import numpy as np
import pandas as pd
from matplotlib.axes import Axes

from ..constants import ATTRIBUTION_LABELS
from ..options import check_option
from ..style import COLORS, FEATURE_LABELS, PALETTE
from .common import (
    axes_for,
    blank,
    check_table,
    interval_note,
    note_axes,
    note_figure,
    panels_for,
    source_note,
)
from .layout import first_seen, wrap_label

__all__ = ["plot_actors", "plot_arcs", "plot_attribution", "plot_features", "plot_sentiment"]

Measure = Literal["per_1k", "share"]
GRID = {"color": "#e5e5e5", "linewidth": 0.8}
SIDE_LEGEND = {
    "loc": "upper left",
    "bbox_to_anchor": (1.01, 1.0),
    "fontsize": 8,
    "title_fontsize": 8,
    "frameon": False,
}


def _percent(v, _) -> str:
    return f"{v:.0%}"


def _error(values: np.ndarray, low: np.ndarray, high: np.ndarray) -> np.ndarray:
    """Error-bar lengths below and above each value (0 where unknown)."""
    return np.nan_to_num(
        np.vstack([np.clip(values - low, 0, None), np.clip(high - values, 0, None)])
    )


def plot_features(
    data: pd.DataFrame,
    *,
    features: Sequence[str] | None = None,
    measure: Measure = "per_1k",
    ax: Axes | None = None,
    title: str | None = None,
    note: str | None = None,
    **kwargs,
) -> Axes:
    """Grouped horizontal bars: one group per outlet, one bar per feature, with error bars.

    ``data`` is ``score_outlets(...)``. ``measure`` is ``"per_1k"`` (matches per 1,000
    words) or ``"share"`` (share of sentences with a match); the error bars are the
    ``<measure>_low``/``<measure>_high`` bootstrap interval. Outlets run top to bottom in
    table order. ``kwargs`` go to ``Axes.barh``.
    """
    check_option("measure", measure, ("per_1k", "share"), "plot_features")
    check_table(data, ("outlet", "feature", measure), "plot_features")
    ax = axes_for(ax)
    label = "matches per 1,000 words" if measure == "per_1k" else "share of sentences"
    title = title or f"Framing language by outlet ({label})"
    if len(data) == 0:
        return blank(ax, title)
    feats = list(features) if features is not None else first_seen(data["feature"])
    data = data[data["feature"].isin(feats)]
    outlets = first_seen(data["outlet"])
    height = 0.8 / max(len(feats), 1)
    y0 = np.arange(len(outlets))
    for j, f in enumerate(feats):
        sub = data[data["feature"] == f].set_index("outlet").reindex(outlets)
        vals = sub[measure].to_numpy(dtype=float)
        lo = sub.get(f"{measure}_low", sub[measure]).to_numpy(dtype=float)
        hi = sub.get(f"{measure}_high", sub[measure]).to_numpy(dtype=float)
        style = {
            "height": height * 0.9,
            "color": COLORS.get(f, PALETTE["black"]),
            "label": FEATURE_LABELS.get(f, f),
            "xerr": _error(vals, lo, hi),
            "error_kw": {"elinewidth": 0.9, "capsize": 2, "ecolor": "#333333"},
        }
        ax.barh(y0 - 0.4 + height * (j + 0.5), np.nan_to_num(vals), **(style | kwargs))
    ax.set_yticks(y0, [wrap_label(o) for o in outlets])
    ax.invert_yaxis()
    ax.set_xlabel(label)
    ax.set_ylabel("outlet")
    ax.set_title(title)
    ax.set_xlim(left=0)
    ax.grid(axis="x", **GRID)
    ax.set_axisbelow(True)
    ax.legend(title="feature", **SIDE_LEGEND)
    if measure == "share":
        ax.xaxis.set_major_formatter(_percent)
    note_axes(ax, note, source_note(interval_note(data, label)))
    return ax


def plot_attribution(
    data: pd.DataFrame,
    *,
    ax: Axes | None = None,
    title: str | None = None,
    note: str | None = None,
    **kwargs,
) -> Axes:
    """Stacked horizontal bars: each outlet's sentences split into named, anonymous and
    unattributed claims (shares adding up to 1). ``data`` is ``score_attribution(...)``.
    The bootstrap intervals are in the table (``share_low``/``share_high``). ``kwargs`` go
    to ``Axes.barh``."""
    check_table(data, ("outlet", "attribution", "share"), "plot_attribution")
    ax = axes_for(ax)
    title = title or "Who stands behind the claims: attribution by outlet"
    if len(data) == 0:
        return blank(ax, title)
    outlets = first_seen(data["outlet"])
    labels = [a for a in ATTRIBUTION_LABELS if a in set(data["attribution"])]
    left = np.zeros(len(outlets))
    y = np.arange(len(outlets))
    for a in labels:
        sub = data[data["attribution"] == a].set_index("outlet").reindex(outlets)
        vals = np.nan_to_num(sub["share"].to_numpy(dtype=float))
        style = {
            "left": left,
            "height": 0.7,
            "color": COLORS[a],
            "label": FEATURE_LABELS[a],
            "edgecolor": "white",
            "linewidth": 0.6,
        }
        ax.barh(y, vals, **(style | kwargs))
        left += vals
    n = data.drop_duplicates("outlet").set_index("outlet").reindex(outlets)["sentences"]
    ax.set_yticks(
        y, [f"{wrap_label(o)}\n(n = {int(k)} sentences)" for o, k in zip(outlets, n, strict=True)]
    )
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(_percent)
    ax.set_xlabel("share of the outlet's sentences")
    ax.set_ylabel("outlet")
    ax.set_title(title)
    ax.legend(title="the claim is", **SIDE_LEGEND)
    note_axes(ax, note, source_note("one label per sentence (codebook §4)"))
    return ax


ACTOR_MEASURES = {
    "mentions": "mentions the actor",
    "threat": "… beside threat language",
    "conciliatory": "… beside conciliatory language",
    "source": "cites the actor as source",
}


def _top_actors(data: pd.DataFrame, k: int = 3) -> list[str]:
    """The ``k`` most mentioned actors (ties in table order)."""
    totals = data.groupby("actor", sort=False)["mentions"].sum()
    return list(totals.sort_values(ascending=False, kind="stable").index[:k])


def plot_actors(
    data: pd.DataFrame,
    *,
    actors: Sequence[str] | None = None,
    measures: Sequence[str] = ("mentions", "threat", "conciliatory", "source"),
    ax: Axes | None = None,
    title: str | None = None,
    note: str | None = None,
    **kwargs,
) -> Axes:
    """One panel per actor; in each, one group of bars per outlet: the share of the
    outlet's sentences that mention the actor, that mention it beside threat or
    conciliatory language, and that cite it as a source. ``data`` is ``score_actors(...)``.

    ``actors`` defaults to the three most mentioned actors. The panels take the place of
    ``ax`` (the whole figure when ``ax`` is its only Axes; ``layout.actors_figsize`` gives a
    figure size with room for them); the title, legend and note belong to that figure.
    ``kwargs`` go to ``Axes.barh``. Returns the first panel.
    """
    check_table(data, ("outlet", "actor", "sentences", *measures), "plot_actors")
    ax = axes_for(ax)
    title = title or "How each outlet presents the actors"
    if len(data) == 0:
        return blank(ax, title)
    actors = list(actors) if actors is not None else _top_actors(data)
    if not actors:
        return blank(ax, title, "no actors to show")
    fig = panels_for(ax)
    axes = fig.subplots(1, len(actors), sharey=True, squeeze=False)[0]
    outlets = first_seen(data["outlet"])
    y0 = np.arange(len(outlets))
    height = 0.8 / len(measures)
    for panel, actor in zip(axes, actors, strict=True):
        sub = data[data["actor"] == actor].set_index("outlet").reindex(outlets)
        n = sub["sentences"].where(sub["sentences"] > 0)
        for j, m in enumerate(measures):
            vals = np.nan_to_num((sub[m] / n).to_numpy(dtype=float))
            style = {
                "height": height * 0.9,
                "color": COLORS.get(m, PALETTE["black"]),
                "label": ACTOR_MEASURES.get(m, m),
            }
            panel.barh(y0 - 0.4 + height * (j + 0.5), vals, **(style | kwargs))
        panel.set_title(actor)
        panel.set_xlim(0, 1)
        panel.xaxis.set_major_formatter(_percent)
        panel.grid(axis="x", **GRID)
        panel.set_axisbelow(True)
        panel.set_xlabel("share of the outlet's sentences")
    axes[0].set_yticks(y0, [wrap_label(o) for o in outlets])
    axes[0].invert_yaxis()
    axes[0].set_ylabel("outlet")
    handles, labels = axes[0].get_legend_handles_labels()
    fig.legend(
        handles,
        labels,
        loc="outside right upper",
        title="sentences that …",
        fontsize=8,
        title_fontsize=8,
        frameon=False,
    )
    fig.suptitle(title)
    note_figure(
        fig,
        note,
        source_note("sentence-level co-occurrence of actor names with the lexicons (codebook §6)"),
    )
    return axes[0]


def plot_arcs(
    data: pd.DataFrame,
    *,
    flags: Sequence[str] = ("threat", "conciliatory", "hedge", "unattributed"),
    ax: Axes | None = None,
    title: str | None = None,
    note: str | None = None,
    **kwargs,
) -> Axes:
    """A dispersion plot: one strip per article, sentence position (0 = start, 1 = end)
    along the x axis, one row per flag, a tick wherever a sentence carries the flag; faint
    grey ticks on the top row mark every sentence. ``data`` is ``score_arcs(...)``.

    The strips take the place of ``ax`` (the whole figure when ``ax`` is its only Axes;
    ``layout.arcs_figsize`` gives a figure size with room for them). ``kwargs`` go to the
    ``Axes.scatter`` of the flag ticks. Returns the first strip."""
    check_table(data, ("id", "outlet", "position", *flags), "plot_arcs")
    ax = axes_for(ax)
    title = title or "The arc of each article: where framing falls"
    if len(data) == 0:
        return blank(ax, title)
    ids = first_seen(data["id"])
    flags = list(flags)
    fig = panels_for(ax)
    axes = fig.subplots(len(ids), 1, sharex=True, squeeze=False)[:, 0]
    rows = ["all sentences", *flags]
    for strip, aid in zip(axes, ids, strict=True):
        sub = data[data["id"] == aid]
        pos = sub["position"].to_numpy(dtype=float)
        strip.scatter(pos, np.zeros(len(pos)), marker="|", s=60, color="#bbbbbb", linewidths=1)
        for k, f in enumerate(flags, start=1):
            hit = sub[f].to_numpy(dtype=bool)
            style = {
                "marker": "|",
                "s": 90,
                "color": COLORS.get(f, PALETTE["black"]),
                "linewidths": 1.6,
            }
            strip.scatter(pos[hit], np.full(int(hit.sum()), k), **(style | kwargs))
        strip.set_yticks(
            range(len(rows)),
            [FEATURE_LABELS.get(r, r) if r in flags else r for r in rows],
            fontsize=7,
        )
        strip.set_ylim(len(rows) - 0.5, -0.5)
        strip.set_xlim(-0.02, 1.02)
        outlet = str(sub["outlet"].iloc[0])
        strip.set_title(f"{aid} · {outlet} ({len(sub)} sentences)", fontsize=9, loc="left")
        strip.tick_params(axis="y", length=0)
        for spine in ("top", "right", "left"):
            strip.spines[spine].set_visible(False)
    axes[-1].set_xlabel("position in the article (0 = start, 1 = end)")
    axes[-1].xaxis.set_major_formatter(_percent)
    fig.suptitle(title)
    note_figure(fig, note, source_note("one tick per sentence, placed at its midpoint"))
    return axes[0]


def plot_sentiment(
    data: pd.DataFrame,
    *,
    ax: Axes | None = None,
    title: str | None = None,
    note: str | None = None,
    **kwargs,
) -> Axes:
    """Dot plot of each outlet's mean VADER compound score with its bootstrap interval;
    a vertical line marks neutral (0). ``data`` is ``score_sentiment(...)``. ``kwargs`` go
    to ``Axes.errorbar``."""
    check_table(data, ("outlet", "mean"), "plot_sentiment")
    ax = axes_for(ax)
    title = title or "Tone by outlet: mean sentence sentiment (VADER compound)"
    if len(data) == 0:
        return blank(ax, title)
    outlets = first_seen(data["outlet"])
    d = data.set_index("outlet").reindex(outlets)
    y = np.arange(len(outlets))
    mean = d["mean"].to_numpy(dtype=float)
    lo = d.get("mean_low", d["mean"]).to_numpy(dtype=float)
    hi = d.get("mean_high", d["mean"]).to_numpy(dtype=float)
    ax.axvline(0, color="#555555", linewidth=1.0, linestyle="--", zorder=1.5)
    style = {
        "xerr": _error(mean, lo, hi),
        "fmt": "o",
        "color": COLORS["sentiment"],
        "ecolor": "#555555",
        "elinewidth": 1.2,
        "capsize": 3,
        "label": "mean of the sentences",
    }
    ax.errorbar(mean, y, **(style | kwargs))
    labels = [wrap_label(o) for o in outlets]
    if "sentences" in d:
        labels = [
            f"{lab}\n(n = {int(k)} sentences)"
            for lab, k in zip(labels, d["sentences"], strict=True)
        ]
    ax.set_yticks(y, labels)
    ax.invert_yaxis()
    lim = max(0.25, float(np.nanmax(np.abs(np.concatenate([lo, hi, mean])))) * 1.15)
    ax.set_xlim(-lim, lim)
    ax.set_xlabel("mean VADER compound score (−1 negative … +1 positive)")
    ax.set_ylabel("outlet")
    ax.set_title(title)
    ax.grid(axis="x", **GRID)
    ax.set_axisbelow(True)
    note_axes(ax, note, source_note(interval_note(data, "mean of sentence scores")))
    return ax
