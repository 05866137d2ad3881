"""Whose words a quotation is when its sentence says so without a speech verb naming them: the
people holding a placard that reads it, the owner of a claim whose clause holds it ("Bolton’s wish
that …"), the subject of a past-tense verb whose that-clause holds it, the person whose main verb
has the quoted phrase in its object ("The minister referred to “…”").

Split from :mod:`refrain.quotes.attribute` (which finds cues and speakers) to keep that module to
its steps; each function here sets or leaves a group's subject.
"""

from __future__ import annotations

import re

from refrain.text.lexicon import lexicon as text_lexicon

from .context import MASK, Token
from .grouping import Group
from .lexicon import lexicon
from .names import role_head
from .speakers import DETERMINERS, NP_STOP, NounPhrase, clause_subject, sentence_subject, subject_before


def claim_owner(g: Group, left: list[Token]) -> None:
    """ "mocking Bolton’s wish that the party could “…”", "Lind’s campaign promise to “scrap” or
    “rewrite” the tram plan": a quotation in the clause of a named owner's claim noun (data:
    quote_claim_nouns) is the owner's words, not those of the sentence's subject."""
    nouns = text_lexicon("en", "quote_claim_nouns")
    k = len(left) - 1
    while (
        k >= 0
        and len(left) - k <= 14
        and (left[k].is_word or left[k].text == MASK)
        and left[k].lower not in {"that", "to"}
    ):
        k -= 1  # back over the clause to its "that" or "to" (earlier quoted items of a list included)
    if k < 2 or left[k].lower not in {"that", "to"} or left[k - 1].lower not in nouns:
        return
    if left[k].lower == "to" and len(left) - k > 3:
        return  # "promise to “scrap”" is the promise; "claim to Jerusalem become a “…”" is not
    owner_at = k - 2
    if not left[owner_at].is_cap and owner_at >= 1:
        owner_at -= 1  # "Lind’s campaign promise": one word between the owner and the noun
    owner = left[owner_at]
    if not (owner.is_cap and owner.text.endswith(("’s", "'s"))):
        return
    run = [owner]
    for t in reversed(left[:owner_at]):
        if not t.is_cap or t.text.endswith(("’s", "'s")):
            break
        run.insert(0, t)
    at = left.index(run[0])
    name = (
        [t for t in left[max(0, at - 4) : at - 1] if t.is_cap] if at >= 3 and left[at - 1].text == "," else []
    )
    if len(name) >= 2 and name == left[at - 1 - len(name) : at - 1]:
        # "Ana Ruiz, Norland Foreign Secretary’s remarks that “…”": the name the post is set after
        g.subject = NounPhrase(name[0].start, name[-1].end, tuple(name))
    else:
        g.subject = NounPhrase(run[0].start, run[-1].end - 2, tuple(run))  # the mention without its "’s"
    g.cue, g.cue_at = left[k - 1].text, left[k - 1].start


_PREPOSITIONS = {"to", "at", "of", "by", "with", "from", "in", "on", "for", "against"}


def sign_holders(g: Group, left: list[Token]) -> None:
    """ "Clerics held a placard aimed at him which read, “…”": the words a sign reads are those of
    the people holding it (the subject of "held"), not the sign's nor the one it is aimed at."""
    subject = g.subject
    if (
        subject is None
        or not g.cue
        or lexicon().speech_verb_lemma.get(g.cue.split()[0].lower()) not in {"read", "say"}
    ):
        return
    signs = text_lexicon("en", "quote_sign_nouns")
    if subject.tokens[-1].lower not in signs | {"which", "that"}:
        return
    at = next(
        (
            k
            for k in range(len(left) - 1, -1, -1)
            if left[k].lower in signs and left[k].start <= subject.start
        ),
        None,
    )
    if at is None:
        return
    carrying = text_lexicon("en", "quote_sign_verbs")
    verb = next((k for k in range(at - 1, max(-1, at - 5), -1) if left[k].lower in carrying), None)
    if verb is not None and left[verb].lower.endswith("ing"):
        # "protesters rallied, burning effigies and holding signs that read": the clause's subject
        holders = clause_subject(left[:verb], coordinated=left[verb - 1].lower == "and")
    else:
        holders = subject_before(left, verb) if verb is not None else None
    if holders is not None and verb is not None and not left[verb].lower.endswith("ing"):
        k = next(n for n, t in enumerate(left) if t.start == holders.start)
        if k > 0 and left[k - 1].lower in _PREPOSITIONS:
            # "clerics opposed to the president held": the clause's subject holds it, not the noun
            # of the phrase before the verb
            holders = sentence_subject(left[:verb])
    if holders is not None and holders.tokens and holders.tokens[-1].lower not in signs:
        g.subject = holders


def that_clause_subject(left: list[Token]) -> NounPhrase | None:
    """ "Gantz has reaffirmed that Tel Aviv “will not …”": a quote in the that-clause of a past-tense
    verb is the words of the sentence's subject (a person or body named, not "it" or a noun)."""
    words = [t for t in left if t.text != MASK]
    at = next((k for k, t in enumerate(words) if t.lower == "that"), None)
    if at is None or at == 0:
        return None
    # the verb right before "that", or a few words before it ("reaffirmed several times that")
    v = next(
        (k for k in range(at - 1, max(-1, at - 5), -1) if words[k].is_word and not words[k].is_cap
         and words[k].lower.endswith("ed") and len(words[k].lower) > 4),
        None,
    )  # fmt: skip
    if v is None or any(not t.is_word or t.is_cap for t in words[v + 1 : at]):
        return None
    subj = sentence_subject(words[:v])
    if subj is None or not subj.tokens[0].is_cap or subj.tokens[0].lower in NP_STOP:
        return None
    return subj


