"""The regular-expression pieces claimant finding is written with: names, speech verbs, roles and
the common nouns a claimant can be named by (word lists from ``refrain/text/data/en/``)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from refrain.claims.lexicon import lexicon
from refrain.text import lexicon as lexicon_set

# the lower-case particles only as whole words: "according to delegates" names no "de"; "al Jazeera"
# initials ("U.S.", "U.N.") only before another name word: "the U.S. Energy Information Administration"
_NAME = r"(?:[A-Z][\w’'\-]+|al-[A-Z][\w’'\-]+|(?<![\w’'\-])(?:bin|de|van|von)(?![\w’'\-])|(?<![\w’'\-])al(?=\s+[A-Z])|(?:[A-Z]\.){2,}(?=\s+(?!(?:He|She|It|They|We|The|This|That|But|And|In|On|At|An?)\b)[A-Z][a-z]))"
_NAME_RUN = rf"{_NAME}(?:\s+{_NAME}){{0,6}}"
# what cites a source before the figure: "according to X", "as per X" (as words, for the trigger
# search, and as one alternation for the patterns)
_CITING_WORDS = ("According to", "according to", "As per", "as per")
_CITING = "(?:" + "|".join(re.escape(w) for w in _CITING_WORDS) + ")"
# what data or a poll does in a closing attribution: "…, customs data shows", "…, the poll found"
_CLOSING_EVIDENCE = ("shows", "showed", "found", "finds", "indicates", "indicated", "reveals", "revealed")
_PLACE_WORDS = lexicon_set("en", "place_words")
_FUNCTION_WORDS = (
    "while|whereas|and|but|or|the|a|an|that|which|who|when|where|as|its|their|his|her|of|in|on|at|for|to|"
    "by|with|from|said|says|if|than|then|also|this|these|those|after|before"
)
# sentence adverbs and conjunctions, in either case: not a body's modifiers ("However studies show")
_ADVERBS = (
    "(?i:however|moreover|meanwhile|furthermore|besides|although|though|because|since|so|thus|yet|still)"
)
# "according to the (latest) results of national surveys": the surveys are the source
_RESULTS_OF = (
    r"(?:(?:[a-z][\w’'\-]*\s+){0,2}?(?:results?|findings?|outcomes?)\s+(?:of|from)\s+(?:the\s+|an?\s+)?)?"
)
_PRONOUNS = lexicon_set("en", "claimant_pronouns")
_NOT_NAMES = lexicon_set("en", "claimant_not_names")
_ROLES = lexicon_set("en", "roles")
_NAME_CUT = lexicon_set("en", "claimant_name_cut")
_EVIDENCE_VERBS = lexicon_set("en", "figure_evidence_verbs")
_PARTICIPLES = lexicon_set("en", "figure_speech_participles")  # ", adding that": said by the clause's subject
# between a claimant and its verb: an acronym in brackets, "also", "has" ("VSL) has also announced")
_ACRONYM = r"(?:\s*\([^()\n]{1,40}\))?"
# an appositive between a claimant and its verb: ", the head of the ministry's public relations centre,";
# a comma inside it only before a list ("the Ministry of Science, Research and Technology", "the
# caretaker of the roads, housing and transport ministry"), a period only after an initial or a
# company's abbreviation ("South Gas Co. (SGC)")
_LIST_ITEM = r"(?:[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*|[a-z][\w’'\-]*)"
_APPOSITIVE = (
    r"(?:,(?:[^,.;“”\"]|(?<=\b[A-Z])\.|(?<=\bCo)\.|(?<=\bCorp)\.|(?<=\bInc)\.|(?<=\bLtd)\."
    r"|,(?=\s+and\s+\w|\s+" + _LIST_ITEM + r"(?:,\s+" + _LIST_ITEM + r")*,?\s+and\s+\w)){0,150},)?"
)
# a body's affiliation between it and its verb: "an official with the Ministry of Roads has said"
_AFFILIATION = r"(?:\s+(?:with|at|from|of|in)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-Z][\w’'\-]*){0,8})?"
# a web site cited as a source ("according to citypopulation.net"): lower case, so no name
_WEB_ADDRESS = (
    r"(?:https?://)?(?:www\.)?[A-Za-z0-9][\w-]*(?:\.[\w-]+)*"
    r"\.(?:com|net|org|gov|edu|int|info|io|ir|co|uk|de|fr|ru|cn|news)\b(?:/[\w./-]*[\w/])?"
)
_REACH = 600  # characters either side of a figure that its attribution and place are looked for in
_IN_SENTENCE = r"(?:[^.“\"]|\.(?=\S)|(?<=\b[A-Z])\.)"  # one character that does not end the sentence
# one character that does not end the sentence, or a short quotation a reported clause carries ("he
# said countries harbouring “these criminals” who killed 1,700 …": the words go on being his)
_IN_REPORT = r"(?:“[^“”\"\n.!?]{1,60}”|\"[^“”\"\n.!?]{1,60}\"|[^.“\"]|\.(?=\S)|(?<=\b[A-Z])\.)"
# also a time between them: "The harbour board last week said", "the ministry on Sunday announced",
# and the year of a report's title ("World Drug Report 2020 estimates")
_AUX = (
    r"(?:\s+(?:"
    + "|".join(sorted(lexicon_set("en", "figure_claim_aux")))
    + r"|\w+ly|(?:on|last|this|earlier|early|late|in)\s+[A-Z]?[a-z]+|(?:19|20)\d\d(?!\d)))*"
)


def word_alternation(words: Iterable[str]) -> str:
    """A regular expression matching any of ``words``, written as a tree of shared prefixes
    ("minist(?:ry|er)") so that a position none of them starts at fails on its first character
    instead of trying hundreds of words in turn (claim attribution on a sentence of thousands of
    figures spent most of its time there). Of words that match at one place, the longest is tried
    first, as a plain alternation sorted longest first does."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def emit(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        inner = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a shorter word ends here: the longer ones are tried first
            return "(?:" + inner + ")?"
        return inner

    return emit(tree)


