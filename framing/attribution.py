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
from dataclasses import dataclass, field
from functools import lru_cache

from .lexicons import _shipped

OPEN_QUOTES = "“‘\""
_WORDRE = re.compile(r"[^\W_]+(?:[.'’-][^\W_]+)*")
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
_PRONOUNS = frozenset("he she they it we i you".split())
_FIRST_PERSON = frozenset("i we".split())
_PASSIVE_AUX = frozenset("is are was were been being be".split())
_PARTICIPLE_CUE = re.compile(r"ing$")
_BASE_FORMS = frozenset(
    "say tell state stress add call warn claim report announce argue insist emphasize "
    "emphasise deny urge accuse believe think view see consider regard expect fear hope "
    "estimate know doubt worry want recognize feel indicate point".split()
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


@dataclass
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
    cues = _shipped("cues", "cue")
    kinds = {}
    terms = []
    for e in cues.entries:
        kinds[e.term.lower()] = e.category
        terms.append(e.term)
    terms.sort(key=len, reverse=True)
    pat = re.compile(
        r"(?<![\w-])(" + "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in terms) + r")(?![\w-])",
        re.IGNORECASE,
    )
    types = {}
    for e in _shipped("source_types", "source_type").entries:
        types.setdefault(e.term.lower(), e.category)
    return pat, kinds, types


def find_quotes(text: str, open_at_start: bool = False) -> tuple[list[Quote], bool]:
    """Quoted spans of a sentence, straight or curly; returns (quotes, open_at_end).

    A quotation left open runs into the next sentence; a closing mark with no opening one in
    a sentence that starts inside a quotation closes it. Unbalanced marks are reported by the
    caller, never an error.
    """
    quotes: list[Quote] = []
    inside = open_at_start
    start = 0 if open_at_start else -1
    straight_open = False
    n = len(text)
    for i, ch in enumerate(text):
        if ch == "“" or (ch == '"' and not inside) or (ch == "‘" and _is_open_single(text, i)):
            if not inside:
                inside, start, straight_open = True, i, ch == '"'
        elif ch == "”" or (ch == '"' and inside) or (ch == "’" and inside and _is_close_single(text, i) and text[start] == "‘"):
            if inside:
                quotes.append(Quote(start, i + 1, _count_words(text[start:i]), True,
                                    opened=not (open_at_start and not quotes)))
                inside = False
    if inside:
        quotes.append(Quote(max(start, 0), n, _count_words(text[max(start, 0):]), False,
                            opened=not (open_at_start and not quotes)))
    del straight_open
    return quotes, inside


def _is_open_single(text: str, i: int) -> bool:
    return (i == 0 or not text[i - 1].isalnum()) and i + 1 < len(text) and text[i + 1].isalpha()


def _is_close_single(text: str, i: int) -> bool:
    return i + 1 >= len(text) or not text[i + 1].isalnum()


def _count_words(s: str) -> int:
    return len(_WORDRE.findall(s))


def _in_quotes(pos: int, quotes: list[Quote]) -> bool:
    return any(q.start <= pos < q.end for q in quotes)


def _tokens(s: str) -> list[re.Match]:
    return list(_WORDRE.finditer(s))


def source_type(phrase: str) -> str:
    """Type of a source phrase: person, titled_official, institution, document, vague,
    unnamed_official or pronoun."""
    _, _, types = _tables()
    toks = []
    for k, t in enumerate(_tokens(phrase)):
        w = t.group()
        if k and (_verbish(w) or w.lower() in _CLAUSE_WORDS or w.lower() in _PRONOUNS):
            break  # "a report released in 2023", "a readout his office shared"
        toks.append(w)
    if not toks:
        return "none"
    low = [t.lower().replace("’", "'") for t in toks]
    low = [t[:-2] if t.endswith("'s") else t for t in low]
    head = low[-1]
    if head in _PRONOUNS and len(toks) == 1:
        return "pronoun"
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
        from .actors import place_names

        return "institution" if head in place_names() else "person"
    if any(t[:1].isupper() for t in toks):
        return "institution"
    return "vague"


_NAMED = {"person", "titled_official", "institution", "document"}


def _label_for(stype: str | None) -> str:
    if stype in _NAMED:
        return "named"
    return "anonymous"


