"""The report: every figure as PNG and SVG, the CSV behind each, and a README showing them.

``make_figures`` is what ``framing figures`` runs. Its output is byte-identical from one run
to the next (and from one machine to another with the same library versions): figures are
drawn on bare ``matplotlib.figure.Figure`` objects (no pyplot state, no GUI backend) with
fixed sizes, resolution and font, PNG and SVG metadata without dates or software versions,
a fixed SVG hash salt, and CSVs with a fixed float format and line ending.

``FIGURES`` lists the figures every corpus gets (a ``FigureSpec`` each: file name, README
text, size, table and drawing); ``_reuse_specs`` adds one alignment and one class chart per
derived pair. Each figure is a bare ``Figure`` of the spec's size with one Axes that the
``plot_*`` function draws on (charts of several panels fill the figure in its place).

A streamed report (``chunk_size``) holds no sentence table: ``ReportSums`` reduces each
chunk to rows of sums per article (``article_sums``) and per outlet, from which
``rates_from_sums`` and its siblings make the same tables as the sentence-level functions.
"""

from __future__ import annotations

import hashlib
import os
import re
import shlex
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from operator import itemgetter
from pathlib import Path

import matplotlib
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from .bootstrap import Clusters, IntervalSettings, interval, ratio, resample
from .constants import ATTRIBUTION_LABELS, FEATURES
from .corpus import load_corpus
from .differences import score_differences
from .features import score_sentences, score_sentences_and_evidence
from .io import escape_markdown, write_csv, write_table
from .keyness import keyness_from_counts, term_counts
from .outlets import (
    ARC_FLAGS,
    OUTLET_COLUMNS,
    SENTIMENT_COLUMNS,
    actor_table,
    score_actors,
    score_arcs,
    score_attribution,
    score_outlets,
    score_sentiment,
    typed_table,
)
from .outlets import ATTRIBUTION_COLUMNS as LABEL_COLUMNS
from .periods import parse_published, rates_by_period, score_periods, with_time
from .plots import (
    plot_actors,
    plot_alignment,
    plot_arcs,
    plot_attribution,
    plot_fact_changes,
    plot_features,
    plot_reuse,
    plot_reuse_classes,
    plot_sentiment,
)
from .plots.common import sourced
from .plots.layout import (
    alignment_figsize,
    fact_changes_figsize,
    reuse_classes_ylim,
    reuse_figsize,
)
from .plots.study import (
    FEW_ARTICLES,
    plot_arc_profiles,
    plot_differences,
    plot_keyness,
    plot_outlet_reuse,
    plot_timeline,
    plot_topics,
    short_label,
    timeline_in_panels,
)
from .reuse import rewrite_tables, score_reuse, score_reuse_classes
from .reuse.tables import pair_frame
from .study import Study, default_study, load_study, with_articles, with_groups
from .style import FEATURE_LABELS
from .topics import score_topics

__all__ = [
    "FIGURES",
    "ReportSums",
    "article_sums",
    "corpus_label",
    "make_figures",
    "outlet_reuse",
    "rates_from_sums",
    "resolve_study",
    "top_pairs",
]

DPI = 150
#: The report's CSVs keep six decimals (not ``framing.io.FLOAT_FORMAT``'s six significant
#: digits) so that the published figure tables stay byte-identical.
FLOAT_FORMAT = "%.6f"
RC = {
    "svg.hashsalt": "framing",
    "svg.fonttype": "path",
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "figure.dpi": 100,
    "savefig.dpi": DPI,
    "axes.unicode_minus": True,
}
PNG_METADATA = {"Software": None}
SVG_METADATA = {"Date": None, "Creator": None}


@dataclass(frozen=True)
class FigureSpec:
    """One figure of the report: its file stem, README heading and caption, size (inches),
    the table behind it and how to draw it on the figure's Axes."""

    name: str
    heading: str
    caption: str
    read: str
    size: tuple[float, float]
    table: Callable[[dict], pd.DataFrame]
    draw: Callable[[pd.DataFrame, Axes], Axes]
    csv: bool = True


#: The README heading, caption and how-to-read text of each figure every corpus gets.
_TEXT: dict[str, tuple[str, str, str]] = {
    "features_per_1k": (
        "Framing language by outlet: rates per 1,000 words",
        "How often each outlet uses hedging, booster, threat and conciliatory language, as "
        "lexicon matches per 1,000 words of the article, with 95% bootstrap intervals over "
        "the outlet's articles (none for an outlet of one article).",
        "Compare bar lengths within a colour across outlets. Wide error bars mean the rate "
        "rests on few articles, or on articles that differ from each other: overlapping "
        "intervals are not evidence of a difference. The CSV gives the counts and the "
        "denominators (sentences, words) behind every bar; `framing.evidence` lists each "
        "match.",
    ),
    "features_share": (
        "Framing language by outlet: share of sentences",
        "The share of each outlet's sentences with at least one match of each feature, with "
        "95% bootstrap intervals over articles (none for an outlet of one article).",
        "A share counts a sentence once however many matches it holds, so it is less "
        "sensitive than the rate to a single dense sentence. Read it beside the rate: a "
        "high rate with a modest share means the language is concentrated in a few "
        "sentences.",
    ),
    "attribution": (
        "Attribution: who stands behind the claims",
        "Each outlet's sentences split by who stands behind the claim: a named source, an "
        "anonymous or vague source, or the writer's own voice (unattributed). One label per "
        "sentence (codebook §4).",
        "The three segments of a bar add up to 100% of the outlet's sentences (n on the "
        "left). A long grey segment means the article asserts more in its own voice; a long "
        "purple one, that it leans on unnamed officials. The CSV adds bootstrap intervals "
        "and how many sentences of each label carry a direct quotation.",
    ),
    "actors": (
        "Actors in each outlet",
        "For the three most mentioned actors, the share of the sentences mentioning the "
        "actor that carry threat language and that carry conciliatory language, with the "
        "counts beside each bar (sentences with the language / sentences mentioning the "
        "actor).",
        "Each bar's denominator is the outlet's sentences that name the actor, so how often "
        "an actor is named does not mix with what it is named beside. This is co-occurrence "
        "in a sentence, not who threatens whom. A zero is drawn as a line at 0; an outlet "
        "that never names the actor says so. The CSV also gives the shares of all "
        "sentences, the sources and every other actor.",
    ),
    "arcs": (
        "The arc of each article",
        "A dispersion plot: one strip per article, each sentence placed at its position in "
        "the article (0% = start, 100% = end). Ticks mark the sentences with threat, "
        "conciliatory or hedging language and those in the writer's own voice; the grey top "
        "row marks every sentence.",
        "Read each strip left to right as the reader meets the article: where does the "
        "threat language cluster, does the conciliatory language come early or only at the "
        "end, where does the article stop citing sources? The CSV has one row per sentence "
        "with its position and flags.",
    ),
    "sentiment": (
        "Tone: mean sentence sentiment by outlet",
        "The mean VADER compound score of each outlet's sentences (−1 most negative, +1 "
        "most positive), with a 95% bootstrap interval over articles.",
        "VADER is a general-purpose lexicon: it reads 'stability' as positive and "
        "'tensions' as negative, so this is a coarse companion to the threat and "
        "conciliatory rates, not a measure of stance. Intervals crossing the dashed line at "
        "0 are compatible with a neutral tone. The CSV adds the standard deviation and the "
        "counts of negative and positive sentences.",
    ),
}


def _fixed(
    name: str, key: str, size: tuple[float, float], draw: Callable[[pd.DataFrame, Axes], Axes]
) -> FigureSpec:
    """A figure every corpus gets: its text from ``_TEXT``, its table ``tables[key]``."""
    heading, caption, read = _TEXT[name]
    return FigureSpec(name, heading, caption, read, size, itemgetter(key), draw)


FIGURES: tuple[FigureSpec, ...] = (
    _fixed(
        "features_per_1k",
        "outlets",
        (9.0, 5.5),
        lambda d, ax: plot_features(d, measure="per_1k", ax=ax),
    ),
    _fixed(
        "features_share",
        "outlets",
        (9.0, 5.5),
        lambda d, ax: plot_features(d, measure="share", ax=ax),
    ),
    _fixed("attribution", "attribution", (9.0, 4.8), lambda d, ax: plot_attribution(d, ax=ax)),
    _fixed("actors", "actors", (13.5, 5.5), lambda d, ax: plot_actors(d, ax=ax)),
    _fixed("arcs", "arcs", (9.0, 9.5), lambda d, ax: plot_arcs(d, ax=ax)),
    _fixed("sentiment", "sentiment", (9.0, 4.8), lambda d, ax: plot_sentiment(d, ax=ax)),
)


#: Above this many articles, per-article charts (arcs, the reuse matrix) aggregate to outlets.
ARTICLE_LIMIT = 15
#: The largest side of a figure, in inches (at the report's 150 dpi: 2,850 px).
MAX_INCHES = 19.0
#: Rows of the differences chart (the CSV has every comparison).
DIFFERENCE_ROWS = 40
#: Outlets with a keyness chart (the CSV has every outlet).
KEYNESS_CHARTS = 3
#: A timeline draws one line per outlet up to this many outlets, else per group or overall.
TIMELINE_LINES = 7


def _fit(width: float, height: float) -> tuple[float, float]:
    return (min(width, MAX_INCHES), min(height, MAX_INCHES))


def _rows_height(n: int, *, base: float, per: float, least: float) -> float:
    return max(least, base + per * n)


