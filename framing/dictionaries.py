"""Dictionaries researchers already have, read as framing lexicons.

Two formats:

- LIWC-style ``.dic``: a header between two ``%`` lines declares the categories
  (``1<TAB>posemo``), then one term a line followed by its category ids
  (``happ*<TAB>1<TAB>3``);
- quanteda-style YAML (``.yml``/``.yaml``): categories map to lists of terms and may nest;
  a nested category is named by its path joined with ``/`` (``economy/jobs``).

Terms keep framing's syntax (``escalat*`` a word by its beginning, multi-word phrases word
for word); dictionary terms are read in lower case (both formats match regardless of case).
``load_dictionary`` gives one ``Lexicon`` per category, named by the category, each with the
dictionary file's sha1 (the first 12 hex digits, as for a CSV lexicon) so a table's ``attrs``
say which file was used. ``dictionary_features`` gives the same as ``{category: "path#category"}``
strings for ``score_sentences(..., lexicons=...)``; ``load_lexicon("file.dic")`` reads a whole
dictionary as one feature whose categories are the dictionary's (a word in two categories then
counts once, for the first).
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from pathlib import Path

from .lexicons import Lexicon, LexiconError, parse_lexicon

__all__ = [
    "DICTIONARY_SUFFIXES",
    "SEPARATOR",
    "dictionary_features",
    "load_dictionary",
    "read_dictionary",
]

#: File suffixes read as dictionaries rather than CSV lexicons.
DICTIONARY_SUFFIXES = (".dic", ".yml", ".yaml")
#: Joins a nested YAML category to its parent: ``parent/child``.
SEPARATOR = "/"


_SOURCE = re.compile(r"^(.*?\.(?:dic|ya?ml))(?:#(.*))?$", re.IGNORECASE)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise LexiconError(f"{path}: no such dictionary file") from exc
    except UnicodeDecodeError as exc:
        raise LexiconError(f"{path}: not valid UTF-8 ({exc.reason})") from exc


def _parse_dic(text: str, path: Path) -> list[tuple[str, str, int]]:
    """(term, category, line) rows of a LIWC-style dictionary."""
    lines = text.splitlines()
    marks = [i for i, line in enumerate(lines) if line.strip() == "%"]
    if len(marks) < 2:
        raise LexiconError(
            f"{path}: not a LIWC-style dictionary (expected a category header between two "
            "'%' lines)"
        )
    cats: dict[str, str] = {}
    for i in range(marks[0] + 1, marks[1]):
        line = lines[i].strip()
        if not line:
            continue
        parts = line.split(None, 1)
        if len(parts) != 2:
            raise LexiconError(f"{path}, line {i + 1}: category {line!r} has no name")
        cats[parts[0]] = parts[1].strip()
    rows = []
    for i in range(marks[1] + 1, len(lines)):
        line = lines[i].strip()
        if not line:
            continue
        fields = [f.strip() for f in lines[i].split("\t") if f.strip()]
        if len(fields) == 1:  # space-separated: trailing ids
            toks = fields[0].split()
            k = len(toks)
            while k > 1 and toks[k - 1] in cats:
                k -= 1
            fields = [" ".join(toks[:k]), *toks[k:]]
        term, ids = fields[0], fields[1:]
        if not ids:
            raise LexiconError(f"{path}, line {i + 1}: term {term!r} has no category")
        for cid in ids:
            if cid not in cats:
                raise LexiconError(
                    f"{path}, line {i + 1}: term {term!r} names category {cid!r}, "
                    "which the header does not declare"
                )
            rows.append((term.lower(), cats[cid], i + 1))
    order = {name: k for k, name in enumerate(cats.values())}
    return sorted(rows, key=lambda r: order[r[1]])  # header order, then line order


def _parse_yaml(text: str, path: Path) -> list[tuple[str, str, int]]:
    """(term, category, 0) rows of a quanteda-style YAML dictionary, nested categories
    flattened with ``SEPARATOR``."""
    import yaml

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise LexiconError(f"{path}: not valid YAML ({exc})") from exc
    if not isinstance(data, dict) or not data:
        raise LexiconError(f"{path}: expected categories mapping to lists of terms")
    rows: list[tuple[str, str, int]] = []

    def walk(node, name: str) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                walk(v, f"{name}{SEPARATOR}{k}" if name else str(k))
        elif isinstance(node, str):
            rows.append((node.lower(), name, 0))
        elif isinstance(node, list):
            for v in node:
                if isinstance(v, dict):
                    walk(v, name)
                elif isinstance(v, (str, int, float)):
                    rows.append((str(v).lower(), name, 0))
                else:
                    raise LexiconError(f"{path}: category {name!r} holds {v!r}, not a term")
        else:
            raise LexiconError(f"{path}: category {name!r} holds {node!r}, not a list of terms")

    walk(data, "")
    return rows


def read_dictionary(path: str | Path) -> tuple[list[tuple[str, str, int]], str]:
    """The (term, category, line) rows of a ``.dic`` or YAML dictionary and the file's sha1
    (12 hex digits); every problem raises ``LexiconError`` naming the file (and line)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in DICTIONARY_SUFFIXES:
        raise LexiconError(f"{path}: not a dictionary file (expected {DICTIONARY_SUFFIXES})")
    text = _read(path)
    rows = _parse_dic(text, path) if suffix == ".dic" else _parse_yaml(text, path)
    for term, _, line in rows:
        if "*" in term.rstrip("*") or "?" in term:
            where = f"{path}, line {line}" if line else str(path)
            raise LexiconError(
                f"{where}: term {term!r}: only a trailing * is supported (a word by its beginning)"
            )
    if not rows:
        raise LexiconError(f"{path}: no terms")
    return rows, hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def _lexicon(rows, feature: str, origin: str, sha1: str, path: Path) -> Lexicon:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["term", "category", "source"])
    for term, cat, _ in rows:
        w.writerow([term, cat, path.name])
    try:
        lx = parse_lexicon(buf.getvalue(), feature, origin)
    except LexiconError as exc:
        m = re.search(r", line (\d+): (.*)", str(exc))
        if m and 2 <= int(m.group(1)) < len(rows) + 2 and rows[int(m.group(1)) - 2][2]:
            line = rows[int(m.group(1)) - 2][2]
            raise LexiconError(f"{path}, line {line}: {m.group(2)}") from exc
        raise LexiconError(str(exc).replace(origin, str(path), 1)) from exc
    return Lexicon(lx.feature, lx.entries, origin, sha1)


