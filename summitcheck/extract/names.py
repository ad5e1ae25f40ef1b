"""Names: who holds which office.

An office is a qualifier (a country or body from `qualifiers`) and a title
(`titles`), with an optional modifier (`modifiers`: former, acting, deputy...).
These phrasings are found, whatever the qualifier and title:

- "<qualifier> <title> <Name>"        NATO Secretary General Mark Rutte,
                                      Britain's Prime Minister Keir Starmer
- "<title> of <qualifier> <Name>"     President of the European Commission Ursula von der Leyen
- "<Name>, <qualifier>'s <title>"     Mark Rutte, NATO's secretary general
- "the <qualifier> <title>, <Name>"   the French president, Emmanuel Macron
- "the <title> of <qualifier>, <Name>" the president of the European Commission, Ursula von der Leyen
- "the head of the <qualifier> government <Name>" (the qualifier's head_of_government)
- "<Title> <Name>" with no qualifier  Prime Minister Keir Starmer: joins the same
  person's qualified office elsewhere in the corpus, else is dropped.

- "<qualifier>'s <Name>"               Canada's Justin Trudeau: no title; joins the one
  current office the same person holds under that qualifier elsewhere (implied: it
  corroborates, but is no source for the claim's status), else is dropped.

"chief", "head" and "leader" mean the qualifier's `chief` office (NATO chief:
Secretary General), else its head of state when that is a president, else its
head of government. A "former" or "incoming" office is another office.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass

from ..candidates import Keywords, letters_of, windows_around
from ..models import Kind, Mention, Office, Person
from ..normalize.dates import MONTHS, WEEKDAYS
from ..regexes import regex
from ..rules import Entry, Rules
from .context import PROSE_REACH, SAYING, Context, Taken, alternation

# \p{Cf} inside a word: soft hyphens and zero-width characters from web copy
# ("Zelen\u00adsky") belong to the name and are dropped from its value.
# ("al-Thani", "el-Sisi": an Arabic article joined to a capitalised name)
_TOKEN = (r"(?:\p{Lu}[\p{L}\p{Cf}'\-]*\p{L}|\p{Lu}\.(?:\p{Lu}\.)?"
          r"|(?:al|el|ad|as|ash|at|az|ul)-\p{Lu}[\p{L}\p{Cf}'\-]*\p{L})")
_FORMAT_CHARS = regex.compile(r"\p{Cf}")
# ("Mishal Al-Ahmad Al-Jaber Al-Sabah" is written "Mishal Al Ahmad Al Jaber Al Sabah" too)
_PARTICLE = (r"(?:von|van|der|den|de|del|della|da|di|du|la|le|bin|bint|ibn|al|el|ter|ten|dos|das"
             r"|zu|Al|Bin|Ibn)")
NAME = rf"(?P<name>{_TOKEN}(?:[ ](?:{_PARTICLE}[ ])*{_TOKEN}){{0,4}})"
_STOP = {
    "the", "a", "an", "and", "but", "or", "in", "on", "at", "for", "of", "to", "by", "with",
    "said", "says", "told", "this", "that", "it", "he", "she", "his", "her", "they", "their",
    "who", "after", "before", "during", "while", "when", "meanwhile", "also", "has", "had",
    "is", "was", "will", "would", "as", "if", "from", "since", "last", "next", "today",
    "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "administration", "government", "office", "speaking",
} | set(MONTHS) | set(WEEKDAYS)


# names and qualifier runs read, kept for the next article: so many, so long at most
CACHED, CACHED_LENGTH = 50_000, 200
# what "<Name>, <qualifier>'s <title>" has after its title
FOLLOW = r"(?=\s*[,.;)]|\s+(?:and|who|said|says|has|had|is|was|will)\b)"
# What a match of a form always holds besides its title (a form not listed needs nothing).
FORM_NEEDS = {
    "title-of": ("of",), "head-of": ("of",), "the-title-comma": (",",), "name-comma": (",",),
    "name-comma-of": (",", "of"), "the-unqualified-comma": (",",),
}
# Forms without a title ("Canada's Justin Trudeau") cannot be found around titles:
# they are run around apostrophes only.
UNTITLED_FORMS = {"possessive"}
POSSESSIVE_BEFORE, POSSESSIVE_AFTER = 120, 160  # a qualifier of four words; a name of four
_LOWER = regex.compile(r"\p{Ll}")
# "then" after a preposition or "the" ("met with then US President Barack Obama"; not "and
# then President Trump said"): the office as it was
_THEN_BEFORE = regex.compile(
    r"(?i)\b(?:the|with|by|under|to|from|of|for|between|against|as|met|when|while|after|before|"
    r"since|where)\s+then[\s-]+\Z")
_THEN_AFTER_COMMA = regex.compile(r"(?:[,;]|\band|\bor)\s+then\s+\Z")
_SENTENCE_BREAK = regex.compile(r"\p{Ll}{2}[.!?]\s+\p{Lu}")
# a capitalised word or "for"/"of" right before a country: the country is part of a
# name ("Reform UK leader Nigel Farage", "Forza Italia leader", "Alternative for Germany")
_PARTY_BEFORE = regex.compile(
    r"(?:\b(?!(?:The|A|An|This|That|Its|His|Her|Their|Our|Then|Former|Outgoing)[ ])\p{Lu}[\p{L}'-]*"
    r"|\bfor|\bof)[ ]\Z")
_NOT_SLUG = regex.compile(r"[^a-z0-9*]+")


@dataclass(frozen=True)
class NameHit:
    start: int
    end: int
    name: str
    qualifier: Entry | None
    title: Entry
    modifiers: tuple[Entry, ...]
    name_start: int
    name_end: int


# A run of capitalised words that may end in (or, after "of", start with) a
# qualifier. Matching the run and looking its words up in a dict is far cheaper
# than a regex alternation of 760 country and body names.
_RUN_WORD = r"\p{Lu}[\p{L}.'-]*"
_RUN_JOIN = rf"[ ](?:(?:of|the|and|{_PARTICLE})[ ]){{0,2}}"
QRUN = rf"(?P<q>{_RUN_WORD}(?:{_RUN_JOIN}{_RUN_WORD}){{0,5}}?)"
QRUN_GREEDY = rf"(?P<q>{_RUN_WORD}(?:{_RUN_JOIN}{_RUN_WORD}){{0,7}})"


class NamePatterns:
    def __init__(self, rules: Rules) -> None:
        self.qualifier_of: dict[str, Entry] = {}
        for q in rules.qualifiers:
            for v in q.get("variants", []):
                self.qualifier_of[v] = q
        self.title_of = {v.lower(): t for t in rules.titles for v in t.get("variants", [])}
        self.titles = {t.id: t for t in rules.titles}
        self.qualifier_by_id = {q.id: q for q in rules.qualifiers}
        self.modifier_of = {v.lower(): m for m in rules.modifiers for v in m.get("variants", [])}
        before = [v for m in rules.modifiers if not m.get("joins_title") and not m.get("exact_case")
                  for v in m.get("variants")]
        # "the new German chancellor": "new" as written only ("New Zealand" is a country)
        exact = [v for m in rules.modifiers if not m.get("joins_title") and m.get("exact_case")
                 for v in m.get("variants")]
        inside = [v for m in rules.modifiers if m.get("joins_title") for v in m.get("variants")]
        t = alternation(self.title_of, "i")
        # a title with no country before it names someone when capitalised, or when
        # written in two words or more ("foreign minister Sergei Lavrov", house style)
        unqualified = [v for t_ in rules.titles for v in t_.get("variants", []) if v[:1].isupper()]
        unqualified += [v.lower() for v in unqualified if " " in v]
        t_cap = alternation(unqualified)
        mods = alternation(before, "i") + (f"|{alternation(exact)}" if exact else "")
        m1 = rf"(?:(?P<m1>{mods})(?:\s+|(?<=-)))"
        m1b = rf"(?:(?P<m1b>{mods})(?:\s+|(?<=-)))"  # "Romanian interim President"
        m2 = rf"(?:(?P<m2>{alternation(inside)})(?:\s+|(?<=-)))"
        lead = r"(?<![\w'.-])"
        follow = FOLLOW
        self.forms = [
            ("qualified", _compile(
                rf"{lead}{m1}?{QRUN}\s+{m1b}?{m2}?(?P<t>{t})\s+{NAME}")),
            ("title-of-comma", _compile(
                rf"{lead}(?i:the)\s+{m1}?{m2}?(?P<t>{t})\s+of\s+(?:the\s+)?{QRUN_GREEDY},\s+{NAME}")),
            ("title-of", _compile(
                rf"{lead}{m1}?{m2}?(?P<t>{t})\s+of\s+(?:the\s+)?{QRUN_GREEDY}")),
            ("head-of", _compile(
                rf"{lead}(?:the\s+)?(?i:head|leader)\s+of\s+(?:the\s+)?{QRUN}\s+"
                rf"(?P<hog>government|state)\s*,?\s+{NAME}")),
            ("the-title-comma", _compile(
                rf"{lead}(?:(?i:the)\s+)?{m1}?{QRUN}\s+{m1b}?{m2}?(?P<t>{t}),\s+{NAME}")),
            ("name-comma", _compile(
                rf"{lead}{NAME},\s+(?:(?i:the|a)\s+)?{m1}?{QRUN}\s+{m1b}?{m2}?(?P<t>{t}){follow}")),
            ("name-comma-of", _compile(
                rf"{lead}{NAME},\s+(?:(?i:the|a)\s+)?{m1}?{m2}?(?P<t>{t})\s+of\s+(?:the\s+)?"
                rf"{QRUN_GREEDY}{follow}")),
            ("the-unqualified-comma", _compile(
                rf"{lead}(?i:the)\s+{m1}?{m2}?(?P<t>{t}),\s+{NAME}")),
            ("unqualified", _compile(
                rf"{lead}{m1}?{m2}?(?P<t>{t_cap})\s+{NAME}")),
            # "Canada's Justin Trudeau": no title; joins the office the same person holds
            # under that qualifier elsewhere in the corpus (audit.resolve_people), else dropped
            ("possessive", _compile(
                rf"{lead}(?P<q>\p{{Lu}}[\p{{L}}.-]*(?:[ ]\p{{Lu}}[\p{{L}}.-]*){{0,3}})'s?\s+{NAME}")),
        ]
        self.title_words = {w.lower() for t_ in rules.titles for v in t_.get("variants", [])
                            for w in v.split()} | set(self.modifier_of)
        # Every form holds a title (or "head of", "leader of"), and is made of
        # capitalised words, spaces, , . ' - and the lower-case words written in
        # the forms: the forms are run only on such stretches around a title.
        self.triggers = Keywords([*self.title_of, "head", "leader"])
        # an archive writes the same names and offices again and again: each read once
        self.offices: dict[tuple, tuple[Office, str]] = {}
        self.clean: dict[str, str | None] = {}
        self.suffix: dict[str, tuple | None] = {}
        self.capitalised = frozenset(unqualified)
        self.allowed = letters_of(p.pattern for _, p in self.forms)
        self.pattern_of = dict(self.forms)

    def qualifier_suffix(self, run: str) -> tuple[int, Entry, Entry | None] | None:
        """The longest qualifier that ends `run` ("On Sunday British" -> British):
        (its offset in run, the qualifier, a modifier word just before it)."""
        try:
            return self.suffix[run]
        except KeyError:
            return _remember(self.suffix, run, self._qualifier_suffix(run))

    def _qualifier_suffix(self, run: str) -> tuple[int, Entry, Entry | None] | None:
        words = run.split(" ")
        for k in range(len(words), 0, -1):
            cand = " ".join(words[-k:])
            q = self.qualifier_of.get(_unpossess(cand))
            if q is not None and words[-k] not in ("of", "the", "and"):
                offset = len(" ".join(words[:-k])) + (1 if k < len(words) else 0)
                mod = self.modifier_of.get(words[-k - 1].lower()) if k < len(words) else None
                return offset, q, mod
        return None

    def qualifier_prefix(self, run: str) -> tuple[Entry, str] | None:
        """The longest qualifier that starts `run`, and the rest of it
        ("European Commission Ursula von der Leyen" -> European Commission, the name)."""
        words = run.split(" ")
        for k in range(len(words), 0, -1):
            q = self.qualifier_of.get(_unpossess(" ".join(words[:k])))
            if q is not None:
                return q, " ".join(words[k:])
        return None


# White space inside a form: a line break, but not a paragraph's ("...on Ukraine\n\n
# President Trump rolled out..." is no Ukrainian president)
_SPACES = r"(?:[^\S\n]+\n?[^\S\n]*|\n[^\S\n]*)"
_SPACES_OR_NONE = r"(?:[^\S\n]*\n?[^\S\n]*)"


def _compile(pattern: str) -> regex.Pattern:
    """A form's pattern, its white space kept within a paragraph."""
    return regex.compile(pattern.replace(r"\s+", _SPACES).replace(r"\s*", _SPACES_OR_NONE))


