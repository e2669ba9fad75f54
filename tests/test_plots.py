"""framing.plots: inspect the artists (bars, labels, legends, titles), not pixels.

``TestContract`` runs the seaborn contract over every ``plot_*``; the tests after it check
what each outlet chart draws from the seed tables."""

import io

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402
from matplotlib.axes import Axes  # noqa: E402
from matplotlib.colors import to_hex  # noqa: E402
from matplotlib.patches import Rectangle  # noqa: E402

import framing  # noqa: E402
import framing.plots  # noqa: E402
from framing.constants import FEATURES, REUSE_CLASSES  # noqa: E402
from framing.plots import (  # noqa: E402
    COLORS,
    PALETTE,
    plot_actors,
    plot_alignment,
    plot_arcs,
    plot_attribution,
    plot_differences,
    plot_fact_changes,
    plot_features,
    plot_keyness,
    plot_reuse,
    plot_reuse_classes,
    plot_sentiment,
    plot_timeline,
    plot_topics,
)
from framing.plots.layout import alignment_figsize, alignment_layout  # noqa: E402
from framing.reuse import (  # noqa: E402
    rewrite_tables,
    score_reuse,
    score_reuse_classes,
)
from framing.style import FEATURE_LABELS, tint  # noqa: E402


@pytest.fixture(scope="module")
def tables(corpus, sentences):
    alignment, transformations = rewrite_tables(corpus, "004", "002", sentences=sentences)
    return {
        "transformations": transformations,
        "outlets": framing.score_outlets(sentences, n_boot=50),
        "attribution": framing.score_attribution(sentences, n_boot=50),
        "sentiment": framing.score_sentiment(sentences, n_boot=50),
        "actors": framing.score_actors(sentences, n_boot=50),
        "arcs": framing.score_arcs(sentences),
        "reuse": score_reuse(corpus, sentences=sentences),
        "alignment": alignment,
        "reuse_classes": score_reuse_classes(alignment),
        **study_tables(corpus, sentences),
    }


def study_tables(corpus, sentences):
    """The study's tables on the seeds (framing.periods, keyness, differences, topics)."""
    from framing.study import load_study
    from tests.conftest import SEEDS

    study = load_study(SEEDS / "study.toml")
    return {
        "periods": framing.score_periods(sentences, corpus, n_boot=50),
        "keyness": framing.score_keyness(
            sentences, target="Breitbart News (AFP wire)", min_count=3
        ),
        "differences": framing.score_differences(sentences, n_boot=50),
        "topics": framing.score_topics(sentences, study, n_boot=50),
    }


def bars(ax):
    return [p for p in ax.patches if isinstance(p, Rectangle)]


def ticklabels(ax, axis="y"):
    labels = ax.get_yticklabels() if axis == "y" else ax.get_xticklabels()
    return [t.get_text().replace("\n", " ") for t in labels]


def legend_texts(legend):
    return [t.get_text() for t in legend.get_texts()]


def notes(ax):
    """The source notes of the chart ``ax`` belongs to (under an Axes or its figure)."""
    fig = ax.get_figure(root=True)
    texts = [t for a in fig.axes for t in a.texts] + list(fig.texts)
    texts += [t for sub in fig.subfigs for t in sub.texts]
    return [t.get_text() for t in texts if t.get_text().startswith("Source: framing")]


def artists(fig):
    """Every drawn mark of a figure: patches, lines, collections and images of its Axes."""
    return [x for a in fig.axes for x in (*a.patches, *a.lines, *a.collections, *a.images)]


def marks(ax):
    """Data marks of an Axes: everything but its (invisible) background patch."""
    return [*ax.patches, *ax.lines, *ax.collections, *ax.images, *ax.containers]


# --- the seaborn contract, over every plot_* --------------------------------------------------

#: name → (function, table, a column it needs, draws several panels, makes its own figure)
CHARTS = {
    "plot_features": (plot_features, "outlets", "feature", False, False),
    "plot_attribution": (plot_attribution, "attribution", "share", False, False),
    "plot_actors": (plot_actors, "actors", "actor", True, False),
    "plot_arcs": (plot_arcs, "arcs", "position", True, False),
    "plot_sentiment": (plot_sentiment, "sentiment", "mean", False, False),
    "plot_reuse": (plot_reuse, "reuse", "share_a", False, False),
    "plot_alignment": (plot_alignment, "alignment", "also_from", False, True),
    "plot_reuse_classes": (plot_reuse_classes, "reuse_classes", "words", False, False),
    "plot_fact_changes": (plot_fact_changes, "transformations", "before", False, False),
    "plot_timeline": (plot_timeline, "periods", "period", False, False),
    "plot_keyness": (plot_keyness, "keyness", "statistic", False, False),
    "plot_differences": (plot_differences, "differences", "difference", False, False),
    "plot_topics": (plot_topics, "topics", "topic", False, False),
}


