"""The report: every figure as PNG and SVG, the CSV behind each, and a README showing them.

``make_figures`` is what ``framing figures`` runs. Its output is byte-identical from one run
to the next (and from one machine to another with the same library versions): figures are
drawn on bare ``matplotlib.figure.Figure`` objects (no pyplot state, no GUI backend) with
fixed sizes, resolution and font, PNG and SVG metadata without dates or software versions,
a fixed SVG hash salt, and CSVs with a fixed float format and line ending.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import matplotlib
import pandas as pd
from matplotlib.figure import Figure

from .corpus import load_corpus
from .features import score_sentences
from .outlets import (
    score_actors,
    score_arcs,
    score_attribution,
    score_outlets,
    score_sentiment,
)
from .plots import plot_actors, plot_arcs, plot_attribution, plot_features, plot_sentiment

__all__ = ["FIGURES", "make_figures"]

DPI = 150
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
    """One figure of the report: its file stem, README heading and caption, size, the
    table behind it and how to draw it."""

    name: str
    heading: str
    caption: str
    read: str
    size: tuple[float, float]
    table: Callable[[dict], pd.DataFrame]
    draw: Callable[[pd.DataFrame, Figure], None]


def _ax(fig: Figure):
    return fig.add_subplot()


FIGURES: tuple[FigureSpec, ...] = (
    FigureSpec(
        name="features_per_1k",
        heading="Framing language by outlet: rates per 1,000 words",
        caption=(
            "How often each outlet uses hedging, booster, threat and conciliatory language, "
            "as lexicon matches per 1,000 words of the article, with 95% bootstrap intervals "
            "over the outlet's sentences."
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
        draw=lambda d, fig: plot_features(d, measure="per_1k", ax=_ax(fig)),
    ),
    FigureSpec(
        name="features_share",
        heading="Framing language by outlet: share of sentences",
        caption=(
            "The share of each outlet's sentences with at least one match of each feature, "
            "with 95% bootstrap intervals over sentences."
        ),
        read=(
            "A share counts a sentence once however many matches it holds, so it is less "
            "sensitive than the rate to a single dense sentence. Read it beside the rate: "
            "a high rate with a modest share means the language is concentrated in a few "
            "sentences."
        ),
        size=(9.0, 5.5),
        table=lambda t: t["outlets"],
        draw=lambda d, fig: plot_features(d, measure="share", ax=_ax(fig)),
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
        draw=lambda d, fig: plot_attribution(d, ax=_ax(fig)),
    ),
    FigureSpec(
        name="actors",
        heading="Actors: the United States, China and Taiwan in each outlet",
        caption=(
            "For the three most mentioned actors, the share of each outlet's sentences that "
            "mention the actor, mention it beside threat language, beside conciliatory "
            "language, and cite it as the source of a claim."
        ),
        read=(
            "All bars share one denominator, the outlet's sentences, so bars compare across "
            "outlets and actors. The orange and green bars are parts of the grey one "
            "(co-occurrence in a sentence, not who threatens whom). The CSV also gives the "
            "shares among the sentences that mention the actor "
            "(`threat_given_mention`, `conciliatory_given_mention`) and every other actor."
        ),
        size=(13.5, 5.5),
        table=lambda t: t["actors"],
        draw=lambda d, fig: plot_actors(d, fig=fig),
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
        draw=lambda d, fig: plot_arcs(d, fig=fig),
    ),
    FigureSpec(
        name="sentiment",
        heading="Tone: mean sentence sentiment by outlet",
        caption=(
            "The mean VADER compound score of each outlet's sentences (−1 most negative, "
            "+1 most positive), with a 95% bootstrap interval over sentences."
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
        draw=lambda d, fig: plot_sentiment(d, ax=_ax(fig)),
    ),
)


def _tables(sentences: pd.DataFrame, *, n_boot: int, seed: int, kinds) -> dict:
    boot = {"n_boot": n_boot, "seed": seed, "kinds": kinds}
    return {
        "outlets": score_outlets(sentences, **boot),
        "attribution": score_attribution(sentences, **boot),
        "sentiment": score_sentiment(sentences, **boot),
        "actors": score_actors(sentences, kinds=kinds),
        "arcs": score_arcs(sentences, kinds=kinds),
    }


def _write_csv(df: pd.DataFrame, path: Path) -> None:
    df.to_csv(path, index=False, float_format=FLOAT_FORMAT, lineterminator="\n", encoding="utf-8")


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
    tables = _tables(sentences, n_boot=n_boot, seed=seed, kinds=kinds)
    written: list[Path] = []
    rc = {**RC, "savefig.dpi": dpi}
    with matplotlib.rc_context(rc):
        for spec in FIGURES:
            data = spec.table(tables)
            fig = Figure(figsize=spec.size, dpi=100, layout="constrained")
            spec.draw(data, fig)
            png, svg, csv = (out / f"{spec.name}.{ext}" for ext in ("png", "svg", "csv"))
            fig.savefig(png, format="png", dpi=dpi, bbox_inches="tight", metadata=PNG_METADATA)
            fig.savefig(svg, format="svg", bbox_inches="tight", metadata=SVG_METADATA)
            _write_csv(data, csv)
            written += [png, svg, csv]
    readme = out / "README.md"
    readme.write_text(
        _readme(corpus, sentences, corpus_path, n_boot, seed, kinds), encoding="utf-8"
    )
    written.append(readme)
    return written


def _readme(corpus, sentences, corpus_path, n_boot, seed, kinds) -> str:
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
        f"- Bootstrap: {n_boot:,} resamples of each outlet's sentences, seed {seed}, "
        "95% percentile intervals.",
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
    for i, spec in enumerate(FIGURES, start=1):
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
