"""Double negatives assert: "has not ruled out using force" is a threat, not a negated one."""

import pandas as pd
import pytest

import framing
from framing.lexicons import norm_token
from framing.negation import ADDITIVE, is_negated
from framing.tokens import words


def negated_at(sentence: str, word: str) -> bool:
    toks = words(sentence)
    spans = [(t.start, t.end) for t in toks]
    norms = [norm_token(t.text) for t in toks]
    return is_negated(sentence, spans, norms, norms.index(word))


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("China has not ruled out using force to take the island.", "using"),
        ("Beijing hasn't ruled out using force against Taipei.", "using"),
        ("The defence minister did not rule out military action.", "military"),
        ("Officials said they cannot exclude a missile attack.", "missile"),
        ("The army did not deny the strikes on the border villages.", "strikes"),
        ("The plan is not without risk for the coalition.", "risk"),
        ("The report lists not only threats but also incentives.", "threats"),
        # the negator within the window, the verb of exclusion between it and the match
        ("Moscow never ruled out force in the region.", "force"),
        ("Nobody ruled out war after the attack.", "war"),
        ("The president would not rule out military strikes.", "military"),
    ],
)
def test_double_negative_is_not_negated(sentence, word):
    assert negated_at(sentence, word) is False


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("Beijing did not use force against the island.", "use"),
        ("There was no violence at the rally on Sunday.", "violence"),
        ("The talks were held without any threat of sanctions.", "threat"),
    ],
)
def test_plain_negation_still_negates(sentence, word):
    assert negated_at(sentence, word) is True


def test_evidence_records_double_negative_as_asserted():
    text = "Beijing has not ruled out using force to reunify with the island."
    docs = pd.DataFrame({"id": ["a"], "outlet": [""], "raw": [text], "headline": [""]})
    ev = framing.evidence(docs)
    force = ev[(ev["feature"] == "threat") & ev["matched"].str.contains("force")]
    assert len(force) == 1 and not force["negated"].item()


# -- negation: an additive or intensifying negator asserts ----------------------------------


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("The region faces not just violence but hunger.", "violence"),
        ("Analysts warned of a never-before-seen threat to shipping.", "threat"),
        ("Many things worry the allies, not least the risk of war.", "risk"),
        ("There is no doubt conflict will follow.", "conflict"),
    ],
)
def test_additive_negator_asserts(sentence, word):
    assert negated_at(sentence, word) is False


def test_plain_negation_and_no_longer_still_negate():
    assert negated_at("The militia is no longer a threat to the capital.", "threat") is True
    assert negated_at("There was no violence at the rally.", "violence") is True
    assert {"only", "least", "before"} <= ADDITIVE
