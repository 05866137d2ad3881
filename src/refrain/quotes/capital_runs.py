"""Runs of capitalised words in an article's text, the candidates for names (read by
:mod:`refrain.quotes.entities`): where a name, an office's title or an organisation's name goes on
past a small word ("of", "and", "for"), a bracketed acronym or a particle, and where it stops."""

from __future__ import annotations

import re
from itertools import takewhile

from refrain.entities.names import office_fields
from refrain.text.lexicon import lexicon as text_lexicon

from .context import Token
from .lexicon import Lexicon
from .name_words import POSSESSIVE, is_place, participle, particle_name
from .speakers import NAME_PARTICLES
from .when import is_date_word

# the common owners inside a body's name ("People’s Mujahedin", "Women’s Affairs Office")
_NAME_OWNERS = frozenset({"people", "women", "children", "workers", "martyrs", "veterans", "farmers"})


_RELAYING = frozenset({"quoted", "cited"})  # "quoted X as saying": its object is the one who speaks


def _verb_by_mistake(word: str, lex: Lexicon) -> bool:
    """A past speech verb capitalised inside a run of capitals ("the Independent Quoted X")."""
    low = word.lower()
    return low.endswith("ed") and (low in lex.speech_verb_forms or low in _RELAYING)


_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves"})


def _inner_possessive(t: Token, toks: list[Token], j: int, lex: Lexicon) -> bool:
    """ "the Kolbo Prosecutor’s Office": a post's or a group's possessive inside a body's name, the
    body's noun right after it (not "Iran’s Foreign Ministry": a country owns that one)."""
    stem = t.text[:-2].lower()
    nxt = toks[j] if j < len(toks) else None
    return (
        nxt is not None
        and nxt.is_cap
        and nxt.lower in lex.org_words
        and (stem in lex.roles or stem in _NAME_OWNERS)
    )


def capitalised_run(masked: str, toks: list[Token], i: int, lex: Lexicon) -> tuple[list[Token], int]:
    """The run of capitalised words starting at ``toks[i]`` (with the particles and the "of",
    "for", "and" that go on inside a name or an organisation's), and the index after it."""
    n = len(toks)
    j = i
    run: list[Token] = []
    while j < n:
        t = toks[j]
        if run and "\n" in masked[run[-1].end : t.start]:
            break  # a heading and the next paragraph are not one name
        if run and t.is_cap and _verb_by_mistake(t.text, lex):
            break  # "Trump Tweeted, “…”", "The Independent Quoted Araqchi as saying": a verb capitalised by mistake
        if t.is_word and (t.text[0].isupper() or (run and particle_name(t.text))):
            run.append(t)
            j += 1
            if (
                POSSESSIVE.search(t.text)
                and t.text[-2:] in ("’s", "'s")
                and not _inner_possessive(t, toks, j, lex)
            ):
                break
        elif (
            t.text == "("
            and run
            and run[-1].lower in lex.org_words
            and j + 3 < n
            and toks[j + 1].text.isupper()
            and toks[j + 2].text == ")"
            and toks[j + 3].is_cap
        ):
            # "Deputy Chief of the Coastal Guards Corps (CGC) Ali Vaez": the body's acronym inside
            # a role run cuts neither the role nor the name after it
            j += 3
        elif t.text == "," and _fields_go_on(run, toks[j + 1 : j + 6], lex):
            # "Minister of Culture, Arts and Tourism Ali Vaez": the office's fields listed with
            # commas go on to the name (the comma is left out of the run's words)
            j += 1
        elif (
            t.lower in {"of", "to", "for"}
            and j + 2 < n
            and toks[j + 1].lower == "the"
            and toks[j + 2].is_cap
            and run
            and run[-1].lower.rstrip(".") in lex.roles
        ):
            # "Leader of the Islamic Revolution Ayatollah Ali Khamenei", "Ambassador to the UN
            # Zhang Wei": a role goes on past "of the", "to the"
            run.extend(toks[j : j + 2])
            j += 2
        elif (
            t.lower in NAME_PARTICLES | {"of", "for", "and", "to", "on"}
            and j + 1 < n
            and toks[j + 1].is_cap
            and run
        ):
            if t.lower == "and" and not (
                _org_goes_on(run, toks[j + 1 : j + 7], lex) or _office_goes_on(run, toks[j + 1 : j + 7], lex)
            ):
                break  # "Ali and Reza": two names; "Ministry of Water and Energy" goes on
            if t.lower in {"of", "for", "on"} and not (
                run[-1].lower in lex.org_words or run[-1].lower.rstrip(".") in lex.roles
            ):
                # "Hassan Rouhani of Iran": the name ends; "Minister of Energy", "Adviser on
                # Commerce" go on
                break
            if t.lower == "on" and is_date_word(toks[j + 1].lower):
                break  # "the Foreign Ministry on Monday": a day, not "Committee on Foreign Relations"
            if t.lower == "to" and run[-1].lower.rstrip(".") not in lex.roles:
                break  # "Ambassador to Norland Levan Petrov" goes on; "Rouhani to Moscow" does not
            run.append(t)
            j += 1
        else:
            break
    return run, j


