"""Classes of error found by reading the lexicons' matches on US political news (PolNeAR) and
the PLOVER development records (issue 13, third round), one test per class, on news-like
sentences written for these tests. Each asserts the codebook's reading in both directions (the
other sense is still counted), so each can fail."""

import pytest

import framing
from framing.features import open_question

from .conftest import matched

# -- threat (codebook §2): senses without danger, force or confrontation --------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # a surname, not the act
        "Attorney General Loretta Lynch said the inquiry would follow the usual rules.",
        "Secretary-General Ban Ki-moon addressed the assembly on Tuesday.",
        # idioms
        "The latest poll shows the two candidates in a dead heat.",
        "His rivals quickly seized on the remark during the debate.",
        "The governor has a large war chest for the autumn.",
        "The minister began a charm offensive in the capital.",
        "Local residents welcomed the refugees with open arms.",
        # "offensive" meaning insulting
        "Several lawmakers called the remarks deeply offensive to veterans.",
        # a medical event
        "The senator died of a heart attack in 1963.",
    ],
)
def test_senses_without_danger_are_not_threat(sentence):
    assert matched(sentence, "threat") == []


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("The museum documents the history of lynching in the South.", "lynching"),
        ("The village became a battleground between the two militias.", "battleground"),
        ("Soldiers seized weapons and ammunition at the checkpoint.", "seized"),
        ("The army launched a new offensive in the north on Sunday.", "offensive"),
        ("Rebels carried out an attack on the convoy near the border.", "attack"),
        ("At least 20 people were dead after the bombing.", "dead"),
        ("The government is accused of supplying arms to the militia.", "arms"),
    ],
)
def test_the_danger_senses_still_count(sentence, word):
    assert word in matched(sentence, "threat")


# -- conciliatory (codebook §3, CAMEO 04, 05, 073, 086) --------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Swiss doctors handed over 700 kilograms of medicine to the Red Crescent.",
        "The two foreign ministers held a frank exchange of views on the border.",
        "The leaders met with the aim of establishing close relations between their countries.",
        "The talks were described as amicable and fruitful.",
        "The government agreed to an observer mission from the regional bloc.",
    ],
)
def test_cooperation_kinds_are_conciliatory(sentence):
    assert matched(sentence, "conciliatory")


def test_public_relations_is_not_relations_between_parties():
    sentence = "She established a public relations firm in Chicago in 1998."
    assert matched(sentence, "conciliatory") == []


# -- hedging (codebook §1: epistemic senses only; a stated holder is attribution) ------------


@pytest.mark.parametrize(
    "sentence",
    [
        # past ability
        "After the crash he could barely walk.",
        "We did everything we could to win the state.",
        # idioms and permission
        "The slogan might as well be printed on every ballot.",
        "If I may, senator, I would like to ask about the budget.",
        # an expectation with its holder (attribution, section 4)
        "The farm took more work than he expected.",
        "The turnout was higher than anyone had expected.",
        # May the month
        "Prior to May, most of the money came from small donors.",
        # "suggest" as a first-person proposal
        "If you decide to leave, I suggest moving to the coast.",
        # a polling population, and idioms of doubt
        "The poll of 1,000 likely voters was taken on Sunday.",
        "Voters gave him the benefit of the doubt.",
    ],
)
def test_non_epistemic_could_may_might_are_not_hedges(sentence):
    assert matched(sentence, "hedge") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The new rules could damage the company's standing with regulators.",
        "The bill is expected to pass the Senate next week.",
        "The vote may be delayed until May.",
        "The figures suggest that turnout fell in rural counties.",
        "He is the likely nominee of the party.",
    ],
)
def test_epistemic_senses_still_hedge(sentence):
    assert matched(sentence, "hedge")


# -- boosters (codebook §1; Hyland 2005) ----------------------------------------------------


def test_certainty_phrases_are_boosters_and_negated_certainty_is_not():
    assert matched("The result is, without question, a setback for the party.", "booster")
    assert matched("It goes without saying that the vote matters.", "booster")
    sentence = "Officials are not sure that the ceasefire will hold."
    assert matched(sentence, "booster") == []
    assert matched(sentence, "hedge")


