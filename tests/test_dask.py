import pandas as pd
import pytest

import framing

from .conftest import SEEDS

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def client():
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


def test_dask_cluster_tables_equal_in_process(client, corpus):
    table = corpus[["id", "outlet", "headline", "kind", "based_on", "raw"]].rename(
        columns={"raw": "text"}
    )
    ddf = dd.from_pandas(table, npartitions=3)
    got = ddf.map_partitions(framing.score_partition, meta=framing.partition_meta()).compute()
    ref = framing.score_articles(framing.load_corpus(SEEDS))
    cols = [c for c in ref.columns if c not in ("article_kind", "based_on", "problem")]
    pd.testing.assert_frame_equal(got.reset_index(drop=True)[cols], ref[cols], check_dtype=False)
    sents = ddf.map_partitions(
        framing.score_partition, what="sentences", meta=framing.partition_meta("sentences")
    ).compute()
    assert len(sents) == len(framing.score_sentences(corpus))