def _np_before(text: str, pos: int, quotes: list[Quote]) -> tuple[int, int]:
    """Offsets of the noun phrase ending just before ``pos`` (the cue), or (-1, -1)."""
    toks = [m for m in _tokens(text[:pos])]
    j = len(toks) - 1
    # skip auxiliaries and adverbs between the subject and the cue
    while j >= 0 and toks[j].group().lower() in _SKIP_BEFORE_CUE:
        gap = text[toks[j].end() : (toks[j + 1].start() if j + 1 < len(toks) else pos)]
        if any(c in gap for c in ",;:“”\"()"):
            return -1, -1
        j -= 1
    if j < 0:
        return -1, -1
    end_tok = j
    if toks[j].group().lower() in _CLAUSE_WORDS | _BASE_NOUNISH:
        return -1, -1
    if toks[j].group().lower() in _PRONOUNS:
        return toks[j].start(), toks[j].end()
    gap = text[toks[j].end() : (toks[j + 1].start() if j + 1 < len(toks) else pos)]
    if any(c in gap for c in ",;:“”\"()—"):
        # ", said X" style handled elsewhere; "X, the spokesman, said" rare
        return -1, -1
    first = j
    while first - 1 >= 0 and (end_tok - first) < 8:
        w = toks[first - 1].group()
        lw = w.lower()
        gap = text[toks[first - 1].end() : toks[first].start()]
        if any(c in gap for c in ",;:“”\"()—") or lw in _CLAUSE_WORDS or _verbish(w):
            break
        if _in_quotes(toks[first - 1].start(), quotes):
            break
        first -= 1
    # drop leading prepositional or adverbial openers ("In December, ...") and verbs
    while first < end_tok and toks[first].group().lower() in ("in", "on", "at", "for", "by", "to", "from"):
        first += 1
    return toks[first].start(), toks[end_tok].end()


_VERBS = frozenset(
    "is are was were be been has have had do does did will would can could should may might "
    "must met meet meets held hold holds took take takes gave give made make makes came come "
    "comes went go goes passed pass said says told".split()
)


def _verbish(w: str) -> bool:
    """A lower-case word that is probably a verb or adverb: where a subject phrase ends."""
    if not w[:1].islower():
        return False
    lw = w.lower()
    return lw in _VERBS or (len(lw) > 4 and (lw.endswith("ed") or lw.endswith("ly"))
                            and lw not in ("united", "senior", "elderly", "early", "family"))


def _np_after(text: str, pos: int, limit: int = 10) -> tuple[int, int]:
    """Offsets of the noun phrase starting after ``pos``, up to punctuation or a clause word."""
    toks = _tokens(text[pos:])
    if not toks:
        return -1, -1
    gap = text[pos : pos + toks[0].start()]
    if any(c in gap for c in ".;:“”\""):
        return -1, -1
    last = -1
    for k, m in enumerate(toks[:limit]):
        if k and any(c in text[pos + toks[k - 1].end() : pos + m.start()] for c in ",;:.“”\"()—"):
            break
        lw = m.group().lower()
        if k and lw in _CLAUSE_WORDS - {"and", "of"}:
            break
        if k and lw in ("on", "in", "at", "during", "after", "before", "last", "told", "said",
                        "says", "stated"):
            break
        last = k
    if last < 0:
        return -1, -1
    return pos + toks[0].start(), pos + toks[last].end()


def attribute_sentence(text: str, open_quote: bool = False) -> tuple[Attribution, bool]:
    """Attribution of one sentence on its own; returns it and whether a quote stays open."""
    pat, kinds, _ = _tables()
    quotes, still_open = find_quotes(text, open_quote)
    att = Attribution(quotes=quotes)
    att.quote = any(q.full for q in quotes)
    att.quote_fragment = any(not q.full for q in quotes)
    att.unbalanced_quote = any(not q.closed for q in quotes) or any(not q.opened for q in quotes)
    best: tuple | None = None
    for m in pat.finditer(text):
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
            att.source, att.source_start, att.source_end = text[s:e], s, e
        att.source_type = stype
    elif att.quote:
        att.attribution = "anonymous"
        att.source_type = "none"
        att.inherited = "quotation without a speaker"
    return att, still_open


