"""Sources: who is heard, how often, with which cues, in which outlets (codebook §4).

``score_sources`` reads the sentence table and gathers every attributed sentence under one
source. The same source under different names counts once: a person's variants share a
surname ("Miller", "State Department spokesman Matthew Miller"), and within an article a
short definite phrase ("the official") joins the fuller phrase it repeats ("A senior US
administration official"). The longest variant names the group; all variants are listed.
"""

from __future__ import annotations

import re

import pandas as pd

from .tokens import NAME_WORD

SOURCE_COLUMNS = [
    "source",
    "label",
    "source_type",
    "sentences",
    "quotes",
    "articles",
    "outlets",
    "cues",
    "variants",
]
_DET = re.compile(r"^(the|a|an)\s+", re.I)


def _surname(source: str) -> str | None:
    words = [w for w in NAME_WORD.findall(source) if w[:1].isupper()]
    if not words:
        return None
    last = words[-1].replace("’", "'")
    return last[:-2] if last.endswith("'s") else last


def _head(source: str) -> str:
    words = NAME_WORD.findall(source.lower())
    return words[-1] if words else ""


def source_keys(sentences: pd.DataFrame) -> pd.Series:
    """A key per attributed sentence that is the same for one source under several names
    (NaN where the sentence has no source)."""
    att = sentences[sentences["source"].notna() & (sentences["attribution"] != "unattributed")]
    keys = pd.Series(pd.NA, index=sentences.index, dtype=object)
    # persons: one key per surname across the corpus
    for i, row in att.iterrows():
        src = str(row["source"])
        if row["source_type"] in ("person", "titled_official") and _surname(src):
            keys[i] = "person:" + _surname(src).lower()
        else:
            keys[i] = "phrase:" + _DET.sub("", src.lower()).strip()
    # within an article, "the official" joins the fuller phrase with the same head noun
    for _, art in att.groupby("id", sort=False):
        fuller: dict[str, str] = {}
        for i, row in art.iterrows():
            src = str(row["source"])
            head = _head(src)
            words = NAME_WORD.findall(src)
            if keys[i].startswith("phrase:") and len(words) <= 2 and head in fuller:
                keys[i] = fuller[head]
            elif keys[i].startswith("phrase:") and len(words) > 2:
                fuller.setdefault(head, keys[i])
    return keys


def score_sources(sentences: pd.DataFrame, *, by: str | None = None) -> pd.DataFrame:
    """One row per source (or per source and ``by``, e.g. ``by="outlet"``): its label and
    type, attributed sentences, sentences with a direct quotation, articles, outlets, the
    cues used and every name it appears under. Sorted by sentences, then name."""
    need = {"id", "outlet", "source", "source_type", "attribution", "cue", "quote"}
    missing = need - set(sentences.columns)
    if missing:
        raise ValueError(f"score_sources needs the sentence table; missing {sorted(missing)}")
    keys = source_keys(sentences)
    att = sentences.assign(_key=keys)[keys.notna()]
    groups = ["_key"] + ([by] if by else [])
    rows = []
    for key, g in att.groupby(groups, sort=False):
        variants = sorted(set(g["source"].astype(str)), key=lambda s: (-len(s), s))
        row = {
            "source": variants[0],
            "label": g["attribution"].mode().iloc[0],
            "source_type": g["source_type"].mode().iloc[0],
            "sentences": len(g),
            "quotes": int(g["quote"].sum()),
            "articles": g["id"].nunique(),
            "outlets": "; ".join(sorted(set(g["outlet"]))),
            "cues": "; ".join(sorted(set(g["cue"].dropna().str.lower()))),
            "variants": "; ".join(variants),
        }
        if by:
            row[by] = key[1]
        rows.append(row)
    cols = SOURCE_COLUMNS + ([by] if by else [])
    out = pd.DataFrame(rows, columns=cols)
    if len(out):
        out = out.sort_values(["sentences", "source"], ascending=[False, True], kind="stable")
    return out.reset_index(drop=True)
