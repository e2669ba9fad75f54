import pandas as pd

from framing.cli import main
from framing.evaluate import evaluate_plover, evaluate_seeds, prf

from .conftest import ROOT, SEEDS


def test_score_command_writes_tables(tmp_path):
    out = tmp_path / "a.csv"
    rc = main(
        [
            "score",
            str(SEEDS),
            "-o",
            str(out),
            "--sentences",
            str(tmp_path / "s.csv"),
            "--evidence",
            str(tmp_path / "e.csv"),
        ]
    )
    assert rc == 0
    arts = pd.read_csv(out, dtype={"id": str})
    assert list(arts["id"]) == ["000", "001", "002", "003", "004"]
    ev = pd.read_csv(tmp_path / "e.csv", dtype={"id": str})
    assert {"term", "matched", "start", "end", "negated"} <= set(ev.columns)


def test_score_command_reports_bad_lexicon(tmp_path, capsys):
    bad = tmp_path / "threat.csv"
    bad.write_text("term\nwar\n")
    rc = main(["score", str(SEEDS), "-o", str(tmp_path / "a.csv"), "--lexicon", f"threat={bad}"])
    assert rc == 2
    assert "threat.csv: missing column" in capsys.readouterr().err


def test_prf_counts():
    m = prf(pd.Series([1, 1, 0, 0]), pd.Series([1, 0, 1, 0]))
    assert (m["tp"], m["fp"], m["fn"]) == (1, 1, 1)
    assert m["precision"] == 0.5 and m["recall"] == 0.5 and m["f1"] == 0.5


def test_seed_evaluation_pairs_every_sentence():
    scores, rows = evaluate_seeds(ROOT / "tests/data/seed_annotations.csv", SEEDS)
    assert scores.attrs["unpaired"] == 0
    assert len(rows) == 158
    assert set(scores["measure"]) >= {"hedge", "threat", "attributed vs unattributed"}


def test_plover_evaluation_runs_on_eval_file(tmp_path):
    path = tmp_path / "p.jsonl"
    path.write_text(
        '{"id": "1", "event": "THREATEN", "text": "Iraq threatened to attack Kuwait."}\n'
        '{"id": "2", "event": "AGREE", "text": "The two sides agreed to a ceasefire."}\n'
    )
    by_event, recs = evaluate_plover(path)
    assert list(recs["threat"] > 0) == [True, False]
    assert list(recs["conciliatory"] > 0) == [False, True]


def test_evaluate_command_scores_hedge_file(tmp_path, capsys):
    path = tmp_path / "h.jsonl"
    path.write_text(
        '{"id": "1", "doc": "a", "text": "The talks are likely to fail.",'
        ' "cues": [{"text": "likely", "type": "probable"}]}\n'
        '{"id": "2", "doc": "b", "text": "The talks ended on Friday.", "cues": []}\n'
    )
    rc = main(["evaluate", "--annotations", "", "--reuse", "", "--hedge", str(path)])
    assert rc == 0
    out = capsys.readouterr().out
    assert "Hedge presence" in out and "held-out" in out
