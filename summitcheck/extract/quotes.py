"""Quotes: who said what, word for word, and whether the articles quote it alike.

A quote is a span in double quotes (straight or typographic) of at least
MIN_WORDS words, with a speaker found next to it:

- after it: `"...," Starmer said`, `"...," he told reporters`, `"...," said Starmer`;
- before it: `Starmer said: "..."`, `Starmer told reporters, "..."`.

"he" or "she" is the last person before the quote who said, told, stated... something
in the same or the previous two sentences ("Starmer emphasised that ... "). A quote
with no speaker found is left alone.

Its identity is the speaker's surname and the quote's first OPENING_WORDS words,
compared without case and punctuation: two articles that open a quote of one
speaker alike are quoting the same remark. They agree when one quote's words are
contained in the other's (a partial quote, an omission marked "..." or "…"),
and are disputed when the words part ways after the opening: a misquote. A quote
found in one article only is not a claim of its own (it would bury the report
in single-source quotes).
"""

from __future__ import annotations

from ..models import Kind, Mention, Quote
from ..normalize.names import strip_accents
from ..regexes import regex
from .context import PROSE_REACH, Context

MIN_WORDS = 6
OPENING_WORDS = 5

_SAY = (r"(?:said|says|told|tells|stated|states|added|adds|remarked|declared|insisted|warned|"
        r"wrote|posted|stressed|emphasi[sz]ed|explained|noted|acknowledged|argued|asked|replied)")
_NAME = r"\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){0,2}"
_HONORIFIC = r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?"  # "Mr. Trump told reporters"
_SPEAKER = rf"(?:{_HONORIFIC}(?P<who>{_NAME})|(?P<who>[Hh]e|[Ss]he))"
_QUOTED = regex.compile(r'"(?P<q>[^"\n]{10,2000}?)"')
_AFTER = regex.compile(rf"\s*(?:{_SPEAKER}\s+{_SAY}\b|{_SAY}\s+{_HONORIFIC}(?P<who2>{_NAME}))")
# "Trump said Friday that "...""
_WHEN = r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
_BEFORE = regex.compile(rf"{_SPEAKER}\s+{_SAY}{_WHEN}(?:\s+\p{{Ll}}+){{0,2}}\s*[,:]?\s*\Z")
_SUBJECT = regex.compile(rf"(?P<who>{_NAME})\s+(?:\w+ly\s+)?{_SAY}\b")
_SAID = regex.compile(rf"{_SAY}\b")  # what every _SUBJECT match holds
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:'[\p{L}]+)?")
_PRONOUNS = {"he", "she"}
_OMISSION = regex.compile(r"\[[^\]\n]{0,60}\]|\.\s?\.\s?\.|\u2026")
_NOT_A_SPEAKER = {"The", "A", "An", "It", "They", "We", "This", "That", "But", "And", "Officials",
                  "Leaders", "Reporters", "Sources", "Critics", "Analysts", "Experts"}


def words(text: str) -> list[str]:
    """The words of a quote, lower-cased, punctuation dropped, contractions spelled out
    ("it's" and "it is" are one wording), thousands separators removed, and the dots of
    an acronym and the hyphen of a compound too ("U.N.", "long-standing")."""
    text = _THOUSANDS.sub("", text.replace("\u2019", "'").casefold())
    if "." in text or "-" in text:
        # "U.N." and "UN", "long-standing" and "longstanding": one wording
        text = _JOINED.sub("", _DOTTED.sub(lambda m: m.group().replace(".", ""), text))
    found = _WORD.findall(text)
    if any(w[:1].isdigit() and not w[-1:].isdigit() for w in found):
        # "$1tn" and "$1 trillion", "600bn" and "600 billion": one wording
        found = [x for w in found for x in _scale_spelled(w)]
    if "'" not in text:
        return found  # every contraction has an apostrophe
    out: list[str] = []
    for w in found:
        out.extend(_CONTRACTIONS.get(w, w).split())
    return out


def _scale_spelled(word: str) -> tuple[str, ...]:
    m = _ABBREVIATED_SCALE.fullmatch(word)
    return (m.group(1), _SCALE_WORDS[m.group(2)]) if m else (word,)


_ABBREVIATED_SCALE = regex.compile(r"(\d+)(bn|bln|tn|trn|mn|mln|m|k)")
_SCALE_WORDS = {"bn": "billion", "bln": "billion", "tn": "trillion", "trn": "trillion",
                "mn": "million", "mln": "million", "m": "million", "k": "thousand"}


def quote_key(text: str) -> str:
    """The words of a quote, with " ... " where the writer left words out ("...",
    "\u2026") or put words in ("[peace]")."""
    parts = (" ".join(words(part)) for part in _OMISSION.split(text))
    return " ... ".join(p for p in parts if p)


