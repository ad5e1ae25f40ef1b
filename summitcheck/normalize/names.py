"""People's names: one person, one key, whatever the spelling.

Two spellings name the same person when, after folding (honorifics dropped,
diacritics removed, case ignored) and the alias table of the rules:
- their surnames (last words) start with the same letter and have a
  similarity ratio of at least SURNAME_MIN (Zelensky / Zelenskiy: 94), and
- their first names are absent in one of them, are one initial of the other, or
  have a ratio of at least GIVEN_MIN (Sergey / Sergei: 83; Volodymyr / Volodomyr: 89).
Middle names are ignored (Jonas Støre / Jonas Gahr Støre), or stand for the first one
(Tayyip Erdogan / Recep Tayyip Erdogan: a middle name of one is the other's first name,
in either order). Donald Trump and
Donald Tusk (surname ratio 67) and Antonio Costa and António Guterres stay apart.
A bare surname joins the one person with that surname in the same article,
else in the corpus; it is dropped when that is ambiguous.
Names are compared only within a block (first letter of the surname), never
all against all, and within it only with surnames of a length that can be
alike enough; a spelling seen before resolves to the same person by a dict
look-up, and a new one is compared with its block in a few rapidfuzz calls.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.fuzz import ratio

from ..rules import Rules

SURNAME_MIN = 85
# words inside a name that are no given name ("Mohammed bin Salman")
_PARTICLES = frozenset({"bin", "bint", "ibn", "al", "el", "von", "van", "der", "den", "de", "del", "della",
                        "da", "di", "du", "la", "le", "ter", "ten", "dos", "das", "zu"})
GIVEN_MIN = 70
# the last word of a name that makes it another generation's
_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})
# The built-in pack's list (data/builtin.yaml `honorifics`) is the one in use;
# this default serves callers without rules.
HONORIFICS = frozenset({"sir", "dame", "mr", "mrs", "ms", "miss", "dr", "lord", "lady", "baroness",
                        "prof", "professor", "hon"})


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)
                   ).replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("đ", "d")


def fold_tokens(name: str, honorifics: frozenset[str] = HONORIFICS) -> list[str]:
    """Lowercase ASCII-ish tokens, honorifics dropped ("Sir Keir Starmer" -> keir starmer)."""
    return list(_fold_tokens(name, honorifics))


@lru_cache(maxsize=1 << 16)
def _fold_tokens(name: str, honorifics: frozenset[str]) -> tuple[str, ...]:
    # an archive writes the same few thousand names again and again
    s = strip_accents(name).casefold().replace("'", "").replace("\u2019", "")
    s = s.replace("-", " ").replace(".", ". ")
    tokens = [t.strip(".") for t in s.split()]
    tokens = [t for t in tokens if t]
    while len(tokens) > 1 and tokens[0] in honorifics:
        tokens = tokens[1:]
    if len(tokens) > 1 and tokens[-1] in _GENERATION_WORDS:
        tokens[-1] = _GENERATION_WORDS[tokens[-1]]  # "Ferdinand Marcos Junior": Marcos Jr
    return tuple(tokens)


_GENERATION_WORDS = {"junior": "jr", "senior": "sr"}


@lru_cache(maxsize=1 << 14)
def _transliterated(name: str) -> str:
    """A folded name as Ukrainian and Russian spellings of it meet: the Ukrainian h is the
    Russian g (Sybiha / Sybiga, Shmyhal / Shmygal, Oleh / Oleg; not the h of ch, sh, th,
    kh, zh), and the endings -ii, -iy, -yi, -ey, -yy, -y are one sound (Andrii / Andrey /
    Andriy, Zelenskyy / Zelenskiy / Zelensky);
    Kazakh and Azerbaijani q is k and -yev after a vowel -ev (Tokayev / Toqaev, Aliyev /
    Aliev, Nazarbayev / Nazarbaev); a Belarusian -enka is the Russian -enko (Lukashenka /
    Lukashenko, as RFE/RL and Belarusian media write it)."""
    s = _UKRAINIAN_H.sub("g", name)
    s = _VOWEL_YE.sub("e", s.replace("q", "k"))
    s = _BELARUSIAN_ENKA.sub("enko", s)
    return _ENDING.sub("i", s)


_UKRAINIAN_H = re.compile(r"(?<![cstkz])h")
_VOWEL_YE = re.compile(r"(?<=[aeiou])ye")
_ENDING = re.compile(r"(?:ii|iy|yi|ey|yy|(?<=k)y)$")
_BELARUSIAN_ENKA = re.compile(r"(?<=.{3})enka$")
# Ukrainian given names and the Russian (and Belarusian) forms agencies write for them
_GIVEN_FORMS = {russian: ukrainian for ukrainian, forms in {
    "volodymyr": ("vladimir", "uladzimir"),
    "oleksandr": ("aleksandr", "alexander", "alexandr", "alyaksandr", "aliaksandr"),
    "oleksii": ("aleksei", "alexei", "aleksey", "alexey"), "dmytro": ("dmitry", "dmitri", "dmitriy"),
    "mykola": ("nikolai", "nikolay", "mikalai"), "serhii": ("sergei", "sergey", "siarhei"),
    "serhiy": ("sergei", "sergey", "siarhei"),
    "mykhailo": ("mikhail",), "petro": ("pyotr", "petr"), "pavlo": ("pavel",),
    "andrii": ("andrei", "andrey"), "andriy": ("andrei", "andrey"), "yurii": ("yuri", "yury"),
    "vitalii": ("vitaly", "vitali"), "yevhen": ("yevgeny", "evgeny"), "kyrylo": ("kirill",),
    "vasyl": ("vasily", "vasili"), "ihor": ("igor",), "oleh": ("oleg",), "maksym": ("maxim",),
    "bohdan": ("bogdan",), "vadym": ("vadim",), "fedir": ("fyodor",), "heorhii": ("georgy",),
    "hryhorii": ("grigory",), "anatolii": ("anatoly",), "valerii": ("valery",),
    "olena": ("yelena", "elena"), "iryna": ("irina",), "tetiana": ("tatiana", "tatyana"),
    "yuliia": ("yulia",), "nataliia": ("natalia", "natalya"),
}.items() for russian in forms}


def _given_form(given: str) -> str:
    """A given name as its Ukrainian form, folded (_transliterated): "andrey", "andrii" and
    "andriy" are one."""
    return _transliterated(_GIVEN_FORMS.get(given, given))


def display_name(raw: str, honorifics: frozenset[str] = HONORIFICS) -> str:
    """The name as written, minus honorifics and a possessive."""
    words = raw.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in honorifics:
        words = words[1:]
    out = " ".join(words)
    for suffix in ("'s", "\u2019s", "'", "\u2019"):
        if out.endswith(suffix):
            out = out[: -len(suffix)]
    return out


@dataclass
class _Cluster:
    given: str
    surname: str
    spellings: Counter = field(default_factory=Counter)
    canonical: str | None = None
    sources: set = field(default_factory=set)
    at: int = -1  # its place in its block
    others: set = field(default_factory=set)  # other given names written for it

    @property
    def display(self) -> str:
        if self.canonical:
            return self.canonical
        # the most frequent spelling; on a tie the one with diacritics (Støre over Store)
        return sorted(self.spellings.items(),
                      key=lambda kv: (-kv[1], -sum(not c.isascii() for c in kv[0]), kv[0]))[0][0]

    @property
    def at_key(self) -> tuple[str, int]:
        """Where it is: its block (the first letter of its surname) and its place there."""
        return self.surname[:1], self.at

    @property
    def key(self) -> str:
        return "-".join(fold_tokens(self.display))


class PeopleIndex:
    """Resolves every spelling of every name in a corpus to one Person key."""

    def __init__(self, rules: Rules) -> None:
        self.honorifics = frozenset(h.casefold().rstrip(".") for h in rules.honorifics) or HONORIFICS
        self.alias: dict[str, str] = {}  # folded spelling -> canonical name
        self.token_alias: dict[str, str] = {}  # folded token -> folded token
        for p in rules.people:
            canonical = p.get("name")
            canon_tokens = fold_tokens(canonical, self.honorifics)
            self.alias[" ".join(canon_tokens)] = canonical
            for a in p.get("aliases", []):
                at = fold_tokens(a, self.honorifics)
                self.alias[" ".join(at)] = canonical
                if len(at) == len(canon_tokens):
                    for x, y in zip(at, canon_tokens, strict=True):
                        if x != y:
                            self.token_alias[x] = y
                elif len(at) == 1 and canon_tokens:
                    self.token_alias[at[0]] = canon_tokens[-1]
        self.blocks: dict[str, list[_Cluster]] = defaultdict(list)
        # each block's surnames by length: (surnames, their indices in the block)
        self._by_length: dict[str, dict[int, tuple[list[str], list[int]]]] = defaultdict(dict)
        self._known: dict[tuple[str, str], _Cluster] = {}  # (given, surname) -> its person
        # a bare surname -> the people it may name, and those of them each source names
        self._by_surname: dict[str, tuple[list[_Cluster], dict[str, list[_Cluster]]]] = {}
        self._givens: dict[str, _Givens] = {}  # a surname -> the given names written with it
        self._read: dict[str, tuple] = {}  # a spelling -> what add_full reads from it
        # the words of each person's spellings, and their starts of two words or more ->
        # the people written so (_lengthened)
        self._words: dict[tuple[str, ...], set[tuple[str, int]]] = {}
        self._starts: dict[tuple[str, ...], set[tuple[str, int]]] = {}
        # _transliterated(surname) -> the surnames written so; (surname, the Ukrainian form
        # of a given name) -> the first person so named (_other_spelling)
        self._transliterations: dict[str, list[str]] = {}
        self._by_form: dict[tuple[str, str], _Cluster] = {}

    def _norm(self, tokens: list[str]) -> list[str]:
        canonical = self.alias.get(" ".join(tokens))
        if canonical:
            return fold_tokens(canonical, self.honorifics)
        return [self.token_alias.get(t, t) for t in tokens]

    def _reading(self, raw: str) -> tuple:
        """(given name, surname or None, spelling shown, canonical name, middle names of
        two letters or more, its words but "bin", "al"...) of a spelling."""
        found = self._read.get(raw)
        if found is None:
            tokens = self._norm(fold_tokens(raw, self.honorifics))
            # ("Al-Zayani, Bahrain's top diplomat": a surname with its particle, no given name)
            whole = len(tokens) >= 2 and not all(t in _PARTICLES for t in tokens[:-1])
            found = self._read[raw] = (
                tokens[0] if whole else None, tokens[-1] if whole else None,
                display_name(raw, self.honorifics),
                self.alias.get(" ".join(fold_tokens(raw, self.honorifics))),
                self._middles(raw) if len(tokens) > 2 else (),
                tuple(t for t in tokens if t not in _PARTICLES))
        return found

    def _middles(self, raw: str) -> tuple[str, ...]:
        """The words between the first and the last of a name written with spaces, of two
        letters or more ("Recep Tayyip Erdogan": tayyip; not the parts of a hyphenated
        surname, "Ines Costa-Reyes", nor "bin" or "von")."""
        words = [fold_tokens(w, frozenset()) for w in raw.split()]
        while len(words) > 1 and len(words[0]) == 1 and words[0][0] in self.honorifics:
            words = words[1:]
        return tuple(t for w in words[1:-1] if len(w) == 1 and len(t := w[0]) > 1
                     and t not in _PARTICLES)

    def add_full(self, raw: str, source: str) -> _Cluster | None:
        given, surname, shown, canonical, middles, words = self._reading(raw)
        if surname is None:
            return None
        cluster = self._known.get((given, surname))
        if cluster is None:
            cluster = self._find(given, surname) or self._lengthened(words)
            others: tuple[str, ...] = middles
            for middle in middles if cluster is None else ():
                # "Recep Tayyip Erdogan" after "Tayyip Erdogan": its first name is the
                # person's too
                cluster = self._find(middle, surname)
                if cluster is not None:
                    others = (given, *middles)
                    break
            if cluster is None and not middles and given is not None:
                # "Kishida Fumio" (family name first, as NHK writes it) after "Fumio Kishida"
                cluster = self._find(surname, given)
            if cluster is None:
                block = self.blocks[surname[:1]]
                cluster = _Cluster(given, surname, at=len(block))
                names, at = self._by_length[surname[:1]].setdefault(len(surname), ([], []))
                givens = self._givens.get(surname)
                if givens is None:
                    givens = self._givens[surname] = _Givens()
                    names.append(surname)  # each surname once: its people are in _givens
                    at.append(len(block))
                givens.add(given, len(block))
                block.append(cluster)
                folded = self._transliterations.setdefault(_transliterated(surname), [])
                if surname not in folded:
                    folded.append(surname)
                if given:
                    self._by_form.setdefault((surname, _given_form(given)), cluster)
                self._by_surname.clear()
            # its given and middle names find it later ("Tayyip Erdogan" after "Recep
            # Tayyip Erdogan", "Recep Erdogan" after both)
            givens = self._givens[cluster.surname]
            for other in others:
                if other and other != cluster.given and other not in cluster.others:
                    cluster.others.add(other)
                    givens.add_other(other, cluster.at)
            self._known[(given, surname)] = cluster
        if shown not in cluster.spellings and len(words) >= 2:
            # its words, and the starts of them, find it later (_lengthened)
            self._words.setdefault(words, set()).add(cluster.at_key)
            for k in range(2, len(words)):
                self._starts.setdefault(words[:k], set()).add(cluster.at_key)
        cluster.spellings[shown] += 1
        if source not in cluster.sources:
            cluster.sources.add(source)
            self._by_surname.clear()
        if canonical:
            cluster.canonical = canonical
        return cluster

    def _lengthened(self, words: tuple[str, ...]) -> _Cluster | None:
        """The one person a name writes in more or fewer words, the same from the start:
        "Tamim bin Hamad" and "Tamim bin Hamad Al Thani", "Mishal Al-Ahmad" and "Mishal
        Al-Ahmad Al-Jaber Al-Sabah", "Pedro Sánchez" and "Pedro Sánchez Pérez-Castejón"
        (an Arabic name's father's and family names, a Spanish second surname). Not a
        generation's suffix: Donald Trump Jr. is not Donald Trump."""
        if len(words) < 2 or words[-1] in _GENERATIONS:
            return None
        found = set(self._starts.get(words, ()))
        for k in range(2, len(words)):
            if words[k] in _GENERATIONS:
                break
            found |= self._words.get(words[:k], set())
        if len(found) != 1:
            return None
        block, at = next(iter(found))
        return self.blocks[block][at]

    def _find(self, given: str, surname: str) -> _Cluster | None:
        """The cluster whose surname is most like `surname` and whose given name matches
        (_Givens); the first made on a tie. Else the one whose names are the same
        transliterated the other way (_transliterated)."""
        block = self.blocks.get(surname[:1], [])
        best, best_score = None, 0.0
        for name, score, _ in self._similar(surname, SURNAME_MIN):
            i = self._givens[name].first_match(given)
            if i is not None and (score > best_score or (score == best_score and i < best)):
                best, best_score = i, score
        if best is None:
            return self._other_spelling(given, surname)
        return block[best]

    def _other_spelling(self, given: str | None, surname: str) -> _Cluster | None:
        """The one person whose surname and given name are this one's in another
        transliteration: Ukrainian "Andrii Sybiha" as Russian agencies write him, "Andrey
        Sybiga", and "Vladimir Zelensky" (look-ups of the folded surname and of the given
        name's Ukrainian form: no fuzzy pass over the people). Not where the first letter
        differs: Fiona Hill is not Fiona Gill."""
        form = _given_form(given) if given else None
        found: dict[int, _Cluster] = {}
        for other in self._transliterations.get(_transliterated(surname), ()):
            if other[:1] != surname[:1]:
                continue
            cluster = self._by_form.get((other, form)) if form else None
            if cluster is None and other != surname:
                # the given name as written: "Andrey" for "Andrii", or none
                i = self._givens[other].first_match(given)
                cluster = None if i is None else self.blocks[other[:1]][i]
            if cluster is not None:
                found[id(cluster)] = cluster
        return next(iter(found.values())) if len(found) == 1 else None

    def _similar(self, surname: str, cutoff: float) -> list[tuple[str, float, int]]:
        """(surname, ratio, index of its first cluster) of the block's surnames at least
        `cutoff` alike, in no particular order (the people of each: self._givens). Only
        surnames of a length that can reach the cutoff are compared: the ratio is
        100 * (1 - d / (n + m)) where the indel distance d is at least |n - m|, so a block
        of tens of thousands of names is not compared whole with each new one."""
        out: list[tuple[str, float, int]] = []
        n = len(surname)
        for m, (names, at) in self._by_length.get(surname[:1], {}).items():
            if 100 * (1 - abs(n - m) / (n + m)) < cutoff - 1e-6:
                continue
            out.extend((s, score, at[i]) for s, score, i in process.extract(
                surname, names, scorer=ratio, score_cutoff=cutoff, limit=None))
        return out

    def surname_only(self, raw: str, source: str) -> _Cluster | None:
        tokens = self._norm(fold_tokens(raw, self.honorifics))
        if len(tokens) != 1:
            return None
        surname = tokens[0]
        found = self._by_surname.get(surname)
        if found is None:
            block = self.blocks.get(surname[:1], [])
            hits = sorted(i for name, _, _ in self._similar(surname, 90) for i in self._givens[name].at)
            # (not "Mohammed bin Salman" for "King Salman": a name after "bin" is the father's)
            candidates = [block[i] for i in hits
                          if not all(map(_PATRONYMIC.search, block[i].spellings))]
            named_by: dict[str, list[_Cluster]] = {}
            for c in candidates:
                for s in c.sources:
                    named_by.setdefault(s, []).append(c)
            found = self._by_surname[surname] = (candidates, named_by)
        candidates, named_by = found
        local = named_by.get(source, [])
        for pool in (local, candidates):
            if len(pool) == 1:
                return pool[0]
            if len(pool) > 1:
                return None
        return None


