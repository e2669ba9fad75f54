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
    # one article per outlet: nothing to resample, and the table says so
    assert t["per_1k_low"].isna().all() and t["share_high"].isna().all()
    assert set(t["note"]) == {"1 article: no interval"}
    assert set(t["articles"]) == {1} and set(t["clusters"]) == {1}


def articles(spec):
    """A sentence table from ``{outlet: [(threat counts of an article's sentences), ...]}``:
    every sentence 20 words, article ids numbered within the outlet."""
    rows = []
    for outlet, arts in spec.items():
        for k, threats in enumerate(arts):
            for i, t in enumerate(threats):
                rows.append(
                    {
                        "id": f"{outlet}{k}",
                        "outlet": outlet,
                        "sentence": i,
                        "kind": "body",
                        "text": f"{outlet} {k} sentence {i}",
                        "words": 20,
                        "hedge": 0,
                        "booster": 0,
                        "threat": t,
                        "conciliatory": 0,
                        "attribution": "named" if t else "unattributed",
                        "quote": False,
                        "sentiment": -0.5 if t else 0.5,
                    }
                )
    return pd.DataFrame(rows)


def test_interval_resamples_articles_not_sentences():
    # an outlet of four articles: two full of threat language, two with none
    s = articles({"A": [(1,) * 10, (1,) * 10, (0,) * 10, (0,) * 10]})
    t = score_outlets(s, n_boot=2000).set_index("feature").loc["threat"]
    assert t["share"] == pytest.approx(0.5) and t["articles"] == 4 and t["clusters"] == 4
    # four articles can hold 0 to 4 threatening ones: the interval spans most of [0, 1];
    # a sentence bootstrap over 40 sentences would give about 0.35-0.65
    assert t["share_low"] <= 0.25 and t["share_high"] >= 0.75
    assert t["note"] == ""
    att = score_attribution(s, n_boot=500).set_index("attribution").loc["named"]
    assert att["share_low"] <= 0.25 and att["share_high"] >= 0.75
    sen = score_sentiment(s, n_boot=500).iloc[0]
    assert sen["mean_low"] <= -0.2 and sen["mean_high"] >= 0.2


def test_copies_of_one_article_do_not_shrink_the_interval():
    one = articles({"A": [(1, 0, 0, 1, 0)]})
    five = pd.concat([one.assign(id=f"A{k}") for k in range(5)], ignore_index=True)
    t1 = score_outlets(one, n_boot=200).set_index("feature").loc["threat"]
    t5 = score_outlets(five, n_boot=200).set_index("feature").loc["threat"]
    assert t5["articles"] == 5 and t5["clusters"] == 1 and t5["sentences"] == 5 * t1["sentences"]
    assert t5["share"] == pytest.approx(t1["share"])
    assert np.isnan(t1["share_low"]) and np.isnan(t5["share_low"])
    assert t5["note"] == "5 copies of 1 article: no interval"
    # with a second, different article the copies still count once in the resampling
    other = articles({"A": [(0, 0, 0, 0, 0)]}).assign(id="B0", text="other")
    mixed = score_outlets(pd.concat([five, other]), n_boot=500).set_index("feature")
    assert mixed.loc["threat", "clusters"] == 2
    assert mixed.loc["threat", "share_low"] == pytest.approx(0.0)
    assert mixed.loc["threat", "share_high"] == pytest.approx(0.4)


def test_groups_and_attrs_kept():
    s = articles({"A": [(1, 1), (0,)], "B": [(0, 0), (1,)], "C": [(0,)]})
    s.attrs["lexicons"] = {"threat": {"origin": "x.csv", "sha1": "abc"}}
    s["group"] = s["outlet"].map({"A": "wire", "B": "wire"}).fillna(s["outlet"])
    t = score_outlets(s, by="group", n_boot=100)
    assert "group" in t and "outlet" not in t
    assert list(t["group"].unique()) == ["wire", "C"]
    w = t[(t.group == "wire") & (t.feature == "threat")].iloc[0]
    assert (w["articles"], w["sentences"], w["count"]) == (4, 6, 3)
    for fn in (score_outlets, score_attribution, score_sentiment):
        assert fn(s, n_boot=10).attrs["lexicons"]["threat"]["sha1"] == "abc"


def test_kinds_filter_changes_denominators():
    t = score_outlets(toy(), kinds=["body"], n_boot=10)
    a = t[(t.outlet == "A") & (t.feature == "threat")].iloc[0]
    assert (a["sentences"], a["words"], a["count"]) == (2, 90, 3)


def test_bootstrap_is_deterministic_and_seeded():
    s = articles({"A": [(1, 0), (0, 0, 2), (1,), (0, 3, 0, 1)], "B": [(0,), (2, 1), (0, 1)]})
    one = score_outlets(s, n_boot=200, seed=7)
    two = score_outlets(s, n_boot=200, seed=7)
    pd.testing.assert_frame_equal(one, two)
    assert one["per_1k_low"].notna().all()
    other = score_outlets(s, n_boot=200, seed=8)
    assert not np.allclose(one["per_1k_low"], other["per_1k_low"]) or not np.allclose(
        one["per_1k_high"], other["per_1k_high"]
    )


def test_outlet_interval_independent_of_other_outlets():
    s = articles({"A": [(1, 0), (0, 0, 2), (1,)], "B": [(0,), (2, 1), (0, 1)]})
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
    assert np.isnan(t.loc["B", "mean_low"]) and t.loc["B", "note"] == "1 article: no interval"
    two = toy().assign(id=["a", "a", "a", "b1", "b2"])
    t = score_sentiment(two, n_boot=100).set_index("outlet")
    assert t.loc["B", "mean_low"] == pytest.approx(0.25) and t.loc["B", "mean_high"] == 0.75
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
