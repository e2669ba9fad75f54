"""Hedging and boosters, eleventh round (issue 13): classes of error read on the sixth round of
news sentences coded here (and the round-6 adjudicator's rulings), each fixed from the codebook
(§1) and checked on all coded rounds. The sentences are written for these tests; each class is
asserted in both directions, so each test can fail."""

import pytest

from .conftest import matched


@pytest.mark.parametrize(
    "sentence,word",
    [
        # appearance verbs (round-6 ruling: like seems / sounded as though)
        ("On the stage he came across as calm and presidential.", "came across as"),
        ("The map looks better for the senator in June than in May.", "looks better"),
        # the verb 'risks' + -ing: a possible outcome, like 'could'
        ("The tariff plan risks undermining the recovery, the fund warned.", "risks undermining"),
        ("Voters who stay home risk losing their say on the measure.", "risk losing"),
        # graded chance nouns
        ("The mayor says she has an excellent chance to carry the city.", "an excellent chance"),
        # unknown status
        ("Why he quit the race remains a mystery to his own staff.", "remains a mystery"),
        ("The findings are preliminary at best, the authors wrote.", "preliminary at best"),
        ("The aide said he had no idea if the memo was ever sent.", "no idea if"),
        # a tentative inference from one case
        ("If the Iowa turnout is any indication, the fall will be close.", "is any indication"),
        # an inverted conditional
        ("Were he to win the primary, the party would have to rally behind him.", "were he to"),
        # speculative would: an evaluative hypothetical and a poll's hypothetical match-up
        ("The aide said it would make sense to pause the ads for a week.", "would make sense"),
        ("In the survey, the governor would beat the senator by six points.", "would beat"),
    ],
)
def test_round11_hedges(sentence, word):
    assert word in matched(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor came across the letter in an old drawer.",
        "The team took a risk by moving the rally indoors.",
        "The chance to speak came late in the evening.",
        "The ballots were to be counted twice, the clerk told the board.",
        "The governor beat the senator by six points in the primary.",
    ],
)
def test_round11_non_hedges(sentence):
    assert matched(sentence) == []


@pytest.mark.parametrize(
    "sentence,word",
    [
        # round-6 rulings: 'the reality is' (kin of in fact), 'incontrovertible' (no doubt)
        ("The reality is, the plan has no votes in the Senate.", "the reality is"),
        ("By June the delegate math will be incontrovertible.", "incontrovertible"),
        # certainty idioms
        ("He cannot win the state, plain and simple.", "plain and simple"),
        ("To be sure, turnout in the primary was lower than in 2008.", "to be sure"),
        ("In a clear sign of trouble, the campaign fired its manager.", "a clear sign"),
        ("The ruling is certain to be appealed by the state.", "certain to"),
    ],
)
def test_round11_boosters(sentence, word):
    assert word in matched(sentence, "booster")


@pytest.mark.parametrize(
    "sentence",
    [
        # a negated or distanced certainty is a hedge, not a booster
        "It is far from certain that the adviser shaped the candidate's views.",
        "The bill is not certain to pass the House this year.",
        "Be sure to vote early if you can.",
        "The senator sent a clear signal to his colleagues.",
    ],
)
def test_round11_non_boosters(sentence):
    assert matched(sentence, "booster") == []


def test_far_from_certain_is_still_a_hedge():
    assert "far from certain" in matched("It is far from certain that the plan will survive.")
