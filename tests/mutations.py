"""Planted errors: one wrong figure, office-holder, date or time in one article.

Mutations are derived from the seed corpus's own report, not listed by hand:
every claim that the sources agree on (or that one source states) gives, for
each firmly stated mention, a replacement that truly contradicts it under the
documented semantics:

- a figure multiplied by 1.5 or 0.5 (beyond any precision, "about" or
  tolerance), or, when it is open upwards ("more than 5,000"), cut to 0.4 of
  it with the "more than" dropped (a larger "more than" would still agree);
- an office-holder replaced by another real politician (one the corpus does not
  name, so no other claim about that person changes);
- a date moved four days either way, in the shape it was written ("March 2" ->
  "March 6", "Sunday" -> "Thursday");
- a time moved by four hours forward or three back.

Inferred mentions, offices written without a country or body and offices many
people hold at once or have held ("Kremlin aide", "former US President") are left
alone: by design they can corroborate but never dispute. So that the mutated
article is the odd one out, the other sources of the claim are each copied once
more (a claim stated by one article gets two copies of it).
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from summitcheck.audit import audit_folder
from summitcheck.models import AuditResult, Day, Kind, Moment, Quantity, Status
from summitcheck.normalize import numbers as num
from summitcheck.pipeline import extract_corpus
from summitcheck.rules import Rules

# Real politicians the seed corpus does not name.
OTHER_PEOPLE = ("Rishi Sunak", "Charles Michel", "Mario Draghi", "Angela Merkel", "Boris Johnson",
                "Joe Biden", "Petro Poroshenko", "Sanna Marin")
# ... and more, for a corpus that names some of those
MORE_PEOPLE = ("Jacinda Ardern", "Sebastian Kurz", "Matteo Renzi", "Alexis Tsipras", "Malcolm Turnbull",
               "Francois Hollande", "Stefan Lofven", "Leo Varadkar")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")
# a month written whole or cut ("Feb."), and the day of the month next to it
_MONTH_WORD = re.compile(r"\b(" + "|".join(sorted({m[:k] for m in MONTHS for k in (3, 4, len(m))},
                                                    key=len, reverse=True)) + r")\b")
_DAY_NUMBER = re.compile(r"(?<![\d:.])([0-3]?\d)(st|nd|rd|th)?(?![\d:])")
_CLOCK = re.compile(r"\b(\d{1,2}):(\d\d)\b")
_NUMBER = re.compile(r"\d{1,3}(?:[, ]\d{3})+|\d+(?:\.\d+)?")
_WORD_NUMBER = re.compile(r"(?i)\b(" + "|".join(sorted((w for w in num.WORDS if w != "zero"),
                                                          key=len, reverse=True)) + r")\b")
_WORD_OF = {v: w for w, v in num.WORDS.items() if " " not in w and w != "zero"}
_OPEN = re.compile(r"(?i)^(?:" + "|".join(re.escape(q) for q in sorted(
    (q for q, how in num.QUALIFIERS.items() if how == "above" and q != "+"), key=len, reverse=True)
) + r")\s+")


@dataclass(frozen=True)
class Mutation:
    kind: str  # figure, name, date, time
    claim: str  # the claim that must turn disputed
    article: str  # source id of the mutated article
    start: int
    end: int
    old: str
    new: str
    copies: tuple[str, ...]  # source ids copied once more, so the article is outnumbered

    def __str__(self) -> str:
        return f"{self.kind} {self.claim}: {self.article} {self.old!r} -> {self.new!r}"


def mutations(corpus: Path, rules: Rules) -> list[Mutation]:
    """Every mutation of the corpus's agreed and single-source claims."""
    result = audit_folder(corpus, rules)
    raw = extract_corpus(corpus, rules).mentions
    written = {(m.source, m.start, m.end): m for m in raw}
    # the politicians the corpus does not name (all of them, for the seed corpus)
    text = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in sorted(corpus.iterdir())
                     if p.is_file())
    people = tuple(p for p in OTHER_PEOPLE + MORE_PEOPLE if p.split()[-1] not in text)[:len(OTHER_PEOPLE)]
    out: list[Mutation] = []
    for claim in result.claims:
        if claim.status is Status.DISPUTED or claim.id.startswith("person-"):
            continue
        for value in claim.values:
            for m in value.mentions:
                if m.inferred:
                    continue
                others = tuple(s for s in claim.sources if s != m.source) or (m.source, m.source)
                for kind, new in _replacements(m, written.get((m.source, m.start, m.end)), len(out),
                                               people):
                    out.append(Mutation(kind, claim.id, m.source, m.start, m.end, m.text, new, others))
    return out


def _replacements(m, raw, n: int, people: tuple[str, ...]) -> list[tuple[str, str]]:
    if m.kind is Kind.FIGURE and isinstance(m.value, Quantity):
        return [("figure", t) for t in _figures(m.text, m.value)]
    if m.kind is Kind.NAME and raw is not None and raw.claim.endswith("#person"):
        return []  # an office many hold at once, or have held: another holder contradicts no one
    if m.kind is Kind.NAME and raw is not None and raw.office is not None and raw.office.qualifier:
        name = raw.value.display
        if len(name.split()) < 2 or name not in m.text or not people:
            return []  # a bare surname joins a person; it cannot name another one
        other = people[n % len(people)]
        return [("name", m.text.replace(name, other, 1))]
    if isinstance(m.value, Moment):
        return [("time", t) for h in (4, -3) if (t := _shift_clock(m.text, h)) is not None]
    if isinstance(m.value, Day):
        return [("date", t) for d in (4, -4) if (t := _shift_day(m.text, m.value.date, d)) is not None]
    return []


