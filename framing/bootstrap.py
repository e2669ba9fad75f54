"""Cluster bootstrap: intervals that resample articles, not sentences.

Sentences of one article are not independent (one writer, one story, one source), so an
interval that resamples sentences is too narrow, and five copies of one article shrink it
five-fold. Every interval in framing's outlet, group, period and topic tables resamples
*clusters*: by default an article, with exact copies (the same sentences word for word)
merged into one cluster, so that a copy adds no evidence. A resampled cluster keeps its
sentences as they are. A statistic is a ratio of sums over clusters (matches / words,
sentences with a match / sentences, summed sentiment / sentences), so resampling works on
per-cluster sums and costs little.

With one cluster there is nothing to resample: the interval is NaN and ``note`` says so.

Every interval table (``score_outlets``, ``score_attribution``, ``score_sentiment``,
``score_differences``, ``score_periods``, ``score_topics``) takes the same keyword options,
typed once as ``IntervalOptions`` and held with their defaults by ``IntervalSettings``.

Draws are deterministic: a unit (outlet, group, ...) draws from its own ``numpy`` Generator
seeded with ``seed`` and a checksum of the unit's name, so its interval does not depend on
the other units in the table, and tables that share a unit share its draws.
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import TypedDict

import numpy as np
import pandas as pd

from .constants import KINDS, Kind
from .options import check_options, keyword_settings

__all__ = [
    "BOOT_COLUMNS",
    "Clusters",
    "IntervalOptions",
    "IntervalSettings",
    "check_boot",
    "clusters",
    "interval",
    "note",
    "ratio",
    "resample",
]

#: Columns every interval table carries after its rates: how the interval was drawn.
BOOT_COLUMNS = ["level", "n_boot", "clusters", "note"]


@dataclass(frozen=True)
class Clusters:
    """The clusters of one unit: ``codes`` gives each sentence's cluster (0..k-1),
    ``articles`` the number of distinct article ids, ``k`` the number of clusters."""

    codes: np.ndarray
    k: int
    articles: int

    def sums(self, values) -> np.ndarray:
        """Per-cluster sums of a per-sentence array (shape ``(k,)``)."""
        return np.bincount(self.codes, weights=np.asarray(values, dtype=float), minlength=self.k)


def check_boot(n_boot: int, level: float) -> None:
    """Raise a clear ``ValueError`` for a bootstrap size below 1 or a level outside (0, 1)."""
    if int(n_boot) < 1:
        raise ValueError(f"n_boot must be at least 1, got {n_boot}")
    if not 0.0 < level < 1.0:
        raise ValueError(f"level must lie between 0 and 1, got {level}")


def clusters(sentences: pd.DataFrame, cluster: str = "article") -> Clusters:
    """The clusters of a unit's sentences.

    ``cluster="article"`` groups by article ``id`` and merges articles whose sentences are
    identical (when the table has a ``text`` column); any other value names a column of the
    table (for example ``"based_on"``, to resample stories rather than copies of them).
    """
    n = len(sentences)
    if n == 0:
        return Clusters(np.zeros(0, dtype=np.intp), 0, 0)
    ids = sentences["id"].astype(str) if "id" in sentences else pd.Series(["?"] * n)
    articles = int(ids.nunique())
    if cluster == "article":
        if "text" in sentences:
            sig = (
                sentences["text"]
                .astype(str)
                .groupby(ids.to_numpy(), sort=False)
                .agg(lambda t: hashlib.sha1("\x1e".join(t).encode("utf-8")).hexdigest())
            )
            keys = ids.map(sig)
        else:
            keys = ids
    else:
        if cluster not in sentences:
            raise ValueError(f"cluster={cluster!r}: the table has no such column")
        keys = sentences[cluster].astype(str)
    codes, uniques = pd.factorize(keys.to_numpy(), sort=False)
    return Clusters(codes.astype(np.intp), len(uniques), articles)


def resample(k: int, n_boot: int, seed: int, unit: str) -> np.ndarray | None:
    """``n_boot`` × ``k`` cluster indices drawn with replacement, or ``None`` when there are
    fewer than two clusters (no interval can be had)."""
    if k < 2:
        return None
    rng = np.random.default_rng([int(seed), zlib.crc32(str(unit).encode("utf-8"))])
    return rng.integers(0, k, size=(int(n_boot), k))


def ratio(num: np.ndarray, den: np.ndarray, idx: np.ndarray | None, scale: float = 1.0):
    """Bootstrap replicates of ``sum(num) / sum(den) * scale`` over resampled clusters
    (NaN where a resample's denominator is 0); ``None`` when ``idx`` is ``None``."""
    if idx is None:
        return None
    d = den[idx].sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(d > 0, num[idx].sum(axis=1) / d * scale, np.nan)


def interval(values: np.ndarray | None, level: float) -> tuple[float, float]:
    """The percentile interval of bootstrap replicates at ``level`` (NaN when none)."""
    if values is None:
        return (np.nan, np.nan)
    values = values[~np.isnan(values)]
    if values.size == 0:
        return (np.nan, np.nan)
    alpha = (1.0 - level) / 2.0
    lo, hi = np.quantile(values, [alpha, 1.0 - alpha])
    return (float(lo), float(hi))


def note(c: Clusters) -> str:
    """What a reader must know about an interval: none with one cluster, copies merged."""
    if c.k == 0:
        return "no sentences"
    if c.articles == 1:
        return "1 article: no interval"
    if c.k == 1:
        return f"{c.articles} copies of 1 article: no interval"
    if c.k < c.articles:
        return f"{c.articles} articles, {c.k} distinct: copies resampled together"
    return ""


class IntervalOptions(TypedDict, total=False):
    """The keyword options of every interval table, for ``**options: Unpack[IntervalOptions]``
    (their meaning and defaults: ``IntervalSettings``)."""

    by: str
    kinds: Iterable[Kind] | None
    n_boot: int
    seed: int
    level: float
    cluster: str


@dataclass(frozen=True)
class IntervalSettings:
    """How an interval table cuts its sentences into units and draws each unit's interval.

    ``by``: the column whose values are the units (``"outlet"``, or ``"group"`` after
    ``framing.study.with_groups``); ``kinds``: the sentence kinds kept (``None``: all);
    ``n_boot`` resamples of the unit's clusters (``cluster``: see ``clusters``), drawn from
    ``seed``, give the percentile interval at ``level``."""

    by: str = "outlet"
    kinds: Iterable[Kind] | None = None
    n_boot: int = 2000
    seed: int = 0
    level: float = 0.95
    cluster: str = "article"

    @classmethod
    def of(cls, options: Mapping[str, object], where: str) -> IntervalSettings:
        """The settings of one call's ``**options``, checked (``where``: the function)."""
        settings = keyword_settings(cls, options, where)
        check_boot(settings.n_boot, settings.level)
        if settings.kinds is None:
            return settings
        return replace(settings, kinds=check_options("kinds", settings.kinds, KINDS, where))

    def boot_columns(self, c: Clusters) -> dict:
        """The ``BOOT_COLUMNS`` of a unit's row: level, resamples, clusters and the note."""
        return {"level": self.level, "n_boot": int(self.n_boot), "clusters": c.k, "note": note(c)}
