"""Site chrome that keyness would otherwise surface as an outlet's "language": separators,
live-blog time stamps, agency picture credits, embedded posts, follow-us lines, style-sheet
residue, comment widgets and labels. Each class is removed by a rule of
framing/data/chrome.toml (listed by ``framing.chrome``, never lost), and prose that merely
mentions the same words stays.
"""

import os
from collections import Counter
from pathlib import Path

import pytest

import framing
from framing.corpus import chrome_rules, structure
from framing.keyness import HAS_LETTER, score_keyness
from framing.lexicons import norm_token
from framing.tokens import WORD
from tests.conftest import ROOT

#: The rules added for real coverage; the seeds' chrome predates them.
NEW_RULES = (
    "no_letters",
    "time_stamp",
    "agency_credit",
    "embedded_post",
    "social_follow",
    "css_residue",
    "comment_widget",
)

CHROME = {
    "no_letters": ["___.", "* * *", "—", "12", "}."],
    "time_stamp": ["6:01 p.m.", "4:40 p.m.:", "11 a.m.", "10:57 PM ET"],
    "agency_credit": [
        "Getty.",
        "Jane Doe via Getty Images.",
        "John Roe/Reuters.",
        "AP Photo/Jane Doe",
        "Getty/Instagram.",
    ],
    "embedded_post": [
        '<tweet id="1" author="@someone" datetime="2016-01-02">We will win.</tweet>.',
        '<tweet tweet-id="667366217527767040"><tweet/>.',
        "— Jane Doe (@janedoe) January 20, 2016",
        "pic.twitter.com/AbCdEf",
    ],
    "social_follow": [
        "Follow Jane Doe on Twitter @janedoe.",
        "Follow us on Facebook",
        "Twitter: @janedoe.",
    ],
    "css_residue": [".image-wrap img {", "width:100%;", "text-align: left;"],
    "comment_widget": ["34 postsGet LivefyreFAQSign in", "Jane DoeFlagShareLikeReplyJohn Roe"],
    "section_label": ["ABSTRACT.", "FULL TEXT.", "CORRECTION:", "WHAT’S NEXT."],
}

PROSE = [
    "The polls close at 8 p.m. on Tuesday, officials said.",
    "Getty Images said on Monday it would cut 100 jobs.",
    "Follow the money, she told reporters on Twitter.",
    "The senator wrote on Twitter: we will not back down.",
    "In 2016, turnout rose by 12 percent.",
    "NATO allies met in Brussels.",
    "He shared the photo with 4,000 followers.",
]


def rule_of(line: str) -> str | None:
    _, _, removed = structure(f"A headline\n\n{line}\n\nThe article says something here.")
    return removed[0]["rule"] if removed else None


@pytest.mark.parametrize("rule,line", [(r, x) for r, lines in CHROME.items() for x in lines])
def test_chrome_class_is_removed_by_its_rule(rule, line):
    assert rule_of(line) == rule


@pytest.mark.parametrize("line", PROSE)
def test_prose_with_the_same_words_stays(line):
    assert rule_of(line) is None


def test_every_rule_says_what_it_is_and_where_it_comes_from():
    import tomllib
    from importlib import resources

    with resources.files("framing").joinpath("data/chrome.toml").open("rb") as fh:
        rows = tomllib.load(fh)["rule"]
    assert [r["rule"] for r in rows] == [r.rule for r in chrome_rules()]
    for row in rows:
        assert row["description"].strip(), row["rule"]
        if row["rule"] in NEW_RULES:
            assert row["source"].strip(), row["rule"]


def test_the_seeds_lose_no_line_to_the_new_rules(corpus):
    removed = framing.chrome(corpus)
    assert not set(removed["rule"]) & set(NEW_RULES)


# --- on real coverage (PolNeAR, read by path; skipped when absent) ---------------------------


def _polnear() -> Path:
    """``$FRAMING_EVAL``, or ``../shared/eval/`` beside the repository (or beside the folder
    of worktrees that holds it)."""
    env = os.environ.get("FRAMING_EVAL")
    beside = [ROOT.parent / "shared" / "eval", ROOT.parent.parent / "shared" / "eval"]
    for folder in [Path(env)] if env else beside:
        if (folder / "polnear_dev.jsonl").exists():
            return folder / "polnear_dev.jsonl"
    return beside[0] / "polnear_dev.jsonl"


POLNEAR = _polnear()
#: Words of embedded tweets' markup, comment widgets and picture credits: never language.
MARKUP_WORDS = {"getty", "tweet_id", "timestamp", "datetime", "livefyre"}


@pytest.mark.skipif(not POLNEAR.exists(), reason="PolNeAR file not present")
def test_polnear_keyness_is_free_of_chrome():
    """No outlet's 30 most key words hold markup or credit words (of embedded tweets, comment
    widgets, picture credits), a word without a letter, or a word whose uses in the outlet's
    raw text are mostly in the lines the rules removed."""
    corpus = framing.load_corpus(POLNEAR, columns={"headline": "title"})
    removed = framing.chrome(corpus)
    assert set(NEW_RULES) <= set(removed["rule"])  # every class occurs in real coverage
    for outlet, articles in corpus.groupby("outlet"):
        raw = Counter(norm_token(w) for t in articles["raw"] for w in WORD.findall(t))
        gone = Counter(
            norm_token(w)
            for t in removed.loc[removed["outlet"] == outlet, "text"]
            for w in WORD.findall(t)
        )
        chrome_words = {w for w, n in gone.items() if n >= 5 and n >= raw[w] / 2}
        top = score_keyness(corpus, target=outlet).head(30)
        assert not (chrome_words | MARKUP_WORDS) & set(top["term"]), outlet
        assert all(HAS_LETTER.search(t) for t in top["term"]), outlet
