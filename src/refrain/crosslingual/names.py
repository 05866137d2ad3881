"""Persian and Latin names compared by their consonant skeleton.

A Persian name and its Latin spellings share their consonants, not their vowels: Persian leaves
short vowels unwritten and romanisations disagree on them (Mohammad/Muhammad, Zarif/Zareef,
Javad/Jawad). Both sides are reduced to a skeleton of consonant classes, vowels and the letters
that are sometimes vowels (و/ی, v/w/y) dropped, letters that romanise alike merged (ث س ص = s,
ذ ز ض ظ = z, dh = z, th = s, gh = q = غ ق), doubled letters collapsed. Skeletons are then
compared with an edit distance in which the few near-misses of transliteration (a dropped ه/h,
k/g, j/zh, ch/kh) cost half a step.

>>> skeleton_fa("محمدجواد ظريف"), skeleton_latin("Mohammad Javad Zarif")
('mhmdjdzrf', 'mhmdjdzrf')
>>> same_person("محمدجواد ظريف", "Mohammad Javad Zareef").how
'full name'
>>> same_person("کریمی", "Dr. Reza Karimi").how
'surname'
>>> same_person("حسن روحانی", "Hassan Rahimi") is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from refrain.text import lexicon, normalize

from .aliases import alias_forms, surname_of_another

# Persian letters (after refrain.text.normalize: ی ک, no ZWNJ, no diacritics) -> consonant class.
# "" drops the letter (vowels, و and ی, ع and the hamza seats).
_FA = {
    "ا": "", "آ": "", "أ": "", "إ": "", "ء": "", "ئ": "", "ؤ": "", "ع": "", "و": "", "ی": "",
    "ب": "b", "پ": "p", "ت": "t", "ط": "t", "ث": "s", "س": "s", "ص": "s", "ج": "j", "چ": "c",
    "ح": "h", "ه": "h", "ة": "h", "خ": "x", "د": "d", "ذ": "z", "ز": "z", "ض": "z", "ظ": "z",
    "ر": "r", "ژ": "Z", "ش": "S", "غ": "q", "ق": "q", "ف": "f", "ک": "k", "گ": "g", "ل": "l",
    "م": "m", "ن": "n",
}  # fmt: skip
# Latin digraphs first (to placeholders), then single letters; vowels, v/w/y dropped like و/ی; "dj": French j.
_LATIN_DIGRAPHS = [("kh", "X"), ("gh", "Q"), ("sh", "S"), ("ch", "C"), ("zh", "Z"), ("th", "s"),
                   ("dh", "z"), ("ph", "f"), ("ck", "k"), ("dj", "j")]  # fmt: skip
_LATIN = {
    "a": "", "e": "", "i": "", "o": "", "u": "", "y": "", "w": "", "v": "", "'": "", "`": "",
    "b": "b", "p": "p", "t": "t", "s": "s", "c": "k", "j": "j", "h": "h", "x": "ks", "d": "d",
    "z": "z", "r": "r", "q": "q", "f": "f", "k": "k", "g": "g", "l": "l", "m": "m", "n": "n",
    "X": "x", "Q": "q", "S": "S", "C": "c", "Z": "Z",
}  # fmt: skip
# Pairs of classes one romanisation writes for the other: half a step apart.
# "ch" is خ in Hebrew and German romanisations ("Mordechai"), چ in English ones.
_NEAR = {
    frozenset(p) for p in (("k", "g"), ("j", "Z"), ("q", "g"), ("q", "k"), ("s", "S"), ("z", "Z"), ("c", "x"))
}
# Half a step apart when one letter stands for the other, but two letters, not one run, when side by
# side (the d and z of "Javad Zarif"): ض ذ ظ are romanised d as well as z (Riyad/Riyaz).
# g is ج in English names where it sounds j ("George" جورج, "Gene"): half a step as well.
# s is ز where a German or Dutch s sounds z ("Siegler" «زیگلر»).
_NEAR_SUBSTITUTES = _NEAR | {frozenset(("d", "z")), frozenset(("g", "j")), frozenset(("s", "z"))}
_CHEAP = {"h"}  # ه is often a silent final -e; h is often dropped in romanisation

_SOFT_G = re.compile(r"(?<![gn])g(?=[eiy])")  # not "gg", not "ng" ("Angela" keeps its g)
_SOFT_C = re.compile(r"(?<![cs])c(?=[eiy])")  # "Garcia" «گارسیا», "Vincent"; not "cc", "sc"
_LATIN_WORD = re.compile(r"[A-Za-z'`]+")
_ACCENTS = str.maketrans("āáàâäēéèêëīíìîïōóòôöūúùûüçñšžğ", "aaaaaeeeeeiiiiiooooouuuuucnszg")


def _collapse(s: str) -> str:
    """Runs of one letter, or of near-miss letters, as one: a doubled consonant is written once
    in Persian (تشدید) and vowels fall out of both sides, so «قاووق» (qq) and "Qaouk" (qk) are
    each a run of one class; done alike on both sides, it only ever makes them agree more."""
    out: list[str] = []
    for ch in s:
        if not out or (ch != out[-1] and frozenset((ch, out[-1])) not in _NEAR):
            out.append(ch)
    return "".join(out)


def skeleton_fa(name: str) -> str:
    """The consonant skeleton of a Persian name, written words run together."""
    text = normalize(name, "fa").text
    return _collapse("".join(_FA.get(ch, "") for ch in text))


def skeleton_latin(name: str) -> str:
    """The consonant skeleton of a romanised name, words run together."""
    out = []
    for word in _LATIN_WORD.findall(name.lower().replace("ć", "ch").translate(_ACCENTS)):
        if word.endswith("v"):  # a final -ov, -ev ("Lavrov", "Medvedev") is ف in Persian: لاوروف
            word = word[:-1] + "f"
        elif word.endswith("vic"):  # -ović, -ević written without the accent: چ («بگوویچ»)
            word += "h"
        # a g before e, i, y sounds j in English names ("George" جورج); hard in others ("Gilani"
        # گیلانی): written j, half a step from g (``_NEAR_SUBSTITUTES``)
        word = _SOFT_G.sub("j", word)
        word = _SOFT_C.sub("s", word)  # before the digraphs: "ch" stays چ
        for digraph, cls in _LATIN_DIGRAPHS:
            word = word.replace(digraph, cls)
        out.append("".join(_LATIN.get(ch, "") for ch in word))
    return _collapse("".join(out))


def distance(a: str, b: str) -> float:
    """Edit distance between two skeletons; near-miss letters and a dropped h cost half."""
    prev = [0.0]
    for ch in b:
        prev.append(prev[-1] + (0.5 if ch in _CHEAP else 1.0))
    for ca in a:
        cur = [prev[0] + (0.5 if ca in _CHEAP else 1.0)]
        for j, cb in enumerate(b, 1):
            sub = 0.0 if ca == cb else (0.5 if frozenset((ca, cb)) in _NEAR_SUBSTITUTES else 1.0)
            cur.append(
                min(
                    prev[j - 1] + sub,
                    prev[j] + (0.5 if ca in _CHEAP else 1.0),
                    cur[j - 1] + (0.5 if cb in _CHEAP else 1.0),
                )
            )
        prev = cur
    return prev[-1]


def close(a: str, b: str) -> bool:
    """Whether two skeletons are spellings of one name: a tolerance that grows with length."""
    if not a or not b:
        return False
    longest = max(len(a), len(b))
    allowed = 0.5 if longest <= 5 else (1.0 if longest <= 9 else 1.5)
    return within(a, b, allowed)


@lru_cache(maxsize=262144)
def within(a: str, b: str, allowed: float) -> bool:
    """``distance(a, b) <= allowed``; every letter one has more than the other costs at least
    half a step, so skeletons of lengths far apart are not aligned at all."""
    return abs(len(a) - len(b)) * 0.5 <= allowed and distance(a, b) <= allowed


@dataclass(frozen=True, slots=True)
class NameMatch:
    """Why a Persian and a Latin name were taken for one person: ``how`` is "alias" (a known
    form in the alias file), "full name" (every part agrees) or "surname" (one side gives the
    surname only, or given names that one side shortens); ``score`` 1.0, 0.9 or 0.7."""

    how: str
    score: float


@dataclass(frozen=True, slots=True)
class _Parts:
    full: str  # skeleton of the whole name, titles removed
    surname: str  # skeleton of the last word
    given: str  # skeleton of the words before it
    words: int
    initials: tuple[str, ...] = ()  # the class of each word's first letter (:func:`_initial_fa`)
    ends_in_i: bool = False  # the surname ends in ی / i, y (an -i surname: Bagheri, not Bagher)


# The first letter of a name word is its most stable part across scripts: a Persian word opening
# with a vowel seat (ا آ ع ...) is romanised with a vowel (اسلامی Eslami, not Salami), و with v/w,
# ی with y, and a consonant with a consonant of its class. "*" (Latin x: Xi) agrees with any.
_FA_VOWEL_SEATS = "اآأإعءئ"
_INITIAL_FOLD = str.maketrans("gqZSz", "kkjss")
_S_CLUSTER = "σ"  # the class of an initial s before a consonant, which Persian may open with «ا»


def _initial_fa(word: str) -> str:
    ch = word[:1]
    if ch == "ا" and word[1:2] == "س" and word[2:3] and word[2] not in _FA_VOWEL_SEATS + "یو":
        return "V" + _S_CLUSTER  # «استیوارت», «اسمیت»: Persian opens a Latin "st", "sm" with a vowel
    if not ch or ch in _FA_VOWEL_SEATS:
        return "V"
    return {"و": "w", "ی": "y"}.get(ch) or _FA.get(ch, "?").translate(_INITIAL_FOLD)


def _initials_fa(word: str) -> str:
    """The word's initial class, and that of the rest of it after a title written onto it
    («سیدحسین»: s or h)."""
    rests = [word[len(t) :] for t in _fa_titles() if word.startswith(t) and len(word) > len(t) + 1]
    return _initial_fa(word) + "".join(_initial_fa(rest) for rest in rests)


def _initial_latin(word: str) -> str:
    word = word.lower().translate(_ACCENTS).lstrip("'`-")
    if not word or word[0] in "aeiou":
        return "V"
    if word[0] == "s" and word[1:2] and word[1] in "bcdfgjklmnpqrtvwz":
        return "s" + _S_CLUSTER  # "Stewart": «ستیوارت» or, a vowel before it, «استیوارت»
    if word[0] in "vwyx":
        return {"v": "w", "w": "w", "y": "y", "x": "*"}[word[0]]
    if word[0] == "g" and word[1:2] in ("e", "i", "y"):
        return "kj"  # "George" جورج, "Gilani" گیلانی
    for digraph, cls in _LATIN_DIGRAPHS:
        if word.startswith(digraph):
            return _LATIN.get(cls, cls).translate(_INITIAL_FOLD)
    return _LATIN.get(word[0], "?").translate(_INITIAL_FOLD)


def _initials_agree(a: str, b: str) -> bool:
    """Whether two words' initial classes agree; a hyphenated Latin word has one a part
    ("Takht-Ravanchi": t or r, as Persian may write it as one word or two)."""
    return "*" in a + b or any(x in b for x in a)


_FA_SPLIT = re.compile(r"[\s\u200c\-]+")


@lru_cache(maxsize=65536)
def _fa_parts(name: str, join_last: bool = False) -> _Parts:
    """The parts of a Persian name; ``join_last``: its last two words are one surname."""
    text = normalize(name, "fa").text
    words = [w for w in _FA_SPLIT.split(text) if w]
    titles = _fa_titles()
    while len(words) > 1 and words[0] in titles:
        words = words[1:]
    if len(words) > 1 and " ".join(words[:2]) in titles:
        words = words[2:] or words
    sk = [skeleton_fa(w) for w in words]
    initials = [_initials_fa(w) for w in words]
    # a surname written in two words («رفیع زاده», «احمدی نژاد»): the last two together
    if len(words) > 1 and (join_last or words[-1] in _fa_surname_tails()):
        sk = sk[:-2] + [sk[-2] + sk[-1]]
        initials = initials[:-1]
    full, given = _collapse("".join(sk)), _collapse("".join(sk[:-1]))
    # a final ی read a ("موسی" Moussa, "مصطفی" Mostafa: data list) is no -i ending
    ends_in_i = bool(words) and words[-1].endswith("ی") and words[-1] not in _final_ya_read_a()
    return _Parts(full, sk[-1] if sk else "", given, len(sk), tuple(initials), ends_in_i)


@lru_cache(maxsize=65536)
def _latin_parts(name: str) -> _Parts:
    words = [w for w in re.split(r"[\s]+", name.strip()) if w]
    titles = _latin_titles()
    while len(words) > 1 and words[0].lower().rstrip(".").replace("-", " ") in titles:
        words = words[1:]
    sk = [skeleton_latin(w) for w in words]  # hyphenated words stay one word
    initials = tuple("".join(_initial_latin(p) for p in w.split("-") if p) or "?" for w in words)
    last = words[-1].lower().translate(_ACCENTS).rstrip(".,'`") if words else ""
    full, given = _collapse("".join(sk)), _collapse("".join(sk[:-1]))
    # "-ee", "-ie": English spellings of a final ی ("Rezaee", "Tabatabaie")
    return _Parts(full, sk[-1] if sk else "", given, len(sk), initials, last.endswith(("i", "y", "ee", "ie")))


@lru_cache(maxsize=1)
def _final_ya_read_a() -> frozenset[str]:
    return frozenset(normalize(w, "fa").text for w in lexicon("fa", "names_final_ya_read_a"))


@lru_cache(maxsize=1)
def _fa_titles() -> frozenset[str]:
    return frozenset(
        normalize(t, "fa").text for t in lexicon("fa", "quote_titles") | lexicon("fa", "honorifics")
    )


@lru_cache(maxsize=1)
def _fa_surname_tails() -> frozenset[str]:
    return frozenset(normalize(t, "fa").text for t in ("زاده", "نژاد", "پور", "نیا", "فر", "راد"))


@lru_cache(maxsize=1)
def _latin_titles() -> frozenset[str]:
    extra = {"secretary general", "secretary-general", "president", "minister", "spokesman",
             "spokeswoman", "speaker", "leader", "supreme leader", "foreign minister", "general",
             "brigadier", "commander"}  # fmt: skip
    return lexicon("en", "name_titles") | lexicon("en", "honorifics") | frozenset(extra)


def same_person(persian: str, latin: str) -> NameMatch | None:
    """Whether a name in Persian script and one in Latin letters can be the same person, and why.

    Full names agree when their skeletons are close; a single word on one side (a surname, or a
    surname after a title: "Secretary-General Asgaroladi") agrees with the other's surname or
    with the end of its full skeleton; two given-name parts must agree when both are there, or
    one must hold the other ("Seyyed Hossein" / "Hossein")."""
    if not persian or not latin:
        return None
    found = _same_person(persian, latin)
    for form in other_readings(latin):
        if found is None:
            found = _same_person(persian, form)
    return found


def other_readings(latin: str) -> list[str]:
    """Other ways to read a Latin name: its "th" or "sh" as two letters (:func:`two_letter_readings`),
    and a Spanish or Portuguese double surname cut before its particle ("Cristina Fernández de
    Kirchner" is «کریستینا فرناندز» too: Persian papers often give the first surname only)."""
    words = latin.split()
    cut = next((k for k in range(2, len(words) - 1) if words[k].lower() in _SURNAME_JOINS), None)
    return two_letter_readings(latin) + ([" ".join(words[:cut])] if cut else [])


_SURNAME_JOINS = frozenset({"de", "del", "da", "dos", "das", "y"})


def two_letter_readings(latin: str) -> list[str]:
    """``latin`` with its "th", then its "sh", read as two letters (apart by an apostrophe), for
    each it holds: "th" is ث (s) in "Othman" but ت and ح/ه written apart in "Fathi" (فتحی),
    "Mahtab"; "sh" is ش in "Shamkhani" but س and ح written apart in "Eshagh" (اسحاق)."""
    return [re.sub(rf"(?i)({a})({b})", r"\1'\2", latin) for a, b in ("th", "sh") if a + b in latin.lower()]


def _same_person(persian: str, latin: str) -> NameMatch | None:
    if latin.strip().lower() in alias_forms(persian):
        return NameMatch("alias", 1.0)
    fa, la = _fa_parts(persian), _latin_parts(latin)
    if not fa.full or not la.full or surname_of_another(persian, latin):
        return None
    if fa.words > 1 and not close(fa.surname, la.surname):
        # a surname Persian writes in two words that Latin writes as one («هزار جریبی» Hezarjaribi)
        joined = _fa_parts(persian, join_last=True)
        if len(joined.surname) >= 4 and close(joined.surname, la.surname):
            fa = joined
    if la.words > fa.words >= 2 and not close(fa.surname, la.surname):
        # and the other way: one Persian word Latin writes as two («نصراصفهانی» Nasr Esfahani)
        words = latin.split()
        joined = _latin_parts(" ".join([*words[:-2], words[-2] + words[-1].lower()]))
        if len(joined.surname) >= 4 and close(fa.surname, joined.surname):
            la = joined
    if fa.words == 1 and la.words == 2 and len(fa.full) >= 5 and fa.full == la.full:
        return NameMatch("full name", 0.9)  # one Persian word Latin writes as two («عبدالرحیم» Abdul Rahim)
    if not _initials_fit(fa, la) and not _given_initials_only(fa, la):
        return None
    surnames = close(fa.surname, la.surname) or _tail_close(fa, la)
    if not surnames:
        # written split differently on the two sides: only an (almost) exact full skeleton
        if min(len(fa.full), len(la.full)) >= 5 and within(fa.full, la.full, 0.5):
            return NameMatch("full name", 0.9)
        return None
    if fa.given and la.given:
        if close(fa.given, la.given) or _holds(fa.given, la.given) or _holds(la.given, fa.given):
            return NameMatch("full name", 1.0 if close(fa.full, la.full) else 0.9)
        if len(fa.initials) == len(la.initials) and all(map(_initials_agree, fa.initials, la.initials)):
            # every given name opens alike: another romanisation (Turkish "Recep" for «رجب»), or
            # another person of that surname: a weak match, left to the sentence model
            return NameMatch("surname", 0.7)
        return None  # same surname, another given name: another person
    # a short surname ("قمی" / "Mohammad Qomi") only when its letters are the same on both sides
    # and the Persian gives the surname alone ("Iran" is no surname of «رهبر … ایران»); one word
    # each side ("Taghavi" / «تقوی») when a Latin v or w between vowels is a Persian و too
    short = fa.surname == la.surname and len(fa.surname) == 2 and fa.words == 1 and la.words >= 2
    one_word = (
        fa.words == la.words == 1 and fa.full == la.full and len(fa.full) == 2 and _v_agree(persian, latin)
    )
    if min(len(fa.surname), len(la.surname)) >= 3 or short or (one_word and fa.ends_in_i == la.ends_in_i):
        return NameMatch("surname", 0.7 if not one_word else 0.6)
    return None


def _v_agree(persian: str, latin: str) -> bool:
    """Whether each v or w the Latin name has between vowels is a و of the Persian (Taghavi/تقوی)."""
    between = len(re.findall(r"(?<=[aeiou])[vw](?=[aeiou])", latin.lower()))
    return between <= normalize(persian, "fa").text[1:].count("و")


def _initials_fit(fa: _Parts, la: _Parts) -> bool:
    """The surnames open with letters of one class and both end in -i or neither, and so do the given names, where both sides
    have them, at their first or their last word (a compound «محمدجواد» / "Mohammad Javad", a
    title kept on one side «سید حسین» / "Hossein")."""
    if not fa.initials or not la.initials or not _initials_agree(fa.initials[-1], la.initials[-1]):
        return False
    # an -i surname is written with a final ی in Persian (a final ی read a, «مصطفی» Mostafa, is
    # a given name: as a surname it goes in the alias file)
    if la.ends_in_i != fa.ends_in_i:
        return False
    fa_given, la_given = fa.initials[:-1], la.initials[:-1]
    if not fa_given or not la_given:
        return True
    return _initials_agree(fa_given[0], la_given[0]) or _initials_agree(fa_given[-1], la_given[-1])


def _given_initials_only(fa: _Parts, la: _Parts) -> bool:
    """Only the given names' first letters disagree, while the whole skeletons are one (within
    half a step, six letters or more): the surname's letters and ending, which tell «اسلامی»
    from "Salami", agree, and a given name romanised with another opening does not outweigh the
    rest."""
    if not fa.initials or not la.initials or not _initials_agree(fa.initials[-1], la.initials[-1]):
        return False
    if la.ends_in_i != fa.ends_in_i:
        return False
    return min(len(fa.full), len(la.full)) >= 6 and within(fa.full, la.full, 0.5)


def _tail_close(fa: _Parts, la: _Parts) -> bool:
    """One side a single long word (a surname) that ends the other's full skeleton."""
    one, other = (fa, la) if fa.words == 1 else (la, fa) if la.words == 1 else (None, None)
    if one is None or other is None or len(one.full) < 4:
        return False
    return close(one.full, other.full[-len(one.full) :])


def _holds(longer: str, shorter: str) -> bool:
    return len(shorter) >= 2 and (longer.endswith(shorter) or longer.startswith(shorter))


def block_key(skel: str) -> str:
    """A coarse key of a surname skeleton for finding candidates: its last two classes, with
    final h and near-miss letters folded (k/g/q, j/Z, S/s, Z/z)."""
    folded = skel.rstrip("h").translate(str.maketrans("gqZS", "kkjs"))
    return folded[-2:]
