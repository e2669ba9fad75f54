"""Features: sentences → matches (evidence) → sentence rows → article tables.

``score_text`` scores one text; ``score_sentences``, ``score_articles`` and ``evidence``
score a corpus from ``load_corpus``, always its ``text`` column (``article_paragraphs``: kinds
come from the article's structure). Every count is a number of lexicon matches that
``evidence`` lists word by word (one ``EvidenceRow`` each); every rate (``*_per_1k``,
``*_share``) sits beside its denominator. ``matcher_for`` builds the matcher once per set of
lexicon contents; ``sentence_frame`` turns column lists into the typed sentence table.
"""

from __future__ import annotations

import atexit
import os
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from itertools import chain
from operator import attrgetter
from typing import NamedTuple

import numpy as np
import pandas as pd

from .attribution import attribute_article, is_section_label, paragraph_starts
from .constants import FEATURES, KINDS, Kind
from .corpus import article_structure
from .distributed import dask_score_articles, dask_score_sentences, is_dask_frame
from .lexicons import (
    Entry,
    Lexicon,
    LexiconError,
    Match,
    Matcher,
    actor_lexicon,
    cue_lexicon,
    load_lexicon,
    resolve_lexicons,
)
from .negation import is_negated
from .options import check_options
from .sentences import (
    Paragraph,
    classify_paragraphs,
    paragraphs,
    split_sentences,
    words,
)
from .sentiment import compound, straighten
from .tokens import WORD
from .workers import exit_with_parent

SENTENCE_COLUMNS = [
    "sentence",
    "start",
    "end",
    "kind",
    "text",
    "words",
]
ATTRIBUTION_COLUMNS = [
    "attribution",
    "source",
    "source_type",
    "cue",
    "cue_start",
    "cue_end",
    "source_start",
    "source_end",
    "quote",
    "quote_fragment",
    "quote_spans",
    "unbalanced_quote",
    "attribution_note",
]


@lru_cache(maxsize=16)
def _matcher(key, actors: Lexicon | None = None) -> Matcher:
    """The matcher for a key from ``_key``; a file whose content changed since the key was
    made (between the caller and a worker process) is an error, not a silent mix.
    ``actors``: an actor lexicon (a study's) instead of the shipped one."""
    actors = actors or actor_lexicon()
    if key is None:
        return Matcher(resolve_lexicons(None) + (actors, cue_lexicon()))
    chosen = {}
    for name, src, sha1 in key:
        lx = load_lexicon(src, feature=name.removesuffix("+"))
        if lx.sha1 != sha1:
            raise LexiconError(f"{lx.origin}: the file changed while scoring; score again")
        chosen[name] = lx
    return Matcher(resolve_lexicons(chosen) + (actors, cue_lexicon()))


def matcher_for(lexicons: Mapping | Iterable | None = None) -> Matcher:
    """The matcher scoring uses for ``lexicons`` (as in ``score_sentences``): the feature
    lexicons with the actor and cue lexicons, built once per set of lexicon *contents* (a
    lexicon file edited during a session gives a new matcher)."""
    return _matcher(_key(lexicons))


def _key(lexicons) -> tuple | None:
    """What identifies a set of lexicons: each name with its source and its content hash,
    so an edited file makes a new key. Picklable and small (sent to worker processes)."""
    if lexicons is None:
        return None
    items = (
        lexicons.items()
        if isinstance(lexicons, Mapping)
        else ((os.path.splitext(os.path.basename(str(p)))[0], p) for p in lexicons)
    )
    out = []
    for name, src in items:
        lx = load_lexicon(src, feature=name.removesuffix("+"))
        out.append((name, src if isinstance(src, Lexicon) else str(src), lx.sha1))
    return tuple(sorted(out, key=lambda t: t[0]))


def counted_features(matcher: Matcher) -> tuple[str, ...]:
    """The features a matcher counts: its lexicons but the actor and cue lexicons."""
    return _feature_slots(matcher)[0]


@lru_cache(maxsize=16)
def _feature_slots(matcher: Matcher) -> tuple[tuple[str, ...], dict[str, int]]:
    """``counted_features`` and each one's position, once per matcher (a matcher lives as
    long as its lexicons, ``_matcher``); the dictionary is never changed."""
    feats = tuple(f for f in matcher.features if f not in ("actor", "cue"))
    return feats, {f: k for k, f in enumerate(feats)}


