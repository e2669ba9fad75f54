"""Text reuse: which articles share passages, who rewrote whom, and what each rewrite kept,
paraphrased, added and dropped.

Every sentence is reduced to its content: function words (``data/reuse.toml``) are left out,
equivalent expressions (``data/equivalents.csv``: "provides weapons" and "arms", "Beijing" and
"China") become one concept, and the rest are Porter stems. Which articles to compare comes
from a MinHash LSH index (datasketch signatures, banded here) over those concept sets, so a
corpus is never compared all against all. Two sentences are scored by the IDF-weighted Dice
overlap of their concepts (``similarity``); pairs at or above ``PARAPHRASED`` align, and an
aligned pair whose own words (outside quotation marks, function words included, in any order)
also overlap at or above ``KEPT`` (``surface``) is near-verbatim.

For a derived article against its source, each derived sentence is *kept*, *paraphrased* or
*added*, and each source sentence that no derived sentence carries is *dropped*. Aligned pairs
are compared for transformations (attribution, quotation, hedges and the other framing
features, and facts from ``data/facts.csv``), each with the words and offsets that show it.
"""

from __future__ import annotations

import difflib
import math
import re
import tomllib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pandas as pd

from .features import matcher_for, score_sentences
from .lexicons import Matcher, load_lexicon, norm_token
from .sentences import words

KEPT = 0.8  # surface (word overlap) of a near-verbatim sentence: a word or two changed
PARAPHRASED = 0.3  # content similarity of two sentences that carry the same proposition
CONTAINED = 0.6  # share of a source sentence's content inside a derived one (a merge)
MIN_SHARE = 0.25  # share of its sentences a rewrite must take from the source (no based_on)
CONTAINS = 0.8  # share of an article's sentences found in another that makes it contained
NUM_PERM = 128
LSH_BANDS = (42, 3)  # 42 bands of 3 rows: sentences with Jaccard 0.4 collide 94% of times
SEED = 1
CLASSES = ("kept", "paraphrased", "added", "dropped")
FRAMING = ("hedge", "booster", "threat", "conciliatory")
ATTRIBUTED = ("named", "anonymous")


@cache
def settings() -> dict:
    """The shipped reuse settings: stopwords, kinds and news agencies (``data/reuse.toml``)."""
    with resources.files("framing").joinpath("data/reuse.toml").open("rb") as fh:
        conf = tomllib.load(fh)
    conf["stopwords"] = frozenset(conf["stopwords"])
    return conf


@cache
def _shipped_equivalents() -> Matcher:
    return Matcher([load_lexicon("equivalents")])


def equivalents_matcher(equivalents: str | Path = "equivalents") -> Matcher:
    """The matcher of an equivalents lexicon: the shipped one (cached) or a CSV file (read
    each time, so that edits to it take effect)."""
    if str(equivalents) == "equivalents":
        return _shipped_equivalents()
    return Matcher([load_lexicon(equivalents, "equivalents")])


@cache
def _facts() -> Matcher:
    return Matcher([load_lexicon("facts")])


@cache
def _stemmer():
    from nltk.stem.porter import PorterStemmer

    return PorterStemmer()


_STEMS: dict[str, str] = {}


def _stem(word: str) -> str:
    s = _STEMS.get(word)
    if s is None:
        if len(_STEMS) > 500_000:
            _STEMS.clear()  # bound memory on huge vocabularies
        s = _STEMS[word] = _stemmer().stem(word)
    return s


class Profile(NamedTuple):
    """What a sentence is compared on."""

    concepts: frozenset  # content concepts: equivalence classes ("=arm") and stems
    surface: tuple  # every word, normalised, in order
    spans: tuple  # (start, end) of each word in the sentence
    own: tuple  # the words outside quotation marks (a rewrite keeps quotations verbatim)


_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?")


def profile(text: str, equivalents: Matcher | None = None) -> Profile:
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
        covered.update(range(m.first, m.last + 1))
    for i, n in enumerate(norms):
        if i not in covered and n not in stop:
            concepts.add(_stem(n))
    quoted = [m.span() for m in _QUOTED.finditer(text)] if '"' in text or "“" in text else []
    if quoted:
        own = tuple(n for n, (_, a, b) in zip(norms, ws, strict=True) if not _inside(a, b, quoted))
    else:
        own = tuple(norms)
    return Profile(frozenset(concepts), tuple(norms), tuple((s, e) for _, s, e in ws), own)


def _inside(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= a and b <= e for s, e in spans)


# --- input -------------------------------------------------------------------------------


def _prepare(corpus: pd.DataFrame, sentences, lexicons, kinds) -> pd.DataFrame:
    if not isinstance(corpus, pd.DataFrame) or "id" not in corpus.columns:
        raise TypeError("reuse needs the corpus table from framing.load_corpus")
    if sentences is None:
        sentences = score_sentences(corpus, lexicons=lexicons)
    missing = {"id", "sentence", "text", "start", "attribution", "quote"} - set(sentences.columns)
    if missing:
        raise ValueError(
            f"sentences table lacks {', '.join(sorted(missing))}: pass score_sentences(corpus)"
        )
    unknown = sorted(set(sentences["id"].astype(str)) - set(corpus["id"].astype(str)))
    if unknown:
        raise ValueError(f"sentences of articles not in the corpus: {', '.join(unknown[:5])}")
    sents = sentences
    if kinds is not None:
        kinds = [kinds] if isinstance(kinds, str) else list(kinds)
        sents = sents[sents["kind"].isin(kinds)]
    return sents.reset_index(drop=True)


