import pytest

import framing
from framing.lexicons import FEATURES, LexiconError, load_lexicon


def matches(ev, article, feature):
    sub = ev[(ev["id"] == article) & (ev["feature"] == feature)]
    return list(zip(sub["term"], sub["matched"]))


@pytest.mark.parametrize("feature", FEATURES)
def test_every_entry_has_category_and_source(feature):
    lx = load_lexicon(feature)
    assert lx.entries and all(e.category and e.source for e in lx.entries)


def test_multiword_and_offsets(ev, corpus):
    texts = dict(zip(corpus["id"], corpus["text"]))
    row = ev[(ev["id"] == "004") & (ev["matched"] == "severe danger")]
    assert len(row) == 1 and row["feature"].item() == "threat"
    for r in ev.itertuples():
        assert texts[r.id][r.start : r.end] == r.matched
        assert r.sentence_text == r.left + r.matched + r.right


def test_inflections_match():
    df = framing.score_text(
        "Tensions escalate. Tensions are escalating. The escalation worried Tokyo."
    )
    assert list(df["threat"]) == [2, 2, 1]


def test_overlap_longest_wins_within_a_lexicon(ev):
    # "manage tensions": conciliatory as one phrase; "tensions" still threat (another lexicon)
    sent = ev[(ev["id"] == "001") & ev["sentence_text"].str.contains("to manage tensions")]
    got = set(zip(sent["feature"], sent["matched"]))
    assert ("conciliatory", "manage tensions") in got
    assert ("threat", "tensions") in got
    assert ("threat", "conflict") in got
    assert ("conciliatory", "avoid unintended conflict") in got


def test_excludes_block_other_senses():
    df = framing.score_text("The summit is set for May 12. Officials may meet in May.")
    assert list(df["hedge"]) == [0, 1]
    df = framing.score_text("Chinese ships sailed in the South China Sea.")
    assert df["actors"].item() == "China"


def test_negation_recorded_not_dropped(ev):
    row = ev[(ev["id"] == "003") & (ev["matched"] == "coercing")]
    assert len(row) == 1 and bool(row["negated"].item())  # "made no progress in coercing"
    assert row["sentence_text"].item().startswith("So far, the United States has made no")
    # a double negative asserts (codebook §2: "has not ruled out using force" is a threat)
    row = ev[(ev["id"] == "004") & (ev["matched"] == "using force")]
    assert len(row) == 1 and not bool(row["negated"].item())
    assert row["sentence_text"].item().startswith("The United States, while recognizing")


def test_nearest_actor(ev):
    row = ev[(ev["id"] == "004") & (ev["matched"] == "severe danger")]
    assert row["actor"].item() == "Taiwan"  # "Lai Ching-te" is nearest


def test_user_lexicon_replaces_and_adds(tmp_path):
    path = tmp_path / "threat.csv"
    path.write_text("term,category,source\nballoon*,custom,my study\n")
    df = framing.score_text("A balloon drifted. War looms.", lexicons={"threat": path})
    assert list(df["threat"]) == [1, 0]
    extra = tmp_path / "extra.csv"
    extra.write_text("term,category,source\nballoon*,custom,my study\n")
    df = framing.score_text("A balloon drifted. War looms.", lexicons={"threat+": extra})
    assert list(df["threat"]) == [1, 1]
    fear = tmp_path / "fear.csv"
    fear.write_text("term,category,source\nafraid,fear,my study\n")
    df = framing.score_text("They are afraid.", lexicons={"fear": fear})
    assert df["fear"].item() == 1 and df.attrs["lexicons"]["fear"]["origin"] == str(fear)


@pytest.mark.parametrize(
    "content,problem",
    [
        ("word,kind\nx,y\n", "missing column"),
        ("term,category,source\nwar,,codebook\n", "line 2: term 'war' has no category"),
        ("term,category,source\nwar,threat,\n", "has no source"),
        ("term,category,source\nwa*,threat,x\n", "too short"),
        ("term,category,source\nwar,threat,x,extra,more\n", "more fields"),
        ("", "empty lexicon"),
    ],
)
def test_malformed_lexicon_names_file_and_problem(tmp_path, content, problem):
    path = tmp_path / "bad.csv"
    path.write_text(content)
    with pytest.raises(LexiconError, match="bad.csv") as info:
        framing.score_text("War.", lexicons={"threat": path})
    assert problem in str(info.value)


