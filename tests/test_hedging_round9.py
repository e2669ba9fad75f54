"""Hedging and boosters, ninth round (issue 13): classes of error read on the fourth round of
news sentences coded here, each fixed from the codebook (§1, §4) and checked on all four coded
rounds, on the 921 PolNeAR articles and on Wikipedia. The sentences are written for these tests
(none is from either corpus); each class is asserted in both directions (the other sense still
does or does not count), so each test can fail."""

import pytest

from .conftest import matched


@pytest.mark.parametrize(
    "sentence,word",
    [
        # seeming: finite 'appear' / 'appeared' with a predicate adjective or participle
        ("By Friday the council appeared ready to drop the plan.", "appeared ready"),
        ("The mayor's aides appear determined to block the vote.", "appear determined"),
        ("The launch event appeared choreographed to look spontaneous.", "appeared choreographed"),
        ("Her rival did not appear concerned about the polls.", "appear concerned"),
        # seeming by ear, like 'it looks like'
        ("That sounds like a sensible way to run a survey.", "sounds like"),
        ("“That sounds great,” the mayor said of the offer.", "sounds great"),
        (
            "It sounded at times as though the crowd would storm the stage.",
            "sounded at times as though",
        ),
    ],
)
def test_appear_with_a_predicate_and_sounds_like_are_hedges(sentence, word):
    assert word in matched(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # presence, emergence and self-presentation are not seeming; nor is an imitation made
        "The governor appeared with the senator at a rally in the park.",
        "Cracks can appear anywhere on the old bridge.",
        "The candidate worked hard to appear calm on stage.",
        "The actor was coached to sound like a farmer from the valley.",
        "The sirens sounded at noon across the valley.",
    ],
)
def test_presence_self_presentation_and_imitation_are_not_hedges(sentence):
    assert matched(sentence) == []


@pytest.mark.parametrize(
    "sentence,word",
    [
        # a speaker limits the claim to what he knows (the adjudicator's rule)
        ("“To my knowledge, nobody on the board has resigned,” she said.", "to my knowledge"),
        # the noun of an open status
        ("The budget is the biggest question mark over the new mayor.", "question mark"),
        # the speaker's own ignorance, like 'I don't know if'
        ("“I have no idea how the jury will decide,” the lawyer said.", "i have no idea"),
        # a claim conditioned on its own truth
        ("If it's true, the report will embarrass the agency.", "if it's true"),
    ],
)
def test_limited_knowledge_open_status_and_conditioned_truth_are_hedges(sentence, word):
    assert word in matched(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a third person's ignorance in the past is a holder's state; want of experience and a
        # disclaimer of acquaintance are not claims held open
        "The clerk had no idea where the files were.",
        "“Until you run a farm, you don't know what it's like to lose a harvest,” he said.",
        "“I don't know anything about the new contract,” the coach said.",
    ],
)
def test_a_holders_ignorance_and_experience_are_not_hedges(sentence):
    assert matched(sentence) == []


@pytest.mark.parametrize(
    "sentence,word",
    [
        # the consequence of a condition not met (the adjudicator's rule for hypothetical would)
        ("If she resigned, her deputy would run the city.", "if she resigned, her deputy would"),
        ("The plan, if passed, would raise fares for students.", "if passed, would"),
    ],
)
def test_a_hypothetical_condition_with_would_is_a_hedge(sentence, word):
    assert word in matched(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # an 'if' that opens an indirect question, a volitional 'if he would', 'few, if any'
        "The reporter asked the mayor if she would run again.",
        "The union waited to see if the board would meet.",
        # thirteenth round: "would have signed" is itself a counterfactual (the rulings count
        # "few people would have described him"), so the case keeps its "few, if any" with a
        # plain "would"
        "Few, if any, teams would sign him this year.",
        "And if he would just listen to the farmers for once, that is all we ask.",
    ],
)
def test_indirect_questions_and_volition_with_if_are_not_hedges(sentence):
    assert "would" not in " ".join(matched(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # polling terms, a survey's method, degree, a wish, a source's reason for anonymity,
        # 'whether or not' after a preposition
        "The poll found 40 percent of likely Republican voters undecided.",
        "The sample was drawn from a probability-based panel of adults.",
        "We will go into the vote with as much support as is possible.",
        "I would hope that the council will finish the work this year.",
        "A worker who declined to be named for fear of losing her job spoke to us.",
        "Much of the debate is about whether or not the tax will pass.",
    ],
)
def test_polling_method_degree_wish_and_anonymity_are_not_hedges(sentence):
    assert matched(sentence) == []


@pytest.mark.parametrize(
    "sentence,word",
    [
        # the other sense still counts: a voter likely to vote, an open 'whether or not' clause
        ("The measure is likely to pass.", "likely"),
        (
            "The big question is how long the truce holds, whether or not talks go on.",
            "whether or not",
        ),
    ],
)
def test_likely_and_an_open_whether_or_not_still_hedge(sentence, word):
    assert word in matched(sentence)


@pytest.mark.parametrize(
    "sentence,word",
    [
        # an emphasizer of the speaker's commitment (the coders code it a booster)
        ("“I am absolutely confident the bill will pass,” she said.", "absolutely"),
        # the speaker's own announcement of certainty
        (
            "“Let me be perfectly clear: we are staying,” the mayor said.",
            "let me be perfectly clear",
        ),
        ("“Let me make it very clear that we will not pay,” he said.", "let me make it very clear"),
        ("To be clear, the tax applies to every store.", "to be clear"),
        ("The novel, which, to be clear, is fiction, sold well.", "to be clear"),
        # a claim stated as the truth; evidence put before the reader as plain
        ("“The truth is we cannot afford a new stadium,” she said.", "the truth is we"),
        ("She says the truth is that the plan failed.", "truth is that"),
        ("“As you can see, the contract says nothing of the kind,” she wrote.", "as you can see"),
        ("The rift was deep, as was made clear when the deal fell apart.", "as was made clear"),
        ("By any measure, the new port is a success.", "by any measure"),
    ],
)
def test_speakers_certainty_is_a_booster(sentence, word):
    assert word in matched(sentence, "booster")


@pytest.mark.parametrize(
    "sentence",
    [
        # a person's stated position is attribution; steady progress is not certainty; the
        # truth as a topic is not a claim stated as true
        "“He has been very clear that he wants a new coach,” the owner said.",
        "Slowly but surely, the new bridge is taking shape.",
        "Nobody bothered to find out what the truth is.",
        "By all accounts the mayor enjoys the job.",
        "The senators want to make it clear to the voters that they listened.",
    ],
)
def test_a_persons_clarity_manner_and_truth_as_topic_are_not_boosters(sentence):
    assert matched(sentence, "booster") == []
