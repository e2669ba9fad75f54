"""Lexicons: data files of terms, and the matcher that finds them in sentences.

A lexicon is a CSV file with columns ``term``, ``category`` and ``source`` (and an optional
``note``). Its file name is the feature it measures (``threat.csv`` → ``threat``).

Term syntax, on the word tokens of a sentence (lower-cased, curly apostrophes straightened,
a possessive ’s dropped, hyphens splitting words):

- ``severe danger``: a multi-word phrase, word for word;
- ``escalat*``: a word by its beginning (escalate, escalating, escalation, ...), in any place
  of a phrase (``burn* down``: burned down, burns down);
- ``resum* ... talks``: ``...`` lets up to four other words stand between;
- ``cracks in the party|coalition|alliance*``: ``|`` joins the words that may stand in one
  place (each a word in lower case, a final ``*`` allowed), so a family of phrases is one row;
- ``may <num>``: ``<num>`` is any number;
- ``US``: a term written with a capital letter matches only with that case.

Terms are never regular expressions: a term with ``( ) [ ] { } \\ ^ $ + ?``, a ``|`` other than
between words, a ``*`` that is not at the end of a word or a stray ``.`` is refused
(``check_term``), as are an empty term and a feature named like a table column
(``check_feature_name``); every ``LexiconError`` names the file and line. A file is cached by
its content, not its path: edit it and the next call reads it again (new counts, new ``sha1``
in the tables' ``attrs``). Negation lives in ``framing.negation``.

Overlaps resolve leftmost-longest within a lexicon: at each word the longest entry wins
(ties: the earlier row), and the words it covers are not matched again. Entries with category
``exclude`` take part in this but are never counted: they are how a lexicon says "not this
sense" ("south china sea" in the actor lexicon, "in may" in the hedge lexicon); an exclude with
a gap covers only its own words, so an entry that stands wholly inside its gap still counts
("destroy* ... evidence" leaves the bomb of "destroyed the bomb evidence"). Different
lexicons never interact: a phrase can be threat and conciliatory at once, as the codebook asks.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from . import constants
from .tokens import WORD, words

EXCLUDE = "exclude"
GAP = 4


class LexiconError(ValueError):
    """A lexicon file that cannot be used; the message names the file, line and problem."""


class Piece(NamedTuple):
    """One position of a term's pattern: ``kind`` is "exact" (a normalised word), "case" (a
    word as written), "prefix" (a word's beginning, from ``escalat*``), "gap" (``...``: up
    to ``value`` other words), "num" (``<num>``: any number; ``value`` is None), "words"
    (``party|coalition``: ``value`` is the frozenset of the words, one of which the word is)
    or "any" (``party|allian*``: ``value`` is a tuple of "exact" and "prefix" pieces, one of
    which the word meets)."""

    kind: str
    value: str | int | frozenset[str] | tuple[Piece, ...] | None


@dataclass(frozen=True)
class Entry:
    """One row of a lexicon file: its term as written, category, source, row order and the
    pattern the matcher looks for."""

    feature: str
    term: str
    category: str
    source: str
    order: int
    tokens: tuple[Piece, ...]

    @property
    def has_case(self) -> bool:
        return any(p.kind == "case" for p in self.tokens)

    @property
    def has_gap(self) -> bool:
        return any(p.kind == "gap" for p in self.tokens)


@dataclass(frozen=True)
class Lexicon:
    """One feature's entries, its origin and a content hash that travels with results."""

    feature: str
    entries: tuple[Entry, ...]
    origin: str
    sha1: str

    def to_frame(self):
        import pandas as pd

        return pd.DataFrame(
            [(e.term, e.category, e.source) for e in self.entries],
            columns=["term", "category", "source"],
        )


def norm_token(tok: str) -> str:
    """The form a word is matched by: lower case, straight apostrophe, no possessive 's."""
    t = tok.lower().replace("’", "'")
    if t.endswith("'s") and len(t) > 2:
        t = t[:-2]
    return t