def _analyse(text: str, spans: list[tuple[int, int, str]], matcher: Matcher, want_evidence: bool):
    """Score the sentences ``spans`` of ``text``: columns as lists, and match records."""
    feats, slot = _feature_slots(matcher)
    nf = len(feats)
    counts_rows, actor_col, sent_col, words_col, cue_col = [], [], [], [], []
    sents = [text[s:e] for s, e, _ in spans]
    matches = []
    modals: list[tuple[int, int]] = []  # (sentence, offset) of each QUOTED_MODAL match
    absorbed: set[int] = set()  # questions already counted by a "who knows" row
    find = matcher.find
    for i, ((s, e, kind), sent) in enumerate(zip(spans, sents)):
        low = sent.lower()
        if len(low) != len(sent):  # a letter whose lower case is longer (rare): by word
            low = "".join(c if len(c.lower()) != 1 else c.lower() for c in sent)
        if "’" in low:
            low = low.replace("’", "'")
        norms = WORD.findall(low)
        if "'s" in low:
            norms = [t[:-2] if t.endswith("'s") and len(t) > 2 else t for t in norms]
        found = find(None, norms, sent)
        toks = None
        # the categories read again in context, looked at once per sentence with matches
        cats = {m.entry.category for m in found} if found else ()
        if PERFECT_MODAL in cats or CONDITIONAL_MODAL in cats:
            toks = _spans(low, norms)
            found = checked_modals(found, low, toks, norms, sent, matcher)
            cats = {m.entry.category for m in found}  # a modal may now be the bare "would"
        if UNNAMED_HOLDER in cats:
            toks = toks or _spans(low, norms)
            found = [m for m in found if not named_holder(sent, toks, m, text)]
        if QUOTED_MODAL in cats and (hyp := _HYPOTHETICAL_SUBJECT.match(low)):
            toks = toks or _spans(low, norms)
            found = hypothetical_subject(found, hyp.end() - 5, toks, matcher)
        counts = [0] * nf
        actors: list[str] = []
        cues: list[tuple[int, int]] = []
        for m in found:
            f = m.feature
            if f == "actor":
                if m.entry.category not in actors:
                    actors.append(m.entry.category)
            elif f == "cue":
                if toks is None or len(toks) <= m.last:
                    toks = _spans(low, norms, m.last + 1)
                cues.append((toks[m.first][0], toks[m.last][1]))
            else:
                counts[slot[f]] += 1
                if m.entry.category == QUOTED_MODAL and f == "hedge":
                    if toks is None or len(toks) <= m.last:
                        toks = _spans(low, norms, m.last + 1)
                    modals.append((i, toks[m.first][0]))
        question = "hedge" in slot and open_question(sent)
        if question and any(
            m.feature == "hedge" and m.entry.term.lower() in QUESTION_OPENING_TERMS for m in found
        ):
            absorbed.add(i)  # "Who knows what will happen?": one open question, counted once
            question = False
        elif question:
            counts[slot["hedge"]] += 1
        counts_rows.append(counts)
        actor_col.append(";".join(actors))
        sent_col.append(compound(straighten(sent)))
        words_col.append(len(norms))
        cue_col.append(cues)
        if want_evidence:
            toks = words(sent)
            matches.extend(_evidence_rows(i, s, kind, sent, toks, norms, found, question))
    atts = attribute_article(sents, cue_col, paragraph_starts=paragraph_starts(text, spans))
    if "hedge" in slot:  # a question inside a quotation is someone else's (codebook §1)
        quoted = quoted_questions(sents, atts)
        for i in quoted - absorbed:
            counts_rows[i][slot["hedge"]] -= 1
        if quoted and matches:
            matches = [m for m in matches if m.sentence not in quoted or m.term != QUESTION_TERM]
        if modals:  # a QUOTED_MODAL match counts only in a speaker's own words
            unquoted = {(i, p) for i, p in modals if not speaker_modal(sents[i], atts[i], p)}
            for i, _ in unquoted:
                counts_rows[i][slot["hedge"]] -= 1
            if unquoted and matches:
                matches = [
                    m
                    for m in matches
                    if m.category != QUOTED_MODAL
                    or (m.sentence, m.start - spans[m.sentence][0]) not in unquoted
                ]
    cols: dict[str, list] = {
        "sentence": list(range(len(spans))),
        "start": [s for s, _, _ in spans],
        "end": [e for _, e, _ in spans],
        "kind": [k for _, _, k in spans],
        "text": sents,
        "words": words_col,
    }
    for k, f in enumerate(feats):
        cols[f] = [c[k] for c in counts_rows]
    cols.update(_attribution_columns(atts, cols["start"]))
    cols["actors"] = actor_col
    cols["sentiment"] = sent_col
    return cols, matches


#: An ``Attribution``'s fields in the order of the columns, read in one call per sentence.
_ATTRIBUTION_FIELDS = attrgetter(
    "attribution",
    "source",
    "source_type",
    "cue",
    "cue_start",
    "cue_end",
    "source_start",
    "source_end",
    "quote",
    "quote_fragment",
    "unbalanced_quote",
    "inherited",
)


def _attribution_columns(atts, starts: list[int]) -> dict[str, list]:
    """The attribution columns, with offsets moved from the sentence to the article."""
    if not atts:
        return {c: [] for c in ATTRIBUTION_COLUMNS}
    label, source, stype, cue, cs, ce, ss, se, quote, fragment, unbalanced, note = zip(
        *map(_ATTRIBUTION_FIELDS, atts)
    )

    def moved(offsets: tuple[int, ...]) -> list[int]:
        return [o + s if o >= 0 else -1 for o, s in zip(offsets, starts)]

    return {
        "attribution": list(label),
        "source": list(source),
        "source_type": list(stype),
        "cue": list(cue),
        "cue_start": moved(cs),
        "cue_end": moved(ce),
        "source_start": moved(ss),
        "source_end": moved(se),
        "quote": list(quote),
        "quote_fragment": list(fragment),
        "quote_spans": [
            tuple((q.start + s, q.end + s) for q in a.quotes) if a.quotes else ()
            for a, s in zip(atts, starts)
        ],
        "unbalanced_quote": list(unbalanced),
        "attribution_note": list(note),
    }


def _spans(sent: str, raw: list[str], upto: int | None = None) -> list[tuple[int, int]]:
    """Character spans of the word tokens ``raw`` of ``sent`` (found in order, left to
    right: the text between two tokens holds no word character, so ``find`` is exact; a
    token shortened by its possessive still starts where it did)."""
    out, pos, find = [], 0, sent.find
    for t in raw if upto is None else raw[:upto]:
        pos = find(t, pos)
        out.append((pos, pos + len(t)))
        pos += len(t)
    return out


class EvidenceRow(NamedTuple):
    """One match of one sentence as ``evidence`` lists it (before the article's id, outlet
    and lexicon origin are added): offsets ``start``/``end`` are into the article's text,
    ``left`` and ``right`` the sentence's words around the match."""

    sentence: int
    kind: str
    feature: str
    category: str
    term: str
    matched: str
    start: int
    end: int
    negated: bool
    actor: str | None
    left: str
    right: str
    sentence_text: str


#: The columns of ``evidence``: the article, one ``EvidenceRow``, the lexicon file.
EVIDENCE_COLUMNS = ["id", "outlet", *EvidenceRow._fields, "lexicon"]


def _evidence_rows(i, s, kind, sent, toks, norms, found, question) -> list[EvidenceRow]:
    spans_ = [(t.start, t.end) for t in toks]
    actor_pos = [(m.first, m.entry.category) for m in found if m.feature == "actor"]
    out = []
    for m in found:
        if m.feature in ("actor", "cue"):
            continue
        a, b = spans_[m.first][0], spans_[m.last][1]
        near = min(actor_pos, key=lambda p: (abs(p[0] - m.first), p[0]))[1] if actor_pos else None
        out.append(
            EvidenceRow(
                sentence=i,
                kind=kind,
                feature=m.feature,
                category=m.entry.category,
                term=m.entry.term,
                matched=sent[a:b],
                start=s + a,
                end=s + b,
                negated=is_negated(sent, spans_, norms, m.first),
                actor=near,
                left=sent[:a],
                right=sent[b:],
                sentence_text=sent,
            )
        )
    if question:
        q = sent.rstrip()
        out.append(
            EvidenceRow(
                sentence=i,
                kind=kind,
                feature="hedge",
                category="open_question",
                term=QUESTION_TERM,
                matched="?",
                start=s + len(q) - 1,
                end=s + len(q),
                negated=False,
                actor=actor_pos[-1][1] if actor_pos else None,
                left=q[:-1],
                right="",
                sentence_text=sent,
            )
        )
    return out


