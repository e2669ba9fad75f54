"""News sentences coded here: the codes file, its join with PolNeAR, the scores and agreement.

The codes in these tests are written to tmp_path and derived from the tool's own sentences
(never committed); the real codes file, when present, is checked to join and pair."""

import json
import math

import pandas as pd
import pytest

from framing import score_text
from framing.cli import main
from framing.corpus import CorpusError
from framing.evaluate import prf
from framing.evaluate.agreement import cohen_kappa, krippendorff_alpha
from framing.evaluate.hedging import split_half
from framing.evaluate.news import (
    add_round,
    build_codes,
    evaluate_news,
    load_news_codes,
    polnear_halves,
    write_codes,
)
from framing.evaluate.polnear import default_polnear_path, load_polnear, score_polnear

from .conftest import ROOT

POLNEAR = default_polnear_path()
CODES = ROOT / "eval" / "polnear_codes.csv"
FEATS = ("hedge", "booster", "threat", "conciliatory")

pytestmark = pytest.mark.skipif(not POLNEAR.exists(), reason=f"{POLNEAR} absent")


@pytest.fixture(scope="module")
def records():
    return load_polnear(POLNEAR)


@pytest.fixture(scope="module")
def picked(records):
    """Six articles, three of each half, and their body sentences as score_text gives them."""
    halves = polnear_halves(records)
    ids = sorted(halves)
    chosen = [i for i in ids if halves[i] == "dev"][:3] + [
        i for i in ids if halves[i] == "held-out"
    ][:3]
    by_id = {r["id"]: r for r in records}
    rows = []
    for aid in chosen:
        df = score_text(by_id[aid]["text"])
        for r in df[df["kind"] == "body"].head(12).itertuples():
            rows.append(
                {
                    "article": aid,
                    "start": r.start,
                    "end": r.end,
                    "half": halves[aid],
                    "text": r.text,
                    **{f"{f}@score_text": getattr(r, f) for f in FEATS},
                }
            )
    return pd.DataFrame(rows)


def made_up_codes(picked: pd.DataFrame) -> pd.DataFrame:
    """Codes that depend on position only (coder1 every 2nd, coder2 every 3rd sentence, gold
    their 'or'), enough to exercise every cell of the tables."""
    out = picked[["article", "start", "end", "half"]].copy()
    k = pd.Series(range(len(out)))
    for j, f in enumerate(FEATS):
        c1 = ((k + j) % 2 == 0).astype(int)
        c2 = ((k + j) % 3 == 0).astype(int)
        out[f"{f}:coder1"] = c1.to_numpy()
        out[f"{f}:coder2"] = c2.to_numpy()
        out[f] = (c1 | c2).to_numpy()
    out["note"] = ""
    return out


@pytest.fixture(scope="module")
def codes_path(picked, tmp_path_factory):
    path = tmp_path_factory.mktemp("news") / "codes.csv"
    write_codes(made_up_codes(picked), path)
    return path


@pytest.fixture(scope="module")
def result(codes_path):
    return evaluate_news(codes_path, POLNEAR)


def test_join_gives_the_sentence_text(codes_path, picked):
    coded = load_news_codes(codes_path, POLNEAR)
    assert list(coded["text"]) == list(picked["text"])
    assert list(coded["half"]) == list(picked["half"])


def test_tool_counts_are_score_texts(result, picked):
    rows = result.rows
    for f in FEATS:
        assert list(rows[f"{f}@tool"]) == list(picked[f"{f}@score_text"])
    # matched words are the sentence's own words, one group per count
    fired = rows[rows["hedge@tool"] > 0]
    for text, words, n in zip(fired["text"], fired["hedge_matched"], fired["hedge@tool"]):
        parts = words.split("; ")
        assert len(parts) == n
        for w in parts:
            assert w.replace(" (negated)", "").split()[0].lower() in text.lower()


def write(tmp_path, frame, name="codes.csv"):
    path = tmp_path / name
    write_codes(frame, path)
    return path


