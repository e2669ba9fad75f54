"""Text reuse: the seeds' known lineage, sentence classes, transformations and their evidence,
the direction of derivation, the index, and errors."""

import numpy as np
import pandas as pd
import pytest

import framing
from framing import reuse
from framing.evaluate import evaluate_reuse
from framing.lexicons import LexiconError
from framing.reuse import alignment, direction, index, tables, transformations
from framing.reuse import profiles as profiles_module
from framing.reuse.profiles import ProfileTable
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def pairs(corpus, sentences):
    return framing.score_reuse(corpus, sentences=sentences)


@pytest.fixture(scope="module")
def al002(corpus, sentences):
    return framing.score_alignment(corpus, "004", "002", sentences=sentences)


@pytest.fixture(scope="module")
def al000(corpus, sentences):
    return framing.score_alignment(corpus, "004", "000", sentences=sentences)


@pytest.fixture(scope="module")
def tr002(corpus, sentences):
    return framing.score_transformations(corpus, "004", "002", sentences=sentences)


@pytest.fixture(scope="module")
def tr000(corpus, sentences):
    return framing.score_transformations(corpus, "004", "000", sentences=sentences)


def pair(pairs, a, b):
    a, b = sorted((a, b))
    rows = pairs[(pairs["a"] == a) & (pairs["b"] == b)]
    assert len(rows) == 1, f"no single row for {a}, {b}"
    return rows.iloc[0]


def row(al, n):
    rows = al[al["derived_sentence"] == n]
    assert len(rows) == 1
    return rows.iloc[0]


def found(tr, n, name, category=None):
    rows = tr[(tr["derived_sentence"] == n) & (tr["transformation"] == name)]
    if category is not None:
        rows = rows[rows["category"] == category]
    return rows


def make_corpus(tmp_path, articles: list[dict]):
    path = tmp_path / "corpus.csv"
    table = pd.DataFrame(articles)
    for c in ("kind", "based_on", "byline", "published"):
        if c not in table:
            table[c] = ""
    table.to_csv(path, index=False)
    return framing.load_corpus(path)


# --- the seeds' lineage -------------------------------------------------------------------


def test_seed_lineage_002_and_000_are_made_from_the_afp_copy(pairs):
    p = pair(pairs, "002", "004")
    assert (p["relation"], p["source"], p["derived"]) == ("derived", "004", "002")
    assert "AFP" in p["evidence"]
    p = pair(pairs, "000", "004")
    assert (p["relation"], p["source"], p["derived"]) == ("derived", "004", "000")
    p = pair(pairs, "000", "002")
    assert p["relation"] == "siblings" and "004" in p["evidence"]


def test_reports_of_the_same_event_from_other_wires_are_not_called_derived(pairs):
    # 001 rewrites Reuters and 003 translates Foreign Policy: they share facts with the AFP
    # story (the meeting, Biden and Xi in San Francisco) but were not made from it
    for other in ("001", "003"):
        for afp in ("000", "002", "004"):
            p = pair(pairs, other, afp)
            assert p["relation"] == "shared passages", (other, afp)
            assert pd.isna(p["source"]) and pd.isna(p["derived"])


def test_the_paraphrase_is_mostly_made_of_its_source_and_the_expansion_is_not(pairs):
    p = pair(pairs, "002", "004")
    assert p["matched_a"] / p["sentences_a"] == pytest.approx(p["share_a"])
    assert p["share_a"] > 0.8  # 002: sentence-by-sentence paraphrase
    assert p["share_b"] < p["share_a"]  # 004, the later update, has more than 002 took
    e = pair(pairs, "000", "004")
    assert e["share_a"] < 0.2  # 000: the AFP opening facts, then padding
    assert e["added"] > 30 and e["added"] + e["kept"] + e["paraphrased"] == e["sentences_a"]


def test_pair_table_counts_agree_with_the_alignment(pairs, al002, al000):
    for al in (al002, al000):
        src, der = al["source"].iloc[0], al["derived"].iloc[0]
        p = pair(pairs, src, der)
        counts = al["class"].value_counts()
        for cls in ("kept", "paraphrased", "added", "dropped"):
            assert p[cls] == counts.get(cls, 0), cls


