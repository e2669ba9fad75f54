"""framing.keyness: a hand-computed 2×2 table, signs, sorting and errors."""

import math

import numpy as np
import pandas as pd
import pytest

from framing.keyness import HAS_LETTER, keyness_statistic, score_keyness, term_counts
from framing.lexicons import norm_token
from framing.tokens import WORD


def table():
    # target: 10 words, "war" 3 times; reference: 20 words, "war" once
    target = "war war war a b c d e f g"
    reference = "war " + " ".join(f"w{i}" for i in range(19))
    return pd.DataFrame({"outlet": ["T", "R"], "text": [target, reference]})


# the 2x2 table of "war": a, b (the word), c, d (all other words), N
A, B, C, D = 3, 1, 7, 19
N = A + B + C + D


def test_chi2_with_and_without_yates_by_hand():
    k = score_keyness(table(), target="T", min_count=1, correction="none").set_index("term")
    # chi2 = N (ad - bc)^2 / ((a+b)(c+d)(a+c)(b+d)) = 30 * 50^2 / (4 * 26 * 10 * 20)
    plain = N * (A * D - B * C) ** 2 / ((A + B) * (C + D) * (A + C) * (B + D))
    assert k.loc["war", "statistic"] == pytest.approx(plain) == pytest.approx(3.6057692)
    assert (k.loc["war", "n_target"], k.loc["war", "n_reference"]) == (A, B)
    assert k.loc["war", "p"] == pytest.approx(math.erfc(math.sqrt(plain / 2)))
    yates = score_keyness(table(), target="T", min_count=1).set_index("term")
    # Yates: |ad - bc| - N/2 = 50 - 15 = 35
    assert yates.loc["war", "statistic"] == pytest.approx(N * 35**2 / (4 * 26 * 10 * 20))
    assert (k.loc["war", "target_words"], k.loc["war", "reference_words"]) == (10, 20)
    assert k.loc["war", "per_1k_target"] == pytest.approx(300.0)


def test_log_likelihood_by_hand():
    k = score_keyness(table(), target="T", min_count=1, measure="lr", correction="none")
    g2 = 0.0
    for o, e in [
        (A, (A + B) * (A + C) / N),
        (B, (A + B) * (B + D) / N),
        (C, (C + D) * (A + C) / N),
        (D, (C + D) * (B + D) / N),
    ]:
        g2 += o * math.log(o / e)
    assert k.set_index("term").loc["war", "statistic"] == pytest.approx(2 * g2)
    williams = score_keyness(table(), target="T", min_count=1, measure="lr")
    assert 0 < williams.set_index("term").loc["war", "statistic"] < 2 * g2


def test_p_value_against_scipy():
    stats = pytest.importorskip("scipy.stats")
    s, p = keyness_statistic([3, 10], [1, 40], [7, 90], [19, 60], correction="none")
    assert np.allclose(p, stats.chi2.sf(np.abs(s), 1))


def test_sign_and_order():
    k = score_keyness(table(), target="T", min_count=1, correction="none")
    assert k["statistic"].is_monotonic_decreasing
    assert k.iloc[0]["term"] == "war"  # the target's most over-used word
    under = k[k["term"] == "w0"].iloc[0]  # only in the reference
    assert under["statistic"] < 0 and under["n_target"] == 0
    # the reference as target mirrors the table
    r = score_keyness(table(), target="R", min_count=1).set_index("term")
    assert r.loc["war", "statistic"] < 0


def test_bigrams_and_min_count():
    df = pd.DataFrame(
        {"outlet": ["T", "T", "R"], "text": ["red line red line", "red line", "blue line"]}
    )
    k = score_keyness(df, target="T", ngrams=(1, 2), min_count=2).set_index("term")
    assert k.loc["red line", "n_target"] == 3 and k.loc["red line", "n_reference"] == 0
    assert "blue" not in k.index  # seen once
    assert k.loc["line", "n_reference"] == 1


