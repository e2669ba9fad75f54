"""Thirteenth round of conciliatory fixes (issue 13): classes of error read on the eighth round
of coded news sentences, pooled with the errors of rounds 1-7, and checked on all eight rounds
and the 921 PolNeAR articles; each fixed by codebook §3 and the adjudicators' rulings. One test
per class, both directions, on sentences written for these tests in the shape of news sentences
(never the evaluation texts), so each can fail."""

import pytest

from .conftest import matched

# -- a position open to change is not accommodation (round-8 ruling: 'negotiable' = 0) ----------


@pytest.mark.parametrize(
    "sentence",
    [
        "The senator said the size of the tax cut was negotiable.",
        "\u201cOur support for the veterans is nonnegotiable,\u201d she told the crowd.",
        "Aides insisted the border plan is non-negotiable.",
    ],
)
def test_a_negotiable_position_is_not_conciliatory(sentence):
    assert matched(sentence, "conciliatory") == []


def test_negotiations_still_count():
    assert "negotiations" in matched(
        "Negotiations between the two parties resumed on Monday.", "conciliatory"
    )


# -- the end of a named war dates an event; ending a war still counts ----------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The alliance has shrunk steadily since the end of the Cold War.",
        "The fund was founded at the end of World War II.",
        "Thousands fled at the end of the civil war in the south.",
        "Most of the refugees returned home at the end of the conflict.",
    ],
)
def test_the_end_of_a_war_as_a_date_is_not_conciliatory(sentence):
    assert matched(sentence, "conciliatory") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "He promised to end the war within a year.",
        "Diplomats pressed for an end to the war in Yemen.",
    ],
)
def test_ending_a_war_is_still_conciliatory(sentence):
    assert matched(sentence, "conciliatory") != []


# -- humanitarian counts where it names aid given, not a value, a ground or a body ---------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The museum celebrates the boxer's humanitarian ideals.",
        "The plan was challenged on humanitarian and legal grounds.",
        "She spoke for the charity's humanitarian arm.",
    ],
)
def test_humanitarian_values_and_grounds_are_not_conciliatory(sentence):
    assert matched(sentence, "conciliatory") == []


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("The rebels agreed to allow humanitarian access to the besieged town.", "access"),
        ("The first humanitarian convoys reached the city on Sunday.", "convoys"),
        ("Both sides observed a humanitarian pause for three days.", "pause"),
    ],
)
def test_humanitarian_aid_forms_are_conciliatory(sentence, word):
    assert any(word in m for m in matched(sentence, "conciliatory"))


# -- normalizing a thing is making it usual; normalizing relations is accommodation -------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Critics say the campaign is normalizing hate.",
        "The central bank wants to normalize policy next year.",
    ],
)
def test_normalizing_a_thing_is_not_conciliatory(sentence):
    assert matched(sentence, "conciliatory") == []


def test_normalizing_relations_still_counts():
    assert matched("The two countries moved to normalize diplomatic relations.", "conciliatory")


# -- unity forms the list lacked (round-8 rulings: unified, coalescing, solidarity, together) ----


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("What unified the rival candidates was their dislike of the new rule.", "unified"),
        ("The party is largely unified on the minimum wage.", "unified"),
        ("Donors are coalescing around the governor.", "coalescing"),
        ("Moderates urged the party to coalesce behind a single rival.", "coalesce"),
        ("In a rare show of solidarity, both leaders signed the letter.", "solidarity"),
        ("It will not be easy, but we will get there together.", "get there together"),
        ("Conservatives need to band together to stop him.", "band together"),
        ("The endorsement should end most of the division within the union.", "division"),
    ],
)
def test_unity_forms_are_conciliatory(sentence, word):
    assert any(word in m for m in matched(sentence, "conciliatory"))


@pytest.mark.parametrize(
    "sentence",
    [
        "She taught in the Los Angeles Unified School District for a decade.",
        "Beijing says the island must be reunified with the mainland.",
    ],
)
def test_names_and_reunification_are_not_unity(sentence):
    assert matched(sentence, "conciliatory") == []


# -- keeping a protest civil is de-escalation (round-8 ruling: 'remain civil' = 1) ----------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Organizers pledged that the march would remain civil.",
        "The moderator asked both men to keep it civil.",
    ],
)
def test_remaining_civil_is_de_escalation(sentence):
    assert matched(sentence, "conciliatory") != []


def test_civil_alone_is_not_conciliatory():
    assert matched("The civil suit was filed in federal court.", "conciliatory") == []


# -- a joint fundraising agreement is a political agreement (round-3 ruling; round-8 override) ----


def test_a_joint_fundraising_agreement_is_conciliatory():
    assert matched(
        "The party and the campaign signed a joint fundraising agreement in May.", "conciliatory"
    )


def test_raising_funds_alone_is_not_conciliatory():
    assert matched("The campaign raised $40 million in May.", "conciliatory") == []


# -- a peace settlement told by its formula; acting jointly told as teaming up --------------------


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("The envoy said the goal remained a two-state solution.", "two-state solution"),
        ("Several nations will team up to patrol the shipping lanes.", "team up"),
        ("The two rivals teamed up against the front-runner in the debate.", "teamed up"),
    ],
)
def test_settlement_formula_and_teaming_up_are_conciliatory(sentence, word):
    assert word in matched(sentence, "conciliatory")


@pytest.mark.parametrize(
    "sentence",
    [
        "By September the field teams up and running in every county.",
        "The state is split into two regions for the solution of tax disputes.",
    ],
)
def test_teams_as_a_noun_and_other_solutions_are_not_conciliatory(sentence):
    assert matched(sentence, "conciliatory") == []


# -- working together with a manner word between -------------------------------------------------


def test_working_closely_together_is_conciliatory():
    assert matched(
        "The two agencies have been working closely together for months.", "conciliatory"
    )


def test_working_alone_is_not_conciliatory():
    assert matched("The staff has been working late every night.", "conciliatory") == []


# -- a security or defence agreement named as a standing pact is an alliance word ---------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The leaders will discuss a new security agreement and ways to counter Iran.",
        "The defense agreement with the kingdom was extended for ten years.",
    ],
)
def test_a_security_pact_named_as_an_arrangement_is_not_conciliatory(sentence):
    assert matched(sentence, "conciliatory") == []


def test_signing_a_security_agreement_still_counts():
    assert matched("The two countries signed a new security agreement on Monday.", "conciliatory")


# -- a plan coming together is not people uniting ---------------------------------------------


def test_plans_coming_together_are_not_conciliatory():
    assert (
        matched("The pieces came together late, and the plans come together fast.", "conciliatory")
        == []
    )


def test_a_party_coming_together_still_counts():
    assert matched("He said the party would come together after the primary.", "conciliatory")
