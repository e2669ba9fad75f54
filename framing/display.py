"""A rich HTML view of an article or any text, with its framing marked.

``show_article(corpus, article)`` and ``show_text(text)`` return a ``Highlighted`` object;
``show_alignment(alignment, transformations)`` an ``AlignmentView``. Jupyter shows them as HTML
(``_repr_html_``); ``.html`` gives the same markup and ``.save(path)`` a page.

What is marked, in the colours of ``framing.style.COLORS`` (the charts' colours; this module
does not import matplotlib):

- lexicon matches (threat, conciliatory, hedge, booster): a tinted background and a solid
  underline in the feature's colour; hovering shows the feature, category and lexicon term
  (and "negated" when it is);
- attribution: the source of a named or anonymous claim in a box, its cue underlined with a
  dotted line, in the colour of the label; hovering shows label, source type and cue;
- direct quotations: italic with a yellow bar above;
- every sentence: hovering shows its number, kind, attribution, actors and sentiment.

All text is escaped with ``html.escape``; the output depends only on the input.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import pandas as pd

from .constants import FEATURES, REUSE_CLASSES
from .features import evidence, score_sentences
from .style import COLORS, FEATURE_LABELS, tint

__all__ = [
    "MARK_PRIORITY",
    "PAGE_FONT",
    "AlignmentView",
    "Highlighted",
    "Table",
    "describe_changes",
    "show_alignment",
    "show_article",
    "show_table",
    "show_text",
    "visible_text",
]

#: The features marked by default, in priority order: where marks overlap, stance (threat,
#: conciliatory) takes the colour before certainty (hedge, booster); the legend and the
#: summary follow this order.
MARK_PRIORITY: tuple[str, ...] = tuple(
    sorted(FEATURES, key=lambda f: f not in ("threat", "conciliatory"))
)
_PRIORITY = {f: i for i, f in enumerate(MARK_PRIORITY)}
_HIGHLIGHT = 0.22  # how much of a feature's colour tints the background of its words
_CHANGE = 0.35  # ... and of a changed word in the alignment view
#: The font of a saved page (``.save(path)``): widely installed sans-serif faces, first found wins.
PAGE_FONT = '"DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif'
_PAGE_CSS = (
    f"body{{font-family:{PAGE_FONT};font-size:15px;color:#222222;text-align:left;"
    "margin:1.5em auto;max-width:60em;padding:0 1em;}"
    "*{-webkit-print-color-adjust:exact;print-color-adjust:exact;}"
    "@media print{body{margin:0;max-width:none;font-size:11pt;}"
    "tr{break-inside:avoid;}}"
)
#: Left-aligned, wrapped cells whatever the notebook's table CSS (JupyterLab right-aligns
#: cells and centres tables); inline styles win over the page's rules.
_TABLE = "border-collapse:collapse;margin:6px 0;table-layout:auto;text-align:left;"
_CELL = (
    "text-align:left;vertical-align:top;white-space:normal;overflow-wrap:break-word;"
    "padding:3px 8px;border-top:1px solid #dddddd;max-width:none;"
)
_HEADING = {"headline": "font-size:1.25em;font-weight:700;", "subheading": "font-weight:700;"}
_KIND_STYLE = {**_HEADING, "caption": "font-style:italic;color:#555555;"}


@dataclass(frozen=True)
class _Layer:
    start: int
    end: int
    kind: str  # a feature, "source", "cue" or "quote"
    label: str  # feature, or attribution label for source/cue
    title: str
    tag: str = ""  # the small label printed after the mark ("" for none)


#: The small label printed after each mark, so a printout keeps what hovering shows.
_TAG = {"threat": "threat", "conciliatory": "concil.", "hedge": "hedge", "booster": "boost."}


def _words(name: str) -> str:
    """A category as words: "escalation_crisis" → "escalation crisis"."""
    return str(name).replace("_", " ")


class _HTMLView:
    """Shown as HTML in Jupyter (``_repr_html_``); ``.html`` gives the same markup (rendered
    once) and ``.save(path)`` a standalone page. Subclasses give ``_render`` and
    ``_page_title``."""

    _cache: str | None

    def _render(self) -> str:
        raise NotImplementedError

    def _page_title(self) -> str:
        return "framing"

    @property
    def html(self) -> str:
        """The HTML fragment (a ``<div>``), the same as ``_repr_html_``."""
        if self._cache is None:
            self._cache = self._render()
        return self._cache

    def _repr_html_(self) -> str:
        return self.html

    def save(self, path) -> None:
        """Write a standalone HTML page: a set font (``PAGE_FONT``), left-aligned, and the
        marks' colours kept when printed (browsers drop backgrounds in print by default)."""
        page = (
            '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{html.escape(self._page_title())}</title>\n<style>{_PAGE_CSS}</style>"
            f"</head>\n<body>\n{self.html}\n</body></html>\n"
        )
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(page)


