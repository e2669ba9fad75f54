import pytest

import framing
from framing.attribution import (
    NOT_A_REPORT,
    RULES,
    attribute_sentence,
    find_quotes,
    inflections,
    load_attribution_words,
    paragraph_starts,
    rule_subject_before,
    source_for_cue,
)

from .conftest import sentence_row


@pytest.mark.parametrize(
    "article,start,label,source",
    [
        (
            "004",
            "The United States has “deep confidence",
            "named",
            "State Department spokesman Vedant Patel",
        ),
        ("000", "Beijing views Taiwan", "named", "Beijing"),
        ("000", "This highly anticipated meeting", "named", "China"),  # relative clause
        (
            "001",
            "A senior US administration official told",
            "anonymous",
            "A senior US administration official",
        ),
        ("004", "But Lai has been cautious", "anonymous", "US officials"),
        ("001", "China has been accused", "anonymous", None),  # agentless speech act
        ("003", "It is pointed out", "anonymous", None),
        ("003", "Told.", "anonymous", None),  # machine-translated fragment
        ("000", "Tensions have been escalating", "unattributed", None),
        ("001", "Beijing has called these accusations", "named", "Beijing"),
        ("003", "According to a report released", "named", "a report released"),
    ],
)
def test_seed_labels(sentences, article, start, label, source):
    row = sentence_row(sentences, article, start)
    assert row["attribution"] == label
    assert row["source"] == source


def test_pronoun_speakers_resolve(sentences):
    row = sentence_row(sentences, "001", "He further stated")
    assert row["attribution"] == "anonymous"
    assert row["source"] == "the senior US administration official"
    assert "pronoun 'He'" in row["attribution_note"]
    row = sentence_row(sentences, "002", "He said Beijing has taken notice")
    assert row["source"] == "Liu" and row["attribution"] == "named"
    row = sentence_row(sentences, "001", "“It is, of course, consistent")
    assert row["cue"] == "clarified" and row["attribution"] == "anonymous"


def test_multi_sentence_quotation_inherits_speaker(sentences):
    for start in (
        "“It’s still early days.",
        "“The question is, what happens",
        "I think the U.S.-China relationship",
    ):
        row = sentence_row(sentences, "003", start)
        assert row["source"] == "Bonnie Glaser" and row["attribution"] == "named"
        assert row["quote"]
    row = sentence_row(sentences, "004", "“The Secretary reiterated")
    assert row["source"] == "State Department spokesman Matthew Miller"


def test_paraphrase_turned_quotation(sentences):
    # 001 quotes what Reuters paraphrased: the quote is flagged as a direct quotation
    row = sentence_row(sentences, "001", "A senior US administration official told")
    assert row["quote"] and row["cue"] == "told"


def test_fragments_are_not_quotations(sentences):
    row = sentence_row(sentences, "004", "President Joe Biden’s administration plans")
    assert not row["quote"] and row["quote_fragment"]
    row = sentence_row(sentences, "004", "The United States, while recognizing only Beijing")
    assert not row["quote"] and row["quote_fragment"]


def test_quote_offsets_and_unbalanced_marks():
    text = "He said “the talks went well” and left.\n\nShe added: “More to come"
    df = framing.score_text(text)
    s, e = df["quote_spans"].iloc[0][0]
    assert text[s:e] == "“the talks went well”"
    assert bool(df["unbalanced_quote"].iloc[1])
    quotes, still_open = find_quotes("“Unclosed quote here", False)
    assert still_open and not quotes[0].closed


def test_source_and_cue_offsets(sentences, corpus):
    texts = dict(zip(corpus["id"], corpus["text"]))
    for r in sentences[sentences["source_start"] >= 0].itertuples():
        if not r.attribution_note:
            assert texts[r.id][r.source_start : r.source_end] == r.source
    for r in sentences[sentences["cue_start"] >= 0].itertuples():
        assert texts[r.id][r.cue_start : r.cue_end] == r.cue


def test_colon_names_the_speaker():
    df = framing.score_text("Blinken: “We will not back down from our commitments.”")
    row = df.iloc[0]
    assert (row["attribution"], row["source"], row["cue"]) == ("named", "Blinken", ":")


