"""Tables in and out: the one place that reads and writes CSV, JSON Lines, Parquet and .xlsx.

Readers check what they are given before reading it (a regular file, not a FIFO or a device;
a CSV whose line endings cannot split a row in two) and raise a ``CorpusError`` naming the
file and the problem. Writers use one float format (``FLOAT_FORMAT``) for every CSV, so a
table written twice is byte-identical. ``write_xlsx`` stores every text cell as text, so a
value such as ``=HYPERLINK(...)`` opens in a spreadsheet as the characters it is, never as a
formula (CSV files cannot say that: see the README's warning). ``escape_markdown`` makes an
untrusted name safe to embed in Markdown or HTML.
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

FLOAT_FORMAT = "%.6g"
"""The float format of every CSV ``framing`` writes (six significant digits)."""

PROBLEM_COLUMN = "__framing_problem__"
"""Column ``read_table(..., errors="report")`` adds for a JSON line it could not read."""


class CorpusError(ValueError):
    """A corpus file or metadata file that cannot be read; the message names both."""


# --- checks before reading ---------------------------------------------------------------


def file_kind(mode: int) -> str:
    """A readable name for the kind of file ``mode`` (from ``os.stat``) describes."""
    for test, name in (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return name
    return "not a regular file"


def check_regular(path: str | Path) -> os.stat_result:
    """``os.stat`` of ``path`` (links followed) if it is a regular file; otherwise a
    ``CorpusError`` saying what it is. Nothing is opened, so a FIFO cannot block."""
    path = Path(path)
    try:
        st = path.stat()
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read file ({exc.strerror or exc})") from exc
    if not stat.S_ISREG(st.st_mode):
        raise CorpusError(f"{path}: {file_kind(st.st_mode)}, not a regular file; not read")
    return st


def read_limited(path: str | Path, *, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes, reading no more than that.

    The kind and size are checked before reading and again on the open file (a file swapped
    for a FIFO or a growing file in between is refused too)."""
    path = Path(path)
    st = check_regular(path)
    if st.st_size > limit:
        raise CorpusError(f"{path}: {st.st_size:,} bytes is more than the limit ({limit:,} bytes)")
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read file ({exc.strerror or exc})") from exc
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise CorpusError(f"{path}: not a regular file; not read")
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise CorpusError(f"{path}: more than the limit ({limit:,} bytes)")
    return data


_CR_OR_QUOTE = re.compile(rb'["\r\n]')


def lone_cr_line(path: str | Path, *, block: int = 1 << 20) -> int | None:
    """The line number of the first carriage return (CR) outside quotes that is not part
    of a CRLF, in a CSV file that also has LF line endings; ``None`` when there is none.

    Such a CR ends a row for a CSV parser, so a text field written without quotes would
    be split into phantom rows. A file whose lines all end in a lone CR is consistent and
    returns ``None``. Reads the file in blocks (memory stays flat)."""
    quoted = False
    line = 1
    first_cr: int | None = None
    has_lf = False
    pending_cr = False  # a CR at the end of the previous block
    with open(path, "rb") as fh:
        while True:
            data = fh.read(block)
            if not data:
                break
            if pending_cr:
                pending_cr = False
                if not data.startswith(b"\n") and first_cr is None:
                    first_cr = line
            for m in _CR_OR_QUOTE.finditer(data):
                c = m.group()
                if c == b'"':
                    quoted = not quoted
                elif c == b"\n":
                    line += 1
                    has_lf = True
                elif not quoted:
                    end = m.end()
                    if end == len(data):
                        pending_cr = True
                    elif data[end : end + 1] != b"\n" and first_cr is None:
                        first_cr = line
            if first_cr is not None and has_lf:
                return first_cr
    if pending_cr and first_cr is None:
        first_cr = line
    return first_cr if has_lf else None


# --- reading tables ----------------------------------------------------------------------


def read_table(
    path: str | Path, chunk_size: int | None = None, *, errors: str = "raise"
) -> pd.DataFrame | Iterator[pd.DataFrame]:
    """A CSV, JSON Lines, JSON array or Parquet file as one DataFrame (every CSV cell a
    string), or with ``chunk_size`` an iterator of DataFrames of that many rows.

    A JSON line that is not a JSON object raises a ``CorpusError`` naming the file and the
    line, or with ``errors="report"`` becomes a row whose ``PROBLEM_COLUMN`` says why."""
    path = Path(path)
    check_regular(path)
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            return _read_csv(path, chunk_size)
        if suffix == ".parquet":
            import pyarrow.parquet as pq

            if chunk_size is None:
                return pq.read_table(path).to_pandas()
            return (b.to_pandas() for b in pq.ParquetFile(path).iter_batches(chunk_size))
        return _read_json(path, chunk_size, errors)
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{path}: not valid UTF-8 ({exc.reason}); re-save it as UTF-8") from exc
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise CorpusError(f"{path}: malformed CSV ({str(exc).strip()})") from exc
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read file ({exc})") from exc


def _read_csv(path: Path, chunk_size: int | None):
    line = lone_cr_line(path)
    if line is not None:
        raise CorpusError(
            f"{path}, line {line}: a carriage return (CR) outside quotes would split the row "
            "there (the file mixes line endings); re-save it with LF or CRLF line endings"
        )
    import csv

    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh)
        try:
            header = next(reader, None)
            first = next(reader, None)
        except csv.Error:  # a field over the csv module's limit: pandas reads it below
            header = first = None
        if header is not None and first is not None and len(first) != len(header):
            raise CorpusError(
                f"{path}, line {reader.line_num}: {len(first)} fields, but the header has "
                f"{len(header)} ({', '.join(header)}); quote fields that contain commas"
            )
    return pd.read_csv(
        path,
        dtype=str,
        keep_default_na=False,
        encoding="utf-8",
        chunksize=chunk_size,
        index_col=False,
    )


