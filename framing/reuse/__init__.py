"""Text reuse: which articles share passages, who rewrote whom, and what each rewrite kept,
paraphrased, added and dropped.

Every sentence is reduced to its content: function words (``data/reuse.toml``) are left out,
equivalent expressions (``data/equivalents.csv``: "provides weapons" and "arms", "Beijing" and
"China") become one concept, and the rest are Porter stems. Which articles to compare comes
from a MinHash LSH index (datasketch signatures, banded here) over those concept sets, so a
corpus is never compared all against all. Two sentences are scored by the IDF-weighted Dice
overlap of their concepts (``similarity``); pairs at or above ``PARAPHRASED`` align, and an
aligned pair whose own words (outside quotation marks, function words included, in any order)
also overlap at or above ``KEPT`` (``surface``) is near-verbatim.

For a derived article against its source, each derived sentence is *kept*, *paraphrased* or
*added*, and each source sentence that no derived sentence carries is *dropped*. Aligned pairs
are compared for transformations (attribution, quotation, hedges and the other framing
features, and facts from ``data/facts.csv``), each with the words and offsets that show it.

One module per step, each depending only on those above it:

- ``profiles``: sentence profiles (function words, equivalents, stems) and IDF weights;
- ``alignment``: similarity, the best source sentence of each derived one, classes, merges;
- ``index``: the MinHash bands that propose candidate pairs of articles;
- ``direction``: the relation of two articles from their metadata and shares;
- ``transformations``: what changed between two aligned sentences, with evidence;
- ``tables``: the public tables (``score_reuse``, ``score_alignment``,
  ``score_transformations``, ``rewrite_tables``, ``score_reuse_classes``) and their options
  (``ReuseOptions``, ``ReuseSettings``).
"""

from __future__ import annotations

from .alignment import CONTAINED, KEPT, PARAPHRASED
from .direction import CONTAINS, MIN_SHARE
from .index import LSH_BANDS, NUM_PERM, SEED
from .profiles import Profile, equivalents_matcher, profile, settings
from .tables import (
    ALIGNMENT_COLUMNS,
    PAIR_COLUMNS,
    TRANSFORMATION_COLUMNS,
    ReuseOptions,
    ReuseSettings,
    rewrite_tables,
    score_alignment,
    score_reuse,
    score_reuse_classes,
    score_transformations,
)
from .transformations import ATTRIBUTED

__all__ = [
    "ALIGNMENT_COLUMNS",
    "ATTRIBUTED",
    "CONTAINED",
    "CONTAINS",
    "KEPT",
    "LSH_BANDS",
    "MIN_SHARE",
    "NUM_PERM",
    "PAIR_COLUMNS",
    "PARAPHRASED",
    "Profile",
    "ReuseOptions",
    "ReuseSettings",
    "SEED",
    "TRANSFORMATION_COLUMNS",
    "equivalents_matcher",
    "profile",
    "rewrite_tables",
    "score_alignment",
    "score_reuse",
    "score_reuse_classes",
    "score_transformations",
    "settings",
]
