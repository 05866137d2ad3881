"""Who a speaker mention refers to: a full name, a role holder, a pronoun's antecedent, an office.

The mention stays as written (``Quote.speaker_mention``); this module fills ``speaker``, ``role`` and
``organisation``. Pronouns resolve to the most recent *subject* of a nearby sentence (or the
speaker of a nearby quote) of a compatible kind: "Smith criticised Jones. He said …" is Smith.
"it", "they" and "we" resolve only when an organisation was such a subject within the last two
sentences, because a thing-pronoun far from any organisation is more often not one ("it" is rarely
"the Resistance" named three paragraphs up). "his office" / "her spokesman" name the holder's
person; "the statement said" goes back to whoever made the statement.

Size: about 800 lines, one class on purpose: the Resolver's steps share one article's sentences,
subjects and name index and call each other (a pronoun's antecedent may be a role phrase, a role
phrase the person named next, a document its issuer); split over modules they would pass that
state around. What reads one mention alone is in :mod:`refrain.quotes.names`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, partial

from rapidfuzz import fuzz

from refrain.entities.kinds import speaker_kind
from refrain.text.lexicon import lexicon as text_lexicon

from .attribute import Attributor
from .cited_sources import is_press
from .context import MASK, Token, tokens
from .cues import Cue, find_cues, subject_of
from .entities import ArticleEntities, ArticleEntity, Occurrence, is_place
from .lexicon import lexicon
from .name_words import POSSESSIVE, listed_bodies, particle_name
from .names import (
    DOCUMENTS,
    NOTHING,
    POSSESSIVE_PRONOUNS,
    Resolved,
    could_be_surname,
    country_key,
    honorific_references,
    mention_words,
    possessive_owner,
    resolve_name,
    role_head,
)
from .offices import (
    SUBORDINATE,
    field_in_post,
    has_office,
    heads_field,
    holds_office_of_state,
    holds_other_office,
    holds_role,
    office_agrees,
    other_branch,
    ranked_in,
    role_qualifier,
    role_words,
)
from .speakers import (
    DETERMINERS,
    SUBJECT_RELATIVES,
    NounPhrase,
    np_ending_at,
    place_adjectives,
    relative_noun,
    sentence_subject,
    subject_after,
    subject_before,
)

_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                 "twelve", "dozens", "hundreds", "thousands", "millions", "many", "some", "most", "all"}  # fmt: skip
RECENT_SENTENCES = 2  # how far back a pronoun looks for a subject
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
_INDEFINITE = {"a", "an", "one", "another"}
# posts of someone who speaks for another person ("a spokeswoman for X", "an aide to X")
_SPEAKING_FOR = {"spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "assistant"}
# places of two or three letters that are no English word ("us" is a pronoun, "u.s." the country)
_SHORT_PLACES = {"eu", "uk", "uae", "usa"}
_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][A-Za-z.]+)(?=[\s,.;:])")  # "X of Tarsk"
_DATELINE = re.compile(r"\b[A-Z]{2,}(?:[\s,]+[A-Z]{2,})*\s*[–—-]+(?:\s|$)")  # "OSLO –", "ROME, ITALY -"
# "it was emphasized that", "it has been announced": an impersonal passive, no one's words
_EXPLETIVE = re.compile(r"\s+(?:was|is|has\s+been|had\s+been|will\s+be)\s+(?:also\s+)?[a-z]+ed\b")


_FINITE_SAID = frozenset({"said", "told", "wrote", "says", "tells", "writes"})


@dataclass(order=True, slots=True)
class _Subject:
    start: int
    end: int = field(compare=False)
    sentence: int = field(compare=False)
    kind: str = field(compare=False)  # "person" | "org"
    resolved: Resolved = field(compare=False)
    speaker: bool = field(default=False, compare=False)  # the subject of a speech verb or a quote's speaker
    quoted: bool = field(default=False, compare=False)  # a quote's speaker


_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
_GENDERED = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_OWNER_PRONOUN = re.compile(r"\b(?:[Hh]is|[Hh]er)\b")
# a sentence whose subject is "he" or "she", after a connective at most ("Then he referred …")
_OPENING_PRONOUN = re.compile(
    r"\s*(?:(?:Then|But|And|So|Later|Also|Yet|Still|Next|Finally|However|Moreover|Now|Here|There),?\s+)?"
    r"([Hh]e|[Ss]he)\s+(?!said\b|says\b|told\b|added\b)[a-z]"
)


# Lower-case words ending in "s" that are no plurals ("the news", "the press").
_NOT_PLURAL_S = ("ss", "us", "is", "news", "series", "headquarters", "means", "species", "ics")


def _plural_noun(phrase: str) -> bool:
    """Whether a noun phrase ends in a common noun in the plural ("Arab nations", "the rebels"):
    never the one an "it" refers to. A capitalised last word ("the United Nations") may be one body."""
    words = re.findall(r"[\w’'-]+", phrase)
    last = _head_before_of(words) if words else ""
    return last.isalpha() and last.islower() and last.endswith("s") and not last.endswith(_NOT_PLURAL_S)


def _head_before_of(words: list[str]) -> str:
    """The head noun of a phrase: its last word, or a lower-case word before its first "of"
    ("ministry" in "the ministry of external affairs"; a capitalised name keeps its last word)."""
    at = next((k for k in range(1, len(words)) if words[k].lower() == "of"), len(words))
    return words[at - 1] if at < len(words) and words[at - 1].islower() else words[-1]


# "As Deputy Minister Ali Vaez has announced, exports stood at …": the sentence is his
_OPENING_AS = re.compile(r"\s*As\s+")
# "Vandos expressed satisfaction with …", "The ministry officially rejected the accusations": a
# stance taken in words, so the "he added" or "the statement read" after it is theirs
_EXPRESSED = re.compile(
    r"\s+(?:also\s+|officially\s+|strongly\s+)?"
    r"(?:expressed|voiced|rejected|condemned|denounced|dismissed|welcomed|criticized|criticised)\s+(?!by\b)"
)

# words opening a clause set before the main one ("While X presented the budget, he admitted …")
_FRONTING = frozenset({"while", "when", "as", "after", "before", "although", "though", "once", "since"})
_FRONTED = re.compile(rf"\s*(?i:{'|'.join(sorted(_FRONTING))})\s+[A-Z]")
# the same words right before a subject inside a sentence: a clause set after the main one
# ("Kelly Brand hit back after Soto spoke"); not "once" ("at once General X") nor "as" ("such as X")
_TRAILING_CLAUSE = re.compile(rf"\b(?:{'|'.join(sorted(_FRONTING - {'once', 'as'}))})\s+\Z")


def _fronted_clause_subject(toks: list[Token]) -> NounPhrase | None:
    """The named subject of a clause that opens the sentence with "while", "when", "after" … and
    ends at a comma before a pronoun: the person the main clause's "he" is."""
    if len(toks) < 5 or toks[0].lower not in _FRONTING:
        return None
    comma = next((k for k, t in enumerate(toks) if t.text == ","), None)
    if comma is None or comma + 1 >= len(toks) or toks[comma + 1].lower not in {"he", "she"}:
        return None
    subj = sentence_subject(toks[1:comma])
    return subj if subj is not None and subj.tokens[0].is_cap else None


# events that are also bodies issuing statements ("the summit said in its final statement")
_MEETINGS = frozenset({"conference", "forum", "summit"})


def _counted_group(toks: list[Token]) -> NounPhrase | None:
    """A sentence opening with a counted group ("Over 50 river-care groups in Norland have …",
    "More than 200 activists …"), which the subject reader steps over as an opening phrase."""
    if len(toks) < 4 or toks[0].lower not in {"over", "more", "nearly", "almost", "about", "some", "around"}:
        return None
    nouns = text_lexicon("en", "plural_group_nouns")
    at = next((k for k, t in enumerate(toks[:8]) if t.lower in nouns), None)
    if (
        at is None
        or any(t.text in {",", MASK} for t in toks[:at])
        or not any(t.text[0].isdigit() for t in toks[:at])
    ):
        return None
    end = at
    the = at + 3 < len(toks) and toks[at + 2].lower == "the"
    if at + 2 + the < len(toks) and toks[at + 1].lower in {"in", "from", "of"} and toks[at + 2 + the].is_cap:
        end = at + 2 + the  # "… groups in Norland", "… in the Varan Isles"
        while end + 1 < len(toks) and toks[end + 1].is_cap:
            end += 1
    return NounPhrase(toks[0].start, toks[end].end, tuple(toks[: end + 1]))


_ANONYMITY = re.compile(
    r"\b(?:on\s+(?:the\s+)?condition\s+of\s+anonymity|(?:requested|granted)\s+anonymity|declined\s+to\s+be\s+"
    r"(?:named|identified)|asked\s+not\s+to\s+be\s+(?:named|identified)|not\s+authori[sz]ed\s+to\s+"
    r"(?:speak|talk|comment))"
)


def _anonymous_posts(text: str) -> frozenset[str]:
    """The posts an article says it leaves unnamed ("the aide, who asked not to be named", "a
    diplomat granted anonymity"): "the aide" there is nobody the article names, never the last
    person named."""
    roles = lexicon().roles
    posts: set[str] = set()
    for m in _ANONYMITY.finditer(text):
        before = re.findall(r"[a-z]+", text[max(0, m.start() - 80) : m.start()])
        post = next((w for w in reversed(before) if w in roles), None)
        if post is not None:
            posts.add(post)
    return frozenset(posts)


# a passive that gives what was said to its agent ("This was confirmed by X.")
_CONFIRMED_BY = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:confirmed|stated|echoed|voiced|expressed|"
    r"stressed|repeated|seconded)\s+(by)\b"
)


# words before a post that make its holder another one than any named ("the second official")
_ORDINALS = frozenset({"second", "third", "fourth", "other"})

# a part of a group before its definite plural ("One of the officials said")
_ONE_OF = re.compile(r"\b(one|another|some|two|each)\s+of\s+$", re.IGNORECASE)

# descriptions as wide as "the official" that a writer uses for the person just quoted ("Kinzer
# points out … . “…,” according to the American journalist")
# (an interviewee's descriptions only: "the diplomat", "the official" often bring in someone else)
# posts that head something, which a writer varies for the person just quoted ("the army chief")
_LEGISLATORS = frozenset({"lawmaker", "parliamentarian", "legislator", "mp", "senator", "congressman"})
_LEADING_POSTS = frozenset(
    {"chief", "head", "commander", "director", "leader", "boss", "chairman", "chairwoman"}
)
# adjectives that tie an unnamed source to a matter ("a source familiar with the talks")
_SOURCE_ADJECTIVES = frozenset({"familiar", "close", "knowledgeable", "briefed"})
_WIDE_DESCRIPTIONS = frozenset(
    {"journalist", "author", "writer", "commentator", "columnist", "economist", "expert", "analyst"}
    | {"scholar", "academic", "researcher", "professor"}
)

# an article's dateline before its lead's first words ("TEHRAN –")
_LEAD_DATELINE = r"\s*(?:[A-Z][A-Z .,]*\s*[–—-]+\s*)?"

_MILITARY_RANKS = frozenset({"admiral", "rear", "general", "brigadier", "major", "colonel", "lieutenant"})

# first words of a phrase fronted before its clause's "he" that is about someone else ("Asked about
# X, he said", "In a meeting with X, he said"), unlike a clause with its own subject ("After X left")
_FRONTED_OPENERS = frozenset({"asked", "in", "on", "about", "regarding", "concerning", "during", "following"})

_FRONTED_PHRASE = re.compile(r"\.\s|^(?:In|On|At|During|Since|By|From|After|Before|Last|This|Earlier)\b")

# a nationality word on a thing near a mention, which ties nobody to the country
_PLACE_ON_A_THING = re.compile(
    r"\b[a-z]+[\s-]+(?:language|languages|media|press|newspaper|daily|website|people|nation|side|friends|soil)\b"
)

