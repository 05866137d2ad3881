"""Speakers found past the nearest subject: a list of names ("France, Germany, Britain and the EU
issued … and vowed" is all of them); a description set off after an object (no subject); the issuer
of a document whose words a participle opens ("issued a statement saying"); the name a relative
clause holding the quote hangs on; the subject of a fronted "while" clause holding it."""

from __future__ import annotations

from .context import Token
from .lexicon import lexicon
from .speakers import DETERMINERS, NounPhrase, clause_subject, subject_before


def with_listed(toks: list[Token], np: NounPhrase) -> NounPhrase:
    """The subject with the names listed after it ("France, Germany, Britain and the EU issued …
    and vowed"), when a list of capitalised names with "and" goes on from it; else itself."""
    k = next((n for n, t in enumerate(toks) if t.start >= np.end), len(toks))
    end, seen_and = k, False
    while k + 1 < len(toks) and (toks[k].text == "," or toks[k].lower == "and"):
        seen_and = seen_and or toks[k].lower == "and"
        k += 1
        if toks[k].lower == "and":
            seen_and, k = True, k + 1  # ", and" (a serial comma)
        if k < len(toks) and toks[k].lower == "the":
            k += 1
        if k >= len(toks) or not toks[k].is_cap:
            break
        while k < len(toks) and (toks[k].is_cap or toks[k].lower == "of"):
            k += 1
        end = k
    if not seen_and or end == next((n for n, t in enumerate(toks) if t.start >= np.end), len(toks)):
        return np
    run = tuple(t for t in toks if np.start <= t.start and t.end <= toks[end - 1].end)
    return NounPhrase(np.start, toks[end - 1].end, run)


def past_apposition(toks: list[Token], subj: NounPhrase | None, cue_at: int) -> NounPhrase | None:
    """ "X denounced Norland's policies toward the Accord, the official name for the pact, saying
    …": a description set off by commas after an object, right before ", saying", describes that
    object; the clause's own named subject says the words (not "the ministry saying …", with no
    comma: an absolute clause's subject)."""
    if subj is None or subj.tokens[0].lower not in {"the", "a", "an"} or toks[cue_at - 1].text != ",":
        return subj
    k = next((n for n, t in enumerate(toks) if t.start == subj.start), 0)
    if k < 2 or toks[k - 1].text != ",":
        return subj
    words = [t.lower for t in subj.tokens if t.is_word]
    head = next(
        (w for w, nxt in zip(words, [*words[1:], ""], strict=True) if nxt in _PREPOSITIONS), words[-1]
    )
    if head in lexicon().roles:
        return subj  # "Relevant to this, the Kazakh president …, saying", "the head of X": they speak
    before = clause_subject(toks[: k - 1])
    if before is None or not before.tokens[0].is_cap:
        return subj
    if any(t.text == "," for t in toks if before.end <= t.start < toks[k - 1].start):
        return subj  # the description must follow the subject's own clause, no other clause between
    # the subject's verb right after it ("X denounced …"), not a fronted phrase ("Elsewhere in …,")
    verb = next((t for t in toks if t.start >= before.end), None)
    if verb is None or not verb.is_word or verb.is_cap or verb.lower in _NOT_VERBS:
        return subj
    return before


_PREPOSITIONS = frozenset({"of", "for", "to", "in", "at", "on"})
_NOT_VERBS = frozenset(
    {"to", "in", "of", "on", "at", "for", "with", "by", "from", "the", "a", "an", "and", "as"}
)


# documents a body issues "saying" what is in them
ISSUED_WORDS = frozenset({"statement", "communique", "communiqué", "letter", "message", "declaration"})
_ISSUING = frozenset({"issued", "released", "published", "sent", "put", "posted"})


def opens_issued_words(lows: list[str], i: int) -> bool:
    """Whether the participle ``lows[i]`` opens the words of a document just issued: "issued a
    statement saying …"; another participle only up to a quote ("… reiterating the bloc’s “…”
    backing"), not in a whole sentence ("released a statement urging X to halt.")."""
    if not any(w in ISSUED_WORDS for w in lows[max(0, i - 4) : i]):
        return False
    return lows[i] == "saying" or not {".", "!", "?"} & set(lows[i + 1 :])


def issuer_of_saying(toks: list[Token], cue_at: int) -> NounPhrase | None:
    """ "That followed hours after the council chief issued a short statement saying he …": who issued the
    document the participle's words are in, the subject of "issued" (not the sentence's "It")."""
    word = toks[cue_at].lower
    if not (word.endswith("ing") and word in lexicon().speech_verb_forms):
        return None  # "saying", "reiterating", "urging"
    doc = next((k for k in range(cue_at - 1, max(-1, cue_at - 5), -1) if toks[k].lower in ISSUED_WORDS), None)
    if doc is None:
        return None
    verb = next((k for k in range(doc - 1, max(-1, doc - 4), -1) if toks[k].lower in _ISSUING), None)
    subj = subject_before(toks, verb) if verb is not None else None
    k = next((n for n, t in enumerate(toks) if subj is not None and t.start == subj.start), 0)
    if subj is None or k < 3 or toks[k - 1].text != ")":
        return subj
    # "The Revolution Guards Corps (IRGC) Navy issued": the name before the brackets too
    opened = next((n for n in range(k - 2, max(-1, k - 6), -1) if toks[n].text == "("), None)
    start = opened
    while start is not None and start > 0 and toks[start - 1].is_cap:
        start -= 1
    if opened is None or start == opened:
        return subj
    run = (*toks[start:opened], *subj.tokens)  # the acronym in brackets left out of the name
    return NounPhrase(run[0].start, subj.end, run)