def test_errors():
    with pytest.raises(ValueError, match="not in column 'outlet'"):
        score_keyness(table(), target="X")
    with pytest.raises(ValueError, match="no reference"):
        score_keyness(table(), target=["T", "R"])
    with pytest.raises(ValueError, match="measure"):
        score_keyness(table(), target="T", measure="pmi")


def test_on_seed_sentences(sentences):
    k = score_keyness(sentences, target="Breitbart News (AFP wire)", min_count=3)
    assert len(k) and (k["n_target"] + k["n_reference"] >= 3).all()
    mine = sentences.loc[sentences.outlet == "Breitbart News (AFP wire)"]
    # the denominator: the outlet's words that hold a letter (numbers are not counted)
    toks = [w for t in mine["text"] for w in WORD.findall(t)]
    with_letter = [w for w in toks if HAS_LETTER.search(norm_token(w))]
    assert len(with_letter) < len(toks) <= int(mine["words"].sum())
    assert k["target_words"].iloc[0] == len(with_letter)
    everything = score_keyness(sentences, target="Breitbart News (AFP wire)", letters=False)
    assert everything["target_words"].iloc[0] == len(toks)


def test_terms_without_letters_are_left_out():
    # a live blog's time stamps and separators, and the same words in prose
    df = pd.DataFrame(
        {
            "outlet": ["T", "T", "R"],
            "text": [
                "9:05 p.m. ___ Trump won 2016 ___",
                "10:30 ___ Trump spoke",
                "Clinton won in 2016 and Trump spoke",
            ],
        }
    )
    k = score_keyness(df, target="T", ngrams=(1, 2), min_count=1)
    assert not {"9:05", "10:30", "___", "2016", "won 2016", "___ trump"} & set(k["term"])
    # an n-gram never bridges a skipped word: "p.m. trump" is not a bigram here
    assert "p.m trump" not in set(k["term"]) and "trump won" in set(k["term"])
    uni = k[~k["term"].str.contains(" ")]
    assert uni["target_words"].iloc[0] == sum(
        bool(HAS_LETTER.search(w)) for t in df["text"][:2] for w in WORD.findall(t)
    )
    k_all = score_keyness(df, target="T", min_count=1, letters=False)
    assert {"___", "2016"} <= set(k_all["term"])


def test_article_spread_tells_one_story_from_a_habit():
    # "tulsa" seven times in one article of T; "misogynist" once in each of three articles
    df = pd.DataFrame(
        {
            "id": ["t1", "t1", "t2", "t3", "r1", "r2"],
            "outlet": ["T", "T", "T", "T", "R", "R"],
            "text": [
                "tulsa tulsa tulsa tulsa misogynist",
                "tulsa tulsa tulsa",
                "the misogynist said",
                "a misogynist again",
                "the mayor of tulsa spoke",
                "the council met",
            ],
        }
    )
    k = score_keyness(df, target="T", min_count=1).set_index("term")
    # counted from the table: the distinct ids of T's rows whose text holds the word
    for term in ("tulsa", "misogynist", "the"):
        for side, rows in (("target", df.outlet == "T"), ("reference", df.outlet == "R")):
            ids = {i for i, t in zip(df.id[rows], df.text[rows]) if term in t.split()}
            assert k.loc[term, f"articles_{side}"] == len(ids), (term, side)
    assert k.loc["tulsa", "n_target"] == 7 and k.loc["tulsa", "articles_target"] == 1
    # without an id column the spread is unknown, not zero
    k2 = score_keyness(df.drop(columns="id"), target="T", min_count=1)
    assert k2["articles_target"].isna().all()


def test_initialisms_are_one_term_and_never_the_pronoun():
    """*U.S.* and *US* are one term; the pronoun *us* stays apart; a headline in capitals has
    no initialisms to tell apart."""
    counts = term_counts(
        [
            "The U.S. and the US Navy told us that U.S. officials met UN envoys.",
            "Let us hope the UN helps.",
            "US WARNS CHINA",
        ]
    )
    assert counts["US"] == 3 and counts["us"] == 3 and "u.s" not in counts
    assert counts["UN"] == 2 and counts["warns"] == 1 and "WARNS" not in counts
