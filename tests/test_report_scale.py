"""The report at scale: many outlets aggregate, a streamed report gives the in-memory tables."""

import filecmp
import os
import subprocess
import sys
import warnings

import pandas as pd
import pytest

from benchmarks.synthetic import build_corpus, write_folder
from framing.report import FIGURES, make_figures, outlet_keyness, outlet_terms

from .conftest import SEEDS


@pytest.fixture(scope="module")
def many(tmp_path_factory):
    """120 synthetic articles from 30 outlets over a year, one in ten a rewrite."""
    folder = tmp_path_factory.mktemp("many") / "corpus"
    corpus = build_corpus(120, 30, seed=3)
    return write_folder(corpus, folder), corpus


def test_many_outlets_give_readable_aggregated_charts(many, tmp_path):
    from PIL import Image

    folder, corpus = many
    out = tmp_path / "out"
    with warnings.catch_warnings():
        warnings.simplefilter("error", UserWarning)  # any layout warning fails
        written = make_figures(folder, out, n_boot=50, top=2)
    for png in (p for p in written if p.suffix == ".png"):
        with Image.open(png) as im:
            assert max(im.size) <= 3000, (png.name, im.size)
    outlets = corpus["outlet"].nunique()
    reuse = pd.read_csv(out / "reuse_matrix.csv")
    assert len(reuse) == outlets * outlets  # outlet by outlet, not article by article
    readme = (out / "README.md").read_text(encoding="utf-8")
    assert "Where each kind of language falls in the articles, by outlet" in readme
    assert readme.count("\n| Outlet ") == outlets  # the corpus table has one row per outlet
    # the timeline has more outlets than lines: one line for the corpus
    assert set(pd.read_csv(out / "timeline.csv")["corpus"]) == {"all outlets"}
    # only the top pairs get charts; the rewrites are found
    pairs = pd.read_csv(out / "reuse_pairs.csv")
    assert (pairs["relation"] == "derived").sum() >= 2
    assert len(list(out.glob("alignment_*.png"))) == 2
    assert len(list(out.glob("keyness_*.png"))) == 3


def _same_files(a, b, names):
    for name in names:
        assert filecmp.cmp(a / name, b / name, shallow=False), name


def _same_readme(full, streamed):
    """The two READMEs differ only in the command that rewrites each (folder, chunk size)."""
    a, b = ((p / "README.md").read_text().splitlines() for p in (full, streamed))
    differ = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    assert len(differ) == 1
    x, y = differ[0]
    assert x.startswith("framing figures --corpus ") and "--out full" in x
    assert "--out streamed" in y and "--chunk-size " in y


def test_streamed_report_equals_the_in_memory_one_on_the_seeds(tmp_path):
    """The seeds' study has actor and topic lexicons: the compact rows must keep what they
    match. Every table and chart but text reuse is byte for byte the same."""
    full, streamed = tmp_path / "full", tmp_path / "streamed"
    make_figures(SEEDS, full, n_boot=100, tables_dir=tmp_path / "t1")
    written = make_figures(SEEDS, streamed, n_boot=100, chunk_size=2, tables_dir=tmp_path / "t2")
    names = [p.name for p in written if p.name != "README.md"]
    assert {f"{s.name}.csv" for s in FIGURES} <= set(names)
    assert "topics.csv" in names and "actors.png" in names
    assert not [n for n in names if n.startswith(("reuse", "alignment"))]
    _same_files(full, streamed, names)
    _same_files(tmp_path / "t1", tmp_path / "t2", ["articles.csv", "sentences.csv", "evidence.csv"])
    readme = (streamed / "README.md").read_text(encoding="utf-8")
    assert "Text reuse was left out of this report" in readme


def test_streamed_report_equals_the_in_memory_one_without_a_study(many, tmp_path):
    folder, _ = many
    full = tmp_path / "full"
    make_figures(folder, full, n_boot=50, reuse=False)
    streamed = tmp_path / "streamed"
    written = make_figures(folder, streamed, n_boot=50, chunk_size=17)
    names = [p.name for p in written if p.suffix == ".csv"]
    assert {f"{s.name}.csv" for s in FIGURES} <= set(names)
    _same_files(full, streamed, names)
    _same_readme(full, streamed)