def _unpossess(word: str) -> str:
    return word[:-2] if word.endswith("'s") else word[:-1] if word.endswith("'") else word


_PATTERNS: dict[str, NamePatterns] = {}


def patterns_for(rules: Rules) -> NamePatterns:
    p = _PATTERNS.get(rules.digest)
    if p is None:
        p = _PATTERNS[rules.digest] = NamePatterns(rules)
    return p


def extract(ctx: Context) -> list[Mention]:
    np = patterns_for(ctx.rules)
    hits: list[NameHit] = []
    found = Taken()  # the names found so far
    named_after: dict[int, int] = {}  # where the titles that a name follows end -> their hits
    then: set[int] = set()  # where the hits that may agree, never dispute, start (a past year...)
    for form, m in _outside_excluded(np, ctx):
        if form != "title-of" and found.meets(m.start("name"), m.start("name") + 1):
            continue  # the name would start inside one found already (see below)
        ambiguous = form in _NAME_BEFORE and m.end("t") in named_after
        if ambiguous and " " not in m.group("name"):
            # a list written title first: "..., Merz, the Italian prime minister, Giorgia
            # Meloni, ...": the title names the one after it, not the bare surname of the
            # item before it (the forms with the name after run first)
            continue
        at = m.start()
        q = m.groupdict().get("q") or ""
        if " and " in q:
            # "Olaf Scholz and the Polish prime minister, Donald Tusk": the list item is
            # what follows the last "and"
            at = m.start("q") + q.rindex(" and ") + 5
        if form in _NAME_AFTER and _named_first(np, ctx.scan, at, found):
            # a list written name first: "..., Giorgia Meloni, the Italian prime minister,
            # Olaf Scholz, the outgoing German chancellor, ...": the title is the one of
            # the full name before it, which no title before has taken (name-comma's)
            continue
        hit = _hit(np, m, form)
        if hit is None or found.meets(hit.name_start, hit.name_end):
            continue
        if all(m.get("same_office") for m in hit.modifiers) and _of_a_past_year(ctx, hit.start):
            # "In 2015, US President Barack Obama met Putin", "the 1995 Chequers
            # declaration, in which ... French president Jacques Chirac had stated": the
            # office as it was then, which may corroborate, never dispute
            then.add(hit.start)
        if ambiguous:
            # "between Tony Abbott, the US president, Barack Obama, and ...": a full name on
            # each side; which one it names, the list does not say: either may agree with
            # what others write, neither disputes (not "Speaking at Lancaster House, the
            # British prime minister, Keir Starmer": no name before it)
            then.update((hit.start, named_after[m.end("t")]))
        hits.append(hit)
        found.append((hit.name_start, hit.name_end))
        if form in _NAME_AFTER:
            named_after[m.end("t")] = hit.start
    out = [_mention(ctx, h) for h in sorted(hits, key=lambda h: h.start)]
    return [m.evolve(inferred=True) if m.start in then else m for m in out] if then else out