def load_dictionary(path: str | Path) -> dict[str, Lexicon]:
    """One ``Lexicon`` per category of a ``.dic`` or YAML dictionary, in file order, each
    named by its category (nested YAML: ``parent/child``) with origin ``path#category`` and
    the file's sha1. Pass them as ``lexicons=`` where a ``Lexicon`` is accepted, or use
    ``dictionary_features`` for ``score_sentences``."""
    path = Path(path)
    rows, sha1 = read_dictionary(path)
    out: dict[str, Lexicon] = {}
    for cat in dict.fromkeys(c for _, c, _ in rows):
        mine = [r for r in rows if r[1] == cat]
        out[cat] = _lexicon(mine, cat, f"{path}#{cat}", sha1, path)
    return out


def dictionary_features(path: str | Path) -> dict[str, str]:
    """``{category: "path#category"}`` for every category of a dictionary: pass it as
    ``score_sentences(corpus, lexicons=...)`` to count each category as its own feature."""
    return {cat: f"{path}#{cat}" for cat in load_dictionary(path)}


def dictionary_lexicon(source: str | Path, feature: str | None = None) -> Lexicon:
    """A dictionary as one ``Lexicon`` (``path``: all categories; ``path#category``: one),
    named ``feature`` (default: the category, or the file's stem)."""
    m = _SOURCE.match(str(source))
    path = Path(m.group(1) if m else str(source))
    cat = (m.group(2) or "") if m else ""
    rows, sha1 = read_dictionary(path)
    if cat:
        rows = [r for r in rows if r[1] == cat]
        if not rows:
            known = list(dict.fromkeys(c for _, c, _ in read_dictionary(path)[0]))
            raise LexiconError(f"{path}: no category {cat!r}; it has {known}")
        return _lexicon(rows, feature or cat, f"{path}#{cat}", sha1, path)
    return _lexicon(rows, feature or path.stem, str(path), sha1, path)


__all__ += ["dictionary_lexicon"]
