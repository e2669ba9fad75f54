"""Attribution, ninth round (issue 13): error classes read on the development half of PolNeAR,
each tested in both directions with sentences written here in the style of the news they come
from (never the evaluation texts themselves)."""

import csv
from importlib import resources

import pytest

import framing
from framing.attribution import W, source_type


def _first(text: str) -> dict:
    return framing.score_text(text).to_dict("records")[0]


def _rows(text: str) -> list[dict]:
    return framing.score_text(text).to_dict("records")


# --- "agree on", "agreed there are" (what was agreed follows) ------------------------------


@pytest.mark.parametrize(
    "text, source",
    [
        ("Both parties agreed on one thing: the count was fair.", "Both parties"),
        ("The two unions also agreed on setting up a review panel.", "The two unions"),
        ("The three judges agreed there are good reasons to wait.", "The three judges"),
        ("The scholars agreed there would be no quick fix.", "The scholars"),
    ],
)
def test_agree_on_and_agreed_there_report_what_was_agreed(text, source):
    row = _first(text)
    assert row["attribution"] != "unattributed", row
    assert (row["source"], row["cue"]) == (source, "agreed")


@pytest.mark.parametrize(
    "text",
    [
        "The board agreed on Tuesday to raise the fees.",  # a time, then conduct
        "The firms agreed there to meet again in May.",  # a place
        "The mayor agreed to sit next to the governor.",  # conduct, as before
    ],
)
def test_agreeing_to_do_something_is_no_report(text):
    assert _first(text)["attribution"] == "unattributed"


# --- inventory verbs that report only before what was said (needs_complement) ---------------


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Local officials now recognize that they must do more.", "recognize"),
        ("The governor has always maintained that the audit was fair.", "maintained"),
        ("She guessed that the caller was a reporter.", "guessed"),
        ("The report assumes that turnout will stay low.", "assumes"),
        ("The county disputes that any ballots were lost.", "disputes"),
        ("The pastor further related that the visit had moved him.", "related"),
        ("Her lawyers countered that the deadline had passed.", "countered"),
    ],
)
def test_recognize_maintain_and_conjecture_verbs_before_that(text, cue):
    row = _first(text)
    assert row["attribution"] != "unattributed", row
    assert row["cue"] == cue


@pytest.mark.parametrize(
    "text",
    [
        "Three teachers were recognized for their work with refugees.",
        "The incumbent continues to maintain a comfortable lead in the polls.",
        "The train was supposed to arrive at noon.",
        "She assumed office in January.",
        "The fine is related to an earlier case.",
        "Lawyers advised the campaign on its filings.",
    ],
)
def test_the_same_verbs_without_what_was_said_report_nothing(text):
    assert _first(text)["attribution"] == "unattributed"


def test_the_new_cue_rows_are_data_with_their_inventory_source():
    text = resources.files("framing").joinpath("data/cues.csv").read_text("utf-8")
    rows = [r for r in csv.DictReader(text.splitlines()) if "round 9" in (r["note"] or "")]
    terms = {r["term"] for r in rows}
    assert {"recognized", "maintains", "guessed", "disputes", "countered", "advised"} <= terms
    for r in rows:
        assert r["source"].startswith("form of '")
        assert r["term"] in W.needs_complement


# --- a base-form verb agreeing with a plural head before a preposition ------------------------


@pytest.mark.parametrize(
    "text, source",
    [
        ("The plan will fail, people close to the mayor say.", "people close to the mayor"),
        ("Friends of Jo Ray say she will run.", "Friends of Jo Ray"),
        (
            "Server logs from Acme Corp show that the files were copied.",
            "Server logs from Acme Corp",
        ),
    ],
)
def test_a_plural_head_before_a_preposition_speaks(text, source):
    row = _first(text)
    assert row["attribution"] != "unattributed", row
    assert row["source"] == source


@pytest.mark.parametrize(
    "text", ["The Boss of Springfield say it is over.", "Jo Ray say it is over."]
)
def test_a_base_form_after_a_singular_name_still_reports_nothing(text):
    assert _first(text)["attribution"] == "unattributed"


# --- an apposition of examples between subject and cue --------------------------------------


@pytest.mark.parametrize(
    "text, source",
    [
        (
            "Yet Democratic economists, like their Republican colleagues, say a carbon tax works.",
            "Democratic economists",
        ),
        ("Some analysts, such as Jo Ray of Acme, believe the rally will fade.", "Some analysts"),
    ],
)
def test_the_phrase_before_the_examples_speaks(text, source):
    row = _first(text)
    assert row["attribution"] == "anonymous", row
    assert row["source"] == source


def test_examples_after_a_phrase_that_does_not_open_its_clause_are_left_alone():
    row = _first(
        "But many of the voters interviewed for this story, including two mayors, privately "
        "worry about the costs."
    )
    assert row["source"] == "many of the voters"


