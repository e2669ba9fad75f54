"""The MinHash LSH index: which articles are worth aligning, so a corpus is never compared all
against all.

Each sentence's concept set gets a MinHash signature (datasketch, ``NUM_PERM`` permutations,
``SEED``), cut into ``LSH_BANDS`` bands; each band becomes one 64-bit key. Sentences with an
equal key in some band share a bucket, and two articles are candidates when a sentence of each
share a bucket and pass the caller's test (a similarity threshold).

The steps are separate so that they can run apart: ``band_keys`` depends on each sentence
alone (compute it per partition), ``buckets`` groups equal keys of one band (a shuffle or
groupby on ``(band, key)`` does the same on a cluster), and ``candidate_pairs`` turns buckets
into article pairs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import NamedTuple

import numpy as np

from .profiles import ProfileTable

NUM_PERM = 128
LSH_BANDS = (42, 3)  # 42 bands of 3 rows: sentences with Jaccard 0.4 collide 94% of times
SEED = 1

# odd 64-bit multipliers that fold a band's rows into one key
_MIX = (0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0x27D4EB2F165667C5)


def band_keys(
    concepts: Sequence[Iterable[str]],
    *,
    num_perm: int = NUM_PERM,
    bands: tuple[int, int] = LSH_BANDS,
    seed: int = SEED,
) -> np.ndarray:
    """One 64-bit key per sentence and band: an array of ``len(concepts)`` rows and
    ``bands[0]`` columns (``uint64``). A sentence's keys depend on its concepts alone, so
    keys computed per partition equal keys computed for the whole corpus. Leave out empty
    concept sets: all of them share every bucket."""
    from datasketch import MinHash

    n_bands, width = bands
    if n_bands * width > num_perm:
        raise ValueError(f"{n_bands} bands of {width} rows need {n_bands * width} permutations")
    if not len(concepts):
        return np.empty((0, n_bands), dtype=np.uint64)
    sets = [sorted(c.encode() for c in cs) for cs in concepts]
    sigs = np.vstack([m.hashvalues for m in MinHash.bulk(sets, num_perm=num_perm, seed=seed)])
    mix = np.array(_MIX[: min(width, 3)] + _MIX[3:] * max(0, width - 3), dtype=np.uint64)
    rows = sigs[:, : n_bands * width].astype(np.uint64).reshape(len(sets), n_bands, width)
    return (rows * mix).sum(axis=2, dtype=np.uint64)


class Bucket(NamedTuple):
    """Sentences (positions, ascending) that share one key in one band."""

    band: int
    rows: np.ndarray


def buckets(keys: np.ndarray) -> Iterator[Bucket]:
    """Every bucket of two or more positions (rows of ``keys``) sharing a key in a band,
    band by band: what a groupby on ``(band, key)`` gives, singletons left out."""
    for band in range(keys.shape[1]):
        column = keys[:, band]
        order = np.argsort(column, kind="stable")
        ordered = column[order]
        starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
        ends = np.r_[starts[1:], len(order)]
        big = ends - starts > 1
        for lo, hi in zip(starts[big], ends[big], strict=True):
            yield Bucket(band, order[lo:hi])


def bucket_pairs(
    band: np.ndarray, key: np.ndarray, article: np.ndarray, item: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Every pair of rows that share a bucket (equal ``band`` and ``key``) and belong to two
    different articles, as two arrays of positions into the inputs: the row of the smaller
    ``article`` first (then the smaller ``item``, a sentence's number). All buckets at once,
    without a Python loop: the long-format rows a shuffle on ``(band, key)`` gathers."""
    if len(key) < 2:
        empty = np.empty(0, dtype=np.int64)
        return empty, empty
    order = np.lexsort((item, article, key, band))
    b, k, a = band[order], key[order], article[order]
    starts = np.flatnonzero(np.r_[True, (b[1:] != b[:-1]) | (k[1:] != k[:-1])])
    ends = np.r_[starts[1:], len(k)]
    # each row pairs with the rows after it in its bucket
    later = np.repeat(ends, ends - starts) - np.arange(len(k)) - 1
    left = np.repeat(np.arange(len(k)), later)
    right = left + 1 + np.arange(len(left)) - np.repeat(np.cumsum(later) - later, later)
    cross = a[left] != a[right]  # sorted by article in a bucket: left's is the smaller
    return order[left[cross]], order[right[cross]]


def candidate_pairs(
    t: ProfileTable, *, accept: Callable[[int, int], bool]
) -> list[tuple[str, str]]:
    """Pairs of articles (each sorted, the list sorted) that the index puts together.

    Two articles are a candidate pair when a sentence of each land in the same bucket of one
    band and ``accept`` (called with the two sentence rows) says they align. Whether two
    sentences collide depends only on the two, so adding articles never hides a pair;
    identical sentences always collide, and the probability that others do rises steeply with
    the Jaccard overlap of their concepts (``LSH_BANDS``)."""
    rows = np.array([i for i, p in enumerate(t.profiles) if p.concepts], dtype=np.int64)
    pairs: set[tuple[str, str]] = set()
    keys = band_keys([t.profiles[i].concepts for i in rows])
    ids = t.ids
    for bucket in buckets(keys):
        members = rows[bucket.rows].tolist()
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                a, b = ids[i], ids[j]
                if a == b:
                    continue
                key = (a, b) if a < b else (b, a)
                if key not in pairs and accept(i, j):
                    pairs.add(key)
    return sorted(pairs)