_INT = ("sentence", "start", "end", "words", "cue_start", "cue_end", "source_start", "source_end")
_BOOL = ("quote", "quote_fragment", "unbalanced_quote")
_TUPLES = ("quote_spans",)


@lru_cache(maxsize=16)
def table_layout(features: tuple[str, ...]) -> tuple[list[str], dict[str, object]]:
    """The sentence table's column order and each column's dtype, for these features:
    int64 counts and offsets (-1 where there is none), bool flags, float64 sentiment, and
    Python objects for text (str or None) and for ``quote_spans`` (tuples of offsets)."""
    order = SENTENCE_COLUMNS + list(features) + ATTRIBUTION_COLUMNS + ["actors", "sentiment"]
    dtypes: dict[str, object] = {}
    for c in order:
        if c in _INT or c in features:
            dtypes[c] = np.int64
        elif c in _BOOL:
            dtypes[c] = np.bool_
        elif c == "sentiment":
            dtypes[c] = np.float64
        else:
            dtypes[c] = object
    return order, dtypes


def sentence_frame(cols: Mapping[str, list], features: Iterable[str]) -> pd.DataFrame:
    """The sentence table from column lists, with the dtypes of ``table_layout``.

    ``public_frame`` builds it with pandas' public constructor; that costs about 2 ms a call
    more than handing pandas one 2-D block per dtype (``benchmarks/bench_table.py``, pandas
    3.1: ``score_text`` on a one-paragraph text takes 2.6 times as long, an article 9% longer,
    the seed corpus 3%), and the evaluations call ``score_text`` once per item. So the block
    path is kept, here only, and falls back to ``public_frame`` when a pandas version lacks
    it; a test holds the two equal.
    """
    features = features if type(features) is tuple else tuple(features)
    try:
        return _block_frame(cols, _blocks_of(features))
    except (ImportError, AttributeError, TypeError, ValueError):  # pragma: no cover
        return public_frame(cols, features)


def public_frame(cols: Mapping[str, list], features: Iterable[str]) -> pd.DataFrame:
    """The sentence table through ``pd.DataFrame`` (always available, slower)."""
    order, dtypes = table_layout(tuple(features))
    data = {}
    for c in order:
        if dtypes[c] is object:  # explicit: pandas would infer its str dtype (None → NaN)
            data[c] = pd.Series(_objects(cols[c]), dtype=object, copy=False)
        else:
            data[c] = np.asarray(cols[c], dtype=dtypes[c])
    return pd.DataFrame(data, columns=order, copy=False)


def _objects(values: list) -> np.ndarray:
    arr = np.empty(len(values), dtype=object)
    for i, v in enumerate(values):
        arr[i] = v  # one by one: tuples stay tuples (numpy would make them 2-D)
    return arr


@lru_cache(maxsize=16)
def _block_layout(order: tuple[str, ...], dtypes: tuple) -> tuple:
    """What every table of one layout shares, built once: the column index (pandas infers
    its string dtype, which costs more than the rest of a one-paragraph table) and, per
    dtype, the columns' positions, their ``BlockPlacement`` and the block class pandas'
    ``new_block`` would choose for that dtype. All are immutable."""
    from pandas._libs.internals import BlockPlacement
    from pandas.core.internals.blocks import get_block_type

    groups: dict[object, list[int]] = {}
    for k, dtype in enumerate(dtypes):
        groups.setdefault(dtype, []).append(k)
    placed = tuple(
        (
            dtype,
            tuple(order[k] for k in where),
            BlockPlacement(np.array(where, dtype=np.intp)),
            get_block_type(np.dtype(dtype)),
        )
        for dtype, where in groups.items()
    )
    return pd.Index(list(order)), placed


@lru_cache(maxsize=16)
def _blocks_of(features: tuple[str, ...]) -> tuple:
    """``_block_layout`` of the sentence table for these features: one look-up a table."""
    order, dtypes = table_layout(features)
    return _block_layout(tuple(order), tuple(dtypes[c] for c in order))


@lru_cache(maxsize=1)
def _pandas_internals() -> tuple:
    """pandas' block-manager names that ``_block_frame`` uses, imported once (an import
    statement inside the function cost about 2 µs a table)."""
    from pandas.core.indexes.api import default_index
    from pandas.core.internals.managers import BlockManager

    return default_index, BlockManager


def _block_frame(cols: Mapping[str, list], layout: tuple) -> pd.DataFrame:
    """The fast path: one 2-D block per dtype, given to pandas' block manager as it is
    (each block made by its class, as ``pandas.core.internals.blocks.new_block`` does)."""
    default_index, BlockManager = _pandas_internals()
    n = len(cols["sentence"])
    columns, placed = layout
    blocks = []
    for dtype, names, placement, block in placed:
        if dtype is object:
            # every value stored as it is (str, None, and quote_spans' tuples, which
            # np.array would make 2-D), row after row, in one call
            arr = np.fromiter(
                chain.from_iterable([cols[c] for c in names]), dtype=object, count=len(names) * n
            ).reshape(len(names), n)
        else:
            arr = np.array([cols[c] for c in names], dtype=dtype).reshape(len(names), n)
        blocks.append(block(arr, ndim=2, placement=placement, refs=None))
    mgr = BlockManager(tuple(blocks), [columns, default_index(n)], verify_integrity=False)
    return pd.DataFrame._from_mgr(mgr, axes=mgr.axes)


@lru_cache(maxsize=16)
def _lexicon_info(matcher: Matcher) -> tuple:
    """Each counted feature's lexicon origin and sha1, and the actor and cue lexicons', once
    per matcher (``_attrs`` copies them into fresh dictionaries for every table)."""
    info = {lx.feature: (lx.origin, lx.sha1) for lx in matcher.lexicons}
    return tuple((f, *info[f]) for f in counted_features(matcher)), info["actor"], info["cue"]