class _Table:
    """Sentences with their profiles, content weights and the candidate index."""

    def __init__(
        self,
        sents: pd.DataFrame,
        paraphrased: float = PARAPHRASED,
        kept: float = KEPT,
        equivalents: str | Path = "equivalents",
    ):
        if not (0 < paraphrased <= 1 and 0 < kept <= 1):
            raise ValueError(
                f"thresholds must be in (0, 1]: paraphrased={paraphrased}, kept={kept}"
            )
        self.paraphrased, self.kept = paraphrased, kept
        self.sents = sents
        self.ids = sents["id"].astype(str).tolist()
        matcher = equivalents_matcher(equivalents)
        self.profiles = [profile(t, matcher) for t in sents["text"]]
        n = len(self.profiles)
        df = Counter(c for p in self.profiles for c in p.concepts)
        self.idf = {c: math.log((1 + n) / (1 + k)) + 1.0 for c, k in df.items()}
        # sums run over sorted concepts: set order varies with the string hash seed, and float
        # sums in another order could differ in the last bit
        self.ordered = [sorted(p.concepts) for p in self.profiles]
        self.mass = [sum(self.idf[c] for c in cs) for cs in self.ordered]
        self.rows_of: dict[str, list[int]] = defaultdict(list)
        for i, a in enumerate(self.ids):
            self.rows_of[a].append(i)

    def similarity(self, i: int, j: int) -> float:
        """IDF-weighted Dice overlap of two sentences' concepts (0 to 1)."""
        total = self.mass[i] + self.mass[j]
        if not total:
            return 0.0
        shared = self.profiles[i].concepts & self.profiles[j].concepts
        return 2 * sum(self.idf[c] for c in sorted(shared)) / total

    def contained(self, i: int, j: int) -> float:
        """Share of sentence ``i``'s content weight found in sentence ``j``."""
        if not self.mass[i]:
            return 0.0
        shared = self.profiles[i].concepts & self.profiles[j].concepts
        return sum(self.idf[c] for c in sorted(shared)) / self.mass[i]

    def surface(self, i: int, j: int) -> float:
        """Dice overlap of the two sentences' own words (outside quotation marks, unless
        either has fewer than three), function words included: near 1 for a copy, however
        its clauses are ordered; lowered by every reworded phrase."""
        pi, pj = self.profiles[i], self.profiles[j]
        use_own = len(pi.own) >= 3 and len(pj.own) >= 3
        a = Counter(pi.own if use_own else pi.surface)
        b = Counter(pj.own if use_own else pj.surface)
        total = sum(a.values()) + sum(b.values())
        return 2 * sum((a & b).values()) / total if total else 0.0

    def shared(self, i: int, j: int, top: int = 8) -> str:
        """The shared concepts, heaviest first: the evidence for a similarity."""
        both = self.profiles[i].concepts & self.profiles[j].concepts
        ranked = sorted(both, key=lambda c: (-self.idf[c], c))[:top]
        return ", ".join(ranked)

    def candidates(self) -> list[tuple[str, str]]:
        """Pairs of articles that the MinHash LSH index puts together, sorted.

        Two articles are a candidate pair when a sentence of each land in the same bucket of
        one band of their MinHash signatures and are similar enough to align. Whether two
        sentences collide depends only on the two, so adding articles never hides a pair;
        identical sentences always collide, and the probability that others do rises steeply
        with the Jaccard overlap of their concepts (``LSH_BANDS``). Only candidate pairs are
        aligned."""
        from datasketch import MinHash

        pairs: set[tuple[str, str]] = set()
        rows = np.array([i for i, p in enumerate(self.profiles) if p.concepts], dtype=np.int64)
        if not len(rows):
            return sorted(pairs)
        sets = [sorted(c.encode() for c in self.profiles[i].concepts) for i in rows]
        sigs = np.vstack([m.hashvalues for m in MinHash.bulk(sets, num_perm=NUM_PERM, seed=SEED)])
        bands, width = LSH_BANDS
        mix = np.array(
            [0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9][:width]
            + [0x27D4EB2F165667C5] * max(0, width - 3),
            dtype=np.uint64,
        )
        ids = self.ids
        for band in range(bands):
            # one 64-bit key per sentence and band; equal keys share a bucket
            keys = (sigs[:, band * width : (band + 1) * width].astype(np.uint64) * mix).sum(
                axis=1, dtype=np.uint64
            )
            order = np.argsort(keys, kind="stable")
            sorted_keys = keys[order]
            starts = np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])
            ends = np.r_[starts[1:], len(order)]
            for lo, hi in zip(starts[ends - starts > 1], ends[ends - starts > 1], strict=True):
                bucket = rows[order[lo:hi]].tolist()
                for x, i in enumerate(bucket):
                    for j in bucket[x + 1 :]:
                        a, b = ids[i], ids[j]
                        if a == b:
                            continue
                        key = (a, b) if a < b else (b, a)
                        if key not in pairs and self.similarity(i, j) >= self.paraphrased:
                            pairs.add(key)
        return sorted(pairs)

    def pair_similarities(self, a: str, b: str) -> dict[tuple[int, int], float]:
        """Similarity of every sentence of ``a`` (first in each key) with every sentence of
        ``b`` that shares a concept with it (the rest are 0), from an inverted index of b."""
        idf, mass = self.idf, self.mass
        postings: dict[str, list[int]] = defaultdict(list)
        for j in self.rows_of[b]:
            for c in self.ordered[j]:
                postings[c].append(j)
        out = {}
        for i in self.rows_of[a]:
            shared: dict[int, float] = defaultdict(float)
            for c in self.ordered[i]:
                w = idf[c]
                for j in postings.get(c, ()):
                    shared[j] += w
            for j in sorted(shared):
                out[(i, j)] = 2 * shared[j] / (mass[i] + mass[j])
        return out


