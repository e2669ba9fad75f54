"""Hedging, tenth round, precision side (issue 13): false hedges read on the fifth round of news
sentences coded here (and the leftovers of rounds 1-4), sorted into classes the codebook (§1,
§4) and the hedging literature define, each checked on all five coded rounds and on the 921
PolNeAR articles. The sentences are written for these tests (none is from either corpus); each
class is asserted in both directions (the other sense still does or does not count), so each
test can fail."""

import pytest

from framing.features import interrogative, open_question

from .conftest import matched

# -- open questions need interrogative word order (framing.features.interrogative) ----------


@pytest.mark.parametrize(
    "sentence",
    [
        # declarative questions: an echo, an assumption put for assent, a rhetorical jibe
        "The new ads are a bit too harsh, huh?",
        "He can't win this race without the party machine behind him?",
        "The notion that a company owes nothing to anyone but its shareholders?",
        # a capitalised wh-word inside a clause is a title
        "Last spring the three groups launched Who Decides?",
    ],
)
def test_a_declarative_question_is_not_an_open_question(sentence):
    assert not open_question(sentence)
    assert "?" not in matched(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # addressed to the reader or asked of oneself: engagement, not a claim held open
        "Do you back the governor's plan?",
        "But what do you expect from a party in this state?",
        "Who am I forgetting?",
        "And why do we, after all these years, still put up with it?",
        "Don't you think the mayor owes the city an apology?",
    ],
)
def test_a_question_to_the_reader_or_oneself_is_not_an_open_question(sentence):
    assert not open_question(sentence)
    assert "?" not in matched(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Will the council vote before the holiday?",
        "But why did the talks collapse so quickly?",
        "The poll shows a wide lead, but could it be misleading?",
        "Two questions remain: Why would the governor resign now?",
        "The big question is how long the truce will last?",
        "And if the senator drops the bill or loses the primary?",
        "Does the candidate have the stamina, or does he tire by the evening?",
        # thirteenth round: a negative question ("Isn't that the whole point ...?") is
        # conducive, a rhetorical assertion (Quirk §11.11; coded 0 in rounds 3 and 8)
        "Is that the whole point of the hearing?",
    ],
)
def test_an_interrogative_question_in_the_writers_voice_still_counts(sentence):
    assert open_question(sentence)
    assert "?" in matched(sentence)


def test_interrogative_reads_the_clause_openers():
    assert interrogative("So will the mayor sign it")
    assert interrogative("Nor is it clear who will pay")
    assert not interrogative("So the mayor will sign it")


# -- non-epistemic senses (hedge.csv exclude rows, tenth round) ------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # ability or a counterfactual of one's own agency
        "“I suppose I could have stayed home and kept quiet,” the mayor said.",
        "No one could have foreseen what happened on election night.",
        "It was the best anyone could have done with a split council.",
        "He said he could get by without the company plane.",
        # a feeling about a prospect, with its holder
        "Alarmed at the prospect of a runoff, party leaders called a meeting.",
        "Donors were unsettled by the prospect of a long primary.",
        "The party now faces the daunting prospect of defending 20 seats.",
        # the idiom of incompetence, and acquaintance
        "Let's drop the claim that the governor doesn't know what he's doing.",
        "“I don't know too many farmers who skip the county fair,” she said.",
        # the trading sense of 'speculative'
        "The rule barred banks from speculative trading with deposits.",
        # a person's expressed doubt about a person or a plan
        "The analyst expressed doubts about the casino project in 1990.",
        "He has voiced doubts about her experience.",
        # an emphatic litotes is an amplifier, not a hedge
        "It would be hard to overstate the importance of the ruling.",
        # attributive 'unlikely' / 'improbable' of what exists: surprising
        "The senator became the unlikely darling of young voters.",
        "He spoke of the improbable rise that took him to the White House.",
        # the range of the feasible
        "The senator urged students to change what's possible through organizing.",
        "He has a sober view of what is politically possible in Congress.",
    ],
)
def test_non_epistemic_senses_are_not_hedges(sentence):
    assert matched(sentence) == []


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("Investigators said the hackers could have reached the server.", "could"),
        ("The prospect of another candidate could keep him honest.", "prospect of"),
        ("We don't know what the committee is doing with the files.", "don't know"),
        ("There was speculation that the governor would resign.", "speculation"),
        ("Doubts remain about the plan's cost.", "doubts"),
        ("In the unlikely event of a tie, the House decides.", "unlikely"),
        ("A win in the state is improbable for either candidate.", "improbable"),
        ("Reports of a possible endorsement spread on Tuesday.", "possible"),
    ],
)
def test_the_epistemic_senses_still_hedge(sentence, word):
    assert word in matched(sentence)


def test_a_quoted_would_after_a_verb_of_foreseeing_is_a_past_future():
    # a backshifted 'will' (Quirk et al. 1985 §14.31), like 'expected' before it
    assert matched("“Nobody envisioned it would be the governor coming here,” he said.") == []
    assert matched("“We never anticipated that it would come to this,” she said.") == []
    # a speaker's own conditional still counts
    assert "would" in matched("“Voters would punish us for it,” she said.")