@pytest.mark.parametrize(
    "sentence",
    [
        "The new advertisement paints the senator as a job killer.",
        "Her staff designed a game plan and flawlessly executed it.",
        "The company was caught in a downward spiral after the merger.",
    ],
)
def test_business_idioms_are_not_threat(sentence):
    assert matched(sentence, "threat") == []


def test_a_state_execution_is_still_threat():
    assert matched("Eleven prisoners were executed in the state last year.", "threat")


# -- hedging, fourth round (issue 13): senses read by cue word in PolNeAR news ----------------


@pytest.mark.parametrize(
    "sentence",
    [
        # "know" with a person as its object is acquaintance, not uncertainty
        "I don't know him and I have never met him, the senator said.",
        "He doesn't know me at all.",
        "I don't know one farmer in this county who supports the plan.",
        # an expectation with its holder is attribution (codebook §1, §4)
        "We expected the race to be close from the start.",
        "They had expected a larger crowd in the square.",
        # a maximum score, not a possibility
        "The fact checker gave the claim three Pinocchios out of a possible four.",
        # ability and perception, not epistemic
        "You could tell from his face that the news was bad.",
        "The smoke could be seen from the highway all afternoon.",
    ],
)
def test_knowing_people_held_expectations_and_ability_are_not_hedges(sentence):
    assert matched(sentence, "hedge") == []


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("I don't know whether the deal will survive the vote.", "don't know"),
        ("He doesn't know how many delegates he will win.", "doesn't know"),
        ("The senator is expected to win the primary.", "expected"),
        ("She's expected to announce her decision on Monday.", "expected"),
        ("The damage could be seen as a warning to the party.", "could be seen as"),
    ],
)
def test_uncertainty_expectation_and_epistemic_could_still_hedge(sentence, word):
    assert word in matched(sentence, "hedge")


def test_a_question_inside_a_quotation_is_not_the_writers_hedge():
    # codebook §1: open questions count in the writer's voice; a quoted speaker's question,
    # or a sentence of a quotation that runs over several sentences, is someone else's
    quoted = (
        '"We have waited for years. Will anyone in Washington listen to us? '
        'We are not going away," the organiser said.'
    )
    middle = framing.score_text(quoted)["text"].iloc[1]
    assert open_question(middle)  # a question by its own words; the quotation decides
    assert matched(quoted, "hedge") == []
    assert int(framing.score_text(quoted)["hedge"].sum()) == 0
    writer = "The senator sat down. Will the party listen to her this time?"
    assert matched(writer, "hedge") == ["?"]
    assert int(framing.score_text(writer)["hedge"].sum()) == 1


# -- threat, fourth round (issue 13): PLOVER SANCTION and MOBILIZE kinds, CAMEO 15, 16, 19 ----


@pytest.mark.parametrize(
    "sentence,word",
    [
        # CAMEO 161, 166: relations broken or reduced (a rift made explicit)
        ("Bahrain severed diplomatic ties with Tehran on Monday.", "severed diplomatic ties"),
        ("The two countries broke off relations after the incident.", "broke off relations"),
        ("Ankara recalled its ambassador from Vienna.", "recalled its ambassador"),
        # CAMEO 162, 163: aid, air links or trade withdrawn to press a government
        ("The donors suspended aid to the government after the coup.", "suspended aid"),
        ("Rome announced a suspension of air links with Belgrade.", "suspension of air links"),
        # CAMEO 15: force posture
        ("The army put its units on full alert along the border.", "on full alert"),
        ("The ministry had reinforced its forces near the frontier.", "reinforced its forces"),
        # CAMEO 19: the military means themselves
        ("Both governments have ruled out a military intervention.", "military intervention"),
        ("The admiral was asked to prepare military options for the strait.", "military options"),
    ],
)
def test_sanction_and_mobilize_kinds_are_threat(sentence, word):
    assert word in matched(sentence, "threat")


