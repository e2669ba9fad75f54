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
from matplotlib.colors import LinearSegmentedColormap, to_rgb
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle
from matplotlib.patheffects import withStroke

from .reuse import CLASSES

__all__ = [
    "COLORS",
    "FEATURE_LABELS",
    "PALETTE",
    "plot_actors",
    "plot_arcs",
    "plot_alignment",
    "plot_attribution",
    "plot_features",
    "plot_reuse",
    "plot_reuse_classes",
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
    # text reuse (framing.reuse): what a rewrite did with each sentence
    "kept": PALETTE["blue"],
    "paraphrased": PALETTE["sky blue"],
    "added": PALETTE["orange"],
    "dropped": PALETTE["reddish purple"],
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


# --- text reuse (framing.reuse) ----------------------------------------------------------

_CARRIED = "#E6E6E6"  # neutral fill of a source sentence that the rewrite carries
_MERGED = "#555555"  # thin link to a further source sentence a merged sentence carries
_PAIR_COLUMNS = (
    "a",
    "b",
    "sentences_a",
    "sentences_b",
    "matched_a",
    "matched_b",
    "share_a",
    "share_b",
    "relation",
    "source",
    "derived",
)
_ALIGNMENT_COLUMNS = (
    "source",
    "derived",
    "class",
    "derived_sentence",
    "source_sentence",
    "also_from",
    "transformations",
    "text",
    "source_text",
)


def _tint(color: str, amount: float = 0.35) -> tuple[float, float, float]:
    """``color`` mixed with white: a fill light enough for black text on it."""
    r, g, b = to_rgb(color)
    return (1 - amount + amount * r, 1 - amount + amount * g, 1 - amount + amount * b)


def _reuse_cmap():
    """Sequential white → sky blue → blue ramp from the palette: lightness falls steadily,
    so it reads the same with any colour-vision deficiency and in greyscale."""
    return LinearSegmentedColormap.from_list(
        "framing_reuse", ["#F7FBFF", PALETTE["sky blue"], PALETTE["blue"], "#003F63"]
    ).with_extremes(bad="#FFFFFF")


def _filled(value) -> bool:
    """Not None, NaN or NA."""
    return value is not None and not (np.ndim(value) == 0 and pd.isna(value))


def plot_reuse(
    pairs: pd.DataFrame,
    *,
    ax: Axes | None = None,
    value: str = "share",
    articles: Sequence[str] | dict[str, str] | None = None,
    title: str | None = None,
    note: str | None = None,
) -> Axes:
    """Reuse matrix: cell (row r, column c) is the share of r's sentences that align with a
    sentence of c, annotated with the percentage and ``matched/sentences``. The matrix is
    asymmetric on purpose: a short rewrite can be made almost entirely of a long source that
    it uses only a little of. ``pairs`` is ``score_reuse(...)``.

    A solid outline marks a derived pair in the derived article's row and the source's
    column (the row was made from the column); a dashed one marks siblings (two rewrites of
    one source). ``value`` colours the cells by ``"share"`` (default) or ``"matched"``
    sentences. ``articles`` (ids, or a mapping id → outlet) sets the order and adds articles
    that share nothing; ids of ``pairs`` not listed follow, sorted.
    """
    if value not in ("share", "matched"):
        raise ValueError(f"value must be 'share' or 'matched', got {value!r}")
    _check(pairs, _PAIR_COLUMNS, "plot_reuse")
    title = title or (
        "Text reuse: share of each article's sentences found in another"
        if value == "share"
        else "Text reuse: how many of each article's sentences are found in another"
    )
    if pairs is None or len(pairs) == 0:
        return _blank(_new_ax(ax, (8, 5)), title, "no two articles share a sentence")
    outlets: dict[str, str] = {}
    sizes: dict[str, int] = {}
    for r in pairs.itertuples(index=False):
        for side in ("a", "b"):
            aid = str(getattr(r, side))
            sizes[aid] = int(getattr(r, f"sentences_{side}"))
            outlet = getattr(r, f"outlet_{side}", None)
            if _filled(outlet):
                outlets.setdefault(aid, str(outlet))
    if isinstance(articles, dict):
        for aid, outlet in articles.items():
            if _filled(outlet):
                outlets.setdefault(str(aid), str(outlet))
    listed = [str(a) for a in articles] if articles is not None else []
    ids = list(dict.fromkeys(listed + sorted(set(sizes) - set(listed))))
    n = len(ids)
    at = {aid: k for k, aid in enumerate(ids)}
    share = np.zeros((n, n))
    matched = np.zeros((n, n), dtype=int)
    for r in pairs.itertuples(index=False):
        a, b = at[str(r.a)], at[str(r.b)]
        share[a, b], share[b, a] = float(r.share_a), float(r.share_b)
        matched[a, b], matched[b, a] = int(r.matched_a), int(r.matched_b)
    shown = share if value == "share" else matched.astype(float)
    vmax = 1.0 if value == "share" else max(float(matched.max()), 1.0)
    grid = np.ma.masked_array(shown, mask=np.eye(n, dtype=bool))
    ax = _new_ax(ax, (max(6.5, 1.05 * n + 4.2), max(4.8, 0.8 * n + 2.6)))
    im = ax.imshow(grid, cmap=_reuse_cmap(), vmin=0, vmax=vmax, aspect="equal")
    size = 8 if n <= 8 else 6.5 if n <= 14 else 5
    for i, row_id in enumerate(ids):
        for j, col_id in enumerate(ids):
            if i == j:
                ax.add_patch(
                    Rectangle(
                        (j - 0.5, i - 0.5),
                        1,
                        1,
                        facecolor="white",
                        edgecolor="#D0D0D0",
                        hatch="////",
                        linewidth=0,
                        gid="diagonal",
                        zorder=1,
                    )
                )
                continue
            denom = sizes.get(row_id)
            count = f"{matched[i, j]}/{denom}" if denom is not None else f"{matched[i, j]}"
            text = f"{share[i, j]:.0%}\n{count}" if denom else count
            dark = shown[i, j] / vmax > 0.55
            ax.text(
                j,
                i,
                text,
                ha="center",
                va="center",
                fontsize=size,
                color="white" if dark else "#222222",
                linespacing=1.15,
                zorder=3,
            )
    kinds = {"derived": "-", "siblings": "--"}
    for r in pairs.itertuples(index=False):
        if r.relation == "derived" and _filled(r.derived) and _filled(r.source):
            cells = [(at[str(r.derived)], at[str(r.source)])]
        elif r.relation == "siblings":
            a, b = at[str(r.a)], at[str(r.b)]
            cells = [(a, b), (b, a)]
        else:
            continue
        for i, j in cells:
            ax.add_patch(
                Rectangle(
                    (j - 0.44, i - 0.44),
                    0.88,
                    0.88,
                    facecolor="none",
                    edgecolor=PALETTE["black"],
                    linewidth=2.2 if r.relation == "derived" else 1.4,
                    linestyle=kinds[r.relation],
                    gid=r.relation,
                    zorder=4,
                    path_effects=[withStroke(linewidth=4.5, foreground="white")],
                )
            )
    labels = []
    for aid in ids:
        outlet = outlets.get(aid, "")
        labels.append(f"{aid} · {_wrap(outlet, 26)}" if outlet and outlet != aid else aid)
    ax.set_yticks(range(n), labels, fontsize=8)
    ax.set_xticks(range(n), ids)
    ax.tick_params(length=0)
    ax.xaxis.set_ticks_position("top")
    ax.xaxis.set_label_position("top")
    ax.set_xlabel("column: the article they align with")
    ax.set_ylabel("row: the article whose sentences are counted")
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.set_title(title, pad=12)
    cbar = ax.figure.colorbar(im, ax=ax, shrink=0.8, pad=0.03)
    if value == "share":
        cbar.set_label("share of the row article's sentences\naligned with the column article")
        cbar.ax.yaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
    else:
        cbar.set_label("row article's sentences\naligned with the column article")
    cbar.ax.tick_params(labelsize=8)
    cbar.outline.set_visible(False)
    handles = [
        Patch(
            facecolor="none",
            edgecolor=PALETTE["black"],
            linewidth=2.2,
            label="row made from column",
        ),
        Patch(
            facecolor="none",
            edgecolor=PALETTE["black"],
            linewidth=1.4,
            linestyle="--",
            label="siblings: both made from one source",
        ),
    ]
    present = set(pairs["relation"])
    handles = [h for h, k in zip(handles, ("derived", "siblings"), strict=True) if k in present]
    if handles:
        ax.legend(
            handles=handles,
            loc="upper left",
            bbox_to_anchor=(0.0, -0.02),
            ncols=len(handles),
            fontsize=8,
            frameon=False,
            handlelength=1.4,
            handleheight=1.4,
        )
    _note_ax(
        ax,
        note,
        source_note(
            "cell: % and number of the row article's sentences (matched/sentences)\n"
            "that align with a sentence of the column article; sentence alignment by "
            "content overlap"
        ),
    )
    return ax


def _numbers(value) -> list[int]:
    """Sentence numbers of an ``also_from`` cell ("3; 7" → [3, 7])."""
    if not _filled(value):
        return []
    return [int(x) for x in str(value).replace(",", ";").split(";") if x.strip()]


def _count(n: int, word: str) -> str:
    """``1 sentence``, ``2 sentences``, ``1,024 words``."""
    return f"{n:,} {word}" if n == 1 else f"{n:,} {word}s"


def _snippet(number: int, text: str, max_chars: int) -> str:
    text = " ".join(str(text).split())
    if len(text) > max_chars:
        text = text[: max(max_chars - 1, 1)].rstrip() + "…"
    return f"{number:>3}  {text}"


def _one_pair(data: pd.DataFrame, where: str, pair: tuple[str, str] | None) -> pd.DataFrame:
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


def _alignment_layout(max_chars: int) -> dict[str, float]:
    """Horizontal layout of ``plot_alignment`` in inches (data units when the figure is
    made here): the two columns of boxes, the gap the links cross, the transformation notes."""
    box = 0.25 + 0.052 * (max_chars + 5)
    gap = 1.7
    return {"box": box, "left": 0.0, "right": box + gap, "end": 2 * box + gap + 2.6}


def plot_alignment(
    alignment: pd.DataFrame,
    *,
    ax: Axes | None = None,
    max_chars: int = 48,
    pair: tuple[str, str] | None = None,
    title: str | None = None,
    note: str | None = None,
) -> Axes:
    """A rewrite beside its source, sentence by sentence. ``alignment`` is
    ``score_alignment(corpus, source, derived)``.

    Source sentences run top to bottom on the left, the derived article's on the right, each
    as a box with its number and first ``max_chars`` characters. A line joins each derived
    sentence to the source sentence it was made from: solid when kept near-verbatim, dashed
    when paraphrased; thinner lines join the further source sentences a merged sentence
    carries (``also_from``). Derived boxes are coloured by class (kept, paraphrased, added);
    source boxes are neutral when carried and coloured when dropped. A black diamond marks a
    derived sentence with transformations, named beside it. With ``ax`` None the figure's
    height follows the number of sentences. When the table holds several (source, derived)
    pairs, ``pair`` chooses one.
    """
    _check(alignment, _ALIGNMENT_COLUMNS, "plot_alignment")
    if alignment is None or len(alignment) == 0:
        return _blank(_new_ax(ax, (8, 4)), title or "Sentence alignment", "no sentences")
    data = _one_pair(alignment, "plot_alignment", pair)
    source, derived = str(data["source"].iloc[0]), str(data["derived"].iloc[0])
    title = title or f"{derived} made from {source}: sentence by sentence"
    is_dropped = data["class"] == "dropped"
    der = data[~is_dropped]
    dropped = data[is_dropped]
    src_text: dict[int, str] = {}
    src_class: dict[int, str] = {}
    merged_into: dict[int, int] = {}
    for r in dropped.to_dict("records"):
        src_text[int(r["source_sentence"])] = str(r["text"])
        src_class[int(r["source_sentence"])] = "dropped"
    for r in der.to_dict("records"):
        if _filled(r["source_sentence"]):
            s = int(r["source_sentence"])
            if _filled(r["source_text"]) and r["source_text"] and s not in src_text:
                src_text[s] = str(r["source_text"])
            src_class.setdefault(s, "carried")
        for s in _numbers(r["also_from"]):
            src_class.setdefault(s, "carried")
            merged_into.setdefault(s, int(r["derived_sentence"]))
    src_numbers = sorted(src_class)
    der_numbers = [int(x) for x in der["derived_sentence"]]
    n = max(len(src_numbers), len(der_numbers), 1)
    lay = _alignment_layout(max_chars)
    row = 0.27  # inches per sentence
    ax = _new_ax(ax, (lay["end"] + 0.6, 1.9 + row * n))
    y_src = {s: -k * row for k, s in enumerate(src_numbers)}
    y_der = {d: -k * row for k, d in enumerate(der_numbers)}
    h = row * 0.78
    box, xl, xr = lay["box"], lay["left"], lay["right"]

    def draw_box(x: float, y: float, color: str, edge: str, text: str, gid: str) -> None:
        ax.add_patch(
            Rectangle(
                (x, y - h / 2), box, h, facecolor=color, edgecolor=edge, linewidth=0.8, gid=gid
            )
        )
        ax.text(
            x + 0.05, y, text, ha="left", va="center", fontsize=7, color="#111111", clip_on=True
        )

    for s in src_numbers:
        cls = src_class[s]
        text = src_text.get(s)
        if text is None:
            text = f"(merged into {merged_into[s]})" if s in merged_into else ""
        fill, edge = (
            (_tint(COLORS["dropped"]), COLORS["dropped"])
            if cls == "dropped"
            else (_CARRIED, "#999999")
        )
        draw_box(xl, y_src[s], fill, edge, _snippet(s, text, max_chars), "source box")
    styles = {"kept": "-", "paraphrased": (0, (4, 2))}
    marked = []
    for r in der.to_dict("records"):
        d = int(r["derived_sentence"])
        cls = str(r["class"])
        color = COLORS.get(cls, PALETTE["grey"])
        draw_box(
            xr, y_der[d], _tint(color), color, _snippet(d, r["text"], max_chars), "derived box"
        )
        if _filled(r["source_sentence"]):
            ls = styles.get(cls, "-")
            ax.plot(
                [xl + box, xr],
                [y_src[int(r["source_sentence"])], y_der[d]],
                color=color,
                linestyle=ls,
                linewidth=1.5,
                gid=f"link {cls}",
                solid_capstyle="butt",
            )
            for s in _numbers(r["also_from"]):
                ax.plot(
                    [xl + box, xr],
                    [y_src[s], y_der[d]],
                    color=_MERGED,
                    linestyle=":",
                    linewidth=0.9,
                    gid=f"also_from {cls}",
                )
        if _filled(r["transformations"]) and str(r["transformations"]).strip():
            marked.append((d, str(r["transformations"])))
    if marked:
        ax.scatter(
            [xr + box + 0.12] * len(marked),
            [y_der[d] for d, _ in marked],
            marker="D",
            s=14,
            color=PALETTE["black"],
            gid="transformed",
            zorder=3,
        )
        for d, names in marked:
            names = ", ".join(x.strip().replace("_", " ") for x in names.split(";") if x.strip())
            ax.text(
                xr + box + 0.25,
                y_der[d],
                "\n".join(textwrap.wrap(names, 44)),
                ha="left",
                va="center",
                fontsize=6,
                color="#333333",
                linespacing=1.0,
            )
    top = row * 0.9
    ax.text(
        xl,
        top,
        f"source {source} · {_count(len(src_numbers), 'sentence')}",
        ha="left",
        va="bottom",
        fontsize=9,
        fontweight="bold",
    )
    ax.text(
        xr,
        top,
        f"derived {derived} · {_count(len(der_numbers), 'sentence')}",
        ha="left",
        va="bottom",
        fontsize=9,
        fontweight="bold",
    )
    ax.set_xlim(-0.05, lay["end"])
    ax.set_ylim(-(n - 1) * row - h / 2 - 0.05, top + 0.3)
    ax.axis("off")
    present = set(data["class"])
    side = {"kept": "derived", "paraphrased": "derived", "added": "derived", "dropped": "source"}
    handles: list = [
        Patch(facecolor=_tint(COLORS[c]), edgecolor=COLORS[c], label=f"{side[c]}: {c}")
        for c in CLASSES
        if c in present and c != "dropped"
    ]
    handles.append(Patch(facecolor=_CARRIED, edgecolor="#999999", label="source: carried over"))
    if "dropped" in present:
        handles.append(
            Patch(
                facecolor=_tint(COLORS["dropped"]),
                edgecolor=COLORS["dropped"],
                label="source: dropped",
            )
        )
    for c in ("kept", "paraphrased"):
        if c in present:
            handles.append(
                Line2D(
                    [], [], color=COLORS[c], linewidth=1.5, linestyle=styles[c], label=f"{c} from"
                )
            )
    if any(_numbers(x) for x in der["also_from"]):
        handles.append(
            Line2D(
                [], [], color=_MERGED, linewidth=0.9, linestyle=":", label="also carries (merged)"
            )
        )
    if marked:
        handles.append(
            Line2D(
                [],
                [],
                color=PALETTE["black"],
                marker="D",
                markersize=4,
                linestyle="none",
                label="transformed (named beside)",
            )
        )
    ncols = min(4, len(handles))
    ax.legend(
        handles=handles,
        loc="lower left",
        bbox_to_anchor=(0.0, 1.0),
        ncols=ncols,
        fontsize=7.5,
        frameon=False,
        handlelength=2.2,
    )
    rows = -(-len(handles) // ncols)
    ax.set_title(title, pad=8 + 13 * rows, loc="left")
    _note_ax(
        ax,
        note,
        source_note(
            "sentences aligned by content overlap; kept = near-verbatim wording, "
            "paraphrased = same content reworded"
        ),
    )
    return ax


def plot_reuse_classes(
    classes: pd.DataFrame,
    *,
    ax: Axes | None = None,
    measures: Sequence[str] = ("hedge", "threat", "conciliatory", "booster"),
    pair: tuple[str, str] | None = None,
    title: str | None = None,
    note: str | None = None,
) -> Axes:
    """Grouped bars: for each framing measure, its rate per 1,000 words in the sentences a
    rewrite kept, paraphrased, added and dropped. Shows whether a rewrite's framing comes
    from what it carried or from what it added and left out. ``classes`` is
    ``score_reuse_classes(alignment)``; the legend gives each class's sentences and words
    (the denominators) and its share of attributed sentences, and each bar its count of
    matches. When the table holds several (source, derived) pairs, ``pair`` chooses one.
    """
    measures = list(measures)
    rates = [f"{m}_per_1000_words" for m in measures]
    _check(
        classes,
        ("source", "derived", "class", "sentences", "words", *measures, *rates),
        "plot_reuse_classes",
    )
    if classes is None or len(classes) == 0:
        return _blank(_new_ax(ax, (8, 4.5)), title or "Framing by class of sentence")
    data = _one_pair(classes, "plot_reuse_classes", pair)
    source, derived = str(data["source"].iloc[0]), str(data["derived"].iloc[0])
    title = title or f"{derived} made from {source}: framing language by class of sentence"
    by_class = data.assign(**{"class": data["class"].astype(str)}).set_index("class")
    present = [c for c in CLASSES if c in by_class.index]
    if not present:
        return _blank(_new_ax(ax, (8, 4.5)), title, "no kept, paraphrased, added or dropped rows")
    ax = _new_ax(ax, (max(7.5, 1.5 * len(measures) + 3.5), 4.8))
    width = 0.8 / max(len(present), 1)
    x0 = np.arange(len(measures))
    top = 0.0
    for k, c in enumerate(present):
        r = by_class.loc[c]
        vals = np.nan_to_num(np.array([float(r[m]) for m in rates]))
        top = max(top, float(vals.max()) if len(vals) else 0.0)
        label = f"{c}: {_count(int(r['sentences']), 'sentence')}, {_count(int(r['words']), 'word')}"
        if "attributed_share" in r.index and _filled(r["attributed_share"]):
            label += f"\n{float(r['attributed_share']):.0%} attributed to a source"
        bars = ax.bar(
            x0 - 0.4 + width * (k + 0.5),
            vals,
            width=width * 0.92,
            color=COLORS[c],
            label=label,
        )
        counts = [int(r[m]) for m in measures]
        ax.bar_label(
            bars,
            labels=[f"{v:.1f}\n({n})" for v, n in zip(vals, counts, strict=True)],
            fontsize=6.5,
            padding=2,
            color="#333333",
            linespacing=1.0,
        )
    ax.set_xticks(x0, [FEATURE_LABELS.get(m, m) for m in measures])
    ax.set_ylim(0, max(top * 1.18, 1.0))
    ax.set_ylabel("matches per 1,000 words")
    ax.set_xlabel("framing language")
    ax.set_title(title)
    ax.grid(axis="y", color="#e5e5e5", linewidth=0.8)
    ax.set_axisbelow(True)
    for spine in ("top", "right"):
        ax.spines[spine].set_visible(False)
    ax.legend(
        title="class of sentence (denominators)",
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        fontsize=8,
        title_fontsize=8,
        frameon=False,
        labelspacing=0.9,
    )
    _note_ax(
        ax,
        note,
        source_note(
            "bar: lexicon matches per 1,000 words of the class's sentences (count in brackets);\n"
            "dropped = source sentences the rewrite left out"
        ),
    )
    return ax
