"""Figures: money, counts, percentages and durations, compared as intervals.

What a figure is about is part of its identity. A count takes the noun that
follows it ("over 5,000 air defense missiles", "a 32-nation alliance"); money
and percentages take the nearest topic cue in their clause ("£1.6 billion for
anti-aircraft missiles"), else in their sentence or a neighbouring one, which
only infers the topic. "previously announced", "earlier" or "in total" next to
a figure make it a different claim (an earlier or a total amount). A currency
conversion in brackets right after a figure ("£1.6 billion ($2 billion)") is
part of the same mention. Money in two currencies is compared only through a
rate given in rules.yaml (`currencies: [{id: USD, rate: 0.79}]`, the value of
one unit in `base_currency`), with the extra `tolerance.exchange`.

A deadline ("by 2035", "within a decade") makes a target of its own claim. It
holds for the shares a sentence coordinates with the one it follows ("3.5% on
core defence and another 1.5% ... by 2035", "..., with 3.5% going to core
defence", "Of that, 3.5% ..."), and for the one share or sum of a headline that
agrees to it without the year; a share written without a deadline elsewhere in
the body keeps none (it is as often an older or a present figure).
"""

from __future__ import annotations

import dataclasses
import functools
import math

from ..candidates import Keywords, search_at, sorted_starts
from ..models import GIVEN_BY, Kind, Mention, Quantity
from ..normalize import numbers as num
from ..normalize.dates import DATE_PATTERN, NOT_TODAY_DAYS, OTHER_EVENT_DAYS, anchor, parts_of
from ..regexes import regex
from ..rules import Rules
from .context import PROSE_REACH, Context, alternation, around

_NUMBER_WORDS = [w for w in num.WORDS if w not in ("zero",)]
_DIGITS = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)"
    r"|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d,.]\d)"
    r"|\d+(?:\.\d+)?(?!\d)"
)
_DURATION_UNITS = {"hour": 1 / 24, "day": 1, "week": 7, "month": 30.4, "year": 365.25}
_MONTH_RANGE = (28, 31)
_ANAPHORIC = regex.compile(r"(?i)\b(?:the|both|these|those|their|its|our|all|every|each)(?:\s+same)?\s+$")
_NOT_A_FIGURE = regex.compile(
    r"(?i)(?:\b(?:no|nos|number|article|resolution|section|chapter|flight|page|file|room|"
    r"route|game|level|class|grade|phase|stage|point|item|line|version|paragraph)\.?\s*#?\s*|#)$"
)
_EARLIER = regex.compile(
    r"(?i)\b(?:previously(?:\s+\w+)?|already(?:\s+\w+)?|earlier|last\s+year'?s?|existing|prior|"
    r"previous|current|old|original(?:ly)?)\s+(?:\w+\s+){0,2}$"
)
_FROM = regex.compile(r"(?i)\bfrom\s+\Z")
_TO = regex.compile(r"(?:\s+of\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s+to\b")
# "..., and 1.5%", "plus another 1.5%": a figure coordinated with one before it
_COORDINATED = regex.compile(
    r"(?i)(?:,|\b(?:and|plus|with|while|whereas))\s+(?:(?:another|a\s+further|an\s+additional|"
    r"the\s+remaining|the\s+other|up\s+to|at\s+least)\s+)?\Z")
_BETWEEN = regex.compile(r"(?i)\bbetween\s+\Z")
_BETWEEN_AND = regex.compile(
    r"(?i)\bbetween\s+(?:about\s+|some\s+|roughly\s+)?(?:[\d,.]+|[a-z]+)(?:\s+\w+)?\s+and\s+\Z")
# a military exercise, drill or war game: a count of its own
_EXERCISE = regex.compile(
    r"(?i)\b(?:exercises?|drills?|war\s+games?|manoeuvres|maneuvers)\b[^.;]{0,50}?\b(?:involving|"
    r"including|featuring|(?:that|which)\s+involved)\s+(?:[^.;]{0,40}?\s)?\Z")
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
           "December")
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# ("agreed in June 2024": a month may come before the year)
_TARGET_YEAR = regex.compile(
    rf"(?i)[^.;%£$€]{{0,60}}?\b(by|in|until|before)\s+(?:the\s+end\s+of\s+)?(?:(?:{_MONTHS})\s+)?"
    r"(?:fiscal\s+(?:year\s+)?|FY\s?)?((?:19|20)\d\d)\b")
_GAP = regex.compile(r"(?:-|\s+)?(?:[\w'-]+\s+){0,3}")
_PUNCT = regex.compile(r"[.,;:]")
_OTHER = regex.compile(r"\bother\b")
_COMMA_DIGITS = regex.compile(r"[\d,]+")
_HYPOTHETICAL = regex.compile(
    r"(?i)(?:\bif\b|\bwould\s+(?:mean|require|cost|take|need|add|amount\s+to|leave)"
    # a condition inverted: "Had Spain signed up to the full commitment, Madrid would have
    # needed...", "Were Paris to reach 3.5%,", "Should Germany go on to 5%,", ", were it to"
    r"|(?-i:\b(?:Had|Were|Should)\s+(?:\p{Lu}[\w'-]*|it|they|we|he|she|the\s+[\w-]+)"
    r"(?:\s+\p{Lu}[\w'-]*)*\s+(?:not\s+)?(?:to\s+)?\w+)"
    r"|,\s+(?:were|had)\s+(?:it|they|the\s+[\w-]+|\p{Lu}[\w'-]*)\s+to\s+\w+"
    r"|\bwould\s+have\s+(?:needed|meant|required|cost|had\s+to)"
    # a draft's terms: "Ukraine's army would be capped at 600,000", "The European version
    # proposes limiting the Armed Forces to 800,000": a proposal's figure, not a fact
    r"|\bwould\s+(?:be\s+)?(?:cap(?:ped)?|limit(?:ed)?)\b"
    r"|\bpropos(?:es|ed|ing)\s+(?:limiting|capping|a\s+(?:cap|ceiling|limit)))"
    r"(?:[^.;!?]|\.(?=\d))*\Z")  # (to the figure, in its sentence: "3.5%" too)
_CONDITION_BEFORE = regex.compile(
    r"(?i)\b(?:(?:once|until|unless)\s+(?:[^.;]{0,40}?\b(?:ratified|signed|approved|adopted)\s+by\s+)?|"
    # ("will enter into force 30 days after it is ratified by at least 55 countries")
    r"(?:after|when)\s+[^.;]{0,40}?\b(?:is|are|has\s+been|have\s+been)\s+"
    r"(?:ratified|signed|approved|adopted)\s+by\s+)"
    r"(?:at\s+least\s+|another\s+|a\s+further\s+|all\s+)?\Z")
_WOULD_AFTER = regex.compile(
    r"(?i)(?:\s+(?:of|on|in)\s+[\w-]+(?:\s+[\w-]+){0,2})?\s+would\s+(?:mean|require|cost|take|need|add)\b")
_SPOKEN_GOES_ON = regex.compile(r"(?i)[ -](?:hundred|thousand|point|and a half|dozen)\b")
_ACCOUNTS_FOR = regex.compile(
    r"(?i)\b(?:accounts?|accounted|accounting)\s+for\s+(?:(?:about|around|roughly|some|nearly|almost|"
    r"more\s+than|over|less\s+than|under|just\s+over|just\s+under)\s+)?\Z")
_OF_GDP = regex.compile(
    r"(?i)\s*of\s+(?:(?:its|their|the|(?:the\s+)?[\w-]+['\u2019]s?)\s+)?(?:GDP|gross\s+domestic|national\s+income|"
    r"economic\s+output|economy)")
_TOTAL = regex.compile(r"(?i)\b(?:total(?:ling|ing)?|in all|altogether|overall|combined)\b")
# ("more than $1.5 billion in security assistance since 2014": all of it over the years)
_SUPERLATIVE = regex.compile(r"(?i)\b(?:biggest|largest|highest|lowest|smallest|first|most|\w{3,}est|"
                          r"\d+(?:st|nd|rd|th))\b[^.;]{0,30}\bsince\b")
_SINCE_YEAR_AFTER = regex.compile(
    r"[^.;]{0,50}?\b(?i:since)\s+(?:(?:\p{Lu}\p{Ll}+\s+)?(?:19|20)\d\d\b|"
    # "about $3.7 billion in security assistance to Ukraine since Russia invaded on Feb. 24",
    # "since the start of the war": all of it so far
    r"(?i:(?:[\w'\u2019-]+\s+){0,4}?(?:invasion|invaded|crossed|outbreak|began|started|broke\s+out|start|"
    r"beginning)|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*\.?\s+\d|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|"
    r"Jun|Jul|Aug|Sep|Oct|Nov|Dec))\b)")


class FigurePatterns:
    """The figure pattern for one set of rules (currencies come from the rules)."""

    def __init__(self, rules: Rules) -> None:
        self.currency_of: dict[str, str] = {}
        symbols, words = [], []
        for c in rules.currencies:
            for s in c.get("symbols", []):
                self.currency_of[s.lower()] = c.id
                symbols.append(s)
            for w in c.get("words", []):
                self.currency_of[w.lower()] = c.id
                words.append(w)
        self.currency = {c.id: c for c in rules.currencies}
        # "$2 billion Canadian ($1.47 billion)": the dollar of the country named after it
        adjectives = {w.split(" ")[0]: c.id for c in rules.currencies for w in c.get("words", [])
                      if w.lower().endswith(" dollars") and w[:1].isupper() and w.count(" ") == 1}
        self.dollar_of = {a.lower(): i for a, i in adjectives.items()}
        self.dollar_after = regex.compile(
            rf"[ ]({alternation(adjectives)})(?![\w-]|[ ]dollars?\b)") if adjectives else None
        quals = alternation([q for q in num.QUALIFIERS if q != "+"], "i")
        numwords = alternation(_NUMBER_WORDS, "i")
        vague = alternation(num.VAGUE, "i")
        figure = rf"""
            (?<![\w$£€¥₴₽.,/+-]|\w-)
            (?:(?P<qual>{quals})\s+)?
            (?:(?P<sym>{alternation(symbols)})\s?)?
            (?:
                (?P<vague>{vague})\s+of\b
              | (?P<num>NUMBER)
                (?:\s?(?P<plus>\+))?
                (?:\s?-?\s?(?P<scale>(?i:thousand|million|billion|trillion|bn|bln|mn|mln|tn|trn|trln))(?![\w])
                   |(?<=\d)(?P<scale1>[mbkMBK])(?![\w]))?
                (?:\s(?P<word>{alternation(words, "i")})(?![\w]))?
                (?:\s?(?P<pct>%|(?i:per\s?cent|percent|percentage\s+points?))(?![\w]))?
                (?:(?:\s?-\s?|\s)(?P<dur>(?i:hours?|days?|weeks?|months?|years?))(?![\w]))?
            )
            """
        self.pattern = regex.compile(figure.replace("NUMBER", rf"{_DIGITS}|{numwords}(?![\w])"),
                                     regex.X)
        # A number spoken in words ("three hundred and fifty", "five thousand", "two and a
        # half"; "two point two six" only before a scale, a currency or "per cent": "at one
        # point five leaders..."): the same figure, tried where the pattern above found a
        # number word that goes on so (a pattern of its own: in the one above, it would be
        # tried at every number and cost a third more)
        under_100 = alternation(num.SPOKEN_UNDER_100, "i")
        hundreds = rf"{under_100}[ -](?i:hundred)(?:[ -](?:(?i:and)[ ])?{under_100})?"
        whole = (rf"(?:{hundreds}|{under_100})[ -](?i:thousand)(?![ -](?i:million|billion))"
                 rf"(?:,?[ -](?:(?i:and)[ ])?(?:{hundreds}|{under_100}))?|{hundreds}")
        decimal = (rf"{under_100}[ ](?i:point)(?:[ ]{alternation(num.SPOKEN_DIGITS, 'i')})+"
                   rf"(?=[ ](?i:thousand|million|billion|trillion|per\s?cent|percent)\b"
                   rf"|[ ]{alternation(words, 'i')}(?![\w])|%)")
        self._spoken = figure.replace(
            "NUMBER", rf"{decimal}|(?:(?:{whole}|{under_100})[ ](?i:and[ ]a[ ]half)|{whole}"
                      rf"|{under_100}[ ](?i:dozen))(?![\w])")
        # the pattern starts with a qualifier, a currency symbol, a number word or a digit
        self.start_words = Keywords([*(q for q in num.QUALIFIERS if q != "+"), *_NUMBER_WORDS,
                                     *num.VAGUE, *symbols])
        self.conversion = regex.compile(
            rf"\s*\((?:about|around|roughly|some|approximately|~)?\s*"
            rf"(?:{alternation(symbols)})\s?(?:{_DIGITS})(?:\s?-?\s?(?i:thousand|million|billion|"
            rf"trillion|bn|bln|mn|mln|m|tn))?(?:\s(?:{alternation(words, 'i')}))?\)"
        )


    @functools.cached_property
    def spoken(self) -> regex.Pattern:
        """The figure pattern of spoken numbers, made the first time an article has one."""
        return regex.compile(self._spoken, regex.X)


_PATTERNS: dict[str, FigurePatterns] = {}


def patterns_for(rules: Rules) -> FigurePatterns:
    p = _PATTERNS.get(rules.digest)
    if p is None:
        p = _PATTERNS[rules.digest] = FigurePatterns(rules)
    return p


def extract(ctx: Context) -> list[Mention]:
    fp = patterns_for(ctx.rules)
    out: list[Mention] = []
    scan = ctx.scan
    pos = 0
    low = ctx.lower
    hits = ctx.hits("figures")
    words = fp.start_words.left_starts(low) if hits is None and low is not None else [
        s for s, _ in hits or ()]
    starts = None if low is None else sorted_starts(words, ctx.digit_starts)
    while True:
        m = fp.pattern.search(scan, pos) if starts is None else search_at(fp.pattern, scan, starts, pos)
        if m is None:
            break
        pos = m.end() if m.end() > m.start() else m.start() + 1
        start, end = m.start(), m.end()
        if ctx.source.is_excluded(start, end) or ctx.is_taken(start, end):
            continue
        if m.group("num") and not m.group("num")[0].isdigit() and _SPOKEN_GOES_ON.match(
                scan, m.end("num")):
            m = fp.spoken.match(scan, start) or m
            pos = max(pos, m.end())
        mention = _figure(ctx, fp, m)
        if mention is not None and not mention.inferred and (_HYPOTHETICAL.search(
                scan, max(ctx.segs.sentence_of(start)[0], start - 140), start)
                or _WOULD_AFTER.match(scan, mention.end, mention.end + 60)
                or _CONDITION_BEFORE.search(scan, max(0, start - 90), start)):
            # "If Europe's members were to move to 3% of GDP, it would mean an extra €250bn",
            # "it would mean roughly a thousand missiles a year", "For them 3.5% of core
            # spending would mean...": a writer's sum, not news; "will enter into force once 60
            # countries have ratified it": a condition; it may agree, never dispute
            mention = dataclasses.replace(mention, inferred=True)
        if mention is not None:
            out.append(mention)
            ctx.taken.append((mention.start, mention.end))
            pos = max(pos, mention.end)
    for m in _UNIT_LONG.finditer(scan):
        # "a month-long truce": one unit, written without a number
        if ctx.source.is_excluded(m.start(), m.end()) or ctx.is_taken(m.start(), m.end()):
            continue
        mention = _duration(ctx, m, 1.0, 0.5, None, m.group(1).lower(), True)
        if mention is not None:
            out.append(mention)
            ctx.taken.append((mention.start, mention.end))
    return _agreed_deadlines(ctx, _breakdowns(ctx, out))


