"""Extraction: one module per rule kind, applied in a fixed order.

Dates run first so that the numbers inside "March 2, 2025" or "14:00" are not
read as figures; then names, then quotes.
"""

from __future__ import annotations

from ..candidates import keyword_sets, keyword_source
from ..models import BY_POSITION, Mention, Source
from ..rules import Rules
from ..text import CLAUSE_WORDS
from . import dates, figures, names, quotes
from .context import Context, vocab_for

KINDS = {"date": dates.extract, "figure": figures.extract, "name": names.extract,
         "quote": quotes.extract}


def extract_source(source: Source, rules: Rules) -> list[Mention]:
    """Every mention found in one source, in text order."""
    return extract_with_warnings(source, rules)[0]


def extract_with_warnings(source: Source, rules: Rules) -> tuple[list[Mention], list[str]]:
    """Every mention found in one source, in text order, and the warnings of its
    loading and extraction (a rules.yaml pattern that ran out of time)."""
    ctx = Context(source, rules, vocab_for(rules), keyword_sets(rules))
    found: list[Mention] = []
    for run in KINDS.values():
        found.extend(run(ctx))
    return sorted(found, key=BY_POSITION), [*source.warnings, *ctx.warnings]


@keyword_source("extract")
def keyword_sets_of(rules: Rules) -> dict:
    """The keywords the extractors look for (topic cues, clause words, date words, the
    starts of figures, titles), found with the loader's in one pass (see Context.hits)."""
    vocab = vocab_for(rules)
    return {
        "cues": (vocab.cue_words.words if vocab.cue_words else (), True, True),
        "clause": (CLAUSE_WORDS, False, True),
        "dates": (dates.START_WORDS, False, True),
        "figures": (figures.patterns_for(rules).start_words.words, True, True),
        "names": (names.patterns_for(rules).triggers.words, True, False),  # names.form_matches
    }
