"""Twelfth round of threat fixes (issue 13): classes of error read on the seventh round of coded
news sentences with the round-7 adjudicator's rulings, checked on rounds 1-6, the PolNeAR
articles and PLOVER, each fixed by the codebook (§2 threat). Sentences are written for these
tests in the shape of news sentences (never the evaluation texts)."""

import pytest

from .conftest import matched

# -- figurative attack verbs and blows (round-7 rulings: slammed, assails, took a whack at) -----


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("Governor Slams Senate Over Budget Delay.", "slams"),
        ("Several mayors have slammed the plan as reckless.", "slammed"),
        ("The senator blasted the agency for its slow response.", "blasted"),
        ("The ad spends thirty seconds blasting her record on trade.", "blasting"),
        ("In his speech the president took a whack at his critics.", "took a whack at"),
        ("The governor lit into his rival over the pension plan.", "lit into"),
        ("Retirees are getting clobbered by the new rules, he said.", "clobbered"),
        ("The order is pulverizing the rights of the states, she said.", "pulverizing"),
        ("Senator Rampages Through Southern Primaries.", "rampages"),
    ],
)
def test_figurative_attack_verbs_and_blows_are_threat(sentence, word):
    assert word in matched(sentence, "threat")


@pytest.mark.parametrize(
    "sentence",
    [
        "The campaign blasted out an email to supporters on Friday.",
        "Turnout blasted through the old record in the county.",
        "Winning the state would be a slam dunk for the governor.",
        "The volunteers said they had a blast at the convention.",
    ],
)
def test_mailing_records_and_fun_are_not_threat(sentence):
    assert matched(sentence, "threat") == []


# -- anger and friction (round-7 ruling: angry, agitated) ---------------------------------------


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("The remark made the former president the angriest of all.", "angriest"),
        ("He angrily read out his poll numbers to the crowd.", "angrily"),
        ("The question seemed to leave the candidate agitated.", "agitated"),
        ("The senator fumed about the delay on Tuesday.", "fumed"),
        ("The mayor had a testy exchange with reporters.", "testy"),
        ("He said voters now literally hate each other.", "hate each other"),
        ("Economists link trade to a bitter political divide.", "bitter political divide"),
    ],
)
def test_anger_and_friction_are_threat(sentence, word):
    assert word in matched(sentence, "threat")


# -- revolt, upheaval and figurative battle (round-7 rulings) -----------------------------------


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("New signs suggested that the insurgent's rebellion had fizzled.", "rebellion"),
        ("Rivals are promising upheaval in Washington.", "upheaval"),
        ("The senator urged students to join a political revolution.", "political revolution"),
        ("The ruling makes the court a front-line issue in the race.", "front-line"),
        ("Officers on the front lines need better training.", "front lines"),
    ],
)
def test_revolt_upheaval_and_front_lines_are_threat(sentence, word):
    assert word in matched(sentence, "threat")


@pytest.mark.parametrize(
    "sentence",
    [
        "Historians date the Industrial Revolution to the late 18th century.",
        "The firm hired Revolution Messaging to run its emails.",
        "Voters on the home front seemed unmoved.",
    ],
)
def test_other_revolutions_and_the_home_front_are_not_threat(sentence):
    assert matched(sentence, "threat") == []


# -- violence and force named otherwise, fear stirred up ----------------------------------------


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("The debate drew vicious ridicule from the governor.", "vicious"),
        ("Witnesses said the driver was mowing people down.", "mowing people down"),
        ("Gunplay Mars Holiday Weekend.", "gunplay"),
        ("She said her opponent should burn at the stake.", "burn at the stake"),
        ("Mourners called the slain girl a martyr.", "martyr"),
        ("The regime change policy in Libya drew criticism.", "regime change"),
        ("He accused his rival of stoking fear about migrants.", "stoking fear"),
        ("Critics called the speech fearmongering.", "fearmongering"),
    ],
)
def test_violence_and_fear_stirred_are_threat(sentence, word):
    assert word in matched(sentence, "threat")


