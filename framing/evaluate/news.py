"""Hedging, boosters, threat and conciliatory language on news sentences coded here (PolNeAR).

A random sample of body sentences of the PolNeAR articles (``../shared/eval/polnear_dev.jsonl``),
as ``framing.score_text`` segments them, was coded blind by two coders against the codebook
(sections 1-3) and their disagreements adjudicated. The publishers' texts stay out of the
project: a **codes file** (``eval/polnear_codes.csv``) holds each sentence by its article id and
character offsets, and the text is joined from the PolNeAR file at run time.

Codes file columns: ``article``, ``start``, ``end`` (``text[start:end]`` is the sentence),
``half`` (``dev`` or ``held-out``: the split of the PolNeAR attribution evaluation, by
article), and for each coded feature the adjudicated gold (``hedge``) and one column per coder
(``hedge:coder1``, ``hedge:coder2``), 0/1, a blank cell being "not coded"; ``note`` (the
adjudicator's cue words). A file may code only some features.

- ``build_codes`` makes the codes file from the sample (JSON lines: sid, article, start, end,
  text), the coders' CSVs and the adjudication (columns sid, hedge, booster, threat,
  conciliatory, note); ``python tools/build_news_codes.py`` runs it (``main``); ``add_round``
  adds a round coded later to an existing codes file (``--add-to``).
- ``load_news_codes`` reads a codes file and joins each sentence's text.
- ``evaluate_news`` scores each coded article once, whole (so quotations and context are
  right), and compares the tool's sentence with the same offsets: precision, recall and F1 of
  presence (count > 0) against the adjudicated gold per half, and agreement (Cohen's kappa,
  Krippendorff's alpha) coder against coder, tool against each coder and against the gold.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pandas as pd

from ..constants import FEATURES
from ..corpus import CorpusError
from ..features import score_sentences_and_evidence
from .agreement import agreement, coder_columns
from .hedging import split_half
from .polnear import HALVES, load_polnear
from .records import read_records

GOLD = "adjudicated"
KEYS = ("article", "start", "end")


class NewsEvaluation(NamedTuple):
    """What ``evaluate_news`` returns: ``scores`` (per half and feature: gold positives,
    precision, recall, F1), ``agreement`` (per half, feature and pair: units, raw agreement,
    kappa, alpha) and ``rows`` (one per coded sentence with its text, the codes, the tool's
    counts and matched words: for reading, never for saving into the repository)."""

    scores: pd.DataFrame
    agreement: pd.DataFrame
    rows: pd.DataFrame


def polnear_halves(records: list[dict]) -> dict[str, str]:
    """{article id: ``"dev"`` or ``"held-out"``}, the halves of the PolNeAR attribution
    evaluation (``evaluate_polnear``): ``split_half`` over the ids of every article with text
    (an article without text gives no sentences there and takes no place in the order). The
    split must be computed over the whole file: over a sample's ids alone it differs."""
    ids = pd.Series([r["id"] for r in records if str(r["text"]).strip()], dtype=object)
    return dict(zip(ids, split_half(ids), strict=True))


def _features_of(columns) -> list[str]:
    """The features a table codes, in the codebook's order."""
    return [f for f in FEATURES if any(c.split(":", 1)[0] == f for c in columns)]


def _codes(frame: pd.DataFrame, col: str, path: Path, *, line_of=None) -> pd.Series:
    """A code column as numbers (NaN for blank); anything else is an error naming the row."""
    vals = frame[col].astype(str).str.strip()
    num = pd.to_numeric(vals.replace("", "nan"), errors="coerce")
    bad = (num.isna() & (vals != "")) | (num < 0)
    if bad.any():
        k = bad.idxmax()
        where = line_of(k) if line_of else f"line {int(k) + 2}"
        raise CorpusError(f"{path}, {where}: column {col!r} holds {frame.at[k, col]!r}, not 0/1")
    return num


