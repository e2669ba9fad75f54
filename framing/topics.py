"""Topics: sentences tagged by topic lexicons, and framing per outlet per topic.

A topic is a lexicon (CSV, LIWC ``.dic`` or YAML; usually named in a study file): a sentence
belongs to a topic when at least one of its entries matches, by the same matcher and term
syntax as the feature lexicons. A sentence can belong to several topics or none.
``topic_evidence`` lists the words that put each sentence in its topic.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Unpack

import numpy as np
import pandas as pd

from .bootstrap import IntervalOptions, IntervalSettings
from .constants import FEATURES
from .lexicons import Lexicon, Matcher, load_lexicon, norm_token
from .options import shows_options
from .tokens import words

__all__ = ["score_topics", "tag_topics", "topic_evidence"]

#: dtypes of the columns ``score_topics`` puts after the unit: topic, its sentences and share.
_HEAD_DTYPES = ("str", "int64", "float64")
TOPIC_EVIDENCE_COLUMNS = ["id", "outlet", "sentence", "topic", "category", "term", "matched"]


def _lexicons(topics) -> tuple[Lexicon, ...]:
    """Topic lexicons, each under its topic's name (the feature its matches carry)."""
    if hasattr(topics, "topics"):  # a Study
        topics = topics.topics
    if not isinstance(topics, Mapping) or not topics:
        raise ValueError("topics must map a topic name to a lexicon (or be a study with topics)")
    out = []
    for name, lx in topics.items():
        name = str(name)
        lx = lx if isinstance(lx, Lexicon) else load_lexicon(lx, name)
        if lx.feature != name:
            entries = tuple(replace(e, feature=name) for e in lx.entries)
            lx = Lexicon(name, entries, lx.origin, lx.sha1)
        out.append(lx)
    return tuple(out)


def _matches(sentences: pd.DataFrame, lexicons: tuple[Lexicon, ...]):
    if "text" not in sentences:
        raise ValueError("the sentence table has no text column; pass framing.score_sentences")
    matcher = Matcher(lexicons)
    for k, text in enumerate(sentences["text"].astype(str)):
        toks = words(text)
        raw = [t.text for t in toks]
        for m in matcher.find(raw, [norm_token(w) for w in raw]):
            yield k, m, text[toks[m.first].start : toks[m.last].end]


def tag_topics(sentences: pd.DataFrame, topics) -> pd.DataFrame:
    """The sentence table with one boolean column per topic (``topic:<name>``): does the
    sentence match the topic's lexicon? ``topics`` maps a name to a lexicon or its path,
    or is a ``Study``. ``attrs`` gain ``topics`` (each lexicon's origin and sha1)."""
    lexicons = _lexicons(topics)
    out = sentences.copy()
    flags = {lx.feature: np.zeros(len(out), dtype=bool) for lx in lexicons}
    for k, m, _ in _matches(out, lexicons):
        flags[m.feature][k] = True
    for name, f in flags.items():
        out[f"topic:{name}"] = f
    out.attrs = dict(sentences.attrs)
    out.attrs["topics"] = {lx.feature: {"origin": lx.origin, "sha1": lx.sha1} for lx in lexicons}
    return out


def topic_evidence(sentences: pd.DataFrame, topics) -> pd.DataFrame:
    """One row per topic match: article id, outlet, sentence, topic, the entry's category
    and term, and the words matched (the evidence behind ``tag_topics``)."""
    lexicons = _lexicons(topics)
    recs = []
    ids = sentences["id"].to_numpy() if "id" in sentences else [None] * len(sentences)
    outlets = sentences["outlet"].to_numpy() if "outlet" in sentences else [None] * len(sentences)
    sent = sentences["sentence"].to_numpy() if "sentence" in sentences else range(len(sentences))
    for k, m, matched in _matches(sentences, lexicons):
        recs.append(
            (ids[k], outlets[k], int(sent[k]), m.feature, m.entry.category, m.entry.term, matched)
        )
    return pd.DataFrame(recs, columns=TOPIC_EVIDENCE_COLUMNS)


@shows_options(IntervalSettings)
def score_topics(
    sentences: pd.DataFrame,
    topics,
    *,
    features: Sequence[str] = FEATURES,
    **options: Unpack[IntervalOptions],
) -> pd.DataFrame:
    """One row per outlet × topic × feature: framing in the sentences on that topic.

    Columns: outlet (or ``by``), ``topic``, ``topic_sentences`` and ``topic_share`` (how many
    and what share of the outlet's sentences are on the topic: how much it covers it), then
    ``score_outlets``'s columns computed on the topic's sentences only (``articles`` are the
    articles with at least one such sentence; intervals resample them). A topic an outlet
    never mentions gets no rows for that outlet. The units (``by``) and intervals follow the
    interval options (``framing.bootstrap.IntervalOptions``).
    """
    from .outlets import feature_rates, unit_order

    settings = IntervalSettings.of(options, "score_topics")
    by = settings.by
    if settings.kinds is not None:
        sentences = sentences[sentences["kind"].isin(tuple(settings.kinds))]
    s = tag_topics(sentences, topics)
    names = list(s.attrs["topics"])
    totals = s.groupby(s[by].astype(str), sort=False).size()
    frames = []
    for name in names:
        sub = s[s[f"topic:{name}"]]
        if sub.empty:
            continue
        t = feature_rates(sub, features, settings)
        t.insert(1, "topic", name)
        t.insert(2, "topic_sentences", t[by].map(sub.groupby(sub[by].astype(str)).size()))
        t.insert(3, "topic_share", t["topic_sentences"] / t[by].map(totals))
        frames.append(t)
    cols = [by, "topic", "topic_sentences", "topic_share"]
    if not frames:
        empty = feature_rates(s.iloc[:0], features, settings)
        head = pd.DataFrame({c: pd.Series(dtype=d) for c, d in zip(cols[1:], _HEAD_DTYPES)})
        out = pd.concat([head, empty], axis=1)[
            [by, *cols[1:], *[c for c in empty.columns if c != by]]
        ]
    else:
        out = pd.concat(frames, ignore_index=True)
        order = {u: k for k, u in enumerate(unit_order(s, by))}
        out["_o"] = out[by].map(order)
        out = out.sort_values(["_o"], kind="stable").drop(columns="_o").reset_index(drop=True)
        out["topic_sentences"] = out["topic_sentences"].astype("int64")
    out.attrs = dict(s.attrs)
    return out
