import pytest

import framing
from framing.constants import FEATURES
from framing.lexicons import LexiconError, load_lexicon


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


def test_nearest_actor(corpus):
    from framing.study import load_study

    from .conftest import SEEDS

    # the seeds' study names the people (Lai Ching-te); the shipped list only countries
    actors = load_study(SEEDS / "study.toml").actors
    ev = framing.evidence(corpus[corpus["id"] == "004"], actors=actors)
    row = ev[ev["matched"] == "severe danger"]
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


# --- the matcher, case by case: a one-term lexicon, a sentence, what it matches -------------


def _probe(tmp_path, term: str, sentence: str):
    """Evidence for a one-term lexicon ``probe`` on one sentence, through the public route."""
    import pandas as pd

    path = tmp_path / "probe.csv"
    path.write_text(f'term,category,source\n"{term}",probe,test\n', encoding="utf-8")
    corpus = pd.DataFrame([{"id": "t", "outlet": "o", "text": sentence}])
    ev = framing.evidence(corpus, lexicons={"probe": path})
    return ev[ev["feature"] == "probe"]


@pytest.mark.parametrize(
    "term,sentence,matched,negated",
    [
        # "..." lets up to four words stand between (a hyphen splits "long-frozen" in two)
        (
            "resum* ... talks",
            "The two sides resumed their long-frozen military talks this week.",
            ["resumed their long-frozen military talks"],
            [False],
        ),
        ("resum* ... talks", "They resumed work on a new set of rules for talks.", [], []),
        # <num>: any number, thousands separators included
        (
            "<num> troops",
            "About 1,000 troops and 300 troops more landed.",
            ["1,000 troops", "300 troops"],
            [False, False],
        ),
        # a capital letter makes an entry case-sensitive
        ("US", "US officials said the talks helped us.", ["US"], [False]),
        ("US", "Let us talk.", [], []),
        # a final * matches a word by its beginning
        (
            "escalat*",
            "Tensions are escalating after the escalation.",
            ["escalating", "escalation"],
            [False, False],
        ),
        # a phrase opening with a function word
        ("of course", "Of course, the talks failed.", ["Of course"], [False]),
        ("the red line", "Beijing said Taipei crossed the red line.", ["the red line"], [False]),
        # possessives: the entry matches the word with its 's, straight or curly
        (
            "china",
            "China's navy and China’s coast guard sailed.",
            ["China's", "China’s"],
            [False, False],
        ),
        ("self-ruled", "The self-ruled island voted.", ["self-ruled"], [False]),
        # negation window: three words before, stopped by a comma
        ("threat", "There is no real threat to shipping.", ["threat"], [True]),
        ("threat", "No, the threat is real.", ["threat"], [False]),
        ("threat", "Not once in all those years was the threat this clear.", ["threat"], [False]),
        ("threat", "The ministry says it isn't a threat.", ["threat"], [True]),
        ("threat", "The ministry hasn't called it a threat.", ["threat"], [False]),  # 4 words
    ],
)
def test_matcher_table(tmp_path, term, sentence, matched, negated):
    ev = _probe(tmp_path, term, sentence)
    assert list(ev["matched"]) == matched
    assert list(ev["negated"]) == negated
    pos = 0
    for r in ev.itertuples():
        assert sentence[r.start : r.end] == r.matched
        assert r.start == sentence.index(r.matched, pos)  # offsets where the words are
        pos = r.end


# --- hostile lexicon files (issue 14): refused with the file, the line and the problem --------


@pytest.mark.parametrize(
    "term,shown",
    [
        ("(attack|strike)", "(, ), |"),
        (r"\d+", "+, \\"),
        ("war.*", "., *"),
        ("[Tt]aiwan", "[, ]"),
        ("*war", "*"),
        ("threat?", "?"),
        ("talks...", "."),
    ],
)
def test_regex_terms_are_refused_with_their_line(tmp_path, term, shown):
    path = tmp_path / "mine.csv"
    path.write_text(f'term,category,source\nwar,threat,x\n"{term}",threat,x\n', encoding="utf-8")
    with pytest.raises(LexiconError) as info:
        framing.score_text("War.", lexicons={"threat": path})
    msg = str(info.value)
    assert msg.startswith(f"{path}, line 3: term {term!r}")
    assert "not as regular expressions" in msg
    assert all(c in msg.split(":", 2)[2] for c in shown.split(", "))


@pytest.mark.parametrize(
    "term", ["escalat*", "resum* ... talks", "may <num>", "U.S.", "don't know", "party|coalition"]
)
def test_the_special_forms_stay_legal(term):
    from framing.lexicons import check_term

    check_term(term, "x.csv, line 2")  # no error


@pytest.mark.parametrize(
    "name",
    ["words", "id", "text", "sentiment", "problem", "sentence", "start", "end", "kind", "outlet"]
    + ["threat_per_1k", "fear_share", "hedge_sentences", "actor", "cue"],
)
def test_feature_named_like_a_column_is_refused(tmp_path, name):
    path = tmp_path / "mine.csv"
    path.write_text("term,category,source\nballoon,custom,my study\n")
    with pytest.raises(LexiconError, match=f"feature name '{name}' is reserved") as info:
        framing.score_text("A balloon.", lexicons={name: path})
    assert "Reserved names: " in str(info.value) and "_per_1k" in str(info.value)