def _scaled(spec: FigureSpec, tables: dict) -> FigureSpec:
    """A fixed spec of ``FIGURES`` sized for this corpus's outlets and actors."""
    n = len(tables["outlet_names"])
    if spec.name in ("features_per_1k", "features_share"):
        size = (9.0, _rows_height(n, base=1.5, per=0.8, least=5.5))
    elif spec.name == "attribution":
        size = (9.0, _rows_height(n, base=1.5, per=0.4, least=4.8))
    elif spec.name == "sentiment":
        size = (9.0, _rows_height(n, base=1.5, per=0.35, least=4.8))
    elif spec.name == "actors":
        names = tables["actor_names"]
        heading = "Actors: " + _join(names) if names else "Actors"
        size = (13.5, _rows_height(n, base=1.5, per=0.55, least=5.5))
        return replace(spec, heading=heading, size=_fit(*size))
    elif spec.name == "arcs":
        if tables["many"]:
            return replace(
                spec,
                heading="Where each kind of language falls in the articles, by outlet",
                caption=(
                    "Too many articles for one strip each: for each outlet, the article is "
                    "cut in ten equal parts and each cell is the share of the outlet's "
                    "sentences in that part that carry threat, conciliatory or hedging "
                    "language or are in the writer's own voice."
                ),
                read=(
                    "Dark cells on the left: the outlets put that language up front, where "
                    "most readers stop. The CSV has one row per sentence with its position "
                    "and flags (the per-article view of the same data)."
                ),
                size=_fit(12.0, _rows_height(n, base=2.0, per=0.3, least=4.8)),
                draw=lambda d, ax: plot_arc_profiles(d, ax=ax),
            )
        size = arcs_size(tables["n_articles"])
    else:
        return spec
    return replace(spec, size=_fit(*size))


def arcs_size(n_articles: int) -> tuple[float, float]:
    """The per-article arcs chart's size: the report's 9.5 inches for five articles, more
    for more strips."""
    return (9.0, max(9.5, 1.5 + 1.6 * n_articles))


def _join(names) -> str:
    names = [str(x) for x in names]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _features_by(by: str, heading: str, caption: str, read: str, n: int) -> FigureSpec:
    return FigureSpec(
        name=f"features_by_{by}",
        heading=heading,
        caption=caption,
        read=read,
        size=_fit(11.0, _rows_height(n, base=2.0, per=1.0, least=5.5)),
        table=lambda t: t[f"by_{by}"],
        draw=lambda d, ax: _features_of(d, by, heading, ax),
    )


def _features_of(d: pd.DataFrame, by: str, heading: str, ax: Axes) -> Axes:
    """``plot_features`` of a table by another unit than the outlet (timing, group)."""
    # long values (a timing note) shortened on the chart; the CSV keeps them whole
    d = d.assign(outlet=[short_label(v, 32) for v in d[by]])
    ax = plot_features(d, measure="per_1k", ax=ax, title=heading)
    ax.set_ylabel(by)
    return ax


def _study_specs(tables: dict) -> list[FigureSpec]:
    """The figures a study (or the corpus's metadata) adds: timing, groups, timeline,
    topics, differences, keyness."""
    specs: list[FigureSpec] = []
    if "by_timing" in tables:
        specs.append(
            _features_by(
                "timing",
                "Timing: framing language by when the article was written",
                "The four rates per 1,000 words, pooled over the articles of each value of "
                "the metadata's `timing` column, with bootstrap intervals over articles.",
                "Differences between outlets can be differences of timing: an article "
                "written after an event can carry language its event brought. Read this "
                "chart before attributing an outlet's bar to its framing.",
                tables["by_timing"]["timing"].nunique(),
            )
        )
    if "by_group" in tables:
        specs.append(
            _features_by(
                "group",
                "Outlet groups: framing language by group",
                "The four rates per 1,000 words, pooled over the articles of each of the "
                "study's outlet groups, with bootstrap intervals over articles.",
                "A group pools its outlets' articles; the CSV gives each group's articles, "
                "sentences and words.",
                tables["by_group"]["group"].nunique(),
            )
        )
    by, events = tables["timeline_by"], tables["events"]
    n_lines = max(tables["timeline"][by].nunique(), 1) if len(tables["timeline"]) else 1
    specs.append(
        FigureSpec(
            name="timeline",
            heading="Over time: threat language per period",
            caption=(
                f"The share of sentences with threat language per {tables['period']}, "
                + (
                    "one panel per outlet, the other outlets in grey"
                    if by == "outlet" and timeline_in_panels(tables["timeline"], by=by)
                    else "one line per outlet"
                    if by == "outlet"
                    else "one line per group"
                    if by == "group"
                    else "all outlets together"
                )
                + ", with bootstrap intervals over the period's articles as a band"
                + (", the study's events as dashed lines." if events else ".")
            ),
            read=(
                "A period with few articles has a wide band or none (one article); a hollow "
                f"marker rests on fewer than {FEW_ARTICLES} articles. The CSV "
                "has every feature for every unit and period, with counts and denominators."
            ),
            size=_fit(11.0, 5.5 + 0.2 * n_lines),
            table=lambda t: t["timeline"],
            draw=lambda d, ax, by=by, ev=events: plot_timeline(d, by=by, events=ev, ax=ax),
        )
    )
    if "topics" in tables:
        n = tables["topics"]["outlet"].nunique()
        size = _fit(13.5, _rows_height(n, base=1.8, per=0.6, least=5.0))
        specs.append(
            FigureSpec(
                name="topics",
                heading="Topics: how each outlet framed each topic",
                caption=(
                    "Threat (left) and conciliatory (right) language per 1,000 words in the "
                    "sentences on each of the study's topics (sentences tagged by the "
                    "topic lexicons), with bootstrap intervals over articles."
                ),
                read=(
                    "Compare the bars of one outlet: does it use threat language about one "
                    "topic and not the other? The CSV gives each topic's share of the "
                    "outlet's sentences (`topic_share`: how much it covers the topic) and "
                    "every feature."
                ),
                size=size,
                table=lambda t: t["topics"],
                draw=_draw_topics,
            )
        )
    diff = tables["differences"]
    shown = _differences_shown(diff)
    if len(diff):
        unit = tables["differences_by"]
        specs.append(
            FigureSpec(
                name="differences",
                heading=f"Differences between {unit}s, with intervals",
                caption=(
                    f"Each pair of {unit}s' difference in matches per 1,000 words, with "
                    "a Bonferroni-adjusted 95% bootstrap interval over articles (filled "
                    "dots: the interval excludes zero). "
                    + (
                        f"The chart shows {len(shown)} of the {len(diff)} comparisons, those "
                        "whose intervals lie furthest from zero; the CSV has all."
                        if len(shown) < len(diff)
                        else f"{len(diff)} comparisons."
                    )
                ),
                read=(
                    "A hollow dot is a difference the data cannot tell from zero once the "
                    "number of comparisons is accounted for. A pair with a one-article "
                    "side has no interval (its `note` says so)."
                ),
                size=_fit(9.5, _rows_height(len(shown), base=1.8, per=0.22, least=4.8)),
                table=lambda t: t["differences"],
                draw=lambda d, ax: plot_differences(_differences_shown(d), ax=ax),
            )
        )
    for k, target in enumerate(tables["keyness_targets"]):
        specs.append(
            FigureSpec(
                name=f"keyness_{k + 1}",
                heading=f"Words that set {escape_markdown(target)} apart",
                caption=(
                    f"The words {escape_markdown(target)} uses most more (blue) and most less "
                    "(grey) than "
                    "the other outlets, by signed chi-squared keyness, with the counts on "
                    "both sides; numbers and other words without a letter are not counted. "
                    "`keyness.csv` holds every outlet's table."
                ),
                read=(
                    "Keyness finds vocabulary, not framing: names and topics dominate. Look "
                    "for evaluative words the lexicons lack. The p-values are not corrected "
                    "for the number of words."
                ),
                size=(9.0, 7.5),
                table=lambda t, x=target: t["keyness"][t["keyness"]["target"] == x],
                draw=lambda d, ax: plot_keyness(d, ax=ax),
                csv=False,
            )
        )
    return specs


def _draw_topics(d: pd.DataFrame, ax: Axes) -> Axes:
    fig, spec = ax.figure, ax.get_subplotspec()
    ax.remove()
    sub = spec.subgridspec(1, 2, wspace=0.1)
    left, right = fig.add_subplot(sub[0, 0]), fig.add_subplot(sub[0, 1])
    plot_topics(d, feature="threat", ax=left, note="")
    plot_topics(d, feature="conciliatory", ax=right)
    if left.get_legend() is not None:
        left.get_legend().remove()
    right.set_yticks([])
    return left


def _differences_shown(d: pd.DataFrame) -> pd.DataFrame:
    """The rows the differences chart draws: all when few, else the ones whose adjusted
    interval lies furthest from zero."""
    if len(d) <= DIFFERENCE_ROWS:
        return d
    lo = d["adjusted_low"].astype(float)
    hi = d["adjusted_high"].astype(float)
    gap = np.where(lo > 0, lo, np.where(hi < 0, -hi, -np.abs(d["difference"].astype(float))))
    order = np.argsort(-np.nan_to_num(gap, nan=-np.inf), kind="stable")[:DIFFERENCE_ROWS]
    return d.iloc[np.sort(order)]