def _read_table(path: Path, what: str) -> pd.DataFrame:
    """A CSV as strings (blank cells stay ""); unreadable is an error naming the file."""
    try:
        return pd.read_csv(path, dtype=str, keep_default_na=False)
    except (OSError, pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise CorpusError(f"{path}: cannot read {what} ({exc})") from exc


def _read_coder_csv(path: str | Path, sids: set[str]) -> pd.DataFrame:
    path = Path(path)
    df = _read_table(path, "codes")
    if "sid" not in df.columns:
        raise CorpusError(f"{path}: missing column sid")
    df["sid"] = df["sid"].str.strip()
    dup = df["sid"][df["sid"].duplicated()]
    if len(dup):
        raise CorpusError(f"{path}: sid {dup.iloc[0]!r} coded twice")
    unknown = sorted(set(df["sid"]) - sids)
    if unknown:
        raise CorpusError(f"{path}: sid {unknown[0]!r} is not in the sample")
    for f in FEATURES:
        if f in df.columns:
            df[f] = _codes(df, f, path)
    return df.set_index("sid")


def build_codes(
    sample: str | Path,
    *,
    coders: Mapping[str, str | Path],
    adjudicated: str | Path,
    polnear: str | Path,
) -> pd.DataFrame:
    """The codes file's table, from the coded sample.

    ``sample``: JSON lines with sid, article, start, end, text (checked against the PolNeAR
    text); ``coders``: {name: CSV with sid and 0/1 feature columns}; a coder may code part of
    the sample (pairs of coders sharing the work), but every sentence needs at least two
    coders, so that each code is checked; ``adjudicated``: CSV with the same columns and
    ``note``, for all sentences or only the disagreements. Gold is the adjudicated code where one
    is given, else the code of the sentence's coders when they agree; a disagreement left without
    adjudication is an error. Rows are sorted by article and offset; the text is not kept.
    Deterministic: the same files give the same table.
    """
    sample_path = Path(sample)
    recs = read_records(
        sample_path, required=("sid", "article", "start", "end", "text"), what="sample"
    )
    arts = {r["id"]: r for r in load_polnear(polnear)}
    halves = polnear_halves(list(arts.values()))
    for n, r in enumerate(recs, start=1):
        art = arts.get(r["article"])
        if art is None:
            raise CorpusError(f"{sample_path}, line {n}: article {r['article']!r} not in {polnear}")
        if art["text"][r["start"] : r["end"]] != r["text"]:
            raise CorpusError(
                f"{sample_path}, line {n}: text differs from {polnear} at "
                f"{r['article']} [{r['start']}:{r['end']}]"
            )
    sids = [r["sid"] for r in recs]
    if len(set(sids)) != len(sids):
        raise CorpusError(f"{sample_path}: a sid appears twice")
    coded = {name: _read_coder_csv(p, set(sids)) for name, p in coders.items()}
    for sid in sids:
        by = [name for name, df in coded.items() if sid in df.index]
        if len(by) < 2:
            files = ", ".join(str(coders[n]) for n in by) or "no coder's file"
            raise CorpusError(
                f"sid {sid!r} is coded by {len(by)} coder(s), not two or more ({files}; "
                f"coders: {', '.join(str(p) for p in coders.values())})"
            )
    adj = _read_coder_csv(adjudicated, set(sids))
    feats = [f for f in FEATURES if any(f in df.columns for df in coded.values())]
    if not feats:
        raise CorpusError("no coder codes any of " + ", ".join(FEATURES))
    out = pd.DataFrame(
        {
            "article": [r["article"] for r in recs],
            "start": [int(r["start"]) for r in recs],
            "end": [int(r["end"]) for r in recs],
            "half": [halves[r["article"]] for r in recs],
        }
    )
    for f in feats:
        codes = {
            name: (df[f].reindex(sids) if f in df.columns else pd.Series(np.nan, index=sids))
            for name, df in coded.items()
        }
        table = pd.DataFrame(codes)
        given = adj[f].reindex(sids) if f in adj.columns else pd.Series(np.nan, index=sids)
        agreed = (table.nunique(axis=1) == 1) & (table.notna().sum(axis=1) >= 2)
        gold = given.where(given.notna(), table.bfill(axis=1).iloc[:, 0].where(agreed))
        left = gold.isna() & table.notna().any(axis=1)
        if left.any():
            raise CorpusError(
                f"{adjudicated}: sid {left.idxmax()!r}, {f}: the coders disagree (or fewer than "
                f"two coded it) and no adjudicated code is given ({int(left.sum())} such "
                "sentence(s))"
            )
        for name in coded:
            out[f"{f}:{name}"] = table[name].to_numpy()
        out[f] = gold.to_numpy()
    note = adj["note"].reindex(sids) if "note" in adj.columns else pd.Series("", index=sids)
    out["note"] = note.fillna("").astype(str).str.strip().to_numpy()
    out = out.sort_values(["article", "start", "end"], kind="stable").reset_index(drop=True)
    feat_cols = [c for c in out.columns if c.split(":", 1)[0] in feats]
    out[feat_cols] = out[feat_cols].astype("Int64")
    return out


def add_round(codes: str | Path, new: pd.DataFrame) -> pd.DataFrame:
    """An existing codes file with a new round's table (``build_codes``) added: its coders'
    columns follow the file's under each feature, the rows are sorted again. The same table
    ``build_codes`` gives on both rounds' samples and coders at once, so a round coded later
    joins the file without the earlier rounds' inputs (kept outside the repository). A sentence
    already in the file, or a coder name used in both, is an error naming the file."""
    path = Path(codes)
    old = _read_table(path, "codes")
    missing = [c for c in (*KEYS, "half") if c not in old.columns]
    if missing:
        raise CorpusError(f"{path}: missing column {missing[0]}")
    try:
        old[["start", "end"]] = old[["start", "end"]].astype(int)
    except ValueError as exc:
        raise CorpusError(f"{path}: offsets that are not integers ({exc})") from None
    both = pd.MultiIndex.from_frame(new[list(KEYS)]).isin(pd.MultiIndex.from_frame(old[list(KEYS)]))
    if both.any():
        r = new[both].iloc[0]
        raise CorpusError(
            f"{path}: already holds the new round's sentence {r['article']} "
            f"[{r['start']}:{r['end']}] ({int(both.sum())} such sentence(s))"
        )

    def coders(frame: pd.DataFrame, feature: str) -> list[str]:
        return [c for c in frame.columns if c.startswith(f"{feature}:")]

    def names(frame: pd.DataFrame) -> set[str]:
        return {c.split(":", 1)[1] for c in frame.columns if ":" in c}

    shared = sorted(names(old) & names(new))
    if shared:
        raise CorpusError(f"{path}: coder {shared[0]!r} is in the file and in the new round")
    code_cols = []  # per feature: the file's coders, the new round's, the gold
    for f in FEATURES:
        if f in old.columns or f in new.columns:
            code_cols += [*coders(old, f), *coders(new, f), f]
    for c in code_cols:
        if c in old.columns:
            old[c] = _codes(old, c, path)
    out = pd.concat([old, new], ignore_index=True)
    out = out.reindex(columns=[*KEYS, "half", *code_cols, "note"])
    out["note"] = out["note"].fillna("").astype(str)
    out = out.sort_values(list(KEYS), kind="stable").reset_index(drop=True)
    out[code_cols] = out[code_cols].astype("Int64")
    return out


def write_codes(codes: pd.DataFrame, path: str | Path) -> None:
    """Write a codes table as CSV (UTF-8, ``\\n`` line ends, blanks for "not coded")."""
    codes.to_csv(path, index=False, lineterminator="\n")


def load_news_codes(codes: str | Path, polnear: str | Path) -> pd.DataFrame:
    """A codes file joined with its sentences' text from the PolNeAR file: one row per coded
    sentence with ``article``, ``start``, ``end``, ``half``, ``text``, ``outlet`` and the codes
    as numbers (NaN = not coded). An article missing from the PolNeAR file, offsets outside
    its text, a code that is not a number or a half that disagrees with the PolNeAR split are
    errors naming the file and line."""
    return _join_codes(codes, load_polnear(polnear), polnear)


def _join_codes(codes: str | Path, recs: list[dict], polnear: str | Path) -> pd.DataFrame:
    """``load_news_codes`` on PolNeAR records already read (``polnear`` names their file)."""
    path = Path(codes)
    df = _read_table(path, "news codes")
    missing = set(KEYS) - set(df.columns)
    if missing:
        raise CorpusError(f"{path}: missing column(s) {', '.join(sorted(missing))}")
    feats = _features_of(df.columns)
    if not feats:
        raise CorpusError(
            f"{path}: no coded column (expected one of {', '.join(FEATURES)}, "
            "or one per coder as hedge:NAME)"
        )
    arts = {r["id"]: r for r in recs}
    halves = polnear_halves(recs)
    texts, outlets = [], []
    for k, r in df.iterrows():
        line = int(k) + 2
        art = arts.get(r["article"])
        if art is None:
            raise CorpusError(f"{path}, line {line}: article {r['article']!r} is not in {polnear}")
        try:
            s, e = int(r["start"]), int(r["end"])
        except ValueError:
            raise CorpusError(
                f"{path}, line {line}: offsets {r['start']!r}, {r['end']!r} are not integers"
            ) from None
        if not 0 <= s < e <= len(art["text"]):
            raise CorpusError(
                f"{path}, line {line}: offsets [{s}:{e}] fall outside article {r['article']!r} "
                f"({len(art['text'])} characters in {polnear})"
            )
        want = halves.get(r["article"])
        if "half" in df.columns and r["half"].strip() and r["half"].strip() != want:
            raise CorpusError(
                f"{path}, line {line}: half {r['half']!r} but the PolNeAR split puts article "
                f"{r['article']!r} in {want!r}"
            )
        texts.append(art["text"][s:e])
        outlets.append(art.get("outlet") or "")
    df["start"] = df["start"].astype(int)
    df["end"] = df["end"].astype(int)
    df["half"] = df["article"].map(halves)
    df["text"] = texts
    df["outlet"] = outlets
    dup = df.duplicated(list(KEYS))
    if dup.any():
        raise CorpusError(f"{path}, line {int(dup.idxmax()) + 2}: sentence coded twice")
    for c in df.columns:
        if c.split(":", 1)[0] in feats:
            df[c] = _codes(df, c, path)
    if "note" not in df.columns:
        df["note"] = ""
    return df


def score_news(codes: pd.DataFrame, polnear: str | Path, *, source: str = "codes") -> pd.DataFrame:
    """The coded sentences (``load_news_codes``) with the tool's count of each feature
    (``hedge@tool``) and matched words (``hedge_matched``), each article scored once, whole,
    as ``framing.score_text`` scores it. A coded sentence that matches no sentence of the
    tool's segmentation is an error (``source`` names the codes file in it)."""
    return _score_codes(codes, load_polnear(polnear), source)


def _score_codes(codes: pd.DataFrame, recs: list[dict], source: str) -> pd.DataFrame:
    """``score_news`` on PolNeAR records already read."""
    feats = _features_of(codes.columns)
    arts = {r["id"]: r for r in recs}
    ids = sorted(set(codes["article"]))
    corpus = pd.DataFrame(
        {
            "id": ids,
            "outlet": [arts[i].get("outlet") or "" for i in ids],
            "text": [arts[i]["text"] for i in ids],
        }
    )
    sents, ev = score_sentences_and_evidence(corpus)
    sents = sents.set_index(["id", "start", "end"])
    out = codes.copy()
    found = pd.MultiIndex.from_frame(out[list(KEYS)]).isin(sents.index)
    if not found.all():
        k = int(np.argmin(found))
        r = out.iloc[k]
        near = sents.loc[r["article"]].reset_index()
        near = near[(near["end"] > r["start"]) & (near["start"] < r["end"])]
        tool = ", ".join(f"[{a}:{b}]" for a, b in zip(near["start"], near["end"]))
        raise CorpusError(
            f"{source}, line {k + 2}: no sentence of the tool's segmentation has offsets "
            f"[{r['start']}:{r['end']}] in article {r['article']!r} (it overlaps "
            f"{tool or 'none'}): the segmentation changed since the sentences were coded"
        )
    idx = pd.MultiIndex.from_frame(out[list(KEYS)])
    hit = sents.loc[idx]
    out["sentence"] = hit["sentence"].to_numpy()
    out["attribution"] = hit["attribution"].to_numpy()
    for f in feats:
        out[f"{f}@tool"] = hit[f].to_numpy()
        words = (
            ev[ev["feature"] == f]
            .assign(w=lambda x: x["matched"] + np.where(x["negated"], " (negated)", ""))
            .groupby(["id", "sentence"])["w"]
            .agg("; ".join)
        )
        out[f"{f}_matched"] = [
            words.get((a, s), "") for a, s in zip(out["article"], out["sentence"])
        ]
    return out


def news_scores(rows: pd.DataFrame) -> pd.DataFrame:
    """Precision, recall and F1 of the tool's presence (count > 0) against the adjudicated
    gold, per half (dev, held-out, all) and feature, on the sentences whose gold is coded."""
    from . import prf

    out = []
    for f in _features_of(rows.columns):
        if f not in rows.columns:
            continue
        for half in (*HALVES, "all"):
            sub = rows if half == "all" else rows[rows["half"] == half]
            sub = sub[sub[f].notna()]
            out.append({"half": half, "feature": f, **prf(sub[f] > 0, sub[f"{f}@tool"] > 0)})
    return pd.DataFrame(out)


def news_agreement(rows: pd.DataFrame) -> pd.DataFrame:
    """Agreement per half and feature (``framing.evaluate.agreement``): each pair of coders,
    the tool against each coder, and the tool against the adjudicated gold (``adjudicated``).
    The gold is compared only with the tool: it is not an independent coder."""
    frames = []
    for half in (*HALVES, "all"):
        sub = rows if half == "all" else rows[rows["half"] == half]
        for f in _features_of(rows.columns):
            coders = {k: v for k, v in coder_columns(sub, f).items() if k != "coder"}
            tool = {f: f"{f}@tool"}
            parts = []
            if coders:
                parts.append(agreement(sub[[*coders.values(), tool[f]]], tool, binary=(f,)))
            if f in sub.columns:
                gold = sub[[f, tool[f]]].rename(columns={f: f"{f}:{GOLD}"})
                parts.append(agreement(gold, tool, binary=(f,)))
            for p in parts:
                frames.append(p.assign(half=half))
    cols = ["half", "measure", "pair", "units", "agreement", "kappa", "alpha"]
    if not frames:
        return pd.DataFrame(columns=cols)
    return pd.concat(frames, ignore_index=True)[cols]


def evaluate_news(codes: str | Path, polnear: str | Path) -> NewsEvaluation:
    """Score the coded news sentences: ``(scores, agreement, rows)`` (``NewsEvaluation``)."""
    recs = load_polnear(polnear)  # read once for the texts and the scoring
    coded = _join_codes(codes, recs, polnear)
    rows = _score_codes(coded, recs, str(codes))
    return NewsEvaluation(news_scores(rows), news_agreement(rows), rows)


def main(argv: list[str] | None = None) -> int:
    """``python tools/build_news_codes.py``: build the codes file from the coded sample."""
    p = argparse.ArgumentParser(prog="build_news_codes.py", description=build_codes.__doc__)
    p.add_argument("--sample", required=True, help="the sample (JSON lines)")
    p.add_argument(
        "--coder", action="append", required=True, help="NAME=CSV, once per coder (coder1=...)"
    )
    p.add_argument("--adjudicated", required=True, help="the adjudication (CSV)")
    p.add_argument("--polnear", required=True, help="the PolNeAR articles (JSON lines)")
    p.add_argument("--out", required=True, help="the codes file to write (CSV)")
    p.add_argument(
        "--add-to",
        metavar="CODES",
        help="an existing codes file to add this round to (e.g. eval/polnear_codes.csv)",
    )
    args = p.parse_args(argv)
    coders = {}
    for item in args.coder:
        name, sep, path = item.partition("=")
        if not sep or not name or not path:
            p.error(f"--coder {item!r}: write NAME=CSV")
        coders[name] = path
    try:
        table = build_codes(
            args.sample, coders=coders, adjudicated=args.adjudicated, polnear=args.polnear
        )
        if args.add_to:
            table = add_round(args.add_to, table)
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    write_codes(table, args.out)
    print(f"{args.out}: {len(table)} sentences, {table['article'].nunique()} articles")
    return 0
