"""Study definition: what a report is about, read from a TOML file beside the corpus.

A study names what the code must not assume: the title and question, the actors to follow
(an actor lexicon), topics (lexicons that tag sentences), outlet groups (wire / rewrite,
state media / independent) and dated events to mark on time charts. Without a study file
everything stays neutral and is derived from the corpus itself (``default_study``).

A study file (paths are relative to the file)::

    title = "How outlets covered the summit"
    question = "Did state media frame the summit as a threat?"
    actors = "actors.csv"                       # an actor lexicon (term, category, source)

    [topics]                                    # name = lexicon (CSV, .dic or .yml)
    summit = "topic_summit.csv"

    [groups]                                    # group = [outlets]
    wire = ["AFP", "Reuters"]

    [[events]]
    date = "2024-01-12"                         # ISO date, optionally with a time
    label = "summit opens"
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .lexicons import Lexicon, LexiconError, load_lexicon
from .periods import parse_published

__all__ = [
    "Event",
    "Study",
    "StudyError",
    "default_study",
    "extra_metadata",
    "load_study",
    "with_articles",
    "with_groups",
]

_KEYS = {"title", "question", "actors", "topics", "groups", "events"}


class StudyError(ValueError):
    """A study file that cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class Event:
    """A dated event to mark on time charts: ``when`` (a pandas Timestamp) and a label."""

    when: pd.Timestamp
    label: str


@dataclass(frozen=True)
class Study:
    """What a report is about.

    ``title`` and ``question`` head the report; ``actors`` is an actor lexicon (``None``:
    the shipped default); ``topics`` maps a topic name to the lexicon that tags its
    sentences; ``groups`` maps a group name to its outlets (an outlet in no group stays on its
    own); ``events`` are dated marks for time charts; ``path`` is the file it came from
    (``None`` for a neutral study derived from the corpus).
    """

    title: str
    question: str = ""
    actors: Lexicon | None = None
    topics: dict[str, Lexicon] = field(default_factory=dict)
    groups: dict[str, tuple[str, ...]] = field(default_factory=dict)
    events: tuple[Event, ...] = ()
    path: Path | None = None

    def group_of(self, outlet: str) -> str:
        """The group an outlet belongs to, or the outlet's own name when it has none."""
        for group, outlets in self.groups.items():
            if outlet in outlets:
                return group
        return outlet

    def outlet_groups(self) -> dict[str, str]:
        """``{outlet: group}`` for every outlet the study places in a group."""
        return {o: g for g, outlets in self.groups.items() for o in outlets}

    def lexicon_hashes(self) -> dict[str, dict[str, str]]:
        """Origin and sha1 of every lexicon the study uses (for a table's ``attrs``)."""
        out = {f"topic:{k}": {"origin": v.origin, "sha1": v.sha1} for k, v in self.topics.items()}
        if self.actors is not None:
            out["actors"] = {"origin": self.actors.origin, "sha1": self.actors.sha1}
        return out