# --- alignment ---------------------------------------------------------------------------


class _Pair(NamedTuple):
    source: str
    derived: str
    best: dict  # derived row -> (source row, similarity)
    carried: dict  # source row -> derived row that carries it


def _merged(pair: _Pair) -> dict[int, list[int]]:
    """Derived row -> the further source rows it carries besides its best match (a merge)."""
    out: dict[int, list[int]] = defaultdict(list)
    for s, d in pair.carried.items():
        if pair.best[d][0] != s:
            out[d].append(s)
    return out


def _align(t: _Table, source: str, derived: str, sims: dict, derived_first: bool) -> _Pair:
    """Each derived sentence's best source sentence; which source sentences are carried.

    ``sims`` is ``pair_similarities`` of the two articles, the derived article's sentence
    first in each key when ``derived_first``."""
    pairs = [(i, j, v) if derived_first else (j, i, v) for (i, j), v in sims.items()]
    best: dict[int, tuple[int, float]] = {}
    for d, s, sim in pairs:
        if sim >= t.paraphrased:
            old = best.get(d)
            if old is None or (sim, -s) > (old[1], -old[0]):
                best[d] = (s, sim)
    carried: dict[int, int] = {}
    for d in sorted(best):
        carried.setdefault(best[d][0], d)
    # a derived sentence that merges two source sentences carries the second one too: most of
    # that sentence's content is in it, though their overall similarity is diluted by the first
    for d, s, sim in pairs:
        if s not in carried and d in best and sim >= t.paraphrased * 0.5:
            if t.contained(s, d) >= CONTAINED:
                carried[s] = d
    return _Pair(source, derived, best, carried)


# --- direction ---------------------------------------------------------------------------


def _origin(meta: Mapping) -> tuple[str | None, str]:
    """Is an article an original or made from another, and what says so?"""
    conf = settings()
    kind = str(meta.get("kind") or "").strip()
    low = kind.lower()
    if any(k in low for k in conf["derived_kinds"]):
        return "derived", f"kind {kind!r}"
    if any(k in low for k in conf["upstream_kinds"]):
        return "upstream", f"kind {kind!r}"
    byline = str(meta.get("byline") or "").strip()
    if byline and _agency(byline):
        return "upstream", f"byline {byline!r} is a news agency"
    return None, ""


@cache
def _agency_re() -> re.Pattern:
    names = sorted(settings()["agencies"], key=len, reverse=True)
    return re.compile(r"^\s*(?:" + "|".join(re.escape(n) for n in names) + r")\s*$", re.I)


def _agency(byline: str) -> bool:
    return bool(_agency_re().match(byline))


def _published(meta: Mapping):
    value = meta.get("published")
    if value is None or (isinstance(value, float) and math.isnan(value)) or value == "":
        return None
    stamp = pd.to_datetime(str(value), errors="coerce", utc=True)
    return None if pd.isna(stamp) else stamp


def _names(a: str, meta: Mapping) -> list[str]:
    """What a ``based_on`` note may call article ``a``: its id, byline, and its outlet unless
    the article is itself a rewrite (a rewrite's outlet often names the wire it rewrote)."""
    m = meta[a]
    names = [a, str(m.get("byline") or "")]
    if _origin(m)[0] != "derived":
        names.append(str(m.get("outlet") or ""))
    names = [n.strip() for n in names]
    # a one-character name ("a", "1") would match ordinary words and numbers of a note
    return [n for n in names if len(n) >= 2 and n.lower() != "nan"]


def _based_on(b: str, a: str, meta: Mapping) -> bool | None:
    """Does b's ``based_on`` note name article a? None when b has no such note."""
    note = str(meta[b].get("based_on") or "").strip()
    if not note or note.lower() == "nan":
        return None
    return any(
        re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", note, re.I) for n in _names(a, meta)
    )


