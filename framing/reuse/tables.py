"""The public reuse tables: pairs of articles (``score_reuse``), a rewrite sentence by sentence
(``score_alignment``), its transformations (``score_transformations``; both at once with
``rewrite_tables``) and the framing of each class of sentence (``score_reuse_classes``).
The first four take the same keyword options, typed once as ``ReuseOptions`` and held with
their defaults by ``ReuseSettings``.

Counts are nullable integers (``Int64``: missing where a count does not apply, as the classes
of an undirected pair). A cell holding several values is one string, the values joined by
"; " (``also_from``, ``edits``, ``transformations``, ``evidence``) or, for the concepts behind
a similarity (``shared``), by ", ", as written to CSV and shown in notebooks.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TypedDict, Unpack

import pandas as pd

from ..constants import FEATURES, KINDS, REUSE_CLASSES, Kind
from ..distributed import dask_score_reuse, is_dask_frame
from ..features import matcher_for, score_sentences
from ..options import check_options, keyword_settings, shows_options
from .alignment import (
    KEPT,
    PARAPHRASED,
    Alignment,
    align,
    check_thresholds,
    classes,
    edits,
    pair_similarities,
    sentence_class,
    shared_concepts,
    similarity,
    surface,
)
from .direction import containment, direction, mark_siblings
from .index import candidate_pairs
from .profiles import SHIPPED_EQUIVALENTS, ProfileTable
from .transformations import ATTRIBUTED, Change, alignment_changes

#: Lexicons as ``score_sentences`` takes them: feature -> CSV path, or a list of paths.
Lexicons = Mapping[str, str | Path] | Iterable[str | Path] | None

PAIR_COLUMNS = [
    "a",
    "b",
    "outlet_a",
    "outlet_b",
    "sentences_a",
    "sentences_b",
    "matched_a",
    "matched_b",
    "share_a",
    "share_b",
    "reuse",
    "verbatim",
    "relation",
    "source",
    "derived",
    *REUSE_CLASSES,
    "evidence",
]
PAIR_COUNTS = ("sentences_a", "sentences_b", "matched_a", "matched_b", "verbatim", *REUSE_CLASSES)

ALIGNMENT_COLUMNS = [
    "source",
    "derived",
    "class",
    "derived_sentence",
    "source_sentence",
    "also_from",
    "similarity",
    "surface",
    "shared",
    "edits",
    "transformations",
    "facts",
    "text",
    "source_text",
    "words",
    *FEATURES,
    "attribution",
    "quote",
]
ALIGNMENT_COUNTS = ("derived_sentence", "source_sentence", "words", *FEATURES)

TRANSFORMATION_COLUMNS = [
    "source",
    "derived",
    "source_sentence",
    "derived_sentence",
    "transformation",
    "category",
    "before",
    "before_start",
    "before_end",
    "after",
    "after_start",
    "after_end",
    "source_text",
    "text",
]
TRANSFORMATION_COUNTS = (
    "source_sentence",
    "derived_sentence",
    "before_start",
    "before_end",
    "after_start",
    "after_end",
)


def _typed(out: pd.DataFrame, counts: Iterable[str]) -> pd.DataFrame:
    """Counts as nullable integers, also in an empty table."""
    for c in counts:
        out[c] = out[c].astype("Int64")
    return out


# --- input ---------------------------------------------------------------------------------


def prepare_sentences(
    corpus: pd.DataFrame,
    *,
    sentences: pd.DataFrame | None = None,
    lexicons: Lexicons = None,
    kinds: Iterable[Kind] | Kind | None = None,
) -> pd.DataFrame:
    """The sentences reuse compares, checked against ``corpus``, with a fresh index: the
    given ``score_sentences`` table or a new one, only of the given ``kinds``."""
    if not isinstance(corpus, pd.DataFrame) or "id" not in corpus.columns:
        raise TypeError("reuse needs the corpus table from framing.load_corpus")
    if sentences is None:
        sentences = score_sentences(corpus, lexicons=lexicons)
    missing = {"id", "sentence", "text", "start", "attribution", "quote"} - set(sentences.columns)
    if missing:
        raise ValueError(
            f"sentences table lacks {', '.join(sorted(missing))}: pass score_sentences(corpus)"
        )
    unknown = sorted(set(sentences["id"].astype(str)) - set(corpus["id"].astype(str)))
    if unknown:
        raise ValueError(f"sentences of articles not in the corpus: {', '.join(unknown[:5])}")
    sents = sentences
    if kinds is not None:
        kinds = check_options("kinds", [kinds] if isinstance(kinds, str) else kinds, KINDS, "reuse")
        sents = sents[sents["kind"].isin(kinds)]
    return sents.reset_index(drop=True)


class ReuseOptions(TypedDict, total=False):
    """The keyword options of every reuse table, for ``**options: Unpack[ReuseOptions]``
    (their meaning and defaults: ``ReuseSettings``)."""

    sentences: pd.DataFrame | None
    lexicons: Lexicons
    kinds: Iterable[Kind] | Kind | None
    paraphrased: float
    kept: float
    equivalents: str | Path


@dataclass(frozen=True, eq=False)
class ReuseSettings:
    """What reuse compares and how: ``sentences``, a ``score_sentences`` table of the corpus
    to reuse (``None``: scored here with ``lexicons``); ``kinds``, the sentence kinds compared
    (``None``: all); ``paraphrased`` and ``kept``, the similarity thresholds
    (``framing.reuse.alignment``); ``equivalents``, a lexicon of expressions that count as one
    concept (default: the shipped ``equivalents.csv``)."""

    sentences: pd.DataFrame | None = None
    lexicons: Lexicons = None
    kinds: Iterable[Kind] | Kind | None = None
    paraphrased: float = PARAPHRASED
    kept: float = KEPT
    equivalents: str | Path = SHIPPED_EQUIVALENTS

    @classmethod
    def of(cls, options: Mapping[str, object], where: str) -> ReuseSettings:
        """The settings of one call's ``**options``, checked (``where``: the function)."""
        settings = keyword_settings(cls, options, where)
        check_thresholds(paraphrased=settings.paraphrased, kept=settings.kept)
        return settings

    def profiles(self, corpus: pd.DataFrame) -> ProfileTable:
        """The profiles of ``corpus``'s sentences (``prepare_sentences``) that reuse compares."""
        sents = prepare_sentences(
            corpus, sentences=self.sentences, lexicons=self.lexicons, kinds=self.kinds
        )
        return ProfileTable(sents, equivalents=self.equivalents)


