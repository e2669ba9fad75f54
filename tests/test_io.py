"""framing.io: one CSV format, the pre-read checks, .xlsx as text, Markdown escaping."""

import os

import numpy as np
import pandas as pd
import pytest

from framing.io import (
    FLOAT_FORMAT,
    CorpusError,
    check_regular,
    lone_cr_line,
    read_limited,
    read_table,
    write_csv,
    write_table,
)


def test_write_csv_uses_one_float_format(tmp_path):
    rates = np.array([1 / 3, 2 / 3, 1000 / 7])
    df = pd.DataFrame({"id": ["a", "b", "c"], "rate": rates})
    write_csv(df, tmp_path / "a.csv")
    lines = (tmp_path / "a.csv").read_text(encoding="utf-8").splitlines()
    assert lines[1:] == [f"{i},{FLOAT_FORMAT % r}" for i, r in zip(df["id"], rates)]
    write_table(df, tmp_path / "b.csv")
    assert (tmp_path / "b.csv").read_bytes() == (tmp_path / "a.csv").read_bytes()


def test_offsets_are_flattened_the_same_in_csv_and_parquet(tmp_path):
    df = pd.DataFrame({"id": ["a"], "spans": [((0, 3), (5, 9))]})
    write_table(df, tmp_path / "a.csv")
    write_table(df, tmp_path / "a.parquet")
    csv = pd.read_csv(tmp_path / "a.csv")
    assert csv["spans"].item() == "0-3;5-9" == pd.read_parquet(tmp_path / "a.parquet")["spans"][0]


@pytest.mark.parametrize(
    ("name", "data", "line"),
    [
        ("LF endings", b"id,text\n1,Talks resume.\n", None),
        ("CRLF endings", b"id,text\r\n1,Talks resume.\r\n", None),
        ("CR endings only", b"id,text\r1,Talks resume.\r", None),
        ("CR inside quotes", b'id,text\n1,"Talks\rresume."\n', None),
        ("lone CR outside quotes", b"id,text\n1,Talks\rresume.\n", 2),
        ("lone CR after a quoted line break", b'id,text\n1,"a\nb"\n2,c\rd\n', 4),
    ],
)
def test_lone_cr_line(tmp_path, name, data, line):
    path = tmp_path / "x.csv"
    path.write_bytes(data)
    assert lone_cr_line(path) == line
    assert lone_cr_line(path, block=3) == line  # the same across block boundaries


def test_checks_before_reading(tmp_path):
    os.mkfifo(tmp_path / "pipe")
    with pytest.raises(CorpusError, match="pipe: a FIFO"):
        check_regular(tmp_path / "pipe")
    with pytest.raises(CorpusError, match="a folder"):
        read_limited(tmp_path, limit=10)
    (tmp_path / "big.txt").write_bytes(b"x" * 11)
    with pytest.raises(CorpusError, match="11 bytes is more than the limit"):
        read_limited(tmp_path / "big.txt", limit=10)
    assert read_limited(tmp_path / "big.txt", limit=11) == b"x" * 11
    with pytest.raises(CorpusError, match="a FIFO"):
        read_table(tmp_path / "pipe")


def test_xlsx_cannot_be_appended(tmp_path):
    with pytest.raises(ValueError, match="cannot be appended"):
        write_table(pd.DataFrame({"a": [1]}), tmp_path / "a.xlsx", append=True)
