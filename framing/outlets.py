"""Outlet tables: sentences → one row per outlet (or group) and feature, actor or label.

Every rate comes with its denominators (``articles``, ``sentences``, ``words``) and a
percentile bootstrap interval that resamples *articles* within the outlet (a cluster
bootstrap, ``framing.bootstrap``): sentences of one article are not independent, and exact
copies of an article are resampled as one. With a single article there is no interval (NaN)
and the ``note`` column says so.

Every table takes the interval options (``framing.bootstrap.IntervalOptions``): ``by``
chooses the unit, ``"outlet"`` (default) or any column of the sentence table, such as the
``group`` column that ``framing.study.with_groups`` adds; ``kinds`` the sentence kinds;
``n_boot``, ``seed``, ``level`` and ``cluster`` the interval. Tables keep the sentence table's
``attrs`` (lexicon origins and hashes).

``score_arcs`` places every sentence along its article (0 = start, 1 = end) for the
dispersion plot.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import NamedTuple, Unpack

import numpy as np
import pandas as pd

from .bootstrap import (
    BOOT_COLUMNS,
    Clusters,
    IntervalOptions,
    IntervalSettings,
    clusters,
    interval,
    ratio,
    resample,
)
from .constants import ATTRIBUTION_LABELS, FEATURES
from .lexicons import EXCLUDE, Lexicon, Matcher, actor_lexicon, norm_token
from .options import shows_options
from .tokens import words

__all__ = [
    "ATTRIBUTION_LABELS",
    "Unit",
    "actor_aliases",
    "actor_table",
    "feature_rates",
    "outlet_order",
    "score_actors",
    "score_arcs",
    "score_attribution",
    "score_outlets",
    "score_sentiment",
    "source_actors",
    "typed_table",
    "unit_order",
    "units",
]

ARC_FLAGS = ("threat", "conciliatory", "hedge", "unattributed")

OUTLET_COLUMNS = [
    "outlet",
    "feature",
    "count",
    "sentences_with",
    "articles",
    "sentences",
    "words",
    "per_1k",
    "per_1k_low",
    "per_1k_high",
    "share",
    "share_low",
    "share_high",
    *BOOT_COLUMNS,
]
ATTRIBUTION_COLUMNS = [
    "outlet",
    "attribution",
    "count",
    "articles",
    "sentences",
    "share",
    "share_low",
    "share_high",
    "quotes",
    *BOOT_COLUMNS,
]
SENTIMENT_COLUMNS = [
    "outlet",
    "articles",
    "sentences",
    "words",
    "mean",
    "mean_low",
    "mean_high",
    "sd",
    "negative",
    "positive",
    *BOOT_COLUMNS,
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
    "articles",
    "threat_given_mention_low",
    "threat_given_mention_high",
    "conciliatory_given_mention_low",
    "conciliatory_given_mention_high",
    *BOOT_COLUMNS,
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
#: Actor columns computed from the counts after the rows are made.
COMPUTED = ("_share", "_given_mention")
_TEXT_COLUMNS = ("outlet", "feature", "attribution", "actor", "id", "kind", "note")
_INT_COLUMNS = ("n_boot", "clusters", "articles")


# ---------------------------------------------------------------------------------------
# helpers shared by the notebooks, plots and report
# ---------------------------------------------------------------------------------------


def outlet_order(sentences: pd.DataFrame) -> list[str]:
    """Outlets in order of first appearance (corpus order), not alphabetical."""
    return unit_order(sentences, "outlet")


def unit_order(sentences: pd.DataFrame, by: str = "outlet") -> list[str]:
    """The values of column ``by`` in order of first appearance (corpus order)."""
    if sentences is None or len(sentences) == 0 or by not in sentences:
        return []
    return list(dict.fromkeys(sentences[by].astype(str)))


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


class Unit(NamedTuple):
    """One unit of an interval table: its name (an outlet, a group, ...), its sentences, their
    clusters, the resampled cluster indices (``None``: fewer than two clusters) and the
    positions of its sentences among those of the kinds kept."""

    name: str
    sentences: pd.DataFrame
    clusters: Clusters
    resamples: np.ndarray | None
    rows: np.ndarray


def units(
    sentences: pd.DataFrame, settings: IntervalSettings, *, needed: Sequence[str] = ()
) -> Iterator[Unit]:
    """Each ``Unit`` of column ``settings.by`` in corpus order, of the kinds kept, once the
    table is known to have the ``needed`` columns: the start every interval table shares
    (outlets, groups, periods, topics, differences, actors)."""
    s = _select(sentences, settings.kinds)
    _check_columns(s, (settings.by, *needed))
    rows = s.groupby(s[settings.by].astype(str).to_numpy(), sort=False).indices  # one pass
    for unit in unit_order(s, settings.by):
        g = s.iloc[rows[unit]]
        c = clusters(g, settings.cluster)
        yield Unit(unit, g, c, resample(c.k, settings.n_boot, settings.seed, unit), rows[unit])


# ---------------------------------------------------------------------------------------
# features per outlet
# ---------------------------------------------------------------------------------------


@shows_options(IntervalSettings)
def score_outlets(
    sentences: pd.DataFrame,
    *,
    features: Sequence[str] = FEATURES,
    **options: Unpack[IntervalOptions],
) -> pd.DataFrame:
    """One row per outlet × feature: counts, denominators, rates and article-level intervals.

    Columns: outlet (or the ``by`` column), feature, ``count`` (lexicon matches),
    ``sentences_with`` (sentences with at least one match), the denominators ``articles``,
    ``sentences`` and ``words``, ``per_1k`` (matches per 1,000 words) and ``share`` (share of
    sentences with a match), each with ``*_low``/``*_high``: the percentile interval at
    ``level`` over ``n_boot`` resamples of the outlet's articles (``cluster``: see
    ``framing.bootstrap.clusters``); then ``level``, ``n_boot``, ``clusters`` (the number of
    units resampled) and ``note`` (say, "1 article: no interval").

    ``kinds`` keeps only some sentence kinds (for example ``("body",)``); ``None`` keeps all.
    Outlets keep corpus order; an empty table gives an empty result with these columns.
    """
    return feature_rates(sentences, features, IntervalSettings.of(options, "score_outlets"))


def feature_rates(
    sentences: pd.DataFrame, features: Sequence[str], settings: IntervalSettings
) -> pd.DataFrame:
    """``score_outlets`` with its options as settings: what the period and topic tables
    compute within each of their units."""
    features = tuple(features)
    level = settings.level
    rows = []
    for unit, g, c, idx, _ in units(sentences, settings, needed=("words", *features)):
        n = len(g)
        words_ = g["words"].to_numpy(dtype=float)
        cw, cn = c.sums(words_), c.sums(np.ones(n))
        for f in features:
            counts = g[f].to_numpy(dtype=float)
            has = (counts > 0).astype(float)
            total_words = words_.sum()
            r_lo, r_hi = interval(ratio(c.sums(counts), cw, idx, 1000.0), level)
            s_lo, s_hi = interval(ratio(c.sums(has), cn, idx), level)
            rows.append(
                {
                    "outlet": unit,
                    "feature": f,
                    "count": int(counts.sum()),
                    "sentences_with": int(has.sum()),
                    "articles": c.articles,
                    "sentences": n,
                    "words": int(total_words),
                    "per_1k": counts.sum() / total_words * 1000 if total_words > 0 else np.nan,
                    "per_1k_low": r_lo,
                    "per_1k_high": r_hi,
                    "share": has.mean() if n else np.nan,
                    "share_low": s_lo,
                    "share_high": s_hi,
                    **settings.boot_columns(c),
                }
            )
    out = typed_table(rows, OUTLET_COLUMNS, ints=("count", "sentences_with", "sentences", "words"))
    return _finish(out, sentences, settings.by)


def typed_table(
    rows: list[dict], columns: list[str], *, ints: Iterable[str] = (), bools: Iterable[str] = ()
) -> pd.DataFrame:
    """Rows as a table typed as every outlet table is: text columns ``str``, counts
    ``int64``, flags ``bool``, the rest ``float64`` (the streamed report shares it)."""
    df = pd.DataFrame(rows, columns=columns)
    for c in columns:
        if c in _TEXT_COLUMNS:
            df[c] = df[c].astype("str")
        elif c in ints or c in _INT_COLUMNS:
            df[c] = df[c].astype("int64")
        elif c in bools:
            df[c] = df[c].astype(bool)
        else:
            df[c] = df[c].astype("float64")
    return df


def _finish(df: pd.DataFrame, sentences, by: str) -> pd.DataFrame:
    """Name the unit column after ``by`` and keep the sentence table's ``attrs``."""
    if by != "outlet":
        df = df.rename(columns={"outlet": by})
    if isinstance(sentences, pd.DataFrame):
        df.attrs = dict(sentences.attrs)
    return df