@dataclass
class Highlighted(_HTMLView):
    """An article or text with its framing marked; shown as HTML in Jupyter.

    Attributes: ``text`` (what is shown), ``sentences`` (the sentence table),
    ``evidence`` (the lexicon matches), ``title`` (a heading, may be empty) and
    ``features`` (which lexicons are marked).
    """

    text: str
    sentences: pd.DataFrame
    evidence: pd.DataFrame
    title: str = ""
    subtitle: str = ""
    features: tuple[str, ...] = MARK_PRIORITY
    _cache: str | None = field(default=None, repr=False, compare=False)

    def __repr__(self) -> str:
        counts = ", ".join(
            f"{f} {int((self.evidence['feature'] == f).sum())}" for f in self.features
        )
        head = f"{self.title!r}: " if self.title else ""
        return f"<Highlighted {head}{len(self.sentences)} sentences; matches: {counts}>"

    def _render(self) -> str:
        return _render(self)

    def _page_title(self) -> str:
        return self.title or "framing"


# ---------------------------------------------------------------------------------------


def show_article(
    corpus: pd.DataFrame,
    article: str,
    *,
    features: Sequence[str] = MARK_PRIORITY,
    sentences: pd.DataFrame | None = None,
    matches: pd.DataFrame | None = None,
) -> Highlighted:
    """One article of a corpus (from ``load_corpus``) with its framing marked.

    ``article`` is the article's id ("000"). Pass ``sentences`` (``score_sentences``) and
    ``matches`` (``evidence``) already computed for the corpus to avoid scoring again.
    """
    if not isinstance(corpus, pd.DataFrame) or "id" not in corpus.columns:
        raise TypeError("show_article expects a corpus from framing.load_corpus")
    row = corpus[corpus["id"].astype(str) == str(article)]
    if row.empty:
        known = ", ".join(map(str, corpus["id"]))
        raise KeyError(f"no article with id {article!r} in the corpus (ids: {known})")
    row = row.iloc[[0]].reset_index(drop=True)
    sents = score_sentences(row) if sentences is None else sentences
    ev = evidence(row) if matches is None else matches
    sents = sents[sents["id"].astype(str) == str(article)].reset_index(drop=True)
    ev = ev[ev["id"].astype(str) == str(article)].reset_index(drop=True)
    r = row.iloc[0]
    bits = [str(r.get(k, "") or "") for k in ("kind", "based_on")]
    sub = " · ".join(
        x
        for x in (
            str(r.get("outlet", "")),
            f"{bits[0]}" if bits[0] else "",
            f"based on {bits[1]}" if bits[1] else "",
            f"{int(r['words'])} words" if "words" in r else "",
        )
        if x
    )
    return Highlighted(
        text=str(r["text"]),
        sentences=sents,
        evidence=ev,
        title=f"{r['id']}",
        subtitle=sub,
        features=tuple(features),
    )