#: Characters with a meaning in regular expressions: a term is matched word by word, never as
#: a regular expression, so a term that holds one is refused rather than matched differently
#: from what its author meant (``(attack|strike)``, ``\\d+``, ``war.*``).
REGEX_CHARACTERS = frozenset("()[]{}|\\^$+?")
_BAD_DOT = re.compile(r"(?<![\w'’])\.|\.(?=[.*])")  # a dot not after a word; "..", ".*"
_BAD_STAR = re.compile(r"(?<!\w)\*|\*(?=\S)")  # a star not after a word, or mid-word
#: Alternatives in one place: words (a final star allowed) joined by "|", nothing else.
_ALTERNATIVES = re.compile(r"[\w'’.-]+\*?(?:\|[\w'’.-]+\*?)+")


def check_term(term: str, where: str = "") -> None:
    """Refuse a term written as a regular expression, naming ``where`` (file and line).

    Legal: words (with inner ``.``, ``'`` or ``-``: ``U.S.``, ``don't``, ``self-ruled``), a
    final ``*`` on a word (``escalat*``), ``...`` standing alone between words, ``<num>``, and
    words joined by ``|`` as the alternatives of one place (``party|coalition``).
    """
    head = f"{where}: " if where else ""
    chunks = [c for c in term.split() if c not in ("...", "<num>")]
    bare = " ".join(c for c in chunks if not _ALTERNATIVES.fullmatch(c))
    bad = sorted({c for c in bare if c in REGEX_CHARACTERS})
    rest = " ".join(c.replace("|", " ") for c in chunks)
    if "<" in rest or ">" in rest:
        bad.append("<>" if "<num" not in rest else "<num> joined to a word")
    if _BAD_DOT.search(rest):
        bad.append(".")
    if _BAD_STAR.search(rest):
        bad.append("*")
    if bad:
        raise LexiconError(
            f"{head}term {term!r}: {', '.join(dict.fromkeys(bad))} not allowed (terms are "
            "matched word by word, not as regular expressions; only a final * on a word "
            "(escalat*), '...' between words, '<num>' and '|' between the words of one place "
            "(party|coalition) are special)"
        )


def _alternatives(chunk: str, term: str, where: str) -> Piece:
    """The piece of ``party|coalition`` ("words") or ``party|allian*`` ("any"): each
    alternative one lower-case word (it is matched as the lexicon matches words, so case
    would be ignored: refused)."""
    alts = []
    for alt in chunk.split("|"):
        found = [w for w, _, _ in words(alt.rstrip("*"))]
        if len(found) != 1 or found[0] != alt.rstrip("*"):
            raise LexiconError(
                f"{where}: term {term!r}: {alt!r} is not one word (each alternative of "
                "'a|b' is a single word)"
            )
        if any(c.isupper() for c in alt):
            raise LexiconError(
                f"{where}: term {term!r}: write the alternative {alt!r} in lower case "
                "(alternatives are matched in any case)"
            )
        if alt.endswith("*"):
            stem = norm_token(alt[:-1])
            if len(stem) < 3:
                raise LexiconError(f"{where}: wildcard {alt!r} is too short (3 letters at least)")
            alts.append(Piece("prefix", stem))
        else:
            alts.append(Piece("exact", norm_token(alt)))
    if all(a.kind == "exact" for a in alts):  # a set look-up, the common case
        return Piece("words", frozenset(a.value for a in alts))
    return Piece("any", tuple(dict.fromkeys(alts)))


def _one_place(piece: Piece) -> tuple[Piece, ...]:
    """The pieces a word may meet in one place of a pattern: the alternatives of "words" (in
    sorted order, so that the matcher is built the same way every time) and "any", or the
    piece itself."""
    if piece.kind == "words":
        return tuple(Piece("exact", w) for w in sorted(piece.value))
    if piece.kind == "any":
        return piece.value
    return (piece,)


def _words_of(piece: Piece) -> tuple[str, ...]:
    """The words an "exact", "case" or "words" piece stands for, as the matcher files them
    (``_one_place``; a case-sensitive word by its normal form)."""
    return tuple(norm_token(p.value) if p.kind == "case" else p.value for p in _one_place(piece))


