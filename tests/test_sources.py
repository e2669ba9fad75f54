import pytest

from framing.sources import score_sources


def test_same_source_under_different_names_counts_once(sentences):
    src = score_sources(sentences)
    miller = src[src["variants"].str.contains("Miller")]
    assert len(miller) == 1
    row = miller.iloc[0]
    assert row["source"] == "State Department spokesman Matthew Miller"
    assert set(row["variants"].split("; ")) == {
        "State Department spokesman Matthew Miller",
        "Miller",
    }
    patel = src[src["variants"].str.contains("Patel")].iloc[0]
    assert patel["articles"] == 2 and patel["outlets"].count(";") == 1


def test_the_official_joins_its_fuller_phrase(sentences):
    src = score_sources(sentences)
    official = src[src["variants"].str.contains("A senior US administration official")]
    assert len(official) == 1
    row = official.iloc[0]
    assert row["label"] == "anonymous"
    assert "the official" in row["variants"].split("; ")
    assert {"told", "stressed", "clarified"} <= set(row["cues"].split("; "))


def test_counts_add_up(sentences):
    src = score_sources(sentences)
    attributed = sentences[
        sentences["source"].notna() & (sentences["attribution"] != "unattributed")
    ]
    assert src["sentences"].sum() == len(attributed)


def test_by_outlet(sentences):
    src = score_sources(sentences, by="outlet")
    beijing = src[src["source"] == "Beijing"]
    assert len(beijing) == beijing["outlet"].nunique() >= 2


def test_needs_the_sentence_table(corpus):
    with pytest.raises(ValueError, match="missing"):
        score_sources(corpus)
