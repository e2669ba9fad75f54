"""The pure-number part of the charts: sizes, positions, wrapping and text snippets.

Nothing here draws or imports matplotlib: each function turns a tidy table or a count into
numbers and strings that ``framing.plots.outlets`` and ``framing.plots.reuse`` then draw, and
that ``framing.report`` uses to size its figures. Sizes are in inches.
"""

from __future__ import annotations

import math
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
    "box_height",
    "arcs_figsize",
    "cell_fontsize",
    "change_context",
    "count_label",
    "fact_changes_figsize",
    "filled",
    "first_seen",
    "reuse_figsize",
    "reuse_grid",
    "poisson_interval",
    "rate_interval",
    "reuse_classes_ylim",
    "reuse_row_label",
    "sentence_numbers",
    "snippet",
    "source_is_later",
    "text_lines",
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


def snippet(number: int, text: str, max_chars: int, max_lines: int | None = None) -> str:
    """A sentence box's text: its number, then the sentence wrapped onto lines of at most
    ``max_chars`` characters, whitespace collapsed; with ``max_lines``, at most that many
    lines, an ellipsis marking a cut (``max_lines=1`` gives the first ``max_chars``
    characters)."""
    text = " ".join(str(text).split())
    lines = textwrap.wrap(text, max(int(max_chars), 1), break_on_hyphens=False) or [""]
    if max_lines is not None and len(lines) > max_lines:
        lines = lines[: max(int(max_lines), 1)]
        last = lines[-1]
        if len(last) > max_chars - 1:
            last = last[: max(max_chars - 1, 1)].rstrip()
        lines[-1] = last + "…"
    pad = " " * (len(f"{number:>3}") + 2)
    return f"{number:>3}  " + f"\n{pad}".join(lines)


def text_lines(text: str) -> int:
    """Lines of a box's text."""
    return str(text).count("\n") + 1


def source_is_later(articles, source, derived) -> bool:
    """Whether the corpus's version of ``source`` was published after ``derived`` (so it is a
    later update of the story the derived article was made from), from the article table
    ``articles`` (``id`` and any of ``published``, ``timing``): by ``published`` where both
    parse to different times or days, else by ``timing`` when the source's starts with
    "after" and the derived article's with "before" (the seeds' convention). False when
    the table cannot tell."""
    if articles is None or not isinstance(articles, pd.DataFrame) or "id" not in articles:
        return False
    rows = articles.assign(id=articles["id"].astype(str)).drop_duplicates("id").set_index("id")
    src, der = str(source), str(derived)
    if src not in rows.index or der not in rows.index:
        return False
    if "published" in rows:
        when = pd.to_datetime(rows["published"], errors="coerce", utc=True, format="mixed")
        a, b = when.get(src), when.get(der)
        if filled(a) and filled(b) and a != b:
            return bool(a > b)
    if "timing" in rows:
        a, b = str(rows.at[src, "timing"]).lower(), str(rows.at[der, "timing"]).lower()
        return a.startswith("after") and b.startswith("before")
    return False


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
    width of a sentence box of lines of ``max_chars`` characters, the x of the source column
    (``left``) and of the derived column (``right``, after the gap the links cross), and where
    the transformation notes end (``end``)."""
    box = 0.25 + 0.052 * (max_chars + 5)
    gap = 1.5
    return {"box": box, "left": 0.0, "right": box + gap, "end": 2 * box + gap + 2.9}


def alignment_figsize(rows, *, max_chars: int = 60, max_lines: int | None = None):
    """A figure for ``plot_alignment``, so that its text keeps one size whatever the
    article's length: the width follows ``max_chars`` (characters per line), the height the
    sentences. ``rows`` is the alignment table (or its ``AlignmentLayout``): the height is
    that of the taller column of wrapped boxes; an int is a number of one-line rows."""
    if isinstance(rows, pd.DataFrame):
        rows = alignment_layout(rows, max_chars=max_chars, max_lines=max_lines)
    depth = rows.depth if isinstance(rows, AlignmentLayout) else ALIGNMENT_ROW * max(rows, 1)
    return (alignment_columns(max_chars)["end"] + 0.6, 2.2 + depth)


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


LINE = 0.118  #: inches per line of text in a sentence box (7-point type)
BOX_PAD = 0.07  #: inches of a box above and below its text
BOX_GAP = 0.07  #: inches between two boxes of a column


def box_height(lines: int) -> float:
    """Height in inches of a sentence box of ``lines`` lines (one line: ``ALIGNMENT_ROW``
    less the gap)."""
    return max(int(lines), 1) * LINE + 2 * BOX_PAD


@dataclass(frozen=True)
class SourceBox:
    """A source sentence of the alignment chart: number, y (centre), text (or what became
    of it), whether the rewrite dropped it, and the box's height."""

    number: int
    y: float
    text: str
    dropped: bool
    height: float = ALIGNMENT_ROW * 0.78


