"""Keyness: the words and phrases that set one outlet (or group) apart from the rest.

As quanteda's ``textstat_keyness``: for each word, a 2×2 table of its count and all other
words' count in the target and in the reference (every other unit), and a signed statistic,
chi-squared (with Yates' continuity correction by default) or the log-likelihood ratio G²
(with Williams' correction by default), positive where the target uses the word more than
the reference. Words are ``framing.tokens`` words in their matching form (``norm_token``:
lower case, possessive dropped), except initialisms (``keyness_token``: *U.S.* and *US* are
one term, ``US``, never the pronoun *us*); bigrams join adjacent words of one text. Terms without a
letter (numbers, times, ``___`` separators) are left out by default, on both sides and in the
denominators: they are layout and figures, not language. Use it to find framing language the
lexicons do not have yet.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable

import numpy as np
import pandas as pd

from .lexicons import norm_token
from .tokens import WORD

__all__ = [
    "HAS_LETTER",
    "KEYNESS_COLUMNS",
    "keyness_token",
    "keyness_from_counts",
    "keyness_statistic",
    "score_keyness",
    "term_articles",
    "term_counts",
]

KEYNESS_COLUMNS = [
    "term",
    "n_target",
    "n_reference",
    "statistic",
    "p",
    "per_1k_target",
    "per_1k_reference",
    "measure",
    "target",
    "target_words",
    "reference_words",
    "articles_target",
    "articles_reference",
]
_MEASURES = ("chi2", "lr")
#: A word with at least one letter (not a digit, not an underscore).
HAS_LETTER = re.compile(r"[^\W\d_]")
_CORRECTIONS = ("default", "yates", "williams", "none")


def keyness_statistic(
    a, b, c, d, *, measure: str = "chi2", correction: str = "default"
) -> tuple[np.ndarray, np.ndarray]:
    """Signed statistic and p-value (1 degree of freedom) for 2×2 tables: ``a`` = the word
    in the target, ``b`` = the word in the reference, ``c``/``d`` = all other words in the
    target/reference. ``correction="default"`` is Yates for chi2 and Williams for lr."""
    if measure not in _MEASURES:
        raise ValueError(f"measure must be one of {_MEASURES}, not {measure!r}")
    if correction not in _CORRECTIONS:
        raise ValueError(f"correction must be one of {_CORRECTIONS}, not {correction!r}")
    a, b, c, d = (np.asarray(x, dtype=float) for x in (a, b, c, d))
    n = a + b + c + d
    r1, r2, k1, k2 = a + b, c + d, a + c, b + d
    expected_a = r1 * k1 / n
    if correction == "default":
        correction = "yates" if measure == "chi2" else "williams"
    with np.errstate(divide="ignore", invalid="ignore"):
        if measure == "chi2":
            diff = np.abs(a * d - b * c)
            if correction == "yates":
                diff = np.maximum(0.0, diff - n / 2.0)
            stat = n * diff**2 / (r1 * r2 * k1 * k2)
        else:
            obs = np.stack([a, b, c, d])
            exp = np.stack([r1 * k1, r1 * k2, r2 * k1, r2 * k2]) / n
            if correction == "yates":
                obs = obs + np.where(obs > exp, -0.5, 0.5) * (np.abs(obs - exp) >= 0.5)
            terms = np.where(obs > 0, obs * np.log(obs / exp), 0.0)
            stat = 2.0 * terms.sum(axis=0)
            if correction == "williams":
                q = 1 + (n / r1 + n / r2 - 1) * (n / k1 + n / k2 - 1) / (6 * n)
                stat = stat / q
    stat = np.nan_to_num(stat, nan=0.0)
    p = np.array([math.erfc(math.sqrt(max(x, 0.0) / 2.0)) for x in np.atleast_1d(stat)])
    sign = np.where(a >= expected_a, 1.0, -1.0)
    return sign * stat, p.reshape(np.shape(stat))


_INITIALISM = re.compile(r"(?:[A-Z]\.)+[A-Z]|[A-Z]{2,5}")


def keyness_token(word: str) -> str:
    """The form a word is counted in: ``norm_token`` (lower case, possessive dropped), but an
    initialism keeps its capitals without dots (*U.S.*, *US* and *US's* are all ``US``; *UN*
    is not *un*), so an acronym is never merged with the lower-case word it spells. In a text
    written all in capitals every word is lower-cased instead."""
    bare = word[:-2] if word.endswith(("'s", "’s")) else word
    if _INITIALISM.fullmatch(bare):
        return bare.replace(".", "")
    return norm_token(word)


def _grams(text: str, n: int, letters: bool) -> list[str]:
    # a text in capitals (a shouted headline) has no initialisms to tell apart
    form = keyness_token if any(c.islower() for c in text) else norm_token
    toks = [form(w) for w in WORD.findall(text)]
    ok = [not letters or HAS_LETTER.search(t) is not None for t in toks]
    return [" ".join(toks[i : i + n]) for i in range(len(toks) - n + 1) if all(ok[i : i + n])]


def term_counts(
    texts: Iterable[str], ngrams: tuple[int, ...] = (1,), *, letters: bool = True
) -> Counter:
    """How often each term (word, or n-gram of adjacent words of one text) occurs in
    ``texts``: what ``score_keyness`` compares. Counts of parts of a corpus add up to the
    whole corpus's counts, so they can be gathered chunk by chunk. With ``letters``, an
    n-gram whose words do not all hold a letter is not counted (nor bridged)."""
    counts: Counter = Counter()
    for text in texts:
        for n in ngrams:
            counts.update(_grams(text, n, letters))
    return counts


def term_articles(texts: Iterable[str], ids: Iterable, n: int = 1, *, letters: bool = True):
    """In how many articles (distinct ``ids``, one per text) each term occurs."""
    seen: dict = {}
    for text, i in zip(texts, ids):
        seen.setdefault(i, set()).update(_grams(text, n, letters))
    out: Counter = Counter()
    for grams in seen.values():
        out.update(grams)
    return out


def score_keyness(
    data: pd.DataFrame,
    *,
    target: str | Iterable[str],
    by: str = "outlet",
    measure: str = "chi2",
    correction: str = "default",
    ngrams: int | Iterable[int] = 1,
    min_count: int = 5,
    letters: bool = True,
    text_column: str = "text",
) -> pd.DataFrame:
    """Keyness of every word (and, with ``ngrams=(1, 2)``, bigram) of ``target`` against
    the rest, sorted from most over-used in the target to most under-used.

    ``data`` is a sentence table (``score_sentences``) or a corpus (``load_corpus``): any
    table with a ``text_column`` and a ``by`` column; ``target`` is one value of ``by`` or
    several (pooled). Terms seen fewer than ``min_count`` times on both sides together are
    left out, and so, with ``letters=True``, are terms with a word without a letter
    (``2016``, ``10:30``, ``___``: layout and figures), on both sides and in the
    denominators. Columns: term, ``n_target``, ``n_reference`` (counts), ``statistic``
    (signed chi2 or G²), ``p`` (1 degree of freedom, uncorrected for the number of terms),
    ``per_1k_target``/``per_1k_reference``, measure, target, and the denominators
    ``target_words``/``reference_words`` (all counted terms of that length on each side);
    with an ``id`` column (an article's id), ``articles_target``/``articles_reference``: the
    number of articles on each side the term occurs in, so that a word of one story (seven
    uses in one article) can be told from an outlet's habit (empty without ``id``).
    """
    if not isinstance(data, pd.DataFrame):
        raise TypeError(f"expected a sentence table or corpus, got {type(data).__name__}")
    for col in (text_column, by):
        if col not in data:
            raise ValueError(f"the table has no {col!r} column")
    targets = [target] if isinstance(target, str) else [str(t) for t in target]
    units = data[by].astype(str)
    missing = sorted(set(targets) - set(units))
    if missing:
        raise ValueError(f"target {missing} not in column {by!r}; found {sorted(set(units))}")
    in_target = units.isin(targets).to_numpy()
    if in_target.all():
        raise ValueError("the target is the whole table: there is no reference to compare with")
    grams = (ngrams,) if isinstance(ngrams, int) else tuple(ngrams)
    texts = data[text_column].fillna("").astype(str)
    rows = []
    has_ids = "id" in data
    ids = data["id"].astype(str).to_numpy() if has_ids else None
    for n in grams:
        tc = term_counts(texts[in_target], (n,), letters=letters)
        rc = term_counts(texts[~in_target], (n,), letters=letters)
        ta = ra = None
        if has_ids:
            ta = term_articles(texts[in_target], ids[in_target], n, letters=letters)
            ra = term_articles(texts[~in_target], ids[~in_target], n, letters=letters)
        rows += _rows(tc, rc, "+".join(targets), measure, correction, min_count, ta, ra)
    return _frame(rows, by, targets, measure, min_count)


def keyness_from_counts(
    target_counts: Counter,
    reference_counts: Counter,
    *,
    target: str,
    by: str = "outlet",
    measure: str = "chi2",
    correction: str = "default",
    min_count: int = 5,
    target_articles: Counter | None = None,
    reference_articles: Counter | None = None,
) -> pd.DataFrame:
    """``score_keyness``'s table from term counts (``term_counts``) of the target and of the
    reference, for a corpus gathered chunk by chunk: the same rows as ``score_keyness`` on
    the texts counted (one n-gram length)."""
    rows = _rows(
        target_counts,
        reference_counts,
        target,
        measure,
        correction,
        min_count,
        target_articles,
        reference_articles,
    )
    return _frame(rows, by, [target], measure, min_count)


def _rows(
    tc: Counter, rc: Counter, target: str, measure, correction, min_count, ta=None, ra=None
) -> list[dict]:
    rows = []
    tw, rw = sum(tc.values()), sum(rc.values())
    terms = sorted(t for t in set(tc) | set(rc) if tc[t] + rc[t] >= min_count)
    a = np.array([tc[t] for t in terms], dtype=float)
    b = np.array([rc[t] for t in terms], dtype=float)
    stat, p = keyness_statistic(a, b, tw - a, rw - b, measure=measure, correction=correction)
    for k, term in enumerate(terms):
        rows.append(
            {
                "term": term,
                "n_target": int(a[k]),
                "n_reference": int(b[k]),
                "statistic": float(stat[k]),
                "p": float(p[k]),
                "per_1k_target": a[k] / tw * 1000 if tw else np.nan,
                "per_1k_reference": b[k] / rw * 1000 if rw else np.nan,
                "measure": measure,
                "target": target,
                "target_words": tw,
                "reference_words": rw,
                "articles_target": ta[term] if ta is not None else pd.NA,
                "articles_reference": ra[term] if ra is not None else pd.NA,
            }
        )
    return rows


def _frame(rows: list[dict], by: str, targets: list[str], measure, min_count) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=KEYNESS_COLUMNS)
    df = df.sort_values(["statistic", "term"], ascending=[False, True], kind="stable")
    for c in ("n_target", "n_reference", "target_words", "reference_words"):
        df[c] = df[c].astype("int64")
    for c in ("articles_target", "articles_reference"):
        df[c] = df[c].astype("Int64")
    df = df.reset_index(drop=True)
    df.attrs = {"by": by, "target": targets, "measure": measure, "min_count": min_count}
    return df