def _direction(a: str, b: str, meta: Mapping, share: Mapping[str, float]) -> tuple[str | None, str]:
    """(source id or None, evidence) for two articles that share sentences.

    A ``based_on`` note that names the other article decides, and one that names something
    else rules the pair out. Otherwise kinds, bylines or publication times give the direction,
    but only when the derived side is substantially made of shared sentences (``MIN_SHARE``):
    a few shared facts are also what two independent reports of one event look like."""
    for src, der in ((a, b), (b, a)):
        if _based_on(der, src, meta):
            note = str(meta[der].get("based_on")).strip()
            return src, f"{der} is based on {note!r}, which names {src}"
    notes = [
        f"{x} is based on {str(meta[x].get('based_on')).strip()!r}"
        for x, y in ((a, b), (b, a))
        if _based_on(x, y, meta) is False
    ]
    if len(notes) == 2:
        return None, "; ".join(notes)
    oa, why_a = _origin(meta[a])
    ob, why_b = _origin(meta[b])
    source, why = None, ""
    if oa == "upstream" and ob != "upstream":
        source, why = a, f"{a}: {why_a}" + (f"; {b}: {why_b}" if why_b else "")
    elif ob == "upstream" and oa != "upstream":
        source, why = b, f"{b}: {why_b}" + (f"; {a}: {why_a}" if why_a else "")
    else:
        pa, pb = _published(meta[a]), _published(meta[b])
        if pa is not None and pb is not None and pa != pb:
            source, later = (a, b) if pa < pb else (b, a)
            fp, lp = sorted((pa, pb))
            why = f"published {source} {fp:%Y-%m-%d %H:%M} before {later} {lp:%Y-%m-%d %H:%M}"
    if source is None:
        return None, "; ".join(notes)
    derived = b if source == a else a
    if _based_on(derived, source, meta) is False:
        return None, "; ".join(notes)
    if share[derived] < MIN_SHARE:
        return None, f"{why}, but only {share[derived]:.0%} of {derived}'s sentences are shared"
    return source, why


# --- public tables -----------------------------------------------------------------------

PAIR_COLUMNS = [
    "a",
    "b",
    "outlet_a",
    "outlet_b",
    "sentences_a",
    "sentences_b",
    "matched_a",
    "matched_b",
    "share_a",
    "share_b",
    "reuse",
    "verbatim",
    "relation",
    "source",
    "derived",
    "kept",
    "paraphrased",
    "added",
    "dropped",
    "evidence",
]


def score_reuse(
    corpus: pd.DataFrame,
    *,
    sentences: pd.DataFrame | None = None,
    lexicons=None,
    kinds: Iterable[str] | str | None = None,
    paraphrased: float = PARAPHRASED,
    kept: float = KEPT,
    equivalents: str | Path = "equivalents",
) -> pd.DataFrame:
    """One row per pair of articles that share at least one aligned sentence.

    ``share_a`` is the share of a's sentences (``sentences_a``, the denominator) that align with
    a sentence of b; ``reuse`` is the share of both articles' sentences that align;
    ``verbatim`` counts a's sentences that are near-verbatim copies of one of b's.

    ``relation`` is ``derived`` when a ``based_on`` note, kinds, an agency byline or
    publication times give the direction (``evidence`` says which): then ``source`` and
    ``derived`` are set and the derived side's sentences are counted as kept, paraphrased
    and added, and the source's uncarried ones as dropped, exactly as ``score_alignment``
    lists them. ``siblings`` are two articles made from one third; ``contained`` marks an
    article mostly found in another with no direction known; otherwise ``shared passages``.

    ``paraphrased`` and ``kept`` are the similarity thresholds; ``equivalents`` a lexicon of
    expressions that count as one concept (default: the shipped ``equivalents.csv``);
    ``kinds`` keeps only some sentence kinds; ``sentences`` reuses a ``score_sentences``
    table of ``corpus``."""
    sents = _prepare(corpus, sentences, lexicons, kinds)
    t = _Table(sents, paraphrased, kept, equivalents)
    meta = _meta(corpus)
    rows = []
    for a, b in t.candidates():
        sims = t.pair_similarities(a, b)
        if sims and max(sims.values()) >= t.paraphrased:
            rows.append(_pair_row(t, a, b, sims, meta))
    out = pd.DataFrame(rows, columns=PAIR_COLUMNS)
    _siblings(out)
    return out


def _meta(corpus: pd.DataFrame) -> dict[str, dict]:
    return {str(r["id"]): r for r in corpus.to_dict("records")}


