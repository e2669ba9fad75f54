"""Seventh round of threat and conciliatory fixes (issue 13): classes of error read on both
halves of the news sentences coded in rounds 1 and 2 and on the PLOVER held-out records, each
fixed by the codebook (§2 threat, §3 conciliatory). One test per class, both directions, on
sentences written for these tests (never the evaluation texts), so each can fail."""

import pytest

from .conftest import matched

# -- threat (codebook §2): friction vocabulary the list lacked -------------------------------


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("The convention opened amid discord over the rules.", "discord"),
        ("The quarreling between the two wings of the party went on all week.", "quarreling"),
        ("She is one of the most polarizing figures in the state's politics.", "polarizing"),
        ("Analysts blame a polarized electorate for the gridlock.", "polarized"),
        ("It was a long and divisive primary season.", "divisive"),
        ("The governor promised to end the divisiveness in the capital.", "divisiveness"),
    ],
)
def test_friction_words_are_threat(sentence, word):
    assert word in matched(sentence, "threat")


def test_a_company_division_is_not_friction():
    assert matched("She ran the company's consumer division for a decade.", "threat") == []


# -- threat (§2 force, aggression; PLOVER ASSAULT): physical assault -------------------------


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("Two men punched a demonstrator outside the arena.", "punched"),
        ("Guards began shoving the reporters toward the exit.", "shoving"),
        ("A brawl broke out between rival supporters after the speech.", "brawl"),
        ("A teenager was hurt in a scuffle near the entrance.", "scuffle"),
        ("He said the heckler should have been roughed up.", "roughed up"),
        ("The crowd threatened to beat up the counter-protesters.", "beat up"),
    ],
)
def test_physical_assault_is_threat(sentence, word):
    assert word in matched(sentence, "threat")


def test_a_punch_line_is_not_assault():
    assert matched("The town became the punch line of late-night jokes.", "threat") == []


# -- threat (§2 danger, violence): victims; terror groups named ------------------------------


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("The mayor asked residents to pray for the victims of the shooting.", "victims"),
        ("The families of the victims gathered outside the court.", "victims"),
        ("The militia al-Shabaab claimed the raid on the hotel.", "al-shabaab"),
        ("He was asked to disavow the Ku Klux Klan on live television.", "ku klux klan"),
        ("A former KKK leader endorsed the candidate.", "kkk"),
    ],
)
def test_victims_and_terror_groups_are_threat(sentence, word):
    assert word in matched(sentence, "threat")


# -- threat (§2): idioms, names and other senses that are not danger -------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # a dead metaphor (the coders' brief), paying, a film, a golf course
        "Trailing by hundreds of delegates, the senator vowed to soldier on.",
        "The campaign shelled out for a week of television advertising.",
        "The speech closed with a line from the Star Wars films.",
        "The course is known for its sand traps and water hazards.",
        # a gamble, not a danger
        "The governor took a risk by endorsing the outsider early.",
        "The vote is politically risky for the senator.",
        # disputing a claim is denying it
        "The company strongly disputes the account given by the former employee.",
        "A spokeswoman disputed their version of the meeting.",
    ],
)
def test_senses_without_danger_are_not_threat(sentence):
    assert matched(sentence, "threat") == []


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("Soldiers on the border were put on alert.", "soldiers"),
        ("Artillery shelled the town throughout the night.", "shelled"),
        ("The two countries have fought several wars over the valley.", "wars"),
        ("Thousands of homes are at risk of flooding.", "risk"),
        ("The two countries are locked in a dispute over the islands.", "dispute"),
        ("Warships patrolled the disputed waters.", "disputed"),
        ("The crossing is too risky for the aid convoys.", "risky"),
    ],
)
def test_the_danger_senses_still_count(sentence, word):
    assert word in matched(sentence, "threat")


# -- conciliatory (§3 cooperation): working with, coming and standing together ---------------


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("The governor said she would work with both parties on the budget.", "work with"),
        ("He has worked with lawmakers across the state on water policy.", "worked with"),
        ("The union is working with student groups on the registration drive.", "working with"),
        ("Party leaders hope the delegates will come together after the vote.", "come together"),
        ("We must stand together as a nation.", "stand together"),
        ("The two former rivals walked arm in arm onto the stage.", "arm in arm"),
        ("The two charities are joining forces with the city.", "joining forces"),
        ("The speech aimed to unite voters behind the nominee.", "unite voters behind"),
    ],
)
def test_cooperation_and_unity_are_conciliatory(sentence, word):
    assert word in matched(sentence, "conciliatory")


def test_manual_work_is_not_cooperation():
    assert matched("He says he enjoys working with his hands.", "conciliatory") == []


# -- conciliatory (§3 de-escalation, mutual accommodation) -----------------------------------


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("Allies urged the senator to tone down his attacks on the governor.", "tone down"),
        ("She has toned down her criticism of the administration.", "toned down"),
        ("The two men met to hash out their differences.", "hash out"),
        ("Several members said they were willing to let bygones be bygones.", "bygones"),
    ],
)
def test_de_escalation_is_conciliatory(sentence, word):
    assert any(word in m for m in matched(sentence, "conciliatory"))


# -- conciliatory (§3): senses that are not cooperation or accommodation ---------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # conceding a point is admitting it
        "The director conceded that the figures were incomplete.",
        '"We made mistakes," she conceded.',
        # pay and making up for something
        "Bank executives are well compensated for their work.",
        "Shareholders questioned his compensation package.",
        # a legal payment; settlements on occupied land
        "The firm paid a $2 million settlement to the former employee.",
        "The envoy pressed for a freeze on settlement construction.",
        # soothing worries, self-control, a legal doctrine
        "She tried to calm the jitters of the firm's investors.",
        "The columnist has thrown restraint to the winds.",
        "The judge called for judicial restraint.",
    ],
)
def test_senses_without_accommodation_are_not_conciliatory(sentence):
    assert matched(sentence, "conciliatory") == []


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("The senator conceded the race on Thursday night.", "conceded"),
        ("Congress voted to compensate the victims of the program.", "compensate"),
        ("Both sides called for a political settlement to end the war.", "settlement"),
        ("The envoy tried to calm tensions along the border.", "calm"),
        ("The council urged restraint on both sides.", "restraint"),
    ],
)
def test_the_accommodation_senses_still_count(sentence, word):
    assert word in matched(sentence, "conciliatory")
