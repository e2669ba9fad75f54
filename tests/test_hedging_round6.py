"""Hedging, sixth round (issue 13): classes of error read on the development halves of the
Szeged Wikipedia sentences and of the news sentences coded here, each fixed from the codebook
(§1) and checked on news. The sentences are written for these tests (none is from either
corpus); each class is asserted in both directions (the other sense still counts), so each
test can fail."""

import pytest

from framing.features import open_question

from .conftest import matched

# -- Wikipedia development half --------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # "apparent" meaning plain to see: after a copula or a degree word, or with to/that
        "The rift between the two campaigns was also apparent at the dinner on Friday.",
        "The candidate's fatigue became increasingly apparent in the final debate.",
        "The costs of the delay were apparent to everyone in the room.",
        "The damage to the party is more apparent in the suburbs than in the cities.",
        "It was painfully apparent that the count would take days.",
        # "considered for" a post or a prize is deliberation, not belief
        "Three judges are considered for the vacancy on the appeals court.",
        # the noun "thought"
        "The governor said he had given serious thought to a run for the Senate.",
    ],
)
def test_evident_apparent_deliberation_and_the_noun_thought_are_not_hedges(sentence):
    assert matched(sentence) == []


@pytest.mark.parametrize(
    "sentence,word",
    [
        # attributive "apparent" keeps its doubt (an apparent attempt, the apparent winner)
        ("The leak was an apparent attempt to embarrass the mayor.", "apparent"),
        ("He became the apparent winner after the recount.", "apparent"),
        # agentless belief and estimate stay hedges
        ("The senator is considered a likely choice for the cabinet.", "is considered"),
        ("The militia is thought to have about 2,000 fighters.", "is thought"),
    ],
)
def test_doubtful_apparent_and_agentless_belief_still_hedge(sentence, word):
    assert word in matched(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a reported refusal to speculate (codebook §1: "would not predict" does not count)
        "The senator declined to speculate on his successor.",
        "Her spokesman refused to speculate about the timing of an announcement.",
        "The chairman wouldn't directly speculate about the nominee's motives.",
        # "known as/for" is reputation, not unknown status
        "For a city not known for its patience, the crowd waited calmly for hours.",
        "The senator is not known as a strong debater.",
    ],
)
def test_refusals_to_speculate_and_reputation_are_not_hedges(sentence):
    assert matched(sentence) == []


@pytest.mark.parametrize(
    "sentence,word",
    [
        # what is still to be found out is unknown status (codebook §1: "it remains unclear")
        ("Investigators have yet to determine the cause of the fire.", "yet to determine"),
        (
            "Police have not yet determined whether the two attacks are linked.",
            "not yet determined",
        ),
        ("The motive is not known for certain.", "not known for certain"),
        # speculation without a holder still hedges
        ("The visit prompted speculation that she would join the ticket.", "speculation"),
    ],
)
def test_unknown_status_and_agentless_speculation_hedge(sentence, word):
    assert word in matched(sentence)


@pytest.mark.parametrize(
    "sentence,word",
    [
        # an agentless forecast from the odds, like "is poised to" (codebook §1); "on track
        # to" is a trajectory since the seventh round (tests/test_hedging_round7.py)
        ("The incumbent is favored to keep the seat in November.", "favored to"),
        # a probability idiom without a number
        ("Chances are the bill will die in committee.", "chances are"),
        ("There is a chance the hearing will be delayed again.", "there is a chance"),
    ],
)
def test_agentless_forecasts_and_chances_hedge(sentence, word):
    assert word in matched(sentence)


def test_a_schedule_and_a_stated_probability_still_do_not_hedge():
    # codebook §1: scheduling does not count; a stated probability is left out as before
    assert matched("The council is set to vote on the budget on Tuesday.") == []
    assert matched("Forecasters put the chance of rain at 30 percent.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a person's "made it clear", whatever adverb stands between (attribution, §4)
        "The governor has made it very clear that she will not sign the bill.",
        "The senators signed a letter making it clear that they would not back him.",
    ],
)
def test_a_persons_made_it_clear_with_an_adverb_is_not_a_booster(sentence):
    assert matched(sentence, "booster") == []


def test_the_writers_clear_that_still_boosts():
    assert "clear that" in matched("It is now very clear that the plan has failed.", "booster")


# -- news sentences coded here, development half (second round of coding) ------------------


@pytest.mark.parametrize(
    "sentence,word",
    [
        # Hyland's boosters, kin of "in fact" and "clearly" (codebook §1)
        ("The senator actually voted for the bill in 2013.", "actually"),
        ("It is obvious that the campaign is short of money.", "obvious"),
        ("Critics called the plan an obvious giveaway to donors.", "obvious"),
        # "apparent" meaning evident, beside "evident that"
        ("It is apparent that the mayor misled the council.", "it is apparent"),
        # the contracted "there's no question"
        ("There's no question the governor wants the job.", "there's no question"),
        # near-certainty is a booster (both rounds of news coders)
        ("The senator is all but certain to win the nomination.", "all but certain"),
        ("It is virtually certain the bill will reach the floor.", "virtually certain"),
    ],
)
def test_actually_obvious_apparent_and_near_certainty_boost(sentence, word):
    assert word in matched(sentence, "booster")


