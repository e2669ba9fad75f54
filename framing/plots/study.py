"""Charts of a study's tables: framing over time, keyness, differences between outlets and
framing per topic.

Each ``plot_*`` takes the tidy table as ``data`` (``score_periods``, ``score_keyness``,
``score_differences``, ``score_topics``), every option by keyword, draws on ``ax`` (the current
Axes when None), passes ``**kwargs`` to the matplotlib call that draws its marks and returns
the Axes. Intervals are the tables' article-level bootstrap intervals; where a unit has a
single article there is no interval and none is drawn.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from matplotlib.axes import Axes

from ..constants import Measure
from ..options import check_option
from ..style import COLORS, FEATURE_LABELS, PALETTE
from .common import (
    GRID,
    axes_for,
    blank,
    check_table,
    note_axes,
    note_figure,
    panels_for,
    percent,
    source_note,
    value_axis,
)
from .layout import first_seen, wrap_label

__all__ = [
    "plot_arc_profiles",
    "plot_differences",
    "plot_keyness",
    "plot_outlet_reuse",
    "plot_timeline",
    "plot_topics",
    "short_label",
    "timeline_in_panels",
]

#: Colours for series without a meaning of their own (outlets on a timeline, topics).
SERIES = tuple(
    PALETTE[k]
    for k in ("blue", "orange", "bluish green", "reddish purple", "sky blue", "vermillion", "black")
)
_LINESTYLES = ("-", "--", ":", "-.")
SIDE_LEGEND = {"loc": "upper left", "bbox_to_anchor": (1.01, 1.0), "fontsize": 8, "frameon": False}
_LABEL = {"per_1k": "matches per 1,000 words", "share": "share of sentences"}


def _percent_exact(v, _) -> str:
    """A percentage with a decimal where a whole number would misstate the tick (12.5%)."""
    return f"{v:.0%}" if abs(v * 100 - round(v * 100)) < 1e-9 else f"{v:.1%}"


def _boot_note(data: pd.DataFrame, what: str) -> str:
    level = data["level"].iloc[0] if "level" in data and len(data) else 0.95
    n_boot = int(data["n_boot"].iloc[0]) if "n_boot" in data and len(data) else 0
    return (
        f"{what};\nintervals: {level:.0%} bootstrap over articles ({n_boot:,} resamples); "
        "none where a unit has one article"
    )


def _events(events) -> list[tuple[pd.Timestamp, str]]:
    out = []
    for e in events or ():
        when, label = (e.when, e.label) if hasattr(e, "when") else (e[0], e[1])
        out.append((pd.Timestamp(when), str(label)))
    return out


def _mark_event(ax: Axes, when, text: str, *, width: int, fontsize: float, linewidth: float):
    """A dated event: a dashed line at ``when`` and, unless ``text`` is empty, its name
    written down the line from the top (cut to ``width`` characters)."""
    ax.axvline(when, color=PALETTE["grey"], linestyle="--", linewidth=linewidth)
    if text:
        ax.annotate(
            short_label(text, width),
            xy=(when, 1.0),
            xycoords=("data", "axes fraction"),
            xytext=(2, -2),
            textcoords="offset points",
            rotation=90,
            va="top",
            fontsize=fontsize,
            color="#555555",
        )


def plot_timeline(
    data: pd.DataFrame,
    *,
    feature: str = "threat",
    measure: Measure = "share",
    by: str = "outlet",
    events: Iterable = (),
    intervals: bool = True,
    panels: bool | None = None,
    ax: Axes | None = None,
    title: str | None = None,
    note: str | None = None,
    **kwargs,
) -> Axes:
    """One line per outlet (or ``by`` unit) through the periods of ``score_periods(...)``,
    for one ``feature`` and ``measure`` (``"share"`` or ``"per_1k"``), with its interval as a
    light band (``intervals=False``: none) and the study's ``events`` (``Study.events`` or
    ``(date, label)`` pairs) as dashed vertical lines. Undated rows are left out of the chart
    (they stay in the table). ``kwargs`` go to ``Axes.plot``.

    ``panels=True`` draws small multiples instead: one panel per unit, its line and band in
    colour over the other units' lines in grey, titled with its number of articles; the
    panels take ``ax``'s place and the first is returned. ``panels=None`` chooses them when
    more than ``TIMELINE_PANELS_FROM - 1`` units cross at least three periods, where one
    chart's lines and bands would overprint each other."""
    check_option("measure", measure, tuple(_LABEL), "plot_timeline")
    check_table(data, (by, "period", "feature", measure), "plot_timeline")
    ax = axes_for(ax)
    label = _LABEL[measure]
    name = FEATURE_LABELS.get(feature, feature)
    title = title or f"{name.capitalize()} over time ({label})"
    d = data[(data["feature"] == feature) & data["period"].notna()] if len(data) else data
    if len(d) == 0:
        return blank(ax, title)
    units = first_seen(d[by])
    if panels is None:
        panels = timeline_in_panels(d, by=by)
    if panels:
        return _timeline_panels(d, units, feature, measure, by, events, intervals, ax, title, note)
    for k, unit in enumerate(units):
        sub = d[d[by] == unit].sort_values("period")
        x = pd.to_datetime(sub["period"]).to_numpy()
        colour = SERIES[k % len(SERIES)]
        style = {
            "color": colour,
            "linestyle": _LINESTYLES[(k // len(SERIES)) % len(_LINESTYLES)],
            "marker": "o",
            "markersize": 3,
            "linewidth": 1.2,
            "label": wrap_label(unit),
        }
        ax.plot(x, sub[measure].to_numpy(dtype=float), **(style | kwargs))
        _few_articles(ax, x, sub, measure, colour, 3)
        if intervals and f"{measure}_low" in sub:
            lo = sub[f"{measure}_low"].to_numpy(dtype=float)
            hi = sub[f"{measure}_high"].to_numpy(dtype=float)
            ax.fill_between(x, lo, hi, color=colour, alpha=0.12, linewidth=0)
    marks = _events(events)
    for when, text in marks:
        _mark_event(ax, when, text, width=40, fontsize=7, linewidth=0.9)
    # the x range: the periods and the events, padded (a one-day corpus gets a few days)
    times = [pd.Timestamp(t) for t in pd.to_datetime(d["period"])] + [w for w, _ in marks]
    lo, hi = min(times), max(times)
    pad = max((hi - lo) * 0.05, pd.Timedelta(days=1))
    ax.set_xlim(lo - pad, hi + pad)
    locator = mdates.AutoDateLocator(maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    period = d["period_length"].iloc[0] if "period_length" in d else "period"
    ax.set_xlabel(f"{period} (start)")
    ax.set_ylabel(f"{name}: {label}")
    ax.set_title(title)
    value_axis(ax, "y", share=measure == "share")
    ax.legend(title=by, **SIDE_LEGEND)
    note_axes(
        ax,
        note,
        source_note(_boot_note(d, f"{name} per {period} and {by}{_FEW_NOTE}")),
    )
    return ax


#: ``plot_timeline`` draws one panel per unit from this many units (and three periods) on.
TIMELINE_PANELS_FROM = 5
#: A period resting on fewer articles than this is drawn as a hollow marker.
FEW_ARTICLES = 3
_FEW_NOTE = f";\nhollow: a period of fewer than {FEW_ARTICLES} articles"


def timeline_in_panels(data: pd.DataFrame, *, by: str = "outlet") -> bool:
    """Whether ``plot_timeline(data, panels=None)`` draws small multiples: from
    ``TIMELINE_PANELS_FROM`` units over at least three dated periods."""
    if by not in data or "period" not in data or not len(data):
        return False
    dated = data[data["period"].notna()]
    return dated[by].nunique() >= TIMELINE_PANELS_FROM and dated["period"].nunique() >= 3


def _few_articles(ax: Axes, x, sub: pd.DataFrame, measure: str, colour, size: float) -> None:
    """Hollow markers over the periods of fewer than ``FEW_ARTICLES`` articles."""
    if "articles" not in sub:
        return
    few = sub["articles"].to_numpy(dtype=float) < FEW_ARTICLES
    if few.any():
        ax.plot(
            x[few],
            sub[measure].to_numpy(dtype=float)[few],
            linestyle="none",
            marker="o",
            markersize=size + 1.5,
            markerfacecolor="white",
            markeredgecolor=colour,
            markeredgewidth=1.0,
            gid="few articles",
        )


def _timeline_panels(d, units, feature, measure, by, events, intervals, ax, title, note) -> Axes:
    """Small multiples of ``plot_timeline``: a panel per unit over the others in grey."""
    label, name = _LABEL[measure], FEATURE_LABELS.get(feature, feature)
    fig = panels_for(ax)
    ncols = min(4, len(units))
    nrows = -(-len(units) // ncols)
    axes = fig.subplots(nrows, ncols, sharex=True, sharey=True, squeeze=False).ravel()
    series = {}
    for unit in units:
        sub = d[d[by] == unit].sort_values("period")
        series[unit] = (pd.to_datetime(sub["period"]).to_numpy(), sub)
    marks = _events(events)
    times = [pd.Timestamp(t) for t in pd.to_datetime(d["period"])] + [w for w, _ in marks]
    lo_t, hi_t = min(times), max(times)
    pad = max((hi_t - lo_t) * 0.04, pd.Timedelta(days=1))
    for k, (panel, unit) in enumerate(zip(axes, units)):
        for other in units:
            if other != unit:
                x, sub = series[other]
                panel.plot(x, sub[measure].to_numpy(dtype=float), color="#d0d0d0", linewidth=0.8)
        x, sub = series[unit]
        colour = SERIES[k % len(SERIES)]
        if intervals and f"{measure}_low" in sub:
            lo = sub[f"{measure}_low"].to_numpy(dtype=float)
            hi = sub[f"{measure}_high"].to_numpy(dtype=float)
            panel.fill_between(x, lo, hi, color=colour, alpha=0.18, linewidth=0)
        panel.plot(
            x,
            sub[measure].to_numpy(dtype=float),
            color=colour,
            marker="o",
            markersize=2.5,
            linewidth=1.4,
            label=str(unit),
        )
        _few_articles(panel, x, sub, measure, colour, 2.5)
        for when, text in marks:
            # the events' names on the first panel only
            _mark_event(panel, when, text if k == 0 else "", width=30, fontsize=6, linewidth=0.8)
        n_articles = int(sub["articles"].sum()) if "articles" in sub else None
        head = short_label(unit, 26)
        if n_articles is not None:
            head += f"\n({n_articles:,} article{'s' if n_articles != 1 else ''})"
        panel.set_title(head, fontsize=9)
        panel.grid(axis="y", **GRID)
        if k % ncols == 0:
            panel.set_ylabel(f"{name}: {label}", fontsize=8)
    for panel in axes[len(units) :]:
        panel.set_axis_off()
    first = axes[0]
    first.set_xlim(lo_t - pad, hi_t + pad)
    first.set_ylim(bottom=0)
    if measure == "share":
        first.yaxis.set_major_formatter(percent)
    for panel in axes[: len(units)]:
        locator = mdates.AutoDateLocator(minticks=2, maxticks=5)
        panel.xaxis.set_major_locator(locator)
        panel.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        panel.tick_params(labelsize=7)
        panel.xaxis.set_tick_params(labelbottom=True)
    period = d["period_length"].iloc[0] if "period_length" in d else "period"
    fig.suptitle(title)
    note_figure(
        fig,
        note,
        source_note(
            _boot_note(
                d,
                f"{name} per {period} and {by}, one panel each; grey: the other {by}s" + _FEW_NOTE,
            )
        ),
    )
    return first


def plot_keyness(
    data: pd.DataFrame,
    *,
    n: int = 15,
    ax: Axes | None = None,
    title: str | None = None,
    note: str | None = None,
    **kwargs,
) -> Axes:
    """Horizontal bars of ``score_keyness(...)``: the ``n`` terms the target uses most more
    than the reference (right, positive) and the ``n`` it uses most less (left), each
    labelled with its counts on both sides. ``kwargs`` go to ``Axes.barh``."""
    check_table(data, ("term", "statistic", "n_target", "n_reference"), "plot_keyness")
    ax = axes_for(ax)
    target = str(data["target"].iloc[0]) if "target" in data and len(data) else "target"
    measure = str(data["measure"].iloc[0]) if "measure" in data and len(data) else "chi2"
    title = title or f"Words that set {target} apart ({measure})"
    if len(data) == 0:
        return blank(ax, title)
    d = data.sort_values("statistic", ascending=False, kind="stable")
    top = d[d["statistic"] > 0].head(n)
    bottom = d[d["statistic"] < 0].tail(n)
    shown = pd.concat([top, bottom])
    if shown.empty:
        return blank(ax, title, "no term differs")
    y = np.arange(len(shown))
    colours = np.where(shown["statistic"] > 0, PALETTE["blue"], PALETTE["grey"])
    ax.barh(y, shown["statistic"].to_numpy(dtype=float), **({"color": colours} | kwargs))
    labels = [
        f"{t}  ({a:,} / {b:,})"
        for t, a, b in zip(shown["term"], shown["n_target"], shown["n_reference"])
    ]
    spread = {"articles_target", "articles_reference"} <= set(shown) and shown[
        ["articles_target", "articles_reference"]
    ].notna().all(axis=None)
    if spread:  # the articles on the side that uses the term more: one story or a habit
        side = np.where(
            shown["statistic"] > 0, shown["articles_target"], shown["articles_reference"]
        )
        labels = [
            f"{lab[:-1]}; {int(k):,} article{'' if int(k) == 1 else 's'})"
            for lab, k in zip(labels, side)
        ]
    ax.set_yticks(y, labels, fontsize=8)
    ax.invert_yaxis()
    ax.axvline(0, color="#333333", linewidth=0.8)
    ax.set_xlabel(f"signed {measure}: + more in {target}, − more in the rest")
    ax.set_title(title)
    ax.grid(axis="x", **GRID)
    ax.set_axisbelow(True)
    note_axes(
        ax,
        note,
        source_note(_keyness_note(data, target, n, spread)),
    )
    return ax


def _keyness_note(data: pd.DataFrame, target: str, n: int, spread: bool) -> str:
    name = short_label(target, 30)
    label = f"labels: term (count in {name} / in the rest"
    label += ";\narticles it occurs in, on the side that uses it more)" if spread else ")"
    words = ""
    if {"target_words", "reference_words"} <= set(data) and len(data):
        tw, rw = int(data["target_words"].iloc[0]), int(data["reference_words"].iloc[0])
        words = f";\nwords: {tw:,} in {name}, {rw:,} in the rest"
    return f"{label}{words}; top {n} each way"


def plot_differences(
    data: pd.DataFrame,
    *,
    features: Sequence[str] | None = None,
    adjusted: bool = True,
    ax: Axes | None = None,
    title: str | None = None,
    note: str | None = None,
    **kwargs,
) -> Axes:
    """A forest plot of ``score_differences(...)``: one row per pair and feature, the
    difference as a dot with its interval (``adjusted=True``: the Bonferroni-adjusted one),
    filled where the interval excludes zero, hollow where it does not. ``kwargs`` go to
    ``Axes.scatter``."""
    check_table(data, ("a", "b", "feature", "difference"), "plot_differences")
    ax = axes_for(ax)
    measure = str(data["measure"].iloc[0]) if "measure" in data and len(data) else "per_1k"
    title = title or f"Differences between outlets ({_LABEL.get(measure, measure)})"
    if len(data) == 0:
        return blank(ax, title)
    feats = list(features) if features is not None else first_seen(data["feature"])
    d = data[data["feature"].isin(feats)]
    lo_col, hi_col, ex_col = (
        ("adjusted_low", "adjusted_high", "adjusted_excludes_zero")
        if adjusted
        else ("low", "high", "excludes_zero")
    )
    y = np.arange(len(d))
    diff = d["difference"].to_numpy(dtype=float)
    lo = d[lo_col].to_numpy(dtype=float) if lo_col in d else diff
    hi = d[hi_col].to_numpy(dtype=float) if hi_col in d else diff
    sure = d[ex_col].to_numpy(dtype=bool) if ex_col in d else np.zeros(len(d), dtype=bool)
    colours = [COLORS.get(f, PALETTE["black"]) for f in d["feature"]]
    ax.hlines(y, lo, hi, colors=colours, linewidth=1.2)
    faces = [c if s else "white" for c, s in zip(colours, sure)]
    style = {"s": 22, "c": faces, "edgecolors": colours, "zorder": 3}
    ax.scatter(diff, y, **(style | kwargs))
    ax.axvline(0, color="#333333", linewidth=0.8)
    labels = [
        f"{short_label(a, 24)} − {short_label(b, 24)}"
        + (f" · {FEATURE_LABELS.get(f, f)}" if len(feats) > 1 else "")
        for a, b, f in zip(d["a"], d["b"], d["feature"])
    ]
    ax.set_yticks(y, labels, fontsize=7 if len(d) > 30 else 8)
    ax.invert_yaxis()
    ax.set_xlabel(f"difference in {_LABEL.get(measure, measure)}")
    ax.set_title(title)
    ax.grid(axis="x", **GRID)
    ax.set_axisbelow(True)
    k = int(d["comparisons"].iloc[0]) if "comparisons" in d else len(d)
    which = "Bonferroni-adjusted" if adjusted else "unadjusted"
    note_axes(
        ax,
        note,
        source_note(
            f"{k} comparisons; {which} bootstrap intervals\nover articles; "
            "filled: the interval excludes zero"
        ),
    )
    return ax


def plot_topics(
    data: pd.DataFrame,
    *,
    feature: str = "threat",
    measure: Measure = "per_1k",
    by: str = "outlet",
    ax: Axes | None = None,
    title: str | None = None,
    note: str | None = None,
    **kwargs,
) -> Axes:
    """Grouped horizontal bars of ``score_topics(...)``: for each outlet (or ``by`` unit),
    one bar per topic, the ``feature``'s ``measure`` in that topic's sentences, with error
    bars (article-level intervals). ``kwargs`` go to ``Axes.barh``."""
    check_option("measure", measure, tuple(_LABEL), "plot_topics")
    check_table(data, (by, "topic", "feature", measure), "plot_topics")
    ax = axes_for(ax)
    name = FEATURE_LABELS.get(feature, feature)
    title = title or f"{name.capitalize()} by topic and {by} ({_LABEL[measure]})"
    d = data[data["feature"] == feature] if len(data) else data
    if len(d) == 0:
        return blank(ax, title)
    units, topics = first_seen(d[by]), first_seen(d["topic"])
    height = 0.8 / max(len(topics), 1)
    y0 = np.arange(len(units))
    for j, topic in enumerate(topics):
        sub = d[d["topic"] == topic].set_index(by).reindex(units)
        vals = sub[measure].to_numpy(dtype=float)
        lo = sub.get(f"{measure}_low", sub[measure]).to_numpy(dtype=float)
        hi = sub.get(f"{measure}_high", sub[measure]).to_numpy(dtype=float)
        err = np.nan_to_num(np.vstack([np.clip(vals - lo, 0, None), np.clip(hi - vals, 0, None)]))
        style = {
            "height": height * 0.9,
            "color": SERIES[j % len(SERIES)],
            "label": topic,
            "xerr": err,
            "error_kw": {"elinewidth": 0.9, "capsize": 2, "ecolor": "#333333"},
        }
        ax.barh(y0 - 0.4 + height * (j + 0.5), np.nan_to_num(vals), **(style | kwargs))
    ax.set_yticks(y0, [wrap_label(u) for u in units])
    ax.invert_yaxis()
    ax.set_xlabel(f"{name}: {_LABEL[measure]}, in the topic's sentences")
    ax.set_title(title)
    value_axis(ax, "x", share=measure == "share")
    ax.set_axisbelow(True)
    ax.legend(title="topic", **SIDE_LEGEND)
    note_axes(ax, note, source_note(_boot_note(d, f"{name} in each topic's sentences")))
    return ax


def short_label(label, width: int = 28) -> str:
    """``label`` cut to ``width`` characters with an ellipsis (the full text stays in the
    CSV beside the chart)."""
    text = " ".join(str(label).split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def plot_outlet_reuse(
    data: pd.DataFrame,
    *,
    ax: Axes | None = None,
    title: str | None = None,
    note: str | None = None,
    **kwargs,
) -> Axes:
    """Reuse aggregated outlet by outlet (``framing.report.outlet_reuse(...)``): cell (row r,
    column c) is the mean, over r's articles, of the largest share of the article's sentences
    found in one article of c, annotated with the percentage. For corpora too large for an
    article-by-article matrix. ``kwargs`` go to ``Axes.imshow``."""
    check_table(data, ("outlet_a", "outlet_b", "share"), "plot_outlet_reuse")
    ax = axes_for(ax)
    title = title or "Text reuse between outlets"
    if len(data) == 0:
        return blank(ax, title)
    rows = first_seen(data["outlet_a"])
    grid = (
        data.pivot_table(index="outlet_a", columns="outlet_b", values="share", sort=False)
        .reindex(index=rows, columns=rows)
        .to_numpy(dtype=float)
    )
    top = float(np.nanmax(grid)) if np.isfinite(grid).any() else 1.0
    top = min(max(np.ceil(top * 10) / 10, 0.1), 1.0)
    style = {"cmap": "Blues", "vmin": 0, "vmax": top, "aspect": "auto"}
    im = ax.imshow(grid, **(style | kwargs))
    if len(rows) <= 20:
        for (i, j), v in np.ndenumerate(grid):
            if np.isfinite(v):
                ax.text(
                    j,
                    i,
                    f"{v:.0%}",
                    ha="center",
                    va="center",
                    fontsize=7,
                    color="white" if v > 0.6 * top else "#222222",
                )
    labels = [short_label(r, 24) for r in rows]
    ax.xaxis.tick_top()
    ax.xaxis.set_label_position("top")
    ax.set_xticks(np.arange(len(rows)), labels, rotation=60, ha="left", fontsize=7)
    ax.set_yticks(np.arange(len(rows)), labels, fontsize=7)
    ax.set_xlabel("found in an article of this outlet")
    ax.set_ylabel("articles of this outlet")
    ax.set_title(title)
    cb = ax.figure.colorbar(im, ax=ax, shrink=0.6)
    cb.ax.yaxis.set_major_formatter(_percent_exact)
    note_axes(
        ax,
        note,
        source_note(
            "mean over the row outlet's articles of the share of its sentences\n"
            "found in the best-matching article of the column outlet"
        ),
    )
    return ax


def plot_arc_profiles(
    data: pd.DataFrame,
    *,
    flags: Sequence[str] = ("threat", "conciliatory", "hedge", "unattributed"),
    bins: int = 10,
    ax: Axes | None = None,
    title: str | None = None,
    note: str | None = None,
    **kwargs,
) -> Axes:
    """Arcs aggregated per outlet (``score_arcs(...)``): one row per outlet, one column per
    tenth of the article, the share of the outlet's sentences at that position that carry
    the flag, one heat map per flag side by side in ``ax``'s place. For corpora with too many
    articles for one strip each. ``kwargs`` go to ``Axes.imshow``."""
    check_table(data, ("outlet", "position", *flags), "plot_arc_profiles")
    ax = axes_for(ax)
    title = title or "Where in the article each kind of language falls, by outlet"
    if len(data) == 0:
        return blank(ax, title)
    outlets = first_seen(data["outlet"])
    pos = np.minimum((data["position"].to_numpy(dtype=float) * bins).astype(int), bins - 1)
    panel = panels_for(ax)
    axes = list(np.atleast_1d(panel.subplots(1, len(flags), sharey=True)))
    index = {o: i for i, o in enumerate(outlets)}
    rows = data["outlet"].map(index).to_numpy()
    total = np.zeros((len(outlets), bins))
    np.add.at(total, (rows, pos), 1)
    for k, (flag, a) in enumerate(zip(flags, axes)):
        hit = np.zeros_like(total)
        np.add.at(hit, (rows, pos), data[flag].to_numpy(dtype=float))
        share = np.divide(hit, total, out=np.full_like(hit, np.nan), where=total > 0)
        # each panel its own scale (threat is rare, the writer's voice common), from 0
        top = float(np.nanmax(share)) if np.isfinite(share).any() else 1.0
        top = max(np.ceil(top * 20) / 20, 0.05)
        style = {"cmap": "Greys", "vmin": 0, "vmax": top, "aspect": "auto"}
        im = a.imshow(share, **(style | kwargs))
        a.set_title(FEATURE_LABELS.get(flag, flag), fontsize=9, color=COLORS.get(flag, "#222"))
        a.set_xticks([0, bins - 1], ["start", "end"], fontsize=7)
        if k == 0:
            a.set_yticks(np.arange(len(outlets)), [short_label(o, 24) for o in outlets], fontsize=7)
        cb = panel.colorbar(im, ax=a, orientation="horizontal", shrink=0.9, pad=0.08)
        cb.ax.xaxis.set_major_formatter(percent)
        cb.ax.tick_params(labelsize=7)
    panel.suptitle(title)
    note_figure(
        panel,
        note,
        source_note(
            f"article length in {bins} equal parts; share of the outlet's sentences there "
            "with the flag;\neach panel has its own scale"
        ),
    )
    return axes[0]
