"""Hedging and boosters, thirteenth round (issue 13): classes of error read on the eighth round
of news sentences coded here (and the round-8 adjudicator's rulings), each fixed from the
codebook (§1, §4) and checked on all coded rounds and PolNeAR at large. The sentences are
written for these tests; each class is asserted in both directions, so each test can fail."""

import pytest

from framing.features import open_question

from .conftest import matched


@pytest.mark.parametrize(
    "sentence,word",
    [
        # rulings of rounds 2 and 5: an agentless 'perceived' hedges, attributive too
        ("Rivals set out to erode his perceived authenticity in Iowa.", "perceived"),
        ("Perceived discrimination remains acute among the children of migrants.", "perceived"),
        ("The panel passed over hosts with a perceived bias against the governor.", "perceived"),
        # the progressive passive is the agentless 'is perceived as'
        ("He is being perceived as an outsider who understands the anger.", "is being perceived"),
    ],
)
def test_round13_agentless_perceived_hedges(sentence, word):
    assert any(m.startswith(word) for m in matched(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # the holder as subject or agent: the holder's view, attributed (codebook §4)
        "He lashed out at the moderator over what he perceived to be unfair questions.",
        "Some lawmakers have perceived the company's efforts as toothless.",
        "The governor is perceived by many voters as aloof.",
        # the bare gerund is a reputation risked, as before
        "Act before the vote, they said, and you risk being perceived as meddling.",
        # sense perception
        "The pattern is only visible when perceived from above.",
    ],
)
def test_round13_held_or_sensed_perception_is_not_a_hedge(sentence):
    assert matched(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a concern or fear with a stated holder attributes a view (codebook §1 and §4)
        "Last week he expressed concern that the front-runner was encouraging violence.",
        "The nominee laid out his concerns that the West faced an existential threat.",
        "Opponents of the plan cite concerns that the region is rife with militants.",
        "She fears that the generals will not honor the result.",
        # a relative 'that' after the noun
        "The missteps are emblematic of a concern that has dogged her campaign.",
    ],
)
def test_round13_concerns_with_a_holder_are_not_hedges(sentence):
    assert matched(sentence) == []


@pytest.mark.parametrize(
    "sentence,word",
    [
        # the agentless 'amid fears' and a fear with a modal still hedge
        ("Markets fell amid fears of a slowdown in China.", "amid fears"),
        ("She fears that the generals might not honor the result.", "might"),
    ],
)
def test_round13_agentless_fears_and_modals_still_hedge(sentence, word):
    assert any(m.startswith(word) for m in matched(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # the rulings' counterfactual 'would have': the perfect conditional in narration
        "He voted against a bill that would have overhauled the immigration system.",
        "Few people would have described the senator as a reformer in 2008.",
        "Taking on the governor one-on-one would have required millions more in cash.",
        "The department withheld an email that would have revealed the server.",
        # an adverb between
        "Had the party nominated him, the mayor would have eagerly joined the campaign.",
    ],
)
def test_round13_counterfactual_would_have_hedges(sentence):
    assert any(m.startswith("would have") for m in matched(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # a report of what someone said or refused to say: backshifted, attributed
        "The president said he would have vetoed the measure.",
        "He refused to say whether he would have created the camps.",
        # 'would have to' in narration is an obligation told in the past, not a counterfactual
        "The judge said the plaintiff would have to provide more evidence.",
        "Under the plan, each state would have to cover half of the cost.",
        # possession, not a perfect
        "The party would have ten days to respond.",
    ],
)
def test_round13_reported_or_non_perfect_would_have_is_not_a_hedge(sentence):
    assert matched(sentence) == []


def test_round13_quoted_would_have_to_is_still_the_speakers_would():
    # in a speaker's own words the bare 'would' counts as before
    found = matched('"We would have to rethink the whole approach," the mayor said.')
    assert any(m.startswith("would") for m in found)


@pytest.mark.parametrize(
    "sentence",
    [
        # the consequence before its condition: the rulings' conditional 'would (if)'
        "Republicans have long argued that Americans would be safer if more of them were armed.",
        "The mayor thinks she would win decisively if the vote were a primary.",
        "The company would owe billions more if it were taxed properly.",
        "Turnout would collapse unless the party found a new message.",
    ],
)
def test_round13_would_before_its_condition_hedges(sentence):
    assert any(m.startswith("would") for m in matched(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # a conditional promise reported after a past verb of saying
        "The former president said he would leave the board if his wife won.",
        # an indirect question holds someone else's hypothesis
        "He hedged on whether he would support her if nominated.",
        "She questioned why he would do so if it was not true.",
        # a concessive 'even if' and 'would not say if' are no condition of 'would'
        "The pledges would, even if carried out, fall far short of the goal.",
        "The campaign would not say if the aide had been interviewed.",
    ],
)
def test_round13_reported_or_questioned_conditions_are_not_hedges(sentence):
    assert matched(sentence) == []


def test_round13_a_reported_condition_keeps_its_other_hedge_rows():
    # the masked 'if' gives way to the row that matched before ('would be shocked')
    found = matched("The consultant said he would be shocked if more than a handful came.")
    assert any(m.startswith("would be") for m in found)


