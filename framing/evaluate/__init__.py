"""Measure the detectors against annotations: seed sentences and PLOVER event records.

``evaluate_seeds`` compares ``score_text``-style sentence rows with a sentence-level
annotation (``tests/data/seed_annotations.csv``) and reports precision, recall and F1 for each
feature, the attribution decisions and source extraction. ``evaluate_reuse`` compares
``framing.reuse``'s sentence alignments and transformations with a blind alignment annotation
(``tests/data/reuse_annotations.csv``). ``evaluate_plover`` reports how often threat and
conciliatory language fire on each PLOVER event type; ``evaluate_events`` (in ``events``)
judges them at the event's words with balanced accuracy. ``evaluate_hedge`` (in ``hedging``)
scores hedge presence on uncertainty-cue sentences, ``evaluate_news`` (in ``news``) the four
lexicon features on news sentences coded here, and ``agreement`` (in ``agreement``) gives
Cohen's kappa and Krippendorff's alpha, coder against coder and tool against coder.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..corpus import CorpusError, load_corpus
from ..features import score_sentences, score_text
from .agreement import agreement, cohen_kappa, krippendorff_alpha
from .events import evaluate_events, event_span
from .hedging import evaluate_hedge
from .news import evaluate_news, load_news_codes
from .polnear import evaluate_polnear, load_polnear
from .records import read_records

FEATURES = ("hedge", "booster", "threat", "conciliatory")
THREAT_EVENTS = ("THREATEN", "COERCE", "ASSAULT", "FIGHT")
COOPERATIVE_EVENTS = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT")


def prf(gold: pd.Series, pred: pd.Series) -> dict:
    """Precision, recall, F1 and counts of a binary decision."""
    gold, pred = gold.astype(bool), pred.astype(bool)
    tp = int((gold & pred).sum())
    fp = int((~gold & pred).sum())
    fn = int((gold & ~pred).sum())
    tn = int((~gold & ~pred).sum())
    p = tp / (tp + fp) if tp + fp else float("nan")
    r = tp / (tp + fn) if tp + fn else float("nan")
    f = 2 * p * r / (p + r) if tp else 0.0
    tnr = tn / (tn + fp) if tn + fp else float("nan")
    return {
        "n": len(gold),
        "gold": tp + fn,
        "predicted": tp + fp,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "precision": p,
        "recall": r,
        "f1": f,
        "balanced_accuracy": (r + tnr) / 2,
    }


CODED = (*FEATURES, "attribution", "quote")


def load_annotations(path: str | Path) -> pd.DataFrame:
    """Read a sentence annotation file: ``id`` and ``text``, and any of the coded columns
    (hedge, booster, threat, conciliatory as 0/1 or counts; attribution; source; quote), each
    either once or once per coder (``hedge:ann1``, ``hedge:ann2``); a blank cell is not coded.
    A file may code only some features."""
    path = Path(path)
    try:
        gold = pd.read_csv(path, dtype=str, keep_default_na=False)
    except (OSError, pd.errors.ParserError) as exc:
        raise CorpusError(f"{path}: cannot read annotations ({exc})") from exc
    missing = {"id", "text"} - set(gold.columns)
    if missing:
        raise CorpusError(f"{path}: missing column(s) {', '.join(sorted(missing))}")
    coded = [c for c in gold.columns if c.split(":", 1)[0] in CODED]
    if not coded:
        raise CorpusError(
            f"{path}: no coded column (expected one of {', '.join(CODED)}, "
            "or one per coder as hedge:NAME)"
        )
    for c in coded:
        if c.split(":", 1)[0] in (*FEATURES, "quote"):
            vals = gold[c].str.strip()
            num = pd.to_numeric(vals.replace("", "nan"), errors="coerce")
            bad = num.isna() & (vals != "")
            if bad.any():
                row = int(bad.idxmax()) + 2
                raise CorpusError(
                    f"{path}, line {row}: column {c!r} holds {gold.at[bad.idxmax(), c]!r}, "
                    "not a number"
                )
            gold[c] = num
    return gold


def evaluate_seeds(
    annotations: str | Path = "tests/data/seed_annotations.csv", corpus: str | Path = "seeds"
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(scores, rows): one row per measure, and the sentence rows with gold and predictions.

    Sentences are paired by article id and text, so a change in segmentation shows up as
    unpaired rows (reported in ``scores`` as ``unpaired``) rather than as silent errors.
    """
    gold = load_annotations(annotations)
    pred = score_sentences(load_corpus(corpus))
    merged = gold.merge(pred, on=["id", "text"], how="left", suffixes=("_gold", ""), indicator=True)
    unpaired = int((merged["_merge"] != "both").sum())
    merged = merged[merged["_merge"] == "both"].copy()
    rows = []
    for f in FEATURES:
        if f"{f}_gold" in merged:
            coded = merged[f"{f}_gold"].notna()
            rows.append(
                {"measure": f, **prf(merged.loc[coded, f"{f}_gold"] > 0, merged.loc[coded, f] > 0)}
            )
    if "attribution_gold" in merged:
        sub = merged[merged["attribution_gold"].str.strip() != ""]
        g_att = sub["attribution_gold"] != "unattributed"
        p_att = sub["attribution"] != "unattributed"
        rows.append({"measure": "attributed vs unattributed", **prf(g_att, p_att)})
        for lab in ("named", "anonymous", "unattributed"):
            rows.append(
                {
                    "measure": f"attribution={lab}",
                    **prf(sub["attribution_gold"] == lab, sub["attribution"] == lab),
                }
            )
    if "quote_gold" in merged:
        coded = merged["quote_gold"].notna()
        rows.append(
            {
                "measure": "quote",
                **prf(merged.loc[coded, "quote_gold"] > 0, merged.loc[coded, "quote"]),
            }
        )
    if "source_gold" not in merged:
        scores = pd.DataFrame(rows)
        scores.attrs["unpaired"] = unpaired
        scores["unpaired"] = unpaired
        return scores, merged
    has_src = merged["source_gold"].str.strip() != ""
    ok = [
        _same_source(g, p)
        for g, p in zip(merged.loc[has_src, "source_gold"], merged.loc[has_src, "source"])
    ]
    n = int(has_src.sum())
    rows.append(
        {
            "measure": "source text matches",
            "n": n,
            "tp": sum(ok),
            "recall": sum(ok) / n if n else float("nan"),
        }
    )
    scores = pd.DataFrame(rows)
    scores.attrs["unpaired"] = unpaired
    scores["unpaired"] = unpaired
    return scores, merged


