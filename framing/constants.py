"""Names shared by every step: the codebook's features, sentence kinds, attribution labels and
reuse classes, each in the one order that tables, charts and views use.

Where a name is also an option's value, a ``Literal`` type says what is allowed and the tuple
is derived from it (``KINDS == typing.get_args(Kind)``), so the two cannot drift apart.
``framing.options.check_option`` turns a wrong value into an error that lists them.
"""

from __future__ import annotations

from typing import Literal, get_args

#: The codebook's lexicon features (§1–§3), in table and chart order. Not a ``Literal``:
#: a user's lexicon adds a feature (``score_text(..., lexicons={"fear": path})``).
FEATURES: tuple[str, ...] = ("hedge", "booster", "threat", "conciliatory")

#: A sentence kind (see ``sentences.paragraph_kind``).
Kind = Literal["headline", "standfirst", "subheading", "caption", "body"]
#: Sentence kinds, from the top of an article down.
KINDS: tuple[Kind, ...] = get_args(Kind)

#: An attribution label (codebook §4).
AttributionLabel = Literal["named", "anonymous", "unattributed"]
#: The codebook's attribution labels, in table order.
ATTRIBUTION_LABELS: tuple[AttributionLabel, ...] = get_args(AttributionLabel)

#: A rate of a feature: matches per 1,000 words, or the share of sentences with a match.
Measure = Literal["per_1k", "share"]
#: The rates, in table order (``score_differences``, ``plot_features``, ``plot_timeline``, ...).
MEASURES: tuple[Measure, ...] = get_args(Measure)

#: What a rewrite did with a sentence (``framing.reuse``).
ReuseClass = Literal["kept", "paraphrased", "added", "dropped"]
#: The reuse classes, in table order.
REUSE_CLASSES: tuple[ReuseClass, ...] = get_args(ReuseClass)

#: The drawing functions of ``framing.plots``, listed once: ``framing.plots.__all__`` exports
#: them and ``framing`` imports each on first use (so ``import framing`` loads no matplotlib).
PLOT_NAMES: tuple[str, ...] = (
    "plot_actors",
    "plot_alignment",
    "plot_arcs",
    "plot_attribution",
    "plot_differences",
    "plot_keyness",
    "plot_features",
    "plot_fact_changes",
    "plot_reuse",
    "plot_reuse_classes",
    "plot_sentiment",
    "plot_timeline",
    "plot_topics",
)
