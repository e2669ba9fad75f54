"""The report on real coverage: PolNeAR (2016 US election, seven outlets, eleven months).

The texts are not ours (see /work/shared/eval/README.md): read by path (``FRAMING_EVAL``, or
``../shared/eval/`` beside the repository), never copied; the test is skipped when the file
is absent. It runs the report on a subset (every outlet, a dozen articles each, over the whole
period) to keep the suite's time reasonable and checks the report's promises: neutral title,
headings and captions (no word of the seeds' story), every outlet, a timeline whose period is
chosen by the span (small multiples for seven outlets), outlet intervals that resample
articles (recomputed here), keyness free of site chrome,
images of at most about 3,000 px, no matplotlib layout warnings.
"""

import os
import warnings
from pathlib import Path

import pandas as pd
import pytest

import framing
from framing.io import escape_markdown
from framing.report import make_figures


def _polnear() -> Path:
    env = os.environ.get("FRAMING_EVAL")
    here = Path(__file__).resolve().parents[2] / "shared" / "eval"
    for folder in (Path(env) if env else None, here, Path("/work/shared/eval")):
        if folder is not None and (folder / "polnear_dev.jsonl").exists():
            return folder / "polnear_dev.jsonl"
    return here / "polnear_dev.jsonl"


POLNEAR = _polnear()
pytestmark = pytest.mark.skipif(not POLNEAR.exists(), reason="PolNeAR file not present")
PER_OUTLET = 12


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    corpus = framing.load_corpus(POLNEAR, columns={"headline": "title"})
    # every outlet, articles spread over the period: each outlet's articles by date, evenly
    picked = []
    for _, g in corpus.groupby("outlet", sort=False):
        g = g.sort_values("published", kind="stable")
        step = max(len(g) // PER_OUTLET, 1)
        picked.append(g.iloc[::step].head(PER_OUTLET))
    subset = pd.concat(picked).sort_index().reset_index(drop=True)
    out = tmp_path_factory.mktemp("polnear")
    with warnings.catch_warnings():
        warnings.simplefilter("error", UserWarning)
        written = make_figures(POLNEAR, out, corpus=subset, n_boot=100, top=2)
    return subset, out, written


def test_title_is_neutral_and_names_the_corpus(report):
    subset, out, _ = report
    readme = (out / "README.md").read_text(encoding="utf-8")
    title = readme.splitlines()[0].replace("\\", "")
    n_outlets = subset["outlet"].nunique()
    assert title.startswith(f"# polnear_dev.jsonl: {len(subset)} articles from {n_outlets} outlets")
    for story in ("Blinken", "Liu", "Taiwan", "meeting"):
        assert story not in title
    assert "## Findings" in readme
    assert "polnear_dev.jsonl corpus" in (out / "features_per_1k.svg").read_text(encoding="utf-8")


def test_every_outlet_is_in_the_report(report):
    subset, out, _ = report
    readme = (out / "README.md").read_text(encoding="utf-8")
    outlets = set(subset["outlet"])
    for name in ("features_per_1k", "attribution", "sentiment"):
        assert set(pd.read_csv(out / f"{name}.csv")["outlet"]) == outlets, name
    for outlet in outlets:
        assert escape_markdown(outlet) in readme
    # too many articles for one strip or cell each: the reuse matrix is outlet by outlet
    reuse = pd.read_csv(out / "reuse_matrix.csv")
    assert set(reuse["outlet_a"]) == outlets


def test_a_timeline_over_the_period(report):
    subset, out, written = report
    assert out / "timeline.png" in written
    tl = pd.read_csv(out / "timeline.csv")
    from framing.periods import parse_published

    dated = parse_published(subset["published"]).dropna()
    assert tl["period"].nunique() > 3
    assert pd.to_datetime(tl["period"]).min() <= dated.min()


def test_images_fit_and_pairs_are_capped(report):
    from PIL import Image

    _, out, written = report
    for png in (p for p in written if p.suffix == ".png"):
        with Image.open(png) as im:
            assert max(im.size) <= 3000, (png.name, im.size)
    alignments = [p for p in written if p.name.startswith("alignment_") and p.suffix == ".png"]
    assert len(alignments) <= 2


#: Words of the seeds' story: a neutral report on other coverage names none of them.
STORY = ("Blinken", "Liu Jianchao", "Taiwan", "Lai Ching-te", "Antony")


def test_no_heading_or_caption_tells_the_seeds_story(report):
    _, out, _ = report
    readme = (out / "README.md").read_text(encoding="utf-8").replace("\\", "")
    prose = [ln for ln in readme.splitlines() if ln.startswith(("#", "!["))]
    prose += [p for p in readme.split("\n\n") if not p.startswith(("|", "-", "```"))]
    for story in STORY:
        assert not [p for p in prose if story in p], story


def test_timeline_period_chosen_by_the_span_and_drawn_in_panels(report):
    from framing.periods import choose_period, parse_published

    subset, out, _ = report
    tl = pd.read_csv(out / "timeline.csv")
    period = choose_period(parse_published(subset["published"]).dropna())
    assert set(tl["period_length"]) == {period} == {"month"}  # eleven months of coverage
    readme = (out / "README.md").read_text(encoding="utf-8")
    assert "one panel per outlet" in readme  # seven outlets: small multiples


def test_outlet_intervals_resample_articles(report):
    """Recompute one outlet's interval from per-article sums: it matches the report's, so
    the report resampled articles (with their sentences), not sentences."""
    from framing.bootstrap import interval, resample

    subset, out, _ = report
    table = pd.read_csv(out / "features_per_1k.csv")
    sents = framing.score_sentences(subset)
    for outlet in sorted(subset["outlet"].unique())[:2]:
        mine = sents[sents["outlet"] == outlet]
        per_article = mine.groupby("id", sort=False)[["threat", "words"]].sum()
        row = table[(table["outlet"] == outlet) & (table["feature"] == "threat")].iloc[0]
        assert row["clusters"] == row["articles"] == len(per_article)
        n_boot = int(row["n_boot"])
        idx = resample(len(per_article), n_boot, 0, outlet)
        counts, words = per_article["threat"].to_numpy(), per_article["words"].to_numpy()
        rates = counts[idx].sum(axis=1) / words[idx].sum(axis=1) * 1000
        lo, hi = interval(rates, float(row["level"]))
        assert (row["per_1k_low"], row["per_1k_high"]) == pytest.approx((lo, hi), abs=1e-5)


def test_keyness_free_of_chrome(report):
    from framing.keyness import HAS_LETTER

    subset, out, _ = report
    k = pd.read_csv(out / "keyness.csv")
    assert set(k["target"]) == set(subset["outlet"])
    assert all(HAS_LETTER.search(str(t)) for t in k["term"])
    markup = {"getty", "tweet_id", "timestamp", "datetime", "livefyre"}
    for outlet, table in k.groupby("target"):
        top = table.sort_values("statistic", ascending=False).head(30)
        assert not markup & set(top["term"]), outlet
