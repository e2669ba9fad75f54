"""Sentences and words: offline Punkt segmentation with offsets and sentence kinds.

Punkt runs with the abbreviations shipped in ``framing/data/punkt.toml``; no NLTK data
file or download is ever needed. Each sentence keeps ``start``/``end`` offsets into the
text it came from and a ``kind``: headline, standfirst, subheading, caption or body
(``constants.KINDS``). ``paragraphs`` gives ``LineSpan`` records, ``split_sentences``
``SentenceSpan`` records (named tuples: ``span.start``, ``span.kind``). What a word is lives
in ``framing.tokens``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from .tokens import count_words, words  # noqa: F401  (re-exported: sentences own words)

_PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*")
_TERMINAL = re.compile(r"[.!?…:;][\"'”’)\]]*\s*$|[\"”]\s*$")
_INNER_END = re.compile(r"[.?!]")
_ENDS = tuple(".!?…:;")  # what _TERMINAL reads: an end mark, closers, spaces
_CLOSERS = "\"'”’)]"
_CLOSE_QUOTES = ('"', "”")
_TRAILING = ".?!…\"”’)]' "


class LineSpan(NamedTuple):
    """A non-blank line of a text: its offsets, whitespace trimmed (``paragraphs``)."""

    start: int
    end: int


class SentenceSpan(NamedTuple):
    """A sentence of a text: ``text[start:end]`` and its paragraph's kind (``KINDS``)."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class Paragraph:
    """A non-empty line of an article, with its offsets and structural kind."""

    start: int
    end: int
    kind: str


@lru_cache(maxsize=1)
def punkt_parameters() -> PunktParameters:
    """Punkt's parameters: the abbreviations shipped in ``framing/data/punkt.toml``."""
    with resources.files("framing").joinpath("data/punkt.toml").open("rb") as fh:
        conf = tomllib.load(fh)
    params = PunktParameters()
    params.abbrev_types = set(conf["abbreviations"])
    return params


class MemoPunkt(PunktSentenceTokenizer):
    """NLTK's Punkt with one memo: whether a candidate break's context ("said. The", the
    word before a ``.``/``?``/``!``, the mark and the next word) is a sentence break.

    With fixed parameters (nothing is learnt while tokenising) that decision depends on the
    context string alone, so remembering it gives exactly Punkt's boundaries
    (``tests/test_sentences.py`` compares with a plain tokenizer) while the common contexts
    of news text ("said. The", "U.S. officials") are decided once. The memo is bounded.
    """

    def __init__(self, params: PunktParameters):
        super().__init__(params)
        self._breaks: dict[str, bool] = {}

    def text_contains_sentbreak(self, text: str) -> bool:
        memo = self._breaks
        found = memo.get(text)
        if found is None:
            if len(memo) > 100_000:
                memo.clear()
            found = memo[text] = super().text_contains_sentbreak(text)
        return found

    def forget(self) -> None:
        """Empty the memo: every break is decided afresh until contexts repeat again (for
        benchmarks of text whose contexts never repeat)."""
        self._breaks.clear()


@lru_cache(maxsize=1)
def punkt_tokenizer() -> PunktSentenceTokenizer:
    """The Punkt tokenizer built from the shipped parameters (cached, ``MemoPunkt``)."""
    return MemoPunkt(punkt_parameters())


def is_terminated(line: str) -> bool:
    """True when a line ends like a sentence (full stop, question mark, closing quote).

    The same test as ``_TERMINAL.search(line)`` read from the line's end instead of tried at
    every position (``tests/test_sentences.py`` holds the two equal)."""
    t = line.rstrip()
    return t.endswith(_CLOSE_QUOTES) or t.rstrip(_CLOSERS).endswith(_ENDS)


def paragraphs(text: str) -> list[LineSpan]:
    """Offsets of the non-blank lines of ``text``, whitespace trimmed."""
    out = []
    for m in _PARAGRAPH.finditer(text):
        line = m.group()
        lead = len(line) - len(line.lstrip())
        out.append(LineSpan(m.start() + lead, m.start() + len(line.rstrip())))
    return out


def classify_paragraphs(
    text: str, spans: list[LineSpan], *, headline: str | None = None
) -> list[Paragraph]:
    """Give each paragraph a structural kind from its shape and position.

    Rules, in order (documented in the README):
    - headline: the first paragraph, when it matches ``headline`` or does not end like a
      sentence;
    - caption: a paragraph right after an image credit, or an unterminated paragraph of
      more than eight words;
    - standfirst: the unterminated-or-single-sentence paragraph directly after the headline,
      when the article states a date line after it (see ``corpus``), marked by the caller;
    - subheading: an unterminated paragraph of at most eight words after the headline;
    - body: everything else.
    """
    want = normalize_line(headline) if headline else None
    return [
        Paragraph(s, e, paragraph_kind(text[s:e], i, headline=want))
        for i, (s, e) in enumerate(spans)
    ]


def paragraph_kind(line: str, index: int, *, hint: str = "", headline: str | None = None) -> str:
    """The kind of one paragraph (see ``classify_paragraphs``). ``hint`` carries what the
    corpus reader knows from removed lines: "after_credit" (an image credit came just
    before) or "before_metadata" (a date line or repeated headline comes just after the
    paragraph that follows the headline); ``headline`` is the normalised metadata headline."""
    terminated = is_terminated(line)
    if terminated and not hint and (index or not headline):
        # the common case, decided without counting words (a terminated first paragraph is
        # a headline only when it matches the metadata headline)
        return "body"
    n = count_words(line)
    if index == 0 and (
        (headline and normalize_line(line) == headline) or (not terminated and n <= 30)
    ):
        return "headline"
    if hint == "before_metadata" and n <= 60:
        return "standfirst"
    if hint == "after_credit" and n <= 40 and line.count(". ") == 0:
        return "caption"
    if not terminated and n > 8:
        return "caption"
    if not terminated and index > 0:
        return "subheading"
    return "body"


def normalize_line(s: str) -> str:
    """Lower case, punctuation as spaces, single spaces: for comparing lines."""
    return " ".join(re.sub(r"[^\w\s]", " ", s.lower()).split())


def split_sentences(text: str, *, paras: list[Paragraph] | None = None) -> list[SentenceSpan]:
    """Sentences of ``text`` as ``SentenceSpan(start, end, kind)``, never crossing a paragraph.

    Headlines, subheadings and captions are one sentence each, whatever their punctuation;
    body and standfirst paragraphs are split by Punkt. ``paras`` are the text's paragraphs
    with their kinds when the caller knows them (``corpus.structure``); by default they are
    found and classified from the text alone.
    """
    if paras is None:
        paras = classify_paragraphs(text, paragraphs(text))
    tok = punkt_tokenizer()
    out: list[SentenceSpan] = []
    for p in paras:
        if p.kind in ("headline", "subheading", "caption"):
            out.append(SentenceSpan(p.start, p.end, p.kind))
            continue
        chunk = text[p.start : p.end]
        if not _INNER_END.search(chunk.rstrip(_TRAILING)):
            # no . ? ! before the paragraph's final punctuation: Punkt has nowhere to split
            out.append(SentenceSpan(p.start, p.end, p.kind))
            continue
        for s, e in tok.span_tokenize(chunk):
            if chunk[s:e].strip(" .,;:\t") == "":
                continue  # a stray ". ." left by machine translation is not a sentence
            out.append(SentenceSpan(p.start + s, p.start + e, p.kind))
    return out
