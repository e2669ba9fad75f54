"""Charts of the outlet tables (``framing.outlets``): framing features, attribution, actors,
the arc of each article and tone.

Each ``plot_*`` takes the tidy table as ``data``, every option by keyword, draws on ``ax``
(the current Axes when None, as seaborn does), passes ``**kwargs`` to the matplotlib call that
draws its marks, and returns the Axes. ``plot_actors`` and ``plot_arcs`` draw several panels
in place of ``ax`` (see ``framing.plots.common.panels_for``) and return the first. What
every chart shares is called by its module, ``common.*``: the current Axes, notes, the value
axis of a rate, the label beside a mark.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from matplotlib.axes import Axes

from ..constants import ATTRIBUTION_LABELS, Measure
from ..options import check_option
from ..style import COLORS, FEATURE_LABELS, PALETTE
from . import common
from .layout import count_label, filled, first_seen, wrap_label

__all__ = ["plot_actors", "plot_arcs", "plot_attribution", "plot_features", "plot_sentiment"]

SIDE_LEGEND = {
    "loc": "upper left",
    "bbox_to_anchor": (1.01, 1.0),
    "fontsize": 8,
    "title_fontsize": 8,
    "frameon": False,
}


def _error(values: np.ndarray, low: np.ndarray, high: np.ndarray) -> np.ndarray:
    """Error-bar lengths below and above each value (0 where unknown)."""
    return np.nan_to_num(
        np.vstack([np.clip(values - low, 0, None), np.clip(high - values, 0, None)])
    )


def _intervals(ax: Axes, vals: np.ndarray, ys: np.ndarray, lo: np.ndarray, hi: np.ndarray):
    """Horizontal error bars for the bars that have an interval (none for an outlet of one
    article: a cap of zero length would read as a mark); returns each bar's right end, the
    interval's upper bound where there is one."""
    has = ~(np.isnan(lo) | np.isnan(hi) | np.isnan(vals))
    if has.any():
        ax.errorbar(
            vals[has],
            ys[has],
            xerr=_error(vals[has], lo[has], hi[has]),
            fmt="none",
            ecolor="#333333",
            elinewidth=0.9,
            capsize=2,
            gid="interval",
        )
    return np.where(has, np.fmax(np.nan_to_num(vals), np.nan_to_num(hi)), np.nan_to_num(vals))


def _zero_marks(
    ax: Axes, ys: np.ndarray, height: float, color: str, *, label: str | None = "0"
) -> None:
    """A thin line at 0 in the bar's colour and ``label`` beside it (none when None), so
    that a zero bar is seen as a zero and not as a missing bar."""
    for y in ys:
        ax.plot([0, 0], [y - height / 2, y + height / 2], color=color, linewidth=2.2, gid="zero")
        if label is not None:
            common.mark_label(ax, label, (0, y), (4, 0), gid="zero label")


def _rate_bars(
    ax: Axes,
    sub: pd.DataFrame,
    rate: str,
    ys: np.ndarray,
    height: float,
    color: str,
    label: str,
    kwargs: dict,
) -> tuple[np.ndarray, np.ndarray]:
    """One series of horizontal bars, ``sub[rate]`` at ``ys``, with its interval
    (``{rate}_low``/``{rate}_high``) where there is one; returns the values and each bar's
    right end (see ``_intervals``). ``kwargs`` go to ``Axes.barh``."""
    vals = sub[rate].to_numpy(dtype=float)
    lo = sub.get(f"{rate}_low", sub[rate]).to_numpy(dtype=float)
    hi = sub.get(f"{rate}_high", sub[rate]).to_numpy(dtype=float)
    style = {"height": height * 0.9, "color": color, "label": label}
    ax.barh(ys, np.nan_to_num(vals), **(style | kwargs))
    return vals, _intervals(ax, vals, ys, lo, hi)


def unit_label(name: str, articles, words=None) -> str:
    """An outlet's tick label with its denominators: ``name`` wrapped, then ``(1 article,
    992 words)``."""
    parts = [count_label(int(articles), "article")] if filled(articles) else []
    if words is not None and filled(words):
        parts.append(count_label(int(words), "word"))
    return f"{wrap_label(name)}\n({', '.join(parts)})" if parts else wrap_label(name)


