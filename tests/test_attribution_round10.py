"""Attribution, tenth round (issue 13): error classes read on the development half of PolNeAR,
each tested in both directions with sentences written here in the style of the news they come
from (never the evaluation texts themselves)."""

import pytest

import framing
from framing.attribution import source_type


def _first(text: str) -> dict:
    return framing.score_text(text).to_dict("records")[0]


# --- a question in an opening adjunct: the one asked answers --------------------------------


@pytest.mark.parametrize(
    "text, source",
    [
        ("When asked at the hearing about the merger, the director defended it.", "the director"),
        ("And when asked about the delay, the mayor blamed the weather.", "the mayor"),
        ("When asked on Monday about the bill, Senator Jo Ray defended it.", "Jo Ray"),
    ],
)
def test_a_question_in_an_opening_adjunct_is_put_to_the_main_subject(text, source):
    row = _first(text)
    assert row["attribution"] != "unattributed", row
    assert row["cue"] == "asked"
    assert source in row["source"]


@pytest.mark.parametrize(
    "text",
    [
        # a noun's adjunct, not the sentence's opening: no speaker is asked here
        "Republicans were in open conflict with him over his silence when asked to help.",
        "If asked, the answer is no.",  # nobody is asked
    ],
)
def test_a_question_elsewhere_is_no_report(text):
    assert _first(text)["attribution"] == "unattributed"


# --- needs_complement cues: an indirect question, or "that" after a time phrase -------------


@pytest.mark.parametrize(
    "text, cue",
    [
        ("The governor and his aides recognized long ago that the plan would fail.", "recognized"),
        ("The judge recognized how unfair that sentence would be.", "recognized"),
        ("The treasurer maintained on Tuesday that the audit was fair.", "maintained"),
        ("The officials disputed publicly that any money was lost.", "disputed"),
    ],
)
def test_complement_after_a_time_phrase_or_a_question_word(text, cue):
    row = _first(text)
    assert row["attribution"] != "unattributed", row
    assert row["cue"] == cue


@pytest.mark.parametrize(
    "text",
    [
        "The campaign maintained its lead in the polls.",
        "Trump carried the swing states that voted on Tuesday.",  # a relative clause
        "Several black women were recognized for their work.",
    ],
)
def test_no_complement_no_report(text):
    assert _first(text)["attribution"] == "unattributed"


# --- a base form after a modal or "do" agrees with any subject -------------------------------


@pytest.mark.parametrize(
    "text, source, cue",
    [
        ("Reid would not say whether he would vote for the bill.", "Reid", "say"),
        ("Senator Don Ray wouldn’t say when the vote would come.", "Senator Don Ray", "say"),
        ("Kaine did not see the point of the exercise.", "Kaine", "see"),
        ("Governor Ray will argue that the budget is balanced.", "Governor Ray", "argue"),
        # the other modals are no part of the source
        ("Critics cannot say that the deal is bad.", "Critics", "say"),
    ],
)
def test_base_form_after_a_modal_or_do(text, source, cue):
    row = _first(text)
    assert row["attribution"] != "unattributed", row
    assert (row["source"], row["cue"]) == (source, cue)


@pytest.mark.parametrize(
    "text",
    [
        "Xi say the deal is bad.",  # no modal: the base form shows a misread subject
        "Only time will tell whether his lead will last.",  # an idiom, no speaker
        "Time will tell.",
    ],
)
def test_no_licensed_base_form(text):
    assert _first(text)["attribution"] == "unattributed"


# --- an infinitive cue that reports what follows it -----------------------------------------


@pytest.mark.parametrize(
    "text, source, cue",
    [
        ("Yellen is likely to stress that the Fed would pause its rate hikes.", "Yellen", "stress"),
        ("The protesters wanted to show that they could not be scared.", "The protesters", "show"),
        (
            "Governor Ray has yet to explain why the loophole should stay.",
            "Governor Ray",
            "explain",
        ),
    ],
)
def test_infinitive_reporting_what_follows(text, source, cue):
    row = _first(text)
    assert row["attribution"] != "unattributed", row
    assert (row["source"], row["cue"]) == (source, cue)


@pytest.mark.parametrize(
    "text",
    [
        "It is fair to say that one reason is money.",  # an expletive subject
        "I want you to know that it has been my intention.",  # the writer, an object
        "The senator declined to say whether she would run.",  # a refusal: no claim
        "The mayor wants to say more next week.",  # nothing reported follows
        "Democrats spent the week trying to underscore that contrast.",  # a participle lead
    ],
)
def test_infinitive_without_a_reported_speaker(text):
    assert _first(text)["attribution"] == "unattributed"