# ---------------------------------------------------------------------------------------
# attribution and sentiment per outlet
# ---------------------------------------------------------------------------------------


@shows_options(IntervalSettings)
def score_attribution(sentences: pd.DataFrame, **options: Unpack[IntervalOptions]) -> pd.DataFrame:
    """One row per outlet × attribution label (named, anonymous, unattributed).

    Columns: outlet (or ``by``), attribution, ``count`` (sentences with that label), the
    denominators ``articles`` and ``sentences``, ``share`` with its article-level bootstrap
    interval ``share_low``/``share_high``, ``quotes`` (sentences with that label that carry
    a direct quotation), then ``level``, ``n_boot``, ``clusters`` and ``note``. The three
    shares of an outlet add up to 1.
    """
    settings = IntervalSettings.of(options, "score_attribution")
    level = settings.level
    rows = []
    for unit, g, c, idx, _ in units(sentences, settings, needed=("attribution", "quote")):
        n = len(g)
        labels = g["attribution"].astype(str).to_numpy()
        quotes = g["quote"].astype(bool).to_numpy()
        cn = c.sums(np.ones(n))
        for label in ATTRIBUTION_LABELS:
            hit = (labels == label).astype(float)
            lo, hi = interval(ratio(c.sums(hit), cn, idx), level)
            rows.append(
                {
                    "outlet": unit,
                    "attribution": label,
                    "count": int(hit.sum()),
                    "articles": c.articles,
                    "sentences": n,
                    "share": hit.mean() if n else np.nan,
                    "share_low": lo,
                    "share_high": hi,
                    "quotes": int((quotes & (labels == label)).sum()),
                    **settings.boot_columns(c),
                }
            )
    out = typed_table(rows, ATTRIBUTION_COLUMNS, ints=("count", "sentences", "quotes"))
    return _finish(out, sentences, settings.by)