def show_text(
    text: str,
    *,
    title: str = "",
    features: Sequence[str] = MARK_PRIORITY,
) -> Highlighted:
    """Any text with its framing marked, scored the way an article is (paragraphs split at
    blank lines; site-chrome lines such as "Related Posts" are left out of the view)."""
    if not isinstance(text, str):
        raise TypeError(f"show_text expects a str, got {type(text).__name__}")
    row = pd.DataFrame([{"id": "text", "outlet": "", "raw": text, "headline": ""}])
    from .corpus import article_structure

    clean, _, _ = article_structure(row.iloc[0])
    sents = score_sentences(row) if clean.strip() else None
    ev = evidence(row) if clean.strip() else None
    if sents is None:
        sents = score_sentences(row.iloc[:0])
        ev = evidence(row.iloc[:0])
    return Highlighted(
        text=clean, sentences=sents, evidence=ev, title=title, features=tuple(features)
    )


# ---------------------------------------------------------------------------------------


def _layers(h: Highlighted) -> list[_Layer]:
    out: list[_Layer] = []
    for m in h.evidence.itertuples(index=False):
        if m.feature not in h.features:
            continue
        neg = " (negated)" if bool(m.negated) else ""
        title = f"{m.feature}: {m.category} — lexicon term “{m.term}”{neg}"
        tag = f"{_TAG.get(m.feature, m.feature)}: {_words(m.category)}" + (" (neg.)" if neg else "")
        out.append(_Layer(int(m.start), int(m.end), m.feature, m.feature, title, tag))
    for s in h.sentences.itertuples(index=False):
        label = s.attribution
        if label in ("named", "anonymous"):
            stype = s.source_type if isinstance(s.source_type, str) and s.source_type else ""
            cue = s.cue if isinstance(s.cue, str) and s.cue else ""
            src = s.source if isinstance(s.source, str) and s.source else ""
            if s.source_start >= 0 and s.source_end > s.source_start:
                t = f"{label} source: {src}" + (f" ({stype})" if stype else "")
                t += f"; cue “{cue}”" if cue else ""
                tag = "named" if label == "named" else "anon."
                out.append(_Layer(int(s.source_start), int(s.source_end), "source", label, t, tag))
            if s.cue_start >= 0 and s.cue_end > s.cue_start:
                t = f"attribution cue “{cue}” → {label}" + (f": {src}" if src else "")
                out.append(_Layer(int(s.cue_start), int(s.cue_end), "cue", label, t))
        for a, b in s.quote_spans or ():
            if b > a:
                who = s.source if isinstance(s.source, str) and s.source else "unnamed speaker"
                out.append(_Layer(int(a), int(b), "quote", "quote", f"direct quotation ({who})"))
    return out


def _style(active: list[_Layer]) -> str:
    css = []
    feats = sorted((x for x in active if x.kind in _PRIORITY), key=lambda x: _PRIORITY[x.kind])
    if feats:
        c = COLORS[feats[0].kind]
        css.append(f"background-color:{tint(c, _HIGHLIGHT)};border-bottom:2px solid {c};")
    src = [x for x in active if x.kind == "source"]
    if src:
        c = COLORS[src[0].label]
        line = "solid" if src[0].label == "named" else "dashed"
        css.append(f"border:1.5px {line} {c};border-radius:3px;font-weight:600;")
    cue = [x for x in active if x.kind == "cue"]
    quote = [x for x in active if x.kind == "quote"]
    if quote:
        css.append(f"font-style:italic;border-top:3px solid {COLORS['quote']};")
    if cue:
        c = COLORS[cue[0].label]
        css.append(
            f"text-decoration:underline dotted {c};text-decoration-thickness:2px;font-weight:600;"
        )
    return "".join(css)