def test_keyness_from_outlet_counts_equals_score_keyness(sentences):
    import framing

    names = list(dict.fromkeys(sentences["outlet"].astype(str)))
    want = pd.concat(
        [framing.score_keyness(sentences, target=o, min_count=5) for o in names],
        ignore_index=True,
    )
    # the report counts terms only (no article spread, which score_keyness adds from ids)
    spread = ["articles_target", "articles_reference"]
    got = outlet_keyness(outlet_terms(sentences), names)
    assert got[spread].isna().all(axis=None)
    pd.testing.assert_frame_equal(got.drop(columns=spread), want.drop(columns=spread))


def test_figures_command_streams_with_a_note(tmp_path):
    root = SEEDS.parent
    env = {**os.environ, "PYTHONPATH": str(root), "MPLBACKEND": "Agg"}
    run = subprocess.run(
        [sys.executable, "-m", "framing.cli", "figures", "--corpus", str(SEEDS)]
        + ["--out", str(tmp_path / "f"), "--tables", "", "--chunk-size", "3", "--no-progress"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    assert "leaves text reuse out" in run.stderr
    assert (tmp_path / "f" / "features_per_1k.png").exists()
    assert not (tmp_path / "f" / "reuse_matrix.png").exists()
    assert not (tmp_path / "tables").exists()


def test_streamed_report_equals_the_in_memory_one_with_groups_copies_and_kinds(many, tmp_path):
    """Exact copies of articles (the bootstrap resamples an outlet's copies as one), a
    study's outlet groups (more than seven outlets: timeline and differences by group) and
    only the body sentences: the streamed report's sums give the in-memory tables."""
    from framing.study import Study

    _, corpus = many
    copies = corpus.iloc[[0, 5, 9, 40]].assign(id=lambda d: d["id"] + "c")
    copies.loc[copies.index[-1], "outlet"] = corpus["outlet"].iloc[1]  # a copy elsewhere
    folder = write_folder(pd.concat([corpus, copies]), tmp_path / "corpus")
    outlets = list(dict.fromkeys(corpus["outlet"]))
    study = Study(title="t", groups={"first": tuple(outlets[:10]), "next": tuple(outlets[10:20])})
    opts = {"study": study, "n_boot": 50, "kinds": ("body",), "reuse": False}
    full, streamed = tmp_path / "full", tmp_path / "streamed"
    make_figures(folder, full, **opts)
    written = make_figures(folder, streamed, chunk_size=29, **opts)
    names = [p.name for p in written if p.suffix == ".csv"]
    assert {"features_by_group.csv", "differences.csv", "timeline.csv"} <= set(names)
    _same_files(full, streamed, names)
    _same_readme(full, streamed)
    notes = pd.read_csv(streamed / "features_per_1k.csv")["note"].dropna()
    assert notes.str.contains("copies resampled together").any()
    assert set(pd.read_csv(streamed / "differences.csv")["a"]) <= {"first", "next", *outlets}
    arcs = pd.read_csv(streamed / "arcs.csv")
    assert set(arcs["kind"]) == {"body"}


def test_streamed_sums_keep_articles_not_sentences(many, tmp_path):
    """What a streamed report holds after the corpus: one row per article and per-outlet
    sums, no sentence rows (the arcs rows, one per sentence, are on disk)."""
    import framing
    from framing.report import ReportSums
    from framing.stream import read_chunks

    folder, corpus = many
    path = tmp_path / "arcs.csv"
    sums = ReportSums(None, arcs_path=path)
    n_sentences = 0
    for chunk in read_chunks([folder], chunk_size=25)[1]:
        sentences = framing.score_sentences(chunk)
        n_sentences += len(sentences)
        sums.add(chunk, sentences)
    rows = sums.article_table()
    assert list(rows["id"]) == list(corpus["id"])
    assert rows["n"].sum() == n_sentences == sums.n_sentences
    assert sums.arcs == []  # too many articles for one strip each: not kept
    assert len(pd.read_csv(path)) == n_sentences
    held = [t for t in (*sums.articles, *sums.actor_rows, *sums.topic_rows)]
    assert sum(len(t) for t in held) < n_sentences / 2
    profiles = sums.arc_profiles()
    assert len(profiles) <= corpus["outlet"].nunique() * 10


def test_report_actors_table_takes_the_report_bootstrap(tmp_path):
    """``make_figures(n_boot=...)`` sets every interval table's resamples, the actors' too
    (its CSV says how many)."""
    make_figures(SEEDS, tmp_path, n_boot=40, reuse=False)
    for name in ("actors", "features_per_1k", "attribution"):
        table = pd.read_csv(tmp_path / f"{name}.csv")
        assert set(table["n_boot"]) == {40}, name
