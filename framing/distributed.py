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
from typing import Any, NamedTuple

import numpy as np
import pandas as pd

from .constants import KINDS, Kind
from .corpus import CORPUS_COLUMNS, finish_rows, table_rows
from .lexicons import Lexicon

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
    table: pd.DataFrame,
    *,
    columns: Mapping[str, str] | None,
    lexicons: Mapping | None,
    actors: Lexicon | None,
) -> pd.DataFrame:
    from .features import score_sentences

    corpus = partition_corpus(table, columns=columns)
    return score_sentences(corpus, lexicons=lexicons, actors=actors)


def _articles_part(
    table: pd.DataFrame,
    sentences: pd.DataFrame | None = None,
    *,
    columns: Mapping[str, str] | None,
    lexicons: Mapping | None,
    kinds: Sequence[str],
) -> pd.DataFrame:
    from .features import score_articles

    corpus = partition_corpus(table, columns=columns)
    if sentences is not None:
        unknown = sorted(set(sentences["id"].astype(str)) - set(corpus["id"].astype(str)))
        if unknown:
            raise ValueError(
                f"sentences of articles not in this partition ({', '.join(unknown[:5])}): "
                "pass score_sentences of the same Dask DataFrame"
            )
        sentences = sentences.reset_index(drop=True)
    out = score_articles(corpus, lexicons=lexicons, kinds=kinds, sentences=sentences)
    out.index = table.index  # one row per article, in order: the article's own index
    return out


def dask_score_sentences(
    ddf,
    *,
    lexicons: Mapping | None = None,
    actors: Lexicon | None = None,
    columns: Mapping[str, str] | None = None,
):
    """``score_sentences`` of a Dask DataFrame of articles: a Dask DataFrame with the same
    columns and dtypes, one partition per partition of articles (its index counts each
    partition's sentences from 0). Options as ``score_sentences``; ``columns`` maps the
    table's column names as ``load_corpus`` does."""
    options = {"columns": columns, "lexicons": lexicons, "actors": actors}
    meta = _sentences_part(_SAMPLE, **{**options, "columns": None}).iloc[:0]
    return ddf.map_partitions(_sentences_part, **options, meta=meta, clear_divisions=True)


def dask_score_articles(
    ddf,
    *,
    lexicons: Mapping | None = None,
    kinds: Iterable[Kind] = KINDS,
    sentences=None,
    columns: Mapping[str, str] | None = None,
):
    """``score_articles`` of a Dask DataFrame of articles: a Dask DataFrame with the same
    columns and dtypes, each article's row keeping the index of its input row.
    ``sentences``: ``score_sentences`` of the same Dask DataFrame (partition by partition),
    to score the sentences once for both tables."""
    kinds = list(kinds)
    options = {"columns": columns, "lexicons": lexicons, "kinds": kinds}
    meta = _articles_part(_SAMPLE, **{**options, "columns": None}).iloc[:0]
    if sentences is None:
        return ddf.map_partitions(_articles_part, **options, meta=meta)
    if not is_dask_frame(sentences) or sentences.npartitions != ddf.npartitions:
        raise TypeError(
            "score_articles of a Dask DataFrame takes as sentences the score_sentences "
            "of the same Dask DataFrame (one partition per partition of articles)"
        )
    return ddf.map_partitions(
        _articles_part, sentences, **options, meta=meta, align_dataframes=False
    )


# --- text reuse ----------------------------------------------------------------------------
#
# Keys: an article's number is ``partition << 32 | position`` and a sentence's number
# ``partition << 40 | position among the partition's sentences``: unique over the corpus,
# known without counting the other partitions, small to shuffle.

