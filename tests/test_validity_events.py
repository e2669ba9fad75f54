"""Validity of threat, conciliatory and hedge language on news it was not written for
(issue 13): one test per class of error the codebook defines, on news sentences written for
these tests (never copied from evaluation data). Each class names its source: the codebook's
sections and the PLOVER/CAMEO event types whose language the lexicon rows cover."""

import tomllib
from importlib import resources

import pandas as pd
import pytest

import framing
from framing import negation
from framing.evaluate.events import event_span
from framing.evaluate.hedging import matches
from framing.features import open_question


def count(sentence: str, feature: str) -> int:
    return int(framing.score_text(sentence)[feature].sum())


# --- threat (codebook §2): coercion, abuse and fighting as PLOVER COERCE, ASSAULT, FIGHT ---


@pytest.mark.parametrize(
    "sentence",
    [
        # COERCE (CAMEO 17): violent repression, martial law, confiscation, incommunicado
        "Police fired tear gas to disperse thousands of protesters outside parliament.",
        "The junta imposed martial law across the northern provinces on Sunday.",
        "Authorities confiscated the offices and printing presses of the opposition weekly.",
        "The two activists were held incommunicado for nineteen days.",
        # ASSAULT (CAMEO 18, 20): abuse, bombing, shooting, killing, mass violence
        "The army used villagers as human shields, the report said.",
        "Two teachers were hacked to death in the market town.",
        "Saboteurs blew up a bridge on the main highway south of the capital.",
        "A radio journalist was shot outside his home on Sunday evening.",
        "The provincial governor was slain at a checkpoint near the border.",
        "Investigators found a mass grave on the outskirts of the town.",
        # FIGHT (CAMEO 19): armed groups, small-arms fights, retaking ground, ceasefire breaches
        "Pro-government militias patrolled the northern districts overnight.",
        "A firefight broke out near the border post before dawn.",
        "Government forces recaptured the provincial capital on Monday.",
        "Both sides violated the ceasefire within hours of its start.",
    ],
)
def test_threat_covers_coercion_abuse_and_fighting(sentence):
    assert count(sentence, "threat") > 0


@pytest.mark.parametrize(
    "sentence",
    [
        # figurative senses that political news uses far more often than the literal ones
        "Firefighters contained the blaze by midnight.",
        "The governor's best shot at the nomination is a win in Florida.",
        "He spoke to a captive audience of party donors in Ohio.",
        # thirteenth round: a delegates' 'revolt' is threat by the round-4 ruling ('chaos/revolt'
        # = 1, on a convention-floor revolt) and the round-7 and round-8 ones (rebellion, REVOLT);
        # it is tested in test_events_round13_threat.py
        "The campaign moved quickly to quell speculation about her health.",
    ],
)
def test_threat_leaves_figurative_senses_out(sentence):
    assert count(sentence, "threat") == 0


# --- conciliatory (codebook §3) as PLOVER AGREE, CONCEDE, RETREAT, AID, COOPERATE, SUPPORT ---


@pytest.mark.parametrize(
    "sentence",
    [
        # reaching agreement (CAMEO 057)
        "The two governments reached an understanding on fishing rights.",
        # lifting restrictions (CAMEO 081, 085, 086)
        "The government unfroze the assets of the former ruling party.",
        "The foreign ministry reopened its embassy after a two-year closure.",
        "Airlines resumed flights between the two capitals on Thursday.",
        "Beijing eased curbs on imports of Australian wine.",
        # accepting demands (CAMEO 083)
        "The government acceded to the teachers' demands for higher pay.",
        "The regime complied with the demands of the regional bloc.",
        "After a week of protests the council relented.",
        # releases (CAMEO 0841)
        "The kidnappers released the hostage on Friday.",
        "Two journalists were released from prison after an appeal.",
        "A prisoner swap took place at the border crossing.",
        # mediation (CAMEO 045)
        "Qatar brokered the exchange between the two sides.",
        "Norway offered its good offices to both parties.",
        # truce, stand-down and withdrawal (CAMEO 0871-0874)
        "The guards stood down after the governor's appeal.",
        "The rebels laid down their weapons at a ceremony in the capital.",
        # ending a blockade or an occupation (CAMEO 0872)
        "The navy ended its blockade of the port after three weeks.",
        # aid (CAMEO 07)
        "Relief convoys reached the city on Tuesday.",
        "Donor countries pledged two billion dollars for reconstruction.",
        "Helicopters airlifted food and blankets to the stranded villages.",
        # freeing persons, handing back control, granting autonomy (CAMEO 083, 0841, 0874)
        "The militants freed two engineers after a week in captivity.",
        "The army handed over control of the airport to the police.",
        "Parliament granted the region wide autonomy in March.",
        "The two neighbours signed a non-aggression pact.",
        # regret and recognition (CAMEO 054, 055), judicial cooperation (CAMEO 063)
        "The minister expressed deep regret for the sinking of the fishing boat.",
        "Forty countries extended diplomatic recognition to the new state.",
        "Spain extradited the suspect to France on Monday.",
    ],
)
def test_conciliatory_covers_cooperative_event_language(sentence):
    assert count(sentence, "conciliatory") > 0


