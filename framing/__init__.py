"""framing: transparent, evidence-first media-framing analysis.

Data flows one way: corpus → sentences → matches (evidence) → sentence features →
article and outlet tables → plots. ``load_*`` reads, ``score_*`` returns tidy tables,
``plot_*`` draws; ``evidence`` lists every match behind every count. Beside the article
tables, ``score_reuse`` finds which articles share sentences and who rewrote whom, and
``score_alignment`` and ``score_transformations`` show what a rewrite kept, dropped, added and
changed.
"""

from .attribution import attribute_article, find_quotes
from .corpus import CorpusError, chrome, load_corpus
from .features import evidence, score_articles, score_sentences, score_text
from .lexicons import FEATURES, LexiconError, load_lexicon, resolve_lexicons
from .sentences import split_sentences
from .sources import score_sources
from .stream import partition_meta, score_partition, score_stream

__version__ = "0.1.0"

__all__ = [
    "FEATURES",
    "CorpusError",
    "LexiconError",
    "attribute_article",
    "chrome",
    "evidence",
    "find_quotes",
    "load_corpus",
    "load_lexicon",
    "resolve_lexicons",
    "score_articles",
    "partition_meta",
    "score_partition",
    "score_sentences",
    "score_sources",
    "score_stream",
    "score_text",
    "split_sentences",
]

# --- plots, outlets, display, report (issue 4) ---
from .display import AlignmentView, Highlighted, show_alignment, show_article, show_text  # noqa: E402
from .outlets import (  # noqa: E402
    actor_aliases,
    score_actors,
    score_arcs,
    score_attribution,
    score_outlets,
    score_sentiment,
    source_actors,
)
from .plots import (  # noqa: E402
    COLORS,
    PALETTE,
    plot_actors,
    plot_alignment,
    plot_arcs,
    plot_attribution,
    plot_features,
    plot_reuse,
    plot_reuse_classes,
    plot_sentiment,
)
from .report import make_figures  # noqa: E402
from .reuse import (  # noqa: E402
    score_alignment,
    score_reuse,
    score_reuse_classes,
    score_transformations,
)

__all__ += [
    "AlignmentView",
    "COLORS",
    "Highlighted",
    "PALETTE",
    "actor_aliases",
    "make_figures",
    "plot_actors",
    "plot_arcs",
    "plot_attribution",
    "plot_alignment",
    "plot_features",
    "plot_reuse",
    "plot_reuse_classes",
    "plot_sentiment",
    "score_actors",
    "score_arcs",
    "score_attribution",
    "score_outlets",
    "score_sentiment",
    "show_alignment",
    "show_article",
    "show_text",
    "source_actors",
    "score_alignment",
    "score_reuse",
    "score_reuse_classes",
    "score_transformations",
]
