"""framing.plots.study: what the timeline, keyness, differences and topics charts draw."""

import matplotlib

matplotlib.use("Agg")

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from framing.differences import score_differences  # noqa: E402
from framing.keyness import score_keyness  # noqa: E402
from framing.periods import score_periods  # noqa: E402
from framing.plots import plot_differences, plot_keyness, plot_timeline, plot_topics  # noqa: E402
from framing.study import Event  # noqa: E402
from framing.topics import score_topics  # noqa: E402
from tests.test_outlets import articles  # noqa: E402


def months():
    s = articles({"A": [(1, 0), (0,), (1, 1)], "B": [(0, 0), (1,), (0,)]})
    c = pd.DataFrame(
        {
            "id": ["A0", "A1", "A2", "B0", "B1", "B2"],
            "published": ["2016-01-05", "2016-01-20", "2016-03-03", "2016-01-07", "2016-02-01", ""],
        }
    )
    return s, c


def test_timeline_one_line_per_outlet_and_events():
    s, c = months()
    p = score_periods(s, c, period="month", n_boot=100)
    ev = [Event(pd.Timestamp("2016-02-10"), "debate"), ("2016-03-01", "vote")]
    ax = plot_timeline(p, feature="threat", events=ev)
    lines = [ln for ln in ax.lines if ln.get_label() in ("A", "B")]
    assert [ln.get_label() for ln in lines] == ["A", "B"]
    a = lines[0]
    assert list(a.get_ydata()) == pytest.approx([1 / 3, 1.0])  # January, March
    b = lines[1]
    assert len(b.get_xdata()) == 2  # January and February: the undated article is not drawn
    labels = [t.get_text() for t in ax.texts]
    assert "debate" in labels and "vote" in labels


def test_keyness_bars_both_ways():
    df = pd.DataFrame(
        {"outlet": ["T", "R"], "text": ["war war war war peace", "peace peace peace talks war"]}
    )
    k = score_keyness(df, target="T", min_count=1, correction="none")
    ax = plot_keyness(k, n=1)
    widths = [p.get_width() for p in ax.patches]
    assert len(widths) == 2 and widths[0] > 0 > widths[1]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[0].startswith("war  (4 / 1)") and labels[1].startswith("peace")


def test_differences_filled_only_where_zero_is_excluded():
    s = articles({"A": [(1, 1)] * 6, "B": [(0, 0)] * 5 + [(1, 0)], "C": [(1, 0)] * 3 + [(0,)] * 3})
    s["text"] = s["id"] + " " + s["sentence"].astype(str)
    d = score_differences(s, features=("threat",), measure="share", n_boot=500)
    ax = plot_differences(d)
    faces = ax.collections[-1].get_facecolors()
    white = np.all(np.isclose(faces[:, :3], 1.0), axis=1)
    assert list(~white) == list(d["adjusted_excludes_zero"])
    assert d["adjusted_excludes_zero"].any() and not d["adjusted_excludes_zero"].all()
    assert "3 comparisons" in "".join(t.get_text() for t in ax.texts)


def test_topics_bars_per_outlet_and_topic(tmp_path, sentences):
    lex = tmp_path / "t.csv"
    lex.write_text("term,category,source\nelection*,x,test\n")
    lex2 = tmp_path / "u.csv"
    lex2.write_text("term,category,source\nmeet*,x,test\n")
    t = score_topics(sentences, {"vote": lex, "meet": lex2}, n_boot=20)
    ax = plot_topics(t, feature="threat")
    outlets = t["outlet"].nunique()
    assert len(ax.patches) == 2 * outlets
    assert [x.get_text() for x in ax.get_legend().get_texts()] == ["vote", "meet"]