def test_reserved_names_cover_every_table_column(corpus, sentences):
    from framing.corpus import CORPUS_COLUMNS
    from framing.lexicons import RESERVED_NAMES, RESERVED_SUFFIXES

    arts = framing.score_articles(corpus, sentences=sentences)
    feats = set(sentences.attrs["lexicons"])
    # framing's own columns (the corpus also carries the user's articles.csv columns)
    cols = set(CORPUS_COLUMNS) | set(sentences.columns) | set(arts.columns)
    cols |= set(framing.evidence(corpus.head(1)).columns)
    left = {
        c for c in cols - feats if c not in RESERVED_NAMES and not c.endswith(RESERVED_SUFFIXES)
    }
    assert not left


def test_empty_term_is_refused_with_its_line(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text("term,category,source\nwar,threat,x\n,threat,x\n")
    with pytest.raises(LexiconError, match=r"mine.csv, line 3: empty term"):
        framing.score_text("War.", lexicons={"threat": path})


def test_blank_rows_are_skipped_and_lines_counted(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text("term,category,source\n,,\n\nwar,threat,x\npeace,,x\n")
    with pytest.raises(LexiconError, match=r"mine.csv, line 5: term 'peace' has no category"):
        framing.score_text("War.", lexicons={"threat": path})


def test_header_with_spaces_is_accepted(tmp_path):
    spaced = tmp_path / "spaced.csv"
    spaced.write_text("term, category, source\nballoon*, custom, my study\n")
    plain = tmp_path / "plain.csv"
    plain.write_text("term,category,source\nballoon*,custom,my study\n")
    text = "A balloon drifted. Balloons again."
    got = framing.score_text(text, lexicons={"threat": spaced})
    want = framing.score_text(text, lexicons={"threat": plain})
    assert list(got["threat"]) == list(want["threat"]) and got["threat"].sum() > 0


def test_shipped_lexicon_is_read_once_and_names_its_file():
    from framing.lexicons import shipped_lexicon

    lx = shipped_lexicon("threat", "threat")
    assert shipped_lexicon("threat", "threat") is lx
    assert lx.origin == "framing/data/threat.csv" and lx.feature == "threat"
    assert shipped_lexicon("threat", "danger").feature == "danger"
    with pytest.raises(LexiconError, match="no shipped lexicon named 'nothing'"):
        shipped_lexicon("nothing", "nothing")


def test_a_star_inside_a_multiword_term_matches_the_word_by_its_beginning():
    """``burn* down`` matches *burned down* and *burns down*: a star ends its own word
    wherever it stands, not only at the end of the term (it used to be dropped silently)."""
    from framing.lexicons import parse_lexicon

    lex = parse_lexicon(
        "term,category,source\nburn* down,destruction,test\ncontinu* engagement*,dialogue,test\n",
        "threat",
        "test.csv",
    )
    from framing.lexicons import Matcher, norm_token
    from framing.tokens import words

    found = Matcher([lex])
    for text, n in [
        ("Rioters burned down the police station.", 1),
        ("The mob burns down a shop.", 1),
        ("They burn the flag down.", 0),
        ("Continued engagements with Beijing.", 1),
        ("Continuing engagement is the aim.", 1),
    ]:
        toks = [norm_token(w) for w, _, _ in words(text)]
        assert len(found.find(None, toks, text)) == n, text


def _finder(rows: str, feature: str):
    """A lexicon of ``rows`` (CSV lines after the header) for ``feature``, and a function that
    gives the words (as matched, split on spaces) of each match in a sentence."""
    from framing.lexicons import Matcher, norm_token, parse_lexicon

    m = Matcher([parse_lexicon("term,category,source\n" + rows, feature, "test")])

    def found(sentence: str) -> list[str]:
        norms = [norm_token(w) for w in sentence.split()]
        return [" ".join(norms[x.first : x.last + 1]) for x in m.find(None, norms, sentence)]

    return found


def test_phrases_sharing_two_words_each_match_where_they_stand():
    """The matcher indexes a phrase whose third word is exact by its second and third words:
    phrases that share their first two words, a shorter phrase, a gap and a phrase ending the
    sentence are all still found, leftmost-longest, and an exclude still wins."""
    found = _finder(
        "ban on the rally,coercion,test\n"
        "ban on the march,coercion,test\n"
        "ban on,coercion,test\n"
        "ban on ... protest,coercion,test\n"
        "ban on the parade,exclude,test\n"
        "ban on them,coercion,test\n",
        "threat",
    )

    assert found("police lifted the ban on the rally today") == ["ban on the rally"]
    assert found("a ban on the march") == ["ban on the march"]
    assert found("the ban on imports") == ["ban on"]
    assert found("the ban on the") == ["ban on"]
    assert found("a ban on any street protest") == ["ban on any street protest"]
    assert found("a ban on the parade") == []
    assert found("they lifted the ban on them") == ["ban on them"]


def test_an_exclude_with_a_gap_covers_only_its_own_words():
    """An exclude says "not this sense" of the words it names: a counted word standing in its
    ``...`` gap still counts ("destroyed the bomb evidence": the records are not a threat, the
    bomb is), and one that overlaps the exclude's own words does not. It used to cancel every
    word of the gap."""
    found = _finder(
        "bomb,force,test\n"
        "destroy*,destruction,test\n"
        "destroy* ... evidence,exclude,test\n"
        "car bomb,force,test\n"
        "bomb evidence,force,test\n",
        "threat",
    )

    assert found("police destroyed the evidence") == []
    assert found("police destroyed the bomb making evidence") == ["bomb"]
    assert found("aides destroyed car bomb records and evidence") == ["car bomb"]
    # "bomb evidence" would take the exclude's own last word: the exclude wins, "bomb" is
    # left to itself (the longest entry that stays inside the gap)
    assert found("police destroyed the bomb evidence") == ["bomb"]
    assert found("rebels destroyed the bridge") == ["destroyed"]


def test_a_shorter_exclude_under_a_gapped_one_still_excludes_its_words():
    """Two excludes at one word: the longer, gapped one wins the place, and the shorter one's
    words stay excluded ("If I may, senator, I would like to": neither the wish nor "may")."""
    found = _finder(
        "may,modal,test\n"
        "if i may,exclude,test\n"
        "if ... would like,exclude,test\n"
        "possibly,probability,test\n",
        "hedge",
    )

    assert found("if i may senator i would like to ask") == []
    assert found("if they possibly would like to ask") == ["possibly"]
    assert found("if the board may agree") == ["may"]


def test_a_shipped_exclude_with_a_gap_leaves_a_threat_word_inside_it():
    df = framing.score_text("Investigators said the suspect destroyed the bomb-making evidence.")
    assert df["threat"].item() == 1
    df = framing.score_text("Investigators said the aide destroyed the evidence.")
    assert df["threat"].item() == 0


def test_alternatives_in_one_place_match_each_word_and_nothing_else():
    """``party|coalition|allian*``: one row for a family of phrases; each alternative is a word
    (or a word's beginning) in one place, wherever it stands in the term, and a sentence with
    none of them there does not match."""
    found = _finder(
        "cracks in the party|coalition|allian*,rift,test\n"
        "party|faction split*,rift,test\n"
        "war|battle,force,test\n"
        "resum* ... talks|negotiations,dialogue,test\n",
        "threat",
    )

    assert found("there are cracks in the coalition now") == ["cracks in the coalition"]
    assert found("cracks in the alliances widened") == ["cracks in the alliances"]
    assert found("cracks in the wall") == []
    assert found("a faction splits off") == ["faction splits"]
    assert found("the party splitting") == ["party splitting"]
    assert found("war and battle") == ["war", "battle"]
    assert found("a battleship sank") == []
    assert found("they resumed the stalled negotiations") == ["resumed the stalled negotiations"]


def test_alternatives_through_score_text_with_a_users_lexicon(tmp_path):
    path = tmp_path / "rifts.csv"
    path.write_text(
        "term,category,source\ncracks in the party|coalition,rift,mine\n", encoding="utf-8"
    )
    df = framing.score_text(
        "Analysts saw cracks in the coalition. The cracks in the road grew.",
        lexicons={"rift": path},
    )
    assert list(df["rift"]) == [1, 0]


@pytest.mark.parametrize(
    "term,problem",
    [
        ("party|Coalition", "lower case"),
        ("party|self-ruled", "is not one word"),
        ("war||battle", "| not allowed"),
        ("war|", "| not allowed"),
        ("(war|battle)", "(, ), | not allowed"),
        ("war|ba*", "too short"),
    ],
)
def test_malformed_alternatives_are_refused_with_their_line(tmp_path, term, problem):
    path = tmp_path / "mine.csv"
    path.write_text(f'term,category,source\nwar,threat,x\n"{term}",threat,x\n', encoding="utf-8")
    with pytest.raises(LexiconError) as info:
        framing.score_text("War.", lexicons={"threat": path})
    assert str(info.value).startswith(f"{path}, line 3: ")
    assert problem in str(info.value)


def test_alternatives_in_the_second_and_third_place_under_the_index():
    """The matcher files a term by its first words; alternatives in the second or third place
    are filed under each of their words, so each is found where it stands and nowhere else."""
    found = _finder(
        "if he|she|they would,modal,test\n"
        "would be better|worse|a,modal,test\n"
        "would be,modal,test\n",
        "hedge",
    )

    assert found("even if they would agree") == ["if they would"]
    assert found("if we would agree") == []
    assert found("it would be worse for him") == ["would be worse"]
    assert found("that would be a mistake") == ["would be a"]
    assert found("that would be fine") == ["would be"]
