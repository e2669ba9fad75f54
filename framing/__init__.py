"""framing: transparent, evidence-first media-framing analysis.

Data flows one way: corpus → sentences → matches (evidence) → sentence features →
article and outlet tables → plots. ``load_*`` reads, ``score_*`` returns tidy tables,
``plot_*`` draws; ``evidence`` lists every match behind every count. Beside the article
tables, ``score_reuse`` finds which articles share sentences and who rewrote whom, and
``score_alignment`` and ``score_transformations`` show what a rewrite kept, dropped, added and
changed.

The house: ``constants`` (shared orders), ``options`` (option checks), ``tokens`` (what a word
is), ``sentences``, ``lexicons`` and ``negation``, ``features`` (scoring), ``attribution`` and
``sources``, ``sentiment``, ``outlets`` with ``bootstrap`` (intervals and the options every
interval table shares), ``differences``, ``periods``, ``topics``, ``reuse/``; drawing
(``plots/``, ``report``) and HTML views (``display``) are imported on first use, so
``import framing`` loads no matplotlib. README's "Layout" has the whole table.
"""

from .attribution import attribute_article, find_quotes
from .constants import FEATURES, PLOT_NAMES
from .corpus import CorpusError, chrome, load_corpus
from .features import (
    evidence,
    score_articles,
    score_sentences,
    score_sentences_and_evidence,
    score_text,
)
from .lexicons import LexiconError, load_lexicon, resolve_lexicons
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
    "score_sentences_and_evidence",
    "score_sources",
    "score_stream",
    "score_text",
    "split_sentences",
]

# --- outlets and reuse: no matplotlib, imported at once; the outlet tables and their helpers
# are exported as ``framing.outlets.__all__`` lists them ---
from . import outlets  # noqa: E402
from .outlets import *  # noqa: E402, F403
from .reuse import (  # noqa: E402
    score_alignment,
    score_reuse,
    score_reuse_classes,
    score_transformations,
)

# --- drawing and views: imported on first use (PEP 562), so `import framing` and the command
# line start without matplotlib. Each public name maps to the modules that define it, tried
# in order (the first one that exists wins: colours move to the matplotlib-free
# ``framing.style``).
_LAZY: dict[str, tuple[str, ...]] = {
    "COLORS": ("framing.style", "framing.plots"),
    "PALETTE": ("framing.style", "framing.plots"),
    "AlignmentView": ("framing.display",),
    "Highlighted": ("framing.display",),
    "show_alignment": ("framing.display",),
    "show_article": ("framing.display",),
    "show_text": ("framing.display",),
    "show_table": ("framing.display",),
    "describe_changes": ("framing.display",),
    "explore": ("framing.explorer",),
    "Explorer": ("framing.explorer",),
    "make_figures": ("framing.report",),
    **{name: ("framing.plots",) for name in PLOT_NAMES},
}


def __getattr__(name: str):
    """Import a drawing or view name on first use and keep it (PEP 562)."""
    modules = _LAZY.get(name)
    if modules is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    for k, module in enumerate(modules):
        try:
            value = getattr(importlib.import_module(module), name)
        except (ModuleNotFoundError, AttributeError) as exc:
            missing = getattr(exc, "name", None) in (module, name)
            if k + 1 < len(modules) and missing:
                continue  # not (yet) defined there: try the next module
            raise
        globals()[name] = value
        return value
    raise AttributeError(name)  # pragma: no cover  (every entry names a module)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ += [
    *outlets.__all__,
    "score_alignment",
    "score_reuse",
    "score_reuse_classes",
    "score_transformations",
    *_LAZY,
]

# --- studies: study file, dictionaries, keyness, time, topics, differences (issue 11) ---
from .dictionaries import dictionary_features, load_dictionary  # noqa: E402
from .differences import score_differences  # noqa: E402
from .keyness import score_keyness  # noqa: E402
from .periods import score_periods, with_time  # noqa: E402
from .study import Study, default_study, load_study, with_groups  # noqa: E402
from .topics import score_topics, tag_topics, topic_evidence  # noqa: E402

__all__ += [
    "Study",
    "default_study",
    "dictionary_features",
    "load_dictionary",
    "load_study",
    "score_differences",
    "score_keyness",
    "score_periods",
    "score_topics",
    "tag_topics",
    "topic_evidence",
    "with_groups",
    "with_time",
]