def test_alignment_has_every_derived_sentence_once_then_the_dropped(al002, sentences):
    n = (sentences["id"] == "002").sum()
    derived = al002[al002["class"] != "dropped"]
    assert derived["derived_sentence"].tolist() == list(range(n))
    dropped = al002[al002["class"] == "dropped"]
    carried = set(derived["source_sentence"].dropna()) | {
        int(x) for v in derived["also_from"] for x in v.split("; ") if x
    }
    all_src = set(range((sentences["id"] == "004").sum()))
    assert set(dropped["source_sentence"]) == all_src - carried


def test_paraphrase_with_synonyms_and_reordered_clauses_is_aligned(al002):
    # "the US arms Taiwan" for "provides weapons to Taiwan", clauses reordered
    r = row(al002, 6)
    assert r["text"].startswith("Although it only recognizes Beijing, the US arms Taiwan")
    assert (r["class"], r["source_sentence"]) == ("paraphrased", 10)
    assert "=arm" in r["shared"]


def test_a_source_sentence_split_in_two_aligns_with_both_halves(al002):
    # 004-8 ("a self-ruling democracy claimed by Beijing ... a 'severe danger'") became 002-3
    # and 002-4
    assert row(al002, 3)["source_sentence"] == 8
    assert row(al002, 4)["source_sentence"] == 8


def test_material_the_rewrite_added_is_added(al002, al000):
    # 002-15 (Liu's meeting with Jon Finer) is not in the AFP update; 000-38 is padding
    assert row(al002, 15)["class"] == "added"
    assert row(al000, 38)["class"] == "added"
    assert row(al000, 5)["class"] == "paraphrased"  # Blinken back between Mideast and Davos


def test_framing_of_each_class(al000):
    classes = framing.score_reuse_classes(al000).set_index("class")
    for cls, g in al000.groupby("class"):
        assert classes.loc[cls, "sentences"] == len(g)
        assert classes.loc[cls, "words"] == g["words"].sum()
        assert classes.loc[cls, "threat"] == g["threat"].sum()
        assert classes.loc[cls, "threat_per_1k"] == pytest.approx(
            1000 * g["threat"].sum() / g["words"].sum()
        )
        own = g["attribution"] == "unattributed"
        assert classes.loc[cls, "threat_unattributed"] == g.loc[own, "threat"].sum()
    # the expansion's own sentences speak in the writer's voice far more than the source's,
    # and most of the threat language it added is its own
    assert classes.loc["added", "attributed_share"] < classes.loc["dropped", "attributed_share"]
    assert classes.loc["added", "threat_unattributed"] > classes.loc["added", "threat"] / 2
    with pytest.raises(ValueError, match="score_alignment"):
        framing.score_reuse_classes(al000[["class", "words"]])


# --- transformations, with evidence --------------------------------------------------------


def test_fact_changes_in_the_paraphrase(tr002):
    status = found(tr002, 3, "fact_changed", "status").iloc[0]
    assert (status["before"], status["after"]) == ("claimed", "annexed")
    pronoun = found(tr002, 13, "fact_changed", "pronoun").iloc[0]
    assert pronoun["after"] == "her" and pronoun["before"].lower() == "he"
    margin = found(tr002, 9, "fact_changed", "margin").iloc[0]
    assert (margin["before"], margin["after"]) == ("unanimously", "overwhelmingly")
    timing = found(tr002, 1, "fact_changed", "timing").iloc[0]
    assert timing["before"] == "hours before" and timing["after"].lower() == "on the day"


def test_synonyms_are_not_fact_changes(tr002):
    # "self-ruling" / "self-governing", "recognizing" / "recognizes", "spokesman" /
    # "spokesperson" are the same facts in other words
    assert found(tr002, 6, "fact_changed").empty
    assert found(tr002, 7, "fact_changed").empty
    assert found(tr002, 3, "fact_changed", "title").empty


def test_hedge_added_and_threat_dropped_in_the_expansion(tr000):
    # 004-3 "his latest Middle East crisis tour" -> 000-5 "a new Middle East tour ... is
    # expected to navigate"
    assert found(tr000, 5, "hedge_added").iloc[0]["after"] == "expected"
    assert found(tr000, 5, "threat_removed").iloc[0]["before"] == "crisis"
    # 004-3 was split between 000-2 and 000-5: its "crisis" is lost once, where its words went
    assert found(tr000, 2, "threat_removed").empty


