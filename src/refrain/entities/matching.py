"""What merging names and resolving a name share: the Entity both produce, and the rules for
names that fit one another (a role standing for a name, full names whose words fit in order).

merge (many mentions into entities) and EntityIndex (one name against merged entities) apply
the same rules; they live here so that neither module reaches into the other.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from rapidfuzz import fuzz, process

from refrain.entities.aliases import AliasFile
from refrain.entities.kinds import NAME_PARTICLES, ORGANISATION, PERSON, is_generic_organisation, speaker_kind
from refrain.entities.names import (
    ParsedName,
    acronym_key,
    ascii_fold,
    has_name_word,
    looks_like_org,
    parse,
    skeleton,
    strip_article,
    titles,
    trim_time,
    words,
)
from refrain.text import lexicon, lexicon_lines

SURNAME_SIMILARITY = 85.0  # rapidfuzz ratio on skeletons: the candidates names_alike then decides on
NAME_MIN_FOR_DRIFT = 6  # a name word shorter than this must match its skeleton exactly
# Letters a romanisation may write for one another inside a name: the vowels of a skeleton (e and
# o are folded to i and u), c for k (Veronica, Veronika) and g for q (ق as in Sargini, Sarqini)
_VOWELS = frozenset("aiuy")
_SAME_SOUND = frozenset({frozenset("ck"), frozenset("gq")})
# A bare surname with no role in common joins a full name only when that name is a known figure:
# written at least this often (and the only one of that surname); else it stays apart.
BARE_SURNAME_MIN_MENTIONS = 3
# A shorter form of a full name drops at most one word ("Javad Zarif", "Mohammad Zarif" for
# "Mohammad Javad Zarif"); dropping more leaves too little to tell two people apart.
MAX_SKIPPED_WORDS = 1
_PARTICLES = frozenset(skeleton(p) for p in NAME_PARTICLES)
_ARTICLES = frozenset(skeleton(p) for p in ("al", "el"))
LONG_FORM_SIMILARITY = 92.0
_INDEFINITE = frozenset({"a", "an"})
# An acronym of fewer letters spells too many names to be read by initials alone (US: the United
# States, the University of Salzburg; AP: the Associated Press, the Afghan Parliament): only the
# alias file joins it to a long form.
MIN_ACRONYM_LETTERS = 3


@dataclass(slots=True)
class Entity:
    """A person or organisation, with every name it was written under and the roles seen with it."""

    id: str
    name: str  # the fullest form seen
    kind: str  # "person" | "org"
    aliases: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "aliases": sorted(self.aliases),
            "roles": sorted(self.roles),
        }


def is_role_only(p: ParsedName) -> bool:
    """A role standing for a name: "the Supreme Leader", "the harbour master"."""
    if p.kind != "person":
        return False
    folded = ascii_fold(p.core).rstrip(".")
    if folded in titles() or all(w.lower() in titles() for w in words(p.core)):
        return True
    return p.written.lower().startswith("the ") and p.core == p.core.lower()


def is_bare(p: ParsedName) -> bool:
    """A surname alone, particles allowed ("Haqqani", "Al Thani"): no given name to agree on."""
    return all(t in _PARTICLES for t in p.tokens[:-1])


def is_bare_person(p: ParsedName) -> bool:
    """A person named by a surname alone (:func:`is_bare`)."""
    return p.kind == "person" and is_bare(p)


def names_alike(a: str, b: str) -> bool:
    """Two skeleton words are one name: equal, or one vowel changed inside a long word
    (Rafsanjani = Rafsenjani), never a letter added (Hosseini != Huseynli), nor one changed or
    added at either end, where different names differ (Terzi != Terzic, Malek != Maliki), nor a
    consonant changed: a romanisation varies a name's short vowels, which Persian and Arabic
    script leave unwritten, but a consonant is a letter of the name itself (Rahmani and Rahmati,
    Masoumifar and Masoudifar are two names; q/gh, z/s, w/v are folded by the skeleton first;
    c/k and g/q are the only consonants taken for one another: ``_SAME_SOUND``).

    >>> names_alike("rafsanjani", "rafsinjani"), names_alike("tersi", "tersic"), names_alike("husini", "husinli")
    (True, False, False)
    >>> names_alike("rahmani", "rahmati"), names_alike("baqiri", "bakiri"), names_alike("virunica", "virunika")
    (False, False, True)
    """
    if a == b:
        return True
    if a.startswith("=") or b.startswith("="):
        return False  # a name kept apart from its look-alikes (names_apart_by_vowel.txt): Hamed, Hamid
    if len(a) != len(b) or len(a) < NAME_MIN_FOR_DRIFT or a[0] != b[0] or a[-1] != b[-1]:
        return False
    changed = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    if len(changed) != 1:
        return False
    x, y = changed[0]
    return (x in _VOWELS and y in _VOWELS) or frozenset((x, y)) in _SAME_SOUND


def long_forms_alike(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two long names of organisations differ only by spelling: word for word alike
    (Organisation = Organization), never by a word ("CBI Public Relations Department" is not the
    "IRGC Public Relations Department")."""
    return len(a) == len(b) and all(names_alike(x, y) for x, y in zip(a, b, strict=True))