@pytest.mark.parametrize(
    "sentence",
    [
        # "force" naming an influential group or person, or a feat
        "Evangelical voters are a powerful political force in the state.",
        "She became the dominant force in the party's fundraising.",
        "His closing argument was a tour de force.",
        "The nomination was meant to force their hand on the budget.",
        # a "recall" and an "ambassador" that are not a diplomatic break
        "The rule was recalled by James Cunningham, then ambassador to Israel.",
        # ties, relations and aid in their cooperative senses
        "The company has strong ties to the region's farmers.",
    ],
)
def test_force_as_influence_and_ordinary_ties_are_not_threat(sentence):
    assert matched(sentence, "threat") == []


def test_military_force_still_counts_beside_the_influence_sense():
    assert "force" in matched("The allies discussed the use of military force.", "threat")
    assert "force" in matched("A 100,000-strong force would be needed.", "threat")


def test_agentless_forecasts_hedge_and_prohibitions_do_not():
    # codebook §1: an agentless forecast is a hedge like "is expected to"
    assert "projected to" in matched("The deficit is projected to reach $544 billion.", "hedge")
    assert "predicted to" in matched("The storm is predicted to weaken by Friday.", "hedge")
    # deontic "may not" in rules is a prohibition, not uncertainty; the epistemic one counts
    rule = "Savings in such plans may not be withdrawn before the age of 59."
    assert matched(rule, "hedge") == []
    assert "may" in matched("The new savings may not be enough to close the gap.", "hedge")


@pytest.mark.parametrize(
    "sentence",
    [
        "All signs point to the president endorsing her on Thursday.",
        "There are signs that voters are starting to feel more confident.",
    ],
)
def test_inference_from_signs_is_a_hedge(sentence):
    assert matched(sentence, "hedge")


# -- conciliatory, fourth round: dialogue proposed (CAMEO 036) ------------------------------


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("Seoul offered talks with the North on Tuesday.", "offered talks"),
        ("The foreign minister called for fresh talks on the border.", "called for fresh talks"),
        ("Khartoum invited the rebels to talks in Nairobi.", "invited the rebels to talks"),
    ],
)
def test_talks_proposed_are_conciliatory(sentence, word):
    assert word in matched(sentence, "conciliatory")


def test_plain_talks_are_still_not_conciliatory():
    assert matched("The two delegations held talks in Geneva on Monday.", "conciliatory") == []


@pytest.mark.parametrize(
    "sentence",
    [
        # ability, wishes and perception: "could" that is not the writer's uncertainty
        "She wrote about the crisis in a way that ordinary readers could understand.",
        "He says he wishes he could have spent more time in the state.",
        "Some delegates could be heard chanting in the hall.",
        # codebook §1: numeric approximators and scheduling do not count
        "More than 1,000 people attended the rally on Saturday.",
        "The committee is set to meet on Tuesday and will vote on Friday.",
    ],
)
def test_ability_wishes_approximators_and_schedules_are_not_hedges(sentence):
    assert matched(sentence, "hedge") == []


def test_could_of_possibility_still_hedges_beside_the_wish():
    assert "could" in matched("The ruling could delay the vote until the spring.", "hedge")
    assert "could" in matched("Aides fear the split could be heard in the hall.", "hedge")


# -- fifth round: classes read on a blind-coded sample of news sentences -------------------
# (issue 13: 400 sentences of 2016 election news coded by two coders and an adjudicator; the
# sentences below are written for these tests, none is from that sample)


@pytest.mark.parametrize(
    "sentence,word",
    [
        # the speculative "would" of a proposal's or a change's consequence (codebook §1)
        ("A carbon tax increase would cost a family about $200 a year.", "increase would"),
        ("Economists say the senator's plan would add $3 trillion to the debt.", "plan would"),
        ("A new tariff would raise prices for shoppers.", "tariff would"),
        # every inflection of the appearance family, with the empty subject
        ("At first it appeared that the governor had lost the room.", "appeared that"),
        ("It looks like the vote will be close in the suburbs.", "it looks like"),
        ("The mayor's approach sounds reasonable on paper.", "sounds reasonable"),
        # agentless forecast and evidential inference
        ("The senator is poised to win the primary next month.", "poised to"),
        ("The available evidence indicates the memo was written in March.", "evidence indicates"),
        # probability short of certainty, like "almost certainly"
        ("It is virtually certain the bill will reach the floor.", "virtually certain"),
    ],
)
def test_speculative_would_appearance_and_forecasts_hedge(sentence, word):
    assert word in matched(sentence, "hedge")