def _reuse_specs(tables: dict, *, top: int = 3) -> list[FigureSpec]:
    """The reuse figures: the matrix (article by article, or outlet by outlet when the
    articles are many), then an alignment and a class chart for each of the ``top`` derived
    pairs with the most reuse (the CSV ``reuse_pairs.csv`` lists the top pairs)."""
    outlets = tables["outlets_by_id"]
    if tables["many"]:
        n = len(tables["outlet_names"])
        side = _fit(max(7.0, 3.0 + 0.4 * n), max(6.0, 2.5 + 0.35 * n))
        specs = [
            FigureSpec(
                name="reuse_matrix",
                heading="Text reuse between outlets",
                caption=(
                    "Too many articles for an article-by-article matrix: for each outlet "
                    "(row), the mean over its articles of the largest share of the article's "
                    "sentences found in one article of the column outlet. "
                    "`reuse_pairs.csv` lists the article pairs with the most reuse."
                ),
                read=(
                    "A dark cell off the diagonal: the row outlet's articles carry text "
                    "found in the column outlet's (wire copy, syndication, rewriting). The "
                    "diagonal is reuse between articles of one outlet (updates, templates)."
                ),
                size=side,
                table=lambda t: t["outlet_reuse"],
                draw=lambda d, ax: plot_outlet_reuse(d, ax=ax),
            )
        ]
    else:
        specs = [
            FigureSpec(
                name="reuse_matrix",
                heading="Text reuse: who rewrote whom",
                caption=(
                    "For every pair of articles, the share of the row article's sentences "
                    "that align with a sentence of the column article (same content, "
                    "reworded or not). A solid outline marks a row article made from the "
                    "column article; a dashed one, two rewrites of one source."
                ),
                read=(
                    "Read along a row: how much of this article is found in each other one. "
                    "The matrix is not symmetric: a short rewrite can be mostly made of a "
                    "long source while the source is only partly in it. A few shared "
                    "sentences are also what two independent reports of one event look like "
                    "(the same meeting, the same quotation), so a pair is called derived only "
                    "when the metadata's `based_on`, or kinds and a substantial share, say "
                    "so; the CSV's `evidence` column says which."
                ),
                size=(9.5, 6.5) if len(outlets) <= 5 else reuse_figsize(len(outlets)),
                table=lambda t: t["reuse"],
                draw=lambda d, ax: plot_reuse(d, articles=outlets, ax=ax),
            )
        ]
    # one y scale for the class charts of every pair, so that they compare
    ylim = reuse_classes_ylim([score_reuse_classes(al) for al in tables["alignments"].values()])
    articles = tables.get("articles")
    for rank, ((src, der), al) in enumerate(tables["alignments"].items(), start=1):
        tag = pair_tag(src, der, rank)
        n = len(al)
        key = (src, der)
        w, h = alignment_figsize(al)
        specs += [
            FigureSpec(
                name=f"alignment_{tag}",
                heading=f"{der}, a rewrite of {src}'s story: sentence by sentence",
                caption=(
                    f"Article {der} ({escape_markdown(outlets.get(der, der))}) beside its "
                    f"source {src} ({escape_markdown(outlets.get(src, src))}). Lines join each "
                    f"sentence of {der} to the "
                    f"sentence of {src} it carries (solid: near-verbatim; dashed: "
                    "paraphrased); unlinked boxes were added by the rewrite or dropped from "
                    "the source. A diamond marks a sentence whose attribution, quotation, "
                    "hedging, threat or conciliatory language, or facts changed."
                ),
                read=(
                    "The source here is the version of the story the corpus holds: when it "
                    "is a later update, some of its sentences did not exist when the "
                    "rewrite was made, and changes that follow the news are not the "
                    "rewriter's. The CSV has one row per sentence with its class, "
                    f"similarity and framing; `transformations_{tag}.csv` has the "
                    "words and offsets behind every transformation."
                    + (
                        f" This chart shows the first sentences only (the figure is capped "
                        f"at {MAX_INCHES:.0f} inches); the CSV has all {n}."
                        if h > MAX_INCHES
                        else ""
                    )
                ),
                size=_fit(w, h),
                table=lambda t, k=key: t["alignments"][k],
                draw=lambda d, ax, h=h, t=_pair_title(src, der): plot_alignment(
                    _clip_alignment(d, h), ax=ax, title=t, articles=articles
                ),
            ),
            FigureSpec(
                name=f"reuse_classes_{tag}",
                heading=f"What {der} kept, added and dropped: framing by class of sentence",
                caption=(
                    f"Framing language in the sentences {der} kept near-verbatim from "
                    f"{src}, paraphrased, added of its own, and in the sentences of {src} it "
                    "left out, as matches per 1,000 words of each class."
                ),
                read=(
                    "The legend gives each class's denominators and the share of its "
                    "sentences attributed to a source. A rewrite that adds threat language "
                    "in unattributed sentences shows a tall added bar for threat and a low "
                    "attributed share for added (the CSV's `threat_unattributed` counts the "
                    "matches in sentences attributed to no one); dropped bars show what the "
                    "rewrite's readers never saw."
                ),
                size=(9.5, 4.8),
                table=lambda t, k=key: score_reuse_classes(t["alignments"][k]),
                draw=lambda d, ax: plot_reuse_classes(d, ax=ax, ylim=ylim),
            ),
        ]
        found = tables["transformations"][key]
        facts = int((found["transformation"] == "fact_changed").sum()) if len(found) else 0
        if facts:
            specs.append(
                FigureSpec(
                    name=f"fact_changes_{tag}",
                    heading=f"Facts {der} changed from {src}: before and after",
                    caption=(
                        f"Each fact (a day, month, number, timing, territorial status, vote "
                        f"margin, title or pronoun) that a sentence of {der} states "
                        f"differently from the sentence of {src} it carries: the words "
                        "before and after, with the words around them."
                    ),
                    read=(
                        "A detail left out is not a fact changed. Where the source is a "
                        "later version, a changed fact may follow the news rather than the "
                        f"rewriter; `transformations_{tag}.csv` has the offsets."
                    ),
                    size=_fit(*fact_changes_figsize(facts)),
                    table=lambda t, k=key: t["transformations"][k],
                    draw=lambda d, ax: plot_fact_changes(d, ax=ax),
                )
            )
    return specs


def _pair_title(source: str, derived: str) -> str | None:
    """A short title for long ids (None: ``plot_alignment``'s own, by relation)."""
    if pair_tag(source, derived, 0) != "pair0":
        return None
    return f"{short_label(derived, 30)} and its source {short_label(source, 30)}"


def pair_tag(source: str, derived: str, rank: int) -> str:
    """A derived pair's part of a file name: ``<source>_<derived>`` for short plain ids
    (the seeds' ``004_002``), else ``pair<rank>`` (the CSV names the articles)."""
    plain = all(re.fullmatch(r"[\w-]{1,12}", str(x)) for x in (source, derived))
    return f"{source}_{derived}" if plain else f"pair{rank}"


def _clip_alignment(d: pd.DataFrame, height: float) -> pd.DataFrame:
    """The first rows of an alignment table that fit a figure capped at ``MAX_INCHES``."""
    if height <= MAX_INCHES:
        return d
    return d.head(max(1, int(len(d) * MAX_INCHES / height)))


def outlet_reuse(pairs: pd.DataFrame, corpus: pd.DataFrame) -> pd.DataFrame:
    """Reuse outlet by outlet from ``score_reuse``'s article pairs: for each outlet pair
    (a, b), the mean over a's articles of the largest share of the article's sentences
    found in one article of b (``share``), with ``articles`` (a's articles, the
    denominator) and ``pairs`` (article pairs compared)."""
    names = list(dict.fromkeys(corpus["outlet"].astype(str)))
    per_article = corpus.groupby(corpus["outlet"].astype(str), sort=False)["id"].count()
    both = pd.concat(
        [
            pairs[["a", "outlet_a", "outlet_b", "share_a"]].set_axis(
                ["article", "outlet_a", "outlet_b", "share"], axis=1
            ),
            pairs[["b", "outlet_b", "outlet_a", "share_b"]].set_axis(
                ["article", "outlet_a", "outlet_b", "share"], axis=1
            ),
        ],
        ignore_index=True,
    )
    both["share"] = both["share"].astype(float)
    best = both.groupby(["outlet_a", "outlet_b", "article"], sort=False)["share"].max()
    found = best.groupby(level=[0, 1], sort=False).sum()
    n_pairs = both.groupby(["outlet_a", "outlet_b"], sort=False)["share"].size()
    rows = []
    for a in names:
        n_a = int(per_article.get(a, 0))
        for b in names:
            # an article compared with no article of b counts as 0 found
            have = (a, b) in found.index
            rows.append(
                {
                    "outlet_a": a,
                    "outlet_b": b,
                    "share": float(found[(a, b)]) / n_a if n_a and have else np.nan,
                    "articles": n_a,
                    "pairs": int(n_pairs[(a, b)]) if have else 0,
                }
            )
    return pd.DataFrame(rows)


def top_pairs(pairs: pd.DataFrame, n: int = 50) -> pd.DataFrame:
    """The ``n`` article pairs with the most reuse (``score_reuse``'s ``reuse``), most
    first."""
    if len(pairs) == 0:
        return pairs
    order = np.argsort(-pairs["reuse"].astype(float).to_numpy(), kind="stable")[:n]
    return pairs.iloc[order].reset_index(drop=True)


def _tables(
    corpus,
    sentences: pd.DataFrame | None,
    study: Study,
    *,
    n_boot: int,
    seed: int,
    kinds,
    top: int,
    reuse: bool,
    terms: dict[str, Counter],
    sums: ReportSums | None = None,
) -> dict:
    """Every table of the report: from the sentence table, or from a streamed report's
    ``sums`` (``sentences`` then None, reuse off)."""
    boot = {"n_boot": n_boot, "seed": seed, "kinds": kinds}
    outlet_names = list(dict.fromkeys(corpus["outlet"].astype(str)))
    many = len(corpus) > ARTICLE_LIMIT
    pairs = score_reuse(corpus, sentences=sentences, kinds=kinds) if reuse else pair_frame([])
    derived = pairs[pairs["relation"] == "derived"]
    derived = top_pairs(derived, max(int(top), 0)) if len(derived) else derived
    alignments, transformations = {}, {}
    for r in derived.itertuples():
        key = (r.source, r.derived)
        alignments[key], transformations[key] = rewrite_tables(
            corpus, *key, sentences=sentences, kinds=kinds
        )
    if sums is None:
        out = _sentence_tables(corpus, sentences, study, boot)
    else:
        out = _summed_tables(corpus, sums, study, boot)
    out |= {
        "actor_names": _top_actor_names(out["actors"]),
        "outlets_by_id": dict(zip(corpus["id"], corpus["outlet"], strict=True)),
        "articles": corpus,
        "outlet_names": outlet_names,
        "n_articles": len(corpus),
        "many": many,
        "reuse": pairs,
        "derived": derived,
        "alignments": alignments,
        "transformations": transformations,
        "events": study.events,
    }
    if many:
        out["outlet_reuse"] = outlet_reuse(pairs, corpus)
    out["reuse_pairs"] = top_pairs(pairs)
    length = out["timeline"]["period_length"] if len(out["timeline"]) else []
    out["period"] = str(length.iloc[0]) if len(length) else "period"
    out["keyness"] = outlet_keyness(terms, outlet_names)
    out["reuse_on"] = reuse
    sizes = corpus["outlet"].astype(str).value_counts(sort=False)
    largest = sorted(outlet_names, key=lambda o: (-int(sizes[o]), outlet_names.index(o)))
    out["keyness_targets"] = largest[:KEYNESS_CHARTS] if len(out["keyness"]) else []
    return out


