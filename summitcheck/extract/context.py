"""What every extractor needs about one source: scan text, segments, topic cues."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property

from ..candidates import Keywords, KeywordSets, bounded_work, literal_prefixes, match_at
from ..models import Kind, Mention, Office, Source, Value
from ..regexes import regex
from ..rules import REGEX_SECONDS, Entry, Rules, slow_rule_warning
from ..text import Segments, prepared, segment

# How far from a mention its clause or sentence is read: further than prose goes, so that
# a sentence that never ends (a page extracted as one line) is not read whole for each of
# its mentions, which made an article's reading quadratic in its length.
PROSE_REACH = 600
# a verb of saying, past or present: what follows it is what was said, not its speaker's time
# (dates.py: reported words after it; names.py: an era named in them)
SAYING = regex.compile(r"(?i)\b(?:said|says|told|tells|announced|declared|stated|warned|warns|added|argued|"
                       r"insisted|stressed|confirmed|revealed)\b")
_MANY_CUES = 64  # cues in one sentence or clause beyond which only the nearby ones count


_STAMP_LINE = 100  # the longest line read as a live blog's entry stamp or day heading
_DIGIT = re.compile(r"\d")
_CAP_WORDS = regex.compile(r"\p{Lu}[\p{L}\d.'\u2019-]*(?:[ ]\p{Lu}[\p{L}\d.'\u2019-]*)*")
_CAP_WORDS_OF = regex.compile(
    r"\p{Lu}[\p{L}\d.'\u2019-]*(?:[ ](?:of[ ](?:the[ ])?)?\p{Lu}[\p{L}\d.'\u2019-]*)*")
_BODY_REACH = 1500  # how far back "the bloc" may look for the body it names
_ENTRY_DAYS = 7  # how far from the article's date an entry's stamp may be


def around(lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
    """[lo, hi) (a clause, a sentence) cut to PROSE_REACH either side of [start, end)."""
    return max(lo, start - PROSE_REACH), min(hi, end + PROSE_REACH)


@dataclass(frozen=True)
class CueHit:
    start: int
    end: int
    topic: Entry
    weak: bool = False  # names the topic only when no other cue of the kind is near


class Taken:
    """Spans already claimed by a mention: whether a span meets one of them, found by
    bisection (an article of thousands of figures and dates was looked through whole
    for each). Kept as their union where they overlap, which meets the same spans."""

    def __init__(self) -> None:
        self.starts: list[int] = []  # disjoint (they may touch), sorted: so are the ends
        self.ends: list[int] = []
        self.points: list[int] = []  # empty spans, which meet a span around them

    def append(self, span: tuple[int, int]) -> None:
        s, e = span
        if s >= e:
            bisect.insort(self.points, s)
            return
        # the spans it overlaps (not those it only touches) become one with it
        j = bisect.bisect_right(self.ends, s)
        k = bisect.bisect_left(self.starts, e)
        if j < k:
            s, e = min(s, self.starts[j]), max(e, self.ends[k - 1])
        self.starts[j:k] = [s]
        self.ends[j:k] = [e]

    def meets(self, start: int, end: int) -> bool:
        """any(s < end and start < e for every span (s, e) appended)."""
        j = bisect.bisect_right(self.ends, start)
        if j < len(self.starts) and self.starts[j] < end:
            return True
        i = bisect.bisect_right(self.points, start)
        return i < len(self.points) and self.points[i] < end


class Context:
    """One source prepared for extraction. Spans already claimed are `taken`."""

    def __init__(self, source: Source, rules: Rules, vocab: Vocab,
                 keywords: KeywordSets | None = None) -> None:
        self.source = source
        self.rules = rules
        self.vocab = vocab
        self.keywords = keywords  # the keywords of every extractor, found in one pass
        self.prepared = prepared(source.text)
        self.scan = self.prepared.scan
        self.taken = Taken()
        self.warnings: list[str] = []

    @property
    def lower(self) -> str | None:
        """The scan copy lower-cased with the same offsets (None when it cannot be)."""
        return self.prepared.lower

    @property
    def digit_starts(self) -> list[int]:
        return self.prepared.digits

    @cached_property
    def _keyword_hits(self) -> dict[str, list[tuple[int, str]]] | None:
        return None if self.keywords is None else self.prepared.hits(self.keywords)

    def hits(self, name: str) -> list[tuple[int, str]] | None:
        """(start, word) of the keywords of set `name` not preceded by a letter or digit
        (see KeywordSets), or None: the extractor then finds its own."""
        found = self._keyword_hits
        return None if found is None else found.get(name)

    @cached_property
    def segs(self) -> Segments:
        clause = self.hits("clause")
        return segment(self.scan, None if clause is None else [s for s, _ in clause])

    @cached_property
    def cues(self) -> list[CueHit]:
        found: list[tuple[int, int, int, Entry, bool]] = []
        for topic, weak, matches in self.vocab.cue_matches(self.scan, self.lower, self.hits("cues")):
            try:
                spans = [(m.start(), m.end()) for m in matches]
            except TimeoutError:
                # a rules.yaml cue that backtracks badly on this file: drop it here only
                self.warnings.append(slow_rule_warning(topic, self.source.path))
                continue
            for start, end in spans:
                if not self.source.is_excluded(start, end) and not self._other_year(start) and not (
                        set(topic.get("kinds") or ("money",)) <= {"date", "time"}
                        and self._other_year_after(end)):
                    found.append((start, -end, len(found), topic, weak))
        found.sort()  # by start, longest first, then in the order found
        # "core defence spending" is one cue, not also "defence spending": a cue inside
        # one of the last eight kept is dropped (none can hold one that starts after
        # they all end)
        kept: list[CueHit] = []
        ends: list[int] = []
        qualified: dict[tuple[int, str], Entry] = {}
        for start, neg_end, _, topic, weak in found:
            end = -neg_end
            if kept and start <= max(ends[-8:]) and any(
                    k.start <= start and end <= k.end and (k.start, k.end) != (start, end)
                    for k in kept[-8:]):
                continue
            key = (start, topic.id)
            q = qualified.get(key)
            if q is None:
                q = qualified[key] = self._qualified(topic, start)
            kept.append(CueHit(start, end, q, weak))
            ends.append(end)
        kept.sort(key=lambda h: (h.start, h.end))
        return kept

    @cached_property
    def home_place(self) -> str | None:
        """Where the article reports from, case-folded: its dateline's city ("BRUSSELS, March
        6 (Reuters) -"), else the first place its opening names ("European Union leaders
        meeting in Brussels on Thursday"), else None."""
        m = _DATELINE_CITY.search(self.scan, 0, min(len(self.scan), 3000))
        if m is not None:
            return m.group(1).casefold()
        # (a lede names where: "European Union leaders meeting in Brussels on Thursday")
        return next(self._places(0, min(len(self.scan), 1500)), (0, None))[1]

    def elsewhere(self, s0: int, s1: int, pos: int) -> bool:
        """Whether the place named nearest `pos` in [s0, s1) is another than the article's
        home ("the London summit at Lancaster House on Sunday", in a report from Brussels)."""
        home = self.home_place
        if home is None:
            return False
        near = min(((abs(p - pos), name) for p, name in self._places(s0, s1)), default=None)
        return near is not None and home not in near[1] and near[1] not in home

    def _places(self, s0: int, s1: int) -> Iterator[tuple[int, str]]:
        for m in _NAMED_PLACE.finditer(self.scan, s0, s1):
            name = m.group(1) or m.group(2) or m.group(3)
            if self.vocab.qualifier_of.get(name) is None:  # not a country or a body
                yield m.start(), name.casefold()

    def _other_year(self, start: int) -> bool:
        """A cue after a year other than the article's names another edition of its
        topic ("will host the 2026 summit", "the 2023 Vilnius summit"): no cue of this one."""
        if _NEXT_YEARS.search(self.scan, max(0, start - 24), start):
            return True  # "will host next year's summit", "last year's summit in Apulia"
        m = _YEAR_BEFORE.search(self.scan, max(0, start - 24), start)
        return m is not None and (self.reference is None or int(m.group(1)) != self.reference.year)

    def _other_year_after(self, end: int) -> bool:
        """An event's cue followed by a year other than the article's ("will host the
        group's summit in 2021"): another edition."""
        m = _YEAR_AFTER.match(self.scan, end, min(len(self.scan), end + 40))
        return m is not None and self.reference is not None and int(m.group(1)) != self.reference.year

    def _qualified(self, topic: Entry, start: int) -> Entry:
        """"an EU summit", "Britain's defence spending": a country or body right
        before a cue makes it another topic than the bare one."""
        q = self.vocab.qualifier_ending_at(self.scan, start)
        return topic if q is None else self.qualified_by(topic, q)

    def qualified_by(self, topic: Entry, q: Entry) -> Entry:
        """`topic` of the country or body `q` ("the EU summit")."""
        key = (topic.id, q.id)
        derived = self.vocab.derived.get(key)
        if derived is None:
            base = topic.get("label", topic.id)
            the = "the " if base.startswith("the ") else ""
            label = f"{the}{q.get('label', q.id)} {base.removeprefix('the ')}"
            derived = Entry("topics", f"{topic.id}-{q.id}",
                            {**topic.fields, "label": label, "of": topic.id}, topic.path, topic.line)
            self.vocab.derived[key] = derived
        return derived

    @cached_property
    def _cue_starts(self) -> list[int]:
        return [h.start for h in self.cues]

    def cues_between(self, lo: int, hi: int, kind: str) -> list[CueHit]:
        i = bisect.bisect_left(self._cue_starts, lo)
        out = []
        while i < len(self.cues) and self.cues[i].start < hi:
            h = self.cues[i]
            if h.end <= hi and kind in h.topic.get("kinds", ()):
                out.append(h)
            i += 1
        return out

    def nearest_cue(self, lo: int, hi: int, start: int, end: int, kind: str,
                    after_bias: float = 1.0) -> CueHit | None:
        """The cue in [lo, hi) nearest the span [start, end); cues after it count
        `after_bias` times closer (money is usually followed by what it pays for)."""
        best, best_d = None, None
        starts = self._cue_starts
        if bisect.bisect_left(starts, hi) - bisect.bisect_left(starts, lo) > _MANY_CUES:
            # a sentence that never ends, full of cues: only those near the span (prose
            # never has so many in one sentence; each mention would look at them all)
            lo, hi = around(lo, hi, start, end)
        hits = self.cues_between(lo, hi, kind)
        strong = [h for h in hits if not h.weak and not (h.start < end and start < h.end)]
        for h in strong or hits:
            if h.start < end and start < h.end:
                continue
            if h.start >= end:
                d = (h.start - end) / after_bias
            else:
                d = start - h.end
            if best_d is None or d < best_d or (d == best_d and len(h.topic.id) > len(best.topic.id)):
                best, best_d = h, d
        return best

    def find_topic(self, start: int, end: int, kind: str, clause: bool = True,
                   after_bias: float = 1.0, until: int | None = None, after_first: bool = False
                   ) -> tuple[Entry, str] | None:
        """(topic, how): a cue in the clause (or sentence) is firm (how is ""); one in
        the rest of the sentence ("sentence") or a neighbouring one ("neighbour")
        only infers the topic. `until`: where the next figure of the kind starts; the
        cues after it are its own ("C$2 billion in aid and a C$2.3 billion loan")."""
        segs = self.segs
        si = segs.sentence_index(start)
        s0, s1 = segs.sentences[si]
        if until is not None:
            s1 = min(s1, until)
        if after_first:
            # "3.5% on core defence and 1.5% towards defence-related spending": the cue
            # before a coordinated figure is its predecessor's; its own follows it
            c0, c1 = segs.clause_of(start, end)
            hit = self.nearest_cue(end, min(c1, s1), start, end, kind, after_bias)
            if hit:
                return hit.topic, ""
        if clause:
            c0, c1 = segs.clause_of(start, end)
            if until is not None:
                c1 = min(c1, until)
            hit = self.nearest_cue(c0, c1, start, end, kind, after_bias)
            if hit:
                # (a coordinated figure with no cue of its own may share its predecessor's:
                # "3.5% to core defence and up to 1.5% to related investments" may not)
                return hit.topic, "sentence" if after_first else ""
            hit = self.nearest_cue(s0, s1, start, end, kind, after_bias)
            if hit:
                return hit.topic, "sentence"
        else:
            hit = self.nearest_cue(s0, s1, start, end, kind, after_bias)
            if hit:
                return hit.topic, ""
        for j in (si - 1, si + 1) if until is None else (si - 1,):
            if 0 <= j < len(segs.sentences):
                n0, n1 = segs.sentences[j]
                hit = self.nearest_cue(n0, n1, start, end, kind, after_bias)
                if hit:
                    return hit.topic, "neighbour"
        return None

    def is_taken(self, start: int, end: int) -> bool:
        return self.taken.meets(start, end)

    @cached_property
    def reference(self) -> dt.date | None:
        """The date the article speaks from: its publication date (in the event's
        zone), else the event's date."""
        from ..normalize.dates import _zone

        day = self.source.published_on(_zone(self.rules.event.timezone))
        return day if day is not None else self.rules.event.date

    @cached_property
    def entry_days(self) -> tuple[list[int], list[dt.date]]:
        """A live blog's entries (where each starts, its day), dated by the stamp lines
        that open them ("**Tom Watling** \u2014 3 March 2025 08:10"): an entry of 3 March
        in a blog published on 2 March says "yesterday" of 2 March. Only an article of
        at least three stamp lines is a live blog (an article has a line or two of dates
        at its top: published, updated); empty lists otherwise."""
        from ..normalize.dates import entry_stamp

        reference = self.reference
        if reference is None or self.source.published is None:
            return [], []
        starts, days = [], []
        at = 0
        for line in self.scan.split("\n"):  # (a stamp is a short line with a number in it)
            if len(line) <= _STAMP_LINE and _DIGIT.search(line):
                day = entry_stamp(line, reference)
                if day is not None and abs((day - reference).days) <= _ENTRY_DAYS:
                    starts.append(at)
                    days.append(day)
            at += len(line) + 1
        return (starts, days) if len(starts) >= 3 else ([], [])

    def reference_at(self, pos: int) -> dt.date | None:
        """The date the text at `pos` speaks from: its live blog entry's day, else the
        article's (reference)."""
        starts, days = self.entry_days
        i = bisect.bisect_right(starts, pos)
        return days[i - 1] if i else self.reference

    def body_named_in(self, lo: int, hi: int) -> Entry | None:
        """The last body (kind: body) named in [lo, hi) ("The G20 now comprises")."""
        found = None
        # ("The Association of Southeast Asian Nations brings together 10 countries")
        for run in _CAP_WORDS_OF.finditer(self.scan, lo, hi):
            if self.scan.startswith("+", run.end()):
                continue  # "OPEC+" is not OPEC, but OPEC and the producers allied with it
            q = self._qualifier_in(run.group())
            if q is not None and q.get("kind") == "body":
                found = q
        return found

    def _qualifier_in(self, run: str) -> Entry | None:
        """The first country or body a run of capitalised words names, the longest first."""
        words = run.split(" ")
        for i in range(len(words)):
            for k in range(len(words), i, -1):
                cand = " ".join(words[i:k])
                q = self.vocab.qualifier_of.get(cand[:-2] if cand.endswith("'s") else cand)
                if q is not None:
                    return q
        return None

    def body_called(self, noun: str, pos: int) -> Entry | None:
        """The body "the bloc", "the alliance" names at `pos`: the last body news calls so
        named in the text before it (within _BODY_REACH: "The BRICS grouping ... The bloc
        also has 10 partner countries"), else the one the noun names alone (the EU, NATO)."""
        noun = noun.lower()
        vocab = self.vocab
        found = None
        unknown = False  # "OPEC+" named before "the alliance": not NATO, the alliance by default
        for run in _CAP_WORDS.finditer(self.scan, max(0, pos - _BODY_REACH), pos):
            if self.scan.startswith("+", run.end()):
                q = self._qualifier_in(run.group())
                unknown = unknown or (q is not None and q.get("kind") == "body")
                continue
            q = self._qualifier_in(run.group())
            if q is not None and q.get("kind") == "body" and noun in q.get("nouns", ()):
                found = q
        if found is None and unknown:
            return None
        return found if found is not None else vocab.noun_of.get(noun)

    def mention(self, kind: Kind, claim: str, label: str, value: Value, start: int, end: int,
                inferred: bool | str = False, rule: str = "", office: Office | None = None,
                base: str = "") -> Mention:
        line, col = self.source.position(start)
        # Mention(...) without the frozen __init__'s object.__setattr__ per field (a third
        # of the cost of a mention); every field is set, in the order of its declaration
        m = object.__new__(Mention)
        m.__dict__.update(
            source=self.source.id, kind=kind, claim=claim, label=label, value=value,
            start=start, end=end, line=line, column=col, text=self.source.text[start:end],
            inferred=bool(inferred), rule=rule, office=office, remote=inferred == "neighbour",
            base=base, implied=False,
        )
        return m


