"""Direction: who rewrote whom, from the articles' metadata, and what else two articles that
share sentences can be (siblings, one contained in the other, or just shared passages).

A ``based_on`` note that names the other article decides; otherwise a kind ("wire copy",
"rewrite": ``data/reuse.toml``), a news agency as byline or the publication times give the
direction, but only when the derived side is substantially made of shared sentences
(``MIN_SHARE``). Containment (``CONTAINS``) is reported but never decides a direction.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Mapping
from functools import cache, lru_cache
from typing import Literal, NamedTuple

import pandas as pd

from .profiles import settings

MIN_SHARE = 0.25  # share of its sentences a rewrite must take from the source (no based_on)
CONTAINS = 0.8  # share of an article's sentences found in another that makes it contained

#: The relation of two articles that share sentences (``score_reuse``'s ``relation``).
Relation = Literal["derived", "siblings", "contained", "shared passages"]

#: What an article's own metadata says it is: made from another, or an original.
Role = Literal["derived", "upstream"]


class Origin(NamedTuple):
    """An article's role from its own metadata (None when nothing says) and why."""

    role: Role | None
    why: str


class Direction(NamedTuple):
    """The source of two articles (None when no direction is known) and the evidence."""

    source: str | None
    evidence: str


def origin(meta: Mapping) -> Origin:
    """Is an article an original or made from another, by its kind or an agency byline?"""
    conf = settings()
    kind = str(meta.get("kind") or "").strip()
    low = kind.lower()
    if any(k in low for k in conf["derived_kinds"]):
        return Origin("derived", f"kind {kind!r}")
    if any(k in low for k in conf["upstream_kinds"]):
        return Origin("upstream", f"kind {kind!r}")
    byline = str(meta.get("byline") or "").strip()
    if byline and is_agency(byline):
        return Origin("upstream", f"byline {byline!r} is a news agency")
    return Origin(None, "")


@cache
def _agency_re() -> re.Pattern:
    names = sorted(settings()["agencies"], key=len, reverse=True)
    return re.compile(r"^\s*(?:" + "|".join(re.escape(n) for n in names) + r")\s*$", re.I)


def is_agency(byline: str) -> bool:
    """Is the whole byline the name of a news agency (``agencies`` in ``data/reuse.toml``)?"""
    return bool(_agency_re().match(byline))


def published(meta: Mapping) -> pd.Timestamp | None:
    """An article's publication time (UTC), or None when missing or unreadable."""
    value = meta.get("published")
    if value is None or (isinstance(value, float) and math.isnan(value)) or value == "":
        return None
    return _parse_time(str(value))


@lru_cache(maxsize=65536)
def _parse_time(value: str) -> pd.Timestamp | None:
    # parsed once per distinct value: pandas' parser costs about a millisecond a call, and
    # score_reuse asks for both articles' times of every pair
    stamp = pd.to_datetime(value, errors="coerce", utc=True)
    return None if pd.isna(stamp) else stamp


def _names(a: str, meta: Mapping[str, Mapping]) -> list[str]:
    """What a ``based_on`` note may call article ``a``: its id, byline, and its outlet unless
    the article is itself a rewrite (a rewrite's outlet often names the wire it rewrote)."""
    m = meta[a]
    names = [a, str(m.get("byline") or "")]
    if origin(m).role != "derived":
        names.append(str(m.get("outlet") or ""))
    names = [n.strip() for n in names]
    # a one-character name ("a", "1") would match ordinary words and numbers of a note
    return [n for n in names if len(n) >= 2 and n.lower() != "nan"]


def based_on(b: str, a: str, meta: Mapping[str, Mapping]) -> bool | None:
    """Does article b's ``based_on`` note name article a (by id, byline or outlet)? None when
    b has no such note. ``meta`` maps each article id to its corpus row."""
    note = str(meta[b].get("based_on") or "").strip()
    if not note or note.lower() == "nan":
        return None
    return any(
        re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", note, re.I) for n in _names(a, meta)
    )


def direction(
    a: str, b: str, meta: Mapping[str, Mapping], *, share: Mapping[str, float]
) -> Direction:
    """The source of two articles that share sentences, with the evidence.

    A ``based_on`` note that names the other article decides, and one that names something
    else rules the pair out. Otherwise kinds, bylines or publication times give the direction,
    but only when the derived side's ``share`` of shared sentences is at least ``MIN_SHARE``:
    a few shared facts are also what two independent reports of one event look like."""
    for src, der in ((a, b), (b, a)):
        if based_on(der, src, meta):
            note = str(meta[der].get("based_on")).strip()
            return Direction(src, f"{der} is based on {note!r}, which names {src}")
    notes = [
        f"{x} is based on {str(meta[x].get('based_on')).strip()!r}"
        for x, y in ((a, b), (b, a))
        if based_on(x, y, meta) is False
    ]
    if len(notes) == 2:
        return Direction(None, "; ".join(notes))
    oa, why_a = origin(meta[a])
    ob, why_b = origin(meta[b])
    source, why = None, ""
    if oa == "upstream" and ob != "upstream":
        source, why = a, f"{a}: {why_a}" + (f"; {b}: {why_b}" if why_b else "")
    elif ob == "upstream" and oa != "upstream":
        source, why = b, f"{b}: {why_b}" + (f"; {a}: {why_a}" if why_a else "")
    else:
        pa, pb = published(meta[a]), published(meta[b])
        if pa is not None and pb is not None and pa != pb:
            source, later = (a, b) if pa < pb else (b, a)
            fp, lp = sorted((pa, pb))
            why = f"published {source} {fp:%Y-%m-%d %H:%M} before {later} {lp:%Y-%m-%d %H:%M}"
    if source is None:
        return Direction(None, "; ".join(notes))
    derived = b if source == a else a
    if based_on(derived, source, meta) is False:
        return Direction(None, "; ".join(notes))
    if share[derived] < MIN_SHARE:
        return Direction(
            None, f"{why}, but only {share[derived]:.0%} of {derived}'s sentences are shared"
        )
    return Direction(source, why)


def containment(a: str, share_a: float, b: str, share_b: float) -> str | None:
    """A note when one article is mostly found in the other (``CONTAINS``) but not the
    reverse, else None. Containment alone does not tell an excerpt from an expansion."""
    (small, s_share), (large, l_share) = sorted(
        ((a, share_a), (b, share_b)), key=lambda x: (-x[1], x[0])
    )
    if s_share >= CONTAINS and l_share < 0.5:
        return (
            f"{s_share:.0%} of {small}'s sentences are in {large}, {l_share:.0%} of "
            f"{large}'s in {small}: {small} is an excerpt of {large}, or {large} an "
            "expansion of it (containment alone does not tell which)"
        )
    return None


def mark_siblings(pairs: pd.DataFrame) -> None:
    """Mark, in place, undirected pairs whose two articles were both made from one third
    article: ``relation`` becomes ``siblings`` and ``evidence`` names the common source."""
    made_from: dict[str, set[str]] = defaultdict(set)
    for r in pairs.itertuples():
        if r.relation == "derived":
            made_from[r.derived].add(r.source)
    for k, r in pairs.iterrows():
        if r["relation"] != "derived":
            common = sorted(made_from[r["a"]] & made_from[r["b"]])
            if common:
                pairs.at[k, "relation"] = "siblings"
                note = f"both made from {', '.join(common)}"
                pairs.at[k, "evidence"] = "; ".join(filter(None, (note, r["evidence"])))