def _sentence_tables(corpus, sentences: pd.DataFrame, study: Study, boot: dict) -> dict:
    """The interval tables, arcs and comparisons, from the sentence table."""
    outlet_names = list(dict.fromkeys(corpus["outlet"].astype(str)))
    kinds = boot["kinds"]
    out = {
        "outlets": score_outlets(sentences, **boot),
        "attribution": score_attribution(sentences, **boot),
        "sentiment": score_sentiment(sentences, **boot),
        "actors": score_actors(sentences, lexicon=study.actors, **boot),
        "arcs": score_arcs(sentences, kinds=kinds),
    }
    meta = corpus[["id", *(c for c in ("timing",) if c in corpus)]]
    if "timing" in meta and meta["timing"].astype(str).str.strip().ne("").any():
        s = with_articles(sentences, meta)
        if s["timing"].nunique() > 1:
            out["by_timing"] = score_outlets(s, by="timing", **boot)
    if study.groups:
        out["by_group"] = score_outlets(with_groups(sentences, study), by="group", **boot)
    # the timeline: per outlet when few, else per group, else the corpus as a whole
    if len(outlet_names) <= TIMELINE_LINES:
        tl_by, tl_sents = "outlet", sentences
    elif study.groups:
        tl_by, tl_sents = "group", with_groups(sentences, study)
    else:
        tl_by, tl_sents = "corpus", sentences.assign(corpus="all outlets")
    out["timeline"] = score_periods(tl_sents, corpus, by=tl_by, **boot)
    out["timeline_by"] = tl_by
    if study.topics:
        out["topics"] = score_topics(sentences, study, **boot)
    # differences: between outlets when few, else between groups, else each outlet's top
    out["differences"], out["differences_by"] = _differences(sentences, outlet_names, study, boot)
    return out


def _differences(
    frame: pd.DataFrame, outlet_names, study: Study, options: dict
) -> tuple[pd.DataFrame, str]:
    """Differences between outlets when few (or no groups), else between the study's groups:
    the table and what it compares. ``frame`` is sentences or per-article pseudo-sentences."""
    if len(outlet_names) <= TIMELINE_LINES or not study.groups:
        return score_differences(frame, **options), "outlet"
    grouped = with_groups(frame, study).drop(columns="outlet")
    return score_differences(grouped.rename(columns={"group": "outlet"}), **options), "group"


def outlet_terms(sentences: pd.DataFrame) -> dict[str, Counter]:
    """Each outlet's term counts (``framing.keyness.term_counts`` of its sentences): what
    ``outlet_keyness`` needs, and what a streamed report adds up chunk by chunk."""
    texts = sentences["text"].fillna("").astype(str)
    groups = texts.groupby(sentences["outlet"].astype(str).to_numpy(), sort=False)
    return {str(o): term_counts(t) for o, t in groups}


def outlet_keyness(terms: dict[str, Counter], outlet_names: list[str]) -> pd.DataFrame:
    """Every outlet's keyness against all the others (``score_keyness`` with
    ``min_count=5``, one table, column ``target``), from each outlet's term counts: the
    corpus is counted once, not once per outlet."""
    if len(outlet_names) < 2:
        return pd.DataFrame()
    total = sum(terms.values(), Counter())
    tables = []
    for o in outlet_names:
        mine = terms.get(o, Counter())
        tables.append(keyness_from_counts(mine, total - mine, target=o, min_count=5))
    return pd.concat(tables, ignore_index=True)


def _top_actor_names(actors: pd.DataFrame, k: int = 3) -> list[str]:
    if len(actors) == 0:
        return []
    total = actors.groupby("actor", sort=False)["mentions"].sum()
    return [str(a) for a in total.sort_values(ascending=False, kind="stable").index[:k]]


def resolve_study(corpus: pd.DataFrame, corpus_path, study=None) -> Study:
    """The study a report is about: ``study`` (a ``Study`` or a path to a study file), else
    ``study.toml`` beside the corpus (in its folder) when there is one, else the neutral
    ``default_study`` of the corpus."""
    given = _given_study(corpus_path, study)
    return given if given is not None else default_study(corpus, name=corpus_label(corpus_path))


def _given_study(corpus_path, study=None) -> Study | None:
    """``study`` or the ``study.toml`` beside the corpus, loaded; None when neither."""
    if isinstance(study, Study):
        return study
    if study is not None:
        return load_study(study)
    path = Path(corpus_path)
    beside = path / "study.toml" if path.is_dir() else None
    if beside is not None and beside.exists():
        return load_study(beside)
    return None


# ---------------------------------------------------------------------------------------
# the streamed report: what each table needs, summed chunk by chunk
# ---------------------------------------------------------------------------------------

#: ``plot_arc_profiles``'s tenths of an article.
ARC_BINS = 10
#: ``framing.outlets``' column types: text, and counts that are integers.
#: Exact sums of floats: every double is an integer multiple of 2**-1074.
_EXP = 1074


def _signature(texts) -> str:
    """An article's cluster key: ``framing.bootstrap.clusters`` merges articles whose
    sentences (of the unit) are the same text, joined as it joins them."""
    return hashlib.sha1("\x1e".join(texts).encode("utf-8")).hexdigest()


def article_sums(sentences: pd.DataFrame, *, features: Iterable[str] = FEATURES) -> pd.DataFrame:
    """One row per article of a sentence table (corpus order): its ``id`` and ``outlet``,
    sentences ``n``, ``words``, each feature's matches and ``<feature>_has`` (sentences with
    one), the sentences of each attribution label (``attribution:<label>``) and those of
    them with a quotation (``quote:<label>``), summed ``sentiment`` with the ``negative``
    and ``positive`` sentences, and ``signature`` (the hash of its sentences' text that
    ``framing.bootstrap.clusters`` compares to merge copies). What the interval tables
    need of an article, so that a streamed report keeps rows of articles, not sentences;
    each sum adds the article's sentences in order, as the cluster bootstrap does."""
    s = sentences
    codes, ids = pd.factorize(s["id"].to_numpy(), sort=False)
    k = len(ids)

    def total(values) -> np.ndarray:
        return np.bincount(codes, weights=np.asarray(values, dtype=float), minlength=k)

    first = np.unique(codes, return_index=True)[1] if k else np.zeros(0, dtype=int)
    out = {
        "id": np.asarray(ids, dtype=object),
        "outlet": s["outlet"].astype(str).to_numpy()[first],
        "n": np.bincount(codes, minlength=k).astype(np.int64),
        "words": total(s["words"]),
    }
    for f in features:
        counts = s[f].to_numpy(dtype=float)
        out[f] = total(counts)
        out[f"{f}_has"] = total(counts > 0)
    labels = s["attribution"].astype(str).to_numpy()
    quotes = s["quote"].astype(bool).to_numpy()
    for label in ATTRIBUTION_LABELS:
        out[f"attribution:{label}"] = total(labels == label)
        out[f"quote:{label}"] = total(quotes & (labels == label))
    v = s["sentiment"].to_numpy(dtype=float)
    out["sentiment"] = total(v)
    out["negative"] = total(v < -0.05)
    out["positive"] = total(v > 0.05)
    texts = s["text"].astype(str).groupby(codes, sort=False)
    out["signature"] = [_signature(t) for _, t in texts] if k else []
    return pd.DataFrame(out)