def _figures(text: str, q: Quantity) -> list[str]:
    opened = _OPEN.match(text)
    if opened or q.hi == float("inf"):
        if not opened:
            return []  # "5,000+": no simple rewording
        return [t for t in [_scale(text[opened.end():], 0.4)] if t]
    return list(dict.fromkeys(t for t in (_scale(text, 1.5), _scale(text, 0.5)) if t))


def _scale(text: str, factor: float) -> str | None:
    """`text` with its first number (digits or words) multiplied by `factor`."""
    m = _NUMBER.search(text)
    w = _WORD_NUMBER.search(text)
    if m and (not w or m.start() < w.start()):
        digits = m.group(0)
        sep = "," if "," in digits else (" " if " " in digits else "")
        value = float(digits.replace(",", "").replace(" ", "")) * factor
        decimals = len(digits.split(".")[1]) if "." in digits else 0
        if decimals:
            shown = f"{value:.{decimals}f}"
        else:
            shown = f"{round(value):,}".replace(",", sep)
        return text[:m.start()] + shown + text[m.end():]
    if w:
        was = num.WORDS[w.group(1).lower()]
        value = round(was * factor) if factor < 1 else was * 3
        if value < 2:
            value = was * 3
        word = _WORD_OF.get(value, str(value))
        if w.group(1)[:1].isupper():
            word = word.capitalize()
        return text[:w.start()] + word + text[w.end():]
    return None


def _shift_day(text: str, day: dt.date, days: int) -> str | None:
    """The date moved by `days` in the shape it was written: its month and day ("March 2",
    "Feb. 28th", "2 March") and its weekday when it has one ("on Thursday, March 6")."""
    moved = day + dt.timedelta(days=days)
    out = text
    n = _DAY_NUMBER.search(out)
    if n:
        suffix = ""
        if n.group(2):
            suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(moved.day, "th")
        out = out[:n.start(1)] + str(moved.day) + suffix + out[n.end():]
        if moved.month != day.month:
            mo = _MONTH_WORD.search(out)
            if mo is None:
                return None
            name = MONTHS[moved.month - 1]
            word = name if mo.group(1) in MONTHS else name[:3]
            out = out[:mo.start(1)] + word + out[mo.end(1):]
    w = _WEEKDAY.search(out)
    if w:
        out = out[:w.start()] + WEEKDAYS[moved.weekday()] + out[w.end():]
    return out if out != text else None


def _shift_clock(text: str, hours: int) -> str | None:
    m = _CLOCK.search(text)
    if not m:
        return None
    h = (int(m.group(1)) + hours) % 24
    return text[:m.start()] + f"{h:02d}:{m.group(2)}" + text[m.end():]


# ---------------------------------------------------------------- planting


def plant(mutation: Mutation | None, copies: tuple[str, ...], corpus: Path, dest: Path) -> Path:
    """The corpus in `dest` with the copies added and the mutation (if any) planted."""
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(corpus, dest)
    by_id = {p.stem: p for p in corpus.iterdir() if p.is_file()}  # .txt, .md...
    for i, sid in enumerate(copies):
        src = by_id[sid]
        shutil.copy(src, dest / f"zz-copy{i}-{sid}{src.suffix}")
    if mutation is not None:
        path = dest / by_id[mutation.article].name
        text = path.read_text(encoding="utf-8")
        assert text[mutation.start:mutation.end] == mutation.old, mutation
        path.write_text(text[:mutation.start] + mutation.new + text[mutation.end:], encoding="utf-8")
    return dest


def disputed(result: AuditResult) -> set[str]:
    return {c.id for c in result.claims if c.status is Status.DISPUTED}


def check(mutation: Mutation, corpus: Path, rules: Rules, work: Path, cache: Path | None = None
          ) -> str | None:
    """None when the audit catches the mutation as it should, else what went wrong."""
    base = audit_folder(plant(None, mutation.copies, corpus, work / "base"), rules, cache_dir=cache)
    hit = audit_folder(plant(mutation, mutation.copies, corpus, work / "mutated"), rules,
                       cache_dir=cache)
    if mutation.claim in disputed(base):
        return "already disputed without the mutation"
    claims = {c.id: c for c in hit.claims}
    claim = claims.get(mutation.claim)
    if claim is None or claim.status is not Status.DISPUTED:
        return f"not disputed ({claim.status.value if claim else 'claim gone'})"
    odd = claim.values[-1]
    if mutation.article not in odd.sources or len(odd.sources) >= len(claim.values[0].sources):
        return f"the mutated article is not the odd one out: {[v.sources for v in claim.values]}"
    extra = disputed(hit) - disputed(base) - {mutation.claim}
    if extra:
        return f"also newly disputed: {sorted(extra)}"
    return None
