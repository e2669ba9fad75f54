"""A synthetic news corpus for the report benchmarks: many outlets, a year of dated events,
unrelated articles that share few sentences, and about one article in ten a rewrite of
another.

The language comes from the seed corpus (its body sentences cut into clauses) and the shipped
lexicons (threat, conciliatory, hedging, booster terms), never from the evaluation data.
Every sentence recombines one or two clauses and replaces about half of their content words
with words drawn from a large vocabulary (the seeds' words, the lexicons' one-word terms and
made-up names and places), so two unrelated articles rarely share a sentence, as in real
news. Articles are grouped in stories (an event on a date, its actors and place); a story's
articles name its actors and date but are written apart. A rewrite takes an earlier article
of its story, keeps most of its sentences (some verbatim, some edited: a word replaced, an
attribution added or removed), drops some and adds a few of its own; its ``kind`` says
"rewrite" and half of the rewrites name the source in ``based_on``. Everything is drawn from
one ``random.Random(seed)``: the same arguments give the same corpus.

    from benchmarks.synthetic import build_corpus, write_folder, write_table
"""

from __future__ import annotations

import csv
import random
import re
from functools import cache
from importlib import resources
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
MONTHS = (
    "January February March April May June July August September October November December"
).split()
SYLLABLES = (
    "ka lo mer vin dra sol ten bru ha zen ri mon tal ver qui nor pel gas an bel cor dun "
    "el fa gor is jor kel lan mi nav or pra ros sen tor ul vek wen yar zo"
).split()
OUTLET_KINDS = ("Daily", "News", "Times", "Wire", "Herald", "Post", "Observer", "Tribune")
CLAUSE_BREAK = re.compile(r",\s+|;\s+|\s+(?:and|but|while|which|as|after|before)\s+")
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


@cache
def _stopwords() -> frozenset[str]:
    from framing.reuse import settings

    return settings()["stopwords"]


def _lexicon_terms(name: str) -> list[str]:
    with resources.files("framing").joinpath(f"data/{name}.csv").open(encoding="utf-8") as fh:
        terms = [row["term"] for row in csv.DictReader(fh)]
    return [t for t in terms if re.fullmatch(r"[a-z][a-z -]*", t)]


def _name(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(syllables)).capitalize()


class Language:
    """The clauses and the vocabulary sentences are made of."""

    def __init__(self, rng: random.Random):
        import framing

        sents = framing.score_sentences(framing.load_corpus(SEEDS))
        body = sents.loc[sents["kind"] == "body", "text"].tolist()
        stop = _stopwords()
        self.clauses = sorted(
            {
                c.strip(" .,;:\"“”'")
                for s in body
                for c in CLAUSE_BREAK.split(s)
                if len(c.split()) >= 6
            }
        )
        seed_words = {w.lower() for s in body for w in WORD.findall(s) if len(w) >= 4}
        self.lexicon = {
            f: _lexicon_terms(f) for f in ("threat", "conciliatory", "hedge", "booster")
        }
        one_word = {t for terms in self.lexicon.values() for t in terms if " " not in t}
        made_up = {
            _name(rng, 2).lower() + rng.choice(["ing", "ment", "ion", "ate", "al", ""])
            for _ in range(4000)
        }
        self.vocab = sorted((seed_words | one_word | made_up) - stop)
        self.people = sorted({f"{_name(rng, 2)} {_name(rng, 3)}" for _ in range(3000)})
        self.places = sorted({_name(rng, rng.randint(2, 3)) for _ in range(800)})
        self.stop = stop


class Story:
    """An event: a date, a place, two actors and a number its articles mention."""

    def __init__(self, rng: random.Random, lang: Language, start: pd.Timestamp):
        self.date = start + pd.Timedelta(days=rng.randrange(365))
        self.place = rng.choice(lang.places)
        self.actors = rng.sample(lang.people, 2)
        self.number = rng.randint(2, 900)


def _respell(rng: random.Random, lang: Language, clause: str, share: float) -> list[str]:
    out = []
    for w in clause.split():
        core = w.strip(".,;:\"“”'()")
        if len(core) >= 4 and core.lower() not in lang.stop and rng.random() < share:
            new = rng.choice(lang.vocab)
            w = w.replace(core, new.capitalize() if core[0].isupper() else new)
        out.append(w)
    return out


def _content(lang: Language, words: list[str]) -> int:
    return sum(1 for w in words if len(w) >= 4 and w.lower().strip(".,;:") not in lang.stop)


def _attribution(rng: random.Random, lang: Language) -> str:
    r = rng.random()
    name = rng.choice(lang.people)
    if r < 0.5:
        return f"{name} said"
    if r < 0.7:
        return f"said {name}, {rng.choice(lang.vocab)} adviser in {rng.choice(lang.places)}"
    if r < 0.85:
        return f"according to officials in {rng.choice(lang.places)}"
    who = rng.choice(["sources", "diplomats", "people"])
    return f"{who} familiar with the {rng.choice(lang.vocab)} said"