def _first_char(path: Path) -> bytes:
    with path.open("rb") as fh:
        return fh.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n")[:1]


def _read_json(path: Path, chunk_size: int | None, errors: str):
    if _first_char(path) == b"[":
        return _read_json_array(path, chunk_size)

    def records():
        with path.open(encoding="utf-8-sig") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                problem = ""
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as exc:
                    problem = f"line {n}: not valid JSON ({exc.msg})"
                else:
                    if not isinstance(rec, dict):
                        problem = f"line {n}: a JSON {type(rec).__name__}, not a JSON object"
                if problem:
                    if errors == "raise":
                        raise CorpusError(f"{path}, {problem}")
                    rec = {PROBLEM_COLUMN: problem}
                yield rec

    if chunk_size is None:
        return pd.DataFrame(list(records()))

    def chunks():
        batch = []
        for rec in records():
            batch.append(rec)
            if len(batch) == chunk_size:
                yield pd.DataFrame(batch)
                batch = []
        if batch:
            yield pd.DataFrame(batch)

    return chunks()


def _read_json_array(path: Path, chunk_size: int | None):
    with path.open(encoding="utf-8-sig") as fh:
        try:
            recs = json.load(fh)
        except json.JSONDecodeError as exc:
            raise CorpusError(
                f"{path}, line {exc.lineno}: not valid JSON ({exc.msg}); a .json file holds "
                "one array of objects, a .jsonl file one object per line"
            ) from exc
    if not isinstance(recs, list):
        raise CorpusError(f"{path}: a JSON {type(recs).__name__}; expected an array of objects")
    bad = [i for i, r in enumerate(recs) if not isinstance(r, dict)]
    if bad:
        raise CorpusError(
            f"{path}: item {bad[0] + 1} of the array is a JSON {type(recs[bad[0]]).__name__}, "
            "not an object"
        )
    if chunk_size is None:
        return pd.DataFrame(recs)
    return (pd.DataFrame(recs[k : k + chunk_size]) for k in range(0, len(recs), chunk_size))


# --- writing tables ----------------------------------------------------------------------


def flat(df: pd.DataFrame) -> pd.DataFrame:
    """A table ready for CSV, Parquet or .xlsx: tuples of offsets become "start-end;..." text."""
    df = df.copy()
    for c in df.columns:
        if df[c].dtype == object and df[c].map(lambda v: isinstance(v, tuple)).any():
            df[c] = df[c].map(
                lambda v: ";".join(f"{a}-{b}" for a, b in v) if isinstance(v, tuple) else v
            )
    return df


def write_csv(
    df: pd.DataFrame,
    path: str | Path,
    *,
    append: bool = False,
    float_format: str = FLOAT_FORMAT,
) -> None:
    """Write (or append, without a header) a table as UTF-8 CSV with LF line endings and
    floats in ``FLOAT_FORMAT``."""
    flat(df).to_csv(
        path,
        index=False,
        float_format=float_format,
        lineterminator="\n",
        encoding="utf-8",
        mode="a" if append else "w",
        header=not append,
    )


def write_parquet(df: pd.DataFrame, path: str | Path) -> None:
    """Write a table as Parquet: text columns as strings, offsets as "start-end" text."""
    out = flat(df)
    for c in out.columns:
        if out[c].dtype == object:
            out[c] = out[c].astype("string")
    out.to_parquet(path, index=False)


_XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def write_xlsx(df: pd.DataFrame, path: str | Path, *, sheet: str = "framing") -> None:
    """Write a table as an Excel workbook in which every text cell is stored as text.

    A spreadsheet opening a CSV runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a
    formula (formula injection); here such a cell keeps its exact characters and is never
    evaluated. Numbers stay numbers, missing values are empty cells. Control characters
    that the .xlsx format cannot store are written as U+FFFD."""
    from openpyxl import Workbook

    wb = Workbook(write_only=False)
    ws = wb.active
    ws.title = sheet
    out = flat(df)
    ws.append([str(c) for c in out.columns])
    for row in out.itertuples(index=False):
        ws.append([_xlsx_value(v) for v in row])
    for col in ws.iter_cols(min_row=1):
        for cell in col:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # text, never a formula
    wb.save(path)


def _xlsx_value(v):
    if v is None or v is pd.NA or (isinstance(v, float) and v != v):
        return None
    if isinstance(v, str):
        return _XLSX_ILLEGAL.sub("\ufffd", v)
    if hasattr(v, "item"):  # numpy scalars
        v = v.item()
    if isinstance(v, (bool, int, float)):
        return v
    return _XLSX_ILLEGAL.sub("\ufffd", str(v))


def write_table(df: pd.DataFrame, path: str | Path, *, append: bool = False) -> None:
    """Write a table by the name's suffix: ``.parquet`` (Parquet), ``.xlsx`` (Excel, every
    text cell as text: ``write_xlsx``), anything else CSV (``write_csv``)."""
    suffix = Path(path).suffix.lower()
    if suffix == ".parquet":
        write_parquet(df, path)
    elif suffix == ".xlsx":
        if append:
            raise ValueError(f"{path}: an .xlsx output cannot be appended to")
        write_xlsx(df, path)
    else:
        write_csv(df, path, append=append)


# --- untrusted text in Markdown ----------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>])")


def escape_markdown(text: object) -> str:
    """``text`` safe to embed in Markdown (a table cell included) and the HTML it renders
    to: ``& < >`` become entities, Markdown punctuation is backslash-escaped and line
    breaks become spaces, so an outlet name can neither format, link, nor inject markup."""
    s = re.sub(r"[\r\n]+", " ", str(text))
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", s)
