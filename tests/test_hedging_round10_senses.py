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
        "Isn't that the whole point of the hearing?",
    ],
)
def test_an_interrogative_question_in_the_writers_voice_still_counts(sentence):
    assert open_question(sentence)
    assert "?" in matched(sentence)


def test_interrogative_reads_the_clause_openers():
    assert interrogative("So will the mayor sign it")
    assert interrogative("Nor is it clear who will pay")
    assert not interrogative("So the mayor will sign it")