def _parse_term(term: str, where: str) -> tuple:
    check_term(term, where)
    parts = []
    for chunk in term.split():  # a star ends its own word, wherever the word stands
        if chunk in ("...", "<num>"):
            parts.append(chunk)
        elif "|" in chunk:
            parts.append(_alternatives(chunk, term, where))
        else:
            sub = [w for w, _, _ in words(chunk.rstrip("*"))]
            if chunk.endswith("*") and sub:
                sub[-1] += "*"
            parts.extend(sub)
    if not parts or parts[0] == "..." or parts[-1] == "...":
        raise LexiconError(f"{where}: term {term!r} has no words to match")
    toks = []
    for p in parts:
        if isinstance(p, Piece):
            toks.append(p)
        elif p == "...":
            toks.append(Piece("gap", GAP))
        elif p == "<num>":
            toks.append(Piece("num", None))
        elif p.endswith("*"):
            stem = norm_token(p[:-1])
            if len(stem) < 3:
                raise LexiconError(f"{where}: wildcard {p!r} is too short (3 letters at least)")
            toks.append(Piece("prefix", stem))
        elif any(c.isupper() for c in p):
            toks.append(Piece("case", p.replace("’", "'")))
        else:
            toks.append(Piece("exact", norm_token(p)))
    return tuple(toks)


def parse_lexicon(text: str, feature: str, origin: str) -> Lexicon:
    """Parse lexicon CSV text; every problem raises ``LexiconError`` naming ``origin`` and,
    for a row, its line. Header names may carry spaces around them ("term, category"); a
    row of empty cells is skipped, an empty term with a category or source is refused, and a
    term starting with ``#`` is a comment."""
    reader = csv.DictReader(io.StringIO(text))
    need = {"term", "category", "source"}
    if reader.fieldnames is None:
        raise LexiconError(f"{origin}: empty lexicon file (expected columns term,category,source)")
    reader.fieldnames = [f.strip() for f in reader.fieldnames]
    missing = need - set(reader.fieldnames)
    if missing:
        raise LexiconError(
            f"{origin}: missing column(s) {', '.join(sorted(missing))}; "
            f"found {', '.join(reader.fieldnames)}"
        )
    entries = []
    for row in reader:
        where = f"{origin}, line {reader.line_num}"
        if None in row:
            raise LexiconError(
                f"{where}: more fields than the header has (quote terms with commas)"
            )
        term = (row.get("term") or "").strip()
        cat = (row.get("category") or "").strip()
        src = (row.get("source") or "").strip()
        if not term:
            if any((v or "").strip() for v in row.values()):
                raise LexiconError(f"{where}: empty term; write the term or delete the line")
            continue
        if term.startswith("#"):
            continue
        if not cat:
            raise LexiconError(f"{where}: term {term!r} has no category")
        if not src:
            raise LexiconError(f"{where}: term {term!r} has no source (say where it comes from)")
        entries.append(Entry(feature, term, cat, src, len(entries), _parse_term(term, where)))
    if not any(e.category != EXCLUDE for e in entries):
        raise LexiconError(f"{origin}: no terms to count")
    sha1 = hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
    return Lexicon(feature, tuple(entries), origin, sha1)


def load_lexicon(source: str | Path | Lexicon, feature: str | None = None) -> Lexicon:
    """Load a lexicon: a shipped name (``"threat"``) or a path to a CSV file, or to a LIWC
    ``.dic`` or YAML dictionary (``path#category`` for one category: framing.dictionaries).

    A file is read on every call and parsed once per content: a file edited during a session
    gives the new entries and a new ``sha1`` (the cache is keyed by what the file says, not
    by its path). A ``Lexicon`` is returned as it is.
    """
    if isinstance(source, Lexicon):
        return source
    if Path(str(source).partition("#")[0]).suffix.lower() in (".dic", ".yml", ".yaml"):
        from .dictionaries import dictionary_lexicon

        return dictionary_lexicon(source, feature)
    path = Path(source)
    if path.suffix.lower() == ".csv" or path.exists():
        try:
            text = path.read_text(encoding="utf-8-sig")
        except FileNotFoundError as exc:
            raise LexiconError(f"{path}: no such lexicon file") from exc
        except UnicodeDecodeError as exc:
            raise LexiconError(f"{path}: not valid UTF-8 ({exc.reason})") from exc
        return _parse_cached(text, feature or path.stem, str(path))
    return shipped_lexicon(str(source), feature or str(source))


