"""The posts an article gives a named person in a phrase set off by commas: after the name ("Lena
Moreau, the republic's Trade Minister,", "ISNA quoted X, director of Y, as saying") or before it
("the current EU foreign policy chief, Ana Berg, said"). A reporting verb ends the post ("X,
director of Y has said"); after a name that is an object ("the execution of X, an EU spokesman
said") the phrase is another speaker's post, none of X's.
"""

from __future__ import annotations

import re

from refrain.text import is_abbreviation
from refrain.text.lexicon import lexicon as text_lexicon

from .lexicon import Lexicon, lexicon

# ", the regime's Labor Minister," / ", Leader of the Islamic Revolution," (parse_role wants a role word)
# up to 110 characters: an ambassador's two offices and the bodies of a city they serve can make
# one post of over 90
_APPOSITIVE = re.compile(r"\A,\s+((?:(?:the|a|an)\s+)?[^,;:.\x00\n]{2,110}?)\s*(?=[,;.]|$)")
# ", who is Norland's Ambassador and Permanent Representative to … in Tarsk,": a relative clause
# that names a present post may run longer (a past one, "who served as …", is not held now)
_RELATIVE_APPOSITIVE = re.compile(
    r"\A,\s+((?:who|which)\s+(?:is|serves\s+as)\s+[^,;:.\x00\n]{2,130}?)\s*(?=[,;.]|$)"
)


# "the current EU foreign policy chief, Ana Berg, said": a post set off before the name (not the
# object of a preposition: "in a meeting with the president, Ana Berg, the minister, said")
_APPOSITIVE_BEFORE = re.compile(
    r"(?:\A|[.;:!?,]\s+|\b(?:and|but|while|as)\s+|^)((?:[Tt]he|[Ii]ts)\s+[^,;:.\x00\n]{2,90}?),\s*\Z"
)


_QUOTED_AS = re.compile(r"\s+(?:(?:was|were|is|has\s+been)\s+)?(?:quoted\s+)?as\s+saying$")


_PREPOSITIONS = {"in", "on", "at", "during", "after", "before", "with", "while", "upon", "following", "amid"}
_OBJECT_OF = re.compile(r"\b(?:of|for|to|with|against|by|from|about|on)\s+\Z")
_AUXILIARIES = {"has", "had", "have", "was", "is"}
_ARTICLES = {"a", "an", "the"}


def _reporting_verb(word: str) -> bool:
    """A finite speech verb ("said", "told", "wrote", "announced", "says"): not a bare form that
    is as often a noun in a post ("secretary of state", "press secretary", "the report")."""
    if word not in lexicon().speech_verb_forms:
        return False
    return word.endswith("ed") or word in {"said", "told", "wrote", "says", "tells", "writes", "adds"}


def _appositive_post(masked: str, start: int, phrase: str) -> str | None:
    """The post in ", <phrase>" after a name, its reporting verb cut off ("X, director of Y has
    said", "ISNA quoted X, director of Y, as saying"); None when the verb makes it another
    speaker's post: "the execution of X, an EU spokesman said" (the name an object)."""
    phrase = _QUOTED_AS.sub("", phrase)
    words = phrase.split()
    verb = next(
        (
            k
            for k, w in enumerate(words)
            if k and _reporting_verb(w.lower()) and words[k - 1].lower() not in _ARTICLES
        ),
        None,
    )  # not "a noted commentator"
    if verb is not None:
        if _OBJECT_OF.search(masked, max(0, start - 12), start):
            return None
        words = words[:verb]  # "director of Y has said on Monday": the post before the verb
        while words and words[-1].lower() in _AUXILIARIES | {"who", "which", "that"}:
            words = words[:-1]
    return " ".join(words) or None


# ", a Turkish lawyer tells the daily that “…”": a post with an article, no comma closing it,
# running into the reporting verb (the clause after the verb reaches a quote, not a comma)
_OPEN_APPOSITIVE = re.compile(r"\A,\s+((?:a|an|the)\s+[^,;:.\x00\n]{2,80})")