def _breakdowns(ctx: Context, found: list[Mention]) -> list[Mention]:
    """A count broken down after a dash, colon or bracket into counts of the same claim
    that add up to it: "31 MQ-9B armed drones - 15 SeaGuardian drones for the Navy and 16
    SkyGuardian drones": the parts, which may agree, never dispute."""
    counts = [m for m in found if isinstance(m.value, Quantity) and m.value.unit == "count"
              and not m.inferred]
    if len(counts) < 3:
        return found
    parts: set[int] = set()  # (counts are in text order: found left to right)
    for i, total in enumerate(counts):
        s0, s1 = ctx.segs.sentence_of(total.start)
        if not _BREAKS_DOWN.search(ctx.scan, total.end, min(s1, total.end + PROSE_REACH)):
            continue
        # (the next few counts of its sentence: a breakdown lists a handful, and a sentence
        # that never ends must not be read again for each count)
        # (of one claim, or of the one its model narrows: "31 MQ-9B drones - 15 ... drones")
        key = total.base or total.claim
        after = [m for m in counts[i + 1:i + 1 + _MOST_PARTS]
                 if (m.base or m.claim) == key and m.start < s1]
        if len(after) < 2 or not _BREAKS_DOWN.search(ctx.scan, total.end, after[0].start):
            continue
        if len({m.claim for m in after}) > 1:
            continue  # ("60 countries - the 27 member states of the EU and the 33 of CELAC": each its own)
        whole = (total.value.lo + total.value.hi) / 2
        if abs(sum((m.value.lo + m.value.hi) / 2 for m in after) - whole) < 0.5:
            parts.update(id(m) for m in after)
    return [dataclasses.replace(m, inferred=True) if id(m) in parts else m for m in found]


_MOST_PARTS = 6
_BREAKS_DOWN = regex.compile(r"\s[-\u2013\u2014]\s|[\u2013\u2014:(]")


def _agreed_deadlines(ctx: Context, found: list[Mention]) -> list[Mention]:
    """A headline agreeing to a share or sum without its deadline means the one deadline
    its article gives the same share: "Allies agree to raise defence spending target to
    5%" over "...to 5% of GDP by 2035" is the 2035 target. A headline space makes terse;
    in the body a share written without its deadline is as often an older or a present
    one ("the 2% target allies agreed at the Wales summit", "Spain committed to spending
    only 2.1%"). Only the headline's one share or sum, in a headline that agrees, commits
    or raises and names no year, today or the past."""
    reference = ctx.reference
    if reference is None:
        return found
    deadlines: dict[str, set[tuple[str, str]]] = {}
    for m in found:
        if m.base.startswith(("percent-", "money-")):
            prep, _, year = m.claim[len(m.base) + 1:].partition("-")
            if prep in ("by", "until", "before") and year.isdigit() and int(year) >= reference.year:
                deadlines.setdefault(m.base, set()).add((m.claim, m.label))
    head = _headline(ctx) if deadlines else None
    if head is None:
        return found
    h0, h1 = head
    inside = [i for i, m in enumerate(found)
              if h0 <= m.start < h1 and m.claim.startswith(("percent-", "money-"))]
    if len(inside) != 1:
        return found
    m = found[inside[0]]
    target = deadlines.get(m.claim) if not m.base else None
    if (target is None or len(target) != 1 or not _AGREEING.search(ctx.scan, h0, h1)
            or _NOT_NOW.search(ctx.scan, h0, h1)):
        return found
    claim, label = next(iter(target))
    out = list(found)
    out[inside[0]] = m.evolve(claim=claim, label=label, base=m.claim)
    return out


def _headline(ctx: Context) -> tuple[int, int] | None:
    """The article's headline: its first line of text (after front matter and datelines),
    when it does not end as a sentence does."""
    source, scan = ctx.source, ctx.scan
    starts = source.line_starts
    for i, s in enumerate(starts):
        e = starts[i + 1] if i + 1 < len(starts) else len(scan)
        line = scan[s:e]
        text = line.strip()
        if not text:
            continue
        p = s + line.index(text[0])
        q = p + len(text)
        if source.is_excluded(p, p + 1) and source.is_excluded(q - 1, q):
            continue
        return None if text.rstrip("\"'\u201d\u2019").endswith((".", "!", "?", ":")) else (p, q)
    return None


_AGREEING = regex.compile(
    r"(?i)\b(?:agree[sd]?|agreeing|commit(?:s|ted|ting)?|pledge[sd]?|pledging|sign(?:s|ed)?\s+up|"
    r"endorse[sd]?|adopt(?:s|ed)?|raise[sd]?|raising|boost(?:s|ed|ing)?|hike[sd]?|hiking|"
    r"lift(?:s|ed|ing)?|increas(?:e|es|ed|ing))\b")
# a year, "ago", today or the past: the share may be an older or a present one
_NOT_NOW = regex.compile(
    r"(?i)\b(?:(?:19|20)\d\d|ago|now|today|currently|at\s+present|so\s+far|previous(?:ly)?|"
    r"already|earlier|former(?:ly)?|old|original(?:ly)?|existing|prior|(?:last|this|next)\s+year|"
    r"current)\b")


_UNIT_LONG = regex.compile(r"(?i)(?<![\w-])(hour|day|week|month|year)-long(?![\w-])")


def _figure(ctx: Context, fp: FigurePatterns, m: regex.Match) -> Mention | None:
    g = m.groupdict()
    scan, start, end = ctx.scan, m.start(), m.end()
    before = scan[max(0, start - 40):start]
    if _NOT_A_FIGURE.search(before):
        return None
    currency = None
    if g["sym"] or g["word"]:
        currency = fp.currency_of.get((g["sym"] or g["word"]).lower())
    if g["vague"]:
        lo, hi = num.VAGUE[g["vague"].lower()]
        return _count(ctx, m, float(lo), float(hi), g["vague"].lower())
    if g["scale1"] and g["scale1"].isupper() and not g["sym"]:
        return None  # "$9B", "€150B" in a headline: a sum; "Route 9B", "F-35B": no figure
    parsed = num.parse_number(g["num"])
    if parsed is None:
        return None
    value, step = parsed
    scale_word = (g["scale"] or g["scale1"] or "").lower()
    scale = num.SCALES.get(scale_word, 1.0)
    qual = (g["qual"] or "").lower() or ("+" if g["plus"] else None)
    is_word = not g["num"][0].isdigit()
    relative = ctx.rules.tolerance.relative
    if currency:
        if g["sym"] == "$" and not g["word"] and fp.dollar_after is not None:
            country = fp.dollar_after.match(scan, end, end + 40)
            if country is not None:
                currency, end = fp.dollar_of[country.group(1).lower()], country.end()
        conv = fp.conversion.match(scan, end, end + 200)  # (a bound: see _EITHER_AFTER)
        if conv:
            end = conv.end()
        return _money(ctx, m, end, currency, value, step, scale, qual)
    if g["pct"]:
        if _BETWEEN.search(scan, max(0, start - 12), start) and _AND_SHARE.match(scan, end, end + 40):
            return None  # "between 3% and 3.5%": the range is read from its upper end
        if _THRESHOLD.search(scan, max(0, start - 12), start):
            return None  # "exempt defence spending above 1% of GDP": a threshold, not a level
        if (_CHANGED.search(scan, max(0, start - 24), start)
                or _CHANGED_TOO.search(scan, max(0, start - 80), start)) and not _OF_WHOLE.match(
                scan, end, end + 40):
            return None  # "Rheinmetall rose 14 per cent and BAE Systems 15 per cent": changes
        if _TO_SHARE_AFTER.match(scan, end, end + 40) and not _CHANGE_BEFORE.search(
                scan, max(0, start - 12), start):
            return None  # "3% to 3.5% of GDP" too (not "from 2.3% to 2.5%": a change)
        unit = "pp" if "point" in g["pct"].lower() else "percent"
        lo, hi = num.interval(value, step, 1.0, qual, relative)
        sign = " percentage points" if unit == "pp" else "%"
        shown = _q(qual, f"{num.format_amount(value, 1.0)}{sign}")
        low = _RANGE_FROM.search(scan, max(0, start - 30), start) or _RANGE_TO.search(
            scan, max(0, start - 30), start)
        if low is not None and not qual:
            # "between 3 and 3.5 percent": one figure, a range
            parsed_low = num.parse_number(low.group(1))
            if parsed_low is not None and parsed_low[0] < value:
                lo = num.interval(parsed_low[0], parsed_low[1], 1.0, None, relative)[0]
                shown = f"{low.group(1)}-{num.format_amount(value, 1.0)}{sign}"
        return _topical(ctx, m, end, "percent", unit, Quantity(unit, lo, hi, shown))
    if g["dur"]:
        return _duration(ctx, m, value, step, qual, g["dur"].lower(), is_word)
    if scale == 1.0 and 1900 <= value <= 2100 and not g["qual"] and step >= 0.5 and g["num"].isdigit():
        return None  # a year: four plain digits ("2 000" and "2,000" are counts)
    if is_word and value == 1:
        return None  # "one" is a pronoun far more often than a figure
    if g["num"][0].isdigit() and _ORDINAL.match(scan, m.end("num")):
        return None  # "the 32nd member": a rank, not how many
    if _MODEL.search(scan, max(0, start - 24), start) and not _NOT_A_MODEL.search(
            scan, max(0, start - 24), start):
        return None  # "25 Leopard 1 tanks", "Challenger 2 tanks": a model's number
    if scale == 1.0 and not qual and value < 100 and value == int(value) and "dozen" not in g["num"].lower():
        # a count under a hundred written without "about" is exact: "31 allies" and "32
        # allies" differ (with the precision and tolerance of a measure they agreed)
        lo, hi = value - _EXACT, value + _EXACT
    else:
        lo, hi = num.interval(value, step, scale, qual, relative)
    return _count(ctx, m, lo, hi, _q(qual, num.format_amount(value, scale)), end=end)


_EXACT = 0.25
_ORDINAL = regex.compile(r"(?i)(?:st|nd|rd|th)(?![\p{L}\d])")
# a capitalised word right before a number: a model ("Leopard 1", "Challenger 2"); not
# a month, a weekday or a possessive ("NATO's 32"), nor a sentence's first word
_MODEL = regex.compile(r"(?<=[\p{Ll}\d,;] )\p{Lu}[\p{L}-]+ \Z")
_NOT_A_MODEL = regex.compile(
    r"(?i)\b(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)\s+\Z")


def _q(qual: str | None, shown: str) -> str:
    word = num.qualifier_display(qual)
    return f"{word} {shown}" if word else shown


def _money(ctx: Context, m: regex.Match, end: int, currency: str, value: float, step: float,
           scale: float, qual: str | None) -> Mention | None:
    rules = ctx.rules
    fp = patterns_for(rules)
    label = fp.currency[currency].get("label", currency + " ")
    shown = _q(qual, f"{label}{num.format_amount(value, scale)}")
    lo, hi = num.interval(value, step, scale, qual, rules.tolerance.relative)
    base = rules.base_currency
    rate = 1.0 if currency == base else fp.currency[currency].get("rate")
    if rate is not None:
        extra = 0.0 if currency == base else rules.tolerance.exchange
        lo, hi = lo * rate * (1 - extra), hi * rate * (1 + extra) if hi != math.inf else hi
        unit = base
    else:
        unit = currency
    return _topical(ctx, m, end, "money", unit, Quantity(unit, lo, hi, shown))