# --- pairs of articles ---------------------------------------------------------------------


@shows_options(ReuseSettings)
def score_reuse(corpus: pd.DataFrame, **options: Unpack[ReuseOptions]) -> pd.DataFrame:
    """One row per pair of articles that share at least one aligned sentence.

    ``share_a`` is the share of a's sentences (``sentences_a``, the denominator) that align with
    a sentence of b; ``reuse`` is the share of both articles' sentences that align;
    ``verbatim`` counts a's sentences that are near-verbatim copies of one of b's.

    ``relation`` is ``derived`` when a ``based_on`` note, kinds, an agency byline or
    publication times give the direction (``evidence`` says which): then ``source`` and
    ``derived`` are set and the derived side's sentences are counted as kept, paraphrased
    and added, and the source's uncarried ones as dropped, exactly as ``score_alignment``
    lists them. ``siblings`` are two articles made from one third; ``contained`` marks an
    article mostly found in another with no direction known; otherwise ``shared passages``.

    The options (``ReuseSettings``: the thresholds ``paraphrased`` and ``kept``, the
    ``equivalents`` lexicon, the sentence ``kinds``, a ``sentences`` table of ``corpus`` to
    reuse) are those of ``score_alignment``. A Dask DataFrame of articles gives a Dask
    DataFrame of the same pairs (``framing.distributed``)."""
    settings = ReuseSettings.of(options, "score_reuse")
    paraphrased, kept = settings.paraphrased, settings.kept
    if is_dask_frame(corpus):
        if settings.sentences is not None:
            raise TypeError("score_reuse of a Dask DataFrame scores its sentences itself")
        return dask_score_reuse(
            corpus,
            lexicons=settings.lexicons,
            kinds=settings.kinds,
            paraphrased=paraphrased,
            kept=kept,
            equivalents=settings.equivalents,
        )
    t = settings.profiles(corpus)
    meta = {str(r["id"]): r for r in corpus.to_dict("records")}
    rows = []
    for a, b in candidate_pairs(t, accept=lambda i, j: similarity(t, i, j) >= paraphrased):
        row = pair_row(t, a, b, meta, paraphrased=paraphrased, kept=kept)
        if row is not None:
            rows.append(row)
    out = pair_frame(rows)
    mark_siblings(out)
    return out


