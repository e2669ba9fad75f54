"""Thirteenth round of threat fixes (issue 13): classes of error read on the eighth round of
coded news sentences with the round-8 adjudicator's rulings (and the earlier ones), checked on
rounds 1-7, the PolNeAR articles and PLOVER, each fixed by the codebook (§2 threat). Sentences
are written for these tests in the shape of news sentences (never the evaluation texts)."""

import pytest

from .conftest import matched

# -- figurative attack verbs and weapon imagery (round-8 ruling: bash, swipes, unloaded on) ------


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("The governor used the debate to bash his rival's tax plan.", "to bash"),
        ("Both parties have been bashing the big banks all year.", "bashing"),
        ("The senator bashed the agency over its slow response.", "bashed"),
        ("Mayor Swipes at Council Over Budget Delay.", "swipes at"),
        ("She took another swipe at her opponent on Tuesday.", "swipe at"),
        ("The former president unloaded on the challenger in a radio interview.", "unloaded on"),
        ("He unloaded again on the newspaper and its owner.", "unloaded again on"),
        ("The two front-runners have taken aim at one another this week.", "taken aim at"),
        ("The two senators are increasingly gunning for each other.", "gunning for"),
        ("The nominee will face the same partisan fire her predecessor did.", "partisan fire"),
        ("Libertarians pounce on every move toward the center.", "pounce on"),
        ("Her allies pounced on the remark within minutes.", "pounced on"),
    ],
)
def test_figurative_attack_verbs_are_threat(sentence, word):
    assert word in matched(sentence, "threat")


@pytest.mark.parametrize(
    "sentence",
    [
        "The industry's quadrennial bash drew hundreds of donors on Monday.",
        "Tapper, Bash and Blitzer all asked about the delegate count.",
        "Voters can swipe a card to check in at the polling place.",
        "The crew unloaded the trucks on Friday morning.",
    ],
)
def test_parties_names_and_literal_unloading_are_not_threat(sentence):
    assert matched(sentence, "threat") == []


def test_offensive_is_not_cancelled_by_a_following_participle():
    # the exclude 'offensive tweet*' reached across a comma to 'tweeting'
    sentence = "The campaign went on the offensive, tweeting a clip of the old interview."
    assert "offensive" in matched(sentence, "threat")
    assert matched("He apologized for an offensive tweet about veterans.", "threat") == []


# -- fracture and split (round-8 ruling: fracturing, shatters (unity), sundered) ------------------


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("The party is fracturing over the nominee.", "fracturing"),
        ("The coalition faces fractures after the primary.", "fractures"),
        ("Party unity shatters on the convention floor.", "unity shatters"),
        ("The old consensus on trade is being sundered.", "sundered"),
    ],
)
def test_fracture_is_threat(sentence, word):
    assert word in matched(sentence, "threat")


@pytest.mark.parametrize(
    "sentence",
    [
        "The state bans hydraulic fracturing near rivers.",
        "She shattered fundraising records in the second quarter.",
    ],
)
def test_fracking_and_records_are_not_threat(sentence):
    assert matched(sentence, "threat") == []


# -- hostility: hate (rulings of rounds 2, 6, 8), figurative army and hordes, dictator ------------


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("The ad accuses the candidate of normalizing hate.", "hate"),
        ("There is too much hate in this campaign, she said.", "hate"),
        ("He insisted that the group hates America.", "hates"),
        ("An army of volunteers knocked on doors across the state.", "army of"),
        ("Critics said migrants were arriving in hordes.", "hordes"),
        ("The lobbyist once worked for a Philippine dictator.", "dictator"),
        ("He said the heckler deserved a spanking.", "spanking"),
    ],
)
def test_hostility_and_invasion_imagery_are_threat(sentence, word):
    assert word in matched(sentence, "threat")


@pytest.mark.parametrize(
    "sentence",
    [
        "I hate to say it, but the numbers are bad.",
        "Farmers hate the new rule on water use.",
        "She hates losing, her aides said.",
        "Voters will hate it, the strategist predicted.",
        "He emerged as a spanking new conservative.",
    ],
)
def test_dislike_of_a_thing_is_not_threat(sentence):
    assert matched(sentence, "threat") == []


# -- compulsion by circumstance, a politician's resolve, an idiom of nearness --------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The illness forced her to cancel two fundraisers.",
        "The former chief executive has been forced to revisit the merger many times.",
        "The ruling will force us to restore names to the rolls, the clerk said.",
        "The senator gave a defiant speech after the loss.",
        "The bill is on the brink of passing the Senate.",
    ],
)
def test_compulsion_resolve_and_nearness_are_not_threat(sentence):
    assert matched(sentence, "threat") == []


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("The militia forced villagers from their homes.", "forced"),
        ("Rivals tried to force him out of the race.", "force"),
        ("The two countries are on the brink of war.", "war"),
        ("The regime's defiance of the sanctions deepened the standoff.", "defiance"),
    ],
)
def test_force_war_and_defiance_still_count(sentence, word):
    assert word in matched(sentence, "threat")


