import warnings

import pandas as pd
import pytest

import framing
from framing import CorpusError


def test_seeds_load_with_metadata(corpus):
    assert list(corpus["id"]) == ["000", "001", "002", "003", "004"]
    assert corpus.loc[corpus["id"] == "004", "kind"].item() == "wire copy"
    assert (corpus["problem"] == "").all()
    assert (corpus["words"] > 400).all()


def test_chrome_is_removed_but_recorded(corpus):
    removed = framing.chrome(corpus)
    got = set(zip(removed["id"], removed["text"]))
    for item in [
        ("000", "Scroll Top"),
        ("000", "Photo: AFP"),
        ("000", "By Sara Colin"),
        ("000", "Related Posts"),
        ("001", "!-- Google tag (gtag.js) -->"),
        ("001", "IMAGE SOURCE: Evelyn Hockstein, AP"),
        ("002", "INTERNATIONAL"),
        ("002", "Related Articles"),
        ("002", "Back to top button"),
        ("004", "Please let us know if you're having issues with commenting."),
    ]:
        assert item in got
    for text in corpus["text"]:
        assert "Scroll Top" not in text and "Related Posts" not in text
    raw = dict(zip(corpus["id"], corpus["raw"]))
    for r in removed.itertuples():
        assert raw[r.id][r.start : r.end] == r.text


def test_duplicated_lead_and_repeated_headline_detected(corpus):
    removed = framing.chrome(corpus)
    dup = removed[removed["rule"] == "duplicate_paragraph"]
    assert list(dup["id"]) == ["003"]
    assert dup["text"].iloc[0].startswith("US Secretary of State Antony Blinken met on Friday")
    text003 = corpus.loc[corpus["id"] == "003", "text"].item()
    assert text003.count("US Secretary of State Antony Blinken met on Friday") == 1
    rep = removed[removed["rule"] == "repeated_headline"]
    assert list(rep["id"]) == ["001"]
    assert "dateline" in set(removed.loc[removed["id"] == "001", "rule"])


def test_folder_without_metadata(tmp_path):
    (tmp_path / "a.txt").write_text("Tensions rose. Officials said talks would resume.\n")
    (tmp_path / "b.txt").write_text("Peace is possible.\n")
    df = framing.load_corpus(tmp_path)
    assert list(df["id"]) == ["a", "b"] and set(df["outlet"]) == {"unknown"}


def test_undecodable_file_names_file(tmp_path):
    (tmp_path / "good.txt").write_text("Fine text here.\n")
    (tmp_path / "bad.txt").write_bytes(b"caf\xe9 \xff\xfe")
    with pytest.raises(CorpusError, match=r"bad\.txt: not valid UTF-8"):
        framing.load_corpus(tmp_path)


def test_empty_article_kept_and_flagged(tmp_path):
    (tmp_path / "a.txt").write_text("Peace talks resumed.\n")
    (tmp_path / "empty.txt").write_text("   \n\n")
    with pytest.warns(UserWarning, match="empty"):
        df = framing.load_corpus(tmp_path)
    assert df.loc[df["id"] == "empty", "problem"].item() == "empty text"
    arts = framing.score_articles(df)
    row = arts[arts["id"] == "empty"].iloc[0]
    assert row["sentences"] == 0 and pd.isna(row["threat_per_1k"])
    assert len(arts) == 2


def test_malformed_metadata(tmp_path):
    (tmp_path / "a.txt").write_text("Text.\n")
    (tmp_path / "articles.csv").write_text("name,path\nx,a.txt\n")
    with pytest.raises(CorpusError, match=r"articles\.csv: missing column\(s\) id, file"):
        framing.load_corpus(tmp_path)


def test_metadata_naming_missing_file(tmp_path):
    (tmp_path / "articles.csv").write_text("id,file\nx,nothere.txt\n")
    with pytest.raises(CorpusError, match="nothere.txt"):
        framing.load_corpus(tmp_path)


def test_duplicate_ids(tmp_path):
    (tmp_path / "a.txt").write_text("Text.\n")
    (tmp_path / "articles.csv").write_text("id,file\nx,a.txt\nx,a.txt\n")
    with pytest.raises(CorpusError, match="duplicate id"):
        framing.load_corpus(tmp_path)