def _of_a_past_year(ctx: Context, start: int) -> bool:
    """Whether the sentence names a year before the article's ahead of `start` ("In 2015,",
    "the 1995 Chequers declaration", "in March 2018"); not one a state has lasted since
    ("Since 2017, President Macron has...")."""
    if ctx.reference is None:
        return False
    s0, _ = ctx.segs.sentence_of(start)
    ly = _LAST_YEAR.search(ctx.scan, max(s0, start - 200), start)
    if (ly is not None and ly.group().lower().endswith(("'s", "\u2019s", "ago"))
            and not _SINCE.search(ctx.scan, max(s0, ly.start() - 40), ly.start())
            and not _THAN.search(ctx.scan, max(s0, ly.start() - 12), ly.start())):
        # "At last year's APEC summit, in Lima, ... outgoing US president Barack Obama"; not
        # "spend more than last year, Secretary General Jens Stoltenberg said"
        return True
    # (within PROSE_REACH of the name: a sentence that never ends must not be read whole for
    # each name; after it, only up to a saying verb: "Rutte told the summit that allies must
    # spend as they did during the Cold War" is what he said, not when he held the office)
    s1 = min(ctx.segs.sentence_of(start)[1], start + PROSE_REACH)
    said = SAYING.search(ctx.scan, start, s1)
    era = _PAST_ERA.search(ctx.scan, max(s0, start - PROSE_REACH), said.start() if said else s1)
    if era is not None and not (era.group(1) and int(era.group(1)[:4]) >= ctx.reference.year // 10 * 10):
        # "signed by General Charles de Gaulle and Chancellor Konrad Adenauer less than two
        # decades after World War II", "in the 1960s"
        return True
    for y in _YEAR.finditer(ctx.scan, max(s0, start - 200), start):
        if int(y.group(1)) < ctx.reference.year and not _SINCE.search(
                ctx.scan, max(s0, y.start() - 40), y.start()):
            return True
    return False


_PAST_ERA = regex.compile(
    r"(?i)\b(?:(?:decades?|years?)\s+(?:after|before)\s+(?:the\s+end\s+of\s+)?(?:World\s+War|the\s+"
    r"(?:Second|First)\s+World\s+War|the\s+(?:war|Cold\s+War))|in\s+the\s+((?:19|20)\d0)s|during\s+the\s+"
    r"Cold\s+War)\b")
_YEAR = regex.compile(r"(?<![\w./-])((?:19|20)\d\d)(?![\w/-]|\.\d)")
_LAST_YEAR = regex.compile(
    r"(?i)\b(?:last|previous)\s+year(?:['\u2019]s)?\b|\b(?:a|one|two|three|\d+)\s+years?\s+ago\b")
_THAN = regex.compile(r"(?i)\b(?:than|on|over|from|since)\s+\Z")
_SINCE = regex.compile(r"(?i)\b(?:since|from)\b[^.;,]*\Z")


def _named_first(np: NamePatterns, scan: str, start: int, found: Taken) -> bool:
    """Whether a title starting at `start` follows ", <Full Name>, " as an item of a list
    (after a comma, "and", "were", "including" or a sentence's start) that no title
    found so far names."""
    m = _ITEM_BEFORE.search(scan, max(0, start - 160), start)
    if m is None or found.meets(m.start("p"), m.end("p")):
        return False
    words = m.group("p").split(" ")
    return not any(w.lower() in _NOT_A_PERSON or w in np.qualifier_of for w in words)


_ITEM_BEFORE = regex.compile(
    rf"(?:\A|[,;]\s+|\b(?:and|were|was|include|includes|included|including|did|among|joined|with)\s+|[.:]\s+)"
    # (a middle initial without its full stop: "George W Bush, the United States president,")
    rf"(?P<p>{_TOKEN}(?:[ ](?:{_PARTICLE}[ ])*(?:{_TOKEN}|\p{{Lu}}(?=[ ]))){{1,4}}),\s+\Z")


# the forms whose name follows the title, and those whose name comes before it
_NAME_AFTER = {"the-title-comma", "title-of-comma", "the-unqualified-comma"}
_NAME_BEFORE = {"name-comma", "name-comma-of"}
_AND_WORD = regex.compile(r"\sand\s")


def _another_before_and(between: str, qualifier: Entry | None) -> bool:
    """Whether the words between a modifier and its title join another person ("Donald
    Trump and Ukraine's"), not a country's name ("Trinidad and Tobago")."""
    if qualifier is not None:
        for v in (qualifier.get("label", ""), *(qualifier.get("variants") or ())):
            if " and " in v:
                between = between.replace(v, "")
    return _AND_WORD.search(between) is not None
_SAID_AFTER = regex.compile(r"\s+(?:(?:has|had|was|will)\s+\w+|said|says)\b")
_OBJECT_BEFORE = regex.compile(r"(?i)\b(?:with|to|from|by|after|before|alongside|beside|for)\s+\Z")
_ALNUM = regex.compile(r"[\p{L}\p{M}\p{N}]")  # a letter or digit as the patterns read them


def _outside_excluded(np: NamePatterns, ctx: Context) -> Iterator[tuple[str, regex.Match]]:
    """form_matches() outside the text left out of extraction: a match that runs into
    excluded text is matched again in what it covers on either side of it, so that a
    capitalised word of another script left out before "Greek Prime Minister Kyriakos
    Mitsotakis", or after it, neither becomes part of the mention nor takes it away.
    Not beside excluded text that cuts a word: "Keir S<letter left out>tarmer" gives
    no "Prime Minister Keir", "Do<letter left out>ald Trump" no "President Do"."""
    source, scan = ctx.source, ctx.scan
    excluded = source.excluded

    def cut(at: int) -> bool:  # a letter or digit on both sides of offset `at`
        return 0 < at < len(scan) and bool(_ALNUM.match(scan, at - 1)) and bool(_ALNUM.match(scan, at))

    for form, m in form_matches(np, scan, ctx.lower, ctx.hits("names")):
        lo, hi = m.span()
        if not source.is_excluded(lo, hi):
            yield form, m
            continue
        pattern = np.pattern_of[form]
        i = max(0, bisect.bisect_left(excluded, (lo,)) - 1)
        after_cut = False  # the excluded text just before `lo` cuts a word
        while lo < hi:
            while i < len(excluded) and excluded[i][1] <= lo:
                i += 1
            s, e = excluded[i] if i < len(excluded) else (hi, hi)
            if s > lo and not after_cut and not (s < hi and cut(s)):  # lo to s is not excluded
                yield from ((form, k) for k in pattern.finditer(scan, lo, min(s, hi)))
            after_cut = cut(e)
            lo = max(lo, e)


# Words that make a capitalised run an organisation or a place, not a person
# ("head of the Russian Direct Investment Fund", "Britain's Royal Air Force").
_NOT_A_PERSON = {
    "fund", "bank", "ministry", "council", "party", "agency", "committee", "office", "service",
    "services", "forces", "force", "army", "navy", "company", "group", "institute", "university",
    "news", "times", "post", "newspaper", "television", "radio", "house", "palace", "base",
    "summit", "union", "commission", "court", "parliament", "assembly", "congress", "senate",
    "government", "administration", "foundation", "corporation", "media", "press", "network",
    "church", "street", "square", "airport", "embassy", "kremlin", "foreign", "defence", "defense",
    "economy", "treasury", "republic", "kingdom", "state", "states", "federation", "fleet",
    "guard", "command", "council's", "alliance", "bloc", "navy's", "air",
}


def form_matches(np: NamePatterns, scan: str, low: str | None,
                 hits: list[tuple[int, str]] | None = None) -> Iterator[tuple[str, regex.Match]]:
    """Every match of every form, form by form, as a scan of the whole text finds
    them; the forms with a title run only on the stretches around titles (see
    candidates.py), and only where a title is followed by what the form needs after
    it. `hits`: the triggers not preceded by a letter or digit, when already found."""
    if low is None:
        for form, pattern in np.forms:
            yield from ((form, m) for m in pattern.finditer(scan))
        return
    # titles with no letter or digit after them, nor before them but a number that is
    # not a digit ("\u00b2", "\u2460": a form's lead takes it)
    n = len(low)
    triggers = [(s, e) for s, w in (np.triggers.hits(low) if hits is None else hits)
                if (e := s + len(w)) >= n or not low[e].isalnum()
                if not s or not low[s - 1].isalnum() or _ODD_NUMERIC.match(low, s - 1)]
    windows = windows_around(scan, triggers, np.allowed)
    # what follows the titles of each window
    followed: list[set[str]] = [set() for _ in windows]
    los = [lo for lo, _ in windows]
    for s, e in triggers:
        found = followed[bisect.bisect_right(los, s) - 1]
        for what in _after_title(scan, e):
            found.add(what)
        if scan[s:e] in np.capitalised:
            found.add("capitalised")
    texts = [scan[lo:hi] for lo, hi in windows]
    for form, pattern in np.forms:
        if form in UNTITLED_FORMS:
            for lo, hi in _around_possessives(scan):
                yield from ((form, m) for m in pattern.finditer(scan, lo, hi))
            continue
        needs = FORM_NEEDS.get(form, ())  # a window without the comma or "of" it needs
        after = FORM_AFTER[form]
        for (lo, hi), t, found in zip(windows, texts, followed, strict=True):
            if after <= found and all(x in t for x in needs):
                yield from ((form, m) for m in pattern.finditer(scan, lo, hi))


# What each form has right after its title ("head of" for head-of): a title followed by
# nothing a form needs has no match there. "capitalised": the title as written is one
# of the capitalised variants (the unqualified form's).
FORM_AFTER = {
    "qualified": {"space"}, "unqualified": {"space", "capitalised"},
    "the-title-comma": {"comma"}, "the-unqualified-comma": {"comma"},
    "title-of-comma": {"of"}, "title-of": {"of"}, "name-comma-of": {"of"}, "head-of": {"of"},
    "name-comma": {"follow"},
}
_AFTER_REACH = 200
_AFTER = {
    "space": regex.compile(r"\s+\p{Lu}"),  # then a name
    "comma": regex.compile(r",\s+\p{Lu}"),
    "of": regex.compile(r"\s+of\s"),
    "follow": regex.compile(FOLLOW),
}


def _after_title(scan: str, e: int) -> list[str]:
    """Which of _AFTER's shapes follow a title ending at `e`."""
    c = scan[e:e + 1]
    if c == ",":
        tried = ("comma", "follow")
    elif c.isspace():
        tried = ("space", "of", "follow")
    elif c and c in ".;)":
        tried = ("follow",)
    else:
        return []
    # (with an end: the regex module looks for the "of" it needs as far as the text goes)
    return [what for what in tried if _AFTER[what].match(scan, e, e + _AFTER_REACH)]


def _around_possessives(scan: str) -> list[tuple[int, int]]:
    """Stretches around every apostrophe, where a possessive form can match: from a
    word start POSSESSIVE_BEFORE characters before it (the qualifier's words) to
    POSSESSIVE_AFTER after it (the name), overlapping ones merged; only the stretches
    holding an apostrophe that can be a possessive's ("Canada's Justin")."""
    out: list[tuple[int, int, bool]] = []
    n = len(scan)
    i = scan.find("'")
    last_p, last_lo = -1, 0  # the walk before: where it started and where it stopped
    while i >= 0:
        p = lo = max(0, i - POSSESSIVE_BEFORE)
        while lo > 0 and not scan[lo - 1].isspace():
            if lo == last_p:  # the walk goes on as the last one did ("a'a'a'..." once)
                lo = last_lo
                break
            lo -= 1
        last_p, last_lo = p, lo
        hi = min(n, i + POSSESSIVE_AFTER)
        possessive = _POSSESSIVE_AT.match(scan, i) is not None
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi, out[-1][2] or possessive)
        else:
            out.append((lo, hi, possessive))
        i = scan.find("'", i + 1)
    return [(lo, hi) for lo, hi, possessive in out if possessive]