def pair_row(
    t: ProfileTable, a: str, b: str, meta: dict, *, paraphrased: float, kept: float
) -> dict | None:
    """The ``score_reuse`` row of articles ``a`` and ``b`` (their corpus rows in ``meta``),
    or None when no sentences of theirs align; siblings are marked later, over all rows."""
    sims = pair_similarities(t, a, b)
    if sims and max(sims.values()) >= paraphrased:
        return _pair_row(t, a, b, sims, meta, paraphrased=paraphrased, kept=kept)
    return None


def pair_frame(rows: list[dict]) -> pd.DataFrame:
    """``pair_row`` rows as a typed ``score_reuse`` table (``PAIR_COLUMNS``): the same
    dtypes whatever the rows (none, or no direction known), so that parts of a corpus
    scored apart concatenate to the whole corpus's table."""
    out = _typed(pd.DataFrame(rows, columns=PAIR_COLUMNS), PAIR_COUNTS)
    texts = ("a", "b", "outlet_a", "outlet_b", "relation", "source", "derived", "evidence")
    return out.astype(
        {**dict.fromkeys(texts, "str"), **dict.fromkeys(("share_a", "share_b", "reuse"), float)}
    )


def _pair_row(
    t: ProfileTable, a: str, b: str, sims: dict, meta: dict, *, paraphrased: float, kept: float
) -> dict:
    # a against b, and back
    ab = align(t, sims, source=b, derived=a, derived_first=True, paraphrased=paraphrased)
    ba = align(t, sims, source=a, derived=b, derived_first=False, paraphrased=paraphrased)
    n_a, n_b = len(t.rows_of[a]), len(t.rows_of[b])
    matched_a, matched_b = len(ab.best), len(ba.best)
    verbatim = sum(1 for d, hit in ab.best.items() if surface(t, d, hit.source) >= kept)
    source, why = direction(a, b, meta, share={a: matched_a / n_a, b: matched_b / n_b})
    row = {
        "a": a,
        "b": b,
        "outlet_a": meta[a].get("outlet", a),
        "outlet_b": meta[b].get("outlet", b),
        "sentences_a": n_a,
        "sentences_b": n_b,
        "matched_a": matched_a,
        "matched_b": matched_b,
        "share_a": matched_a / n_a if n_a else 0.0,
        "share_b": matched_b / n_b if n_b else 0.0,
        "reuse": (matched_a + matched_b) / (n_a + n_b) if n_a + n_b else 0.0,
        "verbatim": verbatim,
        "relation": "shared passages",
        "source": None,
        "derived": None,
        **dict.fromkeys(REUSE_CLASSES, pd.NA),
        "evidence": why,
    }
    if source is not None:
        derived = b if source == a else a
        counts = Counter(classes(t, ab if derived == a else ba, kept=kept))
        row.update(relation="derived", source=source, derived=derived)
        row.update({c: counts[c] for c in REUSE_CLASSES})
    else:
        note = containment(a, row["share_a"], b, row["share_b"])
        if note:
            row.update(relation="contained", evidence="; ".join(filter(None, (why, note))))
    return row


# --- one rewrite ---------------------------------------------------------------------------


class _Rewrite:
    """One derived article against its source: the profiles, the alignment, the matcher of
    the framing features and the transformations found."""

    def __init__(self, corpus, source, derived, settings: ReuseSettings):
        source, derived = str(source), str(derived)
        self.t = t = settings.profiles(corpus)
        present = set(t.sents["id"].astype(str))
        for a in (source, derived):
            if a not in present:
                raise ValueError(f"no sentences of article {a!r} in the corpus")
        if source == derived:
            raise ValueError("source and derived must be two different articles")
        self.kept = settings.kept
        sims = pair_similarities(t, derived, source)
        self.alignment = align(
            t,
            sims,
            source=source,
            derived=derived,
            derived_first=True,
            paraphrased=settings.paraphrased,
        )
        self.matcher = matcher_for(settings.lexicons)
        self.changes = alignment_changes(t, self.alignment, self.matcher)

    def alignment_table(self) -> pd.DataFrame:
        return _alignment_table(self.t, self.alignment, self.changes, kept=self.kept)

    def transformation_table(self) -> pd.DataFrame:
        return _transformation_table(self.t, self.changes)