def test_every_transformation_points_at_its_words(tr002, tr000):
    for tr in (tr002, tr000):
        for r in tr.itertuples():
            if r.after:
                assert r.text[r.after_start : r.after_end] == r.after
            if r.before and not pd.isna(r.before_start):
                assert r.source_text[r.before_start : r.before_end] == r.before


def test_alignment_lists_the_transformations_of_each_sentence(al002, tr002):
    for n, g in tr002.groupby("derived_sentence"):
        assert row(al002, n)["transformations"] == "; ".join(sorted(set(g["transformation"])))


WIRE_QUOTE = (
    "The United States has “deep confidence in Taiwan’s democratic process and believe it is "
    "for Taiwan voters to decide their next leader free from outside interference,” State "
    "Department spokesman Vedant Patel said Thursday."
)


def test_attributed_claim_turned_into_the_writers_voice(tmp_path):
    docs = make_corpus(
        tmp_path,
        [
            {"id": "w", "outlet": "Wire", "text": WIRE_QUOTE},
            {
                "id": "r",
                "outlet": "Site",
                "text": "The United States has deep confidence in Taiwan’s democratic process, "
                "and it is for Taiwan voters to decide their next leader.",
            },
        ],
    )
    tr = framing.score_transformations(docs, "w", "r")
    names = set(tr["transformation"])
    assert {"attribution_removed", "quote_removed"} <= names
    gone = tr[tr["transformation"] == "attribution_removed"].iloc[0]
    assert "Vedant Patel" in gone["before"]


def test_paraphrase_turned_into_a_direct_quotation(tmp_path, corpus):
    # SOURCES.md: 001 turned Reuters' paraphrase into a quotation
    quoted = corpus.set_index("id").loc["001", "text"]
    quoted = next(line for line in quoted.splitlines() if "unintended conflict" in line)
    docs = make_corpus(
        tmp_path,
        [
            {
                "id": "reuters",
                "outlet": "Reuters",
                "text": "A senior US administration official told reporters on Wednesday that "
                "the aim of the engagements between the two superpowers was to manage "
                "tensions and try to avoid unintended conflict.",
            },
            {"id": "001", "outlet": "youngbhartiya.com", "text": quoted},
        ],
    )
    tr = framing.score_transformations(docs, "reuters", "001")
    q = tr[tr["transformation"] == "quote_added"]
    assert len(q) == 1
    assert "manage tensions and try to avoid unintended conflict" in q.iloc[0]["after"]


def test_hedge_removed_expected_to_becomes_will(tmp_path):
    docs = make_corpus(
        tmp_path,
        [
            {
                "id": "a",
                "outlet": "A",
                "text": "Secretary Blinken’s meeting is expected to cover a range of topics, "
                "including economic relations, human rights, and regional security.",
            },
            {
                "id": "b",
                "outlet": "B",
                "text": "Secretary Blinken’s meeting will cover a range of topics, including "
                "economic relations, human rights, and regional security.",
            },
        ],
    )
    al = framing.score_alignment(docs, "a", "b")
    assert al.iloc[0]["class"] == "kept"
    assert al.iloc[0]["edits"] == "is expected to → will"
    tr = framing.score_transformations(docs, "a", "b")
    hedge = tr[tr["transformation"] == "hedge_removed"]
    assert len(hedge) == 1 and hedge.iloc[0]["before"] == "expected"


def test_near_verbatim_copy_is_kept_and_its_changed_day_is_a_fact(tmp_path):
    docs = make_corpus(
        tmp_path,
        [
            {
                "id": "w",
                "outlet": "Wire",
                "text": "Blinken also met with Foreign Minister Yoko Kamikawa of close ally "
                "Japan at the State Department on Friday.",
            },
            {
                "id": "c",
                "outlet": "Copy",
                "text": "Blinken also met with Foreign Minister Yoko Kamikawa of close ally "
                "Japan at the State Department on Thursday.",
            },
        ],
    )
    al = framing.score_alignment(docs, "w", "c")
    r = al.iloc[0]
    assert r["class"] == "kept" and r["edits"] == "Friday → Thursday"
    assert "fact_changed" in r["transformations"]