# what str.isalnum takes for a letter or digit and the patterns do not take for \\w: the
# numbers that are not digits ("\u00b2", "\u00bd", "\u2460"; tests/test_candidates.py)
_ODD_NUMERIC = regex.compile(r"[\p{Numeric_Type=Digit}\p{Numeric_Type=Numeric}]")
# the possessive form's apostrophe: after the last letter of the qualifier, before the name
_POSSESSIVE_AT = regex.compile(r"(?<=[\p{L}.-])'s?\s+\p{Lu}")


def _clean_name(np: NamePatterns, raw: str) -> str | None:
    try:
        return np.clean[raw]
    except KeyError:
        return _remember(np.clean, raw, _cleaned(np, raw))


def _remember(memo: dict, key: str, found):
    """`found`, kept in `memo` under `key` when the key is short (an archive repeats short
    runs and names; a long one is seldom seen twice), the memo emptied at CACHED entries."""
    if len(key) <= CACHED_LENGTH:
        if len(memo) > CACHED:
            memo.clear()
        memo[key] = found
    return found


def _cleaned(np: NamePatterns, raw: str) -> str | None:
    words = raw.split(" ")
    if words and words[-1].endswith(".") and len(words[-1].rstrip(".")) > 1:
        words[-1] = words[-1].rstrip(".")  # a full stop after the name ends the sentence
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
    if not out or not any(_LOWER.search(w) for w in out):
        return None
    if any(w.lower().rstrip(".") in _NOT_A_PERSON for w in out):
        return None
    return " ".join(out)


