"""Alignment: how similar two sentences are, which source sentence each derived sentence comes
from, and whether it was kept, paraphrased or added (and which source sentences were dropped).

Two sentences are scored by the IDF-weighted Dice overlap of their concepts (``similarity``);
pairs at or above ``PARAPHRASED`` align, and an aligned pair whose own words (outside
quotation marks, function words included, in any order) also overlap at or above ``KEPT``
(``surface``) is near-verbatim. A derived sentence that merges two source sentences carries
the second too when it contains most of its content (``CONTAINED``).
"""

from __future__ import annotations

import difflib
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import NamedTuple

from ..constants import ReuseClass
from .profiles import ProfileTable

KEPT = 0.8  # surface (word overlap) of a near-verbatim sentence: a word or two changed
PARAPHRASED = 0.3  # content similarity of two sentences that carry the same proposition
CONTAINED = 0.6  # share of a source sentence's content inside a derived one (a merge)


def check_thresholds(*, paraphrased: float, kept: float) -> None:
    """Raise ``ValueError`` unless both similarity thresholds are in (0, 1]."""
    if not (0 < paraphrased <= 1 and 0 < kept <= 1):
        raise ValueError(f"thresholds must be in (0, 1]: paraphrased={paraphrased}, kept={kept}")


# --- similarity ----------------------------------------------------------------------------


def similarity(t: ProfileTable, i: int, j: int) -> float:
    """IDF-weighted Dice overlap of two sentences' concepts (0 to 1)."""
    total = t.mass[i] + t.mass[j]
    if not total:
        return 0.0
    return 2 * t.weight(t.profiles[i].concepts & t.profiles[j].concepts) / total


def contained(t: ProfileTable, i: int, j: int) -> float:
    """Share of sentence ``i``'s content weight found in sentence ``j``."""
    if not t.mass[i]:
        return 0.0
    return t.weight(t.profiles[i].concepts & t.profiles[j].concepts) / t.mass[i]


def surface(t: ProfileTable, i: int, j: int) -> float:
    """Dice overlap of the two sentences' own words (outside quotation marks, unless either
    has fewer than three), function words included: near 1 for a copy, however its clauses
    are ordered; lowered by every reworded phrase."""
    pi, pj = t.profiles[i], t.profiles[j]
    use_own = len(pi.own) >= 3 and len(pj.own) >= 3
    a = Counter(pi.own if use_own else pi.surface)
    b = Counter(pj.own if use_own else pj.surface)
    total = sum(a.values()) + sum(b.values())
    return 2 * sum((a & b).values()) / total if total else 0.0


def shared_concepts(t: ProfileTable, i: int, j: int, *, top: int = 8) -> str:
    """The shared concepts, heaviest first, joined by ", ": the evidence for a similarity."""
    both = t.profiles[i].concepts & t.profiles[j].concepts
    ranked = sorted(both, key=lambda c: (-t.idf[c], c))[:top]
    return ", ".join(ranked)


def pair_similarities(t: ProfileTable, a: str, b: str) -> dict[tuple[int, int], float]:
    """Similarity of every sentence of article ``a`` (first in each key) with every sentence
    of ``b`` that shares a concept with it (the rest are 0), from an inverted index of b."""
    idf, mass = t.idf, t.mass
    postings: dict[str, list[int]] = defaultdict(list)
    for j in t.rows_of[b]:
        for c in t.ordered[j]:
            postings[c].append(j)
    out = {}
    for i in t.rows_of[a]:
        shared: dict[int, float] = defaultdict(float)
        for c in t.ordered[i]:
            w = idf[c]
            for j in postings.get(c, ()):
                shared[j] += w
        for j in sorted(shared):
            out[(i, j)] = 2 * shared[j] / (mass[i] + mass[j])
    return out


# --- alignment -----------------------------------------------------------------------------


class Hit(NamedTuple):
    """The source sentence row a derived sentence aligns with best, and their similarity."""

    source: int
    similarity: float