@pytest.mark.parametrize(
    "sentence",
    [
        # a person's "would": a plan, a promise, a refusal, future-in-past
        "The governor said he would sign the bill on Friday.",
        "She would not say whether she had voted for him.",
        # presence, not seeming, in the past tense too
        "It appeared on the front page of the local paper.",
        # a survey's answer category: the respondents' doubt, not the writer's
        "Twelve percent of those polled were not sure.",
        "Another 9 percent were unsure.",
    ],
)
def test_plans_presence_and_survey_doubt_are_not_hedges(sentence):
    assert matched(sentence, "hedge") == []


def test_the_speakers_own_doubt_still_hedges():
    quoted = "\u201cI'm not sure he can win the state,\u201d she said."
    assert "not sure" in matched(quoted, "hedge")


@pytest.mark.parametrize(
    "sentence",
    [
        # "make sure" is an aim, not certainty about a claim
        "The campaign is focused on making sure that its voters turn out.",
        "Organisers made sure the hall was full before the speech.",
        # a person's "made clear that" reports what they said (attribution, codebook §4)
        "The senator had made clear that she would oppose the nominee.",
        "He made it clear he would not endorse anyone.",
    ],
)
def test_aims_and_reported_statements_are_not_boosters(sentence):
    assert matched(sentence, "booster") == []


def test_certainty_still_boosts():
    assert "hands down" in matched("Hands down, the governor won the debate.", "booster")
    assert "it is clear" in matched("It is clear that the plan has failed.", "booster")
    assert "sure that" in matched("I am sure that the count is right.", "booster")


@pytest.mark.parametrize(
    "sentence,word",
    [
        # figurative conquest counts as figurative "attacked" does (lexical salience, §2)
        ("She took a victory lap through the conquered county.", "conquered"),
        ("The panel was overrun with lobbyists by noon.", "overrun"),
        # friction and hostility
        ("The remark rankled many senior members of the party.", "rankled"),
        ("The two senators have been bitter adversaries for years.", "adversaries"),
        # crisis, shooting, a terror group's name
        ("The hospital treated 30 emergencies overnight.", "emergencies"),
        ("Vandals used the road sign for target practice.", "target practice"),
        ("The ISIS affiliate claimed the bombing on Sunday.", "isis"),
        ("Officials said the cell had ties to al Qaeda.", "al qaeda"),
    ],
)
def test_conquest_friction_crisis_and_terror_groups_are_threat(sentence, word):
    assert word in matched(sentence, "threat")


@pytest.mark.parametrize(
    "sentence",
    [
        # effort, not tension
        "Voters at the back had to strain to hear the candidate.",
        # a strategy or an argument deployed is not force
        "The challenger will find it harder to deploy such a strategy in the fall.",
    ],
)
def test_effort_and_strategies_are_not_threat(sentence):
    assert matched(sentence, "threat") == []


def test_tension_deployment_and_coercion_still_count():
    assert "strained" in matched("Relations between the two capitals remain strained.", "threat")
    assert "deployed" in matched("The army deployed 3,000 troops to the border.", "threat")
    # deportation is coercion (PLOVER COERCE, CAMEO 174 expel or deport)
    assert "deported" in matched("He was deported to Honduras after his sentence.", "threat")


# -- threat and conciliatory, sixth round (issue 13): classes from the 2,000 coded news
# sentences' development half, by codebook §2 and §3 ---------------------------------------


