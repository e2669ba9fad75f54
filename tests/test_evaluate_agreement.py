"""Cohen's kappa and Krippendorff's alpha against hand-computed textbook examples."""

import math

import pandas as pd
import pytest

from framing.cli import main
from framing.corpus import CorpusError
from framing.evaluate import (
    agreement,
    cohen_kappa,
    evaluate_agreement,
    evaluate_seeds,
    krippendorff_alpha,
    load_annotations,
)

from .conftest import ROOT, SEEDS

N = None


def test_kappa_two_by_two_table():
    # 50 units: both yes 20, yes/no 5, no/yes 10, both no 15 (the standard textbook table).
    # p_o = 35/50 = 0.7; p_e = 0.5*0.6 + 0.5*0.4 = 0.5; kappa = (0.7-0.5)/(1-0.5) = 0.4
    a = ["yes"] * 25 + ["no"] * 25
    b = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    assert cohen_kappa(a, b) == pytest.approx(0.4)


def test_kappa_perfect_and_missing_units():
    assert cohen_kappa([1, 0, 1, N], [1, 0, 1, 0]) == pytest.approx(1.0)
    assert math.isnan(cohen_kappa([1, 1], [1, 1]))  # chance agreement is total


def test_alpha_krippendorff_2011_nominal_example_with_missing_data():
    # Krippendorff (2011), "Computing Krippendorff's alpha-reliability", section C:
    # 4 observers, 12 units, missing values; nominal alpha = 0.743
    data = [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3],
        [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N],
    ]
    assert krippendorff_alpha(data) == pytest.approx(0.743, abs=5e-4)


def test_alpha_two_coders_binary_example():
    # Krippendorff (2011), section A: two observers, ten units, binary; alpha = 0.095
    a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0]
    b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]
    assert krippendorff_alpha([a, b]) == pytest.approx(0.095, abs=5e-4)


def test_agreement_pairs_coders_and_tool():
    frame = pd.DataFrame(
        {
            "hedge:ann1": [1, 0, 1, 0, 1, 0],
            "hedge:ann2": [1, 0, 1, 1, 1, N],
            "hedge@tool": [1, 0, 0, 0, 1, 0],
        }
    )
    out = agreement(frame, {"hedge": "hedge@tool"}, binary=("hedge",))
    pairs = list(out["pair"])
    assert pairs == ["ann1 vs ann2", "tool vs ann1", "tool vs ann2"]
    row = out.set_index("pair").loc["ann1 vs ann2"]
    assert row["units"] == 5  # ann2 left the last sentence blank
    assert row["kappa"] == pytest.approx(cohen_kappa([1, 0, 1, 0, 1], [1, 0, 1, 1, 1]))


def _partial_file(tmp_path):
    gold = pd.read_csv(ROOT / "tests/data/seed_annotations.csv", dtype=str, keep_default_na=False)
    part = gold[["id", "text", "hedge"]].rename(columns={"hedge": "hedge:ann1"})
    # a second coder who disagrees on every tenth sentence and skipped the last five
    second = gold["hedge"].astype(int).copy()
    second.iloc[::10] = 1 - second.iloc[::10]
    part["hedge:ann2"] = second.astype(str)
    part.loc[part.index[-5:], "hedge:ann2"] = ""
    part["threat"] = gold["threat"]
    path = tmp_path / "partial.csv"
    part.to_csv(path, index=False)
    return path, gold


def test_partial_annotation_file_codes_some_features(tmp_path):
    path, gold = _partial_file(tmp_path)
    scores, rows = evaluate_seeds(path, SEEDS)
    assert list(scores["measure"]) == ["threat"]  # hedge has only coder columns
    assert scores.iloc[0]["gold"] == (gold["threat"].astype(int) > 0).sum()
    table = evaluate_agreement(path, SEEDS)
    hedge = table[table["measure"] == "hedge"].set_index("pair")
    assert hedge.loc["ann1 vs ann2", "units"] == len(gold) - 5
    assert hedge.loc["ann1 vs ann2", "agreement"] < 1
    assert set(table["measure"]) == {"hedge", "threat"}


def test_cli_prints_agreement(tmp_path, capsys):
    path, _ = _partial_file(tmp_path)
    rc = main(["evaluate", "--annotations", str(path), "--corpus", str(SEEDS), "--reuse", ""])
    assert rc == 0
    out = capsys.readouterr().out
    assert "Krippendorff" in out and "ann1 vs ann2" in out


def test_annotation_file_problems_are_named(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("id,text,note\n000,A sentence.,x\n")
    with pytest.raises(CorpusError, match="bad.csv: no coded column"):
        load_annotations(bad)
    bad.write_text("id,text,hedge\n000,A sentence.,yes\n")
    with pytest.raises(CorpusError, match="bad.csv, line 2: column 'hedge'"):
        load_annotations(bad)