@pytest.mark.parametrize(
    "sentence",
    [
        "It is not obvious that the plan will pass.",
        "The party has no obvious successor to the leader.",
        "The leak was an apparent attempt to embarrass the mayor.",
    ],
)
def test_negated_obvious_and_doubtful_apparent_do_not_boost(sentence):
    assert matched(sentence, "booster") == []


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("The bill will almost certainly reach the floor.", "almost certainly"),
        ("It is virtually certain the bill will reach the floor.", "virtually certain"),
    ],
)
def test_near_certainty_is_hedge_and_booster(sentence, word):
    # the news adjudicator's rule: near-certainty counts both ways
    assert word in matched(sentence) and word in matched(sentence, "booster")


@pytest.mark.parametrize(
    "sentence,word",
    [
        # speculative "would" (codebook §1): a hypothetical evaluation ...
        ("Aides said a third debate would be a mistake for the governor.", "would be a"),
        ("Winning the state without the suburbs would be difficult.", "would be difficult"),
        # ... a counterfactual ...
        ("Without the recount, the mayor would have lost by 200 votes.", "would have lost"),
        ("The bridge would not have collapsed had it been inspected.", "would not have"),
        # ... and a hypothetical consequence
        ("A shutdown would mean unpaid wages for thousands of workers.", "would mean"),
        ("The challenger would need to win 60 percent of the remaining votes.", "would need to"),
    ],
)
def test_speculative_would_of_evaluation_counterfactual_and_consequence(sentence, word):
    assert word in matched(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a reported plan, a schedule, a refusal: backshifted "will", not speculation
        "The governor said he would sign the bill on Friday.",
        "The committee said the hearing would be held in March.",
        "She would not say whether she had voted for him.",
    ],
)
def test_reported_plans_and_refusals_with_would_still_do_not_hedge(sentence):
    assert matched(sentence) == []


@pytest.mark.parametrize(
    "sentence,word",
    [
        # a claim held open, not denied
        ("A strong turnout will not necessarily help the incumbent.", "not necessarily"),
        # "X is whether ...": what is not known, like "the question is"
        (
            "At the heart of the race is whether the senator can win back rural voters.",
            "is whether",
        ),
        # predicative "murky", like "unclear"
        ("The terms of the settlement remain murky.", "remain murky"),
        # the outcome held open, like "remains to be seen"
        # (matched as "we'll see what", the longer and earlier phrase, since the eighth round)
        ("\u201cWe'll see what happens in the fall,\u201d the chairman said.", "we'll see what"),
    ],
)
def test_claims_held_open_hedge(sentence, word):
    assert word in matched(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a perception risked or polled, not the writer's doubt
        "The firm declined so as not to risk being seen as favoring one bidder.",
        "She holds a wide lead on being viewed as competent.",
        # the murky swamp is a place, not a claim held open
        "The rumor came from the murky swamp of anonymous forums.",
    ],
)
def test_perceptions_risked_and_murky_places_are_not_hedges(sentence):
    assert matched(sentence) == []


def test_the_agentless_seen_as_still_hedges():
    assert "seen as" in matched("The governor is seen as the front-runner for the seat.")


def test_would_otherwise_is_a_counterfactual():
    sentence = "The grants reach towns that would otherwise have no bank branch at all."
    assert "would otherwise" in matched(sentence)


@pytest.mark.parametrize(
    "sentence,word",
    [
        # evidence as the subject of "indicates" (the news adjudicator's rule)
        (
            "Older voters are drifting to the challenger, a new survey indicates.",
            "survey indicates",
        ),
        # the absence of signs of a claim, beside "no evidence"
        ("There is no sign that the feud between the two men will end.", "no sign that"),
        # nouns of possibility
        ("The prospect of a contested convention worries party leaders.", "prospect of"),
    ],
)
def test_evidence_indicates_no_sign_that_and_prospects_hedge(sentence, word):
    assert word in matched(sentence)


def test_a_document_stating_a_fact_and_an_observed_stance_do_not_hedge():
    assert matched("The court's calendar indicates that the hearing will resume on Monday.") == []
    assert matched("The senator showed no sign of backing down on Tuesday.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        # an interviewer's question after a speaker's label is that speaker's, not the writer's
        "Q: Have you talked to the governor since the primary?",
        "TAPPER: Do you think the senator has campaigned as a healer?",
        "KATE SMITH: Why not debate in New York?",
    ],
)
def test_a_question_after_a_speakers_label_is_not_the_writers(sentence):
    assert not open_question(sentence)
    assert matched(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Will the senator run again next year?",
        "UPDATE: Will the council vote before the holiday?",
    ],
)
def test_the_writers_questions_still_count_beside_a_section_label(sentence):
    assert open_question(sentence)


def test_contracted_speculative_would_hedges_and_an_offer_does_not():
    assert "he\u2019d be a" in matched("And he\u2019d be a weak nominee in the fall.")
    assert "i'd be surprised" in matched("I'd be surprised if the bill passes.")
    assert matched("I'd be happy to talk after the vote.") == []
