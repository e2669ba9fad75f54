"""Streaming: score a corpus larger than memory in chunks, write tables as it goes, resume.

``score_stream`` reads its inputs chunk by chunk (a folder as ``load_corpus`` reads it, with
the same ``list_folder``; a CSV, JSONL or Parquet file's rows in order), scores each chunk
with ``score_sentences`` and appends the article, sentence and evidence tables to their
outputs, which ``check_outputs`` vets before any work. A small manifest beside the article
output (``<output>.progress.json``) records the finished chunks, a fingerprint of the inputs
and settings, and the size and last bytes' hash of each output after them, so an
interrupted run resumes where it stopped, without redoing a chunk or writing a row twice,
and refuses when anything it would continue has changed. The tables equal those of the
in-process API, in the same order.

CSV outputs are single files. A Parquet output is a folder of one part file per chunk
(``part-00000.parquet``, ...), which pandas, pyarrow and Dask read as one table.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import partial
from pathlib import Path

import pandas as pd

from .constants import KINDS
from .corpus import (
    HTML_SUFFIXES,
    TABLE_SUFFIXES,
    TEXT_SUFFIXES,
    Listed,
    finish_rows,
    inside,
    list_folder,
    read_article,
    table_rows,
)
from .features import evidence, score_articles, score_sentences
from .io import CorpusError, check_regular, flat, read_table, write_csv, write_table

__all__ = [
    "read_chunks",
    "score_stream",
    "score_partition",
    "partition_meta",
    "check_outputs",
    "input_fingerprint",
    "flat",
    "write_csv",
    "write_table",
]

MANIFEST_VERSION = 2
TAIL_BYTES = 4096
"""How many bytes before each recorded output size the manifest hashes (see ``_Output``)."""


def check_outputs(
    outputs: Mapping[str, str | Path | None],
    inputs: Sequence[str | Path],
    *,
    stream: bool = False,
) -> None:
    """Refuse, before any work, outputs that cannot be written or would overwrite an input.

    ``outputs`` maps a role ("articles", "sentences", ...) to a path (``None`` skipped). Each
    output's folder must exist; no output may be an input file, the ``articles.csv`` or an
    article file of an input folder, or another output; with ``stream`` an ``.xlsx`` output
    (which cannot be appended to) is refused. Raises a ``CorpusError`` naming the path."""
    seen: dict[str, str] = {}
    ins = [Path(p) for p in inputs]
    for role, out in outputs.items():
        if not out:
            continue
        out = Path(out)
        parent = out.parent if str(out.parent) else Path(".")
        if not parent.is_dir():
            raise CorpusError(f"{out}: the folder {parent} does not exist (the {role} output)")
        if out.is_dir() and out.suffix.lower() != ".parquet":
            raise CorpusError(f"{out}: is a folder; name a file for the {role} output")
        if stream and out.suffix.lower() == ".xlsx":
            raise CorpusError(
                f"{out}: an .xlsx output cannot be written chunk by chunk; write CSV or "
                "Parquet with --chunk-size, or drop --chunk-size"
            )
        real = os.path.realpath(out)
        if real in seen:
            raise CorpusError(f"{out}: named for both the {seen[real]} and the {role} output")
        seen[real] = role
        for src in ins:
            if real == os.path.realpath(src):
                raise CorpusError(f"{out}: is an input; the {role} output would overwrite it")
            if src.is_dir() and inside(out, src):
                name = Path(real).name
                if name == "articles.csv" or Path(real).suffix.lower() in (
                    TEXT_SUFFIXES + HTML_SUFFIXES
                ):
                    raise CorpusError(
                        f"{out}: is part of the corpus folder {src}; the {role} output would "
                        "overwrite it (or be read as an article next time)"
                    )


def _stat(path: Path) -> list:
    try:
        st = path.stat()
    except OSError:
        return [str(path), None, None]
    return [str(path), st.st_size, st.st_mtime_ns]


def input_fingerprint(
    paths: Sequence[str | Path],
    *,
    allow_outside: bool = False,
    listings: Mapping[str, list[Listed]] | None = None,
) -> list[list]:
    """What the inputs are now: for each input path, the size and modification time of every
    file read from it (a folder's ``articles.csv`` and article files, a table file). A file
    added, removed, grown or touched since changes the fingerprint; resume compares them."""
    out: list[list] = []
    for path in map(Path, paths):
        if path.is_dir():
            meta = path / "articles.csv"
            if meta.exists():
                out.append(_stat(meta))
            items = (listings or {}).get(str(path))
            if items is None:
                items = list_folder(path, allow_outside=allow_outside)
            for item in items:
                if item.root is None or inside(item.path, item.root):
                    out.append(_stat(item.path))
                else:
                    out.append([str(item.path), "outside", None])
        else:
            out.append(_stat(path))
    return out


def _lexicon_fingerprint(lexicons: Mapping | None) -> list[list]:
    out = []
    for key, src in sorted((lexicons or {}).items(), key=lambda kv: str(kv[0])):
        digest = None
        if isinstance(src, (str, Path)) and Path(src).is_file():
            digest = hashlib.sha256(Path(src).read_bytes()).hexdigest()
        out.append([str(key), str(src), digest])
    return out


def _chunks(
    paths: Sequence[str | Path],
    chunk_size: int,
    columns: Mapping[str, str],
    errors: str,
    listings: Mapping[str, list[Listed]],
) -> Iterator[tuple[list[str], str, Callable[[], list[dict]]]]:
    """(article ids, where, load) for each chunk of the inputs, in a fixed order: a folder
    is listed by ``list_folder``, as ``load_corpus`` lists it. ``load`` reads the chunk's
    articles; a resumed run calls it only for unfinished chunks."""
    for path in map(Path, paths):
        if not path.exists():
            raise CorpusError(f"{path}: no such file or folder")
        if path.is_dir():
            items = listings[str(path)]
            where = path / "articles.csv" if (path / "articles.csv").exists() else path
            for k in range(0, len(items), chunk_size):
                part = items[k : k + chunk_size]
                yield [it.id for it in part], str(where), partial(_read_files, part, errors)
        elif path.suffix.lower() in TEXT_SUFFIXES + HTML_SUFFIXES:
            item = Listed(path, {})
            yield [item.id], str(path), partial(_read_files, [item], errors)
        elif path.suffix.lower() in TABLE_SUFFIXES:
            start = 0
            for part in read_table(path, chunk_size, errors=errors):
                rows = table_rows(part, path, dict(columns), start, errors=errors)
                start += len(part)
                yield [r["id"] for r in rows], str(path), partial(list, rows)
        else:
            raise CorpusError(f"{path}: unsupported file type {path.suffix!r}")


def read_chunks(
    paths: Sequence[str | Path],
    *,
    chunk_size: int = 1000,
    columns: Mapping[str, str] | None = None,
    errors: str = "raise",
    allow_outside: bool = False,
) -> tuple[int | None, Iterator[pd.DataFrame]]:
    """The inputs as corpus tables of at most ``chunk_size`` articles, in the order
    ``load_corpus`` reads them (a folder by ``list_folder``, a table's rows in order): how
    many chunks there will be (None when unknown without reading) and an iterator of them.
    Concatenated, the chunks equal ``load_corpus``'s table; an id seen in an earlier chunk
    raises a ``CorpusError``. For work on corpora larger than memory (``framing figures
    --chunk-size``)."""
    if chunk_size < 1:
        raise ValueError("chunk_size must be at least 1")
    listings = {
        str(p): list_folder(p, allow_outside=allow_outside) for p in map(Path, paths) if p.is_dir()
    }
    total = _count_chunks(paths, chunk_size, {k: len(v) for k, v in listings.items()})

    def chunks() -> Iterator[pd.DataFrame]:
        seen: set[str] = set()
        for ids, where, load in _chunks(paths, chunk_size, columns or {}, errors, listings):
            dup = seen.intersection(ids)
            if dup:
                raise CorpusError(f"{where}: duplicate article id(s): {', '.join(sorted(dup))}")
            seen.update(ids)
            yield finish_rows(load(), where)

    return total, chunks()


def _read_files(items: list[Listed], errors: str) -> list[dict]:
    return [read_article(it, errors=errors) for it in items]


def _count_chunks(paths: Sequence[str | Path], chunk_size: int, n_listed: dict) -> int | None:
    """How many chunks the inputs make, when that is known without reading them."""
    total = 0
    for path in map(Path, paths):
        if path.is_dir():
            total += -(-n_listed[str(path)] // chunk_size)
        elif path.suffix.lower() in TEXT_SUFFIXES + HTML_SUFFIXES:
            total += 1
        elif path.suffix.lower() == ".parquet":
            import pyarrow.parquet as pq

            total += -(-pq.ParquetFile(path).metadata.num_rows // chunk_size)
        else:
            return None
    return total


def _tail_hash(path: Path, size: int) -> str:
    """SHA-256 of the ``TAIL_BYTES`` bytes of ``path`` before offset ``size``."""
    start = max(0, size - TAIL_BYTES)
    with path.open("rb") as fh:
        fh.seek(start)
        return hashlib.sha256(fh.read(size - start)).hexdigest()


class _Output:
    """One table's destination: a CSV file, or a folder of Parquet parts."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.parquet = self.path.suffix.lower() == ".parquet"

    def _parts(self) -> list[Path]:
        return sorted(self.path.glob("part-*.parquet"))

    def reset(self) -> None:
        if self.parquet:
            if self.path.is_dir():
                for part in self._parts():
                    part.unlink()
            self.path.mkdir(parents=True, exist_ok=True)
        elif self.path.exists():
            self.path.unlink()

    def size(self) -> int:
        if self.parquet:
            return len(self._parts())
        return self.path.stat().st_size if self.path.exists() else 0

    def fingerprint(self) -> list:
        """What the output holds after the last finished chunk: its size (bytes, or parts)
        and a hash of its last bytes (of the last part's bytes)."""
        size = self.size()
        if self.parquet:
            parts = self._parts()
            last = parts[-1] if parts else None
            return [size, _tail_hash(last, last.stat().st_size) if last else ""]
        return [size, _tail_hash(self.path, size) if size else ""]

    def check(self, recorded: list, manifest: Path) -> None:
        """Refuse to continue an output that is shorter than, or differs from, what the
        manifest recorded (deleted, truncated or rewritten since)."""
        size, digest = recorded
        if self.parquet:
            parts = self._parts()
            ok = len(parts) >= size and (
                not size or _tail_hash(parts[size - 1], parts[size - 1].stat().st_size) == digest
            )
            have = f"{len(parts)} parts"
            want = f"{size} parts"
        else:
            have_size = self.path.stat().st_size if self.path.exists() else None
            ok = have_size is not None and have_size >= size
            ok = ok and (not size or _tail_hash(self.path, size) == digest)
            have = "missing" if have_size is None else f"{have_size:,} bytes"
            want = f"{size:,} bytes"
        if not ok:
            raise CorpusError(
                f"{self.path}: changed since the interrupted run recorded in {manifest} "
                f"(recorded {want}, now {have}, or its content differs); cannot resume it: "
                "run again without --resume"
            )

    def truncate(self, size: int) -> None:
        """Undo whatever an interrupted chunk wrote after the last recorded one."""
        if self.parquet:
            for part in self._parts()[size:]:
                part.unlink()
        elif self.path.exists():
            with self.path.open("r+b") as fh:
                fh.truncate(size)

    def write(self, df: pd.DataFrame, chunk: int) -> None:
        if self.parquet:
            write_table(df, self.path / f"part-{chunk:05d}.parquet")
        else:
            write_csv(df, self.path, append=self.size() > 0)


def _load_manifest(path: Path) -> dict:
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(state, dict):
            raise ValueError("not a JSON object")
        for key in ("identity", "done", "counts", "flagged", "outputs"):
            state[key]  # noqa: B018 - a missing key is a corrupt manifest
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        what = f"missing {exc}" if isinstance(exc, KeyError) else str(exc)
        raise CorpusError(
            f"{path}: not a readable progress manifest ({what}); delete it and run again "
            "without --resume"
        ) from exc
    return state


def score_stream(
    paths: Sequence[str | Path],
    output: str | Path,
    *,
    sentences: str | Path | None = None,
    evidence_output: str | Path | None = None,
    chunk_size: int = 1000,
    jobs: int = 1,
    resume: bool = False,
    progress: bool = True,
    lexicons: Mapping | None = None,
    kinds: Sequence[str] = KINDS,
    columns: Mapping[str, str] | None = None,
    errors: str = "report",
    allow_outside: bool = False,
) -> dict:
    """Score ``paths`` chunk by chunk into ``output`` (articles) and optionally ``sentences``
    and ``evidence_output`` (CSV files or Parquet folders). Returns a summary: chunks,
    articles, sentences, matches, ``flagged`` (every article with a ``problem``: id, file,
    problem) and ``unreadable`` (those of them that could not be read).

    A folder is read exactly as ``load_corpus`` reads it (``list_folder``). Outputs are
    checked before any work (``check_outputs``). ``resume=True`` continues an interrupted
    run; the manifest fingerprints the inputs (every file's size and modification time),
    the lexicon files (their hash), the settings and each output (its size and a hash of its
    last bytes), and a resume with anything changed is refused with a ``CorpusError``.
    Without it an existing output is replaced. Unreadable files are kept as rows with the
    reason in ``problem`` (``errors="report"``) or stop the run (``errors="raise"``).
    """
    if chunk_size < 1:
        raise ValueError("chunk_size must be at least 1")
    if errors not in ("raise", "report"):
        raise ValueError(f"errors must be 'raise' or 'report', not {errors!r}")
    check_outputs(
        {"articles": output, "sentences": sentences, "evidence": evidence_output},
        paths,
        stream=True,
    )
    for path in map(Path, paths):
        if path.exists() and not path.is_dir():
            check_regular(path)
    listings = {
        str(p): list_folder(p, allow_outside=allow_outside) for p in map(Path, paths) if p.is_dir()
    }
    outs = {"articles": _Output(output)}
    if sentences:
        outs["sentences"] = _Output(sentences)
    if evidence_output:
        outs["evidence"] = _Output(evidence_output)
    manifest_path = Path(f"{output}.progress.json")
    identity = {
        "version": MANIFEST_VERSION,
        "inputs": [str(Path(p).resolve()) for p in paths],
        "files": input_fingerprint(paths, allow_outside=allow_outside, listings=listings),
        "chunk_size": chunk_size,
        "outputs": {k: str(o.path) for k, o in outs.items()},
        "lexicons": _lexicon_fingerprint(lexicons),
        "kinds": list(kinds),
        "columns": sorted((str(k), str(v)) for k, v in (columns or {}).items()),
        "errors": errors,
        "allow_outside": allow_outside,
    }
    identity = json.loads(json.dumps(identity))  # as it reads back: lists, not tuples
    done, counts = 0, {"articles": 0, "sentences": 0, "matches": 0}
    flagged: list[dict] = []
    if resume and manifest_path.exists():
        state = _load_manifest(manifest_path)
        if state["identity"] != identity:
            changed = [k for k in identity if state["identity"].get(k) != identity[k]]
            raise CorpusError(
                f"{manifest_path}: made by a run with other inputs, chunk size, outputs or "
                f"lexicons (changed: {', '.join(changed)}); start afresh without --resume"
            )
        for k, o in outs.items():
            o.check(state["outputs"][k], manifest_path)
        done = state["done"]
        counts = state["counts"]
        flagged = state["flagged"]
        for k, o in outs.items():
            o.truncate(state["outputs"][k][0])
    else:
        manifest_path.unlink(missing_ok=True)  # a fresh run must never be resumed as the old
        for o in outs.values():
            o.reset()
    seen_ids: set[str] = set()
    total = _count_chunks(paths, chunk_size, {k: len(v) for k, v in listings.items()})
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=total, initial=done, unit="chunk", desc="framing score")
    chunks = _chunks(paths, chunk_size, columns or {}, errors, listings)
    for k, (ids, where, load) in enumerate(chunks):
        dup = seen_ids.intersection(ids)
        if dup:
            raise CorpusError(f"{where}: duplicate article id(s): {', '.join(sorted(dup))}")
        seen_ids.update(ids)
        if k < done:
            continue
        rows = load()
        corpus = finish_rows(rows, where)
        sents = score_sentences(corpus, lexicons=lexicons, jobs=jobs)
        arts = score_articles(corpus, lexicons=lexicons, kinds=kinds, sentences=sents)
        outs["articles"].write(arts, k)
        if "sentences" in outs:
            outs["sentences"].write(sents, k)
        counts["articles"] += len(arts)
        counts["sentences"] += len(sents)
        if "evidence" in outs:
            ev = evidence(corpus, lexicons=lexicons, jobs=jobs)
            outs["evidence"].write(ev, k)
            counts["matches"] += len(ev)
        for r in corpus[corpus["problem"] != ""].itertuples():
            flagged.append({"id": r.id, "file": r.file, "problem": r.problem})
        done = k + 1
        state = {
            "identity": identity,
            "done": done,
            "counts": counts,
            "flagged": flagged,
            "outputs": {name: o.fingerprint() for name, o in outs.items()},
        }
        tmp = manifest_path.with_suffix(".tmp")
        tmp.write_text(json.dumps(state, indent=1), encoding="utf-8")
        os.replace(tmp, manifest_path)  # atomic: a crash leaves the previous state intact
        if bar is not None:
            bar.update(1)
    if bar is not None:
        bar.close()
    unreadable = [f for f in flagged if f["problem"].startswith("unreadable")]
    return {"chunks": done, **counts, "flagged": flagged, "unreadable": unreadable}


def score_partition(
    table: pd.DataFrame,
    *,
    columns: Mapping[str, str] | None = None,
    lexicons: Mapping | None = None,
    kinds: Sequence[str] = KINDS,
    what: str = "articles",
) -> pd.DataFrame:
    """Score one partition of a table of articles (columns ``id``, ``text``, ``outlet``,
    ... or as mapped by ``columns``): the entry point for Dask.

    ``ddf.map_partitions(framing.score_partition, meta=framing.partition_meta())`` scores a
    Dask DataFrame on a cluster; each partition gives the same rows as the in-process API.
    ``what`` is "articles" or "sentences" (offset tuples flattened to text, as in the CSV).
    """
    rows = table_rows(table.reset_index(drop=True), Path("partition"), dict(columns or {}))
    for row, file in zip(rows, table.get("file", [None] * len(rows))):
        if file:
            row["file"] = str(file)
    if not rows:
        return partition_meta(what, lexicons=lexicons)
    corpus = finish_rows(rows, "partition")
    sents = score_sentences(corpus, lexicons=lexicons)
    if what == "sentences":
        return flat(sents)
    if what != "articles":
        raise ValueError(f"what must be 'articles' or 'sentences', not {what!r}")
    return score_articles(corpus, lexicons=lexicons, kinds=kinds, sentences=sents)


def partition_meta(what: str = "articles", *, lexicons: Mapping | None = None) -> pd.DataFrame:
    """An empty table with the columns and dtypes ``score_partition`` returns (Dask's meta)."""
    sample = pd.DataFrame({"id": ["meta"], "text": ["War looms."], "outlet": ["x"]})
    return score_partition(sample, lexicons=lexicons, what=what).iloc[:0]
