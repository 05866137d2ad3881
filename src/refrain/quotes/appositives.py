"""An appositive left open before the verb: "Ana Ruiz, Director of the Water Program said" (no
comma after "Program") names Ana Ruiz, not the program."""

from __future__ import annotations

from .context import Token
from .lexicon import lexicon
from .speakers import DETERMINERS, NP_STOP, NounPhrase

CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}  # fmt: skip
# words that open a sentence's leading phrase ("In an interview, …", "Meanwhile, …")
_OPENERS = {"in", "on", "at", "during", "after", "before", "meanwhile", "earlier", "later", "however",
            "also", "separately", "according", "speaking", "talking", "addressing", "elsewhere", "but", "and"}  # fmt: skip
_NAME_LINKS = {"al", "bin", "de", "van", "von", "-", "."}


def unclosed_appositive(toks: list[Token], np: NounPhrase) -> NounPhrase | None:
    """The name opening the sentence when ``np`` is its appositive left open before the verb: "Ana
    Ruiz, Director of the Water Program said" (no comma after "Program") → Ana Ruiz; None otherwise."""
    roles = lexicon().roles
    at = next((n for n, t in enumerate(toks) if t.start == np.start), 0)
    segment = list(np.tokens)
    links = {"to", "of", "at", "in", "for", "and"}
    # a phrase that opens with "of" was cut at its length limit inside a longer post ("Ana Ruiz,
    # Chair of Department of History and Music of Arden College says")
    if 2 <= at and (toks[at - 1].lower in links or segment[0].lower in links - {"and"}):
        # "Ana Ruiz, onetime Envoy to the WTO and OSCE says": the phrase is the post's object;
        # "Ana Ruiz, researcher at X and invited speaker of Y also said": a second post
        k = at - 1
        while k > 0 and toks[k].text != "," and at - k <= 16:
            k -= 1
        reach = at - k <= (13 if toks[at - 1].lower == "and" else 9) or _opens_with_role(
            toks[k + 1 : at], roles
        )
        if toks[k].text == "," and reach and any(t.lower.rstrip(".") in roles for t in toks[k + 1 : at]):
            segment = toks[k + 1 : at] + segment
            at = k + 1
    if at < 2 or toks[at - 1].text != "," or not segment:
        return None
    head = segment[0].lower.rstrip(".")
    if not (
        head in roles | DETERMINERS or any(t.lower == "of" or t.lower.rstrip(".") in roles for t in segment)
    ):
        return None  # "Ana Ruiz, Tom Berg and Eva Lind said": a list, not a name and its post
    name = toks[: at - 1]
    comma = max((n for n, t in enumerate(name) if t.text == ","), default=None)
    if comma is not None:
        # "In an interview, Ana Ruiz, son of …": the name after an opening phrase; not a name
        # apposed to what comes before it ("… of the President, Ana Ruiz, the government said")
        opener = name[:comma]
        # or the reported words before their clause ("Exports rose, Ana Ruiz, the head of X said"),
        # when the post set off after the name opens with its role
        content = (
            len(opener) > 3 and _opens_with_role(segment, roles) and opener[-1].lower.rstrip(".") not in roles
        )
        if not content and (
            not opener or opener[0].lower not in _OPENERS or opener[-1].lower.rstrip(".") in roles
        ):
            return None
        name = name[comma + 1 :]
    dash = next((n for n, t in enumerate(name) if t.text in {"-", "—", "–"}), None)
    if dash is not None and dash > 0 and all(t.text.isupper() for t in name[:dash] if t.is_word):
        name = name[dash + 1 :]  # a dateline "TEHRAN -" before the name
    if not name:
        return None
    if any(not t.is_word for t in name) and not all(t.text in {".", "-"} or t.is_word for t in name):
        return None
    first = name[0].lower
    if not 2 <= len(name) <= 6 or not name[0].is_cap or not name[-1].is_cap or first in NP_STOP:
        return None  # one word ("Meanwhile", "Norland") is as often an adverb or a place
    if any(t.lower in CALENDAR or (t.text.isupper() and len(t.text) > 3) for t in name):
        return None
    if name[-1].lower.rstrip(".") in roles:
        return None  # "Iran’s Supreme Leader, Ayatollah Ali Kemal, said": the name is the appositive
    if any(not (t.is_cap or t.lower in _NAME_LINKS or not t.is_word) for t in name) or first in DETERMINERS:
        return None  # "In Halden, the mayor said": a place or time before the comma, not a name
    return NounPhrase(name[0].start, name[-1].end, tuple(name))


def _opens_with_role(words: list[Token], roles: frozenset[str]) -> bool:
    """Whether a post set off after a name opens with its role ("the head of the Office for Carrying
    Out the Orders of the Council"): such a post may run long before its verb."""
    first = next((t for t in words if t.lower not in DETERMINERS), None)
    return first is not None and first.lower.rstrip(".") in roles