def test_every_public_plot_is_under_contract():
    public = {n for n in framing.plots.__all__ if n.startswith("plot_")}
    assert public == set(CHARTS)


@pytest.mark.parametrize("name", sorted(CHARTS))
class TestContract:
    """seaborn's contract: table first, ``ax=None`` → current Axes, ``**kwargs`` reach
    matplotlib, the Axes is returned, empty data gives a blank Axes."""

    def chart(self, name, tables):
        fn, table, column, panels, own = CHARTS[name]
        return fn, tables[table], column, panels, own

    def test_returns_an_axes_with_a_title_and_a_note(self, name, tables):
        fn, data, *_ = self.chart(name, tables)
        ax = fn(data)
        assert isinstance(ax, Axes)
        fig = ax.get_figure(root=True)
        titles = [a.get_title(loc=loc) for a in fig.axes for loc in ("left", "center")]
        assert any(titles) or fig.get_suptitle()
        assert notes(ax)

    def test_draws_on_the_given_axes(self, name, tables):
        fn, data, _, panels, _ = self.chart(name, tables)
        fig, (left, right) = plt.subplots(1, 2)
        out = fn(data, ax=right)
        assert out.get_figure(root=True) is fig
        assert not marks(left) and not left.texts  # the other Axes is left alone
        if panels:  # several panels take the place of the given Axes
            assert right not in fig.axes and len(fig.axes) > 2
        else:
            assert out is right and marks(right)

    def test_none_draws_on_the_current_axes(self, name, tables):
        fn, data, _, panels, own = self.chart(name, tables)
        fig, current = plt.subplots()
        out = fn(data)
        if own:  # plot_alignment: a figure sized to its sentences (documented)
            assert out.get_figure(root=True) is not fig
            lay = alignment_layout(data)
            assert tuple(out.figure.get_size_inches()) == pytest.approx(alignment_figsize(lay))
            assert alignment_figsize(data) == alignment_figsize(lay)
        elif panels:
            assert out.get_figure(root=True) is fig and current not in fig.axes
        else:
            assert out is current

    def test_kwargs_reach_matplotlib(self, name, tables):
        fn, data, *_ = self.chart(name, tables)
        out = fn(data, gid="under test", alpha=0.5)
        tagged = [x for x in artists(out.get_figure(root=True)) if x.get_gid() == "under test"]
        assert tagged and all(x.get_alpha() == 0.5 for x in tagged)

    def test_empty_data_gives_a_blank_axes(self, name, tables):
        fn, data, *_ = self.chart(name, tables)
        fig, current = plt.subplots()
        out = fn(data.iloc[:0])
        assert isinstance(out, Axes) and out.get_title()
        assert not marks(out) and not out.get_xticks().size and not out.get_yticks().size
        assert len(out.get_figure(root=True).axes) == 1

    def test_bad_tables_give_clear_errors(self, name, tables):
        fn, data, column, *_ = self.chart(name, tables)
        with pytest.raises(ValueError, match=column):
            fn(data.drop(columns=[column]))
        with pytest.raises(TypeError, match="DataFrame"):
            fn(data.to_dict("records"))

    def test_note_can_be_replaced_or_removed(self, name, tables):
        fn, data, *_ = self.chart(name, tables)
        assert not notes(fn(data, note=""))
        plt.close("all")
        assert notes(fn(data, note="Source: framing, mine")) == ["Source: framing, mine"]

    def test_deterministic(self, name, tables):
        fn, data, *_ = self.chart(name, tables)

        def png():
            buf = io.BytesIO()
            fig = plt.figure(figsize=(8, 6), layout="constrained")
            fn(data, ax=fig.add_subplot())
            fig.savefig(buf, format="png", dpi=50, metadata={"Software": None})
            plt.close(fig)
            return buf.getvalue()

        assert png() == png()


# --- colours -----------------------------------------------------------------------------------


def test_palette_is_okabe_ito_and_shared():
    assert COLORS["threat"] == PALETTE["vermillion"] == "#D55E00"
    assert COLORS["conciliatory"] == "#009E73"
    assert len(set(COLORS[k] for k in FEATURES)) == len(FEATURES)
    assert len({COLORS[c] for c in REUSE_CLASSES}) == len(REUSE_CLASSES)
    assert set(FEATURES) <= set(FEATURE_LABELS)


