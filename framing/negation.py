"""Negation: is a lexicon match negated by the words just before it?

A match is never dropped for being negated ("no threat of force" still counts as threat, as the
codebook asks); evidence records ``negated`` beside it so a reader can filter or weigh it.
The rule: a negator (``NEGATORS`` or a word ending in "n't") among the ``WINDOW`` words before
the match's first word, with no clause break (``CLAUSE_BREAK``: comma, semicolon, colon,
bracket or dash) between them.

A double negative asserts: a negator whose verb is itself negative ("has not ruled out using
force", "did not rule out military action", "cannot exclude an attack", "did not deny the
strike") or a negator negated in turn ("not without risk") leaves the match unnegated, and so
does a negator made additive or intensifying by the next word (``ADDITIVE``: "not only threats
but ...", "not least the risk of war", "a never-before-seen threat", "no doubt a threat").
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from importlib import resources

_ORIGIN = "framing/data/negation.toml"
_LISTS = ("negators", "double_negatives", "additive", "clause_break", "window")


def load_negation_words() -> dict:
    """The negation rule's word lists from ``framing/data/negation.toml`` (each list with a
    comment on its source); a missing or unknown list raises ``ValueError`` naming the file."""
    with resources.files("framing").joinpath("data/negation.toml").open("rb") as fh:
        conf = tomllib.load(fh)
    missing = [k for k in _LISTS if k not in conf]
    unknown = [k for k in conf if k not in _LISTS]
    if missing or unknown:
        raise ValueError(f"{_ORIGIN}: missing lists {missing}, unknown lists {unknown}")
    if not isinstance(conf["window"], int) or conf["window"] < 1:
        raise ValueError(f"{_ORIGIN}: window must be a positive integer, got {conf['window']!r}")
    return conf


_WORDS = load_negation_words()
#: Words that negate what follows them.
NEGATORS = frozenset(w.lower() for w in _WORDS["negators"])
#: Characters that end negation's reach: a negator before them does not negate what follows.
CLAUSE_BREAK = frozenset(_WORDS["clause_break"])
#: How many words before a match a negator may stand.
WINDOW: int = _WORDS["window"]
#: Negative verbs: a negator before one of them makes a double negative that asserts the match.
DOUBLE_NEGATIVES = frozenset(w.lower() for w in _WORDS["double_negatives"])
#: Words that, right after a negator, make it additive or intensifying ("not only", "not
#: least", "never before", "no doubt"): the match is asserted, not denied.
ADDITIVE = frozenset(w.lower() for w in _WORDS["additive"])


def is_negated(
    text: str, spans: Sequence[tuple[int, int]], norms: Sequence[str], first: int
) -> bool:
    """True when the match starting at word ``first`` of ``text`` is negated.

    ``spans`` are the character offsets ``(start, end)`` of the sentence's words and ``norms``
    their normalised forms (``lexicons.norm_token``), both indexed like the words. A negator
    (not, no, never, n't, without, ...) in the ``WINDOW`` words before the match negates it,
    unless a comma, semicolon, colon, bracket or dash stands between them.
    """
    for k in range(first - 1, max(-1, first - WINDOW - 1), -1):
        between = text[spans[k][1] : spans[k + 1][0]]
        if any(c in CLAUSE_BREAK for c in between):
            return False
        nm = norms[k]
        if _is_negator(nm):
            return not _double_negative(norms, k, first)
    return False


def _is_negator(nm: str) -> bool:
    return nm in NEGATORS or nm.endswith("n't")


def _double_negative(norms: Sequence[str], k: int, first: int) -> bool:
    """Does the negator at ``k`` cancel out before the match at ``first``?"""
    if k + 1 < first and norms[k + 1] in ADDITIVE:
        return True
    if k > 0 and _is_negator(norms[k - 1]):
        return True
    return any(norms[j] in DOUBLE_NEGATIVES for j in range(k + 1, first))
