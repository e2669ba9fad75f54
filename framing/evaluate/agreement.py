"""Coder agreement: Cohen's kappa and Krippendorff's alpha (nominal), computed with numpy.

Researchers validate a dictionary against their own hand codes, and report how well coders
agree with each other before they read how well the tool agrees with them. An annotation file
codes a feature in a column named after it (``hedge``) or, for several coders, one column per
coder (``hedge:ann1``, ``hedge:ann2``); a blank cell is "not coded" (alpha allows it, kappa
uses the sentences both coded). ``agreement`` compares every pair of coders and the tool with
each coder.
"""

from __future__ import annotations

from itertools import combinations

import numpy as np
import pandas as pd


def _values(x) -> np.ndarray:
    arr = pd.Series(x, dtype=object).to_numpy()
    return np.array([None if _missing(v) else str(v) for v in arr], dtype=object)


def _missing(v) -> bool:
    return (
        v is None
        or (isinstance(v, float) and np.isnan(v))
        or (isinstance(v, str) and not v.strip())
    )


def cohen_kappa(a, b) -> float:
    """Cohen's kappa of two coders' nominal codes (units both coded); NaN when chance
    agreement is total (a single category used throughout)."""
    a, b = _values(a), _values(b)
    if len(a) != len(b):
        raise ValueError(f"cohen_kappa: {len(a)} codes against {len(b)}")
    both = np.array([x is not None and y is not None for x, y in zip(a, b)], dtype=bool)
    a, b = a[both], b[both]
    if not len(a):
        return float("nan")
    cats = sorted(set(a) | set(b))
    idx = {c: i for i, c in enumerate(cats)}
    table = np.zeros((len(cats), len(cats)))
    for x, y in zip(a, b):
        table[idx[x], idx[y]] += 1
    n = table.sum()
    p_o = np.trace(table) / n
    p_e = float((table.sum(axis=1) / n) @ (table.sum(axis=0) / n))
    return float("nan") if p_e == 1 else float((p_o - p_e) / (1 - p_e))


def krippendorff_alpha(data) -> float:
    """Krippendorff's alpha for nominal data: ``data`` is coders × units (rows are coders), with
    None, NaN or blank for a unit a coder did not code. Units coded by fewer than two coders
    are not pairable and drop out, as in Krippendorff (2011)."""
    rows = [_values(r) for r in data]
    if len({len(r) for r in rows}) > 1:
        raise ValueError("krippendorff_alpha: coders have different numbers of units")
    cats = sorted({v for r in rows for v in r if v is not None})
    if not cats:
        return float("nan")
    idx = {c: i for i, c in enumerate(cats)}
    o = np.zeros((len(cats), len(cats)))  # coincidence matrix
    for unit in zip(*rows):
        vals = [idx[v] for v in unit if v is not None]
        m = len(vals)
        if m < 2:
            continue
        counts = np.bincount(vals, minlength=len(cats)).astype(float)
        o += (np.outer(counts, counts) - np.diag(counts)) / (m - 1)
    n_c = o.sum(axis=1)
    n = n_c.sum()
    if n <= 1:
        return float("nan")
    disagree_obs = o.sum() - np.trace(o)
    disagree_exp = (n_c.sum() ** 2 - (n_c**2).sum()) / (n - 1)
    if disagree_exp == 0:
        return float("nan")
    return float(1 - disagree_obs / disagree_exp)


def coder_columns(frame: pd.DataFrame, measure: str) -> dict[str, str]:
    """{coder: column} for ``measure``: ``measure`` itself is coder ``"coder"``, and
    ``measure:NAME`` is coder ``NAME``."""
    out = {}
    for c in frame.columns:
        if c == measure:
            out["coder"] = c
        elif c.startswith(measure + ":") and c[len(measure) + 1 :]:
            out[c[len(measure) + 1 :]] = c
    return out


def agreement(
    frame: pd.DataFrame, measures: dict[str, str], *, binary: tuple[str, ...] = ()
) -> pd.DataFrame:
    """One row per measure and pair: coder against coder, the tool against each coder, and
    all coders together; with the units both coded, raw agreement, Cohen's kappa and
    Krippendorff's alpha.

    ``measures`` maps a measure (``hedge``) to the tool's column in ``frame``; coders' columns
    are found by ``coder_columns``. Measures in ``binary`` are compared as presence (count > 0).
    """
    rows = []
    for measure, tool_col in measures.items():
        coders = coder_columns(frame, measure)
        if not coders:
            continue

        def codes(col, m=measure):
            vals = frame[col]
            if m in binary:
                num = pd.to_numeric(vals.replace("", np.nan), errors="coerce")
                return num.map(lambda v: None if pd.isna(v) else str(int(v > 0)))
            return vals.map(lambda v: None if _missing(v) else str(v))

        coded = {name: codes(col) for name, col in coders.items()}
        tool = codes(tool_col)
        pairs = [(a, b, coded[a], coded[b]) for a, b in combinations(sorted(coded), 2)]
        pairs += [("tool", name, tool, coded[name]) for name in sorted(coded)]
        for a, b, x, y in pairs:
            both = x.notna() & y.notna()
            if not both.any() and a != "tool":
                continue  # coders who shared the work, coding different units
            rows.append(
                {
                    "measure": measure,
                    "pair": f"{a} vs {b}",
                    "units": int(both.sum()),
                    "agreement": float((x[both] == y[both]).mean()) if both.any() else np.nan,
                    "kappa": cohen_kappa(x, y),
                    "alpha": krippendorff_alpha([x, y]),
                }
            )
        if len(coded) > 2:
            rows.append(
                {
                    "measure": measure,
                    "pair": "all coders",
                    "units": int((pd.concat(coded, axis=1).notna().sum(axis=1) >= 2).sum()),
                    "agreement": np.nan,
                    "kappa": np.nan,
                    "alpha": krippendorff_alpha(list(coded.values())),
                }
            )
    return pd.DataFrame(rows, columns=["measure", "pair", "units", "agreement", "kappa", "alpha"])
