"""Attribution: whose claim is each sentence (codebook section 4), with quotations.

Rules over the sentence text, no parser: a reporting or cognition cue (``cues.csv``), the
source around it (the noun phrase before the cue, after an inverted cue, after "according
to" or after a passive "by"), the source's type (``source_types.csv``), then article-level
passes for quotations running over several sentences and pronoun speakers.

Labels: ``named`` (an identified person, titled official, institution or document),
``anonymous`` (a vague or unnamed source, or a speech act with no speaker) and
``unattributed`` (the writer's own voice). Precedence: named, anonymous, unattributed.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from .lexicons import shipped_lexicon
from .tokens import NAME_WORD

OPEN_QUOTES = '“‘"'
_WORDRE = NAME_WORD
_CLAUSE_WORDS = frozenset(
    "that which who whom whose because while when where after before if although though since "
    "as but so than whether what how why and or nor with without despite during "
    "until unless once whereas".split()
)
_SKIP_BEFORE_CUE = frozenset(
    "has have had was were is are been being be will would could may might also further "
    "previously reportedly privately publicly repeatedly again already recently later earlier "
    "then still now often once not never frequently separately subsequently initially "
    "officially openly explicitly specifically clearly insistently long widely do does did "
    "instead".split()
)
_BASE_NOUNISH = frozenset(
    "a an the his her its their our my your this that these those of in on for with to by "
    "from at into about united sovereign independent territorial own no any every each "
    "another such one".split()
)
_NP_ADJ = frozenset(
    "current former senior junior retired serving military government western foreign "
    "local regional top other".split()
)
_POSSESSIVE_DET = frozenset("his her its their our my your".split())
_PRONOUNS = frozenset("he she they it we i you".split())
_FIRST_PERSON = frozenset("i we".split())
_AGENTLESS_PASSIVE = frozenset(
    "accused alleged reported said rumored rumoured described labeled labelled quoted cited "
    "told warned criticized criticised condemned urged claimed disclosed announced dubbed "
    "called".split()
)
_INVERTED = frozenset(
    "said says added adds stated told asked noted wrote explained continued insisted "
    "stressed warned argued replied responded declared recalled observed".split()
)
_PASSIVE_AUX = frozenset("is are was were been being be".split())
_PARTICIPLE_CUE = re.compile(r"ing$")
_BASE_FORMS = frozenset(
    "say tell state stress add call warn claim report announce argue insist emphasize "
    "emphasise deny urge accuse believe think view see consider regard expect fear hope "
    "estimate know doubt worry want recognize feel indicate point show find".split()
)
_NOUN_FORMS = frozenset(
    "states claims reports views calls fears hopes estimates doubts stress report view "
    "call claim state hope fear estimate doubt worries wants notes shows".split()
)


@dataclass
class Quote:
    start: int
    end: int
    words: int
    closed: bool
    opened: bool = True

    @property
    def full(self) -> bool:
        return self.words >= 2


@dataclass(slots=True)
class Attribution:
    attribution: str = "unattributed"
    source: str | None = None
    source_type: str | None = None
    cue: str | None = None
    cue_start: int = -1
    cue_end: int = -1
    source_start: int = -1
    source_end: int = -1
    quotes: list = field(default_factory=list)
    quote: bool = False
    quote_fragment: bool = False
    unbalanced_quote: bool = False
    inherited: str = ""

    def as_row(self) -> dict:
        return {
            "attribution": self.attribution,
            "source": self.source,
            "source_type": self.source_type,
            "cue": self.cue,
            "cue_start": self.cue_start,
            "cue_end": self.cue_end,
            "source_start": self.source_start,
            "source_end": self.source_end,
            "quote": self.quote,
            "quote_fragment": self.quote_fragment,
            "quote_spans": tuple((q.start, q.end) for q in self.quotes),
            "unbalanced_quote": self.unbalanced_quote,
            "attribution_note": self.inherited,
        }


@lru_cache(maxsize=1)
def _tables():
    cues = shipped_lexicon("cues", "cue")
    kinds = {}
    terms = []
    for e in cues.entries:
        kinds[e.term.lower()] = e.category
        terms.append(e.term)
    terms.sort(key=len, reverse=True)
    pat = re.compile(
        r"(?<![\w-])("
        + "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in terms)
        + r")(?![\w-])",
        re.IGNORECASE,
    )
    types = {}
    for e in shipped_lexicon("source_types", "source_type").entries:
        types.setdefault(e.term.lower(), e.category)
    return pat, kinds, types


def find_quotes(text: str, open_at_start: bool = False) -> tuple[list[Quote], bool]:
    """Quoted spans of a sentence, straight or curly; returns (quotes, open_at_end).

    A quotation left open runs into the next sentence; a closing mark with no opening one in
    a sentence that starts inside a quotation closes it. Unbalanced marks are reported by the
    caller, never an error.
    """
    if not open_at_start and not _HAS_QUOTE.search(text):
        return [], False
    quotes: list[Quote] = []
    inside = open_at_start
    start = 0
    n = len(text)
    for m in _QCHARS.finditer(text):
        i, ch = m.start(), m.group()
        if not inside and (ch in '“"' or (ch == "‘" and _is_open_single(text, i))):
            inside, start = True, i
        elif inside and (
            ch in '”"' or (ch == "’" and text[start] == "‘" and _is_close_single(text, i))
        ):
            quotes.append(
                Quote(
                    start,
                    i + 1,
                    _count_words(text[start:i]),
                    True,
                    opened=not (open_at_start and not quotes),
                )
            )
            inside = False
    if inside:
        quotes.append(
            Quote(
                start,
                n,
                _count_words(text[start:]),
                False,
                opened=not (open_at_start and not quotes),
            )
        )
    return quotes, inside


_QCHARS = re.compile('[“”"‘’]')
_HAS_QUOTE = re.compile('[“”"‘]')


def _is_open_single(text: str, i: int) -> bool:
    return (i == 0 or not text[i - 1].isalnum()) and i + 1 < len(text) and text[i + 1].isalpha()


def _is_close_single(text: str, i: int) -> bool:
    return i + 1 >= len(text) or not text[i + 1].isalnum()


def _count_words(s: str) -> int:
    return len(_WORDRE.findall(s))


_BREAKS = frozenset(',;:“”"()—')


_STOPS = frozenset('.;:“”"')
_STOPS2 = frozenset(',;:.“”"()—')


def _has_break(gap: str) -> bool:
    """True when the text between two words holds clause punctuation."""
    return not _BREAKS.isdisjoint(gap)


def _in_quotes(pos: int, quotes: list[Quote]) -> bool:
    for q in quotes:
        if q.start <= pos < q.end:
            return True
    return False


@lru_cache(maxsize=256)
def _sentence_tokens(text: str) -> tuple[tuple, tuple]:
    """Word matches of a whole sentence and their starts, computed once per sentence
    (each cue looks at the words before and after it)."""
    toks = tuple(_WORDRE.finditer(text))
    return toks, tuple(m.start() for m in toks)


def _tokens_before(text: str, pos: int) -> list:
    """Words of ``text`` ending at or before ``pos`` (a word boundary)."""
    toks, starts = _sentence_tokens(text)
    return list(toks[: bisect_left(starts, pos)])


def _tokens_after(text: str, pos: int) -> tuple:
    """Words of ``text`` starting at or after ``pos``."""
    toks, starts = _sentence_tokens(text)
    return toks[bisect_left(starts, pos) :]


def _tokens(s: str) -> list[re.Match]:
    return list(_WORDRE.finditer(s))


@lru_cache(maxsize=4096)
def source_type(phrase: str) -> str:
    """Type of a source phrase: person, titled_official, institution, document, vague,
    unnamed_official or pronoun."""
    _, _, types = _tables()
    toks = []
    for k, t in enumerate(_tokens(phrase)):
        w = t.group()
        lw = w.lower()
        if k and (
            _verbish(w)
            or (lw in _CLAUSE_WORDS and lw != "and")
            or lw in _PRONOUNS
            or lw in _POSSESSIVE_DET
            or lw in ("on", "in", "at", "during")
        ):
            break  # "a report released in 2023", "a readout his office shared"
        toks.append(w)
    if not toks:
        return "none"
    low = [t.lower().replace("’", "'") for t in toks]
    low = [t[:-2] if t.endswith("'s") else t for t in low]
    if low[-1] in _PRONOUNS and len(toks) == 1:
        return "pronoun"
    # the head: the last word that is a known source noun or a capitalised name
    h = len(toks) - 1
    while (
        h > 0
        and toks[h].islower()
        and low[h] not in types
        and " ".join(low[h - 1 : h + 1]) not in types
    ):
        h -= 1
    toks, low = toks[: h + 1], low[: h + 1]
    head = low[-1]
    if head in ("the", "a", "an", "this", "that", "these", "those"):
        return "none"  # "The bilateral relationship": no source noun, no name
    two = " ".join(low[-2:])
    kind = types.get(two) or types.get(head)
    if kind == "document":
        return "document"
    if kind == "vague":
        if head in ("spokesman", "spokeswoman", "spokesperson") and any(
            t[0].isupper() for t in toks[:-1] if t.lower() not in ("the", "a", "an")
        ):
            return "unnamed_official"
        return "vague"
    if kind == "title":
        return "titled_official" if low[0] not in ("a", "an") else "unnamed_official"
    if kind == "institution":
        return "institution"
    if toks[-1][:1].isupper():
        roles = [types.get(t) for t in low[:-1]]
        if "institution" in roles and "vague" not in roles and "title" not in roles:
            return "institution"  # "The U.S. Department of State"
        return "person"
    if any(t[:1].isupper() for t in toks if t.lower() not in ("the", "a", "an")):
        return "institution"
    return "none"


_NAMED = {"person", "titled_official", "institution", "document"}


def _label_for(stype: str | None) -> str:
    if stype in _NAMED:
        return "named"
    return "anonymous"


def _abbrev_end(text: str, e: int) -> int:
    """Keep the final period of an abbreviation that ends a source ("The U.S.")."""
    if e < len(text) and text[e] == "." and "." in text[max(0, e - 4) : e]:
        return e + 1
    return e


_NOT_SUBJECT_END = _CLAUSE_WORDS | _BASE_NOUNISH


def _np_before(text: str, pos: int, quotes: list[Quote]) -> tuple[int, int]:
    """Offsets of the noun phrase ending just before ``pos`` (the cue), or (-1, -1)."""
    toks = _tokens_before(text, pos)
    j = len(toks) - 1
    # skip auxiliaries and adverbs between the subject and the cue
    while j >= 0 and (
        toks[j].group().lower() in _SKIP_BEFORE_CUE
        or (
            toks[j].group().endswith("ly")
            and toks[j].group().islower()
            and len(toks[j].group()) > 4
        )
    ):
        gap = text[toks[j].end() : (toks[j + 1].start() if j + 1 < len(toks) else pos)]
        if _has_break(gap):
            return -1, -1
        j -= 1
    if j < 0:
        return -1, -1
    end_tok = j
    if toks[j].group().lower() in _NOT_SUBJECT_END:
        return -1, -1
    if toks[j].group().lower() in _PRONOUNS:
        return toks[j].start(), toks[j].end()
    gap = text[toks[j].end() : (toks[j + 1].start() if j + 1 < len(toks) else pos)]
    if _has_break(gap):
        # ", said X" style handled elsewhere; "X, the spokesman, said" rare
        return -1, -1
    first = j
    while first - 1 >= 0 and (end_tok - first) < 8:
        w = toks[first - 1].group()
        lw = w.lower()
        gap = text[toks[first - 1].end() : toks[first].start()]
        if (
            lw == "and"
            and first - 2 >= 0
            and (
                toks[first - 2].group()[:1].isupper() or toks[first - 2].group().lower() in _NP_ADJ
            )
        ):
            first -= 1  # "current and former officials", "Biden and Xi"
            continue
        if lw == "with" and first - 2 >= 0 and toks[first - 2].group().lower() == "familiar":
            first -= 1  # "people familiar with the matter"
            continue
        if _verbish(w) and lw.endswith("ed") and toks[first].group().lower() == "by":
            first -= 1  # reduced relative: "Intelligence gathered by the island nation"
            continue
        if _has_break(gap) or lw in _CLAUSE_WORDS or _verbish(w):
            break
        if _in_quotes(toks[first - 1].start(), quotes):
            break
        first -= 1
    # drop leading prepositional or adverbial openers ("In December, ...") and verbs
    while first < end_tok and toks[first].group().lower() in (
        "in",
        "on",
        "at",
        "for",
        "by",
        "to",
        "from",
    ):
        first += 1
    return toks[first].start(), toks[end_tok].end()


_VERBS = frozenset(
    "is are was were be been has have had do does did will would can could should may might "
    "must met meet meets held hold holds took take takes gave give made make makes came come "
    "comes went go goes passed pass said says told plans intends seeks wants needs tries "
    "remains became becomes".split()
)


def _verbish(w: str) -> bool:
    """A lower-case word that is probably a verb or adverb: where a subject phrase ends."""
    if not w[:1].islower():
        return False
    lw = w.lower()
    return lw in _VERBS or (
        len(lw) > 4
        and (lw.endswith("ed") or lw.endswith("ly"))
        and lw not in ("united", "senior", "elderly", "early", "family")
    )


def _np_after(text: str, pos: int, limit: int = 10) -> tuple[int, int]:
    """Offsets of the noun phrase starting after ``pos``, up to punctuation or a clause word."""
    toks = _tokens_after(text, pos)
    if not toks:
        return -1, -1
    gap = text[pos : toks[0].start()]
    if not _STOPS.isdisjoint(gap):
        return -1, -1
    last = -1
    for k, m in enumerate(toks[:limit]):
        if k and not _STOPS2.isdisjoint(text[toks[k - 1].end() : m.start()]):
            break
        lw = m.group().lower()
        if k and lw in _CLAUSE_WORDS - {"and", "of"}:
            break
        if k and lw in (
            "on",
            "in",
            "at",
            "during",
            "after",
            "before",
            "last",
            "told",
            "said",
            "says",
            "stated",
        ):
            break
        last = k
    if last < 0:
        return -1, -1
    return toks[0].start(), toks[last].end()


class _Cue:
    """A cue found by the lexicon matcher, shaped like a regex match."""

    __slots__ = ("_s", "_e", "_t")

    def __init__(self, text: str, start: int, end: int):
        self._s, self._e, self._t = start, end, text[start:end]

    def start(self) -> int:
        return self._s

    def end(self) -> int:
        return self._e

    def group(self) -> str:
        return self._t


def attribute_sentence(
    text: str, open_quote: bool = False, cues: list[tuple[int, int]] | None = None
) -> tuple[Attribution, bool]:
    """Attribution of one sentence on its own; returns it and whether a quote stays open.

    ``cues`` are the character spans of cue words when the caller has already found them
    (``framing.features`` finds them in the same pass as the lexicons); otherwise they are
    searched here.
    """
    quotes, still_open = find_quotes(text, open_quote)
    if not quotes and cues is not None and not cues:
        return _PLAIN, still_open  # most sentences: no cue, no quotation
    pat, kinds, _ = _tables()
    att = Attribution(quotes=quotes)
    for q in quotes:
        if q.words >= 2:
            att.quote = True
        else:
            att.quote_fragment = True
        if not q.closed or not q.opened:
            att.unbalanced_quote = True
    best: tuple | None = None
    found_cues = pat.finditer(text) if cues is None else (_Cue(text, a, b) for a, b in cues)
    for m in found_cues:
        if _in_quotes(m.start(), quotes):
            continue
        cue = m.group()
        if not cue[:1].islower() and text[: m.start()].strip(" “\"'‘"):
            continue  # "State Department", "Report" in a title: not a cue mid-sentence
        low = " ".join(cue.lower().split())
        kind = kinds.get(low, "speech")
        found = _source_for(text, m, low, kind, quotes)
        if found is None:
            continue
        label, s, e, stype = found
        rank = 0.5 if stype == "pronoun" else {"named": 2, "anonymous": 1}[label]
        if best is None or rank > best[0]:
            best = (rank, label, s, e, stype, m)
        if rank == 2:
            break
    if best is not None:
        _, label, s, e, stype, m = best
        att.attribution = label
        att.cue, att.cue_start, att.cue_end = m.group(), m.start(), m.end()
        if s >= 0:
            e = _abbrev_end(text, e)
            att.source, att.source_start, att.source_end = text[s:e], s, e
        att.source_type = stype
    elif att.quote and _colon_speaker(text, att):
        pass
    elif att.quote:
        att.inherited = "quotation without a speaker"
    return att, still_open


def _colon_speaker(text: str, att: Attribution) -> bool:
    """``Blinken: “We will ...”``: a short phrase and a colon before a quotation name its
    speaker, with the colon as the cue."""
    for q in att.quotes:
        if not q.full:
            continue
        before = text[: q.start].rstrip()
        if not before.endswith(":"):
            continue
        colon = len(before) - 1
        s, e = _np_before(text, colon, att.quotes)
        if s < 0 or len(_tokens_before(text, colon)) > 8:
            continue
        st = source_type(text[s:e])
        if st in ("none", "pronoun"):
            continue
        att.attribution = _label_for(st)
        att.source, att.source_start, att.source_end = text[s:e], s, e
        att.source_type = st
        att.cue, att.cue_start, att.cue_end = ":", colon, colon + 1
        return True
    return False


_BY = re.compile(r"\s+by\s+")
_COMMA_AND = re.compile(r"[,;]\s*(and|but)\s*$")
_NEXT_WORD = re.compile(r"\s*([^\W_]+)")
_ENDS_QUOTE_COMMA = re.compile(r"[,”\"’]\s*$")


def _source_for(text, m, low, kind, quotes):
    """(label, start, end, type) for one cue, or None when the cue is not a report."""
    start, end = m.start(), m.end()
    before = text[max(0, start - 60) : start]  # the cue's left context
    prev = _tokens_before(text, start)
    prev_word = prev[-1].group().lower() if prev else ""
    if kind == "agentless":
        return ("anonymous", -1, -1, "agentless")
    if low in ("according to", "as per"):
        s, e = _np_after(text, end, limit=12)
        if s < 0:
            return None
        st = source_type(text[s:e])
        if st == "pronoun":
            return ("named", s, e, "pronoun")
        return (_label_for(st), s, e, st)
    if before.endswith("-") or (prev_word in ("so", "to") and low in _BASE_FORMS):
        return None
    if prev_word in ("and", "but") and not _COMMA_AND.search(before[-12:]):
        s, e = _sentence_subject(text, quotes)  # "He declined to ... and said"
        if s >= 0:
            st = source_type(text[s:e])
            if st == "none":
                return None
            return (_label_for(st) if st != "pronoun" else "named", s, e, st)
    nxt = _NEXT_WORD.match(text, end)
    next_word = nxt.group(1).lower() if nxt else ""
    if (
        low in _NOUN_FORMS
        and (prev_word in _BASE_NOUNISH or next_word in ("of", "for", "on", "about", "to"))
        and low not in ("notes",)
    ):
        return None
    if low in _BASE_FORMS and prev_word in _BASE_NOUNISH:
        return None
    # passive: "was accused of", "is seen by Washington as", "claimed by Beijing"
    if (
        prev_word in _PASSIVE_AUX
        or (low.endswith("ed") and next_word == "by")
        or (low in ("told", "said", "thought", "seen", "known") and next_word == "by")
    ):
        by = _BY.match(text, end)
        if by:
            s, e = _np_after(text, by.end() - 1)
            if s >= 0:
                st = source_type(text[s:e])
                return (_label_for(st) if st != "pronoun" else "named", s, e, st)
        if kind == "cognition" or prev_word not in _PASSIVE_AUX or low not in _AGENTLESS_PASSIVE:
            return None  # agentless "is believed", "is seen as" are hedges, not attribution
        return ("anonymous", -1, -1, "agentless")
    if low.endswith("ed") and next_word == "by":
        return None
    # inverted: ', said Bonnie Glaser' / '” says the official'
    if low in _INVERTED and _ENDS_QUOTE_COMMA.search(before[-8:]):
        s, e = _np_after(text, end)
        if s >= 0:
            st = source_type(text[s:e])
            if st != "none":
                return (_label_for(st) if st != "pronoun" else "named", s, e, st)
    s, e = _np_before(text, start, quotes)
    if s < 0 and before.rstrip().endswith(","):
        s, e = _np_before_apposition(text, text[:start].rstrip()[:-1], quotes)
    if s < 0:
        if _PARTICIPLE_CUE.search(low):
            s, e = _sentence_subject(text, quotes)
        if s < 0:
            if kind == "speech" and not prev:
                return ("anonymous", -1, -1, "agentless")  # "Told." with no speaker
            return None
    phrase = text[s:e]
    st = source_type(phrase)
    if st == "none":
        return None  # "the meeting underscored": not a speaker
    first = phrase.split()[0].lower()
    if st == "pronoun":
        if first in _FIRST_PERSON and not _in_quotes(s, quotes):
            return None  # the writer's own "I think" stays unattributed
        return ("named", s, e, "pronoun")
    if kind == "cognition" and st == "vague" and first in ("the", "this", "that", "it"):
        return None
    if low in _BASE_FORMS and st == "person" and not phrase.endswith("s"):
        # "Xi say" is ungrammatical: a base form wants a plural or pronoun subject
        return None
    return (_label_for(st), s, e, st)


def _np_before_apposition(text: str, head: str, quotes: list[Quote]) -> tuple[int, int]:
    """ "Zhang Zhijun, the head of ..., said": the phrase before an appositive chunk."""
    cut = head.rfind(",")
    if cut < 0:
        return -1, -1
    raw_chunk = head[cut + 1 :].strip()
    chunk = raw_chunk.lower()
    names = raw_chunk.split()
    if 0 < len(names) <= 4 and all(w[:1].isupper() for w in names):
        start = cut + 1 + (len(head[cut + 1 :]) - len(head[cut + 1 :].lstrip()))
        return start, start + len(raw_chunk)  # "Clinton's campaign manager, Robby Mook, said"
    if not re.match(r"(the|a|an|who|which|its|his|her|their|with|like|despite|\w+ing)\b", chunk):
        return -1, -1
    s, e = _np_before(text, cut + 1, quotes)
    if s < 0 and head[:cut].count(",") == 0:
        s, e = _sentence_subject(text, quotes)
    return s, e


def _sentence_subject(text: str, quotes: list[Quote]) -> tuple[int, int]:
    """The sentence's opening noun phrase, after a short adverbial opener ("Meanwhile,")."""
    toks = list(_sentence_tokens(text)[0])
    k = 0
    comma = text.find(",")
    if 0 <= comma and toks and len(_tokens_before(text, comma)) <= 5:
        first = toks[0].group().lower()
        if first not in _PRONOUNS and (first in _OPENERS or first.endswith("ly")):
            k = len(_tokens_before(text, comma))
    if k >= len(toks) or _in_quotes(toks[k].start(), quotes):
        return -1, -1
    if toks[k].group().lower() in _PRONOUNS:
        return toks[k].start(), toks[k].end()
    j = k
    while j + 1 < len(toks) and j - k < 7:
        w = toks[j + 1].group()
        gap = text[toks[j].end() : toks[j + 1].start()]
        if _has_break(gap) or _verbish(w) or w.lower() in _CLAUSE_WORDS or w.lower() in _VERBS:
            break
        j += 1
    if (
        not any(t.group()[:1].isupper() for t in toks[k : j + 1])
        and toks[j].group().lower() not in _tables()[2]
    ):
        return -1, -1
    return toks[k].start(), toks[j].end()