@pytest.mark.parametrize(
    "sentence",
    [
        # an organisation's name, a feeling and a campaign's donors are not accommodation
        "Amnesty International said the trial was unfair.",
        "There was a palpable sense of relief in the hall.",
        "The senator thanked her donors at a dinner in Miami.",
        "Delegates talked openly about a brokered convention.",
        "The company released a statement on Monday.",
        "The merger freed up cash for new investment.",
    ],
)
def test_conciliatory_leaves_other_senses_out(sentence):
    assert count(sentence, "conciliatory") == 0


def test_amnesty_the_pardon_still_counts():
    assert count("The president granted an amnesty to 500 prisoners.", "conciliatory") == 1


def test_non_aggression_pact_is_not_aggression():
    assert count("The two neighbours signed a non-aggression pact.", "threat") == 0
    assert count("The border guards denounced the neighbour's aggression.", "threat") == 1


# --- negation: its word lists are data with their sources ---


def test_negation_lists_come_from_the_data_file():
    with resources.files("framing").joinpath("data/negation.toml").open("rb") as fh:
        conf = tomllib.load(fh)
    assert negation.NEGATORS == frozenset(conf["negators"])
    assert negation.DOUBLE_NEGATIVES == frozenset(conf["double_negatives"])
    assert negation.CLAUSE_BREAK == frozenset(conf["clause_break"])
    assert negation.WINDOW == conf["window"]
    text = resources.files("framing").joinpath("data/negation.toml").read_text("utf-8")
    for name in conf:
        # every list is preceded by a comment that says what it is and where it comes from
        before = text[: text.index(f"\n{name} =")].rstrip().splitlines()[-1]
        assert before.startswith("#"), name


def test_double_negative_threat_is_not_negated():
    ev = framing.score_text("The general has not ruled out using force against the rebels.")
    assert ev["threat"].sum() >= 2  # "using force", "rebels"
    rows = matches(pd.Series(["The general has not ruled out using force against the rebels."]))
    threat = rows[rows["feature"] == "threat"]
    assert not threat["negated"].any()


# --- open questions (codebook §1: a question in the writer's voice) ---


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("The big question is how long the truce will last?", True),
        ("Why did the talks collapse so quickly?", True),
        # a quoted title or quotation cut at its question mark by the sentence splitter
        ("She wrote the 2004 book 'Will the Peace Hold?", False),
        ('The series, titled "Who Rules the Sea?', False),
        ("He asked reporters, “Who will pay for the war?", False),
        # lost characters, not a question
        ("The name was printed as ???", False),
    ],
)
def test_open_question_only_in_the_writers_voice(sentence, expected):
    assert open_question(sentence) is expected


def test_quoted_title_question_is_not_a_hedge():
    text = "She wrote the 2004 book 'Will the Peace Hold? Europe After the Wall' for students."
    assert count(text, "hedge") == 0
    assert count("Why did the talks collapse so quickly?", "hedge") == 1


# --- the evaluation's event span: a thousands separator is not a clause break ---


def test_event_span_keeps_numbers_whole():
    # the aside ", risking fines of $500,000 in all" is background as a whole: the comma of
    # "500,000" must not leave "000 in all" behind as if it were a clause of the event
    text = (
        "Two charities delivered 2,000 tonnes of grain to the port, "
        "risking fines of $500,000 in all."
    )
    kept = " ".join(text[s:e] for s, e in event_span(text))
    assert "2,000 tonnes of grain" in kept
    assert "in all" not in kept