@shows_options(IntervalSettings)
def score_sentiment(sentences: pd.DataFrame, **options: Unpack[IntervalOptions]) -> pd.DataFrame:
    """One row per outlet: mean VADER compound score of its sentences with an article-level
    bootstrap interval (``mean_low``/``mean_high``), the standard deviation, how many
    sentences score negative (< -0.05) and positive (> 0.05), VADER's usual thresholds, and
    the denominators ``articles``, ``sentences``, ``words``.
    """
    settings = IntervalSettings.of(options, "score_sentiment")
    rows = []
    for unit, g, c, idx, _ in units(sentences, settings, needed=("sentiment", "words")):
        n = len(g)
        v = g["sentiment"].to_numpy(dtype=float)
        lo, hi = interval(ratio(c.sums(v), c.sums(np.ones(n)), idx), settings.level)
        rows.append(
            {
                "outlet": unit,
                "articles": c.articles,
                "sentences": n,
                "words": int(g["words"].sum()),
                # correctly rounded, as the streamed report's exact sums give it
                "mean": statistics.mean(v.tolist()) if n else np.nan,
                "mean_low": lo,
                "mean_high": hi,
                "sd": float(v.std(ddof=1)) if n > 1 else np.nan,
                "negative": int((v < -0.05).sum()),
                "positive": int((v > 0.05).sum()),
                **settings.boot_columns(c),
            }
        )
    out = typed_table(rows, SENTIMENT_COLUMNS, ints=("sentences", "words", "negative", "positive"))
    return _finish(out, sentences, settings.by)


# ---------------------------------------------------------------------------------------
# actors
# ---------------------------------------------------------------------------------------


def actor_aliases(lexicon: Lexicon | None = None) -> dict[str, tuple[str, ...]]:
    """Each actor's names from an actor lexicon (default: the shipped
    ``framing/data/actors.csv``; a study's ``actors``), in file order; ``exclude`` rows
    (place names or titles, not actors) left out."""
    out: dict[str, list[str]] = {}
    for e in (lexicon or actor_lexicon()).entries:
        if e.category != EXCLUDE and e.term not in out.setdefault(e.category, []):
            out[e.category].append(e.term)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=8)
def _actor_matcher(lexicon: Lexicon | None = None) -> Matcher:
    return Matcher((lexicon or actor_lexicon(),))


def source_actors(source: str | None, *, lexicon: Lexicon | None = None) -> list[str]:
    """Actors named in an attribution ``source`` ("State Department spokesman Matthew Miller"
    → ["United States"]), found by the same matcher and lexicon as the sentence's actors
    (``lexicon``: a study's actor lexicon instead of the shipped one)."""
    if not isinstance(source, str) or not source.strip():
        return []
    raw = [w for w, _, _ in words(source)]
    found = _actor_matcher(lexicon).find(raw, [norm_token(w) for w in raw])
    return list(dict.fromkeys(m.entry.category for m in found))


