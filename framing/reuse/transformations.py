"""Transformations: what changed between an aligned source sentence and the derived sentence
made from it, each with the words and offsets that show it.

The change finders compare attribution, quotation, the framing features (hedge, booster,
threat, conciliatory: ``<feature>_added`` / ``<feature>_removed``) and facts
(``data/facts.csv``: days, numbers, timing, status, titles, pronouns: ``fact_changed``).
Splits and merges are considered: something counts as removed only when none of the derived
sentences made from a source sentence has it, and as added only when none of the source
sentences behind a derived sentence had it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from functools import cache
from typing import NamedTuple

import pandas as pd

from ..constants import ATTRIBUTION_LABELS, FEATURES, AttributionLabel
from ..lexicons import Matcher, norm_token, shipped_lexicon
from ..tokens import words
from .alignment import Alignment
from .profiles import ProfileTable, settings

#: Attribution labels that name or describe a source (all but ``unattributed``).
ATTRIBUTED: tuple[AttributionLabel, ...] = tuple(
    x for x in ATTRIBUTION_LABELS if x != "unattributed"
)


class Evidence(NamedTuple):
    """Words of a sentence as written, with their offsets in it (None when not known)."""

    words: str
    start: int | None
    end: int | None


class Found(NamedTuple):
    """One lexicon match in a sentence: feature, category, words as written, offsets, term."""

    feature: str
    category: str
    words: str
    start: int
    end: int
    term: str

    def evidence(self) -> Evidence:
        """The match's words and offsets."""
        return Evidence(self.words, self.start, self.end)


class Change(NamedTuple):
    """One transformation from source sentence row ``source_row`` to derived sentence row
    ``derived_row``: its name ("hedge_added"), category, and the source's words (``before``)
    and the derived sentence's words (``after``) that show it."""

    source_row: int
    derived_row: int
    transformation: str
    category: str
    before: Evidence | None
    after: Evidence | None


@cache
def facts_matcher() -> Matcher:
    """The matcher of the shipped facts lexicon (``data/facts.csv``)."""
    return Matcher([shipped_lexicon("facts", "facts")])


def find_matches(matcher: Matcher, text: str) -> list[Found]:
    """Every match of ``matcher`` in one sentence, with the words as written and offsets."""
    ws = words(text)
    norms = [norm_token(w) for w, _, _ in ws]
    out = []
    for m in matcher.find(None, norms, text):
        start, end = ws[m.first][1], ws[m.last][2]
        out.append(Found(m.feature, m.entry.category, text[start:end], start, end, m.entry.term))
    return out


class SentenceChange(NamedTuple):
    """One change between two aligned sentences: its name ("hedge_added"), category, and the
    source's words (``before``) and the derived sentence's words (``after``) that show it."""

    name: str
    category: str
    before: Evidence | None
    after: Evidence | None


def sentence_changes(
    t: ProfileTable, s: int, d: int, matcher: Matcher, *, more_s: list[int], more_d: list[int]
) -> list[SentenceChange]:
    """What changed between source sentence ``s`` and derived sentence ``d``.

    ``more_s`` are further source sentences merged into ``d``; ``more_d`` further derived
    sentences made from ``s`` (a split). Something counts as removed only when none of the
    derived sentences made from ``s`` has it, and as added only when none of the source
    sentences behind ``d`` had it."""
    src, der = t.sents.iloc[s], t.sents.iloc[d]
    srcs = [src] + [t.sents.iloc[x] for x in more_s]
    ders = [der] + [t.sents.iloc[x] for x in more_d]
    out: list[SentenceChange] = []

    def add(name, category="", before=None, after=None):
        out.append(SentenceChange(name, category, before, after))

    found: dict[int, list[Found]] = {}
    for r in srcs + ders:
        if r.name not in found:
            found[r.name] = find_matches(matcher, r["text"])
    for feature in FEATURES:
        if feature not in matcher.features:
            continue
        ms = [m for m in found[src.name] if m.feature == feature]
        md = [m for m in found[der.name] if m.feature == feature]
        all_s = [m for r in srcs for m in found[r.name] if m.feature == feature]
        all_d = [m for r in ders for m in found[r.name] if m.feature == feature]
        if len(all_d) < len(ms):
            for m in _unmatched(ms, all_d):
                add(f"{feature}_removed", m.category, before=m.evidence())
        if len(md) > len(all_s):
            for m in _unmatched(md, all_s):
                add(f"{feature}_added", m.category, after=m.evidence())

    attributed_s = [r for r in srcs if r["attribution"] in ATTRIBUTED]
    attributed_d = [r for r in ders if r["attribution"] in ATTRIBUTED]
    if src["attribution"] in ATTRIBUTED and not attributed_d:
        add("attribution_removed", src["attribution"], before=_cue(src))
    elif der["attribution"] in ATTRIBUTED and not attributed_s:
        add("attribution_added", der["attribution"], after=_cue(der))
    elif src["attribution"] == "named" and all(r["attribution"] == "anonymous" for r in ders):
        add("source_anonymised", "", before=_cue(src), after=_cue(der))

    if bool(der["quote"]) and not any(bool(r["quote"]) for r in srcs):
        for q in _quotes(der):
            add("quote_added", "", after=q)
    elif bool(src["quote"]) and not any(bool(r["quote"]) for r in ders):
        for q in _quotes(src):
            add("quote_removed", "", before=q)

    out += fact_changes(t, s, d)
    return out