def load_study(path: str | Path) -> Study:
    """Read a study TOML file (see the module docstring); every problem raises a
    ``StudyError`` naming the file."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise StudyError(f"{path}: no such study file") from exc
    except UnicodeDecodeError as exc:
        raise StudyError(f"{path}: not valid UTF-8 ({exc.reason})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise StudyError(f"{path}: not valid TOML ({exc})") from exc
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise StudyError(f"{path}: unknown key(s) {unknown}; expected {sorted(_KEYS)}")
    title = data.get("title", "")
    if not isinstance(title, str) or not title.strip():
        raise StudyError(f'{path}: a study needs a title (title = "...")')
    question = data.get("question", "")
    if not isinstance(question, str):
        raise StudyError(f"{path}: question must be a string")
    base = path.parent
    actors = _lexicon(path, base, data["actors"], "actor") if "actors" in data else None
    topics_in = data.get("topics", {})
    if not isinstance(topics_in, dict):
        raise StudyError(f"{path}: [topics] must map a topic name to a lexicon file")
    topics = {str(k): _lexicon(path, base, v, str(k)) for k, v in topics_in.items()}
    return Study(
        title=title.strip(),
        question=question.strip(),
        actors=actors,
        topics=topics,
        groups=_groups(path, data.get("groups", {})),
        events=_events(path, data.get("events", [])),
        path=path,
    )


def _lexicon(path: Path, base: Path, value, feature: str) -> Lexicon:
    if not isinstance(value, str) or not value.strip():
        raise StudyError(f"{path}: {feature!r} must name a lexicon file")
    file = base / value
    if not file.exists():
        raise StudyError(f"{path}: {feature!r} names {value!r}, which is not in {base}")
    try:
        return load_lexicon(file, feature)
    except LexiconError as exc:
        raise StudyError(f"{path}: {feature!r}: {exc}") from exc


def _groups(path: Path, value) -> dict[str, tuple[str, ...]]:
    if not isinstance(value, dict):
        raise StudyError(f"{path}: [groups] must map a group name to a list of outlets")
    out: dict[str, tuple[str, ...]] = {}
    seen: dict[str, str] = {}
    for group, outlets in value.items():
        if not isinstance(outlets, list) or not all(isinstance(o, str) for o in outlets):
            raise StudyError(f"{path}: group {group!r} must be a list of outlet names")
        for o in outlets:
            if o in seen:
                raise StudyError(f"{path}: outlet {o!r} is in groups {seen[o]!r} and {group!r}")
            seen[o] = group
        out[str(group)] = tuple(outlets)
    return out


def _events(path: Path, value) -> tuple[Event, ...]:
    if not isinstance(value, list):
        raise StudyError(f"{path}: events must be a list of [[events]] tables")
    out = []
    for n, ev in enumerate(value, 1):
        if not isinstance(ev, dict) or "date" not in ev or "label" not in ev:
            raise StudyError(f"{path}: event {n} needs a date and a label")
        try:
            when = pd.Timestamp(str(ev["date"]))
        except (ValueError, TypeError) as exc:
            raise StudyError(f"{path}: event {n}: {ev['date']!r} is not a date") from exc
        out.append(Event(when, str(ev["label"])))
    return tuple(sorted(out, key=lambda e: e.when))


def default_study(corpus: pd.DataFrame, *, name: str | None = None) -> Study:
    """A neutral study derived from the corpus: a title from its name (a folder or file
    name), outlet and article counts and the period it spans; no question, groups or
    events, the shipped actors and no topics."""
    n = len(corpus)
    outlets = corpus["outlet"].astype(str).nunique() if "outlet" in corpus else 0
    span = ""
    if "published" in corpus:
        dates = parse_published(corpus["published"]).dropna()
        if len(dates):
            lo, hi = dates.min().date(), dates.max().date()
            span = f", {lo}" if lo == hi else f", {lo} to {hi}"
    label = f"{name}: " if name else ""
    return Study(
        title=f"{label}{n} article{'s' * (n != 1)} from {outlets} outlet{'s' * (outlets != 1)}"
        f"{span}"
    )


def with_groups(sentences: pd.DataFrame, groups: Study | dict[str, str]) -> pd.DataFrame:
    """The table with a ``group`` column: each outlet's group from a study (or an
    ``{outlet: group}`` mapping); an outlet in no group is its own group."""
    mapping = groups.outlet_groups() if isinstance(groups, Study) else dict(groups)
    out = sentences.copy()
    outlets = out["outlet"].astype(str)
    out["group"] = outlets.map(mapping).fillna(outlets).astype(object)
    out.attrs = dict(sentences.attrs)
    return out


def extra_metadata(folder: str | Path) -> pd.DataFrame:
    """The columns of a corpus folder's ``articles.csv`` that ``load_corpus`` does not keep
    (the seeds' ``timing``: written before or after the event), one row per article ``id``.
    A folder without ``articles.csv`` gives an empty table with an ``id`` column."""
    from .corpus import METADATA_COLUMNS

    path = Path(folder) / "articles.csv"
    if not path.exists():
        return pd.DataFrame({"id": pd.Series(dtype=object)})
    try:
        meta = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise StudyError(f"{path}: cannot read ({exc})") from exc
    if "id" not in meta:
        raise StudyError(f"{path}: no id column")
    keep = ["id", *(c for c in meta.columns if c not in METADATA_COLUMNS)]
    return meta[keep].reset_index(drop=True)


def with_articles(
    table: pd.DataFrame, articles: pd.DataFrame, *, columns: list[str] | None = None
) -> pd.DataFrame:
    """``table`` (sentences or articles) with article-level ``columns`` of ``articles``
    joined by ``id`` (default: every column but ``id``); an article missing from
    ``articles`` gets an empty string, never a dropped row. Use it to compare by a
    metadata column: ``score_outlets(with_articles(s, extra_metadata("seeds")),
    by="timing")``."""
    columns = [c for c in articles.columns if c != "id"] if columns is None else list(columns)
    missing = [c for c in ["id", *columns] if c not in articles]
    if missing:
        raise ValueError(f"the article table lacks column(s) {missing}")
    out = table.copy()
    lookup = articles.assign(id=articles["id"].astype(str)).drop_duplicates("id").set_index("id")
    for c in columns:
        out[c] = out["id"].astype(str).map(lookup[c]).fillna("").astype(object)
    out.attrs = dict(table.attrs)
    return out
