"""Whose words a quotation is when its sentence says so without a speech verb naming them: the
people holding a placard that reads it, the owner of a claim whose clause holds it ("Bolton’s wish
that …"), the subject of a past-tense verb whose that-clause holds it.

Split from :mod:`refrain.quotes.attribute` (which finds cues and speakers) to keep that module to
its steps; each function here sets or leaves a group's subject.
"""

from __future__ import annotations

from refrain.text.lexicon import lexicon as text_lexicon

from .context import MASK, Token
from .grouping import Group
from .lexicon import lexicon
from .speakers import NP_STOP, NounPhrase, sentence_subject, subject_before


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
    holders = subject_before(left, verb) if verb is not None else None
    if holders is not None and verb is not None:
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
