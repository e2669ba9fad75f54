"""Plots: tidy tables from ``framing.outlets`` → matplotlib charts.

Every ``plot_*`` function takes the tidy DataFrame first and every option by keyword.
Single-panel functions draw on ``ax`` (a new figure when ``ax`` is None) and return the
Axes; multi-panel functions draw on ``fig`` (a new figure when None) and return the Figure.
Empty data gives a blank, labelled chart rather than an error.

All charts share one colour-blind-safe palette (Okabe & Ito 2008), defined once in
``PALETTE``, and one meaning per colour (``COLORS``): threat is always vermillion,
conciliatory language bluish green, hedges sky blue, and so on, in the charts and in the
HTML view of ``framing.display`` alike. Each chart carries a small source note.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Patch

__all__ = [
    "COLORS",
    "FEATURE_LABELS",
    "PALETTE",
    "plot_actors",
    "plot_arcs",
    "plot_attribution",
    "plot_features",
    "plot_sentiment",
    "source_note",
]

#: The Okabe–Ito palette, distinguishable with the common colour-vision deficiencies.
PALETTE = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky blue": "#56B4E9",
    "bluish green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish purple": "#CC79A7",
    "grey": "#999999",
}

#: One colour per meaning, used by every chart and by the HTML view.
COLORS = {
    "threat": PALETTE["vermillion"],
    "conciliatory": PALETTE["bluish green"],
    "hedge": PALETTE["sky blue"],
    "booster": PALETTE["orange"],
    "named": PALETTE["blue"],
    "anonymous": PALETTE["reddish purple"],
    "unattributed": PALETTE["grey"],
    "quote": PALETTE["yellow"],
    "mentions": PALETTE["grey"],
    "source": PALETTE["blue"],
    "sentiment": PALETTE["black"],
}

FEATURE_LABELS = {
    "hedge": "hedging",
    "booster": "boosters",
    "threat": "threat",
    "conciliatory": "conciliatory",
    "named": "named source",
    "anonymous": "anonymous source",
    "unattributed": "unattributed (writer's voice)",
    "mentions": "mentioned",
    "source": "cited as source",
}

SOURCE = "Source: framing, seeds/ corpus"
_WRAP = 24


def source_note(detail: str = "") -> str:
    """The note printed under each chart: ``Source: framing, seeds/ corpus; <detail>``."""
    return f"{SOURCE}; {detail}" if detail else SOURCE


def _wrap(label: str, width: int = _WRAP) -> str:
    return "\n".join(textwrap.wrap(str(label), width)) or str(label)


def _new_ax(ax: Axes | None, figsize: tuple[float, float]) -> Axes:
    if ax is not None:
        return ax
    _, ax = plt.subplots(figsize=figsize, layout="constrained")
    return ax


def _new_fig(fig: Figure | None, figsize: tuple[float, float]) -> Figure:
    if fig is not None:
        return fig
    return plt.figure(figsize=figsize, layout="constrained")


def _note_ax(ax: Axes, note: str | None, default: str) -> None:
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
            fontsize=7,
            color="#555555",
            annotation_clip=False,
        )


def _note_fig(fig: Figure, note: str | None, default: str) -> None:
    text = default if note is None else note
    if text:
        fig.supxlabel(text, x=0.01, ha="left", fontsize=7, color="#555555")


def _blank(ax: Axes, title: str, message: str = "no data") -> Axes:
    ax.set_title(title)
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="#777")
    ax.set_xticks([])
    ax.set_yticks([])
    return ax


def _order(values: pd.Series) -> list:
    return list(dict.fromkeys(values))


def _interval_note(data: pd.DataFrame, what: str) -> str:
    level = data["level"].iloc[0] if "level" in data and len(data) else 0.95
    n_boot = int(data["n_boot"].iloc[0]) if "n_boot" in data and len(data) else 0
    return (
        f"{what};\nerror bars: {level:.0%} bootstrap intervals over sentences "
        f"({n_boot:,} resamples)"
    )


def _check(data: pd.DataFrame, needed: Sequence[str], where: str) -> None:
    if not isinstance(data, pd.DataFrame):
        raise TypeError(f"{where} expects a DataFrame, got {type(data).__name__}")
    missing = [c for c in needed if c not in data.columns]
    if missing and len(data.columns):
        raise ValueError(f"{where}: the table lacks column(s) {missing}")


# ---------------------------------------------------------------------------------------


def plot_features(
    data: pd.DataFrame,
    *,
    features: Sequence[str] | None = None,
    measure: str = "per_1k",
    ax: Axes | None = None,
    title: str | None = None,
    note: str | None = None,
) -> Axes:
    """Grouped horizontal bars: one group per outlet, one bar per feature, with error bars.

    ``data`` is ``score_outlets(...)``. ``measure`` is ``"per_1k"`` (matches per 1,000
    words) or ``"share"`` (share of sentences with a match); the error bars are the
    ``<measure>_low``/``<measure>_high`` bootstrap interval. Outlets run top to bottom in
    table order.
    """
    if measure not in ("per_1k", "share"):
        raise ValueError(f"measure must be 'per_1k' or 'share', got {measure!r}")
    _check(data, ("outlet", "feature", measure), "plot_features")
    ax = _new_ax(ax, (8, 5.5))
    label = "matches per 1,000 words" if measure == "per_1k" else "share of sentences"
    title = title or f"Framing language by outlet ({label})"
    if data is None or len(data) == 0:
        return _blank(ax, title)
    feats = list(features) if features is not None else _order(data["feature"])
    data = data[data["feature"].isin(feats)]
    outlets = _order(data["outlet"])
    n_f = len(feats)
    height = 0.8 / max(n_f, 1)
    y0 = np.arange(len(outlets))
    for j, f in enumerate(feats):
        sub = data[data["feature"] == f].set_index("outlet").reindex(outlets)
        vals = sub[measure].to_numpy(dtype=float)
        lo = sub.get(f"{measure}_low", sub[measure]).to_numpy(dtype=float)
        hi = sub.get(f"{measure}_high", sub[measure]).to_numpy(dtype=float)
        err = np.vstack([np.clip(vals - lo, 0, None), np.clip(hi - vals, 0, None)])
        err = np.nan_to_num(err)
        y = y0 - 0.4 + height * (j + 0.5)
        ax.barh(
            y,
            np.nan_to_num(vals),
            height=height * 0.9,
            color=COLORS.get(f, PALETTE["black"]),
            label=FEATURE_LABELS.get(f, f),
            xerr=err,
            error_kw={"elinewidth": 0.9, "capsize": 2, "ecolor": "#333333"},
        )
    ax.set_yticks(y0, [_wrap(o) for o in outlets])
    ax.invert_yaxis()
    ax.set_xlabel(label)
    ax.set_ylabel("outlet")
    ax.set_title(title)
    ax.set_xlim(left=0)
    ax.grid(axis="x", color="#e5e5e5", linewidth=0.8)
    ax.set_axisbelow(True)
    ax.legend(
        title="feature",
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        fontsize=8,
        title_fontsize=8,
        frameon=False,
    )
    if measure == "share":
        ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
    _note_ax(ax, note, source_note(_interval_note(data, label)))
    return ax


def plot_attribution(
    data: pd.DataFrame,
    *,
    ax: Axes | None = None,
    title: str | None = None,
    note: str | None = None,
) -> Axes:
    """Stacked horizontal bars: each outlet's sentences split into named, anonymous and
    unattributed claims (shares adding up to 1). ``data`` is ``score_attribution(...)``.
    The bootstrap intervals are in the table (``share_low``/``share_high``)."""
    _check(data, ("outlet", "attribution", "share"), "plot_attribution")
    ax = _new_ax(ax, (8, 4.5))
    title = title or "Who stands behind the claims: attribution by outlet"
    if data is None or len(data) == 0:
        return _blank(ax, title)
    outlets = _order(data["outlet"])
    labels = [a for a in ("named", "anonymous", "unattributed") if a in set(data["attribution"])]
    left = np.zeros(len(outlets))
    y = np.arange(len(outlets))
    for a in labels:
        sub = data[data["attribution"] == a].set_index("outlet").reindex(outlets)
        vals = np.nan_to_num(sub["share"].to_numpy(dtype=float))
        ax.barh(
            y,
            vals,
            left=left,
            height=0.7,
            color=COLORS[a],
            label=FEATURE_LABELS[a],
            edgecolor="white",
            linewidth=0.6,
        )
        left += vals
    n = data.drop_duplicates("outlet").set_index("outlet").reindex(outlets)["sentences"]
    ax.set_yticks(
        y, [f"{_wrap(o)}\n(n = {int(k)} sentences)" for o, k in zip(outlets, n, strict=True)]
    )
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
    ax.set_xlabel("share of the outlet's sentences")
    ax.set_ylabel("outlet")
    ax.set_title(title)
    ax.legend(
        title="the claim is",
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        fontsize=8,
        title_fontsize=8,
        frameon=False,
    )
    _note_ax(ax, note, source_note("one label per sentence (codebook §4)"))
    return ax


def plot_actors(
    data: pd.DataFrame,
    *,
    actors: Sequence[str] | None = None,
    measures: Sequence[str] = ("mentions", "threat", "conciliatory", "source"),
    fig: Figure | None = None,
    title: str | None = None,
    note: str | None = None,
) -> Figure:
    """One panel per actor; in each, one group of bars per outlet: the share of the
    outlet's sentences that mention the actor, that mention it beside threat or
    conciliatory language, and that cite it as a source. ``data`` is ``score_actors(...)``.

    ``actors`` defaults to the three most mentioned actors. Returns the Figure.
    """
    _check(data, ("outlet", "actor", "sentences", *measures), "plot_actors")
    title = title or "How each outlet presents the actors"
    if data is None or len(data) == 0:
        fig = _new_fig(fig, (8, 4))
        _blank(fig.add_subplot(), title)
        return fig
    if actors is None:
        totals = data.groupby("actor", sort=False)["mentions"].sum()
        actors = list(totals.sort_values(ascending=False, kind="stable").index[:3])
    actors = list(actors)
    if not actors:
        fig = _new_fig(fig, (8, 4))
        _blank(fig.add_subplot(), title, "no actors to show")
        return fig
    fig = _new_fig(fig, (3.4 * max(len(actors), 1) + 3.5, 5.5))
    axes = fig.subplots(1, max(len(actors), 1), sharey=True, squeeze=False)[0]
    outlets = _order(data["outlet"])
    y0 = np.arange(len(outlets))
    height = 0.8 / len(measures)
    for ax, actor in zip(axes, actors, strict=True):
        sub = data[data["actor"] == actor].set_index("outlet").reindex(outlets)
        n = sub["sentences"].where(sub["sentences"] > 0)
        for j, m in enumerate(measures):
            vals = np.nan_to_num((sub[m] / n).to_numpy(dtype=float))
            ax.barh(
                y0 - 0.4 + height * (j + 0.5),
                vals,
                height=height * 0.9,
                color=COLORS.get(m, PALETTE["black"]),
                label=_actor_measure_label(m),
            )
        ax.set_title(actor)
        ax.set_xlim(0, 1)
        ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
        ax.grid(axis="x", color="#e5e5e5", linewidth=0.8)
        ax.set_axisbelow(True)
        ax.set_xlabel("share of the outlet's sentences")
    axes[0].set_yticks(y0, [_wrap(o) for o in outlets])
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
    _note_fig(
        fig,
        note,
        source_note("sentence-level co-occurrence of actor names with the lexicons (codebook §6)"),
    )
    return fig


def _actor_measure_label(m: str) -> str:
    return {
        "mentions": "mentions the actor",
        "threat": "… beside threat language",
        "conciliatory": "… beside conciliatory language",
        "source": "cites the actor as source",
    }.get(m, m)


def plot_arcs(
    data: pd.DataFrame,
    *,
    flags: Sequence[str] = ("threat", "conciliatory", "hedge", "unattributed"),
    fig: Figure | None = None,
    title: str | None = None,
    note: str | None = None,
) -> Figure:
    """A dispersion plot: one strip per article, sentence position (0 = start, 1 = end)
    along the x axis, one row per flag, a tick wherever a sentence carries the flag; faint
    grey ticks on the top row mark every sentence. ``data`` is ``score_arcs(...)``.
    Returns the Figure (one panel per article)."""
    _check(data, ("id", "outlet", "position", *flags), "plot_arcs")
    title = title or "The arc of each article: where framing falls"
    if data is None or len(data) == 0:
        fig = _new_fig(fig, (8, 3))
        _blank(fig.add_subplot(), title)
        return fig
    ids = _order(data["id"])
    flags = list(flags)
    fig = _new_fig(fig, (9, 1.1 + 0.32 * (len(flags) + 1) * len(ids)))
    axes = fig.subplots(len(ids), 1, sharex=True, squeeze=False)[:, 0]
    rows = ["all sentences", *flags]
    for ax, aid in zip(axes, ids, strict=True):
        sub = data[data["id"] == aid]
        pos = sub["position"].to_numpy(dtype=float)
        ax.scatter(pos, np.zeros(len(pos)), marker="|", s=60, color="#bbbbbb", linewidths=1)
        for k, f in enumerate(flags, start=1):
            hit = sub[f].to_numpy(dtype=bool)
            ax.scatter(
                pos[hit],
                np.full(int(hit.sum()), k),
                marker="|",
                s=90,
                color=COLORS.get(f, PALETTE["black"]),
                linewidths=1.6,
            )
        ax.set_yticks(
            range(len(rows)),
            [FEATURE_LABELS.get(r, r) if r in flags else r for r in rows],
            fontsize=7,
        )
        ax.set_ylim(len(rows) - 0.5, -0.5)
        ax.set_xlim(-0.02, 1.02)
        outlet = str(sub["outlet"].iloc[0])
        ax.set_title(f"{aid} · {outlet} ({len(sub)} sentences)", fontsize=9, loc="left")
        ax.tick_params(axis="y", length=0)
        for spine in ("top", "right", "left"):
            ax.spines[spine].set_visible(False)
    axes[-1].set_xlabel("position in the article (0 = start, 1 = end)")
    axes[-1].xaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
    fig.suptitle(title)
    _note_fig(fig, note, source_note("one tick per sentence, placed at its midpoint"))
    return fig


def plot_sentiment(
    data: pd.DataFrame,
    *,
    ax: Axes | None = None,
    title: str | None = None,
    note: str | None = None,
) -> Axes:
    """Dot plot of each outlet's mean VADER compound score with its bootstrap interval;
    a vertical line marks neutral (0). ``data`` is ``score_sentiment(...)``."""
    _check(data, ("outlet", "mean"), "plot_sentiment")
    ax = _new_ax(ax, (8, 4))
    title = title or "Tone by outlet: mean sentence sentiment (VADER compound)"
    if data is None or len(data) == 0:
        return _blank(ax, title)
    outlets = _order(data["outlet"])
    d = data.set_index("outlet").reindex(outlets)
    y = np.arange(len(outlets))
    mean = d["mean"].to_numpy(dtype=float)
    lo = d.get("mean_low", d["mean"]).to_numpy(dtype=float)
    hi = d.get("mean_high", d["mean"]).to_numpy(dtype=float)
    err = np.nan_to_num(np.vstack([np.clip(mean - lo, 0, None), np.clip(hi - mean, 0, None)]))
    ax.axvline(0, color="#555555", linewidth=1.0, linestyle="--", zorder=1.5)
    ax.errorbar(
        mean,
        y,
        xerr=err,
        fmt="o",
        color=COLORS["sentiment"],
        ecolor="#555555",
        elinewidth=1.2,
        capsize=3,
        label="mean of the sentences",
    )
    labels = [_wrap(o) for o in outlets]
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
    ax.grid(axis="x", color="#e5e5e5", linewidth=0.8)
    ax.set_axisbelow(True)
    _note_ax(ax, note, source_note(_interval_note(data, "mean of sentence scores")))
    return ax


def legend_handles(keys: Sequence[str]) -> list[Patch]:
    """Patches in the shared colours, for custom legends."""
    return [Patch(color=COLORS[k], label=FEATURE_LABELS.get(k, k)) for k in keys]