def plot_features(
    data: pd.DataFrame,
    *,
    features: Sequence[str] | None = None,
    min_count: int = 5,
    measure: Measure = "per_1k",
    ax: Axes | None = None,
    title: str | None = None,
    note: str | None = None,
    **kwargs,
) -> Axes:
    """Grouped horizontal bars: one group per outlet, one bar per feature, with error bars.

    ``data`` is ``score_outlets(...)``. ``measure`` is ``"per_1k"`` (matches per 1,000
    words) or ``"share"`` (share of sentences with a match); the error bars are the
    ``<measure>_low``/``<measure>_high`` bootstrap interval (none, and the note says so, for
    an outlet of one article). Each outlet's label gives its articles and words. A zero is
    drawn as a thin line at 0 labelled "0".

    ``features`` chooses and orders the features; by default those with at least
    ``min_count`` matches in the whole table, so that a feature with two matches in the
    corpus does not take a quarter of the bars (the note names the features left out and
    their counts). Outlets run top to bottom in table order. ``kwargs`` go to ``Axes.barh``.
    """
    check_option("measure", measure, ("per_1k", "share"), "plot_features")
    common.check_table(data, ("outlet", "feature", measure), "plot_features")
    ax = common.axes_for(ax)
    label = "matches per 1,000 words" if measure == "per_1k" else "share of sentences"
    title = title or f"Framing language by outlet ({label})"
    if len(data) == 0:
        return common.blank(ax, title)
    left_out = ""
    if features is not None:
        feats = list(features)
    else:
        totals = (
            data.groupby("feature", sort=False)["count"].sum()
            if "count" in data
            else pd.Series(min_count, index=first_seen(data["feature"]))
        )
        feats = [f for f in first_seen(data["feature"]) if totals.get(f, 0) >= min_count]
        dropped = [f for f in first_seen(data["feature"]) if f not in feats]
        if dropped:
            left_out = "not shown (fewer than {} matches in the table): {}".format(
                min_count,
                ", ".join(
                    f"{FEATURE_LABELS.get(f, f)} ({int(totals[f])} "
                    f"{'match' if int(totals[f]) == 1 else 'matches'})"
                    for f in dropped
                ),
            )
        if not feats:
            return common.blank(ax, title, f"no feature has {min_count} matches or more")
    data = data[data["feature"].isin(feats)]
    outlets = first_seen(data["outlet"])
    height = 0.8 / max(len(feats), 1)
    y0 = np.arange(len(outlets))
    for j, f in enumerate(feats):
        sub = data[data["feature"] == f].set_index("outlet").reindex(outlets)
        color = COLORS.get(f, PALETTE["black"])
        ys = y0 - 0.4 + height * (j + 0.5)
        vals, _ = _rate_bars(ax, sub, measure, ys, height, color, FEATURE_LABELS.get(f, f), kwargs)
        _zero_marks(ax, ys[vals == 0], height * 0.9, color)
    first = data.drop_duplicates("outlet").set_index("outlet").reindex(outlets)
    ax.set_yticks(
        y0,
        [
            unit_label(
                o,
                first["articles"].get(o) if "articles" in first else None,
                first["words"].get(o) if "words" in first else None,
            )
            for o in outlets
        ],
    )
    ax.invert_yaxis()
    ax.set_xlabel(label)
    ax.set_ylabel("outlet")
    ax.set_title(title)
    common.value_axis(ax, "x", share=measure == "share")
    ax.set_axisbelow(True)
    ax.legend(title="feature", **SIDE_LEGEND)
    detail = common.interval_note(data, label)
    if left_out:
        detail += f";\n{left_out}"
    common.note_axes(ax, note, common.source_note(detail))
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
    common.check_table(data, ("outlet", "attribution", "share"), "plot_attribution")
    ax = common.axes_for(ax)
    title = title or "Who stands behind the claims: attribution by outlet"
    if len(data) == 0:
        return common.blank(ax, title)
    outlets = first_seen(data["outlet"])
    labels = [a for a in ATTRIBUTION_LABELS if a in set(data["attribution"])]
    left = np.zeros(len(outlets))
    y = np.arange(len(outlets))
    intervals = []
    for k, a in enumerate(labels):
        sub = data[data["attribution"] == a].set_index("outlet").reindex(outlets)
        vals = np.nan_to_num(sub["share"].to_numpy(dtype=float))
        lo = sub.get("share_low", sub["share"]).to_numpy(dtype=float)
        hi = sub.get("share_high", sub["share"]).to_numpy(dtype=float)
        last = k == len(labels) - 1
        # the interval of a share, drawn at its segment's free edge: the end of every
        # segment but the last, the start of the last (which always ends at 100%)
        edge = left.copy() if last else left + vals
        err = _error(vals, lo, hi)
        intervals.append((edge, err[::-1] if last else err, ~(np.isnan(lo) | np.isnan(hi))))
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
    for edge, err, has in intervals:
        if has.any():
            ax.errorbar(
                edge[has],
                y[has],
                xerr=err[:, has],
                fmt="none",
                ecolor="#222222",
                elinewidth=0.9,
                capsize=2.5,
                gid="interval",
            )
    first = data.drop_duplicates("outlet").set_index("outlet").reindex(outlets)
    n = first["sentences"]
    arts = first["articles"] if "articles" in first else [None] * len(outlets)
    ax.set_yticks(
        y,
        [
            f"{wrap_label(o)}\n(n = {int(k):,} sentences"
            + (f", {count_label(int(na), 'article')})" if filled(na) else ")")
            for o, k, na in zip(outlets, n, arts, strict=True)
        ],
    )
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(common.percent)
    ax.set_xlabel("share of the outlet's sentences")
    ax.set_ylabel("outlet")
    ax.set_title(title)
    ax.legend(title="the claim is", **SIDE_LEGEND)
    detail = "one label per sentence (codebook §4)"
    if any(h.any() for _, _, h in intervals):
        detail += (
            ";\nan error bar sits at its segment's free edge (the last segment's: at its start)"
        )
    if "share_low" in data:
        detail = common.interval_note(data, detail)
    common.note_axes(ax, note, common.source_note(detail))
    return ax