_PATRONYMIC = re.compile(r"(?i)\b(?:bin|bint|ibn)\s+\S+$")


def _short_form(a: str, b: str) -> bool:
    """One given name is the other's short form: the shorter is 3-5 letters, its start, and
    no feminine or masculine form of it (Dan / Daniela, Rob / Roberta are two people)."""
    short, long = sorted((a, b), key=len)
    return (3 <= len(short) <= 5 and long.startswith(short)
            and not long.endswith(("a", "ella", "elle", "ette", "ine")))


# English given names and the pet forms news copy writes for them that are not their
# start ("Joe Biden", "Joseph R. Biden Jr."; "Bill Clinton", "William J. Clinton")
_PET_FORMS = {
    "joe": "joseph", "bill": "william", "billy": "william", "bob": "robert", "bobby": "robert",
    "jim": "james", "jimmy": "james", "mike": "michael", "tony": "anthony", "dick": "richard",
    "rick": "richard", "ted": "edward", "ned": "edward", "chuck": "charles", "jack": "john",
    "johnny": "john", "andy": "andrew", "dave": "david", "harry": "henry", "hank": "henry",
    "larry": "lawrence", "jerry": "gerald", "steve": "stephen", "liz": "elizabeth",
    "betty": "elizabeth", "peggy": "margaret", "kate": "katherine", "kathy": "katherine",
    "cathy": "catherine", "bibi": "benjamin",
}