def test_unknown_article_is_an_error_naming_file_and_line(tmp_path, picked):
    bad = made_up_codes(picked).head(3)
    bad.loc[1, "article"] = "no-such-article"
    path = write(tmp_path, bad)
    with pytest.raises(CorpusError, match=r"codes\.csv, line 3: article 'no-such-article'"):
        load_news_codes(path, POLNEAR)


@pytest.mark.parametrize("start,end", [(0, 10**7), (-5, 10), (40, 40)])
def test_offsets_outside_the_text_are_an_error(tmp_path, picked, start, end):
    bad = made_up_codes(picked).head(2)
    bad.loc[0, ["start", "end"]] = [start, end]
    path = write(tmp_path, bad)
    with pytest.raises(CorpusError, match=r"codes\.csv, line 2: offsets .* fall outside"):
        load_news_codes(path, POLNEAR)


def test_offsets_the_segmentation_does_not_give_are_an_error(tmp_path, picked):
    bad = made_up_codes(picked).head(2)
    bad.loc[1, "start"] += 1
    path = write(tmp_path, bad)
    with pytest.raises(CorpusError, match=r"codes\.csv, line 3: no sentence of the tool's"):
        evaluate_news(path, POLNEAR)


def test_a_half_other_than_polnears_is_an_error(tmp_path, picked):
    bad = made_up_codes(picked).head(2)
    bad.loc[0, "half"] = "held-out" if bad.loc[0, "half"] == "dev" else "dev"
    with pytest.raises(CorpusError, match="line 2: half"):
        load_news_codes(write(tmp_path, bad), POLNEAR)


def test_a_code_that_is_not_a_number_is_an_error(tmp_path, picked):
    bad = made_up_codes(picked).head(2).astype({"threat": object})
    bad.loc[1, "threat"] = "yes"
    with pytest.raises(CorpusError, match=r"line 3: column 'threat' holds 'yes'"):
        load_news_codes(write(tmp_path, bad), POLNEAR)


def test_precision_recall_f1_reproduce_from_rows(result):
    scores, _, rows = result
    assert set(scores["half"]) == {"dev", "held-out", "all"}
    for s in scores.itertuples():
        sub = rows if s.half == "all" else rows[rows["half"] == s.half]
        gold, tool = sub[s.feature] > 0, sub[f"{s.feature}@tool"] > 0
        tp, fp, fn = int((gold & tool).sum()), int((~gold & tool).sum()), int((gold & ~tool).sum())
        assert (s.gold, s.tp, s.fp, s.fn) == (tp + fn, tp, fp, fn)
        if tp + fp:
            assert s.precision == pytest.approx(tp / (tp + fp))
        if tp:
            p, r = tp / (tp + fp), tp / (tp + fn)
            assert s.f1 == pytest.approx(2 * p * r / (p + r))


def test_agreement_equals_the_agreement_functions_run_directly(result):
    _, agree, rows = result
    for a in agree.itertuples():
        sub = rows if a.half == "all" else rows[rows["half"] == a.half]
        left, right = a.pair.split(" vs ")

        def col(who, m=a.measure, sub=sub):
            name = {"tool": f"{m}@tool", "adjudicated": m}.get(who, f"{m}:{who}")
            return (sub[name] > 0).astype(int)

        x, y = col(left), col(right)
        assert a.units == len(sub)
        assert a.agreement == pytest.approx(float((x == y).mean()))
        for got, want in ((a.kappa, cohen_kappa(x, y)), (a.alpha, krippendorff_alpha([x, y]))):
            assert (math.isnan(got) and math.isnan(want)) or got == pytest.approx(want)
    pairs = set(agree["pair"])
    assert pairs == {
        "coder1 vs coder2",
        "tool vs coder1",
        "tool vs coder2",
        "tool vs adjudicated",
    }


def test_a_codes_file_with_some_features_only(tmp_path, picked):
    some = made_up_codes(picked)[["article", "start", "end", "half", "threat"]]
    scores, agree, rows = evaluate_news(write(tmp_path, some), POLNEAR)
    assert set(scores["feature"]) == {"threat"}
    assert set(agree["pair"]) == {"tool vs adjudicated"}
    assert "hedge@tool" not in rows