class ReportSums:
    """What a streamed report keeps of a corpus, added chunk by chunk (``add``): a row per
    article (``article_sums``), per-article rows for each actor and topic the article has,
    each outlet's word counts (keyness), exact sums of its sentences' sentiment and
    squares (the mean and standard deviation), the arcs per outlet and tenth of an article
    (the aggregated arcs chart), the arcs rows themselves while the articles are few
    enough for one strip each (``ARTICLE_LIMIT``), and the sentence and word totals. The
    sentence table of the whole corpus is never held: each chunk's is dropped after
    ``add``, and ``arcs_path`` receives its arcs rows (the arcs CSV has one per
    sentence)."""

    def __init__(self, study: Study | None, *, kinds=None, arcs_path: Path | None = None):
        self.actors_lexicon = study.actors if study is not None else None
        self.topics = dict(study.topics) if study is not None and study.topics else {}
        self.kinds = tuple(kinds) if kinds is not None else None
        self.arcs_path = arcs_path
        self.articles: list[pd.DataFrame] = []
        self.actor_rows: list[pd.DataFrame] = []
        self.topic_rows: list[pd.DataFrame] = []
        self.terms: dict[str, Counter] = {}
        self._vocabulary: dict[str, str] = {}
        self.sentiment: dict[str, list[int]] = {}
        self.seen_actors: set[str] = set()
        self.arc_counts: dict[str, np.ndarray] = {}
        self.arcs: list[pd.DataFrame] = []
        self.n_articles = self.n_sentences = self.words = 0
        self.attrs: dict = {}

    def add(self, chunk: pd.DataFrame, sentences: pd.DataFrame) -> None:
        """Add one chunk: its article table and ``score_sentences``'s table of it."""
        first = self.n_articles == 0 and not self.articles
        offset = sum(len(a) for a in self.articles)
        self.n_articles += len(chunk)
        self.n_sentences += len(sentences)
        self.words += int(sentences["words"].sum()) if len(sentences) else 0
        if first:
            self.attrs = dict(sentences.attrs)
        vocabulary = self._vocabulary
        for outlet, counts in outlet_terms(sentences).items():
            mine = self.terms.setdefault(outlet, Counter())
            for term, n in counts.items():  # one string per term for all outlets
                term = vocabulary.setdefault(term, term)
                mine[term] = mine.get(term, 0) + n
        rows = article_sums(sentences)
        rows.insert(2, "n_all", rows["n"])
        kept = sentences
        if self.kinds is not None:
            kept = sentences[sentences["kind"].isin(self.kinds)].reset_index(drop=True)
            mine = article_sums(kept).set_index("id")
            rows = rows[["id", "outlet", "n_all"]].join(mine.drop(columns="outlet"), on="id")
            rows["n"] = rows["n"].fillna(0).astype(np.int64)
            text = ("id", "outlet", "signature")
            rows = rows.fillna({c: 0.0 for c in rows.columns if c not in text})
            rows["signature"] = rows["signature"].fillna("")
        rows.insert(0, "row", np.arange(offset, offset + len(rows)))
        self.articles.append(rows)
        row_of = dict(zip(rows["id"], rows["row"], strict=True))
        self._sentiment(kept)
        self._actors(kept, row_of)
        self._topics(kept, row_of)
        self._arcs(sentences, first)

    def _sentiment(self, s: pd.DataFrame) -> None:
        for outlet, value in zip(s["outlet"].astype(str), s["sentiment"].to_numpy(dtype=float)):
            num, den = float(value).as_integer_ratio()
            shift = _EXP - (den.bit_length() - 1)
            acc = self.sentiment.setdefault(outlet, [0, 0, 0])
            acc[0] += 1
            acc[1] += num << shift
            acc[2] += (num * num) << (2 * shift)

    def _actors(self, s: pd.DataFrame, row_of: dict) -> None:
        """Per article and actor: sentences mentioning it, of those with threat and with
        conciliatory language, and sentences whose source names it (``score_actors``'s
        matching: the study's lexicon on the text, else the ``actors`` column)."""
        from .outlets import source_actors

        lex = self.actors_lexicon
        if lex is not None:
            mentions = [set(source_actors(t, lexicon=lex)) for t in s["text"]]
        else:
            mentions = [
                set(filter(None, str(a).split(";"))) if isinstance(a, str) else set()
                for a in s["actors"]
            ]
        sources = [set(source_actors(x, lexicon=lex)) for x in s["source"]]
        threat = s["threat"].to_numpy() > 0
        conc = s["conciliatory"].to_numpy() > 0
        found: dict[tuple[int, str], list[int]] = {}
        for j, (aid, ms, ss) in enumerate(zip(s["id"], mentions, sources, strict=True)):
            for actor in ms | ss:
                acc = found.setdefault((row_of[aid], actor), [0, 0, 0, 0])
                if actor in ms:
                    acc[0] += 1
                    acc[1] += int(threat[j])
                    acc[2] += int(conc[j])
                acc[3] += int(actor in ss)
            self.seen_actors.update(ms, ss)
        if found:
            self.actor_rows.append(
                pd.DataFrame(
                    [(r, a, *v) for (r, a), v in found.items()],
                    columns=["row", "actor", "mentions", "threat", "conciliatory", "source"],
                )
            )

    def _topics(self, s: pd.DataFrame, row_of: dict) -> None:
        """Per article and topic, ``article_sums`` of the article's sentences on the topic."""
        if not self.topics or not len(s):
            return
        from .topics import tag_topics

        tagged = tag_topics(s, self.topics)
        for name in tagged.attrs["topics"]:
            sub = s[tagged[f"topic:{name}"].to_numpy()]
            if len(sub):
                rows = article_sums(sub)
                rows.insert(0, "topic", name)
                rows.insert(0, "row", rows["id"].map(row_of))
                self.topic_rows.append(rows)

    def _arcs(self, sentences: pd.DataFrame, first: bool) -> None:
        arcs = score_arcs(sentences, kinds=self.kinds)
        if self.arcs_path is not None:
            write_csv(arcs, self.arcs_path, append=not first, float_format=FLOAT_FORMAT)
        if self.n_articles <= ARTICLE_LIMIT:
            self.arcs.append(arcs)
        else:
            self.arcs = []
        pos = np.minimum((arcs["position"].to_numpy(dtype=float) * ARC_BINS).astype(int), 9)
        outlets = arcs["outlet"].astype(str).to_numpy()
        for outlet in dict.fromkeys(outlets):
            here = outlets == outlet
            acc = self.arc_counts.setdefault(outlet, np.zeros((1 + len(ARC_FLAGS), ARC_BINS)))
            np.add.at(acc[0], pos[here], 1)
            for k, flag in enumerate(ARC_FLAGS, start=1):
                np.add.at(acc[k], pos[here], arcs[flag].to_numpy(dtype=float)[here])

    def article_table(self) -> pd.DataFrame:
        """The per-article rows of every chunk, as one table."""
        if not self.articles:
            raise ValueError("the corpus has no articles")
        return pd.concat(self.articles, ignore_index=True)

    def arc_profiles(self) -> pd.DataFrame:
        """A table ``plot_arc_profiles`` draws as it draws the arcs of every sentence: one
        row per outlet and tenth of an article with sentences there, each flag the share of
        those sentences that carry it (the chart's cell), outlets in corpus order."""
        rows = []
        for outlet, acc in self.arc_counts.items():
            for b in range(ARC_BINS):
                if acc[0, b] > 0:
                    shares = {f: acc[k, b] / acc[0, b] for k, f in enumerate(ARC_FLAGS, 1)}
                    rows.append({"outlet": outlet, "position": (b + 0.5) / ARC_BINS, **shares})
        return pd.DataFrame(rows, columns=["outlet", "position", *ARC_FLAGS])


def _units(rows: pd.DataFrame, by: str, settings: IntervalSettings):
    """Each unit of per-article rows (column ``by``, corpus order, articles with sentences
    of the kinds kept): its rows, ``Clusters`` (articles merged by ``signature`` as
    ``framing.bootstrap.clusters`` merges copies) and resampled cluster indices."""
    rows = rows[rows["n"] > 0]
    keys = rows[by].astype(str).to_numpy()
    where = pd.Series(np.arange(len(rows))).groupby(keys, sort=False).indices
    for unit in dict.fromkeys(keys):
        g = rows.iloc[where[unit]]
        codes, uniques = pd.factorize(g["signature"].to_numpy(), sort=False)
        c = Clusters(codes.astype(np.intp), len(uniques), int(g["id"].nunique()))
        yield unit, g, c, resample(c.k, settings.n_boot, settings.seed, unit)


def rates_from_sums(
    rows: pd.DataFrame, settings: IntervalSettings, *, features: Iterable[str] = FEATURES
) -> pd.DataFrame:
    """``score_outlets`` (by ``settings.by``) from per-article rows (``article_sums``):
    the same table, counts, rates and intervals, from sums instead of sentences."""
    by, level, rows_out = settings.by, settings.level, []
    for unit, g, c, idx in _units(rows, by, settings):
        n, total_words = int(g["n"].sum()), float(g["words"].sum())
        cw, cn = c.sums(g["words"]), c.sums(g["n"])
        for f in features:
            count, has = float(g[f].sum()), float(g[f"{f}_has"].sum())
            r_lo, r_hi = interval(ratio(c.sums(g[f]), cw, idx, 1000.0), level)
            s_lo, s_hi = interval(ratio(c.sums(g[f"{f}_has"]), cn, idx), level)
            rows_out.append(
                {
                    "outlet": unit,
                    "feature": f,
                    "count": int(count),
                    "sentences_with": int(has),
                    "articles": c.articles,
                    "sentences": n,
                    "words": int(total_words),
                    "per_1k": count / total_words * 1000 if total_words > 0 else np.nan,
                    "per_1k_low": r_lo,
                    "per_1k_high": r_hi,
                    "share": has / n if n else np.nan,
                    "share_low": s_lo,
                    "share_high": s_hi,
                    **settings.boot_columns(c),
                }
            )
    out = typed_table(
        rows_out, OUTLET_COLUMNS, ints=("count", "sentences_with", "sentences", "words")
    )
    return out.rename(columns={"outlet": by}) if by != "outlet" else out


def _attribution_from_sums(rows: pd.DataFrame, settings: IntervalSettings) -> pd.DataFrame:
    """``score_attribution`` from per-article rows."""
    out = []
    for unit, g, c, idx in _units(rows, "outlet", settings):
        n = int(g["n"].sum())
        cn = c.sums(g["n"])
        for label in ATTRIBUTION_LABELS:
            hit = g[f"attribution:{label}"]
            lo, hi = interval(ratio(c.sums(hit), cn, idx), settings.level)
            out.append(
                {
                    "outlet": unit,
                    "attribution": label,
                    "count": int(hit.sum()),
                    "articles": c.articles,
                    "sentences": n,
                    "share": float(hit.sum()) / n if n else np.nan,
                    "share_low": lo,
                    "share_high": hi,
                    "quotes": int(g[f"quote:{label}"].sum()),
                    **settings.boot_columns(c),
                }
            )
    return typed_table(out, LABEL_COLUMNS, ints=("count", "sentences", "quotes"))


