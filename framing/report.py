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
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import matplotlib
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from .corpus import load_corpus
from .features import score_sentences
from .io import write_csv
from .outlets import (
    score_actors,
    score_arcs,
    score_attribution,
    score_outlets,
    score_sentiment,
)
from .plots import (
    plot_actors,
    plot_alignment,
    plot_arcs,
    plot_attribution,
    plot_features,
    plot_reuse,
    plot_reuse_classes,
    plot_sentiment,
)
from .plots.layout import alignment_figsize, reuse_classes_ylim
from .reuse import rewrite_tables, score_reuse, score_reuse_classes
from .study import extra_metadata, with_articles

__all__ = ["FIGURES", "make_figures"]

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


FIGURES: tuple[FigureSpec, ...] = (
    FigureSpec(
        name="features_per_1k",
        heading="Framing language by outlet: rates per 1,000 words",
        caption=(
            "How often each outlet uses hedging, booster, threat and conciliatory language, "
            "as lexicon matches per 1,000 words of the article, with 95% bootstrap intervals "
            "over the outlet's articles (none for an outlet of one article)."
        ),
        read=(
            "Compare bar lengths within a colour across outlets. Wide error bars mean the "
            "rate rests on few sentences (the articles differ threefold in length): "
            "overlapping intervals are not evidence of a difference. The CSV gives the "
            "counts and the denominators (sentences, words) behind every bar; "
            "`framing.evidence` lists each match."
        ),
        size=(9.0, 5.5),
        table=lambda t: t["outlets"],
        draw=lambda d, ax: plot_features(d, measure="per_1k", ax=ax),
    ),
    FigureSpec(
        name="features_share",
        heading="Framing language by outlet: share of sentences",
        caption=(
            "The share of each outlet's sentences with at least one match of each feature, "
            "with 95% bootstrap intervals over articles (none for an outlet of one article)."
        ),
        read=(
            "A share counts a sentence once however many matches it holds, so it is less "
            "sensitive than the rate to a single dense sentence. Read it beside the rate: "
            "a high rate with a modest share means the language is concentrated in a few "
            "sentences."
        ),
        size=(9.0, 5.5),
        table=lambda t: t["outlets"],
        draw=lambda d, ax: plot_features(d, measure="share", ax=ax),
    ),
    FigureSpec(
        name="attribution",
        heading="Attribution: who stands behind the claims",
        caption=(
            "Each outlet's sentences split by who stands behind the claim: a named source, "
            "an anonymous or vague source, or the writer's own voice (unattributed). "
            "One label per sentence (codebook §4)."
        ),
        read=(
            "The three segments of a bar add up to 100% of the outlet's sentences (n on the "
            "left). A long grey segment means the article asserts more in its own voice; a "
            "long purple one, that it leans on unnamed officials. The CSV adds bootstrap "
            "intervals and how many sentences of each label carry a direct quotation."
        ),
        size=(9.0, 4.8),
        table=lambda t: t["attribution"],
        draw=lambda d, ax: plot_attribution(d, ax=ax),
    ),
    FigureSpec(
        name="actors",
        heading="Actors: the United States, China and Taiwan in each outlet",
        caption=(
            "For the three most mentioned actors, the share of the sentences mentioning the "
            "actor that carry threat language and that carry conciliatory language, with "
            "the counts beside each bar (sentences with the language / sentences mentioning "
            "the actor)."
        ),
        read=(
            "Each bar's denominator is the outlet's sentences that name the actor, so how "
            "often an actor is named does not mix with what it is named beside. This is "
            "co-occurrence in a sentence, not who threatens whom. A zero is drawn as a line "
            "at 0; an outlet that never names the actor says so. The CSV also gives the "
            "shares of all sentences, the sources and every other actor."
        ),
        size=(13.5, 5.5),
        table=lambda t: t["actors"],
        draw=lambda d, ax: plot_actors(d, ax=ax),
    ),
    FigureSpec(
        name="arcs",
        heading="The arc of each article",
        caption=(
            "A dispersion plot: one strip per article, each sentence placed at its position "
            "in the article (0% = start, 100% = end). Ticks mark the sentences with threat, "
            "conciliatory or hedging language and those in the writer's own voice; the grey "
            "top row marks every sentence."
        ),
        read=(
            "Read each strip left to right as the reader meets the article: where does the "
            "threat language cluster, does the conciliatory language come early or only at "
            "the end, where does the article stop citing sources? The CSV has one row per "
            "sentence with its position and flags."
        ),
        size=(9.0, 9.5),
        table=lambda t: t["arcs"],
        draw=lambda d, ax: plot_arcs(d, ax=ax),
    ),
    FigureSpec(
        name="sentiment",
        heading="Tone: mean sentence sentiment by outlet",
        caption=(
            "The mean VADER compound score of each outlet's sentences (−1 most negative, "
            "+1 most positive), with a 95% bootstrap interval over articles."
        ),
        read=(
            "VADER is a general-purpose lexicon: it reads 'stability' as positive and "
            "'tensions' as negative, so this is a coarse companion to the threat and "
            "conciliatory rates, not a measure of stance. Intervals crossing the dashed "
            "line at 0 are compatible with a neutral tone. The CSV adds the standard "
            "deviation and the counts of negative and positive sentences."
        ),
        size=(9.0, 4.8),
        table=lambda t: t["sentiment"],
        draw=lambda d, ax: plot_sentiment(d, ax=ax),
    ),
)