def _render_sentence(text: str, start: int, end: int, layers: list[_Layer]) -> str:
    inside = [x for x in layers if x.start < end and x.end > start]
    cuts = {start, end}
    for x in inside:
        cuts.add(max(start, x.start))
        cuts.add(min(end, x.end))
    points = sorted(cuts)
    parts = []
    for a, b in zip(points, points[1:], strict=False):
        if b <= a:
            continue
        piece = html.escape(text[a:b])
        active = [x for x in inside if x.start <= a and x.end >= b]
        if not active:
            parts.append(piece)
            continue
        titles = "\n".join(dict.fromkeys(x.title for x in active))
        parts.append(
            f'<span style="{_style(active)}" title="{html.escape(titles, quote=True)}">'
            f"{piece}</span>"
        )
        ending = [x for x in active if x.end == b and x.tag]
        ending.sort(key=lambda x: (_PRIORITY.get(x.kind, len(_PRIORITY)), x.tag))
        parts.extend(_label(x) for x in dict((x.tag, x) for x in ending).values())
    return "".join(parts)


def _label(x: _Layer) -> str:
    """The small inline label after a mark: visible on screen and on paper, left out of a
    copy (``user-select:none``) and of ``visible_text``."""
    colour = COLORS[x.kind] if x.kind in COLORS else COLORS.get(x.label, "#555555")
    return (
        f'<sup class="framing-label" style="font-size:0.68em;font-weight:600;font-style:normal;'
        f'color:{colour};margin:0 2px 0 1px;user-select:none;white-space:nowrap;">'
        f"{html.escape(x.tag)}</sup>"
    )


_LABEL_RE = re.compile(r'<sup class="framing-label"[^>]*>.*?</sup>', re.S)
_TAG_RE = re.compile(r"<[^>]+>")


def visible_text(markup: str) -> str:
    """The text a reader reads in a view's markup: tags and the small mark labels taken
    off, entities decoded (what tests and copy-paste compare with the article)."""
    return html.unescape(_TAG_RE.sub("", _LABEL_RE.sub("", markup)))


def _sentence_title(s) -> str:
    bits = [f"sentence {int(s.sentence)} · {s.kind}", f"attribution: {s.attribution}"]
    if isinstance(s.source, str) and s.source:
        bits[-1] += f" — {s.source}"
    if isinstance(s.cue, str) and s.cue:
        bits[-1] += f" (cue “{s.cue}”)"
    if isinstance(s.actors, str) and s.actors:
        bits.append("actors: " + s.actors.replace(";", ", "))
    bits.append(f"sentiment: {float(s.sentiment):+.3f}")
    return "\n".join(bits)


def _legend(features: Iterable[str]) -> str:
    items = []
    for f in features:
        c = COLORS[f]
        items.append(
            f'<span style="background-color:{tint(c, _HIGHLIGHT)};border-bottom:2px solid {c};'
            f'padding:0 3px;">{html.escape(FEATURE_LABELS.get(f, f))}</span>'
        )
    for label, line in (("named", "solid"), ("anonymous", "dashed")):
        c = COLORS[label]
        items.append(
            f'<span style="border:1.5px {line} {c};border-radius:3px;font-weight:600;'
            f'padding:0 3px;">{label} source</span>'
        )
    items.append(
        f'<span style="text-decoration:underline dotted {COLORS["named"]};'
        'text-decoration-thickness:2px;font-weight:600;">cue (said, told…)</span>'
    )
    items.append(
        f'<span style="font-style:italic;border-top:3px solid {COLORS["quote"]};">'
        "direct quotation</span>"
    )
    return (
        '<div class="framing-legend" style="margin:4px 0 8px 0;font-size:0.85em;'
        'line-height:1.9;text-align:left;">' + " ".join(items) + ' <span style="color:#666666;">'
        "(a small label after each mark names its category; hover for the lexicon term)"
        "</span></div>"
    )


def _summary(h: Highlighted) -> str:
    ev = h.evidence
    counts = [f"{int((ev['feature'] == f).sum())} {FEATURE_LABELS.get(f, f)}" for f in h.features]
    s = h.sentences
    att = [f"{int((s['attribution'] == a).sum())} {a}" for a in ("named", "anonymous")]
    quotes = int(s["quote"].sum()) if len(s) else 0
    return (
        f"{len(s)} sentences · matches: {', '.join(counts)} · sourced sentences: "
        f"{', '.join(att)} · {quotes} with a direct quotation"
    )


