"""Eleventh round of threat and conciliatory fixes (issue 13): classes of error read on the sixth
round of coded news sentences with the adjudicator's rulings, checked on rounds 1-5, the PolNeAR
articles and PLOVER, each fixed by the codebook (§2 threat, §3 conciliatory). Sentences are
written for these tests in the shape of news sentences (never the evaluation texts)."""

import pytest

from .conftest import matched

# -- threat: round-6 rulings on figurative combat and confrontation -----------------------------


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("The governor lashed out at his critics on Tuesday.", "lashed out"),
        ("A talk show host crosses swords with the senator.", "crosses swords"),
        ("He calls himself a counterpuncher who hits back harder.", "counterpuncher"),
        ("In a shift, Canada to stand up to the president.", "stand up to"),
        ("The debate turned into a heated exchange over taxes.", "heated"),
        ("The candidate struggled to fend off his rivals.", "fend off"),
        ("The mayor was pugnacious at the press conference.", "pugnacious"),
        ("She said she had been bullied by the committee chairman.", "bullied"),
        ("He leads a fractious coalition in the House.", "fractious"),
        ("The two men have tangled with each other for years.", "tangled with"),
        ("They met after a long and bitter primary.", "bitter primary"),
    ],
)
def test_figurative_combat_and_friction_are_threat(sentence, word):
    assert word in matched(sentence, "threat")


# -- threat: military power, deaths and violence in other words ---------------------------------


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("The troop surge in Iraq was credited with calming Baghdad.", "troop surge"),
        ("The bloc has long avoided pooling its military might.", "military might"),
        ("Four diplomats lost their lives in the attack.", "lost their lives"),
        ("He wrote that the migrants should burn alive.", "burn alive"),
        ("The report counts veteran suicides by state.", "suicides"),
        ("Activists alleged widespread voter suppression in the county.", "voter suppression"),
        ("The rally was canceled over safety concerns.", "safety concerns"),
    ],
)
def test_military_power_and_violence_words_are_threat(sentence, word):
    assert word in matched(sentence, "threat")


@pytest.mark.parametrize(
    "sentence",
    [
        "The senator's claim does not stand up to scrutiny.",
        "The campaign's figures have stood up to close scrutiny.",
        "The committee room was heavily air conditioned.",
    ],
)
def test_withstanding_scrutiny_is_not_threat(sentence):
    assert matched(sentence, "threat") == []


# -- conciliatory: accommodation idioms and round-6 unity rulings -------------------------------


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("The nominee has begun to build bridges with party elders.", "build bridges"),
        ("No white paper will turn foes into friends.", "foes into friends"),
        ("He was criticized for his friendly overtures to the Kremlin.", "friendly overtures"),
        ("Releasing the files would be a gesture of good faith.", "gesture of good faith"),
        ("The two powers have reached a modus vivendi in the region.", "modus vivendi"),
        ("Both sides say they are willing to meet in the middle.", "meet in the middle"),
        ("She told supporters that we are all in this together.", "in this together"),
        ("The party is expected to rally around its nominee.", "rally around"),
        ("The agency is working in conjunction with allies.", "working in conjunction with"),
    ],
)
def test_accommodation_idioms_and_unity_are_conciliatory(sentence, word):
    assert word in matched(sentence, "conciliatory")


@pytest.mark.parametrize(
    "sentence",
    [
        "The House approved the budget reconciliation bill on Thursday.",
        "Supporters gathered at Trump rallies around the state.",
        "The memo describes forgeries used in conjunction with leaks.",
    ],
)
def test_budget_procedure_and_other_senses_are_not_conciliatory(sentence):
    assert matched(sentence, "conciliatory") == []


# -- threat: advocacy (fighting for a constituency, combating a problem) and offense taken ------


@pytest.mark.parametrize(
    "sentence",
    [
        "If elected, I will fight for you and your family.",
        "Her slogan promised a president fighting for working families.",
        "The plan would combat climate change with new standards.",
        "The senator vowed to combat systemic racism in policing.",
        "Several voters said they found it offensive and switched sides.",
    ],
)
def test_advocacy_and_offense_taken_are_not_threat(sentence):
    assert matched(sentence, "threat") == []


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("Rebels vowed to fight the army in the north.", "fight"),
        ("The troops saw combat in the valley.", "combat"),
        ("The army launched an offensive on the city.", "offensive"),
    ],
)
def test_fighting_and_combat_against_rivals_stay_threat(sentence, word):
    assert word in matched(sentence, "threat")


@pytest.mark.parametrize(
    "sentence",
    [
        "Investigators suspect a compromise of the agency's servers by hackers.",
        "Critics say the methods compromise the nation's values.",
    ],
)
def test_compromise_as_breach_is_not_conciliatory(sentence):
    assert matched(sentence, "conciliatory") == []


def test_compromise_as_settlement_stays_conciliatory():
    assert "compromise" in matched(
        "The two parties reached a compromise on the budget.", "conciliatory"
    )
