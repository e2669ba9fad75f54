"""Charts of text reuse (``framing.reuse``): the reuse matrix, a rewrite beside its source
sentence by sentence, and framing by class of sentence.

Positions and sizes come from ``framing.plots.layout`` (``layout.reuse_grid``,
``layout.alignment_layout``); this module only draws them, with what every chart shares
(``common.*``). Each ``plot_*`` takes the tidy table as ``data``, every option by
keyword, passes ``**kwargs`` to the matplotlib call that draws its marks and returns the Axes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.colors import LinearSegmentedColormap
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle
from matplotlib.patheffects import withStroke

from ..constants import REUSE_CLASSES
from ..options import check_option
from ..style import COLORS, FEATURE_LABELS, PALETTE, REUSE_PALETTE, tint
from . import common, layout

__all__ = ["alignment_title", "plot_alignment", "plot_reuse", "plot_reuse_classes", "reuse_cmap"]

Value = Literal["share", "matched"]

CARRIED = "#E6E6E6"  #: neutral fill of a source sentence that the rewrite carries
MERGED = "#555555"  #: thin link to a further source sentence a merged sentence carries
LINK_STYLES = {"kept": "-", "paraphrased": (0, (4, 2))}
#: The columns each chart reads (of ``framing.reuse.PAIR_COLUMNS`` and ``ALIGNMENT_COLUMNS``).
PAIR_COLUMNS = tuple(
    "a b sentences_a sentences_b matched_a matched_b share_a share_b relation source "
    "derived".split()
)
ALIGNMENT_COLUMNS = tuple(
    "source derived class derived_sentence source_sentence also_from transformations text "
    "source_text".split()
)


def reuse_cmap() -> LinearSegmentedColormap:
    """Sequential white → indigo ramp (the reuse colour of kept sentences): lightness falls
    steadily, so it reads the same with any colour-vision deficiency and in greyscale, and it
    reuses no framing or attribution colour."""
    return LinearSegmentedColormap.from_list(
        "framing_reuse", ["#F7F6FB", "#A59BD6", REUSE_PALETTE["indigo"], "#1B1247"]
    ).with_extremes(bad="#FFFFFF")


# --- the reuse matrix --------------------------------------------------------------------------


def plot_reuse(
    data: pd.DataFrame,
    *,
    value: Value = "share",
    articles: Sequence[str] | dict[str, str] | None = None,
    ax: Axes | None = None,
    title: str | None = None,
    note: str | None = None,
    **kwargs,
) -> Axes:
    """Reuse matrix: cell (row r, column c) is the share of r's sentences that align with a
    sentence of c, annotated with the percentage and ``matched/sentences``. The matrix is
    asymmetric on purpose: a short rewrite can be made almost entirely of a long source that
    it uses only a little of. ``data`` is ``score_reuse(...)``.

    A solid outline marks a derived pair in the derived article's row and the source's
    column (the row was made from the column); a dashed one marks siblings (two rewrites of
    one source). ``value`` colours the cells by ``"share"`` (default) or ``"matched"``
    sentences. ``articles`` (ids, or a mapping id → outlet) sets the order and adds articles
    that share nothing; ids of ``data`` not listed follow, sorted. ``kwargs`` go to
    ``Axes.imshow``; ``layout.reuse_figsize`` gives a figure with square cells.
    """
    check_option("value", value, ("share", "matched"), "plot_reuse")
    common.check_table(data, PAIR_COLUMNS, "plot_reuse")
    ax = common.axes_for(ax)
    title = title or (
        "Text reuse: share of each article's sentences found in another"
        if value == "share"
        else "Text reuse: how many of each article's sentences are found in another"
    )
    if len(data) == 0:
        return common.blank(ax, title, "no two articles share a sentence")
    grid = layout.reuse_grid(data, articles)
    shown = grid.share if value == "share" else grid.matched.astype(float)
    vmax = 1.0 if value == "share" else max(float(grid.matched.max()), 1.0)
    masked = np.ma.masked_array(shown, mask=np.eye(len(grid.ids), dtype=bool))
    style = {"cmap": reuse_cmap(), "vmin": 0, "vmax": vmax, "aspect": "equal"}
    im = ax.imshow(masked, **(style | kwargs))
    _draw_cells(ax, grid, shown / vmax)
    _draw_relations(ax, grid, data)
    _matrix_axes(ax, grid, title)
    _colorbar(ax, im, value)
    _relation_legend(ax, set(data["relation"]))
    common.note_axes(
        ax,
        note,
        common.source_note(
            "cell: % and number of the row article's sentences (matched/sentences)\n"
            "that align with a sentence of the column article; sentence alignment by "
            "content overlap"
        ),
    )
    return ax


def _draw_cells(ax: Axes, grid: layout.ReuseGrid, darkness: np.ndarray) -> None:
    """Hatch the diagonal; write each other cell's share and ``matched/sentences``."""
    size = layout.cell_fontsize(len(grid.ids))
    for i, row_id in enumerate(grid.ids):
        for j in range(len(grid.ids)):
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
            denom = grid.sizes.get(row_id)
            matched = grid.matched[i, j]
            count = f"{matched}/{denom}" if denom is not None else f"{matched}"
            text = f"{grid.share[i, j]:.0%}\n{count}" if denom else count
            ax.text(
                j,
                i,
                text,
                ha="center",
                va="center",
                fontsize=size,
                color="white" if darkness[i, j] > 0.55 else "#222222",
                linespacing=1.15,
                zorder=3,
            )


