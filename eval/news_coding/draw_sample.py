"""Draw the PolNeAR sentences of ``eval/polnear_codes.csv`` (issue 13), as they were drawn.

Nine rounds, each from every body and standfirst sentence of the 921 articles as
``framing.score_text`` segmented them at the time, pooled in file order:

- round 1 (segmentation of commit e3e5edb): 400 drawn with ``random.Random(20261127).sample``,
  shuffled with the same generator (sid n001...n400), coded by coder1 and coder2;
- round 2 (segmentation of commit e19c40e): the pool without round 1's sentences (those
  coder1 coded in the codes file), 1,600 drawn and shuffled with ``random.Random(20261128)``
  (sid m0001...m1600), m0001-m0800 coded by coder3 and coder4, m0801-m1600 by coder5 and coder6;
- round 3 (segmentation of commit 2fb8f20): the pool without the sentences of rounds 1 and 2
  (those any coder coded in the codes file), 1,200 drawn and shuffled with
  ``random.Random(20261129)`` (sid r0001...r1200), r0001-r0600 coded by coder7 and coder8,
  r0601-r1200 by coder9 and coder10. Drawn before any rule was changed for it, as a fresh test
  set: the sentences of rounds 1 and 2 had all been read by then.
- round 4 (segmentation of commit 55b3187): the pool without the sentences of rounds 1 to 3,
  1,200 drawn and shuffled with ``random.Random(20261130)`` (sid s0001...s1200), s0001-s0600
  coded by coder11 and coder12, s0601-s1200 by coder13 and coder14. Drawn before the eighth
  round changed any rule, as the fresh test once round 3 had been read.
- round 5 (segmentation of commit 2f51bb0): the pool without the sentences of rounds 1 to 4,
  1,200 drawn and shuffled with ``random.Random(20261201)`` (sid t0001...t1200), t0001-t0600
  coded by coder15 and coder16, t0601-t1200 by coder17 and coder18. Drawn before the ninth
  round changed any rule, as the fresh test once round 4 had been read.
- round 6 (segmentation of commit 961e075): the pool without the sentences of rounds 1 to 5,
  1,200 drawn and shuffled with ``random.Random(20261202)`` (sid u0001...u1200), u0001-u0600
  coded by coder19 and coder20, u0601-u1200 by coder21 and coder22. Drawn before the tenth
  round changed any rule, as the fresh test once round 5 had been read.
- round 7 (segmentation of commit 11750d4): the pool without the sentences of rounds 1 to 6,
  1,200 drawn and shuffled with ``random.Random(20261203)`` (sid v0001...v1200), v0001-v0600
  coded by coder23 and coder24, v0601-v1200 by coder25 and coder26. Drawn before the eleventh
  round changed any rule, as the fresh test once round 6 had been read; its adjudicator also
  checked the codes both coders agreed on against the earlier rulings.
- round 8 (segmentation of commit 7f71bad): the pool without the sentences of rounds 1 to 7,
  1,200 drawn and shuffled with ``random.Random(20261204)`` (sid w0001...w1200), w0001-w0600
  coded by coder27 and coder28, w0601-w1200 by coder29 and coder30. Drawn before the twelfth
  round changed any rule, as the fresh test once round 7 had been read.
- round 9 (segmentation of commit ab7e0b3): the pool without the sentences of rounds 1 to 8,
  1,200 drawn and shuffled with ``random.Random(20261205)`` (sid x0001...x1200), x0001-x0600
  coded by coder31 and coder32, x0601-x1200 by coder33 and coder34. Drawn before the thirteenth
  round changed any rule, as the fresh test once round 8 had been read.

Writes JSON lines with the sentence text and the text just before it in its paragraph
(``context_before``) for the coders: publishers' text, so write it OUTSIDE the repository (the
coders' briefs are ``CODERS.md`` and ``CODERS_round2.md`` beside this file). Run it at the
commit named above; a later segmentation draws other sentences:

    .venv/bin/python eval/news_coding/draw_sample.py ../shared/eval/polnear_dev.jsonl /tmp/s1.jsonl
    .venv/bin/python eval/news_coding/draw_sample.py --round 2 \\
        ../shared/eval/polnear_dev.jsonl /tmp/s2.jsonl
    .venv/bin/python eval/news_coding/draw_sample.py --round 3 \\
        ../shared/eval/polnear_dev.jsonl /tmp/s3.jsonl
    .venv/bin/python eval/news_coding/draw_sample.py --round 4 \\
        ../shared/eval/polnear_dev.jsonl /tmp/s4.jsonl
    .venv/bin/python eval/news_coding/draw_sample.py --round 5 \\
        ../shared/eval/polnear_dev.jsonl /tmp/s5.jsonl
    .venv/bin/python eval/news_coding/draw_sample.py --round 6 \\
        ../shared/eval/polnear_dev.jsonl /tmp/s6.jsonl
    .venv/bin/python eval/news_coding/draw_sample.py --round 7 \\
        ../shared/eval/polnear_dev.jsonl /tmp/s7.jsonl
    .venv/bin/python eval/news_coding/draw_sample.py --round 8 \\
        ../shared/eval/polnear_dev.jsonl /tmp/s8.jsonl
    .venv/bin/python eval/news_coding/draw_sample.py --round 9 \\
        ../shared/eval/polnear_dev.jsonl /tmp/s9.jsonl
"""

