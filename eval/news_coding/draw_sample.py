"""Draw the 400 PolNeAR sentences of ``eval/polnear_codes.csv`` (issue 13), as they were drawn.

Every body and standfirst sentence of the 921 articles, as ``framing.score_text`` segmented
them on 2026-11-27 (commit e3e5edb), pooled in file order; 400 drawn with
``random.Random(20261127).sample``; then shuffled with the same generator so coders met them in
random order (sid n001...n400). Writes JSON lines with the sentence text and the text just
before it in its paragraph (``context_before``) for the coders: publishers' text, so write it
OUTSIDE the repository (the coders' brief is ``CODERS.md`` beside this file):

    .venv/bin/python eval/news_coding/draw_sample.py \
        ../shared/eval/polnear_dev.jsonl /tmp/sample.jsonl
"""

import json
import random
import sys

from framing import score_text


def main(polnear: str, out: str) -> None:
    with open(polnear, encoding="utf-8") as f:
        recs = [json.loads(line) for line in f]
    pool = []
    for r in recs:
        df = score_text(r["text"])[["start", "end", "kind"]]
        for i, (s, e, k) in enumerate(df.itertuples(index=False)):
            if k in ("body", "standfirst"):
                pool.append((r["id"], i, s, e, k))
    rng = random.Random(20261127)
    pick = sorted(rng.sample(pool, 400), key=lambda x: (x[0], x[2]))
    by_id = {r["id"]: r for r in recs}
    order = list(range(len(pick)))
    rng.shuffle(order)
    with open(out, "w", encoding="utf-8") as f:
        for n, j in enumerate(order):
            a, _, s, e, _ = pick[j]
            text = by_id[a]["text"]
            before = text[max(0, s - 300) : s].split("\n")[-1]
            row = {"sid": f"n{n + 1:03d}", "article": a, "start": s, "end": e}
            f.write(json.dumps({**row, "context_before": before[-300:], "text": text[s:e]}) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
