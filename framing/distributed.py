"""Dask DataFrames through the public API: ``score_sentences``, ``score_articles`` and
``score_reuse`` of a corpus spread over the partitions of a Dask DataFrame (a cluster).

Dask stays optional: ``import framing`` never imports it, and ``is_dask_frame`` recognises a
Dask DataFrame without importing dask (only an imported dask can have made one). Each
partition is read as ``load_corpus`` reads a table (``table_rows``, ``finish_rows``; a
partition that already is a ``load_corpus`` table is used as it is) and scored by the
in-process functions, so every row, column and dtype equals the in-process tables.

Text reuse runs as Dask steps, each the in-process step on a part of the corpus
(``framing.reuse``): sentence profiles and MinHash band keys per partition of articles;
document frequencies counted per partition and summed (a Dask groupby-sum) into the corpus's
IDF weights; candidate article pairs from a Dask shuffle on ``(band, key)`` (every bucket in
one partition); each candidate pair joined (Dask merges) with its two articles' sentences and
aligned where it lands, keeping the pairs the in-process index keeps (a sentence of each in a
common bucket, similar enough); then siblings marked from the derived pairs, and the table
sorted by ``a``, ``b``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .constants import KINDS, Kind
from .corpus import CORPUS_COLUMNS, finish_rows, table_rows

__all__ = [
    "is_dask_frame",
    "partition_corpus",
    "dask_score_sentences",
    "dask_score_articles",
    "dask_score_reuse",
    "reuse_steps",
]


def is_dask_frame(obj: Any) -> bool:
    """Is ``obj`` a Dask DataFrame? Never imports dask: if ``dask.dataframe`` was never
    imported, nothing can be one."""
    dd = sys.modules.get("dask.dataframe")
    return dd is not None and isinstance(obj, dd.DataFrame)


def partition_corpus(
    table: pd.DataFrame, *, columns: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """One partition as a corpus, as ``load_corpus`` reads a table of articles (columns
    ``id``, ``text``, ``outlet``, ... or as mapped by ``columns``; a ``file`` column is kept).
    A partition that already is a ``load_corpus`` table is returned as it is."""
    if not columns and set(CORPUS_COLUMNS) <= set(table.columns):
        return table[list(CORPUS_COLUMNS)].reset_index(drop=True)
    rows = table_rows(table.reset_index(drop=True), Path("partition"), dict(columns or {}))
    for row, file in zip(rows, table.get("file", [None] * len(rows)), strict=True):
        if isinstance(file, str) and file:
            row["file"] = file
    return finish_rows(rows, "partition")


_SAMPLE = pd.DataFrame({"id": ["meta"], "text": ["War looms."], "outlet": ["x"]})


def _sentences_part(
    table: pd.DataFrame, *, columns: Mapping[str, str] | None, lexicons: Mapping | None
) -> pd.DataFrame:
    from .features import score_sentences

    return score_sentences(partition_corpus(table, columns=columns), lexicons=lexicons)


def _articles_part(
    table: pd.DataFrame,
    *,
    columns: Mapping[str, str] | None,
    lexicons: Mapping | None,
    kinds: Sequence[str],
) -> pd.DataFrame:
    from .features import score_articles

    out = score_articles(partition_corpus(table, columns=columns), lexicons=lexicons, kinds=kinds)
    out.index = table.index  # one row per article, in order: the article's own index
    return out


def dask_score_sentences(
    ddf, *, lexicons: Mapping | None = None, columns: Mapping[str, str] | None = None
):
    """``score_sentences`` of a Dask DataFrame of articles: a Dask DataFrame with the same
    columns and dtypes, one partition per partition of articles (its index counts each
    partition's sentences from 0)."""
    meta = _sentences_part(_SAMPLE, columns=None, lexicons=lexicons).iloc[:0]
    return ddf.map_partitions(
        _sentences_part, columns=columns, lexicons=lexicons, meta=meta, clear_divisions=True
    )


def dask_score_articles(
    ddf,
    *,
    lexicons: Mapping | None = None,
    kinds: Iterable[Kind] = KINDS,
    columns: Mapping[str, str] | None = None,
):
    """``score_articles`` of a Dask DataFrame of articles: a Dask DataFrame with the same
    columns and dtypes, each article's row keeping the index of its input row."""
    kinds = list(kinds)
    meta = _articles_part(_SAMPLE, columns=None, lexicons=lexicons, kinds=kinds).iloc[:0]
    return ddf.map_partitions(
        _articles_part, columns=columns, lexicons=lexicons, kinds=kinds, meta=meta
    )


# --- text reuse ----------------------------------------------------------------------------

_BUNDLE = {
    "article": "int64",  # partition number << 32 | position: a small shuffle key
    "id": "object",
    "n": "int64",  # sentences (of the kinds compared): the IDF's denominator
    "meta": "object",  # the article's corpus row (outlet, kind, byline, based_on, ...)
    "texts": "object",  # its sentences' texts, in order
    "profiles": "object",  # their profiles (framing.reuse.profiles.profile)
    "rows": "object",  # positions of the sentences with concepts (the index leaves out others)
    "keys": "object",  # their band keys, one row per position in ``rows``
}


def _frame(columns: Mapping[str, str], rows: list[dict] | None = None) -> pd.DataFrame:
    df = pd.DataFrame(rows or [], columns=list(columns))
    return df.astype(dict(columns))


def _bundles_part(
    table: pd.DataFrame,
    *,
    columns: Mapping[str, str] | None,
    lexicons: Mapping | None,
    kinds: Iterable[Kind] | Kind | None,
    equivalents: str | Path,
    partition_info: dict | None = None,
) -> pd.DataFrame:
    """One row per article of a partition: its sentences' profiles and band keys."""
    from .features import score_sentences
    from .reuse.index import band_keys
    from .reuse.profiles import equivalents_matcher, profile
    from .reuse.tables import prepare_sentences

    number = (partition_info or {}).get("number", 0)
    corpus = partition_corpus(table, columns=columns)
    sents = score_sentences(corpus, lexicons=lexicons)
    sents = prepare_sentences(corpus, sentences=sents, kinds=kinds)
    matcher = equivalents_matcher(equivalents)
    by_id: dict[str, list[str]] = {}
    for aid, text in zip(sents["id"].astype(str), sents["text"], strict=True):
        by_id.setdefault(aid, []).append(text)
    out = []
    for k, rec in enumerate(corpus.to_dict("records")):
        aid = str(rec["id"])
        texts = by_id.get(aid, [])
        profiles = [profile(t, equivalents=matcher) for t in texts]
        rows = [i for i, p in enumerate(profiles) if p.concepts]
        out.append(
            {
                "article": (number << 32) | k,
                "id": aid,
                "n": len(texts),
                "meta": rec,
                "texts": texts,
                "profiles": profiles,
                "rows": rows,
                "keys": band_keys([profiles[i].concepts for i in rows]),
            }
        )
    return _frame(_BUNDLE, out)


def _frequency_part(bundles: pd.DataFrame) -> pd.DataFrame:
    """How many sentences of the partition have each concept (counts of partitions add up)."""
    from .reuse.profiles import document_frequency

    counts = document_frequency(p for ps in bundles["profiles"] for p in ps)
    return pd.DataFrame(
        {"concept": pd.Series(list(counts), dtype=object), "count": list(counts.values())}
    ).astype({"count": "int64"})


def _idf(frequency: pd.Series, n: int) -> dict[str, float]:
    from .reuse.profiles import idf_weights

    return idf_weights(frequency.to_dict(), int(n))


def _bands_part(bundles: pd.DataFrame) -> pd.DataFrame:
    """One row per sentence with concepts, band and band key (long format): the sentence's
    article number and position (``row``)."""
    parts = []
    for article, rows, keys in zip(
        bundles["article"], bundles["rows"], bundles["keys"], strict=True
    ):
        if len(keys):
            band = np.broadcast_to(np.arange(keys.shape[1], dtype=np.int16), keys.shape)
            row = np.broadcast_to(np.asarray(rows, dtype=np.int32)[:, None], keys.shape)
            art = np.full(keys.size, article, dtype=np.int64)
            parts.append((band.ravel(), keys.ravel(), art, row.ravel()))
    if not parts:
        return _frame(_BANDS)
    cols = (np.concatenate(x) for x in zip(*parts, strict=True))
    return pd.DataFrame(dict(zip(_BANDS, cols, strict=True)))


_BANDS = {"band": "int16", "key": "uint64", "article": "int64", "row": "int32"}
_SENTENCE_PAIRS = {"left": "int64", "lrow": "int32", "right": "int64", "rrow": "int32"}


def _bucket_pairs(bands: pd.DataFrame) -> pd.DataFrame:
    """Pairs of sentences of two articles sharing a bucket (a band and key), from the rows
    of whole buckets (a shuffle on ``(band, key)`` puts each bucket in one partition); the
    article with the smaller number on the left."""
    bands = bands[bands.duplicated(["band", "key"], keep=False)]
    pairs: set[tuple[int, int, int, int]] = set()
    for _, g in bands.groupby(["band", "key"], sort=False):
        members = sorted(zip(g["article"].tolist(), g["row"].tolist(), strict=True))
        for x, (a, i) in enumerate(members):
            pairs.update((a, i, b, j) for b, j in members[x + 1 :] if b != a)
    return _frame(
        _SENTENCE_PAIRS, [dict(zip(_SENTENCE_PAIRS, p, strict=True)) for p in sorted(pairs)]
    )


def _concepts_part(bundles: pd.DataFrame) -> pd.DataFrame:
    """One row per sentence with concepts: article number, position, concepts (sorted)."""
    rows = []
    for article, profiles, positions in zip(
        bundles["article"], bundles["profiles"], bundles["rows"], strict=True
    ):
        for i in positions:
            rows.append(
                {"article": article, "row": i, "concepts": tuple(sorted(profiles[i].concepts))}
            )
    return _frame(_CONCEPTS, rows)


_CONCEPTS = {"article": "int64", "row": "int32", "concepts": "object"}


def _accept_part(
    pairs: pd.DataFrame, idf: Mapping[str, float], *, paraphrased: float
) -> pd.DataFrame:
    """The article pairs of colliding sentence pairs (joined with both sentences' concepts,
    ``lconcepts`` and ``rconcepts``) whose similarity is ``paraphrased`` or more: the test
    the in-process index applies to each bucket's pairs."""
    from .reuse.alignment import similarity
    from .reuse.profiles import Profile, ProfileTable

    where: dict[tuple[int, int], int] = {}
    profiles: list[Profile] = []
    ids: list[str] = []

    def position(article: int, row: int, concepts: tuple[str, ...]) -> int:
        k = where.get((article, row))
        if k is None:
            k = where[(article, row)] = len(profiles)
            profiles.append(Profile(frozenset(concepts), (), (), ()))  # concepts are enough
            ids.append(str(article))
        return k

    cells = [
        (
            r.left,
            r.right,
            position(r.left, r.lrow, r.lconcepts),
            position(r.right, r.rrow, r.rconcepts),
        )
        for r in pairs.itertuples(index=False)
    ]
    t = ProfileTable(pd.DataFrame({"id": ids, "text": [""] * len(ids)}), profiles=profiles, idf=idf)
    accepted: set[tuple[int, int]] = set()
    for a, b, i, j in cells:
        if (a, b) not in accepted and similarity(t, i, j) >= paraphrased:
            accepted.add((a, b))
    return _frame(
        {"left": "int64", "right": "int64"}, [{"left": a, "right": b} for a, b in sorted(accepted)]
    )


def _pair_rows_part(
    pairs: pd.DataFrame, idf: Mapping[str, float], *, paraphrased: float, kept: float
) -> pd.DataFrame:
    """The ``score_reuse`` rows of candidate pairs, each row joined with both articles'
    bundles (columns suffixed ``_l`` and ``_r``); a pair is kept as the in-process index
    keeps it: a sentence of each in one bucket, with a similarity of ``paraphrased`` or more."""
    from .reuse.alignment import similarity
    from .reuse.profiles import ProfileTable
    from .reuse.tables import pair_frame, pair_row

    rows = []
    for r in pairs.itertuples(index=False):
        (a, x), (b, y) = sorted(((r.id_l, "_l"), (r.id_r, "_r")))
        pa, pb = getattr(r, "profiles" + x), getattr(r, "profiles" + y)
        sents = pd.DataFrame(
            {
                "id": [a] * len(pa) + [b] * len(pb),
                "text": getattr(r, "texts" + x) + getattr(r, "texts" + y),
            }
        )
        t = ProfileTable(sents, profiles=pa + pb, idf=idf)
        if not _collide(
            t,
            getattr(r, "rows" + x),
            getattr(r, "keys" + x),
            [len(pa) + i for i in getattr(r, "rows" + y)],
            getattr(r, "keys" + y),
            lambda i, j: similarity(t, i, j) >= paraphrased,
        ):
            continue
        meta = {a: getattr(r, "meta" + x), b: getattr(r, "meta" + y)}
        row = pair_row(t, a, b, meta, paraphrased=paraphrased, kept=kept)
        if row is not None:
            rows.append(row)
    return pair_frame(rows)


def _collide(t, rows_a, keys_a, rows_b, keys_b, accept) -> bool:
    """Does a sentence of a share a bucket with one of b that ``accept`` aligns with it?"""
    for band in range(keys_a.shape[1] if len(rows_a) and len(rows_b) else 0):
        where: dict[int, list[int]] = {}
        for i, k in zip(rows_a, keys_a[:, band].tolist(), strict=True):
            where.setdefault(k, []).append(i)
        for j, k in zip(rows_b, keys_b[:, band].tolist(), strict=True):
            if any(accept(i, j) for i in where.get(k, ())):
                return True
    return False


def _siblings_part(pairs: pd.DataFrame, derived: list[pd.DataFrame]) -> pd.DataFrame:
    """``mark_siblings`` on a partition of pairs, with every derived pair of the corpus."""
    from .reuse.direction import mark_siblings

    derived = [d for d in derived if len(d)]
    if pairs.empty or not derived:
        return pairs
    both = pd.concat([pairs.reset_index(drop=True), *derived], ignore_index=True)
    mark_siblings(both)
    out = both.iloc[: len(pairs)]
    out.index = pairs.index
    return out


def reuse_steps(
    ddf,
    *,
    lexicons: Mapping | None = None,
    kinds: Iterable[Kind] | Kind | None = None,
    paraphrased: float | None = None,
    kept: float | None = None,
    equivalents: str | Path | None = None,
    columns: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """The lazy steps of ``dask_score_reuse``, by name, to inspect or measure them:
    ``bundles`` (one row per article: sentences, profiles, band keys), ``frequency`` (each
    concept's sentence count, summed over partitions), ``idf`` (a delayed dict), ``bands``
    (one row per sentence, band and key: what the shuffle moves), ``colliding`` (pairs of
    sentences of two articles sharing a bucket, with their concepts), ``candidates`` (the
    article pairs of those similar enough, as ``article`` numbers), ``pairs`` (the aligned
    pair rows) and ``table`` (siblings marked, sorted by ``a``, ``b``: the result)."""
    import dask

    from .reuse.alignment import KEPT, PARAPHRASED, check_thresholds
    from .reuse.profiles import SHIPPED_EQUIVALENTS
    from .reuse.tables import pair_frame

    paraphrased = PARAPHRASED if paraphrased is None else paraphrased
    kept = KEPT if kept is None else kept
    equivalents = SHIPPED_EQUIVALENTS if equivalents is None else equivalents
    check_thresholds(paraphrased=paraphrased, kept=kept)
    bundles = ddf.map_partitions(
        _bundles_part,
        columns=columns,
        lexicons=lexicons,
        kinds=kinds,
        equivalents=equivalents,
        meta=_frame(_BUNDLE),
        clear_divisions=True,
    )
    frequency = (
        bundles.map_partitions(
            _frequency_part, meta=_frame({"concept": "object", "count": "int64"})
        )
        .groupby("concept")["count"]
        .sum()
    )
    idf = dask.delayed(_idf, pure=True)(frequency, bundles["n"].sum())
    bands = bundles.map_partitions(_bands_part, meta=_frame(_BANDS))
    colliding = (
        bands.shuffle(on=["band", "key"])
        .map_partitions(_bucket_pairs, meta=_frame(_SENTENCE_PAIRS))
        .drop_duplicates()
    )
    concepts = bundles.map_partitions(_concepts_part, meta=_frame(_CONCEPTS))
    for side, rows in (("left", "lrow"), ("right", "rrow")):
        colliding = colliding.merge(
            concepts.rename(
                columns={"article": side, "row": rows, "concepts": side[0] + "concepts"}
            ),
            on=[side, rows],
            shuffle_method="tasks",
        )
    candidates = colliding.map_partitions(
        _accept_part, idf, paraphrased=paraphrased, meta=_frame({"left": "int64", "right": "int64"})
    ).drop_duplicates()
    side = {c: bundles.rename(columns={k: f"{k}_{c}" for k in _BUNDLE}) for c in "lr"}
    joined = candidates.merge(
        side["l"], left_on="left", right_on="article_l", shuffle_method="tasks"
    ).merge(side["r"], left_on="right", right_on="article_r", shuffle_method="tasks")
    meta = pair_frame([])
    pairs = joined.map_partitions(
        _pair_rows_part, idf, paraphrased=paraphrased, kept=kept, meta=meta
    )
    derived = dask.delayed(list)(pairs[pairs["relation"] == "derived"].to_delayed())
    table = pairs.map_partitions(_siblings_part, derived, meta=meta).sort_values(["a", "b"])
    return {
        "bundles": bundles,
        "frequency": frequency,
        "idf": idf,
        "bands": bands,
        "colliding": colliding,
        "candidates": candidates,
        "pairs": pairs,
        "table": table,
    }


def dask_score_reuse(
    ddf,
    *,
    lexicons: Mapping | None = None,
    kinds: Iterable[Kind] | Kind | None = None,
    paraphrased: float | None = None,
    kept: float | None = None,
    equivalents: str | Path | None = None,
    columns: Mapping[str, str] | None = None,
):
    """``score_reuse`` of a Dask DataFrame of articles: a Dask DataFrame of the same pairs,
    numbers, columns and dtypes, sorted by ``a`` and ``b``.

    Steps (``reuse_steps``): bundles per partition (sentences, profiles, band keys),
    document frequencies (a groupby-sum) into IDF weights (one small task), candidate pairs
    (a shuffle on band and key, then the pairs of each bucket, without duplicates), each
    pair merged with its two bundles and aligned, siblings marked from the derived pairs.
    Nothing runs until the result is computed (or persisted)."""
    return reuse_steps(
        ddf,
        lexicons=lexicons,
        kinds=kinds,
        paraphrased=paraphrased,
        kept=kept,
        equivalents=equivalents,
        columns=columns,
    )["table"]