@pytest.mark.parametrize(
    "sentence",
    [
        "It is a vicious cycle for the region's farmers.",
        # thirteenth round: the round-7 override ('some critics fear the new approach will
        # leave ... students', 1: the holder is irrelevant for threat) and the round-8 ones
        # make a holder's fear threat, so that case moved to test_events_round13_threat.py
    ],
)
def test_vicious_cycle_and_a_holders_fear_are_not_threat(sentence):
    assert matched(sentence, "threat") == []


# -- round-7 rulings that take words out -------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "After a near-death experience, the steel industry has recovered.",
        "I was, you might say, shell-shocked by the result.",
        "Congress barred spending to move the prison's detainees.",
        "Paid Notice: Deaths SMITH, JOHN.",
    ],
)
def test_dead_idioms_and_detainees_are_not_threat(sentence):
    assert matched(sentence, "threat") == []


def test_dangerous_detainees_still_threat():
    assert "dangerous" in matched("The panel reviews how dangerous the detainees are.", "threat")


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("He promised a political revolution to his young supporters.", "political revolution"),
        ("The new schedule is part of an upheaval in the morning shows.", "upheaval"),
    ],
)
def test_a_political_revolution_and_an_upheaval_are_threat_now(sentence, word):
    # the tenth round left these out; the round-7 rulings count them (lexical salience)
    assert word in matched(sentence, "threat")


# -- a ban by law or proposal is regulation, not coercion; a ban on opponents stays -------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The candidate called for a temporary ban on Muslims entering the country.",
        "City Votes To Condemn The Muslim Ban.",
        "The state's ban on same-sex adoption was struck down.",
        "Lawmakers voted to ban most abortions after 20 weeks.",
        "The party's ban on corporate donations hurt fundraising.",
    ],
)
def test_a_legal_or_proposed_ban_is_not_threat(sentence):
    assert matched(sentence, "threat") == []


@pytest.mark.parametrize(
    "sentence,word",
    [
        (
            "The president has banned opposition candidates from the vote.",
            "banned opposition candidates",
        ),
        ("Police banned the protest in the capital.", "banned the protest"),
        ("Analysts warn of attacks by lone wolves inspired online.", "lone wolves"),
    ],
)
def test_bans_on_opponents_and_lone_wolves_are_threat(sentence, word):
    assert word in matched(sentence, "threat")


# -- destroying an abstract object is generic harm (round-6 ruling, round-7 overrides) ----------


@pytest.mark.parametrize(
    "sentence",
    [
        "The scandal is destroying the reputation of the committee.",
        "He said the leaks had destroyed his career.",
        "The senator said the plan would destroy the federal workforce.",
    ],
)
def test_destroying_an_abstract_object_is_not_threat(sentence):
    assert matched(sentence, "threat") == []


def test_destroying_a_target_by_force_is_still_threat():
    assert "destroy" in matched("The coalition vowed to destroy the militia's bases.", "threat")


# -- knives and Salafist cells; detention buildings, warning signs and verdicts left out --------


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("He said the man took a knife and plunged it into his belt.", "knife"),
        ("Police said the suspect belonged to a Salafist cell.", "salafist"),
    ],
)
def test_knives_and_salafist_cells_are_threat(sentence, word):
    assert word in matched(sentence, "threat")


@pytest.mark.parametrize(
    "sentence",
    [
        "Agents took the men to federal detention centers in Texas.",
        "The new poll holds some warning signs for the governor.",
        "He has called the trade pact a disaster for workers.",
        "The Senate could be on a knife's edge after November.",
        "The senator went under the knife last spring.",
    ],
)
def test_detention_buildings_warning_signs_and_verdicts_are_not_threat(sentence):
    assert matched(sentence, "threat") == []


def test_indefinite_detention_is_still_threat():
    assert "detention" in matched("He condemned indefinite detention without trial.", "threat")