# --- direction ------------------------------------------------------------------------------

BASE = [
    "Taiwan, a self-ruling democracy claimed by Beijing, is voting on Saturday for a new "
    "president.",
    "The United States, while recognizing only Beijing, provides weapons to Taiwan to ensure "
    "its defense.",
    "Blinken also met with Foreign Minister Yoko Kamikawa of close ally Japan at the State "
    "Department on Friday.",
]
REWRITE = [
    "Taiwan, a self-governing democracy claimed by China, will vote on Saturday for a new "
    "president.",
    "Although it only recognizes Beijing, the US arms Taiwan to protect it.",
    "Blinken also met Japan's Foreign Minister Yoko Kamikawa at the State Department on Friday.",
]


def two(tmp_path, **meta):
    a = {"id": "a", "outlet": "A", "text": " ".join(BASE)}
    b = {"id": "b", "outlet": "B", "text": " ".join(REWRITE)}
    for k, (va, vb) in meta.items():
        a[k], b[k] = va, vb
    return framing.score_reuse(make_corpus(tmp_path, [a, b])).iloc[0]


def test_direction_from_kinds(tmp_path):
    p = two(tmp_path, kind=("wire copy", "rewrite of a wire story"))
    assert (p["source"], p["derived"]) == ("a", "b")
    assert "wire copy" in p["evidence"] and "rewrite" in p["evidence"]


def test_direction_from_an_agency_byline(tmp_path):
    p = two(tmp_path, byline=("Staff writer", "Reuters"))
    assert (p["source"], p["derived"]) == ("b", "a")


def test_direction_from_publication_times(tmp_path):
    p = two(tmp_path, published=("2024-01-12 14:05", "2024-01-12 09:30"))
    assert (p["source"], p["derived"]) == ("b", "a")
    assert "published b" in p["evidence"]


def test_no_direction_without_evidence(tmp_path):
    p = two(tmp_path)
    assert p["relation"] == "shared passages" and pd.isna(p["source"])
    assert p["share_a"] == 1.0 and p["share_b"] == 1.0


def test_based_on_naming_another_source_rules_the_pair_out(tmp_path):
    p = two(tmp_path, kind=("wire copy", "rewrite"), based_on=("", "Reuters story"))
    assert p["relation"] == "shared passages" and "Reuters story" in p["evidence"]


# --- the index ------------------------------------------------------------------------------


def exhaustive_pairs(t):
    """Every pair of articles with a sentence pair at or above the threshold, by comparing
    all pairs of articles."""
    out = set()
    ids = sorted(set(t.ids))
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            sims = alignment.pair_similarities(t, a, b)
            if sims and max(sims.values()) >= reuse.PARAPHRASED:
                out.add((a, b))
    return out


def indexed_pairs(t):
    return index.candidate_pairs(
        t, accept=lambda i, j: alignment.similarity(t, i, j) >= reuse.PARAPHRASED
    )


def test_the_index_finds_every_seed_pair_that_exhaustive_comparison_finds(sentences):
    t = ProfileTable(sentences.reset_index(drop=True))
    assert set(indexed_pairs(t)) == exhaustive_pairs(t)


def test_identical_sentences_always_collide_in_the_index(tmp_path):
    # a short sentence shares little with anything, but a copy of it is found in every band
    text = "Kamikawa visited Ukraine on Sunday."
    docs = make_corpus(
        tmp_path,
        [
            {"id": "x", "outlet": "X", "text": text},
            {"id": "y", "outlet": "Y", "text": f"The Senate passed a resolution. {text}"},
            {"id": "z", "outlet": "Z", "text": "Prices rose sharply in Tokyo on Monday."},
        ],
    )
    t = ProfileTable(framing.score_sentences(docs))
    assert indexed_pairs(t) == [("x", "y")]


def test_reuse_is_deterministic(corpus, sentences, pairs):
    again = framing.score_reuse(corpus, sentences=sentences)
    pd.testing.assert_frame_equal(pairs, again)


