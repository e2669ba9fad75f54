"""Reuse benchmark: how ``framing.score_reuse`` scales, against scoring the same corpus.

Builds a synthetic corpus of ``--articles`` articles in stories of ten: each story has a base
text of 25 sentences and ten rewrites, each keeping 60% of the base sentences with 15% of
their words replaced and adding ten sentences of its own (words drawn from the seed and PLOVER
vocabulary, with a fixed seed). That is far more reuse than a real corpus has, so it is a hard
case for the index. Reports, for each corpus size: seconds for ``score_sentences`` (the floor
every analysis pays) and for ``score_reuse`` on its output, their ratio, and articles per
second; and the index's work: candidate article pairs against all pairs, and sentence pairs
compared against all cross-article sentence pairs. Run from the repository root:

    .venv/bin/python benchmarks/bench_reuse.py [--articles 1000 5000]
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import re
import time
from pathlib import Path

import pandas as pd

import framing
from framing.reuse.alignment import PARAPHRASED, pair_similarities, similarity
from framing.reuse.index import candidate_pairs
from framing.reuse.profiles import ProfileTable
from framing.reuse.tables import prepare_sentences

ROOT = Path(__file__).resolve().parent.parent


def vocabulary() -> list[str]:
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    text += " ".join(
        json.loads(line)["text"]
        for line in (ROOT / "eval" / "plover_dev.jsonl").read_text().splitlines()
    )
    return sorted(set(re.findall(r"[A-Za-z]{3,}", text)))


def corpus(n_articles: int, seed: int = 7) -> pd.DataFrame:
    rng = random.Random(seed)
    vocab = vocabulary()

    def sentence() -> list[str]:
        return [rng.choice(vocab) for _ in range(rng.randint(12, 28))]

    rows = []
    for story in range(max(1, n_articles // 10)):
        base = [sentence() for _ in range(25)]
        for k in range(10):
            kept = [s for s in base if rng.random() < 0.6]
            kept = [[w if rng.random() > 0.15 else rng.choice(vocab) for w in s] for s in kept]
            own = [sentence() for _ in range(10)]
            body = kept + own
            rng.shuffle(body)
            text = " ".join(" ".join(s).capitalize() + "." for s in body)
            rows.append({"id": f"{story:05d}-{k}", "outlet": f"outlet {k}", "raw": text})
    out = pd.DataFrame(rows[:n_articles])
    for c in ("file", "url", "headline", "published", "byline", "kind", "based_on", "problem"):
        out[c] = ""
    out["text"] = out["raw"]
    out["words"] = 0
    return out


def run(n: int) -> dict:
    docs = corpus(n)
    t = time.perf_counter()
    sents = framing.score_sentences(docs)
    scoring = time.perf_counter() - t
    t = time.perf_counter()
    pairs = framing.score_reuse(docs, sentences=sents)
    reusing = time.perf_counter() - t
    table = ProfileTable(prepare_sentences(docs, sentences=sents))
    candidates = candidate_pairs(table, accept=lambda i, j: similarity(table, i, j) >= PARAPHRASED)
    compared = sum(len(pair_similarities(table, a, b)) for a, b in candidates)
    sizes = sents.groupby("id").size()
    every = (sizes.sum() ** 2 - (sizes**2).sum()) // 2
    return {
        "articles": n,
        "sentences": len(sents),
        "score_sentences_s": round(scoring, 2),
        "score_reuse_s": round(reusing, 2),
        "reuse_over_scoring": round(reusing / scoring, 2),
        "reuse_articles_per_s": round(n / reusing, 1),
        "article_pairs_found": len(pairs),
        "candidate_article_pairs": len(candidates),
        "all_article_pairs": n * (n - 1) // 2,
        "sentence_pairs_compared": compared,
        "all_cross_article_sentence_pairs": int(every),
        "share_of_sentence_pairs_compared": round(compared / every, 5),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, nargs="+", default=[1000, 5000])
    args = ap.parse_args()
    print(f"# {platform.python_implementation()} {platform.python_version()}, {platform.machine()}")
    for n in args.articles:
        print(json.dumps(run(n)))


if __name__ == "__main__":
    main()