def _draw_relations(ax: Axes, grid: layout.ReuseGrid, pairs: pd.DataFrame) -> None:
    """Outline derived pairs (row made from column) solid and siblings (both ways) dashed."""
    kinds = {"derived": "-", "siblings": "--"}
    for r in pairs.itertuples(index=False):
        if r.relation == "derived" and layout.filled(r.derived) and layout.filled(r.source):
            cells = [(grid.index(r.derived), grid.index(r.source))]
        elif r.relation == "siblings":
            a, b = grid.index(r.a), grid.index(r.b)
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


def _matrix_axes(ax: Axes, grid: layout.ReuseGrid, title: str) -> None:
    n = len(grid.ids)
    labels = [layout.reuse_row_label(aid, grid.outlets.get(aid, "")) for aid in grid.ids]
    ax.set_yticks(range(n), labels, fontsize=8)
    ax.set_xticks(range(n), grid.ids)
    ax.tick_params(length=0)
    ax.xaxis.set_ticks_position("top")
    ax.xaxis.set_label_position("top")
    ax.set_xlabel("column: the article they align with")
    ax.set_ylabel("row: the article whose sentences are counted")
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.set_title(title, pad=12)


def _colorbar(ax: Axes, im, value: str) -> None:
    cbar = ax.figure.colorbar(im, ax=ax, shrink=0.8, pad=0.03)
    if value == "share":
        cbar.set_label("share of the row article's sentences\naligned with the column article")
        cbar.ax.yaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
    else:
        cbar.set_label("row article's sentences\naligned with the column article")
    cbar.ax.tick_params(labelsize=8)
    cbar.outline.set_visible(False)


def _relation_legend(ax: Axes, present: set) -> None:
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


# --- a rewrite beside its source ---------------------------------------------------------------