# words that open another clause: a quote after one is no longer in the main verb's object
_CLAUSE_OPENERS = {
    "that", "which", "who", "whom", "whose", "because", "when", "while", "if", "although", "though",
    "since", "where", "how", "what", "why", "whether", "but", "unless", "until", "so", "than", "it",
    "they", "there", "this", "these", "those",
}  # fmt: skip
_QUANTIFIERS = {"other", "others", "some", "many", "most", "all", "several", "both", "each", "every", "such",
               "no", "few", "any", "none"}  # fmt: skip
_COPULAS = {"is", "are", "was", "were", "be", "been", "being", "seems", "seemed", "remains", "remained"}


def main_verb_subject(left: list[Token], quoted: str) -> NounPhrase | None:
    """ "The Leader categorized the problems as “…” and “…”", "Lind referred to “…”", "He alerted the
    board to “…”": a quoted phrase in the object of the main verb of a sentence whose subject is a
    person (a name, "he"/"she", "the <role>") is that person's words. Not after another clause opens
    (a comma, "that", "which", "because"), not after a copula ("the plan is “…”": what a thing is),
    not when the subject is a thing ("The decision covered all those “…”"), not a capitalised phrase
    (``quoted``: "referred to him as “Mr. Fixit”", "launched the “Clean Air Plan”": a name given)."""
    if not quoted.lstrip()[:1].islower():
        return None
    words = left  # earlier quoted phrases of the sentence stay ("… to “A” and “B”")
    if not words or words[0].text == MASK:
        return None
    subj = sentence_subject(words)
    if subj is None:
        return None
    head = subj.tokens[0]
    low = [t.lower for t in subj.tokens]
    if head.lower in {"he", "she"} and len(low) == 1:
        pass
    elif head.lower in DETERMINERS:
        if head.lower != "the" or role_head([t.text for t in subj.tokens]) is None:
            return None  # "The decision …", "A source …" (no one named or referred back to)
    elif head.lower in text_lexicon("en", "post_time_modifiers") and len(low) > 1 and subj.tokens[-1].is_cap:
        pass  # "former U.S. President Karl Brandt"
    elif not head.is_cap or head.lower in NP_STOP | _QUANTIFIERS or head.lower in lexicon().pronouns:
        return None  # "Other winners include “…”": some of a group, nobody named
    k = next((n for n, t in enumerate(words) if t.start >= subj.end), len(words))
    while k < len(words) and (words[k].lower in SKIP_ADVERBS | _AUXILIARIES or words[k].lower.endswith("ly")):
        k += 1  # "has also repeatedly referred"
    if k >= len(words):
        return None  # no verb between the subject and the quote ("X “…”")
    verb = words[k]
    if not verb.is_word or verb.is_cap or verb.lower in _COPULAS or verb.lower in NP_STOP:
        return None
    if not (verb.lower.endswith(("ed", "s")) or verb.lower in text_lexicon("en", "irregular_past")):
        if words[k - 1].lower not in _AUXILIARIES:
            return None  # a finite verb: past, present, or after "has"/"will"
    rest = words[k + 1 :]
    if len(rest) > 20 or any(t.text in _BREAKS or t.lower in _CLAUSE_OPENERS | _COPULAS for t in rest):
        return None  # "… acts as the executive and is bound by the law “…”": a second verb, of being
    return subj


SKIP_ADVERBS = {"also", "then", "later", "again", "once", "further", "never", "not", "recently", "often",
                "previously", "repeatedly", "already", "still", "even", "just"}  # fmt: skip
_AUXILIARIES = {"has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "did", "does",
                "couldn’t", "couldn't", "didn’t", "didn't", "won’t", "won't", "must"}  # fmt: skip
_BREAKS = {",", ";", ":", "(", ")", "—", "–", "-", "?", "!", "."}


_LIST_GLUE = re.compile(rf"(?:[\s,:]|{MASK}|\band\b|\bor\b)*")


def uttered(g: Group, masked: str, open_at: int, content: str) -> bool:
    """Whether the quote is the object of a chant, a shout or what a sign reads, with a speaker
    found, right after its verb or after other quoted items of the same list (one ending in "!" is
    a direct quotation like any other)."""
    if (
        g.subject is None
        or not g.cue
        or g.cue_at is None
        or g.cue_at >= open_at
        or content.rstrip().endswith("!")
    ):
        return False
    verb = g.cue.split()[0]
    lemma = lexicon().speech_verb_lemma.get(verb.lower())
    if lemma not in text_lexicon("en", "quote_utterance_verbs"):
        return False
    if lemma == "read" and not set(masked[max(0, g.cue_at - 30) : g.cue_at].lower().split()) & text_lexicon(
        "en", "quote_sign_nouns"
    ):
        return False  # "he read “The Prince”": a book; "signs that read “…”": the holders' words
    glue = masked[g.cue_at + len(verb) : open_at]
    if MASK not in glue and glue.strip().endswith((",", ":")):
        return False  # "chanting, “Death to …!”": set off, a direct quotation like any other
    return _LIST_GLUE.fullmatch(glue) is not None
