"""The HTML views as a reader sees them: laid out by a real headless browser.

Debian's ``chromium`` is driven by Playwright (``playwright install`` is never used: it
downloads a browser of its own). The test is skipped, saying why, where Playwright or chromium
is missing; ``make browser`` installs chromium where the machine allows (root with apt-get).
Set ``FRAMING_CHROMIUM`` to use another chromium executable.

Each view is shown twice: as the page ``.save(path)`` writes, and inside JupyterLab's own
output CSS (the ``lab`` template's ``index.css`` that nbconvert ships, which right-aligns
table cells and fixes table layout), where the notebooks show it. What is checked is what a
reader meets: marks, labels and legend laid out and visible inside the viewport, text
left-aligned (computed style), no sentence cut (no cell or text block scrolls). Screenshots
are kept in ``test-artifacts/`` at the repository root (ignored by git) to be looked at.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import framing
from framing.display import show_article, show_table

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
WIDTH = 900  # a notebook-wide viewport: narrower than the views' max-width

# JupyterLab's output-area rules for tables, should the lab template not be installed
# (copied from JupyterLab 4's rendermime CSS).
JUPYTER_TABLE_CSS = """
.jp-RenderedHTMLCommon table {border-collapse:collapse;table-layout:fixed;margin-left:auto;
  margin-right:auto;}
.jp-RenderedHTMLCommon td, .jp-RenderedHTMLCommon th, .jp-RenderedHTMLCommon tr {
  vertical-align:middle;padding:0.5em;line-height:normal;white-space:normal;border:none;}
:not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon td,
:not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon th,
:not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon tr {text-align:right;}
"""


def _chromium() -> str | None:
    for name in (os.environ.get("FRAMING_CHROMIUM"), "chromium", "chromium-browser"):
        if name and (found := shutil.which(name)):
            return found
    return None


def _lab_css() -> str:
    """JupyterLab's CSS as nbconvert's lab template ships it, or the table rules above."""
    try:
        from jupyter_core.paths import jupyter_path

        for base in jupyter_path("nbconvert", "templates", "lab", "static"):
            css = Path(base) / "index.css"
            if css.exists():
                return css.read_text(encoding="utf-8")
    except ImportError:  # pragma: no cover  (jupyter is a dev dependency)
        pass
    return JUPYTER_TABLE_CSS


@pytest.fixture(scope="module")
def page():
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="Playwright is not installed (pip install playwright)"
    )
    executable = _chromium()
    if executable is None:
        pytest.skip(
            "no chromium executable: install Debian's chromium (`make browser`, or "
            "apt-get install chromium) or set FRAMING_CHROMIUM"
        )
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        pg = browser.new_page(viewport={"width": WIDTH, "height": 1000})
        yield pg
        browser.close()


def in_lab(markup: str) -> str:
    """The markup as JupyterLab shows an HTML output, with Lab's CSS."""
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><style>{_lab_css()}</style></head>'
        '<body class="jp-Notebook"><div class="jp-OutputArea-output jp-RenderedHTMLCommon '
        f'jp-RenderedHTML" style="width:{WIDTH - 40}px;">{markup}</div></body></html>'
    )


def boxes(pg, selector: str) -> list[dict]:
    """Bounding box, visibility and alignment of each element matching ``selector``."""
    return pg.eval_on_selector_all(
        selector,
        """els => els.map(e => { const r = e.getBoundingClientRect(); const s = getComputedStyle(e);
            return {x: r.left, right: r.right, w: r.width, h: r.height, text: e.textContent,
                    visible: s.visibility === 'visible' && s.display !== 'none'
                             && parseFloat(s.opacity) > 0,
                    align: s.textAlign, scroll: e.scrollWidth, client: e.clientWidth}; })""",
    )


def laid_out(items: list[dict], what: str) -> None:
    assert items, f"no {what} on the page"
    for b in items:
        assert b["visible"] and b["w"] > 0 and b["h"] > 0, f"{what} not shown: {b['text']!r}"
        assert b["x"] >= 0 and b["right"] <= WIDTH + 0.5, f"{what} outside the page: {b}"


def not_cut(items: list[dict], what: str) -> None:
    for b in items:
        assert b["scroll"] <= b["client"] + 1, f"{what} cut: {b['text'][:80]!r}"


