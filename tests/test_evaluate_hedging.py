"""Hedge presence against uncertainty-cue sentences: the codebook mapping and the halves."""

import json

import pandas as pd
import pytest

from framing.corpus import CorpusError
from framing.evaluate import evaluate_hedge
from framing.evaluate.hedging import codebook_hedge, split_half

from .conftest import ROOT

# the shared evaluation folder sits beside the checkout (../shared/eval) or one level up
WIKI = next(
    (
        p / "shared/eval/wiki_hedge_dev.jsonl"
        for p in (ROOT.parent, ROOT.parent.parent)
        if (p / "shared/eval/wiki_hedge_dev.jsonl").exists()
    ),
    ROOT / "eval/wiki_hedge_dev.jsonl",
)


def cue(text, kind):
    return {"text": text, "type": kind}


def test_codebook_mapping_of_cues():
    assert codebook_hedge([]) is False
    assert codebook_hedge([cue("probably", "probable")]) is True
    assert codebook_hedge([cue("may", "possible"), cue("believe", "doxastic")]) is True
    # belief with a holder is attribution under the codebook; conditions are not hedges
    assert codebook_hedge([cue("believe", "doxastic")]) is None
    assert codebook_hedge([cue("if", "condition")]) is None
    # root modals alone are left out
    assert codebook_hedge([cue("can", "probable"), cue("should", "probable")]) is None


def test_halves_keep_documents_whole_and_alternate():
    docs = pd.Series(["b", "a", "a", "c", "d", "b"])
    half = split_half(docs)
    assert list(half) == ["held-out", "dev", "dev", "dev", "held-out", "held-out"]


def _write(path, recs):
    path.write_text("\n".join(json.dumps(r) for r in recs) + "\n")


def test_evaluate_hedge_on_news_like_sentences(tmp_path):
    recs = [
        {
            "id": "1",
            "doc": "a",
            "text": "The talks are likely to be difficult.",
            "cues": [cue("likely", "probable")],
        },
        {"id": "2", "doc": "a", "text": "The minister arrived in Seoul on Monday.", "cues": []},
        {
            "id": "3",
            "doc": "b",
            "text": "Officials believe the plan will work.",
            "cues": [cue("believe", "doxastic")],
        },
        {
            "id": "4",
            "doc": "b",
            "text": "The outcome of the vote remains unclear.",
            "cues": [cue("unclear", "probable")],
        },
    ]
    path = tmp_path / "h.jsonl"
    _write(path, recs)
    scores, rows = evaluate_hedge(path)
    allrow = scores.set_index("half").loc["all"]
    assert allrow["n"] == 3 and allrow["left_out"] == 1
    assert allrow["tp"] == 2 and allrow["fp"] == 0 and allrow["fn"] == 0
    assert rows.loc[rows["id"] == "1", "matched"].item() == "likely"


def test_bad_uncertainty_file_is_named(tmp_path):
    path = tmp_path / "h.jsonl"
    path.write_text('{"id": "1", "text": "x"}\n')
    with pytest.raises(CorpusError, match="h.jsonl, line 1: missing field"):
        evaluate_hedge(path)


@pytest.mark.skipif(not WIKI.exists(), reason="evaluation data not present")
def test_wiki_hedge_halves_cover_every_judged_sentence():
    scores, rows = evaluate_hedge(WIKI)
    s = scores.set_index("half")
    assert s.loc["dev", "n"] + s.loc["held-out", "n"] == s.loc["all", "n"]
    assert s.loc["all", "n"] + s.loc["all", "left_out"] == len(rows)
    assert s.loc["all", "f1"] > 0.5


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", r"e\.jsonl, line 2: not JSON \(.*column"),
        ("[1, 2]", r"e\.jsonl, line 2: not a JSON object"),
        ('{"id": "x"}', r"e\.jsonl, line 2: missing field\(s\) event, text"),
    ],
)
def test_every_evaluation_reader_names_the_bad_line(tmp_path, line, message):
    from framing.evaluate import load_plover, read_records

    path = tmp_path / "e.jsonl"
    good = '{"id": "1", "event": "AGREE", "text": "The two sides agreed to a truce."}'
    path.write_text(f"{good}\n{line}\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=message):
        load_plover(path)
    with pytest.raises(CorpusError, match=message):
        read_records(path, required=("id", "event", "text"), what="events")