def _pair_row(t: _Table, a: str, b: str, sims: dict, meta: dict) -> dict:
    ab, ba = _align(t, b, a, sims, True), _align(t, a, b, sims, False)  # a against b, and back
    n_a, n_b = len(t.rows_of[a]), len(t.rows_of[b])
    matched_a, matched_b = len(ab.best), len(ba.best)
    verbatim = sum(1 for d, (s, _) in ab.best.items() if t.surface(d, s) >= t.kept)
    source, why = _direction(a, b, meta, {a: matched_a / n_a, b: matched_b / n_b})
    row = {
        "a": a,
        "b": b,
        "outlet_a": meta[a].get("outlet", a),
        "outlet_b": meta[b].get("outlet", b),
        "sentences_a": n_a,
        "sentences_b": n_b,
        "matched_a": matched_a,
        "matched_b": matched_b,
        "share_a": matched_a / n_a if n_a else 0.0,
        "share_b": matched_b / n_b if n_b else 0.0,
        "reuse": (matched_a + matched_b) / (n_a + n_b) if n_a + n_b else 0.0,
        "verbatim": verbatim,
        "relation": "shared passages",
        "source": None,
        "derived": None,
        "kept": pd.NA,
        "paraphrased": pd.NA,
        "added": pd.NA,
        "dropped": pd.NA,
        "evidence": why,
    }
    if source is not None:
        derived = b if source == a else a
        pair = ab if derived == a else ba
        counts = Counter(_classes(t, pair))
        row.update(
            relation="derived",
            source=source,
            derived=derived,
            kept=counts["kept"],
            paraphrased=counts["paraphrased"],
            added=counts["added"],
            dropped=counts["dropped"],
        )
    else:
        (small, s_share), (large, l_share) = sorted(
            ((a, row["share_a"]), (b, row["share_b"])), key=lambda x: (-x[1], x[0])
        )
        if s_share >= CONTAINS and l_share < 0.5:
            note = (
                f"{s_share:.0%} of {small}'s sentences are in {large}, {l_share:.0%} of "
                f"{large}'s in {small}: {small} is an excerpt of {large}, or {large} an "
                "expansion of it (containment alone does not tell which)"
            )
            row.update(relation="contained", evidence="; ".join(filter(None, (why, note))))
    return row


def _siblings(pairs: pd.DataFrame) -> None:
    """Mark undirected pairs whose two articles were both made from one third article."""
    made_from: dict[str, set[str]] = defaultdict(set)
    for r in pairs.itertuples():
        if r.relation == "derived":
            made_from[r.derived].add(r.source)
    for k, r in pairs.iterrows():
        if r["relation"] != "derived":
            common = sorted(made_from[r["a"]] & made_from[r["b"]])
            if common:
                pairs.at[k, "relation"] = "siblings"
                note = f"both made from {', '.join(common)}"
                pairs.at[k, "evidence"] = "; ".join(filter(None, (note, r["evidence"])))


def _classes(t: _Table, pair: _Pair) -> list[str]:
    """The class of every derived sentence, then 'dropped' for each uncarried source one."""
    out = []
    for d in t.rows_of[pair.derived]:
        hit = pair.best.get(d)
        if hit is None:
            out.append("added")
        else:
            out.append("kept" if t.surface(d, hit[0]) >= t.kept else "paraphrased")
    out += ["dropped" for s in t.rows_of[pair.source] if s not in pair.carried]
    return out


ALIGNMENT_COLUMNS = [
    "source",
    "derived",
    "class",
    "derived_sentence",
    "source_sentence",
    "also_from",
    "similarity",
    "surface",
    "shared",
    "edits",
    "transformations",
    "text",
    "source_text",
    "words",
    *FRAMING,
    "attribution",
    "quote",
]


def score_alignment(
    corpus: pd.DataFrame,
    source: str,
    derived: str,
    *,
    sentences: pd.DataFrame | None = None,
    lexicons=None,
    kinds: Iterable[str] | str | None = None,
    paraphrased: float = PARAPHRASED,
    kept: float = KEPT,
    equivalents: str | Path = "equivalents",
) -> pd.DataFrame:
    """Sentence-by-sentence alignment of ``derived`` against its ``source``.

    One row per derived sentence (class kept, paraphrased or added) in order, then one row
    per source sentence that no derived sentence carries (class dropped). ``text`` and the
    framing columns describe the row's own sentence: the derived one, or for a dropped row the
    source one. ``similarity`` is the content overlap with ``source_sentence``, ``shared``
    the concepts behind it, ``edits`` the word changes of a near-verbatim sentence, and
    ``also_from`` further source sentences a merged sentence carries. Similarities use the
    whole corpus's word weights, so they agree with ``score_reuse``."""
    analysis = _analyse_pair(
        corpus, source, derived, sentences, lexicons, kinds, paraphrased, kept, equivalents
    )
    return _alignment_table(*analysis)


