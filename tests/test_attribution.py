import pytest

import framing
from framing.attribution import find_quotes

from .conftest import sentence_row


@pytest.mark.parametrize(
    "article,start,label,source",
    [
        (
            "004",
            "The United States has “deep confidence",
            "named",
            "State Department spokesman Vedant Patel",
        ),
        ("000", "Beijing views Taiwan", "named", "Beijing"),
        ("000", "This highly anticipated meeting", "named", "China"),  # relative clause
        (
            "001",
            "A senior US administration official told",
            "anonymous",
            "A senior US administration official",
        ),
        ("004", "But Lai has been cautious", "anonymous", "US officials"),
        ("001", "China has been accused", "anonymous", None),  # agentless speech act
        ("003", "It is pointed out", "anonymous", None),
        ("003", "Told.", "anonymous", None),  # machine-translated fragment
        ("000", "Tensions have been escalating", "unattributed", None),
        ("001", "Beijing has called these accusations", "named", "Beijing"),
        ("003", "According to a report released", "named", "a report released"),
    ],
)
def test_seed_labels(sentences, article, start, label, source):
    row = sentence_row(sentences, article, start)
    assert row["attribution"] == label
    assert row["source"] == source


def test_pronoun_speakers_resolve(sentences):
    row = sentence_row(sentences, "001", "He further stated")
    assert row["attribution"] == "anonymous"
    assert row["source"] == "the senior US administration official"
    assert "pronoun 'He'" in row["attribution_note"]
    row = sentence_row(sentences, "002", "He said Beijing has taken notice")
    assert row["source"] == "Liu" and row["attribution"] == "named"
    row = sentence_row(sentences, "001", "“It is, of course, consistent")
    assert row["cue"] == "clarified" and row["attribution"] == "anonymous"


def test_multi_sentence_quotation_inherits_speaker(sentences):
    for start in (
        "“It’s still early days.",
        "“The question is, what happens",
        "I think the U.S.-China relationship",
    ):
        row = sentence_row(sentences, "003", start)
        assert row["source"] == "Bonnie Glaser" and row["attribution"] == "named"
        assert row["quote"]
    row = sentence_row(sentences, "004", "“The Secretary reiterated")
    assert row["source"] == "State Department spokesman Matthew Miller"


def test_paraphrase_turned_quotation(sentences):
    # 001 quotes what Reuters paraphrased: the quote is flagged as a direct quotation
    row = sentence_row(sentences, "001", "A senior US administration official told")
    assert row["quote"] and row["cue"] == "told"


def test_fragments_are_not_quotations(sentences):
    row = sentence_row(sentences, "004", "President Joe Biden’s administration plans")
    assert not row["quote"] and row["quote_fragment"]
    row = sentence_row(sentences, "004", "The United States, while recognizing only Beijing")
    assert not row["quote"] and row["quote_fragment"]


def test_quote_offsets_and_unbalanced_marks():
    text = "He said “the talks went well” and left.\n\nShe added: “More to come"
    df = framing.score_text(text)
    s, e = df["quote_spans"].iloc[0][0]
    assert text[s:e] == "“the talks went well”"
    assert bool(df["unbalanced_quote"].iloc[1])
    quotes, still_open = find_quotes("“Unclosed quote here", False)
    assert still_open and not quotes[0].closed


def test_source_and_cue_offsets(sentences, corpus):
    texts = dict(zip(corpus["id"], corpus["text"]))
    for r in sentences[sentences["source_start"] >= 0].itertuples():
        if not r.attribution_note:
            assert texts[r.id][r.source_start : r.source_end] == r.source
    for r in sentences[sentences["cue_start"] >= 0].itertuples():
        assert texts[r.id][r.cue_start : r.cue_end] == r.cue


def test_colon_names_the_speaker():
    df = framing.score_text("Blinken: “We will not back down from our commitments.”")
    row = df.iloc[0]
    assert (row["attribution"], row["source"], row["cue"]) == ("named", "Blinken", ":")


def test_speaker_after_the_quote_and_inverted_cue():
    df = framing.score_text(
        "“We don’t know if this stability will last,” said Bonnie Glaser, an expert on "
        "U.S.-China relations at the German Marshall Fund."
    )
    assert df["source"].item() == "Bonnie Glaser" and df["cue"].item() == "said"


def test_scare_quoted_headline_is_the_writers_own():
    df = framing.score_text(
        "Taiwan Elections: In an attempt to talk Beijing out of “taking action,” Blinken will "
        "meet with a top China official"
    )
    assert df["attribution"].item() == "unattributed" and bool(df["quote"].item())


def test_straight_quotes_and_speaker_in_next_sentence():
    text = (
        "\"It's still early days. We don't know if this stability will last,\" said Bonnie "
        "Glaser, an expert on U.S.-China relations at the German Marshall Fund."
    )
    df = framing.score_text(text)
    assert list(df["source"]) == ["Bonnie Glaser", "Bonnie Glaser"]
    assert df["quote"].all()
    assert df["attribution_note"].iloc[0] == "inside a quotation that runs over several sentences"


def test_it_refers_to_the_sentence_subject(sentences):
    row = sentence_row(sentences, "000", "The U.S. is seeking to strengthen")
    assert row["source"] == "The U.S." and row["attribution"] == "named"
    assert row["cue"] == "sees"