def test_thresholds_are_parameters(corpus, sentences, al002):
    strict = framing.score_alignment(corpus, "004", "002", sentences=sentences, paraphrased=0.6)
    assert (strict["class"] == "added").sum() > (al002["class"] == "added").sum()
    with pytest.raises(ValueError, match="thresholds"):
        framing.score_reuse(corpus, sentences=sentences, paraphrased=0)


def test_own_equivalents_lexicon_plugs_in(tmp_path, corpus, sentences):
    own = tmp_path / "equivalents.csv"
    own.write_text("term,category,source\nweapon*,arm,test\narms,arm,test\n", encoding="utf-8")
    al = framing.score_alignment(corpus, "004", "002", sentences=sentences, equivalents=own)
    assert "=arm" in row(al, 6)["shared"]
    bad = tmp_path / "bad.csv"
    bad.write_text("term,source\narms,test\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="bad.csv"):
        framing.score_alignment(corpus, "004", "002", sentences=sentences, equivalents=bad)


# --- errors ---------------------------------------------------------------------------------


def test_unknown_or_identical_articles_are_clear_errors(corpus, sentences):
    with pytest.raises(ValueError, match="'999'"):
        framing.score_alignment(corpus, "004", "999", sentences=sentences)
    with pytest.raises(ValueError, match="two different articles"):
        framing.score_alignment(corpus, "004", "004", sentences=sentences)


def test_inputs_are_checked(corpus, sentences):
    with pytest.raises(TypeError, match="load_corpus"):
        framing.score_reuse(sentences["text"])
    with pytest.raises(ValueError, match="score_sentences"):
        framing.score_reuse(corpus, sentences=sentences[["id", "text"]])


def test_a_corpus_without_shared_sentences_gives_an_empty_table(tmp_path):
    docs = make_corpus(
        tmp_path,
        [
            {"id": "x", "outlet": "X", "text": "Kamikawa visited Ukraine on Sunday."},
            {"id": "y", "outlet": "Y", "text": "The Senate passed a resolution on Thursday."},
        ],
    )
    out = framing.score_reuse(docs)
    assert out.empty and list(out.columns) == reuse.PAIR_COLUMNS


# --- measured against the blind annotation ------------------------------------------------


def test_alignment_against_the_blind_annotation():
    scores, comparison = evaluate_reuse(ROOT / "tests/data/reuse_annotations.csv", ROOT / "seeds")
    s = scores.set_index("measure")
    # every sentence the tool aligns was aligned by the annotator too, to the same sentence
    assert s.loc["aligned (all pairs)", "precision"] >= 0.9
    assert s.loc["same source sentence (both aligned)", "agreement"] >= 0.9
    assert s.loc["aligned 002 to 004", "recall"] >= 0.9
    assert set(comparison["derived"]) == {"002", "000"}


# --- command line ---------------------------------------------------------------------------


def test_reuse_command_writes_pairs_and_alignments(tmp_path, capsys):
    from framing.cli import main

    out = tmp_path / "pairs.csv"
    rc = main(["reuse", str(ROOT / "seeds"), "-o", str(out), "--alignments", str(tmp_path)])
    assert rc == 0
    table = pd.read_csv(out, dtype={"a": str, "b": str, "source": str, "derived": str})
    derived = table[table["relation"] == "derived"]
    assert sorted(zip(derived["source"], derived["derived"], strict=True)) == [
        ("004", "000"),
        ("004", "002"),
    ]
    al = pd.read_csv(tmp_path / "alignment_004_002.csv")
    assert len(al[al["class"] != "dropped"]) == 16
    assert (tmp_path / "transformations_004_000.csv").exists()
    assert "2 with a known direction" in capsys.readouterr().err


def test_reuse_command_names_a_missing_article(tmp_path, capsys):
    from framing.cli import main

    out = tmp_path / "pairs.csv"
    args = ["reuse", str(ROOT / "seeds"), "-o", str(out), "--alignments", str(tmp_path)]
    assert main([*args, "--pair", "004:999"]) == 2
    assert "'999'" in capsys.readouterr().err
    assert main([*args, "--pair", "004-002"]) == 2
    assert "SOURCE:DERIVED" in capsys.readouterr().err


def test_containment_without_direction_is_reported_not_decided(tmp_path):
    docs = make_corpus(
        tmp_path,
        [
            {"id": "a", "outlet": "A", "text": " ".join(BASE[:2])},
            {
                "id": "b",
                "outlet": "B",
                "text": " ".join(
                    [
                        *REWRITE[:2],
                        "Kamikawa had visited Ukraine on Sunday during a global tour.",
                        "Japan has also invited Ukraine's Prime Minister Denys Shmygal.",
                        "The Senate on Thursday passed a resolution commending Taiwan.",
                    ]
                ),
            },
        ],
    )
    p = framing.score_reuse(docs).iloc[0]
    assert p["relation"] == "contained" and pd.isna(p["source"])
    assert "100% of a's sentences are in b" in p["evidence"]


def test_same_numbers_whatever_the_string_hash_seed():
    # set iteration order changes with PYTHONHASHSEED; the sums must not
    import os
    import subprocess
    import sys

    code = (
        "import framing; c = framing.load_corpus('seeds'); s = framing.score_sentences(c); "
        "print(framing.score_reuse(c, sentences=s).to_csv(float_format='%.17g')); "
        "print(framing.score_alignment(c, '004', '000', sentences=s).to_csv(float_format='%.17g'))"
    )
    outs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run(
            [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
        )
        assert run.returncode == 0, run.stderr
        outs.append(run.stdout)
    assert outs[0] == outs[1]


def test_rewrite_tables_are_the_alignment_and_the_transformations(corpus, sentences, al000, tr000):
    al, tr = reuse.rewrite_tables(corpus, "004", "000", sentences=sentences)
    pd.testing.assert_frame_equal(al, al000)
    pd.testing.assert_frame_equal(tr, tr000)


# --- the seams between the steps -------------------------------------------------------------


def synthetic_sentences(n_stories=6, rewrites=5, seed=3):
    """Stories of a base text of ten sentences and rewrites that keep about 60% of them with
    15% of their words replaced and add three of their own (the benchmark's corpus, small;
    words drawn from the seeds)."""
    import random
    import re

    rng = random.Random(seed)
    text = " ".join(framing.load_corpus(ROOT / "seeds")["text"])
    vocab = sorted(set(re.findall(r"[A-Za-z]{3,}", text)))
    rows = []

    def sentence():
        return [rng.choice(vocab) for _ in range(rng.randint(12, 28))]

    for story in range(n_stories):
        base = [sentence() for _ in range(10)]
        for k in range(rewrites):
            kept = [[w if rng.random() > 0.15 else rng.choice(vocab) for w in s] for s in base]
            body = [s for s in kept if rng.random() < 0.6] + [sentence() for _ in range(3)]
            rows += [{"id": f"{story}-{k}", "text": " ".join(s) + "."} for s in body]
    return pd.DataFrame(rows)


def test_the_index_finds_every_pair_of_a_synthetic_corpus_that_exhaustive_comparison_finds():
    t = ProfileTable(synthetic_sentences())
    exhaustive = exhaustive_pairs(t)
    # the corpus is a real test: pairs inside stories, and others left out
    assert 10 < len(exhaustive) < len(set(t.ids)) * (len(set(t.ids)) - 1) // 2
    assert set(indexed_pairs(t)) == exhaustive


def test_band_keys_computed_per_partition_equal_the_whole_corpus_keys():
    t = ProfileTable(synthetic_sentences(n_stories=2))
    concepts = [p.concepts for p in t.profiles]
    whole = index.band_keys(concepts)
    half = len(concepts) // 2
    parts = np.vstack([index.band_keys(concepts[:half]), index.band_keys(concepts[half:])])
    assert whole.shape == (len(concepts), index.LSH_BANDS[0]) and whole.dtype == np.uint64
    np.testing.assert_array_equal(whole, parts)


def test_buckets_are_the_groups_of_equal_keys_in_each_band():
    t = ProfileTable(synthetic_sentences(n_stories=2))
    keys = index.band_keys([p.concepts for p in t.profiles])
    found = [(b.band, tuple(b.rows.tolist())) for b in index.buckets(keys)]
    expected = []
    for band in range(keys.shape[1]):
        groups = {}
        for i, k in enumerate(keys[:, band].tolist()):
            groups.setdefault(k, []).append(i)
        expected += [(band, tuple(g)) for g in groups.values() if len(g) > 1]
    assert found and sorted(found) == sorted(expected)


def test_band_keys_need_enough_permutations():
    with pytest.raises(ValueError, match="permutations"):
        index.band_keys([{"a"}], bands=(50, 3))


def test_a_profile_is_content_concepts_without_function_words():
    text = "The US arms Taiwan, and the island is grateful to us."
    p = reuse.profile(text)
    equivalents = pd.read_csv(ROOT / "framing/data/equivalents.csv").set_index("term")
    # "arms" is one concept with "weapons"; "US" (capitalised) is the country, "us" a pronoun
    assert "=" + equivalents.loc["arms", "category"] in p.concepts
    assert "=" + equivalents.loc["US", "category"] in p.concepts
    assert not p.concepts & reuse.settings()["stopwords"]
    assert p.surface.count("us") == 2
    assert all(text[a:b].lower() == w for w, (a, b) in zip(p.surface, p.spans, strict=True))


def test_quoted_words_are_not_a_sentences_own_words():
    p = reuse.profile('He said "we will not back down" on Friday.')
    assert "will" in p.surface and "will" not in p.own


def test_profile_weights_are_idf_and_the_same_in_any_order(sentences):
    t = ProfileTable(sentences.reset_index(drop=True))
    n = len(t.profiles)
    rare = min(t.idf, key=lambda c: (-t.idf[c], c))
    holders = sum(rare in p.concepts for p in t.profiles)
    assert t.idf[rare] == pytest.approx(np.log((1 + n) / (1 + holders)) + 1)
    concepts = t.profiles[0].concepts
    assert t.weight(concepts) == t.weight(sorted(concepts, reverse=True)) == t.mass[0]


def test_document_frequency_of_parts_adds_up_to_the_whole(sentences):
    profiles = [reuse.profile(text) for text in sentences["text"]]
    whole = profiles_module.document_frequency(profiles)
    half = len(profiles) // 2
    parts = profiles_module.document_frequency(profiles[:half])
    parts.update(profiles_module.document_frequency(profiles[half:]))
    assert parts == whole
    t = ProfileTable(sentences.reset_index(drop=True))
    assert t.idf == profiles_module.idf_weights(whole, len(profiles))


def test_alignment_merges_and_splits(corpus, sentences):
    t = ProfileTable(sentences.reset_index(drop=True))
    # 002 made from 004: 004-8 split between 002-3 and 002-4
    al = alignment.align(
        t,
        alignment.pair_similarities(t, "002", "004"),
        source="004",
        derived="002",
        derived_first=True,
    )
    number = t.sents["sentence"].tolist()
    split = {number[s]: sorted(number[d] for d in ds) for s, ds in al.made_from().items()}
    assert split[8] == [3, 4]
    # and back: 004 made from 002 merges two of 002's sentences into one
    back = alignment.align(
        t,
        alignment.pair_similarities(t, "002", "004"),
        source="002",
        derived="004",
        derived_first=False,
    )
    merges = back.merged()
    assert merges
    for d, extra in merges.items():
        for s in extra:
            assert back.carried[s] == d and back.best[d].source != s
            assert alignment.contained(t, s, d) >= alignment.CONTAINED
    counts = pd.Series(alignment.classes(t, al)).value_counts()
    table = framing.score_alignment(corpus, "004", "002", sentences=sentences)
    assert counts.to_dict() == table["class"].value_counts().to_dict()


def test_a_sentence_class_follows_the_kept_threshold():
    assert alignment.sentence_class(reuse.KEPT) == "kept"
    assert alignment.sentence_class(reuse.KEPT - 0.01) == "paraphrased"
    assert alignment.sentence_class(0.5, kept=0.5) == "kept"


def test_direction_rules_on_the_seeds_metadata(corpus):
    meta = {str(r["id"]): r for r in corpus.to_dict("records")}
    wire, paraphrase = meta["004"], meta["002"]
    assert direction.origin(wire).role == "upstream" and wire["kind"] in direction.origin(wire).why
    assert direction.origin(paraphrase).role == "derived"
    assert direction.origin({"byline": "Reuters"}).role == "upstream"
    assert direction.origin({"byline": "Reuters staff in Taipei"}).role is None
    assert direction.based_on("002", "004", meta) is True  # "AFP pre-meeting story"
    assert direction.based_on("001", "004", meta) is False  # "Reuters pre-meeting story"
    assert direction.based_on("004", "002", meta) is not True
    found = direction.direction("002", "004", meta, share={"002": 1.0, "004": 1.0})
    assert found.source == "004" and "names 004" in found.evidence


def test_direction_needs_the_derived_side_to_be_made_of_shared_sentences():
    meta = {
        "a": {"kind": "wire copy", "outlet": "Wire"},
        "b": {"kind": "rewrite", "outlet": "Site"},
    }
    low = direction.MIN_SHARE / 2
    found = direction.direction("a", "b", meta, share={"a": 1.0, "b": low})
    assert found.source is None and f"only {low:.0%} of b" in found.evidence
    found = direction.direction("a", "b", meta, share={"a": 1.0, "b": direction.MIN_SHARE})
    assert found.source == "a"
    times = {"a": {"published": "2024-01-12 10:00"}, "b": {"published": "2024-01-12 08:00"}}
    assert direction.direction("a", "b", times, share={"a": 1.0, "b": 1.0}).source == "b"
    assert direction.published({"published": "not a date"}) is None


def test_containment_and_siblings():
    assert direction.containment("a", direction.CONTAINS, "b", 0.2).startswith("80% of a")
    assert direction.containment("a", direction.CONTAINS, "b", 0.5) is None
    pairs = pd.DataFrame(
        [
            {
                "a": "x",
                "b": "w",
                "relation": "derived",
                "source": "w",
                "derived": "x",
                "evidence": "",
            },
            {
                "a": "y",
                "b": "w",
                "relation": "derived",
                "source": "w",
                "derived": "y",
                "evidence": "",
            },
            {
                "a": "x",
                "b": "y",
                "relation": "shared passages",
                "source": None,
                "derived": None,
                "evidence": "e",
            },
        ]
    )
    direction.mark_siblings(pairs)
    assert pairs.loc[2, "relation"] == "siblings"
    assert pairs.loc[2, "evidence"] == "both made from w; e"


def test_matches_point_at_their_words():
    text = "Officials said on Friday that 12 ships had sailed, he added."
    found = transformations.find_matches(transformations.facts_matcher(), text)
    facts = pd.read_csv(ROOT / "framing/data/facts.csv")
    assert {m.category for m in found} <= set(facts["category"])
    assert "friday" in {m.words.lower() for m in found}
    for m in found:
        assert text[m.start : m.end] == m.words == m.evidence().words


def test_unknown_sentence_kinds_are_an_error(corpus, sentences):
    with pytest.raises(ValueError, match="'bdy'"):
        framing.score_reuse(corpus, sentences=sentences, kinds="bdy")
    body = framing.score_reuse(corpus, sentences=sentences, kinds=["body"])
    # the denominators count only the kinds kept
    n_body = sentences[sentences["kind"] == "body"].groupby("id").size()
    assert not body.empty and (body["sentences_a"] == body["a"].map(n_body)).all()
    assert (body["sentences_a"] < body["a"].map(sentences.groupby("id").size())).any()


def test_counts_are_nullable_integers(pairs, al002, tr002):
    assert (pairs[list(tables.PAIR_COUNTS)].dtypes == "Int64").all()
    assert (al002[list(tables.ALIGNMENT_COUNTS)].dtypes == "Int64").all()
    assert (tr002[list(tables.TRANSFORMATION_COUNTS)].dtypes == "Int64").all()
    undirected = pairs[pairs["relation"] != "derived"]
    assert undirected["kept"].isna().all()


def test_a_gap_equivalent_keeps_the_words_it_spans():
    """Two wordings of arming share the concept, and a gap term's words keep their own
    concepts: *provides weapons* and *providing the island with defensive weapons* share
    ``=arm`` and the words themselves."""
    from framing.reuse.profiles import profile

    a = profile("The United States provides weapons to Taiwan.")
    b = profile("Washington is providing the island with defensive weapons.")
    c = profile("The US arms Taiwan.")
    assert {"=arm", "provid", "weapon"} <= a.concepts & b.concepts
    assert "=arm" in a.concepts & c.concepts