def test_no_colour_means_two_things():
    """Reuse colours are their own (not the hedge, booster or anonymous colours), and every
    colour of COLORS has one meaning, save the keys declared the same meaning."""
    from framing.style import REUSE_PALETTE, SAME_MEANING

    meanings = {}
    for key, colour in COLORS.items():
        meanings.setdefault(colour.lower(), set()).add(SAME_MEANING.get(key, key))
    shared = {c: m for c, m in meanings.items() if len(m) > 1}
    assert not shared
    framing_colours = {COLORS[k].lower() for k in (*FEATURES, "named", "anonymous")}
    assert not framing_colours & {COLORS[c].lower() for c in REUSE_CLASSES}
    assert all(COLORS[c] in REUSE_PALETTE.values() for c in REUSE_CLASSES)
    # the matrix ramp is the kept colour's, not the hedge or named-source blues
    from framing.plots.reuse import reuse_cmap

    ramp = {to_hex(reuse_cmap()(x)) for x in np.linspace(0, 1, 11)}
    assert not ramp & framing_colours


def test_tint_mixes_with_white():
    assert tint("#000000", 0.0) == "#ffffff" and tint("#D55E00", 1.0) == "#d55e00"
    # each channel moves toward 255 by (1 - amount) of its distance
    r, g, b = (int(tint("#0072B2", 0.35)[i : i + 2], 16) for i in (1, 3, 5))
    assert (r, g, b) == tuple(round(255 - (255 - c) * 0.35) for c in (0x00, 0x72, 0xB2))
    with pytest.raises(ValueError, match="RRGGBB"):
        tint("blue")


# --- what each outlet chart draws --------------------------------------------------------------


def test_plot_features(tables, corpus):
    t = tables["outlets"]
    ax = plot_features(t)
    totals = t.groupby("feature", sort=False)["count"].sum()
    shown = [f for f in FEATURES if totals[f] >= 5]  # the default min_count
    n_out = t.outlet.nunique()
    assert len(bars(ax)) == n_out * len(shown)
    # wrapped, in corpus order, top to bottom, each with its articles and words
    labels = ticklabels(ax)
    assert [lab.rsplit(" (", 1)[0] for lab in labels] == list(corpus.outlet)
    assert ax.yaxis_inverted()
    assert legend_texts(ax.get_legend()) == [FEATURE_LABELS[f] for f in shown]
    assert "per 1,000 words" in ax.get_title()
    assert ax.get_xlabel() == "matches per 1,000 words"
    assert notes(ax) and "no interval" in notes(ax)[0]  # one article per outlet
    # the bars carry the numbers of the table, in the shared colours
    threat = [b for b in bars(ax) if to_hex(b.get_facecolor()) == COLORS["threat"].lower()]
    assert [b.get_width() for b in threat] == pytest.approx(
        list(t[t.feature == "threat"]["per_1k"])
    )
    kinds = [type(c).__name__ for c in ax.containers]
    assert kinds.count("BarContainer") == len(shown)


def test_plot_features_share_and_subset(tables):
    ax = plot_features(tables["outlets"], measure="share", features=["threat", "conciliatory"])
    assert len(bars(ax)) == tables["outlets"].outlet.nunique() * 2
    assert legend_texts(ax.get_legend()) == ["threat", "conciliatory"]
    assert ax.get_xlabel() == "share of sentences"
    with pytest.raises(ValueError, match="'per_1k', 'share'"):
        plot_features(tables["outlets"], measure="count")


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
    assert all("sentences" in lab and "article" in lab for lab in ticklabels(ax))


def test_plot_actors(tables):
    ax = plot_actors(tables["actors"], actors=["United States", "China", "Taiwan"])
    fig = ax.figure
    assert [a.get_title().split("\n")[0] for a in fig.axes] == ["United States", "China", "Taiwan"]
    assert ax is fig.axes[0]
    n_out = tables["actors"].outlet.nunique()
    assert all(len(bars(a)) == n_out * 2 for a in fig.axes)
    assert legend_texts(fig.legends[0]) == ["threat language", "conciliatory language"]
    assert fig.get_suptitle()
    assert fig.get_supxlabel().startswith("Source: framing")


def test_plot_actors_beside_another_chart_keeps_to_its_cell(tables):
    fig, (left, right) = plt.subplots(1, 2, figsize=(14, 4), layout="constrained")
    ax = plot_actors(tables["actors"], ax=right)
    sub = ax.figure  # a subfigure in the right cell holds the panels, title and note
    assert sub is not fig and sub in fig.subfigs
    assert len(sub.axes) == 3 and sub.get_suptitle() and sub.legends
    assert left in fig.axes and not fig.get_suptitle()


def test_plot_arcs(tables, corpus):
    ax = plot_arcs(tables["arcs"])
    axes = ax.figure.axes
    assert len(axes) == len(corpus) and ax is axes[0]
    assert ticklabels(ax) == ["all sentences"] + [
        FEATURE_LABELS[f] for f in ("threat", "conciliatory", "hedge", "unattributed")
    ]
    assert ax.get_title(loc="left").startswith("000")
    # one marker per flagged sentence on each row
    arcs = tables["arcs"]
    a = arcs[arcs.id == "000"]
    sizes = [len(c.get_offsets()) for c in ax.collections]
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