@lru_cache(maxsize=64)
def _parse_cached(text: str, feature: str, origin: str) -> Lexicon:
    return parse_lexicon(text, feature=feature, origin=origin)


@cache
def shipped_lexicon(name: str, feature: str) -> Lexicon:
    """A lexicon shipped in ``framing/data/<name>.csv``, read once, as ``feature``."""
    res = resources.files("framing").joinpath(f"data/{name}.csv")
    if not res.is_file():
        raise LexiconError(f"no shipped lexicon named {name!r} and no file {name!r}")
    text = res.read_text(encoding="utf-8")
    return parse_lexicon(text, feature=feature, origin=f"framing/data/{name}.csv")


#: Names a feature cannot take: the columns of framing's tables (a feature becomes a column of
#: the sentence table, and ``<feature>_per_1k``, ``_share`` and ``_sentences`` columns of the
#: article and outlet tables), and the matcher's own ``actor`` and ``cue`` lexicons.
RESERVED_NAMES = frozenset(
    "id outlet file url headline published byline kind based_on raw text words problem "
    "sentence sentences start end actors actor cue cues sentiment attribution source "
    "source_type cue_start cue_end source_start source_end quote quotes quote_fragment "
    "quote_spans unbalanced_quote attribution_note article_kind named anonymous unattributed "
    "named_sources feature category term matched negated left right sentence_text lexicon "
    "articles note".split()
)
#: Endings a feature cannot take: they name the rates and shares made from a feature.
RESERVED_SUFFIXES = ("_per_1k", "_share", "_sentences", "_per_1000_words")


def check_feature_name(name: str, origin: object = "") -> None:
    """Refuse a feature name that would collide with a column of framing's tables.
    ``origin`` (a path, or a ``Lexicon`` whose origin is named) says where the name came from."""
    origin = getattr(origin, "origin", origin)
    where = f"{origin}: " if origin != "" else ""
    if not name or not name.strip():
        raise LexiconError(f"{where}a feature needs a name")
    if name in RESERVED_NAMES or name.endswith(RESERVED_SUFFIXES):
        raise LexiconError(
            f"{where}feature name {name!r} is reserved: it would collide with a table column. "
            f"Reserved names: {', '.join(sorted(RESERVED_NAMES))}; and any name ending "
            f"{', '.join(RESERVED_SUFFIXES)}. Name the feature otherwise "
            "(lexicons={'my_name': path}, or rename the dictionary's category)"
        )


def resolve_lexicons(lexicons: Mapping | Iterable | None = None) -> tuple[Lexicon, ...]:
    """The shipped feature lexicons with a user's changes applied.

    ``lexicons`` maps a feature to a CSV path: an existing feature is replaced, a new name
    adds a feature (a new column), and a name ending in ``+`` (``"threat+"``) adds the file's
    entries to the shipped ones. A list of paths uses each file's stem as the feature.
    """
    chosen: dict[str, Lexicon] = {f: shipped_lexicon(f, f) for f in constants.FEATURES}
    if lexicons is None:
        return tuple(chosen.values())
    items = (
        lexicons.items() if isinstance(lexicons, Mapping) else ((Path(p).stem, p) for p in lexicons)
    )
    for key, src in items:
        check_feature_name(key.removesuffix("+"), src)
        if not key.endswith("+"):
            chosen[key] = load_lexicon(src, feature=key)
            continue
        base = key[:-1]
        extra = load_lexicon(src, feature=base)
        old = chosen.get(base) or shipped_lexicon(base, base)
        n = len(old.entries)
        merged = old.entries + tuple(
            Entry(base, e.term, e.category, e.source, n + i, e.tokens)
            for i, e in enumerate(extra.entries)
        )
        chosen[base] = Lexicon(
            base,
            merged,
            f"{old.origin} + {extra.origin}",
            hashlib.sha1((old.sha1 + extra.sha1).encode()).hexdigest()[:12],
        )
    return tuple(chosen.values())


class Match(NamedTuple):
    """One counted lexicon match: its feature, entry and first and last word index."""

    feature: str
    entry: Entry
    first: int
    last: int


