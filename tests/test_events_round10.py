"""Tenth round of threat and conciliatory fixes (issue 13): classes of error read on the fifth
round of coded news sentences with the adjudicator's notes, checked on all five rounds, the 921
PolNeAR articles and PLOVER, each fixed by the codebook (§2 threat, §3 conciliatory) and, where
they apply, the PLOVER/CAMEO event definitions. One test per class, both directions, on
sentences written for these tests in the shape of news sentences (never the evaluation texts),
so each can fail."""

import pytest

from .conftest import matched

# -- threat (§2 tension and friction): anger and friction words ----------------------------------


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("Many delegates resented being shut out of the rules committee.", "resented"),
        ("The plan fed a deep resentment among rural voters.", "resentment"),
        ("The remark drew the ire of veterans' groups.", "ire"),
        ("A former aide describes fits of rage in the governor's office.", "rage"),
        ("The senator's public squabble with the agency dragged on.", "squabble"),
        ("The two camps spent the week bickering over the debate schedule.", "bickering"),
        ("The leaders have been butting heads over the budget for months.", "butting heads"),
        ("He apologized for a string of inflammatory remarks.", "inflammatory"),
        ("The ruling put the governor at odds with his own party.", "at odds"),
        ("The mayor braced for the wrath of the unions.", "wrath"),
    ],
)
def test_anger_and_friction_words_are_threat(sentence, word):
    assert word in matched(sentence, "threat")


@pytest.mark.parametrize(
    "sentence",
    [
        "Retro sneakers are all the rage among campaign staffers this year.",
        "The speculation about a running mate continues.",
    ],
)
def test_fashion_rage_is_not_threat(sentence):
    assert matched(sentence, "threat") == []


# -- threat (§2 danger): the adverb and negated adjective of danger -----------------------------


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("She called his view of the world dangerously naive.", "dangerously"),
        ("Rivals said the tone of the rallies had created an unsafe climate.", "unsafe"),
        ("The senator argued the deal leaves the region less safe.", "less safe"),
    ],
)
def test_danger_adverbs_and_unsafe_are_threat(sentence, word):
    assert word in matched(sentence, "threat")


def test_safe_alone_is_not_threat():
    assert matched("The seat is considered safe for the incumbent.", "threat") == []


# -- threat (§2 terrorism): radical Islam and the date that names the attacks --------------------


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("He accused her of refusing to name radical Islam as the enemy.", "radical islam"),
        ("Radical Islamic groups hold towns near the border.", "radical islamic"),
        # thirteenth round: the round-8 ruling makes a bare '9/11' (an event or date name, like
        # Sandy Hook) not threat; the attacks' victims keep their own word
        ("The families of 9/11 victims pressed Congress to act.", "victims"),
    ],
)
def test_radical_islam_and_9_11_are_threat(sentence, word):
    assert word in matched(sentence, "threat")


@pytest.mark.parametrize(
    "sentence",
    [
        "The mosque hosts a lecture series on Islamic art.",
        "The store is open from 9 to 11 on weekdays.",
        # thirteenth round (round-8 ruling: a bare '9/11' is an event name, 0)
        "The city has changed a great deal since 9-11.",
    ],
)
def test_islam_alone_and_other_numbers_are_not_threat(sentence):
    assert matched(sentence, "threat") == []


# -- threat (§2 figurative combat): battleground, blows exchanged, conflagration, rubble ---------


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("The campaign is spending heavily in the battleground states.", "battleground"),
        ("Pennsylvania has become the main battleground of the race.", "battleground"),
        ("The two campaigns traded blows over the tax plan.", "traded blows"),
        ("The conflagration over his remarks has hurt the speaker.", "conflagration"),
        ("He said the party's hopes had been reduced to rubble.", "rubble"),
    ],
)
def test_figurative_combat_is_threat(sentence, word):
    assert word in matched(sentence, "threat")


def test_a_blow_dryer_is_not_threat():
    assert matched("She blows out the candles on her birthday cake.", "threat") == []


# -- threat (§2 force; CAMEO 15 force posture): a military expanded -----------------------------


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("Poland pledges to expand its military after the summit.", "expand its military"),
        ("The ministry is expanding the army for the first time in decades.", "expanding the army"),
    ],
)
def test_expanding_a_military_is_threat(sentence, word):
    assert word in matched(sentence, "threat")


def test_expanding_military_benefits_is_not_threat():
    assert matched("The bill would expand benefits for military families.", "threat") == []


# -- threat (§2 violence): assault verbs and attacks by vehicle or blade --------------------------


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("Witnesses say the manager yanked her out of the way.", "yanked her"),
        ("A protester was beaten and kicked outside the arena.", "beaten and kicked"),
        ("A truck plowed into the crowd on the promenade.", "plowed into the crowd"),
        ("The driver drove into a crowd of shoppers.", "drove into a crowd"),
        ("The video shows militants chopping the heads off prisoners.", "chopping the heads off"),
        ("The suspect is accused of trying to strangle a guard.", "strangle"),
    ],
)
def test_assault_verbs_and_vehicle_attacks_are_threat(sentence, word):
    assert word in matched(sentence, "threat")


@pytest.mark.parametrize(
    "sentence",
    [
        "The network yanked the ad after one night.",
        "Snowplows plowed through the night to clear the roads.",
        "He plowed $2 million of his own money into the race.",
    ],
)
def test_withdrawing_an_ad_and_snowplows_are_not_threat(sentence):
    assert matched(sentence, "threat") == []