def _attrs(df: pd.DataFrame, matcher: Matcher) -> pd.DataFrame:
    """The table's ``attrs``: where each lexicon came from and its content hash (new
    dictionaries for every table, so that changing one table's attrs changes no other)."""
    counted, (a_origin, a_sha1), (c_origin, c_sha1) = _lexicon_info(matcher)
    attrs = df.attrs
    attrs["lexicons"] = {f: {"origin": o, "sha1": h} for f, o, h in counted}
    attrs["actor_lexicon"] = {"origin": a_origin, "sha1": a_sha1}
    attrs["cue_lexicon"] = {"origin": c_origin, "sha1": c_sha1}
    return df


_QUOTE_OPEN = re.compile(r"“|‘|``|(?<![\w’'])'(?=\w)")
_QUOTE_CLOSE = re.compile(r"”|’(?!\w)|''|(?<=[\w.,;:?!])'(?!\w)")


#: The evidence ``term`` of an open question (the hedge a final question mark counts).
QUESTION_TERM = "<question mark>"


@lru_cache(maxsize=1)
def _hedging_toml() -> dict:
    """``framing/data/hedging.toml``, read once for all its lists."""
    with resources.files("framing").joinpath("data/hedging.toml").open("rb") as fh:
        return tomllib.load(fh)


def _hedging_words(name: str) -> frozenset[str]:
    """The list ``name`` of ``framing/data/hedging.toml`` (its comments give the sources)."""
    words = _hedging_toml().get(name)
    if not isinstance(words, list) or not words:
        raise ValueError(f"framing/data/hedging.toml: {name!r} must be a non-empty list")
    return frozenset(str(w).lower() for w in words)


#: The hedge lexicon's category for a verb of suggesting that counts only when no named
#: holder stands right before it: evidence or a bare subject ("The autopsy suggested that he
#: died of a heart attack") hedges, a named person's or outlet's "State Sen. Lee Bright
#: suggested that" is attribution (codebook §4); pronoun and person-noun holders are
#: exclude rows (review after the twelfth round).
UNNAMED_HOLDER = "unnamed_holder"


def named_holder(sentence: str, toks: list[tuple[int, int]], match, article: str = "") -> bool:
    """Is ``match`` an ``UNNAMED_HOLDER`` row whose word before is a capitalised word after the
    sentence's first, or an acronym (a name: "State Sen. Lee Bright suggested that", "MSNBC
    suggested that"), or a sentence's first word that the ``article`` also capitalises
    inside a sentence ("Rubio suggested that", with "... said Rubio" elsewhere: a name;
    "Research suggested that" is not capitalised inside one; thirteenth round)?"""
    if match.entry.category != UNNAMED_HOLDER or match.first == 0:
        return False
    start, end = toks[match.first - 1]
    word = sentence[start:end]
    if match.first == 1:  # a sentence's first word is capitalised whatever it is ("Emails")
        if sum(c.isupper() for c in word) > 1:  # but an acronym names ("MSNBC suggested")
            return True
        return bool(article) and word[:1].isupper() and _inside_capitalised(word, article)
    return word[:1].isupper()


def _inside_capitalised(word: str, article: str) -> bool:
    """Does ``word``, capitalised, stand in ``article`` after a lower-case word or a comma
    (inside a sentence, so a name, not a capital of position)?"""
    return re.search(r"(?:\b[a-z]+|,)[\s\"“‘']+" + re.escape(word) + r"\b", article) is not None


#: The hedge lexicon's category for a modal that counts only inside a quotation, in a
#: speaker's own words ("would": codebook §1 counts it when speculative). Direct speech keeps
#: the speaker's tense, so a quoted "would" is a conditional or a guess ("It would inspire a
#: sense of service"); in the writer's narration and in reported speech "would" is mostly a
#: plan told in the past, a backshifted "will" or a habit ("said he would sign", "she would
#: later sell the land"), which the codebook does not count.
QUOTED_MODAL = "quoted_modal"


#: Past verbs of saying and thinking, and nouns of a promise: after one of them in the same
#: quotation a quoted "would" is a backshifted "will", not a guess (``speaker_modal``).
BACKSHIFT_WORDS = _hedging_words("backshift_words")
BACKSHIFT_OPERATORS = _hedging_words("backshift_operators")
#: Words that end the clause of a past operator before "would" (``backshifted``).
_OPERATOR_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:and|but)\b")


def backshifted(before: str) -> bool:
    """Does the text ``before`` a quoted "would" (lower case, straight apostrophes, from the
    quotation's start) hold a past verb of saying or thinking (``BACKSHIFT_WORDS``), or a past
    operator ``BACKSHIFT_OPERATORS`` with at most six words between and in the same clause?"""
    found = WORD.findall(before)
    if any(w in BACKSHIFT_WORDS for w in found):
        return True
    clause = _OPERATOR_CLAUSE_BREAK.split(before)[-1]
    # a hyphenated word is one word here ("did I ever second-guess that the team would")
    return any(w in BACKSHIFT_OPERATORS for w in WORD.findall(clause.replace("-", ""))[-7:])


#: The hedge lexicon's category of "would have", which counts as a modal only before a past
#: participle and with no past verb of saying or thinking before it in the sentence: the
#: perfect conditional, what would have happened but did not ("a bill that would have
#: overhauled the system"; Quirk et al. 1985, §14.25; the rulings' counterfactual "would
#: have"). Otherwise it is the bare "would" (``QUOTED_MODAL``): "would have to" an
#: obligation, "said he would have vetoed it" a report (thirteenth round).
PERFECT_MODAL = "perfect_modal"
#: The hedge lexicon's category of "would ... if" (the consequence before its condition):
#: counted like ``PERFECT_MODAL`` but with no participle needed, and not after a word of an
#: indirect question (``CONDITIONAL_QUESTION_WORDS``: "whether he would support her if
#: nominated") either (thirteenth round).
CONDITIONAL_MODAL = "conditional_modal"
CONDITIONAL_QUESTION_WORDS = _hedging_words("conditional_question_words")
IRREGULAR_PARTICIPLES = _hedging_words("irregular_participles")
PARTICIPLE_NOT = _hedging_words("participle_not")
PARTICIPLE_ADVERBS = _hedging_words("participle_adverbs")


def participle_follows(norms: list[str], last: int) -> bool:
    """Is the word after token ``last`` (up to two adverbs skipped: ``PARTICIPLE_ADVERBS`` or
    any "-ly" word) a past participle: one of ``IRREGULAR_PARTICIPLES``, or a word of four
    letters or more ending in "-ed" or "-en" and not in ``PARTICIPLE_NOT``?"""
    j, n = last + 1, len(norms)
    while j < n and j <= last + 2 and (norms[j] in PARTICIPLE_ADVERBS or norms[j].endswith("ly")):
        j += 1
    if j >= n:
        return False
    w = norms[j]
    if w in IRREGULAR_PARTICIPLES:
        return True
    return len(w) > 3 and w.endswith(("ed", "en")) and w not in PARTICIPLE_NOT


