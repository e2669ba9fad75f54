"""Attribution against PolNeAR (Newell, Margolin and Ruths, LREC 2018), mapped onto the codebook.

PolNeAR annotates every attribution of 2016 US election news with its cue, source and
content. Its notion is wider than the codebook's (section 4), so each sentence of the tool's
own segmentation is mapped as ``../shared/eval/README.md`` says:

- **attributed** when it holds the cue of an attribution whose cue is a speech,
  cognition/belief or evidential expression. Which cues those are is decided by a published
  inventory of reporting verbs and the codebook (``data/reporting_verbs.csv``: Levin's verb
  classes, textacy's and rsyntax's reporting verbs), matched by lemma in every inflection,
  never by what the tool happens to find; a cue without letters (a quotation's colon) counts;
- also attributed when it lies inside a quotation that runs over several sentences (the
  content of a counted attribution holding a quotation mark);
- **left out** when its only cues are of other kinds (conduct and stance, intention, emotion,
  nominal, or words the inventory does not list): the codebook does not count them, so
  they are counted neither way;
- **unattributed** otherwise. Attributions without a source are **anonymous** under the
  codebook; the share of those sentences the tool calls anonymous is reported.

Articles are split deterministically (``split_half``: sorted ids alternate) into a
development half, read when fixing errors, and a held-out half, only scored.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_right
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pandas as pd

from ..attribution import inflections
from ..features import score_text
from ..lexicons import parse_lexicon
from .hedging import split_half
from .records import read_records

COUNTED = ("speech", "cognition", "evidential")
HALVES = ("dev", "held-out")
ENV_VAR = "FRAMING_POLNEAR"
_LETTERS = re.compile(r"[A-Za-z]+")
_QUOTE_MARK = re.compile("[“”\"]|''")


def default_polnear_path(repo: str | Path | None = None) -> Path:
    """Where PolNeAR is looked for: ``$FRAMING_POLNEAR``, else ``../shared/eval/`` beside the
    repository."""
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR])
    root = Path(repo) if repo else Path(__file__).resolve().parents[2]
    tail = Path("shared") / "eval" / "polnear_dev.jsonl"
    for up in root.parents:  # ../shared/eval, or further up from a worktree
        if (up / tail).exists():
            return up / tail
    return root.parent / tail


def load_polnear(path: str | Path) -> list[dict]:
    """Read PolNeAR articles (JSONL with id, text, attributions, no_source)."""
    return read_records(path, required=("id", "text", "attributions", "no_source"), what="PolNeAR")


@lru_cache(maxsize=1)
def _cue_lemmas() -> dict[str, frozenset[str]]:
    """Every form of every inventory entry → its categories."""
    text = resources.files("framing").joinpath("data/reporting_verbs.csv").read_text("utf-8")
    lex = parse_lexicon(text, "reporting_verb", "framing/data/reporting_verbs.csv")
    out: dict[str, set[str]] = {}
    for e in lex.entries:
        for form in inflections(e.term):
            out.setdefault(form, set()).add(e.category)
    return {k: frozenset(v) for k, v in out.items()}


def cue_categories(cue_text: str) -> frozenset[str]:
    """Categories of a gold cue by the lemmas of its words; a cue without letters (a colon, a
    dash before a quotation) is speech."""
    words = _LETTERS.findall(cue_text.lower())
    if not words:
        return frozenset({"speech"})
    lemmas = _cue_lemmas()
    cats: set[str] = set()
    for w in words:
        cats |= lemmas.get(w, frozenset())
    return frozenset(cats)


def counts_as_attribution(cue_text: str) -> bool:
    """True when the codebook counts a PolNeAR cue: speech, cognition or evidential."""
    return not cue_categories(cue_text).isdisjoint(COUNTED)


def gold_sentences(rec: dict, starts: list[int], ends: list[int]) -> list[dict]:
    """The codebook reading of each sentence (given by its offsets) of one article:
    ``gold`` is attributed, unattributed or None (left out); ``anonymous`` marks sentences whose
    counted attributions all lack a source; ``gold_cues`` lists the cue words."""
    n = len(starts)
    out = [
        {"gold": "unattributed", "sourced": False, "sourceless": False, "gold_cues": []}
        for _ in range(n)
    ]
    excluded = [False] * n

    def sentence_of(pos: int) -> int:
        return max(0, bisect_right(starts, pos) - 1)

    for sourced, items in ((True, rec["attributions"]), (False, rec["no_source"])):
        for a in items:
            if not a.get("cue"):
                continue
            k = sentence_of(a["cue"][0][0])
            cue_text = a.get("cue_text") or ""
            out[k]["gold_cues"].append(cue_text)
            if not counts_as_attribution(cue_text):
                excluded[k] = True
                continue
            marks = [k]
            for s, e in a.get("content") or []:
                if not _QUOTE_MARK.search(rec["text"][s:e]):
                    continue
                for j in range(sentence_of(s), sentence_of(max(s, e - 1)) + 1):
                    inside = min(e, ends[j]) - max(s, starts[j])
                    if j != k and inside >= 0.5 * (ends[j] - starts[j]):
                        marks.append(j)
            for j in marks:
                out[j]["gold"] = "attributed"
                out[j]["sourced" if sourced else "sourceless"] = True
    for k in range(n):
        if out[k]["gold"] == "unattributed" and excluded[k]:
            out[k]["gold"] = None
    for row in out:
        row["anonymous"] = row["sourceless"] and not row["sourced"]
        row["gold_cues"] = "; ".join(row["gold_cues"])
    return out


def score_polnear(path: str | Path) -> pd.DataFrame:
    """One row per sentence of every article: its half, the gold reading and the tool's
    attribution (``framing.score_text``). Texts stay out of the table except for the tool's
    sentence, so it can be read but not redistributed by accident: do not save it into the
    repository."""
    rows = []
    for rec in load_polnear(path):
        df = score_text(rec["text"])
        if df.empty:
            continue
        starts, ends = df["start"].tolist(), df["end"].tolist()
        gold = gold_sentences(rec, starts, ends)
        for r, g in zip(df.itertuples(index=False), gold, strict=True):
            rows.append(
                {
                    "id": rec["id"],
                    "sentence": r.sentence,
                    "text": r.text,
                    **g,
                    "attribution": r.attribution,
                    "cue": r.cue,
                    "quote": bool(r.quote),
                    "source": r.source,
                }
            )
    out = pd.DataFrame(rows)
    out.insert(0, "half", split_half(out["id"]))
    return out


def evaluate_polnear(path: str | Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(scores, rows): for each half, sentence-level precision, recall, F1 and balanced
    accuracy of attributed vs unattributed, the sentences left out, and how many source-less
    (anonymous) sentences the tool calls anonymous."""
    from . import prf  # the package's shared measure (imported late: the package imports us)

    rows = score_polnear(path)
    scores = []
    for half in HALVES:
        sub = rows[rows["half"] == half]
        judged = sub[sub["gold"].notna()]
        m = prf(judged["gold"] == "attributed", judged["attribution"] != "unattributed")
        anon = judged[judged["anonymous"]]
        scores.append(
            {
                "half": half,
                "articles": sub["id"].nunique(),
                "sentences": len(sub),
                "left_out": int(sub["gold"].isna().sum()),
                **m,
                "anonymous_gold": len(anon),
                "anonymous_recall": float((anon["attribution"] == "anonymous").mean())
                if len(anon)
                else float("nan"),
            }
        )
    return pd.DataFrame(scores), rows
