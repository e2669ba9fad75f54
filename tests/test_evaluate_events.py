"""PLOVER records judged at the event's words."""

import json

import pandas as pd
import pytest

from framing.evaluate import evaluate_events, event_span
from framing.evaluate.events import split_records

from .conftest import ROOT

PLOVER = ROOT / "eval/plover_dev.jsonl"


def words(text):
    return " ".join(text[s:e] for s, e in event_span(text))


def test_event_span_drops_reporting_tail_and_asides():
    text = (
        "The agency will send food to refugees, who fled the civil war last year, "
        "a UN official said on Monday."
    )
    kept = words(text)
    assert "send food" in kept
    assert "civil war" not in kept and "official" not in kept


def test_event_span_keeps_a_main_clause_after_a_comma():
    text = "In an interview on Sunday, the president said he would lift the ban on the party."
    assert "lift the ban" in words(text)


def test_event_span_drops_brackets():
    assert "war" not in words("The council (set up after the war) agreed to extend the mission.")


def test_split_alternates_within_each_event_type():
    ids = pd.Series(
        [f"PLOVER-GSR01-AGREE-{n:04d}" for n in (1, 3, 5)] + ["PLOVER-GSR01-FIGHT-0001"]
    )
    assert list(split_records(ids)) == ["dev", "held-out", "dev", "dev"]


def test_evaluate_events_counts_only_event_words(tmp_path):
    recs = [
        {
            "id": "X-THREATEN-0001",
            "event": "THREATEN",
            "text": "The rebels threatened to attack the capital.",
        },
        {
            "id": "X-AGREE-0001",
            "event": "AGREE",
            "text": "The two sides agreed to a ceasefire, ending a war that had lasted a decade.",
        },
    ]
    path = tmp_path / "p.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in recs) + "\n")
    scores, rows = evaluate_events(path)
    agree = rows.set_index("event").loc["AGREE"]
    assert agree["threat"] > 0 and agree["threat_event"] == 0  # "war" is in the aside
    s = scores[(scores["half"] == "all") & (scores["judged at"] == "event words")]
    assert s.set_index("detector").loc["threat", "balanced_accuracy"] == 1.0


@pytest.mark.skipif(not PLOVER.exists(), reason="evaluation data not present")
def test_plover_halves_partition_the_records():
    scores, rows = evaluate_events(PLOVER)
    assert set(rows["half"]) == {"dev", "held-out"}
    s = scores[scores["detector"] == "threat"].set_index(["half", "judged at"])
    n = s.loc[("dev", "event words"), "positives"] + s.loc[("held-out", "event words"), "positives"]
    assert n == s.loc[("all", "event words"), "positives"] == (rows["group"] == "threat-type").sum()


def test_event_span_drops_relative_and_subordinate_clauses():
    text = "The army lifted the curfew in the province where dozens were killed in riots."
    kept = words(text)
    assert "lifted the curfew" in kept and "killed" not in kept
    text = "The minister resigned on Sunday as protesters threatened to storm the building."
    assert "threatened" not in words(text)
    # a "that" complement holds the reported event and stays
    text = "The rebels said that they would attack the capital."
    assert "attack the capital" in words(text)
