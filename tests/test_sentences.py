import framing
from framing.sentences import count_words, punkt_tokenizer, split_sentences, words


def test_punkt_ships_abbreviations_offline():
    params = punkt_tokenizer()._params
    assert {"u.s", "mr", "gen", "jan"} <= params.abbrev_types


def test_abbreviations_do_not_end_sentences():
    text = "Mr. Liu met U.S. officials on Jan. 12 with Gen. Song. The talks lasted two days."
    spans = split_sentences(text)
    assert [text[s:e] for s, e, _ in spans] == [
        "Mr. Liu met U.S. officials on Jan. 12 with Gen. Song.",
        "The talks lasted two days.",
    ]


def test_offsets_slice_the_text_exactly(sentences, corpus):
    texts = dict(zip(corpus["id"], corpus["text"]))
    for row in sentences.itertuples():
        assert texts[row.id][row.start : row.end] == row.text


def test_seed_kinds(sentences):
    kinds = sentences.groupby(["id", "kind"]).size()
    assert kinds[("001", "standfirst")] == 1
    assert kinds[("001", "caption")] == 1
    assert kinds[("001", "subheading")] == 2
    assert kinds[("004", "caption")] == 1
    assert kinds[("004", "subheading")] == 1
    for article in ("000", "001", "002", "004"):
        assert kinds[(article, "headline")] == 1
    caption = sentences[(sentences["id"] == "004") & (sentences["kind"] == "caption")]
    assert caption["text"].iloc[0].startswith("US Secretary of State Antony Blinken waves")


def test_machine_translation_fragments_stand_as_sentences(sentences):
    texts = sentences.loc[sentences["id"] == "003", "text"].tolist()
    assert "Told." in texts
    assert "foreign policy." in texts


def test_words_keep_abbreviations_and_split_hyphens():
    assert [w for w, _, _ in words("U.S.-China de-escalation, 1,000 hasn't")] == [
        "U.S",
        "China",
        "de",
        "escalation",
        "1,000",
        "hasn't",
    ]
    assert count_words("") == 0


def test_score_text_never_drops_text_between_paragraphs():
    text = "Title Line\n\nFirst sentence here. Second one?\n\nShort Subhead\n\nLast."
    df = framing.score_text(text)
    assert list(df["kind"]) == ["headline", "body", "body", "subheading", "body"]
    assert all(text[s:e] == t for s, e, t in zip(df["start"], df["end"], df["text"]))


def test_single_sentence_shortcut_agrees_with_punkt(corpus):
    # paragraphs with no . ? ! before their final punctuation skip Punkt: same result
    from framing.corpus import article_structure

    tok = punkt_tokenizer()
    for row in corpus.to_dict("records"):
        text, paras, _ = article_structure(row)
        ours = [
            (s, e) for s, e, k in split_sentences(text, paras=paras) if k in ("body", "standfirst")
        ]
        theirs = []
        for p in paras:
            if p.kind in ("body", "standfirst"):
                chunk = text[p.start : p.end]
                theirs += [
                    (p.start + s, p.start + e)
                    for s, e in tok.span_tokenize(chunk)
                    if chunk[s:e].strip(" .,;:\t")
                ]
        assert ours == theirs


def test_sentence_and_line_spans_are_named_records():
    from framing.sentences import LineSpan, SentenceSpan, paragraphs

    text = "Talks resume\n\n  Officials met. They spoke for hours.  \n"
    lines = paragraphs(text)
    assert all(isinstance(p, LineSpan) for p in lines)
    assert [text[p.start : p.end] for p in lines] == [
        "Talks resume",
        "Officials met. They spoke for hours.",
    ]
    spans = split_sentences(text)
    assert all(isinstance(s, SentenceSpan) for s in spans)
    assert [(text[s.start : s.end], s.kind) for s in spans] == [
        ("Talks resume", "headline"),
        ("Officials met.", "body"),
        ("They spoke for hours.", "body"),
    ]
    start, end, kind = spans[0]  # still a tuple where callers unpack it
    assert (start, end, kind) == tuple(spans[0])


