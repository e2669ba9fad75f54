"""Outlet tables: sentences → one row per outlet and feature, actor or attribution label.

Every rate comes with its denominators (``sentences``, ``words``) and a percentile bootstrap
interval over sentences: an outlet's sentences are resampled with replacement ``n_boot``
times and the statistic recomputed on each resample. The articles differ threefold in
length, so an interval says how much a rate rests on a handful of sentences.

The bootstrap is deterministic: each outlet draws from its own ``numpy`` Generator seeded
with ``seed`` and a checksum of the outlet's name, so an outlet's interval does not depend on
which other outlets are in the table, nor on their order. All features of one outlet share
the same resamples.

``score_arcs`` places every sentence along its article (0 = start, 1 = end) for the
dispersion plot.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence
from functools import lru_cache

import numpy as np
import pandas as pd

from .lexicons import EXCLUDE, Matcher, actor_lexicon, norm_token
from .sentences import words

__all__ = [
    "ATTRIBUTION_LABELS",
    "DEFAULT_FEATURES",
    "actor_aliases",
    "outlet_order",
    "score_actors",
    "score_arcs",
    "score_attribution",
    "score_outlets",
    "score_sentiment",
    "source_actors",
]

DEFAULT_FEATURES = ("hedge", "booster", "threat", "conciliatory")
ATTRIBUTION_LABELS = ("named", "anonymous", "unattributed")
ARC_FLAGS = ("threat", "conciliatory", "hedge", "unattributed")

OUTLET_COLUMNS = [
    "outlet",
    "feature",
    "count",
    "sentences_with",
    "sentences",
    "words",
    "per_1k",
    "per_1k_low",
    "per_1k_high",
    "share",
    "share_low",
    "share_high",
    "level",
    "n_boot",
]
ATTRIBUTION_COLUMNS = [
    "outlet",
    "attribution",
    "count",
    "sentences",
    "share",
    "share_low",
    "share_high",
    "quotes",
    "level",
    "n_boot",
]
SENTIMENT_COLUMNS = [
    "outlet",
    "sentences",
    "words",
    "mean",
    "mean_low",
    "mean_high",
    "sd",
    "negative",
    "positive",
    "level",
    "n_boot",
]
ACTOR_COLUMNS = [
    "outlet",
    "actor",
    "sentences",
    "mentions",
    "threat",
    "conciliatory",
    "source",
    "mentions_share",
    "threat_share",
    "conciliatory_share",
    "source_share",
    "threat_given_mention",
    "conciliatory_given_mention",
]
ARC_COLUMNS = [
    "id",
    "outlet",
    "sentence",
    "kind",
    "start",
    "end",
    "words",
    "position",
    *ARC_FLAGS,
]


# ---------------------------------------------------------------------------------------
# helpers shared by the notebooks, plots and report
# ---------------------------------------------------------------------------------------


def outlet_order(sentences: pd.DataFrame) -> list[str]:
    """Outlets in order of first appearance (corpus order), not alphabetical."""
    if sentences is None or len(sentences) == 0 or "outlet" not in sentences:
        return []
    return list(dict.fromkeys(sentences["outlet"].astype(str)))


def _select(sentences: pd.DataFrame, kinds: Iterable[str] | None) -> pd.DataFrame:
    if not isinstance(sentences, pd.DataFrame):
        raise TypeError(
            "expected the sentence table from framing.score_sentences, "
            f"got {type(sentences).__name__}"
        )
    if kinds is None:
        return sentences
    kinds = tuple(kinds)
    return sentences[sentences["kind"].isin(kinds)]


def _check_columns(sentences: pd.DataFrame, needed: Iterable[str]) -> None:
    missing = [c for c in needed if c not in sentences.columns]
    if missing:
        raise ValueError(
            f"the sentence table lacks column(s) {missing}; pass the output of "
            "framing.score_sentences"
        )


def _rng(seed: int, outlet: str) -> np.random.Generator:
    return np.random.default_rng([int(seed), zlib.crc32(str(outlet).encode("utf-8"))])


def _resamples(n: int, n_boot: int, rng: np.random.Generator) -> np.ndarray:
    """``n_boot`` × ``n`` indices drawn with replacement."""
    return rng.integers(0, n, size=(n_boot, n)) if n else np.zeros((n_boot, 0), dtype=int)


def _interval(values: np.ndarray, level: float) -> tuple[float, float]:
    values = values[~np.isnan(values)]
    if values.size == 0:
        return (np.nan, np.nan)
    alpha = (1.0 - level) / 2.0
    lo, hi = np.quantile(values, [alpha, 1.0 - alpha])
    return (float(lo), float(hi))


def _check_boot(n_boot: int, level: float) -> None:
    if int(n_boot) < 1:
        raise ValueError(f"n_boot must be at least 1, got {n_boot}")
    if not 0.0 < level < 1.0:
        raise ValueError(f"level must lie between 0 and 1, got {level}")


# ---------------------------------------------------------------------------------------
# features per outlet
# ---------------------------------------------------------------------------------------


def _outlet_resamples(
    sentences: pd.DataFrame,
    kinds: Iterable[str] | None,
    needed: Sequence[str],
    n_boot: int,
    seed: int,
    level: float,
):
    """(outlet, its sentences, bootstrap index array) for each outlet in corpus order: the
    checks and resampling every outlet table shares."""
    _check_boot(n_boot, level)
    s = _select(sentences, kinds)
    _check_columns(s, needed)
    for outlet in outlet_order(s):
        g = s[s["outlet"].astype(str) == outlet]
        yield outlet, g, _resamples(len(g), n_boot, _rng(seed, outlet))


def score_outlets(
    sentences: pd.DataFrame,
    *,
    features: Sequence[str] = DEFAULT_FEATURES,
    kinds: Iterable[str] | None = None,
    n_boot: int = 2000,
    seed: int = 0,
    level: float = 0.95,
) -> pd.DataFrame:
    """One row per outlet × feature: counts, denominators, rates and bootstrap intervals.

    Columns: outlet, feature, ``count`` (lexicon matches), ``sentences_with`` (sentences with
    at least one match), the denominators ``sentences`` and ``words``, ``per_1k`` (matches
    per 1,000 words) and ``share`` (share of sentences with a match), each with
    ``*_low``/``*_high``: the percentile interval at ``level`` over ``n_boot`` resamples of
    the outlet's sentences; then ``level`` and ``n_boot``.

    ``kinds`` keeps only some sentence kinds (for example ``("body",)``); ``None`` keeps all.
    Outlets keep corpus order; an empty table gives an empty result with these columns.
    """
    features = tuple(features)
    needed = ("outlet", "words", *features)
    rows = []
    for outlet, g, idx in _outlet_resamples(sentences, kinds, needed, n_boot, seed, level):
        n = len(g)
        words = g["words"].to_numpy(dtype=float)
        boot_words = words[idx].sum(axis=1)
        for f in features:
            counts = g[f].to_numpy(dtype=float)
            has = (counts > 0).astype(float)
            total_words = words.sum()
            per_1k = counts.sum() / total_words * 1000 if total_words > 0 else np.nan
            share = has.mean() if n else np.nan
            with np.errstate(invalid="ignore", divide="ignore"):
                boot_rate = np.where(
                    boot_words > 0, counts[idx].sum(axis=1) / boot_words * 1000, np.nan
                )
            boot_share = has[idx].mean(axis=1) if n else np.full(n_boot, np.nan)
            r_lo, r_hi = _interval(boot_rate, level)
            s_lo, s_hi = _interval(boot_share, level)
            rows.append(
                {
                    "outlet": outlet,
                    "feature": f,
                    "count": int(counts.sum()),
                    "sentences_with": int(has.sum()),
                    "sentences": n,
                    "words": int(words.sum()),
                    "per_1k": per_1k,
                    "per_1k_low": r_lo,
                    "per_1k_high": r_hi,
                    "share": share,
                    "share_low": s_lo,
                    "share_high": s_hi,
                    "level": level,
                    "n_boot": int(n_boot),
                }
            )
    return _table(rows, OUTLET_COLUMNS, ints=("count", "sentences_with", "sentences", "words"))


def _table(
    rows: list[dict], columns: list[str], *, ints: Iterable[str] = (), bools: Iterable[str] = ()
) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=columns)
    for c in columns:
        if c in ("outlet", "feature", "attribution", "actor", "id", "kind"):
            df[c] = df[c].astype(object)
        elif c in ints or c == "n_boot":
            df[c] = df[c].astype("int64")
        elif c in bools:
            df[c] = df[c].astype(bool)
        else:
            df[c] = df[c].astype("float64")
    return df


# ---------------------------------------------------------------------------------------
# attribution and sentiment per outlet
# ---------------------------------------------------------------------------------------


def score_attribution(
    sentences: pd.DataFrame,
    *,
    kinds: Iterable[str] | None = None,
    n_boot: int = 2000,
    seed: int = 0,
    level: float = 0.95,
) -> pd.DataFrame:
    """One row per outlet × attribution label (named, anonymous, unattributed).

    Columns: outlet, attribution, ``count`` (sentences with that label), ``sentences`` (the
    denominator), ``share`` with its bootstrap interval ``share_low``/``share_high``,
    ``quotes`` (sentences with that label that carry a direct quotation), ``level``,
    ``n_boot``. The three shares of an outlet add up to 1.
    """
    needed = ("outlet", "attribution", "quote")
    rows = []
    for outlet, g, idx in _outlet_resamples(sentences, kinds, needed, n_boot, seed, level):
        n = len(g)
        labels = g["attribution"].astype(str).to_numpy()
        quotes = g["quote"].astype(bool).to_numpy()
        for label in ATTRIBUTION_LABELS:
            hit = (labels == label).astype(float)
            lo, hi = _interval(hit[idx].mean(axis=1), level) if n else (np.nan, np.nan)
            rows.append(
                {
                    "outlet": outlet,
                    "attribution": label,
                    "count": int(hit.sum()),
                    "sentences": n,
                    "share": hit.mean() if n else np.nan,
                    "share_low": lo,
                    "share_high": hi,
                    "quotes": int((quotes & (labels == label)).sum()),
                    "level": level,
                    "n_boot": int(n_boot),
                }
            )
    return _table(rows, ATTRIBUTION_COLUMNS, ints=("count", "sentences", "quotes"))


def score_sentiment(
    sentences: pd.DataFrame,
    *,
    kinds: Iterable[str] | None = None,
    n_boot: int = 2000,
    seed: int = 0,
    level: float = 0.95,
) -> pd.DataFrame:
    """One row per outlet: mean VADER compound score of its sentences with a bootstrap
    interval (``mean_low``/``mean_high``), the standard deviation, and how many sentences
    score negative (< -0.05) and positive (> 0.05), VADER's usual thresholds.
    """
    needed = ("outlet", "sentiment", "words")
    rows = []
    for outlet, g, idx in _outlet_resamples(sentences, kinds, needed, n_boot, seed, level):
        n = len(g)
        v = g["sentiment"].to_numpy(dtype=float)
        lo, hi = _interval(v[idx].mean(axis=1), level) if n else (np.nan, np.nan)
        rows.append(
            {
                "outlet": outlet,
                "sentences": n,
                "words": int(g["words"].sum()),
                "mean": float(v.mean()) if n else np.nan,
                "mean_low": lo,
                "mean_high": hi,
                "sd": float(v.std(ddof=1)) if n > 1 else np.nan,
                "negative": int((v < -0.05).sum()),
                "positive": int((v > 0.05).sum()),
                "level": level,
                "n_boot": int(n_boot),
            }
        )
    return _table(rows, SENTIMENT_COLUMNS, ints=("sentences", "words", "negative", "positive"))


# ---------------------------------------------------------------------------------------
# actors
# ---------------------------------------------------------------------------------------


def actor_aliases() -> dict[str, tuple[str, ...]]:
    """Each actor's names from the shipped actor lexicon (``framing/data/actors.csv``), in
    file order; ``exclude`` rows (place names or titles, not actors) left out."""
    out: dict[str, list[str]] = {}
    for e in actor_lexicon().entries:
        if e.category != EXCLUDE and e.term not in out.setdefault(e.category, []):
            out[e.category].append(e.term)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _actor_matcher() -> Matcher:
    return Matcher((actor_lexicon(),))


def source_actors(source: str | None) -> list[str]:
    """Actors named in an attribution ``source`` ("State Department spokesman Matthew Miller"
    → ["United States"]), found by the same matcher and lexicon as the sentence's actors."""
    if not isinstance(source, str) or not source.strip():
        return []
    raw = [w for w, _, _ in words(source)]
    found = _actor_matcher().find(raw, [norm_token(w) for w in raw])
    return list(dict.fromkeys(m.entry.category for m in found))


