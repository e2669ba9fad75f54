"""Twelfth round of conciliatory fixes (issue 13): classes of error read on the seventh round of
coded news sentences (and rounds 1-6 pooled) with the adjudicator's rulings, checked on rounds
1-7, the PolNeAR articles and PLOVER, each fixed by the codebook (§3 conciliatory). Sentences are
written for these tests in the shape of news sentences (never the evaluation texts)."""

import pytest

from .conftest import matched

# -- round-7 rulings: compromise, bargaining, unity, consensus, bipartisanship ------------------


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("The senator toned up his uncompromising rhetoric on immigration.", "uncompromising"),
        ("He arrives at the convention with enough delegates to bargain.", "delegates to bargain"),
        ("The party stands united with the families of the victims.", "stands united"),
        ("He urged the council to remain united on the resolution.", "remain united"),
        ("She has the standing to unify her party before the fall.", "unify her party"),
        ("Some donors see the governor as a consensus candidate.", "consensus candidate"),
        ("He spoke of what lawmakers can do when they cross the aisle.", "cross the aisle"),
    ],
)
def test_round7_ruling_classes_are_conciliatory(sentence, word):
    assert word in matched(sentence, "conciliatory")


# -- not conciliatory: shared positions, levels, soothing an audience, institutions, arrests -----


@pytest.mark.parametrize(
    "sentence",
    [
        "The four senators agreed to vote against every amendment.",
        "Factory employment remained fairly stable through the decade.",
        "The court was ideologically stable for years.",
        "A stable of governors lined up behind the front-runner.",
        "The governor sought to reassure voters that the ballots were counted.",
        "The speech offered fire, emotion and reassurance to the delegates.",
        "Critics said access to U.S. diplomacy was for sale.",
        "The prime minister named a new diplomacy chief.",
        "The hacker was charged in 2014 and extradited to Virginia.",
        "Days after his arrest and extradition, his deputy took over.",
    ],
)
def test_other_senses_are_not_conciliatory(sentence):
    assert matched(sentence, "conciliatory") == []


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("The two parties agreed to a ceasefire on Sunday.", "agreed to"),
        ("Officials said the region had been stable since the truce.", "stable"),
        ("She called for a stable government in Tripoli.", "stable"),
        ("The secretary will continue to pursue diplomacy in Syria.", "diplomacy"),
        ("Ankara asked Washington to extradite the cleric.", "extradite"),
    ],
)
def test_neighbouring_senses_stay_conciliatory(sentence, word):
    assert word in matched(sentence, "conciliatory")


# -- accommodation received and relations mended; pay and market terms are not ------------------


@pytest.mark.parametrize(
    "sentence,word",
    [
        (
            "The governor said she appreciated the senator's apology.",
            "appreciated the senator's apology",
        ),
        (
            "The chief said the inquiry would help restore the trust of residents.",
            "restore the trust",
        ),
        ("Both leaders pledged to rebuild trust after the dispute.", "rebuild trust"),
    ],
)
def test_apology_received_and_trust_restored_are_conciliatory(sentence, word):
    assert word in matched(sentence, "conciliatory")


@pytest.mark.parametrize(
    "sentence",
    [
        "Banks pay top dollar for deal advice.",
        "Shares rose on deal speculation this week.",
        "Most large firms fund parental leave at partial compensation.",
        "Her bill to curb executive compensation went nowhere.",
        "Rivals may compensate by raising their spending.",
    ],
)
def test_pay_and_market_terms_are_not_conciliatory(sentence):
    assert matched(sentence, "conciliatory") == []


def test_compensating_victims_stays_conciliatory():
    assert "compensate" in matched("Congress voted to compensate the victims.", "conciliatory")


# -- accommodation idioms and joint efforts; one's own staff is not another party ----------------


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("The two rivals played nice during the first debate.", "played nice"),
        (
            "Reporters saw friendly interactions between marchers and police.",
            "friendly interactions",
        ),
        (
            "The general later coordinated international efforts against the group.",
            "coordinated international efforts",
        ),
    ],
)
def test_idioms_and_joint_efforts_are_conciliatory(sentence, word):
    assert word in matched(sentence, "conciliatory")


@pytest.mark.parametrize(
    "sentence",
    [
        "He works closely with advisers to craft his speeches.",
        "The decision followed a private consultation with aides.",
        "Her team consulted lawyers before the debate.",
    ],
)
def test_own_staff_is_not_conciliatory(sentence):
    assert matched(sentence, "conciliatory") == []


def test_working_with_another_government_stays_conciliatory():
    s = "Border officials have worked with the Mexican authorities on tunnels."
    assert "worked with" in matched(s, "conciliatory")


def test_working_with_the_other_sides_aides_stays_conciliatory():
    s = "Senate Democrats worked with Republican aides on the bipartisan compromise."
    assert "worked with" in matched(s, "conciliatory")


@pytest.mark.parametrize(
    "sentence",
    [
        "Holiday shoppers flocked to bargain bins at the mall.",
        "The consensus choice among economists is a rate hike.",
        "NATO launched coordinated international airstrikes on the city.",
    ],
)
def test_bargain_bins_forecasts_and_joint_strikes_are_not_conciliatory(sentence):
    assert matched(sentence, "conciliatory") == []


def test_unions_with_the_right_to_bargain_stay_conciliatory():
    s = "The ruling gives public unions the right to bargain with the state."
    assert "right to bargain" in matched(s, "conciliatory")
