"""framing.plots, text reuse charts: inspect the artists (cells, boxes, links, bars, labels),
not pixels, on the real seed tables."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.colors import to_hex, to_rgb  # noqa: E402
from matplotlib.text import Annotation  # noqa: E402

import framing  # noqa: E402
from framing.plots import (  # noqa: E402
    COLORS,
    plot_alignment,
    plot_reuse,
    plot_reuse_classes,
)
from framing.plots.layout import alignment_layout, reuse_grid  # noqa: E402
from framing.reuse import score_alignment, score_reuse, score_reuse_classes  # noqa: E402

WIRE = (
    "Blinken will meet Liu Jianchao in Washington on Friday. "
    "The talks aim to ease tensions over Taiwan. "
    "China has warned against any support for independence. "
    "Officials said the meeting was routine. "
    "Japan's foreign minister will also visit."
)
REWRITE = (
    "Blinken will meet Liu Jianchao in Washington on Friday. "
    "The talks may aim to ease tensions over Taiwan, officials said. "
    "Beijing has threatened Taipei repeatedly in the past year. "
    "China warned against support for independence, a spokesman said. "
    "Officials said the meeting was routine and expected."
)


@pytest.fixture(scope="module")
def reuse(corpus, sentences):
    return {
        "pairs": score_reuse(corpus, sentences=sentences),
        "002": score_alignment(corpus, "004", "002", sentences=sentences),
        "000": score_alignment(corpus, "004", "000", sentences=sentences),
        "reverse": score_alignment(corpus, "002", "004", sentences=sentences),
    }


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    """A wire story and a rewrite that keeps, paraphrases, adds and drops sentences (the
    seed rewrites keep nothing near-verbatim)."""
    path = tmp_path_factory.mktemp("tiny") / "corpus.csv"
    pd.DataFrame(
        {
            "id": ["w1", "r1"],
            "outlet": ["Wire", "Site"],
            "text": [WIRE, REWRITE],
            "kind": ["wire copy", "paraphrase"],
            "based_on": ["", "w1"],
        }
    ).to_csv(path, index=False)
    corpus = framing.load_corpus(path)
    return score_alignment(corpus, "w1", "r1", sentences=framing.score_sentences(corpus))


RELATIONS = ("derived", "siblings")


def pair_row(pairs, a, b):
    rows = pairs[(pairs["a"] == a) & (pairs["b"] == b)]
    assert len(rows) == 1
    return rows.iloc[0]


def cell_texts(ax):
    """Annotation of each matrix cell, by (row, column)."""
    out = {}
    for t in ax.texts:
        if isinstance(t, Annotation):  # the source note
            continue
        x, y = t.get_position()
        if float(x).is_integer() and float(y).is_integer():
            out[(int(y), int(x))] = t.get_text()
    return out


def outlined(ax, gid):
    """(row, column) of the cells carrying an outline with this gid."""
    cells = []
    for p in ax.patches:
        if p.get_gid() == gid:
            cx, cy = p.get_x() + p.get_width() / 2, p.get_y() + p.get_height() / 2
            cells.append((round(cy), round(cx)))
    return sorted(cells)


def ticklabels(ax, axis="y"):
    labels = ax.get_yticklabels() if axis == "y" else ax.get_xticklabels()
    return [t.get_text() for t in labels]


def legend_texts(ax):
    return [t.get_text() for t in ax.get_legend().get_texts()]


def notes(ax):
    return [t.get_text() for t in ax.texts if t.get_text().startswith("Source: framing")]


def boxes(ax, side):
    return [p for p in ax.patches if p.get_gid() == f"{side} box"]


def lines(ax, prefix):
    return [ln for ln in ax.lines if str(ln.get_gid()).startswith(prefix)]


def box_numbers(ax, side):
    """Sentence number → y of each box on one side (source boxes are the left column)."""
    xs = sorted({p.get_x() for p in ax.patches if str(p.get_gid()).endswith(" box")})
    x = xs[0] if side == "source" else xs[-1]
    out = {}
    for t in ax.texts:
        if abs(t.get_position()[0] - (x + 0.05)) < 1e-9:
            out[int(t.get_text().split()[0])] = t.get_position()[1]
    return out


def concat(*tables):
    return pd.concat(tables, ignore_index=True)


# --- plot_reuse -----------------------------------------------------------------------------


def test_plot_reuse_cells_hold_the_shares_of_the_table(reuse):
    pairs = reuse["pairs"]
    ax = plot_reuse(pairs)
    ids = sorted(set(pairs["a"]) | set(pairs["b"]))
    assert ticklabels(ax, "x") == ids
    grid = ax.images[0].get_array()
    for r in pairs.itertuples():
        i, j = ids.index(r.a), ids.index(r.b)
        assert grid[i, j] == pytest.approx(r.share_a)  # row a: share of a's sentences
        assert grid[j, i] == pytest.approx(r.share_b)
    assert np.ma.getmaskarray(grid).diagonal().all()  # the diagonal is blank
    assert len([p for p in ax.patches if p.get_gid() == "diagonal"]) == len(ids)


def test_plot_reuse_annotates_percent_and_denominator(reuse):
    pairs = reuse["pairs"]
    ax = plot_reuse(pairs)
    ids = ticklabels(ax, "x")
    texts = cell_texts(ax)
    r = pair_row(pairs, "002", "004")
    i, j = ids.index("002"), ids.index("004")
    assert texts[(i, j)] == f"{r.share_a:.0%}\n{r.matched_a}/{r.sentences_a}"
    assert texts[(j, i)] == f"{r.share_b:.0%}\n{r.matched_b}/{r.sentences_b}"
    assert texts[(i, j)] != texts[(j, i)]  # asymmetric
    assert (i, i) not in texts  # nothing written on the diagonal
    assert len(texts) == len(ids) * (len(ids) - 1)


def test_plot_reuse_marks_derived_and_sibling_pairs(reuse):
    pairs = reuse["pairs"]
    ax = plot_reuse(pairs)
    ids = ticklabels(ax, "x")
    derived = pairs[pairs["relation"] == "derived"]
    assert len(derived)
    expected = sorted((ids.index(d), ids.index(s)) for d, s in zip(derived.derived, derived.source))
    assert outlined(ax, "derived") == expected  # row = derived, column = source
    assert (ids.index("002"), ids.index("004")) in expected
    siblings = pairs[pairs["relation"] == "siblings"]
    expected = sorted(
        cell
        for a, b in zip(siblings.a, siblings.b)
        for cell in ((ids.index(a), ids.index(b)), (ids.index(b), ids.index(a)))
    )
    assert outlined(ax, "siblings") == expected
    styles = {(p.get_gid(), p.get_linestyle()) for p in ax.patches if p.get_gid() in RELATIONS}
    assert styles == {("derived", "-")} | ({("siblings", "--")} if len(siblings) else set())
    legend = legend_texts(ax)
    assert "row made from column" in legend
    assert any("siblings" in t for t in legend) == bool(len(siblings))


def test_plot_reuse_labels_rows_with_outlets_and_has_a_colorbar(reuse, corpus):
    ax = plot_reuse(reuse["pairs"])
    rows = ticklabels(ax)
    assert rows[list(corpus.id).index("002")] == "002 · theindiaprint.com"
    long = rows[list(corpus.id).index("003")]
    assert long.startswith("003 · ") and "\n" in long  # a long outlet name is wrapped
    cbar = [a for a in ax.figure.axes if a is not ax]
    assert len(cbar) == 1 and "share of the row article" in cbar[0].get_ylabel()
    assert notes(ax) and "matched/sentences" in notes(ax)[0]
    assert ax.get_title()


def test_plot_reuse_articles_adds_articles_without_pairs(reuse, corpus):
    pairs = reuse["pairs"]
    without = pairs[(pairs["a"] != "001") & (pairs["b"] != "001")]
    ids = list(corpus.id) + ["999"]
    ax = plot_reuse(without, articles=ids)
    assert ticklabels(ax, "x") == ids
    grid = ax.images[0].get_array()
    k = ids.index("001")
    assert np.ma.filled(grid[k], 0).sum() == 0 and np.ma.filled(grid[:, k], 0).sum() == 0
    # a mapping id -> outlet labels the rows of articles that share nothing
    plt.figure()
    ax = plot_reuse(without, articles=dict(zip(corpus.id, corpus.outlet)))
    assert "001 · youngbhartiya.com" in ticklabels(ax)


def test_plot_reuse_value_matched(reuse):
    pairs = reuse["pairs"]
    ax = plot_reuse(pairs, value="matched")
    ids = ticklabels(ax, "x")
    r = pair_row(pairs, "002", "004")
    grid = ax.images[0].get_array()
    assert grid[ids.index("002"), ids.index("004")] == r.matched_a
    assert "how many" in ax.get_title()
    with pytest.raises(ValueError, match="value"):
        plot_reuse(pairs, value="reuse")


# --- plot_alignment -------------------------------------------------------------------------


def test_plot_alignment_draws_one_box_per_sentence(reuse):
    al, pairs = reuse["002"], reuse["pairs"]
    ax = plot_alignment(al)
    r = pair_row(pairs, "002", "004")
    assert len(boxes(ax, "source")) == r.sentences_b == 23
    assert len(boxes(ax, "derived")) == r.sentences_a == 16
    assert ax.get_title(loc="left").startswith("002, a rewrite of 004's story")
    # top to bottom in sentence order
    src, der = box_numbers(ax, "source"), box_numbers(ax, "derived")
    assert sorted(src) == list(range(23)) and sorted(der) == list(range(16))
    assert all(src[k] > src[k + 1] for k in range(22))


def test_plot_alignment_links_each_aligned_sentence(reuse):
    al = reuse["002"]
    ax = plot_alignment(al)
    aligned = al[al["source_sentence"].notna() & (al["class"] != "dropped")]
    links = lines(ax, "link ")
    assert len(links) == len(aligned) > 0
    assert not lines(ax, "also_from")  # no merged sentences in this rewrite
    assert all(ln.get_linestyle() == "--" for ln in links)  # all paraphrased
    # each line runs from its source sentence's box to its derived sentence's box
    src, der = box_numbers(ax, "source"), box_numbers(ax, "derived")
    got = sorted(tuple(ln.get_ydata()) for ln in links)
    got = [y for pair in got for y in pair]
    want = sorted(
        (src[int(s)], der[int(d)])
        for s, d in zip(aligned.source_sentence, aligned.derived_sentence)
    )
    assert got == pytest.approx([y for pair in want for y in pair])


def test_plot_alignment_colours_boxes_by_class(reuse):
    al = reuse["002"]
    ax = plot_alignment(al)
    dropped_edge = COLORS["dropped"].lower()
    src = boxes(ax, "source")
    src_edges = [to_hex(p.get_edgecolor()) for p in src]
    assert src_edges.count(dropped_edge) == int((al["class"] == "dropped").sum()) == 10
    # carried source sentences share one neutral (grey) fill
    carried = {to_hex(p.get_facecolor()) for p, e in zip(src, src_edges) if e != dropped_edge}
    assert len(carried) == 1
    r, g, b = to_rgb(carried.pop())
    assert r == g == b
    der_edges = [to_hex(p.get_edgecolor()) for p in boxes(ax, "derived")]
    derived_rows = al[al["class"] != "dropped"]
    assert der_edges == [COLORS[c].lower() for c in derived_rows["class"]]
    legend = legend_texts(ax)
    assert "source: dropped" in legend and "derived: added" in legend


def test_plot_alignment_marks_transformations(reuse):
    al = reuse["002"]
    ax = plot_alignment(al)
    changed = al[al["transformations"] != ""]
    marks = [c for c in ax.collections if c.get_gid() == "transformed"]
    assert len(marks) == 1 and len(marks[0].get_offsets()) == len(changed) > 0
    der = box_numbers(ax, "derived")
    ys = sorted(marks[0].get_offsets()[:, 1])
    assert ys == pytest.approx(sorted(der[int(d)] for d in changed.derived_sentence))
    texts = [t.get_text().replace("\n", " ") for t in ax.texts]
    assert any("fact changed" in t for t in texts)
    assert "transformed (named beside)" in legend_texts(ax)


def test_plot_alignment_draws_also_from_links_thinner(reuse):
    al = reuse["reverse"]  # 004 made from 002: one sentence merges two source sentences
    merged = al[al["also_from"] != ""]
    assert len(merged) >= 1
    ax = plot_alignment(al)
    extra = lines(ax, "also_from")
    n_extra = sum(len(x.split(";")) for x in merged["also_from"])
    assert len(extra) == n_extra
    assert len(lines(ax, "link ")) == int(
        al["source_sentence"].notna().sum() - (al["class"] == "dropped").sum()
    )
    thick = min(ln.get_linewidth() for ln in lines(ax, "link "))
    assert all(ln.get_linewidth() < thick for ln in extra)
    # the merged source sentence is a carried box, numbered, even without a row of its own
    src = box_numbers(ax, "source")
    s = int(merged.iloc[0]["also_from"].split(";")[0])
    d = int(merged.iloc[0]["derived_sentence"])
    assert s in src and extra[0].get_ydata()[0] == pytest.approx(src[s])
    assert any(t.get_text().endswith(f"(merged into {d})") for t in ax.texts)
    assert "also carries (merged)" in legend_texts(ax)


def test_plot_alignment_kept_solid_paraphrased_dashed(tiny):
    assert set(tiny["class"]) == {"kept", "paraphrased", "added", "dropped"}
    ax = plot_alignment(tiny)
    kept, para = lines(ax, "link kept"), lines(ax, "link paraphrased")
    assert len(kept) == int((tiny["class"] == "kept").sum())
    assert len(para) == int((tiny["class"] == "paraphrased").sum())
    assert all(ln.get_linestyle() == "-" for ln in kept)
    assert all(ln.get_linestyle() == "--" for ln in para)
    assert to_hex(kept[0].get_color()) == COLORS["kept"].lower()
    assert {"kept from", "paraphrased from"} <= set(legend_texts(ax))


def test_plot_alignment_wraps_text_and_scales_height(reuse):
    al = reuse["002"]
    ax = plot_alignment(al, max_chars=20)
    box_texts = [t.get_text() for t in ax.texts if t.get_text()[:3].strip().isdigit()]
    lines = [ln.strip() for t in box_texts for ln in t.split("\n")[1:]]
    assert box_texts and all(len(t.split(None, 1)[1].split("\n")[0]) <= 20 for t in box_texts)
    assert all(len(ln) <= 20 for ln in lines)
    # every word of every sentence is drawn: nothing is cut
    drawn = " ".join(" ".join(t.split()[1:]) for t in box_texts)
    for text in al["text"]:
        assert " ".join(str(text).split()) in drawn
    capped = plot_alignment(al, max_chars=20, max_lines=1)
    assert any(t.get_text().endswith("…") for t in capped.texts)
    short = plot_alignment(reuse["002"]).figure.get_figheight()
    tall = plot_alignment(reuse["000"]).figure.get_figheight()  # 39 derived sentences
    assert tall > short


def test_plot_alignment_several_pairs(reuse):
    both = concat(reuse["002"], reuse["000"])
    with pytest.raises(ValueError, match=r"\('004', '002'\).*\('004', '000'\)"):
        plot_alignment(both)
    ax = plot_alignment(both, pair=("004", "000"))
    assert len(boxes(ax, "derived")) == 39


# --- plot_reuse_classes ---------------------------------------------------------------------


def test_plot_reuse_classes_bars_are_the_rates(reuse):
    cls = score_reuse_classes(reuse["000"])
    ax = plot_reuse_classes(cls)
    measures = ["hedge", "threat", "conciliatory", "booster"]
    assert [t.get_text() for t in ax.get_xticklabels()] == [
        "hedging",
        "threat",
        "conciliatory",
        "boosters",
    ]
    present = [c for c in ("kept", "paraphrased", "added", "dropped") if c in set(cls["class"])]
    bar_containers = [c for c in ax.containers if type(c).__name__ == "BarContainer"]
    assert len(bar_containers) == len(present)
    for c, container in zip(present, bar_containers, strict=True):
        row = cls[cls["class"] == c].iloc[0]
        heights = [b.get_height() for b in container]
        assert heights == pytest.approx([row[f"{m}_per_1k"] for m in measures])
        assert all(to_hex(b.get_facecolor()) == COLORS[c].lower() for b in container)
    assert ax.get_ylabel() == "matches per 1,000 words"
    assert ax.get_title().startswith("000 beside 004")
    assert notes(ax)


def test_plot_reuse_classes_legend_carries_denominators(reuse):
    cls = score_reuse_classes(reuse["000"])
    ax = plot_reuse_classes(cls)
    legend = legend_texts(ax)
    added = cls[cls["class"] == "added"].iloc[0]
    assert legend[[t.split(":")[0] for t in legend].index("added")].startswith(
        f"added: {added.sentences} sentences, {added.words:,} words"
    )
    assert all(
        f"{r.attributed_share:.0%} attributed" in t for r, t in zip(cls.itertuples(), legend)
    )


def test_plot_reuse_classes_all_classes_in_order(tiny):
    ax = plot_reuse_classes(score_reuse_classes(tiny), measures=["hedge", "threat"])
    labels = [t.split(":")[0] for t in legend_texts(ax)]
    assert labels == ["kept", "paraphrased", "added", "dropped"]
    assert all(len(c) == 2 for c in ax.containers if type(c).__name__ == "BarContainer")
    one = [t for t in legend_texts(ax) if t.startswith("added")][0]
    assert one.startswith("added: 1 sentence,")  # singular


def test_plot_reuse_classes_needs_pair_when_several(reuse):
    both = concat(score_reuse_classes(reuse["002"]), score_reuse_classes(reuse["000"]))
    with pytest.raises(ValueError, match="pass pair=") as err:
        plot_reuse_classes(both)
    assert "('004', '002')" in str(err.value) and "('004', '000')" in str(err.value)
    ax = plot_reuse_classes(both, pair=("004", "002"))
    assert ax.get_title().startswith("002 beside 004")
    with pytest.raises(ValueError, match="not in the table"):
        plot_reuse_classes(both, pair=("002", "004"))


# --- layout: the numbers behind the drawing ------------------------------------------------------


def test_reuse_grid_is_the_pairs_as_a_matrix(reuse):
    pairs = reuse["pairs"]
    grid = reuse_grid(pairs)
    assert grid.ids == sorted(set(pairs["a"]) | set(pairs["b"]))
    for r in pairs.itertuples():
        i, j = grid.index(r.a), grid.index(r.b)
        assert (grid.share[i, j], grid.share[j, i]) == (r.share_a, r.share_b)
        assert (grid.matched[i, j], grid.matched[j, i]) == (r.matched_a, r.matched_b)
        assert grid.sizes[r.a] == r.sentences_a
    assert not grid.share.diagonal().any()


def test_alignment_layout_places_each_sentence_once(reuse):
    al = reuse["reverse"]  # 004 made from 002, with a merged sentence
    lay = alignment_layout(al)
    derived = al[al["class"] != "dropped"]
    assert [d.number for d in lay.derived_boxes] == list(derived["derived_sentence"])
    numbers = [s.number for s in lay.sources]
    assert numbers == sorted(numbers) and len(set(numbers)) == len(numbers)
    assert sum(s.dropped for s in lay.sources) == int((al["class"] == "dropped").sum())
    ys = [s.y for s in lay.sources]
    assert all(a > b for a, b in zip(ys, ys[1:]))  # top to bottom, one row each
    assert lay.n == max(len(lay.sources), len(lay.derived_boxes))
    assert lay.merged and any(d.also_from_y for d in lay.derived_boxes)
    assert [d.number for d in lay.marked] == [
        int(d) for d, t in zip(derived["derived_sentence"], derived["transformations"]) if t
    ]


def test_alignment_headings_and_title_fit_long_article_ids():
    """Web-scraped corpora name articles by long slugs: the chart cuts them (the CSV keeps
    them) so the two column headings do not run into each other."""
    import matplotlib

    matplotlib.use("Agg")
    from pathlib import Path

    import framing

    corpus = framing.load_corpus(Path(__file__).resolve().parents[1] / "seeds")
    corpus["id"] = "outlet_2015-12-13_a-long-headline-slug-of-the-story-" + corpus["id"]
    sentences = framing.score_sentences(corpus)
    source, derived = corpus["id"].iloc[4], corpus["id"].iloc[2]
    al = framing.score_alignment(corpus, source, derived, sentences=sentences)
    ax = framing.plot_alignment(al)
    ax.figure.canvas.draw()
    renderer = ax.figure.canvas.get_renderer()
    heads = [t for t in ax.texts if t.get_text().startswith(("source ", "derived "))]
    assert len(heads) == 2 and all("…" in t.get_text() for t in heads)
    left, right = sorted(heads, key=lambda t: t.get_window_extent(renderer).x0)
    assert left.get_window_extent(renderer).x1 < right.get_window_extent(renderer).x0
    title = ax.get_title(loc="left")
    assert source not in title and "…" in title
    assert (al["source"] == source).all()  # the table keeps the full ids
