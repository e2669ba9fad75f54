"""The pure-number part of the charts: sizes, positions, wrapping and text snippets.

Nothing here draws or imports matplotlib: each function turns a tidy table or a count into
numbers and strings that ``framing.plots.outlets`` and ``framing.plots.reuse`` then draw, and
that ``framing.report`` uses to size its figures. Sizes are in inches.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

__all__ = [
    "ALIGNMENT_ROW",
    "AlignmentLayout",
    "DerivedBox",
    "ReuseGrid",
    "SourceBox",
    "actors_figsize",
    "alignment_columns",
    "alignment_figsize",
    "alignment_layout",
    "arcs_figsize",
    "cell_fontsize",
    "count_label",
    "filled",
    "first_seen",
    "reuse_figsize",
    "reuse_grid",
    "reuse_row_label",
    "sentence_numbers",
    "snippet",
    "transformation_note",
    "wrap_label",
]

WRAP = 24  #: characters per line of a wrapped outlet label
ALIGNMENT_ROW = 0.27  #: inches per sentence row of ``plot_alignment``


def wrap_label(label, width: int = WRAP) -> str:
    """``label`` wrapped onto lines of at most ``width`` characters (unchanged when empty)."""
    return "\n".join(textwrap.wrap(str(label), width)) or str(label)


def first_seen(values) -> list:
    """The distinct values in order of first appearance (table order, not sorted)."""
    return list(dict.fromkeys(values))


def filled(value) -> bool:
    """Not None, NaN or NA."""
    return value is not None and not (np.ndim(value) == 0 and pd.isna(value))


def count_label(n: int, word: str) -> str:
    """``1 sentence``, ``2 sentences``, ``1,024 words``."""
    return f"{n:,} {word}" if n == 1 else f"{n:,} {word}s"


def sentence_numbers(value) -> list[int]:
    """Sentence numbers of an ``also_from`` cell ("3; 7" → [3, 7]; empty → [])."""
    if not filled(value):
        return []
    return [int(x) for x in str(value).replace(",", ";").split(";") if x.strip()]


def snippet(number: int, text: str, max_chars: int) -> str:
    """A sentence box's text: its number, then its first ``max_chars`` characters (an
    ellipsis marks a cut), whitespace collapsed."""
    text = " ".join(str(text).split())
    if len(text) > max_chars:
        text = text[: max(max_chars - 1, 1)].rstrip() + "…"
    return f"{number:>3}  {text}"


# --- figure sizes ------------------------------------------------------------------------------


def actors_figsize(n_actors: int) -> tuple[float, float]:
    """A figure for ``plot_actors``: a panel of 3.4 inches per actor and room for the legend."""
    return (3.4 * max(n_actors, 1) + 3.5, 5.5)


def arcs_figsize(n_articles: int, n_flags: int) -> tuple[float, float]:
    """A figure for ``plot_arcs``: one strip per article, a row per flag and one for all
    sentences."""
    return (9, 1.1 + 0.32 * (n_flags + 1) * n_articles)


def reuse_figsize(n_articles: int) -> tuple[float, float]:
    """A figure for ``plot_reuse`` with square cells for ``n_articles`` articles and room for
    the row labels and the colour bar."""
    return (max(6.5, 1.05 * n_articles + 4.2), max(4.8, 0.8 * n_articles + 2.6))


def cell_fontsize(n_articles: int) -> float:
    """Font size of the reuse matrix's cell annotations: smaller as the matrix grows."""
    return 8 if n_articles <= 8 else 6.5 if n_articles <= 14 else 5


def alignment_columns(max_chars: int) -> dict[str, float]:
    """Horizontal layout of ``plot_alignment`` in inches (data units of its x axis): the
    width of a sentence box showing ``max_chars`` characters, the x of the source column
    (``left``) and of the derived column (``right``, after the gap the links cross), and where
    the transformation notes end (``end``)."""
    box = 0.25 + 0.052 * (max_chars + 5)
    gap = 1.7
    return {"box": box, "left": 0.0, "right": box + gap, "end": 2 * box + gap + 2.6}


def alignment_figsize(n_rows: int, *, max_chars: int = 48) -> tuple[float, float]:
    """A figure for ``plot_alignment``: its width follows the boxes' ``max_chars``, its height
    the ``n_rows`` sentences of the longer column, so that text keeps one size whatever the
    article's length."""
    return (alignment_columns(max_chars)["end"] + 0.6, 1.9 + ALIGNMENT_ROW * max(n_rows, 1))


# --- reuse matrix ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReuseGrid:
    """The numbers of the reuse matrix: article ids in row (and column) order, each id's
    outlet and number of sentences, and the share and count of row sentences aligned with
    the column article (the diagonal is zero)."""

    ids: list[str]
    outlets: dict[str, str]
    sizes: dict[str, int]
    share: np.ndarray
    matched: np.ndarray

    def index(self, article) -> int:
        """The row (and column) of an article id."""
        return self.ids.index(str(article))


