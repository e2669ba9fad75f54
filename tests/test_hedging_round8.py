"""Hedging and boosters, eighth round (issue 13): classes of error read on the third round of
news sentences coded here, each fixed from the codebook (§1, §4) and checked on all three
coded rounds, on the 921 PolNeAR articles and on Wikipedia. The sentences are written for these
tests (none is from either corpus); each class is asserted in both directions (the other sense
still does or does not count), so each test can fail."""

import pytest

from .conftest import matched


@pytest.mark.parametrize(
    "sentence,word",
    [
        # an outcome held open with a wh-word, in the speaker's or writer's words
        ("“So we'll see how the new map works,” she said.", "we'll see how"),
        ("The mayor said that “we'll see what the count looks like on Friday.”", "we'll see what"),
        ("How the ruling applies in practice, nobody yet knows.", "nobody yet knows"),
        (
            "Without the files, the public will have no way of knowing the full cost.",
            "no way of knowing",
        ),
        (
            "It is hard to judge the plan without knowing how it would change the rates.",
            "without knowing how",
        ),
    ],
)
def test_an_outcome_held_open_is_a_hedge(sentence, word):
    assert word in matched(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a plain future 'we will see' with an object is not held open, nor is ignorance
        # without an embedded question
        "If he wins, we will see higher tariffs on steel.",
        "The volunteers signed up without knowing all the details.",
    ],
)
def test_a_plain_future_see_or_knowing_is_not_a_hedge(sentence):
    assert matched(sentence) == []


@pytest.mark.parametrize(
    "sentence,word",
    [
        # agentless evaluation with an adverb between or a ranking complement (§1: an
        # agentless 'is seen as')
        (
            "The young mayor is now considered the party's best hope in the state.",
            "is now considered",
        ),
        (
            "The port, a key supplier and considered the only route north, closed.",
            "considered the only",
        ),
        ("She is generally considered a cautious negotiator.", "generally considered"),
        # seeming, like 'it looks like'
        ("It can sometimes feel like the council is stalling.", "it can sometimes feel like"),
    ],
)
def test_agentless_considered_and_it_feels_like_are_hedges(sentence, word):
    assert word in matched(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # an evaluation with its agent is attribution (§4); a person's feeling or wish; the
        # look of a thing
        "The rule, considered unfair by most farmers, was dropped.",
        "We feel like the vote was taken from us.",
        "It is hard to explain to them what it looked like before the fire.",
    ],
)
def test_considered_with_an_agent_and_what_it_looked_like_are_not_hedges(sentence):
    assert matched(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # advice, past inability, those able to (§1: epistemic modals only); a vague quantity
        # (§1: numeric approximators do not count)
        "Buyers hoping for a quick sale may want to wait a month.",
        "Party leaders found they could no longer defend the chairman.",
        "As everyone who could left the square, the police moved in.",
        "The group also controls an unknown number of fighters abroad.",
        # a third person's doubt is the holder's (§4), like a survey's 'were not sure'
        "She came to the meeting, though she's still not sure whether she'll sign.",
    ],
)
def test_advice_inability_quantity_and_a_holders_doubt_are_not_hedges(sentence):
    assert matched(sentence) == []


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("The storm may reach the coast by Sunday.", "may"),
        ("I'm not sure the plan will pass.", "not sure"),
        ("It is unknown how many fighters remain.", "is unknown"),
    ],
)
def test_epistemic_may_first_person_doubt_and_unknown_status_still_hedge(sentence, word):
    assert word in matched(sentence)


@pytest.mark.parametrize(
    "sentence,word",
    [
        # speculative would: a consequence drawn at the start of a sentence, a hypothetical
        # condition, a hypothetical first
        ("That would double the shortfall projected for next year.", "that would"),
        ("Yet that would require far more staff than the city has.", "yet that would"),
        ("It would leave the region with a single hospital.", "it would"),
        (
            "Officials warned that even if the money were to arrive next week, most of it "
            "would be spent by June.",
            "if the money were to",
        ),
        ("Any new tax on fuel would be the first in a decade.", "would be the first"),
    ],
)
def test_speculative_would_classes_are_hedges(sentence, word):
    assert word in matched(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # future-in-past narration, a plan told in narration, a relative 'that would' after a
        # noun (a bill's content), an open condition
        "It would turn out to be the longest winter in memory.",
        "The senator said she would vote against the bill.",
        "He backed a bill that would end the program.",
        "If she wins the primary, she will face the governor.",
    ],
)
def test_narrated_would_and_open_conditions_are_not_hedges(sentence):
    assert matched(sentence) == []


@pytest.mark.parametrize(
    "sentence,word",
    [
        # the participle counts after a word naming evidence (§1: suggests with evidence as
        # subject)
        ("New polls suggesting that turnout will fall were released today.", "polls suggesting"),
        ("The ice retreated early, thus suggesting a warmer spring.", "thus suggesting"),
    ],
)
def test_suggesting_after_evidence_is_a_hedge(sentence, word):
    assert word in matched(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a person's suggestion, a speech act with its holder (§4)
        "The governor spoke on Monday, suggesting that the budget be delayed.",
        "He praised the plan, falsely suggesting that it had passed.",
    ],
)
def test_a_persons_suggesting_is_not_a_hedge(sentence):
    assert matched(sentence) == []


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("It's safe to say the deal is dead.", "safe to say"),
        ("You can bet the mayor will veto it.", "you can bet"),
        ("Sure enough, the bridge closed again.", "sure enough"),
        ("The delay is sure to anger commuters.", "sure to"),
        ("A recount now seems inevitable.", "inevitable"),
        ("Prices will inevitably rise.", "inevitably"),
        ("There was unmistakable evidence of fraud.", "unmistakable"),
        ("It was clear from the first vote that the bill would fail.", "it was clear"),
    ],
)
def test_certainty_kin_are_boosters(sentence, word):
    assert word in matched(sentence, "booster")


@pytest.mark.parametrize(
    "sentence",
    [
        # an instruction, an aim, a speaker's manner (not certainty about a claim)
        "Be sure to vote before noon.",
        "She makes sure to thank the volunteers.",
        "The senator was clear about his plans for the farm.",
    ],
)
def test_advice_aims_and_manner_are_not_boosters(sentence):
    assert matched(sentence, "booster") == []


@pytest.mark.parametrize(
    "sentence,word",
    [
        # the noun of 'allegedly' without its maker; evidence graded down (§1: evidential
        # distance)
        ("He stepped down after allegations that he misused campaign funds.", "allegations that"),
        ("There is some evidence that turnout rose in the suburbs.", "there is some evidence"),
    ],
)
def test_agentless_allegations_and_some_evidence_are_hedges(sentence, word):
    assert word in matched(sentence)


def test_evidence_stated_outright_is_not_a_hedge():
    assert matched("The evidence shows that turnout rose in the suburbs.") == []