# --- group nouns and persons by age ---------------------------------------------------------


@pytest.mark.parametrize(
    "phrase, kind",
    [
        ("budget hawks", "vague"),
        ("the doves", "vague"),
        ("the under-30 generation", "vague"),
        ("the 43-year-old", "titled_official"),
        ("a 29-year-old", "unnamed_official"),
        ("18-year-olds", "vague"),
        ("employees", "vague"),
        ("retirees", "vague"),
        # words in -ee and -s that name no speaker
        ("the degree", "none"),
        ("a guarantee", "none"),
    ],
)
def test_group_age_and_ee_nouns_as_source_types(phrase, kind):
    assert source_type(phrase) == kind


def test_hawks_and_persons_by_age_speak():
    assert _first("Even the party's hawks say the troops should come home.")["attribution"] == (
        "anonymous"
    )
    row = _rows("“I was stunned,” the 43-year-old said.")[0]
    assert (row["attribution"], row["source"]) == ("named", "the 43-year-old")
    assert _first("Morale is low, employees complain of long shifts.")["attribution"] == (
        "anonymous"
    )


# --- contracted pronoun subjects ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Yet they're mostly proposing things the city already does.",
        "She’s argued that the tax is unfair.",
        "They’ve said the vote was rigged.",
    ],
)
def test_a_contracted_pronoun_is_a_speaker(text):
    assert _first(text)["attribution"] != "unattributed"


@pytest.mark.parametrize(
    "text", ["I'd add one reason for the split.", "We’ve argued for years that it fails."]
)
def test_the_writers_contracted_first_person_stays_unattributed(text):
    assert _first(text)["attribution"] == "unattributed"


# --- a perceived speaker, a delayed passive agent ------------------------------------------


@pytest.mark.parametrize(
    "text, source",
    [
        ("The mayor was heard saying that the count was over.", "The mayor"),
        ("Jo Ray can be seen telling the officers that her son was unarmed.", "Jo Ray"),
        ("He was recommended for the post by Sen. Ann Holt, a longtime ally.", "Sen. Ann Holt"),
        ("The tax is considered a burden by many economists.", "many economists"),
    ],
)
def test_perceived_speakers_and_delayed_agents(text, source):
    row = _first(text)
    assert row["attribution"] != "unattributed", row
    assert row["source"] == source


@pytest.mark.parametrize(
    "text",
    [
        "He has never seen anyone saying that.",
        "He was charged with assault by the police.",
        "The bill was considered for a vote by the end of June.",
        "The plan was revealed in papers filed by the campaign.",
    ],
)
def test_no_agent_across_a_time_a_charge_or_another_participle(text):
    row = _first(text)
    assert row["source"] not in ("the police", "the end of June", "the campaign"), row


# --- written words displayed: signs, banners ------------------------------------------------


def test_a_sign_saying_is_a_document():
    row = _first('Jo Ray held up a sign saying "Hands Off Our Parks."')
    assert (row["attribution"], row["source"]) == ("named", "a sign")


def test_a_sign_that_something_is_so_is_no_speaker():
    assert _first("It is a sign that the economy is recovering.")["attribution"] == ("unattributed")


# --- a speech tag split off after a party-and-state tag -------------------------------------


def test_a_bare_tag_after_a_split_speaks_for_the_quotation():
    rows = _rows(
        'Some members were furious. "We cannot let witnesses ignore us. They have no right '
        'to do that," Rep. Jo Ray (R-Fla.) said.'
    )
    assert rows[0]["attribution"] == "unattributed"
    assert all(r["attribution"] == "named" for r in rows[1:]), rows
    assert {r["source"] for r in rows[1:]} == {"Rep. Jo Ray"}


def test_a_lower_case_fragment_with_its_own_content_keeps_its_reading():
    rows = _rows("The vote was close. said to be the closest in years, it went to a recount.")
    assert rows[0]["attribution"] == "unattributed"


# --- adverbs and floating quantifiers between subject and cue --------------------------------


@pytest.mark.parametrize(
    "text, source",
    [
        ("Anchor Jo Ray, who was off-screen, loudly asked, “Really?”", "Anchor Jo Ray"),
        ("Even as they all vowed to fight on, the mood was grim.", "they"),
        ("Jo Ray and Al Bo both said they would stay.", "Jo Ray and Al Bo"),
        ("Customers and workers may soon see prices fall.", "Customers and workers"),
    ],
)
def test_adverbs_and_floating_quantifiers_are_skipped(text, source):
    row = _first(text)
    assert row["attribution"] != "unattributed", row
    assert row["source"] == source


@pytest.mark.parametrize("text, source", [("All said they would vote.", "All")])
def test_a_floating_quantifier_that_opens_the_sentence_is_the_subject(text, source):
    row = _first(text)
    assert row["attribution"] != "unattributed"
    assert row["source"] == source
