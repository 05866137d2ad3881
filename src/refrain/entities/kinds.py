"""Speaker kinds: whether a quotation's speaker is a person, an organisation, a document or a
description of someone unnamed.

Guideline kinds (``person``, ``organisation``, ``document``, ``unnamed``) from the speaker string
alone, so that the quote finder can store the kind with each quotation and the corpus stage can
keep descriptions ("an official", "the statement", "Leader") out of person entities. The rules are
word lists (``refrain/text/data/<lang>/``), applied in this order:

1. a pronoun left unresolved is ``unnamed``;
2. a description (it opens with "a"/"an"/"some"…, or with a lower-case word) is classed by its head
   noun, the last word before "of"/"in"/"from"…: a document word (``speaker_documents.txt``) makes
   it a ``document``, an organisation word or a country an ``organisation``, anything else
   ``unnamed``; it is never a person;
3. a phrase holding a word that can be part of a name (capitalised, and in none of the lists of
   roles, titles, organisation words, countries, nationalities or not-names) is a ``person``, unless
   its last word is an organisation word or a country ("Bank Saderat Iran") or a document word,
   or it names a geographic feature ("Caspian Sea", "Lake Urmia": ``unnamed``);
4. a phrase with no name word is classed by its head noun as in 2 ("Iranian Foreign Ministry",
   "Tehran", "IAEA" are organisations; "Leader", "Speaking", "Islamic Revolution" are unnamed).

Persian speakers go through the same steps with the Persian lists (the head word comes first).

>>> [speaker_kind(s) for s in ("Mohammad Javad Zarif", "an official", "the statement", "Iran", "Al-Mayadeen")]
['person', 'unnamed', 'document', 'organisation', 'organisation']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from refrain.entities.names import ascii_fold, is_acronym, org_words
from refrain.text import fold, is_arabic_script, lexicon

PERSON = "person"
ORGANISATION = "organisation"
DOCUMENT = "document"
UNNAMED = "unnamed"
KINDS = (PERSON, ORGANISATION, DOCUMENT, UNNAMED)

_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
_INDEFINITE = frozenset({"a", "an", "one", "some", "several", "another", "many", "two", "three", "other"})
# Words after which a description's head noun has ended ("a court head in …", "the statement of …").
_HEAD_ENDS = frozenset({"of", "in", "from", "at", "for", "with", "to", "on", "who", "that", "close", "near"})
# Lower-case particles inside names ("Faisal bin Farhan", "Ursula von der Leyen"): not a description.
NAME_PARTICLES = frozenset(
    {"al", "el", "bin", "ibn", "bint", "de", "da", "di", "van", "von", "der", "la", "le", "abu"}
)
# the particles before a father's name ("Hussein ibn Ali"); a name's skeleton folds "ben" to "bin"
PATRONYMIC = frozenset({"bin", "ibn", "bint"})


def ends_in_fathers_name(tokens: tuple[str, ...] | list[str]) -> bool:
    """Whether a full name's (lower-case) words end in a father's name ("Hussein ibn Ali")."""
    return len(tokens) > 2 and tokens[-2] in PATRONYMIC


_NOT_ORGANISATION_HEADS = frozenset(
    {
        "province",
        "county",
        "city",
        "district",
        "region",
        "interest",
        "state",
        "states",
        "site",
        "team",
        "club",
    }
)
# An acronym or a group's code name ("IAEA", "U.N.", "E3", "P5+1", "G20")
_CODE = re.compile(r"(?=.*[A-Z].*[A-Z0-9])(?:[A-Z][A-Z0-9.+]{1,7})")
_TOKEN_EDGES = ".,;:!?()[]\"'“”‘’«»"


@dataclass(frozen=True, slots=True)
class _EnglishLists:
    pronouns: frozenset[str]
    documents: frozenset[str]
    organisations: frozenset[str]
    countries: frozenset[str]
    not_names: frozenset[str]  # roles, titles, nationalities, sentence words: never a name word
    generic_words: frozenset[str]  # words of an organisation that do not say which one
    role_nouns: frozenset[str]  # "spokesman", "aide", "son": a phrase ending in one describes someone
    named_bodies: frozenset[str]  # bodies with no organisation word in their names ("Al Jazeera")
    place_heads: frozenset[str]  # "sea", "river", "lake", "day": a geographic feature or an event, no speaker


@cache
def _english() -> _EnglishLists:
    singular = lexicon("en", "roles") | lexicon("en", "honorifics")
    # plurals name several people ("MPs", "Trump administration officials"): never a name
    roles = (
        singular
        | frozenset(r + "s" for r in singular)
        | frozenset(r[:-1] + "ies" for r in singular if r.endswith("y"))
    )
    titles = frozenset(w for line in lexicon("en", "name_titles") for w in line.split())
    countries = lexicon("en", "countries")
    # the quote finder's organisation words, less those that are places or common nouns of a name
    quote_org_words = lexicon("en", "org_words_quotes") - _NOT_ORGANISATION_HEADS
    singular_orgs = org_words() | quote_org_words | lexicon("en", "speaker_organisation_words")
    organisations = singular_orgs | frozenset(w + "s" for w in singular_orgs if not w.endswith("s"))
    not_names = (
        roles
        | titles
        | lexicon("en", "not_names")
        | lexicon("en", "weekdays")
        | lexicon("en", "speaker_not_names")
        | lexicon("en", "demonyms")
        | organisations
        | lexicon("en", "speaker_documents")
        | lexicon("en", "speaker_plan_words")
        | lexicon("en", "speaker_designation_words")
        | frozenset(w for c in countries for w in c.split())
    )
    pronouns = frozenset(line.split()[0] for line in lexicon("en", "pronouns"))
    relatives = lexicon("en", "relative_nouns")  # "Ali Vaez's son" is someone else
    documents = lexicon("en", "speaker_documents") | lexicon("en", "speaker_plan_words")
    generic = (organisations | lexicon("en", "speaker_not_names") | roles) - lexicon("en", "demonyms")
    generic -= frozenset(w for c in countries for w in c.split())
    return _EnglishLists(
        pronouns,
        documents,
        organisations,
        countries,
        not_names,
        generic,
        roles | relatives | frozenset(r + "s" for r in relatives),
        lexicon("en", "named_bodies"),
        lexicon("en", "speaker_place_heads") | lexicon("en", "speaker_event_heads"),
    )


@dataclass(frozen=True, slots=True)
class _PersianLists:
    pronouns: frozenset[str]
    documents: frozenset[str]
    organisations: frozenset[str]
    countries: frozenset[str]
    descriptions: frozenset[str]  # role and anonymous head words ("سخنگوی", "منبع", "مقام")
    given_names: frozenset[str]


@cache
def _persian() -> _PersianLists:
    return _PersianLists(
        lexicon("fa", "quote_pronouns"),
        lexicon("fa", "speaker_documents"),
        lexicon("fa", "quote_organisations") - {"خبرنگار", "خبرنگاران", "مجری"},  # people, in that list
        lexicon("fa", "countries"),
        lexicon("fa", "quote_roles") | lexicon("fa", "quote_anonymous"),
        lexicon("fa", "given_names"),
    )


def _tokens(speaker: str) -> list[str]:
    out = []
    for raw in speaker.split():
        token = raw.strip(_TOKEN_EDGES)
        token = re.sub(r"['’]s$", "", token)
        if token:
            out.append(token)
    return out


def _key(token: str) -> str:
    """A token as the English lists hold it: folded, lower case, dots dropped (U.S. -> us)."""
    return ascii_fold(token).replace(".", "")


@lru_cache(maxsize=1 << 16)
def speaker_kind(speaker: str | None) -> str | None:
    """The kind of a quotation's speaker string; None when there is no speaker.

    >>> speaker_kind("a court head in the western town of Tarsk"), speaker_kind("Bank Saderat Iran")
    ('unnamed', 'organisation')
    """
    if speaker is None or not speaker.strip():
        return None
    if is_arabic_script(speaker):
        return _persian_kind(speaker)
    return _english_kind(speaker)


def _english_kind(speaker: str) -> str:
    lists = _english()
    tokens = _tokens(speaker)
    if not tokens:
        return UNNAMED
    keys = [_key(t) for t in tokens]
    if len(tokens) == 1 and keys[0] in lists.pronouns:
        return UNNAMED
    indefinite = keys[0] in _INDEFINITE
    while tokens and (keys[0] in _DETERMINERS or keys[0] in _INDEFINITE):
        tokens, keys = tokens[1:], keys[1:]
    if not tokens:
        return UNNAMED
    whole = " ".join(keys)
    if whole in lists.countries or whole.replace("-", " ") in lists.named_bodies:
        return ORGANISATION  # "Iran", "Al-Mayadeen", "the White House"
    opens_lower = tokens[0][:1].islower() and keys[0] not in NAME_PARTICLES
    if indefinite or opens_lower:
        return _head_kind(tokens, keys, lists)
    has_name = any(
        t[:1].isupper() and not _not_name(k, lists) and not _CODE.fullmatch(t) and not k.isdigit()
        for t, k in zip(tokens, keys, strict=True)
    )
    if has_name:
        end = _head_end(tokens, keys)
        if end < len(keys) and keys[end - 1] in lists.organisations:
            return ORGANISATION  # "Ministry of Fisheries"
        if end < len(keys) and keys[end - 1] in lists.documents:
            return DOCUMENT  # "Statement of the Varga Foundation"
        last = keys[-1]
        names = sum(
            1 for t, k in zip(tokens, keys, strict=True) if t[:1].isupper() and not _not_name(k, lists)
        )
        if last in lists.organisations:
            return ORGANISATION
        if (last in lists.countries or " ".join(keys[-2:]) in lists.countries) and names < 2:
            return ORGANISATION  # "Saderat Iran"; "Hassan Rouhani Iran" is a name with a place stuck on
        if last in lists.documents:
            return DOCUMENT
        if keys[end - 1] in lists.place_heads or (end >= 2 and keys[0] in lists.place_heads):
            return UNNAMED  # "Caspian Sea", "Strait of Hormuz", "Lake Urmia": a place
        last_name = max(
            i
            for i, (t, k) in enumerate(zip(tokens, keys, strict=True))
            if t[:1].isupper() and not _not_name(k, lists)
        )
        if any(k in lists.role_nouns for k in keys[last_name + 1 :]):
            return (
                UNNAMED  # "Erdogan spokesman", "Merkel chief of staff": someone described by whom they serve
            )
        return PERSON
    return _head_kind(tokens, keys, lists)


@lru_cache(maxsize=1 << 16)
def is_generic_organisation(speaker: str) -> bool:
    """An organisation named only by common words ("the Interior Ministry", "the newspaper";
    in Persian a head word alone, "سازمان"): which country's or which paper is not said, so it
    names no one body.

    >>> is_generic_organisation("Foreign Ministry"), is_generic_organisation("Iranian Foreign Ministry")
    (True, False)
    """
    if is_arabic_script(speaker):
        words = [fold(w, "fa").strip(_TOKEN_EDGES) for w in speaker.split()]
        words = [w for w in words if w and w not in {"این", "آن", "یک"}]
        return len(words) == 1 and words[0] in _persian().organisations
    lists = _english()
    tokens = _tokens(speaker)
    keys = [_key(t) for t in tokens]
    generic = lists.generic_words
    return (
        bool(keys)
        and all(k in generic or k in _DETERMINERS for k in keys)
        and not any(is_acronym(t) for t in tokens)
    )


def _not_name(key: str, lists: _EnglishLists) -> bool:
    """A word that is no part of a name, or a hyphenated pair of such words ("Iran-Norland" of two
    countries, "Arab-Palestinian" of two nationalities)."""
    return key in lists.not_names or ("-" in key and all(p in lists.not_names for p in key.split("-")))


def _head_end(tokens: list[str], keys: list[str]) -> int:
    """Where the head of a phrase ends: at its first lower-case preposition or relative word."""
    return next(
        (i for i, k in enumerate(keys) if i > 0 and k in _HEAD_ENDS and tokens[i].islower()), len(keys)
    )


def _head_kind(tokens: list[str], keys: list[str], lists: _EnglishLists) -> str:
    """The kind of a phrase that names nobody, from its head noun (the last word before a
    preposition or relative word)."""
    end = _head_end(tokens, keys)
    head_tokens, head = tokens[:end], keys[:end]
    last = head[-1]
    if last in lists.documents:
        return DOCUMENT
    if last in lists.organisations or last in lists.countries or " ".join(head[-2:]) in lists.countries:
        return ORGANISATION
    if len(head) == 1 and _CODE.fullmatch(head_tokens[0]) and last not in lists.not_names:
        return ORGANISATION  # "IAEA", "UN"; not "MP"
    return UNNAMED


def _persian_kind(speaker: str) -> str:
    lists = _persian()
    words = [fold(w, "fa").strip(_TOKEN_EDGES) for w in speaker.split()]
    words = [w for w in words if w]
    while words and words[0] in {"این", "یک", "آن"}:
        words = words[1:]
    if not words:
        return UNNAMED
    first, whole = words[0], " ".join(words)
    if len(words) == 1 and first in lists.pronouns:
        return UNNAMED
    if whole in lists.countries:
        return ORGANISATION
    if first in lists.documents or first.removesuffix("\u200cای") in lists.documents:
        return DOCUMENT
    if first in lists.organisations or first.split("\u200c")[0] in lists.organisations:
        return ORGANISATION
    if first in lists.descriptions or first.split("\u200c")[0] in lists.descriptions:
        # a role phrase: a person when a given name follows it ("سخنگوی دولت علی ربیعی")
        return PERSON if any(w in lists.given_names for w in words[1:]) else UNNAMED
    return PERSON
