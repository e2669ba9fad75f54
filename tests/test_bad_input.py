"""Hostile and broken input, one named case per row (issue 14).

Every reading case builds a corpus in which the bad item sits beside two real-looking
articles. The table says what ``load_corpus`` must do by default (``errors="raise"``: the
error names the file and the problem) and with ``errors="report"`` (the good articles kept,
the bad one flagged in ``problem``), and streaming must read the folder identically.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import framing
import framing.corpus
from framing.cli import main
from framing.corpus import CorpusError
from framing.io import escape_markdown, write_xlsx
from framing.stream import score_stream

from .conftest import ROOT, SEEDS

GOOD = {
    "good1.txt": (
        "Officials said on Tuesday that talks between the two governments could resume next "
        "month, although neither side has set a date.\n\n"
        "Analysts warned that the dispute over fishing rights may escalate if the talks fail."
    ),
    "good2.txt": (
        "The minister rejected the charge, saying the country would never threaten its "
        "neighbours.\n\n"
        "Diplomats described the meeting as constructive and said both sides hoped to ease "
        "tensions before the summit."
    ),
}
HEADER = "id,file,outlet\n"
LISTED_GOOD = "g1,good1.txt,Daily Ledger\ng2,good2.txt,Harbour Post\n"
SECRET = "PRIVATE NOTES THAT MUST NEVER BE READ"


def _good(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in GOOD.items():
        (folder / name).write_text(text + "\n", encoding="utf-8")


def _listed(folder: Path, *rows: str) -> None:
    (folder / "articles.csv").write_text(HEADER + LISTED_GOOD + "".join(rows), encoding="utf-8")


def _secret(tmp: Path) -> Path:
    secret = tmp / "secret.txt"
    secret.write_text(SECRET + "\n", encoding="utf-8")
    return secret


# --- reading: builders --------------------------------------------------------------------


def absolute_path(tmp: Path) -> Path:
    folder = tmp / "corpus"
    _good(folder)
    _listed(folder, f"bad,{_secret(tmp)},Unknown Wire\n")
    return folder


def dotdot_path(tmp: Path) -> Path:
    folder = tmp / "corpus"
    _good(folder)
    _secret(tmp)
    _listed(folder, "bad,../secret.txt,Unknown Wire\n")
    return folder


def symlink_outside(tmp: Path) -> Path:
    folder = tmp / "corpus"
    _good(folder)
    (folder / "bad.txt").symlink_to(_secret(tmp))
    return folder


def fifo_listed(tmp: Path) -> Path:
    folder = tmp / "corpus"
    _good(folder)
    os.mkfifo(folder / "bad.txt")
    _listed(folder, "bad,bad.txt,Pipe News\n")
    return folder


def dev_zero_link(tmp: Path) -> Path:
    folder = tmp / "corpus"
    _good(folder)
    (folder / "bad.txt").symlink_to("/dev/zero")
    return folder


def sparse_huge(tmp: Path) -> Path:
    folder = tmp / "corpus"
    _good(folder)
    with (folder / "bad.txt").open("wb") as fh:
        fh.truncate(framing.corpus.MAX_BYTES + 1)  # sparse: takes no disk, reads as NULs
    return folder


def broken_link(tmp: Path) -> Path:
    folder = tmp / "corpus"
    _good(folder)
    (folder / "bad.txt").symlink_to(folder / "gone.txt")
    return folder


def listed_twice(tmp: Path) -> Path:
    folder = tmp / "corpus"
    _good(folder)
    _listed(folder, "bad,./good1.txt,Daily Ledger\n")
    return folder


def sub_shadows_top(tmp: Path) -> Path:
    folder = tmp / "corpus"
    _good(folder)
    (folder / "sub").mkdir()
    (folder / "sub" / "good2.txt").write_text(
        "A second edition of the report said the talks had been postponed.\n", encoding="utf-8"
    )
    (folder / "articles.csv").write_text(
        HEADER + "g1,good1.txt,Daily Ledger\nbad,sub/good2.txt,Harbour Post\n", encoding="utf-8"
    )
    return folder


def listed_missing(tmp: Path) -> Path:
    folder = tmp / "corpus"
    _good(folder)
    _listed(folder, "bad,gone.txt,Daily Ledger\n")
    return folder


def ragged_extra_first(tmp: Path) -> Path:
    folder = tmp / "corpus"
    _good(folder)
    (folder / "articles.csv").write_text(
        HEADER + "g1,good1.txt,Daily Ledger,Monday\ng2,good2.txt,Harbour Post\n", encoding="utf-8"
    )
    return folder


def ragged_short(tmp: Path) -> Path:
    folder = tmp / "corpus"
    _good(folder)
    (folder / "articles.csv").write_text(
        HEADER + "g1,good1.txt,Daily Ledger\ng2,good2.txt\n", encoding="utf-8"
    )
    return folder


def metadata_mixed_cr(tmp: Path) -> Path:
    folder = tmp / "corpus"
    _good(folder)
    (folder / "articles.csv").write_bytes(
        b"id,file,outlet\ng1,good1.txt,Daily\rLedger\ng2,good2.txt,Harbour Post\n"
    )
    return folder


def utf16_no_bom(tmp: Path) -> Path:
    folder = tmp / "corpus"
    _good(folder)
    (folder / "bad.txt").write_bytes(GOOD["good1.txt"].encode("utf-16-le"))
    return folder


def nul_bytes(tmp: Path) -> Path:
    folder = tmp / "corpus"
    _good(folder)
    (folder / "bad.txt").write_bytes(GOOD["good1.txt"].encode() + b"\x00\x00\x07\x00PK")
    return folder


def undecodable(tmp: Path) -> Path:
    folder = tmp / "corpus"
    _good(folder)
    (folder / "bad.txt").write_bytes(b"Caf\xe9 owners said prices would rise.")
    return folder


def csv_lone_cr(tmp: Path) -> Path:
    path = tmp / "articles_export.csv"
    path.write_bytes(
        b"id,text,outlet\n"
        b"g1,Officials said talks could resume.\rAnalysts were doubtful.,Daily Ledger\n"
        b"g2,The minister rejected the charge.,Harbour Post\n"
    )
    return path


def _jsonl(tmp: Path, bad_line: str) -> Path:
    path = tmp / "export.jsonl"
    lines = [
        json.dumps({"id": "g1", "text": GOOD["good1.txt"], "outlet": "Daily Ledger"}),
        bad_line,
        json.dumps({"id": "g2", "text": GOOD["good2.txt"], "outlet": "Harbour Post"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def jsonl_malformed_line(tmp: Path) -> Path:
    return _jsonl(tmp, '{"id": "bad", "text": "The talks were cut short, "outlet": "X"}')


def jsonl_text_list(tmp: Path) -> Path:
    return _jsonl(tmp, json.dumps({"id": "bad", "text": ["Talks", "resume"], "outlet": "X"}))


def jsonl_text_dict(tmp: Path) -> Path:
    return _jsonl(tmp, json.dumps({"id": "bad", "text": {"body": "Talks resume"}, "outlet": "X"}))


def jsonl_line_not_object(tmp: Path) -> Path:
    return _jsonl(tmp, json.dumps(["bad", "Talks resume"]))


def parquet_binary(tmp: Path) -> Path:
    path = tmp / "export.parquet"
    texts = [GOOD["good1.txt"].encode(), b"\xff\xfe\x00binary blob", GOOD["good2.txt"].encode()]
    table = pa.table(
        {
            "id": ["g1", "bad", "g2"],
            "text": pa.array(texts, type=pa.binary()),
            "outlet": ["Daily Ledger", "X", "Harbour Post"],
        }
    )
    pq.write_table(table, path)
    return path


@dataclass(frozen=True)
class Reading:
    """What reading the corpus ``build`` makes must do."""

    build: Callable[[Path], Path]
    error: str | None  # default (errors="raise"): a CorpusError matching this, naming the file
    flag: str | None  # errors="report": the bad article's ``problem``; None: raises there too
    names: str = "bad"  # a word the error names (the file or the metadata file)
    allow_outside: bool = False


READING = {
    "absolute path in articles.csv": Reading(
        absolute_path,
        "secret.txt: resolves to .* outside the corpus folder",
        "unreadable: .*outside the corpus folder",
        names="articles.csv, line 4",
    ),
    "../ path in articles.csv": Reading(
        dotdot_path,
        "secret.txt: resolves to .* outside the corpus folder",
        "unreadable: .*outside the corpus folder",
        names="articles.csv, line 4",
    ),
    "symlink leading outside": Reading(
        symlink_outside, "outside the corpus folder", "unreadable: .*outside the corpus folder"
    ),
    "symlink outside, allowed": Reading(symlink_outside, None, None, allow_outside=True),
    "FIFO listed": Reading(fifo_listed, "a FIFO", "unreadable: .*FIFO"),
    "link to /dev/zero": Reading(dev_zero_link, "outside the corpus folder", "unreadable:"),
    "link to /dev/zero, outside allowed": Reading(
        dev_zero_link, "a character device", "unreadable: .*character device", allow_outside=True
    ),
    "file over the size limit": Reading(sparse_huge, "more than the limit", "unreadable:"),
    "broken symlink": Reading(broken_link, "cannot read file", "unreadable: .*cannot read"),
    "same file listed twice": Reading(listed_twice, "listed again", None, names="articles.csv"),
    "sub/ file shadowing a top-level one": Reading(
        sub_shadows_top, None, "not listed in articles.csv", names="good2"
    ),
    "listed file missing": Reading(listed_missing, "which is not in", None, names="articles.csv"),
    "ragged row, extra field on the first row": Reading(
        ragged_extra_first, "line 2: 4 fields, but the header has 3", None, names="articles.csv"
    ),
    "ragged row, missing field": Reading(
        ragged_short, "line 3: 2 fields, but the header has 3", None, names="articles.csv"
    ),
    "metadata with a lone CR": Reading(
        metadata_mixed_cr, "line 2: a carriage return", None, names="articles.csv"
    ),
    "UTF-16 without BOM": Reading(
        utf16_no_bom, "UTF-16 .*without a byte-order mark", "unreadable: .*UTF-16"
    ),
    "NUL bytes": Reading(nul_bytes, "NUL byte at byte", "unreadable: .*NUL byte"),
    "undecodable bytes": Reading(undecodable, "not valid UTF-8", "unreadable: .*UTF-8"),
    "CSV with a lone CR inside a row": Reading(
        csv_lone_cr, "line 2: a carriage return", None, names="articles_export.csv"
    ),
    "JSONL with a malformed line": Reading(
        jsonl_malformed_line,
        "line 2: not valid JSON",
        "unreadable: .*line 2: not valid JSON",
        names="export.jsonl",
    ),
    "JSONL whose text is a list": Reading(
        jsonl_text_list,
        "row 2: the text is a list",
        "unreadable: .*the text is a list",
        names="export.jsonl",
    ),
    "JSONL whose text is a dict": Reading(
        jsonl_text_dict,
        "row 2: the text is an object",
        "unreadable: .*an object",
        names="export.jsonl",
    ),
    "JSONL line that is not an object": Reading(
        jsonl_line_not_object,
        "line 2: a JSON list",
        "unreadable: .*line 2: a JSON list",
        names="export.jsonl",
    ),
    "Parquet text as bytes": Reading(
        parquet_binary, "row 2: the text is binary", "unreadable: .*binary", names="export.parquet"
    ),
}


def _load(path: Path, case: Reading, errors: str) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return framing.load_corpus(path, errors=errors, allow_outside=case.allow_outside)


def _check_good_kept(corpus: pd.DataFrame) -> None:
    texts = {t.strip() for t in corpus["raw"]}
    for text in GOOD.values():
        assert text in texts
    assert not corpus["raw"].str.contains(SECRET).any()
    assert not corpus["raw"].str.contains("\x00").any()


@pytest.mark.parametrize("name", list(READING))
def test_reading(tmp_path, name):
    case = READING[name]
    path = case.build(tmp_path)
    if case.error is None:
        corpus = _load(path, case, "raise")
    else:
        with pytest.raises(CorpusError, match=case.error) as err:
            _load(path, case, "raise")
        assert case.names in str(err.value)  # the message names the file
        if case.flag is None:
            with pytest.raises(CorpusError, match=case.error):
                _load(path, case, "report")
            return
        corpus = _load(path, case, "report")
    if case.flag is not None:
        flagged = corpus[corpus["problem"].str.contains(case.flag)]
        assert (
            len(flagged) == 1
            and case.names
            in flagged["problem"].item() + flagged["file"].item() + flagged["id"].item()
        )
    if not case.allow_outside:
        _check_good_kept(corpus)


@pytest.mark.parametrize(
    "name", [n for n, c in READING.items() if c.build.__name__ not in ("fifo_listed",)]
)
def test_streaming_reads_like_load_corpus(tmp_path, name):
    """Streaming keeps, flags and refuses exactly what ``load_corpus(errors="report")`` does."""
    case = READING[name]
    path = case.build(tmp_path)
    out = tmp_path / "a.csv"
    try:
        expected = _load(path, case, "report")
    except CorpusError as exc:
        with pytest.raises(CorpusError) as err, warnings.catch_warnings():
            warnings.simplefilter("ignore")
            score_stream(
                [path], out, chunk_size=1, progress=False, allow_outside=case.allow_outside
            )
        assert str(err.value) == str(exc)
        return
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        summary = score_stream(
            [path], out, chunk_size=1, progress=False, allow_outside=case.allow_outside
        )
    got = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert list(got["id"]) == list(expected["id"])
    assert list(got["problem"]) == list(expected["problem"])
    flagged = expected[expected["problem"] != ""]
    assert [f["id"] for f in summary["flagged"]] == list(flagged["id"])


def test_fifo_streams_without_hanging(tmp_path):
    path = fifo_listed(tmp_path)
    summary = score_stream([path], tmp_path / "a.csv", chunk_size=2, progress=False)
    assert [f["id"] for f in summary["unreadable"]] == ["bad"]
    assert "FIFO" in summary["unreadable"][0]["problem"]


# --- reading: text that is almost right ---------------------------------------------------

LESS_THAN = "Turnout was <a third of voters, and support for war >40% in the poll, officials said."
MARKUP = (
    "<html><head><script>var tracker = 1;</script><style>p {color: red}</style></head><body>"
    '<p>Officials said talks could resume.</p><p>Analysts were <a href="/x">doubtful</a> &amp; '
    "wary.</p></body></html>"
)
NAV = "Home\n\nWorld\n\nPolitics\n\nSubscribe\n\nLog in\n"


@pytest.mark.parametrize(
    ("name", "text", "kept", "gone", "flag"),
    [
        ("'<a' and '<p' as less than", LESS_THAN, LESS_THAN, None, ""),
        (
            "real markup in a .txt",
            MARKUP,
            "Analysts were doubtful & wary.",
            "tracker",
            "HTML markup stripped",
        ),
        ("a page of navigation links", NAV, "Subscribe", None, "no sentences: only 5 short"),
        ("UTF-16 with its byte-order mark", "Talks resume, officials said.", "Talks", None, ""),
    ],
)
def test_almost_text(tmp_path, name, text, kept, gone, flag):
    _good(tmp_path)
    encoding = "utf-16" if "UTF-16" in name else "utf-8"
    (tmp_path / "odd.txt").write_bytes(text.encode(encoding))
    corpus = framing.load_corpus(tmp_path)
    row = corpus[corpus["id"] == "odd"].iloc[0]
    assert kept in row["text"]
    if gone:
        assert gone not in row["text"]
    assert row["problem"].startswith(flag) if flag else row["problem"] == ""
    _check_good_kept(corpus)


def test_nul_characters_in_a_table_cell_are_removed_and_flagged(tmp_path):
    path = tmp_path / "export.csv"
    pd.DataFrame(
        {"id": ["g1", "bad"], "text": [GOOD["good1.txt"], "Talks\x00 resume, officials said."]}
    ).to_csv(path, index=False)
    corpus = framing.load_corpus(path)
    row = corpus[corpus["id"] == "bad"].iloc[0]
    assert row["text"] == "Talks resume, officials said." and row["problem"].startswith("NUL")


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_empty_table_file(tmp_path, suffix):
    (tmp_path / f"export{suffix}").write_text("", encoding="utf-8")
    with pytest.raises(CorpusError, match=f"export{suffix}: (no rows|malformed CSV)"):
        framing.load_corpus(tmp_path / f"export{suffix}")


@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_json_array_file(tmp_path, suffix):
    path = tmp_path / f"export{suffix}"
    recs = [{"id": k[:-4], "text": v, "outlet": "Daily Ledger"} for k, v in GOOD.items()]
    path.write_text(json.dumps(recs, indent=2), encoding="utf-8")
    corpus = framing.load_corpus(path)
    assert list(corpus["id"]) == ["good1", "good2"] and (corpus["problem"] == "").all()


# --- outputs and runs ---------------------------------------------------------------------


def _no_scoring(monkeypatch):
    def boom(*a, **k):
        raise AssertionError("scoring started before the outputs were checked")

    monkeypatch.setattr(framing.cli, "score_sentences", boom)
    monkeypatch.setattr(framing.stream, "score_sentences", boom)


@pytest.mark.parametrize(
    ("name", "args", "message"),
    [
        ("-o into a missing folder", ["-o", "{tmp}/nope/a.csv"], "folder .*nope does not exist"),
        ("-o over articles.csv", ["-o", "{corpus}/articles.csv"], "part of the corpus folder"),
        ("-o over an article", ["-o", "{corpus}/good1.txt"], "part of the corpus folder"),
        ("two outputs one file", ["-o", "{tmp}/a.csv", "--sentences", "{tmp}/a.csv"], "both"),
        ("-o over an input file", ["-o", "{corpus}/good1.txt", "--chunk-size", "1"], "corpus"),
        ("streamed .xlsx", ["-o", "{tmp}/a.xlsx", "--chunk-size", "1"], "chunk by chunk"),
    ],
)
def test_outputs_checked_before_work(tmp_path, monkeypatch, capsys, name, args, message):
    corpus = tmp_path / "corpus"
    _good(corpus)
    _listed(corpus)
    before = (corpus / "articles.csv").read_bytes()
    _no_scoring(monkeypatch)
    argv = [a.format(tmp=tmp_path, corpus=corpus) for a in args]
    assert main(["score", str(corpus), *argv, "--no-progress"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("framing: error: ") and len(err.strip().splitlines()) == 1
    assert pytest.importorskip("re").search(message, err)
    assert (corpus / "articles.csv").read_bytes() == before
    assert (corpus / "good1.txt").read_text(encoding="utf-8").strip() == GOOD["good1.txt"]


def _interrupt_after_first_chunk(monkeypatch):
    real = framing.stream.score_sentences
    calls = {"n": 0}

    def flaky(corpus, **kw):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        return real(corpus, **kw)

    monkeypatch.setattr(framing.stream, "score_sentences", flaky)
    return real


def _interrupted_run(tmp_path, monkeypatch, **kw):
    corpus = tmp_path / "corpus"
    _good(corpus)
    (corpus / "good3.txt").write_text(
        "Negotiators are expected to meet again in Geneva, a spokesman said.\n", encoding="utf-8"
    )
    out = tmp_path / "a.csv"
    real = _interrupt_after_first_chunk(monkeypatch)
    with pytest.raises(KeyboardInterrupt):
        score_stream([corpus], out, chunk_size=1, progress=False, **kw)
    monkeypatch.setattr(framing.stream, "score_sentences", real)
    return corpus, out


def _add_file(corpus: Path, out: Path) -> None:
    (corpus / "good0.txt").write_text("A late report said talks resumed.\n", encoding="utf-8")


def _delete_output(corpus: Path, out: Path) -> None:
    out.unlink()


def _truncate_output(corpus: Path, out: Path) -> None:
    data = out.read_bytes()
    out.write_bytes(data[: len(data) // 2])


def _rewrite_output(corpus: Path, out: Path) -> None:
    data = out.read_bytes()
    out.write_bytes(data[:-4] + b"9999")


def _edit_input(corpus: Path, out: Path) -> None:
    path = corpus / "good1.txt"
    path.write_text(path.read_text(encoding="utf-8") + "One more sentence.\n", encoding="utf-8")


def _corrupt_manifest(corpus: Path, out: Path) -> None:
    Path(f"{out}.progress.json").write_text('{"identity": ', encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "change", "message"),
    [
        ("a file added to the corpus", _add_file, "changed: files"),
        ("an input edited", _edit_input, "changed: files"),
        ("the output deleted", _delete_output, "a.csv: changed since the interrupted run"),
        ("the output truncated", _truncate_output, "a.csv: changed since the interrupted run"),
        ("the output rewritten", _rewrite_output, "a.csv: changed since the interrupted run"),
        ("a corrupt manifest", _corrupt_manifest, r"a\.csv\.progress\.json: not a readable"),
    ],
)
def test_resume_refuses(tmp_path, monkeypatch, name, change, message):
    corpus, out = _interrupted_run(tmp_path, monkeypatch)
    change(corpus, out)
    with pytest.raises(CorpusError, match=message):
        score_stream([corpus], out, chunk_size=1, progress=False, resume=True)


def test_resume_with_a_lexicon_continues(tmp_path, monkeypatch):
    lexicon = tmp_path / "fear.csv"
    lexicon.write_text("term,category,source\ndoubtful,doubt,test\nwarned,doubt,test\n")
    corpus, out = _interrupted_run(tmp_path, monkeypatch, lexicons={"fear": str(lexicon)})
    summary = score_stream(
        [corpus], out, chunk_size=1, progress=False, resume=True, lexicons={"fear": str(lexicon)}
    )
    full = tmp_path / "full.csv"
    score_stream([corpus], full, chunk_size=1, progress=False, lexicons={"fear": str(lexicon)})
    assert summary["articles"] == 3 and out.read_bytes() == full.read_bytes()
    assert "fear" in pd.read_csv(out).columns
    lexicon.write_text("term,category,source\nwarned,doubt,test\n")
    _interrupt_after_first_chunk(monkeypatch)
    with pytest.raises(KeyboardInterrupt):
        score_stream([corpus], out, chunk_size=1, progress=False, lexicons={"fear": str(lexicon)})
    lexicon.write_text("term,category,source\ndoubtful,doubt,test\n")  # edited in between
    with pytest.raises(CorpusError, match="changed: lexicons"):
        score_stream(
            [corpus], out, chunk_size=1, progress=False, resume=True, lexicons={"fear": lexicon}
        )


def test_streaming_prints_every_flag(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    _good(corpus)
    _listed(corpus)
    (corpus / "nav.txt").write_text(NAV, encoding="utf-8")  # not listed, and no prose
    (corpus / "empty.txt").write_text("  \n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        code = main(
            ["score", str(corpus), "-o", str(tmp_path / "a.csv"), "--chunk-size", "2"]
            + ["--no-progress", "--errors", "report"]
        )
    assert code == 0
    notes = [ln for ln in capsys.readouterr().err.splitlines() if ln.startswith("note:")]
    arts = pd.read_csv(tmp_path / "a.csv", dtype=str, keep_default_na=False)
    flagged = arts[arts["problem"] != ""]
    assert len(notes) == len(flagged) == 2
    for note, (_, row) in zip(notes, flagged.iterrows()):
        assert row["id"] in note and row["problem"] in note


# --- interrupted and killed processes -----------------------------------------------------


def _big_corpus(tmp: Path, n: int = 2000) -> Path:
    """``n`` copies of a seed article: enough that the run is still going when the tests
    below signal it (120 copies were scored before the signal once scoring got faster)."""
    folder = tmp / "big"
    folder.mkdir()
    text = (SEEDS / "000_f0ed37ffa004471d.txt").read_text(encoding="utf-8")
    for i in range(n):
        (folder / f"a{i:04d}.txt").write_text(text, encoding="utf-8")
    return folder


def _children(pid: int) -> set[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return {int(c) for c in path.read_text().split()} if path.exists() else set()


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "State:\tZ" not in status


def _start(tmp_path: Path) -> tuple[subprocess.Popen, Path]:
    folder = _big_corpus(tmp_path)
    out = tmp_path / "a.csv"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "framing.cli", "score", str(folder), "-o", str(out)]
        + ["--chunk-size", "2", "--jobs", "2", "--no-progress"],
        stderr=subprocess.PIPE,
        env=env,
        start_new_session=True,
        cwd=tmp_path,
        # a run in a terminal's foreground: when the tests themselves run as a background
        # job (`make test &`), the shell has set SIGINT to "ignore", which the child would
        # inherit, and Python then never raises KeyboardInterrupt (the run finishes, code 0)
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    manifest = Path(f"{out}.progress.json")
    for _ in range(3600):  # until the first chunk is done and both workers ignore Ctrl-C (3 min)
        if proc.poll() is not None:
            break
        workers = _children(proc.pid)
        if manifest.exists() and len(workers) == 2 and all(map(_ignores_sigint, workers)):
            break
        time.sleep(0.05)
    assert proc.poll() is None, proc.stderr.read().decode()
    return proc, out


def _ignores_sigint(pid: int) -> bool:
    """True once a worker has run its initializer (SIGINT in /proc's ignored-signal mask)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    mask = next((ln.split()[1] for ln in status.splitlines() if ln.startswith("SigIgn:")), "0")
    return bool(int(mask, 16) & (1 << (signal.SIGINT - 1)))


def _wait_gone(pids: set[int]) -> set[int]:
    for _ in range(300):
        pids = {p for p in pids if _alive(p)}
        if not pids:
            break
        time.sleep(0.1)
    return pids


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_sigkill_leaves_no_orphaned_worker(tmp_path):
    proc, _ = _start(tmp_path)
    workers = _children(proc.pid)
    assert workers, "the run should have started its --jobs workers"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stderr.close()
    left = _wait_gone(workers)
    for pid in left:  # do not leave them behind even if the test fails
        os.kill(pid, signal.SIGKILL)
    assert not left


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_ctrl_c_prints_one_line_naming_resume(tmp_path):
    proc, out = _start(tmp_path)
    workers = _children(proc.pid)
    os.killpg(proc.pid, signal.SIGINT)  # a terminal's Ctrl-C reaches the whole group
    err = proc.communicate(timeout=120)[1].decode()
    assert proc.returncode == 130, err
    assert len(err.strip().splitlines()) == 1 and "--resume" in err, err
    assert not _wait_gone(workers)
    assert Path(f"{out}.progress.json").exists()


# --- spreadsheets and Markdown ------------------------------------------------------------

FORMULAS = ['=HYPERLINK("http://x","click")', "+1+1", "-2+3", "@SUM(A1:A2)", "=1+1"]


def test_xlsx_stores_formula_like_text_as_text(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    df = pd.DataFrame(
        {"id": FORMULAS, "text": [f"{f} said the minister." for f in FORMULAS], "n": range(5)}
    )
    df["rate"] = df["n"] / 3
    path = tmp_path / "a.xlsx"
    write_xlsx(df, path)
    ws = openpyxl.load_workbook(path).active
    rows = list(ws.iter_rows(values_only=False))
    assert [c.value for c in rows[0]] == list(df.columns)
    for cells, (_, want) in zip(rows[1:], df.iterrows()):
        assert [c.value for c in cells[:2]] == [want["id"], want["text"]]  # exact characters
        assert all(c.data_type == "s" for c in cells[:2])  # text, not a formula
        assert cells[2].value == want["n"] and cells[3].value == pytest.approx(want["rate"])


def test_cli_xlsx_output(tmp_path, capsys):
    pytest.importorskip("openpyxl")
    corpus = tmp_path / "corpus"
    _good(corpus)
    (corpus / "articles.csv").write_text(
        HEADER + "=cmd|' /C calc'!A0,good1.txt,@Ledger\ng2,good2.txt,+Harbour Post\n",
        encoding="utf-8",
    )
    out = tmp_path / "a.xlsx"
    assert main(["score", str(corpus), "-o", str(out)]) == 0
    got = pd.read_excel(out, dtype=str)
    assert list(got["id"]) == ["=cmd|' /C calc'!A0", "g2"]
    assert list(got["outlet"]) == ["@Ledger", "+Harbour Post"]


@pytest.mark.parametrize(
    ("name", "want_absent"),
    [
        ("<script>alert(1)</script>", "<script>"),
        ("[Click](http://evil.example)", "](http"),
        ("Daily | Ledger", " | "),
        ("**Bold** _news_", "**"),
        ("Two\nlines", "\n"),
    ],
)
def test_escape_markdown(name, want_absent):
    out = escape_markdown(name)
    assert want_absent not in out
    unescaped = out.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    assert unescaped.replace("\\", "") == name.replace("\\", "").replace("\n", " ")
