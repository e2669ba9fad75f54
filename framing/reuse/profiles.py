"""Sentence profiles: what a sentence is compared on, and how much each of its concepts weighs.

A sentence is reduced to its content concepts: function words (``data/reuse.toml``) are left
out, equivalent expressions (``data/equivalents.csv``: "provides weapons" and "arms",
"Beijing" and "China") become one concept ("=arm"), and the remaining words are Porter stems.
``ProfileTable`` holds the profiles of a corpus's sentences with each concept's inverse
document frequency (IDF), the weights every similarity of ``framing.reuse.alignment`` uses.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from ..lexicons import Matcher, load_lexicon, norm_token, shipped_lexicon
from ..tokens import words

#: The name that stands for the shipped equivalents lexicon (``data/equivalents.csv``).
SHIPPED_EQUIVALENTS = "equivalents"


@cache
def settings() -> dict:
    """The shipped reuse settings: stopwords, kinds and news agencies (``data/reuse.toml``)."""
    with resources.files("framing").joinpath("data/reuse.toml").open("rb") as fh:
        conf = tomllib.load(fh)
    conf["stopwords"] = frozenset(conf["stopwords"])
    return conf


@cache
def _shipped_equivalents() -> Matcher:
    return Matcher([shipped_lexicon(SHIPPED_EQUIVALENTS, SHIPPED_EQUIVALENTS)])


def equivalents_matcher(equivalents: str | Path = SHIPPED_EQUIVALENTS) -> Matcher:
    """The matcher of an equivalents lexicon: the shipped one (cached) or a CSV file (read
    each time, so that edits to it take effect)."""
    if str(equivalents) == SHIPPED_EQUIVALENTS:
        return _shipped_equivalents()
    return Matcher([load_lexicon(equivalents, SHIPPED_EQUIVALENTS)])


@cache
def _stemmer():
    from nltk.stem.porter import PorterStemmer

    return PorterStemmer()


_STEMS: dict[str, str] = {}


def stem(word: str) -> str:
    """The Porter stem of a normalised word, memoised (bounded, for huge vocabularies)."""
    s = _STEMS.get(word)
    if s is None:
        if len(_STEMS) > 500_000:
            _STEMS.clear()  # bound memory on huge vocabularies
        s = _STEMS[word] = _stemmer().stem(word)
    return s


class Profile(NamedTuple):
    """What a sentence is compared on."""

    concepts: frozenset[str]  # content concepts: equivalence classes ("=arm") and stems
    surface: tuple[str, ...]  # every word, normalised, in order
    spans: tuple[tuple[int, int], ...]  # (start, end) of each word in the sentence
    own: tuple[str, ...]  # the words outside quotation marks (a rewrite keeps quotes verbatim)


_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?")


def profile(text: str, *, equivalents: Matcher | None = None) -> Profile:
    """A sentence's content concepts, normalised words and word offsets. ``equivalents``
    finds the expressions that count as one concept (``equivalents_matcher``: the shipped
    lexicon, or a CSV file of term, category, source whose categories name the concepts)."""
    ws = words(text)
    norms = [norm_token(w) for w, _, _ in ws]
    stop = settings()["stopwords"]
    found = (equivalents or _shipped_equivalents()).find(None, norms, text)
    covered = set()
    concepts = set()
    for m in found:
        concepts.add("=" + m.entry.category)
        if not m.entry.has_gap:
            covered.update(range(m.first, m.last + 1))
        # a gap term's words ("providing the island with defensive weapons") keep their own
        # concepts beside it: two wordings of it share their words as well as the concept
    for i, n in enumerate(norms):
        if i not in covered and n not in stop:
            concepts.add(stem(n))
    quoted = [m.span() for m in _QUOTED.finditer(text)] if '"' in text or "“" in text else []
    if quoted:
        own = tuple(n for n, (_, a, b) in zip(norms, ws, strict=True) if not _inside(a, b, quoted))
    else:
        own = tuple(norms)
    return Profile(frozenset(concepts), tuple(norms), tuple((s, e) for _, s, e in ws), own)


def _inside(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= a and b <= e for s, e in spans)


def document_frequency(profiles: Iterable[Profile]) -> Counter[str]:
    """How many of the sentences have each concept. Counts of parts of a corpus add up to
    the corpus's count, so a cluster can count per partition and sum."""
    return Counter(c for p in profiles for c in p.concepts)


def idf_weights(frequency: Mapping[str, int], n: int) -> dict[str, float]:
    """Each concept's smoothed inverse document frequency over ``n`` sentences,
    ``log((1 + n) / (1 + df)) + 1``: rare concepts weigh more, none weighs zero."""
    return {c: math.log((1 + n) / (1 + k)) + 1.0 for c, k in frequency.items()}


class ProfileTable:
    """The sentences of a corpus with their profiles and the IDF weight of every concept.

    Row ``i`` is row ``i`` of ``sents`` (a ``score_sentences`` table with a fresh index);
    ``ids[i]`` is its article, ``rows_of[article]`` the article's rows in order, ``ordered[i]``
    its concepts sorted and ``mass[i]`` their summed weight. Sums run over sorted concepts:
    set order varies with the string hash seed, and a float sum in another order could differ
    in the last bit.

    ``profiles`` and ``idf`` take profiles made before and the weights of a larger corpus
    (a part of a corpus on a cluster weighs its concepts as the whole corpus does)."""

    def __init__(
        self,
        sents: pd.DataFrame,
        *,
        equivalents: str | Path = SHIPPED_EQUIVALENTS,
        profiles: list[Profile] | None = None,
        idf: Mapping[str, float] | None = None,
    ):
        self.sents = sents
        self.ids: list[str] = sents["id"].astype(str).tolist()
        if profiles is None:
            matcher = equivalents_matcher(equivalents)
            profiles = [profile(t, equivalents=matcher) for t in sents["text"]]
        self.profiles = profiles
        if idf is None:
            idf = idf_weights(document_frequency(self.profiles), len(self.profiles))
        self.idf = idf
        self.ordered = [sorted(p.concepts) for p in self.profiles]
        self.mass = [sum(self.idf[c] for c in cs) for cs in self.ordered]
        self.rows_of: dict[str, list[int]] = defaultdict(list)
        for i, a in enumerate(self.ids):
            self.rows_of[a].append(i)

    def weight(self, concepts: Iterable[str]) -> float:
        """Summed IDF weight of some concepts, in sorted order (the same sum on every run)."""
        idf = self.idf
        return sum(idf[c] for c in sorted(concepts))

    def text(self, i: int) -> str:
        """The text of sentence row ``i``."""
        return self.sents.at[i, "text"]