def _topical(ctx: Context, m: regex.Match, end: int, kind: str, unit: str, q: Quantity
             ) -> Mention | None:
    start = m.start()
    if kind == "money":
        named = _NAMED_SUM.match(ctx.scan, end, min(len(ctx.scan), end + 60))
        if named is not None and not ctx.cues_between(end, named.end(), "money"):
            return None  # "a €500bn infrastructure fund": a sum of its own, of no topic
    until = _next_money(ctx, end) if kind == "money" else _next_share(ctx, end)
    coordinated = _COORDINATED.search(ctx.scan, max(0, start - 40), start) is not None
    found = ctx.find_topic(start, end, kind, clause=True, after_bias=1.5, until=until,
                           after_first=coordinated)
    if found is None:
        return None
    topic, inferred = found
    c0, c1 = ctx.segs.clause_of(start, end)
    c0, c1 = around(c0, c1, start, end)
    before = ctx.scan[c0:start]
    after = ctx.scan[end:min(len(ctx.scan), end + 60)]
    if _NEGATED.search(before):
        # "would not need to spend 5%": it may corroborate, never make a claim alone
        inferred = "neighbour"
    elif kind == "percent" and (_COMPARED_AFTER.match(ctx.scan, end, c1) or _A_FIGURE_AFTER.match(
            ctx.scan, end, c1) and _ANAPHORIC.search(ctx.scan, max(0, start - 12), start)):
        # "2.5% is only modestly above NATO's guideline", "The 2.5% figure is...": a figure
        # named earlier, weighed against another; it may agree, never dispute
        inferred = "neighbour"
    elif kind == "money" and (_PART_OF_SUM.search(
            ctx.scan, max(ctx.segs.sentence_of(start)[0], start - 160), start)
            or _SHARE_OF_AFTER.match(ctx.scan, end)):
        # ("a $5-billion share of the G7's Extraordinary Revenue Acceleration loans")
        # "up to €800 billion, including €150 billion in loans", "a €6 billion Growth Plan -
        # €2 billion in grants and €4 billion in loans": a part of a sum, named by the
        # sum's cue or none; it may agree, never dispute
        inferred = "sentence"
    elif kind == "money" and _MIXED_SUM.match(ctx.scan, end, min(len(ctx.scan), end + 80)):
        # "a €50 billion package of grants and loans": loans and more; it may agree, never
        # dispute (the loans of "€17 billion in grants and €33 billion in loans")
        inferred = "sentence"
    elif kind == "percent" and not inferred and _covers_two(ctx, topic, end, c1):
        # "5% of GDP annually on core defence requirements and defence- and security-related
        # spending": the sum of both, no share of either; it may agree, never dispute
        inferred = "sentence"
    elif (_NEEDED.search(before) or (kind == "percent" and (
            _WANTED.search(before) or (_RAISE_TO.search(before) and not _TARGET_YEAR.match(after)))))\
            and not inferred:
        # "Spain will need to spend 3.5%", "countries should spend 3% to 3.5%" (someone's
        # view of what it takes), "Trump wants allies to spend 5%" beside "Macron urged
        # Europe to spend 3% to 3.5%" (someone's demand): it may agree, never dispute
        inferred = "sentence"
    phase = ""
    if _EARLIER.search(before) or _DWARFS.search(before) or (_FROM.search(before) and (
            _TO.match(after) or _TO_SHARE.search(
                ctx.scan, max(ctx.segs.sentence_of(start)[0], start - 200), start))):
        # "previously announced £2.2 billion", "from 2.3 per cent of GDP to 2.5 per cent",
        # "to 2.5 per cent of GDP by 2027, from 2.3 per cent"
        phase = "earlier"
    elif _BY_DELTA.search(before) or (kind == "percent" and (
            _RISE_AFTER.match(after) or _RAISED_BARE.search(before))):
        # "raise defence spending by 1.5% of GDP", "a 3 percent rise in defense spending",
        # "would raise defense spending 3 percent this year": how much more
        phase = "increase"
    elif kind == "percent" and _ACCOUNTS_FOR.search(before) and not _OF_GDP.match(after):
        # "accounts for about 68 percent of the combined defense spending of NATO members":
        # a share of a total, not of GDP
        phase = "share"
    elif _TOTAL.search(ctx.scan[c0:c1]) or (kind == "money" and (since := _SINCE_YEAR_AFTER.match(
            ctx.scan, end, min(len(ctx.scan), end + 70))) is not None and not _SUPERLATIVE.search(
            ctx.scan, end, since.end())):
        # (not "$800 million in military aid, the biggest package since the war began")
        phase = "total"
    owner = _owner(ctx, start) if kind == "percent" else _body_of_sum(ctx, start, end)
    if owner is None and kind == "money" and topic.get("of") and _RECEIVES_BEFORE.search(
            ctx.scan, max(c0, start - 30), start):
        # "Israel receives $3.8 billion a year in US military aid", "Egypt receives about
        # $1.3 billion" of it: the giver's aid to the country that receives it
        owner = _owner(ctx, start)
    if owner is not None and topic.id.endswith(f"-{owner.id}"):
        owner = None  # "UK defence spending": the cue names the country already
    suffix = f"-{owner.id}" if owner is not None else ""
    suffix += f"-{phase}" if phase else ""
    target = _TARGET_YEAR.match(after)
    year = (target.group(1).lower(), target.group(2)) if target else None
    if year is None:
        year = _within(ctx, start, end)
    if year is None and ctx.reference is not None:
        # "the G7's $50 billion Extraordinary Revenue Acceleration (ERA) scheme, agreed in
        # June 2024": a sum of that past year
        done = _DONE_IN_YEAR.match(ctx.scan, end, min(len(ctx.scan), end + 120))
        if done is not None and int(done.group(1)) < ctx.reference.year:
            year = ("in", done.group(1))
    last = _LAST_YEAR.match(ctx.scan, end, c1) if year is None else None
    if last is not None:
        # "Spain spent 1.28% last year": a figure of that year, not today's
        which = last.group(1).lower()
        year = ("in", str(ctx.reference.year - (0 if which == "this" else 1))
                if ctx.reference is not None else f"{which}-year")
    if year is None and not phase and kind == "percent":
        year = _shared_deadline(ctx, start, end)
    if year is None and not phase:
        year = _dated_before(ctx, start)
    if year:
        # "5% of GDP by 2035" and "2.5% by 2027" are two targets, not one disputed figure
        suffix += f"-{year[0]}-{year[1]}"
    unit_suffix = "" if unit in (ctx.rules.base_currency, "percent") else f"-{unit.lower()}"
    what = {"money": "Money for", "percent": "Share:"}[kind]
    whose = f"{owner.get('label', owner.id)} " if owner is not None else ""
    label = f"{what} {whose}{topic.label}" + (f" ({phase} figure)" if phase else "")
    if year:
        label += f" {year[0]} {year[1]}"
    if unit not in (ctx.rules.base_currency, "percent"):
        label += f" ({unit})"
    claim = f"{kind}-{topic.id}{suffix}{unit_suffix}"
    # "5%" may be the same figure as "5% by 2035" in another article (audit.group decides)
    base = f"{kind}-{topic.id}{suffix.rsplit('-', 2)[0]}{unit_suffix}" if year else ""
    if kind == "money" and owner is not None:
        # "the G7's $50 billion": a sum written without the body may be the same one
        base = f"{kind}-{topic.id}{unit_suffix}"
    elif kind == "money":
        giver = _giver(ctx, start)
        if giver is not None and not topic.id.endswith(f"-{giver.id}"):
            claim += f"{GIVEN_BY}{giver.id}"  # (audit.split_givers: apart, or merged back)
    return ctx.mention(Kind.FIGURE, claim, label, q, start, end, inferred, rule=topic.id,
                       base=base)


def _covers_two(ctx: Context, topic, end: int, hi: int) -> bool:
    """Whether the share's cue, after it, is joined by "and" to another topic's with no
    share written between them."""
    hits = [h for h in ctx.cues_between(end, min(hi, end + 150), "percent") if not h.weak]
    for a, b in zip(hits, hits[1:], strict=False):
        if a.topic.id == topic.id and b.topic.id != topic.id and _AND_ONLY.fullmatch(
                ctx.scan, a.end, b.start) and not _SHARE_IN.search(ctx.scan, end, b.start):
            return True
    return False


def _dated_before(ctx: Context, start: int) -> tuple[str, str] | None:
    """The past year a sentence dates itself in before a figure: "on May 20, 2017, the two
    countries announced a $110 billion arms deal", or the sentence before, for one that
    opens "On that visit," or "At the time,"."""
    if ctx.reference is None:
        return None
    s0, _ = ctx.segs.sentence_of(start)
    # (not a start: "has committed more than $1.5 billion since the invasion began in
    # February 2022, including $1.3 billion" is all of it since then)
    dated = [d for d in _DATED.finditer(ctx.scan, max(s0, start - PROSE_REACH), start)
             if not _SINCE_BEFORE.search(ctx.scan, max(s0, d.start() - 80), d.start())]
    if not dated and s0 > 0 and start - s0 <= PROSE_REACH and _THEN_OPENER.match(ctx.scan, s0):
        p0, _ = ctx.segs.sentence_of(s0 - 1)
        dated = list(_DATED.finditer(ctx.scan, max(p0, s0 - PROSE_REACH), s0))
        between = ctx.scan[s0:start]
    elif dated:
        # ("EU states spent €326bn on defence in 2024, about 1.9% of GDP")
        between = ctx.scan[max(s0, start - PROSE_REACH):start]
    if not dated:
        return None
    when = dated[-1].group("year") or dated[-1].group("decade")
    if int(when[:4]) + (9 if when.endswith("s") else 0) >= ctx.reference.year:
        return None
    # what was done then, in the past ("... in 2017 and announced a $110bn arms deal"), not
    # what will be ("Recalling the guideline agreed in 2014, Allies will spend 3.5%")
    if _PAST_DONE.search(between) is None or _FUTURE.search(between) is not None:
        return None
    return "in", when


def _body_of_sum(ctx: Context, start: int, end: int):
    """The body a sum is written as of: "the G7's $50 billion loan initiative", "a $50bn G7
    loan scheme" (another claim than a country's own sum; countries are left alone)."""
    body = ctx.vocab.qualifier_ending_at(ctx.scan, start)
    if body is None:
        m = _POSSESSIVE_BODY.search(ctx.scan, max(0, start - 24), start)
        body = ctx.vocab.qualifier_of.get(m.group(1)) if m else None
    if body is None and ctx.scan.startswith(" ", end):
        body = ctx.vocab.qualifier_starting_at(ctx.scan, end + 1)
    if body is None:
        # "a $50bn loan package agreed by the G7"
        m = _AGREED_BY.match(ctx.scan, end, min(len(ctx.scan), end + 80))
        of = ctx.vocab.qualifier_of
        body = (of.get(m.group(1)) or of.get(m.group(1).split(" ")[0])) if m else None
    return body if body is not None and body.get("kind") == "body" else None


def _next_money(ctx: Context, end: int) -> int | None:
    """Where the next sum of money after `end` in its sentence starts (read up to
    PROSE_REACH on): the words after that sum are what it pays for, not this one's."""
    fp = patterns_for(ctx.rules)
    _, s1 = ctx.segs.sentence_of(end)
    stop = min(s1, end + PROSE_REACH)
    pos = end
    while pos < stop:
        m = fp.pattern.search(ctx.scan, pos, stop)
        if m is None:
            return None
        if m.group("sym") or m.group("word"):
            # "... and an arms package worth nearly $142 billion": those words are its own
            worth = _WORTH_BEFORE.search(ctx.scan, max(end, m.start() - 60), m.start())
            return m.start() if worth is None else worth.start()
        pos = m.end() if m.end() > m.start() else m.start() + 1
    return None


def _next_share(ctx: Context, end: int) -> int | None:
    """Where the next share after `end` in its clause starts: "3.5 percent on the military
    itself and 1.5 percent on related infrastructure" - the words after the 1.5 percent are
    its own."""
    _, c1 = ctx.segs.clause_of(end, end + 1)
    hit = _NEXT_SHARE.search(ctx.scan, end, min(c1, end + PROSE_REACH))
    if hit is None or _SHARE_RANGE_GAP.fullmatch(ctx.scan, end, hit.start()):
        return None  # "from 2% to 5% of GDP": a range, of one topic
    return hit.start()


def _within(ctx: Context, start: int, end: int) -> tuple[str, str] | None:
    """A deadline counted from the event's year (else the article's), or from the year its
    sentence names before it: "5% of GDP within a decade", agreed in 2025, is the target
    "by 2035"; "In 2014, members agreed to move towards 2% within a decade", by 2024. Not
    a change by so much ("had increased spending by 50% within a decade")."""
    m = _WITHIN.match(ctx.scan, end)
    day = ctx.rules.event.date or ctx.reference
    if m is None or day is None or _BY_SO_MUCH.search(ctx.scan, max(0, start - 12), start):
        return None
    n = m.group("n").lower()
    count = int(n) if n.isdigit() else 1 if n in ("a", "an") else num.WORDS.get(n, 0)
    years = count * (10 if m.group("unit").lower() == "decade" else 1)
    # "In 2014, members had agreed to move towards 2% within a decade": from that year
    s0 = ctx.segs.sentence_of(start)[0]
    said = [y.group(1) for y in _IN_YEAR.finditer(ctx.scan, max(s0, start - PROSE_REACH), start)]
    base = int(said[-1]) if said else day.year
    return ("by", str(base + years)) if 0 < years <= 50 else None


def _shared_deadline(ctx: Context, start: int, end: int) -> tuple[str, str] | None:
    """The deadline of a share coordinated with this one in its sentence: "3.5% on core
    defence and another 1.5% on related spending by 2035", "5% of GDP by 2035, with
    3.5% going to core defence" (each share of a target stated once has its date); not
    one set against it ("5% by 2035, compared with 2% a decade ago")."""
    s0, s1 = ctx.segs.sentence_of(start)
    scan = ctx.scan
    if _NOW.match(scan, end, s1):
        return None
    m = _DEADLINE_AFTER.match(scan, end, s1)
    if m is None:
        # (the pattern spans under 200 characters: a sentence that never ends is not
        # searched whole for each of its figures)
        m = _DEADLINE_BEFORE.search(scan, max(s0, start - _REACH), start)
    if m is None and s0 > 0 and _OF_THAT.match(scan, s0, start):
        # "... 5% of GDP by 2035. Of that, 3.5% would go on core defence and 1.5% on ..."
        p0, _ = ctx.segs.sentence_of(s0 - 1)
        m = _SHARE_BY.search(scan, max(p0, s0 - 4 * _REACH), s0)
    if m is None or _CONTRAST.search(m.group(0)):
        return None
    return m.group("prep").lower(), m.group("year")


_REACH = 250  # the longest a _DEADLINE_BEFORE match can be, and more
_SHARE = r"\d+(?:\.\d+)?\s*(?:%|per\s?cent\b|percent\b)"
_TO_SHARE = regex.compile(r"(?i)\bto\s+" + _SHARE)  # "to 2.5 per cent ..., from 2.3 per cent"
_AND_SHARE = regex.compile(r"(?i)\s+and\s+" + _SHARE)  # "between 3% and 3.5%"
_DEADLINE = r"\b(?P<prep>by|until|before)\s+(?:the\s+end\s+of\s+)?(?P<year>(?:19|20)\d\d)\b"
_LINK = r"(?:,\s*|\s+)(?:and|plus|with|of\s+which)\s+(?:(?:another|a\s+further|an\s+additional|a|the)\s+)?"
# this share, then "and another 1.5% on ... by 2035" (no other year, figure or stop between)
_DEADLINE_AFTER = regex.compile(
    r"(?i)[^.;%£$€\d]{0,60}?" + _LINK + _SHARE + r"[^.;%£$€\d]{0,60}?" + _DEADLINE)
# "5% of GDP ... by 2035, with " right before this share
_DEADLINE_BEFORE = regex.compile(
    r"(?i)" + _SHARE + r"[^.;%£$€\d]{0,60}?" + _DEADLINE + _LINK + r"\Z")
_WITHIN = regex.compile(
    r"(?i)[^.;%£$€\d]{0,60}?\bwithin\s+(?:the\s+next\s+)?(?P<n>an?|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|\d{1,2})\s+(?P<unit>decades?|years?)\b")
_SHARE_BY = regex.compile(r"(?i)" + _SHARE + r"[^.;%£$€\d]{0,60}?" + _DEADLINE)
_OF_THAT = regex.compile(r"(?i)\s*(?:of|from)\s+(?:that|this|which|it|the\s+total)\s*(?:,|(?=\d))")
_NOW = regex.compile(
    r"(?i)[^.;%]{0,40}?\b(?:now|today|currently|at\s+present|so\s+far|ago|(?:this|last|next)\s+year)\b")
