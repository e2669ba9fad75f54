import random
import re
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

import framing

from .conftest import ROOT, SEEDS

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")


def local_cluster(*, processes: bool):
    """A real ``distributed`` cluster of two one-thread workers on this machine."""
    return distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=processes, dashboard_address=":0"
    )


@pytest.fixture(scope="module")
def client():
    """Workers as threads of this process (quick to start; the data is not pickled between
    them): ``test_score_reuse_on_worker_processes_equals_in_process`` runs on processes."""
    with local_cluster(processes=False) as cluster, distributed.Client(cluster) as c:
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


def read_back(table: pd.DataFrame, folder, **options) -> pd.DataFrame:
    """``table`` as ``load_corpus`` reads it from a Parquet file (the in-process corpus)."""
    path = folder / "corpus.parquet"
    table.to_parquet(path)
    return framing.load_corpus(path, **options)


def test_score_reuse_on_worker_processes_equals_in_process(tmp_path):
    """Worker processes: every step's data is pickled or shuffled between processes."""
    table = synthetic_table(n_stories=3, seed=5)
    ref = framing.score_reuse(read_back(table, tmp_path))
    assert len(ref)
    with local_cluster(processes=True) as cluster, distributed.Client(cluster):
        got = framing.score_reuse(dd.from_pandas(table, npartitions=3)).compute()
    pd.testing.assert_frame_equal(got.reset_index(drop=True), ref)


def test_reuse_steps_collide_and_accept_as_the_in_process_index(client, tmp_path):
    """In one partition a sentence's number is its row in the in-process ``ProfileTable``:
    the colliding pairs are the cross-article pairs of the in-process buckets, and the
    candidates the pairs ``candidate_pairs`` accepts."""
    from framing.distributed import reuse_steps
    from framing.reuse.alignment import PARAPHRASED, similarity
    from framing.reuse.index import band_keys, buckets, candidate_pairs
    from framing.reuse.profiles import ProfileTable
    from framing.reuse.tables import prepare_sentences

    table = synthetic_table(n_stories=3, seed=11)
    corpus = read_back(table, tmp_path)
    t = ProfileTable(prepare_sentences(corpus))
    rows = np.array([i for i, p in enumerate(t.profiles) if p.concepts])
    expected = set()
    for bucket in buckets(band_keys([t.profiles[i].concepts for i in rows])):
        members = rows[bucket.rows].tolist()
        expected |= {
            (i, j) for x, i in enumerate(members) for j in members[x + 1 :] if t.ids[i] != t.ids[j]
        }
    accepted = candidate_pairs(t, accept=lambda i, j: similarity(t, i, j) >= PARAPHRASED)
    assert expected and accepted

    steps = reuse_steps(dd.from_pandas(table, npartitions=1))
    colliding, candidates, parts = client.compute(
        [steps["colliding"], steps["candidates"], steps["parts"]], sync=True
    )
    got = set(zip(colliding["lsentence"].tolist(), colliding["rsentence"].tolist(), strict=True))
    assert got == expected and len(colliding) == len(got)  # each pair once
    ids = dict(zip(parts["article"], parts["id"], strict=True))
    pairs = {tuple(sorted((ids[a], ids[b]))) for a, b in candidates.itertuples(index=False)}
    assert sorted(pairs) == accepted


@pytest.fixture(scope="module")
def options(tmp_path_factory):
    """Options of the in-process functions that change their results: a study's actors,
    a user lexicon, a custom equivalents lexicon, kinds, thresholds."""
    from framing.study import load_study

    folder = tmp_path_factory.mktemp("options")
    threat = folder / "threat.csv"
    threat.write_text("term,category,source\nelection*,custom,a test\nmeet*,custom,a test\n")
    equivalents = folder / "equivalents.csv"
    equivalents.write_text("term,category,source\nmeeting,talk,a test\ntalks,talk,a test\n")
    return {
        "actors": load_study(SEEDS / "study.toml").actors,
        "lexicons": {"threat": str(threat)},
        "equivalents": str(equivalents),
    }


