"""Group Mentions into Claims and decide agreed / disputed / single-source.

A claim is disputed only when two values that contradict each other are each
stated firmly (not inferred) and the claim has two or more sources. A value
that rests on inferred mentions alone and contradicts a firm value is left
out: the inference was probably wrong, and a false dispute costs an editor
more than a missed corroboration. Values are listed majority first.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from .corpus import MAX_BYTES
from .models import (
    BY_POSITION,
    AuditResult,
    Claim,
    ClaimValue,
    Day,
    Kind,
    Mention,
    Person,
    Quantity,
    Source,
    Status,
)
from .normalize.names import PeopleIndex
from .pipeline import Extraction, extract_corpus
from .rules import Rules


def audit_folder(folder: Path, rules: Rules, display: str | None = None, jobs: int | None = 1,
                 cache_dir: Path | None = None, max_bytes: int = MAX_BYTES) -> AuditResult:
    """Audit every article of `folder` (see pipeline.extract_corpus for jobs and cache)."""
    return audit_extraction(extract_corpus(folder, rules, display, jobs=jobs, cache_dir=cache_dir,
                                           max_bytes=max_bytes), rules)


def audit_extraction(found: Extraction, rules: Rules) -> AuditResult:
    """Audit a folder's extraction (pipeline.extract_corpus)."""
    return AuditResult(tuple(found.sources), group(found.mentions, rules), warnings=found.warnings,
                       rules_path=rules.path, ignored=found.ignored)


def audit_mentions(found: tuple[Sequence[Source], Sequence[Mention]], rules: Rules) -> AuditResult:
    """Audit mentions extracted earlier (`summitcheck extract`, perhaps on many machines)."""
    sources, mentions = found
    return AuditResult(tuple(sources), group(mentions, rules), rules_path=rules.path)


def group(mentions: Iterable[Mention], rules: Rules) -> tuple[Claim, ...]:
    """Every claim of the corpus, sorted by kind and id."""
    mentions = join_narrower(resolve_people(list(mentions), rules))
    by_claim: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_claim[m.claim].append(m)
    claims = [c for key, ms in by_claim.items() if (c := make_claim(key, ms)) is not None
              and not (c.kind is Kind.QUOTE and c.status is Status.SINGLE)]  # see extract/quotes.py
    claims.extend(person_claims(mentions))
    return tuple(sorted(claims, key=lambda c: (c.kind.value, c.id)))


def join_narrower(mentions: list[Mention]) -> list[Mention]:
    """A figure stated broadly ("5% of GDP", "32 allies") joins the one narrower claim of
    the corpus it agrees with ("5% of GDP by 2035", "NATO's 32 members"); with none or
    several such claims it stays where it is."""
    narrower: dict[str, set[str]] = defaultdict(set)
    firm: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.base:
            narrower[m.base].add(m.claim)
        if not m.inferred:
            firm[m.claim].append(m)
    out = []
    for m in mentions:
        if not m.base and m.claim in narrower:
            fits = [c for c in sorted(narrower[m.claim])
                    if firm[c] and all(f.value.compatible(m.value) for f in firm[c])]
            if len(fits) == 1:
                m = m.evolve(claim=fits[0], label=firm[fits[0]][0].label)
        out.append(m)
    return out


def make_claim(claim_id: str, mentions: Sequence[Mention]) -> Claim | None:
    """One claim from mentions that share its identity."""
    firm = [m for m in mentions if not m.inferred]
    firm_values = list(dict.fromkeys(m.value for m in firm))
    kept = list(firm)
    fits: dict = {}  # an inferred value -> whether no firm value contradicts it
    for m in mentions:
        if m.inferred:
            ok = fits.get(m.value)
            if ok is None:
                ok = fits[m.value] = all(f.compatible(m.value) for f in firm_values)
            if ok:
                kept.append(m)
    if not firm:
        kept = _inferred_majority(kept)
    if not kept or all(m.remote for m in kept):
        return None  # a topic guessed from another sentence never makes a claim alone
    by_value: dict[str, list[Mention]] = defaultdict(list)
    for m in kept:
        by_value[m.value.key].append(m)
    values = []
    for ms in by_value.values():
        ms.sort(key=BY_POSITION)
        values.append(ClaimValue(
            value=_display(ms),
            sources=tuple(sorted({m.source for m in ms})),
            mentions=tuple(ms),
            inferred=all(m.inferred for m in ms),
        ))
    values.sort(key=lambda v: (-len(v.sources), -len(v.mentions), v.value))
    sources = {m.source for m in kept if not m.implied}
    if not sources:
        return None
    status = Status.SINGLE if len(sources) < 2 else Status.AGREED
    if status is Status.AGREED and _contradiction(firm):
        status = Status.DISPUTED
    first = kept[0]
    label = _label(kept)
    return Claim(claim_id.replace("#person", ""), first.kind, label, status, tuple(values))


