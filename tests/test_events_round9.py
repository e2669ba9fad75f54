"""Ninth round of threat and conciliatory fixes (issue 13): classes of error read on the fourth
round of coded news sentences and checked on all four rounds and the 921 PolNeAR articles, each
fixed by the codebook (§2 threat, §3 conciliatory) and, where they apply, the PLOVER/CAMEO event
definitions. One test per class, both directions, on sentences written for these tests in the
shape of news sentences (never the evaluation texts), so each can fail."""

import pytest

from .conftest import matched

# -- threat (§2 force, confrontation): 'battle*' missed 'battling'; warriors; interventions ---


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("The governor is battling a well-funded challenger in the primary.", "battling"),
        ("Troops have been battling insurgents near the border for weeks.", "battling"),
        ("Militias were accused of torturing prisoners.", "torturing"),
        ("Warships are blockading the port.", "blockading"),
        ("She styles herself a culture warrior in the mold of her mentor.", "warrior"),
        ("Critics blamed the 2011 intervention in Libya for the chaos.", "intervention"),
        ("He has grown more interventionist on foreign policy.", "interventionist"),
    ],
)
def test_battling_warriors_and_interventions_are_threat(sentence, word):
    assert word in matched(sentence, "threat")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Golden State Warriors won the title in Oakland.",
        "Without divine intervention, the bill will stall in committee.",
        "The school runs an early intervention program for young readers.",
    ],
)
def test_a_team_name_and_divine_or_early_intervention_are_not_threat(sentence):
    assert matched(sentence, "threat") == []


# -- threat (§2 coercion): extortion, tyranny, subduing -----------------------------------------


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("The indictment says he used the office to extort donors.", "extort"),
        ("Prosecutors called the scheme plain extortion.", "extortion"),
        ("The pamphlet compares the governor to the tyrants of old.", "tyrants"),
        ("The rebels vowed to resist the tyranny of the junta.", "tyranny"),
        ("The army moved in to subdue the rebellious province.", "subdue"),
    ],
)
def test_extortion_and_tyranny_are_coercion(sentence, word):
    assert word in matched(sentence, "threat")


def test_a_subdued_manner_is_not_coercion():
    assert matched("The candidate seemed subdued after the loss.", "threat") == []


# -- threat (§2 aggression, tension): incendiary talk, cold relations, enmity, divisions ---------


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("His incendiary remarks drew rebukes from party leaders.", "incendiary"),
        ("The other candidates were nearly as bellicose.", "bellicose"),
        ("Aides tried to torpedo the endorsement at the last minute.", "torpedo"),
        ("There is no love lost between the two senators.", "no love lost"),
        ("The two leaders have had an icy relationship for years.", "icy relationship"),
        ("The poll shows deep racial divisions over policing.", "divisions"),
        ("If they close the border, they are playing with fire.", "playing with fire"),
    ],
)
def test_inflaming_talk_enmity_and_divisions_are_threat(sentence, word):
    assert word in matched(sentence, "threat")


@pytest.mark.parametrize(
    "sentence",
    [
        "Icy roads closed the highway on Tuesday.",
        "The company sold two of its entertainment divisions last year.",
    ],
)
def test_icy_weather_and_company_divisions_are_not_threat(sentence):
    assert matched(sentence, "threat") == []


# -- threat (§2 force): being shot told with 'get', a chemical weapon ----------------------------


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("You walk down that street at night and you get shot.", "get shot"),
        ("A protester was pepper-sprayed outside the arena.", "pepper-sprayed"),
        ("The bruise was consistent with an injury from a fall.", "injury"),
    ],
)
def test_getting_shot_and_pepper_spray_are_threat(sentence, word):
    assert word in matched(sentence, "threat")


def test_a_flu_shot_is_not_threat():
    assert matched("She got a flu shot at the pharmacy.", "threat") == []


# -- threat: names and idioms where the word loses its meaning ---------------------------------


@pytest.mark.parametrize(
    "sentence,absent",
    [
        ("A spokeswoman for the Senate Armed Services Committee declined to comment.", "armed"),
        ("Republicans are seizing an opportunity to attack her record.", "seizing"),
        ("Donors want to decide who will occupy the White House next year.", "occupy"),
        ("Budget hawks say the plan costs too much.", "hawks"),
        ("Ban said the climate agreement was his proudest moment.", "ban"),
        ("It was a personal triumph for Mr. Ban.", "ban"),
    ],
)
def test_committees_chances_offices_budget_hawks_and_the_surname_ban_are_not_threat(
    sentence, absent
):
    assert absent not in matched(sentence, "threat")


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("Armed men stormed the building before dawn.", "armed"),
        ("Police seized weapons from the compound.", "seized"),
        ("Foreign-policy hawks want more troops in the region.", "hawks"),
        # a ban by law or proposal (a Muslim ban, a ban on face coverings) is out since the twelfth
        # round (coded 0 in rounds 1-7); a ban on protest or on an opposition stays coercion
        ("The council voted for a ban on the march.", "ban on the march"),
    ],
)
def test_armed_men_seizures_hawks_and_bans_are_still_threat(sentence, word):
    assert word in matched(sentence, "threat")


