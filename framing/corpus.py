"""Corpus: read articles and their metadata, strip site chrome without losing it.

``load_corpus`` returns one row per article. The raw text is kept as read; the clean text
(``text``) holds the article's own paragraphs, and every sentence offset in ``framing``
refers to it. What was removed, from which article and by which rule, is in
``chrome(corpus)``.
"""

from __future__ import annotations

import html
import json
import re
import tomllib
import warnings
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pandas as pd

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

_TAG = re.compile(
    r"</?(?:html|head|body|p|div|span|a|br|script|style|h[1-6]|article|section|"
    r"img|li|ul|meta|title)\b[^>]*>",
    re.I,
)
_SCRIPT = re.compile(r"<(script|style)\b.*?</\1>", re.I | re.S)
_ANY_TAG = re.compile(r"<[^>]+>")
_ENGLISH = frozenset(
    "the of and to a in is that for on with as was by at from it be are has have this an "
    "said not but or will its were which their been his her they who".split()
)


class CorpusError(ValueError):
    """A corpus file or metadata file that cannot be read; the message names both."""


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
    return ""


def strip_html(raw: str) -> str:
    """Text of an HTML page or fragment: scripts dropped, block tags become line breaks."""
    text = _SCRIPT.sub(" ", raw)
    text = re.sub(r"(?i)<br\s*/?>|</(p|div|h[1-6]|li|title)>", "\n", text)
    text = _ANY_TAG.sub(" ", text)
    return html.unescape(re.sub(r"[ \t]+", " ", text))


def read_text(path: str | Path) -> str:
    """Read a UTF-8 text file; a file that cannot be read raises a ``CorpusError`` naming it."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read file ({exc.strerror or exc})") from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CorpusError(
            f"{path}: not valid UTF-8 (byte {exc.start}: {data[exc.start : exc.start + 1]!r}); "
            "re-save it as UTF-8"
        ) from exc
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > MAX_CHARS:
        raise CorpusError(
            f"{path}: {len(text):,} characters is more than framing.corpus.MAX_CHARS "
            f"({MAX_CHARS:,}); split the file into articles"
        )
    return text


def _read_metadata(path: Path) -> pd.DataFrame:
    try:
        meta = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{path}: not valid UTF-8 ({exc.reason})") from exc
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise CorpusError(f"{path}: malformed CSV ({str(exc).strip()})") from exc
    missing = [c for c in ("id", "file") if c not in meta.columns]
    if missing:
        raise CorpusError(
            f"{path}: missing column(s) {', '.join(missing)}; "
            f"expected at least id and file, found {', '.join(meta.columns)}"
        )
    _check_ids(meta["id"], path)
    return meta


def _check_ids(ids: pd.Series, where: Path | str) -> None:
    ids = ids.astype(str)
    blank = ids.str.strip() == ""
    if blank.any():
        rows = ", ".join(str(i + 2) for i in ids[blank].index[:5])
        raise CorpusError(f"{where}: empty id on line(s) {rows}")
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
) -> pd.DataFrame:
    """Read a corpus: a folder of .txt and saved .html pages (with or without
    ``articles.csv``), a CSV, JSONL or Parquet file with a text column, or a list of paths.

    Returns one row per article with its metadata, ``raw`` text as read, ``text`` with site
    chrome removed, ``words`` and ``problem`` (empty, not English, ...). Saved web pages are
    read with trafilatura (article text, title, date, site name, author). ``columns`` maps
    framing's names to a table's own (``{"text": "body", "outlet": "source"}``).

    ``errors="raise"`` (the default) stops at the first file that cannot be read, with a
    ``CorpusError`` naming it; ``errors="report"`` keeps such a file as a row with no text and
    the reason in ``problem``. Nothing is dropped in silence either way.
    """
    if errors not in ("raise", "report"):
        raise ValueError(f"errors must be 'raise' or 'report', not {errors!r}")
    columns = {"text": text_column, "id": id_column, "outlet": outlet_column, **(columns or {})}
    if isinstance(path, (list, tuple)):
        return _finish([_file_row(Path(p), {}, errors) for p in path], "the given files")
    path = Path(path)
    if not path.exists():
        raise CorpusError(f"{path}: no such file or folder")
    if path.is_dir():
        return _load_folder(path, errors)
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES + HTML_SUFFIXES:
        return _finish([_file_row(path, {}, errors)], path)
    if suffix in TABLE_SUFFIXES:
        return _load_table(path, columns)
    raise CorpusError(
        f"{path}: unsupported file type {suffix!r}; use .txt, .html, .csv, .jsonl or .parquet"
    )


def corpus_files(folder: str | Path) -> list[Path]:
    """The article files of a folder (.txt and saved .html pages), in name order."""
    folder = Path(folder)
    return sorted(
        p
        for p in folder.iterdir()
        if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES + HTML_SUFFIXES
    )


def _load_folder(folder: Path, errors: str = "raise") -> pd.DataFrame:
    files = corpus_files(folder)
    meta_path = folder / "articles.csv"
    rows: list[dict] = []
    if meta_path.exists():
        meta = _read_metadata(meta_path)
        listed = set()
        for rec in meta.to_dict("records"):
            file = folder / rec["file"]
            if not file.exists():
                raise CorpusError(
                    f"{meta_path}: article {rec['id']!r} names {rec['file']!r}, "
                    f"which is not in {folder}"
                )
            listed.add(file.name)
            rows.append(_file_row(file, rec, errors))
        for p in files:
            if p.name not in listed:
                warnings.warn(
                    f"{p}: not listed in {meta_path}; read with outlet 'unknown'", stacklevel=3
                )
                rows.append(_file_row(p, {"problem": f"not listed in {meta_path.name}"}, errors))
    else:
        rows = [_file_row(p, {}, errors) for p in files]
    if not rows:
        raise CorpusError(f"{folder}: no .txt or .html files")
    return _finish(rows, meta_path if meta_path.exists() else folder)


def _file_row(path: Path, meta: dict, errors: str = "raise") -> dict:
    """One article from a .txt or .html file; an unreadable file raises, or with
    ``errors="report"`` becomes a row with no text and the reason in ``problem``."""
    try:
        if path.suffix.lower() in HTML_SUFFIXES:
            return _html_row(path, meta)
        return _txt_row(path, meta)
    except CorpusError as exc:
        if errors == "raise":
            raise
        row = _txt_meta(path, meta)
        row["raw"] = ""
        row["problem"] = f"unreadable: {exc}"
        return row


def _html_row(path: Path, meta: dict) -> dict:
    """A saved web page: article text and metadata extracted with trafilatura."""
    import trafilatura

    page = read_text(path)
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
    for key, field in (("headline", "title"), ("published", "date"), ("byline", "author")):
        if not row[key] and info.get(field):
            row[key] = str(info[field])
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
    row["id"] = meta.get("id") or path.stem
    row["file"] = meta.get("file") or path.name
    row["outlet"] = meta.get("outlet") or "unknown"
    return row


def _txt_row(path: Path, meta: dict) -> dict:
    row = _txt_meta(path, meta)
    row["raw"] = read_text(path)
    row["problem"] = meta.get("problem", "")
    return row


def _load_table(path: Path, columns: dict[str, str]) -> pd.DataFrame:
    return _finish(table_rows(read_table(path), path, columns), path)


def read_table(path: Path, chunk_size: int | None = None):
    """A CSV, JSONL or Parquet file as one DataFrame, or with ``chunk_size`` as an iterator
    of DataFrames of that many rows (for corpora larger than memory)."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            return pd.read_csv(
                path, dtype=str, keep_default_na=False, encoding="utf-8", chunksize=chunk_size
            )
        if suffix == ".parquet":
            import pyarrow.parquet as pq

            if chunk_size is None:
                return pq.read_table(path).to_pandas()
            return (b.to_pandas() for b in pq.ParquetFile(path).iter_batches(chunk_size))
        return _read_jsonl(path, chunk_size)
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{path}: not valid UTF-8 ({exc.reason})") from exc
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise CorpusError(f"{path}: malformed CSV ({str(exc).strip()})") from exc
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read file ({exc})") from exc


