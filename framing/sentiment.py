"""Sentiment: VADER's compound score per sentence (codebook section 5).

VADER saturates on long texts, so it is never run on a whole article: an article's score is
the mean of its sentences'. The lexicon ships inside vaderSentiment; nothing is downloaded.

``compound`` and ``polarity_scores`` compute exactly what vaderSentiment's
``SentimentIntensityAnalyzer.polarity_scores`` computes (the same rules, the same floating-point
operations in the same order; ``tests/test_sentiment.py`` compares them on thousands of
sentences), about three times faster: each sentence is split and lower-cased once instead of
once per lexicon word, a word's punctuation-stripped form is looked up once per distinct word,
and only words in VADER's lexicon reach the rules. Rare paths (emoji, "but") call the library.
"""

from __future__ import annotations

import math
import string
from functools import lru_cache
from itertools import compress

from vaderSentiment.vaderSentiment import (
    BOOSTER_DICT,
    C_INCR,
    N_SCALAR,
    NEGATE,
    SPECIAL_CASES,
    SentimentIntensityAnalyzer,
)


@lru_cache(maxsize=1)
def analyzer() -> SentimentIntensityAnalyzer:
    """The shared VADER analyzer (built once: loading its lexicon takes a moment)."""
    return SentimentIntensityAnalyzer()


# VADER strips only ASCII punctuation from words, so “peaceful.” would not be found in its
# lexicon: typographic quotes and dashes are straightened before scoring.
TYPOGRAPHIC = (
    ("“", '"'),
    ("”", '"'),
    ("‘", "'"),
    ("’", "'"),
    ("—", " - "),
    ("–", " - "),
    ("…", "..."),
)


def straighten(sentence: str) -> str:
    """The sentence with typographic quotes, dashes and ellipses made ASCII."""
    if sentence.isascii():
        return sentence
    for a, b in TYPOGRAPHIC:
        if a in sentence:
            sentence = sentence.replace(a, b)
    return sentence


def sentence_sentiment(sentence: str) -> float:
    """VADER compound score of one sentence, from -1 (negative) to +1 (positive)."""
    return compound(straighten(sentence))


_NEGATE = frozenset(NEGATE)
_PUNCT = string.punctuation


class _State:
    """What the fast path keeps between sentences: the analyzer's dictionaries and the
    punctuation-stripped form of every word seen (VADER's ``_strip_punc_if_word``)."""

    __slots__ = ("lexicon", "emoji_chars", "stripped", "vader")

    def __init__(self) -> None:
        self.vader = analyzer()
        self.lexicon = self.vader.lexicon
        # the library replaces emoji character by character: only one-character keys can match
        self.emoji_chars = frozenset(k for k in self.vader.emojis if len(k) == 1)
        self.stripped: dict[str, tuple[str, str, bool]] = {}


@lru_cache(maxsize=1)
def _state() -> _State:
    return _State()


def _word(token: str, lexicon: dict) -> tuple[str, str, bool]:
    """A word as VADER reads it: punctuation stripped (``_strip_punc_if_word``), lower
    case, and whether the rules must look at it (in the lexicon and not a booster)."""
    s = token.strip(_PUNCT)
    if len(s) <= 2:
        s = token
    low = s.lower()
    return s, low, low in lexicon and low not in BOOSTER_DICT


