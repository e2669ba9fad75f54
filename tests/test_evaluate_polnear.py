import json

import pytest

from framing.evaluate.polnear import (
    counts_as_attribution,
    default_polnear_path,
    evaluate_polnear,
    gold_sentences,
)

POLNEAR = default_polnear_path()


@pytest.mark.parametrize(
    "cue,counted",
    [
        ("said", True),
        ("has repeatedly denied", True),
        ("according to", True),
        (":", True),
        ("believes", True),
        ("voted for", False),  # conduct
        ("planned", False),  # intention
        ("is nervous about", False),  # emotion, not in the inventory
    ],
)
def test_cue_mapping_follows_the_inventory(cue, counted):
    assert counts_as_attribution(cue) is counted


def test_gold_mapping_on_a_written_article():
    text = (
        "The senator said the bill would pass. "
        "“It is a good bill. It will help farmers,” she added. "
        "The governor backs the plan. "
        "Rain fell all day."
    )
    starts, ends, pos = [], [], 0
    for part in text.split(". ")[:-1]:
        starts.append(pos)
        ends.append(pos + len(part) + 1)
        pos += len(part) + 2
    starts.append(pos)
    ends.append(len(text))

    def span(s):
        i = text.index(s)
        return [[i, i + len(s)]]

    rec = {
        "text": text,
        "attributions": [
            {"cue": span("said"), "cue_text": "said", "content": span("the bill would pass")},
            {
                "cue": span("added"),
                "cue_text": "added",
                "content": span("“It is a good bill. It will help farmers,”"),
            },
            {"cue": span("backs"), "cue_text": "backs", "content": span("the plan")},
        ],
        "no_source": [],
    }
    gold = [g["gold"] for g in gold_sentences(rec, starts, ends)]
    # the quotation's first sentence inherits; "backs" is conduct, left out
    assert gold == ["attributed", "attributed", "attributed", None, "unattributed"]


def test_bad_file_names_the_file(tmp_path):
    bad = tmp_path / "p.jsonl"
    bad.write_text(json.dumps({"id": "x", "text": "t"}) + "\n")
    with pytest.raises(Exception, match="p.jsonl"):
        evaluate_polnear(bad)


@pytest.mark.skipif(not POLNEAR.exists(), reason=f"PolNeAR not found at {POLNEAR}")
def test_polnear_halves_are_scored():
    scores, rows = evaluate_polnear(POLNEAR)
    assert list(scores["half"]) == ["dev", "held-out"]
    assert rows.groupby("id")["half"].nunique().max() == 1  # articles stay whole
    assert (scores["left_out"] + scores["n"] == scores["sentences"]).all()
    assert (scores["balanced_accuracy"] > 0.5).all()
