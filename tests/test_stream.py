import shutil

import pandas as pd
import pytest

import framing
from framing.cli import main
from framing.corpus import CorpusError
from framing.stream import score_stream

from .conftest import SEEDS

PAGE = """<html><head><title>Blinken meets Liu on the eve of Taiwan's vote</title>
<meta name="author" content="Jane Doe"><meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-01-12"></head><body>
<nav>Home | World | Asia</nav><article><h1>Blinken meets Liu on the eve of Taiwan's vote</h1>
<p>US Secretary of State Antony Blinken met Liu Jianchao on Friday, officials said.</p>
<p>Tensions have been escalating in the Taiwan Strait, and analysts believe talks may
resume.</p></article><footer>Related Posts</footer></body></html>"""


def test_stream_equals_in_process_tables(tmp_path):
    whole = tmp_path / "whole"
    whole.mkdir()
    assert (
        main(
            [
                "score",
                str(SEEDS),
                "-o",
                str(whole / "a.csv"),
                "--sentences",
                str(whole / "s.csv"),
                "--evidence",
                str(whole / "e.csv"),
            ]
        )
        == 0
    )
    summary = score_stream(
        [SEEDS],
        tmp_path / "a.csv",
        sentences=tmp_path / "s.csv",
        evidence_output=tmp_path / "e.csv",
        chunk_size=2,
        progress=False,
    )
    assert summary["chunks"] == 3 and summary["articles"] == 5
    for name in ("a.csv", "s.csv", "e.csv"):
        assert (tmp_path / name).read_bytes() == (whole / name).read_bytes()


def test_resume_after_interruption_redoes_nothing_and_duplicates_nothing(tmp_path, monkeypatch):
    full = tmp_path / "full.csv"
    score_stream([SEEDS], full, sentences=tmp_path / "full_s.csv", chunk_size=2, progress=False)
    calls = {"n": 0}
    real = framing.stream.score_sentences

    def flaky(corpus, **kw):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt  # the user stops the run during the second chunk
        return real(corpus, **kw)

    monkeypatch.setattr(framing.stream, "score_sentences", flaky)
    out, sents = tmp_path / "a.csv", tmp_path / "s.csv"
    with pytest.raises(KeyboardInterrupt):
        score_stream([SEEDS], out, sentences=sents, chunk_size=2, progress=False)
    with out.open("a") as fh:
        fh.write("half a row that a crash left beh")  # a write cut short
    monkeypatch.setattr(framing.stream, "score_sentences", real)
    seen = []
    monkeypatch.setattr(
        framing.stream,
        "finish_rows",
        lambda rows, where: seen.append(len(rows)) or framing.corpus.finish_rows(rows, where),
    )
    summary = score_stream([SEEDS], out, sentences=sents, chunk_size=2, resume=True, progress=False)
    assert seen == [2, 1]  # only the two unfinished chunks were read and scored
    assert summary["articles"] == 5
    assert out.read_bytes() == full.read_bytes()
    assert sents.read_bytes() == (tmp_path / "full_s.csv").read_bytes()


def test_resume_refuses_a_different_run(tmp_path):
    out = tmp_path / "a.csv"
    score_stream([SEEDS], out, chunk_size=2, progress=False)
    with pytest.raises(CorpusError, match="other inputs, chunk size"):
        score_stream([SEEDS], out, chunk_size=3, resume=True, progress=False)


def test_parquet_output_is_one_part_per_chunk(tmp_path):
    score_stream(
        [SEEDS],
        tmp_path / "a.parquet",
        sentences=tmp_path / "s.parquet",
        chunk_size=2,
        progress=False,
    )
    parts = sorted(p.name for p in (tmp_path / "s.parquet").iterdir())
    assert parts == ["part-00000.parquet", "part-00001.parquet", "part-00002.parquet"]
    sents = pd.read_parquet(tmp_path / "s.parquet")
    ref = framing.score_sentences(framing.load_corpus(SEEDS))
    assert len(sents) == len(ref)
    assert list(sents["threat"]) == list(ref["threat"])


def test_saved_web_pages_are_read_with_metadata(tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "plain.txt").write_text("Peace talks resumed on Monday.\n", encoding="utf-8")
    corpus = framing.load_corpus(tmp_path)
    page = corpus[corpus["id"] == "page"].iloc[0]
    assert page["outlet"] == "Example News"
    assert page["byline"] == "Jane Doe" and page["published"] == "2024-01-12"
    assert "Home | World" not in page["text"] and "Related Posts" not in page["text"]
    sents = framing.score_sentences(corpus)
    row = sents[(sents["id"] == "page") & sents["text"].str.startswith("Tensions")].iloc[0]
    assert row["threat"] >= 1 and row["hedge"] >= 1
    assert sents[(sents["id"] == "page")]["kind"].iloc[0] == "headline"


