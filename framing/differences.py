"""Differences between outlets (or groups), with intervals a reader can check.

For each pair of units and each feature, the difference of their rates with a percentile
interval from the same article-level resamples as the outlet tables (``framing.bootstrap``:
each unit resamples its own articles, independently of the other). With many pairs some
intervals exclude zero by chance, so the table says how many comparisons were made and
gives a Bonferroni-adjusted interval beside the plain one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import combinations
from typing import Unpack

import numpy as np
import pandas as pd

from .bootstrap import IntervalOptions, IntervalSettings, interval, ratio
from .constants import FEATURES, MEASURES, Measure
from .options import check_option, shows_options
from .outlets import units

__all__ = ["DIFFERENCE_COLUMNS", "score_differences"]

DIFFERENCE_COLUMNS = [
    "a",
    "b",
    "feature",
    "measure",
    "value_a",
    "value_b",
    "difference",
    "low",
    "high",
    "excludes_zero",
    "adjusted_low",
    "adjusted_high",
    "adjusted_excludes_zero",
    "comparisons",
    "articles_a",
    "articles_b",
    "level",
    "n_boot",
    "note",
]


def _replicates(g, c, idx, feature: str, measure: str):
    """Point value and bootstrap replicates (or ``None``) of one unit's rate."""
    counts = g[feature].to_numpy(dtype=float)
    if measure == "per_1k":
        num, den, scale = counts, g["words"].to_numpy(dtype=float), 1000.0
    else:
        num, den, scale = (counts > 0).astype(float), np.ones(len(g)), 1.0
    total = den.sum()
    value = num.sum() / total * scale if total > 0 else np.nan
    return value, ratio(c.sums(num), c.sums(den), idx, scale)


@shows_options(IntervalSettings)
def score_differences(
    sentences: pd.DataFrame,
    *,
    features: Sequence[str] = FEATURES,
    measure: Measure = "per_1k",
    pairs: Iterable[tuple[str, str]] | None = None,
    **options: Unpack[IntervalOptions],
) -> pd.DataFrame:
    """One row per pair of units × feature: ``difference`` = ``value_a`` - ``value_b``.

    ``measure`` is ``"per_1k"`` or ``"share"``; ``pairs`` chooses the comparisons (default:
    every pair, in corpus order). Columns: a, b, feature, measure, the two values and their
    difference, ``low``/``high`` (percentile interval at ``level`` of the difference of
    independent article-level resamples) and ``excludes_zero``; ``adjusted_*`` the same at
    the Bonferroni level ``1 - (1 - level) / comparisons``; ``comparisons`` (rows in the
    table), ``articles_a``/``articles_b``, ``level``, ``n_boot`` and ``note`` (why an
    interval is missing: a unit with a single article). The units (``by``) and intervals
    follow the interval options (``framing.bootstrap.IntervalOptions``).
    """
    check_option("measure", measure, MEASURES, "score_differences")
    settings = IntervalSettings.of(options, "score_differences")
    level = settings.level
    features = tuple(features)
    stats, info = {}, {}
    for unit, g, c, idx, _ in units(sentences, settings, needed=("words", *features)):
        stats[unit] = {f: _replicates(g, c, idx, f, measure) for f in features}
        info[unit] = (c.articles, idx is None)
    if pairs is None:
        pairs = list(combinations(stats, 2))
    else:
        pairs = [(str(a), str(b)) for a, b in pairs]
        unknown = sorted({u for p in pairs for u in p} - set(stats))
        if unknown:
            raise ValueError(
                f"pairs name unknown {settings.by} value(s) {unknown}; found {list(stats)}"
            )
    comparisons = len(pairs) * len(features)
    adj = 1.0 - (1.0 - level) / comparisons if comparisons else level
    rows = []
    for a, b in pairs:
        single = [u for u in (a, b) if info[u][1]]
        note = f"no interval: {', '.join(single)} has one article" if single else ""
        for f in features:
            (va, ra), (vb, rb) = stats[a][f], stats[b][f]
            reps = None if ra is None or rb is None else ra - rb
            lo, hi = interval(reps, level)
            alo, ahi = interval(reps, adj)
            rows.append(
                {
                    "a": a,
                    "b": b,
                    "feature": f,
                    "measure": measure,
                    "value_a": va,
                    "value_b": vb,
                    "difference": va - vb,
                    "low": lo,
                    "high": hi,
                    "excludes_zero": bool(lo > 0 or hi < 0),
                    "adjusted_low": alo,
                    "adjusted_high": ahi,
                    "adjusted_excludes_zero": bool(alo > 0 or ahi < 0),
                    "comparisons": comparisons,
                    "articles_a": info[a][0],
                    "articles_b": info[b][0],
                    "level": level,
                    "n_boot": int(settings.n_boot),
                    "note": note,
                }
            )
    df = pd.DataFrame(rows, columns=DIFFERENCE_COLUMNS)
    for c in ("a", "b", "feature", "measure", "note"):
        df[c] = df[c].astype("str")
    for c in ("comparisons", "articles_a", "articles_b", "n_boot"):
        df[c] = df[c].astype("int64")
    for c in ("excludes_zero", "adjusted_excludes_zero"):
        df[c] = df[c].astype(bool)
    df.attrs = dict(sentences.attrs) if isinstance(sentences, pd.DataFrame) else {}
    df.attrs["comparisons"] = comparisons
    return df