@pytest.mark.parametrize(
    "sentence,word",
    [
        # tension and friction (§2), beside rift and feud
        ("Years of internal strife have weakened the ruling coalition.", "strife"),
        ("The party's infighting spilled into the open at the convention.", "infighting"),
        ("The vote exposed deep fissures within the caucus.", "fissures"),
        # hostility, beside animosity and enmity
        ("The rally was denounced as a festival of hatred.", "hatred"),
        ("Police are treating the vandalism as a hate crime.", "hate crime"),
        # terrorism made salient, beside terrorist and militant
        ("The ministry launched a program against violent extremism.", "extremism"),
        ("Investigators believe the gunman was radicalized online.", "radicalized"),
        # coercion, beside crack down
        ("The government clamped down on independent newspapers.", "clamped down"),
        # danger
        ("Residents were told to shelter in place until the all-clear.", "shelter in place"),
        ("Medics who run into harm's way deserve our thanks.", "harm's way"),
        # force, beside soldiers and troops
        ("American servicemen were stationed near the border for years.", "servicemen"),
        # figurative blows and fire, as figurative "attacked" (an earlier round's decision)
        ("The governor jabbed at his rival over the budget.", "jabbed"),
        ("The two candidates exchanged shots over trade on Sunday.", "exchanged shots"),
        ("He used the vote to bludgeon his opponents.", "bludgeon"),
    ],
)
def test_friction_hostility_extremism_and_figurative_blows_are_threat(sentence, word):
    assert word in matched(sentence, "threat")


def test_mobilizing_voters_is_not_force_but_mobilizing_troops_is():
    assert matched("Volunteers will mobilize voters in the suburbs this weekend.", "threat") == []
    assert matched("The campaign hopes to mobilize supporters early.", "threat") == []
    assert "mobilize reservists" in matched(
        "The general ordered the ministry to mobilize reservists along the frontier.", "threat"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # idioms and other senses
        "Trapped in a death spiral, the retailer closed 200 stores.",
        "The tax plan rewards entrepreneurial risk-taking.",
        "The union will be a significant force in the fall elections.",
        "The bank's sales force was told to open more accounts.",
    ],
)
def test_names_idioms_and_influence_are_not_threat(sentence):
    assert matched(sentence, "threat") == []


def test_a_capitalised_name_is_not_threat_but_the_act_still_is():
    # the surname and the movement (case-sensitive exclusions); the lower-case act counts
    slaughter = "Former policy planning director Anne-Marie Slaughter wrote to the secretary."
    assert matched(slaughter, "threat") == []
    assert matched("Members of Occupy Wall Street marched to the park.", "threat") == []
    assert "slaughter" in matched("Soldiers opened fire and the slaughter lasted hours.", "threat")
    assert "occupy" in matched("Rebels occupy the town's main square.", "threat")


@pytest.mark.parametrize(
    "sentence",
    [
        # contracts and legal arrangements
        "She signed a non-disclosure agreement when she left the firm.",
        "The aide was granted an immunity agreement by prosecutors.",
        # the same view held
        "There is widespread agreement that the roads need repair.",
        # student finance
        "The college offers financial aid to low-income students.",
        # money given to a campaign is not aid between parties
        "He donated $2,700 to the senator's campaign.",
        # a job title, not dialogue
        "The campaign's communication director issued a statement.",
    ],
)
def test_contracts_shared_views_and_donations_are_not_conciliatory(sentence):
    assert matched(sentence, "conciliatory") == []


@pytest.mark.parametrize(
    "sentence,word",
    [
        ("The charity donated food to the flood victims.", "donated food"),
        ("Both capitals have stayed in communication since the crisis.", "in communication"),
        ("The nominee urged Republicans to unite behind him.", "unite behind"),
        ("The convention is meant to unite the party after a bitter primary.", "unite the party"),
        ("Democrats were more unified on trade than their rivals.", "more unified"),
        ("Officials sought to avoid a diplomatic strain with Ankara.", "avoid a diplomatic strain"),
    ],
)
def test_relief_dialogue_unity_and_avoided_strain_are_conciliatory(sentence, word):
    assert word in matched(sentence, "conciliatory")


def test_agreements_reached_still_count_beside_the_contracts():
    assert "agreement" in matched("The two unions reached an agreement on wages.", "conciliatory")
    assert matched("The aide signed a confidentiality agreement.", "conciliatory") == []


