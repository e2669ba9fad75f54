"""framing.plots: inspect the artists (bars, labels, legends, titles), not pixels."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402
from matplotlib.colors import to_hex  # noqa: E402
from matplotlib.patches import Rectangle  # noqa: E402

import framing  # noqa: E402
from framing.plots import (  # noqa: E402
    COLORS,
    PALETTE,
    plot_actors,
    plot_arcs,
    plot_attribution,
    plot_features,
    plot_sentiment,
)


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


@pytest.fixture(scope="module")
def tables(sentences):
    return {
        "outlets": framing.score_outlets(sentences, n_boot=50),
        "attribution": framing.score_attribution(sentences, n_boot=50),
        "sentiment": framing.score_sentiment(sentences, n_boot=50),
        "actors": framing.score_actors(sentences),
        "arcs": framing.score_arcs(sentences),
    }


def bars(ax):
    return [p for p in ax.patches if isinstance(p, Rectangle)]


def ticklabels(ax, axis="y"):
    labels = ax.get_yticklabels() if axis == "y" else ax.get_xticklabels()
    return [t.get_text().replace("\n", " ") for t in labels]


def legend_texts(legend):
    return [t.get_text() for t in legend.get_texts()]


def notes(ax):
    return [t.get_text() for t in ax.texts if t.get_text().startswith("Source: framing")]


def test_palette_is_okabe_ito_and_shared():
    assert COLORS["threat"] == PALETTE["vermillion"] == "#D55E00"
    assert COLORS["conciliatory"] == "#009E73"
    assert len(set(COLORS[k] for k in ("threat", "conciliatory", "hedge", "booster"))) == 4


def test_plot_features(tables, corpus):
    t = tables["outlets"]
    ax = plot_features(t)
    n_out, n_feat = t.outlet.nunique(), t.feature.nunique()
    assert len(bars(ax)) == n_out * n_feat
    assert ticklabels(ax) == list(corpus.outlet)  # wrapped, in corpus order, top to bottom
    assert ax.yaxis_inverted()
    assert legend_texts(ax.get_legend()) == ["hedging", "boosters", "threat", "conciliatory"]
    assert "per 1,000 words" in ax.get_title()
    assert ax.get_xlabel() == "matches per 1,000 words"
    assert notes(ax) and "bootstrap" in notes(ax)[0]
    # the bars carry the numbers of the table, in the shared colours
    threat = [b for b in bars(ax) if to_hex(b.get_facecolor()) == COLORS["threat"].lower()]
    assert [b.get_width() for b in threat] == pytest.approx(
        list(t[t.feature == "threat"]["per_1k"])
    )
    # one bar container and one error-bar container (a bar each) per feature
    kinds = [type(c).__name__ for c in ax.containers]
    assert kinds.count("BarContainer") == n_feat and kinds.count("ErrorbarContainer") == n_feat


def test_plot_features_share_and_subset(tables):
    ax = plot_features(tables["outlets"], measure="share", features=["threat", "conciliatory"])
    assert len(bars(ax)) == tables["outlets"].outlet.nunique() * 2
    assert legend_texts(ax.get_legend()) == ["threat", "conciliatory"]
    assert ax.get_xlabel() == "share of sentences"
    with pytest.raises(ValueError):
        plot_features(tables["outlets"], measure="count")


def test_plot_features_draws_on_given_ax(tables):
    fig, (a1, a2) = plt.subplots(1, 2)
    out = plot_features(tables["outlets"], ax=a2)
    assert out is a2 and not a1.patches


def test_plot_attribution(tables):
    t = tables["attribution"]
    ax = plot_attribution(t)
    assert len(bars(ax)) == t.outlet.nunique() * 3
    assert legend_texts(ax.get_legend()) == [
        "named source",
        "anonymous source",
        "unattributed (writer's voice)",
    ]
    # stacked: each outlet's segments end at 100%
    ends = {}
    for b in bars(ax):
        y = round(b.get_y(), 6)
        ends[y] = max(ends.get(y, 0), b.get_x() + b.get_width())
    assert list(ends.values()) == pytest.approx([1.0] * t.outlet.nunique())
    assert all("sentences)" in lab for lab in ticklabels(ax))
    assert notes(ax)


def test_plot_actors(tables):
    fig = plot_actors(tables["actors"], actors=["United States", "China", "Taiwan"])
    axes = fig.axes
    assert [ax.get_title() for ax in axes] == ["United States", "China", "Taiwan"]
    n_out = tables["actors"].outlet.nunique()
    assert all(len(bars(ax)) == n_out * 4 for ax in axes)
    assert legend_texts(fig.legends[0])[0] == "mentions the actor"
    assert fig.get_suptitle()
    assert fig.get_supxlabel().startswith("Source: framing")


def test_plot_arcs(tables, corpus):
    fig = plot_arcs(tables["arcs"])
    assert len(fig.axes) == len(corpus)
    first = fig.axes[0]
    assert ticklabels(first) == [
        "all sentences",
        "threat",
        "conciliatory",
        "hedging",
        "unattributed (writer's voice)",
    ]
    assert first.get_title(loc="left").startswith("000")
    # one marker per flagged sentence on each row
    arcs = tables["arcs"]
    a = arcs[arcs.id == "000"]
    sizes = [len(c.get_offsets()) for c in first.collections]
    assert sizes == [
        len(a),
        int(a.threat.sum()),
        int(a.conciliatory.sum()),
        int(a.hedge.sum()),
        int(a.unattributed.sum()),
    ]


def test_plot_sentiment(tables):
    ax = plot_sentiment(tables["sentiment"])
    assert len(ax.get_yticklabels()) == tables["sentiment"].outlet.nunique()
    assert "VADER" in ax.get_title()
    assert ax.get_xlim()[0] < 0 < ax.get_xlim()[1]
    assert notes(ax)


def test_note_can_be_replaced_or_removed(tables):
    ax = plot_sentiment(tables["sentiment"], note="")
    assert not notes(ax)
    ax = plot_sentiment(tables["sentiment"], note="Source: framing, mine")
    assert notes(ax) == ["Source: framing, mine"]


@pytest.mark.parametrize("name", ["outlets", "attribution", "sentiment"])
def test_empty_data_gives_blank_axes(tables, name):
    fn = {"outlets": plot_features, "attribution": plot_attribution, "sentiment": plot_sentiment}[
        name
    ]
    ax = fn(tables[name].iloc[:0])
    assert not bars(ax) and ax.get_title()


@pytest.mark.parametrize("name", ["actors", "arcs"])
def test_empty_data_gives_blank_figure(tables, name):
    fn = {"actors": plot_actors, "arcs": plot_arcs}[name]
    fig = fn(tables[name].iloc[:0])
    assert len(fig.axes) == 1 and not bars(fig.axes[0])