@dataclass(frozen=True)
class DerivedBox:
    """A derived sentence of the alignment chart: number, y (centre), class, text, the y of
    the source sentence it was made from (None when added), the ys of further source
    sentences it carries, its transformation names (empty when none), the box's height and
    its changed facts as words ("claimed → annexed")."""

    number: int
    y: float
    cls: str
    text: str
    source_y: float | None
    also_from_y: tuple[float, ...]
    transformations: str
    height: float = ALIGNMENT_ROW * 0.78
    facts: str = ""


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
    def depth(self) -> float:
        """Inches from the top of the first box to the bottom of the lowest one."""
        bottoms = [b.y - b.height / 2 for b in (*self.sources, *self.derived_boxes)]
        return -min(bottoms) if bottoms else self.row

    @property
    def top(self) -> float:
        """y of the column headings."""
        return self.row * 0.4

    @property
    def marked(self) -> list[DerivedBox]:
        """The derived sentences with transformations."""
        return [d for d in self.derived_boxes if d.transformations]

    def ylim(self) -> tuple[float, float]:
        """The y range that shows every box and the headings."""
        return (-self.depth - 0.05, self.top + 0.3)


def _stack(heights: list[float]) -> list[float]:
    """Centres of boxes of ``heights`` stacked top to bottom from y = 0, ``BOX_GAP`` apart."""
    ys, at = [], 0.0
    for h in heights:
        ys.append(at - h / 2)
        at -= h + BOX_GAP
    return ys


