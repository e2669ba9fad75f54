"""Corpus: read articles and their metadata, strip site chrome without losing it.

``load_corpus`` returns one row per article. The raw text is kept as read; the clean text
(``text``) holds the article's own paragraphs, and every sentence offset in ``framing``
refers to it. What was removed, from which article and by which rule, is in
``chrome(corpus)``.

A folder is read in one way, by ``load_corpus`` and ``score_stream`` alike: ``list_folder``
says which files are articles and with which metadata, ``read_article`` reads one of them
(refusing a path outside the folder, a FIFO or device, an oversized, UTF-16-without-BOM or
binary file, each with a ``CorpusError`` naming it). Tables are read by ``framing.io``.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import tomllib
import warnings
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pandas as pd

from .io import PROBLEM_COLUMN, CorpusError, lone_cr_line, read_limited, read_table
from .sentences import Paragraph, count_words, normalize_line, paragraph_kind, paragraphs

METADATA_COLUMNS = [
    "id",
    "file",
    "outlet",
    "url",
    "headline",
    "published",
    "byline",
    "kind",
    "based_on",
]
CORPUS_COLUMNS = [
    "id",
    "outlet",
    *(c for c in METADATA_COLUMNS if c not in ("id", "outlet")),
    "raw",
    "text",
    "words",
    "problem",
]
MAX_CHARS = 2_000_000
"""The longest article read, in characters; a longer file is refused with a ``CorpusError``."""
MAX_BYTES = 4 * MAX_CHARS
"""The most bytes read from one article file (``MAX_CHARS`` characters of UTF-8 at most)."""
MAX_METADATA_BYTES = 100_000_000
"""The largest ``articles.csv`` read."""

_TAGS = (
    r"(?:html|head|body|p|div|span|a|br|script|style|h[1-6]|article|section|img|li|ul|meta|title)"
)
# A tag only when it is well formed: ``<p>``, ``</p>``, ``<br/>``, ``<a href="...">``. Text
# such as "<a third of voters" or "support <p 0.05" uses "<" as "less than" and is no tag.
_TAG = re.compile(
    rf"""<(?:/{_TAGS}\s*|{_TAGS}(?:\s+[\w:.-]+\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>=`]+))*"""
    r"""\s*/?)>""",
    re.I,
)
_BLOCK_TAGS = frozenset("p div h1 h2 h3 h4 h5 h6 li title article section br".split())
_ENGLISH = frozenset(
    "the of and to a in is that for on with as was by at from it be are has have this an "
    "said not but or will its were which their been his her they who".split()
)


@dataclass(frozen=True)
class ChromeRule:
    rule: str
    pattern: re.Pattern
    action: str
    description: str


@lru_cache(maxsize=1)
def chrome_rules() -> tuple[ChromeRule, ...]:
    """The shipped site-chrome rules (``framing/data/chrome.csv``): whole-line patterns."""
    with resources.files("framing").joinpath("data/chrome.toml").open("rb") as fh:
        rows = tomllib.load(fh)["rule"]
    return tuple(
        ChromeRule(r["rule"], re.compile(r["pattern"]), r["action"], r["description"]) for r in rows
    )


def structure(raw: str, *, headline: str | None = None) -> tuple[str, list[Paragraph], list[dict]]:
    """Split ``raw`` into the article's own paragraphs and the lines removed from it.

    Returns the clean text (kept paragraphs joined by blank lines), the kept paragraphs with
    offsets into the clean text and their kind, and one record per removed line (offsets
    into ``raw``, the text and the rule that removed it).
    """
    removed: list[dict] = []
    kept: list[tuple[int, int, str]] = []  # raw offsets and a hint
    seen: set[str] = set()
    want = normalize_line(headline) if headline else None
    have_headline = False
    hint = ""
    for s, e in paragraphs(raw):
        line = raw[s:e]
        rule = _chrome_rule(line)
        key = normalize_line(line)
        if rule is None and want and key == want and have_headline:
            rule = ChromeRule("repeated_headline", None, "metadata", "headline repeated in body")
        if rule is None and key in seen and count_words(line) >= 8:
            rule = ChromeRule(
                "duplicate_paragraph", None, "remove", "paragraph repeated word for word"
            )
        if rule is not None:
            removed.append(
                {
                    "start": s,
                    "end": e,
                    "text": line,
                    "rule": rule.rule,
                    "action": rule.action,
                    "description": rule.description,
                }
            )
            if rule.rule == "image_credit":
                hint = "after_credit"
            elif rule.action == "metadata" and kept and kept[-1][2] == "after_headline":
                kept[-1] = (kept[-1][0], kept[-1][1], "before_metadata")
            continue
        if not kept:
            have_headline = True
        seen.add(key)
        kept.append((s, e, hint if hint else ("after_headline" if len(kept) == 1 else "")))
        hint = ""

    parts, paras, pos = [], [], 0
    for i, (s, e, h) in enumerate(kept):
        line = raw[s:e]
        kind = paragraph_kind(line, i, hint=h, headline=want)
        if i:
            pos += 2
        parts.append(line)
        paras.append(Paragraph(pos, pos + len(line), kind))
        pos += len(line)
    return "\n\n".join(parts), paras, removed


def _chrome_rule(line: str) -> ChromeRule | None:
    for rule in chrome_rules():
        if rule.pattern.fullmatch(line.strip()):
            return rule
    return None


def _problem(text: str) -> str:
    """Flags a reader should see beside an article (empty, not English, very long)."""
    if not text.strip():
        return "empty text"
    toks = re.findall(r"[a-z]+", text[:20000].lower())
    if len(toks) >= 20:
        share = sum(t in _ENGLISH for t in toks) / len(toks)
        if share < 0.12:
            return f"may not be English ({share:.0%} English function words)"
    elif not toks:
        return "no Latin-script words: may not be English"
    if _only_short_lines(text):
        n = text.count("\n\n") + 1
        return f"no sentences: only {n} short line(s) such as navigation links"
    return ""


_SENTENCE_END = re.compile(r"[.!?…:;\"'”’)\]]\s*$")


def _only_short_lines(text: str) -> bool:
    """True when no paragraph reads like prose: each is under five words and none ends a
    sentence (a page of navigation links, a list of section names)."""
    for para in text.split("\n\n"):
        if count_words(para) >= 5 or _SENTENCE_END.search(para):
            return False
    return True


def is_markup(text: str) -> bool:
    """True when ``text`` holds at least one well-formed HTML tag (``<p>``, ``</div>``,
    ``<a href="...">``); "<" used as "less than" is not markup."""
    return _TAG.search(text) is not None


def strip_html(raw: str) -> str:
    """Text of an HTML page or fragment, parsed with lxml: scripts, styles and comments
    dropped (lxml_html_clean), block elements and ``<br>`` become line breaks, entities
    decoded."""
    from lxml import etree
    from lxml import html as lxml_html
    from lxml_html_clean import Cleaner

    try:
        doc = lxml_html.document_fromstring(raw)
    except (etree.ParserError, ValueError):
        return ""
    cleaner = Cleaner(
        scripts=True,
        javascript=True,
        comments=True,
        style=True,
        inline_style=True,
        links=False,
        meta=True,
        page_structure=False,
        processing_instructions=True,
        embedded=True,
        frames=True,
        forms=False,
        annoying_tags=False,
        remove_unknown_tags=False,
        safe_attrs_only=False,
    )
    doc = cleaner.clean_html(doc)
    for el in doc.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCK_TAGS:
            el.tail = "\n" + (el.tail or "")
    return re.sub(r"[ \t]+", " ", doc.text_content())


def inside(path: str | Path, folder: str | Path) -> bool:
    """True when ``path``, every link followed, lies inside ``folder``."""
    return Path(os.path.realpath(path)).is_relative_to(os.path.realpath(folder))


def read_text(path: str | Path, *, root: str | Path | None = None) -> str:
    """Read a UTF-8 text file of at most ``MAX_CHARS`` characters; anything else raises a
    ``CorpusError`` naming the file and the problem.

    With ``root``, a path that resolves outside that folder (absolute, ``../``, a symbolic
    link leading elsewhere) is refused before anything is opened. A FIFO, a device or a
    folder is refused by its kind, a file over ``MAX_BYTES`` by its size, and at most
    ``MAX_BYTES`` are read whatever the file claims. UTF-16 is read by its byte-order mark;
    UTF-16 without one, and NUL bytes, are refused (a binary or mis-saved file)."""
    path = Path(path)
    if root is not None and not inside(path, root):
        raise CorpusError(
            f"{path}: resolves to {os.path.realpath(path)}, outside the corpus folder {root}; "
            "not read (allow_outside=True, or --allow-outside, reads it)"
        )
    data = read_limited(path, limit=MAX_BYTES)
    text = decode(data, path)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > MAX_CHARS:
        raise CorpusError(
            f"{path}: {len(text):,} characters is more than framing.corpus.MAX_CHARS "
            f"({MAX_CHARS:,}); split the file into articles"
        )
    return text


def decode(data: bytes, path: str | Path) -> str:
    """The text of a file's bytes: UTF-8 (a BOM allowed) or UTF-16 with its BOM. UTF-16
    without a BOM and NUL bytes raise a ``CorpusError`` naming ``path``."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise CorpusError(f"{path}: not valid UTF-16 ({exc.reason})") from exc
    nul = data.find(b"\x00")
    if nul >= 0:
        sample = data[:4096]
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        if max(even, odd) > 0.3 * (len(sample) // 2):
            order = "big" if even > odd else "little"
            raise CorpusError(
                f"{path}: looks like UTF-16 ({order}-endian) without a byte-order mark; "
                "re-save it as UTF-8"
            )
        raise CorpusError(f"{path}: NUL byte at byte {nul}: a binary file, not text; not read")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CorpusError(
            f"{path}: not valid UTF-8 (byte {exc.start}: {data[exc.start : exc.start + 1]!r}); "
            "re-save it as UTF-8"
        ) from exc


def read_metadata(path: str | Path) -> pd.DataFrame:
    """A folder's ``articles.csv``: every cell a string, ``attrs["lines"]`` the line each
    row ends on. A row with more or fewer fields than the header, line endings that would
    split a row, missing ``id`` or ``file`` columns, or empty or duplicate ids raise a
    ``CorpusError`` naming the file and the line."""
    path = Path(path)
    data = read_limited(path, limit=MAX_METADATA_BYTES)
    line = lone_cr_line(path)
    if line is not None:
        raise CorpusError(
            f"{path}, line {line}: a carriage return (CR) outside quotes would split the row "
            "there (the file mixes line endings); re-save it with LF or CRLF line endings"
        )
    text = decode(data, path)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
        if header is None:
            raise CorpusError(f"{path}: empty file; expected a header with id and file")
        rows, lines = [], []
        for row in reader:
            if not row:
                continue
            if len(row) != len(header):
                raise CorpusError(
                    f"{path}, line {reader.line_num}: {len(row)} fields, but the header has "
                    f"{len(header)} ({', '.join(header)}); quote fields that contain commas"
                )
            rows.append(row)
            lines.append(reader.line_num)
    except csv.Error as exc:
        raise CorpusError(f"{path}, line {reader.line_num}: malformed CSV ({exc})") from exc
    meta = pd.DataFrame(rows, columns=header, dtype=object).astype(str)
    meta.attrs["lines"] = lines
    missing = [c for c in ("id", "file") if c not in meta.columns]
    if missing:
        raise CorpusError(
            f"{path}: missing column(s) {', '.join(missing)}; "
            f"expected at least id and file, found {', '.join(meta.columns)}"
        )
    _check_ids(meta["id"], path, lines=lines)
    return meta


def _check_ids(ids: pd.Series, where: Path | str, *, lines: list[int] | None = None) -> None:
    ids = ids.astype(str).reset_index(drop=True)
    blank = ids.str.strip() == ""
    if blank.any():
        at = [lines[i] if lines else i + 2 for i in ids[blank].index[:5]]
        raise CorpusError(f"{where}: empty id on line(s) {', '.join(map(str, at))}")
    dup = ids[ids.duplicated(keep=False)]
    if len(dup):
        raise CorpusError(f"{where}: duplicate id(s): {', '.join(sorted(set(dup)))}")


TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
TABLE_SUFFIXES = (".csv", ".jsonl", ".json", ".parquet")


def load_corpus(
    path: str | Path | list[str] = "seeds",
    *,
    text_column: str = "text",
    id_column: str = "id",
    outlet_column: str = "outlet",
    columns: dict[str, str] | None = None,
    errors: str = "raise",
    allow_outside: bool = False,
) -> pd.DataFrame:
    """Read a corpus: a folder of .txt and saved .html pages (with or without
    ``articles.csv``), a CSV, JSONL, JSON or Parquet file with a text column, or a list of
    paths.

    Returns one row per article with its metadata, ``raw`` text as read, ``text`` with site
    chrome removed, ``words`` and ``problem`` (empty, not English, ...). Saved web pages are
    read with trafilatura (article text, title, date, site name, author). ``columns`` maps
    framing's names to a table's own (``{"text": "body", "outlet": "source"}``).

    ``errors="raise"`` (the default) stops at the first file that cannot be read, with a
    ``CorpusError`` naming it; ``errors="report"`` keeps such a file (or table row) as a row
    with no text and the reason in ``problem``. Nothing is dropped in silence either way.
    A folder's files, and those its ``articles.csv`` names, must lie inside the folder
    (links followed) unless ``allow_outside=True``.
    """
    if errors not in ("raise", "report"):
        raise ValueError(f"errors must be 'raise' or 'report', not {errors!r}")
    columns = {"text": text_column, "id": id_column, "outlet": outlet_column, **(columns or {})}
    if isinstance(path, (list, tuple)):
        rows = [read_article(Listed(Path(p), {}), errors=errors) for p in path]
        return _finish(rows, "the given files")
    path = Path(path)
    if not path.exists():
        raise CorpusError(f"{path}: no such file or folder")
    if path.is_dir():
        listing = list_folder(path, allow_outside=allow_outside)
        rows = [read_article(item, errors=errors) for item in listing]
        meta_path = path / "articles.csv"
        return _finish(rows, meta_path if meta_path.exists() else path)
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES + HTML_SUFFIXES:
        return _finish([read_article(Listed(path, {}), errors=errors)], path)
    if suffix in TABLE_SUFFIXES:
        return _finish(
            table_rows(read_table(path, errors=errors), path, columns, errors=errors), path
        )
    raise CorpusError(
        f"{path}: unsupported file type {suffix!r}; use .txt, .html, .csv, .jsonl, .json or "
        ".parquet"
    )


def corpus_files(folder: str | Path) -> list[Path]:
    """The article files of a folder (.txt and saved .html pages), in name order.

    Every entry with such a name that is not a folder is listed, FIFOs, devices and broken
    links included, so that reading refuses it by name instead of skipping it in silence."""
    folder = Path(folder)
    return sorted(
        p
        for p in folder.iterdir()
        if p.suffix.lower() in TEXT_SUFFIXES + HTML_SUFFIXES and not p.is_dir()
    )


@dataclass(frozen=True)
class Listed:
    """One article file of a corpus: its path, its metadata (a row of ``articles.csv``,
    possibly empty), the folder it must lie inside (``None``: anywhere) and where it was
    listed ("articles.csv, line 3"), which an error while reading it names too."""

    path: Path
    meta: dict = field(default_factory=dict)
    root: Path | None = None
    listed: str = ""

    @property
    def id(self) -> str:
        return self.meta.get("id") or self.path.stem


def list_folder(folder: str | Path, *, allow_outside: bool = False) -> list[Listed]:
    """The articles of a folder, in the order ``load_corpus`` and ``score_stream`` read them:
    the files ``articles.csv`` lists, in its order, then the files it does not list (with a
    warning and a ``problem`` note), in name order; without ``articles.csv``, every .txt and
    .html file in name order.

    Raises a ``CorpusError`` naming ``articles.csv`` and the line for a malformed file, a
    listed file that does not exist, a file listed twice or an empty file name. A listed file
    that resolves outside ``folder`` is not looked at here: reading it refuses it (unless
    ``allow_outside``), so that ``errors="report"`` keeps the other articles."""
    folder = Path(folder)
    root = None if allow_outside else folder
    files = corpus_files(folder)
    meta_path = folder / "articles.csv"
    if not (meta_path.exists() or meta_path.is_symlink()):
        if not files:
            raise CorpusError(f"{folder}: no .txt or .html files")
        return [Listed(p, {}, root) for p in files]
    if root is not None and not inside(meta_path, root):
        raise CorpusError(
            f"{meta_path}: resolves to {os.path.realpath(meta_path)}, outside the corpus "
            "folder; not read (allow_outside=True, or --allow-outside, reads it)"
        )
    meta = read_metadata(meta_path)
    out: list[Listed] = []
    first_line: dict[str, int] = {}
    for line, rec in zip(meta.attrs["lines"], meta.to_dict("records")):
        name = rec["file"]
        if not name.strip():
            raise CorpusError(f"{meta_path}, line {line}: article {rec['id']!r} has no file name")
        file = folder / name
        key = os.path.normpath(file)
        if key in first_line:
            raise CorpusError(
                f"{meta_path}, line {line}: {name!r} is listed again (first on line "
                f"{first_line[key]}); one file is one article"
            )
        first_line[key] = line
        if (allow_outside or inside(file, folder)) and not (file.exists() or file.is_symlink()):
            raise CorpusError(
                f"{meta_path}, line {line}: article {rec['id']!r} names {name!r}, "
                f"which is not in {folder}"
            )
        out.append(Listed(file, rec, root, f"{meta_path}, line {line}"))
    for p in files:
        if os.path.normpath(p) not in first_line:
            warnings.warn(
                f"{p}: not listed in {meta_path}; read with outlet 'unknown'", stacklevel=3
            )
            out.append(Listed(p, {"problem": f"not listed in {meta_path.name}"}, root))
    if not out:
        raise CorpusError(f"{folder}: no .txt or .html files")
    return out


def read_article(item: Listed, *, errors: str = "raise") -> dict:
    """One article row (metadata and ``raw`` text) from a .txt or .html file; a file that
    cannot be read raises a ``CorpusError``, or with ``errors="report"`` becomes a row with
    no text and ``problem`` starting "unreadable: " and naming the file and the reason."""
    path = item.path
    try:
        try:
            if path.suffix.lower() in HTML_SUFFIXES:
                return _html_row(path, item.meta, item.root)
            return _txt_row(path, item.meta, item.root)
        except CorpusError as exc:
            if item.listed:
                raise CorpusError(f"{exc} (listed in {item.listed})") from exc
            raise
    except CorpusError as exc:
        if errors == "raise":
            raise
        row = _txt_meta(path, item.meta)
        row["raw"] = ""
        row["problem"] = f"unreadable: {exc}"
        return row


def _html_row(path: Path, meta: dict, root: Path | None) -> dict:
    """A saved web page: article text and metadata extracted with trafilatura."""
    import trafilatura

    page = read_text(path, root=root)
    found = trafilatura.extract(
        page,
        output_format="json",
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )
    if not found:
        raise CorpusError(f"{path}: no article text found in the page")
    info = json.loads(found)
    row = _txt_meta(path, meta)
    for key, name in (("headline", "title"), ("published", "date"), ("byline", "author")):
        if not row[key] and info.get(name):
            row[key] = str(info[name])
    site = info.get("sitename") or info.get("source-hostname") or info.get("hostname")
    if row["outlet"] == "unknown" and site:
        row["outlet"] = str(site)
    text = info.get("text") or ""
    title = info.get("title")
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"  # the headline is a sentence too (kind: headline)
    row["raw"] = text.replace("\n", "\n\n")
    row["problem"] = meta.get("problem", "")
    return row


def _txt_meta(path: Path, meta: dict) -> dict:
    row = {k: meta.get(k, "") for k in METADATA_COLUMNS}
    # articles.csv columns of the user's own (the seeds' ``timing``) are kept, after ours
    row.update({k: v for k, v in meta.items() if k not in CORPUS_COLUMNS})
    row["id"] = meta.get("id") or path.stem
    row["file"] = meta.get("file") or path.name
    row["outlet"] = meta.get("outlet") or "unknown"
    return row


def _txt_row(path: Path, meta: dict, root: Path | None) -> dict:
    row = _txt_meta(path, meta)
    row["raw"] = read_text(path, root=root)
    row["problem"] = meta.get("problem", "")
    return row


def cell_text(value) -> tuple[str, str]:
    """A table cell as article text and a problem: strings as they are (NUL characters
    removed, and said so), bytes decoded as UTF-8, missing values empty; a list, a dict or
    undecodable bytes give no text and the reason."""
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return "", ""
    if isinstance(value, (bytes, bytearray, memoryview)):
        try:
            value = bytes(value).decode("utf-8")
        except UnicodeDecodeError:
            return "", "unreadable: the text is binary data (bytes that are not UTF-8)"
    if isinstance(value, (list, tuple, dict)) or hasattr(value, "__array__"):
        kind = "an object" if isinstance(value, dict) else "a list"
        return "", f"unreadable: the text is {kind}, not a string"
    text = str(value)
    if "\x00" in text:
        return text.replace("\x00", ""), "NUL characters removed"
    return text, ""


def table_rows(
    df: pd.DataFrame,
    path: Path,
    columns: dict[str, str],
    start: int = 0,
    *,
    errors: str = "raise",
) -> list[dict]:
    """Corpus rows from a table (or a chunk of one starting at row ``start``), its column
    names mapped by ``columns`` (framing's name → the table's).

    A row whose text is not text (a list, a dict, binary data) or a JSON line that could not
    be read raises a ``CorpusError`` naming the file and the row, or with
    ``errors="report"`` is kept with no text and the reason in ``problem``."""
    if len(df.columns) == 0:
        raise CorpusError(f"{path}: no rows (an empty file)")
    text_col = columns.get("text", "text")
    bad = df[PROBLEM_COLUMN] if PROBLEM_COLUMN in df.columns else None
    if text_col not in df.columns and not (bad is not None and bad.notna().all()):
        found = ", ".join(str(c) for c in df.columns if c != PROBLEM_COLUMN)
        raise CorpusError(
            f"{path}: no {text_col!r} column (found {found}); "
            "pass text_column= or columns={'text': ...}"
        )
    id_col = columns.get("id", "id")
    ids = []
    for i in range(len(df)):
        broken = bad is not None and isinstance(bad.iloc[i], str) and bad.iloc[i] != ""
        if id_col in df.columns and not broken:
            ids.append(cell_text(df[id_col].iloc[i])[0])
        else:
            ids.append(f"{path.stem}-{start + i + 1:05d}")
    _check_ids(pd.Series(ids, dtype=object), path)
    rows = []
    for i, rec in enumerate(df.to_dict("records")):
        n = start + i + 1
        row = {k: cell_text(rec.get(columns.get(k, k)))[0] for k in METADATA_COLUMNS}
        row["id"] = ids[i]
        row["file"] = f"{path.name}#{n}"
        row["outlet"] = cell_text(rec.get(columns.get("outlet", "outlet")))[0] or "unknown"
        problem = rec.get(PROBLEM_COLUMN) if bad is not None else None
        if isinstance(problem, str) and problem:
            text, problem = "", f"unreadable: {path}, {problem}"
        else:
            text, problem = cell_text(rec.get(text_col))
            if problem.startswith("unreadable"):
                problem = f"unreadable: {path}, row {n}: {problem.removeprefix('unreadable: ')}"
        if problem.startswith("unreadable") and errors == "raise":
            raise CorpusError(problem.removeprefix("unreadable: "))
        row["raw"] = text.replace("\r\n", "\n").replace("\r", "\n")
        row["problem"] = problem
        rows.append(row)
    return rows


def finish_rows(rows: list[dict], where) -> pd.DataFrame:
    """The corpus table from article rows: clean text, word counts and problems added."""
    return _finish(rows, where)


def _finish(rows: list[dict], where) -> pd.DataFrame:
    _check_ids(pd.Series([r["id"] for r in rows]), where)
    for row in rows:
        raw = row["raw"]
        problems = [row["problem"]] if row["problem"] else []
        if is_markup(raw):
            raw_text = strip_html(raw)
            problems.append("HTML markup stripped")
        else:
            raw_text = raw
        text, _, _ = structure(raw_text, headline=row["headline"] or None)
        row["text"] = text
        row["words"] = count_words(text)
        flag = _problem(text)
        if flag:
            problems.append(flag)
            if flag == "empty text" and not row["problem"].startswith("unreadable"):
                warnings.warn(
                    f"{row['file']}: empty article (kept, with no sentences)", stacklevel=3
                )
        row["problem"] = "; ".join(problems)
    extra = list(dict.fromkeys(k for row in rows for k in row if k not in CORPUS_COLUMNS))
    df = pd.DataFrame(rows, columns=CORPUS_COLUMNS + extra)
    if extra:
        df[extra] = df[extra].fillna("").astype("str")
    df["words"] = df["words"].astype("int64")
    return df


def article_structure(row) -> tuple[str, list[Paragraph], list[dict]]:
    """``structure`` for one corpus row, HTML stripped as ``load_corpus`` did."""
    raw = row["raw"]
    if is_markup(raw):
        raw = strip_html(raw)
    return structure(raw, headline=row["headline"] or None)


def chrome(corpus: pd.DataFrame) -> pd.DataFrame:
    """Every line removed from the articles: article id, rule, action, offsets in ``raw``."""
    recs = []
    for row in corpus.to_dict("records"):
        for r in article_structure(row)[2]:
            recs.append({"id": row["id"], "outlet": row["outlet"], **r})
    cols = ["id", "outlet", "rule", "action", "start", "end", "text", "description"]
    return pd.DataFrame(recs, columns=cols)