_OPENERS = frozenset(
    "meanwhile however moreover furthermore also still yet then now thus therefore instead "
    "in on at after before during earlier later separately additionally but and so".split()
)


def attribute_article(
    sentences: list[str], cues: list[list[tuple[int, int]]] | None = None
) -> list[Attribution]:
    """Attribution for the sentences of one article, in order.

    Adds what a single sentence cannot know: sentences inside a quotation that runs over
    several sentences share its speaker; a quotation with no cue of its own takes the speaker
    of the sentence before (or after, as in “...,” he clarified); pronoun speakers resolve
    to the latest source within three sentences.
    """
    out: list[Attribution] = []
    open_q = False
    groups: list[int] = []  # quote group id per sentence (-1 if none)
    gid = -1
    for k, s in enumerate(sentences):
        was_open = open_q
        att, open_q = attribute_sentence(s, open_q, None if cues is None else cues[k])
        if was_open:
            groups.append(gid)
        elif att.quotes and not att.quotes[-1].closed:
            gid += 1
            groups.append(gid)
        else:
            groups.append(-1)
        out.append(att)
    if any(a.source_type == "pronoun" for a in out):
        _resolve_pronouns(out, sentences)
    if all(not a.quotes for a in out):
        return out
    # sentences of one quotation share a speaker; a quotation with no cue of its own takes
    # the speaker of the sentence before it (or after it, as in “...,” he clarified)
    spans: dict[int, list[int]] = {}
    for i, g in enumerate(groups):
        if g >= 0:
            spans.setdefault(g, []).append(i)
    units = []  # runs of sentences that form one quotation
    i = 0
    while i < len(out):
        if groups[i] >= 0:
            members = spans[groups[i]]
            units.append(members)
            i = members[-1] + 1
        else:
            units.append([i])
            i += 1
    for u, members in enumerate(units):
        if not any(out[i].quote or out[i].quotes for i in members):
            continue
        speaker = next((out[i] for i in members if out[i].cue), None)
        why = "inside a quotation that runs over several sentences"
        if speaker is None:
            prev = out[units[u - 1][-1]] if u else None
            nxt = out[units[u + 1][0]] if u + 1 < len(units) else None
            if prev is not None and prev.quote and prev.source_type not in (None, "none"):
                speaker, why = prev, "quotation continuing the previous sentence's speaker"
            elif nxt is not None and nxt.cue and nxt.quote:
                speaker, why = nxt, "quotation whose speaker follows"
        if speaker is None:
            continue
        for i in members:
            if out[i] is not speaker and not out[i].cue and (len(members) > 1 or out[i].quote):
                _inherit(out[i], speaker, why)
    return out