def _sentiment_from_sums(
    rows: pd.DataFrame, exact: dict[str, list[int]], settings: IntervalSettings
) -> pd.DataFrame:
    """``score_sentiment`` from per-article rows and each outlet's exact sums of its
    sentences' scores and squares (the mean and standard deviation, correctly rounded)."""
    from fractions import Fraction
    from math import sqrt

    out = []
    for unit, g, c, idx in _units(rows, "outlet", settings):
        n = int(g["n"].sum())
        lo, hi = interval(ratio(c.sums(g["sentiment"]), c.sums(g["n"]), idx), settings.level)
        _, s1, s2 = exact[unit]
        var = Fraction(s2 * n - s1 * s1, (n * (n - 1)) << (2 * _EXP)) if n > 1 else None
        out.append(
            {
                "outlet": unit,
                "articles": c.articles,
                "sentences": n,
                "words": int(g["words"].sum()),
                "mean": float(Fraction(s1, n << _EXP)) if n else np.nan,
                "mean_low": lo,
                "mean_high": hi,
                "sd": sqrt(float(var)) if var is not None else np.nan,
                "negative": int(g["negative"].sum()),
                "positive": int(g["positive"].sum()),
                **settings.boot_columns(c),
            }
        )
    return typed_table(out, SENTIMENT_COLUMNS, ints=("sentences", "words", "negative", "positive"))


def _actors_from_sums(
    rows: pd.DataFrame, sums: ReportSums, settings: IntervalSettings
) -> pd.DataFrame:
    """``score_actors`` (the report's call: the study's lexicon, every actor seen) from
    per-article rows and per-article actor counts."""
    from .outlets import actor_aliases

    known = list(actor_aliases(sums.actors_lexicon))
    seen = sums.seen_actors
    actors = [a for a in known if a in seen] + sorted(seen - set(known))
    long = (
        pd.concat(sums.actor_rows, ignore_index=True)
        if sums.actor_rows
        else pd.DataFrame(columns=["row", "actor", "mentions", "threat", "conciliatory", "source"])
    )
    by_actor = {a: t for a, t in long.groupby("actor", sort=False)}
    out = []
    for outlet, g, c, idx in _units(rows, "outlet", settings):
        n = int(g["n"].sum())
        at = pd.Series(np.arange(len(g)), index=g["row"].to_numpy())
        for actor in actors:
            arr = np.zeros((4, len(g)))
            t = by_actor.get(actor)
            if t is not None:
                t = t[t["row"].isin(at.index)]
                pos = at[t["row"]].to_numpy()
                for k, col in enumerate(("mentions", "threat", "conciliatory", "source")):
                    arr[k, pos] = t[col].to_numpy(dtype=float)
            row = {
                "outlet": outlet,
                "actor": actor,
                "sentences": n,
                "mentions": int(arr[0].sum()),
                "threat": int(arr[1].sum()),
                "conciliatory": int(arr[2].sum()),
                "source": int(arr[3].sum()),
                "articles": c.articles,
                **settings.boot_columns(c),
            }
            den = c.sums(arr[0])
            for k, name in ((1, "threat"), (2, "conciliatory")):
                lo, hi = interval(ratio(c.sums(arr[k]), den, idx), settings.level)
                row[f"{name}_given_mention_low"] = lo
                row[f"{name}_given_mention_high"] = hi
            out.append(row)
    return actor_table(out)


def _periods_from_sums(
    rows: pd.DataFrame, corpus: pd.DataFrame, by: str, settings: IntervalSettings
) -> pd.DataFrame:
    """``score_periods`` from per-article rows (each article dated, as ``with_time`` dates
    each sentence by its article)."""
    s = with_time(rows.loc[rows["n_all"] > 0, _rate_columns(rows, by)], corpus)
    return rates_by_period(s, rates_from_sums, settings, FEATURES)


def _rate_columns(rows: pd.DataFrame, by: str) -> list[str]:
    """The columns of per-article rows that ``rates_from_sums`` by ``by`` reads."""
    counts = [c for f in FEATURES for c in (f, f"{f}_has")]
    return ["id", *([by] if by != "id" else []), "n", "n_all", "words", "signature", *counts]


def _topics_from_sums(
    rows: pd.DataFrame, sums: ReportSums, study: Study, settings: IntervalSettings
) -> pd.DataFrame:
    """``score_topics`` from per-article rows and per-article rows of each topic's
    sentences."""
    by = settings.by
    topic_rows = pd.concat(sums.topic_rows, ignore_index=True) if sums.topic_rows else None
    kept = rows[rows["n"] > 0]
    totals = kept.groupby(kept[by].astype(str), sort=False)["n"].sum()
    frames = []
    for name in (str(t) for t in study.topics):
        sub = topic_rows[topic_rows["topic"] == name] if topic_rows is not None else None
        if sub is None or sub.empty:
            continue
        t = rates_from_sums(sub, settings)
        t.insert(1, "topic", name)
        t.insert(2, "topic_sentences", t[by].map(sub.groupby(sub[by].astype(str))["n"].sum()))
        t.insert(3, "topic_share", t["topic_sentences"] / t[by].map(totals))
        frames.append(t)
    if not frames:  # no sentence on any topic: score_topics' empty table
        empty = pd.DataFrame({c: pd.Series(dtype=object) for c in ("id", "outlet", "kind", "text")})
        for c in ("words", *FEATURES):
            empty[c] = pd.Series(dtype="int64")
        return score_topics(empty, study, n_boot=settings.n_boot, seed=settings.seed)
    out = pd.concat(frames, ignore_index=True)
    order = {u: k for k, u in enumerate(dict.fromkeys(kept[by].astype(str)))}
    out["_o"] = out[by].map(order)
    out = out.sort_values(["_o"], kind="stable").drop(columns="_o").reset_index(drop=True)
    out["topic_sentences"] = out["topic_sentences"].astype("int64")
    return out


def _summed_tables(corpus: pd.DataFrame, sums: ReportSums, study: Study, boot: dict) -> dict:
    """The interval tables, arcs and comparisons of ``_sentence_tables``, from a streamed
    report's sums: the same tables."""
    settings = IntervalSettings(n_boot=boot["n_boot"], seed=boot["seed"])
    rows = sums.article_table()
    outlet_names = list(dict.fromkeys(corpus["outlet"].astype(str)))
    many = len(corpus) > ARTICLE_LIMIT
    out = {
        "outlets": rates_from_sums(rows, settings),
        "attribution": _attribution_from_sums(rows, settings),
        "sentiment": _sentiment_from_sums(rows, sums.sentiment, settings),
        "actors": _actors_from_sums(rows, sums, settings),
        "arcs": sums.arc_profiles() if many else pd.concat(sums.arcs, ignore_index=True),
    }
    dated = rows[rows["n_all"] > 0]
    meta = corpus[["id", *(c for c in ("timing",) if c in corpus)]]
    if "timing" in meta and meta["timing"].astype(str).str.strip().ne("").any():
        s = with_articles(dated[_rate_columns(dated, "outlet")], meta)
        if s["timing"].nunique() > 1:
            out["by_timing"] = rates_from_sums(s, replace(settings, by="timing"))
    if study.groups:
        slim = rows[_rate_columns(rows, "outlet")]
        out["by_group"] = rates_from_sums(with_groups(slim, study), replace(settings, by="group"))
    if len(outlet_names) <= TIMELINE_LINES:
        tl_by, tl_rows = "outlet", rows
    elif study.groups:
        tl_by, tl_rows = "group", with_groups(rows[_rate_columns(rows, "outlet")], study)
    else:
        tl_by, tl_rows = "corpus", rows[_rate_columns(rows, "outlet")].assign(corpus="all outlets")
    out["timeline"] = _periods_from_sums(tl_rows, corpus, tl_by, replace(settings, by=tl_by))
    out["timeline_by"] = tl_by
    if study.topics:
        out["topics"] = _topics_from_sums(rows, sums, study, settings)
    # differences: rates per 1,000 words are ratios of sums, so one row per article (its
    # sums, its signature as text) gives score_differences the same clusters and sums
    pseudo = rows[rows["n"] > 0][["id", "outlet", "signature", "words", *FEATURES]]
    pseudo = pseudo.rename(columns={"signature": "text"})
    diff = {"n_boot": boot["n_boot"], "seed": boot["seed"]}
    out["differences"], out["differences_by"] = _differences(pseudo, outlet_names, study, diff)
    return out


def _gather(
    corpus_path,
    study,
    *,
    chunk_size: int,
    jobs: int,
    progress: bool,
    columns,
    tables_dir,
    kinds,
    arcs_path: Path,
) -> tuple[pd.DataFrame, ReportSums, Study]:
    """Read and score the corpus chunk by chunk: the article table (no text), the sums
    each table needs (``ReportSums``; the arcs rows go to ``arcs_path``), and the study
    (the neutral one made from the article table when none is given)."""
    from .stream import read_chunks

    given = _given_study(corpus_path, study)
    actors = given.actors if given is not None else None
    total, chunks = read_chunks([corpus_path], chunk_size=chunk_size, columns=columns)
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=total, unit="chunk", desc="framing figures")
    sums = ReportSums(given, kinds=kinds, arcs_path=arcs_path)
    articles = []
    for k, chunk in enumerate(chunks):
        if tables_dir is None:
            sents, found = score_sentences(chunk, actors=actors, jobs=jobs), None
        else:
            sents, found = score_sentences_and_evidence(chunk, actors=actors, jobs=jobs)
        sums.add(chunk, sents)
        articles.append(chunk.drop(columns=[c for c in ("raw", "text") if c in chunk]))
        if tables_dir is not None:
            _write_tables(chunk, sents, found, tables_dir, append=k > 0)
        del sents, found
        if bar is not None:
            bar.update(1)
    if bar is not None:
        bar.close()
    corpus = pd.concat(articles, ignore_index=True)
    study = given if given is not None else default_study(corpus, name=corpus_label(corpus_path))
    return corpus, sums, study


def _write_tables(corpus, sentences, found, folder, *, append: bool) -> None:
    """``articles.csv``, ``sentences.csv`` and ``evidence.csv`` (``found``) of ``corpus`` in
    ``folder`` (``append``: after an earlier chunk's rows)."""
    from .features import score_articles

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for name, table in (
        ("articles", score_articles(corpus, sentences=sentences)),
        ("sentences", sentences),
        ("evidence", found),
    ):
        write_table(table, folder / f"{name}.csv", append=append)