ACTOR_MEASURES = {
    "threat": "threat language",
    "conciliatory": "conciliatory language",
}


#: An actor chart's axis is scaled to the shares resting on at least this many mentions (a
#: share of 1/1 = 100% would otherwise flatten every other bar).
SCALE_MENTIONS = 5


def actor_axis_limit(data: pd.DataFrame, rates: Sequence[str]) -> float:
    """The upper end of an actor chart's share axis: the largest share among the outlet ×
    actor cells with at least ``SCALE_MENTIONS`` mentions (all cells when none has), rounded
    up to a tick step (5% up to 25%, 10% up to 50%, else 25%), at most 100%. Intervals that
    run past it are cut at the edge."""
    big = data[data["mentions"].fillna(0) >= SCALE_MENTIONS]
    cells = big if len(big) else data
    values = cells[list(rates)].to_numpy(dtype=float)
    peak = float(np.nanmax(values)) if np.isfinite(values).any() else 0.0
    step = 0.05 if peak <= 0.25 else 0.1 if peak <= 0.5 else 0.25
    return float(min(max(np.ceil(round(peak / step, 9)) * step, step), 1.0))


_LABEL_BOX = {"boxstyle": "square,pad=0.1", "fc": "white", "ec": "none"}


def _share_ticks(top: float) -> np.ndarray:
    step = 0.05 if top <= 0.25 else 0.1 if top <= 0.5 else 0.25
    return np.arange(0, top + step / 2, step)


def _top_actors(data: pd.DataFrame, k: int = 3) -> list[str]:
    """The ``k`` most mentioned actors (ties in table order)."""
    totals = data.groupby("actor", sort=False)["mentions"].sum()
    return list(totals.sort_values(ascending=False, kind="stable").index[:k])