# a share set against another, not a part of it
_CONTRAST = regex.compile(r"(?i)\b(?:compar\w*|versus|vs|against|than|from|ago|instead|rather)\b")
# ("in 2014", "in September 2014", "the Wales summit of September 2014")
_IN_YEAR = regex.compile(rf"(?i)\b(?:in|since|of)\s+(?:(?:{_MONTHS})\s+)?((?:19|20)\d\d)\b")
_BY_SO_MUCH = regex.compile(r"(?i)\bby\s+(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+)?\Z")


_NEGATED = regex.compile(
    r"(?i)\b(?:not|never|no longer|refus\w*|reject\w*)\b(?:\s+[\w'-]+){0,5}\s+$"
    r"|n't\s+(?:[\w'-]+\s+){0,5}$"
    # "a deal that frees Spain from the 5% target", "exempt from", "stay out of": not its
    r"|\b(?:(?:free[sd]?|freeing|exempt\w*)\b(?!\s+up\b)(?:\s+[\w'-]+){0,3}?\s+from|"
    r"(?:opt(?:s|ed|ing)?|stay(?:s|ed|ing)?)\s+out(?:\s+[\w'-]+){0,3}?\s+of)\s+(?:the\s+|a\s+|its\s+)?$")
# "in 2017", "on May 20, 2017", "in May 2017", "on 20 May 2017"
_SINCE_BEFORE = regex.compile(r"(?i)\bsince\b[^.;,]*\Z")
_DATED = regex.compile(
    rf"\b(?:in|on)\s+(?:(?:{_MONTHS})\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?|\d{{1,2}}\s+(?:{_MONTHS})\s+)?"
    r"(?P<year>(?:19|20)\d\d)\b"
    # ("In the 1980s, Britain spent about 4.5 per cent of GDP on defence": that decade's)
    r"|\b[Ii]n\s+the\s+(?P<decade>(?:19|20)\d0s)\b")
_DONE_IN_YEAR = regex.compile(
    rf"(?i)[^.;%£$€]{{0,100}}?\b(?:agreed|signed|approved|announced|launched|set\s+up|created|"
    rf"adopted|pledged)\s+in\s+(?:(?:{_MONTHS})\s+)?((?:19|20)\d\d)\b")
# "a €50 billion package of grants and loans": a sum of two kinds
_MIXED_SUM = regex.compile(
    r"(?i)[^.;%£$€\d]{0,50}?\b(?:grants?\s+and\s+loans|loans\s+and\s+grants?|aid\s+and\s+loans|"
    r"loans\s+and\s+(?:aid|guarantees))\b")
# a sum named by the words right after it ("a €500bn infrastructure fund")
_NAMED_SUM = regex.compile(
    r"\s+(?:[\p{Ll}-]+\s+){1,2}(?:fund|package|plan|programme|program|scheme|facility|budget|deal|"
    r"pledge|bill|contract|investment|stimulus|bailout)s?\b")
# "by 1.5% of GDP" after a verb of change: a change, not a level
_RISE_AFTER = regex.compile(r"\s*(?:rise|increase|growth|hike|jump|boost|cut|drop|fall|decline)\b")
_RAISED_BARE = regex.compile(
    r"(?i)\b(?:(?:raise|raises|raised|raising|increase|increases|increased|increasing|boost|boosts|"
    r"boosted|cut|cuts|grow|grew)\s+(?:\w+\s+){0,2}?(?:spending|budgets?|outlays)|"
    # ("its defence budget would rise 7.2 per cent to 1.78 trillion yuan")
    r"(?:rise|rises|rose|grow|grows|grew|jump|jumps|jumped|fall|falls|fell))\s+\Z")
_RECEIVES_BEFORE = regex.compile(
    r"(?i)\b(?:receives|received|gets|got|is\s+receiving|was\s+receiving)\s+\Z")
_BY_DELTA = regex.compile(
    r"(?i)\b(?:(?:raise|raises|raised|raising|increase|increases|increased|increasing|lift|lifts|"
    r"lifted|boost|boosts|boosted|rise|rises|rose|grow|grows|grew|cut|cuts|reduce|reduced)\b"
    r"[^.;%£$€\d]{0,60}?\bby)\s+(?:about\s+|some\s+|"
    r"around\s+|nearly\s+|almost\s+|up\s+to\s+)?\Z")
_PAST_DONE = regex.compile(
    r"(?i)\b(?:\w{3,}ed|was|were|had|made|won|signed|struck|agreed|announced|spent|gave|paid|"
    r"sold|bought|lent|took|set)\b")
_FUTURE = regex.compile(r"(?i)\b(?:will|would|shall|is\s+to|are\s+to|plans?\s+to|aims?\s+to)\b")
_THEN_OPENER = regex.compile(
    r"\s*(?:On|During|At|In)\s+(?:that|the\s+same)\s+(?:visit|trip|occasion|time|summit|"
    r"meeting|year|day)\b")
# "It dwarfs the $110 billion arms deal": a figure this one is set against
_DWARFS = regex.compile(
    r"(?i)\b(?:dwarf(?:s|ed|ing)?|eclips(?:es|ed|ing)|surpass(?:es|ed|ing)|exceed(?:s|ed|ing)?|"
    r"than|up\s+from|down\s+from)\s+(?:(?:the|a|an|its|their)\s+)?\Z")
_POSSESSIVE_BODY = regex.compile(r"(?<![\w-])(\p{Lu}[\p{L}\d-]*)['\u2019]s\s+\Z")
_AGREED_BY = regex.compile(
    r"[^.;%£$€\d]{0,50}?\b(?:agreed|approved|backed|set\s+up|launched|pledged)\s+by\s+(?:the\s+)?"
    r"(\p{Lu}[\p{L}\d-]*(?:\s+of\s+\p{Lu}[\p{L}]*)?)")  # ("the Group of Seven")
_WORTH_BEFORE = regex.compile(
    r"(?i)(?<![\w-])(?:[\w-]+\s+){1,3}(?:worth|valued\s+at|totall?ing|amounting\s+to)\s+(?:nearly\s+|about\s+|"
    r"some\s+|around\s+|almost\s+|more\s+than\s+|over\s+|up\s+to\s+)?\Z")
_NEEDED = regex.compile(
    r"(?i)\b(?:(?:needs?|needed|will\s+have|would\s+have|has|have)\s+to|should)\s+(?:[\w'-]+\s+){0,2}"
    r"(?:\d+(?:\.\d+)?\s*(?:%|per\s?cent|percent)?\s+(?:to|and)\s+)?$")  # ("should spend 3% to 3.5%")
# "has committed to raise that to 2.5%" with no year: a target written without its deadline
# beside what is spent now ("Britain spends 2.3%"); it may agree, never dispute
_RAISE_TO = regex.compile(r"(?i)\b(?:raise|raising|lift|lifting|increase|increasing|boost|boosting)"
                          r"\s+(?:it|that|this|them|spending|the\s+figure)\s+to\s+\Z")
_WANTED = regex.compile(
    r"(?i)\b(?:wants?|wanted|urg(?:es|ed|ing)|demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+(?:[\w'-]+\s+){0,2}?for|"
    # "is asking them to spend 5%", "has called on allies to spend 5%", "pressed Starmer
    # to set a date for hitting 3 per cent"
    r"ask(?:s|ed|ing)?|call(?:s|ed|ing)?\s+on|"
    r"push(?:es|ed|ing)?\s+for|press(?:es|ed|ing)?(?:\s+for)?)\s+(?:[\w'-]+\s+){0,6}?"
    r"(?:\d+(?:\.\d+)?\s*(?:%|per\s?cent|percent)?\s+(?:to|and)\s+)?$")
_LAST_YEAR = regex.compile(r"(?i)[^.;%]{0,40}?\b(last|this)\s+year\b")
_THRESHOLD = regex.compile(r"(?i)\b(?:above|below|beyond|exceeding)\s+\Z")
# a share right after a verb of change (not "rose to 2.5%", a level), and one coordinated
# with such a share ("rose 14 per cent and BAE Systems 15 per cent"): how much something
# changed, unless a share of a whole follows ("rose 0.5% of GDP")
_CHANGE_VERB = (r"(?:rose|fell|jumped|gained|lost|dropped|climbed|surged|slumped|soared|tumbled|"
                r"plunged|slid|sank|rallied|(?:was|were|is|are)\s+(?:up|down))")
_CHANGED = regex.compile(
    rf"(?i)\b{_CHANGE_VERB}\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?\Z")
_CHANGED_TOO = regex.compile(
    rf"(?i)\b{_CHANGE_VERB}\s+(?:by\s+)?\d+(?:\.\d+)?\s*(?:%|per\s?cent|percent)\s+and\s+"
    r"[^,;.\d]{1,40}?\Z")
_OF_WHOLE = regex.compile(
    r"(?i)\s*(?:%|per\s?cent|percent)?\s*of\s+(?:the\s+)?(?:GDP|gross|national|economic)")
_AND_ONLY = regex.compile(r"(?i)(?:\s+[\w-]+){0,2}\s+and\s+(?:[\w-]+\s+){0,2}")
_SHARE_IN = regex.compile(r"(?i)\d\s*(?:%|per\s?cent|percent)")
_COMPARED_AFTER = regex.compile(
    r"(?i)(?:\s+of\s+(?:GDP|gross\s+domestic\s+product|national\s+income|output))?\s+(?:is|was|would\s+be|"
    r"remains|sits|stands)\s+(?:\w+\s+){0,2}?(?:above|below|higher\s+than|lower\s+than|short\s+of|beyond|"
    r"well\s+short)\b")
_A_FIGURE_AFTER = regex.compile(r"(?i)\s+(?:figure|number|level)\b")
_TO_SHARE_AFTER = regex.compile(r"(?i)\s*(?:to|\u2013)\s*" + _SHARE)
_CHANGE_BEFORE = regex.compile(r"(?i)\b(?:from|by)\s+\Z")
# "3 to 3.5 percent", "3% to 3.5%": one figure, a range (not "from 2.3 to 2.5 per cent")
_RANGE_TO = regex.compile(
    r"(?i)(?<!\b(?:from|by)\s{1,3})(?<![\w.])(\d{1,2}(?:\.\d+)?)\s*(?:%|per\s?cent|percent)?"
    r"\s*(?:to|\u2013)\s+\Z")
_RANGE_FROM = regex.compile(
    r"(?i)\bbetween\s+(\d+(?:\.\d+)?)\s*(?:%|per\s?cent|percent)?\s+and\s+\Z")
# Words that speak of many countries at once: after them a country named earlier no
# longer owns the figure ("Macron said European countries should spend 3%").
_PLACE_NOUN = regex.compile(
    r"(?i)\s+(?:city|capital|town|port|village|region|province|resort|coast|border|palace|"
    r"base|island|seaside)\b")
_COLLECTIVE = regex.compile(
    r"(?i)\b(?:allies|members|member states|countries|nations|leaders|governments|europe|"
    r"european|everyone|all|each|every|alliance|bloc)\b")
# a body's measure of a country's share, and a country's place among many: still its own
# ("on NATO's definition", "according to NATO's estimates", "the alliance's top spender",
# "leads the alliance")
_BY_BODY_BEFORE = regex.compile(r"(?i)\b(?:on|by|under|per|according\s+to)\s+(?:the\s+)?\Z")
_BODYS_MEASURE = regex.compile(
    r"(?i)['\u2019]s\s+(?:own\s+)?(?:definition|estimates?|figures|data|numbers|count|measure)\b")
_OWNED_COLLECTIVE = regex.compile(r"['\u2019]s\b")
_LEADS_BEFORE = regex.compile(r"(?i)\b(?:leads?|leading|tops?|in|of|across|within)\s+(?:the\s+)?\Z")
# a country inside an aside (", which borders Russia's ally Belarus,") is not the subject
_ASIDE_OPEN = regex.compile(r",\s+(?:which|who|whose)\b[^,]*\Z")
_CAPITALS = {"Madrid": "Spain", "Berlin": "Germany", "Paris": "France", "London": "Britain",
             "Washington": "United States", "Moscow": "Russia", "Beijing": "China", "Kyiv": "Ukraine",
             "Warsaw": "Poland", "Rome": "Italy", "Ottawa": "Canada", "Tokyo": "Japan",
             "Seoul": "South Korea", "Canberra": "Australia", "Ankara": "Turkey", "Budapest": "Hungary",
             "Athens": "Greece", "Lisbon": "Portugal", "Copenhagen": "Denmark", "Stockholm": "Sweden",
             "Helsinki": "Finland", "Oslo": "Norway", "Prague": "Czech Republic", "Bucharest": "Romania",
             "Vilnius": "Lithuania", "Riga": "Latvia", "Tallinn": "Estonia", "New Delhi": "India",
             "Tehran": "Iran", "Pyongyang": "North Korea"}
_GOVERNMENT_VERB = regex.compile(
    r"\s+(?:has|had|have|is|was|will|would|plans?|planned|wants?|wanted|spends?|spent|says?|said|"
    r"aims?|aimed|agreed|reached|pledged|committed|intends?|expects?|promised|insists?|insisted)\b")
_PLACE_PREP = regex.compile(r"(?i)\b(?:in|at|to|from|near|outside|around|via)\s+\Z")
_LIKE_BEFORE = regex.compile(r"(?i)\b(?:like|unlike|than)\s+\Z")
# a clause's subject, a country or its capital before its verb: "Australia has committed",
# "Canada will give", "The UK pledged", "Britain's government has promised"
_SUBJECT = regex.compile(
    r"\s*(?:(?:But|And|Meanwhile|Separately|So\s+far|To\s+date|In\s+all|Overall),?\s+)?"
    r"(?:the\s+|The\s+)?(\p{Lu}[\p{L}.-]*(?:[ ]\p{Lu}[\p{L}.-]*){0,2})(?:'s\s+government)?\s+"
    r"(?:has\s+|have\s+|had\s+|will\s+|would\s+|is\s+to\s+|also\s+|already\s+|now\s+)*"
    r"(?:committed|pledged|provided|given|gave|give|promised|spent|spends|spend|sent|"
    r"allocated|contributed|donated|announced|offered|earmarked|delivered|approved)\b")
_CAP_RUN = regex.compile(r"\p{Lu}[\p{L}.'-]*(?:[ ](?:of[ ](?:the[ ])?)?\p{Lu}[\p{L}.'-]*)*")