@lru_cache(maxsize=32)
def _would_entry(matcher: Matcher, category: str) -> Entry | None:
    """The entry "would" of ``category`` in ``matcher``'s lexicons (the bare ``QUOTED_MODAL``
    or the ``HYPOTHETICAL`` row), if it has one."""
    for lx in matcher.lexicons:
        for e in lx.entries:
            if e.category == category and e.term.lower() == "would":
                return e
    return None


def perfect_modal(
    m: Match, low: str, toks: list[tuple[int, int]], norms: list[str], matcher: Matcher
) -> Match | None:
    """``m`` itself unless it is a ``PERFECT_MODAL`` match that is no counterfactual (no
    participle after it, or a past verb of saying or thinking before it: ``backshifted``);
    then the bare "would" of its first word, which counts only in a speaker's own words
    (None when the lexicon has no bare "would")."""
    if m.entry.category != PERFECT_MODAL:
        return m
    if participle_follows(norms, m.last) and not backshifted(low[: toks[m.first][0]]):
        return m
    bare = _would_entry(matcher, QUOTED_MODAL)
    return None if bare is None else Match(m.feature, bare, m.first, m.first)


def writers_condition(m: Match, low: str, toks: list[tuple[int, int]]) -> bool:
    """Is the ``CONDITIONAL_MODAL`` match ``m`` ("would ... if") the writer's or a speaker's
    own hypothesis: no past verb of saying or thinking before it (``backshifted``) and no word
    of an indirect question (``CONDITIONAL_QUESTION_WORDS``)?"""
    before = low[: toks[m.first][0]]
    if backshifted(before):
        return False
    return not any(w in CONDITIONAL_QUESTION_WORDS for w in WORD.findall(before))


@lru_cache(maxsize=16)
def _without_conditionals(matcher: Matcher) -> Matcher:
    """``matcher`` without its ``CONDITIONAL_MODAL`` entries: what the lexicons find where a
    "would ... if" is not the writer's hypothesis."""
    return Matcher(
        replace(lx, entries=tuple(e for e in lx.entries if e.category != CONDITIONAL_MODAL))
        for lx in matcher.lexicons
    )


def checked_modals(
    found: list[Match],
    low: str,
    toks: list[tuple[int, int]],
    norms: list[str],
    sent: str,
    matcher: Matcher,
) -> list[Match]:
    """``found`` with the checked modals resolved (thirteenth round): a "would ... if"
    (``CONDITIONAL_MODAL``) reported or in an indirect question gives way to whatever else
    the lexicons find there ("said he would be shocked if" keeps "would be shocked", "said
    she would change it if she could" keeps the exclude "if she could"), and a "would have"
    (``PERFECT_MODAL``) counts only as a counterfactual (``perfect_modal``)."""
    if any(
        m.entry.category == CONDITIONAL_MODAL and not writers_condition(m, low, toks) for m in found
    ):
        found = _without_conditionals(matcher).find(None, norms, sent)
    return [x for m in found if (x := perfect_modal(m, low, toks, norms, matcher))]


#: A sentence whose subject is a gerund or an infinitive clause, with "would" as its verb
#: ("Closing the department would send the wrong message", "And reneging on treaties would
#: complicate", "To make up the difference would require a carbon tax"): the subject is a
#: course of action supposed, so "would" is the hypothetical consequence of a condition left
#: implicit (Quirk et al. 1985, §14.25; the rulings' hypothetical "would"), not a plan told in
#: the past. No comma, colon or dash between (a participial adjunct: "Speaking to reporters,
#: he said he would"), and no relative or finite verb between ("Having announced that he
#: would", "Consulting firms have long hired ... would"); thirteenth round.
_HYPOTHETICAL_SUBJECT = re.compile(
    r"\W*(?:(?:and|but|even|so|yet)\s+)?"
    r"(?!(?:during|according|following|including|regarding|morning|evening|spring|string)\b)"
    r"(?:[a-z]{2,}[a-z]ing|to\s+[a-z]+)\b"
    r"(?:(?!\b(?:that|who|which|is|are|was|were|has|have|had|said|says|shows|show|would)\b)"
    r"[^,;:—–\"“”()])*"
    r"\bwould\b"
)


#: The hedge lexicon's category of the "would" of a gerund or infinitive subject
#: (``_HYPOTHETICAL_SUBJECT``): its row stands after the bare "would" and never matches by
#: itself; ``hypothetical_subject`` gives it to that "would" (thirteenth round).
HYPOTHETICAL = "hypothetical_subject"


def hypothetical_subject(
    found: list[Match], offset: int, toks: list[tuple[int, int]], matcher: Matcher
) -> list[Match]:
    """``found`` with the bare "would" (``QUOTED_MODAL``) at character ``offset`` made the
    ``HYPOTHETICAL`` entry, which counts in narration too."""
    entry = _would_entry(matcher, HYPOTHETICAL)
    if entry is None:
        return found
    return [
        Match(m.feature, entry, m.first, m.last)
        if m.entry.category == QUOTED_MODAL and toks[m.first][0] == offset
        else m
        for m in found
    ]


def in_quotation(attribution, offset: int) -> bool:
    """Does the character ``offset`` of a sentence lie inside one of the quotations that
    ``attribute_article`` found in it (``attribution.quotes``, offsets into the sentence)?"""
    return any(q.start <= offset < q.end for q in attribution.quotes)


#: A quoted "would" with "I" or "we" right before it and no verb after it ("Yes, I would.",
#: "“I would, Donald.”", "“You bet I would,” he said"): an elliptical answer or commitment,
#: the verb left to the question it answers, not a guess (``speaker_modal``; twelfth round;
#: other subjects make a prediction, "Sooner or later it would", since the review).
_ELLIPSIS_SUBJECT = re.compile(r"(?:^|[^\w'’])(?:i|we)\s+$", re.IGNORECASE)
#: An "if" in the quotation makes an elliptical "would" a conditional prediction ("If the
#: price were right, they would"), which hedges (review after the twelfth round).
_CONDITIONAL = re.compile(r"\bif\b", re.IGNORECASE)
_ELLIPSIS_MODAL = re.compile(r"would\s*[,.!?;:”\"]", re.IGNORECASE)