def _sentiments(text: str) -> tuple[list, str, tuple, tuple]:
    """VADER's per-word valences for ``text`` (as ``polarity_scores`` builds them, before its
    "but" rule), the text it scores (emoji described, stripped), its words and their lower
    case."""
    st = _state()
    if not text.isascii() and not st.emoji_chars.isdisjoint(text):
        text = _describe_emoji(text, st.vader.emojis)
    text = text.strip()
    cache = st.stripped
    if len(cache) > 200_000:
        cache.clear()  # bound memory on huge vocabularies
    lexicon = st.lexicon
    toks = text.split()
    seen = list(map(cache.get, toks))
    if None in seen:
        seen = [e or cache.setdefault(w, _word(w, lexicon)) for w, e in zip(toks, seen)]
    n = len(seen)
    sentiments: list = [0] * n
    if not n:
        return sentiments, text, (), ()
    words, lows, scored = zip(*seen)
    if True in scored:
        up = sum(map(str.isupper, words))
        cap_diff = 0 < n - up < n
        for i in compress(range(n), scored):
            if lows[i] == "kind" and i < n - 1 and lows[i + 1] == "of":
                continue
            sentiments[i] = _valence(words, lows, i, lexicon, cap_diff)
    return sentiments, text, words, lows


def _describe_emoji(text: str, emojis: dict) -> str:
    """The library's emoji pass, verbatim (``polarity_scores``' first loop)."""
    out = ""
    prev_space = True
    for ch in text:
        if ch in emojis:
            if not prev_space:
                out += " "
            out += emojis[ch]
            prev_space = False
        else:
            out += ch
            prev_space = ch == " "
    return out


def _negated(low: str) -> bool:
    """VADER's ``negated`` for one word already in lower case (every caller passes ``lows``)."""
    return low in _NEGATE or "n't" in low


def _boost(word: str, low: str, valence: float, cap_diff: bool) -> float:
    """The library's ``scalar_inc_dec``: the boost of a booster word before a lexicon word."""
    s = BOOSTER_DICT[low]
    if valence < 0:
        s *= -1
    if word.isupper() and cap_diff:
        if valence > 0:
            s += C_INCR
        else:
            s -= C_INCR
    return s


def _valence(words: tuple, lows: tuple, i: int, lexicon: dict, cap_diff: bool) -> float:
    """``SentimentIntensityAnalyzer.sentiment_valence`` for a lexicon word, its helper
    methods inlined over the precomputed lower-case words (same operations, same order):
    the library's loop over the three words before is written out, each of those words read
    once (``p1``, ``p2``, ``p3``), and its negation checks for each position inlined."""
    low = lows[i]
    valence = lexicon[low]
    if low == "no" and i != len(lows) - 1 and lows[i + 1] in lexicon:
        valence = 0.0
    if i:
        p1 = lows[i - 1]
        p2 = lows[i - 2] if i > 1 else None
        p3 = lows[i - 3] if i > 2 else None
        if p1 == "no" or p2 == "no" or (p3 == "no" and p1 in ["or", "nor"]):
            valence = lexicon[low] * N_SCALAR
    if cap_diff and words[i].isupper():
        if valence > 0:
            valence += C_INCR
        else:
            valence -= C_INCR
    if not i:
        return valence
    if p1 not in lexicon:
        s = 0.0
        if p1 in BOOSTER_DICT:
            s = _boost(words[i - 1], p1, valence, cap_diff)
        valence = valence + s
        if p1 in _NEGATE or "n't" in p1:  # _negated(p1), inlined
            valence = valence * N_SCALAR
    if i > 1:
        if p2 not in lexicon:
            s = 0.0
            if p2 in BOOSTER_DICT:
                s = _boost(words[i - 2], p2, valence, cap_diff)
            if s != 0:
                s = s * 0.95
            valence = valence + s
            if p2 == "never" and (p1 == "so" or p1 == "this"):
                valence = valence * 1.25
            elif p2 == "without" and p1 == "doubt":
                pass
            elif _negated(p2):
                valence = valence * N_SCALAR
        if i > 2 and p3 not in lexicon:
            s = 0.0
            if p3 in BOOSTER_DICT:
                s = _boost(words[i - 3], p3, valence, cap_diff)
            if s != 0:
                s = s * 0.9
            valence = valence + s
            if p3 == "never" and (p2 == "so" or p2 == "this") or (p1 == "so" or p1 == "this"):
                valence = valence * 1.25
            elif p3 == "without" and (p2 == "doubt" or p1 == "doubt"):
                pass
            elif _negated(p3):
                valence = valence * N_SCALAR
            valence = _special_idioms_check(valence, lows, i)
    if p1 == "least" and p1 not in lexicon:
        if i > 1:
            if p2 != "at" and p2 != "very":
                valence = valence * N_SCALAR
        else:
            valence = valence * N_SCALAR
    return valence


