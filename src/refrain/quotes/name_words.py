"""Words of a capitalised run in an article: name particles, participles, places, a person's
name words cleaned of what the run picked up around them, and role phrases ("the regime's Labor
Minister" -> role and organisation). Split out of refrain.quotes.entities, which builds the
article's index of names from them.
"""

from __future__ import annotations

import re
from functools import cache

from refrain.entities.kinds import PATRONYMIC
from refrain.text import lexicon_lines
from refrain.text.lexicon import lexicon as text_lexicon

from .context import MASK
from .lexicon import lexicon
from .speakers import DETERMINERS, NAME_PARTICLES, SURNAME_FUNCTION_WORDS

POSSESSIVE = re.compile(r"[’']s?$")


def particle_name(word: str) -> bool:
    """A name part led by a lower-case particle: "al-Khalil", "el-Sisi", "bin-Zayed"."""
    head, _, rest = word.partition("-")
    return head.lower() in NAME_PARTICLES and rest[:1].isupper()


def participle(word: str) -> bool:
    """A capitalised participle opening a sentence ("Referring", "Speaking"): never part of a name."""
    low = word.lower()
    return len(low) > 5 and low.endswith("ing") and word[0].isupper() and not word.isupper()


@cache
def _place_words() -> frozenset[str]:
    countries = {w for c in lexicon_lines("en", "countries") for w in c.split()}
    return frozenset(
        text_lexicon("en", "geo_words")
        | text_lexicon("en", "demonyms")
        | text_lexicon("en", "place_words")
        | text_lexicon("en", "cities")
        | countries
    )


def is_place(words: list[str]) -> bool:
    """Whether a capitalised run is only country, region and nationality words ("Saudi Arabia", "Middle East")."""
    places = _place_words()
    folded = [
        re.sub(r"[.’']|s$", "", w.lower()) if w.isupper() else w.lower().replace(".", "") for w in words
    ]
    folded = [POSSESSIVE.sub("", w) for w in folded]
    # "Asia-Pacific", "Iran-Iraq": places joined by a hyphen are a place
    folded = [part for w in folded for part in (w.split("-") if w.count("-") == 1 else [w])]
    if len(folded) >= 2 and folded[-1] in _place_heads():
        return True  # "Black Sea", "Caspian Sea", "Kerman Province"
    if len(folded) >= 2 and folded[0] in text_lexicon("en", "place_openers"):
        # "Bandar Abbas", "Mount Damavand"; not "Bandar bin Sultan"
        return not any(w in NAME_PARTICLES for w in folded[1:])
    if len(folded) == 2 and folded[0] in text_lexicon("en", "compass_openers"):
        # "South Azadegan", "North Pars"; not "South African"
        return folded[1] not in text_lexicon("en", "demonyms") and folded[1] not in NAME_PARTICLES
    return bool(folded) and all(w in places or w.rstrip("s") in places for w in folded)


@cache
def _place_heads() -> frozenset[str]:
    """Nouns that end a place name ("Sea", "Gulf", "Province", "Lake"), from geo_words,
    place_words and the place heads entity kinds read (speaker_place_heads)."""
    heads = text_lexicon("en", "geo_words") | text_lexicon("en", "place_words")
    heads |= text_lexicon("en", "speaker_place_heads")
    return heads - {"east", "west", "north", "south", "middle", "near", "far", "central", "state", "capital"}


def without_non_name_words(words: list[str]) -> list[str]:
    """A name's words without the sentence words a capitalised run picks up (not_names), but a
    function word after a first name is the surname ("Theresa May", "Haitham Abu Said")."""
    not_names = lexicon().not_names
    return [
        w
        for k, w in enumerate(words)
        if w.lower() not in not_names or (k > 0 and w.lower() in SURNAME_FUNCTION_WORDS)
    ]


# adverbs that open a sentence, taken into a capitalised run before a name ("Further X said")
_SENTENCE_OPENERS = frozenset(
    {"further", "furthermore", "also", "meanwhile", "moreover", "likewise", "similarly"}
)


def clean_person_words(tail: list[str]) -> list[str]:
    """A person's name words without what a capitalised run picks up around them: a place or a
    participle before ("Tehran Gaddam Dharmendra", "Expressing Iran"), "of <place>" after
    ("Hassan Rouhani of Iran"), a repeated surname ("Ahmadinejad Ahmadinejad")."""
    lex = lexicon()
    words = list(tail)
    if "and" in words[1:]:
        cut = words.index("and", 1)
        after = words[cut + 1 :]
        if len(after) >= 3:
            words = after[1:]  # "Transit and Transportation Javad Hedayati": the name after the organisation
    if "of" in words[1:]:
        cut = words.index("of", 1)
        if (
            words[cut - 1].lower() not in lex.org_words
            and words[cut - 1].lower().rstrip(".") not in lex.roles
        ):
            after = words[cut + 1 :]
            # "Hassan Rouhani of Iran": the name before; "Joint Chamber of Commerce Mozaffar
            # Alavi-Nia": the name after the organisation's last word
            words = after[1:] if len(after) >= 3 else words[:cut]
    while (
        len(words) > 1
        and (
            participle(words[0])
            or (len(words) > 2 and is_place(words[:1]))
            or particle_name(words[0])
            or words[0].islower()  # "for Yemen Hans Lindgren"
            or (len(words) > 2 and words[0].lower() in _SENTENCE_OPENERS)  # "Further Xi Jinping"
            # "… a war with the U.S. Vaez said": a dotted country ends the sentence before the name
            or (words[0].endswith(".") and words[0].count(".") >= 2 and is_place(words[:1]))
        )
    ):
        words = words[1:]  # a name does not open with "al-Islam"
    while len(words) > 1 and words[-1].lower() == words[-2].lower():
        words = words[:-1]
    half = len(words) // 2
    if (
        half >= 2
        and len(words) == 2 * half
        and [w.lower() for w in words[:half]] == [w.lower() for w in words[half:]]
    ):
        words = words[
            :half
        ]  # "Lena Moreau Lena Moreau": a heading glued to the sentence that names her again
    return words


