"""Verbs of stance, naming and judging that make a short quoted phrase their subject's words
without being cues of their own: "Larijani reaffirmed “active support”", "calling the deal
“defective”", "castigated the board for “negligence”", "considered the visit as a “turning point”"
(lexicons ``attitude_verbs`` and ``attitude_as_verbs``). Only a named subject, a pronoun, a role or
a body says the phrase; a common noun tied to a name ("a media outlet close to the council") does not.
"""

from __future__ import annotations

from functools import cache

from refrain.text.lexicon import lexicon as text_lexicon
from refrain.text.lexicon import lexicon_lines

from .context import MASK, Token
from .grouping import Group
from .lexicon import lexicon
from .speakers import DETERMINERS, NounPhrase, sentence_subject, subject_before


@cache
def _attitude_forms() -> frozenset[str]:
    """Past and -ing forms only: "the term", "voices", "labels" are more often nouns (a present
    form counts right after its subject: :func:`_present_after_subject`)."""
    return frozenset(w for w in _attitude_words() if w.endswith(("ed", "ing")))


@cache
def _attitude_words() -> frozenset[str]:
    names = ("attitude_verbs", "attitude_as_verbs")
    return frozenset(w.lower() for name in names for line in lexicon_lines("en", name) for w in line.split())


@cache
def _as_forms() -> frozenset[str]:
    """Forms of the verbs that need "as" before the phrase ("considered the visit as a “…”")."""
    return frozenset(w.lower() for line in lexicon_lines("en", "attitude_as_verbs") for w in line.split())


def _present_after_subject(left: list[Token], k: int) -> bool:
    """A present form ("refers", "hails") is a verb right after a name or "he"/"she" (past an
    adverb: "Trump also refers to …"), not after a possessive or a determiner ("Iran's calls")."""
    word = left[k].lower
    if not word.endswith("s") or word.endswith("ss") or word not in _attitude_words():
        return False
    j = k - 1
    while j >= 0 and (left[j].lower == "also" or left[j].lower.endswith("ly")):
        j -= 1
    if j < 0:
        return False
    prev = left[j]
    if prev.lower in {"he", "she"}:
        return True
    return prev.is_cap and prev.is_word and not prev.lower.endswith("'s") and prev.lower not in DETERMINERS


_PASSIVE = {"be", "been", "being", "is", "are", "was", "were"}


def _names_here(left: list[Token], k: int) -> bool:
    """Whether a naming speech verb names here: "call" not as "call for"/"call on" (a demand);
    "refer" only as "refer to" ("referred to “…”", "referred to the deal as “…”")."""
    lemma = lexicon().speech_verb_lemma.get(left[k].lower)
    after = left[k + 1].lower if k + 1 < len(left) else ""
    if lemma == "call":
        return after not in {"for", "on", "upon"}
    if left[k].lower.startswith("refer"):
        return after == "to"
    return True


# words between a judging verb and the phrase it makes its subject's ("blamed Macron for sending
# “mixed signals”"); past them the phrase is the writer's own
_ATTITUDE_REACH = 40
_FINITE_AUX = {"is", "are", "was", "were", "has", "have", "had", "will", "would"}
_PREPOSITIONS = {"to", "of", "by", "with", "from", "in", "on", "at", "near", "for", "against"}
_CLAUSE_OPENERS = {"as", "while", "when", "after", "because", "since", "before", "although", "though"}
# small words inside a name or an office ("the Secretary of State", "Khalid bin Ali")
_NAME_SMALL_WORDS = {"of", "the", "for", "and", "al", "bin", "ibn", "de", "von", "van", "der", "la", "du"}


def _clause_between(left: list[Token], start: int, k: int) -> bool:
    """Whether a subordinate clause opens between a subject (ending at ``start``) and a participle
    at ``k`` ("as Taliban forces …", not "as a “crime”"): the participle then belongs to that clause."""
    between = [t for t in left[:k] if t.start >= start]
    for j, t in enumerate(between[:-1]):
        nxt = between[j + 1]
        if t.lower not in _CLAUSE_OPENERS:
            continue
        if nxt.lower in {"he", "she", "they", "it", "we"}:
            return True
        # "as Taliban forces are seeking", not "serves as UN envoy": a subject and its verb
        if nxt.is_cap and any(w.lower in _FINITE_AUX for w in between[j + 2 : j + 6]):
            return True
    return False


def _name_only(subj: NounPhrase) -> bool:
    """A subject that is a name or an office as a whole ("the Iranian Foreign Ministry", "he"),
    not a common noun tied to one ("a media outlet close to the council")."""
    words = [t for t in subj.tokens if t.is_word]
    if words and words[0].lower in {"he", "she"}:
        return True
    words = [t for t in words if t.lower not in DETERMINERS]
    lex = lexicon()
    if words and (words[-1].lower.rstrip(".") in lex.roles or words[-1].lower in lex.org_words):
        return True  # "the Iranian foreign ministry", "the special envoy"
    if len(words) > 2 and words[0].lower in text_lexicon("en", "relative_nouns") and words[1].lower == "of":
        return True  # "the daughter of the late general, Ali Vaez": someone, named or not
    return bool(words) and all(
        t.is_cap
        or t.lower in _NAME_SMALL_WORDS
        or t.lower.rstrip(".") in lex.roles
        or t.lower in lex.org_words
        for t in words
    )