def plot_actors(
    data: pd.DataFrame,
    *,
    actors: Sequence[str] | None = None,
    measures: Sequence[str] = ("threat", "conciliatory"),
    ax: Axes | None = None,
    title: str | None = None,
    note: str | None = None,
    **kwargs,
) -> Axes:
    """One panel per actor; in each, one group of bars per outlet: of the outlet's
    sentences that mention the actor, the share that carry threat language and the share
    that carry conciliatory language (``<measure>_given_mention``), so that how often an
    actor is named does not mix with what it is named beside. ``data`` is
    ``score_actors(...)``.

    Each bar is labelled with its count over the mentions ("9/29"), a zero is drawn as a
    line at 0 labelled "0/29", and an outlet that never mentions the actor says "not
    mentioned" (no share can be had). Error bars are the table's article-level intervals
    where it has them (none for an outlet of one article, and the note says so).

    ``actors`` defaults to the three most mentioned actors. The panels take the place of
    ``ax`` (the whole figure when ``ax`` is its only Axes; ``layout.actors_figsize`` gives a
    figure size with room for them); the title, legend and note belong to that figure.
    ``kwargs`` go to ``Axes.barh``. Returns the first panel.
    """
    measures = list(measures)
    rates = [f"{m}_given_mention" for m in measures]
    common.check_table(data, ("outlet", "actor", "mentions", *measures, *rates), "plot_actors")
    ax = common.axes_for(ax)
    title = title or "How each outlet presents the actors: language beside each mention"
    if len(data) == 0:
        return common.blank(ax, title)
    actors = list(actors) if actors is not None else _top_actors(data)
    if not actors:
        return common.blank(ax, title, "no actors to show")
    fig = common.panels_for(ax)
    axes = fig.subplots(1, len(actors), sharey=True, squeeze=False)[0]
    outlets = first_seen(data["outlet"])
    top = actor_axis_limit(data[data["actor"].isin(actors)], rates)
    y0 = np.arange(len(outlets))
    height = 0.8 / len(measures)
    for panel, actor in zip(axes, actors, strict=True):
        sub = data[data["actor"] == actor].set_index("outlet").reindex(outlets)
        k = sub["mentions"].fillna(0).to_numpy(dtype=int)
        for j, (m, rate) in enumerate(zip(measures, rates, strict=True)):
            color = COLORS.get(m, PALETTE["black"])
            ys = y0 - 0.4 + height * (j + 0.5)
            label = ACTOR_MEASURES.get(m, m)
            vals, ends = _rate_bars(panel, sub, rate, ys, height, color, label, kwargs)
            hits = sub[m].fillna(0).to_numpy(dtype=int)
            _zero_marks(panel, ys[(k > 0) & (vals == 0)], height * 0.9, color, label=None)
            for x, y, h, n, v in zip(ends, ys, hits, k, vals, strict=True):
                if n and not v > top:
                    panel.annotate(
                        f"{h}/{n}",
                        xy=(min(x, top), y),
                        xytext=(3, 0),
                        textcoords="offset points",
                        ha="left",
                        va="center",
                        fontsize=7,
                        color="#333333",
                        bbox=_LABEL_BOX if x > top else None,
                        gid="counts",
                    )
                elif n:  # past the axis (a share on few mentions): the value at the edge
                    panel.annotate(
                        f"{h}/{n} = {v:.0%} ▸",
                        xy=(top, y),
                        xytext=(-2, 0),
                        textcoords="offset points",
                        ha="right",
                        va="center",
                        fontsize=7,
                        color="#333333",
                        bbox=_LABEL_BOX,
                        gid="counts",
                    )
        for y, n in zip(y0, k, strict=True):
            if not n:
                panel.text(
                    0.02,
                    y,
                    "not mentioned",
                    va="center",
                    ha="left",
                    fontsize=7,
                    color="#777777",
                    gid="not mentioned",
                )
        panel.set_title(f"{actor}\n({count_label(int(k.sum()), 'mention')})", fontsize=10)
        panel.set_xlim(0, top * 1.18)
        panel.set_xticks(_share_ticks(top))
        panel.xaxis.set_major_formatter(common.percent)
        panel.grid(axis="x", **common.GRID)
        panel.set_axisbelow(True)
        panel.set_xlabel("share of the sentences\nthat mention the actor")
    first = data.drop_duplicates("outlet").set_index("outlet").reindex(outlets)
    labels = [
        unit_label(o, first["articles"].get(o)) if "articles" in first else wrap_label(o)
        for o in outlets
    ]
    axes[0].set_yticks(y0, labels)
    axes[0].invert_yaxis()
    axes[0].set_ylabel("outlet")
    handles, labels = axes[0].get_legend_handles_labels()
    fig.legend(
        handles,
        labels,
        loc="outside right upper",
        title="mentions beside …",
        fontsize=8,
        title_fontsize=8,
        frameon=False,
    )
    fig.suptitle(title)
    detail = (
        "bar: share of the sentences mentioning the actor that carry the language;\n"
        "label: those sentences / the sentences mentioning the actor (codebook §6);\n"
        f"axis: 0 to {top:.0%}, the largest share on {SCALE_MENTIONS} or more mentions; a share "
        "past it is written at the edge, an interval past it is cut"
    )
    if "n_boot" in data:
        detail = common.interval_note(data, detail)
    common.note_figure(fig, note, common.source_note(detail))
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
    common.check_table(data, ("id", "outlet", "position", *flags), "plot_arcs")
    ax = common.axes_for(ax)
    title = title or "The arc of each article: where framing falls"
    if len(data) == 0:
        return common.blank(ax, title)
    ids = first_seen(data["id"])
    flags = list(flags)
    fig = common.panels_for(ax)
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
    axes[-1].xaxis.set_major_formatter(common.percent)
    fig.suptitle(title)
    common.note_figure(
        fig, note, common.source_note("one tick per sentence, placed at its midpoint")
    )
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
    common.check_table(data, ("outlet", "mean"), "plot_sentiment")
    ax = common.axes_for(ax)
    title = title or "Tone by outlet: mean sentence sentiment (VADER compound)"
    if len(data) == 0:
        return common.blank(ax, title)
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
            f"{lab}\n(n = {int(k):,} sentences)"
            for lab, k in zip(labels, d["sentences"], strict=True)
        ]
    ax.set_yticks(y, labels)
    ax.invert_yaxis()
    lim = max(0.25, float(np.nanmax(np.abs(np.concatenate([lo, hi, mean])))) * 1.15)
    ax.set_xlim(-lim, lim)
    ax.set_xlabel("mean VADER compound score (−1 negative … +1 positive)")
    ax.set_ylabel("outlet")
    ax.set_title(title)
    ax.grid(axis="x", **common.GRID)
    ax.set_axisbelow(True)
    common.note_axes(
        ax, note, common.source_note(common.interval_note(data, "mean of sentence scores"))
    )
    return ax