def test_speaker_after_the_quote_and_inverted_cue():
    df = framing.score_text(
        "“We don’t know if this stability will last,” said Bonnie Glaser, an expert on "
        "U.S.-China relations at the German Marshall Fund."
    )
    assert df["source"].item() == "Bonnie Glaser" and df["cue"].item() == "said"


def test_scare_quoted_headline_is_the_writers_own():
    df = framing.score_text(
        "Taiwan Elections: In an attempt to talk Beijing out of “taking action,” Blinken will "
        "meet with a top China official"
    )
    assert df["attribution"].item() == "unattributed" and bool(df["quote"].item())


def test_straight_quotes_and_speaker_in_next_sentence():
    text = (
        "\"It's still early days. We don't know if this stability will last,\" said Bonnie "
        "Glaser, an expert on U.S.-China relations at the German Marshall Fund."
    )
    df = framing.score_text(text)
    assert list(df["source"]) == ["Bonnie Glaser", "Bonnie Glaser"]
    assert df["quote"].all()
    assert df["attribution_note"].iloc[0] == "inside a quotation that runs over several sentences"


def test_it_refers_to_the_sentence_subject(sentences):
    row = sentence_row(sentences, "000", "The U.S. is seeking to strengthen")
    assert row["source"] == "The U.S." and row["attribution"] == "named"
    assert row["cue"] == "sees"


# --- the named rules of attribution (framing/data/attribution.toml + framing.attribution.RULES)


def _decide(text: str, cue: str, kind: str = "speech"):
    """The rules' decision for the first occurrence of ``cue`` in ``text``."""
    start = text.index(cue)
    quotes, _ = find_quotes(text)
    return source_for_cue(text, start, start + len(cue), kind, quotes)


def _source(text: str, found) -> str | None:
    return text[found.start : found.end] if found.start >= 0 else None


@pytest.mark.parametrize(
    "text,cue,kind,rule,label,source",
    [
        # seed 003 (agentless cue)
        (
            "It is pointed out that this is the most important route of relationship.",
            "It is pointed out",
            "agentless",
            "agentless cue",
            "anonymous",
            None,
        ),
        # seed 003 (source after the cue)
        (
            "According to a report released in late 2023, the Pentagon estimates that China "
            "will have more than 1,000 operational nuclear warheads by 2030.",
            "According to",
            "speech",
            "source after the cue",
            "named",
            "a report released",
        ),
        # seed 002 (an infinitive is not a report)
        (
            "He declined to say how China would respond to Taiwan’s elections and said Beijing "
            "noted US statements that it does not back Taiwanese independence.",
            "say",
            "speech",
            "compound or infinitive",
            NOT_A_REPORT,
            None,
        ),
        # seed 002 (the sentence's subject speaks the coordinated verb)
        (
            "He declined to say how China would respond to Taiwan’s elections and said Beijing "
            "noted US statements that it does not back Taiwanese independence.",
            "said",
            "speech",
            "coordinated verb",
            "named",
            "He",
        ),
        # seed 003 (a cue word used as a noun)
        (
            "According to a report released in late 2023, the Pentagon estimates that China "
            "will have more than 1,000 operational nuclear warheads by 2030.",
            "report",
            "speech",
            "noun sense",
            NOT_A_REPORT,
            None,
        ),
        # seed 001 (agentless speech passive)
        (
            "China has been accused of employing “all means” to influence the upcoming polls.",
            "accused",
            "speech",
            "agentless passive",
            "anonymous",
            None,
        ),
        # seed 000 (passive with its agent)
        (
            "The two powers’ presidents, Biden and Xi Jinping, met in November in San Francisco "
            "where they agreed to restore military dialogue, seen by Washington as critical.",
            "seen",
            "cognition",
            "passive with agent",
            "named",
            "Washington",
        ),
        # agentless cognition passive is a hedge, not attribution
        (
            "The visit was regarded as a sign that relations had begun to thaw.",
            "regarded",
            "cognition",
            "passive without a speech agent",
            NOT_A_REPORT,
            None,
        ),
        # seed 000 ("seen" counts only with its agent)
        (
            "The visit by Liu, who is seen as a rising star in the Chinese government, coincides "
            "with increased communication between China and the US.",
            "seen",
            "cognition",
            "cognition without an agent",
            NOT_A_REPORT,
            None,
        ),
        # seed 003 (inverted cue after a quotation)
        (
            "“We don’t know if this stability will last,” said Bonnie Glaser, an expert on "
            "U.S.-China relations at the German Marshall Fund.",
            "said",
            "speech",
            "inverted",
            "named",
            "Bonnie Glaser",
        ),
        # seed 000 (the subject before the cue)
        (
            "Beijing views Taiwan as a breakaway province that must be reunified.",
            "views",
            "cognition",
            "subject before the cue",
            "named",
            "Beijing",
        ),
        # seed 003 (a speech cue alone)
        ("Told.", "Told", "speech", "speech cue with no speaker", "anonymous", None),
        # seed 004 (the writer's own first person)
        (
            "We believe that a hotline is extremely important.",
            "believe",
            "cognition",
            "the writer's own first person",
            NOT_A_REPORT,
            None,
        ),
    ],
)
def test_each_rule_on_a_real_sentence(text, cue, kind, rule, label, source):
    found = _decide(text, cue, kind)
    assert (found.rule, found.label, _source(text, found)) == (rule, label, source)