_PERSONAL = frozenset("he she him her".split())


def _resolve_pronouns(out: list[Attribution], sentences: list[str]) -> None:
    """Give pronoun speakers the latest compatible source (he/she: a person or official;
    it/they: an institution or group) within three sentences, else the first name in the
    previous sentence."""
    recent: list[tuple[int, Attribution]] = []
    for i, att in enumerate(out):
        if att.source_type == "pronoun":
            pron = (att.source or "").lower()
            want = (
                ("person", "titled_official", "unnamed_official", "vague")
                if pron in _PERSONAL
                else ("institution", "vague", "document", "person", "titled_official")
            )
            ref = next(
                (
                    a
                    for j, a in reversed(recent)
                    if i - j <= 3
                    and a.source_type in want
                    and (pron not in _PERSONAL or not (a.source or "").lower().endswith("s"))
                ),
                None,
            )
            note = f"pronoun '{att.source}'"
            if pron in ("it", "they") and att.source_start > 0:
                # "The U.S. is seeking ... what it sees as": the sentence's own subject first
                ss, se = _sentence_subject(sentences[i], att.quotes)
                se = _abbrev_end(sentences[i], se) if ss >= 0 else se
                if 0 <= ss and se <= att.source_start:
                    st = source_type(sentences[i][ss:se])
                    if st in ("institution", "vague", "document"):
                        att.attribution, att.source_type = _label_for(st), st
                        att.source = sentences[i][ss:se]
                        att.inherited = f"{note} refers to {att.source}"
                        recent.append((i, att))
                        continue
            if ref is not None:
                att.attribution, att.source_type = ref.attribution, ref.source_type
                att.inherited = f"{note} refers to {ref.source}"
                att.source = ref.source
            else:
                name = _antecedent(sentences[i - 1]) if i else None
                if name:
                    st = source_type(name)
                    att.source_type = st if st not in ("vague", "none") else "person"
                    att.attribution = _label_for(att.source_type)
                    att.inherited = f"{note} refers to {name}"
                    att.source = name
                else:
                    att.source_type, att.attribution = "person", "named"
                    att.inherited = f"{note} without an antecedent"
        if att.source:
            recent.append((i, att))


# The result for a sentence with no cue and no quotation. It is shared, so it must never be
# changed: the article-level passes only change sentences with quotations or pronoun sources.
_PLAIN = Attribution()


def _inherit(att: Attribution, src: Attribution, why: str) -> None:
    att.attribution = src.attribution
    att.source = src.source
    att.source_type = src.source_type
    att.inherited = why


def _antecedent(sentence: str) -> str | None:
    toks = _tokens(sentence)
    run: list[str] = []
    for m in toks:
        w = m.group()
        if w[:1].isupper() and w.lower() not in ("the", "a", "an", "in", "on", "but", "and"):
            run.append(w)
        elif run:
            break
    return " ".join(run) if run else None