def test_every_scoring_option_on_dask_equals_in_process(client, corpus, options):
    table = seed_table(corpus)
    ddf = dd.from_pandas(table, npartitions=2)
    ref = framing.score_sentences(corpus, lexicons=options["lexicons"], actors=options["actors"])
    # the options change the tables (else equality would prove nothing)
    plain = framing.score_sentences(corpus)
    assert not ref["actors"].equals(plain["actors"]) and not ref["threat"].equals(plain["threat"])
    sents = framing.score_sentences(ddf, lexicons=options["lexicons"], actors=options["actors"])
    got = sents.compute()
    pd.testing.assert_frame_equal(got.reset_index(drop=True), ref)
    for kinds in (("body",), ("headline", "standfirst")):
        want = framing.score_articles(corpus, lexicons=options["lexicons"], kinds=kinds)
        arts = framing.score_articles(ddf, lexicons=options["lexicons"], kinds=kinds)
        pd.testing.assert_frame_equal(arts.compute(), want)
        # the sentences scored once on the cluster serve the article table too
        again = framing.score_articles(ddf, kinds=kinds, sentences=sents)
        pd.testing.assert_frame_equal(again.compute(), want)


def test_column_names_are_mapped_as_load_corpus_maps_them(client, corpus, tmp_path):
    """``framing.distributed``'s ``columns=`` (the in-process functions take a corpus that
    ``load_corpus`` already mapped)."""
    from framing.distributed import dask_score_articles, dask_score_sentences

    mapping = {"text": "body", "outlet": "source", "id": "doc"}
    table = seed_table(corpus).rename(columns=mapping)
    mine = read_back(table, tmp_path, columns=mapping)
    ddf = dd.from_pandas(table, npartitions=2)
    pd.testing.assert_frame_equal(
        dask_score_articles(ddf, columns=mapping).compute().reset_index(drop=True),
        framing.score_articles(mine),
    )
    pd.testing.assert_frame_equal(
        dask_score_sentences(ddf, columns=mapping).compute().reset_index(drop=True),
        framing.score_sentences(mine),
    )


def test_topics_of_dask_sentences_equal_in_process(client, corpus):
    from framing.study import load_study

    study = load_study(SEEDS / "study.toml")
    assert study.topics
    ref = framing.tag_topics(framing.score_sentences(corpus), study)
    sents = framing.score_sentences(dd.from_pandas(seed_table(corpus), npartitions=2))
    meta = framing.tag_topics(sents._meta, study)
    got = sents.map_partitions(framing.tag_topics, study, meta=meta).compute()
    pd.testing.assert_frame_equal(got.reset_index(drop=True), ref, check_flags=False)
    assert ref[[c for c in ref.columns if c.startswith("topic:")]].any().all()


def test_every_reuse_option_on_dask_equals_in_process(client, options, tmp_path):
    table = synthetic_table(n_stories=3, seed=8)
    corpus = read_back(table, tmp_path)
    ddf = dd.from_pandas(table, npartitions=3)
    variants = [
        {"kinds": ["body"]},
        {"paraphrased": 0.5, "kept": 0.9},
        {"equivalents": options["equivalents"], "lexicons": options["lexicons"]},
    ]
    default = framing.score_reuse(corpus)
    for opts in variants:
        ref = framing.score_reuse(corpus, **opts)
        assert len(ref)
        if "paraphrased" in opts:  # fewer pairs, fewer kept sentences: the option matters
            assert len(ref) < len(default) or ref["verbatim"].sum() < default["verbatim"].sum()
        got = framing.score_reuse(ddf, **opts).compute()
        pd.testing.assert_frame_equal(got.reset_index(drop=True), ref)


def test_score_articles_of_a_dask_frame_takes_dask_sentences_only(client, corpus):
    ddf = dd.from_pandas(seed_table(corpus), npartitions=2)
    with pytest.raises(TypeError, match="score_sentences of the same Dask DataFrame"):
        framing.score_articles(ddf, sentences=framing.score_sentences(corpus))
    backwards = seed_table(corpus).iloc[::-1].reset_index(drop=True)
    other = framing.score_sentences(dd.from_pandas(backwards, npartitions=2))
    with pytest.raises(ValueError, match="not in this partition"):
        framing.score_articles(ddf, sentences=other).compute()
