"""One test per class of error that evaluation on news found (issue 13), on news-like sentences
written for these tests. Each asserts the codebook's reading, so each can fail."""

import pandas as pd
import pytest

import framing


def hedged(sentence: str) -> bool:
    return bool(framing.score_text(sentence)["hedge"].sum())


def fires(sentence: str, feature: str) -> bool:
    return bool(framing.score_text(sentence)[feature].sum())


@pytest.mark.parametrize(
    "sentence",
    [
        # ability or permission could/may (codebook §1: not epistemic)
        "The ministry's spokesman could not be reached for comment on Tuesday.",
        "Police moved the suspect to a new facility so that he could be held overnight.",
        "Reporters could see smoke rising from the port.",
        "Passes are issued at the gate, or you may apply for one online.",
        # "as ... as possible" and feasibility "possible"
        "The convoy left as quickly as possible after the briefing.",
        "Officials promised to restore power wherever possible.",
        "It is now possible to cross the border at two points.",
        # May the month or a name
        "The May elections were the first since the reform.",
        "Prime Minister May met the delegation in London.",
        # adjectival "expected"
        "Exports rose faster than analysts expected last quarter.",
        "The bank set aside money for expected losses on its loans.",
        # "appears on/in" is presence
        "The minister appears on state television every Sunday.",
        "Her name appeared in the list of delegates.",
        # "potential" the noun
        "The region has enormous untapped potential for tourism.",
    ],
)
def test_non_epistemic_senses_are_not_hedges(sentence):
    assert not hedged(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # agentless "it has been suggested" and its kin
        "It has been suggested that the talks were postponed for domestic reasons.",
        "It was suggested that the envoy would travel to Seoul next week.",
        "The ship is presumed to have sunk in the storm.",
        # nouns and phrases of doubt and unknown status
        "Doubts remain over the ceasefire's durability.",
        "The cause of the explosion is unknown.",
        "Little is known about the new commander.",
        "The figures could not be independently verified.",
        "There is no evidence that the shipment reached the rebels.",
        "The fate of the agreement is now in question.",
        "The claim has been questioned.",
        # implication verbs, agentless
        "Early indications are that turnout was low.",
        "The new data suggested that the economy was slowing.",
        # evidential distance
        "Two suspected smugglers were detained at the port.",
        "He was found dead in an apparent suicide.",
        "It is almost certain that the vote will be delayed.",
    ],
)
def test_missing_epistemic_expressions_are_hedges(sentence):
    assert hedged(sentence)


def test_epistemic_modals_still_count():
    assert hedged("The dispute could escalate into open conflict.")
    assert hedged("The vote may be delayed until the spring.")
    assert hedged("A deal is possible before the summit.")


def test_a_documents_evidence_is_not_a_hedge():
    # "indicates that" with a document as holder is attribution (codebook §4), not a hedge
    assert not hedged("The court's calendar indicates that the hearing will resume on Monday.")


def test_almost_certainly_is_a_hedge_and_a_booster():
    # near-certainty counts both ways (the news adjudicator's rule, issue 13 sixth round)
    df = framing.score_text("The talks will almost certainly resume next month.")
    assert df["hedge"].item() == 1 and df["booster"].item() == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Militia fighters looted shops and torched dozens of homes.",
        "The report documents the abuse of detainees by prison guards.",
        "Shelling destroyed the hospital's east wing.",
        "Witnesses described atrocities committed against villagers.",
    ],
)
def test_destruction_and_abuse_are_threat(sentence):
    assert fires(sentence, "threat")


def test_peacekeeping_force_is_not_threat():
    assert not fires("The council extended the mandate of the peacekeeping force.", "threat")


@pytest.mark.parametrize(
    "sentence",
    [
        # reaching agreement
        "The two governments signed a treaty on their maritime boundary.",
        "The factions reached a consensus on the new cabinet.",
        # lifting restrictions
        "The authorities relaxed the curfew in the capital on Friday.",
        "The government reopened the border crossing for trucks.",
        # accepting demands
        "The government accepted the union's demands after a week of talks.",
        "The ministry backed down and withdrew the decree.",
        "The teachers' union called off the strike.",
        # compensation
        "The company agreed to compensate families of the victims.",
        "Parliament approved reparations for the wartime internees.",
        # ending a dispute, de-escalation
        "The two countries resolved their long-running border dispute.",
        "The envoy urged both sides to show restraint.",
        "Both armies agreed to halt the fighting at midnight.",
    ],
)
def test_conciliatory_kinds_from_the_codebook(sentence):
    assert fires(sentence, "conciliatory")


def test_alliance_treaty_is_not_conciliatory():
    assert not fires("The islands are covered by a mutual defense treaty.", "conciliatory")


def test_double_negative_threat_is_not_negated():
    text = "The minister said the army has not ruled out using force in the north."
    docs = framing.evidence(
        pd.DataFrame({"id": ["a"], "outlet": [""], "raw": [text], "headline": [""]})
    )
    row = docs[(docs["feature"] == "threat") & (docs["matched"] == "using force")]
    assert len(row) == 1 and not row["negated"].item()


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen ambushed a convoy of aid trucks near the border.",
        "Protesters stormed the parliament building on Thursday.",
        "Two grenades were thrown at the police station overnight.",
    ],
)
def test_attack_vocabulary_is_threat(sentence):
    assert fires(sentence, "threat")
