"""Time: publication dates in the sentence table and framing per outlet per period.

``published`` is read as a timestamp (date, and time of day where the corpus gives one);
``with_time`` joins it to the sentence table by article id with the ``period`` it falls in;
``score_periods`` gives rates per outlet per period with article-level intervals. The period
(day, week or month) is chosen from the corpus's span unless you say otherwise.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Unpack

import numpy as np
import pandas as pd

from .bootstrap import IntervalOptions, IntervalSettings
from .constants import FEATURES
from .options import shows_options

__all__ = [
    "PERIODS",
    "choose_period",
    "has_time",
    "parse_published",
    "rates_by_period",
    "score_periods",
    "with_time",
]

#: Period lengths, shortest first; ``choose_period`` picks one from a corpus's span.
PERIODS = ("day", "week", "month")
_FREQ = {"day": "D", "week": "W-SUN", "month": "M"}
_SEP = "\x1f"


def parse_published(values) -> pd.Series:
    """``published`` strings as timestamps (date, and time of day where given; time zones
    converted to UTC); blank or unreadable values become ``NaT``, never dropped."""
    s = pd.Series(values, copy=False).astype(object)
    s = s.where(s.astype(str).str.strip() != "", None)
    out = pd.to_datetime(s, errors="coerce", utc=True, format="mixed")
    return out.dt.tz_convert(None)


def has_time(values) -> pd.Series:
    """True where a ``published`` string gives a time of day (``2024-01-12T14:30``), not
    only a date."""
    return pd.Series(values, copy=False).astype(str).str.contains(r"\d{1,2}:\d{2}", regex=True)


def choose_period(dates) -> str:
    """``"day"`` for a corpus spanning up to 60 days, ``"week"`` up to 26 weeks, else
    ``"month"``: about a dozen to a few dozen points on a timeline."""
    d = pd.Series(dates).dropna()
    if d.empty:
        return "day"
    span = (d.max() - d.min()).days
    return "day" if span <= 60 else "week" if span <= 182 else "month"


def _period_start(dates: pd.Series, period: str) -> pd.Series:
    if period not in _FREQ:
        raise ValueError(f"period must be one of {PERIODS}, not {period!r}")
    if period == "day":
        return dates.dt.floor("D")
    out = pd.Series(pd.NaT, index=dates.index, dtype="datetime64[ns]")
    ok = dates.notna()
    out[ok] = dates[ok].dt.to_period(_FREQ[period]).dt.start_time
    return out


def with_time(
    sentences: pd.DataFrame, corpus: pd.DataFrame, *, period: str | None = None
) -> pd.DataFrame:
    """The sentence table with ``published`` (timestamp, joined from the corpus by article
    id unless already there) and ``period`` (the start of the day, week or month it falls
    in; ``period=None`` chooses from the corpus's span). Undated articles keep ``NaT``."""
    if "id" not in sentences:
        raise ValueError("the sentence table has no id column; pass framing.score_sentences")
    out = sentences.copy()
    if "published" in out and pd.api.types.is_datetime64_any_dtype(out["published"]):
        pub = out["published"]
    else:
        if corpus is None or "published" not in corpus or "id" not in corpus:
            raise ValueError("the corpus has no published column to date the sentences by")
        dates = pd.Series(parse_published(corpus["published"]).to_numpy(), index=corpus["id"])
        pub = out["id"].map(dates)
        out["published"] = pub
    chosen = period or choose_period(pub)
    out["period"] = _period_start(pd.to_datetime(pub), chosen)
    out.attrs = dict(sentences.attrs)
    out.attrs["period"] = chosen
    return out


@shows_options(IntervalSettings)
def score_periods(
    sentences: pd.DataFrame,
    corpus: pd.DataFrame | None = None,
    *,
    period: str | None = None,
    features: Sequence[str] = FEATURES,
    **options: Unpack[IntervalOptions],
) -> pd.DataFrame:
    """One row per outlet × period × feature: ``score_outlets``'s counts, denominators,
    rates and article-level intervals within each period.

    Columns: outlet (or ``by``), ``period`` (the period's start; ``NaT`` for undated
    articles, kept, not dropped), ``period_length`` (day, week or month), then the columns
    of ``score_outlets`` after its first. ``corpus`` supplies ``published`` when the
    sentence table lacks it. Rows run by outlet in corpus order, then by period. The units
    (``by``) and intervals follow the interval options (``framing.bootstrap.IntervalOptions``).
    """
    from .outlets import feature_rates

    settings = IntervalSettings.of(options, "score_periods")
    s = with_time(sentences, corpus, period=period)
    t = rates_by_period(s, lambda f, st: feature_rates(f, features, st), settings, features)
    t.attrs = dict(s.attrs)
    return t


def rates_by_period(
    s: pd.DataFrame,
    rates: Callable[[pd.DataFrame, IntervalSettings], pd.DataFrame],
    settings: IntervalSettings,
    features: Sequence[str],
) -> pd.DataFrame:
    """Rates of each unit (``settings.by``) in each period of a frame dated by ``with_time``:
    ``rates`` (sentence rows or per-article sums) runs once on unit-and-period keys, and the
    rows come back in the units' first-seen order, then period, then feature."""
    by = settings.by
    chosen = s.attrs["period"]
    label = s["period"].dt.strftime("%Y-%m-%dT%H:%M:%S").fillna("undated")
    s = s.assign(_unit=s[by].astype(str) + _SEP + label)
    t = rates(s, replace(settings, by="_unit"))
    parts = t["_unit"].str.split(_SEP, n=1, expand=True) if len(t) else None
    unit = parts[0] if parts is not None else pd.Series(dtype="str")
    when = (
        pd.to_datetime(parts[1].where(parts[1] != "undated"), format="%Y-%m-%dT%H:%M:%S")
        if parts is not None
        else pd.Series(dtype="datetime64[ns]")
    )
    t = t.drop(columns="_unit")
    t.insert(0, "period_length", chosen)
    t.insert(0, "period", when.to_numpy() if len(t) else np.array([], dtype="datetime64[ns]"))
    t.insert(0, by, unit.astype("str").to_numpy())
    order = {u: k for k, u in enumerate(dict.fromkeys(s[by].astype(str)))}
    forder = {f: k for k, f in enumerate(features)}
    t["_o"], t["_f"] = t[by].map(order), t["feature"].map(forder)
    t = t.sort_values(["_o", "period", "_f"], kind="stable", na_position="last")
    return t.drop(columns=["_o", "_f"]).reset_index(drop=True)