def speaker_modal(sentence: str, attribution, offset: int) -> bool:
    """Is the modal at ``offset`` of ``sentence`` in a speaker's own words, so counted as
    ``QUOTED_MODAL``: inside a quotation of ``attribution`` and not after a past verb of
    saying or thinking in that quotation ("He said he thought voters would agree": a
    backshifted "will", ``BACKSHIFT_WORDS``), nor an elliptical answer ("Yes, I would.")?"""
    for q in attribution.quotes:
        if q.start <= offset < q.end:
            if (
                _ELLIPSIS_MODAL.match(sentence, offset)
                and _ELLIPSIS_SUBJECT.search(sentence, 0, offset)
                and not _CONDITIONAL.search(sentence, q.start, q.end)
            ):
                return False
            return not backshifted(sentence[q.start : offset].lower().replace("’", "'"))
    return False


def quoted_questions(sentences: Sequence[str], attributions: Sequence) -> set[int]:
    """Indices of the sentences whose open question (``open_question``) ends inside a
    quotation, as ``attribute_article`` found it (a quoted speaker's question, or a sentence
    of a quotation that runs over several sentences): codebook §1 counts open questions in
    the writer's voice, so these are not hedges."""
    out = set()
    for i, (sent, att) in enumerate(zip(sentences, attributions)):
        if not att.quotes or not open_question(sent):
            continue
        if in_quotation(att, len(sent.rstrip()) - 1):
            out.add(i)
    return out


#: A speaker's label opening a transcript or interview line ("Q:", "Question:", "TAPPER:",
#: "KATE BOLDUAN:"): the question after it is that speaker's, not the writer's (codebook §1).
_SPEAKER_LABEL = re.compile(
    r"""\s*["“'‘]?\s*(Q|Question|[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})\s*:\s"""
)


#: Operators and wh-words: a clause of an open question opens with one (``interrogative``).
QUESTION_OPERATORS = _hedging_words("question_operators")
#: The operators without the wh-words ("is", "do", "can", ...): a negative operator right
#: after a wh-word ("why isn't") makes a conducive question too, not one after an operator
#: (``interrogative``; thirteenth round).
QUESTION_OPERATORS_ONLY = QUESTION_OPERATORS - _hedging_words("question_wh_words")


#: Interrogative word order (``interrogative``): words that may open a clause before its
#: operator, wh-words that mark an embedded question inside a clause, and the pronouns after
#: an operator that make a question addressed to the reader or asked of oneself.
QUESTION_OPENERS = _hedging_words("question_openers")
EMBEDDED_QUESTION_WORDS = _hedging_words("embedded_question_words")
QUESTION_ADDRESSEES = _hedging_words("question_addressees")
#: The reader's (or an interlocutor's) pronoun anywhere in a question ("What's the impact when
#: you hear that?", "How much of that is your fault?"): a question put to someone, an
#: interviewer's or the reader's, not a claim the writer holds open (twelfth round).
QUESTION_READER_WORDS = _hedging_words("question_reader_words")
#: Hedge rows that open a question themselves ("Who knows what will happen?"): the question
#: is counted once, by the row, not again by its "?" (review after the twelfth round).
QUESTION_OPENING_TERMS = _hedging_words("question_opening_terms")

#: Clause boundaries inside a question: a comma, colon, semicolon, parenthesis or dash.
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]—–]|\s-{1,2}\s")


def interrogative(question: str) -> bool:
    """Is ``question`` (a sentence without its final "?") an open question by its word order
    (``framing/data/hedging.toml``, codebook §1)? A clause of it opens, after discourse
    openers ("and", "but", "so"), with an operator or a wh-word ("Will the council vote",
    "..., but could it be misleading", "Why did the talks fail"), or the sentence opens with
    an elliptical "if" ("And if she loses the election"), or a lower-case "how", "why",
    "whether" or "what" stands inside it ("The big question is how long it will last"). A
    declarative question ("The ads are too tough huh", "She can't win without the media")
    is not, nor is a question whose operator is followed by "you", "I" or "we" ("Do you
    support ...", "But what do you expect", "Who am I leaving out"): addressed to the reader
    or asked of oneself, a rhetorical question or an engagement marker (Hyland 2005). Nor is
    a question with "you" or "your" anywhere in it ("What's the impact when you hear that?":
    put to an interlocutor or the reader), nor a lone wh-word ("Why?": a set-up the next
    sentence answers, like a verbless fragment) (twelfth round)."""
    every = [t.lower() for t in WORD.findall(question.replace("’", "'"))]
    if any(t in QUESTION_READER_WORDS for t in every):
        return False
    if len([t for t in every if t not in QUESTION_OPENERS]) < 2:
        return False
    found = False
    for k, clause in enumerate(_CLAUSE_BREAK.split(question)):
        toks = WORD.findall(clause.replace("’", "'"))
        j = 0
        while j < len(toks) and toks[j].lower() in QUESTION_OPENERS:
            j += 1
        if j == len(toks):
            continue
        first = toks[j].lower()
        if first in QUESTION_OPERATORS or first.endswith("n't"):
            # "you", "I" or "we" right after the operator, or after a wh-word and its
            # operator ("what do you expect"), makes the question addressed
            low = [t.lower() for t in toks[j + 1 : j + 3]]
            if low and low[0] in QUESTION_ADDRESSEES:
                return False
            if (
                len(low) == 2
                and (low[0] in QUESTION_OPERATORS or low[0].endswith("n't"))
                and low[1] in QUESTION_ADDRESSEES
            ):
                return False
            # a negative operator, first or after the question's wh-word ("Isn't that too
            # close to ...", "So why isn't he using the same standard"), makes a conducive
            # question: the writer expects the positive answer (Quirk et al. 1985, §11.11), a
            # rhetorical assertion, not a claim held open (thirteenth round); a wh-word after
            # a comma may open a relative clause ("women, who didn't know him,")
            if first.endswith("n't") or (
                k == 0 and first not in QUESTION_OPERATORS_ONLY and low and low[0].endswith("n't")
            ):
                return False
            found = True
        elif k == 0 and first == "if":
            found = True
        elif any(t in EMBEDDED_QUESTION_WORDS for t in toks[j:]):
            found = True
    return found