def alternation(words, flags: str = "") -> str:
    """A regex alternation of literal words, longest first so the longest wins."""
    items = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    body = "|".join(regex.escape(w) for w in items) or "(?!)"
    return f"(?{flags}:{body})" if flags else f"(?:{body})"


@dataclass
class Vocab:
    """Patterns compiled once per effective rules."""

    topic_patterns: list[tuple[Entry, regex.Pattern, bool]] = field(default_factory=list)
    qualifier_of: dict[str, Entry] = field(default_factory=dict)
    noun_of: dict[str, Entry] = field(default_factory=dict)  # "alliance" -> NATO
    derived: dict[tuple[str, str], Entry] = field(default_factory=dict)
    # the literal starts of each topic's cues (None: the topic is scanned in full)
    cue_prefixes: list[frozenset[str] | None] = field(default_factory=list)
    cue_words: Keywords | None = None
    patterns_of: dict[str, list[int]] = field(default_factory=dict)  # prefix -> its patterns
    # a cue pattern runs against the clock, but for one that cannot backtrack for ever
    # (candidates.bounded_work)
    timed: list[bool] = field(default_factory=list)

    def cue_matches(self, scan: str, lower: str | None, hits: list[tuple[int, str]] | None = None
                    ) -> Iterator[tuple[Entry, bool, Iterator[regex.Match]]]:
        """(topic, weak, its cues' matches) for every cue pattern, the matches as the
        pattern's finditer would give them, a rules file's within REGEX_SECONDS (else
        TimeoutError while iterating); a pattern whose cues start with known words is
        tried only where they are (`hits`: where they are, when already found)."""
        at: dict[int, set[int]] = defaultdict(set)
        if lower is not None and self.cue_words is not None:
            for s, word in self.cue_words.left_hits(lower) if hits is None else hits:
                for i in self.patterns_of[word]:
                    at[i].add(s)
        for i, ((topic, pattern, weak), prefixes) in enumerate(
                zip(self.topic_patterns, self.cue_prefixes, strict=True)):
            timeout = REGEX_SECONDS if self.timed[i] else None
            if lower is None or prefixes is None:
                yield topic, weak, pattern.finditer(scan, timeout=timeout)
            else:
                yield topic, weak, match_at(pattern, scan, sorted(at.get(i, ())), timeout=timeout)

    def qualifier_starting_at(self, scan: str, start: int) -> Entry | None:
        """The country or body written right at `start` ("EU's leaders", "NATO allies")."""
        m = _RUN_AT.match(scan, start)
        if m is None:
            return None
        words = m.group(1).split(" ")
        for k in range(len(words), 0, -1):
            cand = " ".join(words[:k])
            if scan.startswith("+", start + len(cand)):
                continue  # "the 23-member OPEC+ alliance": not OPEC's
            cand = cand[:-2] if cand.endswith("'s") else cand.rstrip("'")
            q = self.qualifier_of.get(cand) or self.qualifier_of.get(cand.rstrip("."))
            if q is not None:
                return q
        return None

    def qualifier_ending_at(self, scan: str, start: int) -> Entry | None:
        """The country or body written right before `start` ("EU summit", "NATO's 32")."""
        # _RUN_BEFORE's last word, before the white space that ends it, starts with a
        # capital: most cues come after a word that does not, found out without the regex
        j = start
        while j > 0 and scan[j - 1].isspace():
            j -= 1
        if j == start:
            return None  # (before the walk back: a cue in "summit-summit-..." has no word)
        if scan.count("\n", j, start) > 1:
            return None  # a headline's last word qualifies no cue of the next paragraph
        k = j
        while k > 0 and (_letter(scan[k - 1]) or scan[k - 1] in ".'-" or scan[k - 1].isdigit()):
            k -= 1
        if k == j or not _upper(scan[k]):
            return None
        m = _RUN_BEFORE.search(scan, max(0, start - 48), start)
        if m is None:
            return None
        words = m.group(1).split(" ")
        for k in range(len(words), 0, -1):
            cand = " ".join(words[-k:])
            cand = cand[:-2] if cand.endswith("'s") else cand.rstrip("'")
            q = self.qualifier_of.get(cand)
            if q is not None:
                return q
        return None


