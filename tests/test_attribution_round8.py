"""Attribution, eighth round (issue 13): error classes read on the development half of
PolNeAR, each tested in both directions with sentences written here in the style of the news
they come from (never the evaluation texts themselves)."""

import csv
from importlib import resources

import pytest

import framing
from framing.attribution import W, source_type


def _first(text: str) -> dict:
    return framing.score_text(text).to_dict("records")[0]


def _last(text: str) -> dict:
    return framing.score_text(text).to_dict("records")[-1]


# --- light verbs with speech-act nouns (codebook §4: a speech act) --------------------------


@pytest.mark.parametrize(
    "text, source, cue",
    [
        (
            "The senator offered a rebuttal on the Senate floor.",
            "The senator",
            "offered a rebuttal",
        ),
        (
            "The governor gave an interview to a local radio station.",
            "The governor",
            "gave an interview",
        ),
        ("The county clerk put out a release on Monday.", "The county clerk", "put out a release"),
        (
            "Mayor Jo Ray sounded a cautious note about the budget.",
            "Mayor Jo Ray",
            "sounded a cautious note",
        ),
        (
            "Ms. Ortiz made an impassioned call for new gun laws.",
            "Ms. Ortiz",
            "made an impassioned call",
        ),
        ("The party published a report detailing its losses.", "The party", "published a report"),
        (
            "The ad renews accusations that the developer hid his debts.",
            "The ad",
            "renews accusations",
        ),
        (
            "Mr. Lee offered an emotional defense of the city.",
            "Mr. Lee",
            "offered an emotional defense",
        ),
        (
            "The council presented a very different view of the deal.",
            "The council",
            "presented a very different view",
        ),
        (
            "Sen. Ann Holt published an op-ed in the local paper.",
            "Sen. Ann Holt",
            "published an op-ed",
        ),
    ],
)
def test_a_light_verb_makes_a_speech_act_of_a_speech_noun(text, source, cue):
    row = _first(text)
    assert row["attribution"] != "unattributed"
    assert (row["source"], row["cue"]) == (source, cue)


@pytest.mark.parametrize(
    "text",
    [
        # the telephone, documents disclosed, a note taken, an adjective, no speech act
        "Volunteers were making calls to voters in three counties.",
        "The agency must make monthly releases of the archived emails.",
        "The clerk made a note of the change.",
        "Facing mounting criticism from both parties, the plan was shelved.",
        "He made no comment on the ruling.",
    ],
)
def test_no_speech_act_without_its_light_verb(text):
    row = _first(text)
    assert row["attribution"] == "unattributed", row


def test_a_capitalised_light_verb_is_a_name():
    # "Post" is part of the paper's name, not the light verb "post"
    row = _first("The Washington Post reports that the county budget grew.")
    assert (row["source"], row["cue"]) == ("The Washington Post", "reports")


def test_the_new_speech_nouns_are_data_with_category_and_source():
    """Every round-8 speech noun is a cues.csv row of kind speech_noun with its source: a
    Searle (1976) class or a speech event, and the inventory verb where it has one."""
    text = resources.files("framing").joinpath("data/cues.csv").read_text("utf-8")
    rows = [r for r in csv.DictReader(text.splitlines()) if "round 8" in r["source"]]
    assert len(rows) >= 40
    for r in rows:
        assert r["category"] == "speech_noun"
        assert (
            "Searle 1976" in r["source"]
            or "speech-event" in r["source"]
            or ("press release" in r["source"])
        )
    terms = {r["term"] for r in rows}
    assert {"rebuttal", "interview", "release"} <= terms


def test_speech_noun_cue_words_are_listed_for_light_verbs():
    # the cue words that are also speech nouns ("made an impassioned call for")
    assert {"call", "report", "note", "view"} <= W.light_verb_cue_nouns


# --- a participle's speaker and the opening adjunct ----------------------------------------


@pytest.mark.parametrize(
    "text, source",
    [
        (
            "Speaking at a rally in Salem, Oregon, Gov. Jo Ray went after the mayor, calling him "
            "weak.",
            "Gov. Jo Ray",
        ),
        (
            "Hours later, the senator returned the favor, telling reporters they were friends.",
            "the senator",
        ),
        (
            "For months, Mr. Lee has stayed on the sidelines, arguing that he did not want to "
            "choose.",
            "Mr. Lee",
        ),
        (
            "In describing the plan as a short-term gimmick, the economists are missing the point.",
            "the economists",
        ),
        (
            "Having announced that he would retire, Judge Ann Berman handed down her last "
            "sentence.",
            "Judge Ann Berman",
        ),
        (
            "While denouncing the tax break at every stop, she has not offered a plan of her own.",
            "she",
        ),
    ],
)
def test_a_participle_speaks_for_the_main_clause_subject(text, source):
    row = _first(text)
    assert row["attribution"] != "unattributed"
    assert row["source"] == source