def alignment_layout(
    data: pd.DataFrame, *, max_chars: int = 60, max_lines: int | None = None
) -> AlignmentLayout:
    """The boxes of one (source, derived) pair's ``score_alignment`` table, top to bottom in
    sentence order, each sentence wrapped onto lines of ``max_chars`` characters (all of it,
    or at most ``max_lines`` lines) and its box as tall as its lines. A source sentence that
    only a merged sentence carries (``also_from``) gets a box saying where it went."""
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
    numbers = sorted(src_class)
    texts = []
    for s in numbers:
        text = src_text.get(s)
        if text is None:
            text = f"(merged into {merged_into[s]})" if s in merged_into else ""
        texts.append(snippet(s, text, max_chars, max_lines))
    heights = [box_height(text_lines(t)) for t in texts]
    y_src = dict(zip(numbers, _stack(heights), strict=True))
    sources = [
        SourceBox(s, y_src[s], t, src_class[s] == "dropped", h)
        for s, t, h in zip(numbers, texts, heights, strict=True)
    ]
    records = der.to_dict("records")
    d_texts = [
        snippet(int(r["derived_sentence"]), r["text"], max_chars, max_lines) for r in records
    ]
    d_heights = [box_height(text_lines(t)) for t in d_texts]
    derived = []
    for r, y, text, h in zip(records, _stack(d_heights), d_texts, d_heights, strict=True):
        linked = filled(r["source_sentence"])
        names = r["transformations"]
        names = str(names) if filled(names) and str(names).strip() else ""
        facts = r.get("facts", "")
        derived.append(
            DerivedBox(
                number=int(r["derived_sentence"]),
                y=y,
                cls=str(r["class"]),
                text=text,
                source_y=y_src[int(r["source_sentence"])] if linked else None,
                also_from_y=tuple(y_src[s] for s in sentence_numbers(r["also_from"]))
                if linked
                else (),
                transformations=names,
                height=h,
                facts=str(facts) if filled(facts) else "",
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


def transformation_note(names: str, width: int = 44, facts: str = "") -> str:
    """``"fact_changed; hedge_added"`` → ``"fact changed, hedge added"``, wrapped; with
    ``facts`` (the alignment's ``facts`` cell, "claimed → annexed"), the fact change says
    which fact: ``"fact changed: claimed → annexed, hedge added"``."""
    parts = []
    for x in (x.strip() for x in names.split(";")):
        if not x:
            continue
        text = x.replace("_", " ")
        if x == "fact_changed" and str(facts).strip():
            text += ": " + ", ".join(f.strip() for f in str(facts).split(";") if f.strip())
        parts.append(text)
    return "\n".join(textwrap.wrap(", ".join(parts), width))


# --- framing by class of sentence --------------------------------------------------------------


def _poisson_cdf(k: int, lam: float) -> float:
    """P(X <= k) for X ~ Poisson(lam)."""
    if lam <= 0:
        return 1.0
    return float(sum(math.exp(i * math.log(lam) - lam - math.lgamma(i + 1)) for i in range(k + 1)))


def poisson_interval(count: int, level: float = 0.95) -> tuple[float, float]:
    """The exact (Garwood) interval of a Poisson mean at ``level`` from one observed
    ``count``: the means under which ``count`` or a more extreme count has probability
    (1 - level) / 2. Found by bisection, without scipy.

    >>> [round(x, 3) for x in poisson_interval(0)]
    [0.0, 3.689]
    """
    count = int(count)
    if count < 0:
        raise ValueError(f"poisson_interval needs a count of 0 or more, got {count}")
    alpha = (1.0 - level) / 2.0

    def solve(f, lo: float, hi: float) -> float:
        for _ in range(200):
            mid = (lo + hi) / 2.0
            lo, hi = (mid, hi) if f(mid) > 0 else (lo, mid)
        return (lo + hi) / 2.0

    top = max(10.0, 4.0 * count + 20.0)
    upper = solve(lambda lam: _poisson_cdf(count, lam) - alpha, 0.0, top)
    lower = (
        0.0
        if count == 0
        else solve(lambda lam: alpha - (1 - _poisson_cdf(count - 1, lam)), 0.0, top)
    )
    return (lower, upper)


def rate_interval(count: int, words: int, *, per: float = 1000.0, level: float = 0.95):
    """The exact Poisson interval of ``count`` matches per ``per`` words in ``words`` words
    (NaN when there are no words). It treats the matches as independent, so it is too narrow
    where matches cluster in a few sentences."""
    if not words:
        return (float("nan"), float("nan"))
    lo, hi = poisson_interval(count, level)
    return (lo / words * per, hi / words * per)


def reuse_classes_ylim(
    tables, *, measures=("hedge", "threat", "conciliatory", "booster"), level: float = 0.95
) -> tuple[float, float]:
    """One y range for several ``score_reuse_classes`` tables drawn side by side (pass it as
    ``plot_reuse_classes(..., ylim=...)`` to each): room for the highest bar or interval of
    any of them, and its label."""
    top = 0.0
    for t in tables:
        for r in t.to_dict("records"):
            for m in measures:
                words = int(r["words"]) if filled(r["words"]) else 0
                rate = float(r[f"{m}_per_1k"]) if words else 0.0
                hi = rate_interval(int(r[m]), words, level=level)[1] if words else 0.0
                top = max(top, rate, hi)
    return (0.0, max(top * 1.15, 1.0))


# --- fact changes ------------------------------------------------------------------------------


def change_context(text, start, end, *, words: int = 6, max_chars: int = 70) -> str:
    """The words of ``text`` around the span ``start``–``end`` (character offsets): up to
    ``words`` words either side, fewer until the line fits ``max_chars`` characters (the span
    itself is never cut), an ellipsis where the sentence goes on. The sentence's start when
    the span is missing (a change with no words on this side)."""
    text = str(text) if filled(text) else ""
    if not filled(start) or not filled(end):
        return snippet_line(text, max_chars)
    start, end = int(start), int(end)
    before, after, span = text[:start].split(), text[end:].split(), text[start:end]
    out = span
    for k in range(max(int(words), 0), -1, -1):
        pre = ("… " if len(before) > k else "") + " ".join(
            before[max(len(before) - k, 0) :] if k else []
        )
        post = " ".join(after[:k]) + (" …" if len(after) > k else "")
        out = " ".join(x for x in (pre.strip(), span, post.strip()) if x)
        if len(out) <= max_chars:
            break
    return out


def snippet_line(text: str, max_chars: int) -> str:
    """``text`` on one line, cut to ``max_chars`` characters with an ellipsis."""
    text = " ".join(str(text).split())
    return text if len(text) <= max_chars else text[: max_chars - 1].rstrip() + "…"


def fact_changes_figsize(n_changes: int) -> tuple[float, float]:
    """A figure for ``plot_fact_changes``: a row of 0.62 inches per change."""
    return (11.0, 1.6 + 0.62 * max(n_changes, 1))