@pytest.mark.parametrize(
    "sentence,word",
    [
        # weapon nouns (§2 weapons), beside gun and rifle
        ("The bill would expand background checks on firearms sold online.", "firearms"),
        ("Police recovered a pistol and two magazines from the car.", "pistol"),
        ("The active shooter was stopped by a guard.", "shooter"),
        # anger words, beside outrage and fury (an earlier round's decision)
        ("Party leaders were incensed by the leak.", "incensed"),
        ("The remark caused an uproar on the convention floor.", "uproar"),
        # an opponent in hostility, beside adversary
        ("He called the group the nation's most dangerous enemy.", "enemy"),
        # violence
        ("The city recorded more homicides this summer than last.", "homicides"),
    ],
)
def test_weapon_nouns_anger_and_enemies_are_threat(sentence, word):
    assert word in matched(sentence, "threat")


@pytest.mark.parametrize(
    "sentence,word",
    [
        # figurative combat and fire, as figurative "attacked" (an earlier round's decision)
        ("The senator assailed the bank's tax strategy on Sunday.", "assailed"),
        ("The ad was the opening salvo of the general election.", "salvo"),
        ("She answered with a broadside against the governor.", "broadside"),
        ("The mayor began a crusade against payday lenders.", "crusade"),
    ],
)
def test_figurative_combat_is_threat(sentence, word):
    assert word in matched(sentence, "threat")


def test_idioms_on_the_new_weapon_nouns_and_dead_are_not_threat_the_literal_senses_are():
    for sentence in [
        "There is no silver bullet for rising health costs.",
        "Voters see him as a straight shooter.",
        "Without the nomination, the bill looks dead on arrival.",
        "Her campaign is dead in the water after the primary.",
    ]:
        assert matched(sentence, "threat") == []
    assert "bullets" in matched("Soldiers fired rubber and live bullets at the crowd.", "threat")
    assert "dead" in matched("The explosion left nine dead.", "threat")


def test_book_titles_idioms_and_bankers_are_not_deals_but_compromise_is_conciliatory():
    for sentence in [
        "He quoted a passage from The Art of the Deal.",
        "The nomination is not a done deal.",
        "Senior deal makers left the bank last year.",
    ]:
        assert matched(sentence, "conciliatory") == []
    assert "middle ground" in matched(
        "Both sides said they hoped to find a middle ground.", "conciliatory"
    )
    assert "fence-mending" in matched("The president began a fence-mending tour.", "conciliatory")


@pytest.mark.parametrize(
    "sentence",
    [
        # holding the same view is not reaching agreement
        "Many veterans said they did not entirely agree with him.",
        "Most economists agree that the cut will raise the deficit.",
        "Thirty-five percent strongly agree.",
        "There is a consensus that the economy is slowing.",
        # business transactions and idioms
        "The drug maker agreed to be acquired by a rival last year.",
        "He has a book deal and several real estate deals in Florida.",
        "Both candidates said it was no big deal.",
        # a state unifying a territory is annexation, not reconciliation
        "Beijing intends to unify the island with the mainland.",
    ],
)
def test_shared_opinion_business_and_annexation_are_not_conciliatory(sentence):
    assert matched(sentence, "conciliatory") == []


@pytest.mark.parametrize(
    "sentence,word",
    [
        # reaching agreement still counts
        ("The two parties agreed to a budget framework on Thursday.", "agreed to"),
        ("The factions reached a consensus on the new cabinet.", "reached a consensus"),
        ("Negotiators struck a trade deal after months of talks.", "struck a trade deal"),
        # unity and reconciliation of a party or a nation
        ("The nominee now needs to unify the party before the convention.", "unify the party"),
        ("He called for unity after a bruising primary.", "unity"),
        ("The senator presents himself as a uniter.", "uniter"),
        ("The video talked about racial healing.", "racial healing"),
        ("She spoke about healing the racial divides in the city.", "healing the racial divides"),
        ("We need leaders who bring people together.", "bring people together"),
        # cooperation across parties
        ("The reform was a rare bipartisan success.", "bipartisan"),
    ],
)
def test_agreement_reached_unity_and_bipartisan_cooperation_are_conciliatory(sentence, word):
    assert word in matched(sentence, "conciliatory")