_DOTTED = regex.compile(r"(?<!\p{L})(?:\p{L}\.){2,}")
_JOINED = regex.compile(r"(?<=\p{L})-(?=\p{L})")
_THOUSANDS = regex.compile(r"(?<=\d)[,.\u00a0\u202f ](?=\d{3}\b)")
_CONTRACTIONS = {
    "it's": "it is", "that's": "that is", "there's": "there is", "what's": "what is",
    "he's": "he is", "she's": "she is", "let's": "let us", "i'm": "i am", "we're": "we are",
    "they're": "they are", "you're": "you are", "we've": "we have", "i've": "i have",
    "they've": "they have", "you've": "you have", "we'll": "we will", "i'll": "i will",
    "they'll": "they will", "it'll": "it will", "we'd": "we would", "i'd": "i would",
    "they'd": "they would", "don't": "do not", "doesn't": "does not", "didn't": "did not",
    "isn't": "is not", "aren't": "are not", "wasn't": "was not", "weren't": "were not",
    "can't": "cannot", "won't": "will not", "wouldn't": "would not", "shouldn't": "should not",
    "couldn't": "could not", "haven't": "have not", "hasn't": "has not", "hadn't": "had not",
    "mustn't": "must not",
}


def extract(ctx: Context) -> list[Mention]:
    out: list[Mention] = []
    scan = ctx.scan
    for m in _QUOTED.finditer(scan):
        q0, q1 = m.start("q"), m.end("q")
        if ctx.source.is_excluded(m.start(), m.end()):
            continue
        said = words(ctx.source.text[q0:q1])
        if len(said) < MIN_WORDS:
            continue
        speaker = _speaker(ctx, m.start(), m.end())
        if speaker is None:
            continue
        key = speaker_key(speaker)
        text = " ".join(ctx.source.text[q0:q1].split()).rstrip(",")
        claim = f"quote-{key}-{'-'.join(said[:OPENING_WORDS])}"
        label = f"Quote of {speaker}: \u201c{' '.join(text.split()[:OPENING_WORDS])} \u2026\u201d"
        out.append(ctx.mention(Kind.QUOTE, claim, label, Quote(quote_key(text), text),
                               q0, q1, rule="quote"))
    return out


def _speaker(ctx: Context, start: int, end: int) -> str | None:
    """The surname of whoever the text says spoke the quote at [start, end)."""
    scan = ctx.scan
    after = _AFTER.match(scan, end, min(len(scan), end + 80))
    if after:
        who = after.group("who") or after.group("who2")
    else:
        before = _BEFORE.search(scan, max(0, start - 80), start)
        who = before.group("who") if before else None
    if who is None:
        return None
    if who.casefold() in _PRONOUNS:
        return _antecedent(ctx, start)
    return _surname(ctx, who)


def _surname(ctx: Context, who: str) -> str | None:
    """The last word of a name; None for what is not a person ("European", "The", "the
    Prime Minister"). "Sir Keir" is the Keir of the article's "Keir Starmer"."""
    parts = who.split()
    last = parts[-1]
    if len(parts) == 2 and parts[0] in _HONOURS:
        found = {m.group(1) for m in regex.finditer(
            rf"\b{regex.escape(last)}[ ]+(\p{{Lu}}[\p{{L}}'-]+)", ctx.scan)} - _NOT_A_SPEAKER
        return found.pop() if len(found) == 1 else None
    if (last in _NOT_A_SPEAKER or ctx.vocab.qualifier_of.get(last) is not None
            or who.casefold() in _titles(ctx) or last.casefold() in _titles(ctx)):
        # "the Prime Minister said:" is no "Minister"; which prime minister the article
        # means its prose does not always say ("Italian Prime Minister Giorgia Meloni" may
        # be its only "Prime Minister <Name>" in a report on the British one)
        return None
    return last


_HONOURS = {"Sir", "Dame", "Lord", "Lady"}
_TITLES: dict[str, frozenset[str]] = {}


def _titles(ctx: Context) -> frozenset[str]:
    """The rules' titles, lower-cased, with their last words ("minister" of "Prime
    Minister"): a title is no surname."""
    found = _TITLES.get(ctx.rules.digest)
    if found is None:
        variants = {v.casefold() for t in ctx.rules.titles for v in t.get("variants", [])}
        found = _TITLES[ctx.rules.digest] = frozenset(variants | {v.split()[-1] for v in variants})
    return found


def speaker_key(surname: str) -> str:
    """A speaker's surname as quote identities hold it: case, accents and the endings of
    one name's transliterations folded (Zelensky, Zelenskiy, Zelenskyy; Erdoğan)."""
    key = strip_accents(surname).casefold()
    return _TRANSLIT_END.sub("y", key)


_TRANSLIT_END = regex.compile(r"(?:iy|yy|ii)$")


def _antecedent(ctx: Context, start: int) -> str | None:
    """The last person who said something in this or the previous two sentences."""
    si = ctx.segs.sentence_index(start)
    lo = max(ctx.segs.sentences[max(0, si - 2)][0], start - 3 * PROSE_REACH)
    if _SAID.search(ctx.scan, lo, start) is None:
        return None  # no verb of saying: no subject of one either
    found = None
    for m in _SUBJECT.finditer(ctx.scan, lo, start):
        name = _surname(ctx, m.group("who"))
        if name is not None:
            found = name
    return found