def _letter(c: str) -> bool:
    """\\p{L} as the patterns read it (the regex module knows letters newer than this
    Python's tables)."""
    return c.isalpha() if c < "\x80" else _L.match(c) is not None


def _upper(c: str) -> bool:
    """\\p{Lu} as the patterns read it."""
    return c.isupper() if c < "\x80" else _LU.match(c) is not None


_L = regex.compile(r"\p{L}")
_LU = regex.compile(r"\p{Lu}")
# "BRUSSELS, March 6 (Reuters) -", "BRUSSELS (AP) —", "LONDON, March 2 (Xinhua) --",
# "BRUSSELS — EU leaders ...": a city in capitals opening a line
_DATELINE_CITY = regex.compile(
    r"(?m)^[ \t*_>]*(\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,2})(?:,\s*\p{Lu}[\p{L} .]{1,30}?)?\s*"
    r"(?:\((?:AP|Reuters|AFP|dpa|Bloomberg|PA|UPI|Xinhua|Anadolu|TASS|Sputnik|Ukrinform)\)|"
    r",\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\s[-\u2013\u2014]{1,2}\s)")
# "in the Brazilian city of Belem", "in the Colombian port city of Santa Marta": the city
CITY_OF = (r"\b(?:in|at)\s+the\s+\p{Lu}[\p{L}'-]+\s+(?:port\s+|coastal\s+|seaside\s+|resort\s+)?"
           r"(?:city|capital|town|port|resort|village)\s+of\s+(\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){0,2})")
