import numpy as np
import pandas as pd
import pytest

import framing

API = [
    "start",
    "end",
    "text",
    "hedge",
    "booster",
    "threat",
    "conciliatory",
    "attribution",
    "source",
    "quote",
    "sentiment",
]


def test_score_text_contract():
    text = "Beijing has labeled the leading candidate a “severe danger.” Peace may follow."
    df = framing.score_text(text)
    assert set(API) <= set(df.columns)
    assert list(df["sentence"]) == [0, 1]
    for r in df.itertuples():
        assert text[r.start : r.end] == r.text
    assert df["threat"].tolist() == [1, 0] and df["hedge"].tolist() == [0, 1]
    assert df["conciliatory"].tolist() == [0, 1]
    assert df["attribution"].iloc[0] == "named" and df["source"].iloc[0] == "Beijing"
    assert df["threat"].dtype == np.int64 and df["quote"].dtype == bool


@pytest.mark.parametrize("text", ["", "   \n\n  "])
def test_empty_text_gives_empty_table(text):
    df = framing.score_text(text)
    assert len(df) == 0 and set(API) <= set(df.columns)


def test_score_text_rejects_non_text():
    with pytest.raises(TypeError, match="expects a str"):
        framing.score_text(None)


def test_sentiment_is_vader_per_sentence_and_article_mean(corpus, sentences):
    row = sentences.iloc[5]
    assert row["sentiment"] == pytest.approx(framing.sentiment.sentence_sentiment(row["text"]))
    arts = framing.score_articles(corpus, sentences=sentences)
    mean = sentences.groupby("id")["sentiment"].mean()
    assert np.allclose(arts.set_index("id")["sentiment"], mean)


def test_curly_quotes_do_not_hide_sentiment():
    a = framing.score_text("Officials said the talks were “productive and peaceful.”")
    assert a["sentiment"].item() > 0.3


def test_article_rates_carry_denominators(corpus, sentences):
    arts = framing.score_articles(corpus, sentences=sentences)
    assert len(arts) == 5
    for f in ("hedge", "threat", "conciliatory", "booster"):
        assert np.allclose(arts[f"{f}_per_1k"], arts[f] / arts["words"] * 1000)
        assert np.allclose(arts[f"{f}_share"], arts[f"{f}_sentences"] / arts["sentences"])
    assert (arts[["named", "anonymous", "unattributed"]].sum(axis=1) == arts["sentences"]).all()
    counts = sentences.groupby("id")["threat"].sum()
    assert (arts.set_index("id")["threat"] == counts).all()


def test_body_only_counts(corpus, sentences):
    body = framing.score_articles(corpus, sentences=sentences, kinds=["body"])
    allk = framing.score_articles(corpus, sentences=sentences)
    assert (body["sentences"] <= allk["sentences"]).all()
    assert (body["sentences"] < allk["sentences"]).any()
    with pytest.raises(ValueError, match="kinds must be among .*unknown: 'footer'"):
        framing.score_articles(corpus, sentences=sentences, kinds=["footer"])


def test_evidence_accounts_for_every_count(sentences, ev):
    for f in ("hedge", "booster", "threat", "conciliatory"):
        per = ev[ev["feature"] == f].groupby(["id", "sentence"]).size()
        counts = sentences.set_index(["id", "sentence"])[f]
        counts = counts[counts > 0]
        pd.testing.assert_series_equal(
            per.sort_index(),
            counts.sort_index(),
            check_names=False,
            check_dtype=False,
            check_index_type=False,
        )


def test_parallel_equals_serial(corpus, sentences):
    par = framing.score_sentences(corpus, jobs=2)
    pd.testing.assert_frame_equal(par, sentences)


def test_deterministic(corpus, sentences):
    again = framing.score_sentences(corpus)
    pd.testing.assert_frame_equal(again, sentences)
    assert sentences.attrs["lexicons"]["threat"]["sha1"]


def test_fast_table_equals_public_constructor(sentences):
    from framing.features import public_frame

    text = "War looms. “Talks may resume,” Miller said. Peace?"
    fast = framing.score_text(text)
    feats = list(fast.attrs["lexicons"])
    cols = {c: fast[c].tolist() for c in fast.columns}
    pd.testing.assert_frame_equal(fast, public_frame(cols, feats))
    assert fast["source"].iloc[1] == "Miller" and fast["source"].iloc[0] is None
    assert fast["quote_spans"].iloc[1] == ((text.index("“"), text.index(" Miller")),)
    grouped = sentences.groupby("outlet")["threat"].sum()  # ordinary frame operations work
    assert grouped.sum() == sentences["threat"].sum()


def test_sentences_are_scored_from_the_text_column(corpus, sentences):
    aid = corpus["id"].iloc[-1]
    old = sentences[sentences["id"] == aid]
    body = old[(old["kind"] == "body") & (old["threat"] == 0)].iloc[-1]
    added = " War looms."
    text = corpus.set_index("id").at[aid, "text"]
    edited = corpus.copy()
    edited.loc[edited["id"] == aid, "text"] = text[: body["end"]] + added + text[body["end"] :]
    new = framing.score_sentences(edited)
    got = new[new["id"] == aid]
    new_text = edited.set_index("id").at[aid, "text"]
    for r in got.itertuples():
        assert new_text[r.start : r.end] == r.text
    # one more sentence, in the same paragraph: the kinds from the article's structure stay
    assert len(got) == len(old) + 1
    assert list(got["kind"]) == [
        *old["kind"][: body["sentence"] + 1],
        "body",
        *old["kind"][body["sentence"] + 1 :],
    ]
    assert got["threat"].sum() == old["threat"].sum() + framing.score_text(added)["threat"].sum()
    others = new[new["id"] != aid].reset_index(drop=True)
    expect = sentences[sentences["id"] != aid].reset_index(drop=True)
    pd.testing.assert_frame_equal(others, expect)


def test_rewritten_text_is_classified_from_its_own_shape(corpus):
    edited = corpus.head(1).copy()
    edited["text"] = "Tensions rise in the strait\n\nWar looms. Peace may follow."
    got = framing.score_sentences(edited)
    assert list(got["kind"]) == ["headline", "body", "body"]
    assert list(got["text"]) == ["Tensions rise in the strait", "War looms.", "Peace may follow."]


def test_text_must_be_a_string(corpus):
    edited = corpus.head(1).copy()
    edited["text"] = [1.5]
    with pytest.raises(TypeError, match="not str"):
        framing.score_sentences(edited)


def test_evidence_columns_are_the_record_fields(ev):
    from framing.features import EVIDENCE_COLUMNS, EvidenceRow

    assert list(ev.columns) == EVIDENCE_COLUMNS
    assert EVIDENCE_COLUMNS[2:-1] == list(EvidenceRow._fields)


def test_sentences_and_evidence_from_one_pass_equal_the_two_calls(corpus):
    """``score_sentences_and_evidence`` gives exactly the tables of ``score_sentences`` and
    ``evidence`` (one analysis of each article instead of two)."""
    import framing

    sentences, found = framing.score_sentences_and_evidence(corpus)
    pd.testing.assert_frame_equal(sentences, framing.score_sentences(corpus))
    pd.testing.assert_frame_equal(found, framing.evidence(corpus))
    assert sentences.attrs == framing.score_sentences(corpus).attrs
