"""What a researcher with many outlets and months sees: the timeline as small multiples, the
actors' axis scaled to the data, keyness labels with their article spread."""

import matplotlib

matplotlib.use("Agg")

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

import framing  # noqa: E402
from framing.periods import score_periods  # noqa: E402
from framing.plots import plot_actors, plot_keyness, plot_timeline  # noqa: E402
from framing.plots.outlets import SCALE_MENTIONS, actor_axis_limit  # noqa: E402
from framing.plots.study import (  # noqa: E402
    FEW_ARTICLES,
    TIMELINE_PANELS_FROM,
    timeline_in_panels,
)
from tests.test_outlets import articles  # noqa: E402


def many_months(n_outlets: int):
    """``n_outlets`` outlets, four months, three articles a month except one of the last."""
    spec, ids, dates = {}, [], []
    for o in range(n_outlets):
        name = f"outlet {o}"
        arts = []
        for month in range(1, 5):
            for j in range(3 if month < 4 else 1 + o % 2):
                arts.append((1, 0) if (o + month + j) % 2 else (0, 0))
                ids.append(f"{name}{len(arts) - 1}")
                dates.append(f"2016-0{month}-1{j}")
        spec[name] = arts
    s = articles(spec)
    return s, pd.DataFrame({"id": ids, "published": dates})


def test_timeline_panels_one_per_outlet_over_the_others():
    s, c = many_months(TIMELINE_PANELS_FROM)
    p = score_periods(s, c, period="month", n_boot=50)
    assert timeline_in_panels(p)
    ax = plot_timeline(p, feature="threat")
    fig = ax.get_figure(root=True)
    panels = [a for a in fig.axes if a.get_visible() and a.axison]
    outlets = list(dict.fromkeys(p["outlet"]))
    assert len(panels) == len(outlets)
    threat = p[p["feature"] == "threat"]
    for panel, outlet in zip(panels, outlets):
        n = int(threat.loc[threat["outlet"] == outlet, "articles"].sum())
        assert panel.get_title().startswith(outlet) and f"({n} articles)" in panel.get_title()
        own = [ln for ln in panel.lines if ln.get_label() == outlet]
        assert len(own) == 1
        mine = threat[threat["outlet"] == outlet].sort_values("period")
        assert list(own[0].get_ydata()) == pytest.approx(list(mine["share"]))
        grey = [ln for ln in panel.lines if ln.get_color() == "#d0d0d0"]
        assert len(grey) == len(outlets) - 1  # every other outlet, in grey
        # the month of one or two articles is hollow
        few = [ln for ln in panel.lines if ln.get_gid() == "few articles"]
        assert len(few) == 1 and len(few[0].get_xdata()) == (mine["articles"] < FEW_ARTICLES).sum()
    assert f"hollow: a period of fewer than {FEW_ARTICLES} articles" in fig.get_supxlabel()


def test_timeline_stays_one_chart_for_few_outlets():
    s, c = many_months(TIMELINE_PANELS_FROM - 1)
    p = score_periods(s, c, period="month", n_boot=50)
    assert not timeline_in_panels(p)
    ax = plot_timeline(p, feature="threat")
    outlets = set(p["outlet"])
    assert {ln.get_label() for ln in ax.lines} >= outlets
    assert len(ax.get_figure(root=True).axes) == 1


def test_actor_axis_scaled_to_the_shares_on_enough_mentions(corpus, sentences):
    actors = framing.score_actors(sentences)
    shown = list(actors.groupby("actor")["mentions"].sum().nlargest(3).index)
    rates = ["threat_given_mention", "conciliatory_given_mention"]
    top = actor_axis_limit(actors[actors["actor"].isin(shown)], rates)
    enough = actors[actors["actor"].isin(shown) & (actors["mentions"] >= SCALE_MENTIONS)]
    peak = float(np.nanmax(enough[rates].to_numpy(dtype=float)))
    step = 0.05 if peak <= 0.25 else 0.1 if peak <= 0.5 else 0.25
    assert peak <= top <= 1.0 and top - step < peak  # the first tick step at or above the data
    ax = plot_actors(actors, actors=shown)
    fig = ax.get_figure(root=True)
    for panel in fig.axes:
        if panel.get_xticks().size:
            assert panel.get_xlim()[1] == pytest.approx(top * 1.18)
    assert f"0 to {top:.0%}" in fig.get_supxlabel()


def test_actor_share_on_one_mention_written_at_the_edge():
    rows = []
    for outlet, mentions, hits in (("A", 40, 8), ("B", 1, 1)):
        rows.append(
            {
                "outlet": outlet,
                "articles": 3,
                "actor": "X",
                "mentions": mentions,
                "threat": hits,
                "conciliatory": 0,
                "threat_given_mention": hits / mentions,
                "conciliatory_given_mention": 0.0,
            }
        )
    data = pd.DataFrame(rows)
    ax = plot_actors(data, actors=["X"])
    assert ax.get_xlim()[1] < 1.0  # 8/40 sets the scale, not 1/1
    labels = [t.get_text() for t in ax.texts if t.get_gid() == "counts"]
    assert "8/40" in labels and "1/1 = 100% ▸" in labels


def test_keyness_labels_say_in_how_many_articles(sentences):
    k = framing.score_keyness(sentences, target="Breitbart News (AFP wire)", min_count=3)
    ax = plot_keyness(k, n=5)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    first = k.iloc[0]
    n = int(first["articles_target"])
    assert labels[0] == (
        f"{first['term']}  ({first['n_target']:,} / {first['n_reference']:,}; "
        f"{n} article{'' if n == 1 else 's'})"
    )
    note = "".join(t.get_text() for t in ax.texts)
    assert f"words: {int(first['target_words']):,} in" in note