def open_question(sentence: str) -> bool:
    """Does ``sentence`` end in an open question (codebook §1: a question in the writer's
    voice is a hedge)? A final "?" counts unless it closes a quotation or a quoted title that
    the sentence opened and has not closed, as when the sentence splitter cuts at the mark
    (the book 'Does IT Matter?; a show "What's in the sky tonight?): that question is
    someone else's words or a name, not the writer's. Nor does a question after a speaker's
    label ("Q: Have you talked to her?", "TAPPER: Do you think ...?"): an interviewer's.
    A "?" after another "?" is a lost character, not a question. Nor is a question without
    interrogative word order (``interrogative``): a verbless fragment ("The problem?",
    "Single-payer?": a set-up, an echo or chrome), a declarative question, or one addressed
    to the reader ("Do you support ...?")."""
    q = sentence.rstrip()
    if not q.endswith("?") or q.endswith("??"):
        return False
    label = _SPEAKER_LABEL.match(q)
    if label and not is_section_label(label.group(1)):
        return False
    body = q[:-1]
    straight = body.count('"') % 2 == 1
    curly = len(_QUOTE_OPEN.findall(body)) > len(_QUOTE_CLOSE.findall(body))
    return not (straight or curly) and interrogative(body)


def score_text(
    text: str, *, lexicons: Mapping | None = None, actors: Lexicon | None = None
) -> pd.DataFrame:
    """Score one text: one row per sentence, in order, ``text[start:end]`` being the sentence.

    Columns: sentence, start, end, kind, text, words, one count per feature (hedge, booster,
    threat, conciliatory, and any lexicon you add), the attribution columns (attribution,
    source, source_type, cue, quote, ...), actors and sentiment. Empty text gives an empty
    table with the same columns. ``actors``: an actor lexicon (a study's ``actors``) in place
    of the shipped one for the ``actors`` column.
    """
    if not isinstance(text, str):
        raise TypeError(f"score_text expects a str, got {type(text).__name__}")
    matcher = _matcher(_key(lexicons), actors)
    spans = split_sentences(text, paras=classify_paragraphs(text, paragraphs(text)))
    cols, _ = _analyse(text, spans, matcher, want_evidence=False)
    return _attrs(sentence_frame(cols, counted_features(matcher)), matcher)


def article_paragraphs(row: Mapping) -> tuple[str, list[Paragraph]]:
    """The text an article is scored on and its paragraphs with their kinds.

    The text is the corpus's ``text`` column: a user who edits it changes the result. Kinds
    (headline, standfirst, caption, ...) come from the article's ``raw`` structure, which also
    knows the removed lines (image credits, date lines); when ``text`` is not the clean text
    of ``raw`` any more, its paragraphs keep those kinds one by one if their number is
    unchanged, and are classified from their own shape otherwise. A row without ``text``
    (only ``raw``) is scored on the clean text of ``raw``.
    """
    text = row.get("text")
    if text is not None and not isinstance(text, str):
        raise TypeError(f"article {row.get('id')!r}: text is {type(text).__name__}, not str")
    if row.get("raw") is not None:
        clean, paras, _ = article_structure({"raw": row["raw"], "headline": row.get("headline")})
        if text is None or text == clean:
            return clean, paras
        spans = paragraphs(text)
        if len(spans) == len(paras):
            return text, [Paragraph(s, e, p.kind) for (s, e), p in zip(spans, paras)]
    return text or "", classify_paragraphs(
        text or "", paragraphs(text or ""), headline=row.get("headline") or None
    )


def _article_job(args):
    row, key, want_evidence, actors = args
    matcher = _matcher(key, actors)
    text, paras = article_paragraphs(row)
    spans = split_sentences(text, paras=paras)
    return _analyse(text, spans, matcher, want_evidence)


