"""What a word is: the two tokenisations every step shares, each defined once.

``WORD`` is the counting word: letters and digits joined across inner periods, commas, colons
and apostrophes ("U.S", "1,000", "12:30", "hasn't"); hyphens and all other punctuation split
words. It gives every per-1,000-word denominator and the tokens lexicons match against, so a
hyphenated term ("de-escalation") is matched as its parts.

``NAME_WORD`` keeps hyphens and drops digits-with-underscore noise: it reads the words of a
*name* or source phrase ("Jean-Pierre", "vice-president"), where splitting a hyphen would make
one person two words.
"""

from __future__ import annotations

import re
from typing import NamedTuple

WORD = re.compile(r"\w+(?:[.,:'’]\w+)*")
NAME_WORD = re.compile(r"[^\W_]+(?:[.'’-][^\W_]+)*")


class Token(NamedTuple):
    """A word with its character offsets in the text it came from."""

    text: str
    start: int
    end: int


def words(text: str) -> list[Token]:
    """Word tokens of ``text`` (``WORD``) with offsets; hyphens split, ``U.S`` does not."""
    return [Token(m.group(), m.start(), m.end()) for m in WORD.finditer(text)]


def count_words(text: str) -> int:
    """Number of word tokens, the denominator of every per-1,000-word rate."""
    return len(WORD.findall(text))
