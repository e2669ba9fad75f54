"""framing.sentiment's fast VADER against vaderSentiment itself, sentence by sentence."""

from __future__ import annotations

import random

import pytest
from vaderSentiment.vaderSentiment import BOOSTER_DICT, SentimentIntensityAnalyzer

import framing
from framing import sentiment
from framing.corpus import load_corpus


@pytest.fixture(scope="module")
def library() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()  # the library as published, not framing's


@pytest.fixture(scope="module")
def sentences(library) -> list[str]:
    """Every seed sentence as written and straightened, then thousands of synthetic ones
    drawn from the seeds' words and VADER's own lexicon, boosters, negators and the words its
    rules look at ("but", "kind of", "least", "no", capitals, !, ?, emoji)."""
    seeds = framing.score_sentences(load_corpus("seeds"))["text"].tolist()
    real = seeds + [sentiment.straighten(s) for s in seeds]
    rng = random.Random(15)
    rules = (
        "not no never nor without n't isn't but BUT But kind of least at very so this doubt "
        "NO GREAT Terrible !!! ! ?? ??? ?!?! :) :D 😁 💘 the bomb kiss of death yeah right"
    ).split()
    vocab = (
        [w for s in seeds for w in s.split()]
        + sorted(library.lexicon)[::3]
        + sorted(BOOSTER_DICT)
        + rules * 20
    )
    synthetic = [
        " ".join(rng.choice(vocab) for _ in range(rng.randint(0, 35))) for _ in range(6000)
    ]
    assert len(real) > 200 and len(set(synthetic)) > 5000
    return real + synthetic + ["", "  ", "Not bad at all", "Today only kinda sux! But I'll go"]


def test_polarity_scores_identical_to_vader(library, sentences):
    differ = [s for s in sentences if sentiment.polarity_scores(s) != library.polarity_scores(s)]
    assert differ == []


def test_compound_identical_to_vader(library, sentences):
    differ = [
        s for s in sentences if sentiment.compound(s) != library.polarity_scores(s)["compound"]
    ]
    assert differ == []
    # the rules do fire on these sentences: not all scores are zero, some are negative
    scores = [sentiment.compound(s) for s in sentences]
    assert min(scores) < -0.5 < 0.5 < max(scores)


def test_sentence_sentiment_straightens_then_scores(library):
    s = "Officials called the talks “peaceful.”"
    assert (
        sentiment.sentence_sentiment(s)
        == library.polarity_scores('Officials called the talks "peaceful."')["compound"]
    )
    assert sentiment.sentence_sentiment(s) != library.polarity_scores(s)["compound"]


def test_compound_identical_to_vader_on_real_news_when_present(library):
    # every sentence of 150 PolNeAR articles (read by path, never copied), as written and
    # straightened: news nobody here wrote, with its names, numbers and punctuation
    import json
    from pathlib import Path

    from framing.sentences import split_sentences

    here = Path(__file__).resolve()
    found = [p / "shared" / "eval" / "polnear_dev.jsonl" for p in here.parents]
    found = [p for p in found if p.is_file()]
    if not found:
        pytest.skip("PolNeAR file of the evaluation folder not present")
    with found[0].open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh][:150]
    sents = [t[s:e] for t in texts for s, e, _ in split_sentences(t)]
    sents += [sentiment.straighten(s) for s in sents]
    assert len(sents) > 4000
    differ = [s for s in sents if sentiment.compound(s) != library.polarity_scores(s)["compound"]]
    assert differ == []
    assert [sentiment.polarity_scores(s) for s in sents[::7]] == [
        library.polarity_scores(s) for s in sents[::7]
    ]