import argparse
import csv
import json
import random
from pathlib import Path

from framing import score_text

CODES = Path(__file__).resolve().parents[1] / "polnear_codes.csv"
ROUNDS = {
    1: (20261127, 400, "n{:03d}"),
    2: (20261128, 1600, "m{:04d}"),
    3: (20261129, 1200, "r{:04d}"),
    4: (20261130, 1200, "s{:04d}"),
    5: (20261201, 1200, "t{:04d}"),
    6: (20261202, 1200, "u{:04d}"),
    7: (20261203, 1200, "v{:04d}"),
    8: (20261204, 1200, "w{:04d}"),
    9: (20261205, 1200, "x{:04d}"),
}


def coded_before(round_: int) -> set[tuple[str, int, int]]:
    """The sentences of the rounds before ``round_``: round 1's are those coder1 coded, and
    round 3 leaves out every sentence any coder of rounds 1 and 2 coded, round 4 those of
    rounds 1 to 3, round 5 those of rounds 1 to 4, and so on to round 9, those of rounds 1 to 8."""
    if round_ == 1:
        return set()
    last = {2: 1, 3: 6, 4: 10, 5: 14, 6: 18, 7: 22, 8: 26, 9: 30}[round_]
    coders = ["hedge:coder1"] if round_ == 2 else [f"hedge:coder{i}" for i in range(1, last + 1)]
    with open(CODES, encoding="utf-8", newline="") as f:
        return {
            (r["article"], int(r["start"]), int(r["end"]))
            for r in csv.DictReader(f)
            if any(r.get(c, "") != "" for c in coders)
        }


def main(polnear: str, out: str, round_: int = 1) -> None:
    seed, n, sid = ROUNDS[round_]
    with open(polnear, encoding="utf-8") as f:
        recs = [json.loads(line) for line in f]
    taken = coded_before(round_)
    pool = []
    for r in recs:
        df = score_text(r["text"])[["start", "end", "kind"]]
        for i, (s, e, k) in enumerate(df.itertuples(index=False)):
            if k in ("body", "standfirst") and (r["id"], s, e) not in taken:
                pool.append((r["id"], i, s, e, k))
    rng = random.Random(seed)
    pick = sorted(rng.sample(pool, n), key=lambda x: (x[0], x[2]))
    by_id = {r["id"]: r for r in recs}
    order = list(range(len(pick)))
    rng.shuffle(order)
    with open(out, "w", encoding="utf-8") as f:
        for k, j in enumerate(order):
            a, _, s, e, _ = pick[j]
            text = by_id[a]["text"]
            before = text[max(0, s - 300) : s].split("\n")[-1]
            row = {"sid": sid.format(k + 1), "article": a, "start": s, "end": e}
            f.write(json.dumps({**row, "context_before": before[-300:], "text": text[s:e]}) + "\n")


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--round", type=int, choices=sorted(ROUNDS), default=1)
    p.add_argument("polnear")
    p.add_argument("out")
    a = p.parse_args()
    main(a.polnear, a.out, a.round)
