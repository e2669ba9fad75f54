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
import string
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from nltk.tokenize.punkt import (
    PunktLanguageVars,
    PunktParameters,
    PunktSentenceTokenizer,
    PunktToken,
)

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
    """NLTK's Punkt, with the same boundaries computed with less work.

    - **The break decision** (``text_contains_sentbreak``: is the context of a candidate
      break, "said. The", a sentence break?) is made by ``decide``, NLTK's two annotation
      passes written out for parameters that hold abbreviations only (no collocations, no
      frequent sentence starters, no orthographic statistics: what ``punkt_parameters``
      ships), on the same word tokens and with the same patterns as NLTK, without building
      ``PunktToken`` objects. With any other parameters NLTK's own decision is used.
    - **A memo** of that decision per context string (with fixed parameters nothing is learnt
      while tokenising, so the decision depends on the context alone); bounded.
    - **span_tokenize** runs NLTK's candidate search, slicing and realignment
      (``_match_potential_end_contexts``, ``_slices_from_text``, ``_realign_boundaries``)
      in one loop, with the same patterns, and finds the last whitespace before a candidate
      with ``str.rfind`` instead of a character-by-character loop.

    ``tests/test_sentences.py`` holds the spans equal to a plain ``PunktSentenceTokenizer``
    on every seed paragraph, shuffled ones and real news, and ``decide`` equal to NLTK's
    decision on every candidate context of them.
    """

    def __init__(self, params: PunktParameters):
        super().__init__(params)
        self._breaks: dict[str, bool] = {}
        lang = self._lang_vars
        self._period_context = _raw_pattern(lang.period_context_re())
        self._word_re = _raw_pattern(lang._word_tokenizer_re())
        self._realign = _raw_pattern(lang.re_boundary_realignment)
        self._plain = (
            not params.collocations
            and not params.sent_starters
            and not any(params.ortho_context.values())
            and type(lang) is PunktLanguageVars
            and self._Token is PunktToken
        )

    def text_contains_sentbreak(self, text: str) -> bool:
        memo = self._breaks
        found = memo.get(text)
        if found is None:
            if len(memo) > 100_000:
                memo.clear()
            found = memo[text] = self.decide(text)
        return found

    def decide(self, text: str) -> bool:
        """NLTK's ``text_contains_sentbreak`` without the memo: does a token other than the
        last end a sentence once both annotation passes have run?"""
        if not self._plain:
            return super().text_contains_sentbreak(text)
        findall = self._word_re.findall
        if "\n" in text:
            toks = [t for line in text.split("\n") if line.strip() for t in findall(line)]
        else:
            toks = findall(text) if text.strip() else []
        abbrev = self._params.abbrev_types
        for k in range(len(toks) - 1):
            tok = toks[k]
            # first pass (_first_pass_annotation)
            if tok in _SENT_END:
                pass
            elif _ELLIPSIS.match(tok) or not tok.endswith(".") or tok.endswith(".."):
                continue  # an ellipsis, or not period-final: no break
            else:
                low = tok[:-1].lower()
                if low in abbrev or low.split("-")[-1] in abbrev:
                    continue  # an abbreviation: the second pass never makes it a break
            # second pass (_second_pass_annotation): with no collocations, sentence starters
            # or orthographic statistics, only an initial or a number followed by
            # punctuation or a lower-case word (an initial: or an upper-case one) is undone
            if tok.endswith("."):
                typ = _NUMERIC.sub("##number##", tok.lower())
                if len(typ) > 1 and typ[-1] == ".":
                    typ = typ[:-1]
                initial = _INITIAL.match(tok)
                if initial or typ == "##number##":
                    nxt = toks[k + 1]
                    if nxt in _PUNKT_PUNCTUATION or nxt[0].islower():
                        continue
                    if initial and nxt[0].isupper():
                        continue
            return True
        return False

    def span_tokenize(self, text: str, realign_boundaries: bool = True) -> Iterator[tuple]:
        """NLTK's ``span_tokenize``: (start, end) of each sentence of ``text``."""
        return iter(self.spans(text, realign_boundaries))

    def spans(self, text: str, realign_boundaries: bool = True) -> list[tuple[int, int]]:
        """``span_tokenize`` as a list (one loop instead of NLTK's chained generators)."""
        slices = []
        last_break = 0
        contains = self.text_contains_sentbreak
        # _match_potential_end_contexts: each candidate with the word before it, a
        # candidate whose word overlaps the previous candidate's dropped
        prev_start = prev_stop = 0
        prev_match = None
        for match in self._period_context.finditer(text):
            mstart = match.start()
            before = text[prev_stop:mstart]
            ws = max(map(before.rfind, _WHITESPACE))  # _get_last_whitespace_index
            if ws > 0:
                word_start = ws + prev_stop + 1
            else:
                word_start = prev_start
            if prev_match is not None and prev_stop <= word_start:
                if contains(
                    text[prev_start:prev_stop] + prev_match.group() + prev_match.group("after_tok")
                ):
                    slices.append((last_break, prev_match.end()))
                    last_break = (
                        prev_match.start("next_tok")
                        if prev_match.group("next_tok")
                        else prev_match.end()
                    )
            prev_match = match
            prev_start, prev_stop = word_start, mstart
        if prev_match is not None:
            if contains(
                text[prev_start:prev_stop] + prev_match.group() + prev_match.group("after_tok")
            ):
                slices.append((last_break, prev_match.end()))
                last_break = (
                    prev_match.start("next_tok")
                    if prev_match.group("next_tok")
                    else prev_match.end()
                )
        slices.append((last_break, len(text.rstrip())))
        if not realign_boundaries:
            return slices
        # _realign_boundaries
        out = []
        realign = 0
        match = self._realign.match
        last = len(slices) - 1
        for k, (s1, e1) in enumerate(slices):
            s1 += realign
            if k == last:
                if s1 < e1:
                    out.append((s1, e1))
                continue
            s2, e2 = slices[k + 1]
            m = match(text[s2:e2])
            if m:
                out.append((s1, s2 + len(m.group(0).rstrip())))
                realign = m.end()
            else:
                realign = 0
                if s1 < e1:
                    out.append((s1, e1))
        return out

    def forget(self) -> None:
        """Empty the memo: every break is decided afresh until contexts repeat again (for
        benchmarks of text whose contexts never repeat)."""
        self._breaks.clear()


def _raw_pattern(pattern):
    """The compiled pattern inside NLTK's ``redos.TimedPattern`` (its ReDoS time limit is
    for caller-supplied patterns; these are NLTK's own, linear ones), or the pattern."""
    return getattr(pattern, "_rx", pattern)


_SENT_END = frozenset(PunktLanguageVars.sent_end_chars)
_PUNKT_PUNCTUATION = PunktSentenceTokenizer.PUNCTUATION
_ELLIPSIS = _raw_pattern(PunktToken._RE_ELLIPSIS)
_NUMERIC = _raw_pattern(PunktToken._RE_NUMERIC)
_INITIAL = _raw_pattern(PunktToken._RE_INITIAL)
_WHITESPACE = tuple(string.whitespace)


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
    """Offsets of the non-blank lines of ``text``, whitespace trimmed.

    The lines ``_PARAGRAPH`` finds (a run of characters other than a line feed holding a
    non-space), read by splitting at line feeds instead of trying the pattern at every
    position (``tests/test_sentences.py`` holds the two equal)."""
    out = []
    pos = 0
    for line in text.split("\n"):
        if line and not line.isspace():
            lead = len(line) - len(line.lstrip())
            out.append(LineSpan(pos + lead, pos + len(line.rstrip())))
        pos += len(line) + 1
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
