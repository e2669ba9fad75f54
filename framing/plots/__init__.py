"""Plots: tidy tables → matplotlib charts, one module per step.

- ``outlets``: the outlet tables (features, attribution, actors, arcs, sentiment);
- ``reuse``: text reuse (the reuse matrix, a rewrite beside its source, framing by class);
- ``study``: a study's tables (framing over time, keyness, differences, topics);
- ``layout``: the pure-number part (sizes, positions, wrapping), no drawing;
- ``common``: what every chart shares (current Axes, blank chart, source note, panels).

Every ``plot_*`` follows seaborn's contract: the tidy table first (``data``), every option by
keyword, ``ax=None`` draws on the current Axes (``plot_alignment`` makes a figure sized to its
sentences instead, see its docstring), ``**kwargs`` reach matplotlib, the Axes is returned,
and empty data gives a blank, titled Axes. Colours and labels come from ``framing.style``
(one colour-blind-safe palette, one meaning per colour, in the charts and the HTML views
alike); each chart carries a small source note.
"""

from __future__ import annotations

from ..constants import PLOT_NAMES
from ..style import COLORS, FEATURE_LABELS, PALETTE
from .common import legend_handles, source_note

# re-exported: ``__all__`` lists them through ``PLOT_NAMES`` (ruff cannot see through the ``*``)
from .outlets import plot_actors, plot_arcs, plot_attribution, plot_features, plot_sentiment  # noqa: F401
from .reuse import plot_alignment, plot_fact_changes, plot_reuse, plot_reuse_classes  # noqa: F401
from .study import plot_differences, plot_keyness, plot_timeline, plot_topics  # noqa: F401

__all__ = [
    "COLORS",
    "FEATURE_LABELS",
    "PALETTE",
    "legend_handles",
    *PLOT_NAMES,
    "source_note",
]