@pytest.mark.parametrize(
    "sentence,feature,expected",
    [
        (
            "The discussions are likely to be complex, covering a range of contentious "
            "issues, but the overarching goal remains the preservation of stability in a "
            "region that has become a focal point of international attention.",
            "hedge",
            1,
        ),
        (
            "Mr. Liu, who heads the Chinese Communist Party’s foreign affairs arm, is one of a "
            "small group of trusted top advisers to Chinese President Xi Jinping and is "
            "expected to become China’s next foreign minister, current and former U.S. "
            "officials say.",
            "hedge",
            1,
        ),
        (
            "Blinken will also have a private meeting at the State Department with Japan’s Foreign "
            "Minister, Yoko Kamikawa, a staunch ally of the United States.",
            "conciliatory",
            0,
        ),
        (
            "The high profile meeting comes after US President Joe Biden and Chinese President Xi "
            "Jinping met in San Francisco in November.",
            "conciliatory",
            0,
        ),
        (
            "U.S. and Chinese military officials met this week at the Pentagon, their first formal "
            "dialogue in more than two years.",
            "threat",
            0,
        ),
        (
            "In fact, during a meeting between Xi and Biden in November 2023, the Chinese leader "
            "reportedly told the US president that China intends to unify Taiwan with China.",
            "booster",
            1,
        ),
        (
            "Blinken, briefly back in Washington between his latest Middle East crisis tour and a "
            "trip to the World Economic Forum in Davos, met with Liu Jianchao.",
            "threat",
            1,
        ),
        (
            "Earlier this week, the two countries also resumed their long-frozen military talks.",
            "conciliatory",
            1,
        ),
        (
            "US Secretary of State Antony Blinken is set to meet with Liu Jianchao in "
            "Washington on Friday.",
            "hedge",
            0,
        ),
    ],
)
def test_seed_sentences(sentence, feature, expected):
    assert (framing.score_text(sentence)[feature].sum() > 0) == bool(expected)


def test_phrases_opening_with_function_words():
    df = framing.score_text("Of course, it is clear that the deal may collapse in May.")
    assert df["booster"].item() == 2  # "of course", "it is clear"
    assert df["hedge"].item() == 1  # "may", not the month


def _negated_at(sentence: str, word: str) -> bool:
    from framing.lexicons import norm_token
    from framing.negation import is_negated
    from framing.tokens import words

    toks = words(sentence)
    spans = [(t.start, t.end) for t in toks]
    norms = [norm_token(t.text) for t in toks]
    return is_negated(sentence, spans, norms, norms.index(word))


@pytest.mark.parametrize(
    "sentence,word,negated",
    [
        ("Beijing did not use force against the island.", "use", True),
        ("Officials say there is no threat to shipping.", "threat", True),
        ("The ministry hasn't issued a warning.", "warning", True),
        ("It was not, officials said, a threat.", "threat", False),
        ("Not once in the long and tense week did talks stall.", "talks", False),
        ("Talks resumed without any preconditions.", "preconditions", True),
    ],
)
def test_is_negated_window_and_clause_break(sentence, word, negated):
    assert _negated_at(sentence, word) is negated


def test_lexicon_edited_during_a_session_is_read_again(tmp_path, corpus):
    import hashlib

    from framing.features import matcher_for

    path = tmp_path / "fear.csv"
    text = "A balloon drifted over the strait. The strait stayed calm; the balloon fell."
    path.write_text("term,category,source\nballoon*,custom,my study\n")
    first = framing.score_text(text, lexicons={"fear": path})
    matcher = matcher_for({"fear": path})
    assert matcher_for({"fear": path}) is matcher  # unchanged content: built once
    assert first["fear"].sum() == text.count("balloon")

    path.write_text("term,category,source\nballoon*,custom,my study\nstrait,custom,my study\n")
    second = framing.score_text(text, lexicons={"fear": path})
    assert second["fear"].sum() == text.count("balloon") + text.count("strait")
    assert matcher_for({"fear": path}) is not matcher
    sha1 = hashlib.sha1(path.read_text().encode()).hexdigest()[:12]
    assert first.attrs["lexicons"]["fear"]["sha1"] != sha1
    assert second.attrs["lexicons"]["fear"]["sha1"] == sha1

    # the same through a corpus, and for a file that extends a shipped lexicon ("threat+")
    extra = tmp_path / "extra.csv"
    extra.write_text("term,category,source\nballoon*,custom,my study\n")
    before = framing.score_sentences(corpus, lexicons={"threat+": extra})["threat"].sum()
    extra.write_text("term,category,source\nballoon*,custom,my study\nmeet*,custom,my study\n")
    after = framing.score_sentences(corpus, lexicons={"threat+": extra})["threat"].sum()
    assert after > before
