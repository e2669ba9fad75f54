"""Hedging, seventh round (issue 13): classes of error read on both halves of the news
sentences coded here (rounds 1 and 2 of coding), each fixed from the codebook (§1, §4) and
checked on the 921 PolNeAR articles and on Wikipedia. The sentences are written for these
tests (none is from either corpus); each class is asserted in both directions (the other sense
still counts), so each test can fail."""

import pytest

from framing.features import open_question

from .conftest import matched


@pytest.mark.parametrize(
    "sentence",
    [
        # ability or leave under a condition, a wish, exclusive ability (codebook §1: epistemic
        # modals only)
        "If I could rewrite the rules tomorrow, I would ban the practice.",
        # thirteenth round: the writer's own "would ... if she could" is a hypothetical
        # consequence (coded 1 in round 7: "she would do things differently if she could"),
        # so the ability case is now a reported one
        "The mayor said she would change the schedule if she could.",
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
        ("The survey suggested that voters are tired of the race.", "survey suggested that"),
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


# -- "would" in a speaker's own words (framing.features.QUOTED_MODAL) ------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # direct speech keeps the speaker's tense: a quoted "would" is a conditional or a guess
        "\u201cIt would give the town a second chance,\u201d the mayor said.",
        "\u201cYou would think the council had learned by now,\u201d she said.",
        '"Nobody on the board would vote for that," the treasurer said.',
    ],
)
def test_a_quoted_would_is_a_speakers_speculation(sentence):
    # "It would" opening a sentence is a hedge of its own since the eighth round
    assert {"would", "it would"} & set(matched(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # the writer's narration and reported speech: a plan told in the past, a habit
        "The mayor said the new road would open in June.",
        "The farmer would later sell the land to the county.",
        # inside a quotation: backshift after a past verb of saying or thinking, a promise
        "\u201cHe told me he thought the voters would agree,\u201d she said.",
        "\u201cI made a promise that we would finish the road,\u201d he said.",
        # volition and habit are not guesses
        "\u201cI would like to see a recount,\u201d he said.",
        "\u201cHe would often call after midnight,\u201d she said.",
    ],
)
def test_plans_backshift_volition_and_habit_with_would_do_not_hedge(sentence):
    assert matched(sentence) == []


def test_would_after_a_present_report_hedges_and_after_a_past_report_does_not():
    # a present-tense report keeps the source's own conditional "would" (no backshift)
    assert "says it would" in matched("The budget office says it would cost $3 billion.")
    assert matched("The budget office said it would cost $3 billion.") == []


# -- verbless questions (framing.features.open_question) -------------------------------------


@pytest.mark.parametrize("sentence", ["The answer?", "Higher fees for everyone?", "Tips?"])
def test_a_verbless_question_is_not_an_open_question(sentence):
    # a set-up the next sentence answers, an echo, a page's chrome (codebook §1)
    assert not open_question(sentence)
    assert matched(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Will the council vote before the holiday?",
        "Why did the mayor wait so long?",
        # thirteenth round: a negative question ("Isn't that the whole point ...?") is
        # conducive, a rhetorical assertion (Quirk §11.11; coded 0 in rounds 3 and 8)
        "Is that the whole point of the hearing?",
    ],
)
def test_a_question_with_an_operator_or_a_wh_word_still_counts(sentence):
    assert open_question(sentence)
    assert "?" in matched(sentence)


def test_an_outcome_bound_to_happen_boosts_and_a_tie_does_not():
    assert "is bound to" in matched("The dispute is bound to reach the courts.", "booster")
    assert matched("The senator is bound to the platform by a pledge.", "booster") == []