# -- conciliatory (§3 mutual accommodation; CAMEO 056 forgive) ---------------------------------


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("She explained why she forgave the man who shot her son.", "forgave"),
        ("The pastor spoke about healing and forgiveness.", "forgiveness"),
    ],
)
def test_forgiveness_is_conciliatory(sentence, word):
    assert word in matched(sentence, "conciliatory")


def test_being_forgiven_for_not_knowing_is_not_conciliatory():
    sentence = "You can be forgiven for not knowing there was a debate on Saturday."
    assert matched(sentence, "conciliatory") == []


# -- conciliatory (§3 cooperation): working, holding and bringing together; relationships -------


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("The mayor and the council are working hand-in-hand on the budget.", "hand-in-hand"),
        ("He says his campaign will bring together people of all races.", "bring together"),
        (
            "The two leaders were credited with holding the party together.",
            "holding the party together",
        ),
        (
            "Aides hope to rebuild a friendly relationship with his colleagues.",
            "rebuild a friendly relationship",
        ),
        (
            "She said she hoped to have a good relationship with the new premier.",
            "good relationship",
        ),
        ("You have got to sit down and talk to the legislators.", "sit down and talk"),
        (
            "He called for bringing Republicans and Democrats together.",
            "bringing republicans and democrats together",
        ),
        ("Obama works to unite a fractured party.", "unite"),
        ("Activists were urged to unite against a common enemy.", "unite"),
    ],
)
def test_working_together_relationships_and_sitting_down_to_talk_are_conciliatory(sentence, word):
    assert word in matched(sentence, "conciliatory")


@pytest.mark.parametrize(
    "sentence",
    [
        "She has close relationships with the banking industry.",
        "He will sit down with reporters on Friday.",
        "She spoke at the United Nations on Monday.",
        "Members of UNITE HERE marched downtown.",
    ],
)
def test_close_ties_to_an_industry_and_an_interview_are_not_conciliatory(sentence):
    assert matched(sentence, "conciliatory") == []


# -- conciliatory: an apology counts when offered to a party (CAMEO 055) -----------------------


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("The committee apologized to the senator for the leaked emails.", "apologized to"),
        ("The apology from the governor ended the feud.", "apology from"),
        ("The minister offered an apology to the families.", "offered an apology"),
    ],
)
def test_an_apology_to_or_from_a_party_is_conciliatory(sentence, word):
    assert word in matched(sentence, "conciliatory")


@pytest.mark.parametrize(
    "sentence",
    [
        "He did not apologize for his remarks.",
        "She later apologized for the sound bite.",
    ],
)
def test_an_apology_for_ones_own_words_is_not_conciliatory(sentence):
    assert matched(sentence, "conciliatory") == []


# -- conciliatory: amnesty granted to a party, not the immigration label -----------------------


@pytest.mark.parametrize(
    "sentence,word",
    [
        (
            "The government granted an amnesty to the rebels who laid down their arms.",
            "granted an amnesty",
        ),
        ("The president declared a general amnesty.", "declared a general amnesty"),
    ],
)
def test_an_amnesty_granted_or_declared_is_conciliatory(sentence, word):
    assert word in matched(sentence, "conciliatory")


@pytest.mark.parametrize(
    "sentence",
    [
        "He fought the amnesty plan in the Senate.",
        "The ad ends with the words: Amnesty for illegal immigrants.",
    ],
)
def test_the_immigration_amnesty_label_is_not_conciliatory(sentence):
    assert matched(sentence, "conciliatory") == []


# -- conciliatory: a compromise, not a compromised (breached) system ---------------------------


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("Both parties compromised on the spending bill.", "compromised on"),
        ("Leaders reached a compromise late on Sunday.", "compromise"),
    ],
)
def test_a_compromise_is_conciliatory(sentence, word):
    assert word in matched(sentence, "conciliatory")


@pytest.mark.parametrize(
    "sentence",
    [
        "Investigators asked whether classified information was compromised.",
        "Hackers compromised a dozen workstations at the agency.",
    ],
)
def test_a_breached_system_is_not_conciliatory(sentence):
    assert matched(sentence, "conciliatory") == []


# -- conciliatory: a pollster's name is not dialogue ---------------------------------------------


def test_a_pollsters_name_is_not_dialogue():
    assert matched("A Morning Consult poll found him ahead.", "conciliatory") == []
    assert "consult" in matched("The president will consult allies first.", "conciliatory")
