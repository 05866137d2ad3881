"""Word lists kept as data files in ``quotes/data/``, loaded once.

Why data files: the lists (speech verbs, roles, titles, pronouns) are what a user is most likely to
extend for their own corpus, and they read better as plain lines than as Python literals.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources


def _lines(name: str) -> list[str]:
    raw = resources.files("refrain.quotes").joinpath("data", name).read_text(encoding="utf-8")
    return [line.strip() for line in raw.splitlines() if line.strip() and not line.lstrip().startswith("#")]


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Every word list the quote finder uses, lower-cased."""

    speech_verb_forms: frozenset[str]  # "said", "tells", "writing" …
    speech_verb_lemma: dict[str, str]  # form → lemma ("said" → "say")
    cue_phrases: tuple[str, ...]  # multi-word cues, longest first
    pronouns: dict[str, str]  # "he" → "person"
    titles: frozenset[str]
    roles: frozenset[str]
    org_words: frozenset[str]
    scare_cues: tuple[str, ...]
    not_names: frozenset[str]


@cache
def lexicon() -> Lexicon:
    forms: dict[str, str] = {}
    for line in _lines("speech_verbs.txt"):
        lemma, *rest = line.lower().split()
        for form in (lemma, *rest):
            forms.setdefault(form, lemma)
    pronouns = dict(line.lower().split()[:2] for line in _lines("pronouns.txt"))  # type: ignore[misc]
    return Lexicon(
        speech_verb_forms=frozenset(forms),
        speech_verb_lemma=forms,
        cue_phrases=tuple(sorted((x.lower() for x in _lines("cue_phrases.txt")), key=len, reverse=True)),
        pronouns=pronouns,
        titles=frozenset(x.lower() for x in _lines("titles.txt")),
        roles=frozenset(x.lower() for x in _lines("roles.txt")),
        org_words=frozenset(x.lower() for x in _lines("org_words.txt")),
        scare_cues=tuple(sorted((x.lower() for x in _lines("scare_cues.txt")), key=len, reverse=True)),
        not_names=frozenset(x.lower() for x in _lines("not_names.txt")),
    )
