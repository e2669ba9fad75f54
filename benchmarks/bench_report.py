"""Report benchmark: ``framing figures`` on a synthetic corpus of many articles and outlets.

Builds a corpus folder of ``--articles`` articles (default 1,000) from ``--outlets`` outlets
(default 30) dated over a year, each article a resample of the seed corpus's body sentences
(nothing from the evaluation data); one article in ten is a wire copy of another article with
a few sentences changed, so the reuse figures have derived pairs. Then times
``framing.report.make_figures`` (scoring, tables, every figure, the README) once, and prints
the largest image and the files written. Run from the repository root:

    .venv/bin/python benchmarks/bench_report.py [--articles 1000] [--outlets 30]
"""

from __future__ import annotations

import argparse
import platform
import random
import sys
import tempfile
import time
import warnings
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import framing  # noqa: E402
from framing.report import make_figures  # noqa: E402


def build(folder: Path, n_articles: int, n_outlets: int, seed: int = 0) -> Path:
    """The synthetic corpus folder (``articles.csv`` and one .txt per article)."""
    rng = random.Random(seed)
    seeds = framing.score_sentences(framing.load_corpus(Path(__file__).parents[1] / "seeds"))
    body = seeds.loc[seeds["kind"] == "body", "text"].tolist()
    outlets = [
        f"Outlet {k:02d} " + rng.choice(["Daily", "News", "Times", "Wire"])
        for k in range(n_outlets)
    ]
    folder.mkdir(parents=True, exist_ok=True)
    rows, texts = [], []
    start = pd.Timestamp("2023-01-01")
    for i in range(n_articles):
        if i >= 10 and i % 10 == 0:
            # a wire copy: an earlier article with two sentences dropped and one added
            base = list(texts[rng.randrange(i)])
            del base[rng.randrange(len(base))]
            del base[rng.randrange(len(base))]
            base.insert(rng.randrange(len(base)), rng.choice(body))
            sents = base
        else:
            sents = rng.sample(body, rng.randint(8, 25))
        texts.append(sents)
        name = f"a{i:04d}.txt"
        (folder / name).write_text("\n\n".join(sents) + "\n", encoding="utf-8")
        day = start + pd.Timedelta(days=rng.randrange(365))
        rows.append(
            {
                "id": f"a{i:04d}",
                "file": name,
                "outlet": outlets[rng.randrange(n_outlets)],
                "published": str(day.date()),
                "headline": f"Story {i}",
            }
        )
    pd.DataFrame(rows).to_csv(folder / "articles.csv", index=False)
    return folder


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--outlets", type=int, default=30)
    ap.add_argument("--out", default=None, help="where to write the report (default: a temp dir)")
    args = ap.parse_args()
    from PIL import Image

    with tempfile.TemporaryDirectory() as tmp:
        corpus = build(Path(tmp) / "synthetic", args.articles, args.outlets)
        out = Path(args.out) if args.out else Path(tmp) / "figures"
        t = time.perf_counter()
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", UserWarning)
            written = make_figures(corpus, out)
        seconds = time.perf_counter() - t
        sizes = [Image.open(p).size for p in written if p.suffix == ".png"]
        biggest = max(sizes, key=max) if sizes else (0, 0)
    print(
        f"python {platform.python_version()}, pandas {pd.__version__}, "
        f"matplotlib {__import__('matplotlib').__version__}, {platform.machine()}, "
        f"{__import__('os').cpu_count()} cores"
    )
    print(f"corpus: {args.articles:,} articles, {args.outlets} outlets, one year")
    print(f"make_figures: {seconds:.1f} s, {len(written)} files, {len(sizes)} figures")
    print(f"largest image: {biggest[0]}x{biggest[1]} px; matplotlib warnings: {len(caught)}")


if __name__ == "__main__":
    main()