@pytest.mark.parametrize(
    "sentence",
    [
        # a negative operator makes a conducive question, a rhetorical assertion (Quirk §11.11)
        "Further, isn't courting a disgraced donor too reminiscent of the old scandals?",
        "So why isn't the senator using the same standard now?",
        "Doesn't the federal loan program lure students into costly courses?",
        "It is amazing what a camera angle can do, isn't it?",
    ],
)
def test_round13_negative_questions_are_not_open(sentence):
    assert not open_question(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a positive question stays open, and a relative clause's 'didn't' is no operator
        "Will the truce last beyond the summer?",
        "Why was the aide so sure that voters, who didn't know him, would care?",
        "So why is the senator using a different standard now?",
    ],
)
def test_round13_positive_questions_stay_open(sentence):
    assert open_question(sentence)


def test_round13_a_one_word_name_opening_the_sentence_is_a_named_holder():
    # the article capitalises the name inside a sentence too: attribution (codebook §4)
    text = (
        "The debate turned on taxes, said Rubio. "
        "Rubio suggested that his rival's plan was unserious."
    )
    assert matched(text) == []


def test_round13_evidence_opening_the_sentence_still_suggests():
    # 'documents' is lower case inside a sentence: evidence as subject still hedges
    text = (
        "The court released new documents on Friday. "
        "Documents suggested that the aide knew of the server."
    )
    assert any(m.startswith("suggested that") for m in matched(text))


@pytest.mark.parametrize(
    "sentence,word",
    [
        # round-8 ruling: 'literally' asserts literal truth, kin of actually / in fact
        ("The senator said voters literally hate each other now.", "literally"),
        ("Literally.", "literally"),
        # the speaker's announcement of certainty, as 'let me make it clear'
        ('"Let\'s make one thing clear right upfront," he wrote.', "let's make one thing clear"),
    ],
)
def test_round13_boosters(sentence, word):
    assert word in matched(sentence, "booster")


@pytest.mark.parametrize(
    "sentence",
    [
        # a manner of reading, or a denial of literal truth
        "The aide said the remark was not meant to be taken literally.",
        "Things that are not literally true were rated correct.",
        # round-5 ruling: a person's 'made it clear' is a reporting phrase
        "The governor made it clear that she would not run.",
    ],
)
def test_round13_non_boosters(sentence):
    assert matched(sentence, "booster") == []


@pytest.mark.parametrize(
    "sentence,word",
    [
        # round-8 ruling: 'wonder if' is kin of 'I don't know if'
        ("Voters begin to wonder if the party will ever recover.", "wonder if"),
        ("It is hard not to wonder whether the officials are envious.", "wonder whether"),
        # unknown status, kin of 'no way to tell'
        ('"I can\'t tell whether it is naivete or ideology," she said.', "can't tell whether"),
        # a graded chance and near-certainty
        ("With the senator retiring, there's not much chance of a rematch.", "not much chance"),
        ("The matchup is almost guaranteed after Tuesday's primaries.", "almost guaranteed"),
    ],
)
def test_round13_unknown_status_and_graded_chance_hedge(sentence, word):
    assert any(m.startswith(word) for m in matched(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # a named person's past wondering is told, not held open
        "Then the candidate wondered whether he could sue the reporter.",
        # telling apart by sight, and a plain guarantee, are not hedges
        "The twins were so alike that nobody at school could tell them apart.",
        "The law guaranteed every worker a minimum wage.",
    ],
)
def test_round13_told_wondering_and_guarantees_are_not_hedges(sentence):
    assert matched(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a gerund or infinitive subject: a course of action supposed, its 'would' hypothetical
        "Closing the department would send the wrong message, he added.",
        "And reneging on the treaties would complicate the talks.",
        "To make up the difference would require a much higher tax.",
        "Boosting the minimum to $15 would put the state above the old peak.",
    ],
)
def test_round13_would_of_a_supposed_course_of_action_hedges(sentence):
    assert "would" in matched(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a participial adjunct (comma) or a that-clause: a plan told in the past
        "Speaking to reporters, the governor would not rule out a run.",
        "Having announced that he would not send her to prison, the judge read the sentence.",
        # a finite verb between: the -ing word is no subject of 'would'
        "Consulting firms have long asked recruits what they would do.",
        "During the campaign the senator would often call donors after midnight.",
    ],
)
def test_round13_would_after_an_adjunct_or_a_finite_verb_is_not_a_hedge(sentence):
    assert matched(sentence) == []


@pytest.mark.parametrize(
    "sentence,word",
    [
        # rule-bound counterfactual 'would' (round-6 ruling, round-8 override), as 'otherwise'
        ("The plan lets firms deduct costs that would ordinarily be spread over years.", "would"),
        ("Costs that would ordinarily fall on the states were paid by Washington.", "would"),
    ],
)
def test_round13_rule_bound_counterfactual_would_hedges(sentence, word):
    assert any(m.startswith(word) for m in matched(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "In those years people would usually bid higher at the auction.",
        "On Sundays the senator would normally attend church in town.",
    ],
)
def test_round13_habitual_would_is_still_not_a_hedge(sentence):
    assert matched(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # an attributive 'inevitable' labels a candidate, it asserts no claim
        "Critics warned against circling the wagons around the inevitable front-runner.",
        "Conservatives hoped to rival the seemingly inevitable nominee.",
        "Supporters needed a reminder of why she seemed so inevitable in the first place.",
    ],
)
def test_round13_attributive_inevitable_is_not_a_booster(sentence):
    assert matched(sentence, "booster") == []


def test_round13_predicative_inevitable_is_still_a_booster():
    assert "inevitable" in matched("Analysts agree that a floor fight is inevitable.", "booster")