def _giver(ctx: Context, start: int):
    """The country a sum is given or spent by: the sentence's subject before it, a country
    that opens the sentence or its clause and is followed by a verb ("Australia has
    committed more than $1.5 billion ..., including $1.3 billion in military assistance",
    "Canada will give"); not one after a preposition ("aid to Ukraine"), nor a body. The
    audit keeps sums of different givers apart only where they would dispute
    (audit.split_givers)."""
    s0, _ = ctx.segs.sentence_of(start)
    c0, _ = ctx.segs.clause_of(start, start + 1)
    for lo in dict.fromkeys((c0, s0)):
        subject = _SUBJECT.match(ctx.scan, lo, start)
        if subject is None:
            continue
        q = ctx.vocab.qualifier_of.get(subject.group(1))
        if q is None and subject.group(1) in _CAPITALS:
            q = ctx.vocab.qualifier_of.get(_CAPITALS[subject.group(1)])
        if q is not None and q.get("kind") != "body":
            return q
    return None


def _owner(ctx: Context, start: int):
    """The country a share belongs to: the last one named before it in its clause, else
    in its sentence ("Spain, which spent 1.28% of GDP", "The UK spends about 2.3%").
    A body (NATO, the EU) or a word for many countries after it means the figure is
    everyone's: no owner."""
    segs = ctx.segs
    s0, _ = segs.sentence_of(start)
    c0, _ = segs.clause_of(start, start + 1)
    for lo in (max(c0, start - PROSE_REACH), max(s0, start - PROSE_REACH)):
        found = None
        for run in _CAP_RUN.finditer(ctx.scan, lo, start):
            words = run.group(0).split(" ")
            for i in range(len(words)):
                for k in range(len(words) - i, 0, -1):
                    cand = " ".join(words[i:i + k])
                    cand = cand[:-2] if cand.endswith("'s") else cand.rstrip("'")
                    q = ctx.vocab.qualifier_of.get(cand)
                    if q is None and cand in _CAPITALS:
                        # "Madrid had reached an agreement allowing it to spend 2.1%",
                        # "Berlin plans to reach 3.5%": the capital as its government (a
                        # subject: not "in Madrid", not "Madrid's mayor")
                        at = run.start() + len(" ".join(words[:i]))
                        after = at + len(cand)
                        if _GOVERNMENT_VERB.match(ctx.scan, after) and not _PLACE_PREP.search(
                                ctx.scan, max(0, at - 8), at):
                            q = ctx.vocab.qualifier_of.get(_CAPITALS[cand])
                    if q is not None:
                        offset = run.start() + len(" ".join(words[:i + k]))
                        if _PLACE_NOUN.match(ctx.scan, offset, start):
                            break  # "the Dutch city of The Hague": a place, no spender
                        if i == 0 and _LIKE_BEFORE.search(ctx.scan, max(0, run.start() - 10), run.start()):
                            break  # "Ireland, which like Belgium was absent, spends": Ireland
                        if q.get("kind") == "body" and (
                                _BY_BODY_BEFORE.search(ctx.scan, max(0, run.start() - 20), run.start())
                                or _BODYS_MEASURE.match(ctx.scan, offset)):
                            break  # "Germany spent 2.12% on NATO's definition": NATO's measure
                        if _ASIDE_OPEN.search(ctx.scan, lo, run.start()) and "," in ctx.scan[offset:start]:
                            break  # "Poland, which borders Russia's ally Belarus, leads...": Poland
                        found = (q, offset)
                        break
        if found is not None:
            q, offset = found
            if q.get("kind") == "body" or any(
                    not _OWNED_COLLECTIVE.match(ctx.scan, c.end()) and not _LEADS_BEFORE.search(
                        ctx.scan, max(0, c.start() - 12), c.start())
                    for c in _COLLECTIVE.finditer(ctx.scan, offset, start)):
                return None
            return q
    return None


def _count(ctx: Context, m: regex.Match, lo: float, hi: float, shown: str, end: int | None = None
           ) -> Mention | None:
    """A count needs its noun right after it (up to three words between)."""
    start = m.start()
    end = m.end() if end is None else end
    scan = ctx.scan
    if hi <= 10.5 and scan[end:end + 1] != "-" and _ANAPHORIC.search(scan[max(0, start - 12):start]):
        return None  # "the two leaders" refers back; it is not a figure
    if _OTHER_BEFORE.search(scan, max(0, start - 8), start):
        return None  # "the other six leaders": some of them, not how many there are
    if _TIMES.match(scan, end, end + 8):
        return None  # "about 2.8 times the country's GDP": a ratio
    if _PART_OF.match(scan, end, end + 40):
        return None  # "23 of the 32 allies": a part; the whole is counted after it
    if _FROM_COUNT.search(scan, max(0, start - 30), start) or _NAMED_GROUP.search(
            scan, max(0, start - 10), start):
        return None  # "up from just three allies": a figure of before; "Group of Seven": a name
    if _EITHER_BEFORE.search(scan[max(0, start - 6):start]) or _EITHER_AFTER.match(scan, end, end + 80):
        return None  # "one or two other countries": a guess, not a figure
    if _RANKED_OUT_OF.search(scan, max(0, start - 30), start):
        return None  # "ranked 122nd out of 180 countries" in an index: those ranked
    if _EXERCISE.search(scan, max(0, start - 80), start):
        return None  # "an exercise involving some 31,000 troops from 24 countries": its own
    # "5,000 air defense missiles", "17 other leaders", "a 32-nation alliance"
    for hit in ctx.cues_between(end, min(end + 60, len(scan)), "count"):
        gap = scan[end:hit.start]
        if not _GAP.fullmatch(gap) or _PUNCT.search(gap) or "\n" in gap or _GAP_STOP.search(gap):
            continue  # ("four points he said leaders had agreed": the noun is "points")
        topic_id, label = hit.topic.id, hit.topic.get("label", hit.topic.id)
        base_topic = hit.topic.get("of") or hit.topic.id  # ("drones" of "Russian drones")
        unsure = False
        if _OTHER.search(gap) and _OTHERS_BEFORE.search(scan[max(0, start - 40):start]):
            # ("Macron unveiled with Spain and six other countries": France, Spain and six,
            # or Spain and six? a count that may agree, never dispute)
            unsure = _WITH_AND_OTHERS.search(scan, max(0, start - 40), start) is not None
            # "Zelensky and 17 other leaders", "Frederiksen joined 17 other leaders":
            # eighteen in all
            lo, hi = lo + 1, hi + 1
            shown = _plus_one(shown)
        elif _OTHER.search(gap) and (_THE_BEFORE.search(scan, max(0, start - 8), start)
                                     or _WHOSE_BEFORE.search(scan, max(0, start - 24), start)):
            # "the 26 other member states": all but someone, some of them; it may agree,
            # never dispute (not "about two dozen other leaders took part by video")
            unsure = True
        elif _OTHER.search(gap) and _BUT_ALSO_BEFORE.search(scan, max(0, start - 12), start):
            # "not only the 27 member states of the EU but also 17 other countries": the
            # others beside those, a count of their own
            topic_id += "-other"
            label = f"other {label}"
        # (lower-case words, and regions or peoples no qualifier names: "four Central Asian
        # states", "six Eurasian nations"; not "27 EU countries")
        kind = [w.lower() for w in _GAP_WORD.findall(gap) if w.lower() not in _ANY_KIND and (
            w.islower() or ctx.vocab.qualifier_of.get(w) is None)]
        if hit.topic.id == "countries" and kind:
            # "45 least developed countries", "39 small island states": a kind of them
            topic_id += "-" + "-".join(kind)
            label = f"{' '.join(kind)} {label}"
        model = _DESIGNATION.search(gap) if base_topic in _EQUIPMENT else None
        if scan[hit.start:hit.end].lower().startswith("member") and _MEMBERS_OF_SOMETHING.match(
                scan, hit.end):
            return None  # "1,300 members of the armed forces": no country's count
        named = _NAMED_AFTER.match(scan, hit.end) or _MEMBERS_OF.match(scan, hit.end)
        body = None if named is None else ctx.vocab.qualifier_starting_at(scan, named.end())
        if body is not None and _demonym_at(scan, named.end(), body):
            body = None  # "4,000 members of the Swiss armed forces": not Switzerland's members
        if named is not None and body is None:
            # "the 39-member Alliance of Small Island States", "the 39 members of the
            # Alliance of ...": the members of a body we do not know
            return None
        # "a 32-nation alliance", "a coalition of some 35 countries", "the roughly 35
        # countries in the coalition": the members of a group
        group = (_GROUP_AFTER.match(scan, hit.end) or _GROUP_OF_BEFORE.search(scan, max(0, start - 30), start)
                 or _IN_GROUP_AFTER.match(scan, hit.end)
                 # ("the 19 countries and the European Union that make up the group")
                 or _MAKE_UP_AFTER.match(scan, hit.end, min(len(scan), hit.end + 80))
                 or _GROUP_HAS.search(scan, max(0, start - 160), start))  # ("The coalition has 35")
        owner = ctx.vocab.qualifier_ending_at(scan, start) or body  # ("32 members of NATO")
        if owner is None:
            # "the bloc's 27 leaders", "the alliance's 32 members": the body news calls so
            said = _GROUP_BEFORE.search(scan, max(0, start - 24), start)
            owner = ctx.body_called(said.group(1), start) if said else None
        if owner is None and gap.strip(" -") == "":
            # "the 27-member EU's leaders", "the 32-nation NATO alliance"
            after = _SPACE_THE.match(scan[hit.end:hit.end + 6])
            if after is not None:
                owner = ctx.vocab.qualifier_starting_at(scan, hit.end + after.end())
        if owner is None and group is None and base_topic != "countries":
            # "about 3,000 troops to Romania": those sent there, another count than all
            # (not "officials from about 40 countries in Saudi Arabia": where they met)
            there = _TO_PLACE.match(scan, hit.end, min(len(scan), hit.end + 12))
            owner = ctx.vocab.qualifier_starting_at(scan, there.end()) if there else None
        if owner is None and group is None:
            # "The G20 groups 19 countries, the European Union and the African Union"
            has = _BODY_HAS.search(scan, max(0, start - 40), start)
            if has is not None:
                from_ = ctx.segs.clause_of(start, end)[0]
                if _WHICH.match(scan, from_, has.start()):
                    # "The G20, which groups 19 countries": the body right before "which"
                    # (not "Biden praised Poland, which has 150,000 troops")
                    # (or the country: "Canada, which has about 2,500 soldiers in Kandahar")
                    before_which = scan[max(0, from_ - 60):from_].rstrip(" ,(\u2014-") + " "
                    owner = ctx.vocab.qualifier_ending_at(before_which, len(before_which))
                else:
                    owner = ctx.body_named_in(max(from_, has.start() - 60), has.start())
        if owner is None and group is None and _ITS_BEFORE.search(scan, max(0, start - 8), start):
            # "Canada's Parliament voted to keep its 2,500 soldiers in Kandahar": the
            # country the clause names before them
            owner = _owner(ctx, start)
        if owner is None and group is None:
            # "Russia attacked Ukraine with 126 drones", "Ukraine launched 337 drones at
            # Russia": the drones of the one who fired them
            fired = _FIRED_BEFORE.search(scan, max(0, start - 60), start)
            owner = _owner(ctx, fired.start()) if fired is not None else None
        if owner is None and group and scan[max(0, group.start(1) - 2):group.start(1)].startswith("+"):
            return None  # "the 23-member OPEC+ alliance": a body we do not know, not NATO
        if owner is None and group and group.group(1)[:1].isupper() and _NAME_BEFORE.search(
                scan, max(0, group.start(1) - 30), group.start(1)):
            # "an International Solar Alliance of 121 countries", "the High Ambition
            # Coalition" (not NATO's "the Alliance"): a body named, one we do not know
            return None
        whose = _UNKNOWN_BODY_WHOSE.search(scan, max(0, start - 80), start) if owner is None else None
        if whose is not None and ctx.vocab.qualifier_of.get(whose.group("name")) is None:
            # "the Union of South American Nations (UNASUR), whose 12 member states met in
            # Quito": the members of a body named, one we do not know (not "the North
            # Atlantic Treaty Organization (NATO), whose 32 members")
            return None
        if owner is None and group:
            # "the 32-nation alliance", "a 27-member bloc": the body news calls so
            owner = ctx.body_called(group.group(1), start)
            if owner is None and _MAKE_UP_AFTER.match(scan, hit.end, min(len(scan), hit.end + 80)):
                # "At the G20 summit, the 19 countries ... that make up the group": the body
                # the sentence named before them
                owner = ctx.body_named_in(max(ctx.segs.sentence_of(start)[0], start - PROSE_REACH), start)
        base = ""
        if owner is not None and hit.topic.id == topic_id:
            base = f"count-{topic_id}"
            topic_id += f"-{owner.id}"
            label = f"{owner.get('label', owner.id)} {label}"
        elif group:
            # "a 10-member group": the membership of a group we cannot name
            kind = _COALITION_KIND.match(group.group())
            named = group.group(1).lower()
            if kind is not None:
                named = f"{kind.group(1).lower()}-{named}"
            topic_id += f"-{named}"
            label += f" in the {named.replace('-', ' ')}"
        elif hit.topic.get("of") and topic_id == hit.topic.id:
            # "the 21 APEC member economies", "32 NATO allies": the cue names the body; a
            # count written without it may be the same one
            base = f"count-{hit.topic.get('of')}"
        force = None if base_topic != "troops" else _NAMED_FORCE_BEFORE.search(
            scan, max(0, start - 80), start)
        if force is not None:
            # "the Nato Response Force - some 25,000 troops able to deploy": that force's
            name = force.group(1)
            topic_id += "-" + "-".join(name.lower().split())
            label += f" ({name})"
        if model is not None:
            # "40 F-16 fighter jets", "64 F-35 fighter jets": each model its own count; a count
            # written without the model may join the one model's it agrees with
            base = base or f"count-{topic_id}"
            topic_id += f"-{model.group().lower()}"
            label += f" ({model.group()})"
        s0, s1 = around(*ctx.segs.sentence_of(start), start, end)  # (a sentence that never ends)
        if base_topic not in ("countries", "leaders") and (
                _EXTRA_GAP.search(gap) or _EXTRA_BEFORE.search(scan, max(0, start - 20), start)):
            # "France would send about 700 more troops", "another 700 soldiers": what is
            # added, not how many there are (not "four more countries joined the call":
            # those who join a call or a meeting are counted as above)
            topic_id += "-additional"
            label = f"additional {label}"
            base = ""
        elif owner is None and group is None and base_topic not in ("countries", "leaders") and (
                _LIMIT_BEFORE.search(scan, max(s0, start - 60), start)):
            # "the Bundeswehr's mandate from parliament allows up to 3,500 soldiers": a
            # ceiling, not how many serve
            topic_id += "-limit"
            label += " (limit)"
        toll = (_TOLL_AFTER.search(scan, hit.end, min(s1, hit.end + 80))
                or _TOLL_BEFORE.search(scan, max(s0, start - 150), start)
                or _FALLEN.search(gap))
        if toll is not None:
            # "eight Ukrainian servicemen were killed", "a clash that killed 20 Indian soldiers
            # and at least four Chinese troops", "Six people were killed: five Hamas
            # members and ...": a toll, of the dead or of the wounded, not how many there are
            which = "killed" if toll.group("dead") else "wounded"
            topic_id += f"-{which}"
            label += f" {which}"
            base = ""
        elif _LOST_BEFORE.search(scan, max(s0, start - 20), start):
            # "Kyiv had lost 400,000 soldiers", "Russia has lost more than 600,000 soldiers
            # in Ukraine": each side's losses, the dead and the wounded, of the side named
            # before them
            loser = _owner(ctx, start)
            if loser is not None:
                topic_id = f"{hit.topic.id}-{loser.id}"
                label = f"{loser.get('label', loser.id)} {hit.topic.get('label', hit.topic.id)}"
            topic_id += "-lost"
            label += " lost"
            base = ""
        if (owner is None or owner.get("kind") != "body") and _of_another_day(ctx, start, end):
            # (a body's members are as many whatever the meeting: "the bloc's 27 leaders")
            return None  # "hosted a summit of 18 leaders in London on March 2", weeks before
        if _NIGHT_BEFORE.search(scan, *around(s0, s1, start, end)) or (
                _BACK_THEN.search(scan, *around(s0, s1, start, end))) or (
                _LAST_EDITION.search(scan, s0, start)) or (
                _AGREED_BY_BEFORE.search(scan, max(0, start - 30), start)
                and _IN_A_PAST_MONTH.match(scan, hit.end, min(len(scan), hit.end + 50))) or (
                _FOUNDED_BY.search(scan, max(s0, start - 80), start)):
            # "A night earlier, Russia fired 728 drones": a count of another night or day
            topic_id += "-earlier"
            label += " (earlier figure)"
            base += "-earlier" if base else ""
        elif (by := _BY_YEAR_AFTER.match(scan, hit.end, min(len(scan), hit.end + 12))) is not None and (
                ctx.reference is not None and int(by.group(1)) > ctx.reference.year):
            # "a Rapid Deployment Capacity of up to 5,000 troops by 2025": a goal, not how
            # many there are
            topic_id += f"-by-{by.group(1)}"
            label += f" by {by.group(1)}"
            base += f"-by-{by.group(1)}" if base else ""
        c0, c1 = around(*ctx.segs.clause_of(start, end), start, end)
        if c1 - hit.end < 3:  # ("- 80 countries, four organisations back final communique")
            c1 = around(s0, s1, start, end)[1]
        if (_DOCUMENT.search(scan, c0, c1) and _BACKING.search(scan, c0, c1)) or _JOINTLY.search(
                scan, c0, c1) or _AGREED_AFTER.match(scan, hit.end, min(len(scan), hit.end + 30)):
            # "80 countries backed the final communique" of the 92 that attended, "26
            # leaders agreed" of 27: those who signed a text or agreed, as many as all or fewer
            # (where all signed, a count written without the text is the same one: it may
            # join this claim, as a broad figure joins a narrower one)
            base = f"{base}-signing" if base else f"count-{topic_id}"
            topic_id += "-signing"
            label += " signing"
        elif base_topic in ("countries", "leaders") and _EXCLUDED_AFTER.match(
                scan, hit.end, min(s1, hit.end + 220)):
            # "four countries suspended by the AU after coups were left out", "were not
            # invited": those kept away, a count of their own
            topic_id += "-excluded"
            label += " excluded"
            base += "-excluded" if base else ""
        elif _INVITED_BEFORE.search(scan, max(c0, start - 40), start) or _INVITED_AFTER.match(
                scan, hit.end, min(c1, hit.end + 40)):
            # "Rama had invited 47 leaders", of whom "more than 40" came: those asked
            topic_id += "-invited"
            label += " invited"
            base += "-invited" if base else ""
        q = Quantity("count", lo, hi, shown)
        # "only 11 allies are expected to hit the target": some of them, as often as all
        if _TRIP_OF.search(scan, max(0, start - 30), start) or _TRIP_AFTER.match(scan, hit.end, hit.end + 12):
            return None  # "a tour of five countries": a trip's stops, not a meeting's members
        few = (unsure or _ONLY_BEFORE.search(scan, max(0, start - 12), start) is not None
               # "26 member states insisted on the decision": those who took a side
               or (base_topic in ("countries", "leaders")
                   and _SIDED_AFTER.match(scan, hit.end, min(len(scan), hit.end + 30)) is not None
                   and not _ALL_BEFORE.search(scan, max(0, start - 12), start))
               or (base_topic in ("countries", "leaders")
                   and _SAID_AFTER.match(scan, hit.end, min(len(scan), hit.end + 30)) is not None
                   and not _OWNED_BEFORE.search(scan, max(0, start - 16), start))
               # "attended by leaders of eight ASEAN member states": those of a body's
               # members who came, some or all
               or (((owner is not None and owner.get("kind") == "body") or hit.topic.get("of"))
                   and _ATTENDED_BEFORE.search(scan, max(0, start - 40), start) is not None)
               # "Tanzania is one of four African countries paired with Japanese cities":
               # a group of some of them
               or _ONE_OF_BEFORE.search(scan, max(0, start - 12), start) is not None
               or _REMAINING_BEFORE.search(scan, max(0, start - 12), start) is not None
               or _DEALS_WITH_BEFORE.search(scan, max(0, start - 40), start) is not None
               # "published a list of four countries that haven't committed", "according to
               # officials from two countries": those listed, those a report rests on
               or _A_LIST_OF_BEFORE.search(scan, max(0, start - 60), start) is not None
               # "26 countries accounting for around 39 percent of global emissions have now
               # formally joined": those who have so far
               or _JOINED_AFTER.match(scan, hit.end, min(len(scan), hit.end + 100)) is not None
               # "a joint letter he co-signed with a dozen other leaders": its signers
               or _SIGNED_WITH_BEFORE.search(scan, max(0, start - 40), start) is not None
               # "a proposal supported by more than 80 countries": those who backed it
               or _BACKED_BY_BEFORE.search(scan, max(0, start - 140), start) is not None
               # "the G20, made up of 19 countries and the European Union" (of its 20 members)
               or (base_topic == "countries"
                   and (union := _AND_UNION_AFTER.match(scan, hit.end, min(len(scan), hit.end + 40)))
                   is not None
                   and (_MADE_UP_OF_BEFORE.search(scan, max(s0, start - 100), start) is not None
                        # ("the 19 countries and the European Union that make up the G20")
                        or _MAKE_UP_BODY_AFTER.match(scan, union.end(), min(len(scan), union.end() + 60))
                        is not None
                        # ("leaders of the 19 member countries and the EU" of the G20 named in
                        # the sentence or the ones before, whose members the EU and the AU are;
                        # not NATO's, where the EU is a guest)
                        or ("member" in scan[start:hit.end].lower()
                            and _G20.search(scan, max(0, s0 - 400), s1) is not None)))
               # "a $713 million package that also covers 15 NATO allies and partners": those
               # it goes to
               or (base_topic == "countries" and _COVERS_BEFORE.search(scan, max(0, start - 16), start)
                   is not None)
               # "Of the 73 countries eligible for the DSSI": those a scheme is open to
               or (base_topic == "countries"
                   and _ELIGIBLE_AFTER.match(scan, hit.end, hit.end + 30) is not None
                   and not _POSSESSED_BEFORE.search(scan, max(0, start - 16), start))
               # "15 members, five of them permanent", "36 countries, 22 of them by heads of
               # state": a part of those
               or _OF_THEM.match(scan, end, end + 20) is not None
               # "whose 15 members include five permanent members": some of them
               or _INCLUDE_BEFORE.search(scan, max(0, start - 24), start) is not None
               # "four allies, Germany, the Netherlands, Romania and Italy": the ones named
               or _NAMED_LIST.match(scan, hit.end, min(len(scan), hit.end + 160)) is not None
               # "The decision was adopted by 26 member states" (of 27): those who voted for it
               or _ADOPTED_BY.search(scan, max(0, start - 90), start) is not None
               # "Kosovo, which five EU member states do not recognise": those who do not
               or _NOT_RECOGNISE_AFTER.match(scan, hit.end, min(len(scan), hit.end + 30)) is not None
               # "sending between 400 and 600 soldiers": each end of a range, not the count
               or _BETWEEN.search(scan, max(0, start - 12), start) is not None
               or _BETWEEN_AND.search(scan, max(0, start - 40), start) is not None
               # "alongside Denmark, Estonia, ... and Norway - seven nations in all"
               or _LISTED_BEFORE.search(scan, max(0, start - 200), start) is not None
               # "letters to 14 countries": those something went to, some or all
               or (hit.topic.id == "countries" and (
                   _SENT_TO.search(scan, max(0, start - 12), start) is not None
                   # ("Grain for six countries": those it goes to)
                   or _GOODS_FOR.search(scan, max(0, start - 30), start) is not None
                   or _RECEIVING.match(scan, hit.end, hit.end + 30) is not None))
               # "nine allies will meet that target": the ones that do, not all
               or _MEET_TARGET.match(scan, hit.end, min(len(scan), hit.end + 60)) is not None
               # "61 drones had been shot down", "intercepted 61 drones": some of those sent
               or _DOWNED_AFTER.match(scan, hit.end, min(len(scan), hit.end + 40)) is not None
               or (base_topic in ("drones", "missiles")
                   and _DOWNED_LATER.match(scan, hit.end, min(len(scan), hit.end + 140)) is not None)
               or _DOWNED_BEFORE.search(scan, max(0, start - 30), start) is not None
               # "as the 54-nation bloc opened its summit and admitted two new members": a
               # membership that changes in the telling
               or _ADMITTED.search(scan, s0, s1) is not None
               # "The resolution was supported by 94 states, 14 voted against and 73
               # abstained": a vote's tally, some of them
               or ((_VOTED_BY.search(scan, max(0, start - 20), start) is not None
                    or _VOTED.match(scan, hit.end, min(len(scan), hit.end + 30)) is not None)
                   and _VOTE.search(scan, s0, s1) is not None))
        return ctx.mention(Kind.FIGURE, f"count-{topic_id}", f"Number of {label}", q,
                           start, end, "sentence" if few else False, rule=hit.topic.id, base=base)
    return None


