"""framing.display: what the HTML view marks, and that it escapes what it shows."""

import html
import os
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import framing
from framing.constants import FEATURES
from framing.display import (
    MARK_PRIORITY,
    Highlighted,
    describe_changes,
    show_article,
    show_table,
    show_text,
    visible_text,
)
from framing.style import COLORS

SPAN = re.compile(r'<span style="([^"]*)" title="([^"]*)">([^<]*)</span>')


def marks(h: Highlighted):
    """(style, title, text) of every innermost marked span."""
    return [(s, html.unescape(t), html.unescape(x)) for s, t, x in SPAN.findall(h.html)]


@pytest.fixture(scope="module")
def article_002(corpus, sentences, ev):
    return show_article(corpus, "002", sentences=sentences, matches=ev)


def test_severe_danger_is_marked_as_threat(article_002, corpus):
    text = corpus.set_index("id").loc["002", "text"]
    assert "severe danger" in text
    hits = [m for m in marks(article_002) if "danger" in m[2] and m[1].startswith("threat:")]
    assert hits, "“severe danger” is not marked as threat"
    style, title, shown = hits[0]
    assert shown in ("danger", "severe danger")
    assert COLORS["threat"] in style
    assert title.startswith("threat: danger")  # feature: category
    assert "lexicon term “" in title
    # it sits inside Beijing's quotation, so the quote is marked too
    assert "direct quotation" in title


def test_every_match_is_marked_with_its_feature_colour(article_002, ev):
    rows = ev[ev["id"] == "002"]
    titles = "\n".join(t for _, t, _ in marks(article_002))
    for r in rows.itertuples(index=False):
        assert f"{r.feature}: {r.category} — lexicon term “{r.term}”" in titles


def test_sources_and_cues_are_marked(article_002, sentences):
    named = sentences[(sentences["id"] == "002") & (sentences["attribution"] == "named")]
    row = named[named["source"] == "Beijing"].iloc[0]
    found = [m for m in marks(article_002) if m[2] == "Beijing" and "source" in m[1]]
    assert found and found[0][1].startswith("named source: Beijing")
    assert f"1.5px solid {COLORS['named']}" in found[0][0]
    cue = [m for m in marks(article_002) if m[2] == row["cue"]]
    assert cue and "attribution cue" in cue[0][1] and "dotted" in cue[0][0]


def test_legend_and_sentences(article_002, sentences):
    out = article_002.html
    assert 'class="framing-legend"' in out
    for label in (
        "threat",
        "conciliatory",
        "hedging",
        "named source",
        "anonymous source",
        "direct quotation",
    ):
        assert label in out
    n = int((sentences["id"] == "002").sum())
    assert out.count('class="framing-sentence"') == n
    assert article_002._repr_html_() == out


def test_text_is_shown_whole(corpus, article_002):
    text = corpus.set_index("id").loc["002", "text"]
    visible = visible_text(article_002.html)
    assert text in visible


def test_escaping():
    text = 'Officials said the <em>talks</em> & "peace talks" may fail if x < y.'
    sents = framing.score_text(text)
    no_matches = framing.evidence(
        pd.DataFrame([{"id": "t", "outlet": "", "raw": text, "headline": ""}])
    ).iloc[:0]
    h = Highlighted(text=text, sentences=sents, evidence=no_matches, title="<b>title</b>")
    out = h.html
    assert "<em>" not in out and "&lt;em&gt;talks&lt;/em&gt;" in out
    assert "&amp;" in out and "x &lt; y" in out and "&lt;b&gt;title&lt;/b&gt;" in out
    assert "<b>" not in out
    # nothing unescaped leaks through: stripping our own tags leaves the text's characters
    visible = visible_text(out)
    assert text in visible


def test_show_text_escapes():
    out = show_text('Peace & stability "matter" if x < y.').html
    assert "&amp;" in out and "x &lt; y" in out and "&quot;matter&quot;" in out


def test_show_text_marks_hedge_and_anonymous_source():
    h = show_text("Officials said talks may resume.")
    m = marks(h)
    assert any(x == "may" and COLORS["hedge"] in s for s, _, x in m)
    assert any(x == "Officials" and "anonymous source" in t for _, t, x in m)


def test_deterministic_and_repr(corpus):
    a = show_article(corpus, "004")
    b = show_article(corpus, "004")
    assert a.html == b.html
    assert "0x" not in repr(a) and repr(a).startswith("<Highlighted '004'")


def test_empty_text_and_errors(corpus):
    h = show_text("")
    assert len(h.sentences) == 0 and 'class="framing-view"' in h.html
    with pytest.raises(KeyError):
        show_article(corpus, "999")
    with pytest.raises(TypeError):
        show_text(42)


def test_flat_api():
    assert framing.show_article is show_article and framing.show_text is show_text


