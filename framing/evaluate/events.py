"""Threat and conciliatory language at the words of a coded event (PLOVER records).

A PLOVER record codes one event (THREATEN, AGREE, ...) told in a news sentence. The codebook
counts danger and cooperation words whatever the event ("aid to refugees fleeing the civil
war" makes war salient), so a record's background would blur the comparison with its event
type. The event is judged at its own words instead: the sentence without its reporting tail
(", a UN official said"), bracketed asides and the comma-delimited relative or participial
clauses that describe a participant (", who are deployed ...,"; ", whom they had taken
hostage ..."). ``event_span`` marks those words; ``evaluate_events`` counts only the matches
inside them and reports, for each detector, the balanced accuracy of telling its event group
from the opposite one, per half of the records (``split_records``).
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

THREAT_EVENTS = ("THREATEN", "COERCE", "ASSAULT", "FIGHT")
COOPERATIVE_EVENTS = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT")

_REPORTING = re.compile(
    r"\b(said|says|say|told|reported|reports|announced|according to|quoted|stated|"
    r"quoting|cited|claimed)\b",
    re.IGNORECASE,
)
_ASIDE_OPENERS = re.compile(
    r"(who|whom|whose|which|where|when|while|as|after|before|since|despite|although|"
    r"following|amid|the first|the second|the last|the scene|becoming|risking|"
    r"informing|\w+ing)\b",
    re.IGNORECASE,
)
_PARTICIPLE = re.compile(r"\w+ed\b", re.IGNORECASE)
_PARTICIPLE_PHRASE = re.compile(r"\w+ed\s+(by|in|on|at|with|from|as|for)\b", re.IGNORECASE)


_SUBORDINATE = re.compile(
    r"(?<=\s)(whose|where|who|whom|which|as|while|since|because|although|though|after|before|"
    r"when|despite|amid|unless)\s(?!well\b|part\b|of\b|to\b|a\s+result\b)",
    re.IGNORECASE,
)


def event_span(text: str) -> list[tuple[int, int]]:
    """The character spans of ``text`` that tell its event, its main clause: everything except
    bracketed text, a final comma-delimited reporting tail, comma-delimited asides that open
    with a relative pronoun, a subordinator or a participle, and relative or subordinate
    clauses (up to the next comma). Never empty: when nothing is left the whole text is the
    event."""
    keep = [True] * len(text)
    for m in re.finditer(r"\([^()]*\)|\[[^\[\]]*\]", text):
        for k in range(m.start(), m.end()):
            keep[k] = False
    # a comma between digits ("2,000 refugees") is a thousands separator, not a clause break
    commas = [m.start() for m in re.finditer(r"(?<!\d),|,(?!\d)", text)]
    end = len(text.rstrip().rstrip(".}\"'’”"))
    bounds = [-1, *commas, end]
    # the reporting tail: a short last comma segment whose reporting word comes near its end
    # (", the newspaper said on Monday"), not a main clause ("..., X said he would ...")
    if len(bounds) > 2:
        tail = text[bounds[-2] + 1 : end]
        said = _REPORTING.search(tail)
        if said and len(tail.split()) <= 14 and len(tail[said.end() :].split()) <= 6:
            for k in range(bounds[-2], end):
                keep[k] = False
            bounds = bounds[:-1]
    # asides between two commas (or a comma and the end) that open with a relative pronoun,
    # a subordinator or a participle; the first segment is the clause itself
    for a, b in zip(bounds[1:-1], bounds[2:]):
        seg = text[a + 1 : b].lstrip()
        # a past participle opens an aside between two commas (", suspected of ...,"); at the
        # end only with its preposition (", disputed by ..."), as it is as often the main
        # verb there (", announced Thursday that ...")
        participle = _PARTICIPLE if b != bounds[-1] else _PARTICIPLE_PHRASE
        if _ASIDE_OPENERS.match(seg) or participle.match(seg):
            for k in range(a, b):
                keep[k] = False
    # subordinate and relative clauses without commas ("... Montenegro where 28 people have
    # been killed", "... resigned as the opposition threatened ..."): background, up to the
    # next comma or the end; a "that" complement is kept, it holds reported events
    for m in _SUBORDINATE.finditer(text):
        if m.start() == 0:
            continue
        stop = text.find(",", m.end())
        for k in range(m.start(), end if stop < 0 else stop):
            keep[k] = False
    spans, start = [], None
    for k, flag in enumerate(keep):
        if flag and start is None:
            start = k
        elif not flag and start is not None:
            spans.append((start, k))
            start = None
    if start is not None:
        spans.append((start, len(text)))
    spans = [(s, e) for s, e in spans if text[s:e].strip(" ,.")]
    return spans or [(0, len(text))]


def event_group(event: str) -> str:
    """``threat-type``, ``cooperative`` or ``other conflictual``."""
    if event in THREAT_EVENTS:
        return "threat-type"
    return "cooperative" if event in COOPERATIVE_EVENTS else "other conflictual"


def split_records(ids: pd.Series) -> pd.Series:
    """``"dev"`` or ``"held-out"``: within each event type the records alternate in id order,
    so both halves hold every type in the same proportion."""
    kinds = ids.str.rsplit("-", n=1).str[0]
    rank = ids.groupby(kinds).rank(method="first").astype(int)
    return rank.map(lambda r: "dev" if r % 2 == 1 else "held-out")


def _balanced(pos: pd.Series, neg: pd.Series) -> dict:
    tpr = float(pos.mean()) if len(pos) else float("nan")
    tnr = float(1 - neg.mean()) if len(neg) else float("nan")
    return {
        "positives": len(pos),
        "negatives": len(neg),
        "fires_on_positives": tpr,
        "fires_on_negatives": 1 - tnr,
        "balanced_accuracy": (tpr + tnr) / 2,
    }


def evaluate_events(path: str | Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(scores, rows): balanced accuracy of threat (threat types against cooperative ones)
    and of conciliatory (cooperative types against threat types), judged at the event's words
    and, for comparison, on the whole record; per half and overall. ``rows`` holds every
    record with its event span, counts and matched words."""
    from . import load_plover
    from .hedging import matches

    recs = load_plover(path)
    recs["group"] = recs["event"].map(event_group)
    recs["half"] = split_records(recs["id"])
    spans = [event_span(t) for t in recs["text"]]
    recs["event_words"] = [
        " … ".join(t[s:e].strip() for s, e in sp) for t, sp in zip(recs["text"], spans)
    ]
    ev = matches(recs["text"])
    for feature in ("threat", "conciliatory"):
        sub = ev[ev["feature"] == feature]
        inside = [
            any(s <= st and en <= e for s, e in spans[r])
            for r, st, en in zip(sub["row"], sub["start"], sub["end"])
        ]
        at_event = sub[inside]
        n = range(len(recs))
        recs[feature] = sub.groupby("row").size().reindex(n, fill_value=0).to_numpy()
        recs[f"{feature}_event"] = (
            at_event.groupby("row").size().reindex(n, fill_value=0).to_numpy()
        )
        recs[f"{feature}_matched"] = (
            sub.groupby("row")["matched"].agg("; ".join).reindex(n, fill_value="").to_numpy()
        )
    rows = []
    for half, part in [*recs.groupby("half"), ("all", recs)]:
        threat_pos = part[part["group"] == "threat-type"]
        coop = part[part["group"] == "cooperative"]
        for judged, suffix in (("event words", "_event"), ("whole record", "")):
            rows.append(
                {
                    "half": half,
                    "judged at": judged,
                    "detector": "threat",
                    **_balanced(threat_pos[f"threat{suffix}"] > 0, coop[f"threat{suffix}"] > 0),
                }
            )
            rows.append(
                {
                    "half": half,
                    "judged at": judged,
                    "detector": "conciliatory",
                    **_balanced(
                        coop[f"conciliatory{suffix}"] > 0,
                        threat_pos[f"conciliatory{suffix}"] > 0,
                    ),
                }
            )
    return pd.DataFrame(rows), recs