def corpus_label(corpus_path) -> str:
    """How the report names a corpus: its folder (``seeds/``) or file name."""
    path = Path(corpus_path)
    name = path.name or str(corpus_path)
    return f"{name}/" if path.is_dir() else name


def make_figures(
    corpus_path: str | Path = "seeds",
    out_dir: str | Path = "figures",
    *,
    study: Study | str | Path | None = None,
    top: int = 3,
    n_boot: int = 2000,
    seed: int = 0,
    kinds: Iterable[str] | None = None,
    dpi: int = DPI,
    corpus: pd.DataFrame | None = None,
    reuse: bool = True,
    chunk_size: int | None = None,
    jobs: int = 1,
    progress: bool = False,
    columns: dict[str, str] | None = None,
    tables_dir: str | Path | None = None,
) -> list[Path]:
    """Regenerate every figure of the report into ``out_dir``.

    Reads the corpus at ``corpus_path`` (anything ``load_corpus`` accepts; ``corpus``: an
    already loaded table, ``corpus_path`` then only names it), and the study (``study``, or
    ``study.toml`` beside the corpus, else a neutral one: ``resolve_study``), scores it, and
    writes for each figure a ``<name>.png``, a ``<name>.svg`` and the ``<name>.csv`` of the
    numbers drawn, then ``README.md`` with the findings and every figure with a caption and
    how to read it. ``top`` is how many derived pairs get alignment charts (the pairs with the
    most reuse); ``n_boot`` and ``seed`` set the bootstrap intervals; ``kinds`` keeps only
    some sentence kinds (default: all, headlines included). ``reuse=False`` leaves text
    reuse out (no reuse figures or tables).

    ``chunk_size`` streams a corpus too large for memory: it is read and scored that many
    articles at a time (``jobs`` processes, a progress bar with ``progress``), and the report
    keeps only what its tables need (``ReportSums``): the article table without its text, a
    row of sums per article, each outlet's word counts and per-outlet sums; never a row per
    sentence (the arcs CSV, one row per sentence, is written chunk by chunk). The tables
    equal the in-memory report's. A streamed report has no text reuse (it needs every
    sentence's text at once: run ``framing reuse``). ``tables_dir`` also writes the
    article, sentence and evidence tables there (streamed: chunk by chunk).

    Running it twice gives byte-identical files. Files in ``out_dir`` that are not part
    of the report are left alone. Returns the paths written, in order.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    kinds = tuple(kinds) if kinds is not None else None
    command = regenerate_command(
        corpus_path,
        out,
        study=study if isinstance(study, str | Path) else None,
        top=top,
        columns=columns,
        reuse=reuse,
        chunk_size=chunk_size,
        tables_dir=tables_dir,
    )
    if chunk_size and corpus is not None:
        raise ValueError("chunk_size streams the corpus at corpus_path: pass no corpus table")
    sums, sentences, arcs_part = None, None, out / ".arcs.csv.part"
    if chunk_size:
        corpus, sums, study = _gather(
            corpus_path,
            study,
            chunk_size=chunk_size,
            jobs=jobs,
            progress=progress,
            columns=columns,
            tables_dir=tables_dir,
            kinds=kinds,
            arcs_path=arcs_part,
        )
        reuse, terms = False, sums.terms
        counted = (sums.n_sentences, sums.words, sums.attrs)
    else:
        corpus = load_corpus(corpus_path, columns=columns) if corpus is None else corpus
        study = resolve_study(corpus, corpus_path, study)
        if tables_dir is None:
            sentences = score_sentences(corpus, actors=study.actors, jobs=jobs)
        else:
            sentences, found = score_sentences_and_evidence(corpus, actors=study.actors, jobs=jobs)
            _write_tables(corpus, sentences, found, tables_dir, append=False)
        terms = outlet_terms(sentences)
        words = int(sentences["words"].sum()) if len(sentences) else 0
        counted = (len(sentences), words, sentences.attrs)
    tables = _tables(
        corpus,
        sentences,
        study,
        n_boot=n_boot,
        seed=seed,
        kinds=kinds,
        top=top,
        reuse=reuse,
        terms=terms,
        sums=sums,
    )
    # a streamed report wrote the arcs CSV (a row per sentence) chunk by chunk; its chart
    # of many articles reads the per-outlet sums
    prewritten = {"arcs": arcs_part} if sums is not None and tables["many"] else {}
    if sums is not None and not prewritten:
        arcs_part.unlink(missing_ok=True)
    specs = (
        *(_scaled(s, tables) for s in FIGURES[:2]),
        *_study_specs(tables),
        *(_scaled(s, tables) for s in FIGURES[2:]),
        *(_reuse_specs(tables, top=top) if reuse else ()),
    )
    written: list[Path] = []
    rc = {**RC, "savefig.dpi": dpi}
    with matplotlib.rc_context(rc), sourced(f"{corpus_label(corpus_path)} corpus"):
        for spec in specs:
            data = spec.table(tables)
            fig = Figure(figsize=spec.size, dpi=100, layout="constrained")
            spec.draw(data, fig.add_subplot())
            png, svg, csv = (out / f"{spec.name}.{ext}" for ext in ("png", "svg", "csv"))
            fig.savefig(png, format="png", dpi=dpi, bbox_inches="tight", metadata=PNG_METADATA)
            fig.savefig(svg, format="svg", bbox_inches="tight", metadata=SVG_METADATA)
            written += [png, svg]
            if spec.csv and spec.name in prewritten:
                os.replace(prewritten[spec.name], csv)
                written.append(csv)
            elif spec.csv:
                write_csv(data, csv, float_format=FLOAT_FORMAT)
                written.append(csv)
    extra = {"reuse_pairs": tables["reuse_pairs"]} if reuse else {}
    extra["keyness"] = tables["keyness"]
    for name, table in extra.items():
        path = out / f"{name}.csv"
        write_csv(table, path, float_format=FLOAT_FORMAT)
        written.append(path)
    for rank, ((src, der), found) in enumerate(tables["transformations"].items(), start=1):
        path = out / f"transformations_{pair_tag(src, der, rank)}.csv"
        write_csv(found, path, float_format=FLOAT_FORMAT)
        written.append(path)
    readme = out / "README.md"
    readme.write_text(
        _readme(corpus, counted, corpus_path, command, n_boot, seed, kinds, specs, study, tables),
        encoding="utf-8",
    )
    written.append(readme)
    return written


def _readme(
    corpus, counted, corpus_path, command, n_boot, seed, kinds, specs, study: Study, tables: dict
) -> str:
    """The report's README; ``counted``: the sentences, words and the sentence table's
    ``attrs`` (lexicons)."""
    name = corpus_label(corpus_path)
    n_sentences, n_words, attrs = counted
    lex = attrs.get("lexicons", {})
    lex_line = ", ".join(f"{k} `{v.get('sha1', '')}`" for k, v in lex.items())
    kinds_text = ", ".join(kinds) if kinds else "all sentence kinds (headlines included)"
    study_line = (
        f"the study file {escape_markdown(study.path.name)}"
        if study.path is not None
        else "none (a neutral report derived from the corpus; add a `study.toml`)"
    )
    lines = [
        f"# {escape_markdown(study.title)}",
        "",
    ]
    if study.question:
        lines += [f"**Question.** {escape_markdown(study.question)}", ""]
    lines += [
        "Every figure here is generated; do not edit by hand. Regenerate them all (PNG, SVG, "
        "the CSV behind each, and this page) with:",
        "",
        "```",
        command,
        "```",
        "",
        "or, from Python, `framing.report.make_figures()`. Running it twice gives identical files.",
        "",
        "## Findings",
        "",
        *_findings(corpus, tables),
        "",
        "## Corpus and method",
        "",
        f"- Corpus: {escape_markdown(name)}, {_summary(corpus, n_sentences, n_words)}.",
        f"- Study: {study_line}.",
        f"- Sentences counted: {kinds_text}.",
        f"- Intervals: {n_boot:,} bootstrap resamples of each outlet's articles (a cluster "
        "bootstrap: an article's sentences kept together, exact copies resampled as one), "
        f"seed {seed}, 95% percentile intervals; an outlet of one article has none, and the "
        "tables' `note` column says so. Differences between outlets resample both sides' "
        "articles independently and are Bonferroni-adjusted for the number of comparisons.",
        f"- Lexicons (content hash): {lex_line or 'n/a'}.",
        "- Definitions: the project's codebook. Every count can be traced to its words with "
        "`framing.evidence` and read in context with `framing.show_article`.",
        "",
    ]
    lines += _article_table(corpus)
    for i, spec in enumerate(specs, start=1):
        files = f"Files: [{spec.name}.png]({spec.name}.png) · [{spec.name}.svg]({spec.name}.svg)"
        if spec.csv:
            files += f" · data: [{spec.name}.csv]({spec.name}.csv)"
        lines += [
            f"## {i}. {spec.heading}",
            "",
            f"![{spec.heading}]({spec.name}.png)",
            "",
            spec.caption,
            "",
            f"**How to read it.** {spec.read}",
            "",
            files,
            "",
        ]
    reuse_line = (
        "- [reuse_pairs.csv](reuse_pairs.csv): the article pairs with the most text reuse "
        "(up to 50), with their shares, relation and evidence."
        if tables["reuse_on"]
        else "- Text reuse was left out of this report (`--no-reuse`, or a corpus streamed "
        "with `--chunk-size`): `framing reuse` finds the pairs."
    )
    lines += [
        "## Other tables",
        "",
        reuse_line,
        "- [keyness.csv](keyness.csv): every outlet's keyness table (column `target`).",
        "",
    ]
    return "\n".join(lines)


def regenerate_command(
    corpus_path: str | Path,
    out_dir: str | Path = "figures",
    *,
    study: str | Path | None = None,
    top: int = 3,
    columns: dict[str, str] | None = None,
    reuse: bool = True,
    chunk_size: int | None = None,
    tables_dir: str | Path | None = None,
) -> str:
    """The ``framing figures`` command that rewrites a report made with these options, as
    its README shows it: options at their command-line default are left out, so the seeds'
    report reads ``framing figures --corpus seeds``. Bootstrap settings and sentence kinds
    have no command-line option and stay with ``make_figures``."""
    parts = ["framing figures", f"--corpus {shlex.quote(_command_path(corpus_path))}"]
    if Path(out_dir) != Path("figures"):
        parts.append(f"--out {shlex.quote(_command_path(out_dir))}")
    if tables_dir is None:
        parts.append("--tables ''")
    elif Path(tables_dir) != Path("tables"):
        parts.append(f"--tables {shlex.quote(_command_path(tables_dir))}")
    if study is not None:
        parts.append(f"--study {shlex.quote(_command_path(study))}")
    if top != 3:
        parts.append(f"--top {top}")
    parts += [f"--column {shlex.quote(f'{k}={v}')}" for k, v in (columns or {}).items()]
    if not reuse and not chunk_size:
        parts.append("--no-reuse")
    if chunk_size:
        parts.append(f"--chunk-size {chunk_size}")
    return " ".join(parts)


def _command_path(corpus_path) -> str:
    """The corpus path as the README's command shows it: relative to the working directory
    when inside it, else only its name (no machine's absolute paths in the report)."""
    path = Path(corpus_path)
    if not path.is_absolute():
        return str(corpus_path)
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return path.name


def _summary(corpus, n_sentences: int, words: int) -> str:
    n_out = corpus["outlet"].astype(str).nunique()
    text = (
        f"{len(corpus):,} article{'s' * (len(corpus) != 1)} from {n_out} outlet"
        f"{'s' * (n_out != 1)}, {n_sentences:,} sentences, {words:,} words"
    )
    dates = parse_published(corpus["published"]).dropna() if "published" in corpus else []
    if len(dates):
        lo, hi = dates.min().date(), dates.max().date()
        text += f", published {lo}" if lo == hi else f", published {lo} to {hi}"
        undated = len(corpus) - len(dates)
        if undated:
            text += f" ({undated} undated)"
    return text


def _article_table(corpus) -> list[str]:
    """One row per article when they are few; one per outlet when they are many."""
    if len(corpus) <= ARTICLE_LIMIT:
        extra = "timing" in corpus and corpus["timing"].astype(str).str.strip().ne("").any()
        head = "| id | outlet | kind | based on |" + (" timing |" if extra else "")
        lines = [head, "|---|---|---|---|" + ("---|" if extra else "")]
        for r in corpus.to_dict("records"):
            row = (
                f"| {escape_markdown(r['id'])} | {escape_markdown(r['outlet'])} | "
                f"{escape_markdown(r['kind'])} | {escape_markdown(r['based_on'])} |"
            )
            if extra:
                row += f" {escape_markdown(r['timing'])} |"
            lines.append(row)
        return [*lines, ""]
    dates = parse_published(corpus["published"])
    lines = ["| outlet | articles | words | first | last |", "|---|---:|---:|---|---|"]
    frame = corpus.assign(_date=dates, _outlet=corpus["outlet"].astype(str))
    for outlet, g in frame.groupby("_outlet", sort=False):
        d = g["_date"].dropna()
        first = str(d.min().date()) if len(d) else ""
        last = str(d.max().date()) if len(d) else ""
        lines.append(
            f"| {escape_markdown(outlet)} | {len(g):,} | {int(g['words'].sum()):,} | "
            f"{first} | {last} |"
        )
    return [*lines, ""]


def _findings(corpus, tables: dict) -> list[str]:
    """The findings, generated from the tables: what survives, what timing and lineage
    explain, which outlets rest on one article."""
    out: list[str] = []
    names = tables["outlet_names"]
    sizes = corpus["outlet"].astype(str).value_counts(sort=False)
    single = [o for o in names if int(sizes[o]) == 1]
    diff = tables["differences"]
    unit = tables["differences_by"]
    if len(diff):
        k = int(diff["comparisons"].iloc[0])
        sure = diff[diff["adjusted_excludes_zero"].astype(bool)]
        if len(sure):
            sure = sure.reindex(
                sure["difference"].astype(float).abs().sort_values(ascending=False).index
            )
            items = [
                f"{escape_markdown(r.a)} vs {escape_markdown(r.b)}, {_feat(r.feature)}: "
                f"{r.value_a:.2f} vs {r.value_b:.2f} per 1,000 words (difference "
                f"{r.difference:+.2f}, adjusted interval {r.adjusted_low:+.2f} to "
                f"{r.adjusted_high:+.2f})"
                for r in sure.head(5).itertuples()
            ]
            out.append(
                f"- **Differences that survive.** Of {k} comparisons between {unit}s "
                f"(pairs × features, rates per 1,000 words), {len(sure)} have a "
                "Bonferroni-adjusted 95% interval that excludes zero"
                + (f"; the largest: {'; '.join(items)}." if items else ".")
            )
        else:
            out.append(
                f"- **No difference survives.** Of {k} comparisons between {unit}s (pairs × "
                "features, rates per 1,000 words), none has a Bonferroni-adjusted 95% "
                "interval that excludes zero: the corpus cannot tell these "
                f"{unit}s' framing apart."
            )
        missing = int(diff["note"].astype(str).str.strip().ne("").sum()) if "note" in diff else 0
        if missing == len(diff):
            out[-1] = (
                f"- **No difference can be tested.** Each of the {k} comparisons between "
                f"{unit}s has a side of a single article, so none has an interval: the "
                "figures describe articles, and no outlet's framing is shown to differ."
            )
        elif missing:
            out.append(
                f"  {missing} of them have no interval because one side has a single article."
            )
    if single:
        shown = ", ".join(escape_markdown(o) for o in single[:10])
        more = f" and {len(single) - 10} more" if len(single) > 10 else ""
        out.append(
            f"- **One article.** {len(single)} of {len(names)} outlets have a single article "
            f"({shown}{more}): their bars describe that article, not the outlet, and have "
            "no interval."
        )
    if "by_timing" in tables:
        out.append(_timing_finding(tables["by_timing"]))
    derived = tables["derived"]
    n_derived = int((tables["reuse"]["relation"] == "derived").sum()) if len(tables["reuse"]) else 0
    if n_derived:
        ids = tables["outlets_by_id"]
        items = [
            f"{escape_markdown(r.derived)} ({escape_markdown(ids.get(r.derived, ''))}) from "
            f"{escape_markdown(r.source)} ({escape_markdown(ids.get(r.source, ''))})"
            + _later_note(corpus, r.source, r.derived)
            for r in derived.itertuples()
        ]
        pairs = tables["reuse"]
        d = pairs[pairs["relation"] == "derived"]
        within = int((d["outlet_a"].astype(str) == d["outlet_b"].astype(str)).sum())
        inside = (
            f" {within} of them within one outlet (updates or reposts of its own story)."
            if within
            else ""
        )
        out.append(
            f"- **Lineage.** {n_derived} article pair{'s' * (n_derived != 1)} "
            f"{'are' if n_derived != 1 else 'is'} derived (one article made from the other)."
            f"{inside} With the most reuse: {'; '.join(items)}. What a derived article shares "
            "with its source is the source's framing, not a second outlet's independent choice."
        )
    if "topics" in tables and len(tables["topics"]):
        out.append(_topic_finding(tables["topics"]))
    if not out:
        out.append("- Too little data for findings: see the figures below.")
    return out


def _feat(feature: str) -> str:
    return str(FEATURE_LABELS.get(feature, feature))


def _later_note(corpus, source: str, derived: str) -> str:
    """`` — the source is the later version`` when the metadata say so (timing or dates)."""
    rows = corpus.set_index(corpus["id"].astype(str))
    if "timing" in rows:
        t_src = str(rows.at[str(source), "timing"]).lower()
        t_der = str(rows.at[str(derived), "timing"]).lower()
        if t_src.startswith("after") and t_der.startswith("before"):
            return (
                f" — the source is the later version (timing: {escape_markdown(t_src)}), so "
                "their differences include the news that came between"
            )
    dates = parse_published(rows["published"]) if "published" in rows else None
    if dates is not None and pd.notna(dates.get(str(source))) and pd.notna(dates.get(str(derived))):
        if dates[str(source)] > dates[str(derived)]:
            return " — the source in the corpus is dated after the derived article"
    return ""


def _timing_finding(table: pd.DataFrame) -> str:
    """Which feature differs most between the values of ``timing``."""
    best = None
    for feature, g in table.groupby("feature", sort=False):
        vals = g["per_1k"].astype(float)
        spread = float(vals.max() - vals.min()) if len(vals) else 0.0
        if best is None or spread > best[0]:
            best = (spread, feature, g)
    _, feature, g = best
    parts = [
        f"{escape_markdown(r.timing)}: {r.per_1k:.1f} per 1,000 words "
        f"({r.articles} article{'s' * (r.articles != 1)})"
        for r in g.sort_values("per_1k", ascending=False, kind="stable").itertuples()
    ]
    return (
        f"- **Timing.** The articles' `timing` differs most in {_feat(feature)}: "
        f"{'; '.join(parts)}. An outlet whose only article was written at another time "
        "differs by timing as much as by framing (see the timing chart)."
    )


def _topic_finding(table: pd.DataFrame) -> str:
    parts = []
    for topic, g in table[table["feature"] == "threat"].groupby("topic", sort=False):
        g = g[g["topic_sentences"] > 0]
        if not len(g):
            continue
        top = g.sort_values("per_1k", ascending=False, kind="stable").iloc[0]
        parts.append(
            f"on {escape_markdown(topic)}, {escape_markdown(top['outlet'])} uses the most threat "
            f"language ({top['per_1k']:.1f} per 1,000 words in {int(top['topic_sentences'])} "
            "sentences on the topic)"
        )
    return (
        "- **Topics.** "
        + ("; ".join(parts).capitalize()[:1] + "; ".join(parts)[1:] if parts else "No sentence")
        + ("." if parts else " matches the topics.")
    )