def _fields_go_on(run: list[Token], following: list[Token], lex: Lexicon) -> bool:
    """Whether a comma after ``run`` lists an office's fields: the run is a role, "of" and one or
    two capitalised words, and one or two field words (office_fields.txt) follow, then "and" or
    another comma ("Minister of Culture, Arts and Tourism"; not "Minister of Culture, Ali Vaez")."""
    if not _office_goes_on(run, following, lex, need=0):
        return False
    fields = office_fields()
    k = 0
    while k < min(2, len(following)) and following[k].is_cap and following[k].lower in fields:
        k += 1
    return 0 < k < len(following) and following[k].text in {"and", ","}


def _office_goes_on(run: list[Token], following: list[Token], lex: Lexicon, need: int = 3) -> bool:
    """Whether an "and" after ``run`` is inside an office's title: the run ends with a role, "of" ("for", "on") and
    one or two capitalised words, and at least three capitalised words follow (the rest of the
    office and a name): "Minister of Roads and Urban Development Kaveh Rostami"."""
    of = max((k for k, t in enumerate(run) if t.lower in {"of", "for", "on"}), default=None)
    if of is None or of == 0 or not 1 <= len(run) - of - 1 <= 2:
        return False
    if run[of - 1].lower.rstrip(".") not in lex.roles:
        return False
    return len(list(takewhile(lambda t: t.is_cap, following))) >= need


def _org_goes_on(run: list[Token], following: list[Token], lex: Lexicon) -> bool:
    """Whether an "and" between ``run`` and the tokens ``following`` it is inside an organisation's
    name: the run holds an organisation word and, past its last one, only an "of"/"for" phrase
    ("Ministry of Water and Energy"), or the capitalised words opening ``following`` hold one
    ("United Nations Economic and Social Commission"); not "White House Karl Brandt and Tomas Verlaine"."""
    last = max((k for k, w in enumerate(run) if w.lower in lex.org_words), default=None)
    if last is None:
        return False
    after = run[last + 1 :]
    ahead = takewhile(lambda t: t.is_cap, following)
    return not after or after[0].lower in {"of", "for"} or any(t.lower in lex.org_words for t in ahead)


def trim_run(masked: str, run: list[Token], lex: Lexicon) -> tuple[list[Token], list[str]]:
    """A run without its leading sentence words ("The", "In", "On Wednesday"), participles
    ("Expressing Iran"), a place before a name ("Ambassador to Tehran Gaddam Dharmendra") and the
    end of an organisation's name cut at "of"; with its words (possessive "'s" dropped)."""
    words = [POSSESSIVE.sub("", t.text) if t.text[-2:] in ("’s", "'s") else t.text for t in run]
    while (
        words
        and (
            (words[0].lower() in lex.not_names and words[0].lower() not in {"former", "regime"})
            or participle(words[0])
            or (len(words) > 1 and _verb_by_mistake(words[0], lex))  # "Quoted Ali Vaez as saying"
            or (len(words) > 2 and is_place(words[:1]) and not is_place(words[1:2]))
        )
    ):
        run, words = run[1:], words[1:]
    if len(words) > 1 and words[-1].lower() in _REFLEXIVES:
        run, words = run[:-1], words[:-1]  # a title-case "Trump Himself Says …", "of Trump Itself?"
    if (
        len(words) >= 3
        and masked[max(0, run[0].start - 4) : run[0].start].lower().endswith("of ")
        and not named_body(words)  # "the reports of Human Rights Watch"
        and _cut_at_of(masked, run, words, lex)
    ):
        # "Chamber of Commerce Mozafar Alikhani": a run cut at "of" opens with the body's name's end
        run, words = run[1:], words[1:]
    return run, words


def _cut_at_of(masked: str, run: list[Token], words: list[str], lex: Lexicon) -> bool:
    """Whether the first word of a run after "of" ends the name of what comes before: after a
    post or a body ("CEO of Rappler Maria Ressa", "Chamber of Commerce Ali Vaez"), or a field's,
    a body's or a place's word ("Commerce", "Calcutta"); not a given name after a plain noun
    ("the views of Ali Reza Vaez")."""
    before = re.findall(r"[\w’']+", masked[max(0, run[0].start - 40) : run[0].start])[-2:-1]
    after_post = bool(before) and (before[0].lower() in lex.roles or before[0].lower() in lex.org_words)
    first = words[0].lower()
    return after_post or first in office_fields() or first in lex.org_words or is_place(words[:1])


def named_body(words: list[str]) -> bool:
    return " ".join(words).lower().replace("-", " ") in text_lexicon("en", "named_bodies")