# -- threat (§2 force, crisis): a popular rising -----------------------------------------------


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("He began working there after the popular uprising of 2004.", "uprising"),
        ("Protesters recalled the uprisings that toppled two governments.", "uprisings"),
    ],
)
def test_uprising_is_threat(sentence, word):
    assert word in matched(sentence, "threat")


# A political revolution and an upheaval, left out here, are threat since the twelfth round by the
# round-7 rulings (upheaval = crisis, a political revolution = upheaval): tests in
# tests/test_events_round12_threat.py.


# -- threat, out: devastation without danger, disaster as a verdict, campaign workers deployed ---


@pytest.mark.parametrize(
    "sentence",
    [
        "The loss in Florida was a devastating blow to his campaign.",
        "Low prices have had a devastating impact on coal producers.",
        "The town was ravaged by plant closures.",
        "He said the nominee would be a disaster for the party.",
        "The senator called the proposal an absolute disaster.",
        "Each side deployed hundreds of volunteers to knock on doors.",
        "The campaign deployed paid staff to all eleven states.",
    ],
)
def test_figurative_damage_verdicts_and_campaign_workers_are_not_threat(sentence):
    assert matched(sentence, "threat") == []


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("Aid groups rushed in after the natural disaster.", "disaster"),
        ("The Pentagon deployed troops to the border.", "deployed"),
        ("The devastating civil war has displaced millions.", "war"),
    ],
)
def test_disasters_troops_and_wars_still_count(sentence, word):
    assert word in matched(sentence, "threat")


# -- conciliatory (§3 cooperation): working closely with, unity --------------------------------


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("The kingdom has been working closely with its allies.", "working closely with"),
        ("He said he could work effectively with the leadership.", "work effectively with"),
        ("Her slogan, Stronger Together, was printed on every sign.", "stronger together"),
    ],
)
def test_cooperation_with_a_manner_adverb_and_unity_are_conciliatory(sentence, word):
    assert word in matched(sentence, "conciliatory")


def test_a_campaign_team_is_not_conciliatory():
    assert matched("The campaign team met donors in Iowa.", "conciliatory") == []


# -- conciliatory (§3 accommodation, de-escalation): fences to mend, easing strained ties ---------


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("The nominee still has fences to mend with state leaders.", "fences to mend"),
        ("The speech could ease his strained relationship with the party.", "ease his strained"),
    ],
)
def test_mending_fences_and_easing_strain_are_conciliatory(sentence, word):
    assert word in matched(sentence, "conciliatory")


# -- conciliatory, out: intervention, staff, student aid, the verb aid, idioms, military orders ---


@pytest.mark.parametrize(
    "sentence",
    [
        "He regretted backing a humanitarian intervention in Libya.",
        "The agency will withdraw humanitarian workers from the city.",
        "Many colleges offer merit aid to good students.",
        "Officials hope the new sensors can aid efforts at the border.",
        "Nobody in the chamber would come to your aid.",
        "I don't think the phrase itself is a huge deal.",
        "The panel found no evidence of a stand down order.",
    ],
)
def test_intervention_staff_student_aid_and_idioms_are_not_conciliatory(sentence):
    assert matched(sentence, "conciliatory") == []


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("The convoy brought humanitarian aid to the besieged town.", "humanitarian"),
        ("The rebels agreed to stand down after the talks.", "stand down"),
    ],
)
def test_humanitarian_aid_and_standing_down_still_count(sentence, word):
    # thirteenth round: 'humanitarian aid' is matched as one phrase (bare 'humanitarian' no
    # longer counts), so the word is looked for inside the matches
    assert any(word in m for m in matched(sentence, "conciliatory"))


# -- threat, out: a movement's name, idioms, records destroyed, misuse of office ------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Organizers from the Fight for $15 campaign rallied outside the hotel.",
        "Let's not get into chaos theory tonight, he joked.",
        "The rollout was a flawless execution of the plan.",
        "I like to wave my arms when I speak.",
        "The statute prohibits destruction of records by federal employees.",
        "Aides destroyed the old phones and hard drives.",
        "She was convicted of abuse of office last year.",
    ],
)
def test_names_idioms_records_and_misuse_of_office_are_not_threat(sentence):
    assert matched(sentence, "threat") == []


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("The fight over the bill lasted for 15 days.", "fight"),
        ("Shelling destroyed the hospital and two schools.", "destroyed"),
        ("The report documents years of abuse of prisoners.", "abuse"),
        (
            "Hard blows of the debate were exchanged over taxes.",
            "blows of the debate were exchanged",
        ),
    ],
)
def test_fights_destruction_physical_abuse_and_blows_still_count(sentence, word):
    assert word in matched(sentence, "threat")


# -- conciliatory, out: forgiveness asked of God or of oneself ------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The pastor urged the crowd to ask for His forgiveness.",
        "If we pray, God will forgive us and heal our land.",
        "I would never have forgiven myself if I had stayed home.",
    ],
)
def test_divine_and_self_forgiveness_are_not_conciliatory(sentence):
    assert matched(sentence, "conciliatory") == []


def test_forgiveness_between_people_still_counts():
    assert "forgive" in matched(
        "The victims' families said they forgive the gunman.", "conciliatory"
    )
