"""The word lists the quote finder uses, read once from the text layer's data files
(``refrain/text/data/en/``: speech_verbs, cue_phrases, pronouns, honorifics, roles, org_words_quotes,
scare_cues, quote_label_heads, not_names).

Why data files: the lists (speech verbs, roles, titles, pronouns) are what a user is most likely to
extend for their own corpus, and they read better as plain lines than as Python literals.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from refrain.text import lexicon_lines


def _lines(name: str) -> tuple[str, ...]:
    return lexicon_lines("en", name)


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
    label_heads: frozenset[str]  # "policy": a short quote right before one is a label
    not_names: frozenset[str]


@cache
def lexicon() -> Lexicon:
    forms: dict[str, str] = {}
    for line in _lines("speech_verbs"):
        lemma, *rest = line.lower().split()
        for form in (lemma, *rest):
            forms.setdefault(form, lemma)
    pronouns = dict(line.lower().split()[:2] for line in _lines("pronouns"))  # type: ignore[misc]
    return Lexicon(
        speech_verb_forms=frozenset(forms),
        speech_verb_lemma=forms,
        cue_phrases=tuple(sorted((x.lower() for x in _lines("cue_phrases")), key=len, reverse=True)),
        pronouns=pronouns,
        titles=frozenset(x.lower() for x in _lines("honorifics")),
        roles=frozenset(x.lower() for x in _lines("roles")),
        org_words=frozenset(x.lower() for x in _lines("org_words_quotes")),
        scare_cues=tuple(sorted((x.lower() for x in _lines("scare_cues")), key=len, reverse=True)),
        label_heads=frozenset(x.lower() for x in _lines("quote_label_heads")),
        not_names=frozenset(x.lower() for x in _lines("not_names")),
    )