def test_rules_are_tried_in_order_and_the_last_always_decides():
    assert RULES[-1] is rule_subject_before
    text = "Tensions have been escalating in the Taiwan Strait, analysts said."
    assert _decide(text, "said").label == "anonymous"


def test_rule_word_lists_are_data():
    words = load_attribution_words()
    assert "according to" in words.source_after and "said" in words.inverted
    assert all(w == w.lower() for lst in words for w in lst)


# --- error classes found on news the rules were not written for (issue 13); realistic
# sentences written for these tests


def _att(text: str) -> dict:
    return framing.score_text(text).iloc[-1].to_dict()


@pytest.mark.parametrize(
    "text,label,source,cue",
    [
        # doubled '' quotation marks of some archives, with an inverted cue
        (
            "''There's always resistance,'' said Tom Holt, who bought the farm in 2009.",
            "named",
            "Tom Holt",
            "said",
        ),
        # ASCII single quotes around a quotation after a speaker's colon
        ("Sanders: 'We are going to win this state.'", "named", "Sanders", ":"),
        # common-noun speaker (agent noun not in source_types.csv)
        ("Turnout was low in the county, a bartender said.", "anonymous", "a bartender", "said"),
        # plural document noun as source
        ("The emails show that the aide knew about the server.", "named", "The emails", "show"),
        # cue inside a relative clause
        (
            "The rule was dropped after complaints from economists who say it hurts growth.",
            "anonymous",
            "economists",
            "say",
        ),
        # cue in an inflection the old list lacked
        (
            "The governor acknowledged that the budget was late.",
            "named",
            "The governor",
            "acknowledged",
        ),
        # title-case headline cue
        ("Trump Warns Clinton Over Trade Deal", "named", "Trump", "Warns"),
        # transcript speaker label
        ("PENCE: We are going to win Ohio.", "named", "PENCE", ":"),
        # headline colon before first-person words
        ("Rubio: I Still Believe the Nominee Can Be Stopped", "named", "Rubio", ":"),
        # a speaker separated from the cue by a relative clause and an apposition
        (
            "Ruth Moss, who ran the county party for a decade, a retired teacher, said the "
            "vote would be close.",
            "named",
            "Ruth Moss",
            "said",
        ),
        # an anonymous speaker separated by a participle clause
        (
            "A senior official, speaking on condition of anonymity, said the talks had stalled.",
            "anonymous",
            "A senior official",
            "said",
        ),
        # a parenthetical after the speaker
        ("Sen. Tom Hale (R-Ohio) said the bill was dead.", "named", "Sen. Tom Hale", "said"),
        # coordinated speakers take the base form
        (
            "Governors Ann Ruiz and Carl Dunn say the plan is too costly.",
            "named",
            "Governors Ann Ruiz and Carl Dunn",
            "say",
        ),
        # a noun-like cue used as a verb after its subject
        ("Trump calls for a ban on new trade deals.", "named", "Trump", "calls"),
        # speaking with its content
        ("The senator spoke about the cost of the war.", "named", "The senator", "spoke"),
        # a negated auxiliary between speaker and cue (round 8: the members of a party by a
        # plural noun are a vague collective, codebook section 4, so anonymous)
        ("Democrats don't think the bill can pass.", "anonymous", "Democrats", "think"),
        # progressive, not passive
        (
            "The candidate's doctor is calling him “extremely physically fit.”",
            "anonymous",  # an unnamed doctor
            "The candidate's doctor",
            "calling",
        ),
        # agree with a clause
        ("The mayor agreed that the budget was too small.", "named", "The mayor", "agreed"),
        # a document by common noun
        ("The opinion said the law was valid.", "named", "The opinion", "said"),
        # an institution by common noun
        ("The co-pilot had logged 2,766 hours, the airline said.", "named", "the airline", "said"),
        # a share of respondents
        (
            "Of the senators surveyed, all but two said the party should act.",
            "anonymous",
            "two",
            "said",
        ),
        # poll respondents as a vague source
        ("Last month, 26 percent said the same.", "anonymous", "26 percent", "said"),
    ],
)
def test_error_classes_now_attributed(text, label, source, cue):
    row = _att(text)
    assert (row["attribution"], row["source"], row["cue"]) == (label, source, cue)


