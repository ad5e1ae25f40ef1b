"""Names: who holds which office.

An office is a qualifier (a country or body from `qualifiers`) and a title
(`titles`), with an optional modifier (`modifiers`: former, acting, deputy...).
These phrasings are found, whatever the qualifier and title:

- "<qualifier> <title> <Name>"        NATO Secretary General Mark Rutte,
                                      Britain's Prime Minister Keir Starmer
- "<title> of <qualifier> <Name>"     President of the European Commission Ursula von der Leyen
- "<Name>, <qualifier>'s <title>"     Mark Rutte, NATO's secretary general
- "the <qualifier> <title>, <Name>"   the French president, Emmanuel Macron
- "the head of the <qualifier> government <Name>" (the qualifier's head_of_government)
- "<Title> <Name>" with no qualifier  Prime Minister Keir Starmer: joins the same
  person's qualified office elsewhere in the corpus, else is dropped.

"chief", "head" and "leader" mean the qualifier's `chief` office (NATO chief:
Secretary General), else its head of state when that is a president, else its
head of government. A "former" or "incoming" office is another office.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..models import Kind, Mention, Office, Person
from ..normalize.dates import MONTHS, WEEKDAYS
from ..rules import Entry, Rules
from .context import Context, alternation

_TOKEN = r"(?:\p{Lu}[\p{L}'\-]*\p{L}|\p{Lu}\.(?:\p{Lu}\.)?)"
_PARTICLE = r"(?:von|van|der|den|de|del|della|da|di|du|la|le|bin|ibn|al|el|ter|ten|dos|das|zu)"
NAME = rf"(?P<name>{_TOKEN}(?:[ ](?:{_PARTICLE}[ ])*{_TOKEN}){{0,3}})"
_STOP = {
    "the", "a", "an", "and", "but", "or", "in", "on", "at", "for", "of", "to", "by", "with",
    "said", "says", "told", "this", "that", "it", "he", "she", "his", "her", "they", "their",
    "who", "after", "before", "during", "while", "when", "meanwhile", "also", "has", "had",
    "is", "was", "will", "would", "as", "if", "from", "since", "last", "next", "today",
    "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "administration", "government", "office", "speaking",
} | set(MONTHS) | set(WEEKDAYS)


@dataclass(frozen=True)
class NameHit:
    start: int
    end: int
    name: str
    qualifier: Entry | None
    title: Entry
    modifiers: tuple[Entry, ...]


class NamePatterns:
    def __init__(self, rules: Rules) -> None:
        self.qualifier_of: dict[str, Entry] = {}
        for q in rules.qualifiers:
            for v in q.get("variants", []):
                self.qualifier_of[v] = q
        self.title_of = {v.lower(): t for t in rules.titles for v in t.get("variants", [])}
        self.titles = {t.id: t for t in rules.titles}
        self.modifier_of = {v.lower(): m for m in rules.modifiers for v in m.get("variants", [])}
        before = [v for m in rules.modifiers if not m.get("joins_title") for v in m.get("variants")]
        inside = [v for m in rules.modifiers if m.get("joins_title") for v in m.get("variants")]
        q = alternation(self.qualifier_of)
        t = alternation(self.title_of, "i")
        t_cap = alternation([v for v in self.title_of if v[:1].isalpha()] and
                            [v for t_ in rules.titles for v in t_.get("variants", [])
                             if v[:1].isupper()])
        m1 = rf"(?:(?P<m1>{alternation(before, 'i')})(?:\s+|(?<=-)))"
        m2 = rf"(?:(?P<m2>{alternation(inside)})(?:\s+|(?<=-)))"
        poss = r"(?:'s?)?"
        lead = r"(?<![\w'.-])"
        self.forms = [
            ("qualified", regex.compile(
                rf"{lead}{m1}?(?P<q>{q}){poss}\s+{m2}?(?P<t>{t})\s+{NAME}")),
            ("title-of", regex.compile(
                rf"{lead}{m1}?{m2}?(?P<t>{t})\s+of\s+(?:the\s+)?(?P<q>{q}),?\s+{NAME}")),
            ("head-of", regex.compile(
                rf"{lead}(?:the\s+)?(?i:head|leader)\s+of\s+(?:the\s+)?(?P<q>{q})\s+"
                rf"(?P<hog>government|state)\s*,?\s+{NAME}")),
            ("the-title-comma", regex.compile(
                rf"{lead}(?i:the)\s+{m1}?(?P<q>{q}){poss}\s+{m2}?(?P<t>{t}),\s+{NAME}")),
            ("name-comma", regex.compile(
                rf"{lead}{NAME},\s+(?:(?i:the|a)\s+)?{m1}?(?P<q>{q}){poss}\s+{m2}?(?P<t>{t})"
                rf"(?=\s*[,.;)]|\s+(?:and|who|said|says)\b)")),
            ("name-comma-of", regex.compile(
                rf"{lead}{NAME},\s+(?:(?i:the|a)\s+)?{m1}?{m2}?(?P<t>{t})\s+of\s+(?:the\s+)?"
                rf"(?P<q>{q})(?=\s*[,.;)]|\s+(?:and|who|said|says)\b)")),
            ("unqualified", regex.compile(
                rf"{lead}{m1}?{m2}?(?P<t>{t_cap})\s+{NAME}")),
        ]


_PATTERNS: dict[str, NamePatterns] = {}


def patterns_for(rules: Rules) -> NamePatterns:
    p = _PATTERNS.get(rules.digest)
    if p is None:
        p = _PATTERNS[rules.digest] = NamePatterns(rules)
    return p


def extract(ctx: Context) -> list[Mention]:
    np = patterns_for(ctx.rules)
    hits: list[NameHit] = []
    spans: list[tuple[int, int]] = []
    for form, pattern in np.forms:
        for m in pattern.finditer(ctx.scan, overlapped=False):
            name_span = m.span("name")
            if any(s < name_span[1] and name_span[0] < e for s, e in spans):
                continue
            if ctx.source.is_excluded(m.start(), m.end()):
                continue
            hit = _hit(np, m, form)
            if hit is not None:
                hits.append(hit)
                spans.append(name_span)
    return [_mention(ctx, h) for h in sorted(hits, key=lambda h: h.start)]


def _clean_name(np: NamePatterns, raw: str) -> str | None:
    words = raw.split(" ")
    out = []
    for w in words:
        bare = w.rstrip(".").removesuffix("'s").removesuffix("'")
        if bare.lower() in _STOP or bare.lower() in np.title_of:
            break
        out.append(w.removesuffix("'s").removesuffix("'"))
        if w.endswith("'s") or w.endswith("'"):
            break
    while out and out[-1].lower() in {"von", "van", "der", "de", "da", "di", "du", "la", "le"}:
        out.pop()
    if not out or not any(regex.search(r"\p{Ll}", w) for w in out):
        return None
    return " ".join(out)


def _hit(np: NamePatterns, m: regex.Match, form: str) -> NameHit | None:
    name = _clean_name(np, m.group("name"))
    if name is None:
        return None
    g = m.groupdict()
    qualifier = np.qualifier_of.get(g["q"]) if g.get("q") else None
    if form == "head-of":
        which = "head_of_government" if g["hog"] == "government" else "head_of_state"
        title = np.titles.get(qualifier.get(which, "")) if qualifier else None
    else:
        title = np.title_of.get(g["t"].lower())
        if title is not None and title.id == "chief" and qualifier is not None:
            title = np.titles.get(_chief_of(qualifier) or "")
        elif title is not None and title.id == "chief":
            return None
    if title is None:
        return None
    mods = tuple(
        np.modifier_of[g[k].lower()] for k in ("m1", "m2") if g.get(k)
        and g[k].lower() in np.modifier_of
    )
    start = m.start()
    end = m.end()
    return NameHit(start, end, name, qualifier, title, mods)


def _chief_of(q: Entry) -> str | None:
    if q.get("chief"):
        return q.get("chief")
    if q.get("head_of_state") == "president":
        return "president"
    return q.get("head_of_government")


def office_of(hit: NameHit) -> Office:
    tense = "current"
    prefix, inside = [], []
    for mod in hit.modifiers:
        if mod.get("joins_title"):
            inside.append(mod.get("label", mod.id))
        else:
            tense = mod.get("tense", "current")
            prefix.append(mod.get("label", mod.id))
    title = " ".join(inside + [hit.title.get("label", hit.title.id)])
    if inside:
        title = title.replace("Vice President", "Vice-President")
    q = hit.qualifier.get("label", hit.qualifier.id) if hit.qualifier else ""
    display = " ".join(x for x in (*prefix, q, title) if x)
    return Office(title=title, qualifier=hit.qualifier.id if hit.qualifier else "",
                  tense=tense, display=display)


def _mention(ctx: Context, h: NameHit) -> Mention:
    office = office_of(h)
    prefix = [m.id for m in h.modifiers if not m.get("joins_title")]
    parts = [*prefix, h.qualifier.id if h.qualifier else "*", office.title]
    claim = "-".join(regex.sub(r"[^a-z0-9*]+", "-", p.lower()).strip("-") for p in parts)
    if not h.title.get("unique", True):
        claim += "#person"  # many people hold it at once: one claim per person
    return ctx.mention(Kind.NAME, claim, office.display, Person(h.name, h.name), h.start, h.end,
                       False, rule=h.title.id, office=office)