# --- a reporting clause that ends the sentence, after what was said --------------------------


@pytest.mark.parametrize(
    "text, source, cue",
    [
        (
            "The Ray campaign has the larger field staff in the state, the two campaigns agree.",
            "the two campaigns",
            "agree",
        ),
        (
            "The records leave no doubt about his health, the senator's former doctor maintains.",
            "the senator's former doctor",
            "maintains",
        ),
    ],
)
def test_sentence_final_reporting_clause(text, source, cue):
    row = _first(text)
    assert row["attribution"] != "unattributed", row
    assert (row["source"], row["cue"]) == (source, cue)


@pytest.mark.parametrize(
    "text",
    [
        "Trump clinched the primary, beating his rival in his home state.",  # a noun
        "The union struck a deal, and the board agreed.",  # no comma before the subject
        "In all, 865 delegates are at stake in 11 states.",
    ],
)
def test_no_sentence_final_reporting_clause(text):
    assert _first(text)["attribution"] == "unattributed"


# --- a base-form cue after a relative clause that ends in a name -----------------------------


def test_plural_subject_before_a_relative_clause_ending_in_a_name():
    row = _first("Voters who backed Trump in the primary believe that he will win.")
    assert (row["attribution"], row["source"], row["cue"]) == ("anonymous", "Voters", "believe")


def test_singular_name_before_a_base_form_still_no_report():
    assert _first("The man who met Xi say the deal is bad.")["attribution"] == "unattributed"


# --- speaker nouns (source_types.csv) --------------------------------------------------------


@pytest.mark.parametrize(
    "phrase, kind",
    [
        ("the superdelegates", "vague"),
        ("working-class whites", "vague"),
        ("the kingdom", "institution"),
        ("This initiative", "document"),
        ("the businesses", "institution"),
    ],
)
def test_round10_speaker_nouns(phrase, kind):
    assert source_type(phrase) == kind


@pytest.mark.parametrize(
    "text, source",
    [
        ("The plan, which the kingdom hopes will calm its allies, was sent out.", "the kingdom"),
        ("Many superdelegates say they will back the winner.", "Many superdelegates"),
    ],
)
def test_round10_speaker_nouns_in_sentences(text, source):
    row = _first(text)
    assert row["attribution"] != "unattributed", row
    assert row["source"] == source


def test_a_speaker_noun_without_a_cue_is_no_report():
    assert _first("The kingdom was quiet on Tuesday.")["attribution"] == "unattributed"


# --- inventory verbs missing from the cue list: applaud, protest, order, dictate -------------


@pytest.mark.parametrize(
    "text, source, cue",
    [
        ("The governor applauded the court for its swift ruling.", "The governor", "applauded"),
        ("The veterans protested the decision to close the hospital.", "The veterans", "protested"),
        ("A federal judge ordered the agency to release its files.", "A federal judge", "ordered"),
        ("Governor Ray did not mention his rival by name.", "Governor Ray", "mention"),
        ("Nurses objected to the plan to close the ward.", "Nurses", "objected"),
    ],
)
def test_inventory_verbs_added(text, source, cue):
    row = _first(text)
    assert row["attribution"] != "unattributed", row
    assert (row["source"], row["cue"]) == (source, cue)


@pytest.mark.parametrize(
    "text",
    [
        "The crowd applauded.",  # clapping
        "Hundreds of students protested.",  # demonstrating
        "The firm filed for bankruptcy in order to keep its stores open.",
        "There was no mention of the deal in the speech.",  # the noun
    ],
)
def test_inventory_verbs_as_conduct(text):
    assert _first(text)["attribution"] == "unattributed"


# --- "that" after a plural noun opens a relative clause: its base form is a verb -------------


@pytest.mark.parametrize(
    "text, cue",
    [
        ("The polls that show Johnson at 10 percent have the race tied.", "show"),
        ("Several firms that warn it could harm trade have sued the state.", "warn"),
    ],
)
def test_base_form_after_plural_and_relative_that(text, cue):
    row = _first(text)
    assert row["attribution"] != "unattributed", row
    assert row["cue"] == cue


@pytest.mark.parametrize(
    "text",
    ["He starred in that show for years.", "The ratings of that show fell last week."],
)
def test_demonstrative_that_before_a_noun(text):
    assert _first(text)["attribution"] == "unattributed"