def _demonym_at(scan: str, at: int, q) -> bool:
    """Whether the country at `at` is written as its adjective ("Swiss", "British"), which
    qualifies the noun after it, not its name ("Switzerland")."""
    word = _GAP_WORD.match(scan, at)
    variants = q.get("variants") or ()
    return word is not None and word.group() == q.get("label") and bool(variants) and (
        variants[0] != word.group())


def _of_another_day(ctx: Context, start: int, end: int) -> bool:
    """Whether the count's clause dates it weeks from the event (the rules' date, else the
    article's own), or its sentence days from the article's in another place than it
    reports from (without the event's date in the rules): the count of another meeting,
    written as background ("the London summit at Lancaster House on Sunday, attended by 18
    leaders", in a report from Brussels on Thursday)."""
    day = ctx.rules.event.date or ctx.reference
    if day is None:
        return False
    c0, c1 = around(*ctx.segs.clause_of(start, end), start, end)
    s0, s1 = around(*ctx.segs.sentence_of(start), start, end)
    undated = (ctx.rules.event.date is None or ctx.rules.event.anchored) and not ctx.rules.event.places
    for m in DATE_PATTERN.finditer(ctx.scan, s0 if undated else c0, s1 if undated else c1):
        parts = parts_of(m)
        when = anchor(parts, ctx.reference or day) if (parts.month and parts.day) or (
            parts.weekday is not None) else None
        if when is None:
            continue
        gap = abs((when - day).days)
        if (gap > OTHER_EVENT_DAYS and c0 <= m.start() < c1) or (
                undated and gap >= NOT_TODAY_DAYS and ctx.elsewhere(s0, s1, m.start())):
            return True
    return False




_SPACE_THE = regex.compile(r"\s+(?:the\s+)?")
_GROUP_BEFORE = regex.compile(r"(?i)\bthe\s+(alliance|bloc|union)['\u2019]s\s+\Z")
# words that end the phrase a count begins: its noun came before them
_GAP_STOP = regex.compile(
    r"(?i)\b(?:he|she|it|they|we|you|said|says|had|has|have|was|were|is|are|would|will|that|"
    r"which|who"
    # a preposition after a word of the count's own ends its noun: "thousands of sailors
    # aboard the aircraft carrier", "20 minutes before the leaders" (not "22 of them by
    # heads of state")
    r"|(?<!\b(?:of|the|a|an|them|these|those|its|their)\s+)(?<=\w\s+)(?:aboard|on|onto|at|in|"
    r"into|from|with|without|for|by|across|near|inside|under|over|against|during|after|"
    r"before|between|among|through))\b")
_THE_BEFORE = regex.compile(r"(?i)\bthe\s+\Z")
# ("the alliance's 31 other members", "its 26 other members": all but someone)
_WHOSE_BEFORE = regex.compile(
    r"(?:(?i:\bthe\s+(?:[\w-]+\s+){0,2}[\w-]+)|\b\p{Lu}[\w-]*)['\u2019]s\s+\Z|(?i:\b(?:its|their)\s+\Z)")
_OTHER_BEFORE = regex.compile(r"(?i)\bother\s+\Z")
# "The remaining 10 members are elected", "The remaining 26 leaders published the text":
# the rest of some, which may agree, never dispute
_INCLUDE_BEFORE = regex.compile(r"(?i)\b(?:include|includes|included|including)\s+(?:\w+\s+)?\Z")
_OF_THEM = regex.compile(r"(?i)\s+of\s+(?:them|whom|which|these|those)\b")
_REMAINING_BEFORE = regex.compile(r"(?i)\bremaining\s+\Z")
# "made up of 19 countries and the European Union", "The G20 - 19 countries plus the EU":
# the countries of a body whose members are not all countries, some of its members (not
_G20_NAME = r"\b(?:G-?20|Group\s+of\s+20|Group\s+of\s+Twenty)"
# "signed by 28 countries and the EU": a count of its own)
_AND_UNION_AFTER = regex.compile(
    r"(?i)(?:[ \t]+(?:countries|states|nations))?"
    r"(?:[ \t]+(?:and|plus|as[ \t]+well[ \t]+as|along[ \t]+with)|,)[ \t]+(?:the[ \t]+)?"
    r"(?:European[ \t]+Union|EU|African[ \t]+Union|AU)\b")