def evaluate_agreement(
    annotations: str | Path = "tests/data/seed_annotations.csv", corpus: str | Path = "seeds"
) -> pd.DataFrame:
    """Cohen's kappa and Krippendorff's alpha (nominal) of every coded measure: coder against
    coder (one column per coder, ``hedge:NAME``) and the tool against each coder. Features are
    compared as presence (count > 0), attribution as its three labels."""
    from .agreement import agreement

    gold = load_annotations(annotations)
    pred = score_sentences(load_corpus(corpus))
    pred = pred[["id", "text", *FEATURES, "attribution", "quote"]].rename(
        columns={c: f"{c}@tool" for c in (*FEATURES, "attribution", "quote")}
    )
    pred["quote@tool"] = pred["quote@tool"].astype(int)
    merged = gold.merge(pred, on=["id", "text"], how="inner")
    measures = {m: f"{m}@tool" for m in CODED}
    return agreement(merged, measures, binary=(*FEATURES, "quote"))


def _same_source(gold: str, pred) -> bool:
    if not isinstance(pred, str) or not pred.strip():
        return False
    g, p = _canon(gold), _canon(pred)
    return bool(g) and (g == p or g in p or p in g)


def _canon(s: str) -> str:
    s = s.lower().replace("’", "'").replace("'s ", " ")
    for art in ("the ", "a ", "an "):
        if s.startswith(art):
            s = s[len(art) :]
    return " ".join(s.split())


def load_plover(path: str | Path) -> pd.DataFrame:
    """Read PLOVER records (JSONL with id, event, text)."""
    recs = read_records(path, required=("id", "event", "text"), what="PLOVER records")
    return pd.DataFrame(recs)