def _agent_after(left: list[Token], k: int) -> NounPhrase | None:
    """The agent of a passive judging verb at ``k`` ("decried by Tarsk as", "was branded by the
    ministry as"): a name, body or office between "by" and "as"; None otherwise."""
    if k + 2 >= len(left) or left[k + 1].lower != "by" or not left[k].lower.endswith(("ed", "en")):
        return None
    end = next((j for j in range(k + 2, min(len(left), k + 10)) if left[j].lower == "as"), None)
    if end is None or end == k + 2 or any(not t.is_word for t in left[k + 2 : end]):
        return None
    agent = NounPhrase(left[k + 2].start, left[end - 1].end, tuple(left[k + 2 : end]))
    return agent if _name_only(agent) else None


def attitude_subject(left: list[Token]) -> tuple[Token, NounPhrase] | None:
    """The named subject of a stance or naming verb before a short quoted phrase in its sentence
    ("Larijani reaffirmed “active support”", "Jafari also hailed the president's “decisive”
    stance", "The ministry dismissed the audit, terming it “baseless”"): the phrase is that
    subject's words. A pronoun or a name-like or role subject only; "it", "they" and common nouns
    are no one quoted."""
    lex = lexicon()
    forms = _attitude_forms()
    for k in range(len(left) - 1, -1, -1):
        verb = left[k]
        if verb.is_cap or verb.text == MASK or not (verb.lower in forms or _present_after_subject(left, k)):
            continue
        if not _names_here(left, k):
            continue
        if verb.lower in _as_forms() and not any(t.lower == "as" for t in left[k + 1 :]):
            continue  # "considered a “red line”": no one takes it for that here
        if sum(t.is_word for t in left[k + 1 :]) > _ATTITUDE_REACH:
            return None  # "blamed Tehran for the attacks, which … in order to “milk” …": the writer's
        agent = _agent_after(left, k)
        if agent is not None:
            return verb, agent  # "an offer decried by Tarsk as “shameless”": the agent's word
        before = next((t.lower for t in reversed(left[:k]) if not t.lower.endswith("ly")), "")
        if before in _PASSIVE or (k > 0 and left[k - 1].lower in DETERMINERS):
            return None  # "Iraq was (widely) labeled …": the one labelled is no speaker
        if verb.lower.endswith("ing") and (k == 0 or left[k - 1].lower in {"but", "or"}):
            return None  # "but calling it a “farce” reveals …": a gerund, no one's act
        coordinated = k > 0 and left[k - 1].lower == "and"
        if verb.lower.endswith("ing") or coordinated:
            # ", terming it" / "backed the decision and condemned": the sentence's subject speaks
            subj = sentence_subject(left[:k])
            if subj is not None and _clause_between(left, subj.end, k):
                return None  # "The news came as the forces …, blaming …": not the news
        else:
            subj = subject_before(left, k)
        if subj is None or not subj.tokens:
            continue
        before_subj = [t for t in left if t.end <= subj.start]
        inside_name = len(before_subj) > 1 and before_subj[-2].is_cap and subj.tokens[0].is_cap
        if before_subj and before_subj[-1].lower in _PREPOSITIONS and not inside_name:
            return None  # "a media outlet close to Iran's council labels": the name is no subject
        present = not verb.lower.endswith(("ed", "ing"))
        if (present or subj.tokens[0].lower in DETERMINERS) and not _name_only(subj):
            return None  # "a media outlet close to Iran's council labels …": the outlet, unnamed
        if coordinated and any(t.lower in _PASSIVE and t.start > subj.end for t in left[:k]):
            return None  # "Iraq has been the target of ire and labeled …": no one's words
        first = subj.tokens[0]
        words = [t for t in subj.tokens if t.is_word]
        if (
            first.lower in {"he", "she"}
            or (
                words
                and (first.is_cap or first.lower in DETERMINERS | text_lexicon("en", "post_time_modifiers"))
                and words[-1].is_cap
            )
            or (words and (words[-1].lower.rstrip(".") in lex.roles or words[-1].lower in lex.org_words))
        ):
            return verb, subj
        return None  # the nearest stance verb's subject is no one quoted: stop there
    return None


# endings of a judging adjective ("failed", "ineffective", "dangerous", "illegal", "useless")
_JUDGING_ENDINGS = ("ed", "ive", "ous", "ful", "less", "ible", "able", "al")


def judged_in_speech(g: Group, words: list[str], open_at: int) -> bool:
    """Whether one lower-case judging word stands inside a clause its speaker's cue reports
    ("Shamkhani said Washington’s “failed” policy …"): the speaker's word, not a policy's name."""
    return (
        len(words) == 1
        and len(words[0]) >= 6  # not "red" (zones), "deal"
        and words[0].islower()
        and words[0].endswith(_JUDGING_ENDINGS)
        and g.cued_before(open_at)
    )