def _run(corpus: pd.DataFrame, lexicons, want_evidence: bool, jobs: int, actors=None):
    _check_corpus(corpus)
    key = _key(lexicons)
    cols = [c for c in ("id", "raw", "text", "headline") if c in corpus.columns]
    rows = corpus[cols].to_dict("records")
    tasks = [(r, key, want_evidence, actors) for r in rows]
    if jobs == 1 or len(tasks) < 2:
        results = [_article_job(t) for t in tasks]
    else:
        workers = os.cpu_count() if jobs in (0, -1) else jobs
        chunk = max(1, len(tasks) // (workers * 8))
        try:
            results = list(_pool(workers).map(_article_job, tasks, chunksize=chunk))
        except BrokenProcessPool:
            _POOLS.pop(workers, None)  # a worker died: the next call starts a fresh pool
            raise
    return _matcher(key, actors), results


_POOLS: dict[int, ProcessPoolExecutor] = {}


def _pool(workers: int) -> ProcessPoolExecutor:
    """A process pool kept for the session: workers load the lexicons and VADER once, not
    once per call (a streamed corpus calls ``score_sentences`` once per chunk)."""
    pool = _POOLS.get(workers)
    if pool is None:
        pool = _POOLS[workers] = ProcessPoolExecutor(
            max_workers=workers, initializer=exit_with_parent
        )
        atexit.register(pool.shutdown)
    return pool


def _check_corpus(corpus) -> None:
    cols = set(corpus.columns) if isinstance(corpus, pd.DataFrame) else set()
    if not {"id", "outlet"} <= cols or not cols & {"text", "raw"}:
        raise TypeError(
            "expected a corpus from framing.load_corpus (columns id, outlet, text, raw, ...)"
        )


def score_sentences(
    corpus: pd.DataFrame,
    *,
    lexicons: Mapping | None = None,
    jobs: int = 1,
    actors: Lexicon | None = None,
) -> pd.DataFrame:
    """``score_text`` for every article of a corpus, with ``id`` and ``outlet`` in front.

    Offsets refer to the article's clean ``text`` column. ``jobs`` > 1 scores articles in
    parallel processes; the result is identical and in the same order. A Dask DataFrame of
    articles gives a Dask DataFrame (``framing.distributed``). ``actors``: an actor lexicon
    (a study's ``actors``) in place of the shipped one.
    """
    if is_dask_frame(corpus):
        return dask_score_sentences(corpus, lexicons=lexicons, actors=actors)
    matcher, results = _run(corpus, lexicons, False, jobs, actors)
    return _sentence_table(corpus, matcher, results)


def score_sentences_and_evidence(
    corpus: pd.DataFrame,
    *,
    lexicons: Mapping | None = None,
    jobs: int = 1,
    actors: Lexicon | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``score_sentences`` and ``evidence`` of a corpus from one analysis of each article
    (the same two tables as the two calls, at the cost of one)."""
    matcher, results = _run(corpus, lexicons, True, jobs, actors)
    return _sentence_table(corpus, matcher, results), _evidence_table(corpus, matcher, results)


def _sentence_table(corpus: pd.DataFrame, matcher, results) -> pd.DataFrame:
    """The sentence table of ``_run``'s results, ``id`` and ``outlet`` in front."""
    feats = counted_features(matcher)
    frames = []
    for (aid, outlet), (cols, _) in zip(corpus[["id", "outlet"]].itertuples(index=False), results):
        frames.append((aid, outlet, cols))
    merged: dict[str, list] = {"id": [], "outlet": []}
    for aid, outlet, cols in frames:
        n = len(cols["sentence"])
        merged["id"] += [aid] * n
        merged["outlet"] += [outlet] * n
        for c, v in cols.items():
            merged.setdefault(c, []).extend(v)
    if not frames or not merged.get("sentence"):
        empty, _ = _analyse("", [], matcher, False)
        for c, v in empty.items():
            merged.setdefault(c, v)
    body = sentence_frame(merged, feats)
    body.insert(0, "outlet", pd.Series(merged["outlet"], dtype=object))
    body.insert(0, "id", pd.Series(merged["id"], dtype=object))
    return _attrs(body, matcher)


def evidence(
    corpus: pd.DataFrame,
    *,
    lexicons: Mapping | None = None,
    jobs: int = 1,
    actors: Lexicon | None = None,
) -> pd.DataFrame:
    """One row per match: the article, sentence, feature, lexicon entry, matched words,
    offsets into the article's ``text``, negation, nearest actor (``actors``: from a study's
    actor lexicon) and the words around it (keyword in context)."""
    matcher, results = _run(corpus, lexicons, True, jobs, actors)
    return _evidence_table(corpus, matcher, results)


def _evidence_table(corpus: pd.DataFrame, matcher, results) -> pd.DataFrame:
    """The evidence table of ``_run``'s results (run with evidence): one row per match."""
    origin = {lx.feature: lx.origin for lx in matcher.lexicons}
    recs = []
    for (aid, outlet), (_, ms) in zip(corpus[["id", "outlet"]].itertuples(index=False), results):
        for m in ms:
            recs.append((aid, outlet, *m, origin.get(m.feature, "")))
    df = pd.DataFrame(recs, columns=EVIDENCE_COLUMNS)
    df["negated"] = df["negated"].astype(bool)
    for c in ("sentence", "start", "end"):
        df[c] = df[c].astype("int64")
    return _attrs(df, matcher)


def score_articles(
    corpus: pd.DataFrame,
    *,
    lexicons: Mapping | None = None,
    kinds: Iterable[Kind] = KINDS,
    jobs: int = 1,
    sentences: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """One row per article: counts, words, sentences, rates per 1,000 words, shares of
    sentences, attribution shares, quotations and mean sentiment.

    Every rate has its denominator beside it (``words`` for ``*_per_1k``, ``sentences`` for
    ``*_share``). ``kinds`` chooses which sentence kinds count (for example body only).
    Articles with no sentences (an empty text) keep their row, with zero counts and empty
    rates. Pass ``sentences`` (from ``score_sentences``) to avoid scoring twice. A Dask
    DataFrame of articles gives a Dask DataFrame (``framing.distributed``).
    """
    if is_dask_frame(corpus):
        return dask_score_articles(corpus, lexicons=lexicons, kinds=kinds, sentences=sentences)
    sents = (
        sentences
        if sentences is not None
        else score_sentences(corpus, lexicons=lexicons, jobs=jobs)
    )
    kinds = check_options("kinds", kinds, KINDS, "score_articles")
    feats = [c for c in sents.columns if c in _feature_names(sents)]
    s = sents[sents["kind"].isin(kinds)]
    meta_cols = [c for c in ("id", "outlet", "kind", "based_on", "problem") if c in corpus.columns]
    out = corpus[meta_cols].rename(columns={"kind": "article_kind"}).reset_index(drop=True)
    key = s["id"]
    named = s["attribution"] == "named"
    sources = s.loc[named & s["source"].notna(), ["id", "source"]]
    distinct = (
        sources.assign(source=sources["source"].astype(str).str.lower())
        .drop_duplicates()
        .groupby("id", sort=False)
        .size()
    )
    agg = pd.DataFrame(
        {
            "sentences": key.groupby(key, sort=False).size(),
            "words": s["words"].groupby(key, sort=False).sum(),
            **{f: s[f].groupby(key, sort=False).sum() for f in feats},
            **{f"{f}_sentences": (s[f] > 0).groupby(key, sort=False).sum() for f in feats},
            "named": named.groupby(key, sort=False).sum(),
            "anonymous": (s["attribution"] == "anonymous").groupby(key, sort=False).sum(),
            "unattributed": (s["attribution"] == "unattributed").groupby(key, sort=False).sum(),
            "quotes": s["quote"].groupby(key, sort=False).sum(),
            "named_sources": distinct,
            "sentiment": s["sentiment"].groupby(key, sort=False).mean(),
        }
    )
    out = out.merge(agg, left_on="id", right_index=True, how="left")
    out["id"] = out["id"].astype(corpus["id"].dtype)  # no named source: an object index
    count_cols = [
        "sentences",
        "words",
        *feats,
        *[f"{f}_sentences" for f in feats],
        "named",
        "anonymous",
        "unattributed",
        "quotes",
        "named_sources",
    ]
    out[count_cols] = out[count_cols].fillna(0).astype("int64")
    w = out["words"].where(out["words"] > 0)
    n = out["sentences"].where(out["sentences"] > 0)
    for f in feats:
        out[f"{f}_per_1k"] = out[f] / w * 1000
        out[f"{f}_share"] = out[f"{f}_sentences"] / n
    for a in ("named", "anonymous", "unattributed"):
        out[f"{a}_share"] = out[a] / n
    out["quotes_per_1k"] = out["quotes"] / w * 1000
    out.attrs = dict(sents.attrs)
    out.attrs["kinds"] = list(kinds)
    return out


def _feature_names(sents: pd.DataFrame) -> list[str]:
    lex = sents.attrs.get("lexicons")
    if lex:
        return list(lex)
    return [f for f in FEATURES if f in sents.columns]
