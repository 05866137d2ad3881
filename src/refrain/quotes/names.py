"""Names and roles inside one speaker mention: the fullest name the article gives, the role word
a mention names someone by, whether a person holds a role, a country key for a nationality.

Split from :mod:`refrain.quotes.resolve` (which resolves a mention in its article: pronouns,
role phrases, documents) so each module holds one concern; these functions read one mention and
the article's name index, never the sentences around it.
"""

from __future__ import annotations

import re
from functools import cache

from refrain.entities.names import office_fields
from refrain.text import lexicon_lines
from refrain.text.lexicon import lexicon as text_lexicon

from .appositives import CALENDAR
from .entities import (
    ArticleEntities,
    clean_person_words,
    is_place,
    parse_role,
    split_hyphenated_role,
    split_name,
)
from .epithets import body_described
from .lexicon import lexicon
from .name_words import particle_name
from .speakers import DETERMINERS, NAME_PARTICLES, NounPhrase

# days and months no one is called ("Theresa May", "June Sarpong" are)
# days, months and spans of time: "this week suggested …" names no one
_NO_ONES_DAYS = CALENDAR - {"may", "june", "august"} | {
    "week", "weekend", "month", "year", "decade", "today", "yesterday", "tonight", "morning",
    "afternoon", "evening", "night",
}  # fmt: skip

Resolved = tuple[str | None, str | None, str | None]  # (speaker, role, organisation)
NOTHING: Resolved = (None, None, None)

# Nouns for what a speaker issues rather than who speaks: "the statement said" means its author did.
DOCUMENTS = {"statement", "release", "communique", "communiqué", "report", "letter", "memo", "filing", "notice",
             "post", "tweet", "email", "ad", "advertisement", "complaint", "lawsuit", "announcement", "message"}  # fmt: skip
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "its": "it", "their": "they"}


@cache
def honorific_references() -> frozenset[str]:
    return text_lexicon("en", "honorific_references")


def could_be_surname(word: str) -> bool:
    """Whether a lone capitalised word the article never gives a fuller name for may be a person."""
    lex = lexicon()
    low = word.lower()
    return not (
        low in lex.not_names
        or low in lex.roles
        or low in lex.org_words
        or low in text_lexicon("en", "weekdays")
        or is_place([word])
        or (low.endswith("ing") and len(low) > 5)
        or (low.endswith("ly") and len(low) > 4)  # "Currently, …"
    )


@cache
def _demonym_countries() -> dict[str, str]:
    return dict(line.split()[:2] for line in lexicon_lines("en", "demonym_countries"))  # type: ignore[misc]


@cache
def _country_words() -> frozenset[str]:
    return frozenset(w for line in lexicon_lines("en", "countries") if " " not in (w := line.strip().lower()))


# A nationality adjective is its country's stem plus one of these; the stem plus one of the
# country endings is the country ("Syrian" → "syri" + "a", "Kazakh" + "stan", "Italian" → "ital" + "y").
_NATIONALITY_ENDINGS = ("ian", "ean", "ese", "ish", "an", "ine", "e", "i", "")
_COUNTRY_ENDINGS = ("", "a", "ia", "y", "e", "o", "stan", "istan")


@cache
def country_key(word: str) -> str:
    """A country key for a nationality or country word, the same for both: "Iranian" and "Iran" →
    "iran", "Syrian" and "Syria" → "syria", "Russian" and "Russia" → "russia"; irregular ones are
    data (demonym_countries.txt: "norwegian norway"). A word that is no known country or
    nationality is keyed by its stem, so two spellings of one unknown nationality still agree."""
    low = word.lower().strip(".’'").replace(".", "")  # "U.S." and "US": one key
    low = _demonym_countries().get(low, low)
    countries = _country_words()
    if low in countries:
        return low
    for ending in _NATIONALITY_ENDINGS:
        stem = low[: len(low) - len(ending)] if ending else low
        if not low.endswith(ending) or len(stem) < 3:
            continue
        for tail in _COUNTRY_ENDINGS:
            if stem + tail in countries:
                return stem + tail
    for ending in ("ian", "ean", "ese", "ish", "an", "i"):
        if low.endswith(ending) and len(low) - len(ending) >= 4:
            return low[: -len(ending)]
    return low