def _reuse_specs(tables: dict) -> list[FigureSpec]:
    """The reuse figures: the matrix, then an alignment and a class chart per derived pair
    (how many there are depends on the corpus)."""
    outlets = tables["outlets_by_id"]
    specs = [
        FigureSpec(
            name="reuse_matrix",
            heading="Text reuse: who rewrote whom",
            caption=(
                "For every pair of articles, the share of the row article's sentences that "
                "align with a sentence of the column article (same content, reworded or "
                "not). A solid outline marks a row article made from the column article; a "
                "dashed one, two rewrites of one source."
            ),
            read=(
                "Read along a row: how much of this article is found in each other one. "
                "The matrix is not symmetric: a short rewrite can be mostly made of a long "
                "source while the source is only partly in it. A few shared sentences are "
                "also what two independent reports of one event look like (the same meeting, "
                "the same quotation), so a pair is called derived only when the metadata's "
                "`based_on`, or kinds and a substantial share, say so; the CSV's `evidence` "
                "column says which."
            ),
            size=(9.5, 6.5),
            table=lambda t: t["reuse"],
            draw=lambda d, ax: plot_reuse(d, articles=outlets, ax=ax),
        )
    ]
    # one y scale for the class charts of every pair, so that they compare
    ylim = reuse_classes_ylim([score_reuse_classes(al) for al in tables["alignments"].values()])
    articles = tables.get("articles")
    for (src, der), al in tables["alignments"].items():
        key = (src, der)
        specs += [
            FigureSpec(
                name=f"alignment_{src}_{der}",
                heading=f"{der}, a rewrite of {src}'s story: sentence by sentence",
                caption=(
                    f"Article {der} ({outlets.get(der, der)}) beside its source {src} "
                    f"({outlets.get(src, src)}). Lines join each sentence of {der} to the "
                    f"sentence of {src} it carries (solid: near-verbatim; dashed: "
                    "paraphrased); unlinked boxes were added by the rewrite or dropped from "
                    "the source. A diamond marks a sentence whose attribution, quotation, "
                    "hedging, threat or conciliatory language, or facts changed."
                ),
                read=(
                    "The source here is the version of the story the corpus holds: when it "
                    "is a later update (as the seeds' AFP copy is), some of its sentences "
                    "did not exist when the rewrite was made, and changes that follow the "
                    "news are not the rewriter's. The CSV has one row per sentence with its "
                    f"class, similarity and framing; `transformations_{src}_{der}.csv` has "
                    "the words and offsets behind every transformation."
                ),
                size=alignment_figsize(al),
                table=lambda t, k=key: t["alignments"][k],
                draw=lambda d, ax: plot_alignment(d, ax=ax, articles=articles),
            ),
            FigureSpec(
                name=f"reuse_classes_{src}_{der}",
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
    return specs


def _tables(corpus, sentences: pd.DataFrame, *, n_boot: int, seed: int, kinds) -> dict:
    boot = {"n_boot": n_boot, "seed": seed, "kinds": kinds}
    pairs = score_reuse(corpus, sentences=sentences, kinds=kinds)
    alignments, transformations = {}, {}
    for r in pairs[pairs["relation"] == "derived"].itertuples():
        key = (r.source, r.derived)
        alignments[key], transformations[key] = rewrite_tables(
            corpus, *key, sentences=sentences, kinds=kinds
        )
    return {
        "outlets": score_outlets(sentences, **boot),
        "attribution": score_attribution(sentences, **boot),
        "sentiment": score_sentiment(sentences, **boot),
        "actors": score_actors(sentences, kinds=kinds),
        "arcs": score_arcs(sentences, kinds=kinds),
        "outlets_by_id": dict(zip(corpus["id"], corpus["outlet"], strict=True)),
        "articles": corpus,
        "reuse": pairs,
        "alignments": alignments,
        "transformations": transformations,
    }


def make_figures(
    corpus_path: str | Path = "seeds",
    out_dir: str | Path = "figures",
    *,
    n_boot: int = 2000,
    seed: int = 0,
    kinds: Iterable[str] | None = None,
    dpi: int = DPI,
) -> list[Path]:
    """Regenerate every figure of the report into ``out_dir``.

    Reads the corpus at ``corpus_path`` (anything ``load_corpus`` accepts), scores it, and
    writes for each figure in ``FIGURES`` a ``<name>.png``, a ``<name>.svg`` and the
    ``<name>.csv`` of the numbers drawn, then ``README.md`` showing every figure with a
    caption and how to read it. ``n_boot`` and ``seed`` set the bootstrap intervals;
    ``kinds`` keeps only some sentence kinds (default: all, headlines included).

    Running it twice gives byte-identical files. Files in ``out_dir`` that are not part
    of the report are left alone. Returns the paths written, in order.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    corpus = load_corpus(corpus_path)
    sentences = score_sentences(corpus)
    kinds = tuple(kinds) if kinds is not None else None
    tables = _tables(corpus, sentences, n_boot=n_boot, seed=seed, kinds=kinds)
    # the folder's articles.csv columns load_corpus leaves out (timing) date the reuse pairs
    tables["articles"] = with_articles(corpus, extra_metadata(corpus_path))
    specs = (*FIGURES, *_reuse_specs(tables))
    written: list[Path] = []
    rc = {**RC, "savefig.dpi": dpi}
    with matplotlib.rc_context(rc):
        for spec in specs:
            data = spec.table(tables)
            fig = Figure(figsize=spec.size, dpi=100, layout="constrained")
            spec.draw(data, fig.add_subplot())
            png, svg, csv = (out / f"{spec.name}.{ext}" for ext in ("png", "svg", "csv"))
            fig.savefig(png, format="png", dpi=dpi, bbox_inches="tight", metadata=PNG_METADATA)
            fig.savefig(svg, format="svg", bbox_inches="tight", metadata=SVG_METADATA)
            write_csv(data, csv, float_format=FLOAT_FORMAT)
            written += [png, svg, csv]
    for (src, der), found in tables["transformations"].items():
        path = out / f"transformations_{src}_{der}.csv"
        write_csv(found, path, float_format=FLOAT_FORMAT)
        written.append(path)
    readme = out / "README.md"
    readme.write_text(
        _readme(corpus, sentences, corpus_path, n_boot, seed, kinds, specs), encoding="utf-8"
    )
    written.append(readme)
    return written


def _readme(corpus, sentences, corpus_path, n_boot, seed, kinds, specs=FIGURES) -> str:
    name = Path(corpus_path).name or str(corpus_path)
    lex = sentences.attrs.get("lexicons", {})
    lex_line = ", ".join(f"{k} `{v.get('sha1', '')}`" for k, v in lex.items())
    kinds_text = ", ".join(kinds) if kinds else "all sentence kinds (headlines included)"
    lines = [
        "# Figures",
        "",
        "How each outlet framed Antony Blinken's meeting with Liu Jianchao on 12 January 2024 "
        "and Taiwan's election the next day. Every figure here is generated; do not edit by "
        "hand. Regenerate them all (PNG, SVG, the CSV behind each, and this page) with:",
        "",
        "```",
        "framing figures",
        "```",
        "",
        "or, from Python, `framing.report.make_figures()`. Running it twice gives identical files.",
        "",
        f"- Corpus: `{name}/`, {len(corpus)} articles, {len(sentences)} sentences, "
        f"{int(sentences['words'].sum()) if len(sentences) else 0:,} words.",
        f"- Sentences counted: {kinds_text}.",
        f"- Bootstrap: {n_boot:,} resamples of each outlet's articles (an article's sentences "
        f"kept together, exact copies resampled as one), seed {seed}, 95% percentile "
        "intervals; an outlet of one article has none.",
        f"- Lexicons (content hash): {lex_line or 'n/a'}.",
        "- Definitions: the project's codebook. Every count can be traced to its words with "
        "`framing.evidence` and read in context with `framing.show_article`.",
        "",
        "| id | outlet | kind | based on |",
        "|---|---|---|---|",
    ]
    for r in corpus.itertuples(index=False):
        lines.append(f"| {r.id} | {_md(r.outlet)} | {_md(r.kind)} | {_md(r.based_on)} |")
    lines.append("")
    for i, spec in enumerate(specs, start=1):
        lines += [
            f"## {i}. {spec.heading}",
            "",
            f"![{spec.heading}]({spec.name}.png)",
            "",
            spec.caption,
            "",
            f"**How to read it.** {spec.read}",
            "",
            f"Files: [{spec.name}.png]({spec.name}.png) · [{spec.name}.svg]({spec.name}.svg) "
            f"· data: [{spec.name}.csv]({spec.name}.csv)",
            "",
        ]
    return "\n".join(lines)


def _md(x) -> str:
    return str(x if x is not None else "").replace("|", "\\|").replace("\n", " ")