# (not "Leaders of 29 countries have joined the video call": those at the meeting)
_JOINED_AFTER = regex.compile(
    r"(?i)(?:\s+(?:accounting\s+for|representing|with)\s+[^.;:,]{0,60}?)?\s+(?:have|has)\s+(?:now\s+|so\s+far\s+)?"
    r"(?:formally\s+|already\s+)?(?:ratified|acceded|(?<=formally\s+)joined|joined\s+(?:it|the\s+(?:\w+\s+){0,3}?"
    r"(?:accord|agreement|treaty|pact|convention|deal|protocol|initiative|compact|alliance|partnership)))\b")
_SIGNED_WITH_BEFORE = regex.compile(
    r"(?i)\b(?:co-?signed|signed|co-?wrote|wrote|co-?authored|penned)\s+(?:[\w-]+\s+){0,2}?with\s+\Z")
# (not "the list of 64 countries attending", "according to a joint statement from the 55
# countries that attended": all of them)
_NOT_RECOGNISE_AFTER = regex.compile(
    r"(?i)(?:\s+(?:states|countries|nations))?\s+(?:do|does|did)\s+not\s+(?:yet\s+)?recogni[sz]e\b")
_A_LIST_OF_BEFORE = regex.compile(
    r"(?i)\b(?:an?\s+(?:\w+\s+)?list\s+of\s+|according\s+to\s+(?:[\w-]+\s+){1,3}(?:from|of|in)\s+)\Z")
_MAKE_UP_BODY_AFTER = regex.compile(
    r"(?i),?\s+(?:(?:that|which|who)\s+(?:(?:together\s+)?(?:make|makes|made)\s+up|form|forms|formed|"
    r"constitute|comprise|are\s+members\s+of)|making\s+up|forming|comprising)\s+(?:the\s+)?"
    r"(?:G-?\d+|Group\s+of|group|grouping|bloc|forum)\b")
_MADE_UP_OF_BEFORE = regex.compile(
    r"(?i)(?:\b(?:made\s+up\s+of|comprising|comprises|composed\s+of|consists?\s+of|"
    r"grouping\s+of|group\s+of|bloc\s+of|forum\s+of|"
    # ("The G20, which brings together 19 countries and the EU"; not "The summit brought
    # together leaders of 49 countries and the African Union": those who came)
    r"(?:G-?\d+|group|grouping|bloc|forum)\b[^.;:!?]{0,16}\b(?:brings|brought|bringing)\s+together)\b"
    r"[^.;:!?]{0,80}|" + _G20_NAME + r"\s*[\u2013\u2014(,-]\s*)\Z")
_FROM_COUNT = regex.compile(
    r"(?i)\b(?:up|down|rising|falling|rose|fell|compared)\s+(?:from|with|to)\s+"
    r"(?:just\s+|only\s+|a\s+mere\s+)?\Z")
_NAMED_GROUP = regex.compile(r"\bGroup\s+of\s+\Z")
_NAMED_AFTER = regex.compile(r"(?i)\s+(?:alliance|bloc|union|coalition|group|club)\s+of\s+(?=(?-i:\p{Lu}))")
_MEMBERS_OF = regex.compile(r"(?i)\s+of\s+(?:the\s+)?(?=(?-i:\p{Lu}))")
# between a length and its noun: "-long", one or two adjectives ("30-day unconditional")
_DURATION_GAP = regex.compile(
    r"(?:-long)?(?:\s+|-)(?:(?!(?:a|an|the|no|without|with|of|for|in|on|at|to|by|from|after|"
    r"before|and|or|but)\s)[\p{Ll}-]+\s+){0,2}")
# a noun, then "of", "lasting" or "for" right before the length
_DURATION_LEAD = regex.compile(
    r"(?i)\b([\p{L}-]+(?:\s[\p{L}-]+)?)\s+(?:of|lasting|for)\s+(?:up\s+to\s+|about\s+)?\Z")
_OWN_DATES = regex.compile(
    r"(?i)[^.;]{0,60}?\b(?:from|between|starting|beginning|until|till)\s+(?:on\s+)?"
    rf"(?:(?:{_WEEKDAYS}),?\s+)?(?:\d|(?:{_MONTHS})\b)")
_DOWNED = r"(?:shot\s+down|downed|intercepted|destroyed|neutrali[sz]ed|jammed|suppressed)"
_DOWNED_AFTER = regex.compile(
    rf"(?i)\s+(?:(?:were|was|had|have|has|been|being|reportedly)\s+){{0,3}}{_DOWNED}\b")
_DOWNED_BEFORE = regex.compile(rf"(?i)\b{_DOWNED}\s+(?:\w+\s+){{0,2}}\Z")
# ("seven Russian drones already in the air and flying toward ... were "neutralized"")
_DOWNED_LATER = regex.compile(
    r"(?i)(?:(?!\d|\b(?:but|as|while|after|where|when)\b)[^.;,]){0,100}?\s+were\s+(?:\w+\s+)?"
    rf"[\"'\u201c]?{_DOWNED}\b")
# the dead or the wounded, named after a count or before it in its sentence
# ("were killed", "died"; not "wounded POWs")
_TOLL_AFTER = regex.compile(
    r"(?i)\b(?:(?:were|was|been|are|is|being)\s+(?:\w+\s+)?(?:(?P<dead>killed|slain)|wounded|injured)"
    r"|(?P<dead>died))\b")
# ("killed six people, including ... and five Hamas members", "the bodies of 6,000 soldiers")
_TOLL_BEFORE = regex.compile(
    r"(?i)\b(?:(?P<dead>kill(?:ed|ing|s)|dead|died|bodies\s+of)|wound(?:ed|ing|s)|injur(?:ed|ing|es))\b"
    r"[^.;]*\Z")
_LOST_BEFORE = regex.compile(r"(?i)\b(?:has|had|have)\s+(?:\w+\s+)?lost\s+\Z")
_FALLEN = regex.compile(r"(?i)\b(?P<dead>fallen|dead)\b")  # "6,000 fallen soldiers"
_ADMITTED = regex.compile(
    r"(?i)\b(?:admit(?:ted|s|ting)|new\s+members?|accession|expan(?:ded|ding|sion)|enlarge(?:d|ment))\b")
_VOTE = regex.compile(r"(?i)\b(?:vot(?:e|ed|es|ing)|abstain(?:ed|ing|s)?|abstentions?|resolutions?)\b")
# the side of a vote a count is ("supported by 94 states", "94 countries voted in favour")
_VOTED_BY = regex.compile(r"(?i)\b(?:supported|backed|opposed|approved|rejected)\s+by\s+\Z")
_VOTED = regex.compile(
    r"(?i)\s+(?:(?:have|had|has)\s+)?(?:voted|voting|abstained|abstaining|in\s+favou?r|against)\b")
_TIMES = regex.compile(r"(?i)\s+times\b")
_MEET_TARGET = regex.compile(
    # ("Nine allies at 2 percent", "allies spending 2% or more": those at a share)
    r"(?i)\s+(?:(?:already\s+)?(?:at|above|spending)\s+(?:least\s+)?\d+(?:\.\d+)?\s*(?:%|per\s?cent\b|percent\b)|"
    r"(?:(?:will|would|are|were|is|was|expected|likely|set|to)\s+(?:to\s+)?){0,3}(?:meet|met|hit|reach|"
    r"reached|exceed|exceeded|meeting|hitting|reaching)\s+(?:it\b|(?:the|that|this|its|their|nato's)\s+"
    r"(?:\S+\s+){0,3}?(?:target|goal|guideline|threshold|benchmark)))")
_TO_PLACE = regex.compile(r"(?i)\s+(?:to|in|into)\s+(?:the\s+)?")
_GROUP_OF_BEFORE = regex.compile(
    r"(?i)\b(coalition|group|alliance|bloc|club|committee|panel)(?:ing)?[\"'\u201d\u2019]?\s+(?:of|with)\s+\Z")
_GROUP_HAS = regex.compile(
    r"(?i)\b(coalition|group|alliance|bloc|club)\b[^.;]{0,110}?\b(?:has|had|numbers|numbered|numbering|comprises|"
    r"includes|counts|brings\s+together)\s+(?:some\s+|about\s+|around\s+|roughly\s+|nearly\s+)?\Z")
_MAKE_UP_AFTER = regex.compile(
    r"(?i)[^.;]{0,40}?\b(?:that|which|who)\s+(?:make\s+up|makes\s+up|made\s+up|form|forms|formed|"
    r"comprise|constitute)\s+(?:the|this)\s+(coalition|group|alliance|bloc|club)(?:ing)?\b")
_IN_GROUP_AFTER = regex.compile(r"(?i)\s+in\s+the\s+(coalition|group|alliance|bloc|club)\b")
# ("the night before the conference opened" is the event's eve, no earlier figure)
# "At the last NATO summit, in Warsaw in July 2016, ... four battalions of about 4,000 troops"
_LAST_EDITION = regex.compile(
    r"(?i)\b(?:at|during)\s+(?:(?:the|its|their)\s+(?:last|previous|prior)|last\s+year['\u2019]s|the\s+"
    r"previous\s+year['\u2019]s)\s+(?:[\w-]+\s+){0,2}?(?:summit|meeting|gathering|conference)\b")
_NIGHT_BEFORE = regex.compile(
    r"(?i)\b(?:(?:a|one)\s+(?:night|day|week)\s+(?:earlier|before)|the\s+previous\s+(?:night|day|"
    r"week)|the\s+(?:night|day)\s+before\s+(?:last|that))\b")
# "Back then, only three allies hit the mark, in an alliance that counted 28 members",
# "NATO then had 28 members", "met at the time, when the alliance had 28 members": a count
# of the past a sentence looks back to
_BACK_THEN = regex.compile(
    r"(?i)\b(?:back\s+then|at\s+(?:the|that)\s+time(?!\s+of\b)|then\s+(?:had|counted|numbered|comprised)|"

    r"(?:when|where)\s+(?:the\s+)?(?:alliance|bloc|union|group(?:ing)?|club|it|\p{Lu}\w+)\s+"
    r"(?:had|counted|numbered|comprised))\b")
# "NATO was founded in Washington on April 4, 1949, by 12 countries": its founders, as many
# as it had then (not "the alliance, founded in 1949, has 32 members")
_BY_YEAR_AFTER = regex.compile(r"(?i)\s+(?:by|in)\s+((?:19|20)\d\d)\b")
_FOUNDED_BY = regex.compile(
    # ("ASEAN, founded in Bangkok in 1967 with five members")
    r"(?i)\b(?:co-)?founded\b[^.;]{0,60}?\b(?:by|with)\s+(?:the\s+|its\s+|just\s+|only\s+)?\Z")
_DOCUMENT = regex.compile(
    r"(?i)\b(?:communiqu[e\u00e9]|(?:joint|final|closing)\s+(?:statement|declaration|document|text)|"
    r"declaration|(?:that|the|this)\s+text)\b")
# "The accord, agreed by 195 countries in Paris last December", "reached by nearly 200
# nations in December": a text's parties, when it was made
_IN_A_PAST_MONTH = regex.compile(
    r"(?i)(?:\s+(?:in|at)\s+\p{Lu}[\p{L}-]+)?\s+(?:in|last)\s+(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December|(?:19|20)\d\d|year)\b")
_AGREED_BY_BEFORE = regex.compile(
    r"(?i)\b(?:agreed|reached|adopted|signed|ratified|approved|endorsed|struck|sealed|"
    r"negotiated)\s+by\s+(?:(?:some|nearly|almost|about|around|roughly|more\s+than|over)\s+)?\Z")
_AGREED_AFTER = regex.compile(r"(?i)\s+(?:(?:had|have|has)\s+)?(?:agreed|endorsed|signed\s+(?:up|off))\b")
_JOINTLY = regex.compile(r"(?i)\bjointly\s+(?:called|urged|signed|backed|condemned|declared|demanded)\b")
_BACKING = regex.compile(
    r"(?i)\b(?:sign(?:ed|ing|s)?|backs?|backed|backing|endors(?:ed|ing|es?)|adopt(?:ed|ing|s)?|support(?:ed|ing|s)?|"
    r"approv(?:ed|ing|es?)|signator(?:y|ies))\b")
_MEMBERS_OF_SOMETHING = regex.compile(
    r"(?i)\s+of\s+(?:the\s+|its\s+|their\s+)?+(?!(?:alliance|bloc|union|coalition|group|grouping|club|"
    r"organi[sz]ation)\b)(?-i:\p{Ll})")
_WHICH = regex.compile(r"[\s,;(\u2014-]*(?:which|that)\s")
_BODY_HAS = regex.compile(
    r"(?i)\b(?:has|had|now\s+has|comprises|groups|brings\s+together|numbers|counts|is\s+made\s+up\s+of)\s+"
    r"(?:(?:some|about|around|roughly|nearly|almost)\s+)?\Z")
_FIRED_BEFORE = regex.compile(
    r"(?i)\b(?:launched|fired|(?:attacked|struck|targeted|hit|pounded)\s+[\p{L} -]{1,30}?\s+with)\s+"
    r"(?:(?:some|about|around|nearly|almost|more\s+than|over|at\s+least|a\s+total\s+of|a\s+record)\s+)?"
    r"(?:[\d,]+\s+[\w-]+(?:\s+[\w-]+)?\s+and\s+)?\Z")  # ("fired 18 missiles and 397 drones")
_SHARE_OF_AFTER = regex.compile(r"(?i)\s+(?:share|part|portion|slice|chunk)\s+of\b")
_PART_OF_SUM = regex.compile(
    r"(?i)(?:[\p{Sc}]|\bUS\$)\s?\d[^.;\p{Sc}]{0,80}?(?:\b(?:including|of\s+which|made\s+up\s+of|comprising|"
    r"consisting\s+of|split\s+(?:into|between)|broken\s+down\s+into)\b|\s[\u2013\u2014]\s|:)"
    r"[^.;:\u2013\u2014]{0,80}?\Z")
_INVITED_BEFORE = regex.compile(r"(?i)\binvit(?:ed|ing|es?|ations?\s+(?:went\s+)?to)\s+(?:\S+\s+){0,2}\Z")
_INVITED_AFTER = regex.compile(
    r"(?i)[^.;,]{0,30}?\b(?:(?:were|was|been|being|are|is)\s+(?:\w+\s+)?invited\b|invited(?=\s*(?:[,.;:)]|to\b|"
    r"for\b|by\b|$))|invitees\b)")
