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


def _general_find(matcher, norms: list[str], text: str) -> list:
    # the general matcher: every entry tried at every word by its whole pattern (no index by
    # anchor word, no gate), then leftmost-longest per feature as the matcher resolves it
    from framing.lexicons import EXCLUDE, _match_from, _tok_ok, _Written

    written = _Written(text, norms)
    toks = [written[i] for i in range(len(norms))]
    hits = []
    present = set(norms)
    for fi, lx in enumerate(matcher.lexicons):
        for e in lx.entries:
            kind, val = e.tokens[0]
            if kind == "exact" and val not in present:
                continue  # its first word is nowhere in the sentence
            for i in range(len(norms)):
                if not _tok_ok(kind, val, toks, norms, i):
                    continue
                j = _match_from(e.tokens, toks, norms, i)
                if j >= 0:
                    hits.append((fi, i, i - j, e.order, e))
    out, feature, reach = [], -1, -1
    for fi, i, neglen, _, e in sorted(hits):
        if fi != feature:
            feature, reach = fi, -1
        if i <= reach:
            continue
        reach = i - neglen
        if e.category != EXCLUDE:
            out.append((matcher.features[fi], e.term, i, reach))
    return out


def test_matcher_find_equals_every_entry_tried_everywhere(seed_sentences):
    # the matcher's indices (phrases opening with a function word looked up by the word
    # before, gap phrases skipped when the word after the gap is out of reach) find what
    # trying every entry at every word finds: seeds, written sentences, real news
    from framing.lexicons import norm_token
    from framing.tokens import WORD

    matcher = features.matcher_for(None)
    written = [
        "Of course they may resume the long stalled talks, as soon as possible.",
        "In May the U.S. said it would release all of the prisoners as fast as possible.",
        "The talks resumed; the release of 40 detainees from prison may follow.",
        "As the United States and China's leaders met, of the 3 options none was clear.",
        "They released, after weeks and weeks, the hostages.",
        "",
    ]
    news = [s for t in _polnear_texts(40) for s in t.split(". ")]
    texts = seed_sentences[::3] + written + news
    anchored_late = gated = 0
    for text in texts:
        norms = [norm_token(t) for t in WORD.findall(text.replace("’", "'"))]
        found = matcher.find(None, norms, text)
        assert [(m.feature, m.entry.term, m.first, m.last) for m in found] == _general_find(
            matcher, norms, text
        ), text
        anchored_late += sum(m.entry.term.split()[0] in ("of", "in", "as", "the") for m in found)
        gated += sum("..." in m.entry.term for m in found)
    assert anchored_late > 5 and gated > 0


def test_table_blocks_equal_public_constructor_on_news(corpus):
    # the sentence table built from blocks (values stored as they are, block classes chosen
    # once per layout) equals pandas' public constructor, and every table gets its own attrs
    import pandas as pd

    matcher = features.matcher_for(None)
    feats = features.counted_features(matcher)
    texts = list(corpus["text"])[:10] + _polnear_texts(30) + ["", "War looms. “Peace?” he said."]
    for text in texts:
        spans = features.split_sentences(text)
        cols, _ = features._analyse(text, spans, matcher, False)
        fast = features.sentence_frame(cols, feats)
        pd.testing.assert_frame_equal(fast, features.public_frame(cols, feats))
        assert [type(v) for v in fast["quote_spans"]] == [tuple] * len(fast)
    one, two = framing.score_text("War looms."), framing.score_text("Peace.")
    assert one.attrs == two.attrs and one.attrs["lexicons"] is not two.attrs["lexicons"]
    info = {lx.feature: {"origin": lx.origin, "sha1": lx.sha1} for lx in matcher.lexicons}
    assert one.attrs == {
        "lexicons": {f: info[f] for f in feats},
        "actor_lexicon": info["actor"],
        "cue_lexicon": info["cue"],
    }


def test_vader_valence_written_out_equals_the_library_to_the_sign_of_zero():
    # _valence's loop over the three words before a lexicon word, written out, scores as
    # vaderSentiment does, compared by repr (so -0.0 and 0.0 differ): short sentences packed
    # with the words its rules read at each distance, and real news
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from framing import sentiment

    library = SentimentIntensityAnalyzer()
    rng = random.Random(7)
    rules = (
        "no not never nor without n't isn't ISN'T so this doubt least at very kind of or the "
        "extremely hardly slightly barely EXTREMELY kiss death sort yeah right bomb"
    ).split()
    lexicon_words = ["good", "bad", "GREAT", "terrible", "Peace", "war", "no", "least", "okay"]
    vocab = rules * 3 + lexicon_words
    made = [" ".join(rng.choice(vocab) for _ in range(rng.randint(1, 9))) for _ in range(8000)]
    news = [sentiment.straighten(s) for t in _polnear_texts(60) for s in t.split(". ")]
    for text in made + news:
        assert repr(sentiment.compound(text)) == repr(library.polarity_scores(text)["compound"])
