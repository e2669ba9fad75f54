"""Sentences and words: offline Punkt segmentation with offsets and sentence kinds.

Punkt runs with the abbreviations shipped in ``framing/data/punkt.toml``; no NLTK data
file or download is ever needed. Each sentence keeps ``start``/``end`` offsets into the
text it came from and a ``kind``: headline, standfirst, subheading, caption or body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import tomllib
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

KINDS = ("headline", "standfirst", "subheading", "caption", "body")

_PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*")
_TERMINAL = re.compile(r"[.!?…:;][\"'”’)\]]*\s*$|[\"”]\s*$")
_WORD = re.compile(r"\d+(?:[.,:]\d+)*|[^\W_]+(?:[.'’][^\W_]+)*")


@dataclass(frozen=True)
class Paragraph:
    """A non-empty line of an article, with its offsets and structural kind."""

    start: int
    end: int
    kind: str


@lru_cache(maxsize=1)
def punkt_tokenizer() -> PunktSentenceTokenizer:
    """The Punkt tokenizer built from the shipped parameters (cached)."""
    with resources.files("framing").joinpath("data/punkt.toml").open("rb") as fh:
        conf = tomllib.load(fh)
    params = PunktParameters()
    params.abbrev_types = set(conf["abbreviations"])
    return PunktSentenceTokenizer(params)


def words(text: str) -> list[tuple[str, int, int]]:
    """Word tokens of ``text`` as ``(word, start, end)``; hyphens split, ``U.S`` does not."""
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


def count_words(text: str) -> int:
    """Number of word tokens, the denominator of every per-1,000-word rate."""
    return sum(1 for _ in _WORD.finditer(text))


def is_terminated(line: str) -> bool:
    """True when a line ends like a sentence (full stop, question mark, closing quote)."""
    return bool(_TERMINAL.search(line))


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Offsets of the non-blank lines of ``text``, whitespace trimmed."""
    out = []
    for m in _PARAGRAPH.finditer(text):
        line = m.group()
        lead = len(line) - len(line.lstrip())
        out.append((m.start() + lead, m.start() + len(line.rstrip())))
    return out


def classify_paragraphs(
    text: str, spans: list[tuple[int, int]], *, headline: str | None = None
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
    out: list[Paragraph] = []
    want = _norm(headline) if headline else None
    for i, (s, e) in enumerate(spans):
        line = text[s:e]
        n = count_words(line)
        terminated = is_terminated(line)
        if i == 0 and ((want and _norm(line) == want) or (not terminated and n <= 30)):
            kind = "headline"
        elif not terminated and n > 8:
            kind = "caption"
        elif not terminated and out:
            kind = "subheading"
        else:
            kind = "body"
        out.append(Paragraph(s, e, kind))
    return out


def _norm(s: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", s.lower()).split())


def split_sentences(text: str, paras: list[Paragraph] | None = None) -> list[tuple[int, int, str]]:
    """Sentences of ``text`` as ``(start, end, kind)``, never crossing a paragraph.

    Headlines, subheadings and captions are one sentence each, whatever their punctuation;
    body and standfirst paragraphs are split by Punkt.
    """
    if paras is None:
        paras = classify_paragraphs(text, paragraphs(text))
    tok = punkt_tokenizer()
    out: list[tuple[int, int, str]] = []
    for p in paras:
        if p.kind in ("headline", "subheading", "caption"):
            out.append((p.start, p.end, p.kind))
            continue
        chunk = text[p.start : p.end]
        for s, e in tok.span_tokenize(chunk):
            if chunk[s:e].strip(" .,;:\t") == "":
                continue  # a stray ". ." left by machine translation is not a sentence
            out.append((p.start + s, p.start + e, p.kind))
    return out