def _pet_form(a: str, b: str) -> bool:
    """One given name is the other's pet form: "joe" and "joseph", "bill" and "william"
    (folded; "steve" is Stephen and Steven, "kate" Katherine and Catherine)."""
    for pet, full in ((a, b), (b, a)):
        name = _PET_FORMS.get(pet)
        if name is not None and (full == name or (name == "stephen" and full == "steven") or (
                name.endswith("atherine") and full.endswith("atherine"))):  # Catherine, Katherine
            return True
    return False


class _Givens:
    """The given names written with one surname, with where each person is in the block:
    the first person whose given name matches a new one is found without trying each (an
    archive may name hundreds of people with one surname). Two given names match when one
    is missing, when one is a single letter and the other starts with it, when one of
    three letters or more starts the other, or when their ratio is at least GIVEN_MIN."""

    def __init__(self) -> None:
        self.at: list[int] = []  # every person's place in the block, in the order made
        self.none: int | None = None  # the first without a given name: any name matches
        self.by_letter: dict[str, int] = {}  # first letter -> the first person's
        self.by_initial: dict[str, int] = {}  # an initial alone -> the first person's
        self.names: list[str] = []  # given names of two letters or more, and their places
        self.names_at: list[int] = []

    def add(self, given: str | None, i: int) -> None:
        self.at.append(i)
        if not given:
            self.none = i if self.none is None else self.none
            return
        self.by_letter.setdefault(given[0], i)
        if len(given) == 1:
            self.by_initial.setdefault(given, i)
        else:
            self.names.append(given)
            self.names_at.append(i)

    def add_other(self, given: str, i: int) -> None:
        """Another given name of the person at place `i` (a middle name, or the first name
        of a spelling that matched by a middle name)."""
        if len(given) > 1:
            self.by_letter.setdefault(given[0], i)
            self.names.append(given)
            self.names_at.append(i)

    def first_match(self, given: str | None) -> int | None:
        """The first person (place in the block) whose given name matches `given`."""
        if not given:
            return self.at[0] if self.at else None
        found = [self.none]
        if len(given) == 1:
            found.append(self.by_letter.get(given))  # an initial matches the same first letter
        else:
            found.append(self.by_initial.get(given[0]))
            found += [self.names_at[k] for _, _, k in process.extract(
                given, self.names, scorer=ratio, score_cutoff=GIVEN_MIN, limit=None)]
            if len(given) >= 3:
                # the short form of a given name is its start: "Tim" and "Timothy", "Alex" and
                # "Alexander", "Chris" and "Christopher"
                found += [self.names_at[k] for k, name in enumerate(self.names)
                          if len(name) >= 3 and (_short_form(given, name) or _pet_form(given, name))]
        found = [i for i in found if i is not None]
        return min(found) if found else None