@shows_options(ReuseSettings)
def score_alignment(
    corpus: pd.DataFrame, source: str, derived: str, **options: Unpack[ReuseOptions]
) -> pd.DataFrame:
    """Sentence-by-sentence alignment of ``derived`` against its ``source``.

    One row per derived sentence (class kept, paraphrased or added) in order, then one row
    per source sentence that no derived sentence carries (class dropped). ``text`` and the
    framing columns describe the row's own sentence: the derived one, or for a dropped row the
    source one. ``similarity`` is the content overlap with ``source_sentence``, ``shared``
    the concepts behind it, ``edits`` the word changes of a near-verbatim sentence, and
    ``also_from`` further source sentences a merged sentence carries, ``transformations``
    the names of what changed and ``facts`` each changed fact as its words ("claimed →
    annexed"; ``score_transformations`` has their offsets). Similarities use the
    whole corpus's word weights, so they agree with ``score_reuse``.

    ``paraphrased`` and ``kept`` are the similarity thresholds; ``equivalents`` a lexicon of
    expressions that count as one concept (default: the shipped ``equivalents.csv``);
    ``kinds`` keeps only some sentence kinds; ``sentences`` reuses a ``score_sentences``
    table of ``corpus`` (``ReuseSettings``)."""
    settings = ReuseSettings.of(options, "score_alignment")
    return _Rewrite(corpus, source, derived, settings).alignment_table()


@shows_options(ReuseSettings)
def score_transformations(
    corpus: pd.DataFrame, source: str, derived: str, **options: Unpack[ReuseOptions]
) -> pd.DataFrame:
    """One row per transformation between ``derived`` and its ``source``, with the words and
    sentence offsets of what the source had (``before``) and what the derived sentence has
    (``after``): the evidence behind ``score_alignment``'s ``transformations`` column. The
    options are ``score_alignment``'s."""
    settings = ReuseSettings.of(options, "score_transformations")
    return _Rewrite(corpus, source, derived, settings).transformation_table()


