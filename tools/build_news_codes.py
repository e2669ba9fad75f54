"""Build ``eval/polnear_codes.csv`` from the blind coding of PolNeAR news sentences.

    python tools/build_news_codes.py --sample SAMPLE.jsonl \\
        --coder coder1=coder1.csv --coder coder2=coder2.csv \\
        --adjudicated adjudicated.csv --polnear ../shared/eval/polnear_dev.jsonl \\
        --out eval/polnear_codes.csv

A round coded later joins the existing file (its earlier inputs are kept outside the
repository) with ``--add-to eval/polnear_codes.csv``: the same file as building all rounds at
once (``framing.evaluate.news.add_round``).

The codes file keeps each sentence's article id and offsets, never its text
(``framing.evaluate.news.build_codes``); the same inputs give a byte-identical file.
"""

import sys

from framing.evaluate.news import main

if __name__ == "__main__":
    sys.exit(main())
