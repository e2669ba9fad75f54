"""The review of the report's figures (issue 12), one test per point, on the seed tables:
inspect the artists (bars, error bars, labels, notes), not pixels.

Intervals need outlets of several articles; the seeds have one article per outlet, so the
tests that need intervals compare the seeds' groups (the wire: 1 article; the rewrites: 4),
relabelled as outlets."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.colors import to_hex  # noqa: E402
from matplotlib.patches import Rectangle  # noqa: E402

import framing  # noqa: E402
from framing.plots import (  # noqa: E402
    COLORS,
    plot_actors,
    plot_alignment,
    plot_attribution,
    plot_fact_changes,
    plot_features,
    plot_reuse_classes,
)
from framing.plots.layout import (  # noqa: E402
    change_context,
    poisson_interval,
    rate_interval,
    reuse_classes_ylim,
    source_is_later,
)
from framing.reuse import rewrite_tables, score_reuse_classes  # noqa: E402
from framing.style import FEATURE_LABELS  # noqa: E402


@pytest.fixture(scope="module")
def grouped(sentences):
    """The seeds' sentences with the study's groups as outlets (wire: 1 article; rewrite: 4)."""
    from framing.study import load_study, with_groups
    from tests.conftest import SEEDS

    g = with_groups(sentences, load_study(SEEDS / "study.toml"))
    return g.assign(outlet=g["group"])


@pytest.fixture(scope="module")
def pair(corpus, sentences):
    """002 (a paraphrase of the pre-meeting AFP story) against 004 (AFP's later copy)."""
    alignment, transformations = rewrite_tables(corpus, "004", "002", sentences=sentences)
    return alignment, transformations


def bars(ax):
    return [p for p in ax.patches if isinstance(p, Rectangle)]


def ticklabels(ax):
    return [t.get_text().replace("\n", " ") for t in ax.get_yticklabels()]


def texts(ax, gid=None):
    return [t.get_text() for t in ax.texts if gid is None or t.get_gid() == gid]


def note_text(ax):
    fig = ax.get_figure(root=True)
    found = [t for a in fig.axes for t in a.texts] + list(fig.texts)
    found += [t for sub in fig.subfigs for t in sub.texts]
    return " ".join(t.get_text() for t in found if t.get_text().startswith("Source: framing"))


def errorbars(ax):
    return [c for c in ax.containers if type(c).__name__ == "ErrorbarContainer"]


# --- features_per_1k ---------------------------------------------------------------------------


def test_features_show_articles_and_words_per_outlet(sentences):
    t = framing.score_outlets(sentences, n_boot=20)
    ax = plot_features(t)
    first = t.drop_duplicates("outlet")
    for label, r in zip(ticklabels(ax), first.itertuples(), strict=True):
        assert f"{r.articles} article" in label and f"{r.words:,} words" in label


def test_features_leave_out_a_feature_with_few_matches_and_say_so(sentences):
    t = framing.score_outlets(sentences, n_boot=20)
    totals = t.groupby("feature")["count"].sum()
    few = [f for f in totals.index if totals[f] < 5]
    assert few == ["booster"]  # two matches in the seeds: not a quarter of the bars
    ax = plot_features(t)
    legend = [x.get_text() for x in ax.get_legend().get_texts()]
    assert FEATURE_LABELS["booster"] not in legend
    assert f"boosters ({int(totals['booster'])} matches)" in note_text(ax)
    # asked for, it is drawn
    ax = plot_features(t, features=list(t.feature.unique()))
    assert FEATURE_LABELS["booster"] in [x.get_text() for x in ax.get_legend().get_texts()]


def test_features_draw_zeros(sentences):
    t = framing.score_outlets(sentences, n_boot=20)
    ax = plot_features(t, features=["hedge", "booster"])
    zeros = t[t.feature.isin(["hedge", "booster"]) & (t.per_1k == 0)]
    assert len(zeros) > 0
    lines = [ln for ln in ax.lines if ln.get_gid() == "zero"]
    assert len(lines) == len(zeros)
    assert all(list(ln.get_xdata()) == [0, 0] for ln in lines)
    assert texts(ax, "zero label") == ["0"] * len(zeros)
    # each zero line in its bar's colour
    colours = sorted(to_hex(ln.get_color()) for ln in lines)
    assert colours == sorted(COLORS[f].lower() for f in zeros.feature)


def test_features_one_article_per_outlet_no_interval(sentences, grouped):
    t = framing.score_outlets(sentences, n_boot=20)
    ax = plot_features(t)
    assert (t["articles"] == 1).all()
    assert "one article per outlet: no interval" in note_text(ax)
    assert not errorbars(ax)  # no zero-length caps that read as marks
    g = framing.score_outlets(grouped, n_boot=50)
    ax = plot_features(g)
    assert errorbars(ax) and "bootstrap intervals over articles" in note_text(ax)
    assert "one article, no interval: wire" in note_text(ax)


# --- actors: threat given mention -------------------------------------------------------------


def test_actors_shares_are_given_mention_with_counts(sentences):
    t = framing.score_actors(sentences, n_boot=20)
    actors = ["United States", "China", "Taiwan"]
    ax = plot_actors(t, actors=actors)
    for panel, actor in zip(ax.figure.axes, actors, strict=True):
        sub = t[t.actor == actor]
        threat = [b for b in bars(panel) if to_hex(b.get_facecolor()) == COLORS["threat"].lower()]
        assert [b.get_width() for b in threat] == pytest.approx(
            list(sub["threat"] / sub["mentions"])
        )
        labels = [x.get_text() for x in panel.texts if x.get_gid() == "counts"]
        want = [f"{r.threat}/{r.mentions}" for r in sub.itertuples()]
        want += [f"{r.conciliatory}/{r.mentions}" for r in sub.itertuples()]
        assert labels == want
        assert f"{int(sub.mentions.sum())} mentions" in panel.get_title()


def test_actors_zeros_and_unmentioned_are_explicit(sentences):
    t = framing.score_actors(sentences, n_boot=20)
    row = t[(t.mentions > 0) & (t.conciliatory == 0)].iloc[0]
    ax = plot_actors(t, actors=[row.actor])
    assert any(ln.get_gid() == "zero" for ln in ax.lines)
    assert f"0/{row.mentions}" in texts(ax, "counts")
    absent = t[t.mentions == 0].iloc[0]
    ax = plot_actors(t, actors=[absent.actor])
    n_absent = int((t[t.actor == absent.actor].mentions == 0).sum())
    assert texts(ax, "not mentioned") == ["not mentioned"] * n_absent


def test_score_actors_intervals_are_article_level(sentences, grouped):
    t = framing.score_actors(sentences, n_boot=20)
    assert t["threat_given_mention_low"].isna().all()
    assert (t["note"] == "1 article: no interval").all()
    g = framing.score_actors(grouped, n_boot=200).set_index(["outlet", "actor"])
    r = g.loc[("rewrite", "China")]
    assert r["articles"] == 4 and r["clusters"] == 4
    assert r["threat_given_mention_low"] <= r["threat_given_mention"]
    assert r["threat_given_mention"] <= r["threat_given_mention_high"]
    assert r["threat_given_mention"] == pytest.approx(r["threat"] / r["mentions"])
    ax = plot_actors(g.reset_index(), actors=["China"])
    assert errorbars(ax)


# --- alignment ----------------------------------------------------------------------------------


def test_alignment_names_each_changed_fact(pair):
    alignment, transformations = pair
    facts = transformations[transformations.transformation == "fact_changed"]
    assert len(facts) > 0
    ax = plot_alignment(alignment)
    notes = [x.replace("\n", " ") for x in texts(ax, "transformation note")]
    for r in facts.itertuples():
        before = r.before if r.before else "—"
        assert any(f"{before} → {r.after}" in n for n in notes), (r.before, r.after)
    assert any("fact changed: claimed → annexed" in n for n in notes)


def test_alignment_title_by_relation_and_timing(pair, corpus):
    from framing.study import extra_metadata, with_articles
    from tests.conftest import SEEDS

    alignment, _ = pair
    ax = plot_alignment(alignment)
    assert "made from" not in ax.get_title(loc="left")
    assert "published later" not in ax.get_title(loc="left")
    articles = with_articles(corpus, extra_metadata(SEEDS))
    ax = plot_alignment(alignment, articles=articles)
    assert "compared with the corpus's version of 004 (published later)" in ax.get_title(loc="left")
    # published times decide first: the source earlier than the derived article is not later
    timed = articles.assign(
        published=np.where(articles.id == "004", "2024-01-12T08:00", "2024-01-12T20:00")
    )
    assert not source_is_later(timed, "004", "002")
    assert source_is_later(timed, "002", "004")


# --- reuse classes ------------------------------------------------------------------------------


def test_reuse_classes_intervals_and_one_scale(corpus, sentences):
    tables = [
        score_reuse_classes(rewrite_tables(corpus, "004", d, sentences=sentences)[0])
        for d in ("000", "002")
    ]
    ylim = reuse_classes_ylim(tables)
    axes = [plot_reuse_classes(t, ylim=ylim, ax=plt.figure().add_subplot()) for t in tables]
    assert axes[0].get_ylim() == axes[1].get_ylim() == pytest.approx(ylim)
    for ax, t in zip(axes, tables, strict=True):
        bars_ = errorbars(ax)
        assert len(bars_) == t["class"].nunique()
        for container, r in zip(bars_, t.itertuples(), strict=True):
            segments = container.lines[2][0].get_segments()
            for seg, m in zip(
                segments, ("hedge", "threat", "conciliatory", "booster"), strict=True
            ):
                lo, hi = rate_interval(getattr(r, m), r.words)
                assert (seg[0][1], seg[1][1]) == pytest.approx((lo, hi))
                assert hi <= ylim[1]
        assert "Poisson" in note_text(ax)


def test_poisson_interval_is_exact():
    lo, hi = poisson_interval(9)
    # the definition: P(X >= 9 | lo) = P(X <= 9 | hi) = 2.5%
    from math import exp, lgamma, log

    def cdf(k, lam):
        return sum(exp(i * log(lam) - lam - lgamma(i + 1)) for i in range(k + 1))

    assert 1 - cdf(8, lo) == pytest.approx(0.025, abs=1e-9)
    assert cdf(9, hi) == pytest.approx(0.025, abs=1e-9)
    assert poisson_interval(0)[0] == 0.0
    assert rate_interval(9, 412)[1] == pytest.approx(hi / 412 * 1000)


# --- attribution ----------------------------------------------------------------------------------


def test_attribution_draws_the_intervals_of_its_table(sentences, grouped):
    t = framing.score_attribution(grouped, n_boot=100)
    ax = plot_attribution(t)
    drawn = [c for c in ax.collections if c.get_gid() == "interval"]
    with_interval = t.dropna(subset=["share_low", "share_high"])
    assert len(with_interval) == 3  # the rewrites' three labels; the wire has none
    assert sum(len(c.get_segments()) for c in drawn) == len(with_interval)
    widths = sorted(round(s[1][0] - s[0][0], 9) for c in drawn for s in c.get_segments())
    want = sorted(
        round(h - lo, 9) for lo, h in zip(with_interval.share_low, with_interval.share_high)
    )
    assert widths == pytest.approx(want)
    assert "bootstrap" in note_text(ax)
    ax = plot_attribution(
        framing.score_attribution(sentences, n_boot=20), ax=plt.figure().add_subplot()
    )
    assert not [c for c in ax.collections if c.get_gid() == "interval"]
    assert "one article per outlet: no interval" in note_text(ax)


# --- fact changes -------------------------------------------------------------------------------


def test_fact_changes_show_before_and_after(pair):
    _, transformations = pair
    facts = transformations[transformations.transformation == "fact_changed"]
    ax = plot_fact_changes(transformations)
    assert texts(ax, "fact before") == [b if b else "—" for b in facts.before]
    assert texts(ax, "fact after") == [a if a else "—" for a in facts.after]
    assert len([p for p in ax.patches if p.get_gid() == "fact row"]) == len(facts)
    # the words around each change hold the change itself
    for context, after in zip(texts(ax, "fact after context"), facts.after, strict=True):
        assert after in context
    none = transformations[transformations.transformation != "fact_changed"]
    assert "no fact changed" in texts(plot_fact_changes(none))


def test_change_context_keeps_the_span():
    text = "Taiwan, a self-ruling democracy claimed by Beijing, is voting on Saturday."
    at = text.index("claimed")
    out = change_context(text, at, at + len("claimed"), words=3)
    assert out == "… a self-ruling democracy claimed by Beijing, is …"
    assert "claimed" in change_context(text, at, at + 7, max_chars=10)
    # fewer words before the span than asked for: all of them, no ellipsis
    assert change_context(text, at, at + 7).startswith("Taiwan, a self-ruling democracy claimed")
    assert change_context(text, pd.NA, pd.NA, max_chars=20).endswith("…")