@cache
def _speech_verb_pattern() -> str:
    # not a phrasal verb: "the initiative put forward by Varnia" states nothing
    return (
        r"(?:"
        + word_alternation(lexicon().speech_verbs)
        + r")(?!\s+(?:forward|together|aside|into|in\s+place)\b)"
    )


@cache
def _role_words() -> str:
    """Role nouns, for use inside ``(?i:…)``."""
    return word_alternation({r.lower() for r in _ROLES if r.isalpha()})


@cache
def _participle_words() -> str:
    return word_alternation(_PARTICIPLES)


@cache
def _document_verbs() -> str:
    """Speech verbs, and the verbs by which a document states ("shows") or a participle ("claiming")."""
    return r"(?:" + word_alternation(lexicon().speech_verbs | _EVIDENCE_VERBS | _PARTICIPLES) + r")"


def _after_preposition(text: str, pos: int) -> bool:
    """Whether the word before ``pos`` is a preposition: "the Council of Elders has confirmed" is
    said by the council's member, not by "Elders" (a longer run, "Head of VPO Abdol Pouran said",
    still names the speaker)."""
    return bool(
        re.search(r"\b(?:of|in|at|from|for|with|by|on|to)\s+(?:the\s+)?$", text[max(0, pos - 12) : pos])
    )


@cache
def _body_phrase() -> str:
    """A claimant named by a common noun, with up to four words before it: "Tarsk provincial police",
    "the Varnian envoy" (a body, or a person's role, singular or plural)."""
    nouns = lexicon().bodies | {r for r in _ROLES if r.isalpha()} | {r + "s" for r in _ROLES if r.isalpha()}
    bodies = word_alternation({n.lower() for n in nouns})
    modifier = (
        rf"(?!(?i:{_FUNCTION_WORDS}|{_ADVERBS})\b)(?:[\w’'\-]+|(?:[A-Z]\.){{2,}})\s+"  # "U.S. officials"
    )
    # a body noun that modifies the next takes it along ("news reports", "the agency report")
    return rf"(?:{modifier}){{0,4}}?(?i:{bodies})s?\b(?:\s+(?i:{bodies})s?\b){{0,2}}"
