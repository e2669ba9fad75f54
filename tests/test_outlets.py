"""framing.outlets: denominators, bootstrap determinism, actors and arcs."""

import numpy as np
import pandas as pd
import pytest

from framing.outlets import (
    actor_aliases,
    score_actors,
    score_arcs,
    score_attribution,
    score_outlets,
    score_sentiment,
    source_actors,
)


def toy():
    """Two outlets, five hand-made sentences with known counts."""
    return pd.DataFrame(
        {
            "id": ["a", "a", "a", "b", "b"],
            "outlet": ["A", "A", "A", "B", "B"],
            "sentence": [0, 1, 2, 0, 1],
            "kind": ["headline", "body", "body", "body", "body"],
            "start": [0, 12, 40, 0, 30],
            "end": [10, 38, 100, 28, 60],
            "words": [10, 20, 70, 40, 60],
            "hedge": [0, 1, 2, 0, 0],
            "booster": [0, 0, 0, 0, 0],
            "threat": [1, 0, 3, 0, 1],
            "conciliatory": [0, 0, 0, 2, 0],
            "attribution": ["unattributed", "named", "anonymous", "named", "named"],
            "source": [
                None,
                "State Department spokesman Matthew Miller",
                "officials",
                "Beijing",
                "the Washington Post",
            ],
            "quote": [False, True, False, False, True],
            "actors": ["China", "United States;China", "", "China;Taiwan", "Taiwan"],
            "sentiment": [0.5, -0.5, 0.0, 0.25, 0.75],
        }
    )


def test_denominators_and_rates():
    t = score_outlets(toy(), n_boot=50)
    a = t[(t.outlet == "A") & (t.feature == "threat")].iloc[0]
    assert (a["sentences"], a["words"], a["count"], a["sentences_with"]) == (3, 100, 4, 2)
    assert a["per_1k"] == pytest.approx(40.0)
    assert a["share"] == pytest.approx(2 / 3)
    b = t[(t.outlet == "B") & (t.feature == "conciliatory")].iloc[0]
    assert (b["sentences"], b["words"], b["count"]) == (2, 100, 2)
    assert b["per_1k"] == pytest.approx(20.0)
    assert list(t.outlet.unique()) == ["A", "B"]  # corpus order
    assert len(t) == 2 * 4
    assert (t["per_1k_low"] <= t["per_1k"] + 1e-12).all()
    assert (t["per_1k"] <= t["per_1k_high"] + 1e-12).all()


def test_kinds_filter_changes_denominators():
    t = score_outlets(toy(), kinds=["body"], n_boot=10)
    a = t[(t.outlet == "A") & (t.feature == "threat")].iloc[0]
    assert (a["sentences"], a["words"], a["count"]) == (2, 90, 3)


def test_bootstrap_is_deterministic_and_seeded():
    s = toy()
    one = score_outlets(s, n_boot=200, seed=7)
    two = score_outlets(s, n_boot=200, seed=7)
    pd.testing.assert_frame_equal(one, two)
    other = score_outlets(s, n_boot=200, seed=8)
    assert not np.allclose(one["per_1k_low"], other["per_1k_low"]) or not np.allclose(
        one["per_1k_high"], other["per_1k_high"]
    )


def test_outlet_interval_independent_of_other_outlets():
    s = toy()
    both = score_outlets(s, n_boot=300)
    alone = score_outlets(s[s.outlet == "B"], n_boot=300)
    pd.testing.assert_frame_equal(
        both[both.outlet == "B"].reset_index(drop=True), alone.reset_index(drop=True)
    )


def test_attribution_shares_add_up():
    t = score_attribution(toy(), n_boot=50)
    for _, g in t.groupby("outlet"):
        assert g["share"].sum() == pytest.approx(1.0)
    a = t[t.outlet == "A"].set_index("attribution")
    assert a.loc["named", "count"] == 1 and a.loc["named", "quotes"] == 1
    assert a.loc["unattributed", "sentences"] == 3


def test_sentiment_mean_and_interval():
    t = score_sentiment(toy(), n_boot=100).set_index("outlet")
    assert t.loc["A", "mean"] == pytest.approx(0.0)
    assert t.loc["B", "mean"] == pytest.approx(0.5)
    assert t.loc["B", "mean_low"] >= 0.25 - 1e-12 and t.loc["B", "mean_high"] <= 0.75 + 1e-12
    assert (t.loc["A", "negative"], t.loc["A", "positive"]) == (1, 1)


def test_actors_counts_and_sources():
    t = score_actors(toy(), actors=["United States", "China", "Taiwan"]).set_index(
        ["outlet", "actor"]
    )
    china = t.loc[("A", "China")]
    assert (china["sentences"], china["mentions"], china["threat"], china["source"]) == (3, 2, 1, 0)
    assert t.loc[("A", "United States"), "source"] == 1  # "... Matthew Miller"
    assert t.loc[("B", "China"), "source"] == 1  # "Beijing"
    assert t.loc[("B", "China"), "conciliatory"] == 1
    # "the Washington Post" is excluded by the lexicon: not the United States
    assert t.loc[("B", "United States"), "source"] == 0
    assert t.loc[("B", "Taiwan"), "threat_given_mention"] == pytest.approx(0.5)


def test_source_actors_whole_words():
    assert source_actors("State Department spokesman Vedant Patel") == ["United States"]
    assert source_actors("US officials") == ["United States"]
    assert source_actors("Bonnie Glaser") == []
    assert source_actors(None) == []
    assert "United States" in actor_aliases()


def test_arcs_positions_and_flags():
    t = score_arcs(toy())
    a = t[t.id == "a"]
    assert a["position"].iloc[0] == pytest.approx(0.05)
    assert a["position"].iloc[-1] == pytest.approx(0.7)
    assert t["position"].between(0, 1).all()
    assert list(a["threat"]) == [True, False, True]
    assert list(a["unattributed"]) == [True, False, False]
    assert t["hedge"].dtype == bool


def test_real_corpus_denominators_match_article_table(corpus, sentences):
    import framing

    arts = framing.score_articles(corpus, sentences=sentences)
    t = score_outlets(sentences, n_boot=20)
    for row in arts.itertuples(index=False):
        sub = t[(t.outlet == row.outlet) & (t.feature == "threat")].iloc[0]
        assert sub["words"] == row.words and sub["sentences"] == row.sentences
        assert sub["count"] == row.threat


@pytest.mark.parametrize(
    "fn", [score_outlets, score_attribution, score_sentiment, score_actors, score_arcs]
)
def test_empty_input(fn, sentences):
    out = fn(sentences.iloc[:0])
    assert len(out) == 0 and len(out.columns) > 0


def test_bad_input():
    with pytest.raises(TypeError):
        score_outlets([1, 2, 3])
    with pytest.raises(ValueError):
        score_outlets(toy(), n_boot=0)
