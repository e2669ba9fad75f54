"""Streaming: score a corpus larger than memory in chunks, write tables as it goes, resume.

``score_stream`` reads its inputs chunk by chunk (a folder's files in name order, a CSV,
JSONL or Parquet file's rows in order), scores each chunk with ``score_sentences`` and
appends the article, sentence and evidence tables to their outputs. A small manifest beside
the article output (``<output>.progress.json``) records the finished chunks and the size of
each output after them, so an interrupted run resumes where it stopped, without redoing a
chunk or writing a row twice. The tables equal those of the in-process API, in the same order.

CSV outputs are single files. A Parquet output is a folder of one part file per chunk
(``part-00000.parquet``, ...), which pandas, pyarrow and Dask read as one table.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import partial
from pathlib import Path

import pandas as pd

from .corpus import (
    HTML_SUFFIXES,
    TABLE_SUFFIXES,
    TEXT_SUFFIXES,
    CorpusError,
    _file_row,
    _read_metadata,
    corpus_files,
    finish_rows,
    read_table,
    table_rows,
)
from .features import evidence, score_articles, score_sentences
from .sentences import KINDS

MANIFEST_VERSION = 1


def flat(df: pd.DataFrame) -> pd.DataFrame:
    """A table ready for CSV or Parquet: tuples of offsets become "start-end;..." text."""
    df = df.copy()
    for c in df.columns:
        if df[c].dtype == object and df[c].map(lambda v: isinstance(v, tuple)).any():
            df[c] = df[c].map(
                lambda v: ";".join(f"{a}-{b}" for a, b in v) if isinstance(v, tuple) else v
            )
    return df


def write_csv(df: pd.DataFrame, path: str | Path, *, append: bool = False) -> None:
    """Write (or append, without a header) a table as CSV, floats in a fixed format."""
    flat(df).to_csv(
        path,
        index=False,
        float_format="%.6g",
        lineterminator="\n",
        mode="a" if append else "w",
        header=not append,
    )


def write_table(df: pd.DataFrame, path: str | Path, *, append: bool = False) -> None:
    """Write a table as CSV, or as Parquet when ``path`` ends in .parquet (text columns as
    strings, offsets as "start-end" text, as in the CSV)."""
    if str(path).lower().endswith(".parquet"):
        out = flat(df)
        for c in out.columns:
            if out[c].dtype == object:
                out[c] = out[c].astype("string")
        out.to_parquet(path, index=False)
    else:
        write_csv(df, path, append=append)


def _chunks(
    paths: Sequence[str | Path], chunk_size: int, columns: Mapping[str, str], errors: str
) -> Iterator[tuple[list[str], str, Callable[[], list[dict]]]]:
    """(article ids, where, load) for each chunk of the inputs, in a fixed order. ``load``
    reads the chunk's articles; a resumed run calls it only for unfinished chunks."""
    for path in map(Path, paths):
        if not path.exists():
            raise CorpusError(f"{path}: no such file or folder")
        if path.is_dir():
            meta_path = path / "articles.csv"
            meta = {}
            if meta_path.exists():
                meta = {r["file"]: r for r in _read_metadata(meta_path).to_dict("records")}
            files = corpus_files(path)
            for k in range(0, len(files), chunk_size):
                recs = []
                for f in files[k : k + chunk_size]:
                    rec = meta.get(f.name)
                    if meta and rec is None:
                        rec = {"problem": f"not listed in {meta_path.name}"}
                    recs.append((f, rec or {}))
                ids = [rec.get("id") or f.stem for f, rec in recs]
                yield ids, str(path), partial(_read_files, recs, errors)
        elif path.suffix.lower() in TEXT_SUFFIXES + HTML_SUFFIXES:
            yield [path.stem], str(path), partial(_read_files, [(path, {})], errors)
        elif path.suffix.lower() in TABLE_SUFFIXES:
            start = 0
            for part in read_table(path, chunk_size):
                rows = table_rows(part, path, dict(columns), start)
                start += len(part)
                yield [r["id"] for r in rows], str(path), partial(list, rows)
        else:
            raise CorpusError(f"{path}: unsupported file type {path.suffix!r}")


def _read_files(recs: list[tuple[Path, dict]], errors: str) -> list[dict]:
    return [_file_row(f, rec, errors) for f, rec in recs]