def tokens_fit(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Every word of ``short`` matches a word of ``long``, in order (an initial matches a word
    it begins), skipping at most MAX_SKIPPED_WORDS of them; surnames must be alike
    (:func:`names_alike`). "Amir Hashemi" does not fit "Amir Hossein Ghazizadeh Hashemi"."""
    if not short or not long or not names_alike(short[-1], long[-1]):
        return False
    if len(long) - len(short) > MAX_SKIPPED_WORDS:
        return False
    j = 0
    for tok in short[:-1]:
        while j < len(long) - 1:
            other = long[j]
            j += 1
            same_initial = (len(tok) == 1 or len(other) == 1) and tok[0] == other[0]
            if same_initial or names_alike(tok, other):
                break
        else:
            return False
    return True


def spells_by_initials(acronym: str) -> bool:
    """Whether an acronym is long enough to join a long form by its initials (MIN_ACRONYM_LETTERS)."""
    return len(acronym_key(acronym)) >= MIN_ACRONYM_LETTERS


@cache
def _small_words() -> frozenset[str]:
    return lexicon("en", "acronym_stop")


def is_proper_long_form(core: str) -> bool:
    """A body's name, every word capitalised but the small ones (``acronym_stop.txt``): what an
    acronym may stand for. Words in lower case are a description ("official Israeli channel",
    "neo-conservative council"), whose initials spelling an acronym (OIC, NCC) is chance.

    >>> is_proper_long_form("Council for Foreign Relations"), is_proper_long_form("official Israeli channel")
    (True, False)
    """
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _small_words() for w in words(core))


def skipped_words(short: tuple[str, ...], long: tuple[str, ...]) -> list[str]:
    """The words of ``long`` that ``short`` skips when it fits it (:func:`tokens_fit` holds)."""
    skipped: list[str] = []
    j = 0
    for tok in short[:-1]:
        while j < len(long) - 1:
            other = long[j]
            j += 1
            if ((len(tok) == 1 or len(other) == 1) and tok[0] == other[0]) or names_alike(tok, other):
                break
            skipped.append(other)
    return skipped + list(long[j:-1])


@cache
def _given_name_prefixes() -> frozenset[str]:
    return frozenset(skeleton(w) for w in lexicon("en", "given_name_prefixes"))


def drops_only_a_prefix(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether ``short`` fits ``long`` dropping nothing but the first part of a compound given name
    ("Javad Zarif" in "Mohammad Javad Zarif") or a middle initial ("Michael T. Flynn"), never a
    given name of its own ("Shahbaz Sharif" in "Hamza Shahbaz Sharif") nor a middle word
    ("Mohammad Salam" in "Mohammad Abdul Salam")."""
    skipped = skipped_words(short, long)
    if (
        any(len(w) == 1 for w in skipped)
        and (
            any(len(w) == 1 for w in short[:-1])  # "George W. Bush" is not "George H. W. Bush"
            or not all(any(names_alike(mine, theirs) for theirs in long[:-1]) for mine in short[:-1])
        )
    ):
        return False  # "Kharak Singh" is not "K. C. Singh": an initial for a name, another dropped
    # the Arabic article of a surname is written or left out ("Hamid al-Varsi", "Hamid Varsi")
    skipped = [w for w in skipped if len(w) > 1 and w not in _ARTICLES]
    return not skipped or (skipped == [long[0]] and long[0] in _given_name_prefixes())


def full_name_fits(
    a: tuple[str, ...], b: tuple[str, ...], *, shared_role: bool, common_surname: bool = False
) -> bool:
    """Two people's full names may be one person's: word for word alike, or the shorter fits the
    longer (:func:`tokens_fit`) dropping only what :func:`drops_only_a_prefix` allows (not for a
    ``common_surname``, where "Ali Hosseini" may be any Ali Hosseini), or any word when the two
    share a telling role noun (``shared_role``, :func:`telling_roles`)."""
    short, long = sorted((a, b), key=len)
    if not tokens_fit(short, long):
        return False
    if any(len(w) == 1 for w in short[:-1]) and any(len(w) == 1 for w in skipped_words(short, long)):
        return False  # initials that differ say two people, whatever their roles (George W. / H. W. Bush)
    if shared_role:
        return True
    if len(short) == len(long):  # an initial for a given name ("S. Kumar", "Saurabh Kumar") is no proof
        return not any((len(x) == 1) != (len(y) == 1) for x, y in zip(short, long, strict=True))
    return not common_surname and drops_only_a_prefix(short, long)


# A surname borne by this many different first given names in the names merged is a common one
# (Hosseini, Alizadeh): a shorter form of a full name of it joins only by a telling role.
COMMON_SURNAME_GIVEN_NAMES = 6


@cache
def _weak_roles() -> frozenset[str]:
    return lexicon("en", "weak_role_words")


def telling_roles(roles: Iterable[str]) -> frozenset[str]:
    """The role nouns of role phrases (:func:`role_words`) that say more than "chief" or "member"
    (``weak_role_words.txt``): what two people of one name must share to be taken as one."""
    return role_words(roles) - _weak_roles()


def alike_names(name: str, candidates: list[str]) -> list[int]:
    """The positions of the skeleton words in ``candidates`` alike ``name`` (:func:`names_alike`),
    looked up with rapidfuzz at SURNAME_SIMILARITY rather than compared one by one."""
    found = process.extract(name, candidates, scorer=fuzz.ratio, score_cutoff=SURNAME_SIMILARITY, limit=None)
    return [i for candidate, _score, i in found if names_alike(name, candidate)]


def alike_long_forms(p: ParsedName, keys: list[str], tokens_of: list[tuple[str, ...]]) -> list[int]:
    """The positions of the organisations' long forms (skeleton ``keys``, their words ``tokens_of``)
    alike ``p`` word for word (:func:`long_forms_alike`); none for a name of eight letters or fewer."""
    if len(p.key) <= 8 or not keys:
        return []
    found = process.extract(p.key, keys, scorer=fuzz.ratio, score_cutoff=LONG_FORM_SIMILARITY, limit=None)
    return [i for _key, _score, i in found if long_forms_alike(p.tokens, tokens_of[i])]


@cache
def _role_lexicon() -> frozenset[str]:
    return lexicon("en", "roles") | lexicon("fa", "quote_roles")


def role_words(roles: Iterable[str]) -> frozenset[str]:
    """The role nouns in role phrases ("IRGC Commander Maj. Gen." -> commander), to compare two
    people's roles by what they do, not by how it was written; "general" after a civil office
    names that office ("Consul General", "Secretary-General": one role noun each), not a general.

    >>> sorted(role_words(["Foreign Minister", "Mr."])), sorted(role_words(["Consul-General"]))
    (['minister'], ['consul-general'])
    """
    lex = _role_lexicon()
    found: set[str] = set()
    for role in roles:
        words = ascii_fold(role).replace(".", " ").replace("-general", " general").split()
        own = {w for w in words if w in lex}
        for before, w in zip(words, words[1:], strict=False):
            if w == "general" and before in _CIVIL:
                own = (own - {before, w}) | {before + "-general"}
        found |= own
    return frozenset(found)


_CIVIL = frozenset(
    {"consul", "secretary", "director", "attorney", "prosecutor", "solicitor", "inspector", "governor"}
)


@cache
def _role_families() -> dict[str, frozenset[int]]:
    families: dict[str, set[int]] = {}
    for number, line in enumerate(lexicon_lines("en", "role_families")):
        for word in line.split():
            families.setdefault(word, set()).add(number)
    return {word: frozenset(found) for word, found in families.items()}


def _families(roles: frozenset[str]) -> set[object]:
    known = _role_families()
    found: set[object] = set()
    for word in roles:
        found |= known.get(word) or {word}  # a role noun in no family is a family of its own
    return found


def roles_conflict(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both sides have role nouns and none of a common family (``role_families.txt``: an analyst
    and a general), so a name alike is not enough to call them one person.

    >>> roles_conflict(frozenset({"analyst"}), frozenset({"general"}))
    True
    >>> roles_conflict(frozenset({"diplomat"}), frozenset({"minister"}))
    False
    """
    return bool(a) and bool(b) and not (_families(a) & _families(b))


_AND = re.compile(r"\s(?:and|&)\s")


def is_coordination(name: str) -> bool:
    """Two or more names joined by "and" ("China and Russia", "Samuel Alito and Neil Gorsuch"),
    not one body whose name holds an "and" ("Ministry of Roads and Urban Development": it has an
    organisation word, ``org_words.txt``).

    >>> is_coordination("North and South Korea"), is_coordination("Ministry of Water and Energy")
    (True, False)
    """
    return bool(_AND.search(name)) and not looks_like_org(name)


@cache
def _head_nouns() -> frozenset[str]:
    return lexicon("en", "name_head_nouns") | lexicon("en", "roles") | lexicon("en", "speaker_documents")


def headed_by_a_noun(name: str) -> bool:
    """A name followed by a lower-case noun that makes the phrase someone or something else: a
    relation, a role or a document (``name_head_nouns.txt``, ``roles.txt``,
    ``speaker_documents.txt``): "Queiroz assistant", "Mirzakhani colleagues", "Pompeo speech".
    Other lower-case words a text left after a name ("Zarif shortly") do not count.

    >>> headed_by_a_noun("Karel Vondra assistant"), headed_by_a_noun("Vondra transition team")
    (True, True)
    >>> headed_by_a_noun("Vondra shortly"), headed_by_a_noun("Vondra")
    (False, False)
    """
    toks = name.split()
    after = next((i for i, w in enumerate(toks) if i and w.isalpha() and w.islower()), None)
    if after is None or not toks[after - 1][:1].isupper():
        return False
    nouns = _head_nouns()
    return any(
        w in nouns or (w.endswith("s") and w[:-1] in nouns)
        for w in toks[after:]
        if w.isalpha() and w.islower()
    )


def mention_kind(name: str, aliases: AliasFile) -> str | None:
    """A name's kind for merging: "person" or "org", or None for a description or a document
    (refrain.entities.kinds), which is never merged. An alias file group's kind comes first
    ("the Supreme Leader" is Khamenei in the shipped file), for a name written as in the group or
    one that names someone ("IRGC chief" is a description, not the IRGC its trimmed words leave)."""
    group = aliases.same_group_of(parse(name).key)
    if group is not None and speaker_kind(name) not in (PERSON, ORGANISATION):
        written = ascii_fold(strip_article(name))
        if all(ascii_fold(strip_article(entry)) != written for entry in group.names):
            group = None  # a description whose trimmed words are in the group, not one of its names
    if group is not None:
        return group.kind or ("org" if parse(name).kind == "org" else "person")
    name = trim_time(name)  # "00 BST police": the time a dateline left is no part of it
    if name.split()[0].lower() in _INDEFINITE:
        return None  # "A Kabul (police spokesman)": a description, whatever its head
    if is_coordination(name):
        return None  # "China and Russia", "Bildt and Solana": two speakers, not one entity
    kind = speaker_kind(name)
    if kind == ORGANISATION and is_generic_organisation(name):
        return None  # "the Interior Ministry": whose? a description of a body, not a name
    if kind == ORGANISATION or (kind == PERSON and "/" in name):  # "PMOI/MEK": parts of a body
        return "org"
    if kind == PERSON and headed_by_a_noun(name):
        return None  # "Queiroz assistant": someone else, named by whom he works for
    if kind == PERSON and not has_name_word(parse(name, "person").core):
        return None  # "Technology", "Legal Affairs": the end of an office's name, no one's name
    return "person" if kind == PERSON else None


def parse_mention(name: str, aliases: AliasFile) -> ParsedName | None:
    """``parse`` with the kind :func:`mention_kind` gives, or None for a description or document."""
    kind = mention_kind(name, aliases)
    return None if kind is None else parse(name, kind)