def score_actors(
    sentences: pd.DataFrame,
    *,
    actors: Sequence[str] | None = None,
    kinds: Iterable[str] | None = None,
) -> pd.DataFrame:
    """One row per outlet × actor: how the actor appears in the outlet's sentences.

    Columns: outlet, actor, ``sentences`` (the outlet's sentences, the denominator),
    ``mentions`` (sentences mentioning the actor), ``threat`` and ``conciliatory`` (of
    those, sentences with threat / conciliatory language), ``source`` (sentences whose
    attribution source names the actor), the same four as shares of the outlet's sentences
    (``*_share``), and ``threat_given_mention``/``conciliatory_given_mention`` (shares of
    the sentences mentioning the actor).

    ``actors`` chooses and orders the actors (default: every actor of the shipped lexicon
    that the table mentions or cites, in lexicon order).
    """
    s = _select(sentences, kinds)
    _check_columns(s, ("outlet", "actors", "threat", "conciliatory", "source"))
    mention_sets = [
        set(filter(None, str(a).split(";"))) if isinstance(a, str) else set() for a in s["actors"]
    ]
    source_sets = [set(source_actors(x)) for x in s["source"]]
    if actors is None:
        seen = set().union(*mention_sets, *source_sets) if len(s) else set()
        known = list(actor_aliases())
        actors = [a for a in known if a in seen] + sorted(seen - set(known))
    actors = list(actors)
    outlets = s["outlet"].astype(str).to_numpy()
    threat = s["threat"].to_numpy() > 0
    conc = s["conciliatory"].to_numpy() > 0
    rows = []
    for outlet in outlet_order(s):
        here = outlets == outlet
        n = int(here.sum())
        for actor in actors:
            m = np.array([actor in ms for ms in mention_sets], dtype=bool) & here
            src = np.array([actor in ss for ss in source_sets], dtype=bool) & here
            k = int(m.sum())
            rows.append(
                {
                    "outlet": outlet,
                    "actor": actor,
                    "sentences": n,
                    "mentions": k,
                    "threat": int((m & threat).sum()),
                    "conciliatory": int((m & conc).sum()),
                    "source": int(src.sum()),
                }
            )
    df = pd.DataFrame(rows, columns=ACTOR_COLUMNS[:7])
    n = df["sentences"].where(df["sentences"] > 0)
    for c in ("mentions", "threat", "conciliatory", "source"):
        df[f"{c}_share"] = df[c] / n
    k = df["mentions"].where(df["mentions"] > 0)
    df["threat_given_mention"] = df["threat"] / k
    df["conciliatory_given_mention"] = df["conciliatory"] / k
    return _table(
        df.to_dict("records"),
        ACTOR_COLUMNS,
        ints=("sentences", "mentions", "threat", "conciliatory", "source"),
    )