@dataclass(frozen=True)
class Alignment:
    """One derived article against its source, by sentence rows of a ``ProfileTable``.

    ``best`` maps each aligned derived row to its ``Hit``; ``carried`` maps each source row
    that some derived sentence carries to that derived row (its best match, or a merge)."""

    source: str
    derived: str
    best: dict[int, Hit]
    carried: dict[int, int]

    def merged(self) -> dict[int, list[int]]:
        """Derived row -> the further source rows it carries besides its best match."""
        out: dict[int, list[int]] = defaultdict(list)
        for s, d in self.carried.items():
            if self.best[d].source != s:
                out[d].append(s)
        return out

    def made_from(self) -> dict[int, list[int]]:
        """Source row -> the derived rows whose best match it is (two or more: a split)."""
        out: dict[int, list[int]] = defaultdict(list)
        for d, hit in self.best.items():
            out[hit.source].append(d)
        return out


def align(
    t: ProfileTable,
    sims: dict[tuple[int, int], float],
    *,
    source: str,
    derived: str,
    derived_first: bool,
    paraphrased: float = PARAPHRASED,
) -> Alignment:
    """Each derived sentence's best source sentence, and which source sentences are carried.

    ``sims`` is ``pair_similarities`` of the two articles, the derived article's sentence
    first in each key when ``derived_first``. Ties go to the earlier source sentence."""
    pairs = [(i, j, v) if derived_first else (j, i, v) for (i, j), v in sims.items()]
    best: dict[int, Hit] = {}
    for d, s, sim in pairs:
        if sim >= paraphrased:
            old = best.get(d)
            if old is None or (sim, -s) > (old.similarity, -old.source):
                best[d] = Hit(s, sim)
    carried: dict[int, int] = {}
    for d in sorted(best):
        carried.setdefault(best[d].source, d)
    # a derived sentence that merges two source sentences carries the second one too: most of
    # that sentence's content is in it, though their overall similarity is diluted by the first
    for d, s, sim in pairs:
        if s not in carried and d in best and sim >= paraphrased * 0.5:
            if contained(t, s, d) >= CONTAINED:
                carried[s] = d
    return Alignment(source, derived, best, carried)


def sentence_class(surface_overlap: float, *, kept: float = KEPT) -> ReuseClass:
    """An aligned sentence is kept when its words overlap at ``kept`` or more, else
    paraphrased."""
    return "kept" if surface_overlap >= kept else "paraphrased"


def classes(t: ProfileTable, alignment: Alignment, *, kept: float = KEPT) -> list[ReuseClass]:
    """The class of every derived sentence, then 'dropped' for each uncarried source one."""
    out: list[ReuseClass] = []
    for d in t.rows_of[alignment.derived]:
        hit = alignment.best.get(d)
        if hit is None:
            out.append("added")
        else:
            out.append(sentence_class(surface(t, d, hit.source), kept=kept))
    out += ["dropped" for s in t.rows_of[alignment.source] if s not in alignment.carried]
    return out


def edits(t: ProfileTable, s: int, d: int, *, limit: int = 6) -> str:
    """Word replacements, insertions and deletions from source sentence ``s`` to derived
    sentence ``d`` ("is expected to → will"), joined by "; "; runs longer than ``limit``
    words are left out (they are rewording, not edits)."""
    a, b = t.profiles[s].surface, t.profiles[d].surface
    ta, tb = t.text(s), t.text(d)
    sa, sb = t.profiles[s].spans, t.profiles[d].spans
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal" or i2 - i1 > limit or j2 - j1 > limit:
            continue
        before = ta[sa[i1][0] : sa[i2 - 1][1]] if i2 > i1 else ""
        after = tb[sb[j1][0] : sb[j2 - 1][1]] if j2 > j1 else ""
        out.append(f"{before or '∅'} → {after or '∅'}")
    return "; ".join(out)
