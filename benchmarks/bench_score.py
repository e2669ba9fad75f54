"""Benchmark: framing's whole pipeline against the floor of NLTK Punkt plus VADER alone.

Builds a corpus of N articles (default 10,000) by resampling the seed corpus's body
sentences (fixed random seed), then in one run times:

1. the floor: NLTK's Punkt sentence splitting and vaderSentiment on every sentence, nothing
   else, both as the libraries publish them;
2. ``framing.score_text`` on the same texts, one process;
3. ``framing.score_sentences`` on the same corpus with ``--jobs`` processes (``--jobs 0``
   skips it).

Reports articles per second and the ratio (2) / (1) on whole articles and on one-paragraph
texts, interleaved chunk by chunk (``interleaved``), and the whole-article ratio again with
framing's Punkt memo off: the corpus resamples seed sentences, so the same break contexts
come back far more often than in real news and the memo answers nearly always; the second
ratio is what text whose contexts never repeat would cost. Run from the repository root:

    .venv/bin/python benchmarks/bench_score.py [--articles 10000] [--jobs 2]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import time
from contextlib import contextmanager
from functools import lru_cache
from importlib.metadata import version

import pandas as pd
from nltk.tokenize.punkt import PunktSentenceTokenizer
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

import framing
from framing.corpus import load_corpus
from framing.sentences import punkt_parameters, punkt_tokenizer

#: The clock the ratios are timed with: wall time (``perf_counter``) by default, or the
#: process's CPU time (``--clock cpu``), which a machine loaded by other work disturbs less.
CLOCK = [time.perf_counter]


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
    t0 = CLOCK[0]()
    for text in texts:
        for s, e in tok.span_tokenize(text):
            polarity(text[s:e])
    return CLOCK[0]() - t0


def pipeline(texts: list[str]) -> float:
    t0 = CLOCK[0]()
    for text in texts:
        framing.score_text(text)
    return CLOCK[0]() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument(
        "--ratio-articles",
        type=int,
        default=2_000,
        help="articles used for the single-process ratio (interleaved runs)",
    )
    ap.add_argument(
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        help="processes for the whole-corpus run (0: skip it)",
    )
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--clock", choices=("wall", "cpu"), default="wall", help="time the ratios by")
    ap.add_argument("--chunk", type=int, default=50, help="texts per interleaved chunk")
    args = ap.parse_args()
    CLOCK[0] = time.process_time if args.clock == "cpu" else time.perf_counter

    corpus = build_corpus(args.articles)
    texts = corpus["raw"].tolist()
    sub = texts[: args.ratio_articles]
    single = [t.split("\n\n")[0] for t in sub]  # first paragraph only: short texts
    framing.score_text(sub[0])  # load lexicons and VADER before timing
    floor(sub[:1])
    f_best, p_best = interleaved(sub, args.repeats, args.chunk)
    fs, ps = interleaved(single, args.repeats, args.chunk)
    with memo_off():
        f_off, p_off = interleaved(sub, args.repeats, args.chunk)
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print(
        "versions: "
        + ", ".join(f"{m} {version(m)}" for m in ("pandas", "numpy", "nltk", "vaderSentiment"))
    )
    print(
        f"interleaved: {args.repeats} runs of each chunk of {args.chunk} texts, best kept; "
        f"clock: {'process CPU time' if args.clock == 'cpu' else 'wall time'}"
    )
    print(
        f"floor (Punkt + VADER), {len(sub):,} articles: {f_best:.2f} s "
        f"= {len(sub) / f_best:,.0f} articles/s"
    )
    print(
        f"framing.score_text, {len(sub):,} articles: {p_best:.2f} s "
        f"= {len(sub) / p_best:,.0f} articles/s"
    )
    print(f"ratio framing / floor: {p_best / f_best:.3f} (goal: at most 1.15)")
    print(
        f"short texts (each article's first paragraph, {len(single):,}): ratio "
        f"{ps / fs:.3f} (goal: at most 1.3)"
    )
    print(
        f"whole articles with framing's Punkt memo off (every break decided afresh, as on "
        f"text whose contexts never repeat): ratio {p_off / f_off:.3f}"
    )
    if args.jobs < 1:
        return
    t0 = time.perf_counter()
    out = framing.score_sentences(corpus, jobs=args.jobs)
    t_all = time.perf_counter() - t0
    words = int(out["words"].sum())
    print(f"corpus: {len(corpus):,} articles, {len(out):,} sentences, {words:,} words")
    print(
        f"framing.score_sentences, {len(corpus):,} articles, jobs={args.jobs}: "
        f"{t_all:.1f} s = {len(corpus) / t_all:,.0f} articles/s (goal: under 60 s)"
    )


def interleaved(texts: list[str], repeats: int, chunk: int) -> tuple[float, float]:
    """Floor and framing times for ``texts``, interleaved finely so that the load of a
    shared machine hits both alike: each chunk of ``chunk`` texts is timed ``repeats``
    times for each, alternating, and the best time of every chunk is summed."""
    f_total = p_total = 0.0
    for k in range(0, len(texts), chunk):
        part = texts[k : k + chunk]
        fl, pl = [], []
        for _ in range(repeats):
            fl.append(floor(part))
            pl.append(pipeline(part))
        f_total += min(fl)
        p_total += min(pl)
    return f_total, p_total


@contextmanager
def memo_off():
    """framing's ``MemoPunkt`` deciding every candidate break afresh (``MemoPunkt.decide``,
    no memo), as on text whose contexts never repeat."""
    tok = punkt_tokenizer()
    tok.text_contains_sentbreak = tok.decide
    try:
        yield
    finally:
        del tok.text_contains_sentbreak


if __name__ == "__main__":
    main()