def test_a_participle_after_a_relative_clause_is_not_its_subjects():
    # "touches that Mr. Biden might appreciate, describing": Mr. Biden does not describe
    row = _first(
        "She even showed a few retail touches that Mr. Biden might appreciate, describing her "
        "own childhood in Scranton."
    )
    assert row["source"] != "Mr. Biden"


# --- source spans: particles, inverted phrases, ages and places ----------------------------


@pytest.mark.parametrize(
    "text, source",
    [
        (
            "But other advisers to the governor said the plan would fail.",
            "other advisers to the governor",
        ),
        ("Yet many officials believe that relief is possible.", "many officials"),
        ("Even Rendell, a longtime ally, said the goal was out of reach.", "Rendell"),
        ("Then DuPont, only two months later, announced plans to merge.", "DuPont"),
        ("“We will win,” Jo Ray, a delegate from Ohio, said in a statement.", "Jo Ray"),
        ("“It is close,” Ann Holt, a strategist, said of the race.", "Ann Holt"),
        ("Lance Beebe, 49, a Navy veteran, said the race was close.", "Lance Beebe"),
        ("Rep. Chris Cole, R-N.Y., noted in a column that anger was rising.", "Rep. Chris Cole"),
        ("“I doubt it,” Mary Purner, 61, of Erie, Pa., said in an interview.", "Mary Purner"),
        (
            "''We should not take growth for granted,'' Lael Burns, a Fed governor, said in a "
            "speech.",
            "Lael Burns",
        ),
    ],
)
def test_the_source_span_is_the_speaker_only(text, source):
    row = _first(text)
    assert row["attribution"] != "unattributed"
    assert row["source"] == source


def test_a_time_phrase_after_the_cue_is_no_inverted_speaker():
    row = _first("“We are ready,” the press secretary, Josh Park, said on Tuesday.")
    assert row["source"] != "on Tuesday"


# --- capitalised common nouns and party members as speakers --------------------------------


def test_a_capitalised_first_word_the_article_writes_in_lower_case_is_a_common_noun():
    text = (
        "Organizers say they want to avoid violence. The march was planned for weeks by "
        "organizers from three unions. Reporters know they are being spun. Two reporters "
        "left early."
    )
    rows = framing.score_text(text).to_dict("records")
    assert (rows[0]["attribution"], rows[0]["source_type"]) == ("anonymous", "vague")
    assert (rows[2]["attribution"], rows[2]["source_type"]) == ("anonymous", "vague")


def test_a_name_capitalised_inside_a_sentence_stays_a_name():
    # "Glaser" has an agent-noun ending, but the article capitalises it mid-sentence
    text = "The analyst Bonnie Glaser spoke first. Glaser said the talks would resume."
    rows = framing.score_text(text).to_dict("records")
    assert (rows[1]["attribution"], rows[1]["source_type"]) == ("named", "person")


@pytest.mark.parametrize(
    "text, label, stype",
    [
        ("Democrats argue that the bill is too costly.", "anonymous", "vague"),
        ("Senate Republicans said they would vote no.", "anonymous", "vague"),
        ("Social conservatives say the rules protect churches.", "anonymous", "vague"),
        ("The Arizona Republican says such methods do not work.", "named", "titled_official"),
        ("“She is too far behind,” said an Iowa Democrat.", "anonymous", "unnamed_official"),
        (
            "“It is his to lose,” added another New Hampshire Democrat.",
            "anonymous",
            "unnamed_official",
        ),
    ],
)
def test_party_members_by_common_noun(text, label, stype):
    row = _first(text)
    assert (row["attribution"], row["source_type"]) == (label, stype)


def test_an_adjective_of_a_party_is_no_group_speaker():
    assert source_type("a progressive agenda") != "vague"


# --- speaking with what was said later in the clause ---------------------------------------


@pytest.mark.parametrize(
    "text, source",
    [
        ("The governor spoke to CNN on Monday about the storm.", "The governor"),
        ("Ms. Ray talked openly on social media about her plans.", "Ms. Ray"),
        ("Mr. Starr spoke highly of the former president.", "Mr. Starr"),
        ("The actress has long been speaking out against injustice.", "The actress"),
        ("Activist Ann Davis talks to the director about the prison system.", "Activist Ann Davis"),
    ],
)
def test_speaking_counts_when_what_was_said_follows_in_the_clause(text, source):
    row = _first(text)
    assert row["attribution"] != "unattributed"
    assert row["source"] == source


@pytest.mark.parametrize(
    "text",
    [
        "The two women spoke for about five minutes.",
        "He spoke against the bronze backdrop of the museum.",
        "The senator spoke for an hour and then left the hall.",
        "They talked to voters who care about jobs.",
    ],
)
def test_speaking_without_what_was_said_is_no_report(text):
    assert _first(text)["attribution"] == "unattributed"