# a verb after a subject that says its speaker goes on ("further mentioned", "also said")
# before a speech verb, words that make it no speech yet ("will speak", "is to address", "may say")
_NOT_YET = frozenset(
    {"will", "would", "shall", "may", "might", "could", "should", "must", "to", "cannot", "not"}
)
_PASSIVE_AFTER = re.compile(r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+[a-z]+ed\b")
# a clause of its own between a sentence's subject and the verb issuing a document
_CLAUSE_LINK = re.compile(r"\b(?:after|when|because|before|since|while|that|until|once)\b")
# the capitalised name right before that verb ("… once the Agency released"; "has" or "had" between)
_ISSUER_BEFORE = re.compile(r"(?:\bthe\s+)?((?:[A-Z][\w’'.&-]*\s+){1,6}?)(?:(?:has|have|had)\s+)?$")
# "a post on Ali Vaez's official Twitter account read": the outlet up to the verb
_ON_OUTLET = re.compile(
    r"\s+(?:on|in|from)\s+([^,.;:“”\"]{3,80}?)\s+(?=(?:read|reads|said|says|wrote|stated|added)\b)"
)
_OUTLET_NOUNS = r"(?:website|site|media|outlet|portal|newspaper|daily|weekly|magazine)"
_GOES_ON = re.compile(r"\s+(?:further|also|then\s+went\s+on|went\s+on|continued)\b")


def _group_noun(words: list[str]) -> str | None:
    """The plural noun of a group in a phrase's words ("groups", "lawmakers"), if any."""
    nouns = text_lexicon("en", "plural_group_nouns")
    return next((w for w in words if w.lower() in nouns), None)  # "Members of the guild" too


# what a body issues: "the statement" as a subject stands for the body that spoke just before
_ISSUED = frozenset({"statement", "announcement", "communique", "communiqué", "declaration"})


# words before a lower-case "-ed" word that make it a verb ("have dismissed critics who …")
_VERB_BEFORE_OBJECT = frozenset({"have", "has", "had", "i", "you", "we", "they", "he", "she", "it"})


class Resolver:
    """Resolution over one article: its names, sentence subjects and the speakers seen so far."""

    def __init__(self, attributor: Attributor, index: ArticleEntities) -> None:
        self.masked = attributor.masked
        self.index = index
        self.sentences: list[tuple[int, int]] = []
        for (plo, phi), starts in zip(attributor.paras, attributor.sent_starts, strict=True):
            bounds = [s for s in starts if plo <= s < phi] or [plo]
            for k, lo in enumerate(bounds):
                self.sentences.append((lo, bounds[k + 1] if k + 1 < len(bounds) else phi))
        self._starts = [lo for lo, _ in self.sentences]
        # sentences counted without those that are only a quotation ("“…”" standing alone goes on
        # with the speaker before it): how far back "he" and "the minister" look
        self._prose: list[int] = []
        count = 0
        for lo, hi in self.sentences:
            count += len(re.findall(r"[A-Za-z]{2,}", self.masked[lo:hi])) >= 2
            self._prose.append(count)
        self._occ_starts = [o.start for o in index.occurrences]
        # the article's own lower-case words, its quotations included ("such old methods")
        self._lower_words = frozenset(re.findall(r"\b[a-z][a-z’'-]+\b", attributor.text))
        self._anonymous = _anonymous_posts(attributor.text)
        # capitalised words the article writes inside a sentence (a name), not only opening one
        self._mid_caps = frozenset(re.findall(r"(?<=[\w,;’'”\"] )[A-Z][\w’'-]*", attributor.text))
        self.subjects: list[_Subject] = []
        self.groups: list[
            _Subject
        ] = []  # quotes' speakers that are several people ("X and Y", "the lawmakers")
        # "m" or "f" for a name a "he" or "she" has resolved to: a later pronoun of the other kind
        # is someone else ("Elham Aminzadeh … she said …. He was told …")
        self._gender: dict[str, str] = self._genders_by_sentence()
        self._pronoun_at: dict[int, Resolved] = {}
        self._chain_at: dict[int, Resolved] = {}  # a sentence-opening "he" read for a later one
        # reading a subject's role phrase again for a pronoun after it: the phrase then refers back
        # ("Iran’s envoy to London went on to say … . “…,” he explained": the envoy named before)
        self._rereading = False
        for n, (lo, hi) in enumerate(self.sentences):
            self._read_sentence(n, lo, hi)

    def _read_sentence(self, n: int, lo: int, hi: int) -> None:
        """Note the subject of sentence ``n`` and who speaks in it (subjects are read before any
        quotation is attributed)."""
        toks = tokens(self.masked, lo, hi)
        np = sentence_subject(toks)
        if np is not None:
            # "Vandos expressed satisfaction with …": speaking, so the "he added" after is his
            spoke = _EXPRESSED.match(self.masked, np.end) is not None
            self._note(self._copular_name(np, hi) or np, n, speaker=spoke)
        elif (fronted := _fronted_clause_subject(toks)) is not None:
            self._note(fronted, n)  # "While President Vos presented the budget, he admitted …"
        agent = _CONFIRMED_BY.search(self.masked, lo, hi)
        at = next((k for k, t in enumerate(toks) if t.start == agent.start(1)), None) if agent else None
        if at is not None and (at > 10 or any(t.lower == "that" or t.text == MASK for t in toks[:at])):
            at = None  # only the sentence's own passive, not one inside what someone says or a quote
        if at is not None and (by := subject_after(toks, at)) is not None:
            self._note(by, n, speaker=True)  # "This was confirmed by the rapporteur, Ali Vaez. He said"
        group = _counted_group(toks)
        if group is None and np is not None and _group_noun(mention_words(np)) and self._kind(np) is None:
            group = np  # the kind read only for a subject that holds a group's noun
        if group is not None:
            self._note_group(group, n)
        # who speaks in the sentence ("Pistachio is the top export, Ali Vaez said."): a pronoun
        # in the next quote is more often them than the sentence's grammatical subject
        for cue in find_cues(toks):
            subj = subject_of(toks, cue)
            if cue.according and subj is not None and self._kind(subj) == "org":
                self._note(subj, n)  # "According to the Norland News Agency, … . It said": its "it"
            elif (
                cue.according
                and subj is not None
                and cue.index == 0
                and subj.tokens[0].is_cap
                and self._kind(subj) == "person"
            ):
                # "According to Vaez, the Leader has stressed … . “…,” he added": the sentence is
                # his (a description, "the official", is left to the role phrase's own reading)
                self._note(subj, n, speaker=True)
            named = subj is not None and (subj.tokens[0].is_cap or subj.tokens[0].lower in DETERMINERS)
            if cue.quoted_as and subj is not None and named and self._kind(subj) == "person":
                self._note(subj, n, speaker=True)  # "…, IRNA quoted Ali Vaez as saying. He said …"
            if cue.according or cue.quoted_as or cue.participle or cue.text.lower().startswith("report"):
                continue
            if cue.index > 0 and toks[cue.index - 1].lower in _NOT_YET:
                continue  # "Vaez will speak with Lena Ortiz, the official said": no one speaks yet
            if (
                subj is not None
                # a bare lower-case noun is no subject ("member states": a noun, not a verb)
                and (subj.tokens[0].is_cap or subj.tokens[0].lower in DETERMINERS)
                and len(mention_words(subj))
                and mention_words(subj)[0].lower() not in lexicon().pronouns
                # "In a statement posted online, it said": a preposition's object is no subject;
                # "Vaez added that Kemal believes …": one inside what another says is not speaking,
                # nor "… stated that as Kemal announced, …": the source of what another says (but
                # "As Kemal has announced, exports stood at …" opening the sentence is his)
                and (
                    not re.search(
                        r"\b(?:in|on|at|with|from|through|via|that|as)\s+$",
                        self.masked[lo : subj.start],
                        re.I,
                    )
                    or _OPENING_AS.fullmatch(self.masked, lo, subj.start) is not None
                )
            ):
                self._note(subj, n, speaker=True)

    # -- public ---------------------------------------------------------------------------------

    def resolve(self, np: NounPhrase, *, continues: bool = False, quoted: str = "") -> Resolved:
        """(fullest name, role, organisation) for the speaker mention ``np``; ``continues``: its cue
        says a speaker goes on ("he added"), so a pronoun is the person quoted just before."""
        np = _name_before_verb(_without_passive_by(_without_dateline(np)))
        if len(np.tokens) > 1 and np.tokens[-1].lower in _SOURCE_ADJECTIVES:
            np = NounPhrase(np.start, np.tokens[-2].end, np.tokens[:-1])  # "one source familiar (with …)"
        words = mention_words(np)
        if not words:
            return NOTHING
        low = [w.lower() for w in words]
        lex = lexicon()
        if len(words) == 1 and low[0] in lex.pronouns:
            return self._pronoun_mention(np, low[0], continues, quoted)
        if len(words) == 1 and low[0] in SUBJECT_RELATIVES and not words[0].isupper():
            return self._antecedent(np)  # "who" (not "WHO", the health body)
        family = self._family_mention(np, words, low)
        if family is not None:
            return family
        joint = (
            self._group(np, low) or self._apposed(np, low) or self._medium_owner(np) or self._run_on_post(np)
        )
        if joint is not None:
            return joint
        if len(words) == 1 and low[0].endswith("ing") and len(low[0]) > 5:
            if self.index.fullest(words, "person") is None:
                return NOTHING  # "Threatening to cut aid … by saying: “…”": a gerund, nobody speaking
        if (
            len(low) <= 2
            and low[-1] in honorific_references()
            and (len(low) == 1 or low[0] in POSSESSIVE_PRONOUNS)
        ):
            # "his Eminence said": a pronoun with a title
            return self._pronoun(np.start, "she" if low[0] == "her" else "he")
        if low[0] in POSSESSIVE_PRONOUNS and len(words) > 1 and not words[-1][0].isupper():
            return self._possessive(np, low[0], words[1:])
        head = role_head(words)
        unnamed = self._unnamed_by_wording(np, words, low, head) if low[0] == "the" else None
        if unnamed is not None:
            return unnamed
        unnamed = self._indefinite(np, words, low, head) if low[0] in _INDEFINITE else None
        if unnamed is not None:
            return unnamed
        if head is not None and low[0] in {"a", "an"}:
            # "A professor of government at X says … . Writing in …, Ali Vaez said": the lead's
            # description is the person the next sentence names speaking, before any post reading
            found = self._lead_description(np.start)
            if found[0] is not None:
                return found
        if head is not None:
            # "said Envoy to the Islands, Rasa Dolat.": the post's holder set off after it
            found = self._set_off_after(np, " ".join(words), _PLACE_THEN_COMMA)
            found = found if found[0] is not None else self._post_mention(np, words, low, head)
            if found[0] is not None:
                return found
        if low[0] in {"a", "an"} and low[-1] not in DOCUMENTS:
            # the lead of an interview: "A prominent Iranian psychoanalyst says … ¶ “…,” Modjtaba
            # Sadria told the Tehran Times": the one named speaking next, when nobody came before
            found = self._lead_description(np.start)
            if found[0] is not None:
                return found
        owner = possessive_owner(np)
        if owner is not None and (low[-1] in DOCUMENTS or low[-1] in text_lexicon("en", "speech_nouns")):
            return resolve_name(owner, self.index)  # "Baird's statement stressed": Baird speaks
        by_author = self._statement_by(np, low)
        if by_author is not None:
            return by_author
        if low[-1] in DOCUMENTS and not words[-1][0].isupper():
            found = self._issuer_before_document(np, words, low) or self._document_author(np, low[-1])
            if found[0] is not None:
                return found
        named = self._body_by_noun(np, words, low)
        if named is not None:
            return named, None, None
        paper = self._paper_for(np, words, low) or self._aged(np, low)
        return (paper, None, None) if paper is not None else resolve_name(np, self.index)

    def _aged(self, np: NounPhrase, low: list[str]) -> str | None:
        """ "Asked about the jeers, the 24-year-old said": the person who is the subject of the
        sentences just before, named in full (no one else named since)."""
        if len(low) != 2 or low[0] != "the" or not re.fullmatch(r"\d{1,3}-year-old", low[1]):
            return None
        subj = self._recent_subject(np.start, "person")
        ent = self.index.fullest(str(subj.resolved[0]).split(), "person") if subj is not None else None
        return ent.name if ent is not None else None

    def _paper_for(self, np: NounPhrase, words: list[str], low: list[str]) -> str | None:
        """The outlet "the paper" or "the U.S. magazine" stands for: the newspaper named last, else
        (a described outlet) the body seen speaking last."""
        if low in (["the", "paper"], ["the", "newspaper"], ["the", "daily"]):
            return (
                self._paper_named(np.start)
                # "The London-based Raialyoum newspaper said … . …, the newspaper said"
                or (self._press_named_as(np.start, low[-1]) if low[-1] != "paper" else None)
                or (self._press_speaker_before(np.start) if _press_description(words, low) else None)
            )
        if _press_description(words, low):
            return (
                self._paper_named(np.start)
                or self._press_named_as(np.start, low[-1])
                or self._press_speaker_before(np.start)
            )
        return None

    def _press_named_as(self, pos: int, noun: str) -> str | None:
        """ "the Lebanese newspaper Al-Akhbar" or "Foreign Policy magazine" earlier in the article,
        before "the Lebanese newspaper said", "the U.S. magazine reports": the name written right
        after or before the same noun, the last one before ``pos``."""
        name = r"((?:al-|Al-)?[A-Z][\w’'-]*(?:\s+(?:al-)?[A-Z][\w’'-]*)*)"
        after = re.compile(rf"\b{re.escape(noun)}\s+{name}")
        before = re.compile(rf"{name}\s+{re.escape(noun)}\b")
        found = [(m.start(), m.group(1)) for m in after.finditer(self.masked, 0, pos)]
        found += [
            (m.start(), re.sub(r"^(?:The\s+)?(?:[\w’'.-]+-based\s+)?", "", m.group(1)))
            for m in before.finditer(self.masked, 0, pos)
            if m.group(1).lower() not in lexicon().not_names
            and not is_place(m.group(1).split())
            # "The American magazine": a description again, no name
            and not all(w.lower().strip(".") in place_adjectives() | {"the"} for w in m.group(1).split())
        ]
        return max(found)[1] if found else None

    def _family_mention(self, np: NounPhrase, words: list[str], low: list[str]) -> Resolved | None:
        """A surname two people of the article share, or someone known by a tie to another."""
        if len(words) == 1 and words[0][:1].isupper():
            shared = self._surname_of_last_speaker(np.start, words[0])
            if shared is not None:
                return shared  # "Lena Vaez said …. Vaez concluded": not her father, General Ali Vaez
        if not _relative_of_another(np, low):
            return None
        # "The daughter of the late general, X, hailed …": a third person, named next or not at all
        found = self._lead_description(np.start)
        return (
            found if found[0] is not None else (" ".join(self.masked[np.start : np.end].split()), None, None)
        )

    def _body_by_noun(self, np: NounPhrase, words: list[str], low: list[str]) -> str | None:
        """ "the ministry said": the body named before whose name holds the noun; "the website
        asked" after "X, an independent media, offers …": the outlet named before."""
        named = None
        plain = not any(w[0].isupper() for w in words[1:-1]) and (
            words[-1].islower() or (len(words) == 2 and not words[-1].isupper())  # not "the AP"
        )
        if low[0] == "the" and low[-1] in lexicon().org_words and plain:
            # "the ministry said", "the Ministry said": no other capital in the phrase
            named = self._body_named(np.start, low[-1])
        elif low[0] == "the" and len(words) > 2 and low[-1] in lexicon().org_words and words[-1].islower():
            # "the Russian ministry said" after "the Russian Defense Ministry announced": the body
            # named before whose name holds the noun and every country word
            places = words[1:-1]
            if all(w[0].isupper() and w.lower() in place_adjectives() for w in places):
                found = self._body_named(np.start, low[-1])
                placed = None if found is None else " ".join([*places, found])
                if found is not None and set(map(str.lower, places)) <= set(found.lower().split()):
                    named = found
                elif placed is not None and re.search(rf"\b{re.escape(placed)}\b", self.masked[: np.start]):
                    named = placed
        if named is None and low in (["the", "website"], ["the", "site"], ["the", "outlet"]):
            named = self._body_named(np.start, _OUTLET_NOUNS)
        return named

    def _press_speaker_before(self, pos: int) -> str | None:
        """ "Foreign Policy argues, “…” … The U.S. conservative magazine reports": the body seen
        speaking last before ``pos`` (a few sentences back), when it is no person and its name holds
        no word of a government body ("ministry", "council"), which no magazine is."""
        here = self._prose[self._sentence_at(pos)]
        k = bisect_right(self.subjects, _Subject(pos, pos, 0, "", NOTHING))
        for subj in reversed(self.subjects[:k]):
            if self._prose[subj.sentence] < here - 2 * RECENT_SENTENCES:
                return None
            name = str(subj.resolved[0] or "")
            if not subj.speaker or subj.end > pos or not name[:1].isupper():
                continue
            noun = re.match(r"\s+([a-z]+)", self.masked[subj.end : subj.end + 20])
            if noun is not None and noun.group(1) in lexicon().org_words:
                continue  # "the Biden administration insists": a name modifying a noun is no outlet
            if subj.kind == "person" or self.index.fullest(name.split(), "person") is not None:
                return None  # a person spoke since: the description is not theirs
            words = name.lower().split()
            if any(w in _STATE_BODY_WORDS or w in lexicon().roles for w in words) or is_place(name.split()):
                return None
            return name
        return None

    def _paper_named(self, pos: int) -> str | None:
        """The newspaper named last in the sentences before ``pos`` ("The New York Times has
        accused … . …, the paper wrote:"), by the last word of its name (newspaper_heads.txt)."""
        here = self._sentence_at(pos)
        lo = self.sentences[max(0, here - RECENT_SENTENCES)][0]
        found = list(_newspaper_name().finditer(self.masked, lo, pos))
        return re.sub(r"^The\s+", "", found[-1].group(0)) if found else None

    def _indefinite(
        self, np: NounPhrase, words: list[str], low: list[str], head: str | None
    ) -> Resolved | None:
        """A mention opening with "a", "one", "another" (``_INDEFINITE``): someone unnamed ("one of the sources",
        "a senior diplomat", "a spokeswoman for X"), or the name set off beside it; None when it
        says nothing of the kind."""
        if self._speaks_for_named(np, words, low):
            return " ".join(words[1:]), None, None
        if len(low) > 2 and low[1] == "of" and not any(w[0].isupper() for w in words[2:]):
            return " ".join(words), None, None  # "one of the sources said": someone unnamed
        if len(low) > 1:
            named = self._set_off_after(np, " ".join(words[1:]))
            if named[0] is not None:
                return named  # "…,” said one rescuer, Ali Vaez.": the name set off after it
        if head is not None:
            # "Ali Vaez, an adviser to the president, said": the description stands beside the name
            named = self._named_before(np.start)
            if named[0] is not None:
                return named
            lead = low[0] in {"a", "an"} and self._prose[self._sentence_at(np.start)] <= 1
            if not lead:
                # "one official said", "a senior diplomat added": someone the article does not name,
                # a description, never the named person nearby (a lead's "A senior MP …" is named
                # further on: below)
                return " ".join(words[1:] if low[0] in {"a", "an"} else words), None, None
        return None

    def _speaks_for_named(self, np: NounPhrase, words: list[str], low: list[str]) -> bool:
        """ "a spokeswoman for foreign policy chief X": someone unnamed speaking for X, not X (not
        "an aide to X, Ali Vaez", named after the comma)."""
        if (
            len(low) < 4
            or low[0] not in {"a", "an"}
            or low[1] not in _SPEAKING_FOR
            or low[2] not in {"for", "to"}
        ):
            return False
        named = self.index.fullest(words[-2:], "person") or self.index.fullest(words[-1:], "person")
        return named is not None and "," not in self.masked[np.start : np.end]

    def _post_mention(self, np: NounPhrase, words: list[str], low: list[str], head: str) -> Resolved:
        """A speaker written as a post ("the minister", "Leader of the Islamic Revolution"): its
        holder in the article, else the post as written when it says whose post it is, else
        NOTHING (the caller reads it as a name)."""
        named = self._name_after_post(words, head)
        if named is not None:
            return named.name, named.role, named.organisation
        # only "the minister" refers back; a bare "EU foreign policy chief" introduces someone
        origin = _nationality_words(words)
        placed = any(w in {"for", "to"} for w in low[low.index(head) + 1 :]) if head in low else False
        found = self._role_holder(
            np.start,
            head,
            # a lone role word ("“…,” MP said") introduces nobody: a sloppy "the MP"; a post for a
            # place ("the MP for Zabol") is its holder named before, never someone named later
            anaphoric=low[0] in {"the", "his", "her"}
            or low == [head]
            or (self._rereading and np.tokens[0].text.endswith(("’s", "'s")))
            # "Norland’s top diplomat added": the country's one top holder, named before
            or ("top" in low and head in text_lexicon("en", "generic_roles")),
            owned=bool(origin) and np.tokens[0].text.endswith(("’s", "'s")),
            later=not placed,
            past=any(w == "former" or w.startswith("ex-") for w in low),
            origin=origin,
            qualifier=role_qualifier(words, head),
        )
        definite = low[0] == "the" or np.tokens[0].text.endswith(("’s", "'s"))
        described = found[0] is None or self.index.fullest(str(found[0]).split(), "person") is None
        if definite and not placed and described:
            revealed = self._named_in_next_sentence(np, head, origin)
            if revealed is not None:
                return revealed
        if found[0] is not None:
            return found
        going_on = self._going_on(np, head)
        if going_on is not None:
            return going_on
        heading = self._head_of_body(words, low, head)
        if heading is not None:
            return _found(heading)
        if origin and "of" not in low:
            # "the French president" with no one the article ties to France: a description
            return " ".join(w for w in words if w.lower() not in DETERMINERS), None, None
        prep = next((w for w in low[1:] if w in {"of", "for", "to"}), None)
        if prep is not None and low[low.index(prep) - 1] == head:
            # "Leader of the Islamic Revolution said", "the MP for Zabol told" with nobody the
            # article gives the post: the post as written, not the body or place its phrase names
            # (a person named in the phrase, "Leader of the Revolution Kamal Vos", is the speaker)
            named = resolve_name(np, self.index)
            person = named[0] is not None and (
                self.index.fullest(str(named[0]).split(), "person") is not None
                # one word the article knows as no one's name is the place ("governor of Esterbo")
                or (speaker_kind(str(named[0])) == "person" and " " in str(named[0]))
            )
            if person:
                return named
            return " ".join(words[1:] if low[0] in DETERMINERS else words), None, None
        if low == ["the", head]:
            # "the mayor of Tehran's District 18 praised … . According to the mayor, “…”": the
            # post as the article wrote it in full before, nobody holding it named
            before = list(
                re.finditer(rf"\b[Tt]he\s+({re.escape(words[1])}\s+{_POST_OF})", self.masked[: np.start])
            )
            if before:
                return before[-1].group(1), None, None
        return NOTHING

    def _head_of_body(self, words: list[str], low: list[str], head: str) -> ArticleEntity | None:
        """ "the chief of the Policy Council on Trade Relations" after "Ali Vaez, President of
        the Policy Council on Trade Relations": the one person the article gives a leading
        post at the body named (not a deputy's, not a member's)."""
        if head not in _LEADING_POSTS | {"president", "secretary"} or head not in low:
            return None
        at = low.index(head)
        if at == 0 or at + 2 > len(low) or low[at + 1] != "of" or low[at - 1] in SUBORDINATE:
            return None  # "the deputy head of …" heads nothing
        body = [w for w in words[at + 2 :] if w.lower() not in DETERMINERS]
        if len(body) < 2 or not all(w[:1].isupper() or w.lower() in {"of", "on", "for", "and"} for w in body):
            return None  # "the head of the team": no named body
        leading = _LEADING_POSTS | {"president", "secretary"}
        body_text = " ".join(body).lower()
        holders = []
        for ent in self.index.entities.values():
            if ent.kind != "person":
                continue
            posts = {*ent.roles, (ent.role or "").lower()}
            # a leading post of the body, in one role ("head of the X") or as role and organisation
            held = any(body_text in r and _leads_in(r[: r.index(body_text)], leading) for r in posts)
            held = held or (
                body_text in (ent.organisation or "").lower()
                and any(_leads_in(r, leading) for r in posts if r)
            )
            if held:
                holders.append(ent)
        return holders[0] if len(holders) == 1 else None

    def _named_in_next_sentence(self, np: NounPhrase, head: str, origin: tuple[str, ...]) -> Resolved | None:
        """ "Varnia’s Navy commander said the ban was “a joke”. “…,” Rear Admiral Ali Vaez said": a
        definite post the article gives nobody is the person the next sentence names speaking, in
        full and for the first time, when they hold no other office and are of no other country."""
        around = re.findall(r"[A-Za-z]+", self.masked[max(0, np.start - 12) : np.start])[-1:]
        around += re.findall(r"[A-Za-z]+", self.masked[np.end : np.end + 24])[:2]
        verbs = text_lexicon("en", "continuation_cues")
        if _PASSIVE_AFTER.match(self.masked, np.end):
            return None  # "The envoy was warned it was “…”": the one spoken to
        if _GOES_ON.match(self.masked, np.end) or any(
            lexicon().speech_verb_lemma.get(w.lower()) in verbs for w in around
        ):
            return None  # "The Varnian president added": someone quoted before goes on
        here = self._prose[self._sentence_at(np.start)]
        k = bisect_right(self.subjects, _Subject(np.end, np.end, 0, "", NOTHING))
        for subj in self.subjects[k:]:
            if self._prose[subj.sentence] > here + 1:
                return None
            if self._prose[subj.sentence] <= here or not subj.speaker:
                continue
            words = str(subj.resolved[0]).split() if subj.kind == "person" and subj.resolved[0] else []
            ent = self.index.fullest(words, "person") if len(words) > 1 else None
            if ent is None or any(o.entity is ent and o.start < np.start for o in self.index.occurrences):
                return None  # someone else, or named before: the holder would have been found
            if self._turns_away(subj):
                return None  # "Separately, a deputy minister, Ali Vaez, said": another matter
            # a wide post ("Iran's chief nuclear official") fits any office
            generic = head in text_lexicon("en", "generic_roles")
            if (not generic and holds_other_office(ent, head, _MILITARY_RANKS)) or (
                origin and self._from(ent, origin, subj.end) is False
            ):
                return None
            return subj.resolved
        return None

    def _unnamed_by_wording(
        self, np: NounPhrase, words: list[str], low: list[str], head: str | None
    ) -> Resolved | None:
        """A definite phrase its own wording or the article keeps from anyone named: "One of the
        officials" (one of them, not the group), "the second official" (another one), an aide the
        article says "asked not to be named"."""
        one_of = _ONE_OF.search(self.masked, max(0, np.start - 12), np.start)
        if one_of is not None and _group_noun(words) is not None:
            return f"{one_of.group(1).lower()} of {' '.join(words)}", None, None
        if head is not None and _ORDINALS & set(low[1 : low.index(head)] if head in low else ()):
            return " ".join(words[1:]), None, None
        if head in self._anonymous and all(w.islower() for w in words):
            return " ".join(words[1:]), None, None
        return None

    def _going_on(self, np: NounPhrase, head: str) -> Resolved | None:
        """ "“…,” stressed Karan. The Esterby foreign minister further noted …": a definite post
        whose verb says the speaker goes on ("further", "also", "went on") is the person named
        speaking in the sentence before, when the article gives them no other office."""
        wide = head in _WIDE_DESCRIPTIONS
        goes_on = _GOES_ON.match(self.masked, np.end) is not None
        # "Kalantari criticized … . “…,” the environment chief lamented": a post heading something,
        # right after its named speaker, is another word for them (not a "chief" after a minister)
        leading = head in _LEADING_POSTS and not wide
        owned = np.tokens[0].text.endswith(("’s", "'s")) and is_place([np.tokens[0].text])
        if not (np.tokens[0].lower == "the" or (leading and owned)) or not (wide or goes_on or leading):
            return None
        here = self._sentence_at(np.start)
        last = self._last_speaker(np.start, reach=1)
        if last is None or last.sentence < here - 1:
            return None
        ent = self.index.fullest(str(last.resolved[0]).split(), "person")
        if (
            ent is None
            and goes_on
            and self._lone_name(last)
            and not _nationality_words([t.text for t in np.tokens])
        ):
            # "“…,” Rouhani said. The president also said": a speaker named by one word only (not
            # "the French president also said": nothing ties that name to a country)
            ent = ArticleEntity(str(last.resolved[0]), "person", tokens=(str(last.resolved[0]),))
        # a wide description goes on with anyone but a holder of an office of state ("the journalist"
        # after a correspondent, not "the scholar" after the president)
        if ent is None or (holds_office_of_state(ent) if wide else holds_other_office(ent, head)):
            ranks = _LEADING_POSTS | _MILITARY_RANKS | text_lexicon("en", "rank_titles")
            qualifier = role_qualifier([t.text for t in np.tokens], head)
            in_field = leading and ent is not None and field_in_post(ent, qualifier)
            if (
                ent is None
                or not leading
                or not ({w.strip(".,") for w in role_words(ent)} <= ranks or in_field)
            ):
                return None
            if other_branch(ent, qualifier):
                return None  # "the Navy chief" is no army general
        # "the American expert" after an Iranian envoy spoke is someone else (a post's going-on verb
        # already says the writer means the last speaker: a stray place near a mention must not undo it)
        origin = _nationality_words([t.text for t in np.tokens]) if wide or leading else ()
        if origin and self._from(ent, origin, np.start) is False:
            return None
        # "Zarif met Lavrov. … The Russian foreign minister also said": someone else named since
        lo = self.sentences[max(0, last.sentence - 1)][0]
        others = {
            o.entity.name
            for o in self.index.occurrences[
                bisect_left(self._occ_starts, lo) : bisect_right(self._occ_starts, np.start)
            ]
            if o.entity.kind in {"person", "maybe"} and o.entity is not ent and o.entity.name != ent.name
        }
        return last.resolved if not others else None

    def _medium_owner(self, np: NounPhrase) -> Resolved | None:
        """ "the Twitter account of the Leader wrote", "Vaez's website said": an outlet of the
        speaker's own carries their words; None when the mention is no such outlet or its owner
        resolves to nobody."""
        media = text_lexicon("en", "speaker_media_nouns")
        toks = [t for t in np.tokens if t.is_word]
        at = next(
            (k for k in range(1, len(toks) - 1) if toks[k].lower == "of" and toks[k - 1].lower in media), None
        )
        if at is not None:
            # up to a comma: "the page of the Leader, managed by aides," names the Leader
            comma = self.masked.find(",", toks[at].end, np.end)
            rest = [t for t in toks[at + 1 :] if t.start < (comma if comma >= 0 else np.end)]
            owner: NounPhrase | None = NounPhrase(rest[0].start, rest[-1].end, tuple(rest)) if rest else None
        elif toks and toks[-1].lower in media:
            # "Vaez's website", "the Foreign Ministry website" (not "a statement carried by X website")
            owner = possessive_owner(np)
            named = [t for t in toks[:-1] if t.lower not in DETERMINERS]
            if owner is None and named and all(t.is_cap for t in named):
                owner = NounPhrase(named[0].start, named[-1].end, tuple(named))
        else:
            owner = self._outlet_after_post(np, toks)
            if owner is not None and owner.tokens[0].lower in {"his", "her"}:
                # "a tweet on his verified page said": whoever "he" is
                found = self._pronoun(owner.start, "she" if owner.tokens[0].lower == "her" else "he")
                return found if found[0] is not None else None
        if owner is None:
            return None
        found = self.resolve(owner)
        return found if found[0] is not None else None

    def _outlet_after_post(self, np: NounPhrase, toks: list[Token]) -> NounPhrase | None:
        """ "a post on Ali Vaez's official Twitter account read": the outlet a single message is
        on (``speaker_post_nouns.txt``), read as the mention (:meth:`_medium_owner`), when it is
        one of the speaker's own (``speaker_media_nouns.txt``)."""
        if not toks or toks[-1].lower not in text_lexicon("en", "speaker_post_nouns"):
            return None
        m = _ON_OUTLET.match(self.masked, np.end)
        outlet = tuple(t for t in tokens(self.masked, m.start(1), m.end(1)) if t.is_word) if m else ()
        if not any(t.lower in text_lexicon("en", "speaker_media_nouns") for t in outlet):
            return None
        return NounPhrase(outlet[0].start, outlet[-1].end, outlet)  # resolved as an outlet, to its owner

    def _name_after_post(self, words: list[str], head: str) -> ArticleEntity | None:
        """The person a post phrase ends by naming in full ("the new President of Norland Ivo
        Vossberg"): that name, not whoever else the article gives the post (another Vossberg)."""
        low = [w.lower() for w in words]
        at = next((k for k, w in enumerate(low) if w == head or w.split("-")[0] == head), None)
        if at is None:
            return None
        tail = words[at + 1 :]
        for k in range(len(tail), 1, -1):
            run = tail[-k:]
            if not all(w[:1].isupper() or particle_name(w) for w in run):
                continue
            if k < len(tail) and not tail[-k - 1][:1].isupper():
                continue  # "Leader of the Islamic Revolution": the name of the post's body, no person
            ent = self.index.fullest(run, "person")
            if ent is not None and list(ent.tokens) == run:
                return ent
        return None

    def _run_on_post(self, np: NounPhrase) -> Resolved | None:
        """The person whose name ends the capitalised run the phrase stops inside of at "and"
        ("Norland Minister of Health and Medical Education Ali Vaez attended": not "Norland
        Minister of Health"), as the entity index read the run whole."""
        k = bisect_right(self._occ_starts, np.end - 1)  # the run may leave out a word before ("Iranian")
        occ = self.index.occurrences[k - 1] if k else None
        if occ is None or occ.entity.kind != "person" or not np.start <= occ.start < np.end < occ.end:
            return None
        if not re.match(r"\s+and\s+[A-Z]", self.masked[np.end : occ.end]):
            return None
        return occ.entity.name, occ.entity.role, occ.entity.organisation

    def _pronoun_mention(self, np: NounPhrase, pronoun: str, continues: bool, quoted: str) -> Resolved:
        """A speaker written as a pronoun: the person quoted just before when the cue goes on."""
        lex = lexicon()
        if continues and lex.pronouns[pronoun] == "person":
            last = self._last_quoted(np.start)
            gender = _GENDER.get(pronoun)
            # "He continued, “…” … “…,” she added": not him (a gender seen for him before)
            if last is not None and self._moved_on(last, np.start, pronoun):
                last = None
            if last is not None and not self._other_gender(last.resolved[0], gender):
                if gender and last.resolved[0]:
                    self._gender.setdefault(str(last.resolved[0]), gender)
                return last.resolved
        if pronoun == "it" and _EXPLETIVE.match(self.masked, np.end):
            return NOTHING  # "it was emphasized that …": nobody named speaks
        if np.start not in self._pronoun_at:
            # one pronoun introducing two quotes ("“A”, he said, adding, “B”") is one person
            self._pronoun_at[np.start] = self._pronoun(np.start, pronoun, quoted)
        return self._pronoun_at[np.start]

    def _group(self, np: NounPhrase, low: list[str]) -> Resolved | None:
        """Several speaking together: a list of bodies, of people, "X and his counterpart Y", "the two
        ministers"; None when ``np`` names one speaker."""
        listed = listed_bodies([t.text for t in np.tokens if t.is_word or t.text == ","])
        if listed is not None:
            return listed, None, None  # "France, Germany, Britain and the EU said": all of them
        return self._joint(np) or self._listed_people(np) or self._named_pair(np.start, low)

    def _joint(self, np: NounPhrase) -> Resolved | None:
        """ "Ali Farda and his Turkish counterpart Omar Kest": two people, each resolved."""
        cuts = [k for k, t in enumerate(np.tokens) if t.lower == "and"]
        if len(cuts) != 1:
            return None
        left, right = np.tokens[: cuts[0]], np.tokens[cuts[0] + 1 :]
        if not left or len(right) < 2 or right[0].lower not in POSSESSIVE_PRONOUNS:
            return None
        names = []
        for part in (left, right):
            k = len(part)
            while k > 0 and part[k - 1].is_cap:
                k -= 1
            # the name ending each part ("his secretary of state Mike Pompeo")
            name = self._person_named(part[k:])
            if name is None:
                return None
            names.append(name)
        return " and ".join(names), None, None

    def _listed_people(self, np: NounPhrase) -> Resolved | None:
        """ "Karl Brandt, Lena Moreau and Tomas Verlaine said": each person of a comma list, resolved."""
        if not any(t.text == "," for t in np.tokens) or not any(t.lower == "and" for t in np.tokens):
            return None
        members: list[list[Token]] = [[]]
        for t in np.tokens:
            if t.text == "," or t.lower == "and":
                members.append([])
            elif t.is_word:
                members[-1].append(t)
        names = [self._person_named(m) if m and all(t.is_cap for t in m) else None for m in members]
        if len(names) < 2 or any(n is None for n in names):
            return None
        return ", ".join(str(n) for n in names[:-1]) + f" and {names[-1]}", None, None

    def _named_pair(self, pos: int, low: list[str]) -> Resolved | None:
        """ "the two ministers", "both leaders": the last two people named in the sentences before;
        "the two former senior officials" (words before the noun): the last two named together
        ("Ana Ruiz and Lena Moreau"), not two named apart (the people they wrote about)."""
        if not (len(low) >= 3 and low[:2] == ["the", "two"] or len(low) == 2 and low[0] == "both"):
            return None
        if low[-1].removesuffix("s") not in lexicon().roles and low[-1] not in {"sides", "men", "women"}:
            return None
        together = len(low) > 3
        here = self._prose[self._sentence_at(pos)]
        later: Occurrence | None = None  # the person occurrence after the one looked at (going back)
        names: list[str] = []
        for occ in reversed(self.index.occurrences[: bisect_right(self._occ_starts, pos)]):
            if self._prose[self._sentence_at(occ.start)] < here - RECENT_SENTENCES:
                break
            if occ.end > pos or occ.entity.kind != "person":
                continue
            if together:
                if later is not None and self.masked[occ.end : later.start].strip(" ,") == "and":
                    return f"{occ.entity.name} and {later.entity.name}", None, None
                later = occ
            elif occ.entity.name not in names:
                names.insert(0, occ.entity.name)
                if len(names) == 2:
                    return " and ".join(names), None, None
        return None

    def _set_off_after(self, np: NounPhrase, role: str, between: str = r",\s+") -> Resolved:
        """The person named right after a description and its comma, closing the sentence or
        clause ("said one rescuer, Ali Vaez."), else nobody; ``between``: what may come before it."""
        m = re.match(between, self.masked[np.end : np.end + 80])
        if m is None:
            return NOTHING
        at = np.end + m.end()
        k = bisect_left(self._occ_starts, at)
        if k >= len(self.index.occurrences) or self._occ_starts[k] != at:
            return NOTHING
        occ = self.index.occurrences[k]
        if occ.entity.kind != "person" or not re.match(r"\s*(?:[.,;]|$)", self.masked[occ.end : occ.end + 2]):
            return NOTHING
        return occ.entity.name, role, occ.entity.organisation

    def _recent_group(self, pos: int, after: int = -1) -> Resolved:
        """The people who spoke together last ("Ana Ruiz and Lena Moreau said", "the lawmakers
        said"), when no person was a subject since within the recent sentences: "they" means them
        (only a group named after ``after``)."""
        here = self._prose[self._sentence_at(pos)]
        probe = _Subject(pos, pos, 0, "", NOTHING)
        pair = next(
            (p for p in reversed(self.groups[: bisect_right(self.groups, probe)]) if p.end <= pos), None
        )
        if pair is None or self._prose[pair.sentence] < here - RECENT_SENTENCES or pair.start <= after:
            return NOTHING
        k = bisect_right(self.subjects, probe)
        if any(s.kind == "person" and s.start > pair.start and s.end <= pos for s in self.subjects[:k]):
            return NOTHING  # someone else was a subject since
        return pair.resolved

    def _note_group(self, np: NounPhrase, sentence: int) -> None:
        """A subject that is a group of bodies or people by a plural noun ("Over 50 river-care
        groups in Norland have slammed …", "the groups outlined …"): the "they" of later sentences
        when no person was a subject since. A definite one ("the groups") is the group a subject
        named before ("Over 50 organizations …")."""
        words = mention_words(np)
        if _group_noun(words) is None or len(words) > 12:
            return
        written = " ".join(words[1:] if words[0].lower() in DETERMINERS else words)
        if words[0].lower() in {"the", "these", "those"}:
            probe = _Subject(np.start, np.start, 0, "", NOTHING)
            before = [g for g in self.groups[: bisect_right(self.groups, probe)] if not g.speaker]
            written = str(before[-1].resolved[0]) if before else written
        insort(self.groups, _Subject(np.start, np.end, sentence, "group", (written, None, None)))

    def note_speaker(self, np: NounPhrase, resolved: Resolved) -> None:
        """Remember a quote's speaker as a recent subject (so "he" in the next quote can be them)."""
        if resolved[0] is None:
            return
        low = [w.lower() for w in mention_words(np)]
        lex = lexicon()
        if len(low) == 1 and low[0] in lex.pronouns:
            kind = "person" if lex.pronouns[low[0]] == "person" else "org"
        else:
            # a name the article gives with a post ("Tarsk's Foreign Minister Ali bin Omar Al Vaez")
            # is a person even where the name index has no entry for it
            kind = self._kind(np) or ("person" if resolved[1] and _name_is_holder(np, resolved) else None)
        here = self._sentence_at(np.start)
        if kind != "org" and (" and " in str(resolved[0]) or _plural_noun(" ".join(mention_words(np)))):
            # "Lund and Marek said", "the Iranian lawmakers said": "they" later, never "he"
            insort(self.groups, _Subject(np.start, np.end, here, "group", resolved, True, True))
            return
        if kind is not None:
            insort(self.subjects, _Subject(np.start, np.end, here, kind, resolved, True, True))

    # -- internals ------------------------------------------------------------------------------

    def _sentence_at(self, pos: int) -> int:
        return max(0, bisect_right(self._starts, pos) - 1)

    def _note(self, np: NounPhrase, sentence: int, *, speaker: bool = False) -> None:
        if any(s.start == np.start for s in self.subjects):
            if speaker:
                for s in self.subjects:
                    if s.start == np.start:
                        s.speaker = True
            return
        kind = self._kind(np)
        if kind is None or (kind == "person" and self._two_people(np)):
            return  # "Leader Ali Kemal and President Raji have both emphasized": no "he" later
        words = mention_words(np)
        head = role_head(words) if words and words[0].lower() == "the" else None
        resolved = (
            self._role_holder(np.start, head, anaphoric=True, qualifier=role_qualifier(words, head))
            if head
            else NOTHING
        )
        if resolved[0] is None and head:
            heading = self._head_of_body(words, [w.lower() for w in words], head)
            resolved = _found(heading) if heading is not None else resolved
        if resolved[0] is None and len(words) == 2 and words[0].lower() == "the":
            # "The ministry said it arrested …": the body named before with that noun, so that an
            # "it" after reads as it, not as "ministry"; "The statement said": the body issuing it
            body = self._body_named(np.start, words[1]) if words[1] in lexicon().org_words else None
            body = body or (self._issuing_body(np.start) if words[1] in _ISSUED else None)
            resolved = (body, None, None) if body is not None else resolved
        if resolved[0] is None:
            resolved = self._run_on_post(np) or resolve_name(np, self.index)
            low = [w.lower() for w in words]
            post = head or role_head(words)
            if (
                post
                and kind == "person"
                and resolved[0] is not None
                and post in low[:-1]
                and low[low.index(post) + 1] in {"of", "for", "to"}
                and self.index.fullest(str(resolved[0]).split(), "person") is None
            ):
                # "the chief of the Policy Council said … . “…,” he said", "a spokesman for Varan
                # Shipping said": the post, not its body
                resolved = " ".join(words[1:] if low[0] in DETERMINERS else words), None, None
        if head and resolved[0] is not None and self._of_another_country(resolved, words):
            # "the Russian ambassador" is not the ambassador the article ties to Iran
            resolved = " ".join(w for w in words if w.lower() not in DETERMINERS), None, None
        if resolved[0] is not None:
            insort(self.subjects, _Subject(np.start, np.end, sentence, kind, resolved, speaker))

    def _issuer_before_document(self, np: NounPhrase, words: list[str], low: list[str]) -> Resolved | None:
        """ "the RIVA statement said", "the Norland Guard's report": the body named before the
        document word issued it (not a nationality: "the Iranian statement" stays the document)."""
        if len(words) < 3 or low[0] != "the" or not all(w[:1].isupper() for w in words[1:-1]):
            return None
        if any(w.lower() in text_lexicon("en", "demonyms") for w in words[1:-1]):
            return None
        owner = tuple(t for t in np.tokens if t.is_word)[1:-1]
        found = resolve_name(NounPhrase(owner[0].start, owner[-1].end, owner), self.index)
        return found if found[0] is not None else None

    def _issuing_body(self, pos: int) -> str | None:
        """The body seen speaking just before ``pos`` ("The IRGC declared … . The statement said")."""
        subj = self._recent_subject(pos, "org")
        if subj is not None and subj.speaker and subj.end <= pos and str(subj.resolved[0])[:1].isupper():
            return str(subj.resolved[0])
        return None

    def _of_another_country(self, resolved: Resolved, words: list[str]) -> bool:
        """Whether a role phrase's nationality ("the Russian ambassador") is not the country whose
        post the article gives the person it was read as ("…, who is Iran's Ambassador …")."""
        origin = _nationality_words(words)
        body = str(resolved[2] or "")
        if not origin or not is_place([body]):
            return False
        return country_key(body) not in {country_key(w) for w in origin}

    def _two_people(self, np: NounPhrase) -> bool:
        """Whether a subject joins two people with "and" and takes a plural verb ("Leader Ali Kemal
        and President Raji have both emphasized"), not an office's "and" ("Security and Foreign
        Policy Committee Chairman Ali Vaez has said")."""
        toks = np.tokens
        joined = any(
            t.lower == "and" and 0 < k < len(toks) - 1 and toks[k - 1].is_cap and toks[k + 1].is_cap
            for k, t in enumerate(toks)
        )
        return (
            joined and re.match(r"\s*(?:have|are|were|both)\b", self.masked[np.end : np.end + 12]) is not None
        )

    def _copular_name(self, np: NounPhrase, hi: int) -> NounPhrase | None:
        """ "The latest official to comment is Prosecutor General Ali Vaez.": a description introduced
        by "is" / "was" as a person the article names; that person is the sentence's subject (the
        "he" of the next sentence), not the description."""
        if not np.tokens or np.tokens[0].is_cap and np.tokens[0].lower not in DETERMINERS:
            return None  # "Ali Vaez is the spokesman": the subject is already the name
        rest = self.masked[np.end : hi]
        m = re.search(r"\s(?:is|was)\s", rest[:80])  # "… official to comment on X is"
        if m is None or any(c in rest[: m.start()] for c in ",;:"):
            return None
        k = bisect_right(self._occ_starts, np.end + m.end() - 1)
        for occ in self.index.occurrences[k : k + 3]:
            if occ.start >= hi:
                break
            if occ.entity.kind == "person" and re.match(r"\s*(?:[.,;]|who\b|$)", self.masked[occ.end : hi]):
                toks = tuple(t for t in tokens(self.masked, occ.start, occ.end) if t.is_word)
                return NounPhrase(occ.start, occ.end, toks) if toks else None
        return None

    def _kind(self, np: NounPhrase) -> str | None:
        """ "person" or "org" for a non-pronoun subject, from the names inside it or its head noun."""
        lex = lexicon()
        words = mention_words(np)
        low = [w.lower() for w in words]
        if not low or (len(low) == 1 and low[0] in lex.pronouns):
            return None
        head = next((t for t in reversed(np.tokens) if t.is_word), None)
        if head is None or head.lower in _NUMBER_WORDS | text_lexicon("en", "number_words"):
            return None  # "Seven were killed", "Five said": a count, not a name
        if head.lower in text_lexicon("en", "speaker_event_heads") - _MEETINGS:
            return None  # "The U.S. War on Terror started …", "Army Day is …": an event speaks not
        if len(low) == 1 and low[0].endswith(tuple(text_lexicon("en", "group_plural_endings"))):
            return None  # "Monarchists do not …": a group, never the "he" of the next sentence
        k = bisect_right(self._occ_starts, np.end)
        if role_head(mention_words(np)) is not None:
            return "person"  # "the minister", "The MP" (an all-capitals role word is no acronym)
        after = re.match(r"\s+([a-z]+)", self.masked[np.end : np.end + 20])
        if after is not None and after.group(1) in lex.org_words and np.tokens[-1].is_cap:
            return "org"  # "The Islamic Jihad movement has …": a name a body's noun follows
        for occ in reversed(self.index.occurrences[max(0, k - 8) : k]):
            # the name must be the phrase's head: "Iran's defence capabilities" is no person
            if occ.start <= head.start < occ.end:
                if occ.entity.kind == "maybe" and (
                    not could_be_surname(occ.entity.name)
                    # "Old irrigation methods …", "Soon after …": a word the article also writes
                    # in lower case is a common word, whatever its capital at a sentence start
                    or occ.entity.name.lower() in self._lower_words
                    # "NGOs": a plural acronym names a group; "the Hamedan office": no person
                    # takes "the" before a lone surname
                    or _PLURAL_ACRONYM.fullmatch(occ.entity.name) is not None
                    or low[0] == "the"
                    # "Air defence has grown …": a word capitalised only where a sentence opens
                    # (but "Varan said that …": a lone name before a finite speech verb speaks)
                    or (occ.entity.name not in self._mid_caps and not self._says_next(np))
                ):
                    return None  # "Resolution 2231 …", "Talks …": a capitalised noun, not a name
                if occ.entity.kind == "person" and occ.entity.tokens[0].lower() in self._lower_words:
                    return None  # "Hepatitis C is …" where the article writes "hepatitis": a thing
                if (
                    occ.entity.kind == "person"
                    and words[0] == "The"  # opening the sentence: "by the U.S. Ali Vos" is a cut missed
                    and len(words) == len(occ.entity.tokens) + 1  # the name alone, no title
                    and all(w[:1].isupper() for w in words[1:])
                ):
                    return None  # "The Allium Jesdianum grows …": no person's bare name takes "the"
                # a lone capitalised subject ("Smith criticised Jones.") is taken for a person
                if occ.entity.kind == "org" or speaker_kind(occ.entity.name) == "organisation":
                    return "org"  # "Human Rights Watch", "Hamas": bodies by name, never a "he"
                return "person"
        if low[-1] in lex.roles or (len(low) <= 3 and low[-1] in text_lexicon("en", "person_descriptions")):
            return "person"  # "the minister"; "the gunman", "an eyewitness": someone not named
        head = _head_before_of(words).lower()  # "the ministry of external affairs": "ministry"
        if head in lex.org_words or head in DOCUMENTS | text_lexicon("en", "speaker_documents"):
            return "org"  # "The report warned …. It said": a document is an "it"
        return None

    def _says_next(self, np: NounPhrase) -> bool:
        """Whether a finite speech verb follows the phrase ("Varan said", "Varan stressed that"),
        which a common noun opening a sentence ("Talks", "Air defence") is rarely the subject of."""
        after = re.match(r"\s+(?:also\s+)?([a-z]+)", self.masked[np.end : np.end + 30])
        verb = after.group(1) if after else ""
        return verb in lexicon().speech_verb_forms and (verb.endswith("ed") or verb in _FINITE_SAID)

    def _recent_subject(
        self, pos: int, kind: str, quoted: str = "", gender: str | None = None, plural: bool = True
    ) -> _Subject | None:
        here = self._sentence_at(pos)
        k = bisect_right(self.subjects, _Subject(pos, pos, 0, "", NOTHING))
        # "The office is training farmers, he noted.": a pronoun in a reporting clause set off
        # after the sentence's content is not that content's subject
        trailing = self.masked[max(0, pos - 2) : pos].strip() == ","
        # but "While Vos presented the budget, he admitted": the clause before is about him
        trailing = trailing and not _FRONTED.match(self.masked, self.sentences[here][0])
        told = self._told(pos)
        latest: _Subject | None = None
        for subj in reversed(self.subjects[:k]):
            if self._prose[subj.sentence] < self._prose[here] - RECENT_SENTENCES:
                break
            if (
                subj.end > pos
                or subj.kind != kind
                or (trailing and subj.sentence == here and not subj.quoted)
                or _described_in(subj.resolved[0], quoted)
                or self._named_in(subj, quoted)
                # "“…,” he told Euronews" after "Euronews correspondent asked Kalani …": the one
                # told is not the teller
                or (told is not None and told in str(subj.resolved[0] or "").lower().split())
                or self._other_gender(subj.resolved[0], gender)
                # "An initial draft of the Rights Charter was drawn up … . “…,” she explained"
                or (kind == "person" and speaker_kind(str(subj.resolved[0] or "")) == "document")
                # "Arab nations will never accept …. “…,” it added": "it" is no plural
                or (not plural and _plural_noun(self._subject_with_noun(subj)))
                or self._after_main_subject(subj, k)
            ):
                continue
            latest = latest or subj
            # the speaking subject, unless a newer sentence has moved on to someone else
            if subj.speaker and subj.sentence == latest.sentence:
                return subj
        return latest

    def _after_main_subject(self, subj: _Subject, k: int) -> bool:
        """Whether ``subj`` opens a clause set after its sentence's main one, whose subject is of the
        same kind ("Brand hit back after Soto spoke. “…,” she told the council": Brand, the main
        clause's subject, is the one the sentence is about; a pronoun next goes to her)."""
        if not _TRAILING_CLAUSE.search(self.masked, max(0, subj.start - 10), subj.start):
            return False
        return any(
            s.sentence == subj.sentence and s.kind == subj.kind and s.end <= subj.start
            for s in self.subjects[:k]
        )

    def _subject_with_noun(self, subj: _Subject) -> str:
        """The subject's words and the lower-case noun right after them, when its name is only a
        modifier of one ("Coastal" in "Coastal nations will …")."""
        after = re.match(r"\s+([a-z][\w’'-]*)", self.masked[subj.end : subj.end + 40])
        noun = after is not None and after.group(1) in text_lexicon("en", "plural_group_nouns")
        return self.masked[subj.start : subj.end] + (" " + after.group(1) if noun and after else "")

    def _told(self, pos: int) -> str | None:
        """The first word of whom the pronoun at ``pos`` tells its words ("he told Euronews" →
        "euronews"), lower case; None without such a cue."""
        m = re.match(r"\s*\w+\s+(?:told|tells)\s+(?:the\s+)?([\w.’'-]+)", self.masked[pos : pos + 60])
        told = m.group(1).rstrip(".’'").lower() if m else ""
        return told if len(told) > 2 else None

    def _named_in(self, subj: _Subject, quoted: str) -> bool:
        """Whether the quotation names the subject ("He added that “Harbour Plan is still on the
        table”"): a speaker does not name themself in the third person, so "he" is someone else."""
        written = self.masked[subj.start : subj.end]
        if not quoted or not written[:1].isupper() or written.split()[0].lower() in DETERMINERS:
            return False
        return re.search(rf"(?<!\w){re.escape(written)}(?!\w)", quoted) is not None

    def _role_holder(
        self,
        pos: int,
        head: str,
        *,
        anaphoric: bool,
        origin: tuple[str, ...] = (),
        qualifier: str | None = None,
        later: bool = True,
        past: bool = False,
        owned: bool = False,
    ) -> Resolved:
        """The person a role phrase ("the minister", "the Leader of the Revolution") refers to. In
        order: the person speaking in the last sentences when their office fits the phrase (a
        phrase as wide as "the official" only when the article gives them no other role), unless an
        unnamed one ("a senior official") came in since; the latest subject the article gives that
        role; the latest person named with it; with nobody named before, the first one named later
        with it or seen speaking (a lead that names them in its next sentences; not ``later``: only
        in a lead, "the MP for Zabol" is no one named later). A nationality in the phrase ("the
        Armenian foreign minister") must be one the article gives the person, and its qualifier
        ("interior" minister) must not be another one than the person's office. A country's post
        that is not ``anaphoric`` (``owned``: "Iran's ambassador") may introduce someone new, so it
        refers back only to the person quoted just before who holds that post."""
        here = self._sentence_at(pos)
        k = bisect_right(self.subjects, _Subject(pos, pos, 0, "", NOTHING))
        earlier = [s for s in self.subjects[:k] if s.end <= pos and s.kind == "person" and s.resolved[0]]
        unnamed = re.compile(
            rf"\b(?:a|an|one|another)\s+(?:[\w’'.-]+\s+){{0,4}}?{re.escape(head)}\b", re.IGNORECASE
        )
        generic = text_lexicon("en", "generic_roles")

        fits, tied = self._office_tests(pos, head, origin, qualifier)

        going_on = self._generic_going_on(earlier, pos, head, origin) if anaphoric and origin else None
        if going_on is not None:
            return _found(going_on)
        holder = self._origin_holder(pos, head, origin, tied, unnamed, qualifier) if origin else None
        if holder is not None:
            return _found(holder)

        recent = (
            self._recent_holder(
                earlier,
                pos,
                head,
                anaphoric=anaphoric,
                origin=origin,
                qualifier=qualifier,
                tests=(fits, tied),
                unnamed=unnamed,
            )
            if anaphoric or owned
            else None
        )
        if recent is not None:
            return _found(recent)
        for subj in reversed(earlier):
            ent = self.index.fullest(str(subj.resolved[0]).split(), "person")
            if ent is not None and _holds(ent, head, qualifier) and tied(ent):
                if anaphoric and self._unnamed_since(unnamed, subj.end, pos):
                    break  # "A spokesperson for the mission pushed back … the spokesperson told": another
                return _found(ent)
        for occ in reversed(self.index.occurrences):
            ent = occ.entity
            if occ.end <= pos and ent.kind == "person" and holds_role(ent, head) and tied(ent):
                if self._unnamed_since(unnamed, occ.end, pos):
                    break  # "A spokesperson for the mission pushed back … the spokesperson told": another
                return _found(ent)
        lead = self._lead_role(pos, head, qualifier) if anaphoric else NOTHING
        if lead[0] is not None:
            return lead
        last = self._last_in_view(pos, head, head in generic, unnamed, past=past) if anaphoric else None
        if last is not None and fits(last):
            return _found(last)
        if not earlier and (anaphoric or here <= 1) and (later or here <= 1):
            return self._named_after(pos, k, head, tied, qualifier)
        # someone named before who may hold the role: a holder named only paragraphs on is not meant
        near = any(self._may_be_holder(s, head, here) for s in earlier)
        return self._named_later(pos, k, head, tied, near=near) if anaphoric and later else NOTHING

    def _recent_holder(
        self,
        earlier: list[_Subject],
        pos: int,
        head: str,
        *,
        anaphoric: bool,
        origin: tuple[str, ...],
        qualifier: str | None,
        tests: tuple[Callable[[ArticleEntity], bool], Callable[[ArticleEntity], bool]],
        unnamed: re.Pattern[str],
    ) -> ArticleEntity | None:
        """The person of the last sentences a role phrase refers back to (see :meth:`_role_holder`):
        the one speaking when their office fits it; for a country's post that is not anaphoric only
        the last one quoted, holding the post."""
        fits, tied = tests
        here = self._sentence_at(pos)
        generic = text_lexicon("en", "generic_roles")
        for subj in reversed(earlier):
            far = self._prose[subj.sentence] < self._prose[here] - RECENT_SENTENCES - 1
            if far or unnamed.search(self.masked, subj.end, pos):
                break  # "a senior defense official … the defense official added": someone else
            ent = self.index.fullest(str(subj.resolved[0]).split(), "person")
            if ent is None and anaphoric and head in generic and subj.speaker and self._lone_name(subj):
                # "“…,” Vaez said. … . The lawmaker said, “…”": a speaker the article names by one
                # word only (no post known) is the one a description as wide as this goes on with,
                # unless someone holding it is named since
                since = self._holder_between(subj.end, pos, head, tests[1])
                return since or ArticleEntity(
                    str(subj.resolved[0]), "person", tokens=(str(subj.resolved[0]),)
                )
            if not anaphoric:
                # "Ali Vaez, Tarsk's envoy, said … . “…,” Tarsk's ambassador reaffirmed": the last
                # one quoted, holding the post
                last = ent is not None and subj.speaker and fits(ent) and _holds(ent, head, qualifier)
                return ent if last else None
            if ent is None or (subj.sentence == here and not subj.speaker):
                continue  # "Ali Vaez will fly to Oslo, the official said": the one talked of
            if origin and self._from(ent, origin, pos):
                return ent  # "his Armenian counterpart Ararat Mirzoyan … the Armenian foreign minister"
            # a description as wide as "the official" goes only to someone seen speaking
            wide = subj.speaker and (head in generic or not has_office(ent))
            # "Ali Vaez, secretary of the council, has laid out … . “…,” the top official said": the
            # subject of the sentence before, nobody else named since
            if head in _LEGISLATORS and _executive_only(ent):
                continue  # "the legislator" is no president named since: a seat is an office of its own
            wide = wide or (head in generic and self._alone_since(subj, ent, pos))
            if fits(ent) and (_holds(ent, head, qualifier) or ranked_in(ent, head, qualifier)):
                return ent
            if head in _WIDE_DESCRIPTIONS and holds_office_of_state(ent):
                continue  # "President X claimed … . The scholar said": a scholar named before
            if fits(ent) and wide:
                # "Jalali argued … . Leader Ayatollah Ali Khamenei condemned … . “…,” the Leader
                # stated": someone named with the role since the last speaker is the one
                since = self._holder_between(subj.end, pos, head, tied)
                if since is None and head in generic and has_office(ent):
                    return ent  # "the secretary … Omid Karan said … . “…,” the official noted": any office is one
                return since or self._holder_in_view(earlier, subj, pos, head, qualifier, fits) or ent
            if not origin:
                return None
        return None

    def _holder_in_view(
        self,
        earlier: list[_Subject],
        latest: _Subject,
        pos: int,
        head: str,
        qualifier: str | None,
        fits: Callable[[ArticleEntity], bool],
    ) -> ArticleEntity | None:
        """A speaker of the last sentences before ``latest`` who holds the role itself, when
        ``latest`` holds another office ("MP Hamzavi said … as the Leader suggested … . “…,” the
        MP remarked": the MP, not the Leader the MP cited)."""
        ent = self.index.fullest(str(latest.resolved[0]).split(), "person")
        if ent is None or not holds_other_office(ent, head):
            return None
        if role_words(ent) & text_lexicon("en", "generic_roles"):
            return None  # "a member of the security committee": may well be the MP
        here = self._prose[self._sentence_at(pos)]
        for subj in reversed(earlier):
            if subj.start >= latest.start or not subj.speaker:
                continue
            if self._prose[subj.sentence] < here - RECENT_SENTENCES - 1:
                return None
            other = self.index.fullest(str(subj.resolved[0]).split(), "person")
            # the role word itself among their roles (not one it may stand for: "the diplomat"
            # after a spokesman is the spokesman, not the foreign minister quoted before him)
            if (
                other is not None
                and other is not ent
                and other.name[:1].isupper()
                and fits(other)
                and head in role_words(other)
            ):
                return other
        return None

    def _unnamed_since(self, unnamed: re.Pattern[str], lo: int, hi: int) -> bool:
        """Whether someone unnamed with the role comes in between ``lo`` and ``hi`` ("A spokesperson
        for the mission pushed back"): an indefinite role phrase with no preposition inside it and
        no name after it (not "a talk with Norland President Omid Varan")."""
        for m in unnamed.finditer(self.masked, lo, hi):
            inner = m.group(0).lower().split()[1:-1]
            if any(w in {"with", "of", "to", "for", "from", "by", "and"} for w in inner):
                continue
            if re.match(r"\s+(?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]+", self.masked[m.end() : m.end() + 40]):
                continue  # the role before a name
            if re.search(r"[A-Z][\w’'.-]*,\s*$", self.masked[max(0, m.start() - 40) : m.start()]):
                continue  # "Sergei Vershinin, a Russian diplomat": the named one's own description
            return True
        return False

    def _last_in_view(
        self, pos: int, head: str, generic: bool, unnamed: re.Pattern[str], *, past: bool = False
    ) -> ArticleEntity | None:
        """For an anaphoric role phrase nobody before holds: the person quoted last a few
        sentences back, nobody else quoted since ("the official highlighted"; "the professor" too
        when the article gives the role to no one and them no other office); for a generic role
        the office holder named just before (:meth:`_named_just_before`). A past office ("the
        former army chief stated") is the one quoted in this sentence or the one before, whatever
        office the article gives them now."""
        quoted = self._last_quoted(pos, reach=3 * RECENT_SENTENCES)
        ent = self.index.fullest(str(quoted.resolved[0]).split(), "person") if quoted else None
        if quoted is not None and self._unnamed_since(unnamed, quoted.end, pos):
            return None  # "“…,” Rudeina said. … A spokesperson for the mission … the spokesperson": another
        if ent is not None and (generic or self._may_hold(ent, head)):
            return ent
        if (
            ent is not None
            and quoted is not None
            and past
            and not unnamed.search(self.masked, quoted.end, pos)
        ):
            if self._prose[self._sentence_at(pos)] - self._prose[quoted.sentence] <= 1:
                return ent
        found = self._named_just_before(pos, unnamed) if generic else None
        if found is not None and head in _LEGISLATORS and _executive_only(found):
            return None  # "the MP" is no president named just before
        return found

    def _named_just_before(self, pos: int, unnamed: re.Pattern[str]) -> ArticleEntity | None:
        """The person named last before ``pos``, in its sentence or the one before, when the
        article names them in full with a role and no unnamed one comes in since ("According to
        Deputy Minister Ali Vaez, exports rose. The official noted …": no speaking subject, but
        one office holder in view)."""
        k = bisect_right(self._occ_starts, pos)
        # "Ali Vaez will meet Lena Ortiz, the official said": those named in what the phrase reports
        reporting = self.masked[max(0, pos - 3) : pos].strip().endswith(",")
        here = self._sentence_at(pos)
        for occ in reversed(self.index.occurrences[:k]):
            if occ.end > pos or occ.entity.kind == "maybe":
                continue
            if reporting and self._sentence_at(occ.start) == here:
                return None
            ent = occ.entity
            near = self._prose[self._sentence_at(occ.start)] >= self._prose[self._sentence_at(pos)] - 1
            full = ent.kind == "person" and len(ent.tokens) > 1 and bool(ent.role or ent.roles)
            return ent if near and full and not unnamed.search(self.masked, occ.end, pos) else None
        return None

    def _generic_going_on(
        self, earlier: list[_Subject], pos: int, head: str, origin: tuple[str, ...]
    ) -> ArticleEntity | None:
        """ "“…,” Mousavi pointed out. The Iranian diplomat noted, “…”": a description as wide as
        "the Iranian diplomat" right after a speaker the article ties to that country, nobody else
        named since, goes on with them (not with another Iranian envoy named paragraphs before)."""
        if head not in text_lexicon("en", "generic_roles") or not earlier or not earlier[-1].speaker:
            return None
        last = earlier[-1]
        ent = self.index.fullest(str(last.resolved[0]).split(), "person")
        if ent is None or self._prose[last.sentence] < self._prose[self._sentence_at(pos)] - 1:
            return None
        if self._from(ent, origin, pos) and self._alone_since(last, ent, pos):
            return ent
        return None

    def _origin_holder(
        self,
        pos: int,
        head: str,
        origin: tuple[str, ...],
        tied: Callable[[ArticleEntity], bool],
        unnamed: re.Pattern[str],
        qualifier: str | None,
    ) -> ArticleEntity | None:
        """For a role phrase with a nationality ("the Tarskian foreign minister"): the last person
        named before with the role whom the article ties to that country (before someone untied
        speaking since); else the one person with the role it ties to no country at all ("OSLO –
        Foreign Minister Ali Vaez …" then "the Norwegian foreign minister" paragraphs on) when the
        phrase's office is theirs ("foreign" in their role; a bare "leader", "president" is too
        wide), unless the article writes of an unnamed one of that country ("his Tarskian
        counterpart")."""
        untied: list[ArticleEntity] = []
        for occ in reversed(self.index.occurrences[: bisect_right(self._occ_starts, pos)]):
            ent = occ.entity
            if occ.end > pos or ent.kind != "person" or not holds_role(ent, head):
                continue
            if tied(ent):
                return None if unnamed.search(self.masked, occ.end, pos) else ent
            if self._from(ent, origin, pos) is None and ent not in untied:
                untied.append(ent)
        if len(untied) != 1 or qualifier is None or self._unnamed_of(origin, head, pos):
            return None
        return untied[0] if _own_office(untied[0], qualifier) else None

    def _unnamed_of(self, origin: tuple[str, ...], head: str, pos: int) -> bool:
        """Whether the article writes before ``pos`` of someone of that country by role or as a
        counterpart without a name ("spoke with his Tarskian counterpart")."""
        words = "|".join(re.escape(w) for w in origin)
        other = re.compile(
            rf"\b(?:{words})\s+(?:[\w-]+\s+){{0,2}}?(?:counterparts?|{re.escape(head)})\b", re.I
        )
        for m in other.finditer(self.masked, 0, pos):
            k = bisect_right(self._occ_starts, m.end())
            occs = self.index.occurrences
            named = (k < len(occs) and occs[k].start - m.end() <= 2) or (k > 0 and occs[k - 1].end > m.end())
            if not named and m.end() < pos - 1 and not self._read_as_named(m.start()):
                return True  # not followed by a name ("counterpart Jan Berg" names them)
        return False

    def _read_as_named(self, at: int) -> bool:
        """Whether a subject read before, as a person the article names, spans ``at``: "The Tarskian
        general added" already read as Jan Berg is Berg again, no unnamed general of Tarsk."""
        k = bisect_right(self.subjects, _Subject(at, at, 0, "", NOTHING))
        return any(
            s.start <= at < s.end and s.kind == "person" and s.resolved[0] and s.resolved[0] != s.resolved[1]
            for s in self.subjects[max(0, k - 2) : k]
        )

    def _may_hold(self, ent: ArticleEntity, head: str) -> bool:
        """Whether ``ent`` may be the holder of the role ``head``: the article gives it them, or
        gives them no other office and nobody that role (the pass over everyone made last)."""
        if holds_role(ent, head):
            return True
        if holds_other_office(ent, head):
            return False
        return not any(e.kind == "person" and holds_role(e, head) for e in self.index.entities.values())

    def _office_tests(
        self, pos: int, head: str, origin: tuple[str, ...], qualifier: str | None
    ) -> tuple[Callable[[ArticleEntity], bool], Callable[[ArticleEntity], bool]]:
        """Whether a person may hold the role phrase at ``pos``: ``fits`` (no nationality or office
        the phrase rules out) and ``tied`` (away from the last speaker, "the French president"
        needs a person the article ties to France); someone tied to no country fits only when the
        article writes of nobody else of that country, named or not ("his French counterpart")."""
        other = bool(origin) and (
            self._unnamed_of(origin, head, pos)
            or any(
                # someone else of that country holding the office (not "the nuclear scientist X")
                o.entity.kind == "person" and holds_role(o.entity, head) and self._from(o.entity, origin, pos)
                for o in self.index.occurrences[: bisect_right(self._occ_starts, pos)]
            )
        )

        def fits(ent: ArticleEntity) -> bool:
            agrees = office_agrees(ent, qualifier, head)
            if not agrees or not origin:
                return agrees
            tie = self._from(ent, origin, pos)
            return tie is True or (tie is None and not other and _own_office(ent, qualifier))

        def tied(ent: ArticleEntity) -> bool:
            agrees = office_agrees(ent, qualifier, head)
            return agrees and (not origin or self._from(ent, origin, pos) is True)

        return fits, tied

    def _may_be_holder(self, subj: _Subject, head: str, here: int) -> bool:
        """Whether a subject of the last sentences before sentence ``here`` is a person the article
        gives no office other than ``head`` (then a holder named only paragraphs on is not meant)."""
        if self._prose[subj.sentence] < self._prose[here] - RECENT_SENTENCES - 1:
            return False
        ent = self.index.fullest(str(subj.resolved[0]).split(), "person")
        return ent is not None and not holds_other_office(ent, head)

    def _named_later(
        self, pos: int, k: int, head: str, tied: Callable[[ArticleEntity], bool], near: bool = False
    ) -> Resolved:
        """For "the minister" when nobody before holds the role: the first one named later with it
        ("“…,” the minister said. The minister, Sara Kavi, …"), else the person named speaking in
        the next sentence when the article gives them no other office ("“…,” the Leader remarked.
        “…,” Ayatollah Ali Kemal stated."): the article names the role's holder just after.
        ``near``: someone named before may hold the role, so only a holder named in the next
        sentence is meant (one named paragraphs on is someone else: "the chief diplomat" after
        Zarif spoke is not the UN envoy the article comes to later)."""
        here = self._prose[self._sentence_at(pos)]
        later = self.index.first_with_role(pos, head, holds=holds_role, passed=partial(self._said_of, pos))
        if later is not None and near:
            at = next((o.start for o in self.index.occurrences if o.start >= pos and o.entity is later), pos)
            later = later if self._prose[self._sentence_at(at)] <= here + 1 else None
        if later is not None and tied(later):
            return later.name, later.role, later.organisation
        for subj in self.subjects[k:]:
            if self._prose[subj.sentence] > here + 1:
                break
            name = subj.resolved[0]
            if not (subj.speaker and subj.kind == "person" and name):
                continue
            if self.masked[subj.start : subj.end].lower() in lexicon().pronouns:
                break  # "He said …": whoever "he" was read as, the article names no one new here
            # a person the article names ("Ayatollah Kemal" is one, with a title), not a lone word
            ent = self.index.fullest(name.split(), "person")
            if ent is not None and tied(ent) and not holds_other_office(ent, head):
                return subj.resolved
            break  # someone else speaks next
        return NOTHING

    def _named_after(
        self, pos: int, k: int, head: str, tied: Callable[[ArticleEntity], bool], qualifier: str | None = None
    ) -> Resolved:
        """With nobody named before a role phrase ("the minister has said …", a lead's "Director of X
        says …"): the next person named speaking, else the first one named later with the role."""
        here = self._sentence_at(pos)
        # "The defense minister has said … ¶ “…,” Piotr Lang said.": the next one named speaking
        for subj in self.subjects[k:]:
            if subj.sentence > here + RECENT_SENTENCES:
                break
            name = subj.resolved[0]
            if subj.speaker and subj.kind == "person" and name and len(name.split()) > 1:
                ent = self.index.fullest(name.split(), "person")
                if ent is not None and (
                    holds_other_office(ent, head) or not office_agrees(ent, qualifier, head)
                ):
                    break  # "“…,” the spokesman said. “…,” Foreign Minister Ali Vaez replied."
                if self._turns_away(subj):
                    break  # "“…” Separately, Ali Vaez said: …": another matter, another person
                return subj.resolved
        if here == 0:
            # a lead's post, the next sentence's subject named in full ("“…,” deputy environment
            # chief has said. ¶ Ali Vaez voiced his concern …"): the lead introduces them
            nxt = next((s for s in self.subjects[k:] if s.sentence == 1), None)
            ent = (
                self.index.fullest(str(nxt.resolved[0]).split(), "person")
                if nxt and nxt.kind == "person"
                else None
            )
            if ent is not None and len(ent.tokens) > 1 and not holds_other_office(ent, head):
                return nxt.resolved  # type: ignore[union-attr]
        later = self.index.first_with_role(pos, head, passed=partial(self._said_of, pos))
        if later is not None and tied(later):
            return later.name, later.role, later.organisation
        return NOTHING

    def _said_by_other(self, subj: _Subject) -> bool:
        """Whether a speech verb follows the subject in its sentence with another subject: a comma
        between them ("The Navy brought honor, 150 deputies said")."""
        if self.masked[max(0, subj.start - 14) : subj.start].lower().rstrip().endswith("according to"):
            return False  # "According to the agency, the emir called …": the agency reports it all
        lo = subj.end
        hi = self._starts[subj.sentence + 1] if subj.sentence + 1 < len(self._starts) else len(self.masked)
        lex = lexicon()
        clause = self.masked[lo:hi]
        comma = clause.rfind(",")
        words = re.findall(r"[\w’'-]+", clause[comma + 1 :]) if comma >= 0 else []
        verb = next((k for k, w in enumerate(words) if w.lower() in lex.speech_verb_forms), None)
        if verb is None or not 1 <= verb <= 4:
            return False  # ", saying …": the same subject goes on
        return not any(
            w.lower() in lex.pronouns or w.lower() in {"and", "but", "however"} for w in words[:verb]
        )

    def _said_of(self, pos: int, at: int) -> bool:
        """Whether a name at ``at`` stands in what the role phrase at ``pos`` is said to say: its
        sentence, after a speech verb ("the top commander said that General Ali Vaez played …":
        Vaez is spoken of, not the commander)."""
        if self._sentence_at(at) != self._sentence_at(pos):
            return False
        forms = lexicon().speech_verb_forms
        return any(w.lower() in forms for w in re.findall(r"[A-Za-z]+", self.masked[pos:at]))

    def _turns_away(self, subj: _Subject) -> bool:
        """Whether the sentence naming ``subj`` opens with a turn to another matter ("Separately,",
        "In other news,"): data list ``topic_shift_openers``."""
        start = self._starts[subj.sentence]
        opener = self.masked[start : subj.start].strip(' \n\t,“”"').lower()
        return any(
            opener == o or opener.startswith(o + ",") or opener.startswith(o + " ")
            for o in text_lexicon("en", "topic_shift_openers")
        )

    def _lone_name(self, subj: _Subject) -> bool:
        """Whether a subject resolved to one capitalised word that is no part of a person's name
        the article gives ("Vaez said", not the "Hakim" of "Ammar al-Hakim")."""
        name = str(subj.resolved[0] or "")
        if subj.kind != "person" or " " in name or not (name[:1].isupper() and name[1:].islower()):
            return False
        return not any(
            t.endswith(name) for e in self.index.entities.values() if e.kind == "person" for t in e.tokens
        )

    def _alone_since(self, subj: _Subject, ent: ArticleEntity, pos: int) -> bool:
        """Whether ``subj`` opens one of the two sentences before ``pos`` (or its own) and nobody
        else is named between them ("Kemal voiced regret. He called it a loss. “…,” the official
        said": a pronoun goes on with the same person)."""
        if self._prose[subj.sentence] < self._prose[self._sentence_at(pos)] - RECENT_SENTENCES:
            return False
        lo, hi = bisect_right(self._occ_starts, subj.end), bisect_right(self._occ_starts, pos)
        return not any(
            o.entity is not ent and o.entity.kind == "person" for o in self.index.occurrences[lo:hi]
        )

    def _holder_between(
        self, lo: int, hi: int, head: str, tied: Callable[[ArticleEntity], bool]
    ) -> ArticleEntity | None:
        """The last person named between ``lo`` and ``hi`` whom the article gives the role ``head``."""
        for occ in reversed(self.index.occurrences):
            if occ.end <= lo:
                return None
            ent = occ.entity
            if occ.end <= hi and ent.kind == "person" and holds_role(ent, head) and tied(ent):
                return ent
        return None

    def _named_before(self, pos: int, *, opening: bool = False) -> Resolved:
        """The person named right before an appositive at ``pos`` ("Ali Vaez, an adviser …");
        ``opening``: only a name that opens its clause ("In May, Ali Vaez, the chief of X said"),
        not an object ("In a meeting with Ali Vaez, the minister said": someone else)."""
        before = self.masked[max(0, pos - 14) : pos].rstrip()
        for adverb in (" then", " now", " formerly", " currently"):  # "Ali Vaez, then a spokesman"
            if before.endswith(adverb):
                before = before[: -len(adverb)].rstrip()
        if not before.endswith(","):
            return NOTHING
        comma = max(0, pos - 14) + len(before) - 1
        k = bisect_right(self._occ_starts, comma) - 1
        if k < 0:
            return NOTHING
        occ = self.index.occurrences[k]
        if occ.entity.kind != "person" or self.masked[occ.end : comma].strip():
            return NOTHING
        # a lower-case word right before the name makes it an object ("with Ali Vaez, the minister");
        # one before a comma or full stop ends a phrase ("In a statement, Ali Vaez, the chief of X")
        if opening and re.search(r"\b[a-z]+\s+$", self.masked[max(0, occ.start - 30) : occ.start]):
            return NOTHING
        return occ.entity.name, occ.entity.role, occ.entity.organisation

    def _lead_role(self, pos: int, head: str, qualifier: str | None) -> Resolved:
        """ "The Varnian Coast Guard commander has declared … . Rear Admiral Ali Vaez said, “…” … “…,” the
        Coast Guard commander explained": a role phrase the article's lead gives nobody by name is the one
        its lead description names next (the phrase's qualifier in the lead's too)."""
        lo, hi = self.sentences[0] if self.sentences else (0, 0)
        if pos < hi:
            return self._lead_subject(pos, lo, hi, head)
        words = rf"(?:{re.escape(qualifier)}\s+(?:[\w’'-]+\s+){{0,2}}?)?" if qualifier else ""
        # the lead's subject, after a dateline ("TEHRAN –"): not a phrase further in ("a weekly run
        # by aides of the Leader")
        phrase = rf"(?P<d>(?:the|a|an)\s+(?:[\w’'-]+\s+){{0,3}}?{words}{re.escape(head)})\b"
        m = re.match(rf"{_LEAD_DATELINE}{phrase}", self.masked[lo:hi], re.I)
        # or the lead's source ("…, according to the commercial counselor of Tarsk. Ali Vaez, …")
        cited = m is None and (m := re.search(rf"\baccording\s+to\s+{phrase}", self.masked[lo:hi], re.I))
        if m is None or (qualifier and qualifier.lower() not in m.group("d").lower()):
            return NOTHING
        return self._named_next(lo + m.start("d"), m.group("d"), opening=bool(cited))

    def _lead_subject(self, pos: int, lo: int, hi: int, head: str) -> Resolved:
        """ "TEHRAN – The Varnian Navy commander has said … “…” … . In an interview …, Rear Admiral
        Ali Vaez said": the lead's own subject, a post it gives nobody, is the one named speaking next."""
        m = re.match(_LEAD_DATELINE, self.masked[lo:hi])
        end = self.masked.find(head, pos, hi)
        if m is None or lo + m.end() != pos or end < 0:
            return NOTHING
        return self._named_next(pos, self.masked[pos:end], office=head)

    def _named_next(
        self, pos: int, phrase: str, *, opening: bool = False, office: str | None = None
    ) -> Resolved:
        """The person the lead's description ``phrase`` at ``pos`` names next (see
        :meth:`_lead_description`), unless a nationality in the phrase is another than theirs ("The
        Qatari foreign minister …" is not the Saudi king named next) or, given ``office``, they hold
        another office (a military rank is none: "Rear Admiral Ali Vaez" may be "the Navy commander")."""
        found = self._lead_description(pos, opening=opening)
        ent = self.index.fullest(str(found[0]).split(), "person") if found[0] else None
        if ent is None or (office is not None and holds_other_office(ent, office, _MILITARY_RANKS)):
            return NOTHING
        origin = _nationality_words(phrase.split())
        return NOTHING if origin and not self._may_be_of(ent, origin) else found

    def _may_be_of(self, ent: ArticleEntity, origin: tuple[str, ...]) -> bool:
        """Whether no nationality written right before a mention of ``ent`` ("Saudi King Salman")
        is another than ``origin``'s (a weaker test than :meth:`_from`: a place further off in the
        clause says nothing here)."""
        wanted = {country_key(w) for w in origin}
        for o in self.index.occurrences:
            if o.entity is not ent:
                continue
            before = re.findall(
                r"(?:[A-Z]\.){2,}|[A-Z][\w’'-]*", self.masked[max(0, o.start - 30) : o.start]
            )[-3:]
            keys = {country_key(w) for w in before if is_place([w])}
            if keys and not keys & wanted:
                return False
        return True

    def _lead_description(self, pos: int, *, opening: bool = False) -> Resolved:
        """For an indefinite description in the article's first sentence with no person before it:
        the first person named as a speaker in the next sentence (``opening``: or named in full
        opening it, "Ali Vaez, leading a delegation, made the announcement")."""
        here = self._sentence_at(pos)
        if self._prose[here] > 1:
            return NOTHING
        k = bisect_right(self.subjects, _Subject(pos, pos, 0, "", NOTHING))
        if any(s.kind == "person" and s.end <= pos for s in self.subjects[:k]):
            return NOTHING
        lo, hi = self.sentences[here]
        for subj in self.subjects[k:]:
            if self._prose[subj.sentence] > self._prose[here] + 1:
                break
            name = subj.resolved[0]
            first = opening and subj.start == self._starts[subj.sentence]
            if (subj.speaker or first) and subj.kind == "person" and name and len(name.split()) > 1:
                # "A top Tarskian diplomat criticized Ali Vaez for … . Vaez said …": not the one
                # the lead itself names beside the description
                ent = self.index.fullest(str(name).split(), "person")
                if ent is None:
                    continue  # "…,” added an Ohio farmer": another description, no name
                if any(o.entity is ent and lo <= o.start < hi for o in self.index.occurrences):
                    return NOTHING
                return subj.resolved
        return NOTHING

    def _from(self, ent: ArticleEntity, origin: tuple[str, ...], before: int) -> bool | None:
        """Whether the article ties ``ent`` to a country in ``origin`` (its roles, or the words just
        before a mention: "his Armenian counterpart Ararat Mirzoyan"): True, False when it ties
        them to another country only, None when it ties them to none."""
        # a post's "for"/"to" names where it is posted, not whose it is ("Special Representative
        # for Tarsk", "Ambassador to Tarsk" are no Tarskians)
        roles = [
            re.split(r"\b(?:for|to)\b", r, maxsplit=1)[0] for r in [*ent.roles, (ent.role or "").lower()]
        ]
        texts = [*roles, (ent.organisation or "").lower()]
        titled: set[str] = set()  # "Iranian President Ali Vaez": a nationality in the title itself
        demonyms = text_lexicon("en", "demonyms")  # "Iranian", not a place a post is "to"
        for o in self.index.occurrences:
            if o.entity is not ent or o.start >= before:
                continue  # not the role phrase's own sentence after it
            at = self.masked.rfind(ent.tokens[0], o.start, o.end)  # the name, after any title in the mention
            at = o.start if at < 0 else at
            if m := _TITLED.search(self.masked, max(0, at - 60), at):
                title = m.group(1).lower()
                titled |= {country_key(w) for w in re.findall(r"[a-z]+", title) if w in demonyms}
                # "Pakistan’s Foreign Minister Ali Vaez": a country owning the title is theirs too
                titled |= {country_key(w) for w in re.findall(r"([a-z]+)[’']s\b", title) if is_place([w])}
                # "U.S. President Joe Biden": a dotted short form in the title is their country, even
                # where the role kept no country word
                dotted = re.findall(r"\b(?:[a-z]\.){2,}", title)
                titled |= {country_key(d.replace(".", "")) for d in dotted}
                texts.extend(dotted)
            # a dateline ("OSLO –") says where the article was filed, not where the person is from
            window = _after_speech_verb(_own_clause(self.masked[self._window_start(o) : o.start]).lower())
            # the post in the title right before the name ("Special Representative for Tarsk Ali Vaez")
            posted = re.search(r"\b(?:for|to)\s+(?:the\s+)?([\w.’'-]+)\s*$", window)
            if posted and posted.group(1) not in text_lexicon("en", "demonyms"):
                window = window[: posted.start()]  # but "credentials to Iranian President X": his
            # "writing in the Chinese language, Foreign Minister X": a place word on a thing, not him
            texts.append(_PLACE_ON_A_THING.sub(" ", window))
            if of := _OF_COUNTRY.match(self.masked, o.end):
                texts.append(of.group(1).lower())  # "President Ali Vaez of Tarsk": the country after the name
        theirs = {
            country_key(w)
            for t in texts
            for w in re.findall(r"[a-z]+", t)
            if is_place([w]) and (len(w) > 3 or w in _SHORT_PLACES)
        }
        # dotted short forms ("U.S.", "U.K."): "us" alone is a pronoun, "u.s." is the country
        theirs |= {
            country_key(m.replace(".", "")) for t in texts for m in re.findall(r"\b(?:[a-z]\.){2,}", t)
        }
        theirs.discard("")
        titled.discard("")
        if not theirs:
            return None
        # tied to several countries, a nationality in a title before the name outweighs one in a
        # phrase near it ("with the Tarskian leader, Ali Vaez said" after "Norlandic President Ali Vaez")
        if len(theirs) > 1 and titled and titled < theirs:
            theirs = titled
        return bool(theirs & {country_key(w.replace(".", "") if w.count(".") > 1 else w) for w in origin})

    def _window_start(self, occ: Occurrence) -> int:
        """Where the words that may tie ``occ`` to a country start: 50 characters before it, but
        not before the end of another person's mention ("with the Tarskian premier Jan Berg on
        Monday, President Ali Vaez": "Tarskian" is Berg's, not Vaez's; "Jan Berg of Tarsk met …"
        too)."""
        start = max(0, occ.start - 50)
        # only mentions starting before ``occ`` can end before it (occurrences are sorted by start)
        for other in self.index.occurrences[: bisect_right(self._occ_starts, occ.start)]:
            if (
                other.entity is not occ.entity
                and other.entity.kind == "person"
                and start < other.end <= occ.start
            ):
                of = _OF_COUNTRY.match(self.masked, other.end)
                start = of.end() if of and of.end() <= occ.start else other.end
        return start

    def continues(self, cue: str | None, cue_at: int | None) -> bool:
        """Whether a cue says the speaker goes on: "added", "continued", "further said"."""
        if not cue:
            return False
        words = text_lexicon("en", "continuation_cues")
        first = cue.split()[0].lower()
        if lexicon().speech_verb_lemma.get(first, first) in words:
            return True
        before = re.findall(r"[A-Za-z]+", self.masked[max(0, (cue_at or 0) - 12) : cue_at or 0])
        return bool(before) and before[-1].lower() in words

    def _speakers_before(self, pos: int, reach: int) -> Iterator[_Subject]:
        """The people seen speaking (a speech verb's subject or a quote's speaker) before ``pos``,
        latest first, within ``reach`` sentences."""
        here = self._prose[self._sentence_at(pos)]
        k = bisect_right(self.subjects, _Subject(pos, pos, 0, "", NOTHING))
        for subj in reversed(self.subjects[:k]):
            if self._prose[subj.sentence] < here - reach:
                return
            if subj.kind == "person" and subj.end <= pos and subj.speaker:
                yield subj

    def _moved_on(self, last: _Subject, pos: int, pronoun: str) -> bool:
        """Whether the article has turned from the person quoted last to another it names: a
        sentence after the quote has that person as its subject and every sentence from the next
        one up to that of ``pos`` opens with the pronoun ("“…,” Vaez said. Sheikh Omar, for his part,
        welcomed the plan. He described … . He added, “…”": the sheikh's words)."""
        here = self._sentence_at(pos)
        for subj in self.subjects:
            if not last.sentence < subj.sentence < here - 1 or subj.kind != "person" or subj.speaker:
                continue
            name = str(subj.resolved[0] or "")
            if not name[:1].isupper() or name == last.resolved[0] or role_head(name.split()) is not None:
                continue
            if all(
                (m := _OPENING_PRONOUN.match(self.masked, self.sentences[n][0])) is not None
                and m.group(1).lower() == pronoun.lower()
                for n in range(subj.sentence + 1, here)
            ):
                return True
        return False

    def _last_quoted(self, pos: int, reach: int = RECENT_SENTENCES + 1) -> _Subject | None:
        """The person quoted last before ``pos``, within ``reach`` sentences."""
        subj = next(self._speakers_before(pos, reach), None)
        # someone else seen speaking since ("X noted that …. “…,” he added") is the one
        return subj if subj is not None and subj.quoted else None

    def _surname_of_last_speaker(self, pos: int, surname: str) -> Resolved | None:
        """A surname two people of the article share is the one of them seen speaking last, when
        that is one of them; None otherwise (the index's choice stands)."""
        people = [
            e
            for e in self.index.entities.values()
            if e.kind == "person" and len(e.tokens) > 1 and e.tokens[-1] == surname
        ]
        last = self._last_speaker(pos, reach=RECENT_SENTENCES + 1) if len(people) > 1 else None
        speaker = next((e for e in people if last is not None and e.name == str(last.resolved[0])), None)
        if (
            last is None
            or speaker is None
            or not any(_two_given_names(speaker.tokens, e.tokens) for e in people)
        ):
            return None
        return last.resolved

    def _last_speaker(self, pos: int, reach: int) -> _Subject | None:
        """The person last seen speaking before ``pos`` whom the article names, not a description
        ("IAEA member")."""
        for subj in self._speakers_before(pos, reach):
            words = str(subj.resolved[0]).split()
            if self.index.fullest(words, "person") is not None:
                return subj
            if (
                subj.quoted
                and words
                and all(w[:1].isupper() and w.lower() not in self._lower_words for w in words)
                and role_head(words) is None
            ):
                return subj  # "ISNA quoted Qadami as saying": a surname the article gives alone
        return None

    def _pronoun(self, pos: int, pronoun: str, quoted: str = "") -> Resolved:
        gender = _GENDER.get(pronoun)
        resolved = self._pronoun_of(pos, pronoun, quoted, gender)
        if gender and resolved[0]:
            self._gender.setdefault(str(resolved[0]), gender)
        return resolved

    def _genders_by_sentence(self) -> dict[str, str]:
        """ "Senator Omid Karan, who won on Tuesday, argued during his campaign that he …": a person
        alone named in a sentence whose "he" or "she" after the name, outside quotations, is of one
        gender is of that gender (so a later "she" is someone else); one seen with both is left out."""
        found: dict[str, str] = {}
        mixed: set[str] = set()
        by_sentence: dict[int, set[str]] = {}
        first_at: dict[int, int] = {}
        for o in self.index.occurrences:
            if o.entity.kind == "person":
                here = self._sentence_at(o.start)
                by_sentence.setdefault(here, set()).add(o.entity.name)
                first_at.setdefault(here, o.end)
        for here, names in by_sentence.items():
            # a subject pronoun after the name only ("his friend May is against him": his, him are another's)
            lo, hi = first_at[here], self.sentences[here][1]
            genders = {
                _GENDER[m.group(0).lower()]
                for m in _GENDERED.finditer(self.masked, lo, hi)
                if not _reported_subject(self.masked[max(lo, m.start() - 40) : m.start()])
            }
            # a possessive of the other gender leaves it unsure ("Leila Ran said what set her
            # father apart was that he …": the "he" is the father)
            owners = {_GENDER[m.group(0).lower()] for m in _OWNER_PRONOUN.finditer(self.masked, lo, hi)}
            if len(names) != 1 or len(genders) != 1 or owners - genders:
                continue
            name, gender = next(iter(names)), next(iter(genders))
            if found.setdefault(name, gender) != gender:
                mixed.add(name)
        return {name: gender for name, gender in found.items() if name not in mixed}

    def _other_gender(self, name: object, gender: str | None) -> bool:
        return gender is not None and self._gender.get(str(name), gender) != gender

    def _pronoun_of(self, pos: int, pronoun: str, quoted: str, gender: str | None) -> Resolved:
        if lexicon().pronouns.get(pronoun) == "person":
            subj = self._recent_subject(pos, "person", quoted, gender)
            name = str(subj.resolved[0]) if subj is not None else ""
            if subj is not None and (name[:1].islower() or role_head(name.split()) is not None):
                # "The envoy criticized …. “…,” he said" (or "The Leader thanked …"): the role read
                # again, now that the quotes' speakers before it are known (subjects are read before
                # any quote is attributed)
                toks = tuple(t for t in tokens(self.masked, subj.start, subj.end) if t.is_word)
                self._rereading = True
                try:
                    again = self.resolve(NounPhrase(subj.start, subj.end, toks)) if toks else NOTHING
                finally:
                    self._rereading = False
                return again if again[0] else subj.resolved
            if subj is not None:
                return subj.resolved
            chained = self._chained_pronoun(pos, pronoun)
            if chained is not None:
                return chained
            # no person subject in the last sentences: the person seen speaking last, before any name
            last = self._last_speaker(pos, reach=3 * RECENT_SENTENCES)
            if last is not None and not self._other_gender(last.resolved[0], gender):
                return last.resolved
            ent = self.index.last_before(self._before_fronted_phrase(pos), "person")
            if ent is not None and ent.tokens[0].lower() in self._lower_words:
                ent = None  # "Hepatitis C" where the article writes "hepatitis": no person
            if ent is not None and self._other_gender(ent.name, gender):
                ent = None
            return (ent.name, ent.role, ent.organisation) if ent is not None else NOTHING
        # "it", "they", "we": only an organisation that was a recent sentence's subject, and not
        # one whose sentence gives its words to someone else ("The Navy brought honor, 150
        # deputies said. “…,” they added": the deputies, whom no name resolves)
        subj = self._recent_subject(pos, "org", plural=pronoun != "it")
        if pronoun == "they" and subj is not None and is_press(tokens(self.masked, subj.start, subj.end)):
            subj = None  # "Al-Monitor asked Kurdish officials, but they refused": an outlet is no "they"
        if pronoun == "they" and (subj is None or (group := self._recent_group(pos, after=subj.start))[0]):
            # "Ana Ruiz and Lena Moreau said … . “…,” they added": people named together, or a group
            # ("Members of the guild criticized …" after a body spoke: the members)
            return self._recent_group(pos) if subj is None else group
        if subj is None or (not subj.speaker and self._said_by_other(subj)):
            return NOTHING
        return subj.resolved

    def _before_fronted_phrase(self, pos: int) -> int:
        """Where the sentence of the pronoun at ``pos`` starts when the pronoun follows a fronted
        phrase ("Turning to the exit of Prime Minister X, he said"; "Asked about X, he said"): a
        person named only in that phrase is what it is about, not the "he"; else ``pos``."""
        lo = self.sentences[self._sentence_at(pos)][0]
        fronted = self.masked[lo:pos]
        first = re.match(r"\W*([A-Za-z]+)", fronted)
        if not fronted.rstrip().endswith(",") or first is None:
            return pos
        word = first.group(1).lower()
        opens = (word.endswith("ing") and len(word) > 4) or word in _FRONTED_OPENERS
        return lo if opens else pos

    def _chained_pronoun(self, pos: int, pronoun: str) -> Resolved | None:
        """Who the same pronoun opening a recent sentence was ("Brandt is following … . He talked
        about … . Then he referred to his dance with King Harald. He said …": Brandt, not the
        last quoted, nor the king named in passing), when that sentence's "he" resolves."""
        here = self._sentence_at(pos)
        for n in range(here - 1, -1, -1):
            if self._prose[n] < self._prose[here] - 2 * RECENT_SENTENCES:
                return None
            lo, hi = self.sentences[n]
            m = _OPENING_PRONOUN.match(self.masked, lo, hi)
            if m is not None and m.group(1).lower() == pronoun.lower():
                at = m.start(1)
                if at not in self._chain_at:
                    self._chain_at[at] = NOTHING  # a chain that comes back here resolves to nothing
                    self._chain_at[at] = self._pronoun(at, pronoun.lower())
                found = self._chain_at[at]
                # only someone quoted before (a sentence's "he" read on its own is less sure
                # than a quote's); someone else named since that sentence ("… was confirmed by the
                # envoy, Ali Vaez. He said:") is more likely the one
                spoke = any(
                    subj.quoted and subj.resolved[0] == found[0] for subj in self.subjects if subj.end <= at
                )
                named = str(found[0])[:1].isupper()
                return found if named and spoke and not self._other_named(hi, pos, str(found[0])) else None
        return None

    def _other_named(self, lo: int, hi: int, name: str) -> bool:
        """Whether a person other than ``name`` is named between ``lo`` and ``hi``."""
        words = set(name.split())
        between = self.index.occurrences[
            bisect_left(self._occ_starts, lo) : bisect_right(self._occ_starts, hi)
        ]
        return any(
            o.end <= hi and o.entity.kind == "person" and not words & set(o.entity.name.split())
            for o in between
        )

    def _apposed(self, np: NounPhrase, low: list[str]) -> Resolved | None:
        """The person beside an appositive: named before the comma the mention runs on past, or
        before the role phrase the mention is ("Ana Ruiz, the head coach of the team, said")."""
        if low[0] == "the" and role_head(mention_words(np)) is not None:
            named = self._named_before(np.start, opening=True)
            return named if named[0] is not None else None
        return self._name_before_comma(np)

    def _name_before_comma(self, np: NounPhrase) -> Resolved | None:
        """ "Ana Ruiz, head coach of the national team": the person the article names before an
        appositive the mention ran on into (not a list of names: "Ana Ruiz, Lena Moreau and …")."""
        toks = [t for t in np.tokens if t.is_word]
        # the comma may be a token of the phrase or only the text between two of its words
        cut = next((k for k in range(1, len(toks)) if "," in self.masked[toks[k - 1].end : toks[k].start]), 0)
        left, right = toks[:cut], toks[cut:]
        if not left or not right or not all(t.is_cap or particle_name(t.text) for t in left):
            return None
        if all(t.is_cap or t.lower == "and" for t in right):
            return None  # "Ana Ruiz, Lena Moreau and Tomas Berg": several people
        named = resolve_name(NounPhrase(left[0].start, left[-1].end, tuple(left)), self.index)
        words = str(named[0]).split()
        # a name the article knows as a person's, or one of two to four words that is no body's
        unknown = 2 <= len(words) <= 4 and not (
            is_place(words) or any(w.lower() in lexicon().org_words for w in words)
        )
        return named if self._person_named(left) is not None or unknown else None

    def _person_named(self, run: Sequence[Token]) -> str | None:
        """The name ``run`` resolves to when the article names a person by it, else None."""
        if not run:
            return None
        name = resolve_name(NounPhrase(run[0].start, run[-1].end, tuple(run)), self.index)[0]
        if name is None or self.index.fullest(name.split(), "person") is None:
            return None
        return name

    def _antecedent(self, np: NounPhrase) -> Resolved:
        """ "Mike Lee, who declared" → Mike Lee: the noun phrase just before the relative pronoun."""
        toks = tokens(self.masked, max(0, np.start - 200), np.start)
        end = len(toks) - 1
        if end >= 0 and toks[end].text in {",", "-", "—", "–"}:
            end -= 1  # "Mike Lee, who", "Mike Lee - who"
        run = np_ending_at(toks, end) if end >= 0 else []
        at = end - len(run)  # the token before the run
        if len(run) > 1 and at >= 0 and toks[at].lower in _VERB_BEFORE_OBJECT and run[0].lower.endswith("ed"):
            run = run[1:]  # "you have dismissed critics who": the verb's object, not "dismissed critics"
        if np.tokens[0].lower == "which" and re.match(
            r"\s+(?:read|reads)\b", self.masked[np.end : np.end + 8]
        ):
            if self._person_named(run) is not None:
                return NOTHING  # "a banner aimed at Karimi which read": a written thing, not Karimi
        if (
            np.tokens[0].lower == "who"
            and at >= 2
            and toks[at].lower in {"with", "to", "on"}
            and toks[at - 1].lower in _SOURCE_ADJECTIVES
        ):
            # "a source familiar with the talks who declined to be named": the source, not the talks
            run = np_ending_at(toks, at - 2) or run
        # "the backing of Lena Park, who": the relative goes with the nearest noun phrase
        cut = max((k for k, t in enumerate(run) if t.lower == "of"), default=-1)
        if 0 <= cut < len(run) - 1 and run[cut + 1].is_cap:
            run = run[cut + 1 :]
        if not run:
            return NOTHING
        if run[0].lower in {"a", "an"} and at >= 1 and toks[at].lower in {"is", "was"}:
            # "The Tarsk Peace League is a body that says it is “…”": the subject the copula names
            named = subject_before(toks, at)
            if named is not None and named.tokens[0].is_cap:
                return self.resolve(named)
        if run[-1].lower in _ISSUED and at >= 1 and toks[at].lower in {"issued", "released", "published"}:
            # "The Norland Treasury issued a statement that explained its …": the statement’s issuer
            issuer = subject_before(toks, at)
            if issuer is not None and any(t.is_cap for t in issuer.tokens[:2]):
                return self.resolve(issuer)
        return self.resolve(NounPhrase(run[0].start, run[-1].end, tuple(run)))

    def _possessive(self, np: NounPhrase, determiner: str, rest: list[str]) -> Resolved:
        """ "his office" → "office of Aurel Dragan"; "her spokesman" → role "spokesman" of that person."""
        resolved = self._pronoun(np.start, POSSESSIVE_PRONOUNS[determiner])
        owner = resolved[0]
        thing = " ".join(rest)
        if owner is None:
            return thing, None, None
        if rest[-1].lower() in text_lexicon("en", "speech_nouns"):
            return resolved  # "His words illustrated …": the words are his

        if rest[-1].lower() in lexicon().roles:
            return f"{thing} of {owner}", thing, owner
        return f"{thing} of {owner}", None, None

    def _issuer(self, subj: NounPhrase | None, document: str, hi: int) -> Resolved | None:
        """Who a sentence says issued the document ("Iran, Iraq and Oman issued a joint statement"):
        its capitalised subject, every name of a list of them, when its verb issues the document."""
        if subj is None or not mention_words(subj) or mention_words(subj)[-1].lower() in DOCUMENTS:
            return None
        if not subj.tokens[0].is_cap and not (
            # "the Netherlands, along with Chile and Kenya, released a statement"; "220 MPs signed a letter"
            (subj.tokens[0].lower == "the" or subj.tokens[0].text.isdigit())
            and len(subj.tokens) > 1
            and subj.tokens[1].is_cap
        ):
            return None
        m = re.search(
            rf"\b(?:issued|released|published|signed|sent)\s+(?:[\w-]+\s+){{0,3}}?{re.escape(document)}\b"
            r"(?!\s+(?:issued\s+|released\s+|published\s+)?by\b)",
            self.masked[subj.end : hi],
        )
        opened = re.search(  # "In a statement on Tuesday, the Norland embassy condemned …": its subject's
            rf"(?:^|[.!?–—-]\s+)[Ii]n\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){{0,2}}?{re.escape(document)}\b[^.,;]*,\s*$",
            self.masked[max(0, subj.start - 120) : subj.start],
        )
        if m is None and opened is not None and not any(t.lower == "and" for t in subj.tokens):
            found = self.resolve(subj)
            words = mention_words(subj)
            if is_place(str(found[0]).split()) and any(w.lower() in lexicon().org_words for w in words):
                # "the Norland embassy in Tarsk": the body as written, not its country
                return " ".join(words[1:] if words[0].lower() in DETERMINERS else words), None, None
            return found
        if m is None:
            return None
        if _CLAUSE_LINK.search(self.masked, subj.end, subj.end + m.start()):
            # "Talks stalled once the agency released its report": the clause's own subject issued it
            inner = _ISSUER_BEFORE.search(self.masked, subj.end, subj.end + m.start())
            if inner is None:
                return None
            toks = tuple(t for t in tokens(self.masked, inner.start(1), inner.end(1)) if t.is_word)
            return self.resolve(NounPhrase(toks[0].start, toks[-1].end, toks)) if toks else None
        names = re.sub(r"\s+(?:have|has|had)$", "", self.masked[subj.start : subj.end + m.start()].rstrip())
        names = re.sub(r"^the\s+", "", names.rstrip(","))
        listed = re.fullmatch(
            r"[A-Z][\w’'.-]*(?:(?:,\s*(?:along\s+with\s+|together\s+with\s+)?(?:the\s+)?|,?\s+and\s+(?:the\s+)?"
            r"|\s+of\s+(?:the\s+)?|\s+)[A-Z][\w’'.-]*)*",
            names,
        )
        if listed is not None and "," in names:
            # a list of bodies, as written ("the Netherlands, along with Chile and Kenya": the three)
            return " ".join(re.sub(r",\s*(?:along|together)\s+with\s+", ", ", names).split()), None, None
        if listed is not None and " and " in names:
            toks = tuple(t for t in tokens(self.masked, subj.start, subj.start + len(names)) if t.is_word)
            subj = NounPhrase(toks[0].start, toks[-1].end, toks)
        if subj.tokens[0].text.isdigit():  # "220 Norland MPs": the MPs, not a post "220"
            return " ".join(t.text for t in subj.tokens[1:]), None, None
        return self.resolve(subj)

    def _body_named(self, pos: int, noun: str) -> str | None:
        """The body "the organization" / "the ministry" refers to: the last one named before ``pos``
        within a few sentences whose name holds the noun ("the Foreign Ministry"), or that the
        article calls one ("The OKC is an international organization", "the OKC, a regional
        organization")."""
        here = self._prose[self._sentence_at(pos)]
        lo = next(
            (s for n, (s, _) in enumerate(self.sentences) if self._prose[n] >= here - 2 * RECENT_SENTENCES), 0
        )
        described = re.compile(
            r"\b((?:[A-Z][\w.&’'-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?)*[A-Z][\w.&’'-]*)"
            rf"(?:\s+(?:is|was)|,)\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,4}}?{noun}\b"
            # not "… from Fars and Alborz, the ministry said": a clause that ends there, no apposition
            r"(?!\s+(?:said|says|added|stated|announced|noted|declared)\b)",
        )
        best: tuple[int, str] | None = None
        for m in described.finditer(self.masked, lo, pos):
            name = re.sub(r"^(?:The|A|An)\s+", "", m.group(1))
            # not a fronted time or place phrase ("In October, the Norland mission …"), nor words
            # across a sentence's end ("Monday. In October")
            if name.lower() not in lexicon().not_names and not _FRONTED_PHRASE.search(name):
                best = (m.start(), name)
        for occ in reversed(self.index.occurrences[: bisect_right(self._occ_starts, pos)]):
            if occ.start < lo or (best is not None and occ.start < best[0]):
                break
            name = occ.entity.name.lower().split()
            if occ.end <= pos and occ.entity.kind == "org" and noun in name and len(name) > 1:
                return occ.entity.name
        if best is not None:
            return best[1]
        # "the Lions’ Den faction declared … . The group stressed": the body seen speaking just before
        issuer = self._issuing_body(pos)
        if issuer is not None:
            return issuer
        # "The Norland Ministry of Water has …" paragraphs before, "the ministry said" since: the one
        # body with the noun the article has named
        bodies = {
            o.entity.name
            for o in self.index.occurrences[: bisect_right(self._occ_starts, pos)]
            if o.end <= pos
            and o.entity.kind == "org"
            and noun in (words := o.entity.name.lower().split())
            and len(words) > 1
        }
        return bodies.pop() if len(bodies) == 1 else None

    def _document_author(self, np: NounPhrase, document: str) -> Resolved:
        """ "… the police said in a statement. “…,” the statement said." → the police; "…,” said the
        statement from the E3" → the E3; "A statement, released by the E3, said" → the E3."""
        after = re.match(
            rf",?\s+(?:issued\s+|released\s+|put\s+out\s+|signed\s+)?(?:by|from|of)\s+{_AUTHOR_RUN}",
            self.masked[np.end : np.end + 80],
        )
        if after is not None and after.group(1).strip().lower() in text_lexicon("en", "demonyms"):
            after = None  # "put out by the Esterbian presidency": no author "Esterbian"
        listed = _AUTHOR_LIST.match(self.masked, np.end + after.end()) if after is not None else None
        if listed is not None:
            # "the joint statement put out by Tarsk, Norland, and Varan": the bodies, as written
            return " ".join(f"{after.group(1)}{listed.group(0)}".split()), None, None
        phrase = self._run_phrase(np.end + after.start(1), after.group(1)) if after is not None else None
        if phrase is not None:
            return self._author_named(phrase)
        here = self._sentence_at(np.start)
        word = re.compile(rf"\b{re.escape(document)}\b", re.IGNORECASE)
        for n in range(here, max(-1, here - RECENT_SENTENCES - 1), -1):
            lo, hi = self.sentences[n]
            hi = min(hi, np.start)
            if hi <= lo or not word.search(self.masked, lo, hi):
                continue
            # "In a statement issued by Ana Ruiz, all parties confirmed …", "citing a report released
            # by the ministry": the author named in a source phrase, before any cue's subject
            author = self._released_author(_SOURCE_PHRASE + _released_by(document), lo, hi)
            if author is not None:
                return author
            toks = tokens(self.masked, lo, hi)
            opening = sentence_subject(toks)
            issuer = self._issuer(opening, document, hi)
            cues = self._document_cues(toks, lo, hi, document)
            subjects = [subject_of(toks, cue) for cue in cues]
            # the first cue the document itself is the subject of: cues after it are in its content
            # ("The statement emphasized that … the Republic maintains …")
            said_from = min(
                (c.index for c, s in zip(cues, subjects, strict=True) if s and _is_document(s)),
                default=len(toks),
            )
            for cue, subj in zip(cues, subjects, strict=True):
                if subj is None or subj.start == np.start or cue.index > said_from:
                    continue
                if _relaying(cue) and is_press(subj.tokens):
                    continue  # "They spoke in a statement …, Varan News reported": not the outlet's
                if not _is_document(subj):
                    if issuer is not None and opening is not None and subj.start > opening.end:
                        # "200 MPs signed a letter to the cabinet that asked it …": the
                        # signers, not a cue's subject in a clause after them
                        return issuer
                    return self.resolve(subj)
                # "“…,” the statement said. … The statement further said": the author read there
                author = self._author_read_at(subj.start)
                if author is not None:
                    return author
            if issuer is not None:
                return issuer  # "Norland and Tarsk issued a joint statement. … the statement said"
            # "a statement released by the Ports Authority said": the body named after it
            author = self._released_author(_released_by(document), lo, hi)
            if author is not None:
                return author
        announced = self._announcing_body(here, np.start, word)
        if announced is not None:
            return announced  # "The Interior Ministry of Tarsk announced … . “…,” the statement said"
        # "According to a statement released by Norland's foreign ministry, …" … many sentences …
        # "“…,” the statement concluded": the author named with it earlier in the article
        return self._released_author(_released_by(document), 0, self.sentences[here][0], last=True) or NOTHING

    def _announcing_body(self, here: int, pos: int, document: re.Pattern[str]) -> Resolved | None:
        """A body named as the subject of "announced", "declared", "issued" … opening one of the last
        sentences before ``pos``: the author of the document a sentence then quotes. Not before a
        sentence that names the document with nobody read as its author ("They voiced their anger
        in a statement"): an earlier body is not its author."""
        for n in range(here, max(-1, here - RECENT_SENTENCES - 1), -1):
            lo, hi = self.sentences[n]
            m = _ANNOUNCING.match(self.masked, lo, min(hi, pos))
            phrase = self._run_phrase(m.start(1), m.group(1)) if m else None
            if phrase is not None and self._kind(phrase) == "org":
                found = resolve_name(phrase, self.index)
                if found[0] is not None:
                    return found
            owned = _OWNED_BODY_SAID.match(self.masked, lo, min(hi, pos)) if n == here - 1 else None
            if owned is not None and owned.group(2).lower() in lexicon().org_words:
                # "Norland's foreign ministry voiced regret … . “…,” the statement said": its statement
                return " ".join(re.sub(r"[’']s\b", "", owned.group(1)).split()), None, None
            if n < here and document.search(self.masked, lo, min(hi, pos)):
                return None
        return None

    def _released_author(self, pattern: str, lo: int, hi: int, *, last: bool = False) -> Resolved | None:
        """The author a document ``pattern`` (:func:`_released_by`) names in ``[lo, hi)``, if any
        (``last``: the last such mention there, else the first)."""
        text = self.masked[lo:hi]
        m = next(reversed(list(re.finditer(pattern, text))), None) if last else re.search(pattern, text)
        phrase = self._run_phrase(lo + m.start(1), m.group(1)) if m else None
        return resolve_name(phrase, self.index) if phrase is not None else None

    def _author_read_at(self, start: int) -> Resolved | None:
        """The author an earlier document subject starting at ``start`` was read as, if a name."""
        k = bisect_right(self.subjects, _Subject(start, start, 0, "", NOTHING))
        for subj in self.subjects[max(0, k - 1) : k]:
            name = str(subj.resolved[0] or "")
            if subj.start == start and name[:1].isupper() and name.split()[-1].lower() not in DOCUMENTS:
                return subj.resolved
        return None

    def _document_cues(self, toks: list[Token], lo: int, hi: int, document: str) -> list[Cue]:
        """The cues of a sentence that names a document, last first, but the one the document
        hangs on first ("X said in a statement …, the ministry website reported": X)."""
        cues = list(reversed(find_cues(toks)))
        said_in = re.search(
            rf"(\S+)\s+in\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){{0,3}}{re.escape(document)}\b",
            self.masked[lo:hi],
            re.IGNORECASE,
        )
        if said_in is not None:
            # "X said in a statement", "X voiced the view in a statement": the cue's last word
            cues.sort(
                key=lambda c: lo + said_in.start(1) not in (toks[c.index].start, toks[c.end_index].start)
            )
        return cues

    def _statement_by(self, np: NounPhrase, low: list[str]) -> Resolved | None:
        """ "the statement by the Norlandic embassy said": the embassy speaks, through its statement
        ("a statement from Vera Lind’s office": Lind); None when the phrase is no such thing."""
        by = next(
            (k for k in range(1, len(low) - 1) if low[k] in DOCUMENTS and low[k + 1] in {"by", "from"}), None
        )
        if by is None or low[0] not in DETERMINERS:
            return None
        author = [t for t in np.tokens if t.is_word][by + 2 :]
        if author and author[0].lower == "the":
            author = author[1:]
        if len(author) > 1 and author[-1].lower == "office" and POSSESSIVE.search(author[-2].text):
            author = author[:-1]
        return (
            self._author_named(NounPhrase(author[0].start, author[-1].end, tuple(author))) if author else None
        )

    def _author_named(self, phrase: NounPhrase) -> Resolved:
        """A document's author: a person by the fullest name the article gives; a body as written
        ("by the IAEA" is not a longer body's name that opens the same, "IAEA Board of Governors")."""
        named = resolve_name(phrase, self.index)
        written = " ".join(t.text for t in phrase.tokens)
        if named[0] and named[0] != written and speaker_kind(str(named[0])) == "person":
            return named
        return written, None, None

    def _run_phrase(self, start: int, run: str) -> NounPhrase | None:
        """The words of the capitalised run ``run`` found at ``start``, as a phrase (None when
        it holds none)."""
        toks = tuple(t for t in tokens(self.masked, start, start + len(run.strip())) if t.is_word)
        return NounPhrase(toks[0].start, toks[-1].end, toks) if toks else None


# "Qatar's foreign ministry said", opening a sentence: a country's body speaking
_OWNED_BODY_SAID = re.compile(
    r"\s*((?:[Tt]he\s+)?[A-Z][\w.-]*[’']s\s+(?:[a-z]+\s+){0,2}([a-z]+))\s+(?:has\s+|also\s+)?"
    r"(?:said|announced|declared|stated)\b"
)
# a sentence opening with a body that announced something ("The Interior Ministry of Tarsk announced")
_ANNOUNCING = re.compile(
    # an opening phrase may stand before the body ("Alarmed by the floods, the Relief Fund voiced …")
    r"\s*(?:[A-Z][^,.;:“”\"\n]{0,120},\s+(?=[Tt]he\s+[A-Z]|[A-Z]))?(?:[Tt]he\s+)?"
    r"((?:[A-Z][\w.’'-]*\s+(?:(?:of|for)\s+(?:the\s+)?)?)*[A-Z][\w.’'-]*)\s+(?:\([A-Z][\w.-]{1,12}\)\s+)?"
    r"(?:has\s+|had\s+|also\s+)?(?:announced|declared|issued|released|published|put\s+out"
    r"|voiced|urged|appealed|warned|condemned)\b"
)
# the capitalised run naming a document's author after "by", "from" or "of"
# a capitalised run ("U.S." inside it, no full stop ending a sentence) and a body word after it,
# its field between ("Norland's foreign ministry")
_AUTHOR_RUN = (
    r"(?:the\s+)?((?:[A-Z](?:[\w’'-]|\.(?=\w))*(?:\.(?=\s+[a-z]))?\s*)+"
    r"(?:(?:[a-z]+\s+){0,2}(?:embassy|ministry|government|mission|council|committee|department|presidency|premiership|cabinet)\b)?)"
)


# the rest of a list of authors after the first ("…, Norland and Varan", "…, Norland, and Varan")
_AUTHOR_LIST = re.compile(
    r"(?:,\s*(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)*,?\s*\band\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?<![’']s)\b"
)


# a post's place and the comma before its holder's name ("in Iran, ", "to the Republic of Tarsk, ")
_PLACE_THEN_COMMA = (
    r"(?:\s+(?:in|to|at)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+)?(?:the\s+)?[A-Z][\w’'.-]*)*)?,\s+"
)
# what a post is of or for, capitalised words and numbers ("of Tehran's District 18")
_POST_OF = r"(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*|\d+)(?:\s+(?:(?:of|and)\s+)?(?:the\s+)?(?:[A-Z][\w’'.-]*|\d+))*"


@cache
def _newspaper_name() -> re.Pattern[str]:
    """A newspaper's name, by its last word (newspaper_heads.txt): "The New York Times"."""
    heads = "|".join(sorted(map(re.escape, text_lexicon("en", "newspaper_heads")), key=len, reverse=True))
    # a word may hold a hyphen ("Al-Akhbar"), not end in one: "TEHRAN- The Global Times" is a dateline
    return re.compile(rf"\b(?:[A-Z][\w’'.]*(?:-[\w’'.]+)*\s+){{0,3}}(?:{heads})\b")


# a document named as the source of what a sentence reports, not its subject
_SOURCE_PHRASE = r"\b(?:[Ii]n|[Aa]ccording\s+to|[Cc]iting|[Qq]uoting)\s+(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,2}"


def _released_by(document: str) -> str:
    """A pattern of a document and its author: "statement (released) by the Ports Authority"."""
    return rf"\b{re.escape(document)}\s+(?:issued\s+|released\s+|published\s+)?(?:by|from)\s+{_AUTHOR_RUN}"


def _relaying(cue: Cue) -> bool:
    """Whether a cue is a verb by which an outlet relays words ("reported")."""
    return lexicon().speech_verb_lemma.get(cue.text.split()[0].lower()) == "report"


def _is_document(subj: NounPhrase) -> bool:
    return mention_words(subj)[-1].lower() in DOCUMENTS


# the capitalised words right before a name ("Iranian President ", "Russian Deputy Foreign
# Minister "): a place word among them is the person's own
_TITLED = re.compile(r"((?:[A-Z][\w.’'-]*\s+){1,5})$")


def _two_given_names(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two full names of one surname whose first words are two given names ("Lena Vaez", "Ali
    Vaez"), not spellings ("Rafael", "Raphael"), one name's words ("Sayyad Vaez", "Sayyad Ali
    Vaez"), or a place or a site name stuck on ("Tehran Vaez", "Khamenei.ir. Vaez")."""
    first_a, first_b = a[0], b[0]
    if "." in first_a + first_b or is_place([first_a]) or is_place([first_b]):
        return False
    return not any(fuzz.ratio(first_a.lower(), w.lower()) >= 75 for w in b) and not any(
        fuzz.ratio(first_b.lower(), w.lower()) >= 75 for w in a
    )


def _relative_of_another(np: NounPhrase, low: list[str]) -> bool:
    """ "the daughter of X", "a close friend of X", "X's son" (``relative_nouns.txt``): a mention of
    someone known by their tie to a named person, who is not the one speaking."""
    for k, word in enumerate(low):
        if not relative_noun(word):
            continue
        before = mention_words(np)[1:k]
        if k + 2 < len(low) and low[k + 1] == "of" and not any(w[:1].isupper() for w in before):
            return k > 0 and (low[0] == "the" or low[0] in _INDEFINITE)
        owner = possessive_owner(np)
        return k == len(low) - 1 and owner is not None and owner.end <= np.tokens[-1].start
    return False


def _reported_subject(before: str) -> bool:
    """Whether a pronoun after ``before`` opens a clause a speech verb reports ("Esmaili said she
    had …", "told reporters that he"): it may be anyone the speaker talks of."""
    words = re.findall(r"[\w’'-]+", before.lower())[-4:]
    while words and words[-1] in {"that", "reporters", "journalists", "the", "press"}:
        words.pop()
    return bool(words) and words[-1] in lexicon().speech_verb_forms


# words of a state body's name ("Foreign Ministry", "Guardian Council"): no magazine's
_STATE_BODY_WORDS = frozenset(
    {"ministry", "council", "government", "department", "office", "committee", "commission", "parliament"}
    | {"army", "corps", "court", "embassy", "cabinet", "presidency", "organization", "organisation"}
)
_PRESS_NOUNS = frozenset({"magazine", "newspaper", "paper", "daily", "weekly", "journal", "publication"})


def _press_description(words: list[str], low: list[str]) -> bool:
    """ "the magazine", "the U.S. conservative magazine", "the British daily": a press outlet
    described, not named (its words between "the" and the noun lower case or a country's)."""
    if len(low) < 2 or low[0] != "the" or low[-1] not in _PRESS_NOUNS:
        return False
    return all(
        w.islower() or w.lower().strip(".") in place_adjectives() or re.fullmatch(r"(?:[A-Z]\.){2,}", w)
        for w in words[1:-1]
    )


_EXECUTIVE = frozenset({"president", "minister", "king", "emir", "premier", "chancellor", "ambassador"})
_PARLIAMENTARY = frozenset(
    {"parliament", "parliamentary", "majlis", "speaker", "lawmaker", "mp", "legislator", "senator"}
    | {"congress", "congressman", "committee", "faction", "representative", "member"}
)


def _executive_only(ent: ArticleEntity) -> bool:
    """Whether the article gives ``ent`` an executive office ("Former U.S. President") and no seat
    or post in a parliament: no "legislator" or "MP" then."""
    words = set(re.findall(r"[a-z]+", " ".join([*ent.roles, (ent.role or "").lower()])))
    return bool(words & _EXECUTIVE) and not words & _PARLIAMENTARY


def _leads_in(post: str, leading: frozenset[str]) -> bool:
    """Whether a post's words hold a leading office, not a deputy's ("deputy head") or a member's."""
    words = re.findall(r"[a-z]+", post.lower())
    return any(w in leading for w in words) and not any(w in SUBORDINATE or w == "member" for w in words)


def _found(ent: ArticleEntity) -> Resolved:
    return ent.name, ent.role, ent.organisation


def _holds(ent: ArticleEntity, head: str, qualifier: str | None) -> bool:
    """Whether ``ent`` holds the role phrase's office: the role, a word for it, or the chief of
    its field ("the intelligence chief" for an Intelligence Minister)."""
    return holds_role(ent, head) or heads_field(ent, head, qualifier)


def _nationality_words(words: list[str]) -> tuple[str, ...]:
    """The country and nationality words of a role phrase ("the Armenian foreign minister"); not
    the place a post is for ("Iran’s envoy to London": Iran only)."""
    cut = next((k for k, w in enumerate(words) if w.lower() in {"to", "in"}), len(words))
    return tuple(w for w in words[:cut] if w[0].isupper() and is_place([w]))


def _own_office(ent: ArticleEntity, qualifier: str | None) -> bool:
    """Whether the roles the article gives ``ent`` hold the phrase's qualifier ("foreign" of "the
    Tarskian foreign minister"); True without one."""
    if qualifier is None:
        return True
    own = " ".join([*ent.roles, (ent.role or "").lower()])
    return re.search(rf"\b{re.escape(qualifier)}\b", own) is not None


def _own_clause(before: str) -> str:
    """The words before a mention in its own sentence, a dateline ("OSLO –") left out: the sentence
    before ("… Foreign Minister Jan Berg. ¶ Vaez said") and where the article was filed tie no one
    to a country."""
    before = re.split(r"[.!?]\s|\n", before)[-1]
    return _DATELINE.sub(" ", before)


def _after_speech_verb(before: str) -> str:
    """The words before a mention from its last speech verb (or past verb taking it as object:
    "sent to", "met with") on: "… by the U.S. election, says Deputy Foreign Minister X" ties X to no
    country; the clause before the verb is what was said, "the note Tarsk's envoy handed to
    Director-General X" makes X no Tarskian."""
    verbs = lexicon().speech_verb_forms | text_lexicon("en", "irregular_past")
    words = before.split(" ")
    last = max(
        (
            k
            for k, w in enumerate(words)
            if w.strip(",.;:") in verbs
            or (w.endswith("ed") and k + 1 < len(words) and words[k + 1] in {"to", "with", "by"})
        ),
        default=-1,
    )
    return " ".join(words[last + 1 :])


def _without_dateline(np: NounPhrase) -> NounPhrase:
    """ "OSLO- Foreign Ministry spokesman": the mention without the dateline it opens with."""
    toks = list(np.tokens)
    k = 0
    while k < len(toks) and toks[k].is_word and toks[k].text.isupper() and len(toks[k].text) > 2:
        k += 1
    if 0 < k < len(toks) - 1 and toks[k].text in {"-", "–", "—", "--"}:
        toks = toks[k + 1 :]
        return NounPhrase(toks[0].start, toks[-1].end, tuple(toks))
    return np


def _without_passive_by(np: NounPhrase) -> NounPhrase:
    """ "(described as “…”) by Foreign Ministry spokesman Ali Vaez, who": the agent of a passive
    without the "by" before it and the relative pronoun after it."""
    toks = list(np.tokens)
    if len(toks) < 2 or toks[0].lower != "by":
        return np
    toks = toks[1:]
    while len(toks) > 1 and (toks[-1].lower in SUBJECT_RELATIVES or not toks[-1].is_word):
        toks.pop()
    return NounPhrase(toks[0].start, toks[-1].end, tuple(toks))


def _name_before_verb(np: NounPhrase) -> NounPhrase:
    """ "Ali Vaez expressed deep (regret that …)", "Lena Moreau an MP", "Ali Vaez -- head of the
    party": the capitalised name before a past-tense verb, an article or a dash the mention ran on
    into."""
    toks = list(np.tokens)
    for k, tok in enumerate(toks[1:], start=1):
        if not tok.is_cap and not particle_name(tok.text):  # "Tariq al-Hashimi"
            verb = len(tok.lower) > 4 and tok.lower.endswith("ed")
            apposed = k >= 2 and (tok.lower in {"a", "an", "the"} or tok.text in {"-", "--", "—", "–"})
            if (verb or apposed) and all(t.is_cap or particle_name(t.text) for t in toks[:k]):
                return NounPhrase(toks[0].start, toks[k - 1].end, tuple(toks[:k]))
            break
    return np


def _described_in(description: str | None, quoted: str) -> bool:
    """Whether the quotation speaks of an unnamed subject in the third person ("“I was staring at
    the young cleric student …,” he said": "he" is not the student)."""
    if not description or not quoted or description[:1].isupper():
        return False
    head = description.split()[-1]
    return (
        re.search(rf"\b(?:the|a|an|this|that)\s+(?:[\w-]+\s+){{0,2}}{re.escape(head)}\b", quoted) is not None
    )


def _name_is_holder(np: NounPhrase, resolved: Resolved) -> bool:
    """Whether the name resolved from a mention with a post is the post's holder ("Foreign Minister
    Ali Vaez") and not what the post is of ("the 2015 winner of the Blue Planet Prize": a prize)."""
    first = (resolved[0] or "").split()[:1]
    words = [t for t in np.tokens if t.is_word]
    at = next((k for k, t in enumerate(words) if first and t.text == first[0]), None)
    if at is None:
        return True
    before = [t.lower for t in words[:at] if t.lower not in DETERMINERS]
    return not before or before[-1] not in {"of", "for", "at", "from", "to", "with"}


__all__ = ["DOCUMENTS", "Resolved", "Resolver", "resolve_name"]
