"""Hedging, seventh round (issue 13): classes of error read on both halves of the news
sentences coded here (rounds 1 and 2 of coding), each fixed from the codebook (§1, §4) and
checked on the 921 PolNeAR articles and on Wikipedia. The sentences are written for these
tests (none is from either corpus); each class is asserted in both directions (the other sense
still counts), so each test can fail."""

import pytest

from .conftest import matched


@pytest.mark.parametrize(
    "sentence",
    [
        # ability or leave under a condition, a wish, exclusive ability (codebook §1: epistemic
        # modals only)
        "If I could rewrite the rules tomorrow, I would ban the practice.",
        "The mayor would change the schedule if she could.",
        "Reporters asked if they could film inside the courtroom.",
        "Even if he could raise the money, the deadline has passed.",
        "The defeat made the senator wish voters could see the full record.",
        "It was a decision only she could make.",
    ],
)
def test_ability_and_permission_could_is_not_a_hedge(sentence):
    assert matched(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The storm could reach the coast by Sunday.",
        "Analysts said the merger could face a long review.",
        "If the talks fail, prices could rise again.",
    ],
)
def test_epistemic_could_still_hedges(sentence):
    assert "could" in matched(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a person's suggestion: a speech act or proposal with its holder (§1, §4)
        "He suggested that the board delay the vote until spring.",
        "The treasurer, who suggested that the fund was short, resigned on Monday.",
        "I would just suggest they read the report before voting.",
        "She didn't suggest a recount.",
    ],
)
def test_a_persons_suggestion_is_not_a_hedge(sentence):
    assert matched(sentence) == []


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("The early returns suggest that turnout fell in the cities.", "suggest"),
        ("The survey suggested that voters are tired of the race.", "suggested that"),
        ("It has been suggested that the mayor knew of the plan.", "it has been suggested"),
    ],
)
def test_evidence_and_agentless_suggestion_still_hedge(sentence, word):
    assert word in matched(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # an expectation with its holder and an object (§1, §4)
        "The chairman added that he expected the dispute to end soon.",
        "She expected a close race and got one.",
        # a source's reason for anonymity
        "The aide spoke on condition of anonymity for fear of losing his post.",
        "Two staff members spoke anonymously for fear of reprisals.",
        # optative "may": a wish
        "May God bless the families of the victims.",
        # doubt an agent creates, ignorance described in a relative clause
        "The ads were part of a campaign of sowing doubt about the count.",
        "The council is run by people who don't know the budget.",
        # a trajectory, like a schedule (news adjudication rule; codebook §1: plain future)
        "The former governor is on track to win a majority of the delegates.",
        "The fund is on pace to raise $40 million this quarter.",
    ],
)
def test_holders_wishes_sown_doubt_and_trajectories_are_not_hedges(sentence):
    assert matched(sentence) == []


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("The senator is expected to announce her decision on Friday.", "expected"),
        ("Many voters fear the plan may raise their taxes.", "may"),
        ("There is doubt about the count in two counties.", "doubt"),
        ("We don't know if the vote will be delayed.", "don't know"),
        ("Officials left early for fear of a second storm.", "for fear of"),
    ],
)
def test_the_agentless_senses_still_hedge(sentence, word):
    assert word in matched(sentence)


@pytest.mark.parametrize(
    "sentence,word",
    [
        # a noun of near-certainty: hedge and booster (news adjudication rule)
        ("It is now a near certainty that the bill will pass.", "near certainty"),
        # the outcome held open, like "see what happens"
        ("We'll see if the governor keeps his promise.", "we'll see if"),
        ("Let's see whether the board agrees.", "let's see whether"),
        # no sign / no evidence with a degree word between
        ("There is no clear sign that the strike will end.", "no clear sign that"),
    ],
)
def test_near_certainty_held_open_outcomes_and_graded_absence_of_signs_hedge(sentence, word):
    assert word in matched(sentence)


def test_near_certainty_is_also_a_booster_and_seeing_a_person_is_not_a_hedge():
    assert "near certainty" in matched("A runoff is a near certainty.", "booster")
    assert matched("We'll see him at the rally tonight.") == []