_PARTS = {
    "article": "int64",
    "first": "int64",  # number of the article's first sentence (the next ones follow)
    "id": "object",
    "meta": "object",  # the article's corpus row without its text (outlet, kind, byline, ...)
    "concepts": "object",  # one sorted tuple of concepts per sentence (kinds compared)
    "surface": "object",  # one tuple of normalised words per sentence
    "own": "object",  # one tuple of words outside quotation marks per sentence
    "rows": "object",  # positions of the sentences with concepts (the index leaves out others)
    "keys": "object",  # their band keys, one row per position in ``rows``
}
_FREQUENCY = {"concept": "object", "count": "int64"}
_BANDS = {"band": "int16", "key": "uint64", "article": "int64", "sentence": "int64"}
_COLLIDING = {"left": "int64", "lsentence": "int64", "right": "int64", "rsentence": "int64"}
_SENTENCES = {"sentence": "int64", "concepts": "object"}  # concept ranks, int32 bytes
_CANDIDATES = {"left": "int64", "right": "int64"}
_PROFILES = {"article": "int64", "profile": "object"}  # a pickled ArticleProfile
_DROP_FROM_META = ("text", "raw")


def _frame(columns: Mapping[str, str], data: Mapping | None = None) -> pd.DataFrame:
    """A table of ``columns`` (name -> dtype): empty, or of column arrays ``data``."""
    if data is None:
        return pd.DataFrame({c: pd.Series([], dtype=t) for c, t in columns.items()})
    return pd.DataFrame({c: pd.Series(data[c], dtype=t) for c, t in columns.items()})


def _parts_part(
    table: pd.DataFrame,
    *,
    columns: Mapping[str, str] | None,
    lexicons: Mapping | None,
    kinds: Iterable[Kind] | Kind | None,
    equivalents: str | Path,
    partition_info: dict | None = None,
) -> pd.DataFrame:
    """One row per article of a partition: its sentences' concepts, words and band keys."""
    from .features import score_sentences
    from .reuse.index import band_keys
    from .reuse.profiles import equivalents_matcher, profile
    from .reuse.tables import prepare_sentences

    number = (partition_info or {}).get("number", 0)
    corpus = partition_corpus(table, columns=columns)
    sents = prepare_sentences(
        corpus, sentences=score_sentences(corpus, lexicons=lexicons), kinds=kinds
    )
    matcher = equivalents_matcher(equivalents)
    by_id: dict[str, list] = {}
    for aid, text in zip(sents["id"].astype(str), sents["text"], strict=True):
        by_id.setdefault(aid, []).append(profile(text, equivalents=matcher))
    out: dict[str, list] = {c: [] for c in _PARTS}
    first = number << 40
    for k, rec in enumerate(corpus.to_dict("records")):
        aid = str(rec["id"])
        profiles = by_id.get(aid, [])
        rows = [i for i, p in enumerate(profiles) if p.concepts]
        out["article"].append((number << 32) | k)
        out["first"].append(first)
        out["id"].append(aid)
        out["meta"].append({c: v for c, v in rec.items() if c not in _DROP_FROM_META})
        out["concepts"].append([tuple(sorted(p.concepts)) for p in profiles])
        out["surface"].append([p.surface for p in profiles])
        out["own"].append([p.own for p in profiles])
        out["rows"].append(rows)
        out["keys"].append(band_keys([profiles[i].concepts for i in rows]))
        first += len(profiles)
    return _frame(_PARTS, out)


def _frequency_part(parts: pd.DataFrame) -> pd.DataFrame:
    """How many sentences of the partition have each concept (counts of partitions add up
    to the corpus's)."""
    from collections import Counter

    counts = Counter(c for article in parts["concepts"] for cs in article for c in cs)
    return _frame(_FREQUENCY, {"concept": list(counts), "count": list(counts.values())})


def _vocabulary(frequency: pd.Series, n: int) -> tuple[dict[str, int], np.ndarray]:
    """Each concept's rank in sorted order, and the IDF weights by rank (``idf_weights`` of
    the corpus's document frequencies): ranks sort as the concepts do, so sums over sorted
    ranks add the same floats in the same order as the in-process sums over sorted concepts."""
    from .reuse.profiles import idf_weights

    idf = idf_weights(frequency.to_dict(), int(n))
    order = sorted(idf)
    return {c: r for r, c in enumerate(order)}, np.array([idf[c] for c in order], dtype=float)