def test_blank_codes_are_not_coded(tmp_path, picked):
    codes = made_up_codes(picked).astype({"hedge": object})
    codes.loc[:4, "hedge"] = ""
    scores, _, _ = evaluate_news(write(tmp_path, codes), POLNEAR)
    all_hedge = scores[(scores["half"] == "all") & (scores["feature"] == "hedge")].iloc[0]
    assert all_hedge["n"] == len(codes) - 5


def test_halves_are_the_polnear_attribution_evaluations(tmp_path, records):
    # a few real articles and one without text, in a file of their own
    few = [records[k] for k in range(0, 40, 4)]
    few.insert(3, {**few[3], "id": few[3]["id"] + "-blank", "text": "  "})
    path = tmp_path / "few.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in few), encoding="utf-8")
    attribution = score_polnear(path).drop_duplicates("id").set_index("id")["half"]
    halves = polnear_halves(few)
    assert {i: halves[i] for i in attribution.index} == attribution.to_dict()
    # over the whole file, a sample's ids alone would not give the same halves
    full = polnear_halves(records)
    ids = pd.Series(sorted(full)[::2])  # all dev in the whole file
    alone = dict(zip(ids, split_half(ids)))
    assert sum(alone[i] != full[i] for i in ids) == len(ids) // 2


def test_build_codes_from_coders_and_adjudication(tmp_path, picked):
    sample = picked.head(10).reset_index(drop=True)
    sids = [f"s{k:02d}" for k in range(len(sample))]
    with open(tmp_path / "sample.jsonl", "w", encoding="utf-8") as fh:
        for sid, r in zip(sids, sample.itertuples()):
            rec = {"sid": sid, "article": r.article, "start": r.start, "end": r.end}
            fh.write(json.dumps({**rec, "context_before": "", "text": r.text}) + "\n")
    c1 = pd.DataFrame({"sid": sids, "hedge": [k % 2 for k in range(10)], "threat": 0})
    c2 = pd.DataFrame({"sid": sids, "hedge": [k % 3 == 0 for k in range(10)], "threat": 0})
    c2["hedge"] = c2["hedge"].astype(int)
    c1["note"] = c2["note"] = "x"
    c1.to_csv(tmp_path / "c1.csv", index=False)
    c2.to_csv(tmp_path / "c2.csv", index=False)
    split = c1["hedge"] != c2["hedge"]
    adj = pd.DataFrame({"sid": c1.loc[split, "sid"], "hedge": 1, "note": "cue"})
    adj.to_csv(tmp_path / "adj.csv", index=False)
    kw = {
        "coders": {"coder1": tmp_path / "c1.csv", "coder2": tmp_path / "c2.csv"},
        "adjudicated": tmp_path / "adj.csv",
        "polnear": POLNEAR,
    }
    table = build_codes(tmp_path / "sample.jsonl", **kw)
    assert list(table.columns) == [
        "article",
        "start",
        "end",
        "half",
        "hedge:coder1",
        "hedge:coder2",
        "hedge",
        "threat:coder1",
        "threat:coder2",
        "threat",
        "note",
    ]
    assert "text" not in table and len(table) == 10
    assert list(table[["article", "start"]].itertuples(index=False)) == sorted(
        table[["article", "start"]].itertuples(index=False)
    )
    back = table.set_index(["article", "start"])
    for sid, r in zip(sids, sample.itertuples()):
        k = sids.index(sid)
        row = back.loc[(r.article, r.start)]
        gold = 1 if split[k] else c1.loc[k, "hedge"]
        assert row["hedge"] == gold and row["threat"] == 0
        assert row["note"] == ("cue" if split[k] else "")
    # deterministic, and the written file loads
    write_codes(table, tmp_path / "a.csv")
    write_codes(build_codes(tmp_path / "sample.jsonl", **kw), tmp_path / "b.csv")
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()
    assert list(load_news_codes(tmp_path / "a.csv", POLNEAR)["hedge"]) == list(table["hedge"])
    # a disagreement left without adjudication is an error
    adj.iloc[1:].to_csv(tmp_path / "adj.csv", index=False)
    with pytest.raises(
        CorpusError, match=r"the coders disagree \(or fewer than two coded it\) and no adjudicated"
    ):
        build_codes(tmp_path / "sample.jsonl", **kw)
    # a coder who skipped a sentence leaves it with one coder
    c1.iloc[1:].to_csv(tmp_path / "c1.csv", index=False)
    with pytest.raises(CorpusError, match=r"sid 's00' is coded by 1 coder\(s\).*c2\.csv"):
        build_codes(tmp_path / "sample.jsonl", **kw)


