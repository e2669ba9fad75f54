"""The study tables on real coverage: PolNeAR (921 articles, seven outlets, eleven months).

The texts are not ours (see /work/shared/eval/README.md): read by path, skipped when absent.
"""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import framing
from framing.differences import score_differences
from framing.keyness import score_keyness
from framing.outlets import score_outlets
from framing.periods import score_periods

POLNEAR = Path(__file__).resolve().parents[2] / "shared" / "eval" / "polnear_dev.jsonl"
if not POLNEAR.exists():
    POLNEAR = Path("/work/shared/eval/polnear_dev.jsonl")

pytestmark = pytest.mark.skipif(not POLNEAR.exists(), reason="PolNeAR file not present")


@pytest.fixture(scope="module")
def polnear():
    corpus = framing.load_corpus(POLNEAR, columns={"headline": "title"})
    return corpus, framing.score_sentences(corpus)


def test_outlet_table_counts_every_article(polnear):
    corpus, sents = polnear
    t = score_outlets(sents, n_boot=200)
    per = t.drop_duplicates("outlet").set_index("outlet")
    assert per["articles"].sum() == corpus["id"].nunique() == len(corpus)
    assert per.index.tolist() == list(dict.fromkeys(corpus["outlet"]))
    assert t["per_1k_low"].notna().all() and (t["per_1k_low"] <= t["per_1k_high"]).all()


def test_article_intervals_wider_than_sentence_intervals(polnear):
    _, sents = polnear
    art = score_outlets(sents, n_boot=400)
    # one cluster per sentence: the old sentence bootstrap
    sen = score_outlets(sents.assign(row=np.arange(len(sents))), n_boot=400, cluster="row")
    wa = art["share_high"] - art["share_low"]
    ws = sen["share_high"] - sen["share_low"]
    assert (wa > ws).mean() > 0.8


def test_months_and_differences(polnear):
    corpus, sents = polnear
    p = score_periods(sents, corpus, features=("threat",), n_boot=100)
    months = pd.to_datetime(corpus["published"]).dt.to_period("M").nunique()
    assert set(p["period_length"]) == {"month"}
    assert p["period"].nunique() == months
    assert p["articles"].sum() == len(corpus)  # every article in exactly one month
    d = score_differences(sents, features=("hedge",), n_boot=200)
    k = corpus["outlet"].nunique()
    assert len(d) == k * (k - 1) // 2 == d["comparisons"].iloc[0]


def test_keyness_per_outlet(polnear):
    corpus, _ = polnear
    k = score_keyness(corpus, target="nyt")
    # the New York Times' house style: honorifics ("Mr. Trump") set it apart
    assert "mr" in k["term"].head(5).tolist()
    # the denominators: every word that holds a letter (numbers and ___ are not counted)
    from framing.keyness import HAS_LETTER
    from framing.lexicons import norm_token
    from framing.tokens import WORD

    lettered = sum(
        bool(HAS_LETTER.search(norm_token(w))) for t in corpus["text"] for w in WORD.findall(t)
    )
    total = k["target_words"].iloc[0] + k["reference_words"].iloc[0]
    assert total == lettered < corpus["words"].sum()
