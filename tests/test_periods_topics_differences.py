"""framing.periods, framing.topics and framing.differences on constructed and seed tables."""

import numpy as np
import pandas as pd
import pytest

from framing.differences import score_differences
from framing.periods import choose_period, has_time, parse_published, score_periods, with_time
from framing.study import load_study
from framing.topics import score_topics, tag_topics, topic_evidence
from tests.conftest import SEEDS
from tests.test_outlets import articles


def dated(spec, dates):
    """``articles(spec)`` with a corpus giving each article id its published date."""
    s = articles(spec)
    ids = list(dict.fromkeys(s["id"]))
    return s, pd.DataFrame({"id": ids, "published": dates})


def test_parse_published_and_time_of_day():
    v = pd.Series(["2016-03-01", "2016-03-01T14:30:00", "2016-03-01 09:05+02:00", "", "soon"])
    p = parse_published(v)
    assert p.iloc[0] == pd.Timestamp("2016-03-01")
    assert p.iloc[1] == pd.Timestamp("2016-03-01 14:30")
    assert p.iloc[2] == pd.Timestamp("2016-03-01 07:05")  # UTC
    assert p.iloc[3:].isna().all() and len(p) == len(v)
    assert has_time(v).tolist() == [False, True, True, False, False]


def test_choose_period_by_span():
    d = pd.to_datetime(["2016-01-01", "2016-01-20"])
    assert choose_period(d) == "day"
    assert choose_period(pd.to_datetime(["2016-01-01", "2016-04-01"])) == "week"
    assert choose_period(pd.to_datetime(["2015-11-01", "2016-10-01"])) == "month"
    assert choose_period(pd.Series([pd.NaT])) == "day"


def test_score_periods_rows_denominators_and_undated():
    s, c = dated(
        {"A": [(1, 0), (0,), (1, 1, 1)], "B": [(0, 0), (1,)]},
        ["2016-01-05", "2016-01-20", "2016-02-03", "2016-01-07", ""],
    )
    t = score_periods(s, c, period="month", features=("threat",), n_boot=200)
    assert list(t.columns[:4]) == ["outlet", "period", "period_length", "feature"]
    a = t[t.outlet == "A"].reset_index(drop=True)
    assert a["period"].tolist() == [pd.Timestamp("2016-01-01"), pd.Timestamp("2016-02-01")]
    assert a["articles"].tolist() == [2, 1] and a["sentences"].tolist() == [3, 3]
    assert a.loc[0, "share"] == pytest.approx(1 / 3) and a.loc[1, "share"] == 1.0
    assert a.loc[1, "note"] == "1 article: no interval"
    assert a.loc[0, "share_low"] == 0.0 and a.loc[0, "share_high"] == pytest.approx(0.5)
    b = t[t.outlet == "B"]
    assert b["period"].isna().sum() == 1  # the undated article keeps its row
    assert b["sentences"].sum() == 3 == (s.outlet == "B").sum()
    assert set(t["period_length"]) == {"month"}


def test_with_time_on_seeds(corpus, sentences):
    w = with_time(sentences, corpus)
    assert w.attrs["period"] == "day" and w["published"].notna().all()
    assert (w["period"] == pd.Timestamp("2024-01-12")).all()
    assert len(w) == len(sentences) and w.attrs["lexicons"] == sentences.attrs["lexicons"]


def test_topics_on_seeds(sentences):
    st = load_study(SEEDS / "study.toml")
    tagged = tag_topics(sentences, st)
    ev = topic_evidence(sentences, st)
    # every tagged sentence has evidence, and every evidence row's sentence is tagged
    for topic in st.topics:
        flags = tagged[f"topic:{topic}"]
        keyed = set(zip(tagged.loc[flags, "id"], tagged.loc[flags, "sentence"]))
        sub = ev[ev.topic == topic]
        assert keyed == set(zip(sub["id"], sub["sentence"]))
    t = score_topics(sentences, st, n_boot=50)
    assert set(t["topic"]) == {"election", "meeting"}
    row = t[(t.topic == "meeting") & (t.feature == "threat")].iloc[0]
    mine = tagged[(tagged.outlet == row["outlet"]) & tagged["topic:meeting"]]
    assert row["sentences"] == row["topic_sentences"] == len(mine)
    assert row["count"] == mine["threat"].sum()
    n_out = (sentences.outlet == row["outlet"]).sum()
    assert row["topic_share"] == pytest.approx(len(mine) / n_out)
    assert t.attrs["topics"]["meeting"]["sha1"] == st.topics["meeting"].sha1


def test_topic_matching_words(tmp_path):
    lex = tmp_path / "vote.csv"
    lex.write_text("term,category,source\nvot*,vote,x\nballot box,vote,x\n")
    s = pd.DataFrame(
        {
            "id": ["a", "a", "b"],
            "outlet": ["X", "X", "Y"],
            "sentence": [0, 1, 0],
            "text": ["Voters queued.", "Nothing here.", "A ballot box burned."],
        }
    )
    ev = topic_evidence(s, {"vote": lex})
    assert ev["matched"].tolist() == ["Voters", "ballot box"]
    assert tag_topics(s, {"vote": lex})["topic:vote"].tolist() == [True, False, True]


def test_differences_interval_and_comparisons():
    s = articles(
        {
            "A": [(1, 1, 1)] * 6 + [(1, 1, 0)] * 2,
            "B": [(0, 0, 0)] * 6 + [(1, 0, 0)] * 2,
            "C": [(1, 0, 0)] * 4 + [(0, 0, 0)] * 4,
        }
    )
    # distinct texts, so that the copies-merge rule does not apply
    s["text"] = s["id"] + " " + s["sentence"].astype(str)
    d = score_differences(s, features=("threat", "hedge"), measure="share", n_boot=1000)
    assert len(d) == 3 * 2 and (d["comparisons"] == 6).all() and d.attrs["comparisons"] == 6
    ab = d[(d.a == "A") & (d.b == "B") & (d.feature == "threat")].iloc[0]
    assert ab["value_a"] == pytest.approx(22 / 24) and ab["value_b"] == pytest.approx(2 / 24)
    assert ab["difference"] == pytest.approx(20 / 24)
    assert ab["excludes_zero"] and ab["adjusted_excludes_zero"]
    assert ab["adjusted_low"] <= ab["low"] <= ab["difference"] <= ab["high"] <= ab["adjusted_high"]
    hedge = d[d.feature == "hedge"]
    assert (hedge["difference"] == 0).all() and not hedge["excludes_zero"].any()
    assert np.isnan(hedge["low"]).sum() == 0


def test_differences_single_article_and_pairs():
    s = articles({"A": [(1, 0)], "B": [(0,), (1,)]})
    d = score_differences(s, features=("threat",), n_boot=100)
    assert np.isnan(d["low"].iloc[0]) and not d["excludes_zero"].iloc[0]
    assert d["note"].iloc[0] == "no interval: A has one article"
    with pytest.raises(ValueError, match="unknown outlet"):
        score_differences(s, pairs=[("A", "Z")])
    with pytest.raises(ValueError, match="measure"):
        score_differences(s, measure="mean")
