"""Speed on real news: ``score_text`` against the floor (NLTK Punkt + VADER as published) on
articles nobody here wrote, read by path from the PolNeAR file of the evaluation folder (never
copied into the project; the benchmark says so and stops when the file is absent).

``bench_score.py`` resamples seed sentences and keeps the best of three runs of each chunk, so
framing's Punkt memo (break decisions remembered per context) is warm from the earlier runs of
the same texts. Here the memo is also measured **cold**: emptied before every timed chunk of
50 texts, so it helps only with contexts that repeat within those 50 texts, as on a stream of
news that never repeats. Run from the repository root:

    .venv/bin/python benchmarks/bench_real.py [--polnear ../shared/eval/polnear_dev.jsonl]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from importlib.metadata import version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import bench_score as bench  # noqa: E402

import framing  # noqa: E402
from framing.sentences import punkt_tokenizer  # noqa: E402


def texts_of(path: Path, n: int) -> tuple[list[str], list[str]]:
    """The first ``n`` articles' texts and each one's first paragraph of more than 15 words."""
    with path.open(encoding="utf-8") as f:
        texts = [t for t in (json.loads(line)["text"] for line in f) if t.strip()][:n]
    paragraphs = []
    for text in texts:
        long = [p for p in text.split("\n\n") if len(p.split()) > 15]
        if long:
            paragraphs.append(long[0])
    return texts, paragraphs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--polnear", type=Path, default=Path("../shared/eval/polnear_dev.jsonl"))
    ap.add_argument("--articles", type=int, default=600)
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    if not args.polnear.is_file():
        sys.exit(f"{args.polnear}: not found (the PolNeAR file of the evaluation folder)")
    bench.CLOCK[0] = time.process_time
    texts, paragraphs = texts_of(args.polnear, args.articles)
    framing.score_text(texts[0])  # lexicons and VADER loaded before timing
    bench.floor(texts[:1])
    tok = punkt_tokenizer()
    warm = bench.pipeline

    def cold(part: list[str]) -> float:
        tok.forget()
        return warm(part)

    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print(
        "versions: "
        + ", ".join(f"{m} {version(m)}" for m in ("pandas", "numpy", "nltk", "vaderSentiment"))
    )
    print(f"{len(texts)} PolNeAR articles, {len(paragraphs)} first paragraphs; process CPU time")
    for label, pipeline in (("memo warm (best of runs)", warm), ("memo cold per chunk", cold)):
        bench.pipeline = pipeline
        f, p = bench.interleaved(texts, args.repeats, 50)
        fs, ps = bench.interleaved(paragraphs, args.repeats, 50)
        print(
            f"{label}: whole articles {p / f:.3f} (goal 1.15), paragraphs {ps / fs:.3f} (goal 1.3)"
        )
    bench.pipeline = warm


if __name__ == "__main__":
    main()