# ---------------------------------------------------------------------------------------
# arcs
# ---------------------------------------------------------------------------------------


def score_arcs(sentences: pd.DataFrame, *, kinds: Iterable[str] | None = None) -> pd.DataFrame:
    """One row per sentence with its relative position in the article and four flags.

    ``position`` is the sentence's midpoint as a fraction of the article's span of sentences
    (0 = the first character of the first sentence, 1 = the last character of the last), so
    long sentences take up their share of the article. The flags ``threat``,
    ``conciliatory``, ``hedge`` (at least one match) and ``unattributed`` (the claim stands
    in the writer's own voice) are booleans. Articles keep corpus order.
    """
    s = _select(sentences, kinds)
    _check_columns(s, ("id", "outlet", "sentence", "kind", "start", "end", "words", "attribution"))
    rows = []
    for aid in dict.fromkeys(s["id"]):
        g = s[s["id"] == aid]
        first, last = int(g["start"].min()), int(g["end"].max())
        span = last - first
        for r in g.itertuples(index=False):
            mid = (r.start + r.end) / 2.0
            rows.append(
                {
                    "id": r.id,
                    "outlet": r.outlet,
                    "sentence": int(r.sentence),
                    "kind": r.kind,
                    "start": int(r.start),
                    "end": int(r.end),
                    "words": int(r.words),
                    "position": (mid - first) / span if span > 0 else 0.0,
                    "threat": bool(r.threat > 0),
                    "conciliatory": bool(r.conciliatory > 0),
                    "hedge": bool(r.hedge > 0),
                    "unattributed": r.attribution == "unattributed",
                }
            )
    return _table(rows, ARC_COLUMNS, ints=("sentence", "start", "end", "words"), bools=ARC_FLAGS)