def role_head(words: list[str]) -> str | None:
    """The role word a mention names someone by, when it names no one ("the Iranian president",
    "the Leader of the Revolution", "the top judge"), else None ("Hassan Rouhani", "the ministry")."""
    lex = lexicon()
    low = [w.lower().rstrip(".") for w in words]
    definite = bool(low) and low[0] == "the"
    while low and low[0] in DETERMINERS:
        low, words = low[1:], words[1:]
    cuts = [k for k, w in enumerate(low) if w in {"of", "for", "to"}]
    if cuts and not definite and _ends_in_a_name(words[cuts[0] + 1 :]):
        # "Secretary of Varnia's Security Board Omid Kalani"; not "the managing
        # director of Renault Pars" (a definite post's "of" names its body)
        return None
    if cuts:
        # "the Leader of the Revolution", "the vice president for economic affairs", "the envoy to Norland"
        low, words = low[: cuts[0]], words[: cuts[0]]
    if low and low[-1] not in lex.roles and low[-1].split("-")[0] in lex.roles:
        low[-1] = low[-1].split("-")[0]  # "the IRGC commander-in-chief"
    if not low or low[-1] not in lex.roles:
        return None
    if definite:
        return low[-1]  # "the Foreign Minister", "the Supreme Leader": capitals of a title
    # every word before the role word is a modifier ("Iranian", "top", "Supreme"), not a name
    # ... a body's or field's word too ("Iran’s Foreign Ministry spokesman", "Iran’s Navy commander")
    places = (
        lex.titles
        | lex.roles
        | lex.not_names
        | lex.org_words
        | office_fields()
        | text_lexicon("en", "speaker_not_names")
    )
    for w, lw in zip(words[:-1], low[:-1], strict=True):
        if (
            w[0].isupper()
            and lw not in places
            and not is_place([w])
            and lw not in {"supreme", "deputy", "vice"}
        ):
            return None
    return low[-1]


def _ends_in_a_name(words: list[str]) -> bool:
    """Whether an "of" phrase ends in a person's name: two capitalised words at its end that are no
    role, title, body, field or place word ("… Board Omid Kalani"; not "of the Islamic
    Revolution", "of Foreign Affairs")."""
    lex = lexicon()
    stop = lex.roles | lex.titles | lex.org_words | lex.not_names | office_fields()
    tail = words[-2:]
    return (
        len(tail) == 2
        and all(w[:1].isupper() and w.lower().rstrip(".") not in stop for w in tail)
        and not is_place(tail)
        and not any(is_place([w]) for w in tail)
    )


def possessive_owner(np: NounPhrase) -> NounPhrase | None:
    """The capitalised owner before "’s" in a mention ("Baird’s statement" → "Baird"), or None."""
    toks = np.tokens
    for k, tok in enumerate(toks[:-1]):
        if tok.is_cap and tok.text.endswith(("’s", "'s")):
            run = [t for t in toks[: k + 1] if t.is_cap]
            if run:
                return NounPhrase(run[0].start, run[-1].end, tuple(run))
    return None


def mention_words(np: NounPhrase) -> list[str]:
    return [re.sub(r"[’']s?$", "", t.text) or t.text for t in np.tokens if t.is_word]


def _name_of_org(np: NounPhrase) -> tuple[list[str], str] | None:
    """ "Mira Castell of the Tarsk Farmers’ Union" → (["Mira", "Castell"], "Tarsk Farmers’ Union")."""
    lex = lexicon()
    toks = list(np.tokens)
    for k, tok in enumerate(toks):
        if tok.lower not in {"of", "at", "from", "with"} or k == 0:
            continue
        person = [t.text for t in toks[:k] if t.is_word]
        while len(person) > 2 and person[-1].islower() and person[-1].rstrip(".") in lex.roles:
            person = person[:-1]  # "Ali Vaez head of the Hepatitis Network": the role before "of"
        while len(person) > 2 and person[0].lower().rstrip(".") in lex.titles | lex.roles:
            person = person[1:]  # "Professor Bruce Kane of the University of Norland"
        rest = toks[k + 1 :]
        while rest and rest[0].lower in DETERMINERS:
            rest = rest[1:]
        if (
            1 < len(person) <= 4
            and all(x[0].isupper() for x in person)
            and not any(x.lower().rstrip(".") in lex.org_words | lex.roles | lex.titles for x in person)
            and rest
            and any(t.lower in lex.org_words for t in rest)
        ):
            org = rest[0].text
            for prev, t in zip(rest, rest[1:], strict=False):
                org += t.text if t.start == prev.end else " " + t.text
            return person, org
    return None


def _name_after_comma(subject: NounPhrase) -> tuple[NounPhrase, str] | None:
    """ "UNWTO Secretary-General, Zurab Pololikashvili" → (the name, "UNWTO Secretary-General"): a
    role set off by a comma before a name of two or more capitalised words."""
    toks = subject.tokens
    # the comma itself may be left out of the phrase's tokens: a gap wider than a space marks it
    commas = [k + 1 for k in range(len(toks) - 1) if toks[k + 1].start - toks[k].end >= 2]
    commas += [k for k, t in enumerate(toks) if t.text == ","]
    if not commas:
        return None
    lex = lexicon()
    before = [t for t in toks[: max(commas)] if t.is_word]
    after = [t for t in toks[max(commas) :] if t.is_word]
    if len(after) < 2 or not before or not all(t.is_cap for t in after):
        return None
    if any(t.lower.rstrip(".") in lex.roles | lex.titles | lex.org_words for t in after):
        return None
    if is_place([t.text for t in after]) or not any(
        w in lex.roles for t in before for w in t.lower.split("-")
    ):
        return None
    role = " ".join(t.text for t in before if t.lower not in DETERMINERS)
    return NounPhrase(after[0].start, after[-1].end, tuple(after)), role


_BODY_PREPOSITIONS = {"to", "in", "at"}