def _count_chunks(paths: Sequence[str | Path], chunk_size: int) -> int | None:
    """How many chunks the inputs make, when that is known without reading them."""
    total = 0
    for path in map(Path, paths):
        if path.is_dir():
            n = len(corpus_files(path))
            total += -(-n // chunk_size)
        elif path.suffix.lower() in TEXT_SUFFIXES + HTML_SUFFIXES:
            total += 1
        elif path.suffix.lower() == ".parquet":
            import pyarrow.parquet as pq

            total += -(-pq.ParquetFile(path).metadata.num_rows // chunk_size)
        else:
            return None
    return total


class _Output:
    """One table's destination: a CSV file, or a folder of Parquet parts."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.parquet = self.path.suffix.lower() == ".parquet"

    def reset(self) -> None:
        if self.parquet:
            if self.path.is_dir():
                for part in self.path.glob("part-*.parquet"):
                    part.unlink()
            self.path.mkdir(parents=True, exist_ok=True)
        elif self.path.exists():
            self.path.unlink()

    def size(self) -> int:
        if self.parquet:
            return len(list(self.path.glob("part-*.parquet")))
        return self.path.stat().st_size if self.path.exists() else 0

    def truncate(self, size: int) -> None:
        """Undo whatever an interrupted chunk wrote after the last recorded one."""
        if self.parquet:
            for part in sorted(self.path.glob("part-*.parquet"))[size:]:
                part.unlink()
        elif self.path.exists():
            with self.path.open("r+b") as fh:
                fh.truncate(size)

    def write(self, df: pd.DataFrame, chunk: int) -> None:
        if self.parquet:
            write_table(df, self.path / f"part-{chunk:05d}.parquet")
        else:
            write_csv(df, self.path, append=self.size() > 0)


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
) -> dict:
    """Score ``paths`` chunk by chunk into ``output`` (articles) and optionally ``sentences``
    and ``evidence_output`` (CSV files or Parquet folders). Returns a summary: chunks,
    articles, sentences, matches and the articles that could not be read, with the reason.

    ``resume=True`` continues an interrupted run with the same inputs and chunk size;
    without it an existing output is replaced. Unreadable files are kept as rows with the
    reason in ``problem`` (``errors="report"``) or stop the run (``errors="raise"``).
    """
    if chunk_size < 1:
        raise ValueError("chunk_size must be at least 1")
    outs = {"articles": _Output(output)}
    if sentences:
        outs["sentences"] = _Output(sentences)
    if evidence_output:
        outs["evidence"] = _Output(evidence_output)
    manifest_path = Path(f"{output}.progress.json")
    identity = {
        "version": MANIFEST_VERSION,
        "inputs": [str(Path(p).resolve()) for p in paths],
        "chunk_size": chunk_size,
        "outputs": {k: str(o.path) for k, o in outs.items()},
        "lexicons": sorted((str(k), str(v)) for k, v in (lexicons or {}).items()),
        "kinds": list(kinds),
    }
    done, counts = 0, {"articles": 0, "sentences": 0, "matches": 0}
    unreadable: list[dict] = []
    if resume and manifest_path.exists():
        state = json.loads(manifest_path.read_text(encoding="utf-8"))
        if state.get("identity") != identity:
            raise CorpusError(
                f"{manifest_path}: made by a run with other inputs, chunk size, outputs or "
                "lexicons; start afresh without --resume"
            )
        done = state["done"]
        counts = state["counts"]
        unreadable = state["unreadable"]
        for k, o in outs.items():
            o.truncate(state["sizes"][k])
    else:
        manifest_path.unlink(missing_ok=True)  # a fresh run must never be resumed as the old
        for o in outs.values():
            o.reset()
    seen_ids: set[str] = set()
    total = _count_chunks(paths, chunk_size)
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=total, initial=done, unit="chunk", desc="framing score")
    for k, (ids, where, load) in enumerate(_chunks(paths, chunk_size, columns or {}, errors)):
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
        for r in rows:
            if r["problem"].startswith("unreadable"):
                unreadable.append({"id": r["id"], "file": r["file"], "problem": r["problem"]})
        done = k + 1
        state = {
            "identity": identity,
            "done": done,
            "counts": counts,
            "unreadable": unreadable,
            "sizes": {name: o.size() for name, o in outs.items()},
        }
        tmp = manifest_path.with_suffix(".tmp")
        tmp.write_text(json.dumps(state, indent=1), encoding="utf-8")
        os.replace(tmp, manifest_path)  # atomic: a crash leaves the previous state intact
        if bar is not None:
            bar.update(1)
    if bar is not None:
        bar.close()
    return {"chunks": done, **counts, "unreadable": unreadable}


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
