"""What a figure counts: sentences, the counted thing, the event verb, the group it belongs to.

No parser: a figure's counted thing is the run of content words after it (stopped by function
words, punctuation, or a verb), extended by a linker ("teams related to PMOI/MEK") and by the
verb group that follows ("were arrested"); when nothing follows, the verb before the figure
("killing 1,500 protesters", "the arrests of 60") or the subject before "by" ("crimes have
increased by 140 percent") is used.

Size: just over 400 lines, one concern (the counted thing of a figure); the toll and restatement
words it asks about live in :mod:`refrain.claims.tolls`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from refrain.claims.keys import known_org_in, org_in, org_keys, singular, verb_lemma
from refrain.claims.lexicon import lexicon
from refrain.claims.tolls import restating_word, toll_before
from refrain.text import Sentences, Token, sentence_spans, tokenize
from refrain.text import lexicon as lexicon_set

__all__ = ["PEOPLE_EVENTS", "Counted", "Sentences", "Token", "counted", "sentence_spans", "tokens"]

_AUX = lexicon_set("en", "verb_group_words")
_QUOTE_CHARS = "\"“”‘’'«»"
_WINDOW = 100  # tokens either side of a figure its counted thing is read from


def tokens(text: str, start: int, end: int, language: str | None = None) -> list[Token]:
    """Word and punctuation tokens of ``text[start:end]`` (the text layer's tokeniser)."""
    return tokenize(text, start, end, language)


@dataclass(frozen=True, slots=True)
class Counted:
    """The counted thing of one figure."""

    start: int | None  # span of the counted thing as written (None when nothing was found)
    end: int | None
    head: str | None  # canonical head ("unit", "protester", "user")
    event: str | None  # canonical event ("arrest", "kill")
    org: str | None  # group key from the entities aliases ("mek")
    people: bool  # whether the head counts people


def _event_at(toks: list[Token], i: int) -> tuple[str, int] | None:
    """The event phrase starting at ``toks[i]``: (canonical, tokens used)."""
    lex = lexicon()
    for width in range(min(lex.max_event_words, len(toks) - i), 0, -1):
        phrase = " ".join(t.low for t in toks[i : i + width])
        if phrase in lex.events:
            return lex.events[phrase], width
    return None


_HEDGE_WORDS = lexicon_set("en", "hedge_words")
_AGENT_NOUN = re.compile(r"(?:[^aeiou]ers|ors|ists|ians|ants|ents|men|ees)$")  # marchers, jurors, students
_NOT_PEOPLE = lexicon_set("en", "not_people_nouns")
_LINK_SKIP = _HEDGE_WORDS - {"by", "of", "at", "to", "the", "a", "an", "total", "him", "her", "them"}
_ELLIPSIS = lexicon_set("en", "ellipsis_words")
PEOPLE_EVENTS = lexicon_set("en", "people_events")
_EVENT_NOUN_HEAD = "person"  # "30,000 executions", "140,000 deaths" count people
_PARTITIVE_DET = lexicon_set("en", "partitive_determiners")  # "120 of its members"
_MODALS = lexicon_set("en", "modals")
_FINITE_AUX = lexicon_set("en", "finite_auxiliaries")
_CLAUSE_END = lexicon_set("en", "clause_ends")


def _linked(lex_linkers: tuple[tuple[str, ...], ...], after: list[Token], i: int) -> tuple[str, ...] | None:
    for link in lex_linkers:
        if tuple(x.low for x in after[i : i + len(link)]) == link:
            return link
    return None


def _is_number(tok: Token) -> bool:
    return tok.text[0].isdigit() or tok.low in lexicon().number_words


def counted(
    text: str, toks: list[Token], fig_start: int, fig_end: int, prev: Counted | None, *, money: bool = False
) -> Counted:
    """Read the counted thing of the figure at ``[fig_start, fig_end)`` from the sentence's tokens.

    ``money``: the figure is a sum of money; what it counts is then who gets it or what it is for.
    """
    # the tokens either side, at most _WINDOW of them (every reading below looks a few words away),
    # found by bisection: a sentence of thousands of figures is not copied once per figure
    first_after = bisect_left(toks, fig_end, key=lambda t: t.start)
    last_before = bisect_right(toks, fig_start, key=lambda t: t.end)
    after = toks[first_after : first_after + _WINDOW]
    before = toks[max(0, last_before - _WINDOW) : last_before]
    restated = _restated(before, prev)
    if restated is not None:
        return restated
    if money:
        paid = _money_purpose(after, before)
        if paid is not None:
            return paid
    i, np, linked = _thing_after(after)
    span = None if money or linked else toll_before(before, np[-1] if np else None)
    if span is not None:  # "Officials put the toll at 120": people who died
        return Counted(span[0], span[1], _EVENT_NOUN_HEAD, "die", None, True)
    ellipsis = not np and prev is not None and not money  # a sum does not count the people before it
    if ellipsis and i < len(after) and after[i].low in _ELLIPSIS:
        i += 1  # "... and 30 more were questioned"
    event, verb_end = _verb_group(after, i, bool(np or linked or ellipsis), bool(np))
    subject: list[Token] = []
    left_event: Token | None = None
    if event is None:
        event, left_event, subject = _event_before(before, bool(np))
    link_end: int | None = None
    if not np and not subject and not linked and not ellipsis:
        subject, link_end = _subject_before(before)
    words = np or subject
    head, event, org, people = _what_it_counts(words, linked, event, bool(np), prev if ellipsis else None)
    if subject:
        start = subject[0].start
        end = link_end or (left_event.end if left_event is not None else subject[-1].end)
    elif words or linked:
        span = words + linked
        start, end = span[0].start, span[-1].end
        if verb_end is not None and verb_end - end < 40:
            end = verb_end
    elif verb_end is not None and i < len(after):
        start, end = after[min(i, len(after) - 1)].start, verb_end
        start = min(start, end)
    elif left_event is not None:
        start, end = left_event.start, left_event.end
    else:
        return Counted(None, None, head, event, org, people)
    return Counted(start, end, head, event, org, people)


def _thing_after(after: list[Token]) -> tuple[int, list[Token], list[Token]]:
    """The counted noun phrase after the figure and what a linker joins to it ("teams related to
    the MEK"): (the index of the token after them, the phrase, the linked words)."""
    lex = lexicon()
    i = 0
    determiners = {"the", "a", "an"}
    if after and after[0].low == "of":  # "70% of calls", "1,600 tons of oil", "120 of its members"
        i, determiners = 1, _PARTITIVE_DET
    while i < len(after) and (after[i].low in determiners or after[i].text in _QUOTE_CHARS):
        i += 1
    np: list[Token] = []
    while i < len(after) and len(np) < 5:
        t = after[i]
        if not t.is_word or t.low in lex.np_stop or _is_number(t):
            break
        if np and _linked(lex.linkers, after, i):
            break
        if np and t.low.endswith(("ed", "ing")) and t.low not in lex.heads:
            break  # "units arrested": a reduced relative ends the counted thing
        np.append(t)
        i += 1
    linked: list[Token] = []
    link = _linked(lex.linkers, after, i) if np else None
    if link:
        j = i + len(link)
        while j < len(after) and len(linked) < 7:
            t = after[j]
            if not t.is_word or _is_number(t) or (t.low in lex.np_stop and t.low not in {"the", "of"}):
                break
            linked.append(t)
            j += 1
        if linked:
            i = j
    return i, np, linked


def _verb_group(after: list[Token], i: int, has_thing: bool, has_np: bool) -> tuple[str | None, int | None]:
    """The event of the verb group from ``after[i]``: auxiliaries, then an event ("were arrested",
    "have been dealt with"), and where it ends. ``has_thing``: something counted was read (a bare
    participle is then its verb); ``has_np``: a noun phrase was (its participle may only say which)."""
    event: str | None = None
    verb_end: int | None = None
    j = i
    saw_aux = False
    while j < len(after):
        t = after[j]
        if t.text in _QUOTE_CHARS or t.low in _AUX or (t.low.endswith("ly") and event is None and j > i):
            saw_aux = saw_aux or t.low in _AUX
            j += 1
            continue
        hit = _event_at(after, j)
        if hit:
            event, width = hit
            verb_end = after[j + width - 1].end
            j += width
            # "rounded up and killed": the last event of a coordination wins
            if j + 1 < len(after) and after[j].low == "and" and _event_at(after, j + 1):
                j += 1
                continue
            break
        if t.is_word and t.low.endswith("ed") and len(t.low) > 4 and event is None and has_thing:
            event, verb_end = verb_lemma(t.low), t.end
            j += 1
        break
    if event is not None and has_np and not saw_aux:
        # "Nine people detained at the dam will appear in court": the participle only says which
        # people; what the sentence counts them for is the main verb after it
        main = _main_verb(after, j)
        if main is not None:
            event = main
    return event, verb_end


def _event_before(before: list[Token], has_np: bool) -> tuple[str | None, Token | None, list[Token]]:
    """An event just before the figure ("killing 1,500", "the arrests of 60"): (the event, its
    token, and for "crimes have increased by 140 percent" the subject it counts)."""
    lex = lexicon()
    subject: list[Token] = []
    k = len(before) - 1
    while k >= 0 and (before[k].text in _QUOTE_CHARS or before[k].low in _HEDGE_WORDS):
        k -= 1
    for back in range(k, max(-1, k - 3), -1):
        if not before[back].is_word or before[back].low in {"and", "or", "but"}:
            break
        hit = _event_at(before, back)
        if hit:
            by_figure = k < len(before) - 1 and before[-1].low == "by"
            if not has_np and by_figure:
                # "crimes have increased by 140 percent": the subject is the counted thing
                s = back - 1
                while s >= 0 and before[s].low in _AUX:
                    s -= 1
                while s >= 0 and before[s].is_word and before[s].low not in lex.np_stop and len(subject) < 4:
                    subject.insert(0, before[s])
                    s -= 1
            return hit[0], before[back], subject
    return None, None, subject


def _what_it_counts(
    words: list[Token], linked: list[Token], event: str | None, has_np: bool, ellipsis_of: Counted | None
) -> tuple[str | None, str | None, str | None, bool]:
    """(head, event, organisation, whether it counts people) of the counted words (``has_np``: they
    follow the figure); with no words after an ellipsis ("and 30 more were questioned"), those of the
    figure before."""
    lex = lexicon()
    head: str | None = None
    people = False
    org = org_in(words + linked)
    if words:
        last = words[-1].low
        two = " ".join(t.low for t in words[-2:])
        head = lex.heads.get(two) or lex.heads.get(last) or singular(last)
        people = last in lex.people or head in {"person", "protester", "unit", "user", "soldier", "child"}
        if not people and event in PEOPLE_EVENTS and _AGENT_NOUN.search(last) and last not in _NOT_PEOPLE:
            people = True  # "32 marchers were detained": who is arrested or killed is people
        if last in lex.events and lex.events[last] in PEOPLE_EVENTS:  # "30,000 executions", "140,000 deaths"
            event = event if event and not has_np else lex.events[last]
            head, people = _EVENT_NOUN_HEAD, True
    elif ellipsis_of is not None:
        # "40 were detained and 30 more were questioned": the second figure counts the same thing
        head, org, people = ellipsis_of.head, ellipsis_of.org, ellipsis_of.people
    return head, event, org, people


def _main_verb(after: list[Token], j: int) -> str | None:
    """The event of a finite verb ending the clause that starts at ``after[j]`` ("... will appear")."""
    for k in range(j, min(len(after), j + 14)):
        t = after[k]
        if t.low in _CLAUSE_END or t.text in _QUOTE_CHARS:
            return None
        if t.low in _MODALS or t.low in _FINITE_AUX:
            m = k + 1
            while m < len(after) and after[m].low in {"not", "be", "been", "being", "also", "now", "then"}:
                m += 1
            if m >= len(after) or not after[m].is_word:
                return None
            verb = after[m].low
            hit = _event_at(after, m)
            if hit:
                return hit[0]
            if t.low in _MODALS or verb.endswith(("ed", "en")):
                return verb_lemma(verb)
            return None
    return None


def _noun_phrase(toks: list[Token], i: int, *, strict: bool = True) -> list[Token]:
    """The content words from ``toks[i]`` on, determiners skipped ("the Selvan dam" -> Selvan dam).

    Without a determiner the words must look like a noun phrase (a name, a plural, people, an
    organisation): "to stay silent" is a purpose clause, not a recipient.
    """
    lex = lexicon()
    start = i
    while i < len(toks) and toks[i].low in _PARTITIVE_DET:
        i += 1
    determined = i > start
    words: list[Token] = []
    while i < len(toks) and len(words) < 4:
        t = toks[i]
        if not t.is_word or t.low in lex.np_stop or _is_number(t):
            break
        words.append(t)
        i += 1
    if words and not determined and strict:
        last = words[-1]
        nounish = (
            last.text[0].isupper()
            or last.low in lex.people
            or last.low in lex.heads
            or bool(_AGENT_NOUN.search(last.low))
            or known_org_in(words, org_keys()) is not None
        )
        if not nounish and not (last.low.endswith("s") and not last.low.endswith("ss")):
            return []
    return words


def _head_of(words: list[Token]) -> str:
    lex = lexicon()
    two = " ".join(t.low for t in words[-2:])
    return lex.heads.get(two) or lex.heads.get(words[-1].low) or singular(words[-1].low)


def _restated(before: list[Token], prev: Counted | None) -> Counted | None:
    """ "... while the union put the figure at 6 million", "... aid groups put it at about 300":
    the thing counted by the figure before."""
    word = restating_word(before) if prev is not None else None
    if word is None or prev is None:
        return None
    return Counted(word.start, word.end, prev.head, prev.event, prev.org, prev.people)


def _money_purpose(after: list[Token], before: list[Token]) -> Counted | None:
    """Who gets a sum ("paid ... to farmers", "had reached farmers") or what it is for ("on the dam")."""
    lex = lexicon()

    def money_event(toks: list[Token], k: int) -> str | None:
        word = toks[k].low
        return lex.money_events.get(word) or lex.events.get(word)

    event: str | None = None
    recipient: list[Token] = []
    purpose: list[Token] = []
    first: Token | None = None
    k = 0
    while k < len(after) and k < 14:
        t = after[k]
        if t.low in _CLAUSE_END or t.text in _QUOTE_CHARS:
            break
        if t.low in _AUX or t.low.endswith("ly"):
            k += 1
            continue
        found = money_event(after, k)
        if found:
            event = event or found
            first = first or t
            if found == "pay" and t.low in {"reached", "received", "given", "handed", "granted"}:
                recipient = recipient or _noun_phrase(after, k + 1, strict=False)  # "had reached farmers"
            k += 1
            continue
        if t.low == "to" and not recipient:
            recipient = _noun_phrase(after, k + 1)
            if not recipient:
                break  # "to refer to ...": a purpose clause, not whom the sum went to
            first = first or t
        elif t.low in {"for", "on", "towards", "toward"} and not purpose:
            purpose = _noun_phrase(after, k + 1)
            first = first or t
        k += 1
    if event is None:  # the verb before: "the government had paid 18 million"
        b = len(before) - 1
        while b >= 0 and (before[b].low in _HEDGE_WORDS or before[b].text in _QUOTE_CHARS):
            b -= 1
        if b >= 0:
            event = money_event(before, b)
    words = recipient or purpose
    if event is None:
        return None
    if not words:  # "paid 18 million marks in compensation": a payment, to whom not said
        return (
            Counted(first.start, first.end, None, event, None, False)
            if first
            else Counted(None, None, None, event, None, False)
        )
    start = first.start if first is not None and first.start < words[0].start else words[0].start
    return Counted(start, words[-1].end, _head_of(words), event, org_in(words), False)


def _subject_before(before: list[Token]) -> tuple[list[Token], int | None]:
    """ "the divorce rate was 9 percent", "production stood at 21 million barrels": the subject."""
    lex = lexicon()
    k = len(before) - 1
    while k >= 0 and (before[k].text in _QUOTE_CHARS or before[k].low in _LINK_SKIP):
        k -= 1
    lows = [t.low for t in before[: k + 1]]
    for link in lex.link_verbs:
        if len(link) <= len(lows) and tuple(lows[len(lows) - len(link) :]) == link:
            s = k - len(link)
            subject: list[Token] = []
            while s >= 0 and before[s].is_word and before[s].low not in lex.np_stop and len(subject) < 4:
                if _is_number(before[s]) or before[s].low in _PARTITIVE_DET:
                    break
                subject.insert(0, before[s])
                s -= 1
            return subject, before[k].end if subject else None
    return [], None