# -- danger idioms, hammering and anger in other words (round-6 and round-7 rulings) -----------


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("He warned that the nominee would drive the party off the cliff.", "off the cliff"),
        ("She called him an unqualified loose cannon.", "loose cannon"),
        ("The senator continued to hammer his rival on trade.", "hammer"),
        ("The governor hammered the plan as a giveaway.", "hammered"),
        ("The leadership got mad at the delay.", "got mad"),
        ("The speaker was pissed off by the vote.", "pissed off"),
    ],
)
def test_danger_idioms_hammering_and_anger_are_threat(sentence, word):
    assert word in matched(sentence, "threat")


@pytest.mark.parametrize(
    "sentence",
    [
        "Negotiators hammered out a deal on Sunday.",
        "Protesters waved a hammer and sickle flag.",
    ],
)
def test_hammering_out_a_deal_is_not_threat(sentence):
    assert matched(sentence, "threat") == []


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("The front-runner's lead causes more cracks in the Republican Party.", "cracks in"),
        ("Nominees are closer, but the cracks are widening.", "cracks are widening"),
    ],
)
def test_cracks_in_a_party_are_threat(sentence, word):
    assert any(m.startswith(word) for m in matched(sentence, "threat"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Inspectors found cracks in the walls of the party headquarters.",
        "Engineers spotted cracks in the roof of the coalition's offices.",
    ],
)
def test_cracks_in_a_building_near_a_party_are_not_threat(sentence):
    assert matched(sentence, "threat") == []


# -- review after the twelfth round: an exclude keeps to contiguous forms, never a gap ----------


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("The governor called the deadly flooding a disaster.", "disaster"),
        ("He called for disaster aid after the storm.", "disaster"),
        ("The bombing destroyed the war-torn economy.", "war"),
    ],
)
def test_a_verdict_exclude_keeps_threat_words_nearby(sentence, word):
    assert word in matched(sentence, "threat")


@pytest.mark.parametrize(
    "sentence",
    [
        "The painting went under the hammer at Sotheby's on Tuesday.",
        "He used the speech to hammer home his message on jobs.",
        # thirteenth round: 'fears' now counts (rulings: fear = danger salience), so the market
        # sense of 'hammered' is tested without it
        "Stocks were hammered by worries of a slowdown.",
        "Bank shares were hammered after the earnings report.",
    ],
)
def test_hammer_at_auction_in_emphasis_and_markets_is_not_threat(sentence):
    assert matched(sentence, "threat") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The city council banned plastic bags in March.",
        "The ban on imports has drawn opposition from farmers.",
    ],
)
def test_a_ban_near_a_month_or_disagreement_is_not_threat(sentence):
    assert matched(sentence, "threat") == []


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("Authorities banned journalists from entering the region.", "banned journalists"),
        ("The junta banned political parties after the coup.", "banned political parties"),
        ("The government imposed a ban on public protests.", "ban on public protests"),
    ],
)
def test_press_party_and_protest_bans_are_threat(sentence, word):
    assert word in matched(sentence, "threat")


@pytest.mark.parametrize(
    "sentence",
    [
        "Front-line workers at the hospital received a raise.",
        "Frontline health staff will be first in line for the vaccine.",
        "Workers have been agitating for higher wages.",
        "Egypt's Salafi Nour Party won a quarter of the seats.",
    ],
)
def test_essential_workers_wage_campaigns_and_salafi_parties_are_not_threat(sentence):
    assert matched(sentence, "threat") == []


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("Salafi jihadists claimed the attack on the checkpoint.", "salafi jihadists"),
        ("Troops on the front line came under heavy fire.", "front line"),
    ],
)
def test_salafi_jihadists_and_front_lines_stay_threat(sentence, word):
    assert word in matched(sentence, "threat")


@pytest.mark.parametrize(
    "sentence,hits",
    [
        ("The government banned Ugandan opposition leaders from holding rallies.", 1),
        ("Officials are banning the main opposition from the ballot.", 1),
        ("The ban on imports has drawn opposition from farmers.", 0),
    ],
)
def test_banning_an_opposition_with_words_between_is_coercion(sentence, hits):
    """The verb reaches its object past a modifier (a PLOVER COERCE record the contiguous
    forms lost); the noun "ban" with a later "opposition" stays out."""
    assert len(matched(sentence, "threat")) == hits
