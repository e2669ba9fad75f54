"""framing.report: every figure has PNG, SVG, CSV and a README entry; reruns are identical."""

import hashlib
import os
import re
import subprocess
import sys

import pandas as pd
import pytest

from framing.report import FIGURES, make_figures

from .conftest import SEEDS


def digest(folder):
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


@pytest.fixture(scope="module")
def first(tmp_path_factory):
    out = tmp_path_factory.mktemp("figures")
    written = make_figures(SEEDS, out, n_boot=200)
    return out, written


def test_every_figure_has_png_svg_csv_and_readme_entry(first):
    out, written = first
    readme = (out / "README.md").read_text(encoding="utf-8")
    assert len(FIGURES) >= 5
    for spec in FIGURES:
        for ext in ("png", "svg", "csv"):
            path = out / f"{spec.name}.{ext}"
            assert path in written and path.stat().st_size > 0
        assert f"]({spec.name}.png)" in readme
        assert f"({spec.name}.csv)" in readme
    for spec in FIGURES[:3]:
        assert spec.caption in readme
    # every figure the README shows was written, with its SVG
    shown = re.findall(r"!\[[^\]]*\]\(([\w.-]+)\.png\)", readme)
    assert len(shown) >= len(FIGURES)
    for name in shown:
        assert out / f"{name}.png" in written and out / f"{name}.svg" in written
    assert (out / "features_per_1k.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (out / "features_per_1k.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_second_run_is_byte_identical(first, tmp_path):
    out, _ = first
    again = tmp_path / out.name  # the README's command names the folder
    make_figures(SEEDS, again, n_boot=200)
    assert digest(out) == digest(again)
    # and over the same folder
    before = digest(out)
    make_figures(SEEDS, out, n_boot=200)
    assert digest(out) == before


def test_no_dates_or_versions_in_files(first):
    out, _ = first
    for svg in out.glob("*.svg"):
        text = svg.read_text(encoding="utf-8")
        assert "<dc:date>" not in text and "Matplotlib v" not in text
    for png in out.glob("*.png"):
        assert b"Software" not in png.read_bytes()[:2000]
    assert "seeds/" in (out / "README.md").read_text(encoding="utf-8")
    assert str(SEEDS.parent) not in (out / "README.md").read_text(encoding="utf-8")


def test_csvs_are_the_numbers_drawn(first, sentences):
    import framing

    out, _ = first
    got = pd.read_csv(out / "features_per_1k.csv")
    want = framing.score_outlets(sentences, n_boot=200)
    assert list(got.columns) == list(want.columns)
    assert got["per_1k"].to_numpy() == pytest.approx(want["per_1k"].to_numpy(), abs=1e-6)
    assert got["words"].tolist() == want["words"].tolist()
    text = (out / "sentiment.csv").read_text(encoding="utf-8")
    assert "\r\n" not in text


def test_reuse_figures_follow_the_corpus_lineage(first, corpus, sentences):
    import framing

    out, written = first
    readme = (out / "README.md").read_text(encoding="utf-8")
    # one alignment and one class chart per derived pair of the seeds: 002 and 000 from 004
    for name in (
        "reuse_matrix",
        "alignment_004_002",
        "alignment_004_000",
        "reuse_classes_004_002",
        "reuse_classes_004_000",
    ):
        for ext in ("png", "svg", "csv"):
            assert out / f"{name}.{ext}" in written
        assert f"({name}.png)" in readme
    assert not list(out.glob("alignment_*_001*"))
    evidence = pd.read_csv(out / "transformations_004_002.csv", dtype={"source": str})
    want = framing.score_transformations(corpus, "004", "002", sentences=sentences)
    assert evidence["transformation"].tolist() == want["transformation"].tolist()
    assert "annexed" in evidence["after"].tolist()


def test_framing_figures_command_writes_every_file_the_readme_lists(tmp_path):
    """Smoke test of ``framing figures`` as a user runs it, on the seeds."""
    root = SEEDS.parent
    out, tables = tmp_path / "figures", tmp_path / "tables"
    env = {**os.environ, "PYTHONPATH": str(root), "MPLBACKEND": "Agg"}
    run = subprocess.run(
        [sys.executable, "-m", "framing.cli", "figures", "--corpus", str(SEEDS)]
        + ["--out", str(out), "--tables", str(tables)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    listed = set(re.findall(r"\]\(([\w.-]+\.(?:png|svg|csv))\)", (out / "README.md").read_text()))
    assert len(listed) >= 3 * len(FIGURES)
    for name in sorted(listed) + ["README.md"]:
        assert (out / name).is_file() and (out / name).stat().st_size > 0, name
    for name in ("articles.csv", "sentences.csv", "evidence.csv"):
        assert (tables / name).stat().st_size > 0


def test_the_seeds_report_is_about_the_seeds_study(first):
    """Title, question, topics, timeline and timing come from seeds/study.toml and the
    seeds' metadata; the findings are written from the numbers."""
    from framing.study import load_study

    out, written = first
    readme = (out / "README.md").read_text(encoding="utf-8")
    study = load_study(SEEDS / "study.toml")
    assert readme.startswith(f"# {study.title}\n")
    for name in ("timeline", "topics", "features_by_timing", "differences"):
        assert out / f"{name}.png" in written, name
    topics = pd.read_csv(out / "topics.csv")
    assert set(topics["topic"]) == set(study.topics)
    timing = pd.read_csv(out / "features_by_timing.csv")
    assert set(timing["timing"]) == set(framing_corpus()["timing"])
    findings = readme.split("## Findings", 1)[1].split("\n## ", 1)[0]
    # every seed outlet has one article: the findings say so, and that no difference is tested
    assert "single article" in findings and "No difference can be tested" in findings
    assert "after the meeting" in findings  # timing
    assert "004" in findings and "later version" in findings  # lineage: 004 is the update
    # the note under each chart names the corpus used
    assert "seeds/ corpus" in (out / "timeline.svg").read_text(encoding="utf-8")


def framing_corpus():
    import framing

    return framing.load_corpus(SEEDS)


def _copy_without_study(tmp_path):
    import shutil

    folder = tmp_path / "plain"
    shutil.copytree(SEEDS, folder)
    (folder / "study.toml").unlink()
    return folder


def test_without_a_study_the_report_is_neutral(tmp_path):
    """No study file: the title is derived from the corpus, the actors chart uses the
    shipped generic lexicon, and no figure or heading names the seeds' story."""
    folder = _copy_without_study(tmp_path)
    out = tmp_path / "out"
    written = make_figures(folder, out, n_boot=50, top=1)
    readme = (out / "README.md").read_text(encoding="utf-8")
    title = readme.splitlines()[0].replace("\\", "")
    assert title.startswith("# plain/: 5 articles from 5 outlets")
    for word in ("Blinken", "Liu", "Taiwan's election", "meeting"):
        assert word not in title
    assert "Actors: the United States, China and Taiwan" not in readme
    assert not (out / "topics.png").exists()  # no study, no topics
    assert "plain/ corpus" in (out / "features_per_1k.svg").read_text(encoding="utf-8")
    # --top 1: one derived pair drawn, the one with the most reuse
    assert len([p for p in written if p.name.startswith("alignment_") and p.suffix == ".png"]) == 1


def _synthetic(folder, n_articles: int, n_outlets: int):
    """A corpus folder of ``n_articles`` short articles from ``n_outlets`` outlets made of
    the seeds' sentences (a few per article), dated over a year."""
    import framing

    sents = framing.score_sentences(framing_corpus())
    body = sents[sents["kind"] == "body"]["text"].tolist()
    folder.mkdir()
    rows = ["id,file,outlet,published,headline"]
    for i in range(n_articles):
        pick = [body[(i * 7 + k * 13) % len(body)] for k in range(6)]
        (folder / f"a{i:03d}.txt").write_text("\n\n".join(pick) + "\n", encoding="utf-8")
        day = pd.Timestamp("2023-01-01") + pd.Timedelta(days=(i * 11) % 365)
        outlet = f"Outlet number {i % n_outlets} with a long descriptive name"
        rows.append(f"a{i:03d},a{i:03d}.txt,{outlet},{day.date()},Story {i}")
    (folder / "articles.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


def test_many_articles_aggregate_to_outlets_without_layout_warnings(tmp_path):
    """Past the article limit, arcs and the reuse matrix are drawn per outlet, the top pairs
    go to a table, no image is larger than about 3,000 px and matplotlib warns of nothing."""
    import warnings

    from PIL import Image

    from framing.report import ARTICLE_LIMIT

    folder = _synthetic(tmp_path / "many", ARTICLE_LIMIT + 15, 12)
    out = tmp_path / "out"
    with warnings.catch_warnings():
        warnings.simplefilter("error", UserWarning)
        written = make_figures(folder, out, n_boot=50, top=2)
    for png in (p for p in written if p.suffix == ".png"):
        with Image.open(png) as im:
            assert max(im.size) <= 3000, (png.name, im.size)
    reuse = pd.read_csv(out / "reuse_matrix.csv")
    assert {"outlet_a", "outlet_b", "share", "articles"} <= set(reuse.columns)
    assert reuse["outlet_a"].nunique() == 12
    arcs = pd.read_csv(out / "arcs.csv")
    assert arcs["id"].nunique() == ARTICLE_LIMIT + 15  # the CSV keeps every article
    assert (out / "reuse_pairs.csv").stat().st_size > 0
    readme = (out / "README.md").read_text(encoding="utf-8")
    assert "| outlet | articles | words | first | last |" in readme
    assert "2023-01-01" in readme
    assert len([p for p in written if p.name.startswith("alignment_") and p.suffix == ".png"]) <= 2


@pytest.mark.parametrize(
    "options",
    [
        {},
        {"tables_dir": "tables"},
        {"tables_dir": "my tables", "top": 5, "reuse": False},
        {"study": "studies/election.toml", "columns": {"headline": "title", "outlet": "site"}},
        {"chunk_size": 500, "tables_dir": "tables"},
    ],
)
def test_regenerate_command_runs_the_same_report(monkeypatch, options):
    """The README's command, run by the command line, asks make_figures for the same report."""
    import shlex

    from framing import report
    from framing.cli import main

    command = report.regenerate_command("corpora/news.csv", "out dir", **options)
    seen = {}
    monkeypatch.setattr(report, "make_figures", lambda *a, **kw: seen.update(args=a, **kw) or [])
    assert main(shlex.split(command)[1:] + ["--no-progress"]) == 0
    assert seen["args"] == ("corpora/news.csv", "out dir")
    assert seen["top"] == options.get("top", 3)
    if not options.get("chunk_size"):  # a streamed report has no reuse either way
        assert seen["reuse"] == options.get("reuse", True)
    assert seen["chunk_size"] == options.get("chunk_size")
    assert seen["tables_dir"] == options.get("tables_dir")
    assert seen["study"] == options.get("study")
    assert seen["columns"] == options.get("columns")


def test_report_readme_shows_its_own_command(tmp_path):
    """A report written to other folders, without reuse, says so in its README (folders
    outside the working directory by their name only: no machine's paths in a report)."""
    written = make_figures(
        SEEDS, tmp_path / "fig", reuse=False, tables_dir=tmp_path / "t", n_boot=50
    )
    readme = next(p for p in written if p.name == "README.md").read_text(encoding="utf-8")
    assert "\nframing figures --corpus seeds --out fig --tables t --no-reuse\n" in readme