def _render(h: Highlighted) -> str:
    text = h.text
    layers = _layers(h)
    out = ['<div class="framing-view" style="max-width:52em;line-height:1.75;text-align:left;">']
    if h.title or h.subtitle:
        out.append(
            '<div style="font-weight:700;">'
            + html.escape(" — ".join(x for x in (h.title, h.subtitle) if x))
            + "</div>"
        )
    out.append(_legend(h.features))
    out.append(f'<div style="font-size:0.85em;color:#555555;">{html.escape(_summary(h))}</div>')
    out.append('<div class="framing-text" style="white-space:pre-wrap;margin-top:6px;">')
    pos = 0
    for s in h.sentences.sort_values("start").itertuples(index=False):
        a, b = int(s.start), int(s.end)
        if a < pos:
            continue
        out.append(html.escape(text[pos:a]))
        style = _KIND_STYLE.get(s.kind, "")
        out.append(
            f'<span class="framing-sentence" style="{style}" '
            f'title="{html.escape(_sentence_title(s), quote=True)}">'
            f"{_render_sentence(text, a, b, layers)}</span>"
        )
        pos = b
    out.append(html.escape(text[pos:]))
    out.append("</div></div>")
    return "".join(out)


# --- text reuse -----------------------------------------------------------------------------


@dataclass
class AlignmentView(_HTMLView):
    """A rewrite beside its source, sentence by sentence, with every transformation's words
    marked: what the source had (``before``) and what the rewrite has instead (``after``).
    Shown as HTML in Jupyter; ``.html`` gives the markup and ``.save(path)`` a page."""

    alignment: pd.DataFrame
    transformations: pd.DataFrame
    _cache: str | None = field(default=None, repr=False, compare=False)

    def __repr__(self) -> str:
        counts = self.alignment["class"].value_counts()
        shown = ", ".join(f"{c} {int(counts.get(c, 0))}" for c in REUSE_CLASSES)
        return f"<AlignmentView {self._pair()}: {shown}; {len(self.transformations)} changes>"

    def _pair(self) -> str:
        a = self.alignment
        return f"{a['derived'].iloc[0]} from {a['source'].iloc[0]}" if len(a) else "empty"

    def _heading(self) -> str:
        a = self.alignment
        if not len(a):
            return "empty alignment"
        d, s = a["derived"].iloc[0], a["source"].iloc[0]
        return f"{d} (rewrite) beside {s} (the source as the corpus holds it)"

    def _render(self) -> str:
        return _render_alignment(self)

    def _page_title(self) -> str:
        return self._pair()


def show_alignment(alignment: pd.DataFrame, transformations: pd.DataFrame) -> AlignmentView:
    """Read an alignment: ``score_alignment(corpus, source, derived)`` and
    ``score_transformations(corpus, source, derived)`` of one pair. Each row shows the source
    sentence and the derived one side by side with the class, the similarity and the
    transformations; a transformation's words are marked in both sentences, and hovering
    shows its name and category."""
    need = {"source", "derived", "class", "derived_sentence", "source_sentence", "text"}
    missing = need - set(alignment.columns)
    if missing:
        raise ValueError(f"show_alignment: alignment lacks {', '.join(sorted(missing))}")
    pairs = alignment[["source", "derived"]].drop_duplicates()
    if len(pairs) > 1:
        raise ValueError("show_alignment: pass the alignment of one (source, derived) pair")
    return AlignmentView(alignment, transformations)


def _marked(text: str, marks: list[tuple[int, int, str, str]]) -> str:
    """``text`` escaped, with each (start, end, colour, title) span marked."""
    out, pos = [], 0
    for start, end, colour, title in sorted(marks):
        if start < pos:
            continue
        out.append(html.escape(text[pos:start]))
        out.append(
            f'<span style="background:{tint(colour, _CHANGE)};border-bottom:2px solid {colour};" '
            f'title="{html.escape(title, quote=True)}">{html.escape(text[start:end])}</span>'
        )
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)


