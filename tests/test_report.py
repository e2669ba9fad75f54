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
        assert f"![{spec.heading}]({spec.name}.png)" in readme
        assert spec.caption in readme
        assert f"({spec.name}.csv)" in readme
    assert (out / "features_per_1k.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (out / "features_per_1k.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_second_run_is_byte_identical(first, tmp_path):
    out, _ = first
    make_figures(SEEDS, tmp_path, n_boot=200)
    assert digest(out) == digest(tmp_path)
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
    listed = set(
        re.findall(r"\]\(([\w.-]+\.(?:png|svg|csv))\)", (root / "figures/README.md").read_text())
    )
    assert len(listed) >= 3 * len(FIGURES)
    for name in sorted(listed) + ["README.md"]:
        assert (out / name).is_file() and (out / name).stat().st_size > 0, name
    # the README written lists the same files as the repository's
    written = set(re.findall(r"\]\(([\w.-]+\.(?:png|svg|csv))\)", (out / "README.md").read_text()))
    assert written == listed
    for name in ("articles.csv", "sentences.csv", "evidence.csv"):
        assert (tables / name).stat().st_size > 0