@shows_options(ReuseSettings)
def rewrite_tables(
    corpus: pd.DataFrame, source: str, derived: str, **options: Unpack[ReuseOptions]
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``score_alignment`` and ``score_transformations`` of one pair from one analysis."""
    rewrite = _Rewrite(corpus, source, derived, ReuseSettings.of(options, "rewrite_tables"))
    return rewrite.alignment_table(), rewrite.transformation_table()


def _row(t: ProfileTable, i: int, source: str, derived: str) -> dict:
    """An alignment row describing sentence row ``i`` itself, before its class is known."""
    r = t.sents.iloc[i]
    return {
        "source": source,
        "derived": derived,
        "derived_sentence": r["sentence"],
        "source_sentence": pd.NA,
        "also_from": "",
        "similarity": float("nan"),
        "surface": float("nan"),
        "shared": "",
        "edits": "",
        "transformations": "",
        "facts": "",
        "text": r["text"],
        "source_text": "",
        "words": int(r["words"]),
        **{f: int(r[f]) if f in r else 0 for f in FEATURES},
        "attribution": r["attribution"],
        "quote": bool(r["quote"]),
    }


def _alignment_table(
    t: ProfileTable, alignment: Alignment, changes: list[Change], *, kept: float
) -> pd.DataFrame:
    source, derived = alignment.source, alignment.derived
    rows = []
    also = alignment.merged()
    sent_no = t.sents["sentence"].tolist()
    names: dict[int, set[str]] = {}
    facts: dict[int, list[str]] = {}
    for x in changes:
        names.setdefault(x.derived_row, set()).add(x.transformation)
        if x.transformation == FACT_CHANGED:
            facts.setdefault(x.derived_row, []).append(fact_words(x))
    for d in t.rows_of[derived]:
        hit = alignment.best.get(d)
        row = _row(t, d, source, derived)
        if hit is None:
            row["class"] = "added"
        else:
            s = hit.source
            overlap = surface(t, d, s)
            cls = sentence_class(overlap, kept=kept)
            row.update(
                {
                    "class": cls,
                    "source_sentence": sent_no[s],
                    "also_from": "; ".join(str(sent_no[x]) for x in sorted(also[d])),
                    "similarity": hit.similarity,
                    "surface": overlap,
                    "shared": shared_concepts(t, d, s),
                    "edits": edits(t, s, d) if cls == "kept" else "",
                    "transformations": "; ".join(sorted(names.get(d, ()))),
                    "facts": "; ".join(facts.get(d, ())),
                    "source_text": t.text(s),
                }
            )
        rows.append(row)
    for s in t.rows_of[source]:
        if s not in alignment.carried:
            row = _row(t, s, source, derived)
            row.update(
                {"class": "dropped", "derived_sentence": pd.NA, "source_sentence": sent_no[s]}
            )
            rows.append(row)
    return _typed(pd.DataFrame(rows, columns=ALIGNMENT_COLUMNS), ALIGNMENT_COUNTS)


FACT_CHANGED = "fact_changed"


def fact_words(change: Change) -> str:
    """A fact change as its words, before → after (``"claimed → annexed"``; "—" for a side
    without words): what the alignment's ``facts`` column holds."""
    before = change.before.words if change.before else "—"
    after = change.after.words if change.after else "—"
    return f"{before} → {after}"


def _transformation_table(t: ProfileTable, changes: list[Change]) -> pd.DataFrame:
    sent_no = t.sents["sentence"].tolist()
    rows = []
    for x in changes:
        s, d = x.source_row, x.derived_row
        before, after = x.before, x.after
        rows.append(
            {
                "source": t.ids[s],
                "derived": t.ids[d],
                "source_sentence": sent_no[s],
                "derived_sentence": sent_no[d],
                "transformation": x.transformation,
                "category": x.category,
                "before": before.words if before else "",
                "before_start": _offset(before.start if before else None),
                "before_end": _offset(before.end if before else None),
                "after": after.words if after else "",
                "after_start": _offset(after.start if after else None),
                "after_end": _offset(after.end if after else None),
                "source_text": t.text(s),
                "text": t.text(d),
            }
        )
    return _typed(pd.DataFrame(rows, columns=TRANSFORMATION_COLUMNS), TRANSFORMATION_COUNTS)


def _offset(value: int | None):
    return pd.NA if value is None else value


# --- framing of each class -----------------------------------------------------------------

CLASS_COUNTS = (
    "sentences",
    "words",
    *(f"{f}{suffix}" for f in FEATURES for suffix in ("", "_unattributed")),
    "attributed",
)


def score_reuse_classes(alignment: pd.DataFrame) -> pd.DataFrame:
    """Framing of each class of an alignment: sentences and words (the denominators), the
    count of each framing feature with its rate per 1,000 words and the part of it in
    unattributed sentences (``threat_unattributed``: threat in the writer's own voice), and
    the attributed sentences with their share."""
    missing = {"source", "derived", "class", "words", "attribution", *FEATURES} - set(
        alignment.columns
    )
    if missing:
        raise ValueError(f"alignment lacks {', '.join(sorted(missing))}: pass score_alignment(...)")
    columns = ["source", "derived", "class", "sentences", "words"]
    for f in FEATURES:
        columns += [f, f"{f}_per_1k", f"{f}_unattributed"]
    columns += ["attributed", "attributed_share"]
    rows = []
    for (src, der, cls), g in alignment.groupby(["source", "derived", "class"], sort=False):
        words_n = int(g["words"].sum())
        own = g["attribution"] == "unattributed"
        row = {"source": src, "derived": der, "class": cls, "sentences": len(g), "words": words_n}
        for f in FEATURES:
            n = int(g[f].sum())
            row[f] = n
            row[f"{f}_per_1k"] = 1000 * n / words_n if words_n else float("nan")
            row[f"{f}_unattributed"] = int(g.loc[own, f].sum())
        att = int(g["attribution"].isin(ATTRIBUTED).sum())
        row["attributed"] = att
        row["attributed_share"] = att / len(g)
        rows.append(row)
    out = _typed(pd.DataFrame(rows, columns=columns), CLASS_COUNTS)
    out["class"] = pd.Categorical(out["class"], categories=REUSE_CLASSES, ordered=True)
    return out.sort_values(["source", "derived", "class"]).reset_index(drop=True)