def _render_alignment(view: AlignmentView) -> str:
    al, tr = view.alignment, view.transformations
    counts = al["class"].value_counts()
    summary = " · ".join(f"{int(counts.get(c, 0))} {c}" for c in REUSE_CLASSES)
    before: dict[int, list] = {}
    after: dict[int, list] = {}
    for t in tr.itertuples(index=False):
        title = f"{t.transformation}" + (f" ({t.category})" if t.category else "")
        if t.before and not pd.isna(t.before_start):
            before.setdefault(int(t.derived_sentence), []).append(
                (int(t.before_start), int(t.before_end), COLORS["dropped"], title)
            )
        if t.after and not pd.isna(t.after_start):
            after.setdefault(int(t.derived_sentence), []).append(
                (int(t.after_start), int(t.after_end), COLORS["added"], title)
            )
    changes: dict[int, list[str]] = {}
    for d, text in zip(tr["derived_sentence"], describe_changes(tr), strict=True):
        changes.setdefault(int(d), []).append(text)
    cell = f'style="{_CELL}"'
    out = [
        '<div class="framing-alignment" style="max-width:72em;line-height:1.45;text-align:left;">',
        f'<div style="font-weight:700;">{html.escape(view._heading())}</div>',
        f'<div style="font-size:0.85em;color:#555555;">{html.escape(summary)} · '
        f"{len(tr)} transformations; marked words: "
        f'<span style="background:{tint(COLORS["dropped"], _CHANGE)};">in the source</span>, '
        f'<span style="background:{tint(COLORS["added"], _CHANGE)};">in the rewrite</span></div>',
        f'<table style="{_TABLE}font-size:0.9em;width:100%;">',
        '<colgroup><col style="width:33%"><col style="width:33%"><col style="width:11%">'
        '<col style="width:23%"></colgroup>',
        f"<tr><th {cell}>source</th><th {cell}>rewrite</th><th {cell}>class</th>"
        f"<th {cell}>changes</th></tr>",
    ]
    for _, r in al.iterrows():
        cls = r["class"]
        d = None if pd.isna(r["derived_sentence"]) else int(r["derived_sentence"])
        s = None if pd.isna(r["source_sentence"]) else int(r["source_sentence"])
        if cls == "dropped":
            src_html, der_html = f"<b>{s}</b> {html.escape(r['text'])}", ""
        else:
            src_text = r.get("source_text", "") or ""
            src_html = f"<b>{s}</b> {_marked(src_text, before.get(d, []))}" if s is not None else ""
            der_html = f"<b>{d}</b> {_marked(r['text'], after.get(d, []))}"
        sim = r.get("similarity")
        label = cls + (f"\u00a0·\u00a0{sim:.2f}" if sim is not None and not pd.isna(sim) else "")
        colour = COLORS.get(cls, "#999999")
        out.append(
            f"<tr><td {cell}>{src_html}</td><td {cell}>{der_html}</td>"
            f'<td {cell}><span style="color:{colour};font-weight:700;">'
            f"{html.escape(label)}</span></td>"
            f"<td {cell}>{''.join(_change_line(c) for c in changes.get(d, []))}</td></tr>"
        )
    out.append("</table></div>")
    return "".join(out)


def _change_line(text: str) -> str:
    return f'<div style="margin-bottom:3px;">{html.escape(text)}</div>'


def describe_changes(transformations: pd.DataFrame) -> pd.Series:
    """One readable line per transformation (``score_transformations``), with its words:
    "fact changed (status): claimed → annexed", "threat added (coercion): + taking action",
    "attribution removed (named): − the foreign minister"."""
    need = {"transformation", "category", "before", "after"}
    missing = need - set(transformations.columns)
    if missing:
        raise ValueError(f"describe_changes: transformations lack {', '.join(sorted(missing))}")
    out = []
    for t in transformations.itertuples(index=False):
        name = str(t.transformation).replace("_", " ")
        cat = f" ({t.category})" if isinstance(t.category, str) and t.category else ""
        before = t.before if isinstance(t.before, str) else ""
        after = t.after if isinstance(t.after, str) else ""
        if before and after:
            words = f"{before} → {after}"
        elif after:
            words = f"+ {after}"
        elif before:
            words = f"− {before}"
        else:
            words = ""
        out.append(f"{name}{cat}: {words}" if words else f"{name}{cat}")
    return pd.Series(out, index=transformations.index, name="change", dtype="str")