def split_hyphenated_role(
    head: list[str], tail: list[str], is_org: bool
) -> tuple[list[str], list[str], bool]:
    """ "Secretary-General Antonio Guterres", "UN Secretary-General Antonio Guterres": a hyphenated
    role word, and the words before it, belong to the role, not the name."""
    lex = lexicon()
    last = max(
        (
            k
            for k, w in enumerate(tail[:-1])
            if "-" in w and any(p.lower().rstrip(".") in lex.roles for p in w.split("-"))
        ),
        default=-1,
    )
    return head + tail[: last + 1], tail[last + 1 :], is_org


_ROLE_OF = re.compile(r"^(?P<role>.+?)\s+(?:of|at|for|in)\s+(?:the\s+)?(?P<org>.+)$")
_ORG_POSS = re.compile(r"^(?P<org>.+)[’']s?\s+(?P<role>.+)$")


_RELATIVE_POST = re.compile(
    r"^(?:who|which)\s+(?:is|was|has\s+been|had\s+been|serves\s+as|served\s+as)\s+(?:also\s+|now\s+|currently\s+)?",
    re.IGNORECASE,
)


_ACRONYM_IN_PARENS = re.compile(r"\(\s*[A-Z][A-Z&.]+\s*\)")


def parse_role(phrase: str) -> tuple[str | None, str | None]:
    """ "the regime's Labor Minister" → ("Labor Minister", "regime"); "a director of the Fars News Agency"."""
    lex = lexicon()
    # "who is also the director of …": the relative clause's verb is no part of the post
    # "Norland Oil Company's (NOC) former manager": the body's acronym is no part of the post
    words = _ACRONYM_IN_PARENS.sub(" ", _RELATIVE_POST.sub("", phrase)).split()
    while words and words[0].lower() in DETERMINERS | {"former"}:
        words = words[1:]
    text = " ".join(words)
    if not any(re.sub(r"\W", "", w.lower()) in lex.roles for w in words):
        return None, None
    first, m = _ROLE_OF.match(text), _ORG_POSS.match(text)
    if first and m and "’" not in first.group("role") and "'" not in first.group("role"):
        # "the special envoy of Norland's foreign minister for X": the first post is theirs, the
        # second another's (not "a member of Norland's CHP and veteran politician")
        other = [re.sub(r"\W", "", w.lower()) for w in m.group("role").split()[:2]]
        if any(w in lex.roles for w in other) and any(
            re.sub(r"\W", "", w.lower()) in lex.roles for w in first.group("role").split()
        ):
            return first.group("role"), _strip_det(first.group("org"))
    if m and any(re.sub(r"\W", "", w.lower()) in lex.roles for w in m.group("role").split()):
        return m.group("role"), _strip_det(m.group("org"))
    m = _ROLE_OF.match(text)
    if m and any(re.sub(r"\W", "", w.lower()) in lex.roles for w in m.group("role").split()):
        org = _strip_det(m.group("org"))
        org = re.sub(r"^state-run\s+", "", org)
        return m.group("role"), org
    return text, None


def _strip_det(s: str) -> str:
    words = s.split()
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    return " ".join(words).replace(MASK, "").strip()


def listed_bodies(words: list[str]) -> str | None:
    """ "France , Germany , Britain and the EU" (a mention's words, commas kept) → "France, Germany,
    Britain and the EU" ("Russia and China" too) when every member of the list is a country, an acronym or an organisation:
    bodies speaking together; None for anything else (a list of people resolves name by name)."""
    if "and" not in words:
        return None
    lex = lexicon()
    members: list[list[str]] = [[]]
    for w in words:
        if w in {",", "and"}:
            if members[-1]:  # ", and": one cut
                members.append([])
        elif w.lower() != "the" or members[-1]:
            members[-1].append(w)
    if len(members) < 2 or any(
        not m
        or not (
            is_place(m)
            or (len(m) == 1 and m[0].isupper() and len(m[0]) > 1)
            or any(w.lower() in lex.org_words for w in m)
        )
        for m in members
    ):
        return None
    text = " ".join(words).replace(" ,", ",")
    return text[4:] if text.lower().startswith("the ") else text


def fits_one_word_better(toks: tuple[str, ...], than: tuple[str, ...], words: list[str]) -> bool:
    """Whether a person's name of ``toks`` fits ``words`` better than one of ``than``: one word is
    the surname of a full name before the given name opening a name with a father's ("Hussein
    said" after Foreign Minister Fuad Hussein and Imam Hussein ibn Ali: the minister), else the
    name with the most words."""
    if len(words) == 1:
        word = words[0]
        if len(toks) > 1 and toks[-1] == word and than[0] == word and PATRONYMIC & {t.lower() for t in than}:
            return True
        if len(than) > 1 and than[-1] == word and toks[0] == word and PATRONYMIC & {t.lower() for t in toks}:
            return False
    return len(toks) > len(than)


def particle_lowered(words: list[str]) -> list[str] | None:
    """``words`` with a capitalised particle opening the first one lowered ("Al-Tayeb" at a
    sentence's start is the "al-Tayeb" of "Karim al-Tayeb"), or None without one."""
    head, dash, rest = words[0].partition("-")
    if dash and rest and head[:1].isupper() and head.lower() in NAME_PARTICLES:
        return [f"{head.lower()}-{rest}", *words[1:]]
    return None