def test_parquet_input_with_column_mapping(tmp_path):
    pd.DataFrame(
        {
            "article_id": ["a", "b"],
            "source": ["Wire", "Paper"],
            "body": ["Tensions rose, officials said.", "Peace talks may resume."],
        }
    ).to_parquet(tmp_path / "in.parquet")
    corpus = framing.load_corpus(
        tmp_path / "in.parquet", columns={"text": "body", "id": "article_id", "outlet": "source"}
    )
    assert list(corpus["id"]) == ["a", "b"] and list(corpus["outlet"]) == ["Wire", "Paper"]
    out = tmp_path / "a.csv"
    assert (
        main(
            [
                "score",
                str(tmp_path / "in.parquet"),
                "-o",
                str(out),
                "--chunk-size",
                "1",
                "--column",
                "text=body",
                "--column",
                "id=article_id",
                "--no-progress",
            ]
        )
        == 0
    )
    assert list(pd.read_csv(out)["id"]) == ["a", "b"]


def test_unreadable_files_are_listed_not_lost(tmp_path, capsys):
    shutil.copy(SEEDS / "004_58ba0535f51db8f3.txt", tmp_path / "good.txt")
    (tmp_path / "bad.txt").write_bytes(b"caf\xe9 \xff")
    corpus = framing.load_corpus(tmp_path, errors="report")
    bad = corpus[corpus["id"] == "bad"].iloc[0]
    assert bad["problem"].startswith("unreadable: ") and "not valid UTF-8" in bad["problem"]
    assert (
        main(
            [
                "score",
                str(tmp_path),
                "-o",
                str(tmp_path / "a.csv"),
                "--chunk-size",
                "1",
                "--errors",
                "report",
                "--no-progress",
            ]
        )
        == 0
    )
    assert "bad.txt" in capsys.readouterr().err
    arts = pd.read_csv(tmp_path / "a.csv")
    assert list(arts["id"]) == ["bad", "good"] and arts.loc[0, "sentences"] == 0


def test_fresh_run_forgets_an_old_manifest(tmp_path, monkeypatch):
    out = tmp_path / "a.csv"
    score_stream([SEEDS], out, chunk_size=2, progress=False)

    def stop(corpus, **kw):
        raise KeyboardInterrupt

    monkeypatch.setattr(framing.stream, "score_sentences", stop)
    with pytest.raises(KeyboardInterrupt):
        score_stream([SEEDS], out, chunk_size=2, progress=False)  # fresh, stopped at once
    assert not (tmp_path / "a.csv.progress.json").exists()


def test_stream_reads_a_folder_in_the_order_load_corpus_does(tmp_path):
    for name in ("a.txt", "b.txt"):
        shutil.copy(SEEDS / "004_58ba0535f51db8f3.txt", tmp_path / name)
    (tmp_path / "articles.csv").write_text("id,file,outlet\nb,b.txt,X\na,a.txt,Y\n")
    out = tmp_path / "out"
    out.mkdir()
    score_stream([tmp_path], out / "a.csv", chunk_size=1, progress=False)
    assert list(pd.read_csv(out / "a.csv")["id"]) == list(framing.load_corpus(tmp_path)["id"])


def test_read_chunks_concatenate_to_load_corpus(tmp_path):
    """The streamed report reads its corpus with ``read_chunks``: the chunks, put together,
    are ``load_corpus``'s table (a folder and a Parquet file)."""
    from framing.stream import read_chunks

    whole = framing.load_corpus(SEEDS)
    total, chunks = read_chunks([SEEDS], chunk_size=2)
    parts = list(chunks)
    assert total == len(parts) == -(-len(whole) // 2)
    pd.testing.assert_frame_equal(pd.concat(parts, ignore_index=True), whole)
    table = tmp_path / "seeds.parquet"
    whole[["id", "text", "outlet", "published"]].to_parquet(table)
    total, chunks = read_chunks([table], chunk_size=3)
    got = pd.concat(list(chunks), ignore_index=True)
    pd.testing.assert_frame_equal(got, framing.load_corpus(table))