class Matcher:
    """Finds the entries of several lexicons in a sentence's word tokens in one pass."""

    def __init__(self, lexicons: Iterable[Lexicon]):
        self.lexicons = tuple(lexicons)
        self.features = tuple(lx.feature for lx in self.lexicons)
        self._exact: dict[str, list[Entry]] = {}
        self._case: dict[str, list[Entry]] = {}
        self._prefix: dict[str, list[Entry]] = {}
        self._num: list[Entry] = []
        for lx in self.lexicons:
            for e in lx.entries:
                # a phrase that opens with a function word ("of course", "in may") is looked
                # up by its second word, so that "the", "of", "in" cost nothing
                a = 1 if _anchors_late(e.tokens) else 0
                kind, val = e.tokens[a]
                # "party|coalition" is looked up by each of its words
                for kind, val in _one_place(e.tokens[a]):
                    if kind == "exact":
                        self._exact.setdefault(val, []).append((e, a))
                    elif kind == "case":
                        self._case.setdefault(norm_token(val), []).append((e, a))
                    elif kind == "prefix":
                        self._prefix.setdefault(val, []).append((e, a))
                    else:
                        self._num.append((e, a))
        self._lens = sorted({len(k) for k in self._prefix}, reverse=True)
        self._findex = {f: k for k, f in enumerate(self.features)}
        self._cache: dict[str, tuple] = {}

    def _candidates(self, norm: str) -> tuple:
        """What can start at a word, built once per distinct word and cached:
        ``(singles, by_second, others, back)``, or False when nothing can. ``singles`` are
        one-word entries as (feature index, row, entry, case form or None); ``by_second`` maps
        the next word to the multi-word entries that need it, or the next two words (a tuple)
        when the third is an exact word too, so that many phrases sharing two words ("to the
        best of my knowledge", "ban on the rally") are tried only where all three stand;
        ``others`` are multi-word entries
        whose second word is a wildcard, a gap or a number, each with its ``_gap_gate``;
        ``back`` maps the word before to the phrases anchored on their second word (they open
        with that function word), or is None."""
        found = list(self._exact.get(norm, ()))
        found += self._case.get(norm, ())
        for n in self._lens:
            if n <= len(norm):
                found += self._prefix.get(norm[:n], ())
        if norm[:1].isdigit():
            found += self._num
        if len(found) > 1:  # a word that meets two alternatives of one entry finds it twice
            found = list({id(e): (e, a) for e, a in found}.values())
        singles, by_second, others, back = [], {}, [], {}
        for e, a in found:
            fi = self._findex[e.feature]
            kind, val = e.tokens[0]
            second = e.tokens[1] if len(e.tokens) > 1 else None
            if a:
                back.setdefault(val, []).append((fi, e, e.has_case))
            elif len(e.tokens) == 1:
                singles.append((fi, e.order, e, val if kind == "case" else None))
            elif second.kind in ("exact", "case", "words"):
                # alternatives in the second or third place ("if he|she|they would", "would
                # be better|worse") are filed under each of their words, as separate rows were
                third = e.tokens[2] if len(e.tokens) > 2 else None
                for key in _words_of(second):
                    if third is not None and third.kind in ("exact", "words"):
                        for w in _words_of(third):
                            by_second.setdefault((key, w), []).append((fi, e, e.has_case))
                    else:
                        by_second.setdefault(key, []).append((fi, e, e.has_case))
            else:
                others.append((fi, e, e.has_case, _gap_gate(e.tokens)))
        hit = (tuple(singles), by_second or None, tuple(others), back or None) if found else False
        self._cache[norm] = hit
        return hit

    def find(self, toks: list[str] | None, norms: list[str], text: str = "") -> list[Match]:
        """Matches in a sentence, resolved leftmost-longest per feature, excludes dropped.

        ``norms`` are the sentence's words as ``norm_token`` makes them; ``toks`` are the
        words as written, needed only by case-sensitive entries: pass ``None`` and the
        sentence ``text`` to have them found only when such an entry comes up."""
        cache = self._cache
        if len(cache) > 500_000:
            cache.clear()  # bound memory on huge vocabularies
        hits = []
        n = len(norms)
        # one dictionary look-up per word, in C: False where nothing can start (most words),
        # None for a word not seen yet
        for i, cands in enumerate(map(cache.get, norms)):
            if cands is False:
                continue
            if cands is None:
                cands = self._candidates(norms[i])
                if cands is False:
                    continue
            singles, by_second, others, back = cands
            for fi, order, e, case in singles:
                if case is not None:
                    if toks is None:
                        toks = _Written(text, norms)
                    if toks[i] != case and not _case_ok(case, toks[i]):
                        continue
                hits.append((fi, i, 0, order, e))
            for fi, e, has_case, gate in others:
                if gate is not None and gate[0] not in norms[i + 1 : i + gate[1]]:
                    continue  # the word after the gap is not within reach: no match
                if toks is None and has_case:
                    toks = _Written(text, norms)
                j = _match_from(
                    e.tokens, norms if toks is None else toks, norms, i, e.tokens[0].kind != "case"
                )
                if j >= 0:
                    hits.append((fi, i, i - j, e.order, e))
            if by_second is not None and i + 1 < n:
                nxt = by_second.get(norms[i + 1], ())
                if i + 2 < n and (three := by_second.get((norms[i + 1], norms[i + 2]))):
                    nxt = (*nxt, *three)
                for fi, e, has_case in nxt:
                    if toks is None and has_case:
                        toks = _Written(text, norms)
                    # found by word i: its first token holds unless it reads the written case
                    j = _match_from(
                        e.tokens,
                        norms if toks is None else toks,
                        norms,
                        i,
                        e.tokens[0].kind != "case",
                    )
                    if j >= 0:
                        hits.append((fi, i, i - j, e.order, e))
            if back is not None and i:
                # phrases opening with the function word before word i; that word is their
                # first token (exact), so only the rest is matched
                for fi, e, has_case in back.get(norms[i - 1], ()):
                    if toks is None and has_case:
                        toks = _Written(text, norms)
                    j = _match_from(e.tokens, norms if toks is None else toks, norms, i - 1, True)
                    if j >= 0:
                        hits.append((fi, i - 1, i - 1 - j, e.order, e))
        if not hits:
            return []
        hits.sort()
        out: list[Match] = []
        feature, reach, holes = -1, -1, None
        features = self.features
        new = tuple.__new__
        for fi, i, neglen, _, e in hits:
            if fi != feature:
                feature, reach, holes = fi, -1, None
            if i <= reach:
                # inside the gap of an exclude, a match that ends in that gap still counts:
                # an exclude says "not this sense" of its own words only; and the words of
                # any other exclude found there stay excluded ("if i may" beside the longer
                # "if ... would like" of "If I may, senator, I would like to")
                if holes is None:
                    continue
                span = range(i, i - neglen + 1)
                if e.category == EXCLUDE:
                    holes.difference_update(span)
                elif holes.issuperset(span):
                    holes.difference_update(span)
                    out.append(new(Match, (features[fi], e, i, i - neglen)))
                continue
            reach = i - neglen
            holes = None
            if e.category != EXCLUDE:
                out.append(new(Match, (features[fi], e, i, reach)))
            elif e.has_gap:
                holes = _gap_words(e.tokens, norms if toks is None else toks, norms, i)
        return out


