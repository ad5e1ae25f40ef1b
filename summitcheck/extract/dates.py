"""Dates and times: what day (and time, in UTC) something happened.

A date or time becomes a claim about the topic whose cue stands nearest in its
sentence ("the summit ... on March 2", "in Washington on February 28"); a cue
only found in a neighbouring sentence, or a date right after a verb of saying
("said on Sunday"), infers the topic: such a mention can agree, never dispute.
Times are converted to UTC; a time with no zone is in the event's zone. A
start verb ("started at 14:00 GMT") makes the claim the topic's start time.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from ..candidates import Keywords, match_at, sorted_starts
from ..models import Day, Kind, Mention, Moment
from ..normalize.dates import (
    BEFORE_DAY,
    BEFORE_WEEKDAY,
    DATE_PATTERN,
    MONTH_STARTS,
    NOT_TODAY_DAYS,
    OTHER_EVENT_DAYS,
    TIME_PATTERN,
    TIME_START_WORDS,
    WEEKDAY_STARTS,
    DateParts,
    anchor,
    entry_stamp,
    is_dateline,
    parse_with_dateparser,
    parts_of,
    to_utc,
)
from ..regexes import regex
from ..rules import Entry
from .context import CITY_OF, PROSE_REACH, SAYING, Context, Taken, around

_SPEECH = regex.compile(
    r"(?i)\b(?:said|says|told|tells|stated|added|announced|emphasi[sz]ed|stressed|warned|"
    r"insisted|argued|wrote|posted|confirmed|tweeted)\s+(?:\w+\s+)?$"
)
_AHEAD = regex.compile(
    r"(?i)\b(?:will|would|to be held|is due|are due|scheduled|upcoming|next|set to|expected to|"
    r"plans? to|is to|are to|was to|were to|promised|promises|pledged|vowed|likely to|poised to|"
    r"look(?:s|ed|ing)?\s+forward\s+to|"
    # "EU leaders gather in Brussels on Thursday": the present of a programme
    r"(?:leaders|ministers|allies)\s+(?:meet|gather|convene)|"
    # "the high-level week, which opens Tuesday", "the assembly begins on Tuesday"
    r"(?:begins|opens|starts|kicks\s+off|runs\s+until|lasts\s+until)|"
    # "The leaders' summit continues on Friday", "talks resume on Monday"
    r"(?:summit|talks|meeting|conference|session|negotiations)\s+(?:continues?|resumes?|reconvenes?|"
    r"opens?|closes?|ends?|concludes?|wraps?\s+up))\b"
)
# ("that Washington would buy", not the relative "the summit on Wednesday that will shape NATO")
_REPORTED_THAT = regex.compile(
    r"(?i)[^.;]{0,12}?\bthat\s+(?!(?:will|would|is|was|has|had|could|can|shall|may|must|might|are|were)\b)")
# a verb in the past, not any word ending in -ed ("a hastily arranged summit", "the United
# Kingdom", "the so-called coalition")
_FINITE_PAST = regex.compile(
    r"\b(?:was|were|had|did|met|held|said|told|came|went|began|took|gave|spoke|left|flew|made|won|lost|"
    r"ran|saw|sent)\b|(?<!\b(?:a|an|the|so|\w+ly)[\s-])\b(?<![\w-])\p{Ll}\w{2,}ed\b"
    r"(?!\s+(?:summit|meeting|talks|gathering|session|conference|coalition|by)\b)")
_PAST_PROMISE = regex.compile(r"(?i)promised|pledged|vowed|was\s+to|were\s+to")
# (the date between a subject and its verb: "who on Wednesday hosts", not "on Sunday, hosts
# Britain said" nor "on Sunday, heads of state agreed")
_WHO_BEFORE = regex.compile(r"(?i)\b(?:who|which|he|she|they)\s+\Z")
_PRESENT_AFTER = regex.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?:hosts?|chairs?|holds?|meets?|opens?|visits?|"
    r"travels?|addresses|heads|flies|leaves|welcomes?|convenes?|attends?|gathers?)\b(?!\s+of\b)")
_ARRANGED = regex.compile(
    r"(?i)\b(?:(?:is|are)\s+(?:meeting|gathering|convening|travell?ing|heading|flying|holding|hosting|"
    r"attending)|"
    # a timetable's present: "Obama leaves Friday for Strasbourg", "Mr Tusk, who hosts EU
    # leaders for an emergency summit on Wednesday"
    r"(?:leaves|departs|flies|travels|heads|returns)\s+(?:\w+\s+){0,2}?(?:on\s+)?\Z|"
    r"\bwho\s+(?:hosts?|chairs?|holds?|meets?|convenes?|attends?|opens?|welcomes?)\b(?!\s+of\b))")
_WHERE = regex.compile(r"[\s,;]*where\b")
_FROM_BEFORE = regex.compile(r"(?i)\b(?:from|since|between)\s+(?:\w+\s+)?\Z")
_RELATIVE = regex.compile(
    r"(?i)(?<!\w)(?:the\s+day\s+before\s+yesterday|yesterday|today|tomorrow|"
    r"(?:one|two|three|four|five|six|\d)\s+days?\s+ago)(?!\w)"
)
# every _RELATIVE match holds one of these (re's IGNORECASE folds as regex's does)
_RELATIVE_HINT = re.compile(r"(?i)yesterday|today|tomorrow|days?\s+ago")
_RELATIVE_WORDS = ("yesterday", "today", "tomorrow", "ago")
START_WORDS = (*MONTH_STARTS, *WEEKDAY_STARTS, *TIME_START_WORDS)  # as written
_START_WORDS = Keywords(START_WORDS, fold=False)


def candidate_starts(scan: str, digits: list[int], hits: list[tuple[int, str]] | None = None
                     ) -> tuple[list[int], list[int]]:
    """Where DATE_PATTERN and TIME_PATTERN may match (see candidates.match_at); `hits`:
    START_WORDS not preceded by a letter or digit, when already found."""
    words: dict[str, list[int]] = {}
    for s, w in _START_WORDS.left_hits(scan) if hits is None else hits:
        words.setdefault(w, []).append(s)
    weekdays = [s for w in WEEKDAY_STARTS for s in words.get(w, ())]
    before = [k for s in weekdays for k in _words_before(scan, s, BEFORE_WEEKDAY)]
    before += [k for s in digits for k in _words_before(scan, s, BEFORE_DAY)]
    return (sorted_starts(digits, weekdays, before, *(words.get(w, ()) for w in MONTH_STARTS)),
            sorted_starts(digits, *(words.get(w, ()) for w in TIME_START_WORDS)))


def _words_before(scan: str, pos: int, wanted: frozenset[str]) -> list[int]:
    """Starts of a word in `wanted` written right before `pos` (spaces between);
    "this past" counts as one."""
    out = []
    for _ in range(2):
        j = pos
        while j > 0 and scan[j - 1].isspace():
            j -= 1
        k = j
        while k > 0 and scan[k - 1].isalpha():
            k -= 1
        if j == pos or k == j:
            break
        word = scan[k:j]
        if word in wanted:
            out.append(k)
        if word != "past" or "this" not in wanted:
            break
        pos = k
    return out


def _may_be_relative(ctx: Context) -> bool:
    if ctx.lower is None:
        return _RELATIVE_HINT.search(ctx.scan) is not None
    return any(w in ctx.lower for w in _RELATIVE_WORDS)

_CLOCK_WORDS = regex.compile(r"(?i)[ap]\.?\s?m|noon|midday|midnight")
_BEFORE = regex.compile(r"(?i)\b(?:before|ahead of|in the run-up to)\b[^.;]*\Z")
_HAD = regex.compile(r"(?i)\bhad\s+(?:been\s+)?\Z")
# a verb in the past right before the date, not one of a future passive ("will be signed")
_DONE_ON = regex.compile(
    r"(?i)\b(?:met|held|signed|agreed|announced|said|told|\w{3,}ed)\s+(?:on\s+|last\s+)?\Z")
# ...or a verb only ever past, and what it was done to: "told the summit on Wednesday that
# the institutes would co-operate" was done then, whatever the reported words look ahead to
_TOLD_ON = regex.compile(
    r"(?i)\b(?:told|said|met|spoke\s+to|wrote\s+to|gave)\s+(?:(?:the|a|an|his|her|their)\s+)?"
    r"(?:[\w'-]+\s+){0,3}?(?:on\s+)?\Z")
_WE_TODAY = regex.compile(r",?\s+(?:I|we)\s+(?:look|explain|examine|report|bring|ask|take|turn)\b")
# a verb in the past or "after" right before a possessive weekday ("hosted Sunday's
# gathering", "after Friday's clash"): its tense is the weekday's
_DONE_TO = regex.compile(r"(?i)\b(?:met|held|led|won|lost|after|since|\w{3,}ed)\s+\Z")
_DONE_AFTER = regex.compile(r"(?i)\s+(?:met|held|signed|agreed|announced|said|told|\w{3,}ed)\b(?!\s+by\b)")
_TO_BE_DONE = regex.compile(r"(?i)\b(?:will|would|to|shall|is|are|be)\s+(?:be\s+)?\w+\s+(?:on\s+)?\Z")
_PAST = regex.compile(
    r"(?i)\b(?:was|were|had|did|met|held|said|told|came|went|began|took|gave|spoke|left|flew|"
    r"made|won|lost|ran|saw|sent|\w{3,}ed|after\s+\w{2,}ing)\b"
)
# a happening of its own right before a date: the date is its day
_OWN_EVENT = regex.compile(
    r"(?i)\b(?:announcement|(?:phone\s+)?call|interview|speech|statement|address|election|vote|"
    r"referendum|decision|op-ed|letter|remarks)s?\s+(?:(?:by|from|to|with)\s+(?:[\w'.-]+\s+){1,5}?)?"
    r"(?:on\s+|last\s+|this\s+past\s+)?\Z")
# "Xi arrived in Osaka on Thursday for the summit", "He flew to Seoul after the summit on
# Saturday and held talks with Moon on Sunday": the day of a journey, or of what was done
# after the summit
_JOURNEY = regex.compile(
    r"(?i)(?:\b(?:arrived|landed)\b(?:\s+(?:in|at)\s+[\w'.-]+(?:\s+\p{Lu}[\w'.-]*){0,2})?\s+(?:on|late\s+on|early\s+on)?\s*"
    r"|\bafter\s+(?:the|this)\s+summit\b[^.;]*\band\s+[^.;]*"
    # a departure: "The president heads Sunday to Manaus", "Obama leaves Friday for Strasbourg"
    r"|\b(?:leaves|left|heads|headed|departs|departed)\s+(?:(?:for|to)\s+(?:\p{Lu}[\w'.-]*\s+){1,3})?"
    r"(?:on\s+|late\s+on\s+|early\s+on\s+)?"
    # "Trump flew on to Britain, where on Friday he held talks", "then went on to Seoul on
    # Saturday": the next stop's day (not "flew to Beijing on Thursday for a summit")
    r"|\b(?:flew|flies|travell?ed|travels|headed|heads|went|goes)\s+on\s+to\s+(?:the\s+)?"
    r"(?:\p{Lu}[\w'.-]*\s*){1,3}(?:,\s*where\s+(?:\w+\s+)?|\s+)(?:on\s+|late\s+on\s+|early\s+on\s+)?)\Z")
# "heads to Brussels for a NATO summit on June 14 and meets Putin in Geneva on June 16",
# "for a Nato summit on Monday and a meeting with Vladimir Putin in Geneva on Wednesday",
# "a Nato summit in Brussels on Monday and talks with EU leaders on Tuesday":
# after a meeting and its day, the next engagement's day
_THEN_ELSEWHERE = regex.compile(
    r"(?i)\b(?:summit|meeting|talks|conference|gathering)\b[^.;]{0,40}?\s(?:on|from)\s+[^.;]{3,24}?\s+"
    r"and\s+(?:then\s+)?(?:(?:will|is\s+(?:due\s+|set\s+|expected\s+)?to|goes\s+on\s+to|plans\s+to)\s+)?"
    r"(?:meets?|meeting|visits?|travels?|heads?|flies|fly|talks\s+with|(?:a|an)\s+(?:\w+\s+)?"
    r"(?:meeting|visit|trip|summit|talks))\b[^.;]*\Z")
# (not "after": "failed to reach an agreement on Friday after a summit" is the summit's day)
_LINK_AFTER = regex.compile(
    r"(?i)\b(?:following|since|in\s+the\s+wake\s+of|(?:days?|weeks?)\s+(?:after|before))\b")
# ("Leaders began arriving from 13:00": the arrivals, not the start)
_START = regex.compile(r"(?i)\b(?:start(?:ed|s)?|beg(?:an|ins?)|open(?:ed|s)?|kick(?:ed|s)? off|"
                       r"convened?)\b(?!\s+arriv)")
# ("the summit, which runs until Monday")
_END = regex.compile(r"(?i)\b(?:end(?:ed|s)?|conclud(?:ed|es)|clos(?:ed|es)|finish(?:ed|es)|"
                     r"wrapped up|wraps up|(?:runs|lasts|continues)\s+(?:until|through|till))\b")


UNKNOWN_LENGTH_DAYS = 3
# how many days after the corpus's most common day an undated article may have been written
UNDATED_LATER_DAYS = 3
_TO_MIDNIGHT = regex.compile(r"(?i)\b(?:minutes?|seconds?)\s+(?:to|before)\s+midnight\Z")
# a date's clause that is only the date, opening its sentence: "On Friday,", "Later on
# Tuesday,", "On Friday morning,"
_OPENER_BEFORE = regex.compile(r"(?i)\s*(?:(?:later|earlier|early|late|then|and|but|also)\s+)?(?:on\s+)?")
_OPENER_AFTER = regex.compile(r"(?i)\s*(?:(?:morning|afternoon|evening|night)\s*)?[,;:\u2014-]?\s*")
_THROUGH_BEFORE = regex.compile(r"(?i)\b(?:through|until|till)\s+(?:on\s+)?\Z")
# ("sat down on the sidelines of the summit being held in Hiroshima through Sunday")
_HELD_ON = regex.compile(r"(?i)\b(?:being\s+held|runs|lasts)\b[^.;,]{0,40}\Z")
_SPAN = regex.compile(r"\d\s?[-\u2013]\s?\d")
_FROM_TO = regex.compile(
    r"(?i)\bfrom\s+(?:\p{L}+\.?,?\s+){0,2}\d{1,2}(?:st|nd|rd|th)?,?\s+(?:to|until|till|through)\s+\Z")


def extract(ctx: Context) -> list[Mention]:
    out: list[Mention] = []
    scan = ctx.scan
    # date spans and whether they hold a time, in order and apart (bisected: an article of
    # thousands of times looked through them all)
    dated: list[tuple[int, int, bool]] = []
    dated_ends: list[int] = []
    date_starts, time_starts = candidate_starts(scan, ctx.digit_starts, ctx.hits("dates"))
    for m in match_at(DATE_PATTERN, scan, date_starts):
        if ctx.source.is_excluded(m.start(), m.end()) or _on_dateline(ctx, m.start()):
            ctx.taken.append((m.start(), m.end()))
            continue
        parts = parts_of(m)
        if parts.month is None and parts.weekday is None:
            continue
        ctx.taken.append((m.start(), m.end()))
        dated.append((m.start(), m.end(), parts.hour is not None))
        dated_ends.append(m.end())
        out.extend(_mentions(ctx, m.start(), m.end(), parts))
    converted = Taken()  # the times in brackets read with the time before them
    for m in match_at(TIME_PATTERN, scan, time_starts):
        if ctx.source.is_excluded(m.start(), m.end()) or _on_dateline(ctx, m.start()):
            continue
        if converted.meets(m.start(), m.start() + 1):
            continue
        overlap = []
        k = bisect.bisect_right(dated_ends, m.start())
        while k < len(dated) and dated[k][0] < m.end():
            overlap.append(dated[k])
            k += 1
        if any(has_time for _, _, has_time in overlap):
            continue
        parts = parts_of(m)
        if parts.hour is None or (parts.zone is None and not _clock_like(m.group(0))):
            continue
        conv = _CONVERSION.match(scan, m.end(), m.end() + 80)  # (a bound: see figures._EITHER_AFTER)
        until = None
        if conv is not None:
            # "11:30 a.m. local time (1930 GMT)": the zoned time in brackets is the one compared
            inner = TIME_PATTERN.fullmatch(conv.group("t"))
            cp = parts_of(inner) if inner else None
            if cp is not None and cp.hour is not None and cp.zone is not None:
                parts = DateParts(parts.year, parts.month, parts.day, parts.weekday,
                                  parts.relative, cp.hour, cp.minute, cp.zone)
                converted.append((conv.start(), conv.end()))
            elif cp is not None or _TIME_ELSEWHERE.match(conv.group("t")) or TIME_PATTERN.match(
                    conv.group("t")):
                # "1pm UK time (8am in Washington)": the same moment elsewhere, no time of
                # what "Washington" names (its words name no topic of this one either)
                converted.append((conv.start(), conv.end()))
                until = conv.start()
        ctx.taken.append((m.start(), m.end()))
        # "14:00 GMT on Sunday": the date was counted with "on Sunday"; add the time
        out.extend(_mentions(ctx, m.start(), m.end(), parts, want_date=not overlap, until=until))
    if ctx.source.published is not None and _may_be_relative(ctx):
        # "yesterday", "two days ago": only against the article's own date, with dateparser
        for m in _RELATIVE.finditer(scan):
            if ctx.source.is_excluded(m.start(), m.end()) or ctx.is_taken(m.start(), m.end()):
                continue
            if _WE_TODAY.match(scan, m.end()) and m.group(0).lower() == "today":
                continue  # "Today I look at what Sunday's summit means": the newsletter's day
            day = parse_with_dateparser(m.group(0).lower(), ctx.reference_at(m.start()))
            if day is None:
                continue
            ctx.taken.append((m.start(), m.end()))
            out.extend(_mentions(ctx, m.start(), m.end(), DateParts(day.year, day.month, day.day)))
    return out


# ("(1930 GMT)", "(2pm CET, 3pm in Kyiv and 8am in Washington)")
_CONVERSION = regex.compile(r"\s*\((?P<t>[^()\n]{3,80})\)")
_TIME_ELSEWHERE = regex.compile(
    r"(?i)(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?|noon|midnight)\s+in\s+\p{Lu}[\p{L} .'-]{1,20}")


_THAT_YEAR = regex.compile(
    r"(?i),?\s+(?:of\s+|in\s+|later\s+|earlier\s+)?(?:that|the\s+same|the\s+following|the\s+previous|"
    r"the\s+next|the\s+year\s+before)\s+year\b")


def _on_dateline(ctx: Context, start: int) -> bool:
    """The date stands on a line that only dates the article ("Updated 4:12 AM GMT+3,
    August 16, 2025"; the second of two date lines): metadata, not a claim."""
    scan = ctx.scan
    s = scan.rfind("\n", 0, start) + 1
    e = scan.find("\n", start)
    line = scan[s:e if e >= 0 else len(scan)]
    # (or a live blog entry's stamp: "**Tom Watling** \u2014 3 March 2025 08:10")
    return is_dateline(line) or (bool(ctx.entry_days[0]) and entry_stamp(line, ctx.reference) is not None)


def _clock_like(text: str) -> bool:
    """'14:00', '2pm', 'noon' are times; a bare '2.30' needs a zone to count."""
    return ":" in text or _CLOCK_WORDS.search(text) is not None


def _mentions(ctx: Context, start: int, end: int, parts: DateParts, want_date: bool = True,
              until: int | None = None) -> list[Mention]:
    s0, s1 = ctx.segs.sentence_of(start)
    s0, s1 = around(s0, s1, start, end)
    before = ctx.scan[max(s0, start - 80):start]  # (its last 60 characters are read)
    # whether the sentence looks ahead only matters where anchor() reads the weekday
    ahead = False
    if not (parts.month and parts.day) and parts.weekday is not None:
        c0, c1 = ctx.segs.clause_of(start, end)
        # ("had been expected to be signed on Friday": a plan of the past)
        # ("Biden announced at a virtual summit on Wednesday that Washington would buy...":
        # the reported words look ahead, not the announcement)
        said_then = SAYING.search(ctx.scan, max(c0, s0, start - 60), start) is not None
        ahead = any(not _HAD.search(ctx.scan, max(0, a.start() - 12), a.start())
                    and not (a.group().lower().startswith(("was", "were"))
                             and _AIM_OF.search(ctx.scan, max(c0, s0), a.start()))
                    and not (said_then and a.start() > end
                             and (that := _REPORTED_THAT.match(ctx.scan, end)) is not None
                             and that.end() <= a.start())
                    for a in _AHEAD.finditer(ctx.scan, max(c0, s0), min(c1, s1)))
        if not ahead and _WHO_BEFORE.search(before[-16:]) and _PRESENT_AFTER.match(
                ctx.scan, end, min(len(ctx.scan), end + 20)):
            # "Mr Tusk, who on Wednesday hosts EU leaders for an emergency summit": a
            # timetable's present, ahead
            ahead = True
        if not ahead and not _FROM_BEFORE.search(before[-20:]):
            # "Leaders are gathering in Brussels on Thursday and Friday": an arrangement
            # (not "is hosting the summit from Friday through Sunday", told on Sunday)
            # (the date's own verb: not "is travelling to Washington with the plan leaders
            # agreed at the summit on Sunday")
            arranged = _ARRANGED.search(ctx.scan, max(c0, s0, start - 80), start)
            ahead = arranged is not None and _FINITE_PAST.search(ctx.scan, arranged.end(), start) is None
        if not ahead and c0 <= s0 < c1 < s1 and _OPENER_BEFORE.fullmatch(ctx.scan, s0, start) and (
                _OPENER_AFTER.fullmatch(ctx.scan, end, c1)):
            # "On Friday, leaders are expected to adopt a declaration": a clause of the date
            # alone opens the sentence; the clause after it holds the verb
            # (not "On Sunday, leaders pledged to spend more", "On Sunday, Starmer told the
            # summit that Europe would...": a verb in the past first)
            d0, d1 = ctx.segs.clause_of(c1 + 1, c1 + 1)
            verb = _AHEAD.search(ctx.scan, c1, min(d1, s1))
            ahead = verb is not None and not _PAST_PROMISE.fullmatch(verb.group()) and (
                _FINITE_PAST.search(ctx.scan, c1, verb.start()) is None)
        if not ahead and _THROUGH_BEFORE.search(before[-20:]) and (
                _HELD_ON.search(before[-60:]) or not _PAST.search(ctx.scan, s0, s1)):
            # "the G7 summit being held in Hiroshima through Sunday", "opens Saturday and
            # runs through Sunday": a span's end, ahead of the present it is told in
            ahead = True
        if not ahead:
            # "talks before Friday's deadline" look ahead, and "the meeting came before an EU
            # summit on Thursday"; "the gathering was planned before Friday's scene in the
            # Oval Office" does not
            lo = max(s0, start - 80)
            prior = _BEFORE.search(ctx.scan, lo, start)
            ahead = prior is not None and not (
                ctx.scan.startswith(("'s ", "\u2019s "), end)
                and _PAST.search(ctx.scan, max(s0, prior.start() - 60), prior.start()))
        if ahead and (((_DONE_ON.search(before[-40:]) or _TOLD_ON.search(before[-50:]))
                       and not _TO_BE_DONE.search(before[-50:]))
                      or _DONE_AFTER.match(ctx.scan, end, min(len(ctx.scan), end + 20))):
            # "a loan signed on Saturday that will be repaid", "arrived ahead of the summit
            # and on Thursday signed the accord": done then
            ahead = False
    reference = ctx.reference_at(start)
    day = anchor(parts, reference, ahead)
    # A bare weekday other than the article's own day is ambiguous (last Thursday or
    # next?): unless the tense says which (a past verb anywhere in the sentence: "At
    # the summit on Sunday, leaders said"), it may agree but never dispute.
    # "Thursday's EU summit", "Friday's clash": the sentence's verbs tell the tense of
    # its telling, not of the thing the weekday qualifies
    possessive = ctx.scan.startswith(("'s ", "\u2019s "), end)
    guessed = (
        parts.month is None and parts.weekday is not None
        and parts.relative not in ("last", "next", "coming", "this past")
        and reference is not None
        and ((not ahead and reference.weekday() != parts.weekday
              and ((possessive and not _DONE_TO.search(before[-30:]))
                   or (_PAST.search(ctx.scan, s0, start) is None
                       and _PAST.search(ctx.scan, end, s1) is None)))
             # an article with no date of its own is read against the corpus's most
             # common one, often a day or two after it was written: "Biden is to address
             # the CEO summit on Thursday", in a wire story of Wednesday read against
             # Saturday, is not the Thursday after that Saturday
             or (ahead and ctx.source.published is None and ctx.rules.event.anchored)
             # ...and may have been written a day or three after it: "world leaders wrapped up
             # a two-day summit in Paris on Friday", read against Thursday, may be the next day
             or (not ahead and ctx.source.published is None and ctx.rules.event.anchored
                 and 0 < (parts.weekday - reference.weekday()) % 7 <= UNDATED_LATER_DAYS))
    )
    if day is None and parts.hour is None:
        return []
    if parts.year is None and _THAT_YEAR.match(ctx.scan, end, min(len(ctx.scan), end + 30)):
        return []  # "on Sept. 24 of that year": a day of a year written before, not this one
    if parts.hour is not None and _TO_MIDNIGHT.search(ctx.scan, max(0, start - 20), end):
        return []  # "one minute to midnight on the doomsday clock": a figure of speech
    if _OPEN_BRACKET.search(before[-40:]) and _ELSEWHERE_ZONE.match(
            ctx.scan, end, min(len(ctx.scan), end + 40)):
        # "on Thursday, April 11 (Friday, April 12, in Manila)": the same moment where it is
        # another day
        return []
    if _DAYS_BEFORE_THE.match(ctx.scan, end, min(len(ctx.scan), end + 40)):
        # "a virtual summit of Asia-Pacific leaders on Friday, Nov. 20, a day before the G-20
        # meeting began": a date told against another meeting's is not that meeting's
        return []
    if _SUPERSEDED.search(before[-60:]):
        # "The conference was originally scheduled to end on Friday, December 13": a plan
        # that did not hold (it ended on the Sunday)
        return []
    if parts.weekday is not None and day is not None and day.weekday() != parts.weekday:
        # "Sunday, March 3" where March 3 is a Monday: the text contradicts itself.
        return []
    link = _LINK_AFTER.search(ctx.scan, end, min(s1, end + 80))
    if link is not None:
        # "leaders met in London on Sunday to shore up support following his Oval Office
        # meeting": the cues past "following" are of another time
        until = link.start() if until is None else min(until, link.start())
    told = _TOLD_THAT.match(ctx.scan, end, min(s1, end + 80))
    if told is not None and _ON_OPENING.search(before[-12:]):
        # "On March 30 he tweeted that the summit 'will be a very difficult one'": the day
        # of the tweet; what it says of is another time
        until = told.end() - 4 if until is None else min(until, told.end() - 4)
    found = ctx.find_topic(start, end, "date", until=until)
    if found is not None and (_OWN_EVENT.search(before) or _JOURNEY.search(before) or (
            _THEN_ELSEWHERE.search(ctx.scan, max(s0, start - 200), start))):
        # "The summit follows Sir Keir's announcement last Tuesday": the day of the
        # announcement, not of a topic named before it
        found = None
    if possessive:
        # "Friday's shouting match in the Oval Office", "Sunday's summit": the day of the
        # thing it qualifies, named after it or by no cue
        c0, c1 = ctx.segs.clause_of(start, end)
        hit = ctx.nearest_cue(end, min(c1, end + PROSE_REACH), start, end, "date")
        if hit is None:
            return []
        found = (hit.topic, "")
    out: list[Mention] = []
    stayed = False  # a body's meeting after the event, where its leaders stay on
    said = _SPEECH.search(before[-40:]) is not None or guessed
    if found is not None and not found[0].get("report", True):
        return []  # the date belongs to another event ("a tense encounter ... on February 28")
    if found is not None and found[0].id == ctx.rules.event.topic:
        # "he attended a summit of the Arab League on Thursday": that body's, as "an Arab
        # League summit" is, however near the event
        c0, c1 = around(*ctx.segs.clause_of(start, end), start, end)
        of = _SUMMIT_OF.search(ctx.scan, c0, c1)
        body = ctx.vocab.qualifier_of.get(of.group("q")) if of is not None else None
        if body is None:
            # "an EU-Japan summit on Wednesday", where the EU-China summit is news: a
            # summit of those two, a claim of its own (the event's, written so, is one
            # too; "the summit" joins neither: a summit of unknown length agrees with any
            # day close to it; a pair's summit long before is another edition, as a body's)
            pair = _pair_summit(ctx, c0, c1, found[0])
            if pair is not None:
                found = (pair, found[1])
        stayed = body is None and _STAY_ON.search(ctx.scan, c0, c1) is not None
        if body is None and (stayed or _in_another_place(ctx, c0, c1, start) or (
                _WHERE.match(ctx.scan, c0, c1) and _went_elsewhere(ctx, s0, c0) and (
                    _body_leaders(ctx, c0, c1) is not None
                    # (a trip from the traveller's capital to the event, two days away, is
                    # not another summit: "leaves Tuesday for London, where world leaders
                    # gather for a one-day summit on Thursday")
                    or (day is not None and reference is not None
                        and abs((day - reference).days) >= NOT_TODAY_DAYS)))):
            # "EU leaders will meet for a special summit in Brussels on Monday", the day
            # after the London summit: the EU's ("when G7 leaders gather in Apulia for a
            # summit running June 13-15": the sentence names them); "The 27 EU leaders will
            # stay on in Granada for an informal summit on Friday": one after the event
            body = _body_leaders(ctx, c0, c1) or _body_leaders(ctx, s0, s1)
            if body is None and (_A_KIND_OF_SUMMIT.search(ctx.scan, c0, c1)
                                 or _NAMED_SUMMIT.search(ctx.scan, c0, c1)):
                # ("where he attended the Joint Arab-Islamic Extraordinary Summit on Nov. 11")
                # "Macron and Merz, who were in the Brazilian city of Belem for a climate
                # summit on Thursday and Friday": a summit of another kind, elsewhere
                return []
        if body is not None and body.get("kind") == "body":
            found = (ctx.qualified_by(found[0], body), found[1])
    if (found is not None and day is not None and found[0].id == ctx.rules.event.topic
            and (ctx.rules.event.date is None or ctx.rules.event.anchored) and ctx.reference is not None
            and abs((day - ctx.reference).days) >= NOT_TODAY_DAYS):
        # "EU leaders are set to discuss Russia at a summit in Brussels on Dec. 16", a week
        # after the article: the EU's, as a summit of EU leaders days away is
        body = _body_leaders(ctx, *ctx.segs.clause_of(start, end))
        if body is not None:
            found = (ctx.qualified_by(found[0], body), found[1])
    if found is not None and day is not None and _far_from_event(ctx, found[0], day, start, s0, s1):
        body = _body_leaders(ctx, s0, s1)
        if body is None:
            return []  # "Macron hosted a summit in Paris on February 17": another summit
        # "an emergency summit of E.U. leaders on March 6": that body's, as "an EU summit" is
        found = (ctx.qualified_by(found[0], body), found[1])
    if (found is not None and day is not None and found[0].get("of") == ctx.rules.event.topic
            and ctx.reference is not None and abs((day - ctx.reference).days) > OTHER_EVENT_DAYS):
        # "the first Quad summit, held virtually on March 12, 2021": another edition of
        # that body's summit (its next one, days away, is news: "an EU summit on Thursday")
        return []
    if want_date and day is not None and found is not None:
        topic, inferred = found
        claim, label = f"{topic.id}-date", f"Date of {topic.label}"
        if topic.id == ctx.rules.event.topic:
            window = ctx.rules.event.days
        elif topic.get("of") == ctx.rules.event.topic and ctx.rules.event.days is None:
            # "the NATO summit" when the rules do not say how long the event is: it may be
            # the event, as long ("the NATO summit in The Hague on Tuesday and Wednesday")
            window = None
        else:
            window = topic.get("days", 1)
        if window is None:
            # an event of unknown length: its start and end are claims of their own
            # ("wrapped up the June 26-28 gathering on Tuesday": a span is the days it
            # was held, neither its start nor its end)
            facet = "" if _SPAN.search(ctx.scan, start, end) else _facet(before[-60:], day=True)
            window = 1 if facet else UNKNOWN_LENGTH_DAYS
            if facet:
                claim, label = f"{topic.id}-{facet}-date", f"{facet.capitalize()} date of {topic.label}"
                # the day it began or ended is also a day it was held: it can corroborate
                out.append(ctx.mention(
                    Kind.DATE, f"{topic.id}-date", f"Date of {topic.label}",
                    Day(day, UNKNOWN_LENGTH_DAYS), start, end, "sentence", rule=topic.id))
        # "the NATO summit" may be the one "the summit" means: its date joins it (audit),
        # unless the rules say which summit is the event (a date of "the summit" moved
        # by days must then dispute the event's, not join another summit)
        event = ctx.rules.event  # (its date alone may be an undated article's anchor)
        broad = (f"{topic.get('of')}{claim[len(topic.id):]}"
                 if topic.get("of") and not topic.get("pair") and event.days is None
                 and not event.places and not event.name and not stayed else "")
        out.append(ctx.mention(
            Kind.DATE, claim, label, Day(day, window),
            start, end, inferred or ("sentence" if said else ""), rule=topic.id, base=broad,
        ))
    if parts.hour is not None:
        found_t = ctx.find_topic(start, end, "time", until=until)
        if found_t is not None and found_t[0].get("report", True):
            topic, inferred = found_t
            # Without the event's zone, "11:30am local time" cannot be put in UTC: it is
            # compared only with other local times (a claim of its own).
            local = parts.zone in (None, "local time") and not ctx.rules.event.timezone
            # a time without its date is put in UTC as of the article's date: "3:30 p.m. ET"
            # in August is daylight time
            utc = to_utc(day or reference, parts.hour, parts.minute or 0, parts.zone,
                         ctx.rules.event.timezone)
            if utc is not None:
                facet = _facet(before[-60:])
                claim = f"{topic.id}-{facet + '-' if facet else ''}time{'-local' if local else ''}"
                label = f"{(facet + ' time').capitalize() if facet else 'Time'} of {topic.label}"
                label += " (local time)" if local else ""
                out.append(ctx.mention(
                    Kind.DATE, claim, label,
                    Moment(utc, day is not None, ctx.rules.tolerance.minutes, local),
                    start, end, inferred or ("sentence" if said else ""), rule=topic.id,
                ))
    return out


def _far_from_event(ctx: Context, topic, day, start: int, s0: int, s1: int) -> bool:
    """A date of the event's topic days away from the event is about another one of its
    kind (last month's summit, next week's): more than the event's length, plus two days
    for datelines and time zones. When the rules name the event's places, only a
    sentence that names another place ("an emergency summit in Paris on February 17")
    makes it another one; else the date stands and can dispute the event's. [s0, s1):
    the date's sentence (as _mentions reads it)."""
    event = ctx.rules.event
    if topic.id != event.topic:
        return False
    if event.date is None or event.anchored:
        # no date in the rules: news of an event is written within days of it, so a summit
        # weeks from the article's own date is another ("Starmer, who hosted a summit of 18
        # leaders in London on March 2", in coverage of Paris on March 27), and so is one
        # days from it in another place than the article reports from ("the London summit
        # at Lancaster House on Sunday", in a report from Brussels on Thursday)
        if ctx.reference is None:
            return False
        gap = abs((day - ctx.reference).days)
        return gap > OTHER_EVENT_DAYS or (gap >= NOT_TODAY_DAYS and not event.places
                                          and ctx.elsewhere(s0, s1, start))
    length = event.days or UNKNOWN_LENGTH_DAYS
    first, last = event.date, event.date + dt.timedelta(days=length - 1)
    if event.days is None:
        first = event.date - dt.timedelta(days=length - 1)  # anchored on a publication date
    gap = (first - day).days if day < first else (day - last).days
    if gap <= 2 + (length if event.days is None else 0):
        return False
    if not event.places:
        return True
    return _in_another_place(ctx, s0, s1, start) or _body_leaders(ctx, s0, s1) is not None


def _in_another_place(ctx: Context, s0: int, s1: int, start: int) -> bool:
    """Whether the sentence [s0, s1) places what it dates elsewhere than the event: in a
    place the rules do not name (when they name the event's), else in another than the
    article reports from."""
    event = ctx.rules.event
    if not event.places:
        return ctx.elsewhere(s0, s1, start)
    ours = [p.casefold() for p in event.places]
    # countries and demonyms ("in the British capital") do not tell one city from another
    named = [n.casefold() for m in _PLACE.finditer(ctx.scan, s0, s1)
             if ctx.vocab.qualifier_of.get(n := m.group(1) or m.group(2)) is None]
    return bool(named) and not any(p in n or n in p for n in named for p in ours)


def _went_elsewhere(ctx: Context, s0: int, c0: int) -> bool:
    """Whether a journey before a "where" clause goes to another place than the event's
    (or, without it, than the article's home): "Obama leaves Friday for Strasbourg,
    France, and the German town of Kehl, where NATO leaders gather Friday and Saturday
    for a summit", in a report from London."""
    ours = [p.casefold() for p in ctx.rules.event.places]
    if not ours and ctx.home_place is not None:
        ours = [ctx.home_place]
    # (the place a journey goes to, or the one "where" stands for: "came to Washington
    # straight from Riyadh, where he attended the Joint Arab-Islamic Summit on Nov. 11")
    places = [m.group(1) for m in _JOURNEY_TO.finditer(ctx.scan, s0, c0)]
    antecedent = _PLACE_BEFORE_WHERE.search(ctx.scan, max(s0, c0 - 60), c0 + 1)
    if antecedent is not None:
        places.append(antecedent.group(1))
    for name in places:
        if ctx.vocab.qualifier_of.get(name) is None and ours and not any(
                p in name.casefold() or name.casefold() in p for p in ours):
            return True
    return False


_PLACE_BEFORE_WHERE = regex.compile(r"\b(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)[ \t]*,?\s*\Z")
_JOURNEY_TO = regex.compile(
    r"\b(?:leaves|left|heads|headed|flies|flew|travels|travell?ed|goes|went)\s+(?:[\p{L}\d]+\s+){0,2}?"
    r"(?:for|to)\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})")
# (a date right before the bracket: not "at the G20 summit (November 15-16 in Brisbane)")
_OPEN_BRACKET = regex.compile(
    r"(?i)(?:\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
    r"oct|nov|dec)\p{L}*\.?)\s*\(\s*(?:early|late|on)?\s*\Z")
_ELSEWHERE_ZONE = regex.compile(
    r"(?i),?\s+(?:in\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?|(?:\p{Lu}[\p{L}-]+\s+)?(?:local\s+)?time)\s*\)")
# (a meeting: not "on Friday, Nov. 30, a day after the leaders arrive")
_DAYS_BEFORE_THE = regex.compile(
    r"(?i),?\s+(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?)\s+(?:before|after|ahead\s+of)\s+the\s+"
    r"(?:[\p{L}\d'-]+\s+){0,3}(?:meeting|summit|talks|conference|gathering|session|vote)\b")
_TOLD_THAT = regex.compile(
    r"(?i),?\s+(?:\p{L}+\s+){1,3}?(?:said|tweeted|wrote|posted|warned|declared|announced|told\s+\w+)\s+that\b"
    # ("On Thursday, he told Fox News Radio's Brian Kilmeade there was a '25% chance' the
    # meeting would not be successful"; "On Wednesday, Chinese Foreign Ministry spokesperson
    # Guo Jiakun called it 'an important opportunity'")
    r"|,\s+(?:[\p{L}'\u2019.-]+\s+){1,6}?(?:told|called)\s+(?:[\p{Lu}][\p{L}'\u2019.-]*\s+){0,5}"
    r"(?:there|it|them|him|her)\b")
_ON_OPENING = regex.compile(r"(?:^\s*|[.;:!?]\s+|\n|\*\s+|\u2014\s+)On\s+\Z")
_SUPERSEDED = regex.compile(
    r"(?i)\b(?:(?:originally|initially)\s+(?:been\s+)?(?:scheduled|planned|due|set|slated|meant|expected)|"
    r"had\s+(?:originally\s+)?been\s+(?:scheduled|planned|due|set|slated|meant|expected)|"
    r"(?:was|were)\s+(?:originally\s+)?supposed)\s+(?:to\s+\w+|for)\b"
    # (not "had been planned for months and ended on Friday": what came of it; but "had
    # been scheduled to run over Thursday and Friday")
    r"(?:(?!\b(?:and|but|yet)\s+(?:then\s+)?(?:\p{Ll}+ed|was|were|is|went|came|began|ran|took|met|"
    r"held|got|left|opened|closed|broke|wound)\b)[^.;!?,]){0,30}\Z")
# ("EU leaders will stay on in Granada", "remained in Prague on Friday", "will remain in
# the Czech capital for an informal summit"; not "sanctions would remain in force")
# "The aim of the summit in Granada on Tuesday was to show unity": no plan
_AIM_OF = regex.compile(
    r"(?i)\b(?:aim|goal|purpose|task|idea|message|point|objective|priority|intention|mission|"
    r"hope|plan)\s+(?:of|for|behind)\b")
_STAY_ON = regex.compile(
    r"(?i)\b(?:stay(?:s|ed|ing)?\s+on\s+(?:in|at|for)\b|remain(?:s|ed|ing)?\s+in\s+"
    r"(?:the\s+(?:\w+\s+){0,2}(?:capital|city)\b|(?-i:\p{Lu})))")


def _body_leaders(ctx: Context, s0: int, s1: int):
    """The one body whose leaders a sentence names ("a summit of E.U. leaders on March 6",
    "the bloc's 27 leaders"), else None: a meeting of that body's, not the event's."""
    bodies = {}
    for m in _LEADERS_OF.finditer(ctx.scan, s0, s1):
        if m.group("noun"):
            q = ctx.body_called(m.group("noun"), m.start())
        else:
            q = ctx.vocab.qualifier_of.get(m.group("q"))
        if q is not None and q.get("kind") == "body":
            bodies[q.id] = q
    return next(iter(bodies.values())) if len(bodies) == 1 else None


_LEADERS_OF = regex.compile(
    r"(?:\b(?P<q>\p{Lu}[\p{L}.]*(?:[ ]\p{Lu}[\p{L}.]*){0,2})(?:['\u2019]s)?"
    r"|\bthe\s+(?P<noun>bloc|alliance)['\u2019]s(?:\s+\d+)?)\s+(?:leaders|heads\s+of\s+(?:state|government))\b")
def _pair_summit(ctx: Context, c0: int, c1: int, topic: Entry) -> Entry | None:
    """`topic` of the two countries or bodies of "an EU-Japan summit", "the US-Africa
    summit" in the clause (in a fixed order: "China-EU" is "EU-China")."""
    m = _PAIR_SUMMIT.search(ctx.scan, c0, c1)
    if m is None:
        return None
    of = ctx.vocab.qualifier_of
    a = of.get(m.group("a")) or of.get(m.group("a").rpartition(" ")[2])
    b = of.get(m.group("b")) or of.get(m.group("b").partition(" ")[0])
    if a is None or b is None or a.id == b.id:
        return None
    a, b = sorted((a, b), key=lambda q: q.id)
    key = (topic.id, a.id, b.id)
    pair = _PAIRS.get(key)
    if pair is None:
        base = topic.get("label", topic.id).removeprefix("the ")
        pair = _PAIRS[key] = Entry("topics", f"{topic.id}-{a.id}-{b.id}", {
            **topic.fields, "label": f"the {a.label}-{b.label} {base}", "of": topic.id, "pair": True})
    return pair


_PAIRS: dict[tuple[str, str, str], Entry] = {}
_PAIR_SUMMIT = regex.compile(
    r"(?P<a>\p{Lu}[\p{L}.]*(?:[ ]\p{Lu}[\p{L}.]*)?)[-\u2013](?P<b>\p{Lu}[\p{L}.]*(?:[ ]\p{Lu}[\p{L}.]*)?)"
    r"\s+(?i:summit)\b")
_SUMMIT_OF = regex.compile(
    r"(?i)\bsummit\s+of\s+(?:the\s+)?(?P<q>(?-i:\p{Lu}[\p{L}.]*(?:[ ]\p{Lu}[\p{L}.]*){0,3}))")


# "in Paris", "at Lancaster House", "in the Belgian capital Brussels"
_NAMED_SUMMIT = regex.compile(r"\bthe\s+(?:\p{Lu}[\p{L}-]+\s+){1,5}Summit\b")
_A_KIND_OF_SUMMIT = regex.compile(r"(?i)\b(?:a|an)\s+(?:[\p{Ll}-]+\s+){1,2}(?:summit|gathering)\b")
_PLACE = regex.compile(
    CITY_OF + r"|\b(?:in|at)\s+(?:the\s+)?(\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){0,2})")


def _facet(before: str, day: bool = False) -> str:
    if day and _FROM_TO.search(before):
        return "end"  # "a NATO summit from June 28 to June 30", "from 28 to 30 June" (a day)
    last_start = list(_START.finditer(before))
    last_end = list(_END.finditer(before))
    s = last_start[-1].end() if last_start else -1
    e = last_end[-1].end() if last_end else -1
    if s < 0 and e < 0:
        return ""
    return "start" if s > e else "end"
