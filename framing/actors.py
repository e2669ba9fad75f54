"""Actors (codebook section 6): who each sentence mentions, and who is nearest a match."""

from __future__ import annotations

from functools import lru_cache

from .lexicons import actor_lexicon

PLACES = (
    "united states",
    "us",
    "u.s",
    "u.s.a",
    "usa",
    "america",
    "washington",
    "china",
    "beijing",
    "taiwan",
    "taipei",
    "japan",
    "tokyo",
    "russia",
    "moscow",
    "ukraine",
    "kyiv",
    "philippines",
    "manila",
    "mainland",
    "kremlin",
    "pentagon",
    "white house",
    "congress",
    "senate",
)


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Single-word names of countries and seats of government: a source by these names is
    an institution or government, not a person."""
    return frozenset(p.split()[-1] for p in PLACES)


def actor_names() -> list[str]:
    """The actors the shipped lexicon knows, in file order."""
    seen: list[str] = []
    for e in actor_lexicon().entries:
        if e.category != "exclude" and e.category not in seen:
            seen.append(e.category)
    return seen