def _gap_gate(tokens: tuple[Piece, ...]) -> tuple[str, int] | None:
    """For a pattern whose second token is a gap and third an exact word (``resum* ... talks``):
    that word and the end of the slice of words after the first that it must fall in
    (``norms[i + 1 : i + end]``, as ``_match_from`` looks for it); None for other patterns.
    A word not in that slice means no match, known without trying the pattern."""
    if len(tokens) > 2 and tokens[1].kind == "gap" and tokens[2].kind == "exact":
        return tokens[2].value, 2 + tokens[1].value
    return None


class _Written:
    """The words of a sentence as written, found one by one as far as they are asked for
    (only case-sensitive entries need them): ``norms[i]`` located in the lower-cased text
    gives the span of word ``i`` in the original."""

    __slots__ = ("text", "low", "norms", "spans")

    def __init__(self, text: str, norms: list[str]):
        self.text, self.norms, self.spans = text, norms, []
        low = text.lower()
        self.low = low.replace("’", "'") if len(low) == len(text) else None

    def __getitem__(self, i: int) -> str:
        if self.low is None:  # lower-casing changed the length: tokenize the text itself
            return WORD.findall(self.text)[i]
        spans, low, norms = self.spans, self.low, self.norms
        pos = spans[-1][1] if spans else 0
        while len(spans) <= i:
            t = norms[len(spans)]
            p = low.find(t, pos)
            end = p + len(t)
            if low.startswith("'s", end):
                end += 2  # the possessive the norm dropped
            spans.append((p, end))
            pos = end
        s, e = spans[i]
        return self.text[s:e]