def test_tokens_words_carry_offsets_and_count_words_counts_them():
    from framing import tokens

    text = "Beijing’s envoy met U.S. officials; talks on de-escalation resume at 12:30."
    toks = tokens.words(text)
    assert all(text[t.start : t.end] == t.text for t in toks)
    assert tokens.count_words(text) == len(toks)
    assert [t.text for t in toks if "-" in text[t.end : t.end + 1]] == ["de"]  # hyphen splits
    assert "12:30" in [t.text for t in toks] and "U.S" in [t.text for t in toks]
    assert [t.text for t in tokens.words("Jean-Pierre")] == ["Jean", "Pierre"]
    assert tokens.NAME_WORD.findall("Jean-Pierre") == ["Jean-Pierre"]  # a name keeps it


def test_memo_punkt_gives_nltk_punkts_boundaries(corpus):
    # the memo of break decisions changes nothing: the same spans as NLTK's own tokenizer,
    # on every seed paragraph and on paragraphs shuffled from their sentences (the same
    # contexts met again in new places, so the memo answers)
    import random

    from nltk.tokenize.punkt import PunktSentenceTokenizer

    from framing.sentences import MemoPunkt, paragraphs, punkt_parameters

    plain = PunktSentenceTokenizer(punkt_parameters())
    memo = MemoPunkt(punkt_parameters())
    paras = [t[s:e] for t in corpus["text"] for s, e in paragraphs(t)]
    pieces = [p[s:e] for p in paras for s, e in plain.span_tokenize(p)]
    rng = random.Random(3)
    shuffled = [" ".join(rng.sample(pieces, rng.randint(1, 6))) for _ in range(1500)]
    tricky = ["Mr. Smith met Dr. Jones at 5 p.m. Then he left.", "The U.S. said so. It did."]
    texts = paras + shuffled + tricky
    assert len(pieces) > 100
    for text in texts:
        assert list(memo.span_tokenize(text)) == list(plain.span_tokenize(text)), text
    assert memo._breaks  # the memo was used
    # forget empties it (benchmarks of text whose contexts never repeat); spans stay the same
    memo.forget()
    assert not memo._breaks
    assert list(memo.span_tokenize(tricky[0])) == list(plain.span_tokenize(tricky[0]))


def test_is_terminated_reads_the_line_end_like_the_pattern(corpus):
    # is_terminated reads the end of a line; the documented pattern tried everywhere agrees
    import random

    from framing.sentences import _TERMINAL, is_terminated

    lines = [ln for t in corpus["text"] for ln in t.split("\n")]
    rng = random.Random(7)
    marks = list(".!?…:;\"'”’)] \t\n\u00a0\u2003ab,-(“")
    lines += ["".join(rng.choice(marks) for _ in range(rng.randint(0, 8))) for _ in range(20000)]
    lines += [ln + tail for ln in lines[:200] for tail in ("", " ", ".” ", "?)", ":\n", "ab")]
    assert sum(map(is_terminated, lines)) > 1000
    assert [is_terminated(ln) for ln in lines] == [bool(_TERMINAL.search(ln)) for ln in lines]


def _punkt_cases(corpus):
    """Seed paragraphs and whole texts, paragraphs shuffled from their sentences, and random
    strings of the characters Punkt reads (end marks, quotes, brackets, numbers, initials,
    abbreviations, ellipses, dashes, line breaks)."""
    import random

    from nltk.tokenize.punkt import PunktSentenceTokenizer

    from framing.sentences import paragraphs, punkt_parameters

    plain = PunktSentenceTokenizer(punkt_parameters())
    texts = list(corpus["text"])
    paras = [t[s:e] for t in texts for s, e in paragraphs(t)]
    pieces = [p[s:e] for p in paras for s, e in plain.span_tokenize(p)]
    rng = random.Random(5)
    shuffled = [" ".join(rng.sample(pieces, rng.randint(1, 6))) for _ in range(500)]
    marks = [*"ab AB.?!,;:-\"'()”“’‘…\n\t12", " . ", "J. ", "U.S. ", "Mr. ", "no. ", "3.5 "]
    marks += ["-- ", "... ", "’” ", "1990. ", "e.g. ", "p.m. ", "i. ", "(A.) "]
    noise = ["".join(rng.choice(marks) for _ in range(rng.randint(0, 40))) for _ in range(6000)]
    return plain, texts + paras + shuffled + noise