def sentence(rng: random.Random, lang: Language, story: Story, *, lead: bool = False) -> str:
    """One sentence of a story: clauses respelled until it has ten content words or more,
    maybe a framing term, maybe an attribution; a lead names some of the event's facts (its
    date, place, actors, a number)."""
    words: list[str] = []
    while _content(lang, words) < 10:
        if words:
            words.append(rng.choice(["and", "but", "while", "as", "after"]))
        words += _respell(rng, lang, rng.choice(lang.clauses), 0.75)
    r = rng.random()
    if r < 0.15:
        words += ["amid", "fears", "of", rng.choice(lang.lexicon["threat"])]
    elif r < 0.27:
        words += ["in", "a", "bid", "for", rng.choice(lang.lexicon["conciliatory"])]
    elif r < 0.35:
        words.insert(0, rng.choice(lang.lexicon["booster"]).capitalize() + ",")
    if rng.random() < 0.3:
        words[rng.randrange(len(words))] = rng.choice(story.actors)
    if lead:
        day = f"{MONTHS[story.date.month - 1]} {story.date.day}"
        facts = [
            f"on {day}",
            f"in {story.place}",
            f"with {story.actors[0]}",
            f"before {story.number} delegates",
        ]
        words += rng.sample(facts, 2)
    text = " ".join(words).rstrip(",;:")
    a = rng.random()
    if a < 0.35:
        text += ", " + _attribution(rng, lang)
    elif a < 0.43:
        text = f"{rng.choice(lang.lexicon['hedge']).capitalize()}, {text[0].lower()}{text[1:]}"
    return text[0].upper() + text[1:] + "."


def _edit(rng: random.Random, lang: Language, text: str) -> str:
    """A rewriter's edit of one sentence: words replaced, an attribution added or dropped."""
    r = rng.random()
    if r < 0.5:
        words = text.rstrip(".").split()
        for _ in range(rng.randint(1, 3)):
            k = rng.randrange(len(words))
            if words[k].lower() not in lang.stop:
                words[k] = rng.choice(lang.vocab)
        return " ".join(words) + "."
    if r < 0.8 or ", " not in text:
        return text.rstrip(".") + f", {rng.choice(lang.people)} told reporters."
    return text.rsplit(", ", 1)[0] + "."


def build_corpus(
    n_articles: int, n_outlets: int, *, seed: int = 0, rewrites: float = 0.1
) -> pd.DataFrame:
    """The corpus as a table: id, text, outlet, published, headline, byline, kind,
    based_on (one row per article, ``n_articles`` rows)."""
    rng = random.Random(seed)
    lang = Language(rng)
    start = pd.Timestamp("2023-01-01")
    outlets = [f"Outlet {k:02d} {rng.choice(OUTLET_KINDS)}" for k in range(n_outlets)]
    stories: list[Story] = []
    told: list[list[int]] = []  # each story's articles
    rows: list[dict] = []
    bodies: list[list[str]] = []
    for i in range(n_articles):
        if not stories or rng.random() < 0.2:
            stories.append(Story(rng, lang, start))
            told.append([])
        s = rng.randrange(max(0, len(stories) - 40), len(stories))
        story = stories[s]
        row = {"id": f"a{i:06d}", "outlet": rng.choice(outlets), "byline": "", "kind": ""}
        row["based_on"] = ""
        earlier = told[s]
        if earlier and rng.random() < rewrites * 1.3:
            src = rng.choice(earlier)
            sents = []
            for text in bodies[src]:
                r = rng.random()
                if r < 0.15:
                    continue
                sents.append(text if r < 0.7 else _edit(rng, lang, text))
            for _ in range(rng.randint(1, 4)):
                sents.insert(rng.randrange(len(sents) + 1), sentence(rng, lang, story))
            row["kind"] = "rewrite"
            row["based_on"] = rows[src]["id"] if rng.random() < 0.5 else ""
            day = pd.Timestamp(rows[src]["published"]) + pd.Timedelta(days=rng.randint(0, 2))
        else:
            n = rng.randint(8, 30)
            sents = [sentence(rng, lang, story, lead=True)]
            sents += [sentence(rng, lang, story) for _ in range(n - 1)]
            if rng.random() < 0.1:
                row["byline"] = "Reuters"
            day = story.date + pd.Timedelta(days=rng.randint(0, 3))
        told[s].append(i)
        bodies.append(sents)
        paragraphs, k = [], 0
        while k < len(sents):
            step = rng.randint(1, 3)
            paragraphs.append(" ".join(sents[k : k + step]))
            k += step
        row["text"] = "\n\n".join(paragraphs)
        row["published"] = str(day.date())
        row["headline"] = f"{story.actors[0]} and {story.actors[1]} meet in {story.place}"
        rows.append(row)
    cols = ["id", "text", "outlet", "published", "headline", "byline", "kind", "based_on"]
    return pd.DataFrame(rows, columns=cols)


def write_folder(corpus: pd.DataFrame, folder: Path) -> Path:
    """The corpus as a folder: ``articles.csv`` and one ``.txt`` per article."""
    folder.mkdir(parents=True, exist_ok=True)
    for r in corpus.itertuples():
        (folder / f"{r.id}.txt").write_text(r.text + "\n", encoding="utf-8")
    meta = corpus.drop(columns="text").assign(file=[f"{i}.txt" for i in corpus["id"]])
    meta.to_csv(folder / "articles.csv", index=False)
    return folder