def test_unlisted_file_is_kept_with_warning(tmp_path):
    (tmp_path / "a.txt").write_text("Text one.\n")
    (tmp_path / "b.txt").write_text("Text two.\n")
    (tmp_path / "articles.csv").write_text("id,file,outlet\nx,a.txt,Wire\n")
    with pytest.warns(UserWarning, match="not listed"):
        df = framing.load_corpus(tmp_path)
    assert list(df["id"]) == ["x", "b"]


def test_html_markup_is_stripped_and_flagged(tmp_path):
    (tmp_path / "p.txt").write_text(
        "<html><body><p>War looms.</p><p>Talks resumed.</p></body></html>"
    )
    df = framing.load_corpus(tmp_path)
    assert "HTML markup stripped" in df["problem"].item()
    assert "<p>" not in df["text"].item() and "War looms." in df["text"].item()


def test_non_english_flagged(tmp_path):
    (tmp_path / "de.txt").write_text(
        "Die Gespräche zwischen beiden Regierungen wurden am Freitag in Washington "
        "fortgesetzt, während die Spannungen in der Region weiter zunehmen und viele "
        "Beobachter eine Eskalation befürchten.\n"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        df = framing.load_corpus(tmp_path)
    assert "may not be English" in df["problem"].item()


def test_large_article_gets_clear_error(tmp_path):
    para = "Tensions rose as officials said talks would resume. " * 40
    (tmp_path / "big.txt").write_text((para + "\n\n") * 2500)  # about 5 MB
    with pytest.raises(CorpusError, match=r"big\.txt: 5,205,000 characters is more than"):
        framing.load_corpus(tmp_path)


def test_long_article_below_limit_is_scored(tmp_path):
    para = "Tensions rose as officials said talks would resume. " * 40
    text = "".join(f"Part {i}. {para}\n\n" for i in range(400))  # about 0.8 MB
    (tmp_path / "long.txt").write_text(text)
    df = framing.load_corpus(tmp_path)
    arts = framing.score_articles(df)
    assert arts["threat"].item() == 16_000 and arts["sentences"].item() == 16_400


def test_csv_and_jsonl_inputs(tmp_path):
    pd.DataFrame({"id": ["a", "b"], "text": ["War.", "Peace."], "outlet": ["X", "Y"]}).to_csv(
        tmp_path / "c.csv", index=False
    )
    df = framing.load_corpus(tmp_path / "c.csv")
    assert list(df["outlet"]) == ["X", "Y"]
    (tmp_path / "c.jsonl").write_text('{"id": "a", "body": "War."}\n{"id": "b"\n')
    with pytest.raises(CorpusError, match=r"c\.jsonl, line 2: not valid JSON"):
        framing.load_corpus(tmp_path / "c.jsonl", text_column="body")
    with pytest.raises(CorpusError, match="no 'text' column"):
        pd.DataFrame({"id": ["a"], "body": ["x"]}).to_csv(tmp_path / "d.csv", index=False)
        framing.load_corpus(tmp_path / "d.csv")


def test_list_folder_is_the_order_load_corpus_reads(tmp_path):
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(f"Officials said {name} was read.\n", encoding="utf-8")
    (tmp_path / "articles.csv").write_text("id,file,outlet\nc,c.txt,X\na,a.txt,Y\n")
    with pytest.warns(UserWarning, match="b.txt: not listed"):
        items = framing.corpus.list_folder(tmp_path)
    assert [(it.id, it.path.name) for it in items[:2]] == [("c", "c.txt"), ("a", "a.txt")]
    assert items[0].listed.endswith("articles.csv, line 2") and items[2].listed == ""
    assert items[2].id == "b" and items[2].meta["problem"] == "not listed in articles.csv"
    with pytest.warns(UserWarning):
        corpus = framing.load_corpus(tmp_path)
    assert list(corpus["id"]) == [it.id for it in items]
    row = framing.corpus.read_article(items[0])
    assert row["raw"] == (tmp_path / "c.txt").read_text(encoding="utf-8") and row["outlet"] == "X"


@pytest.mark.parametrize(
    ("text", "markup"),
    [
        ("<p>Talks resume.</p>", True),
        ('See <a href="https://example.org/x">the report</a>.', True),
        ("Line one<br/>line two", True),
        ("Turnout was <a third of voters", False),
        ("The effect was significant (p <0.05, n >100).", False),
        ("Support for war >40% and <p 0.01", False),
    ],
)
def test_is_markup(text, markup):
    assert framing.corpus.is_markup(text) is markup
