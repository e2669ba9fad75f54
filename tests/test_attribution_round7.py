"""Attribution, seventh round (issue 13): error classes read on the development half of
PolNeAR, each tested in both directions with sentences written here in the style of the news
they come from (never the evaluation texts themselves)."""

import pytest

import framing
from framing.attribution import source_type


def _last(text: str) -> dict:
    return framing.score_text(text).to_dict("records")[-1]


# --- document nouns as speakers (codebook §4: "the emails show") ---------------------------


@pytest.mark.parametrize(
    "text, source",
    [
        ("The story also noted that only two council members back the plan.", "The story"),
        ("Statistics indicate that turnout fell in every rural county.", "Statistics"),
        ("Audit files from the county show that 40 ballots were counted twice.", "Audit files"),
        ("Photos from the event show that the hall was half empty.", "Photos"),
        ("A chart released by the treasury shows that revenue peaked in May.", "A chart"),
        ("The affidavit says the mayor knew of the payments.", "The affidavit"),
    ],
)
def test_a_document_noun_speaks_as_a_named_document(text, source):
    row = _last(text)
    assert row["attribution"] == "named"
    assert row["source"].startswith(source)
    assert source_type(source) == "document"


@pytest.mark.parametrize(
    "text",
    [
        # the same words as verbs or without a cue are no report
        "The campaign plans to file reports detailing its spending by Friday.",
        "The story of the mill town is one of slow decline.",
        "She took photos of the flooded streets for her blog.",
    ],
)
def test_document_nouns_without_a_cue_of_their_own_report_nothing(text):
    assert _last(text)["attribution"] == "unattributed"


# --- names that are ordinary words -------------------------------------------------------


@pytest.mark.parametrize(
    "text, source, cue",
    [
        ("In particular, Will wrote, the governor can challenge her record.", "Will", "wrote"),
        ("“The rules changed when the economy collapsed,” From said.", "From", "said"),
        (
            "With new worries about security, Will believes the senator has an opening.",
            "Will",
            "believes",
        ),
        (
            "British Prime Minister Theresa May said the talks would resume.",
            "British Prime Minister Theresa May",
            "said",
        ),
    ],
)
def test_a_capitalised_function_word_before_the_cue_is_a_surname(text, source, cue):
    row = _last(text)
    assert row["attribution"] == "named"
    assert (row["source"], row["cue"]) == (source, cue)


@pytest.mark.parametrize(
    "text, label, source",
    [
        # lower case or in a title-case headline it is the auxiliary it spells
        ("Voters will say what they think of the plan.", "anonymous", "Voters"),
        ("Trump Will Say Anything To Win.", "unattributed", None),
        # a capitalised word ending an apposition is part of a name, not the speaker
        (
            "Maria Diaz, director of National Nurses United, also said the union would march.",
            "named",
            "Maria Diaz",
        ),
    ],
)
def test_function_words_stay_function_words_elsewhere(text, label, source):
    row = _last(text)
    assert row["attribution"] == label
    assert row["source"] == source