# verbs by which a relative clause's antecedent judges something in its own words ("who has
# described the accord as a “disgrace”"), besides the speech verbs
_JUDGING = frozenset({"criticized", "criticised", "denounced", "condemned", "slammed", "dismissed", "hailed"})
_CLAUSE_BREAKS = frozenset({",", "—", "–", "-", "(", ")", ";", ":", "that", "which"})


def relative_owner(left: list[Token]) -> tuple[Token, NounPhrase] | None:
    """ "An aide said on Friday that Vandos - who has described the accord as a “…” - was …": the
    quote stands inside a relative clause still open after a name, whose verb says or judges; the
    name is its speaker, not the sentence's subject."""
    lex = lexicon()
    k = len(left) - 1
    verb: Token | None = None
    while k >= 0 and len(left) - k <= 12 and left[k].lower != "who":
        if left[k].text in _CLAUSE_BREAKS or left[k].lower in _CLAUSE_BREAKS:
            return None
        if (
            k > 0 and left[k].lower in {"and", "or"} and left[k].start - left[k - 1].end <= 2
        ):  # no quote between
            return None  # "… and wrote about alleged “…”" (but "as a “…” and “…”": its quotes go on)
        if left[k].lower in lex.speech_verb_forms or left[k].lower in _JUDGING:
            verb = left[k]
        k -= 1
    if k < 2 or left[k].lower != "who" or verb is None or left[k - 1].text not in {",", "-", "—", "–"}:
        return None
    if left[k + 1].is_cap or left[k + 1].lower in lex.pronouns:
        return None  # "Kaine, who Trump said … “…”": the relative's own subject speaks
    end = k - 1
    start = end
    while start > 0 and left[start - 1].is_word and left[start - 1].is_cap:
        start -= 1
    run = left[start:end]
    if not run or start == 0 and len(run) < 2:
        return None  # a capitalised sentence opener alone is no name
    # the relative pronoun as written: the resolver reads its antecedent
    return verb, NounPhrase(left[k].start, left[k].end, (left[k],))


_SUBORDINATORS = frozenset({"while", "although", "though", "whereas"})
# verbs that put a label on something in the subject's own words ("portrays the deals as “…”")
_LABELLING_VERBS = frozenset(
    {"portrays", "portrayed", "describes", "described", "calls", "called", "brands", "branded"}
    | {"terms", "termed", "dubs", "dubbed", "labels", "labelled", "labeled", "hails", "hailed"}
)


def fronted_clause_owner(left: list[Token]) -> tuple[Token, NounPhrase] | None:
    """ "While the White House portrays the deals as “…”, an expert tells …": a quotation inside a
    fronted clause opened by "while"/"although" is the clause's subject's, when its verb says or
    labels, not the main clause's speaker's. Returns the verb and that subject."""
    dash = next((k for k, t in enumerate(left[:4]) if t.text in {"-", "–", "—"}), None)
    if dash is not None and all(t.text.isupper() for t in left[:dash]):
        left = left[dash + 1 :]  # a dateline ("VARAN –")
    if len(left) < 4 or left[0].lower not in _SUBORDINATORS or any(t.text == "," for t in left):
        return None
    subj = clause_subject(left[1:])
    if subj is None or not subj.tokens or subj.start != left[1].start:
        return None
    verb = next((t for t in left if t.start >= subj.end), None)
    if verb is None or not (verb.lower in _LABELLING_VERBS or verb.lower in lexicon().speech_verb_forms):
        return None
    if not any(t.is_cap for t in subj.tokens):
        return None  # "While officials …": a named subject only
    return verb, subj


_TIME_WORDS = {"week", "month", "year", "night", "morning", "evening", "weekend", "time"}


def opening_adverb(np: NounPhrase, toks: list[Token]) -> bool:
    """One capitalised word before "the" or a time, or an adverb that is never a name: "Amidst the
    …", "Last week", "Later in the day the minister …": no one."""
    nxt = next((t.lower for t in toks if t.start >= np.end), "")
    words = [t for t in np.tokens if t.is_word]
    lex = lexicon()
    adverb = len(words) == 1 and words[0].lower in lex.not_names and words[0].lower not in lex.pronouns
    return adverb or (len(words) == 1 and (nxt in DETERMINERS or nxt in _TIME_WORDS))


def names_someone(np: NounPhrase, toks: list[Token]) -> bool:
    """Whether a phrase names someone: a pronoun, or ending in a capitalised word, a role or a body
    (one capitalised word before "the" or a time, "Amidst the …", "Last week", is none)."""
    lex = lexicon()
    words = [t for t in np.tokens if t.is_word]
    if not words:
        return False
    if opening_adverb(np, toks):
        return False
    last = words[-1].lower.rstrip(".")
    return words[0].lower in lex.pronouns or words[-1].is_cap or last in lex.roles or last in lex.org_words