def test_build_codes_with_pairs_of_coders_sharing_the_sample(tmp_path, picked):
    """Two pairs code two halves of the sample: each sentence's gold comes from its own pair,
    and coders of different halves are never compared (they share no sentence)."""
    sample = picked.head(8).reset_index(drop=True)
    sids = [f"s{k}" for k in range(8)]
    with open(tmp_path / "sample.jsonl", "w", encoding="utf-8") as fh:
        for sid, r in zip(sids, sample.itertuples()):
            rec = {"sid": sid, "article": r.article, "start": r.start, "end": r.end}
            fh.write(json.dumps({**rec, "text": r.text}) + "\n")
    first, second = sids[:4], sids[4:]
    codes = {
        "a": (first, [1, 0, 1, 0]),
        "b": (first, [1, 0, 0, 0]),
        "c": (second, [0, 1, 1, 0]),
        "d": (second, [0, 1, 1, 1]),
    }
    for name, (ss, hedge) in codes.items():
        pd.DataFrame({"sid": ss, "hedge": hedge}).to_csv(tmp_path / f"{name}.csv", index=False)
    pd.DataFrame({"sid": ["s2", "s7"], "hedge": [0, 1], "note": ["x", "y"]}).to_csv(
        tmp_path / "adj.csv", index=False
    )
    table = build_codes(
        tmp_path / "sample.jsonl",
        coders={n: tmp_path / f"{n}.csv" for n in codes},
        adjudicated=tmp_path / "adj.csv",
        polnear=POLNEAR,
    )
    back = table.set_index(["article", "start"])
    gold = [1, 0, 0, 0, 0, 1, 1, 1]
    for k, r in enumerate(sample.itertuples()):
        row = back.loc[(r.article, r.start)]
        assert row["hedge"] == gold[k]
        own = ("a", "b") if k < 4 else ("c", "d")
        assert all(pd.notna(row[f"hedge:{n}"]) == (n in own) for n in codes)
    write_codes(table, tmp_path / "codes.csv")
    _, agree, _ = evaluate_news(tmp_path / "codes.csv", POLNEAR)
    pairs = set(agree[(agree["half"] == "all") & (agree["measure"] == "hedge")]["pair"])
    assert {"a vs b", "c vs d", "tool vs a", "tool vs d", "all coders"} <= pairs
    assert not pairs & {"a vs c", "a vs d", "b vs c", "b vs d"}


def test_evaluate_command_prints_news_tables_only_when_asked(tmp_path, records, picked, capsys):
    ids = set(picked["article"])
    path = tmp_path / "few.jsonl"
    path.write_text(
        "".join(json.dumps(r) + "\n" for r in records if r["id"] in ids), encoding="utf-8"
    )
    codes = write(tmp_path, made_up_codes(picked))
    base = ["evaluate", "--annotations", "", "--reuse", ""]
    assert main([*base, "--polnear", str(path)]) == 0
    out = capsys.readouterr().out
    assert "PolNeAR attribution" in out and "News sentences" not in out
    assert main([*base, "--news-codes", str(codes), "--polnear", str(path)]) == 0
    out = capsys.readouterr().out
    assert "News sentences" in out and "coder1 vs coder2" in out and "tool vs adjudicated" in out
    assert main([*base, "--news-codes", str(codes)]) == 2
    assert "--news-codes needs --polnear" in capsys.readouterr().err