def _unmatched(these: list[Found], those: list[Found]) -> list[Found]:
    """Matches in ``these`` whose words do not occur among the matches in ``those``."""
    left = Counter(m.words.lower() for m in those)
    out = []
    for m in these:
        key = m.words.lower()
        if left[key]:
            left[key] -= 1
        else:
            out.append(m)
    return out or these[len(those) :]


def _cue(r: Mapping) -> Evidence | None:
    """The attribution's source words (or cue) as evidence, with sentence offsets."""
    for start_col, end_col in (("source_start", "source_end"), ("cue_start", "cue_end")):
        start = r.get(start_col)
        if start is not None and not pd.isna(start):
            a, b = int(start) - int(r["start"]), int(r[end_col]) - int(r["start"])
            return Evidence(r["text"][a:b], a, b)
    return None


def _quotes(r: Mapping) -> list[Evidence]:
    out = []
    for a, b in r.get("quote_spans") or ():
        a, b = a - int(r["start"]), b - int(r["start"])
        if 0 <= a < b <= len(r["text"]):
            out.append(Evidence(r["text"][a:b], a, b))
    return out


_GENDER = {"pronoun he": "he", "pronoun she": "she"}


def fact_changes(t: ProfileTable, s: int, d: int) -> list[SentenceChange]:
    """Facts (days, numbers, timing, status, titles, pronouns) that differ between source
    sentence ``s`` and derived sentence ``d``: a substitution, not a detail left out or
    added. A pronoun is checked against the source sentence and its neighbours, where the
    person it stands for is usually named."""
    facts = facts_matcher()
    fs, fd = find_matches(facts, t.text(s)), find_matches(facts, t.text(d))
    out = []
    cats_s: dict[str, list[Found]] = defaultdict(list)
    cats_d: dict[str, list[Found]] = defaultdict(list)
    for m in fs:
        cats_s[m.category].append(m)
    for m in fd:
        cats_d[m.category].append(m)
    for cat in sorted(set(cats_s) & set(cats_d) - set(_GENDER)):
        before = {_fact_key(m) for m in cats_s[cat]}
        after = {_fact_key(m) for m in cats_d[cat]}
        gone = [m for m in cats_s[cat] if _fact_key(m) not in after]
        new = [m for m in cats_d[cat] if _fact_key(m) not in before]
        if gone and new:
            out.append(SentenceChange("fact_changed", cat, gone[0].evidence(), new[0].evidence()))
    genders_d = {_GENDER[m.category] for m in fd if m.category in _GENDER}
    if len(genders_d) == 1:
        rows = t.rows_of[t.ids[s]]
        k = rows.index(s)
        context: list[tuple[int, Found]] = []
        for x in rows[max(0, k - 1) : k + 2]:
            context += [(x, m) for m in find_matches(facts, t.text(x)) if m.category in _GENDER]
        genders_s = {_GENDER[m.category] for _, m in context}
        if len(genders_s) == 1 and genders_s != genders_d:
            here = [m for x, m in context if x == s]
            # named in a neighbour only: its words, without offsets in this sentence
            before = here[0].evidence() if here else Evidence(context[0][1].words, None, None)
            after = next(m for m in fd if m.category in _GENDER)
            out.append(SentenceChange("fact_changed", "pronoun", before, after.evidence()))
    return out


def _fact_key(m: Found) -> str:
    """Facts compare by lexicon entry ("recogni*"), numbers by their digits."""
    return m.term if m.term != "<num>" else m.words.lower()


def alignment_changes(t: ProfileTable, alignment: Alignment, matcher: Matcher) -> list[Change]:
    """Transformations of every aligned derived sentence, in derived order, splits and merges
    considered: a source sentence split in two loses something once, in the derived
    sentence that carries the words around it."""
    made_from = alignment.made_from()
    merged = alignment.merged()
    out = []
    for d in t.rows_of[alignment.derived]:
        if d not in alignment.best:
            continue
        s = alignment.best[d].source
        more_d = [x for x in made_from[s] if x != d]
        found = sentence_changes(t, s, d, matcher, more_s=sorted(merged[d]), more_d=sorted(more_d))
        for name, category, before, after in found:
            if more_d and name.endswith("_removed"):
                if _owner(t, s, made_from[s], before, alignment) != d:
                    continue
            out.append(Change(s, d, name, category, before, after))
    return out


def _owner(
    t: ProfileTable,
    s: int,
    derived: list[int],
    span: Evidence | None,
    alignment: Alignment,
    window: int = 6,
) -> int:
    """Which of the derived sentences made from ``s`` carries the words around a span of it."""
    spans = t.profiles[s].spans
    if span is None or span.start is None:
        near = set(t.profiles[s].surface)
    else:
        start, end = span.start, span.end
        idx = [k for k, (a, b) in enumerate(spans) if a < end and b > start] or [0]
        lo, hi = max(0, idx[0] - window), idx[-1] + window + 1
        near = set(t.profiles[s].surface[lo:hi]) - settings()["stopwords"]
    return max(
        derived,
        key=lambda x: (len(near & set(t.profiles[x].surface)), alignment.best[x].similarity, -x),
    )
