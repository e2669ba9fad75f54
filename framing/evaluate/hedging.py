"""Hedge presence against sentences annotated with uncertainty cues (Szeged Uncertainty Corpus).

The file is JSON lines with ``id``, ``doc``, ``text`` and ``cues`` (each with ``type`` and
``text``), as in the Wikipedia part of the Szeged Uncertainty Corpus (Vincze et al. 2008;
CoNLL-2010 shared task). Its cues are mapped onto the codebook (section 1) so that like is
compared with like:

- a sentence with an epistemic cue (type ``probable`` or ``possible``) is hedged, unless its
  only such cues are root modals (can, should, must, would), which the codebook does not count;
- a sentence with no cue at all is not hedged;
- every other sentence is left out: its only cues are doxastic (belief with a holder, an
  attribution under codebook section 4), condition or investigation cues, or root modals.

Sentences are split into two halves by document (``split_half``) so that the misses of one
half can be read while the other is scored only at the end.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .records import read_records

EPISTEMIC_CUES = ("probable", "possible")
ROOT_MODALS = frozenset({"can", "cannot", "should", "must", "would", "shall"})


def load_uncertainty(path: str | Path) -> pd.DataFrame:
    """Read uncertainty-cue sentences (JSON lines: id, doc, text, cues)."""
    recs = read_records(path, required=("id", "doc", "text", "cues"), what="uncertainty sentences")
    return pd.DataFrame(recs, columns=["id", "doc", "text", "cues"])


def codebook_hedge(cues: list[dict]) -> bool | None:
    """The codebook's reading of a sentence's cues: True (hedged), False (no cue at all) or
    None (left out: only doxastic, condition or investigation cues, or root modals alone)."""
    if not cues:
        return False
    epistemic = [c for c in cues if c.get("type") in EPISTEMIC_CUES]
    if any(c.get("text", "").lower().strip() not in ROOT_MODALS for c in epistemic):
        return True
    return None


def split_half(keys: pd.Series) -> pd.Series:
    """``"dev"`` or ``"held-out"`` for each key: the sorted distinct keys alternate, so the
    halves are fixed by the data alone and every document stays whole."""
    order = {k: i for i, k in enumerate(sorted(set(keys)))}
    return keys.map(lambda k: "dev" if order[k] % 2 == 0 else "held-out")


def evaluate_hedge(path: str | Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(scores, rows): precision, recall and F1 of hedge presence per half (dev, held-out,
    all), and every sentence with its gold reading, the detector's count and matched words."""
    from . import prf

    recs = load_uncertainty(path)
    recs["gold"] = recs["cues"].map(codebook_hedge)
    recs["half"] = split_half(recs["doc"])
    ev = matches(recs["text"], feature="hedge")
    recs["hedge"] = ev.groupby("row").size().reindex(range(len(recs)), fill_value=0).to_numpy()
    recs["matched"] = (
        ev.groupby("row")["matched"].agg("; ".join).reindex(range(len(recs)), fill_value="")
    ).to_numpy()
    recs["cue_words"] = recs["cues"].map(
        lambda cs: "; ".join(f"{c.get('text', '')} ({c.get('type', '')})" for c in cs)
    )
    judged = recs[recs["gold"].notna()]
    rows = []
    for half, sub in [*judged.groupby("half"), ("all", judged)]:
        rows.append(
            {
                "half": half,
                "left_out": int(((recs["gold"].isna()) & (recs["half"] == half)).sum())
                if half != "all"
                else int(recs["gold"].isna().sum()),
                **prf(sub["gold"].astype(bool), sub["hedge"] > 0),
            }
        )
    return pd.DataFrame(rows), recs.drop(columns=["cues"])


def matches(texts: pd.Series, *, feature: str | None = None) -> pd.DataFrame:
    """The evidence rows (``framing.evidence``) of each text scored on its own, with ``row``
    the text's position; only ``feature``'s rows when it is given."""
    from ..features import evidence

    corpus = pd.DataFrame(
        {
            "id": [str(i) for i in range(len(texts))],
            "outlet": "",
            "raw": list(texts),
            "headline": "",
        }
    )
    ev = evidence(corpus)
    if feature is not None:
        ev = ev[ev["feature"] == feature]
    return ev.assign(row=ev["id"].astype(int)).reset_index(drop=True)