@pytest.mark.parametrize(
    "text",
    [
        # the noun "states"
        "The candidates spent the final week in the swing states of the Midwest.",
        # a headline colon that is not speech
        "Election Day: In a close race, both campaigns court late deciders.",
        # bylines, credits and idioms
        "Phillip reported from Oakland, Calif.",
        "Enough said.",
        # the noun "states" before a comma
        "In three other states, black voters made up a quarter of the electorate.",
        # an adjectival participle
        "Sanders won more pledged delegates in the West.",
        # agree as conduct
        "The mayor agreed to pay the fine.",
        # a credit line
        "Contributing: Jane Roe and Tom Hale.",
        # talks as a noun, speaking as an activity
        "The two countries resumed their long-frozen military talks.",
        # the noun "calls" after a possessive, with nothing said (round 4: "Clinton's calls for
        # restraint" reports her words, a nominal cue; tests/test_attribution_news.py)
        "Clinton's calls went unheeded.",
    ],
)
def test_false_cues_stay_unattributed(text):
    assert _att(text)["attribution"] == "unattributed"


def test_multi_paragraph_quotation_with_doubled_marks():
    text = (
        "''We knew the numbers were bad,'' said Ann Lee, a pollster in Des Moines.\n\n"
        "''The question was how bad.''"
    )
    df = framing.score_text(text)
    assert list(df["source"]) == ["Ann Lee", "Ann Lee"]


def test_inflections_cover_irregular_and_doubling_verbs():
    assert inflections("say") == ("say", "says", "said", "saying")
    assert "admitted" in inflections("admit") and "denies" in inflections("deny")
    assert "pointed out" in inflections("point out")


def test_readings_a_researcher_would_challenge(sentences):
    # issue 12: a territorial claim is not Beijing speaking; the speech in the sentence is
    # Beijing describing the front-runner
    row = sentence_row(sentences, "004", "Taiwan, a self-ruling democracy claimed by Beijing")
    assert row["cue"] != "claimed" and row["cue"] == "describing"
    # a time phrase is not part of the source
    row = sentence_row(sentences, "002", "The US Senate overwhelmingly approved a resolution")
    assert row["source"] == "a resolution"
    # a subordinator is not part of the source
    row = sentence_row(sentences, "003", "Although the United States diplomatically")
    assert row["source"] == "the United States"


def test_claimed_by_as_a_reduced_relative_is_possession():
    text = "The reef, a shoal claimed by three countries, lies far from the coast."
    assert _att(text)["attribution"] == "unattributed"