# --- tables ------------------------------------------------------------------------------


@dataclass
class Table(_HTMLView):
    """A table shown left-aligned with its text wrapped, never cut (``show_table``);
    ``total`` is the number of rows before ``max_rows`` (``None``: all are shown)."""

    frame: pd.DataFrame
    decimals: int = 3
    title: str = ""
    total: int | None = None
    _cache: str | None = field(default=None, repr=False, compare=False)

    def __repr__(self) -> str:
        head = f"{self.title}: " if self.title else ""
        return f"<Table {head}{len(self.frame)} rows × {self.frame.shape[1]} columns>"

    def _render(self) -> str:
        return _render_table(self)

    def _page_title(self) -> str:
        return self.title or "framing table"


def show_table(
    frame: pd.DataFrame,
    *,
    columns: Sequence[str] | None = None,
    decimals: int = 3,
    title: str = "",
    max_rows: int | None = None,
) -> Table:
    """A DataFrame as a readable HTML table: text left-aligned and wrapped whole (Jupyter's
    table CSS right-aligns, and a plain DataFrame cuts long text at ``display.max_colwidth``),
    numbers rounded to ``decimals`` and right-aligned, the index left out (``reset_index``
    first to show it). ``columns`` selects and orders columns; ``max_rows`` shows the first
    rows and says how many more there are."""
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"show_table expects a DataFrame, got {type(frame).__name__}")
    if columns is not None:
        missing = [c for c in columns if c not in frame.columns]
        if missing:
            raise KeyError(f"show_table: no column(s) {missing} (columns: {list(frame.columns)})")
        frame = frame[list(columns)]
    total = None
    if max_rows is not None and len(frame) > max_rows:
        total, frame = len(frame), frame.head(max_rows)
    return Table(frame.reset_index(drop=True), decimals=decimals, title=title, total=total)


def _cell(value, decimals: int) -> tuple[str, bool]:
    """(escaped text, is a number) of one cell; floats rounded to ``decimals``."""
    if isinstance(value, bool | str):
        return html.escape(str(value)), False
    if hasattr(value, "item") and not isinstance(value, list | tuple | dict):
        value = value.item()  # numpy scalars
    if isinstance(value, bool):
        return str(value), False
    if value is None or (isinstance(value, float) and value != value):
        return "", False
    if isinstance(value, int):
        return str(value), True
    if isinstance(value, float):
        return f"{value:.{decimals}f}", True
    if value is pd.NA or value is pd.NaT:
        return "", False
    return html.escape(str(value)), False


def _render_table(t: Table) -> str:
    cell = _CELL
    head = "".join(
        f'<th style="{cell}font-weight:700;">{html.escape(str(c))}</th>' for c in t.frame
    )
    rows = []
    for values in t.frame.itertuples(index=False, name=None):
        tds = []
        for v in values:
            text, number = _cell(v, t.decimals)
            style = cell + (
                "text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums;"
                if number
                else ""
            )
            tds.append(f'<td style="{style}">{text}</td>')
        rows.append("<tr>" + "".join(tds) + "</tr>")
    out = ['<div class="framing-table" style="text-align:left;max-width:100%;overflow-x:auto;">']
    if t.title:
        out.append(f'<div style="font-weight:700;">{html.escape(t.title)}</div>')
    out.append(f'<table style="{_TABLE}font-size:0.9em;"><thead><tr>{head}</tr></thead><tbody>')
    out.extend(rows)
    out.append("</tbody></table>")
    if t.total is not None:
        out.append(
            f'<div style="font-size:0.85em;color:#555555;">first {len(t.frame)} of {t.total} '
            "rows</div>"
        )
    out.append("</div>")
    return "".join(out)