@shows_options(IntervalSettings)
def score_actors(
    sentences: pd.DataFrame,
    *,
    actors: Sequence[str] | None = None,
    lexicon: Lexicon | None = None,
    **options: Unpack[IntervalOptions],
) -> pd.DataFrame:
    """One row per outlet × actor: how the actor appears in the outlet's sentences.

    Columns: outlet, actor, ``sentences`` (the outlet's sentences, the denominator),
    ``mentions`` (sentences mentioning the actor), ``threat`` and ``conciliatory`` (of
    those, sentences with threat / conciliatory language), ``source`` (sentences whose
    attribution source names the actor), the same four as shares of the outlet's sentences
    (``*_share``), and ``threat_given_mention``/``conciliatory_given_mention``: shares of
    the sentences mentioning the actor (denominator ``mentions``; NaN when the outlet never
    mentions it), each with ``*_low``/``*_high``, the percentile interval at ``level`` over
    ``n_boot`` resamples of the outlet's ``articles`` (as ``score_outlets``: none for one
    article), then ``level``, ``n_boot``, ``clusters`` and ``note``.

    ``lexicon`` is an actor lexicon (a study's ``actors``): the sentences' text is matched
    against it instead of reading the ``actors`` column the shipped lexicon filled.
    ``actors`` chooses and orders the actors (default: every actor of the lexicon that the
    table mentions or cites, in lexicon order).
    """
    settings = IntervalSettings.of(options, "score_actors")
    level = settings.level
    s = _select(sentences, settings.kinds)
    needed = (settings.by, "threat", "conciliatory", "source")
    needed = (*needed, "text") if lexicon is not None else (*needed, "actors")
    _check_columns(s, needed)
    if lexicon is not None:
        mention_sets = [set(source_actors(t, lexicon=lexicon)) for t in s["text"]]
    else:
        mention_sets = [
            set(filter(None, str(a).split(";"))) if isinstance(a, str) else set()
            for a in s["actors"]
        ]
    source_sets = [set(source_actors(x, lexicon=lexicon)) for x in s["source"]]
    if actors is None:
        seen = set().union(*mention_sets, *source_sets) if len(s) else set()
        known = list(actor_aliases(lexicon))
        actors = [a for a in known if a in seen] + sorted(seen - set(known))
    actors = list(actors)
    threat = s["threat"].to_numpy() > 0
    conc = s["conciliatory"].to_numpy() > 0
    mentioned = {a: np.array([a in ms for ms in mention_sets], dtype=bool) for a in actors}
    cited = {a: np.array([a in ss for ss in source_sets], dtype=bool) for a in actors}
    rows = []
    for outlet, g, c, idx, here in units(sentences, settings, needed=needed):
        n = len(g)
        for actor in actors:
            m, src = mentioned[actor][here], cited[actor][here]
            k = int(m.sum())
            row = {
                "outlet": outlet,
                "actor": actor,
                "sentences": n,
                "mentions": k,
                "threat": int((m & threat[here]).sum()),
                "conciliatory": int((m & conc[here]).sum()),
                "source": int(src.sum()),
                "articles": c.articles,
                **settings.boot_columns(c),
            }
            den = c.sums(m)
            for name, flag in (("threat", threat[here]), ("conciliatory", conc[here])):
                lo, hi = interval(ratio(c.sums(m & flag), den, idx), level)
                row[f"{name}_given_mention_low"] = lo
                row[f"{name}_given_mention_high"] = hi
            rows.append(row)
    return _finish(actor_table(rows), sentences, settings.by)


def actor_table(rows: list[dict]) -> pd.DataFrame:
    """``score_actors``' table from its counted rows: the shares and the rates given a
    mention are derived here, once, for the in-memory and the streamed report."""
    df = pd.DataFrame(rows, columns=[c for c in ACTOR_COLUMNS if not c.endswith(COMPUTED)])
    n = df["sentences"].where(df["sentences"] > 0)
    for c in ("mentions", "threat", "conciliatory", "source"):
        df[f"{c}_share"] = df[c] / n
    k = df["mentions"].where(df["mentions"] > 0)
    df["threat_given_mention"] = df["threat"] / k
    df["conciliatory_given_mention"] = df["conciliatory"] / k
    return typed_table(
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
    # articles in corpus order, each article's rows in table order (one pass, not per article)
    codes = pd.factorize(s["id"].to_numpy(), sort=False)[0]
    g = s.iloc[np.argsort(codes, kind="stable")]
    codes = np.sort(codes, kind="stable")
    start, end = g["start"].to_numpy(dtype=np.int64), g["end"].to_numpy(dtype=np.int64)
    first = pd.Series(start).groupby(codes).transform("min").to_numpy()
    span = pd.Series(end).groupby(codes).transform("max").to_numpy() - first
    mid = (start + end) / 2.0
    position = np.divide(mid - first, span, out=np.zeros(len(g)), where=span > 0)
    rows = {
        "id": g["id"].to_numpy(),
        "outlet": g["outlet"].to_numpy(),
        "sentence": g["sentence"].to_numpy(),
        "kind": g["kind"].to_numpy(),
        "start": start,
        "end": end,
        "words": g["words"].to_numpy(),
        "position": position,
        **{f: g[f].to_numpy() > 0 for f in ("threat", "conciliatory", "hedge")},
        "unattributed": g["attribution"].to_numpy() == "unattributed",
    }
    out = typed_table(
        rows, ARC_COLUMNS, ints=("sentence", "start", "end", "words"), bools=ARC_FLAGS
    )
    return _finish(out, sentences, "outlet")