def test_memo_punkt_decision_is_nltks_on_every_candidate(corpus):
    # decide (NLTK's two annotation passes written out for abbreviation-only parameters)
    # gives NLTK's own decision on every candidate break context, sentence breaks or not
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    from framing.sentences import MemoPunkt, punkt_parameters

    plain, texts = _punkt_cases(corpus)
    memo = MemoPunkt(punkt_parameters())
    assert memo._plain  # the shipped parameters take the written-out decision
    contexts = [c for t in texts for _, c in plain._match_potential_end_contexts(t)]
    contexts += texts[-2000:]  # whole strings as contexts: several candidates, line breaks
    theirs = [PunktSentenceTokenizer.text_contains_sentbreak(plain, c) for c in contexts]
    assert [memo.decide(c) for c in contexts] == theirs
    assert 1000 < sum(theirs) < len(theirs) - 1000  # breaks and non-breaks both met


def test_memo_punkt_spans_are_nltks(corpus):
    # one loop for candidates, slices and realignment: NLTK's spans, realigned or not
    from framing.sentences import MemoPunkt, punkt_parameters

    plain, texts = _punkt_cases(corpus)
    memo = MemoPunkt(punkt_parameters())
    for text in texts:
        assert list(memo.span_tokenize(text)) == list(plain.span_tokenize(text)), text
        raw = memo.span_tokenize(text, realign_boundaries=False)
        assert list(raw) == list(plain.span_tokenize(text, realign_boundaries=False)), text


def test_memo_punkt_with_learnt_parameters_uses_nltks_decision():
    # parameters beyond abbreviations (collocations, sentence starters, orthographic
    # statistics) are read by NLTK's own decision, not the written-out one
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    from framing.sentences import MemoPunkt

    params = PunktParameters()
    params.abbrev_types = {"dr"}
    params.sent_starters = {"however"}
    memo = MemoPunkt(params)
    assert not memo._plain
    plain = PunktSentenceTokenizer(params)
    text = "He met Dr. However. Then he left at 5 p.m. However, it rained."
    assert list(memo.span_tokenize(text)) == list(plain.span_tokenize(text))


def test_memo_punkt_on_real_news_when_present():
    # every paragraph of the PolNeAR file (read by path, never copied): NLTK's spans
    import json
    from pathlib import Path

    import pytest
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    from framing.sentences import MemoPunkt, paragraphs, punkt_parameters

    here = Path(__file__).resolve()
    found = [p / "shared" / "eval" / "polnear_dev.jsonl" for p in here.parents]
    found = [p for p in found if p.is_file()]
    if not found:
        pytest.skip("PolNeAR file of the evaluation folder not present")
    path = found[0]
    with path.open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh][:400]
    plain = PunktSentenceTokenizer(punkt_parameters())
    memo = MemoPunkt(punkt_parameters())
    paras = [t[s:e] for t in texts for s, e in paragraphs(t)]
    for text in texts + paras:
        assert list(memo.span_tokenize(text)) == list(plain.span_tokenize(text))


def test_paragraphs_split_at_line_feeds_like_the_pattern(corpus):
    # paragraphs reads lines by splitting at line feeds; the documented pattern tried at
    # every position finds the same lines (other line breaks and spaces stay inside a line)
    import random

    from framing.sentences import _PARAGRAPH, LineSpan, paragraphs

    def by_pattern(text):
        out = []
        for m in _PARAGRAPH.finditer(text):
            line = m.group()
            lead = len(line) - len(line.lstrip())
            out.append(LineSpan(m.start() + lead, m.start() + len(line.rstrip())))
        return out

    rng = random.Random(9)
    chars = list("ab .\n\n\t\r\x0b\x0c\x1c\x85\u00a0\u2028\u3000")
    texts = list(corpus["raw"]) + list(corpus["text"])
    texts += ["".join(rng.choice(chars) for _ in range(rng.randint(0, 30))) for _ in range(20000)]
    ours = [paragraphs(t) for t in texts]
    assert ours == [by_pattern(t) for t in texts]
    assert sum(len(p) > 1 for p in ours) > 1000