def reuse_grid(pairs: pd.DataFrame, articles=None) -> ReuseGrid:
    """``score_reuse`` pairs as a square matrix. ``articles`` (ids, or a mapping id → outlet)
    sets the order and adds articles that share nothing; ids of ``pairs`` not listed follow,
    sorted."""
    outlets: dict[str, str] = {}
    sizes: dict[str, int] = {}
    for r in pairs.itertuples(index=False):
        for side in ("a", "b"):
            aid = str(getattr(r, side))
            sizes[aid] = int(getattr(r, f"sentences_{side}"))
            outlet = getattr(r, f"outlet_{side}", None)
            if filled(outlet):
                outlets.setdefault(aid, str(outlet))
    if isinstance(articles, dict):
        for aid, outlet in articles.items():
            if filled(outlet):
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
    return ReuseGrid(ids, outlets, sizes, share, matched)


def reuse_row_label(article: str, outlet: str) -> str:
    """A matrix row's label: ``id · outlet`` (the outlet wrapped), or the id alone."""
    return f"{article} · {wrap_label(outlet, 26)}" if outlet and outlet != article else article


# --- alignment ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class SourceBox:
    """A source sentence of the alignment chart: number, y, text (or what became of it) and
    whether the rewrite dropped it."""

    number: int
    y: float
    text: str
    dropped: bool


@dataclass(frozen=True)
class DerivedBox:
    """A derived sentence of the alignment chart: number, y, class, text, the y of the source
    sentence it was made from (None when added), the ys of further source sentences it
    carries, and its transformation names (empty when none)."""

    number: int
    y: float
    cls: str
    text: str
    source_y: float | None
    also_from_y: tuple[float, ...]
    transformations: str


@dataclass(frozen=True)
class AlignmentLayout:
    """Where everything of one ``plot_alignment`` chart goes, in inches."""

    source: str
    derived: str
    sources: list[SourceBox]
    derived_boxes: list[DerivedBox]
    box: float
    left: float
    right: float
    end: float
    row: float = ALIGNMENT_ROW
    classes: frozenset = field(default_factory=frozenset)
    merged: bool = False

    @property
    def n(self) -> int:
        """Rows of the longer column (at least 1)."""
        return max(len(self.sources), len(self.derived_boxes), 1)

    @property
    def height(self) -> float:
        """Height of a sentence box."""
        return self.row * 0.78

    @property
    def top(self) -> float:
        """y of the column headings."""
        return self.row * 0.9

    @property
    def marked(self) -> list[DerivedBox]:
        """The derived sentences with transformations."""
        return [d for d in self.derived_boxes if d.transformations]

    def ylim(self) -> tuple[float, float]:
        """The y range that shows every box and the headings."""
        return (-(self.n - 1) * self.row - self.height / 2 - 0.05, self.top + 0.3)


def alignment_layout(data: pd.DataFrame, *, max_chars: int = 48) -> AlignmentLayout:
    """The boxes of one (source, derived) pair's ``score_alignment`` table, top to bottom in
    sentence order. A source sentence that only a merged sentence carries (``also_from``) gets
    a box saying where it went."""
    is_dropped = data["class"] == "dropped"
    der, dropped = data[~is_dropped], data[is_dropped]
    src_text: dict[int, str] = {}
    src_class: dict[int, str] = {}
    merged_into: dict[int, int] = {}
    for r in dropped.to_dict("records"):
        src_text[int(r["source_sentence"])] = str(r["text"])
        src_class[int(r["source_sentence"])] = "dropped"
    for r in der.to_dict("records"):
        if filled(r["source_sentence"]):
            s = int(r["source_sentence"])
            if filled(r["source_text"]) and r["source_text"] and s not in src_text:
                src_text[s] = str(r["source_text"])
            src_class.setdefault(s, "carried")
        for s in sentence_numbers(r["also_from"]):
            src_class.setdefault(s, "carried")
            merged_into.setdefault(s, int(r["derived_sentence"]))
    row = ALIGNMENT_ROW
    y_src = {s: -k * row for k, s in enumerate(sorted(src_class))}
    sources = []
    for s, y in y_src.items():
        text = src_text.get(s)
        if text is None:
            text = f"(merged into {merged_into[s]})" if s in merged_into else ""
        sources.append(SourceBox(s, y, snippet(s, text, max_chars), src_class[s] == "dropped"))
    derived = []
    for k, r in enumerate(der.to_dict("records")):
        d = int(r["derived_sentence"])
        linked = filled(r["source_sentence"])
        names = r["transformations"]
        names = str(names) if filled(names) and str(names).strip() else ""
        derived.append(
            DerivedBox(
                number=d,
                y=-k * row,
                cls=str(r["class"]),
                text=snippet(d, r["text"], max_chars),
                source_y=y_src[int(r["source_sentence"])] if linked else None,
                also_from_y=tuple(y_src[s] for s in sentence_numbers(r["also_from"]))
                if linked
                else (),
                transformations=names,
            )
        )
    cols = alignment_columns(max_chars)
    return AlignmentLayout(
        source=str(data["source"].iloc[0]),
        derived=str(data["derived"].iloc[0]),
        sources=sources,
        derived_boxes=derived,
        box=cols["box"],
        left=cols["left"],
        right=cols["right"],
        end=cols["end"],
        classes=frozenset(data["class"]),
        merged=any(sentence_numbers(x) for x in der["also_from"]),
    )


def transformation_note(names: str, width: int = 44) -> str:
    """``"fact_changed; hedge_added"`` → ``"fact changed, hedge added"``, wrapped."""
    names = ", ".join(x.strip().replace("_", " ") for x in names.split(";") if x.strip())
    return "\n".join(textwrap.wrap(names, width))