FUNCTION_WORDS = frozenset(
    "the a an of in on at to for by with from as is are was were be been it its this that "
    "these those and or not no has have had will would there their his her".split()
)


def _anchors_late(tokens: tuple[Piece, ...]) -> bool:
    """True when a phrase opens with a function word and its second word can be looked up."""
    return (
        len(tokens) >= 2
        and tokens[0].kind == "exact"
        and tokens[0].value in FUNCTION_WORDS
        and tokens[1].kind in ("exact", "case", "prefix")
    )


def _case_ok(val: str, tok: str) -> bool:
    t = tok.replace("’", "'")
    return t == val or (t.endswith("'s") and t[:-2] == val)


def _tok_ok(kind: str, val, toks, norms: list[str], j: int) -> bool:
    """Does word ``j`` meet one token of a pattern? (``toks`` is read only for case.)"""
    if kind == "exact":
        return norms[j] == val
    if kind == "prefix":
        return norms[j].startswith(val)
    if kind == "case":
        return _case_ok(val, toks[j])
    if kind == "words":
        return norms[j] in val
    if kind == "any":
        return any(_tok_ok(k, v, toks, norms, j) for k, v in val)
    return norms[j][:1].isdigit()


def _gap_words(pattern: tuple[Piece, ...], toks, norms: list[str], i: int) -> set[int]:
    """The indices of the words that the gaps of ``pattern``, matched at ``i``, stepped over
    (as ``_match_from`` matches it: each gap ends at the first word that meets the token after
    it)."""
    holes: set[int] = set()
    j, k = i, 1
    while k < len(pattern):
        kind, val = pattern[k]
        if kind == "gap":
            nkind, nval = pattern[k + 1]
            jj = j + 1
            while not _tok_ok(nkind, nval, toks, norms, jj):
                jj += 1
            holes.update(range(j + 1, jj))
            j = jj
            k += 2
        else:
            j += 1
            k += 1
    return holes


def _match_from(
    pattern: tuple[Piece, ...], toks, norms: list[str], i: int, first_ok: bool = False
) -> int:
    """Index of the last token matched when ``pattern`` matches at ``i``, else -1.
    ``first_ok``: the caller knows word ``i`` meets the pattern's first token (it found the
    entry by that word and the token is not case-sensitive)."""
    if not first_ok:
        kind, val = pattern[0]
        if not _tok_ok(kind, val, toks, norms, i):
            return -1
    j = i
    k = 1
    n = len(norms)
    while k < len(pattern):
        kind, val = pattern[k]
        if kind == "gap":
            nkind, nval = pattern[k + 1]
            for jj in range(j + 1, min(n, j + 2 + val)):
                if _tok_ok(nkind, nval, toks, norms, jj):
                    j = jj
                    break
            else:
                return -1
            k += 2
            continue
        j += 1
        if j >= n:
            return -1
        if kind == "exact":
            if norms[j] != val:
                return -1
        elif not _tok_ok(kind, val, toks, norms, j):
            return -1
        k += 1
    return j


@lru_cache(maxsize=1)
def actor_lexicon() -> Lexicon:
    """The shipped actor aliases (codebook section 6); category is the actor's name."""
    return shipped_lexicon("actors", "actor")


@lru_cache(maxsize=1)
def cue_lexicon() -> Lexicon:
    """The shipped attribution cues (codebook section 4): reporting and cognition verbs."""
    return shipped_lexicon("cues", "cue")