def test_save(tmp_path):
    p = tmp_path / "view.html"
    show_text("Peace and stability.", title="x").save(p)
    assert p.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_show_alignment_marks_the_words_of_each_change(corpus, sentences):
    al = framing.score_alignment(corpus, "004", "002", sentences=sentences)
    tr = framing.score_transformations(corpus, "004", "002", sentences=sentences)
    view = framing.show_alignment(al, tr)
    page = view.html
    assert "0 kept · 14 paraphrased · 2 added · 10 dropped" in page
    # "claimed by Beijing" -> "annexed by China": both words marked, named on hover
    assert 'title="fact_changed (status)">claimed</span>' in page
    assert 'title="fact_changed (status)">annexed</span>' in page
    # every sentence of both articles is shown, whole, once the markup is taken off
    shown = visible_text(page)
    for text in [*al["text"], *al["source_text"]]:
        assert text in shown
    assert repr(view).startswith("<AlignmentView 002 from 004")
    assert "002 (rewrite) beside 004" in page
    with pytest.raises(ValueError, match="one"):
        framing.show_alignment(pd.concat([al, al.assign(derived="000")]), tr)


def test_mark_priority_orders_the_codebook_features():
    assert sorted(MARK_PRIORITY) == sorted(FEATURES)
    assert MARK_PRIORITY[:2] == ("threat", "conciliatory")  # stance wins where marks overlap


def test_article_by_keyword(corpus, sentences, ev):
    a = show_article(corpus, article="002", sentences=sentences, matches=ev)
    assert a.title == "002"
    with pytest.raises(TypeError):
        show_article(corpus, "002", sentences)  # options are keyword-only


def test_html_views_do_not_load_matplotlib():
    code = (
        "import sys, framing, framing.display, framing.style; framing.show_article; "
        "framing.show_text('Officials said talks may resume.').html; "
        "print('matplotlib' in sys.modules)"
    )
    env = dict(os.environ, PYTHONPATH=str(Path(framing.__file__).parents[1]))
    run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "False"


def test_every_feature_mark_has_a_visible_label(article_002, ev):
    """A printout keeps each mark's category: a small label names it after the mark."""
    labels = re.findall(r'<sup class="framing-label"[^>]*>([^<]*)</sup>', article_002.html)
    rows = ev[(ev["id"] == "002") & ev["feature"].isin(MARK_PRIORITY)]
    for r in rows.itertuples(index=False):
        category = html.escape(r.category.replace("_", " "))
        assert any(lab.endswith(f": {category}") for lab in labels), r.category
    assert "hover" in article_002.html and "small label" in article_002.html


def test_saved_page_sets_a_font_and_keeps_colours_in_print(tmp_path):
    p = tmp_path / "view.html"
    show_text("Officials said talks may resume.", title="x").save(p)
    page = p.read_text(encoding="utf-8")
    assert "font-family:" + framing.display.PAGE_FONT in page
    assert "print-color-adjust:exact" in page and "text-align:left" in page


def test_describe_changes_gives_the_words(corpus, sentences):
    tr = framing.score_transformations(corpus, "004", "002", sentences=sentences)
    lines = describe_changes(tr)
    assert len(lines) == len(tr) and (lines.index == tr.index).all()
    fact = tr[tr["transformation"] == "fact_changed"]
    for r, line in zip(fact.itertuples(), lines[fact.index], strict=True):
        assert line == f"fact changed ({r.category}): {r.before} → {r.after}"
    added = tr[(tr["before"] == "") & (tr["after"] != "")]
    assert all(lines[i].endswith(f"+ {tr.loc[i, 'after']}") for i in added.index)
    page = framing.show_alignment(
        framing.score_alignment(corpus, "004", "002", sentences=sentences), tr
    ).html
    assert "fact changed (status): claimed → annexed" in page
    with pytest.raises(ValueError, match="before"):
        describe_changes(tr.drop(columns="before"))


def test_show_table_rounds_wraps_and_keeps_text_whole(sentences):
    rows = sentences[sentences["id"] == "003"].head(5)
    frame = rows[["sentence", "text", "sentiment"]]
    t = show_table(frame, decimals=2)
    out = t.html
    for text in frame["text"]:
        assert html.escape(text) in out  # whole, not cut at max_colwidth
    for value in frame["sentiment"]:
        assert f">{value:.2f}<" in out
    assert out.count("text-align:left") >= frame.size
    assert "white-space:normal" in out
    assert t._repr_html_() == out and repr(t) == "<Table 5 rows × 3 columns>"
    short = show_table(rows, columns=["text"], max_rows=2).html
    assert "first 2 of 5 rows" in short and "sentiment" not in short
    with pytest.raises(KeyError, match="nope"):
        show_table(rows, columns=["nope"])
    with pytest.raises(TypeError):
        show_table([1, 2])
    assert framing.show_table is show_table