def plot_alignment(
    data: pd.DataFrame,
    *,
    max_chars: int = 60,
    max_lines: int | None = None,
    articles: pd.DataFrame | None = None,
    pair: tuple[str, str] | None = None,
    ax: Axes | None = None,
    title: str | None = None,
    note: str | None = None,
    **kwargs,
) -> Axes:
    """A rewrite beside its source, sentence by sentence. ``data`` is
    ``score_alignment(corpus, source, derived)``.

    Source sentences run top to bottom on the left, the derived article's on the right, each
    as a box with its number and its whole text wrapped onto lines of ``max_chars``
    characters (``max_lines`` caps the lines, an ellipsis marking the cut), so that the
    changed words show. A line joins each derived sentence to the source sentence it was
    made from: solid when kept near-verbatim, dashed when paraphrased; thinner lines join
    the further source sentences a merged sentence carries (``also_from``). Derived boxes are
    coloured by class (kept, paraphrased, added); source boxes are neutral when carried and
    coloured when dropped. A black diamond marks a derived sentence with transformations,
    named beside it; a changed fact says which ("fact changed: claimed → annexed", from the
    table's ``facts`` column).

    ``articles`` (the corpus, or any table with ``id`` and ``published`` or ``timing``)
    dates the pair: when the corpus's version of the source was published after the derived
    article (``layout.source_is_later``), the title says the rewrite is compared with a later
    version. When the table holds several (source, derived) pairs, ``pair`` chooses one.
    ``kwargs`` go to the sentence boxes (``matplotlib.patches.Rectangle``).

    Unlike the other charts, with ``ax`` None this one makes its own figure: the boxes are
    laid out in inches so that their text stays legible, so the figure's width follows
    ``max_chars`` and its height the sentences (``layout.alignment_figsize``).
    """
    common.check_table(data, ALIGNMENT_COLUMNS, "plot_alignment")
    if len(data) == 0:
        if ax is None:
            _, ax = plt.subplots(figsize=(8, 4), layout="constrained")
        return common.blank(ax, title or "Sentence alignment", "no sentences")
    lay = layout.alignment_layout(
        common.one_pair(data, "plot_alignment", pair), max_chars=max_chars, max_lines=max_lines
    )
    if ax is None:
        _, ax = plt.subplots(
            figsize=layout.alignment_figsize(lay, max_chars=max_chars), layout="constrained"
        )
    _draw_boxes(ax, lay, **kwargs)
    _draw_transformations(ax, lay)
    _column_headings(ax, lay)
    ax.set_xlim(-0.05, lay.end)
    ax.set_ylim(*lay.ylim())
    ax.axis("off")
    rows = _alignment_legend(ax, lay)
    ax.set_title(
        title or alignment_title(lay.source, lay.derived, articles),
        pad=8 + 13 * rows,
        loc="left",
    )
    common.note_axes(
        ax,
        note,
        common.source_note(
            "sentences aligned by content overlap; kept = near-verbatim wording, "
            "paraphrased = same content reworded"
        ),
    )
    return ax


def alignment_title(source: str, derived: str, articles: pd.DataFrame | None = None) -> str:
    """The title of a pair's chart, by its relation: ``"002, a rewrite of 004's story:
    sentence by sentence"`` (ids over 40 characters cut); when the corpus's ``source`` is the
    later version (``layout.source_is_later``), a second line says the rewrite is compared
    with it."""
    src, der = layout.snippet_line(source, 40), layout.snippet_line(derived, 40)
    text = f"{der}, a rewrite of {src}'s story: sentence by sentence"
    if layout.source_is_later(articles, source, derived):
        text += f"\ncompared with the corpus's version of {src} (published later)"
    return text


def _box(ax: Axes, x: float, y: float, h: float, box: float, text: str, style: dict) -> None:
    """One sentence box of height ``h`` centred at y, with its text; ``style`` goes to the
    ``Rectangle``."""
    ax.add_patch(Rectangle((x, y - h / 2), box, h, **style))
    ax.text(
        x + 0.05,
        y,
        text,
        ha="left",
        va="center",
        fontsize=7,
        color="#111111",
        linespacing=1.2,
        clip_on=True,
    )


