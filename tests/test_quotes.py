"""Quotes: who said it, and whether two articles quote the same remark alike."""

from __future__ import annotations

import pytest

from summitcheck.audit import group
from summitcheck.corpus import read_text
from summitcheck.extract import extract_source
from summitcheck.extract.quotes import quote_key
from summitcheck.models import Kind, Quote, Status
from summitcheck.rules import parse_rules_text

RULES = parse_rules_text("")
LIFT = ("Europe must do the heavy lifting, but to support peace in our continent this effort must "
        "have US backing")


def quotes_of(text: str) -> list[tuple[str, str]]:
    source = read_text(text, "a", "a.txt", RULES)
    return [(m.claim, m.text) for m in extract_source(source, RULES) if m.kind is Kind.QUOTE]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"\u201c{LIFT},\u201d Starmer told reporters.", "starmer"),
        (f'"{LIFT}," said Keir Starmer on Sunday.', "starmer"),
        (f'Keir Starmer said: "{LIFT}."', "starmer"),
        (f'Starmer told reporters, "{LIFT}."', "starmer"),
        (f"Starmer emphasised that Europe must lead. \u201c{LIFT},\u201d he stated.", "starmer"),
        (f"Giorgia Meloni warned against haste. Starmer disagreed. \u201c{LIFT},\u201d she said.", "meloni"),
        # "Sir Keir" is the article's Keir Starmer; a transliterated surname is one key
        (f"Sir Keir Starmer hosted the summit. \u201c{LIFT},\u201d Sir Keir said.", "starmer"),
        (f"\u201c{LIFT},\u201d Zelenskiy said.", "zelensky"),
        (f'"{LIFT}," Mr. Trump told reporters.', "trump"),
        (f'Trump said Friday that "{LIFT}."', "trump"),
        (f"\u201c{LIFT},\u201d Zelenskyy said.", "zelensky"),
        # no speaker, or one that is not a person: no quote claim
        (f"\u201c{LIFT},\u201d European leaders said.", None),
        (f"Asked about it, the Prime Minister said: \u201c{LIFT}.\u201d", None),
        (f"The statement read: \u201c{LIFT}.\u201d", None),
        (f"\u201c{LIFT}.\u201d", None),
        # too short to be a remark rather than a phrase
        ("Leaders backed a \u201ccoalition of the willing,\u201d Starmer said.", None),
    ],
)
def test_quote_speaker(text, speaker):
    found = quotes_of(text)
    if speaker is None:
        assert found == []
    else:
        assert [claim for claim, _ in found] == [f"quote-{speaker}-europe-must-do-the-heavy"]
        assert found[0][1].startswith("Europe must do the heavy lifting")


@pytest.mark.parametrize(
    ("a", "b", "compatible"),
    [
        ("europe must do the heavy lifting", "europe must do the heavy lifting but a peace", True),
        ("europe must do ... peace requires us support", "europe must do the heavy lifting but peace "
         "requires us support", True),
        ("europe must do the heavy lifting but a sustainable peace requires us support",
         "europe must do the heavy lifting but to support peace in our continent", False),
        ("we will not cede land", "we will not cede any land", False),
        ("peace requires us support", "peace requires us support", True),
    ],
)
def test_quote_compatibility(a, b, compatible):
    assert Quote(a, a).compatible(Quote(b, b)) is compatible
    assert Quote(b, b).compatible(Quote(a, a)) is compatible


def _claims(texts: dict[str, str]):
    mentions = []
    for sid, text in texts.items():
        mentions += extract_source(read_text(text, sid, f"{sid}.txt", RULES), RULES)
    return {c.id: c for c in group(mentions, RULES) if c.kind is Kind.QUOTE}


def test_a_misquote_is_disputed_with_each_wording_and_its_sources():
    claims = _claims({
        "a": f"\u201c{LIFT},\u201d Starmer told reporters.",
        "b": f'"{LIFT.upper()}!" said Starmer.',  # case and punctuation are not a dispute
        "c": "\u201cEurope must do the heavy lifting, but a sustainable peace requires US support,\u201d "
             "Starmer said.",
    })
    claim = claims["quote-starmer-europe-must-do-the-heavy"]
    assert claim.status is Status.DISPUTED
    assert [v.sources for v in claim.values] == [("a", "b"), ("c",)]