def _read_jsonl(path: Path, chunk_size: int | None):
    def records():
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise CorpusError(f"{path}, line {n}: not valid JSON ({exc.msg})") from exc
                if not isinstance(rec, dict):
                    raise CorpusError(f"{path}, line {n}: expected a JSON object")
                yield rec

    if chunk_size is None:
        try:
            return pd.DataFrame(list(records()))
        except UnicodeDecodeError as exc:
            raise CorpusError(f"{path}: not valid UTF-8 ({exc.reason})") from exc

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


def table_rows(df: pd.DataFrame, path: Path, columns: dict[str, str], start: int = 0) -> list[dict]:
    """Corpus rows from a table (or a chunk of one starting at row ``start``), its column
    names mapped by ``columns`` (framing's name → the table's)."""
    text_col = columns.get("text", "text")
    if text_col not in df.columns:
        raise CorpusError(
            f"{path}: no {text_col!r} column (found {', '.join(map(str, df.columns))}); "
            "pass text_column= or columns={'text': ...}"
        )
    df = df.fillna("")
    id_col = columns.get("id", "id")
    ids = (
        df[id_col].astype(str).reset_index(drop=True)
        if id_col in df.columns
        else pd.Series([f"{path.stem}-{start + i + 1:05d}" for i in range(len(df))])
    )
    _check_ids(ids, path)
    rows = []
    for i, rec in enumerate(df.to_dict("records")):
        row = {k: str(rec.get(columns.get(k, k), "")) for k in METADATA_COLUMNS}
        row["id"] = ids.iloc[i]
        row["file"] = f"{path.name}#{start + i + 1}"
        row["outlet"] = str(rec.get(columns.get("outlet", "outlet"), "")) or "unknown"
        row["raw"] = str(rec[text_col]).replace("\r\n", "\n")
        row["problem"] = ""
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
        if _TAG.search(raw):
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
    df = pd.DataFrame(rows, columns=CORPUS_COLUMNS)
    df["words"] = df["words"].astype("int64")
    return df


def article_structure(row) -> tuple[str, list[Paragraph], list[dict]]:
    """``structure`` for one corpus row, HTML stripped as ``load_corpus`` did."""
    raw = row["raw"]
    if _TAG.search(raw):
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