# -- rulings of round 8: a bare event name, detention and arrest, misconduct, a musician ---------


@pytest.mark.parametrize(
    "sentence",
    [
        "The former mayor helped the city recover from 9/11.",
        "Voters shrugged off the 9/11 flap after the debate.",
        "Police said there were a dozen arrests outside the convention hall.",
        "The executive was arrested in 2008 on fraud charges.",
        "The opposition leader spent years under house arrest.",
        "The network's chief resigned after a sexual harassment lawsuit.",
        "The band recorded the album with the producer Danger Mouse.",
    ],
)
def test_bare_event_names_arrests_and_misconduct_are_not_threat(sentence):
    assert matched(sentence, "threat") == []


@pytest.mark.parametrize(
    "sentence,word",
    [
        (
            "The junta began arresting political opponents after the coup.",
            "arresting political opponents",
        ),
        ("Activists prepared lawyers in case of mass arrests.", "mass arrests"),
        ("Families of the victims of the 9/11 attacks sued the kingdom.", "attacks"),
        ("Students said they were harassed by police at the rally.", "harassed"),
        ("Officials warned of a danger to the water supply.", "danger"),
    ],
)
def test_state_arrests_named_attacks_and_harassment_still_count(sentence, word):
    assert word in matched(sentence, "threat")


# -- revolt, revenge and incitement (rulings of rounds 4, 7 and 8: chaos/revolt, rebellion) ------


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("Delegates launched a short-lived revolt on the convention floor.", "revolt"),
        ("The villagers revolted against the provincial governor.", "revolted"),
        ("The comedians called the play their revenge against the candidate.", "revenge"),
        ("The rebel group began to foment unrest along the border.", "foment"),
    ],
)
def test_revolt_revenge_and_incitement_are_threat(sentence, word):
    assert word in matched(sentence, "threat")


def test_revolting_as_disgusting_is_not_threat():
    assert matched("Critics called the ad revolting and cheap.", "threat") == []


# -- fear makes danger salient (rulings of rounds 3, 7 and 8: fear, feared; holder irrelevant) ---


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("Many analysts fear the new leader will embolden nationalists.", "fear"),
        ("He heads into the next primary a diminished and less-feared candidate.", "feared"),
        ("Residents say they are afraid to leave their homes at night.", "afraid"),
        ("The trends in the report are terrifying, the adviser said.", "terrifying"),
    ],
)
def test_fear_words_are_threat(sentence, word):
    assert word in matched(sentence, "threat")


def test_reverence_is_not_fear():
    assert matched("The pastor urged voters to choose leaders who fear God.", "threat") == []


def test_a_holders_fear_is_threat():
    # the round-7 override: fear = danger salience, the holder irrelevant for threat
    sentence = "Some teachers fear the new rules will leave students behind."
    assert "fear" in matched(sentence, "threat")


# -- obstruction is not election interference; jail as a place or sentence is not coercion ------


@pytest.mark.parametrize(
    "sentence",
    [
        "She said she did not want to interfere with the relief efforts.",
        "Organizers refused to let the rain interfere with the parade.",
        "The aide could face up to a year in county jail if convicted.",
        "He appeared in court in a jail jumpsuit.",
    ],
)
def test_obstruction_and_jail_as_a_place_are_not_threat(sentence):
    assert matched(sentence, "threat") == []


@pytest.mark.parametrize(
    "sentence,word",
    [
        (
            "Officials accused Moscow of trying to interfere with the election.",
            "interfere with the election",
        ),
        ("Intelligence agencies say foreign powers interfered in the vote.", "interfered"),
        ("The government jailed him and several of his aides.", "jailed"),
        ("The regime has been jailing journalists and critics.", "jailing journalists and critics"),
    ],
)
def test_election_interference_and_jailing_still_count(sentence, word):
    assert word in matched(sentence, "threat")


# -- a strain as a variety, tune or effort; a person beaten in an assault ------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The kingdom promotes a conservative strain of Islam.",
        "The hall echoed with the strains of the state song.",
        "For all their physical strain, factory jobs pay well.",
        "He was beaten in the primary by a local businessman.",
    ],
)
def test_strain_as_variety_and_a_lost_race_are_not_threat(sentence):
    assert matched(sentence, "threat") == []


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("Video showed protesters being beaten outside the rally.", "being beaten"),
        ("Reporters who cross the regime can wind up beaten or jailed.", "wind up beaten"),
        ("The visit could ease his strained relationship with party leaders.", "strained"),
    ],
)
def test_assault_and_strained_relations_still_count(sentence, word):
    assert word in matched(sentence, "threat")