# ("Aide to the Russian President Yuri Ushakov", a title; not "A spokesperson for British
# Prime Minister Keir Starmer said", who is not named)
_AIDE_TO = regex.compile(
    r"(?m)(?:^|(?<=[.!?]\s))(?:Aides?|Advis[eo]rs?|Assistants?|"
    r"Spokes(?:man|woman|person)|Envoys?|Counsell?ors?|Interpreter)\s+(?:to|for)\s+the\s+\Z")
_HEADLINE_LIST = regex.compile(
    r"[ \t]+(?!(?:and|or|said|says|told|tells|has|had|have|is|was|will|would|added|spoke|wrote)\b)\p{Ll}")
_THE = regex.compile(r"(?i)the\b")


def _headline(text: str, start: int, end: int) -> bool:
    """Whether [start, end) stands on a short line that no full stop ends (a headline,
    a summary bullet)."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    line = text[lo:hi if hi >= 0 else len(text)].strip().rstrip("\"'\u201d\u2019)]")
    return len(line) <= 120 and not line.endswith((".", "\u2026", "?", "!", ":"))


def _hit(np: NamePatterns, m: regex.Match, form: str) -> NameHit | None:
    g = m.groupdict()
    start, end = m.start(), m.end()
    if form in _NAME_BEFORE and _SAID_AFTER.match(m.string, end) and _OBJECT_BEFORE.search(
            m.string, max(0, start - 14), start):
        # "At a joint press conference with Stoltenberg, the President of Ukraine said":
        # the name ends a phrase, and the office is the subject of what follows
        return None
    if form == "the-title-comma" and _HEADLINE_LIST.match(m.string, end) and not _THE.match(
            m.string, start) and _headline(m.string, start, end):
        # "Chinese leader, Boluarte inaugurate Chancay port" (a headline, whose comma is an
        # "and"): a list of two, not the Chinese leader named Boluarte
        return None
    if form in ("qualified", "title-of") and _AIDE_TO.search(m.string, max(0, start - 40), start):
        # "Aide to the Russian President Yuri Ushakov": the aide is named, not the president
        return None
    qualifier = None
    q_at = -1  # where a qualifier written before the title starts
    mods: list[Entry] = []
    if g.get("q"):
        if form in ("title-of", "name-comma-of", "title-of-comma"):
            found = np.qualifier_prefix(g["q"])
            if found is None:
                return None
            qualifier, rest = found
            if form == "title-of":
                # "President of the European Commission Ursula von der Leyen"
                if not rest:
                    return None
                name_start = m.start("q") + len(g["q"]) - len(rest)
                name_span = (name_start, m.end("q"))
                raw_name = rest
            else:
                if rest:
                    return None
                name_span, raw_name = m.span("name"), g["name"]
        else:
            found = np.qualifier_suffix(g["q"])
            if found is None:
                return None
            offset, qualifier, mod = found
            q_at = m.start("q") + offset
            if offset and form == "name-comma" and " and " in g["q"][:offset]:
                # "Keir Starmer, Olaf Scholz and the Polish prime minister, Donald Tusk": the
                # run before the country is a list, whose names the title is none of
                return None
            if offset and form in ("qualified", "possessive") and not g.get("m1"):
                start = m.start("q") + offset
                if mod is not None:
                    mods.append(mod)
                    start = m.start("q") + offset - len(g["q"][:offset].split(" ")[-2]) - 1
            name_span, raw_name = m.span("name"), g["name"]
    else:
        name_span, raw_name = m.span("name"), g["name"]
    name = _clean_name(np, raw_name)
    if name is None:
        return None
    if form == "possessive":
        if raw_name.split(" ")[0].lower() in np.title_words:
            return None  # "Canada's Prime Minister ...": the qualified form's job
        title = _ANY_TITLE
    elif form == "head-of":
        which = "head_of_government" if g["hog"] == "government" else "head_of_state"
        title = np.titles.get(qualifier.get(which, "")) if qualifier else None
    else:
        title = np.title_of.get(g["t"].lower())
        if title is not None and title.id == "chief" and form.startswith("title-of"):
            return None  # "head of the Russian Direct Investment Fund" is no head of Russia
        if title is not None and title.id == "chief" and raw_name.split(" ")[0] in _CHIEF_OF_WHAT:
            return None  # "Japan's Chief Cabinet Secretary Hayashi": another office's chief
        if title is not None and title.id == "chief" and qualifier is not None:
            if q_at > 0 and _PARTY_BEFORE.search(m.string, max(0, q_at - 40), q_at):
                return None  # "Reform UK leader", "Alternative for Germany leader": a party's
            title = np.titles.get(_chief_of(qualifier) or "")
        elif title is not None and title.id == "chief":
            return None
    if title is None:
        return None
    if qualifier is None and title.get("qualifier"):
        qualifier = np.qualifier_by_id.get(title.get("qualifier"))
    if title.get("means") and (qualifier is None or qualifier.id in title.get("means_for", ())):
        # Britain's Foreign Secretary is its foreign minister; India's is not
        title = np.titles.get(title.get("means"), title)
    # (not a modifier of another sentence's office: "...then-President Barack Obama.
    # Ukrainian President Volodymyr Zelensky")
    # (nor of another person's before "and": "US president-elect Donald Trump and Ukraine's
    # President Volodymyr Zelensky")
    mods += [np.modifier_of[g[k].lower()] for k in ("m1", "m1b", "m2")
             if g.get(k) and g[k].lower() in np.modifier_of
             and not _SENTENCE_BREAK.search(m.string, m.end(k), name_span[0])
             and not _another_before_and(m.string[m.end(k):m.start("t")], qualifier)]
    if not mods and "former" in np.modifier_of and (
            _THEN_BEFORE.search(m.string, max(0, start - 30), start) or (
                g.get("t") and g["t"].islower() and _THEN_AFTER_COMMA.search(
                    m.string, max(0, start - 12), start))):
        # "met with then U.S. President Barack Obama"; "In August 2024, then Tongan prime
        # minister Siaosi Sovaleni chaired" (a title in lower case: not "..., then President
        # Trump spoke", the next speaker)
        mods.append(np.modifier_of["former"])
    name_end = name_span[0] + len(name)
    name = _FORMAT_CHARS.sub("", name)
    end = m.end() if form.startswith("name-comma") else name_end
    return NameHit(min(start, name_span[0]), end, name, qualifier, title, tuple(mods),
                   name_span[0], name_end)


# The title of a "possessive" hit: any office the person holds under the qualifier.
_ANY_TITLE = Entry("titles", "*", {"label": "*", "unique": True})


# the words after "Chief" in a title of its own ("Chief Cabinet Secretary", "Chief
# Executive", "Chief Justice", "Chief Minister", "Chief Whip")
_CHIEF_OF_WHAT = frozenset({"Cabinet", "Executive", "Justice", "Minister", "Secretary", "Whip",
                            "Negotiator", "Prosecutor", "Economist", "Scientist", "Rabbi", "Mufti",
                            "Medical", "Scientific", "Operating", "Financial", "Constable", "Judge"})


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
        if mod.get("same_office"):
            continue
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
    # the entries themselves (ids may repeat: a rules file may name a title "*")
    key = (id(h.qualifier), id(h.title), tuple(map(id, h.modifiers)))
    np = patterns_for(ctx.rules)
    found = np.offices.get(key)
    if found is None:
        office = office_of(h)
        prefix = [m.id for m in h.modifiers if not m.get("joins_title") and not m.get("same_office")]
        parts = [*prefix, h.qualifier.id if h.qualifier else "*", office.title]
        claim = "-".join(_NOT_SLUG.sub("-", p.lower()).strip("-") for p in parts)
        if not h.title.get("unique", True) or office.tense == "past":
            # many people hold it at once, or have held it: one claim per person
            claim += "#person"
        found = np.offices[key] = (office, claim)
    office, claim = found
    return ctx.mention(Kind.NAME, claim, office.display, Person(h.name, h.name), h.start, h.end,
                       False, rule=h.title.id, office=office)
