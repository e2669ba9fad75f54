"""Annotated data sets as JSON lines: one reader for every evaluation file (PLOVER, PolNeAR,
uncertainty cues), so each refuses a bad line the same way, naming the file and the line."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from ..corpus import CorpusError


def read_records(path: str | Path, *, required: Iterable[str], what: str) -> list[dict]:
    """The JSON objects of ``path``, one a line (blank lines skipped), each checked for the
    ``required`` fields; ``what`` names the data in the error of an unreadable file."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise CorpusError(f"{path}: cannot read {what} ({exc})") from exc
    need = set(required)
    recs = []
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CorpusError(
                f"{path}, line {n}: not JSON ({exc.msg}, column {exc.colno})"
            ) from exc
        if not isinstance(rec, dict):
            raise CorpusError(f"{path}, line {n}: not a JSON object")
        missing = need - set(rec)
        if missing:
            raise CorpusError(f"{path}, line {n}: missing field(s) {', '.join(sorted(missing))}")
        recs.append(rec)
    return recs
