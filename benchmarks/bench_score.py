"""Benchmark: framing's whole pipeline against the floor of NLTK Punkt plus VADER alone.

Builds a corpus of N articles (default 10,000) by resampling the seed corpus's body
sentences (fixed random seed), then in one run times:

1. the floor: Punkt sentence splitting and VADER on every sentence, nothing else;
2. ``framing.score_text`` on the same texts, one process;
3. ``framing.score_sentences`` on the same corpus with ``--jobs`` processes.

Reports articles per second and the ratio (2) / (1). Run from the repository root:

    .venv/bin/python benchmarks/bench_score.py [--articles 10000] [--jobs 2]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import time
from functools import lru_cache

import pandas as pd
from nltk.tokenize.punkt import PunktSentenceTokenizer
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

import framing
from framing.corpus import load_corpus
from framing.sentences import punkt_parameters


def build_corpus(n: int, seed: int = 0) -> pd.DataFrame:
    """``n`` articles of 8 to 40 seed body sentences, in paragraphs of one to four."""
    sents = framing.score_sentences(load_corpus("seeds"))
    pool = sents.loc[sents["kind"] == "body", "text"].tolist()
    rng = random.Random(seed)
    texts = []
    for _ in range(n):
        k = rng.randint(8, 40)
        chosen = [rng.choice(pool) for _ in range(k)]
        paras, i = [], 0
        while i < k:
            step = rng.randint(1, 4)
            paras.append(" ".join(chosen[i : i + step]))
            i += step
        texts.append("\n\n".join(paras))
    return pd.DataFrame(
        {
            "id": [f"b{i:06d}" for i in range(n)],
            "outlet": "bench",
            "file": "",
            "url": "",
            "headline": "",
            "published": "",
            "byline": "",
            "kind": "",
            "based_on": "",
            "raw": texts,
            "text": texts,
            "words": 0,
            "problem": "",
        }
    )


@lru_cache(maxsize=1)
def floor_tools():
    """The floor's tools as the libraries publish them: NLTK's own ``PunktSentenceTokenizer``
    with framing's abbreviations (not framing's ``MemoPunkt``) and vaderSentiment's own
    ``polarity_scores`` (not framing's faster identical one)."""
    return PunktSentenceTokenizer(punkt_parameters()), SentimentIntensityAnalyzer().polarity_scores


def floor(texts: list[str]) -> float:
    tok, polarity = floor_tools()
    t0 = time.perf_counter()
    for text in texts:
        for s, e in tok.span_tokenize(text):
            polarity(text[s:e])
    return time.perf_counter() - t0


def pipeline(texts: list[str]) -> float:
    t0 = time.perf_counter()
    for text in texts:
        framing.score_text(text)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument(
        "--ratio-articles",
        type=int,
        default=2_000,
        help="articles used for the single-process ratio (interleaved runs)",
    )
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()

    corpus = build_corpus(args.articles)
    texts = corpus["raw"].tolist()
    sub = texts[: args.ratio_articles]
    framing.score_text(sub[0])  # load lexicons and VADER before timing
    floor(sub[:1])
    fl, pl = [], []
    for _ in range(args.repeats):  # interleave so that drift hits both alike
        fl.append(floor(sub))
        pl.append(pipeline(sub))
    f_best, p_best = min(fl), min(pl)
    single = [t.split("\n\n")[0] for t in sub]  # first paragraph only: short texts
    fs, ps = [], []
    for _ in range(args.repeats):
        fs.append(floor(single))
        ps.append(pipeline(single))
    t0 = time.perf_counter()
    out = framing.score_sentences(corpus, jobs=args.jobs)
    t_all = time.perf_counter() - t0
    words = int(out["words"].sum())
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print(f"corpus: {len(corpus):,} articles, {len(out):,} sentences, {words:,} words")
    print(
        f"floor (Punkt + VADER), {len(sub):,} articles: {f_best:.2f} s "
        f"= {len(sub) / f_best:,.0f} articles/s"
    )
    print(
        f"framing.score_text, {len(sub):,} articles: {p_best:.2f} s "
        f"= {len(sub) / p_best:,.0f} articles/s"
    )
    print(f"ratio framing / floor: {p_best / f_best:.3f} (goal: at most 1.25)")
    print(
        f"short texts (each article's first paragraph, {len(single):,}): ratio "
        f"{min(ps) / min(fs):.3f}"
    )
    print(
        f"framing.score_sentences, {len(corpus):,} articles, jobs={args.jobs}: "
        f"{t_all:.1f} s = {len(corpus) / t_all:,.0f} articles/s (goal: under 60 s)"
    )


if __name__ == "__main__":
    main()