@pytest.mark.parametrize(
    "text,source",
    [
        # a title's period does not end a source read after an inverted cue
        ("“We are not done yet,” said Mr. Holt, the campaign's chairman.", "Mr. Holt"),
        ("“It is over,” said Sen. John McCain of Arizona.", "Sen. John McCain of Arizona"),
        ("“Go vote,” said Dr. Jill Stein on Monday.", "Dr. Jill Stein"),
        ("“I'm not going anywhere,” said George W. Bush.", "George W. Bush"),
        # an -ed word after a determiner is an adjective inside the source phrase
        (
            "The unsigned opinion said the law placed an undue burden on women.",
            "The unsigned opinion",
        ),
        ("The revised estimate shows that turnout fell in rural counties.", "The revised estimate"),
    ],
)
def test_source_spans_run_across_abbreviations_and_adjectival_participles(text, source):
    row = _att(text)
    assert row["attribution"] == "named" and row["source"] == source


def test_a_sentence_period_still_ends_an_inverted_source():
    # the period after a name that is not an abbreviation still ends the phrase, even when
    # the text handed over holds two sentences
    att, _ = attribute_sentence("“That was a mistake,” said Holt. Later he left.")
    assert att.source == "Holt"


def test_a_quotation_left_open_ends_with_its_paragraph():
    # the closing mark is lost: the next paragraph, which does not reopen the quotation, is
    # the writer's own voice again, not the last speaker's
    text = (
        "Maria Ortiz, the campaign's field director, said the new ad was “a lie from start "
        "to finish.\n\n"
        "The campaign has opened 14 offices since March. Volunteers knocked on 60,000 doors "
        "last weekend."
    )
    df = framing.score_text(text)
    assert df["source"].iloc[0] == "Maria Ortiz"
    assert list(df["attribution"].iloc[1:]) == ["unattributed", "unattributed"]


def test_a_quotation_reopened_in_the_next_paragraph_keeps_its_speaker():
    text = (
        "“We will take this fight to every county,” said Maria Ortiz, the field director. "
        "“Every one of them.\n\n"
        "“Nobody gets written off.”"
    )
    df = framing.score_text(text)
    assert list(df["source"]) == ["Maria Ortiz"] * 3


def test_paragraph_starts_reads_line_breaks_between_sentences():
    text = "One. Two.\n\nThree."
    spans = [(0, 4), (5, 9), (11, 17)]
    assert paragraph_starts(text, spans) == [True, False, True]


@pytest.mark.parametrize(
    "text,source",
    [
        # after an apposition's comma the words after the cue are what was said
        ("Maria Ortiz, the campaign's field director, said the new ad was a lie.", "Maria Ortiz"),
        ("Holt, a Republican from Ohio, said the party would keep the seat.", "Holt"),
        ("Holt, a Republican, said Tuesday that the party would keep the seat.", "Holt"),
        # an inverted speaker after a plain comma still ends its clause
        ("The party will keep the seat, said Tom Holt.", "Tom Holt"),
        ("The party will keep the seat, said Tom Holt on Tuesday.", "Tom Holt"),
    ],
)
def test_words_after_a_cue_that_follows_an_apposition_are_not_its_source(text, source):
    row = _att(text)
    assert row["attribution"] == "named" and row["source"] == source


@pytest.mark.parametrize(
    "text,label",
    [
        # an agentless speech passive is a speech act with no speaker: anonymous
        ("Trump was asked about the wall during the debate in Las Vegas.", "anonymous"),
        ("It was argued at the hearing that the statute was void.", "anonymous"),
        ("The county was declared a disaster area after the floods.", "anonymous"),
        # an agentless cognition passive is a hedge, not attribution (codebook section 4)
        ("The bill is expected to pass the Senate next week.", "unattributed"),
        ("The town is known for its annual rodeo.", "unattributed"),
    ],
)
def test_agentless_speech_passives_are_anonymous(text, label):
    row = _att(text)
    assert row["attribution"] == label and row["source"] is None
