import numpy as np
import pandas as pd

from framing.reuse.index import bucket_pairs


def naive_pairs(bands: pd.DataFrame) -> set[tuple[int, int]]:
    """Every cross-article pair of every bucket, by loops (positions, smaller article's
    first, then the smaller item)."""
    out = set()
    for _, g in bands.groupby(["band", "key"]):
        members = sorted(zip(g["article"], g["item"], g.index, strict=True))
        for x, (a, _, i) in enumerate(members):
            out |= {(i, j) for b, _, j in members[x + 1 :] if a != b}
    return out


def test_bucket_pairs_are_every_cross_article_pair_of_every_bucket():
    rng = np.random.default_rng(4)
    n = 600
    bands = pd.DataFrame(
        {
            "band": rng.integers(0, 4, n).astype("int16"),
            "key": rng.integers(0, 15, n).astype("uint64"),  # buckets of up to ~20 rows
            "article": rng.integers(0, 12, n).astype("int64"),
            "item": rng.integers(0, 10**6, n).astype("int64"),
        }
    )
    expected = naive_pairs(bands)
    assert len(expected) > 1000  # many buckets of several rows, some of one article
    left, right = bucket_pairs(*(bands[c].to_numpy() for c in ("band", "key", "article", "item")))
    got = list(zip(left.tolist(), right.tolist(), strict=True))
    assert len(got) == len(set(got)) and set(got) == expected


def test_bucket_pairs_leave_out_pairs_of_one_article_and_lone_rows():
    band = np.array([0, 0, 0, 1, 1], dtype=np.int16)
    key = np.array([5, 5, 7, 5, 5], dtype=np.uint64)
    article = np.array([3, 3, 4, 3, 4], dtype=np.int64)
    left, right = bucket_pairs(band, key, article, np.arange(5))
    assert list(zip(left.tolist(), right.tolist(), strict=True)) == [(3, 4)]
    assert [len(x) for x in bucket_pairs(band[:1], key[:1], article[:1], np.arange(1))] == [0, 0]