def words_whole(pg, selector: str) -> None:
    """No word broken across lines: a cell whose text is one word (a number, a label, an id)
    is laid out on one line."""
    lines = pg.eval_on_selector_all(
        selector,
        r"""els => els.filter(e => e.textContent.trim() && !/\s/.test(e.textContent.trim()))
            .map(e => { const r = document.createRange(); r.selectNodeContents(e);
                        const tops = new Set([...r.getClientRects()].map(q => Math.round(q.top)));
                        return [e.textContent, tops.size]; })""",
    )
    assert lines, f"no one-word cells in {selector}"
    broken = [text for text, n in lines if n > 1]
    assert not broken, f"words broken across lines: {broken[:5]}"


def shot(pg, name: str) -> Path:
    path = ARTIFACTS / f"{name}.png"
    pg.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 0
    return path


@pytest.fixture(scope="module")
def article_004(corpus, sentences, ev):
    return show_article(corpus, "004", sentences=sentences, matches=ev)


@pytest.mark.parametrize("where", ["saved page", "JupyterLab"])
def test_article_view_marks_labels_and_legend(page, article_004, tmp_path, where):
    if where == "saved page":
        path = tmp_path / "article_004.html"
        article_004.save(path)
        page.goto(path.as_uri())
        font = page.eval_on_selector("body", "e => getComputedStyle(e).fontFamily")
        assert font.startswith(framing.display.PAGE_FONT.split(",")[0])
    else:
        page.set_content(in_lab(article_004.html))
    labels = boxes(page, ".framing-text sup.framing-label")
    assert len(labels) == article_004.html.count('class="framing-label"')
    laid_out(labels, "mark label")
    marks = boxes(page, ".framing-text span[title]:not(.framing-sentence)")
    laid_out(marks, "mark")
    legend = boxes(page, ".framing-legend > span")
    laid_out(legend, "legend entry")
    text = boxes(page, ".framing-text")
    assert all(b["align"] in ("left", "start") for b in text + legend)
    not_cut(text, "article text")
    # the reader sees the article's words, labels aside
    shown = page.eval_on_selector(".framing-text", "e => e.innerText")
    for label in {b["text"] for b in labels}:
        shown = shown.replace(label, "")
    assert " ".join(article_004.text.split()) == " ".join(shown.split())
    shot(page, f"article_004_{where.replace(' ', '_')}")
    if where == "saved page":  # printed: the labels stay, the marks keep their colours
        page.emulate_media(media="print")
        laid_out(boxes(page, ".framing-text sup.framing-label"), "printed mark label")
        adjust = page.eval_on_selector(
            ".framing-text span[title]:not(.framing-sentence)",
            "e => getComputedStyle(e).printColorAdjust",
        )
        assert adjust == "exact"
        page.pdf(path=str(ARTIFACTS / "article_004_print.pdf"))
        page.emulate_media(media="screen")


def test_alignment_view_in_lab_is_left_aligned_and_whole(page, corpus, sentences):
    al = framing.score_alignment(corpus, "004", "002", sentences=sentences)
    tr = framing.score_transformations(corpus, "004", "002", sentences=sentences)
    page.set_content(in_lab(framing.show_alignment(al, tr).html))
    cells = boxes(page, ".framing-alignment td")
    assert len(cells) == 4 * len(al)
    laid_out(cells, "alignment cell")
    assert all(b["align"] in ("left", "start") for b in cells), {b["align"] for b in cells}
    not_cut(cells, "alignment cell")
    words_whole(page, ".framing-alignment td span, .framing-alignment th")
    changes = page.eval_on_selector_all(
        ".framing-alignment td:nth-child(4)", "els => els.map(e => e.innerText)"
    )
    assert any("claimed → annexed" in c for c in changes)
    marked = boxes(page, ".framing-alignment td span[title]")
    laid_out(marked, "changed words")
    shot(page, "alignment_002_from_004_JupyterLab")


def test_table_in_lab_is_left_aligned_and_whole(page, sentences):
    rows = sentences[sentences["id"] == "000"].nlargest(6, "words")
    t = show_table(rows, columns=["id", "sentence", "attribution", "text", "sentiment"])
    page.set_content(in_lab(t.html))
    cells = boxes(page, ".framing-table td:nth-child(4)")
    assert len(cells) == len(rows)
    laid_out(cells, "sentence cell")
    assert all(b["align"] in ("left", "start") for b in cells)
    not_cut(cells, "sentence cell")
    words_whole(page, ".framing-table td, .framing-table th")
    shown = page.eval_on_selector_all(
        ".framing-table td:nth-child(4)", "els => els.map(e => e.innerText)"
    )
    assert [" ".join(s.split()) for s in shown] == [" ".join(s.split()) for s in rows["text"]]
    shot(page, "table_000_JupyterLab")