def evaluate_plover(path: str | Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(by_event, rows): how often threat and conciliatory fire on each event type, and the
    records with the detectors' counts. A record fires when any of its sentences does."""
    recs = load_plover(path)
    threat, concil, hedge = [], [], []
    for text in recs["text"]:
        t = score_text(text)
        threat.append(int(t["threat"].sum()))
        concil.append(int(t["conciliatory"].sum()))
        hedge.append(int(t["hedge"].sum()))
    recs = recs.assign(threat=threat, conciliatory=concil, hedge=hedge)
    recs["group"] = recs["event"].map(
        lambda e: (
            "threat-type"
            if e in THREAT_EVENTS
            else ("cooperative" if e in COOPERATIVE_EVENTS else "other conflictual")
        )
    )
    by_event = (
        recs.groupby(["group", "event"])
        .agg(
            records=("id", "size"),
            threat_fires=("threat", lambda x: float((x > 0).mean())),
            conciliatory_fires=("conciliatory", lambda x: float((x > 0).mean())),
        )
        .reset_index()
    )
    return by_event, recs


def plover_summary(recs: pd.DataFrame) -> pd.DataFrame:
    """Fire rates by group (threat-type, cooperative, other conflictual) for both detectors,
    and the proxy precision/recall of each detector against its expected group."""
    rows = []
    for g, sub in recs.groupby("group"):
        rows.append(
            {
                "group": g,
                "records": len(sub),
                "threat_fires": float((sub["threat"] > 0).mean()),
                "conciliatory_fires": float((sub["conciliatory"] > 0).mean()),
            }
        )
    out = pd.DataFrame(rows)
    out.attrs["threat_proxy"] = prf(recs["group"] == "threat-type", recs["threat"] > 0)
    out.attrs["conciliatory_proxy"] = prf(recs["group"] == "cooperative", recs["conciliatory"] > 0)
    return out


REUSE_LABELS = (
    "attribution_removed",
    "attribution_added",
    "quote_added",
    "quote_removed",
    "hedge_removed",
    "hedge_added",
    "threat_added",
    "threat_removed",
    "fact_changed",
)


def load_reuse_annotations(path: str | Path) -> pd.DataFrame:
    """Read a sentence-alignment annotation (derived, derived_sentence, source,
    source_sentences, class, transformations)."""
    path = Path(path)
    try:
        gold = pd.read_csv(path, dtype=str, keep_default_na=False)
    except (OSError, pd.errors.ParserError) as exc:
        raise CorpusError(f"{path}: cannot read annotations ({exc})") from exc
    need = {"derived", "derived_sentence", "source", "source_sentences", "class", "transformations"}
    missing = need - set(gold.columns)
    if missing:
        raise CorpusError(f"{path}: missing column(s) {', '.join(sorted(missing))}")
    gold["derived_sentence"] = gold["derived_sentence"].astype(int)
    return gold


def evaluate_reuse(
    annotations: str | Path = "tests/data/reuse_annotations.csv",
    corpus: str | Path = "seeds",
    **options,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Alignment, class and transformation agreement with a sentence-alignment annotation.

    For every annotated (source, derived) pair, each derived sentence is aligned or not in the
    annotation and in ``score_alignment``; a pair annotated only by its aligned sentences (a
    block of siblings) counts every other derived sentence as not aligned. ``options``
    (``paraphrased``, ``kept``, ``equivalents``) go to ``score_alignment``, to measure how
    sensitive the agreement is to them. Returns the scores and the sentence-by-sentence
    comparison."""
    from ..reuse import score_alignment

    gold = load_reuse_annotations(annotations)
    docs = load_corpus(corpus)
    sents = score_sentences(docs)
    rows = []
    for (src, der), g in gold.groupby(["source", "derived"], sort=False):
        al = score_alignment(docs, src, der, sentences=sents, **options)
        al = al[al["class"] != "dropped"].set_index("derived_sentence")
        marks = g.set_index("derived_sentence")
        for k, r in al.iterrows():
            want = marks.loc[k] if k in marks.index else None
            gold_sources = (
                set(want["source_sentences"].split(";")) - {""} if want is not None else set()
            )
            found = {str(r["source_sentence"])} if not pd.isna(r["source_sentence"]) else set()
            found |= set(filter(None, str(r["also_from"]).split("; ")))
            rows.append(
                {
                    "source": src,
                    "derived": der,
                    "derived_sentence": k,
                    "gold_class": want["class"] if want is not None else "added",
                    "class": r["class"],
                    "gold_sources": ";".join(sorted(gold_sources, key=int)),
                    "source_sentence": r["source_sentence"],
                    "same_source": bool(gold_sources & found),
                    "gold_transformations": want["transformations"] if want is not None else "",
                    "transformations": r["transformations"],
                }
            )
    comp = pd.DataFrame(rows)
    gold_aligned = comp["gold_class"] != "added"
    aligned = comp["class"] != "added"
    scores = []
    for (src, der), g in comp.groupby(["source", "derived"], sort=False):
        scores.append(
            {
                "measure": f"aligned {der} to {src}",
                **prf(g["gold_class"] != "added", g["class"] != "added"),
            }
        )
    scores.append({"measure": "aligned (all pairs)", **prf(gold_aligned, aligned)})
    both = comp[gold_aligned & aligned]
    scores.append(
        {
            "measure": "same source sentence (both aligned)",
            "n": len(both),
            "agreement": float(both["same_source"].mean()) if len(both) else float("nan"),
        }
    )
    scores.append(
        {
            "measure": "kept (both aligned)",
            **prf(both["gold_class"] == "kept", both["class"] == "kept"),
        }
    )
    # transformations are judged on the pairs whose annotation labels them, on every sentence
    # either side aligned (a missed alignment loses its transformations)
    judged = gold.groupby(["source", "derived"])["transformations"].apply(lambda x: x.ne("").any())
    keys = list(zip(comp["source"], comp["derived"], strict=True))
    in_judged = pd.Series([bool(judged.get(k, False)) for k in keys], index=comp.index)
    labelled = comp[in_judged & (gold_aligned | aligned)]
    for label in REUSE_LABELS:
        g = labelled["gold_transformations"].str.split(";").apply(lambda xs, lab=label: lab in xs)
        p = labelled["transformations"].str.split("; ").apply(lambda xs, lab=label: lab in xs)
        if g.any() or p.any():
            scores.append({"measure": f"transformation {label}", **prf(g, p)})
    return pd.DataFrame(scores), comp


__all__ = [
    "agreement",
    "cohen_kappa",
    "evaluate_agreement",
    "evaluate_events",
    "evaluate_hedge",
    "evaluate_news",
    "evaluate_plover",
    "evaluate_polnear",
    "evaluate_reuse",
    "evaluate_seeds",
    "event_span",
    "krippendorff_alpha",
    "load_annotations",
    "load_news_codes",
    "load_plover",
    "load_polnear",
    "plover_summary",
    "prf",
]