# lower-case words a capitalised name runs on over: "of", "and" and the name particles
_INSIDE_NAME = frozenset({"of", "and"} | (NAME_PARTICLES - {"e", "y", "o"}))


def _caps_start(words: list[str], low: list[str]) -> int:
    """Where the capitalised name ending a mention starts ("regime Minister of Intelligence
    Mahmoud Alavi"; particles inside it: "Ursula von der Leyen")."""
    k = len(words)
    while k > 0 and (
        words[k - 1][0].isupper()
        or (low[k - 1] in _INSIDE_NAME and k < len(words))
        or particle_name(words[k - 1])
    ):
        k -= 1
    return k


def resolve_name(subject: NounPhrase, index: ArticleEntities) -> Resolved:
    """(fullest name, role, organisation) for a mention that is not a pronoun."""
    lex = lexicon()
    words = mention_words(subject)
    no_one = all(w.strip(".,%").isdigit() or w.lower() in _NO_ONES_DAYS for w in words)
    if not words or no_one or (len(words) == 1 and len(words[0]) == 1):
        return NOTHING  # a year, a day ("… 2016, added", "on Saturday, …") or a letter ("Q:") names no one
    glued = _name_after_comma(subject)
    if glued is not None:
        name, role, org = resolve_name(glued[0], index)
        return name, role or glued[1], org
    low = [w.lower() for w in words]
    split = _name_of_org(subject)
    if split is not None:
        person, org = split
        ent = index.fullest(person, "person")
        name = ent.name if ent is not None else " ".join(person)
        return name, ent.role if ent is not None else None, org
    caps_start = _caps_start(words, low)
    caps = words[caps_start:]
    prefix = words[:caps_start]
    body = [w for w in prefix if w.lower() not in DETERMINERS]
    if len(body) >= 2 and body[-1].lower() in _BODY_PREPOSITIONS and body[-2].lower() in lex.org_words:
        # "Chinese permanent mission to the UN", "the embassy in Oslo": the body is the whole phrase,
        # not the place or organisation it is posted to
        written = [t.text for t in subject.tokens if t.is_word]  # "Norland’s", possessive kept
        return " ".join(written[1:] if low[0] in {"the", "a", "an"} else written), None, None
    while caps and (caps[0].lower() in {"of", "and"} or caps[0].lower() in DETERMINERS):
        caps = caps[1:]  # "and …", "The Ansarallah" (a determiner opening a sentence)
    # "Ambassador to Tarsk Levan Petrov", "(to) the UN Zhang Wei": where the post is, its holder
    posted = [w.lower() for w in prefix if w.lower() != "the"][-1:] in (["to"], ["for"], ["of"])
    if posted or (len(caps) > 2 and caps[0].isupper()):
        caps = index.holder_at_end(caps, lex.roles | lex.titles) or caps
    if posted and is_place(caps) and any(w.lower().split("-")[0] in lex.roles for w in prefix):
        # "Iran’s envoy to London": someone posted there, not the place
        return " ".join(w for w in words if w.lower() not in DETERMINERS), None, None
    if caps and is_place([w for w in caps if w.lower() != "and"]):
        # "Iran", "Saudi Arabia", "France and Germany": countries speak as bodies
        return " ".join(caps), None, None
    if caps:
        head, tail, is_org = split_hyphenated_role(*split_name(caps))
        if tail and not is_org:
            # "Ministry of Water and Energy", "Ministry of Health, Labor and Welfare": no person's name
            is_org = any(w.lower() == "and" for w in tail) and len(clean_person_words(tail)) < 2
            tail = index.drop_office_words(clean_person_words(tail))
            is_org = is_org or "and" in (w.lower() for w in tail)
        if is_org or not tail:
            name = " ".join(w for w in caps if w.lower() not in DETERMINERS)
            return name, None, None
        ent = index.fullest(tail, "person", before=subject.start) or index.fullest(tail)
        role = " ".join(w for w in prefix + head if w.lower() not in DETERMINERS) or None
        role_text, org = parse_role(role) if role else (None, None)
        if ent is not None:
            if role_text or role:
                ent.roles.add(str(role_text or role).lower())  # "Foreign Ministry spokesman Saeed X"
            return ent.name, ent.role or role_text or role, ent.organisation or org
        if (
            not head
            and [w.lower() for w in prefix[-2:]] == ["of", "the"]
            and body[:1]
            and body[0].lower() in lex.roles
        ):
            # "the Leader of the Islamic Revolution": no one's name follows "of the", only the
            # post's body; unnamed here, the post as written
            return " ".join(words[1:] if low[0] == "the" else words), None, None
        return " ".join(tail), role_text or role, org
    # a common noun phrase: "the minister", "the state-run news agency"
    head = low[-1]
    if head in lex.roles:
        ent = index.last_with_role(subject.start, head)
        if ent is not None:
            return ent.name, ent.role, ent.organisation
    phrase = " ".join(w for w in words if w.lower() not in DETERMINERS)
    if not phrase or phrase in text_lexicon("en", "speaker_modifier_words"):
        return NOTHING  # a lone "A" opening a sentence, "the main …", "recent claims": no one
    return body_described(phrase, index) or phrase, None, None
