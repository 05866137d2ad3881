"""Persian words for the quote finder: tokens with a comparison key, and the word lists.

Every comparison is made on :func:`key`: the word normalised by :func:`refrain.text.normalize.fold`
(ي/ك folded, ZWNJ and diacritics removed), hamza seats on alef dropped (أ إ آ -> ا, "تأکید" =
"تاکید"). Multi-word entries ("اظهار داشت") are compared with their spaces removed, so
"اظهارداشت" and "خاطر‌نشان کرد" match too. The lists live in ``refrain/text/data/fa/quote_*.txt``.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, lru_cache

from refrain.text.lexicon import lexicon_lines
from refrain.text.normalize import fold
from refrain.text.tokens import tokenize

_SEATS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ؤ": "و", "ئ": "ی", "\u200e": None, "\u200f": None})
_DIRECTION_MARKS = ("\u200e", "\u200f")  # written inside words for a ZWNJ ("ولی‎پور")


@lru_cache(maxsize=1 << 16)
def key(word: str) -> str:
    """The comparison form of a word or phrase: folded, hamza seats dropped, no spaces."""
    return "".join(fold(word, "fa").translate(_SEATS).split())


_DEMONSTRATIVES = frozenset({key("این"), key("آن"), key("همین"), key("همان")})


def post_key(role: str) -> str:
    """The comparison form of a post, its demonstratives dropped: «مجری این طرح» is «مجری طرح»."""
    return "".join(k for k in map(key, role.split()) if k not in _DEMONSTRATIVES)


@dataclass(frozen=True, slots=True)
class Word:
    """A token of the stored text: ``text == stored[start:end]``; ``key`` as above; punctuation is
    a one-character token with ``is_word`` false."""

    text: str
    start: int
    end: int
    key: str
    is_word: bool


def words(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    out: list[Word] = []
    for t in tokenize(text, start, end, language="fa"):
        is_word = any(c.isalnum() for c in t.text)
        prev = out[-1] if out else None
        if (
            is_word
            and prev is not None
            and prev.is_word
            and t.start == prev.end + 1
            and text[prev.end] in _DIRECTION_MARKS
        ):
            joined = text[prev.start : t.end]  # one word with a direction mark for a ZWNJ
            out[-1] = Word(joined, prev.start, t.end, key(joined), True)
            continue
        # "وزیر کشورگفت:": a cue written onto the word before its colon; "مدیربندر": a post's head
        # written onto the next word
        cut = is_word and ((colon_follows(text, t.end) and _glued_cue(t.text)) or _glued_head(t.text))
        if cut:
            head, rest = t.text[:cut], t.text[cut:]
            out.append(Word(head, t.start, t.start + cut, key(head), True))
            out.append(Word(rest, t.start + cut, t.end, key(rest), True))
            continue
        out.append(Word(t.text, t.start, t.end, key(t.text) if is_word else t.text, is_word))
    return out


def colon_follows(text: str, end: int) -> bool:
    """Whether a colon comes right after offset ``end`` (spaces, a ZWNJ or a direction mark between)."""
    return text[end : end + 3].lstrip(" \u200c\u200f").startswith(":")


_GLUED_CUES = tuple(key(w) for w in ("گفت", "افزود"))
_VERB_PREFIXES = tuple(key(w) for w in ("نمی", "همی", "می", "باز"))


def _glued_cue(word: str) -> int:
    """Where a one-word cue verb glued to the word before it starts ("آمریکاگفت" -> 6), or 0: at
    least three letters before it that are not a verb's own prefix ("میگفت", "بازگفت")."""
    k = key(word)
    for cue in _GLUED_CUES:
        head = k[: -len(cue)]
        if k.endswith(cue) and len(head) >= 3 and not head.startswith(_VERB_PREFIXES):
            # the cue's start in the written word (ي/ك and ZWNJ fold away in keys)
            return next((n for n in range(len(word) - 1, 0, -1) if key(word[n:]) == cue), 0)
    return 0


_NOT_GLUED = ("یت", "ان", "ین")  # "مدیریت", "مدیران", "مدیرین": one word


@lru_cache(maxsize=1 << 16)
def _glued_head(word: str) -> int:
    """Where a post head glued to the next word ends ("مدیربندر" -> 4), or 0: a listed head
    (quote_glued_heads.txt), then 3+ letters that do not end the head as one word."""
    k = key(word)
    if k in roles():
        return 0
    for head in word_keys("quote_glued_heads"):
        rest = k[len(head) :]
        if k.startswith(head) and len(rest) >= 3 and not rest.startswith(_NOT_GLUED):
            n = 0  # the head's length in the written word (ي/ك, ZWNJ and seats fold away)
            while n < len(word) and len(key(word[:n])) < len(head):
                n += 1
            return n if key(word[:n]) == head and word[n : n + 1] not in ("\u200c", "") else 0
    return 0


