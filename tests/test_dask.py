import random
import re
import subprocess
import sys

import pandas as pd
import pytest

import framing

from .conftest import ROOT, SEEDS

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def client():
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


def seed_table(corpus):
    cols = ["id", "outlet", "headline", "kind", "based_on", "byline", "published", "raw"]
    return corpus[cols].rename(columns={"raw": "text"})


def synthetic_table(n_stories=5, rewrites=4, seed=3):
    """Stories of a base text of ten sentences (words drawn from the seeds) and rewrites that
    keep about 60% of them with 15% of their words replaced and add three of their own; the
    first rewrites have publication times (a direction), the others none."""
    rng = random.Random(seed)
    vocab = sorted(set(re.findall(r"[A-Za-z]{3,}", " ".join(framing.load_corpus(SEEDS)["text"]))))

    def sentence():
        return [rng.choice(vocab) for _ in range(rng.randint(12, 28))]

    rows = []
    for story in range(n_stories):
        base = [sentence() for _ in range(10)]
        for k in range(rewrites):
            kept = [[w if rng.random() > 0.15 else rng.choice(vocab) for w in s] for s in base]
            body = [s for s in kept if rng.random() < 0.6] + [sentence() for _ in range(3)]
            rows.append(
                {
                    "id": f"{story}-{k}",
                    "outlet": f"outlet {k}",
                    "text": " ".join(" ".join(s).capitalize() + "." for s in body),
                    "published": f"2024-01-0{k + 1} 10:00" if k < 2 else "",
                }
            )
    return pd.DataFrame(rows)


@pytest.fixture(scope="module", params=["seeds", "synthetic"])
def table(request, corpus):
    return seed_table(corpus) if request.param == "seeds" else synthetic_table()


@pytest.fixture(scope="module")
def in_process(table, tmp_path_factory):
    """The table as load_corpus reads it from a Parquet file, and its in-process tables."""
    path = tmp_path_factory.mktemp("dask") / "corpus.parquet"
    table.to_parquet(path)
    corpus = framing.load_corpus(path)
    sents = framing.score_sentences(corpus)
    return {
        "path": path,
        "articles": framing.score_articles(corpus, sentences=sents),
        "sentences": sents,
        "reuse": framing.score_reuse(corpus, sentences=sents),
    }


def test_score_articles_and_sentences_of_a_dask_frame_equal_in_process(client, table, in_process):
    ddf = dd.from_pandas(table, npartitions=3)
    arts, sents = framing.score_articles(ddf), framing.score_sentences(ddf)
    assert isinstance(arts, dd.DataFrame) and isinstance(sents, dd.DataFrame)
    # the lazy tables announce the columns and dtypes the computed ones have
    pd.testing.assert_series_equal(arts.dtypes, in_process["articles"].dtypes)
    pd.testing.assert_series_equal(sents.dtypes, in_process["sentences"].dtypes)
    got_a, got_s = client.compute([arts, sents], sync=True)
    pd.testing.assert_frame_equal(got_a, in_process["articles"])  # each row keeps its index
    pd.testing.assert_frame_equal(got_s.reset_index(drop=True), in_process["sentences"])


def test_a_parquet_file_read_by_dask_scores_as_load_corpus_reads_it(client, in_process):
    ddf = dd.read_parquet(in_process["path"])
    got = framing.score_articles(ddf).compute()
    pd.testing.assert_frame_equal(got.reset_index(drop=True), in_process["articles"])


def test_score_reuse_of_a_dask_frame_equals_in_process(client, table, in_process):
    ref = in_process["reuse"]
    # a real test: pairs found, with and without a direction
    assert len(ref) and {"derived", "shared passages"} <= set(ref["relation"])
    for parts in (4,):
        got = framing.score_reuse(dd.from_pandas(table, npartitions=parts))
        pd.testing.assert_series_equal(got.dtypes, ref.dtypes)
        pd.testing.assert_frame_equal(got.compute().reset_index(drop=True), ref)


def test_seed_siblings_are_marked_across_partitions(client, corpus):
    ref = framing.score_reuse(corpus)
    siblings = ref[ref["relation"] == "siblings"]
    assert len(siblings), "the seeds have two rewrites of one wire copy"
    # every article its own partition: the derived pairs meet only when siblings are marked
    ddf = dd.from_pandas(seed_table(corpus), npartitions=len(corpus))
    got = framing.score_reuse(ddf).compute().reset_index(drop=True)
    pd.testing.assert_frame_equal(got[got["relation"] == "siblings"], siblings)


def test_score_reuse_of_a_dask_frame_takes_no_sentences_table(corpus):
    ddf = dd.from_pandas(seed_table(corpus), npartitions=2)
    with pytest.raises(TypeError, match="scores its sentences itself"):
        framing.score_reuse(ddf, sentences=framing.score_sentences(corpus))


def test_import_framing_does_not_import_dask():
    code = "import sys, framing; assert not [m for m in sys.modules if m.startswith('dask')]"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_a_pandas_frame_is_not_taken_for_a_dask_frame(corpus):
    from framing.distributed import is_dask_frame

    assert not is_dask_frame(corpus)
    assert is_dask_frame(dd.from_pandas(corpus, npartitions=1))


def test_map_partitions_entry_point_still_works(client, corpus):
    ddf = dd.from_pandas(seed_table(corpus), npartitions=3)
    got = ddf.map_partitions(framing.score_partition, meta=framing.partition_meta()).compute()
    ref = framing.score_articles(framing.load_corpus(SEEDS))
    cols = [c for c in ref.columns if c not in ("article_kind", "based_on", "problem")]
    pd.testing.assert_frame_equal(got.reset_index(drop=True)[cols], ref[cols], check_dtype=False)