@pytest.mark.skipif(not CODES.exists(), reason="no codes file yet")
def test_a_round_coded_later_joins_the_file_as_if_built_at_once(tmp_path, picked):
    """Rounds are coded weeks apart and their inputs stay outside the repository: adding the
    second round's table to the written file gives the file built from both rounds at once,
    byte for byte; a sentence or a coder already in the file is an error naming it."""
    sample = picked.head(12).reset_index(drop=True)
    sids = [f"s{k:02d}" for k in range(12)]
    recs = [
        {"sid": sid, "article": r.article, "start": r.start, "end": r.end, "text": r.text}
        for sid, r in zip(sids, sample.itertuples())
    ]
    first, second = recs[::2], recs[1::2]  # interleaved, so the rows must be sorted again
    for name, part in (("all", recs), ("one", first), ("two", second)):
        with open(tmp_path / f"{name}.jsonl", "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(r) + "\n" for r in part)
    coders = {
        "a": ([r["sid"] for r in first], [1, 0, 1, 0, 0, 1], [0, 0, 1, 0, 0, 0]),
        "b": ([r["sid"] for r in first], [1, 0, 0, 0, 0, 1], [0, 0, 1, 0, 0, 0]),
        "c": ([r["sid"] for r in second], [0, 1, 1, 0, 0, 0], [1, 0, 0, 0, 0, 0]),
        "d": ([r["sid"] for r in second], [0, 1, 1, 1, 0, 0], [1, 0, 0, 0, 0, 0]),
    }
    for name, (ss, hedge, threat) in coders.items():
        pd.DataFrame({"sid": ss, "hedge": hedge, "threat": threat}).to_csv(
            tmp_path / f"{name}.csv", index=False
        )
    adj = pd.DataFrame(
        {"sid": [first[2]["sid"], second[3]["sid"]], "hedge": [1, 0], "note": ["may", "x"]}
    )
    adj.to_csv(tmp_path / "adj_all.csv", index=False)
    adj.head(1).to_csv(tmp_path / "adj_one.csv", index=False)
    adj.tail(1).to_csv(tmp_path / "adj_two.csv", index=False)

    def built(sample, names):
        return build_codes(
            tmp_path / f"{sample}.jsonl",
            coders={n: tmp_path / f"{n}.csv" for n in names},
            adjudicated=tmp_path / f"adj_{sample}.csv",
            polnear=POLNEAR,
        )

    write_codes(built("all", "abcd"), tmp_path / "at_once.csv")
    write_codes(built("one", "ab"), tmp_path / "round1.csv")
    write_codes(add_round(tmp_path / "round1.csv", built("two", "cd")), tmp_path / "later.csv")
    assert (tmp_path / "later.csv").read_bytes() == (tmp_path / "at_once.csv").read_bytes()
    with pytest.raises(CorpusError, match=r"round1\.csv: already holds the new round's sentence"):
        add_round(tmp_path / "round1.csv", built("all", "abcd"))
    (tmp_path / "a.csv").write_bytes((tmp_path / "c.csv").read_bytes())  # coder a again
    with pytest.raises(CorpusError, match=r"round1\.csv: coder 'a' is in the file"):
        add_round(tmp_path / "round1.csv", built("two", "ad"))


def test_the_projects_codes_join_and_pair_with_the_segmentation():
    scores, agree, rows = evaluate_news(CODES, POLNEAR)
    codes = pd.read_csv(CODES, dtype=str, keep_default_na=False)
    assert len(rows) == len(codes) and "text" not in codes
    assert (rows["end"] > rows["start"]).all()
    for f in FEATS:
        all_ = scores[(scores["half"] == "all") & (scores["feature"] == f)].iloc[0]
        assert all_["gold"] == int((rows[f] > 0).sum())
        m = prf(rows[f] > 0, rows[f"{f}@tool"] > 0)
        assert all_["f1"] == pytest.approx(m["f1"])
