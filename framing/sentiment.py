"""Sentiment: VADER's compound score per sentence (codebook section 5).

VADER saturates on long texts, so it is never run on a whole article: an article's score is
the mean of its sentences'. The lexicon ships inside vaderSentiment; nothing is downloaded.
"""

from __future__ import annotations

from functools import lru_cache

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer


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
    return analyzer().polarity_scores(straighten(sentence))["compound"]