def _post_up_to_verb(masked: str, start: int, end: int) -> str | None:
    """The post in ", a Turkish lawyer tells …" (:data:`_OPEN_APPOSITIVE`): the words before a
    reporting verb within the first seven, no finite verb among them; None otherwise."""
    m = _OPEN_APPOSITIVE.match(masked[end : end + 120])
    if m is None:
        return None
    words = m.group(1).split()
    verb = next((k for k, w in enumerate(words) if k > 1 and _reporting_verb(w.lower())), None)
    if verb is None or verb > 6 or _OBJECT_OF.search(masked, max(0, start - 12), start):
        return None
    post = words[:verb]
    return " ".join(post) if not _has_finite_verb(" ".join(post)) else None


def post_before(masked: str, start: int, end: int) -> str | None:
    """The post set off by commas right before the name at ``[start, end)``
    (:data:`_APPOSITIVE_BEFORE`)."""
    if not masked[end : end + 2].startswith(","):
        return None
    m = _APPOSITIVE_BEFORE.search(masked, max(0, start - 100), start)
    if m is None or any(_reporting_verb(w.lower()) for w in m.group(1).split()[1:]):
        return None  # "the spokesperson stated that secretary of X, Ali Vaez,": a clause, no post
    return m.group(1)


_FINITE = frozenset(_AUXILIARIES | {"will", "would", "are", "were", "can", "could"})


def _has_finite_verb(phrase: str) -> bool:
    return any(w.lower() in _FINITE for w in phrase.split())


def post_after(masked: str, start: int, end: int) -> str | None:
    """The post set off by a comma right after the name at ``[start, end)``, its reporting verb
    cut off (:func:`_appositive_post`)."""
    m = _RELATIVE_APPOSITIVE.match(masked[end : end + 180]) or _APPOSITIVE.match(masked[end : end + 140])
    if m is None:
        return _post_up_to_verb(masked, start, end)
    first = m.group(1).split()[0].lower()
    long_clause = (
        first not in {"who", "which"}
        and len(m.group(1)) > 90
        and (first.endswith("ing") or _has_finite_verb(m.group(1)))
    )
    if first in _PREPOSITIONS or long_clause:
        # "X, in a phone call with the emir of Y, said": a circumstance, no post (nor a long
        # participle phrase or clause: "During his visit to Abu Dhabi, the top official will meet …")
        return None
    return _appositive_post(masked, start, m.group(1))


# "IAEA chief Ali Vaez", "Judiciary chief Ayatollah Ali Vaez", "Russian foreign minister Ali Vaez":
# a body or a country in capitals and a post in lower case, written right before the name
_LOWER_POST = re.compile(r"(?<![\w’'-])((?:[A-Z][\w’'.-]*\s+){1,3}(?:[a-z]+\s+){0,2}?([a-z]+))\s+$")
_NOT_POST_WORDS = frozenset(
    {"the", "a", "an", "of", "and", "or", "to", "for", "in", "on", "at", "with", "by", "from"}
)


def lower_post_before(masked: str, start: int, lex: Lexicon) -> str | None:
    """The post written in lower case right before a name, after the body or country it is of
    ("IAEA chief", "Russian foreign minister"); None without one."""
    m = _LOWER_POST.search(masked[max(0, start - 60) : start])
    # an office, not a wide word that fits many ("Iran's top diplomat" may be the foreign minister)
    if m is None or m.group(2) not in lex.roles or m.group(2) in text_lexicon("en", "generic_roles"):
        return None
    words = m.group(1).split()
    lower = [w for w in words if w.islower()]
    if any(w in _NOT_POST_WORDS for w in lower) or any(
        w.endswith(".") and not is_abbreviation(w) for w in words
    ):
        return None  # "… of the chief", or a sentence's end between ("… in Iran. Chief Ali Vaez")
    return " ".join(words)