class Tokens:
    """A text's words, tokenised once; :meth:`between` gives those inside a span."""

    def __init__(self, text: str) -> None:
        self.all = words(text)
        self._starts = [w.start for w in self.all]

    def between(self, start: int, end: int) -> list[Word]:
        lo = bisect_left(self._starts, start)
        hi = bisect_left(self._starts, end, lo)
        while hi > lo and self.all[hi - 1].end > end:
            hi -= 1
        return self.all[lo:hi]


@cache
def word_keys(name: str) -> frozenset[str]:
    """The keys of the entries of ``text/data/fa/<name>.txt``."""
    return frozenset(key(line) for line in lexicon_lines("fa", name))


@cache
def _phrases(name: str) -> tuple[tuple[str, ...], ...]:
    """Entries as word-key tuples, longest first (for lists matched word by word)."""
    entries = {tuple(key(w) for w in line.split()) for line in lexicon_lines("fa", name)}
    return tuple(sorted(entries, key=len, reverse=True))


@lru_cache(maxsize=1 << 14)
def compound_given(word_key: str) -> bool:
    """Whether a word is a given name, or two given names written as one ("امیدعلی", "رضاقلی")
    that the lists do not hold whole (its first part may be a name that is also a common word)."""
    names = given_names()
    if word_key in names:
        return True
    firsts = names | word_keys("given_names_as_words")
    return any(word_key[:j] in firsts and word_key[j:] in names for j in range(2, len(word_key) - 1))


def cues() -> frozenset[str]:
    return word_keys("quote_cues")


def passive_cues() -> frozenset[str]:
    return word_keys("quote_cues_passive")


def pronouns() -> frozenset[str]:
    return word_keys("quote_pronouns")


def anaphors() -> frozenset[str]:
    return word_keys("quote_anaphors")


def anonymous() -> tuple[tuple[str, ...], ...]:
    return _phrases("quote_anonymous")


def credits() -> tuple[tuple[str, ...], ...]:
    return _phrases("quote_credits")


def subject_stops() -> frozenset[str]:
    return word_keys("quote_subject_stops")


def titles() -> tuple[tuple[str, ...], ...]:
    return _phrases("quote_titles")


def roles() -> frozenset[str]:
    return word_keys("quote_roles")


def organisations() -> frozenset[str]:
    return word_keys("quote_organisations")


def not_speakers() -> frozenset[str]:
    return word_keys("quote_not_speakers")


def kinship() -> frozenset[str]:
    return word_keys("quote_kinship")


@cache
def given_names() -> frozenset[str]:
    """Given names; one ending in "الله" also in its common spelling with "اله" ("نعمت‌اله")."""
    names = word_keys("given_names")
    allah, short = key("الله"), key("اله")
    return names | {n[: -len(allah)] + short for n in names if n.endswith(allah) and len(n) > len(allah)}


def title_heads() -> frozenset[str]:
    return word_keys("quote_title_heads")


def complements() -> frozenset[str]:
    return word_keys("quote_complements")


def role_compounds() -> tuple[tuple[str, ...], ...]:
    return _phrases("quote_role_compounds")


def match_cue(ws: list[Word]) -> int:
    """How many words at the end of ``ws`` form a cue verb (0 if none): the longest run of up to
    four words whose joined keys are a cue, optionally behind a glued "و" ("وافزود"); a perfect
    tense counts as its past ("تاکید کرده است" as "تاکید کرد")."""
    n = _match_cue_keys([w.key if w.is_word else "" for w in ws[-4:]])
    if n == 0 and len(ws) >= 2 and ws[-1].key in _AUXILIARIES and ws[-2].is_word and ws[-2].key.endswith("ه"):
        keys = [w.key if w.is_word else "" for w in ws[-5:-1]]
        keys[-1] = keys[-1][:-1]
        n = _match_cue_keys(keys)
        return n + 1 if n else 0
    return n


_AUXILIARIES = word_keys("quote_auxiliaries")


def _match_cue_keys(keys: list[str]) -> int:
    table = cues()
    best = 0
    joined = ""
    for n in range(1, len(keys) + 1):
        k = keys[-n]
        if not k:
            break
        joined = k + joined
        if joined in table or (joined.startswith("و") and joined[1:] in table):
            best = n
    return best


def starts_with(ws: list[Word], i: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """Length of the longest entry of ``phrases`` that the words from ``i`` spell (0 if none);
    an entry also matches words that write it glued or split ("حجت‌الاسلام" / "حجت الاسلام")."""
    for entry in phrases:
        target = "".join(entry)
        joined = ""
        for n in range(1, len(entry) + 2):
            if i + n > len(ws) or not ws[i + n - 1].is_word:
                break
            joined += ws[i + n - 1].key
            if joined == target:
                return n
            if len(joined) >= len(target):
                break
    return 0