# "in Brussels", "the London summit" (not "at Lancaster House", "at the Huis ten Bosch
# palace": a venue, often in the city the article reports from)
_NAMED_PLACE = regex.compile(
    CITY_OF + r"|\bin\s+(?:the\s+)?(\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){0,2})"
    r"|\bthe\s+(\p{Lu}[\p{L}'-]+)\s+(?:summit|meeting|gathering|talks)\b")
_NEXT_YEARS = regex.compile(r"(?i)\b(?:next|last|previous)\s+year['\u2019]s\s+(?:[\p{L}\d'-]+\s+){0,2}\Z")
# ("the G20 summit in Rome in 2021"; not "a summit of 2000 business leaders")
_YEAR_AFTER = regex.compile(
    r"(?:\s+(?:in|at)\s+\p{Lu}[\p{L}-]+)?\s+(?:in|of)\s+((?:19|20)\d\d)\b(?![,.]?\d)(?!\s+\p{Ll})")
_YEAR_BEFORE = regex.compile(r"(?<![\d,.])((?:19|20)\d\d)\s+(?:\p{Lu}[\p{L}-]+\s+)?\Z")
# (a name with "of" in it: "the 10-member Association of Southeast Asian Nations")
_RUN_AT = regex.compile(r"(\p{Lu}[\p{L}\d.'-]*(?:[ ](?:of[ ]the[ ]|of[ ])?\p{Lu}[\p{L}\d.'-]*){0,4})")
_RUN_BEFORE = regex.compile(
    r"(?<![\w.'-])(\p{Lu}[\p{L}\d.'-]*(?:[ ](?:of[ ]the[ ]|of[ ])?\p{Lu}[\p{L}\d.'-]*){0,4})"
    r"(?:[^\S\n]+\n?[^\S\n]*|\n[^\S\n]*)\Z"  # (white space within a paragraph)
)


_VOCAB: dict[str, Vocab] = {}


def vocab_for(rules: Rules) -> Vocab:
    v = _VOCAB.get(rules.digest)
    if v is None:
        v = Vocab()
        for t in rules.topics:
            for key, weak in (("cues", False), ("weak_cues", True)):
                if t.get(key):
                    body = "|".join(f"(?:{c})" for c in t.get(key))
                    v.topic_patterns.append(
                        (t, regex.compile(rf"(?i)(?<!\w)(?:{body})(?!\w)"), weak))
                    v.cue_prefixes.append(literal_prefixes(body))
                    v.timed.append(not bounded_work(body))
        v.cue_words = Keywords(w for ps in v.cue_prefixes if ps for w in ps)
        for i, ps in enumerate(v.cue_prefixes):
            for w in ps or ():
                v.patterns_of.setdefault(w, []).append(i)
        v.qualifier_of = {x: q for q in rules.qualifiers for x in q.get("variants", [])}
        v.noun_of = {}
        for q in rules.qualifiers:  # the first body listed with a noun is the one it names alone
            for n in q.get("nouns", []):
                v.noun_of.setdefault(n.lower(), q)
        _VOCAB[rules.digest] = v
    return v
