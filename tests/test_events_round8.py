"""Eighth round of threat and conciliatory fixes (issue 13): classes of error read on the third
round of coded news sentences and checked on all three rounds, each fixed by the codebook (§2
threat, §3 conciliatory). One test per class, both directions, on sentences written for these
tests in the shape of news sentences (never the evaluation texts), so each can fail."""

import pytest

from .conftest import matched

# -- threat (§2 danger, force): violence named by its agent, weapon or legal name -------------


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("He opened his campaign by calling the migrants rapists and criminals.", "rapists"),
        ("Supporters who donate can win an engraved shotgun.", "shotgun"),
        ("Police said the suspect pulled a handgun from his coat.", "handgun"),
        ("A retired officer shot himself outside the clinic last week.", "shot himself"),
        ("She once described gang members as super predators.", "predators"),
        ("The ad says the senator preyed on struggling homeowners.", "preyed on"),
        ("The aide was charged with battery after the incident.", "charged with battery"),
        ("She accused him of battery in a police report.", "of battery"),
    ],
)
def test_violence_by_agent_weapon_or_legal_name_is_threat(sentence, word):
    assert word in matched(sentence, "threat")


@pytest.mark.parametrize(
    "sentence",
    [
        "The phone's battery died halfway through the speech.",
        "The deer became easy prey for hunters.",
    ],
)
def test_a_phone_battery_and_prey_are_not_threat(sentence):
    assert matched(sentence, "threat") == []


# -- threat (§2 tension and friction): a split, a struggle, a fracas ---------------------------


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("The governor is trying to unite a fractured party.", "fractured"),
        ("The fracas on the convention floor lasted an hour.", "fracas"),
        ("A power struggle has broken out inside the campaign.", "power struggle"),
        ("The state has become a flash point in the fight over voting rules.", "flash point"),
        ("The candidates sparred over taxes for most of the night.", "sparred"),
        ("The survey shows a bitter divide between the two parties.", "bitter divide"),
        ("Lawmakers are deeply split over the new rules.", "deeply split"),
        ("She was estranged from her brother for years.", "estranged"),
    ],
)
def test_friction_told_as_a_split_or_struggle_is_threat(sentence, word):
    assert word in matched(sentence, "threat")


@pytest.mark.parametrize(
    "sentence",
    [
        "Voters were evenly split on the question.",
        "The two firms split the contract between them.",
    ],
)
def test_an_even_split_of_opinion_is_not_friction(sentence):
    assert matched(sentence, "threat") == []


# -- threat (§2 aggression, crisis): figurative fire, blows and meltdown ------------------------


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("The endorsement gives local candidates real firepower.", "firepower"),
        # 'shell-shocked' is left out since the twelfth round (round-7 ruling: stunned, a dead
        # idiom): tests/test_events_round12_threat.py
        ("The film is set in the months after the financial meltdown.", "meltdown"),
        ("Donors are paying for a last effort to wound the front-runner.", "to wound"),
        ("He spent the spring beating the hell out of his rivals.", "beating the hell out of"),
        ("Some of his fans just want to burn everything down.", "burn everything down"),
        ("Several candidates joined the jingoistic call to close the border.", "jingoistic"),
    ],
)
def test_figurative_fire_blows_and_crisis_are_threat(sentence, word):
    assert word in matched(sentence, "threat")


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks wound up late on Friday.",
        "She delivered a forceful message about jobs.",
    ],
)
def test_wound_up_and_an_emphatic_message_are_not_threat(sentence):
    assert matched(sentence, "threat") == []


# -- threat: a conflict of interest is a legal term, not a confrontation ----------------------


def test_a_conflict_of_interest_is_not_threat():
    assert matched("The judge said there was no conflict of interest in the case.", "threat") == []


def test_a_conflict_between_parties_still_counts():
    assert "conflict" in matched("The conflict between the two factions escalated.", "threat")


# -- conciliatory (§3): trade agreements named as a policy are pacts (decided) ---------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Voter opposition to trade agreements helped him win the state.",
        "He has long railed against the North American Free Trade Agreement.",
        "She once supported global trade deals but now opposes them.",
        "The candidate promised to tear up bad trade deals on his first day.",
    ],
)
def test_a_trade_agreement_named_as_a_policy_is_not_conciliatory(sentence):
    assert matched(sentence, "conciliatory") == []


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("The two countries reached a trade agreement after months of talks.", "reached"),
        ("Last year the administration sealed a free-trade pact with its neighbours.", "sealed"),
        ("The president refused to sign the trade agreement.", "sign"),
        ("Critics attacked the nuclear pact with Iran.", "nuclear pact"),
        ("The Iran deal remains a target of his campaign.", "deal"),
    ],
)
def test_an_agreement_reached_and_arms_control_still_count(sentence, word):
    assert any(w.startswith(word) for w in matched(sentence, "conciliatory"))


# -- conciliatory (§3 accommodation): forms the list lacked ------------------------------------


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("The bargaining has begun in earnest.", "bargaining"),
        ("Appeasement does not work, the senator said.", "appeasement"),
        ("Her speech was optimistic and unifying.", "unifying"),
        ("Both sides hope to narrow their differences.", "narrow their differences"),
        ("It defended its policy of engagement with hostile governments.", "policy of engagement"),
    ],
)
def test_accommodation_forms_are_conciliatory(sentence, word):
    assert word in matched(sentence, "conciliatory")


@pytest.mark.parametrize(
    "sentence",
    [
        "The union fought to keep collective bargaining rights.",
        "The hostages were used as a bargaining chip.",
    ],
)
def test_labour_bargaining_and_a_bargaining_chip_are_not_conciliatory(sentence):
    assert matched(sentence, "conciliatory") == []


# -- conciliatory: transactions, welfare, exemptions and idioms are not accommodation ---------


@pytest.mark.parametrize(
    "sentence",
    [
        "The bank advised on three of the year's biggest deals.",
        "His victory deals a blow to the governor.",
        "She singled out coal towns for government assistance.",
        "It is time for all good leaders to come to the aid of their party.",
        "The sanctions allow exceptions for humanitarian reasons.",
    ],
)
def test_transactions_welfare_and_exemptions_are_not_conciliatory(sentence):
    assert matched(sentence, "conciliatory") == []


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("Congress passed two budget deals in as many years.", "budget deals"),
        ("Negotiators struck deals to end the strike.", "struck deals"),
        ("Both parties want to reach a deal before the deadline.", "deal"),
        ("Aid groups delivered humanitarian supplies to the town.", "humanitarian supplies"),
    ],
)
def test_deals_between_parties_and_aid_still_count(sentence, word):
    assert word in matched(sentence, "conciliatory")