def _source_for(text, m, low, kind, quotes):
    """(label, start, end, type) for one cue, or None when the cue is not a report."""
    start, end = m.start(), m.end()
    before = text[:start]
    prev = _tokens(before[-40:])
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
    if prev_word in ("and", "but") and not re.search(r"[,;]\s*(and|but)\s*$", before):
        s, e = _sentence_subject(text, quotes)  # "He declined to ... and said"
        if s >= 0:
            st = source_type(text[s:e])
            return (_label_for(st) if st != "pronoun" else "named", s, e, st)
    nxt = re.match(r"\s*([^\W_]+)", text[end:])
    next_word = nxt.group(1).lower() if nxt else ""
    if low in _NOUN_FORMS and (prev_word in _BASE_NOUNISH or next_word in ("of", "for", "on", "about", "to")) and low not in ("notes",):
        return None
    if low in _BASE_FORMS and prev_word in _BASE_NOUNISH:
        return None
    # passive: "was accused of", "is seen by Washington as", "claimed by Beijing"
    if prev_word in _PASSIVE_AUX or (low.endswith("ed") and next_word == "by") or (
        low in ("told", "said", "thought", "seen", "known") and next_word == "by"
    ):
        by = re.match(r"\s+by\s+", text[end:])
        if by:
            s, e = _np_after(text, end + by.end() - 1)
            if s >= 0:
                st = source_type(text[s:e])
                return (_label_for(st) if st != "pronoun" else "named", s, e, st)
        if kind == "cognition" or prev_word not in _PASSIVE_AUX:
            return None  # agentless "is believed", "is seen as" are hedges, not attribution
        return ("anonymous", -1, -1, "agentless")
    if low.endswith("ed") and next_word == "by":
        return None
    # inverted: ', said Bonnie Glaser' / '” says the official'
    if re.search(r"[,”\"’]\s*$", before) and kind == "speech":
        s, e = _np_after(text, end)
        if s >= 0:
            st = source_type(text[s:e])
            if st not in ("vague",) or text[s:e].split()[0].lower() in ("a", "an", "the", "one"):
                return (_label_for(st) if st != "pronoun" else "named", s, e, st)
    s, e = _np_before(text, start, quotes)
    if s < 0:
        if _PARTICIPLE_CUE.search(low):
            s, e = _sentence_subject(text, quotes)
        if s < 0:
            if kind == "speech" and not prev:
                return ("anonymous", -1, -1, "agentless")  # "Told." with no speaker
            return None
    phrase = text[s:e]
    st = source_type(phrase)
    first = phrase.split()[0].lower()
    if st == "pronoun":
        if first in _FIRST_PERSON and not _in_quotes(s, quotes):
            return None  # the writer's own "I think" stays unattributed
        if first in ("it",) and kind == "cognition" and low in ("see", "sees", "know"):
            return None
        return ("named", s, e, "pronoun")
    if kind == "cognition" and st == "vague" and first in ("the", "this", "that", "it"):
        return None
    if low in _BASE_FORMS and st == "person" and not phrase.endswith("s"):
        # "Xi say" is ungrammatical: a base form wants a plural or pronoun subject
        return None
    return (_label_for(st), s, e, st)


def _sentence_subject(text: str, quotes: list[Quote]) -> tuple[int, int]:
    toks = _tokens(text)
    k = 0
    while k < len(toks) and (toks[k].group().lower() in ("the", "a", "an") or False):
        k += 1
    if k >= len(toks) or not toks[k].group()[:1].isupper() or _in_quotes(toks[k].start(), quotes):
        return -1, -1
    if toks[k].group().lower() in _PRONOUNS:
        return toks[k].start(), toks[k].end()
    j = k
    while j + 1 < len(toks) and toks[j + 1].group()[:1].isupper() and text[toks[j].end():toks[j + 1].start()].strip() == "":
        j += 1
    s = toks[0].start() if k else toks[k].start()
    return s, toks[j].end()


def attribute_article(sentences: list[str]) -> list[Attribution]:
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
    for s in sentences:
        was_open = open_q
        att, open_q = attribute_sentence(s, open_q)
        if was_open:
            groups.append(gid)
        elif att.quotes and not att.quotes[-1].closed:
            gid += 1
            groups.append(gid)
        else:
            groups.append(-1)
        out.append(att)
    # pronoun speakers
    last_src: tuple | None = None
    last_at = -10
    for i, att in enumerate(out):
        if att.source_type == "pronoun":
            if last_src is not None and i - last_at <= 3:
                att.attribution, stype, ref = last_src
                att.source_type = stype
                att.inherited = f"pronoun '{att.source}' refers to {ref}"
            else:
                ref = _antecedent(sentences[i - 1]) if i else None
                if ref:
                    st = source_type(ref)
                    att.source_type = st if st != "vague" else "person"
                    att.attribution = _label_for(att.source_type)
                    att.inherited = f"pronoun '{att.source}' refers to {ref}"
                else:
                    att.source_type = "person"
                    att.attribution = "named"
                    att.inherited = "pronoun without an antecedent"
        if att.source and att.source_type not in ("pronoun", None):
            if att.source_type != "pronoun" and not att.inherited:
                last_src = (att.attribution, att.source_type, att.source)
            last_at = i
    # multi-sentence quotations share a speaker
    by_group: dict[int, Attribution] = {}
    for g, att in zip(groups, out):
        if g >= 0 and att.cue and att.attribution != "unattributed":
            by_group.setdefault(g, att)
    for i, (g, att) in enumerate(zip(groups, out)):
        if g >= 0 and not att.cue and g in by_group:
            _inherit(att, by_group[g], "inside a quotation that runs over several sentences")
    # a quotation with no cue takes the neighbouring speaker
    for i, att in enumerate(out):
        if att.quote and not att.cue and att.inherited in ("", "quotation without a speaker"):
            prev = out[i - 1] if i else None
            nxt = out[i + 1] if i + 1 < len(out) else None
            if prev is not None and prev.cue and prev.quote:
                _inherit(att, prev, "quotation continuing the previous sentence's speaker")
            elif nxt is not None and nxt.cue and nxt.quote:
                _inherit(att, nxt, "quotation whose speaker follows")
    return out


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