def _draw_boxes(ax: Axes, lay: layout.AlignmentLayout, **kwargs) -> None:
    """The source column, then each derived box with the links to its source sentences."""
    dropped = {"facecolor": tint(COLORS["dropped"]), "edgecolor": COLORS["dropped"]}
    carried = {"facecolor": CARRIED, "edgecolor": "#999999"}
    for s in lay.sources:
        style = (dropped if s.dropped else carried) | {"linewidth": 0.8, "gid": "source box"}
        _box(ax, lay.left, s.y, s.height, lay.box, s.text, style | kwargs)
    for d in lay.derived_boxes:
        color = COLORS.get(d.cls, PALETTE["grey"])
        style = {"facecolor": tint(color), "edgecolor": color, "linewidth": 0.8}
        _box(ax, lay.right, d.y, d.height, lay.box, d.text, style | {"gid": "derived box"} | kwargs)
        if d.source_y is None:
            continue
        ax.plot(
            [lay.left + lay.box, lay.right],
            [d.source_y, d.y],
            color=color,
            linestyle=LINK_STYLES.get(d.cls, "-"),
            linewidth=1.5,
            gid=f"link {d.cls}",
            solid_capstyle="butt",
        )
        for y in d.also_from_y:
            ax.plot(
                [lay.left + lay.box, lay.right],
                [y, d.y],
                color=MERGED,
                linestyle=":",
                linewidth=0.9,
                gid=f"also_from {d.cls}",
            )


def _draw_transformations(ax: Axes, lay: layout.AlignmentLayout) -> None:
    """A diamond beside each transformed derived sentence, and the transformations' names
    (a changed fact with its words)."""
    marked = lay.marked
    if not marked:
        return
    x = lay.right + lay.box
    ax.scatter(
        [x + 0.12] * len(marked),
        [d.y for d in marked],
        marker="D",
        s=14,
        color=PALETTE["black"],
        gid="transformed",
        zorder=3,
    )
    for d in marked:
        ax.text(
            x + 0.25,
            d.y,
            layout.transformation_note(d.transformations, facts=d.facts),
            ha="left",
            va="center",
            fontsize=6.5,
            color="#333333",
            linespacing=1.1,
            gid="transformation note",
        )


def _column_headings(ax: Axes, lay: layout.AlignmentLayout) -> None:
    # a heading fits its column: a long article id is cut (about 0.08 in per bold 9-pt
    # character; the full ids are in the chart's CSV)
    for x, side, article, n in (
        (lay.left, "source", lay.source, len(lay.sources)),
        (lay.right, "derived", lay.derived, len(lay.derived_boxes)),
    ):
        count = layout.count_label(n, "sentence")
        room = max(10, int(lay.box / 0.08) - len(f"{side}  · {count}"))
        ax.text(
            x,
            lay.top,
            f"{side} {layout.snippet_line(article, room)} · {count}",
            ha="left",
            va="bottom",
            fontsize=9,
            fontweight="bold",
        )