#: Every word of VADER's multi-word special cases and booster phrases ("kiss of death",
#: "sort of"): a sequence of words can be one of them only if all its words are here.
_IDIOM_WORDS = frozenset(
    w for key in (*SPECIAL_CASES, *BOOSTER_DICT) if " " in key for w in key.split(" ")
)


def _special_idioms_check(valence, lows: tuple, i: int):
    # each sequence the library builds holds word i, i - 1 or i - 2; when none of them can
    # be part of a phrase, no sequence is one and the valence stays as it is
    if lows[i] not in _IDIOM_WORDS and lows[i - 1] not in _IDIOM_WORDS:
        if lows[i - 2] not in _IDIOM_WORDS:
            return valence
    onezero = f"{lows[i - 1]} {lows[i]}"
    twoonezero = f"{lows[i - 2]} {lows[i - 1]} {lows[i]}"
    twoone = f"{lows[i - 2]} {lows[i - 1]}"
    threetwoone = f"{lows[i - 3]} {lows[i - 2]} {lows[i - 1]}"
    threetwo = f"{lows[i - 3]} {lows[i - 2]}"
    for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
        if seq in SPECIAL_CASES:
            valence = SPECIAL_CASES[seq]
            break
    if len(lows) - 1 > i:
        zeroone = f"{lows[i]} {lows[i + 1]}"
        if zeroone in SPECIAL_CASES:
            valence = SPECIAL_CASES[zeroone]
    if len(lows) - 1 > i + 1:
        zeroonetwo = f"{lows[i]} {lows[i + 1]} {lows[i + 2]}"
        if zeroonetwo in SPECIAL_CASES:
            valence = SPECIAL_CASES[zeroonetwo]
    for n_gram in (threetwoone, threetwo, twoone):
        if n_gram in BOOSTER_DICT:
            valence = valence + BOOSTER_DICT[n_gram]
    return valence


def _but(words: tuple, lows: tuple, sentiments: list) -> list:
    """The library's "but" rule (it keeps the library's own quirks: ``list.index`` finds the
    first equal valence), run only when the sentence has a "but"."""
    if "but" in lows:
        sentiments = SentimentIntensityAnalyzer._but_check(words, sentiments)
    return sentiments


def polarity_scores(text: str) -> dict[str, float]:
    """Exactly ``SentimentIntensityAnalyzer().polarity_scores(text)`` (neg, neu, pos,
    compound), computed faster (see the module's docstring)."""
    sentiments, text, words, lows = _sentiments(text)
    sentiments = _but(words, lows, sentiments)
    return analyzer().score_valence(sentiments, text)


def compound(text: str) -> float:
    """Exactly ``polarity_scores(text)["compound"]`` without computing neg, neu and pos."""
    sentiments, text, words, lows = _sentiments(text)
    if not sentiments:
        return 0.0
    if any(sentiments):  # all zero: the "but" rule leaves the sum at zero
        sentiments = _but(words, lows, sentiments)
    # score_valence and its helpers, for the compound only
    sum_s = float(sum(sentiments))
    ep = text.count("!")
    if ep > 4:
        ep = 4
    qm = text.count("?")
    qm_amp = 0
    if qm > 1:
        qm_amp = qm * 0.18 if qm <= 3 else 0.96
    amp = ep * 0.292 + qm_amp
    if sum_s > 0:
        sum_s += amp
    elif sum_s < 0:
        sum_s -= amp
    score = sum_s / math.sqrt((sum_s * sum_s) + 15)
    if score < -1.0:
        score = -1.0
    elif score > 1.0:
        score = 1.0
    return round(score, 4)