def rewrite_tables(
    corpus: pd.DataFrame,
    source: str,
    derived: str,
    *,
    sentences: pd.DataFrame | None = None,
    lexicons=None,
    kinds: Iterable[str] | str | None = None,
    paraphrased: float = PARAPHRASED,
    kept: float = KEPT,
    equivalents: str | Path = "equivalents",
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``score_alignment`` and ``score_transformations`` of one pair from one analysis."""
    analysis = _analyse_pair(
        corpus, source, derived, sentences, lexicons, kinds, paraphrased, kept, equivalents
    )
    return _alignment_table(*analysis), _transformation_table(analysis[0], analysis[3])


def _alignment_table(t: _Table, pair: _Pair, matcher, found: list[dict]) -> pd.DataFrame:
    source, derived = pair.source, pair.derived
    rows = []
    also = _merged(pair)
    sent_no = t.sents["sentence"].tolist()
    for d in t.rows_of[derived]:
        hit = pair.best.get(d)
        row = _row(t, d, source, derived, matcher)
        if hit is None:
            row["class"] = "added"
        else:
            s, sim = hit
            surface = t.surface(d, s)
            row.update(
                {
                    "class": "kept" if surface >= t.kept else "paraphrased",
                    "source_sentence": sent_no[s],
                    "also_from": "; ".join(str(sent_no[x]) for x in sorted(also[d])),
                    "similarity": sim,
                    "surface": surface,
                    "shared": t.shared(d, s),
                    "edits": _edits(t, s, d) if surface >= t.kept else "",
                    "transformations": "; ".join(
                        sorted({x["transformation"] for x in found if x["derived_row"] == d})
                    ),
                    "source_text": t.sents.at[s, "text"],
                }
            )
        rows.append(row)
    for s in t.rows_of[source]:
        if s not in pair.carried:
            row = _row(t, s, source, derived, matcher)
            row.update(
                {"class": "dropped", "derived_sentence": pd.NA, "source_sentence": sent_no[s]}
            )
            rows.append(row)
    out = pd.DataFrame(rows, columns=ALIGNMENT_COLUMNS)
    for c in ("derived_sentence", "source_sentence"):
        out[c] = out[c].astype("Int64")
    return out


def _analyse_pair(
    corpus, source, derived, sentences, lexicons, kinds, paraphrased, kept, equivalents
):
    source, derived = str(source), str(derived)
    sents = _prepare(corpus, sentences, lexicons, kinds)
    for a in (source, derived):
        if a not in set(sents["id"].astype(str)):
            raise ValueError(f"no sentences of article {a!r} in the corpus")
    if source == derived:
        raise ValueError("source and derived must be two different articles")
    t = _Table(sents, paraphrased, kept, equivalents)
    pair = _align(t, source, derived, t.pair_similarities(derived, source), True)
    matcher = matcher_for(lexicons)
    return t, pair, matcher, _found_transformations(t, pair, matcher)


def _row(t: _Table, i: int, source: str, derived: str, matcher) -> dict:
    r = t.sents.iloc[i]
    return {
        "source": source,
        "derived": derived,
        "derived_sentence": r["sentence"],
        "source_sentence": pd.NA,
        "also_from": "",
        "similarity": float("nan"),
        "surface": float("nan"),
        "shared": "",
        "edits": "",
        "transformations": "",
        "text": r["text"],
        "source_text": "",
        "words": int(r["words"]),
        **{f: int(r[f]) if f in r else 0 for f in FRAMING},
        "attribution": r["attribution"],
        "quote": bool(r["quote"]),
    }


def _edits(t: _Table, s: int, d: int, limit: int = 6) -> str:
    """Word replacements, insertions and deletions between two near-verbatim sentences."""
    a, b = t.profiles[s].surface, t.profiles[d].surface
    ta, tb = t.sents.at[s, "text"], t.sents.at[d, "text"]
    sa, sb = t.profiles[s].spans, t.profiles[d].spans
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal" or i2 - i1 > limit or j2 - j1 > limit:
            continue
        before = ta[sa[i1][0] : sa[i2 - 1][1]] if i2 > i1 else ""
        after = tb[sb[j1][0] : sb[j2 - 1][1]] if j2 > j1 else ""
        out.append(f"{before or '∅'} → {after or '∅'}")
    return "; ".join(out)


# --- transformations ---------------------------------------------------------------------

TRANSFORMATION_COLUMNS = [
    "source",
    "derived",
    "source_sentence",
    "derived_sentence",
    "transformation",
    "category",
    "before",
    "before_start",
    "before_end",
    "after",
    "after_start",
    "after_end",
    "source_text",
    "text",
]


def _found(matcher: Matcher, text: str) -> list[tuple[str, str, str, int, int, str]]:
    """(feature, category, words as written, start, end, term) of every match in a sentence."""
    ws = words(text)
    norms = [norm_token(w) for w, _, _ in ws]
    out = []
    for m in matcher.find(None, norms, text):
        start, end = ws[m.first][1], ws[m.last][2]
        out.append((m.feature, m.entry.category, text[start:end], start, end, m.entry.term))
    return out


def _transformations(
    t: _Table, s: int, d: int, matcher: Matcher, more_s: list[int], more_d: list[int]
) -> list[dict]:
    """What changed between source sentence ``s`` and derived sentence ``d``.

    ``more_s`` are further source sentences merged into ``d``; ``more_d`` further derived
    sentences made from ``s`` (a split). Something counts as removed only when none of the
    derived sentences made from ``s`` has it, and as added only when none of the source
    sentences behind ``d`` had it."""
    src, der = t.sents.iloc[s], t.sents.iloc[d]
    srcs = [src] + [t.sents.iloc[x] for x in more_s]
    ders = [der] + [t.sents.iloc[x] for x in more_d]
    out: list[dict] = []

    def add(name, category="", before=None, after=None):
        out.append(
            {
                "transformation": name,
                "category": category,
                "before": before[2] if before else "",
                "before_start": before[3] if before else pd.NA,
                "before_end": before[4] if before else pd.NA,
                "after": after[2] if after else "",
                "after_start": after[3] if after else pd.NA,
                "after_end": after[4] if after else pd.NA,
            }
        )

    found = {}
    for r in srcs + ders:
        if r.name not in found:
            found[r.name] = _found(matcher, r["text"])
    for feature in FRAMING:
        if feature not in matcher.features:
            continue
        ms = [m for m in found[src.name] if m[0] == feature]
        md = [m for m in found[der.name] if m[0] == feature]
        all_s = [m for r in srcs for m in found[r.name] if m[0] == feature]
        all_d = [m for r in ders for m in found[r.name] if m[0] == feature]
        if len(all_d) < len(ms):
            for m in _unmatched(ms, all_d):
                add(f"{feature}_removed", m[1], before=m)
        if len(md) > len(all_s):
            for m in _unmatched(md, all_s):
                add(f"{feature}_added", m[1], after=m)

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

    out += _fact_changes(t, s, d)
    return out


def _unmatched(these: list, those: list) -> list:
    """Matches in ``these`` whose words do not occur among the matches in ``those``."""
    left = Counter(m[2].lower() for m in those)
    out = []
    for m in these:
        key = m[2].lower()
        if left[key]:
            left[key] -= 1
        else:
            out.append(m)
    return out or these[len(those) :]


def _cue(r) -> tuple | None:
    """The attribution's source words (or cue) as evidence, with sentence offsets."""
    start = r.get("source_start")
    if start is not None and not pd.isna(start):
        a, b = int(start) - int(r["start"]), int(r["source_end"]) - int(r["start"])
        return ("", "", r["text"][a:b], a, b)
    start = r.get("cue_start")
    if start is not None and not pd.isna(start):
        a, b = int(start) - int(r["start"]), int(r["cue_end"]) - int(r["start"])
        return ("", "", r["text"][a:b], a, b)
    return None


def _quotes(r) -> list[tuple]:
    out = []
    for a, b in r.get("quote_spans") or ():
        a, b = a - int(r["start"]), b - int(r["start"])
        if 0 <= a < b <= len(r["text"]):
            out.append(("", "", r["text"][a:b], a, b))
    return out


_GENDER = {"pronoun he": "he", "pronoun she": "she"}


def _fact_changes(t: _Table, s: int, d: int) -> list[dict]:
    """Facts (days, numbers, timing, status, titles, pronouns) that differ between the two."""
    facts = _facts()
    ts, td = t.sents.at[s, "text"], t.sents.at[d, "text"]
    fs, fd = _found(facts, ts), _found(facts, td)
    out = []
    cats_s, cats_d = defaultdict(list), defaultdict(list)
    for m in fs:
        cats_s[m[1]].append(m)
    for m in fd:
        cats_d[m[1]].append(m)
    for cat in sorted(set(cats_s) & set(cats_d) - set(_GENDER)):
        before = {_fact_key(m) for m in cats_s[cat]}
        after = {_fact_key(m) for m in cats_d[cat]}
        gone = [m for m in cats_s[cat] if _fact_key(m) not in after]
        new = [m for m in cats_d[cat] if _fact_key(m) not in before]
        if gone and new:  # a substitution, not a detail left out or added
            out.append(_fact(cat, gone[0], new[0]))
    # a pronoun is checked against the source sentence and its neighbours, where the person it
    # stands for is usually named
    genders_d = {_GENDER[m[1]] for m in fd if m[1] in _GENDER}
    if len(genders_d) == 1:
        rows = t.rows_of[t.ids[s]]
        k = rows.index(s)
        context = []
        for x in rows[max(0, k - 1) : k + 2]:
            context += [(x, m) for m in _found(facts, t.sents.at[x, "text"]) if m[1] in _GENDER]
        genders_s = {_GENDER[m[1]] for _, m in context}
        if len(genders_s) == 1 and genders_s != genders_d:
            before = (
                next(m for x, m in context if x == s) if any(x == s for x, _ in context) else None
            )
            after = next(m for m in fd if m[1] in _GENDER)
            row = _fact("pronoun", before, after)
            if before is None:
                row["before"] = next(m[2] for _, m in context)
            out.append(row)
    return out


def _fact_key(m: tuple) -> str:
    """Facts compare by lexicon entry ("recogni*"), numbers by their digits."""
    return m[5] if m[5] != "<num>" else m[2].lower()


def _fact(category: str, before, after) -> dict:
    return {
        "transformation": "fact_changed",
        "category": category,
        "before": before[2] if before else "",
        "before_start": before[3] if before else pd.NA,
        "before_end": before[4] if before else pd.NA,
        "after": after[2],
        "after_start": after[3],
        "after_end": after[4],
    }


def _found_transformations(t: _Table, pair: _Pair, matcher) -> list[dict]:
    """Transformations of every aligned derived sentence, splits and merges considered."""
    made_from: dict[int, list[int]] = defaultdict(list)  # source row -> derived rows
    for d, (s, _) in pair.best.items():
        made_from[s].append(d)
    merged = _merged(pair)
    out = []
    for d in t.rows_of[pair.derived]:
        if d not in pair.best:
            continue
        s = pair.best[d][0]
        more_d = [x for x in made_from[s] if x != d]
        for x in _transformations(t, s, d, matcher, sorted(merged[d]), sorted(more_d)):
            # a source sentence split in two loses something once: in the derived sentence
            # that carries the words around it
            if not more_d or not x["transformation"].endswith("_removed"):
                keep = True
            else:
                keep = _owner(t, s, made_from[s], x["before_start"], x["before_end"], pair) == d
            if keep:
                out.append({"source_row": s, "derived_row": d, **x})
    return out


def _owner(t: _Table, s: int, derived: list[int], start, end, pair: _Pair, window: int = 6):
    """Which of the derived sentences made from ``s`` carries the words around a span of it."""
    spans = t.profiles[s].spans
    if pd.isna(start):
        near = set(t.profiles[s].surface)
    else:
        idx = [k for k, (a, b) in enumerate(spans) if a < end and b > start] or [0]
        lo, hi = max(0, idx[0] - window), idx[-1] + window + 1
        near = set(t.profiles[s].surface[lo:hi]) - settings()["stopwords"]
    return max(derived, key=lambda x: (len(near & set(t.profiles[x].surface)), pair.best[x][1], -x))


def _transformation_table(t: _Table, found: list[dict]) -> pd.DataFrame:
    sent_no = t.sents["sentence"].tolist()
    rows = []
    for x in found:
        s, d = x["source_row"], x["derived_row"]
        rows.append(
            {
                "source": t.ids[s],
                "derived": t.ids[d],
                "source_sentence": sent_no[s],
                "derived_sentence": sent_no[d],
                **{k: v for k, v in x.items() if k not in ("source_row", "derived_row")},
                "source_text": t.sents.at[s, "text"],
                "text": t.sents.at[d, "text"],
            }
        )
    out = pd.DataFrame(rows, columns=TRANSFORMATION_COLUMNS)
    ints = ("source_sentence", "derived_sentence", "before_start", "before_end")
    for c in (*ints, "after_start", "after_end"):
        out[c] = out[c].astype("Int64")
    return out


def score_transformations(
    corpus: pd.DataFrame,
    source: str,
    derived: str,
    *,
    sentences: pd.DataFrame | None = None,
    lexicons=None,
    kinds: Iterable[str] | str | None = None,
    paraphrased: float = PARAPHRASED,
    kept: float = KEPT,
    equivalents: str | Path = "equivalents",
) -> pd.DataFrame:
    """One row per transformation between ``derived`` and its ``source``, with the words and
    sentence offsets of what the source had (``before``) and what the derived sentence has
    (``after``): the evidence behind ``score_alignment``'s ``transformations`` column."""
    t, _, _, found = _analyse_pair(
        corpus, source, derived, sentences, lexicons, kinds, paraphrased, kept, equivalents
    )
    return _transformation_table(t, found)


def score_reuse_classes(alignment: pd.DataFrame) -> pd.DataFrame:
    """Framing of each class of an alignment: sentences and words (the denominators), the
    count of each framing feature with its rate per 1,000 words and the part of it in
    unattributed sentences (``threat_unattributed``: threat in the writer's own voice), and
    the attributed sentences with their share."""
    missing = {"source", "derived", "class", "words", "attribution", *FRAMING} - set(
        alignment.columns
    )
    if missing:
        raise ValueError(f"alignment lacks {', '.join(sorted(missing))}: pass score_alignment(...)")
    columns = ["source", "derived", "class", "sentences", "words"]
    for f in FRAMING:
        columns += [f, f"{f}_per_1000_words", f"{f}_unattributed"]
    columns += ["attributed", "attributed_share"]
    rows = []
    for (src, der, cls), g in alignment.groupby(["source", "derived", "class"], sort=False):
        words_n = int(g["words"].sum())
        own = g["attribution"] == "unattributed"
        row = {"source": src, "derived": der, "class": cls, "sentences": len(g), "words": words_n}
        for f in FRAMING:
            n = int(g[f].sum())
            row[f] = n
            row[f"{f}_per_1000_words"] = 1000 * n / words_n if words_n else float("nan")
            row[f"{f}_unattributed"] = int(g.loc[own, f].sum())
        att = int(g["attribution"].isin(ATTRIBUTED).sum())
        row["attributed"] = att
        row["attributed_share"] = att / len(g)
        rows.append(row)
    out = pd.DataFrame(rows, columns=columns)
    out["class"] = pd.Categorical(out["class"], categories=CLASSES, ordered=True)
    return out.sort_values(["source", "derived", "class"]).reset_index(drop=True)