def _bands_part(parts: pd.DataFrame) -> pd.DataFrame:
    """One row per sentence with concepts and band (long format): band, key, the
    sentence's article and number. What the shuffle on ``(band, key)`` moves."""
    chunks = []
    for article, first, rows, keys in zip(
        parts["article"], parts["first"], parts["rows"], parts["keys"], strict=True
    ):
        if len(rows):
            band = np.broadcast_to(np.arange(keys.shape[1], dtype=np.int16), keys.shape)
            sentence = np.broadcast_to(
                first + np.asarray(rows, dtype=np.int64)[:, None], keys.shape
            )
            chunks.append(
                (band.ravel(), keys.ravel(), np.full(keys.size, article), sentence.ravel())
            )
    if not chunks:
        return _frame(_BANDS)
    return _frame(_BANDS, dict(zip(_BANDS, map(np.concatenate, zip(*chunks)), strict=True)))


def _bucket_pairs(bands: pd.DataFrame) -> pd.DataFrame:
    """The pairs of sentences of two articles that share a bucket, from the rows of whole
    buckets (the shuffle on ``(band, key)`` puts a bucket in one partition), the article
    with the smaller number on the left, each pair once (``reuse.index.bucket_pairs``)."""
    from .reuse.index import bucket_pairs

    article, sentence = bands["article"].to_numpy(), bands["sentence"].to_numpy()
    left, right = bucket_pairs(bands["band"].to_numpy(), bands["key"].to_numpy(), article, sentence)
    out = _frame(
        _COLLIDING,
        {
            "left": article[left],
            "lsentence": sentence[left],
            "right": article[right],
            "rsentence": sentence[right],
        },
    )
    return out.drop_duplicates(["lsentence", "rsentence"], ignore_index=True)


def _ranks_part(parts: pd.DataFrame, ranks: Mapping[str, int]) -> pd.DataFrame:
    """One row per sentence with concepts: its number and its concepts' ranks (int32,
    ascending, as bytes: compact, and Arrow moves bytes without pickling)."""
    numbers, concepts = [], []
    for first, rows, article in zip(parts["first"], parts["rows"], parts["concepts"], strict=True):
        for i in rows:
            numbers.append(first + i)
            concepts.append(np.array([ranks[c] for c in article[i]], dtype=np.int32).tobytes())
    return _frame(_SENTENCES, {"sentence": numbers, "concepts": concepts})


