"""Hedging and boosters, tenth round, recall side (issue 13): classes of missed hedges and
boosters read on the fifth round of news sentences coded here (and rounds 1-4), each fixed from
the codebook (§1) and the adjudicators' rulings as lexicon rows only, and checked on all five
coded rounds, on the 921 PolNeAR articles and on Wikipedia. The sentences are written for these
tests (none is from either corpus); each class is asserted in both directions (the other sense
still does or does not count), so each test can fail."""

import pytest

from .conftest import matched


@pytest.mark.parametrize(
    "sentence,word",
    [
        # clarity, knowledge or certainty denied: kin of 'not clear' and 'unclear'
        ("Nor is it clear that the governor supports the bill.", "nor is it clear"),
        ("It wasn't clear how often the mayor would campaign upstate.", "wasn't clear"),
        (
            "What was not entirely known was how many aides had worked on the report.",
            "not entirely known",
        ),
        ("Whether the deal survives the vote is hard to say.", "hard to say"),
        ("The effects of the new tariff are difficult to predict.", "difficult to predict"),
        ("Even with a win, the party is far from assured of a majority.", "far from assured"),
        ("There is no guarantee the next council will keep the program.", "no guarantee"),
        # an answer not yet knowable
        ("It is too soon to say whether the reforms will work.", "too soon to say"),
        ("Only time will tell if the coalition holds.", "only time will tell"),
        ("The Senate race remained too close to call on Wednesday.", "too close to call"),
        ("It is anyone's guess whether the company recovers.", "anyone's guess"),
        # the claim bounded by what the speaker knows (fifth round's adjudicator)
        ("“As I understand it, the gate opens on weekends,” he said.", "as i understand it"),
        ("As far as we know, no ballots were lost.", "as far as we know"),
        ("“My understanding is that the plant will stay open,” she said.", "my understanding is"),
    ],
)
def test_denied_clarity_an_answer_not_yet_knowable_and_limited_knowledge_are_hedges(sentence, word):
    assert word in matched(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # clarity and knowledge asserted, a plain requirement, a guarantee given: no hedge
        "The rules are clear about who can vote.",
        "The senator is known for her long speeches.",
        "The company offers a guarantee on every repair.",
        "The bridge was too narrow to carry the new trucks.",
        "He knows the city better than anyone on the council.",
    ],
)
def test_clarity_knowledge_and_guarantees_asserted_are_not_hedges(sentence):
    assert matched(sentence) == []


@pytest.mark.parametrize(
    "sentence,word",
    [
        # seeming: 'look to be' as 'appear to be', 'looks like' + a clause, an opening
        # participle of seeming
        ("The mayor's lead among young voters looks to be shrinking.", "looks to be"),
        ("He looked like he had the answers ready.", "looked like he"),
        ("Looks like someone told the senator about the poll.", "looks like someone"),
        ("“It really looked like a defeat,” she said.", "it really looked like"),
        ("Appearing more relaxed than usual, the governor took questions.", "appearing"),
    ],
)
def test_seeming_is_a_hedge(sentence, word):
    assert word in matched(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a resemblance, a description, an aim and presence are not seeming
        "The old mine looked like a giant whale from the road.",
        "Nobody has said what the final plan looks like.",
        "The senator is looking to be the first woman to lead the panel.",
        "Appearing at a rally in Ohio, the governor praised the plant workers.",
        "Appearing on Sunday television, the senator defended the bill.",
    ],
)
def test_resemblance_description_aim_and_presence_are_not_hedges(sentence):
    assert matched(sentence) == []


@pytest.mark.parametrize(
    "sentence,word",
    [
        # distance: 'putatively' as 'supposedly', 'in theory' qualifying a claim
        ("The pope weighed in on putatively secular affairs.", "putatively"),
        ("In theory, a rich country adjusts to imports by retraining workers.", "in theory"),
        # agentless expectation and inference
        (
            "Countries that stand to benefit from the deal gave money to the group.",
            "stand to benefit",
        ),
        ("The office was leased to hold an anticipated increase in staff.", "an anticipated"),
        ("Ohio will also be considered a key battleground state.", "be considered a"),
        ("“It's a fair inference that he backs their agenda,” she said.", "fair inference"),
        ("After the scandal, it's safe to assume the aides will be careful.", "safe to assume"),
        # a claim held open in the writer's voice
        (
            "The question of whether the order was given has loomed for years.",
            "question of whether",
        ),
        # a counterfactual consequence and a graded chance
        ("A single phone call would have resulted in a correction.", "would have resulted"),
        ("A tie on the court would have left the ruling in place.", "would have left"),
        ("Nobody has said what a second term would entail.", "would entail"),
        (
            "Smaller staffs mean the talks have a better chance of staying secret.",
            "a better chance",
        ),
    ],
)
def test_distance_expectation_open_questions_and_counterfactuals_are_hedges(sentence, word):
    assert word in matched(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # an idea judged against practice, a decision to take, a bill's content, a rate
        "“That's okay in theory, but people act on it,” she said.",
        "The council debated the question of whether to raise fares.",
        # thirteenth round: a bill's content in the perfect conditional ("a bill that would
        # have banned the sale") is the rulings' counterfactual "would have" (round-8 override,
        # "would have overhauled" = 1), so the content case is now a plain "would"
        "The senator opposed a bill that would ban the sale.",
        "The council voted to stand by its earlier ruling.",
    ],
)
def test_evaluation_decision_and_a_bills_content_are_not_hedges(sentence):
    assert matched(sentence) == []


@pytest.mark.parametrize(
    "sentence,word",
    [
        # the speaker's assurance and stated certainty
        ("“I guarantee you the team will do better,” he said.", "i guarantee"),
        ("“I can assure you the money is safe,” the treasurer said.", "i can assure you"),
        ("Make no mistake, this is a last-ditch effort.", "make no mistake"),
        ("“We are confident the review will clear us,” the firm said.", "we are confident"),
        ("“I'm convinced he would have won,” his aide said.", "i'm convinced"),
    ],
)
def test_assurance_and_stated_certainty_are_boosters(sentence, word):
    assert word in matched(sentence, "booster")


@pytest.mark.parametrize(
    "sentence",
    [
        # denied clarity or certainty is a hedge, not a booster; a guarantee as a thing and
        # another's confidence are not the speaker's certainty
        "Nor is it clear that the governor supports the bill.",
        "It isn't clear that the plan will pass.",
        "The store gives a guarantee with every bicycle.",
        "The coach said the players were not convinced by the new plan.",
    ],
)
def test_denied_certainty_and_a_guarantee_as_a_thing_are_not_boosters(sentence):
    assert matched(sentence, "booster") == []


@pytest.mark.parametrize(
    "sentence,word",
    [
        # a claim put before the reader as plain to all
        ("It's easy to see why the mayor is tempted to run.", "easy to see"),
        ("It's no secret that the governor dislikes the plan.", "it's no secret"),
    ],
)
def test_a_claim_put_as_plain_to_all_is_a_booster(sentence, word):
    assert word in matched(sentence, "booster")


@pytest.mark.parametrize(
    "sentence",
    [
        # plainness denied, and a person's open stance (an attribution, like 'made it clear')
        "It was not easy to see the stage from the back of the hall.",
        "The senator has made no secret of her plans to run.",
    ],
)
def test_plainness_denied_and_a_persons_open_stance_are_not_boosters(sentence):
    assert matched(sentence, "booster") == []