def _inferred_majority(ms: list[Mention]) -> list[Mention]:
    """With nothing stated firmly, keep the value most sources support when it has
    strictly more sources than any value contradicting it; else nothing."""
    support: dict[str, set[str]] = {}
    value_of = {}
    for m in ms:
        support.setdefault(m.value.key, set()).add(m.source)
        value_of.setdefault(m.value.key, m.value)
    ranked = sorted(support.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    best_key, best_sources = ranked[0]
    best = value_of[best_key]
    rivals = [len(s) for k, s in ranked[1:] if not value_of[k].compatible(best)]
    if rivals and max(rivals) >= len(best_sources):
        return []
    return [m for m in ms if m.value.compatible(best)]


def _display(ms: list[Mention]) -> str:
    return ms[0].value.display


def _label(ms: list[Mention]) -> str:
    counts: dict[str, int] = defaultdict(int)
    for m in ms:
        counts[m.label] += 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def _contradiction(firm: list[Mention]) -> bool:
    """Two firm values from different sources that cannot both be true.

    Compared value against value, not mention against mention: a claim stated
    by 10,000 articles in five ways costs 15 comparisons, not 50 million."""
    sources: dict = defaultdict(set)
    for m in firm:
        sources[m.value].add(m.source)
    values = list(sources)
    if _all_overlap(values):
        return False
    for i, a in enumerate(values):
        for b in values[i:]:
            if a.compatible(b):
                continue
            sa, sb = sources[a], sources[b]
            if len(sa | sb) > 1:  # a mention of each from two different sources
                return True
    return False


def _all_overlap(values: list) -> bool:
    """True when every pair of values is compatible, decided without comparing
    pairs where that is possible: intervals of one unit all overlap when the
    highest lower bound is under the lowest upper bound."""
    if len(values) < 2:
        return not values or values[0].compatible(values[0])
    if all(isinstance(v, Quantity) for v in values) and len({v.unit for v in values}) == 1:
        return max(v.lo for v in values) <= min(v.hi for v in values)
    if all(isinstance(v, Day) for v in values) and len({v.window for v in values}) == 1:
        days = [v.date for v in values]
        return (max(days) - min(days)).days < values[0].window
    return False


# ---------------------------------------------------------------- people


_NAME = Kind.NAME  # a plain global: an enum member looked up on its class costs 70 ns


def resolve_people(mentions: list[Mention], rules: Rules) -> list[Mention]:
    """Give every name mention its person's key, resolve bare surnames, and move
    offices written without a qualifier to the same person's qualified office."""
    index = PeopleIndex(rules)
    names = [m for m in mentions if m.kind is _NAME]
    clusters = {}
    for m in names:
        c = index.add_full(m.value.display, m.source)
        if c is not None:
            clusters[id(m)] = c
    for m in names:
        if id(m) not in clusters:
            c = index.surname_only(m.value.display, m.source)
            if c is not None:
                clusters[id(m)] = c
    # the clusters are complete: one Person each
    people: dict[int, Person] = {}
    person_of: dict[int, Person] = {}
    for key, c in clusters.items():
        person = people.get(id(c))
        if person is None:
            person = people[id(c)] = Person(c.key, c.display)
        person_of[key] = person
    # qualified offices each person holds, by title, and current ones by qualifier
    held: dict[tuple[str, str], set[str]] = defaultdict(set)
    held_under: dict[tuple[str, str], set[str]] = defaultdict(set)
    office_of: dict[str, Mention] = {}
    for m in names:
        person = person_of.get(id(m))
        if person is not None and m.office and m.office.qualifier and m.office.title != "*":
            held[(person.key, m.office.title + "|" + m.office.tense)].add(m.claim)
            if m.office.tense == "current":
                held_under[(person.key, m.office.qualifier)].add(m.claim)
            office_of.setdefault(m.claim, m)
    first_label: dict[str, str] = {}
    for m in names:
        first_label.setdefault(m.claim, m.label)
    out: list[Mention] = []
    for m in mentions:
        if m.kind is not _NAME:
            out.append(m)
            continue
        person = person_of.get(id(m))
        if person is None:
            continue
        claim, label = m.claim, m.label
        if m.office and m.office.title == "*":
            # "Canada's Justin Trudeau": the one current office he holds under Canada
            targets = held_under.get((person.key, m.office.qualifier), set())
            if len(targets) != 1:
                continue
            target = office_of[next(iter(targets))]
            m = m.evolve(office=target.office, inferred=True, implied=True)
            claim, label = target.claim, target.label
        elif m.office and not m.office.qualifier:
            targets = held.get((person.key, m.office.title + "|" + m.office.tense), set())
            if len(targets) != 1:
                continue  # "President Erdogan" with no qualified office to join
            claim = next(iter(targets))
            label = first_label[claim]
        if claim.endswith("#person"):
            claim = f"{claim[:-len('#person')]}-{person.key}"
        out.append(m.evolve(value=person, claim=claim, label=label))
    return out


def person_claims(mentions: list[Mention]) -> list[Claim]:
    """The offices each person is given, as a claim about that person, reported
    when sources contradict each other ("US President" / "former US President")."""
    by_person: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.kind is _NAME and m.office is not None:
            by_person[(m.value.key, m.office.title)].append(m)
    claims = []
    for (person, title), ms in sorted(by_person.items()):
        given = [m for m in ms if m.office and m.office.qualifier]
        if len({m.source for m in given}) < 2 or len({m.office for m in given}) < 2:
            continue  # one source, or one office for all: nothing to dispute
        offices = [m.evolve(value=m.office, label=f"{m.value.display}: office", claim=f"person-{person}")
                   for m in given]
        claim = make_claim(f"person-{person}-{_slug(title)}", offices)
        if claim is not None and claim.status is Status.DISPUTED:
            claims.append(claim)
    return claims


def _slug(text: str) -> str:
    return "-".join("".join(ch if ch.isalnum() else " " for ch in text.lower()).split())