def _accept_part(pairs: pd.DataFrame, weights: np.ndarray, *, paraphrased: float) -> pd.DataFrame:
    """The article pairs of colliding sentence pairs (with both sentences' concept ranks,
    ``lconcepts`` and ``rconcepts``) whose similarity is ``paraphrased`` or more: the test
    the in-process index applies to each bucket's pairs (``reuse.alignment.similarity``),
    for all pairs at once. ``np.bincount`` adds each pair's weights one after the other in
    rank order, as the in-process sums do, so the similarities are the same floats."""
    if pairs.empty:
        return _frame(_CANDIDATES)
    k = len(pairs)
    sides = []
    for column in ("lconcepts", "rconcepts"):
        blobs = pairs[column].tolist()
        ranks = np.frombuffer(b"".join(blobs), dtype=np.int32)
        owner = np.repeat(np.arange(k, dtype=np.int64), [len(b) // 4 for b in blobs])
        sides.append((ranks, owner, np.bincount(owner, weights=weights[ranks], minlength=k)))
    (lranks, lowner, lmass), (rranks, rowner, rmass) = sides
    # (owner, rank) keys ascend on each side (owners in order, ranks ascending in each)
    width = len(weights)
    lkeys, rkeys = lowner * width + lranks, rowner * width + rranks
    where = np.minimum(np.searchsorted(rkeys, lkeys), max(len(rkeys) - 1, 0))
    common = rkeys[where] == lkeys if len(rkeys) else np.zeros(len(lkeys), dtype=bool)
    shared = np.bincount(lowner[common], weights=weights[lranks[common]], minlength=k)
    total = lmass + rmass
    similar = np.zeros(k, dtype=bool)
    some = total != 0
    similar[some] = 2 * shared[some] / total[some] >= paraphrased
    accepted = pairs.loc[similar, ["left", "right"]].drop_duplicates(ignore_index=True)
    return accepted.astype(_CANDIDATES)


class ArticleProfile(NamedTuple):
    """What aligning an article needs: its id, corpus row (without text), and per sentence
    the concept ranks, normalised words and words outside quotation marks."""

    id: str
    meta: dict
    concepts: list[tuple[int, ...]]
    surface: list[tuple[str, ...]]
    own: list[tuple[str, ...]]


def _profiles_part(parts: pd.DataFrame, ranks: Mapping[str, int]) -> pd.DataFrame:
    """One row per article: its number and its ``ArticleProfile``, pickled (bytes move
    through a shuffle as they are)."""
    import pickle

    blobs = []
    for aid, meta, concepts, surface, own in zip(
        parts["id"], parts["meta"], parts["concepts"], parts["surface"], parts["own"], strict=True
    ):
        coded = [tuple(ranks[c] for c in cs) for cs in concepts]
        blobs.append(pickle.dumps(ArticleProfile(aid, meta, coded, surface, own), protocol=5))
    return _frame(_PROFILES, {"article": parts["article"], "profile": blobs})


def _pair_rows_part(
    pairs: pd.DataFrame, weights: np.ndarray, *, paraphrased: float, kept: float
) -> pd.DataFrame:
    """The ``score_reuse`` rows of candidate pairs, each joined with its two articles'
    profiles (``lprofile``, ``rprofile``): one ``ProfileTable`` of the partition's articles
    (concepts as ranks, weighed by ``weights``), each pair aligned by ``pair_row``."""
    import pickle

    from .reuse.profiles import Profile, ProfileTable
    from .reuse.tables import pair_frame, pair_row

    articles: dict[int, ArticleProfile] = {}
    for column, number in (("lprofile", "left"), ("rprofile", "right")):
        for a, blob in zip(pairs[number], pairs[column], strict=True):
            if a not in articles:
                articles[a] = pickle.loads(blob)
    ids, profiles, meta = [], [], {}
    for art in articles.values():
        meta[art.id] = art.meta
        for cs, surface, own in zip(art.concepts, art.surface, art.own, strict=True):
            ids.append(art.id)
            profiles.append(Profile(frozenset(cs), surface, (), own))
    used = sorted({c for p in profiles for c in p.concepts})
    idf = dict(zip(used, weights[used].tolist(), strict=True))
    t = ProfileTable(pd.DataFrame({"id": ids, "text": ""}), profiles=profiles, idf=idf)
    rows = []
    for left, right in zip(pairs["left"], pairs["right"], strict=True):
        a, b = sorted((articles[left].id, articles[right].id))
        row = pair_row(t, a, b, meta, paraphrased=paraphrased, kept=kept)
        if row is not None:
            rows.append(row)
    return pair_frame(rows)


_SIBLING_COLUMNS = ["a", "b", "relation", "source", "derived", "evidence"]


def _siblings_part(pairs: pd.DataFrame, derived: pd.DataFrame) -> pd.DataFrame:
    """``mark_siblings`` on a partition of pairs, with every derived pair of the corpus."""
    from .reuse.direction import mark_siblings

    if pairs.empty or derived.empty:
        return pairs
    both = pd.concat([pairs.reset_index(drop=True), derived], ignore_index=True)
    mark_siblings(both)
    out = both.iloc[: len(pairs)].astype(pairs.dtypes.to_dict())
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
    ``parts`` (one row per article: its sentences' concepts, words and band keys),
    ``frequency`` (each concept's sentence count, summed over partitions), ``vocabulary``
    (delayed: each concept's rank and the IDF weights by rank), ``bands`` (one row per
    sentence and band: what the ``(band, key)`` shuffle moves), ``colliding`` (pairs of
    sentences of two articles sharing a bucket), ``sentences`` (each sentence's concept
    ranks), ``candidates`` (the article pairs of colliding sentences similar enough),
    ``profiles`` (one pickled ``ArticleProfile`` per article), ``pairs`` (the aligned pair
    rows) and ``table`` (siblings marked, sorted by ``a``, ``b``: the result)."""
    import dask

    from .reuse.alignment import KEPT, PARAPHRASED, check_thresholds
    from .reuse.profiles import SHIPPED_EQUIVALENTS
    from .reuse.tables import pair_frame

    paraphrased = PARAPHRASED if paraphrased is None else paraphrased
    kept = KEPT if kept is None else kept
    equivalents = SHIPPED_EQUIVALENTS if equivalents is None else equivalents
    check_thresholds(paraphrased=paraphrased, kept=kept)
    parts = ddf.map_partitions(
        _parts_part,
        columns=columns,
        lexicons=lexicons,
        kinds=kinds,
        equivalents=equivalents,
        meta=_frame(_PARTS),
        clear_divisions=True,
    )
    frequency = (
        parts.map_partitions(_frequency_part, meta=_frame(_FREQUENCY))
        .groupby("concept")["count"]
        .sum()
    )
    n = parts["concepts"].map(len, meta=("concepts", "int64")).sum()  # the IDF's sentences
    vocabulary = dask.delayed(_vocabulary, pure=True, nout=2)(frequency, n)
    ranks, weights = vocabulary
    bands = parts.map_partitions(_bands_part, meta=_frame(_BANDS))
    colliding = bands.shuffle(on=["band", "key"]).map_partitions(
        _bucket_pairs, meta=_frame(_COLLIDING)
    )
    sentences = parts.map_partitions(_ranks_part, ranks, meta=_frame(_SENTENCES))
    tested = colliding
    for side in ("l", "r"):
        tested = tested.merge(
            sentences.rename(
                columns={"sentence": f"{side}sentence", "concepts": f"{side}concepts"}
            ),
            on=f"{side}sentence",
        )
    candidates = tested.map_partitions(
        _accept_part, weights, paraphrased=paraphrased, meta=_frame(_CANDIDATES)
    ).drop_duplicates()
    profiles = parts.map_partitions(_profiles_part, ranks, meta=_frame(_PROFILES))
    joined = candidates
    for side, name in (("l", "left"), ("r", "right")):
        joined = joined.merge(
            profiles.rename(columns={"article": name, "profile": f"{side}profile"}), on=name
        )
    meta = pair_frame([])
    pairs = joined.map_partitions(
        _pair_rows_part, weights, paraphrased=paraphrased, kept=kept, meta=meta
    )
    # every derived pair, in one partition that each partition of pairs receives whole
    derived = pairs[pairs["relation"] == "derived"][_SIBLING_COLUMNS].repartition(npartitions=1)
    table = pairs.map_partitions(
        _siblings_part, derived, meta=meta, align_dataframes=False
    ).sort_values(["a", "b"])
    return {
        "parts": parts,
        "frequency": frequency,
        "vocabulary": vocabulary,
        "bands": bands,
        "colliding": colliding,
        "sentences": sentences,
        "candidates": candidates,
        "profiles": profiles,
        "pairs": pairs,
        "table": table,
    }


def dask_score_reuse(ddf, **options: Any):
    """``score_reuse`` of a Dask DataFrame of articles: a Dask DataFrame of the same pairs,
    numbers, columns and dtypes, sorted by ``a`` and ``b``. ``options`` as ``reuse_steps``
    takes them (the steps are described there). Nothing runs until the result is computed
    (or persisted)."""
    return reuse_steps(ddf, **options)["table"]
