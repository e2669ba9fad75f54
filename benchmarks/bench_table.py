"""Timing: the sentence table built through pandas internals versus the public constructor.

``features.sentence_frame`` builds its table from 2-D blocks handed to pandas' block manager
to skip dtype inference; ``features.public_frame`` builds the same frame with
``pd.DataFrame``. This script measures what the fast path saves, for a one-paragraph text, a
whole seed article and the seed corpus, beside the time ``score_text`` takes for the same text,
so the saving reads as a share of the work. Not a test; run from the repository root:

    .venv/bin/python benchmarks/bench_table.py
"""

from __future__ import annotations

import timeit

import numpy as np
import pandas as pd

import framing
from framing import features
from framing.corpus import load_corpus


def case(name: str, text: str, repeat: int) -> None:
    matcher = features.matcher_for(None)
    feats = features.counted_features(matcher)
    spans = framing.split_sentences(text)
    cols, _ = features._analyse(text, spans, matcher, want_evidence=False)
    pd.testing.assert_frame_equal(
        features.sentence_frame(cols, feats), features.public_frame(cols, feats)
    )

    def per_call(fn) -> float:
        return min(timeit.repeat(fn, number=repeat, repeat=5)) / repeat * 1e6

    old = per_call(lambda: features.sentence_frame(cols, feats))
    new = per_call(lambda: features.public_frame(cols, feats))
    whole = per_call(lambda: framing.score_text(text))
    print(
        f"{name:<14} {len(spans):>5} sentences  blocks {old:8.0f} µs  public {new:8.0f} µs  "
        f"difference {new - old:7.0f} µs = {100 * (new - old) / whole:5.1f}% "
        f"of score_text ({whole:8.0f} µs)"
    )


def main() -> None:
    corpus = load_corpus("seeds")
    article = max(corpus["text"], key=len)
    paragraph = "Beijing has labeled the leading candidate a “severe danger.” Peace may follow."
    print(f"pandas {pd.__version__}, numpy {np.__version__}")
    case("one paragraph", paragraph, 200)
    case("one article", article, 20)
    case("seed corpus", "\n\n".join(corpus["text"]), 5)


if __name__ == "__main__":
    main()
