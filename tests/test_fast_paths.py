"""Fast paths of the scoring loop held equal to the general code they replace, on the seeds,
on written sentences with every quotation mark, and on real news when the evaluation file is
present (read by path, never copied)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

import framing
from framing import attribution, features


def _polnear_texts(n: int) -> list[str]:
    here = Path(__file__).resolve()
    found = [p / "shared" / "eval" / "polnear_dev.jsonl" for p in here.parents]
    found = [p for p in found if p.is_file()]
    if not found:
        return []
    with found[0].open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh][:n]


@pytest.fixture(scope="module")
def seed_sentences(sentences) -> list[str]:
    return sentences["text"].tolist()


def test_quote_mark_test_is_the_pattern(seed_sentences):
    # find_quotes' first test (is there a mark at all?) answers as _HAS_QUOTE.search does
    rng = random.Random(11)
    marks = list("“”\"‘’'`` ab.,")
    written = [
        "He said “no” and left.",
        'She said "maybe."',
        "It is ‘odd’ indeed.",
        "The agency's report, Sanders' aides.",
        "``Quoted'' in an archive.",
        "A lone ` backtick and ’ closing mark only.",
        "No marks at all here.",
        "",
    ]
    noise = ["".join(rng.choice(marks) for _ in range(rng.randint(0, 12))) for _ in range(5000)]
    news = [s for t in _polnear_texts(100) for s in t.split(". ")]
    texts = seed_sentences + written + noise + news
    ours = [attribution._has_quote_mark(t) for t in texts]
    assert ours == [bool(attribution._HAS_QUOTE.search(t)) for t in texts]
    assert 100 < sum(ours) < len(ours) - 100


def _columns_by_name(atts, starts):
    # the general code: each column read from each Attribution by name
    def moved(name):
        return [getattr(a, name) + s if getattr(a, name) >= 0 else -1 for a, s in zip(atts, starts)]

    return {
        "attribution": [a.attribution for a in atts],
        "source": [a.source for a in atts],
        "source_type": [a.source_type for a in atts],
        "cue": [a.cue for a in atts],
        "cue_start": moved("cue_start"),
        "cue_end": moved("cue_end"),
        "source_start": moved("source_start"),
        "source_end": moved("source_end"),
        "quote": [a.quote for a in atts],
        "quote_fragment": [a.quote_fragment for a in atts],
        "quote_spans": [
            tuple((q.start + s, q.end + s) for q in a.quotes) if a.quotes else ()
            for a, s in zip(atts, starts)
        ],
        "unbalanced_quote": [a.unbalanced_quote for a in atts],
        "attribution_note": [a.inherited for a in atts],
    }


def test_attribution_columns_read_every_field(corpus):
    # the columns read in one call per sentence equal the columns read field by field, in
    # the order of ATTRIBUTION_COLUMNS, on every seed article and on real news
    from framing.sentences import split_sentences

    texts = list(corpus["text"]) + _polnear_texts(60) + [""]
    labelled = 0
    for text in texts:
        spans = split_sentences(text)
        sents = [text[s:e] for s, e, _ in spans]
        atts = attribution.attribute_article(sents)
        starts = [s for s, _, _ in spans]
        ours = features._attribution_columns(atts, starts)
        assert list(ours) == features.ATTRIBUTION_COLUMNS
        assert ours == _columns_by_name(atts, starts)
        labelled += sum(a.attribution != "unattributed" for a in atts)
    assert labelled > 50


def test_feature_slots_follow_the_matcher():
    # counted features and their positions, cached per matcher, as the matcher orders them
    matcher = features.matcher_for(None)
    feats, slot = features._feature_slots(matcher)
    assert feats == tuple(f for f in matcher.features if f not in ("actor", "cue"))
    assert [slot[f] for f in feats] == list(range(len(feats)))
    assert features.counted_features(matcher) is feats
    df = framing.score_text("Officials may warn of a threat. They said talks could resume.")
    assert list(df.columns[6 : 6 + len(feats)]) == list(feats)