def test_remarks_that_open_alike_and_go_on_differently_are_two_remarks():
    claims = _claims({
        "a": "\u201cWe are going to be working on a great trade deal for both countries,\u201d Trump "
             "said.",
        "b": "\u201cWe're going to be working on a great trade deal for both countries,\u201d Trump "
             "said.",
        "c": "\u201cWe're going to be increasing military sales to India by many billions of "
             "dollars,\u201d Trump said.",
        "d": "\u201cWe are going to be increasing military sales to India by many billions,\u201d "
             "Trump said.",
    })
    assert {c.status for c in claims.values()} == {Status.AGREED}
    assert sorted(sorted({s for v in c.values for s in v.sources}) for c in claims.values()) == [
        ["a", "b"], ["c", "d"]]


def test_a_partial_quote_and_an_omission_agree_with_the_full_quote():
    claims = _claims({
        "a": f"\u201c{LIFT},\u201d Starmer told reporters.",
        "b": "\u201cEurope must do the heavy lifting, but \u2026 this effort must have US backing,\u201d "
             "Starmer said.",
        "c": "Starmer said: \u201cEurope must do the heavy lifting, but to support peace.\u201d",
    })
    assert claims["quote-starmer-europe-must-do-the-heavy"].status is Status.AGREED


def test_a_quote_in_one_article_only_is_not_reported():
    claims = _claims({
        "a": f"\u201c{LIFT},\u201d Starmer told reporters.",
        "b": "\u201cThis is not a moment for more talk, it is time to act,\u201d Starmer said.",
    })
    assert claims == {}


def test_the_same_words_from_two_speakers_are_two_remarks():
    claims = _claims({
        "a": f"\u201c{LIFT},\u201d Starmer told reporters.",
        "b": "\u201cEurope must do the heavy lifting on defence spending,\u201d Macron said.",
    })
    assert claims == {}


@pytest.mark.parametrize(
    ("a", "b", "compatible"),
    [
        # house styles of one remark
        ("It's time to act, and we won't wait", "It is time to act, and we will not wait", True),
        ("our defence and our continent's security", "our defense and our continents security", True),
        ("more than 5,000 missiles for Ukraine now", "more than 5000 missiles for Ukraine now", True),
        ("protect the [peace] agreement in Ukraine", "protect the agreement in Ukraine", True),
        ("protect the [peace] agreement in Ukraine", "protect the ceasefire agreement in Ukraine", True),
        ("we must not repeat \u2026 the Minsk agreements", "we must not repeat the mistakes of the Minsk "
         "agreements", True),
        # different words
        ("Europe must do the heavy lifting, but a sustainable peace requires US support",
         "Europe must do the heavy lifting, but to support peace in our continent", False),
        ("we will not cede any land to Russia", "we will cede no land to Russia", False),
        ("a piece of the plan", "a peace of the plan", False),
        # an acronym's dots and a compound's hyphen are house style
        ("a just peace in line with the U.N. Charter and long-standing ties",
         "a just peace in line with the UN Charter and longstanding ties", True),
        # an abbreviated scale is house style too
        ("to round it out to around $1tn. I think they'll do that",
         "to round it out to around $1 trillion. I think they'll do that", True),
        ("we put 600bn dollars into the fund", "we put 600 billion dollars into the fund", True),
        ("we put 600bn dollars into the fund", "we put 600 million dollars into the fund", False),
        # an abbreviation written out (not another word that starts alike)
        ("work towards a mutually beneficial FTA by the end of this year",
         "work towards a mutually beneficial free trade agreement by the end of this year", True),
        ("work towards a mutually beneficial FTA by the end of this year",
         "work towards a mutually beneficial free trade arrangement by next year", False),
    ],
)
def test_quotes_as_outlets_write_them(a, b, compatible):
    qa, qb = Quote(quote_key(a), a), Quote(quote_key(b), b)
    assert qa.compatible(qb) is compatible