def _alignment_legend(ax: Axes, lay: layout.AlignmentLayout) -> int:
    """The legend above the chart, for what it shows; returns its number of rows."""
    present = lay.classes
    handles: list = [
        Patch(facecolor=tint(COLORS[c]), edgecolor=COLORS[c], label=f"derived: {c}")
        for c in REUSE_CLASSES
        if c in present and c != "dropped"
    ]
    handles.append(Patch(facecolor=CARRIED, edgecolor="#999999", label="source: carried over"))
    if "dropped" in present:
        handles.append(
            Patch(
                facecolor=tint(COLORS["dropped"]),
                edgecolor=COLORS["dropped"],
                label="source: dropped",
            )
        )
    for c in ("kept", "paraphrased"):
        if c in present:
            handles.append(
                Line2D(
                    [],
                    [],
                    color=COLORS[c],
                    linewidth=1.5,
                    linestyle=LINK_STYLES[c],
                    label=f"{c} from",
                )
            )
    if lay.merged:
        handles.append(
            Line2D(
                [], [], color=MERGED, linewidth=0.9, linestyle=":", label="also carries (merged)"
            )
        )
    if lay.marked:
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
    return -(-len(handles) // ncols)


# --- framing by class of sentence --------------------------------------------------------------


def plot_reuse_classes(
    data: pd.DataFrame,
    *,
    measures: Sequence[str] = ("hedge", "threat", "conciliatory", "booster"),
    pair: tuple[str, str] | None = None,
    ylim: tuple[float, float] | None = None,
    level: float = 0.95,
    ax: Axes | None = None,
    title: str | None = None,
    note: str | None = None,
    **kwargs,
) -> Axes:
    """Grouped bars: for each framing measure, its rate per 1,000 words in the sentences a
    rewrite kept, paraphrased, added and dropped, with an error bar: the exact Poisson
    interval of the count at ``level`` (``layout.rate_interval``; it treats matches as
    independent, so it is too narrow where they cluster, and the note says so). Shows whether
    a rewrite's framing comes from what it carried or from what it added and left out.
    ``data`` is ``score_reuse_classes(alignment)``; the legend gives each class's sentences
    and words (the denominators) and its share of attributed sentences, and each bar its
    rate and count of matches. When the table holds several (source, derived) pairs,
    ``pair`` chooses one. ``ylim`` sets the y range, so that charts of several pairs shown
    together share one scale (``layout.reuse_classes_ylim`` computes it from their tables);
    by default the chart fits its own bars. ``kwargs`` go to ``Axes.bar``.
    """
    measures = list(measures)
    rates = [f"{m}_per_1k" for m in measures]
    common.check_table(
        data,
        ("source", "derived", "class", "sentences", "words", *measures, *rates),
        "plot_reuse_classes",
    )
    ax = common.axes_for(ax)
    if len(data) == 0:
        return common.blank(ax, title or "Framing by class of sentence")
    data = common.one_pair(data, "plot_reuse_classes", pair)
    source, derived = str(data["source"].iloc[0]), str(data["derived"].iloc[0])
    title = title or f"{derived} beside {source}: framing language by class of sentence"
    by_class = data.assign(**{"class": data["class"].astype(str)}).set_index("class")
    present = [c for c in REUSE_CLASSES if c in by_class.index]
    if not present:
        return common.blank(ax, title, "no kept, paraphrased, added or dropped rows")
    width = 0.8 / len(present)
    x0 = np.arange(len(measures))
    top = 0.0
    labels = []
    for k, c in enumerate(present):
        r = by_class.loc[c]
        vals = np.nan_to_num(np.array([float(r[m]) for m in rates]))
        counts = [int(r[m]) for m in measures]
        words = int(r["words"])
        bounds = np.array([layout.rate_interval(n, words, level=level) for n in counts]).reshape(
            -1, 2
        )
        lo, hi = bounds[:, 0], bounds[:, 1]
        top = max(top, float(np.nanmax(np.append(hi, vals))))
        xs = x0 - 0.4 + width * (k + 0.5)
        style = {
            "width": width * 0.92,
            "color": COLORS[c],
            "label": _class_label(c, r),
            "yerr": np.nan_to_num(np.vstack([vals - lo, hi - vals]).clip(min=0)),
            "error_kw": {"elinewidth": 0.8, "capsize": 1.8, "ecolor": "#333333"},
        }
        ax.bar(xs, vals, **(style | kwargs))
        for x, v, h, n in zip(xs, vals, hi, counts, strict=True):
            xy = (x, h if np.isfinite(h) else v)
            style = {"ha": "center", "va": "bottom", "fontsize": 6.5, "linespacing": 1.0}
            labels.append(
                common.mark_label(ax, f"{v:.1f}\n({n})", xy, (0, 2), gid="bar label", **style)
            )
    ax.set_xticks(x0, [FEATURE_LABELS.get(m, m) for m in measures])
    ax.set_ylim(*(ylim if ylim is not None else (0, max(top * 1.15, 1.0))))
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
    common.note_axes(
        ax,
        note,
        common.source_note(
            "bar: lexicon matches per 1,000 words of the class's sentences (rate and count "
            "above);\n"
            f"error bars: {level:.0%} exact Poisson intervals of the count (matches treated as "
            "independent: too narrow where they cluster);\n"
            "dropped = source sentences the rewrite left out"
        ),
    )
    return ax


def _class_label(cls: str, row: pd.Series) -> str:
    """A class's legend entry: its denominators and its share attributed to a source."""
    label = f"{cls}: {layout.count_label(int(row['sentences']), 'sentence')}, "
    label += layout.count_label(int(row["words"]), "word")
    if "attributed_share" in row.index and layout.filled(row["attributed_share"]):
        label += f"\n{float(row['attributed_share']):.0%} attributed to a source"
    return label


# --- the facts a rewrite changed ---------------------------------------------------------------

FACT_COLUMNS = ("source", "derived", "transformation", "before", "after")


def plot_fact_changes(
    data: pd.DataFrame,
    *,
    pair: tuple[str, str] | None = None,
    ax: Axes | None = None,
    title: str | None = None,
    note: str | None = None,
    **kwargs,
) -> Axes:
    """The facts a rewrite changed, one row each: where (source sentence → derived
    sentence) and what kind (the facts lexicon's category: timing, status, margin,
    pronoun, ...), the source's words and the rewrite's words in bold with the words around
    them. ``data`` is ``score_transformations(corpus, source, derived)`` (its
    ``fact_changed`` rows are drawn; the offsets place the context). When the table holds
    several (source, derived) pairs, ``pair`` chooses one. ``kwargs`` go to the row bands
    (``matplotlib.patches.Rectangle``); ``layout.fact_changes_figsize`` gives a figure with
    room for every row.
    """
    common.check_table(data, FACT_COLUMNS, "plot_fact_changes")
    ax = common.axes_for(ax)
    if len(data) == 0:
        return common.blank(ax, title or "Facts changed by the rewrite", "no transformations")
    data = common.one_pair(data, "plot_fact_changes", pair)
    source, derived = str(data["source"].iloc[0]), str(data["derived"].iloc[0])
    title = title or f"Facts {derived} changed from {source}: before and after"
    facts = data[data["transformation"] == "fact_changed"]
    if not len(facts):
        return common.blank(ax, title, "no fact changed")
    n = len(facts)
    cols = {"where": 0.0, "before": 0.2, "after": 0.6}
    for x, head in (
        (cols["where"], "sentence: source → rewrite\nkind of fact"),
        (cols["before"], f"in the source ({source}): before"),
        (cols["after"], f"in the rewrite ({derived}): after"),
    ):
        ax.text(x + 0.01, 0.15, head, ha="left", va="bottom", fontsize=8, fontweight="bold")
    for k, r in enumerate(facts.to_dict("records")):
        y = -k - 0.5
        band = {
            "facecolor": "#F4F4F4" if k % 2 == 0 else "white",
            "edgecolor": "none",
            "gid": "fact row",
        }
        ax.add_patch(Rectangle((0, y - 0.5), 1.0, 1.0, **(band | kwargs)))
        where = f"{r.get('source_sentence', '?')} → {r.get('derived_sentence', '?')}"
        ax.text(cols["where"] + 0.01, y + 0.12, where, ha="left", va="center", fontsize=8)
        ax.text(
            cols["where"] + 0.01,
            y - 0.2,
            str(r.get("category", "")),
            ha="left",
            va="center",
            fontsize=7,
            color="#555555",
        )
        for side, key, color in (
            ("before", "source_text", COLORS["dropped"]),
            ("after", "text", COLORS["added"]),
        ):
            words = str(r[side]) if layout.filled(r[side]) and str(r[side]) else "—"
            ax.text(
                cols[side] + 0.01,
                y + 0.15,
                words,
                ha="left",
                va="center",
                fontsize=9,
                fontweight="bold",
                color=color,
                gid=f"fact {side}",
            )
            context = layout.change_context(
                r.get(key, ""), r.get(f"{side}_start"), r.get(f"{side}_end"), max_chars=72
            )
            ax.text(
                cols[side] + 0.01,
                y - 0.2,
                context,
                ha="left",
                va="center",
                fontsize=7,
                color="#444444",
                gid=f"fact {side} context",
            )
    ax.set_xlim(0, 1)
    ax.set_ylim(-n - 0.05, 0.9)
    ax.axis("off")
    ax.set_title(title, loc="left")
    common.note_axes(
        ax,
        note,
        common.source_note(
            "fact changes found with the facts lexicon (days, numbers, timing, status, "
            "titles, pronouns);\nbold: the words that differ; grey: the words around them "
            "in each sentence"
        ),
    )
    return ax
