"""framing.dictionaries: LIWC .dic and quanteda YAML dictionaries as lexicons."""

import hashlib

import pytest

import framing
from framing.dictionaries import dictionary_features, load_dictionary
from framing.lexicons import LexiconError, load_lexicon
from tests.conftest import ROOT

DATA = ROOT / "tests" / "data" / "dictionaries"
TEXT = (
    "Officials warned that the conflict could escalate. "
    "Both sides called for dialogue and talks to calm the situation."
)


def sha(path):
    return hashlib.sha1(path.read_text(encoding="utf-8").encode()).hexdigest()[:12]


def test_liwc_dic_one_lexicon_per_category_in_header_order():
    d = load_dictionary(DATA / "small.dic")
    assert list(d) == ["threat", "calm", "talk"]
    assert [e.term for e in d["talk"].entries] == ["escalat*", "dialogue", "talks"]
    assert {lx.sha1 for lx in d.values()} == {sha(DATA / "small.dic")}
    assert d["calm"].origin.endswith("small.dic#calm")


def test_yaml_nested_categories_flattened_with_a_slash():
    d = load_dictionary(DATA / "small.yml")
    assert list(d) == ["conflict/military", "conflict/verbal", "cooperation"]
    assert [e.term for e in d["conflict/military"].entries] == ["troops", "missil*"]
    assert d["cooperation"].sha1 == sha(DATA / "small.yml")


def test_dictionary_categories_score_like_csv_lexicons(tmp_path):
    feats = dictionary_features(DATA / "small.dic")
    df = framing.score_text(TEXT, lexicons=feats)
    # "warned" (warn*), "escalate" (escalat*) / "dialogue", "calm" / "escalate", "dialogue", "talks"
    assert df["threat"].tolist() == [2, 0]
    assert df["calm"].tolist() == [0, 2]
    assert df["talk"].tolist() == [1, 2]
    assert df.attrs["lexicons"]["talk"]["sha1"] == sha(DATA / "small.dic")
    # the same category as a CSV lexicon gives the same counts
    csv = tmp_path / "talk.csv"
    csv.write_text("term,category,source\nescalat*,talk,x\ndialogue,talk,x\ntalks,talk,x\n")
    assert framing.score_text(TEXT, lexicons={"talk": csv})["talk"].tolist() == [1, 2]


def test_dictionary_evidence_rows(tmp_path):
    corpus_dir = tmp_path / "c"
    corpus_dir.mkdir()
    (corpus_dir / "a.txt").write_text(TEXT, encoding="utf-8")
    corpus = framing.load_corpus(corpus_dir)
    ev = framing.evidence(corpus, lexicons=dictionary_features(DATA / "small.yml"))
    coop = ev[ev["feature"] == "cooperation"]
    assert coop["matched"].tolist() == ["dialogue", "talks"]
    assert set(coop["lexicon"]) == {f"{DATA / 'small.yml'}#cooperation"}
    text = corpus["text"].iloc[0]
    assert all(text[r.start : r.end] == r.matched for r in coop.itertuples())


def test_whole_dictionary_through_load_lexicon():
    lx = load_lexicon(DATA / "small.dic")
    assert lx.feature == "small" and lx.sha1 == sha(DATA / "small.dic")
    assert {e.category for e in lx.entries} == {"threat", "calm", "talk"}
    one = load_lexicon(f"{DATA / 'small.yml'}#conflict/verbal")
    assert one.feature == "conflict/verbal" and [e.term for e in one.entries] == [
        "warn*",
        "threaten",
    ]


@pytest.mark.parametrize(
    "name,body,message",
    [
        ("x.dic", "1\tthreat\nwar\t1\n", "category header between two '%'"),
        ("x.dic", "%\n1\tthreat\n%\nwar\t2\n", "line 4: term 'war' names category '2'"),
        ("x.dic", "%\n1\tthreat\n%\nwar\n", "line 4: term 'war' has no category"),
        ("x.dic", "%\n1\tthreat\n%\nw*\t1\n", "line 4: wildcard"),
        ("x.dic", "%\n1\tthreat\n%\n*war\t1\n", "line 4: term '*war': only a trailing *"),
        ("x.yml", "threat: [war\n", "not valid YAML"),
        ("x.yml", "- war\n- peace\n", "expected categories"),
        ("x.yml", "threat:\n  - [war]\n", "not a term"),
    ],
)
def test_bad_dictionaries_name_file_and_line(tmp_path, name, body, message):
    p = tmp_path / name
    p.write_text(body, encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        load_dictionary(p)
    assert str(p) in str(err.value) and message in str(err.value)


def test_unknown_category(tmp_path):
    with pytest.raises(LexiconError, match="no category 'nope'"):
        load_lexicon(f"{DATA / 'small.dic'}#nope")


@pytest.mark.parametrize("as_lexicons", [True, False])
def test_reserved_category_named_readably(tmp_path, as_lexicons):
    # a LIWC category called "text" would overwrite the sentence table's text column
    path = tmp_path / "mine.dic"
    path.write_text("%\n1\ttext\n2\tcalm\n%\nwarn*\t1\ncalm\t2\n", encoding="utf-8")
    lexicons = load_dictionary(path) if as_lexicons else dictionary_features(path)
    with pytest.raises(LexiconError) as info:
        framing.score_text(TEXT, lexicons=lexicons)
    message = str(info.value)
    assert message.startswith(f"{path}#text: feature name 'text' is reserved")
    assert "Lexicon(" not in message and "Entry(" not in message
    assert "rename the dictionary's category" in message