# the noun a "member" cue leaves after it ("26 member | states", "19 member | countries")
_MEMBER_NOUN = r"(?:\s+(?:states|countries|nations))?"
_EXCLUDED_AFTER = regex.compile(
    # ("Six member states of the 55-member Union - Burkina Faso, ... - remain suspended";
    # "Four countries, all suspended by the AU after coups, were left out")
    r"(?i)" + _MEMBER_NOUN + r"(?:\s+of\s+the\s+(?:(?!\s[-\u2013\u2014])[^,.;:]){1,40}?)?"
    r"(?:\s+[-\u2013\u2014]\s(?:(?!\s[-\u2013\u2014])[^.;:]){1,120}\s[-\u2013\u2014]|,(?:\s+(?:all|each|both))?)?"
    r"(?:\s+(?:that|which|who))?(?:\s+(?:were|was|are|is|have\s+been|had\s+been|remain|remains|remained))?\s+"
    r"(?:suspended|excluded|barred|left\s+out|not\s+invited|uninvited|disinvited)\b"
    # a participle, not an active verb with its object ("five countries suspended grain
    # exports", "left out any mention of Russia")
    r"(?=\s+(?:by|from|after|over|for|since|because|in|at|of|to|until|on)\b|\s*[,.;:)\u2013\u2014-]|\s*$)")
# "has signed military cooperation agreements with some 20 African countries": those a
# country has deals with, some of them
_DEALS_WITH_BEFORE = regex.compile(
    r"(?i)\b(?:agreements?|deals?|accords?|treaties|treaty|pacts?|partnerships?|contracts?)\s+with\s+"
    r"(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?\Z")
# ("a deal agreed by 136 countries at the OECD", "struck by 136 countries on October 8": a
# deal's parties, as many as all or fewer; "signed by", "backed by" a text: see _DOCUMENT)
_ADOPTED_BY = regex.compile(
    # ("Kosovo, whose independence is not recognized by Serbia or by five EU member states")
    r"(?i)\b(?:adopted|approved|taken|agreed|struck|signed\s+off|brokered|negotiated|recogni[sz]ed)\s+"
    r"(?:by\s+[^.;]{0,50}?\s+(?:or|and|nor)\s+)?(?:by\s+)?(?:all\s+)?\Z")
_NAME = r"(?:the\s+)?\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){0,2}"
_LISTED_BEFORE = regex.compile(rf"(?:{_NAME},\s+){{2,}}{_NAME},?\s+and\s+{_NAME}\s*[-\u2013\u2014,:(]\s*\Z")
_NAMED_LIST = regex.compile(
    _MEMBER_NOUN + r"\s*(?:[,:(\u2013\u2014-]\s*(?:namely\s+)?|namely\s+)"
    r"(?:(?:the\s+)?\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)*,\s+)+(?:and\s+)?"
    r"(?:the\s+)?\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)*(?:\s+and\s+(?:the\s+)?\p{Lu})?")
_TRIP_OF = regex.compile(r"(?i)\b(?:tour|trip|swing|visits?)\s+(?:of|to|through|across)\s+\Z")
_TRIP_AFTER = regex.compile(r"(?i)\s+(?:tour|trip|swing)\b")
_RECEIVING = regex.compile(
    r"(?i)\s+(?:(?:were|was|are|had)\s+)?(?:receiving|received|getting|facing|hit\s+by|affected)\b")
_GOODS_FOR = regex.compile(
    r"(?i)\b(?:grain|aid|shipments?|deliveries|supplies|doses|vaccines|weapons|loans?|funding|"
    r"visas?|fertili[sz]ers?)\s+for\s+\Z")
_COVERS_BEFORE = regex.compile(r"(?i)\b(?:covers|covered|covering|benefits|benefited|benefiting)\s+\Z")
_SENT_TO = regex.compile(r"(?i)(?<!\bup\s|\bclose\s|\bnext\s|\bdue\s)\bto\s+\Z")
_ATTENDED_BEFORE = regex.compile(
    r"(?i)\b(?:attended|attending|took\s+part|taking\s+part|(?:were|was)\s+present|participat\w*)\b"
    r"[^.;]{0,30}\Z")
_SIDED_AFTER = regex.compile(
    r"(?i)" + _MEMBER_NOUN + r"\s+(?:(?:had|have|has)\s+)?(?:insisted|wanted|pushed|backed|"
    r"supported|favou?red|opposed|"
    r"objected|refused|voted)\b"
    r"(?!\s+by\b)")
# "19 members reaffirmed that the Paris accord is irreversible": those who said so (not
# "NATO's 32 members said in a joint communique": all of them, as one)
_SAID_AFTER = regex.compile(
    r"(?i)" + _MEMBER_NOUN + r"\s+(?:(?:had|have|has)\s+)?(?:reaffirmed|reaffirm|affirmed|"
    r"say|says|said|stated|argued|warned|"
    # ("13 allies signed a contract with Northrop Grumman": those who did)
    r"signed\s+(?:a|an)\s+(?:contract|deal|agreement|accord|memorandum|pact))\b"
    r"(?!\s+(?:in\s+(?:a|their)\s+joint|jointly)\b)")
_ELIGIBLE_AFTER = regex.compile(
    r"(?i)" + _MEMBER_NOUN + r"\s+(?:(?:were|are|is|was)\s+)?(?:eligible|qualifying)\b")
_POSSESSED_BEFORE = regex.compile(r"(?i)(?:['\u2019]s|\bits|\btheir|\ball)\s+(?:\w+\s+)?\Z")
# (a proposal's backers: not "It was backed by 10 countries and the EU", a text's signers)
_BACKED_BY_BEFORE = regex.compile(
    r"(?i)\b(?:proposal|call|motion|initiative|amendment|bid)\b[^.;]{0,80}\b(?:supported|backed|"
    r"endorsed|opposed|favou?red|sponsored|co-sponsored)\s+by\s+"
    r"(?:some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+|over\s+|at\s+least\s+)?\Z")
_G20 = regex.compile(_G20_NAME + r"\b")
_OWNED_BEFORE = regex.compile(r"(?i)(?:['\u2019]s|\bthe|\bits|\btheir|\ball)\s+(?:\w+\s+)?\Z")
_ALL_BEFORE = regex.compile(r"(?i)\ball\s+(?:\w+\s+)?\Z")
_RANKED_OUT_OF = regex.compile(
    r"(?i)(?:\b(?:ranked|ranks|placed|came)\s+(?:\w+\s+)?\d+(?:st|nd|rd|th)\s+of|"
    r"\b\d+(?:st|nd|rd|th)\s+out\s+of)\s+(?:the\s+)?\Z")
_UNKNOWN_BODY_WHOSE = regex.compile(
    r"(?:\((?P<name>(?-i:\p{Lu}{2,}))\)|(?P<name>(?-i:\p{Lu}[\p{L}'-]*\s+(?:(?:of|for)\s+(?:the\s+)?)?){0,5}"
    r"(?-i:Union|Alliance|Organi[sz]ation|Community|Group|Forum|Coalition|Association|League|"
    r"Partnership|Commonwealth|Conference|Bloc))),?\s+whose\s+\Z")
# a capitalised word before "Alliance", "Coalition": a name ("International Solar Alliance";
# not "The Alliance", NATO's)
_NAME_BEFORE = regex.compile(r"(?<![\w'-])(?!(?:The|A|An|This|That|Its|Their)\s)(?-i:\p{Lu}[\p{L}'-]+)\s+\Z")
_BUT_ALSO_BEFORE = regex.compile(r"(?i)\b(?:but\s+also|as\s+well\s+as|plus|and)\s+\Z")
_EXTRA_GAP = regex.compile(r"(?i)\b(?:more|extra|additional|further|fresh)\b")
_EXTRA_BEFORE = regex.compile(r"(?i)\b(?:another|an?\s+(?:additional|extra|further))\s+\Z")
_LIMIT_BEFORE = regex.compile(
    r"(?i)\b(?:(?:mandate|ceiling|cap|limit|maximum)\b[^.;]{0,30}?\b(?:allows?|of|at|for)|"
    r"authori[sz]ed|authori[sz]es)\s+(?:up\s+to\s+|as\s+many\s+as\s+)?\Z")
_ITS_BEFORE = regex.compile(r"(?i)\bits\s+\Z")
# a model's designation between a count and its equipment: "F-16", "MQ-9B", "Su-35", "S-400"
_NAMED_FORCE_BEFORE = regex.compile(
    r"\bthe\s+((?:\p{Lu}[\p{L}-]*\s+){1,4}(?:Force|Forces|Mission|Brigade|Corps|Command))\s*"
    r"(?:[-\u2013\u2014,(]|,\s+which\s+has)\s*(?:(?:some|about|around|roughly|nearly|up\s+to)\s+)?\Z")
_DESIGNATION = regex.compile(r"(?<![\w-])\p{Lu}[\p{Lu}\p{Ll}]{0,2}-?\d{1,3}\p{Lu}?(?![\w-])")
_EQUIPMENT = frozenset({"aircraft", "drones", "missiles", "tanks"})
_GAP_WORD = regex.compile(r"\p{L}[\p{L}'-]*")
# words between a count and "countries" that name no kind of them ("27 member states")
_ANY_KIND = frozenset({"of", "them", "whom", "which", "member", "world", "allied", "participating",
                       "attending", "visiting", "nato", "more", "other", "sovereign", "independent",
                       "permanent", "full", "mostly", "mainly", "largely"})
# ("one of the 27", "Spain is among five EU member states ... that have not recognised Kosovo";
# not "unanimity among the 27 member countries": all of them)
_ONE_OF_BEFORE = regex.compile(r"(?i)\b(?:(?:one|two|three|among)\s+of\s+(?:the\s+)?|among\s+)\Z")
# ("only 11 allies", "the first six African countries to receive the technology")
_ONLY_BEFORE = regex.compile(r"(?i)\b(?:only|just|a\s+mere|(?:the\s+)?first|(?:the\s+)?last)\s+\Z")
_PART_OF = regex.compile(
    r"(?i)\s+of\s+(?:the\s+|its\s+|their\s+|our\s+|[\p{L}.]+['\u2019]s\s+)?(?:\d|"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty)\b)")
_EITHER_BEFORE = regex.compile(r"(?i)\bor\s+\Z")
# (matched with an end: the regex module looks for the "or" it needs as far as the
# text goes, 0.4 ms in a 150 KB one)
_EITHER_AFTER = regex.compile(r"(?i)\s+or\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b")
_SHARE_RANGE_GAP = regex.compile(r"(?i)\s*(?:-|\u2013|\u2014|to|and|or|,)?\s*(?:about|around|some)?\s*")
_NEXT_SHARE = regex.compile(r"(?<![\w.,])\d+(?:\.\d+)?\s?(?:%|(?i:per\s?cent|percent)\b)")
_WITH_AND_OTHERS = regex.compile(r"\bwith\s+\p{Lu}[\p{L}'-]+\s+and\s+\Z")
_OTHERS_BEFORE = regex.compile(
    r"(?:(?:\p{Lu}[\p{L}'-]+|\bhost|\bhim(?:self)?)\s+and|\b(?:joined|joining|joins|with)"
    # ("Taoiseach briefs 26 other leaders": one of them speaking to the rest)
    r"|\b(?:briefs|briefed|briefing|met|meets|meeting|urged|urges|told|tells|addressed|addresses|hosted|hosts)"
    # ("Obama and the leaders of eight other nations announced")
    r"|(?:\p{Lu}[\p{L}'-]+|\bhim(?:self)?)\s+and\s+(?:the\s+)?(?:leaders|heads\s+of\s+(?:state|government))"
    r"\s+of)\s+\Z")
# "the 32-nation alliance", "the 32-nation military alliance" (only words news uses of
# NATO: "a three-nation security alliance" is some other group)
_COALITION_KIND = regex.compile(
    r"(?i)\s+(global|international|multinational|anti-[\w]+|[\w]+-led)\s+coalition")
_GROUP_AFTER = regex.compile(
    r"\s+(?:(?:military|transatlantic|western)\s+(?=alliance)|(?-i:\p{Lu}{2,6})\s+(?=group)|"
    # ("the 68-member global coalition against IS", "a 9-member Saudi-led coalition": a
    # coalition of its own, not the one a corpus is about)
    r"(?:global|international|multinational|anti-[\w]+|[\w]+-led)\s+(?=coalition))?"
    r"(alliance|bloc|union|coalition|group|club)\b",  # ("the 45-member LDC group": some group)
    regex.I)


def _plus_one(shown: str) -> str:
    m = _COMMA_DIGITS.search(shown)
    if not m:
        return shown
    n = int(m.group(0).replace(",", "")) + 1
    return shown[:m.start()] + f"{n:,}" + shown[m.end():]


def _duration(ctx: Context, m: regex.Match, value: float, step: float, qual: str | None,
              unit_word: str, is_word: bool) -> Mention | None:
    unit = unit_word.rstrip("s")
    if unit == "month":
        lo = value * _MONTH_RANGE[0] - step * 30
        hi = value * _MONTH_RANGE[1] + step * 30
    else:
        days = _DURATION_UNITS[unit]
        lo, hi = num.interval(value, step, days, qual, ctx.rules.tolerance.relative)
    if num.QUALIFIERS.get(qual or "") == "above":
        hi = math.inf
    shown = _q(qual, f"{num.format_amount(value, 1.0)} {unit}{'s' if value != 1 else ''}")
    q = Quantity("days", lo, hi, shown)
    start, end = m.start(), m.end()
    # the length of what it is written with: "a one-month truce", "a 30-day unconditional
    # ceasefire", "a truce of one month", "a ceasefire lasting 30 days"; not "talks broke up
    # in less than two hours without agreement on a ceasefire"
    hit = next((h for h in ctx.cues_between(end, min(len(ctx.scan), end + 40), "duration")
                if _DURATION_GAP.fullmatch(ctx.scan, end, h.start)), None)
    if hit is None:
        lead = _DURATION_LEAD.search(ctx.scan, max(0, start - 40), start)
        if lead is not None:
            hit = next((h for h in ctx.cues_between(lead.start(), lead.end(), "duration")
                        if h.end == lead.start() + len(lead.group(1))), None)
    if hit is None:
        return None
    if _OWN_DATES.match(ctx.scan, end, min(len(ctx.scan), end + 80)):
        return None  # "a three-day truce from May 8 to May 10": named by its own dates
    topic = hit.topic
    return ctx.mention(Kind.FIGURE, f"duration-{topic.id}", f"Length of {topic.label}", q,
                       start, end, False, rule=topic.id)
